"""The scheduler's settings (from bot.settings), as plain values the jobs can use."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time, timedelta


@dataclass(frozen=True)
class SchedulerConfig:
    reminder_offsets: tuple[timedelta, ...] = (timedelta(hours=24), timedelta(hours=1))
    quiet_start: time = time(21, 0)
    quiet_end: time = time(7, 0)
    tip_weekday: int = 2  # Monday is 0
    tip_time: time = time(17, 0)
    drift_first: timedelta = timedelta(days=14)
    drift_step: timedelta = timedelta(days=7)
    digest_weekday: int = 0
    digest_time: time = time(8, 0)
    retention: timedelta = field(default=timedelta(days=365))
    concern_read_after: timedelta = timedelta(minutes=60)  # CONCERN_READ_MINUTES


@dataclass(frozen=True)
class SenderConfig:
    """The outbox sender's pace and patience (scheduler/sender.py)."""

    global_rate: float = 29.0  # messages a second; Telegram's broadcast limit is about 30
    per_chat_interval: float = 1.0
    lease: timedelta = timedelta(minutes=2)  # a SENDING row older than this is taken again
    max_attempts: int = 6
    first_backoff: timedelta = timedelta(seconds=10)
    max_backoff: timedelta = timedelta(minutes=30)
