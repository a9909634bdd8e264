"""The periodic jobs: each looks at the time, makes the outbox rows that are due and commits them.

Run them often (every few minutes): a run makes only what is missing, and the rows' unique keys make each
message once, however often the jobs run and however many processes run them. Each job takes
(session_factory, clock, config) and returns how many rows it made.

- weekly_tips: every mentor and mentee, on `tip_weekday` at `tip_time` in their time zone.
- drift_nudges: pairs that have gone quiet (scheduler/drift.py).
- weekly_digests: every coordinator, on `digest_weekday` at `digest_time` in their time zone.
Nothing is due inside a person's quiet hours: it waits for their end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from scheduler import digest, drift, tips
from scheduler.clock import Clock
from scheduler.config import SchedulerConfig
from scheduler.quiet_hours import after_quiet_hours
from storage.repo import digest as figures
from storage.repo import outbox
from storage.timeutil import UTC


@dataclass(frozen=True)
class Slot:
    """This week's moment for a weekly message, once it has come."""

    week: str  # ISO year and week in the person's time zone, e.g. 2026-W48
    moment: datetime  # in UTC


def weekly_slot(now: datetime, zone: str, weekday: int, at: time) -> Slot | None:
    """The moment of `weekday` at `at` in this week (local), if it has come; None before it."""
    tz = ZoneInfo(zone)
    local = now.astimezone(tz)
    year, week, _ = local.isocalendar()
    day = local.date() + timedelta(days=weekday - local.weekday())
    moment = datetime.combine(day, at, tzinfo=tz).astimezone(UTC)
    return Slot(f"{year}-W{week:02d}", moment) if moment <= now else None


def _due_at(slot: Slot, now: datetime, zone: str, config: SchedulerConfig) -> datetime:
    return after_quiet_hours(max(slot.moment, now), zone, config.quiet_start, config.quiet_end)


async def weekly_tips(
    session_factory: async_sessionmaker[AsyncSession], clock: Clock, config: SchedulerConfig
) -> int:
    now = clock.now()
    async with session_factory() as session:
        due = [
            (person, slot)
            for person in await figures.tip_recipients(session)
            if (slot := weekly_slot(now, person.timezone, config.tip_weekday, config.tip_time)) is not None
        ]
        made = await figures.existing_keys(session, [tips.tip_key(p.person_id, s.week) for p, s in due])
        created = 0
        for person, slot in due:
            if tips.tip_key(person.person_id, slot.week) not in made:
                created += await tips.enqueue_tip(
                    session, person, slot.week, _due_at(slot, now, person.timezone, config)
                )
        await session.commit()
    return created


async def drift_nudges(
    session_factory: async_sessionmaker[AsyncSession], clock: Clock, config: SchedulerConfig
) -> int:
    async with session_factory() as session:
        created = await drift.enqueue_nudges(session, clock.now(), config)
        await session.commit()
    return created


def digest_key(person_id: int, week: str) -> str:
    return f"digest:{person_id}:{week}"


async def weekly_digests(
    session_factory: async_sessionmaker[AsyncSession], clock: Clock, config: SchedulerConfig
) -> int:
    """The Monday message: the totals as they are when it is made, with a button to the whole digest."""
    now = clock.now()
    async with session_factory() as session:
        due = [
            (coordinator, slot)
            for coordinator in await figures.digest_recipients(session)
            if (slot := weekly_slot(now, coordinator.timezone, config.digest_weekday, config.digest_time))
            is not None
        ]
        made = await figures.existing_keys(session, [digest_key(c.person_id, s.week) for c, s in due])
        due = [(c, slot) for c, slot in due if digest_key(c.person_id, slot.week) not in made]
        built = await digest.for_coordinators(session, {c.person_id: c.timezone for c, _ in due}, now, config)
        created = 0
        for coordinator, slot in due:
            created += await outbox.enqueue(
                session,
                recipient_id=coordinator.person_id,
                kind=digest.DIGEST_KIND,
                key=digest_key(coordinator.person_id, slot.week),
                due_at=_due_at(slot, now, coordinator.timezone, config),
                payload=built[coordinator.person_id].totals().payload(),
            )
        await session.commit()
    return created
