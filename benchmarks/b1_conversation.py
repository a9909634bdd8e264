"""B1. Conversation throughput and latency: N people at once answer the teacher questionnaire.

Each person sends /questionnaire, taps five scale answers, writes the open answer and confirms (eight
updates), waiting for the bot's answer and then a brisk person's pause (PACE) before each step. Ours,
the PTB peer and the floor run in turn on the same driver and a fresh sandbox each, interleaved within
every repeat.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import Figure, Options, median, percentile
from benchmarks.contenders import CONTENDERS, FLOOR, OURS, PTB, Contender, Fleet, Seeds, running
from benchmarks.conversation import Outcome, converse
from benchmarks.script import QUESTIONNAIRE

STEP_WAIT = 120.0  # seconds one answer may take before the run counts as failed
# A brisk person: 0.5 to 1.5 s between the bot's answer and their next tap or message. 100 people then
# send about 100 updates a second, 1,000 people about 1,000, more than any of the three bots can take.
PACE = (0.5, 1.5)
P95_TARGET_MS = 50.0
BIG = 1000  # people: from here ours must beat the peer by PTB_RATIO_TARGET (issue #22)
PTB_RATIO_TARGET = 1.2


@dataclass(frozen=True)
class Sample:
    """One run's figures."""

    per_second: float
    p50: float
    p95: float
    p99: float

    @classmethod
    def of(cls, outcome: Outcome) -> Sample:
        ms = outcome.latencies_ms()
        return cls(outcome.per_second, percentile(ms, 50), percentile(ms, 95), percentile(ms, 99))


SMOKE_PACE = (0.02, 0.05)


def sizes(options: Options) -> tuple[int, ...]:
    return (4,) if options.smoke else (100, 1000)


def pace(options: Options) -> tuple[float, float]:
    return SMOKE_PACE if options.smoke else PACE


async def measure(
    contender: Contender,
    people: int,
    folder: Path,
    seeds: Seeds,
    pace: tuple[float, float] = PACE,
    started: Callable[[float], object] | None = None,
    fleet: Fleet | None = None,
) -> Outcome:
    """One run: start the contender, let everyone answer at once, stop it. `started` is told how long
    the contender took to start (seconds to its first getUpdates). With `fleet`, ours as several webhook
    processes (benchmark B5)."""
    async with running(contender, people, folder, seeds, fleet) as bot:
        if started is not None:
            started(bot.startup)
        outcome = await converse(
            bot.server.sandbox, bot.timeline, bot.chats, QUESTIONNAIRE, pace=pace, wait=STEP_WAIT
        )
        await asyncio.sleep(0.2)  # the last answers' callback answers, before the sandbox goes
        return outcome


def figures(people: int, samples: dict[str, list[Sample]]) -> list[Figure]:
    def med(name: str, field: str) -> float:
        return median([getattr(sample, field) for sample in samples[name]])

    def runs(field: str) -> tuple[float, ...]:
        return tuple(getattr(sample, field) for sample in samples[OURS.name])

    ours, ptb, floor = (
        med(OURS.name, "per_second"),
        med(PTB.name, "per_second"),
        med(FLOOR.name, "per_second"),
    )
    result = [
        Figure(
            "B1",
            f"throughput, {people} people",
            "updates/s",
            ours,
            ptb,
            PTB.name,
            "≥ PTB" if people < BIG else f"≥ {PTB_RATIO_TARGET:g}× PTB",
            ours >= (ptb if people < BIG else PTB_RATIO_TARGET * ptb),
            runs("per_second"),
        ),
        Figure(
            "B1",
            f"throughput, {people} people",
            "updates/s",
            ours,
            floor,
            FLOOR.name,
            "≥ ½ floor",
            ours >= floor / 2,
            runs("per_second"),
        ),
    ]
    for field in ("p50", "p95", "p99"):
        value = med(OURS.name, field)
        target, met = "", None
        if field == "p95" and people <= 100:
            target, met = f"< {P95_TARGET_MS:.0f} ms", value < P95_TARGET_MS
        result.append(
            Figure(
                "B1",
                f"latency {field}, {people} people",
                "ms",
                value,
                med(PTB.name, field),
                PTB.name,
                target,
                met,
                runs(field),
            )
        )
    return result


async def run(options: Options) -> list[Figure]:
    result: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="b1-") as scratch:
        folder = Path(scratch)
        seeds = Seeds(folder)
        for people in sizes(options):
            samples: dict[str, list[Sample]] = {contender.name: [] for contender in CONTENDERS}
            for repeat in range(options.repeats):
                for contender in CONTENDERS:
                    outcome = await measure(
                        contender, people, folder / f"{people}-{repeat}", seeds, pace(options)
                    )
                    sample = Sample.of(outcome)
                    samples[contender.name].append(sample)
                    print(
                        f"  {people} people, {contender.name}: {sample.per_second:.0f} updates/s, "
                        f"p50 {sample.p50:.1f} ms, p95 {sample.p95:.1f} ms, p99 {sample.p99:.1f} ms",
                        flush=True,
                    )
            result += figures(people, samples)
    return result
