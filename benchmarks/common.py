"""What every benchmark shares: options, figures, statistics and the machine's description."""

from __future__ import annotations

import os
import platform
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Options:
    """How big a run is. `smoke` is the tiny run `make test` uses to prove a benchmark still starts."""

    repeats: int = 3
    smoke: bool = False
    postgres_dsn: str = os.environ.get("TEST_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/test")
    # B5's Redis: a database of its own (9), whose bot keys each run clears
    redis_url: str = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")

    def size(self, full: int, smoke: int) -> int:
        return smoke if self.smoke else full


@dataclass(frozen=True)
class Figure:
    """One row of RESULTS.md: our value against the peer's, and whether the target is met."""

    benchmark: str  # "B1", "B2", ...
    name: str  # "updates/s, 100 people"
    unit: str  # "updates/s", "ms", "MB", "s", "statements"
    ours: float
    peer: float | None = None
    peer_name: str = ""
    target: str = ""  # "≥ PTB", "< 50 ms", ...
    met: bool | None = None
    runs: Sequence[float] = field(default_factory=tuple)  # the individual runs behind the median

    @property
    def ratio(self) -> float | None:
        if self.peer in (None, 0):
            return None
        return self.ours / self.peer


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by the nearest-rank method, of a non-empty sample."""
    ordered = sorted(values)
    rank = max(1, round(q / 100 * len(ordered) + 0.5))
    return float(ordered[min(rank, len(ordered)) - 1])


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            names = [line.split(":", 1)[1].strip() for line in info if line.startswith("model name")]
        cpu = names[0] if names else cpu
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}"
