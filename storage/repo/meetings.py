"""Meetings of a pair: planned in UTC, changed or cancelled by either member, their outcome recorded by
the mentor; and each person's choice of reminders before meetings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.errors import NotFound
from storage.models import Meeting, MeetingStatus, Pair, Person, Programme, Role, SessionMode
from storage.repo import pairs

PLACE_LIMIT = 300  # the column's size


@dataclass(frozen=True)
class Seat:
    """One side of a pair as meetings need it: who (if they have joined), their name and time zone."""

    role: Role
    person_id: int | None
    name: str
    zone: str
    reminder_minutes: tuple[int, ...] | None  # None: the programme's default


@dataclass(frozen=True)
class Seats:
    mentor: Seat
    mentee: Seat

    def of(self, person_id: int) -> Seat:
        return self.mentor if self.mentor.person_id == person_id else self.mentee

    def other_than(self, person_id: int) -> Seat:
        return self.mentee if self.mentor.person_id == person_id else self.mentor

    def joined(self) -> list[Seat]:
        return [seat for seat in (self.mentor, self.mentee) if seat.person_id is not None]


def ends_at(meeting: Meeting) -> datetime:
    return meeting.starts_at + timedelta(minutes=meeting.duration_minutes)


def _member_of_pair(person_id: int) -> ColumnElement[bool]:
    return or_(Pair.mentor_id == person_id, Pair.mentee_id == person_id)


async def for_member(session: AsyncSession, meeting_id: int, person_id: int) -> Meeting:
    """The meeting, if the person is in its pair; NotFound otherwise (another pair's meeting)."""
    meeting: Meeting | None = await session.scalar(
        select(Meeting)
        .join(Pair, Pair.id == Meeting.pair_id)
        .where(Meeting.id == meeting_id, _member_of_pair(person_id))
    )
    if meeting is None:
        raise NotFound(f"meeting {meeting_id}")
    return meeting


async def for_mentor(session: AsyncSession, meeting_id: int, person_id: int) -> Meeting:
    """The meeting, if the person is its pair's mentor (who records whether it was held)."""
    meeting: Meeting | None = await session.scalar(
        select(Meeting)
        .join(Pair, Pair.id == Meeting.pair_id)
        .where(Meeting.id == meeting_id, Pair.mentor_id == person_id)
    )
    if meeting is None:
        raise NotFound(f"meeting {meeting_id} for mentor {person_id}")
    return meeting


async def schedule(
    session: AsyncSession,
    pair_id: int,
    person_id: int,
    *,
    starts_at: datetime,
    duration_minutes: int,
    mode: SessionMode,
    place: str | None,
) -> Meeting:
    """A new meeting of the pair, planned by one of its members."""
    await pairs.get_for_member(session, pair_id, person_id)
    meeting = Meeting(
        pair_id=pair_id,
        starts_at=starts_at,
        duration_minutes=duration_minutes,
        mode=mode,
        place=_checked_place(place),
        status=MeetingStatus.SCHEDULED,
        created_by=person_id,
    )
    session.add(meeting)
    await session.flush()
    return meeting


def _checked_place(place: str | None) -> str | None:
    if place is not None and len(place) > PLACE_LIMIT:
        raise ValueError(f"a place has at most {PLACE_LIMIT} characters")
    return place or None


async def change(
    session: AsyncSession,
    meeting_id: int,
    person_id: int,
    *,
    starts_at: datetime | None = None,
    duration_minutes: int | None = None,
    mode: SessionMode | None = None,
    place: str | None = None,
    clear_place: bool = False,
) -> Meeting:
    """Change what is given of a planned meeting of the person's pair (NotFound if it is not planned)."""
    meeting = await _planned(session, meeting_id, person_id)
    if starts_at is not None:
        meeting.starts_at = starts_at
    if duration_minutes is not None:
        meeting.duration_minutes = duration_minutes
    if mode is not None:
        meeting.mode = mode
    if place is not None or clear_place:
        meeting.place = _checked_place(place)
    await session.flush()
    return meeting


async def _planned(session: AsyncSession, meeting_id: int, person_id: int) -> Meeting:
    meeting = await for_member(session, meeting_id, person_id)
    if meeting.status is not MeetingStatus.SCHEDULED:
        raise NotFound(f"meeting {meeting_id} is {meeting.status}")
    return meeting


async def cancel(session: AsyncSession, meeting_id: int, person_id: int, now: datetime) -> Meeting:
    """Either member calls a planned meeting off (also when one of them cannot make it)."""
    meeting = await _planned(session, meeting_id, person_id)
    meeting.status = MeetingStatus.CANCELLED
    meeting.outcome_at = now
    await session.flush()
    return meeting


OUTCOMES = (MeetingStatus.HELD, MeetingStatus.NOT_HELD, MeetingStatus.MOVED)


async def record_outcome(
    session: AsyncSession, meeting_id: int, mentor_id: int, outcome: MeetingStatus, now: datetime
) -> Meeting:
    """The mentor says whether a planned meeting was held, did not take place, or was moved."""
    if outcome not in OUTCOMES:
        raise ValueError(f"{outcome} is not an outcome")
    meeting = await for_mentor(session, meeting_id, mentor_id)
    if meeting.status is not MeetingStatus.SCHEDULED:
        raise NotFound(f"meeting {meeting_id} is {meeting.status}")
    meeting.status = outcome
    meeting.outcome_at = now
    await session.flush()
    return meeting


async def upcoming(session: AsyncSession, pair_id: int, person_id: int, now: datetime) -> list[Meeting]:
    """The pair's planned meetings that have not started yet, soonest first."""
    await pairs.get_for_member(session, pair_id, person_id)
    rows = await session.scalars(
        select(Meeting)
        .where(
            Meeting.pair_id == pair_id,
            Meeting.status == MeetingStatus.SCHEDULED,
            Meeting.starts_at > now,
        )
        .order_by(Meeting.starts_at, Meeting.id)
    )
    return list(rows)


async def upcoming_for_person(session: AsyncSession, person_id: int, now: datetime) -> list[Meeting]:
    """Planned meetings of all the person's open pairs that have not started yet."""
    rows = await session.scalars(
        select(Meeting)
        .join(Pair, Pair.id == Meeting.pair_id)
        .where(
            _member_of_pair(person_id),
            Pair.ended_at.is_(None),
            Meeting.status == MeetingStatus.SCHEDULED,
            Meeting.starts_at > now,
        )
        .order_by(Meeting.starts_at, Meeting.id)
    )
    return list(rows)


async def latest(session: AsyncSession, pair_id: int) -> Meeting | None:
    """The pair's most recently planned meeting (its length and mode are the next one's defaults)."""
    meeting: Meeting | None = await session.scalar(
        select(Meeting).where(Meeting.pair_id == pair_id).order_by(Meeting.id.desc()).limit(1)
    )
    return meeting


async def seats(session: AsyncSession, pair_id: int) -> Seats:
    """Both sides of the pair: the name the coordinator typed until the person joins, and each person's
    time zone (their own, else the programme's)."""
    row = (
        await session.execute(
            select(Pair, Programme.timezone)
            .join(Programme, Programme.id == Pair.programme_id)
            .where(Pair.id == pair_id)
        )
    ).one_or_none()
    if row is None:
        raise NotFound(f"pair {pair_id}")
    pair, programme_zone = row
    people = {
        person.id: person
        for person in await session.scalars(
            select(Person).where(Person.id.in_([pair.mentor_id or 0, pair.mentee_id or 0]))
        )
    }

    def seat(role: Role, person_id: int | None, typed_name: str) -> Seat:
        person = people.get(person_id or 0)
        if person is None:
            return Seat(role, None, typed_name, programme_zone, None)
        return Seat(
            role,
            person.id,
            person.name,
            person.timezone or programme_zone,
            parse_minutes(person.reminder_offsets),
        )

    return Seats(
        seat(Role.MENTOR, pair.mentor_id, pair.mentor_name),
        seat(Role.MENTEE, pair.mentee_id, pair.mentee_name),
    )


def parse_minutes(stored: str | None) -> tuple[int, ...] | None:
    """People.reminder_offsets: minutes before a meeting, largest first ("1440,60"); "" is none at all;
    NULL is the programme's default."""
    if stored is None:
        return None
    return tuple(sorted((int(part) for part in stored.split(",") if part.strip()), reverse=True))


async def set_reminder_minutes(session: AsyncSession, person_id: int, minutes: tuple[int, ...]) -> None:
    """The person's own reminders: minutes before each meeting (an empty tuple: no reminders)."""
    if any(value <= 0 for value in minutes):
        raise ValueError("reminders come before a meeting")
    stored = ",".join(str(value) for value in sorted(set(minutes), reverse=True))
    await session.execute(update(Person).where(Person.id == person_id).values(reminder_offsets=stored))
