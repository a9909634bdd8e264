"""B7 still starts and measures: a tiny import beside the running bot (`Options(smoke=True)`)."""

from __future__ import annotations

import pytest

from benchmarks.common import Figure, Options
from benchmarks.run import runner

pytestmark = [pytest.mark.bench, pytest.mark.timeout(180)]


def named(figures: list[Figure], start: str) -> Figure:
    found = [f for f in figures if f.name.startswith(start)]
    assert len(found) == 1, f"no single figure {start!r} in {[f.name for f in figures]}"
    return found[0]


async def test_b7_measures_the_bot_and_the_import_side_by_side() -> None:
    figures = await runner("B7")(Options(smoke=True, repeats=1))
    assert {f.benchmark for f in figures} == {"B7"}
    p95 = named(figures, "answer time p95")
    assert p95.unit == "ms" and p95.ours > 0 and p95.peer is not None and p95.peer > 0
    assert p95.met is (p95.ours < 1000) and p95.peer_name == "no import"
    assert named(figures, "answer time p99").ours > 0
    assert named(figures, "import speed").ours > 0
    # what must hold on any machine: the bot answered everyone and never met a locked database
    assert named(figures, "answers that never came").ours == 0
    assert named(figures, "“database is locked”").ours == 0
    assert named(figures, "reminders sent during the import").ours >= 0
