"""`make bench`: every benchmark, interleaved with its peers, then RESULTS.md."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dt
import importlib
import json
import math
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from benchmarks.common import Figure, Options, machine

HERE = Path(__file__).resolve().parent
BENCHMARKS = {
    "B1": "benchmarks.b1_conversation",
    "B2": "benchmarks.b2_delivery",
    "B3": "benchmarks.b3_digest",
    "B4": "benchmarks.b4_footprint",
    "B5": "benchmarks.b5_processes",
    "B7": "benchmarks.b7_import",
    "B8": "benchmarks.b8_concerns",
}
TITLES = {
    "B1": "Conversation throughput and latency",
    "B2": "Reminder delivery",
    "B3": "Digest at scale",
    "B4": "Footprint",
    "B5": "Scale by processes",
    "B7": "A big import while the bot runs",
    "B8": "A concern is never late",
}


def runner(key: str) -> Callable[[Options], Awaitable[list[Figure]]]:
    """Each benchmark module has `async def run(options: Options) -> list[Figure]`."""
    return importlib.import_module(BENCHMARKS[key]).run  # type: ignore[no-any-return]


def fmt(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "–"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def render(sections: dict[str, dict[str, Any]]) -> str:
    """RESULTS.md from the recorded sections: {key: {"run": description, "figures": [Figure, ...]}}."""
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`python -m benchmarks.run`; `--only B2` measures again just that one).",
        "Peers are measured in the same run as ours, interleaved; figures are medians of the runs.",
        "",
    ]
    for key, title in TITLES.items():
        if key not in sections:
            continue
        rows: list[Figure] = sections[key]["figures"]
        lines += [
            f"## {key}. {title}",
            "",
            sections[key]["run"],
            "",
            "| figure | ours | peer | peer's value | ratio | target | met |",
            "|---|---|---|---|---|---|---|",
        ]
        for f in rows:
            met = "–" if f.met is None else ("yes" if f.met else "**no**")
            ratio = "–" if f.ratio is None else f"{f.ratio:.2f}×"
            lines.append(
                f"| {f.name} ({f.unit}) | {fmt(f.ours)} | {f.peer_name or '–'} | {fmt(f.peer)} | {ratio} "
                f"| {f.target or '–'} | {met} |"
            )
        lines.append("")
    notes = HERE / "NOTES.md"
    if notes.exists():
        lines += [notes.read_text().strip(), ""]
    return "\n".join(lines)


async def main_async(keys: list[str], options: Options) -> list[Figure]:
    figures: list[Figure] = []
    for key in keys:
        print(f"{key}: {TITLES[key]} …", flush=True)
        produced = await runner(key)(options)
        for f in produced:
            peer = f"{f.peer_name} {fmt(f.peer)}" if f.peer_name else "no peer"
            print(f"  {f.name}: ours {fmt(f.ours)} {f.unit}, {peer}", flush=True)
        figures += produced
    return figures


def record(path: Path, figures: list[Figure], run: str) -> dict[str, dict[str, Any]]:
    """Merge this run's benchmarks into the JSON record next to RESULTS.md; the merged sections."""
    sections: dict[str, dict[str, Any]] = {}
    if path.exists():
        for key, section in json.loads(path.read_text()).items():
            sections[key] = {"run": section["run"], "figures": [Figure(**f) for f in section["figures"]]}
    for key in dict.fromkeys(f.benchmark for f in figures):
        sections[key] = {"run": run, "figures": [f for f in figures if f.benchmark == key]}
    path.write_text(
        json.dumps(
            {
                key: {"run": s["run"], "figures": [dataclasses.asdict(f) for f in s["figures"]]}
                for key, s in sections.items()
            },
            indent=1,
            ensure_ascii=False,
        )
    )
    return sections


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--only", default=",".join(BENCHMARKS), help="e.g. B1,B4")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes; proves each benchmark starts")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args(argv)
    keys = [key.strip().upper() for key in args.only.split(",") if key.strip()]
    options = Options(repeats=args.repeats, smoke=args.smoke)
    started = dt.datetime.now(dt.UTC)
    figures = asyncio.run(main_async(keys, options))
    seconds = (dt.datetime.now(dt.UTC) - started).total_seconds()
    if not options.smoke:
        run = (
            f"Measured {started:%Y-%m-%d %H:%M} UTC on {machine()}; "
            f"{options.repeats} runs, {seconds:.0f} s for {', '.join(keys)}."
        )
        sections = record(args.output.with_suffix(".json"), figures, run)
        args.output.write_text(render(sections))
        print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
