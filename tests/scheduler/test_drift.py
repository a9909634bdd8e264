"""The drift ladder with a hand-moved clock: nudge both, then the mentor, then "at risk"; a meeting stops it.

The seeding helpers here are used by the other scheduler tests of the digest and tips too."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.app import i18n_core, translator
from scheduler import drift, periodic
from scheduler.clock import ManualClock
from scheduler.config import SchedulerConfig
from scheduler.messages import render
from storage.db import make_session_factory
from storage.models import (
    DiaryEntry,
    Meeting,
    MeetingStatus,
    OutboxMessage,
    Pair,
    Person,
    Programme,
    ProgrammeKind,
    SessionMode,
)
from storage.repo import outbox, people
from tests.pairs import make_pair, make_programme

CONFIG = SchedulerConfig()
STARTED = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)  # 12:00 in Sofia
_telegram_ids = itertools.count(90_000)


async def programme(
    session: AsyncSession,
    name: str = "Inclusive teaching",
    kind: ProgrammeKind = ProgrammeKind.TEACHER,
    org: str = "School One",
) -> Programme:
    return await make_programme(session, org=org, name=name, kind=kind)


async def person(session: AsyncSession, name: str, **fields: object) -> Person:
    row, _ = await people.get_or_create(session, next(_telegram_ids), name)
    for key, value in fields.items():
        setattr(row, key, value)
    await session.flush()
    return row


async def pair(
    session: AsyncSession,
    of: Programme,
    mentor: str = "Maria",
    mentee: str = "Ivan",
    started: datetime | None = STARTED,
    **mentee_fields: object,
) -> Pair:
    """A pair whose both sides have joined at `started` (or only the mentor, if None)."""
    made = await make_pair(
        session,
        programme=of,
        mentor=mentor,
        mentee=mentee,
        mentor_tg=next(_telegram_ids),
        mentee_tg=next(_telegram_ids) if started is not None else None,
        mentee_fields=mentee_fields,
        joined_at=started or STARTED,
        member=True,
    )
    return made.row


async def meeting(
    session: AsyncSession, of: Pair, starts_at: datetime, status: MeetingStatus, minutes: int = 60
) -> Meeting:
    row = Meeting(
        pair_id=of.id, starts_at=starts_at, duration_minutes=minutes, mode=SessionMode.ONLINE, status=status
    )
    session.add(row)
    await session.flush()
    return row


async def diary(
    session: AsyncSession,
    of: Pair,
    number: int,
    held_on: date,
    minutes: int = 60,
    activity: str | None = None,
) -> DiaryEntry:
    row = DiaryEntry(
        pair_id=of.id,
        session_no=number,
        held_on=held_on,
        duration_minutes=minutes,
        mode=SessionMode.IN_PERSON,
        activity=activity,
        objectives="private words that no coordinator may read",
    )
    session.add(row)
    await session.flush()
    return row


async def one_pair(factory: async_sessionmaker[AsyncSession], **mentee_fields: object) -> Pair:
    async with factory() as session:
        made = await pair(session, await programme(session), **mentee_fields)
        await session.commit()
        return made


async def rows(factory: async_sessionmaker[AsyncSession], kind: str) -> list[OutboxMessage]:
    async with factory() as session:
        found = await session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == kind).order_by(OutboxMessage.id)
        )
        return list(found)


async def rendered(factory: async_sessionmaker[AsyncSession], now: datetime) -> dict[int, tuple[str, tuple]]:
    """What each due row says, as the sender would send it now: {recipient person id: (text, buttons)}."""
    core = i18n_core()
    core.locales.update(core.find_locales())
    async with factory() as session:
        due = await outbox.claim_due(session, now, 100, timedelta(minutes=2))
        recipients = {m.id: m.recipient_id for m in await session.scalars(select(OutboxMessage))}
        for item in due:
            await outbox.mark_sent(session, item.id, now)
        await session.commit()
    result = {}
    for item in due:
        outgoing = render(item, translator(core, "en"), "en", now)
        assert outgoing is not None
        result[recipients[item.id]] = (outgoing.text, outgoing.buttons)
    return result


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


async def test_ladder_nudges_both_then_the_mentor_then_flags_the_pair_at_risk(engine: AsyncEngine):
    factory = make_session_factory(engine)
    made = await one_pair(factory)
    clock = ManualClock(at(date(2026, 10, 14)))  # 13 quiet days
    assert await periodic.drift_nudges(factory, clock, CONFIG) == 0

    clock.set(at(date(2026, 10, 15)))  # 14 quiet days: a friendly nudge to both
    assert await periodic.drift_nudges(factory, clock, CONFIG) == 2
    assert await periodic.drift_nudges(factory, clock, CONFIG) == 0  # made once
    first = await rows(factory, drift.NUDGE_KIND)
    assert {row.idempotency_key for row in first} == {
        f"drift:{made.id}:1:2026-10-01:{made.mentor_id}",
        f"drift:{made.id}:1:2026-10-01:{made.mentee_id}",
    }
    said = await rendered(factory, clock.now())
    assert said[made.mentee_id][0].startswith("👋 Hi! It has been 14 days since you and Maria last met.")
    assert "14 days since you and Ivan last met" in said[made.mentor_id][0]

    clock.set(at(date(2026, 10, 22)))  # 21 quiet days: the mentor, directly
    assert await periodic.drift_nudges(factory, clock, CONFIG) == 1
    said = await rendered(factory, clock.now())
    assert list(said) == [made.mentor_id]
    assert said[made.mentor_id][0].startswith(
        "<b>Time to get in touch with Ivan</b>\nYou have not met for 21 days."
    )

    clock.set(at(date(2026, 10, 29)))  # 28 quiet days: no message, the coordinators' digest says "at risk"
    assert await periodic.drift_nudges(factory, clock, CONFIG) == 0
    async with factory() as session:
        flagged = await drift.drifting(session, clock.now(), CONFIG, at_least=drift.Rung.AT_RISK)
    assert [(found.pair.pair_id, found.days) for found in flagged] == [(made.id, 28)]


async def test_a_scheduled_meeting_stops_the_nudges_and_a_held_one_restarts_the_count(engine: AsyncEngine):
    factory = make_session_factory(engine)
    made = await one_pair(factory)
    clock = ManualClock(datetime(2026, 10, 15, 20, 0, tzinfo=UTC))  # 23:00 in Sofia: quiet hours
    assert await periodic.drift_nudges(factory, clock, CONFIG) == 2
    queued = await rows(factory, drift.NUDGE_KIND)
    assert {row.due_at for row in queued} == {datetime(2026, 10, 16, 4, 0, tzinfo=UTC)}  # 07:00 in Sofia

    async with factory() as session:
        planned = await meeting(
            session, made, datetime(2026, 10, 20, 14, tzinfo=UTC), MeetingStatus.SCHEDULED
        )
        await session.commit()
    clock.advance(timedelta(hours=1))
    assert await periodic.drift_nudges(factory, clock, CONFIG) == 0
    assert await rows(factory, drift.NUDGE_KIND) == []  # taken back before the morning

    clock.set(at(date(2026, 10, 19)))  # would be rung 2, but a meeting is ahead
    assert await periodic.drift_nudges(factory, clock, CONFIG) == 0

    async with factory() as session:
        row = await session.get(Meeting, planned.id)
        assert row is not None
        row.status = MeetingStatus.HELD
        await session.commit()
    clock.set(at(date(2026, 11, 2)))  # 13 days after the meeting
    assert await periodic.drift_nudges(factory, clock, CONFIG) == 0
    clock.set(at(date(2026, 11, 3)))
    assert await periodic.drift_nudges(factory, clock, CONFIG) == 2
    assert {row.idempotency_key.split(":")[3] for row in await rows(factory, drift.NUDGE_KIND)} == {
        "2026-10-20"
    }


async def test_a_diary_entry_counts_and_stop_nudges_takes_back_what_is_queued(engine: AsyncEngine):
    factory = make_session_factory(engine)
    made = await one_pair(factory)
    async with factory() as session:
        await diary(session, made, 1, date(2026, 10, 10))
        await session.commit()
    clock = ManualClock(at(date(2026, 10, 23)))
    assert await periodic.drift_nudges(factory, clock, CONFIG) == 0
    clock.set(at(date(2026, 10, 24)))
    assert await periodic.drift_nudges(factory, clock, CONFIG) == 2
    async with factory() as session:
        assert await drift.stop_nudges(session, made.id) == 2
        await session.commit()
    assert await rows(factory, drift.NUDGE_KIND) == []


async def test_paused_waiting_closed_and_unreachable_get_nothing(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        of = await programme(session)
        paused = await pair(session, of, "Ana", "Boris")
        paused.paused_at = STARTED
        await pair(session, of, "Vera", "Georgi", started=None)  # the mentee never joined
        closed = await pair(session, of, "Daria", "Emil")
        closed.ended_at = STARTED + timedelta(days=3)
        blocked = await pair(session, of, "Fani", "Zhivko", reachable=False)
        await session.commit()
    clock = ManualClock(at(date(2026, 10, 15)))
    assert await periodic.drift_nudges(factory, clock, CONFIG) == 1  # only Fani: Zhivko blocked the bot
    assert [row.recipient_id for row in await rows(factory, drift.NUDGE_KIND)] == [blocked.mentor_id]
