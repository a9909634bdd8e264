"""The `bench` marker: `pytest -m "not bench"` leaves the benchmarks' smoke runs out."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "bench: a tiny run of a benchmark, proving it still starts and measures"
    )
