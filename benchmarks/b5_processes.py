"""B5. Scale by processes: the real bot (`python -m bot run`) as 1, 2 and 4 webhook processes on one
PostgreSQL database and one Redis, behind a round-robin forwarder (sandbox/forwarder.py, in a process of
its own, as nginx would be).

Conversation: B1's questionnaire with 1,000 people at B1's pace (benchmarks/b1_conversation.py `measure`
with a `Fleet`). The sandbox posts the updates to the forwarder as Telegram does, up to 40 at once and one
at a time per chat; a step's latency runs from that post to the bot's first answer in the chat. Figures:
updates a second and the p50/p95 answer time for each number of processes, the ratio against one process.
Each run has a fresh database (a copy of one seeded template), clears the bot's keys in Redis, and starts
once the processes have settled after their start (benchmarks/contenders.py `quiet`), so that four
processes warming up on two cores do not count against four.

Delivery: B2's 10,000 reminders due at once (benchmarks/b2_delivery.py `one_run` with a `Fleet`), sent by
two processes on the budget they share in Redis (scheduler/shared_pacing.py, OUTBOX_RATE 29 for the two),
through the sandbox enforcing Telegram's 30 a second; the first process is SIGKILLed halfway and the other
goes on alone, taking over the killed one's row in doubt after its lease. Figures: the rate (target 95 % of
30/s), 429s (0), duplicates (at most the one message a kill can leave in doubt: docs/decisions.md, the
at-least-once window) and losses (0).

PostgreSQL is `Options.postgres_dsn` (TEST_POSTGRES_DSN); Redis is `Options.redis_url` (BENCH_REDIS_URL,
by default database 9 of 127.0.0.1:6379, whose `fsm:*` keys each run clears). Without either, B5 says
"not measured".
"""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

import asyncpg
from redis.asyncio import Redis

from benchmarks.b1_conversation import Sample, measure, pace
from benchmarks.b2_delivery import _figures, one_run
from benchmarks.common import Figure, Options, median
from benchmarks.contenders import OURS, Fleet, Seeds

KEYS = "fsm:*"  # the bot's keys in Redis (bot/app.py key_builder): dialog state, locks, the send budget


def process_counts(options: Options) -> tuple[int, ...]:
    return (1, 2) if options.smoke else (1, 2, 4)


def people(options: Options) -> int:
    return options.size(1000, smoke=4)


def reminders(options: Options) -> int:
    return options.size(10_000, smoke=50)


def _named(count: int) -> str:
    return f"{count} process" if count == 1 else f"{count} processes"


async def unavailable(options: Options) -> str | None:
    """Why B5 cannot run here (PostgreSQL or Redis not answering), or None."""
    try:
        admin = await asyncpg.connect(options.postgres_dsn, timeout=5)
        await admin.close()
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        return f"PostgreSQL at {options.postgres_dsn} not reachable: {exc!r}"
    redis = Redis.from_url(options.redis_url, socket_connect_timeout=5)
    try:
        await redis.ping()
    except Exception as exc:
        return f"Redis at {options.redis_url} not reachable: {exc!r}"
    finally:
        await redis.aclose()
    return None


async def clear_redis(url: str) -> None:
    """Forget what an earlier run left: dialog state, locks and the shared send budget."""
    redis = Redis.from_url(url)
    try:
        keys = [key async for key in redis.scan_iter(KEYS)]
        if keys:
            await redis.delete(*keys)
    finally:
        await redis.aclose()


def conversation_figures(count: int, samples: dict[int, list[Sample]]) -> list[Figure]:
    """Updates a second, p50 and p95 for each number of processes; more than one against one."""
    figures = []
    for processes, runs in samples.items():
        for field, name, unit in (
            ("per_second", "throughput", "updates/s"),
            ("p50", "latency p50", "ms"),
            ("p95", "latency p95", "ms"),
        ):
            ours = median([getattr(sample, field) for sample in runs])
            one = median([getattr(sample, field) for sample in samples[1]]) if processes != 1 else None
            figures.append(
                Figure(
                    "B5",
                    f"{name}, {count:,} people, {_named(processes)}",
                    unit,
                    ours,
                    one,
                    _named(1) if one is not None else "",
                    runs=tuple(getattr(sample, field) for sample in runs),
                )
            )
    return figures


async def conversation(options: Options, folder: Path, seeds: Seeds) -> list[Figure]:
    count = people(options)
    counts = process_counts(options)
    samples: dict[int, list[Sample]] = {processes: [] for processes in counts}
    for repeat in range(options.repeats):
        for processes in counts:
            await clear_redis(options.redis_url)
            outcome = await measure(
                OURS,
                count,
                folder / f"{processes}-{repeat}",
                seeds,
                pace(options),
                fleet=Fleet(processes, options.redis_url),
            )
            sample = Sample.of(outcome)
            samples[processes].append(sample)
            print(
                f"  {count} people, {_named(processes)}: {sample.per_second:.0f} updates/s, "
                f"p50 {sample.p50:.1f} ms, p95 {sample.p95:.1f} ms",
                flush=True,
            )
    return conversation_figures(count, samples)


async def delivery(options: Options, folder: Path, seeds: Seeds) -> list[Figure]:
    count = reminders(options)
    await clear_redis(options.redis_url)
    fleet = Fleet(2, options.redis_url)
    run = await one_run(count, kill_halfway=True, folder=folder, fleet=fleet, seeds=seeds)
    label = "2 processes sharing the Redis budget, one SIGKILLed halfway"
    print(
        f"  {count} reminders, {label}: {run.rate():.1f} messages/s, {run.rate_limited} × 429, "
        f"{run.duplicates} duplicates, {run.losses + run.unsent_rows} lost",
        flush=True,
    )
    return _figures(label, run, count, benchmark="B5", kills=1)


async def run(options: Options) -> list[Figure]:
    reason = await unavailable(options)
    if reason is not None:
        return [Figure("B5", f"not measured: {reason}", "–", math.nan)]
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="b5-") as scratch:
        folder = Path(scratch)
        seeds = Seeds(folder, postgres_dsn=options.postgres_dsn)
        try:
            figures += await conversation(options, folder / "conversation", seeds)
            delivering = folder / "delivery"
            delivering.mkdir()
            figures += await delivery(options, delivering, seeds)
        finally:
            await seeds.drop()
            await clear_redis(options.redis_url)
    return figures
