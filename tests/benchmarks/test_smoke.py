"""Each benchmark still starts and measures: a tiny run (`Options(smoke=True)`) with sane figures.

The figures' values are machine-dependent; these tests check what must hold on any machine (positive
rates, ordered percentiles, a peer measured beside ours, targets judged) and nothing else.
"""

from __future__ import annotations

import math

import pytest

from benchmarks.common import Figure, Options
from benchmarks.run import runner

pytestmark = [pytest.mark.bench, pytest.mark.timeout(180)]

SMOKE = Options(smoke=True, repeats=1)


def by_name(figures: list[Figure], name: str, peer: str) -> Figure:
    found = [f for f in figures if f.name == name and f.peer_name == peer]
    assert len(found) == 1, f"no single figure {name!r} against {peer!r} in {[f.name for f in figures]}"
    return found[0]


async def test_b1_conversation_measures_ours_and_both_peers() -> None:
    figures = await runner("B1")(SMOKE)
    assert {f.benchmark for f in figures} == {"B1"}
    against_ptb = by_name(figures, "throughput, 4 people", "PTB")
    against_floor = by_name(figures, "throughput, 4 people", "floor")
    assert against_ptb.ours > 0 and against_ptb.peer is not None and against_ptb.peer > 0
    assert against_floor.peer is not None and against_floor.peer > 0
    assert against_ptb.met is (against_ptb.ours >= against_ptb.peer)
    assert against_floor.met is (against_floor.ours >= against_floor.peer / 2)

    p50, p95, p99 = (by_name(figures, f"latency {q}, 4 people", "PTB") for q in ("p50", "p95", "p99"))
    assert 0 < p50.ours <= p95.ours <= p99.ours
    assert p50.peer is not None and p95.peer is not None and p99.peer is not None
    assert 0 < p50.peer <= p95.peer <= p99.peer
    assert p95.unit == "ms" and p95.target == "< 50 ms" and p95.met is (p95.ours < 50)
    assert all(len(f.runs) == 1 for f in figures)


async def test_b4_footprint_measures_start_up_and_memory_of_all_three() -> None:
    figures = await runner("B4")(SMOKE)
    assert {f.benchmark for f in figures} == {"B4"}
    for peer in ("PTB", "floor"):
        startup = by_name(figures, "start-up to first getUpdates", peer)
        idle = by_name(figures, "memory idle", peer)
        busy = by_name(figures, "memory after B1, 8 people", peer)
        assert startup.unit == "s" and 0 < startup.ours < 60
        assert startup.peer is not None and 0 < startup.peer < 60
        for memory in (idle, busy):  # a Python process with an HTTP client is never under 10 MB
            assert memory.unit == "MB" and memory.ours > 10
            assert memory.peer is not None and memory.peer > 10
    assert by_name(figures, "start-up to first getUpdates", "PTB").met is not None
    assert by_name(figures, "memory idle", "PTB").met is not None


@pytest.mark.parametrize("key", ["B2", "B3"])
async def test_b2_and_b3_produce_figures(key: str) -> None:
    figures = await runner(key)(SMOKE)
    assert figures and {f.benchmark for f in figures} == {key}
    measured = [f.ours for f in figures if not math.isnan(f.ours)]
    assert measured, "every figure is 'not measured'"
    assert all(value >= 0 for value in measured)


async def test_b5_measures_one_and_two_processes_and_two_sharing_the_send_budget() -> None:
    figures = await runner("B5")(SMOKE)
    if len(figures) == 1 and figures[0].name.startswith("not measured"):
        pytest.skip(figures[0].name)
    assert {f.benchmark for f in figures} == {"B5"}
    one = by_name(figures, "throughput, 4 people, 1 process", "")
    two = by_name(figures, "throughput, 4 people, 2 processes", "1 process")
    assert one.unit == two.unit == "updates/s" and one.ours > 0 and two.ours > 0
    assert two.peer == one.ours and two.ratio == two.ours / one.ours  # the ratio to one process
    for processes in ("1 process", "2 processes"):
        peer = "" if processes == "1 process" else "1 process"
        p50 = by_name(figures, f"latency p50, 4 people, {processes}", peer)
        p95 = by_name(figures, f"latency p95, 4 people, {processes}", peer)
        assert p50.unit == p95.unit == "ms" and 0 < p50.ours <= p95.ours
    assert all(len(f.runs) == 1 for f in figures if f.unit != "messages/s" and f.runs)

    # what must hold at any size: the two processes share one budget, and a kill loses nothing
    label = "2 processes sharing the Redis budget, one SIGKILLed halfway"
    rate = by_name(figures, f"delivery rate, 50 due at once, {label} (1 run)", "")
    assert rate.ours > 0 and rate.met is (rate.ours >= 28.5)
    assert by_name(figures, f"429s received, {label}", "").ours == 0
    assert by_name(figures, f"losses, {label}", "").ours == 0
    duplicates = by_name(figures, f"duplicates, {label}", "")
    assert duplicates.ours <= 1 and duplicates.met is True


async def test_b8_concerns_times_the_alert_and_the_reminder() -> None:
    figures = await runner("B8")(SMOKE)
    assert {f.benchmark for f in figures} == {"B8"}
    alert, reminder = figures
    assert alert.unit == "s" and alert.ours > 0 and alert.met is (alert.ours < 30)
    assert reminder.unit == "s late" and reminder.met is (0 <= reminder.ours < 60)
    assert all(len(f.runs) == 1 for f in figures)
