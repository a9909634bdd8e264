"""B4. Footprint: start-up time and resident memory, ours against the PTB peer and the floor.

Start-up runs from spawning the process to its first getUpdates as the sandbox sees it (for ours that
includes the migrations check and the command lists). Memory is the resident set (psutil RSS, with any
children) two seconds after that first poll, and again after B1's questionnaire with 1,000 people.
"""

from __future__ import annotations

import asyncio
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.b1_conversation import STEP_WAIT, pace
from benchmarks.common import Figure, Options, median
from benchmarks.contenders import CONTENDERS, FLOOR, OURS, PTB, Contender, Seeds, running
from benchmarks.conversation import converse
from benchmarks.script import QUESTIONNAIRE

IDLE_SECONDS = 2.0
IDLE_TARGET_MB = 150.0
STARTUP_TARGET_S = 2.0


@dataclass(frozen=True)
class Footprint:
    startup: float  # seconds
    idle_mb: float
    busy_mb: float  # after everyone answered the questionnaire


async def measure(
    contender: Contender, people: int, folder: Path, seeds: Seeds, options: Options
) -> Footprint:
    async with running(contender, people, folder, seeds) as bot:
        await asyncio.sleep(0.5 if options.smoke else IDLE_SECONDS)
        idle = bot.rss_mb()
        await converse(
            bot.server.sandbox, bot.timeline, bot.chats, QUESTIONNAIRE, pace=pace(options), wait=STEP_WAIT
        )
        return Footprint(bot.startup, idle, bot.rss_mb())


def figures(people: int, samples: dict[str, list[Footprint]]) -> list[Figure]:
    def med(name: str, field: str) -> float:
        return median([getattr(sample, field) for sample in samples[name]])

    rows = (
        ("start-up to first getUpdates", "s", "startup", f"< {STARTUP_TARGET_S:g} s", STARTUP_TARGET_S),
        ("memory idle", "MB", "idle_mb", f"< {IDLE_TARGET_MB:g} MB", IDLE_TARGET_MB),
        (f"memory after B1, {people} people", "MB", "busy_mb", "", None),
    )
    result = []
    for name, unit, field, target, limit in rows:
        ours = med(OURS.name, field)
        runs = tuple(getattr(sample, field) for sample in samples[OURS.name])
        for peer in (PTB, FLOOR):
            met = None if limit is None or peer is not PTB else ours < limit
            shown = target if peer is PTB else ""
            result.append(Figure("B4", name, unit, ours, med(peer.name, field), peer.name, shown, met, runs))
    return result


async def run(options: Options) -> list[Figure]:
    people = options.size(1000, 8)
    samples: dict[str, list[Footprint]] = {contender.name: [] for contender in CONTENDERS}
    with tempfile.TemporaryDirectory(prefix="b4-") as scratch:
        folder = Path(scratch)
        seeds = Seeds(folder)
        for repeat in range(options.repeats):
            for contender in CONTENDERS:
                sample = await measure(contender, people, folder / f"{repeat}", seeds, options)
                samples[contender.name].append(sample)
                print(
                    f"  {contender.name}: start-up {sample.startup:.2f} s, idle {sample.idle_mb:.0f} MB, "
                    f"after {people} people {sample.busy_mb:.0f} MB",
                    flush=True,
                )
    return figures(people, samples)
