"""No scheduled message between the quiet hours' start and end in the person's time zone."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from storage.timeutil import UTC


def in_quiet_hours(moment: datetime, zone: str, start: time, end: time) -> bool:
    local = moment.astimezone(ZoneInfo(zone)).time()
    if start <= end:
        return start <= local < end
    return local >= start or local < end  # the window crosses midnight (21:00-07:00)


def after_quiet_hours(moment: datetime, zone: str, start: time, end: time) -> datetime:
    """`moment` if it is outside the quiet hours, else the end of those quiet hours (in UTC)."""
    if not in_quiet_hours(moment, zone, start, end):
        return moment
    tz = ZoneInfo(zone)
    local = moment.astimezone(tz)
    day = local.date() if local.time() < end else local.date() + timedelta(days=1)
    return datetime.combine(day, end, tzinfo=tz).astimezone(UTC)
