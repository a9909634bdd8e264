"""The days a pair's sessions and meetings may fall on: their programme's dates with a little slack (a
first meeting a few weeks before the start, a last one soon after the end), so a tap on the calendar's
year 1900 or a forged 3000 gets a clear answer instead of an entry nobody meant."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.common import Problem
from dialogs.widgets import local_date
from storage.repo import programmes

SLACK = timedelta(days=30)


@dataclass(frozen=True)
class ProgrammeDays:
    start: date
    end: date

    @property
    def earliest(self) -> date:
        return self.start - SLACK

    @property
    def latest(self) -> date:
        return self.end + SLACK

    def problem(self, key: str, earliest: date, latest: date, locale: str) -> Problem:
        """`key` (a message with $earliest, $latest, $start and $end), the days as people of `locale`
        write them."""
        days = {"earliest": earliest, "latest": latest, "start": self.start, "end": self.end}
        return Problem(key, **{name: local_date(day, locale) for name, day in days.items()})


async def of_programme(session: AsyncSession, programme_id: int) -> ProgrammeDays:
    programme = await programmes.get(session, programme_id)
    return ProgrammeDays(programme.start_date, programme.end_date)
