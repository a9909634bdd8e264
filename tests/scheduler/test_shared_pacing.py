"""One send budget for several bot processes, in the real Redis on 127.0.0.1 (scheduler/shared_pacing.py).

Each "process" is a RedisBeat on a Redis client of its own, as separate bot processes have. Timed checks
count starts in windows of time rather than measure milliseconds, so a busy machine does not fail them.
"""

from __future__ import annotations

import asyncio
import bisect
import logging
import random
import time
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from redis.exceptions import ConnectionError as RedisConnectionError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.app import i18n_core, translator
from bot.middlewares.retry import RetryMiddleware
from sandbox.client import SandboxClient
from sandbox.server import SandboxServer
from scheduler import shared_pacing
from scheduler.clock import ManualClock
from scheduler.sender import OutboxSender, SenderConfig
from scheduler.shared_pacing import RedisBeat
from storage.db import make_session_factory
from storage.models import OutboxMessage, OutboxStatus
from storage.repo import outbox, people
from tests.databases import REDIS_URL
from tests.sandbox_fixtures import TOKEN

RATE = 29.0
LIMIT = 30  # the rate rounded down, plus one
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
async def prefix() -> AsyncIterator[str]:
    """A key prefix of the test's own on the Redis server (skip when there is none), cleared afterwards."""
    name = f"mentorbot-test-{uuid.uuid4().hex[:8]}:outbox-beat"
    redis = shared_pacing.client(REDIS_URL)
    try:
        await redis.ping()
    except Exception as exc:
        await redis.aclose()
        pytest.skip(f"Redis at {REDIS_URL} is not reachable: {exc!r}")
    yield name
    keys = [key async for key in redis.scan_iter(f"{name}:*")]
    if keys:
        await redis.delete(*keys)
    await redis.aclose()


@pytest.fixture
async def processes(prefix: str) -> AsyncIterator[Callable[[int], list[RedisBeat]]]:
    """`processes(n)`: n RedisBeats on one budget, each on a client of its own."""
    made: list[RedisBeat] = []

    def make(count: int, rate: float = RATE) -> list[RedisBeat]:
        beats = [shared_pacing.from_url(REDIS_URL, rate, prefix) for _ in range(count)]
        made.extend(beats)
        return beats

    yield make
    for beat in made:
        await beat.close()


def most_in(times: list[float], seconds: float) -> int:
    """The most of `times` (sorted) in any window of `seconds`."""
    return max(bisect.bisect_left(times, t + seconds) - i for i, t in enumerate(times))


async def start_as_fast_as_they_can(
    beats: list[RedisBeat], count: int, held: int | None = None
) -> tuple[list[float], list[float]]:
    """Every beat starts messages in a loop until `count` have started in all; each arrives (at
    "Telegram") at once, except the `held`-th, held up on its way for 60 ms, and is answered 1-4 ms later.
    The arrivals and the answers, sorted, on this machine's monotonic clock."""
    arrivals: list[float] = []
    answers: list[float] = []
    pauses = random.Random(7)
    started = 0

    async def process(beat: RedisBeat) -> None:
        nonlocal started
        while started < count:
            await beat.wait()
            if started >= count:
                return
            started += 1
            if started == held:
                await asyncio.sleep(0.06)
            arrivals.append(time.monotonic())
            await asyncio.sleep(pauses.uniform(0.001, 0.004))
            answers.append(time.monotonic())
            beat.answered()

    await asyncio.gather(*(process(beat) for beat in beats))
    return sorted(arrivals), sorted(answers)


@pytest.mark.parametrize("count", [2, 3])
async def test_processes_together_start_at_the_rate_and_never_more_than_the_limit_in_a_second(
    processes: Callable[[int], list[RedisBeat]], count: int
) -> None:
    arrivals, answers = await start_as_fast_as_they_can(processes(count), 146)  # five seconds' worth
    rate = (len(arrivals) - 1) / (arrivals[-1] - arrivals[0])
    assert rate == pytest.approx(RATE, rel=0.05)
    assert most_in(arrivals, 1.0) <= LIMIT
    assert most_in(answers, 1.0) <= LIMIT


async def test_telegram_never_counts_more_than_the_limit_in_a_second_when_one_request_is_held_up(
    processes: Callable[[int], list[RedisBeat]],
) -> None:
    arrivals, answers = await start_as_fast_as_they_can(processes(3), 120, held=41)
    assert most_in(arrivals, 1.0) <= LIMIT
    assert most_in(answers, 1.0) <= LIMIT
    assert (len(arrivals) - 1) / (arrivals[-1] - arrivals[0]) >= RATE * 0.95


async def test_a_pause_earns_no_burst_afterwards(processes: Callable[[int], list[RedisBeat]]) -> None:
    beats = processes(2)
    before, _ = await start_as_fast_as_they_can(beats, 30)
    await asyncio.sleep(2.0)  # idle: a token bucket would now let a second's worth through at once
    after, _ = await start_as_fast_as_they_can(beats, 45)
    assert after[0] - before[-1] >= 2.0
    # on the grid, half a second holds 15 starts (16 with a start at either end), never 30
    assert most_in(after, 0.5) <= 16
    assert most_in(before + after, 1.0) <= LIMIT


async def test_answers_bunched_at_one_process_hold_back_the_other_for_a_second(
    processes: Callable[[int], list[RedisBeat]],
) -> None:
    first, second = processes(2)
    for _ in range(LIMIT):  # thirty starts on the grid, their answers held up ...
        await first.wait()
    bunched = time.monotonic()
    for _ in range(LIMIT):  # ... and all coming back at once: Telegram may count them in one second
        first.answered()
    await asyncio.sleep(0.1)  # the answers reach Redis
    await second.wait()  # the other process's next start: a second after the bunch, not on the grid
    assert time.monotonic() - bunched >= 0.99


async def test_with_redis_away_a_process_falls_back_to_half_the_rate_with_one_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    beat = shared_pacing.from_url("redis://127.0.0.1:1/0", 100.0, "mentorbot-test-away:outbox-beat")
    caplog.set_level(logging.INFO, logger="scheduler.shared_pacing")
    try:
        starts = []
        for _ in range(26):
            await beat.wait()
            starts.append(time.monotonic())
            beat.answered()
        assert not beat.shared
    finally:
        await beat.close()
    assert (len(starts) - 1) / (starts[-1] - starts[0]) <= 50 * 1.05  # half of 100 a second
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "Redis did not answer" in warnings[0].getMessage()


async def test_once_redis_is_back_the_budget_is_shared_again(
    processes: Callable[[int], list[RedisBeat]],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    (beat,) = processes(1)
    caplog.set_level(logging.INFO, logger="scheduler.shared_pacing")
    book = beat._book

    async def away(**_: Any) -> Any:
        raise RedisConnectionError("Connection refused")

    monkeypatch.setattr(beat, "_book", away)
    for _ in range(5):
        await beat.wait()
    assert not beat.shared
    monkeypatch.setattr(beat, "_book", book)
    monkeypatch.setattr(shared_pacing, "PROBE_SECONDS", 0.0)
    beat._probe_at = 0.0  # the next wait tries Redis again
    await beat.wait()
    assert beat.shared
    messages = [(r.levelno, r.getMessage()) for r in caplog.records]
    assert [m for level, m in messages if level == logging.WARNING and "did not answer" in m] != []
    assert len([level for level, _ in messages if level == logging.WARNING]) == 1
    assert any("Redis is back" in m for _, m in messages)


# --- two senders through the sandbox Bot API, which answers 429 past 30 sending calls in a second ---


@pytest.fixture
def sandbox_options() -> dict[str, Any]:
    return {"token": TOKEN, "rate_limit": 30}


def make_bot(api: SandboxServer) -> Bot:
    session = AiohttpSession(api=TelegramAPIServer.from_base(api.url))
    session.middleware(RetryMiddleware(attempts=1))  # a 429 would show, not be waited out
    return Bot(TOKEN, session=session)


async def test_two_senders_sharing_redis_deliver_everything_once_without_a_429(
    engine: AsyncEngine, api: SandboxServer, client: SandboxClient, prefix: str
) -> None:
    count = 90
    factory = make_session_factory(engine)
    chats = []
    for number in range(count):
        persona = await client.create_persona(f"Person {number}")
        await client.send_text(persona["id"], "/start")
        chats.append(persona["id"])
    async with factory() as session:
        for number, chat in enumerate(chats):
            row, _ = await people.get_or_create(session, chat, f"Person {number}")
            await outbox.enqueue(
                session,
                recipient_id=row.id,
                kind="concern_alert",
                key=f"concern:{number}",
                due_at=T0,
                payload={"concern_id": number, "programme": "Peer support", "role": "mentee"},
            )
        await session.commit()
    core = i18n_core()
    core.locales.update(core.find_locales())
    bots = [make_bot(api), make_bot(api)]
    senders = [
        OutboxSender(
            bot,
            factory,
            translator(core, "en"),
            ManualClock(T0),
            "en",
            SenderConfig(global_rate=RATE),
            pacer=shared_pacing.from_url(REDIS_URL, RATE, prefix),
        )
        for bot in bots
    ]
    try:
        started = time.monotonic()
        sent = await asyncio.gather(*(sender.tick() for sender in senders))
        took = time.monotonic() - started
    finally:
        for sender in senders:
            await sender.stop()
        for bot in bots:
            await bot.session.close()
    assert sum(sent) == count and min(sent) > 0  # both sent, together
    assert api.sandbox.stats.rate_limited == 0
    assert took >= (count - 1) / RATE * 0.95  # one budget for the two, not one each
    async with factory() as session:
        rows = list(await session.scalars(select(OutboxMessage.status)))
    assert rows == [OutboxStatus.SENT] * count
    for chat in chats:
        texts = [m for m in (await client.transcript(chat))["messages"] if m["from"] == "bot"]
        assert len(texts) == 1
