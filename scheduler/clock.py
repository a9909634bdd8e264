"""Time as a dependency: the scheduler asks a clock, so tests move time instead of sleeping."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from storage.timeutil import utcnow


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return utcnow()


class ManualClock:
    """A clock that moves only when told to (for tests and benchmarks)."""

    def __init__(self, start: datetime) -> None:
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, moment: datetime) -> None:
        self._now = moment
