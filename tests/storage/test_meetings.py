"""Meetings in storage (SQLite and PostgreSQL): only the pair's members plan, change and cancel them; only
its mentor records whether they were held; each person's time zone and reminders."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from storage.db import make_session_factory
from storage.errors import NotFound
from storage.models import MeetingStatus, Person, SessionMode
from storage.repo import meetings
from tests.harness import seed_programme
from tests.pairs import MadePair, make_pair

T0 = datetime(2030, 3, 4, 9, 0, tzinfo=UTC)


async def tagged_pair(
    factory: async_sessionmaker[AsyncSession], programme_id: int, tag: str, mentee_joins: bool = True
) -> MadePair:
    """People named after `tag` (the names typed for the pair differ from their Telegram names)."""
    return await make_pair(
        factory,
        programme=programme_id,
        mentor=f"Typed mentor {tag}",
        mentee=f"Typed mentee {tag}",
        mentor_tg=1000 + ord(tag),
        mentor_as=f"Mentor {tag}",
        mentee_tg=2000 + ord(tag) if mentee_joins else None,
        mentee_as=f"Mentee {tag}",
        joined_at=T0,
    )


async def plan_one(factory: async_sessionmaker[AsyncSession], pair: MadePair, starts_at: datetime) -> int:
    async with factory() as session:
        meeting = await meetings.schedule(
            session, pair.id, pair.mentee, starts_at=starts_at, duration_minutes=90,
            mode=SessionMode.ONLINE, place="https://meet.example/abc",
        )  # fmt: skip
        await session.commit()
        return meeting.id


async def test_members_plan_change_and_cancel_and_strangers_cannot(engine: AsyncEngine):
    factory = make_session_factory(engine)
    _, programme_id = await seed_programme(factory)
    ours = await tagged_pair(factory, programme_id, "a")
    theirs = await tagged_pair(factory, programme_id, "b")
    meeting_id = await plan_one(factory, ours, T0 + timedelta(days=1))

    async with factory() as session:
        with pytest.raises(NotFound):
            await meetings.schedule(
                session, ours.id, theirs.mentor, starts_at=T0, duration_minutes=60,
                mode=SessionMode.IN_PERSON, place=None,
            )  # fmt: skip
        with pytest.raises(NotFound):
            await meetings.for_member(session, meeting_id, theirs.mentee)
        with pytest.raises(NotFound):
            await meetings.change(session, meeting_id, theirs.mentor, duration_minutes=30)
        with pytest.raises(NotFound):
            await meetings.cancel(session, meeting_id, theirs.mentee, T0)
        with pytest.raises(NotFound):
            await meetings.upcoming(session, ours.id, theirs.mentor, T0)

        moved = await meetings.change(
            session, meeting_id, ours.mentor, starts_at=T0 + timedelta(days=2), clear_place=True
        )
        assert (moved.starts_at, moved.place, moved.duration_minutes) == (T0 + timedelta(days=2), None, 90)
        await meetings.cancel(session, meeting_id, ours.mentee, T0)
        await session.commit()

    async with factory() as session:
        meeting = await meetings.for_member(session, meeting_id, ours.mentor)
        assert meeting.status is MeetingStatus.CANCELLED and meeting.outcome_at == T0
        with pytest.raises(NotFound):  # a cancelled meeting is not changed any more
            await meetings.change(session, meeting_id, ours.mentor, duration_minutes=30)


async def test_only_the_mentor_records_the_outcome_once(engine: AsyncEngine):
    factory = make_session_factory(engine)
    _, programme_id = await seed_programme(factory)
    pair = await tagged_pair(factory, programme_id, "a")
    meeting_id = await plan_one(factory, pair, T0)
    async with factory() as session:
        with pytest.raises(NotFound):
            await meetings.record_outcome(session, meeting_id, pair.mentee, MeetingStatus.HELD, T0)
        with pytest.raises(ValueError):
            await meetings.record_outcome(session, meeting_id, pair.mentor, MeetingStatus.CANCELLED, T0)
        held = await meetings.record_outcome(session, meeting_id, pair.mentor, MeetingStatus.HELD, T0)
        assert held.status is MeetingStatus.HELD
        with pytest.raises(NotFound):
            await meetings.record_outcome(session, meeting_id, pair.mentor, MeetingStatus.MOVED, T0)
        await session.commit()


async def test_upcoming_are_planned_meetings_not_started_soonest_first(engine: AsyncEngine):
    factory = make_session_factory(engine)
    _, programme_id = await seed_programme(factory)
    pair = await tagged_pair(factory, programme_id, "a")
    later = await plan_one(factory, pair, T0 + timedelta(days=3))
    sooner = await plan_one(factory, pair, T0 + timedelta(days=1))
    await plan_one(factory, pair, T0 - timedelta(minutes=5))  # started already
    cancelled = await plan_one(factory, pair, T0 + timedelta(days=2))
    async with factory() as session:
        await meetings.cancel(session, cancelled, pair.mentor, T0)
        assert [m.id for m in await meetings.upcoming(session, pair.id, pair.mentee, T0)] == [sooner, later]
        assert [m.id for m in await meetings.upcoming_for_person(session, pair.mentor, T0)] == [sooner, later]
        assert (await meetings.latest(session, pair.id)).id == cancelled  # type: ignore[union-attr]


async def test_seats_names_time_zones_and_reminder_choices(engine: AsyncEngine):
    factory = make_session_factory(engine)
    _, programme_id = await seed_programme(factory)  # Europe/Sofia
    pair = await tagged_pair(factory, programme_id, "a", mentee_joins=False)
    async with factory() as session:
        mentor = await session.get(Person, pair.mentor)
        mentor.timezone = "Europe/Lisbon"  # type: ignore[union-attr]
        await meetings.set_reminder_minutes(session, pair.mentor, (60, 1440, 60))
        await session.commit()
    async with factory() as session:
        seats = await meetings.seats(session, pair.id)
        assert seats.mentor.name == "Mentor a" and seats.mentor.zone == "Europe/Lisbon"
        assert seats.mentor.reminder_minutes == (1440, 60)
        assert (seats.mentee.person_id, seats.mentee.name) == (None, "Typed mentee a")
        assert seats.mentee.zone == "Europe/Sofia" and seats.mentee.reminder_minutes is None
        assert seats.joined() == [seats.mentor] and seats.other_than(pair.mentor) is seats.mentee
        await meetings.set_reminder_minutes(session, pair.mentor, ())
        await session.commit()
        assert (await meetings.seats(session, pair.id)).mentor.reminder_minutes == ()
        with pytest.raises(ValueError):
            await meetings.set_reminder_minutes(session, pair.mentor, (0,))
        with pytest.raises(NotFound):
            await meetings.seats(session, 999_999)
