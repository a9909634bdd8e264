"""What a library patch is worth: B1 at 1,000 people (and B4's start-up) with and without it, interleaved.

    python -m benchmarks.patch_gains --variant without-sqlite=LIBRARY_PATCHES=-sqlite_inline
    python -m benchmarks.patch_gains --variant before=/path/to/an/older/checkout

Each variant is either an environment setting for ours (`NAME=VAR=value`) or another checkout of this
project to run ours from (`NAME=/path`). Every repeat runs ours as it is and then each variant, in turn,
on a fresh sandbox and database, so the machine's drift touches all of them alike. Prints one row per
variant: the median throughput, p95 and start-up, and their change against ours as it is. The figures go
into benchmarks/NOTES.md by hand, with the decision they led to (issue #22's 10 % rule).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import tempfile
from pathlib import Path

from benchmarks.b1_conversation import Sample, measure
from benchmarks.common import median
from benchmarks.contenders import OURS, Contender, Seeds
from benchmarks.conversation import Outcome


def variant(spec: str) -> Contender:
    """`NAME=VAR=value` (an environment setting) or `NAME=/path` (another checkout)."""
    name, _, what = spec.partition("=")
    if not name or not what:
        raise argparse.ArgumentTypeError(f"expected NAME=VAR=value or NAME=/path, got {spec!r}")
    if what.startswith(("/", ".")):
        return dataclasses.replace(OURS, name=name, project=Path(what).resolve())
    key, _, value = what.partition("=")
    return dataclasses.replace(OURS, name=name, env=((key, value),))


async def compare(
    variants: list[Contender], people: int, repeats: int, ours: Contender = OURS
) -> dict[str, list[Sample]]:
    # a variant that only sets the environment runs from ours' checkout
    variants = [
        v if v.project != OURS.project else dataclasses.replace(v, project=ours.project) for v in variants
    ]
    contenders = [ours, *variants]
    samples: dict[str, list[Sample]] = {c.name: [] for c in contenders}
    startups: dict[str, list[float]] = {c.name: [] for c in contenders}
    with tempfile.TemporaryDirectory(prefix="gains-") as scratch:
        folder = Path(scratch)
        seeds = Seeds(folder)
        for repeat in range(repeats):
            for contender in contenders:
                outcome, startup = await measure_with_startup(contender, people, folder / f"{repeat}", seeds)
                sample = Sample.of(outcome)
                samples[contender.name].append(sample)
                startups[contender.name].append(startup)
                print(
                    f"  {contender.name}: {sample.per_second:.0f} updates/s, p95 {sample.p95:.0f} ms, "
                    f"start-up {startup:.2f} s",
                    flush=True,
                )
    base = median([s.per_second for s in samples[ours.name]])
    base_p95 = median([s.p95 for s in samples[ours.name]])
    base_start = median(startups[ours.name])
    print("\n| variant | updates/s | change | p95 ms | start-up s | change |\n|---|---|---|---|---|---|")
    for contender in contenders:
        rate = median([s.per_second for s in samples[contender.name]])
        p95 = median([s.p95 for s in samples[contender.name]])
        start = median(startups[contender.name])
        print(
            f"| {contender.name} | {rate:.0f} | {100 * (rate / base - 1):+.1f} % | {p95:.0f} "
            f"(ours {base_p95:.0f}) | {start:.2f} | {100 * (start / base_start - 1):+.1f} % |"
        )
    return samples


async def measure_with_startup(
    contender: Contender, people: int, folder: Path, seeds: Seeds
) -> tuple[Outcome, float]:
    startup: list[float] = []
    outcome = await measure(contender, people, folder, seeds, started=startup.append)
    return outcome, startup[0]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.patch_gains", description=__doc__)
    parser.add_argument("--variant", type=variant, action="append", required=True)
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--ours", type=Path, default=None, help="run ours from this checkout")
    arguments = parser.parse_args()
    ours = OURS if arguments.ours is None else dataclasses.replace(OURS, project=arguments.ours.resolve())
    asyncio.run(compare(arguments.variant, arguments.people, arguments.repeats, ours))


if __name__ == "__main__":
    main()
