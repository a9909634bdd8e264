"""`make bench`: every benchmark, interleaved with its peers, then RESULTS.md."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import importlib
from collections.abc import Awaitable, Callable
from pathlib import Path

from benchmarks.common import Figure, Options, machine

HERE = Path(__file__).resolve().parent
BENCHMARKS = {
    "B1": "benchmarks.b1_conversation",
    "B2": "benchmarks.b2_delivery",
    "B3": "benchmarks.b3_digest",
    "B4": "benchmarks.b4_footprint",
}
TITLES = {
    "B1": "Conversation throughput and latency",
    "B2": "Reminder delivery",
    "B3": "Digest at scale",
    "B4": "Footprint",
}


def runner(key: str) -> Callable[[Options], Awaitable[list[Figure]]]:
    """Each benchmark module has `async def run(options: Options) -> list[Figure]`."""
    return importlib.import_module(BENCHMARKS[key]).run  # type: ignore[no-any-return]


def fmt(value: float | None) -> str:
    if value is None:
        return "–"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def render(figures: list[Figure], options: Options, started: dt.datetime, seconds: float) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Machine: {machine()}  ",
        f"Date: {started:%Y-%m-%d %H:%M} UTC, {seconds:.0f} s, medians of {options.repeats} runs  ",
        "Written by `make bench` (`python -m benchmarks.run`); peers measured in the same run, interleaved.",
        "",
    ]
    for key, title in TITLES.items():
        rows = [f for f in figures if f.benchmark == key]
        if not rows:
            continue
        lines += [
            f"## {key}. {title}",
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
        args.output.write_text(render(figures, options, started, seconds))
        print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
