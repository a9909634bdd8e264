"""Aggregate queries of the coordinator digest, the XLSX export and the scheduler's periodic jobs.

Every query works on a whole set of programmes at once (grouped, never one query per pair or per programme),
so a digest over a thousand programmes takes the same handful of statements as one over a single
programme. Nothing here returns what people wrote: only counts, dates, durations, modes and means.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import CompoundSelect, and_, case, exists, func, literal, or_, select, union_all, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute, aliased
from sqlalchemy.sql.elements import ColumnElement

from storage.models import (
    Concern,
    DiaryEntry,
    Meeting,
    MeetingStatus,
    Membership,
    OutboxMessage,
    Pair,
    Person,
    Phase,
    Programme,
    ProgrammeKind,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    Role,
    SessionMode,
    Stage,
)
from storage.repo.concerns import told_someone

KEY_BATCH = 500  # idempotency keys looked up per statement


class PairState(enum.StrEnum):
    """Where a pair is, as the database alone tells it (whether an open pair is at risk is the drift
    ladder's call)."""

    WAITING = "waiting"  # not both have joined yet
    OPEN = "open"
    PAUSED = "paused"
    CLOSED = "closed"


def _state() -> ColumnElement[str]:
    return case(
        (or_(Pair.ended_at.is_not(None), Pair.stage == Stage.CLOSED), PairState.CLOSED.value),
        (Pair.paused_at.is_not(None), PairState.PAUSED.value),
        (Pair.started_at.is_(None), PairState.WAITING.value),
        else_=PairState.OPEN.value,
    )


def _is_open() -> ColumnElement[bool]:
    return and_(
        Pair.ended_at.is_(None),
        Pair.stage != Stage.CLOSED,
        Pair.paused_at.is_(None),
        Pair.started_at.is_not(None),
    )


def _in(programme_ids: Collection[int]) -> ColumnElement[bool]:
    return Pair.programme_id.in_(list(programme_ids))


# --- pairs -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PairTally:
    programme_id: int
    stage: Stage
    state: PairState
    pairs: int


async def pair_tallies(session: AsyncSession, programme_ids: Collection[int]) -> list[PairTally]:
    """How many pairs each programme has, by stage and state."""
    state = _state().label("state")
    rows = await session.execute(
        select(Pair.programme_id, Pair.stage, state, func.count(Pair.id))
        .where(_in(programme_ids))
        .group_by(Pair.programme_id, Pair.stage, state)
    )
    return [
        PairTally(programme_id, stage, PairState(value), count) for programme_id, stage, value, count in rows
    ]


@dataclass(frozen=True)
class Seat:
    """A person in a pair, with what the scheduler needs to reach them."""

    person_id: int
    name: str
    timezone: str | None
    reachable: bool


@dataclass(frozen=True)
class IdlePair:
    """An open pair with no held meeting, no diary entry and no meeting ahead since a moment."""

    pair_id: int
    programme_id: int
    programme_name: str
    programme_start: date
    programme_end: date
    timezone: str
    started_at: datetime
    last_meeting: datetime | None
    last_diary: date | None
    mentor: Seat | None
    mentee: Seat | None


async def idle_pairs(
    session: AsyncSession,
    *,
    quiet_since: datetime,
    now: datetime,
    programme_ids: Collection[int] | None = None,
) -> list[IdlePair]:
    """Open pairs of running programmes (of `programme_ids`, or all) that have held no meeting and written
    no diary entry since `quiet_since`, started before it, and have no meeting scheduled from `now` on.
    One statement; the caller decides in each pair's time zone how long exactly it has been quiet."""
    last_meeting = (
        select(func.max(Meeting.starts_at))
        .where(Meeting.pair_id == Pair.id, Meeting.status == MeetingStatus.HELD)
        .scalar_subquery()
    )
    last_diary = select(func.max(DiaryEntry.held_on)).where(DiaryEntry.pair_id == Pair.id).scalar_subquery()
    ahead = exists().where(
        Meeting.pair_id == Pair.id, Meeting.status == MeetingStatus.SCHEDULED, Meeting.starts_at >= now
    )
    mentor, mentee = aliased(Person), aliased(Person)
    query = (
        select(Pair, Programme, mentor, mentee, last_meeting.label("met"), last_diary.label("wrote"))
        .join(Programme, Programme.id == Pair.programme_id)
        .outerjoin(mentor, mentor.id == Pair.mentor_id)
        .outerjoin(mentee, mentee.id == Pair.mentee_id)
        .where(
            _is_open(),
            Pair.started_at < quiet_since,
            Programme.end_date >= quiet_since.date(),
            or_(last_meeting.is_(None), last_meeting < quiet_since),
            or_(last_diary.is_(None), last_diary < quiet_since.date()),
            ~ahead,
        )
        .order_by(Pair.id)
    )
    if programme_ids is not None:
        query = query.where(_in(programme_ids))
    rows = await session.execute(query)
    return [
        _idle(pair, programme, mentor_row, mentee_row, met, wrote)
        for pair, programme, mentor_row, mentee_row, met, wrote in rows
    ]


def _idle(
    pair: Pair,
    programme: Programme,
    mentor: Person | None,
    mentee: Person | None,
    met: datetime | None,
    wrote: date | None,
) -> IdlePair:
    assert pair.started_at is not None  # the query takes started pairs only
    return IdlePair(
        pair.id,
        programme.id,
        programme.name,
        programme.start_date,
        programme.end_date,
        programme.timezone,
        pair.started_at,
        met,
        wrote,
        _seat(mentor),
        _seat(mentee),
    )


def _seat(person: Person | None) -> Seat | None:
    return None if person is None else Seat(person.id, person.name, person.timezone, person.reachable)


# --- sessions held ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekCount:
    """Sessions held in one week (0 is the latest week; len(bounds) holds everything before)."""

    programme_id: int
    pair_id: int | None  # None when counted per programme
    week: int
    sessions: int


def _week_of(
    column: InstrumentedAttribute[date] | InstrumentedAttribute[datetime], bounds: Sequence[date]
) -> ColumnElement[int]:
    return case(*[(column >= bound, index) for index, bound in enumerate(bounds)], else_=len(bounds))


async def sessions_by_week(
    session: AsyncSession,
    programme_ids: Collection[int],
    *,
    week_days: Sequence[date],
    week_starts: Sequence[datetime],
    per_pair: bool = False,
) -> list[WeekCount]:
    """Sessions held per programme (or per pair) and week. Weeks start at `week_days` (diary dates) and
    `week_starts` (the same days' local midnights, for meeting times), newest first.

    A session shows in the diary (Annex IV), as a meeting marked held, or both (the "held" button opens the
    diary entry), so the two are not added up: a pair's sessions in a week are what its diary or its
    meetings show, whichever shows more."""
    diary = (
        select(
            Pair.programme_id.label("programme_id"),
            DiaryEntry.pair_id.label("pair_id"),
            _week_of(DiaryEntry.held_on, week_days).label("week"),
            literal(1).label("diary"),
            literal(0).label("met"),
        )
        .join(Pair, Pair.id == DiaryEntry.pair_id)
        .where(_in(programme_ids))
    )
    meetings = (
        select(
            Pair.programme_id,
            Meeting.pair_id,
            _week_of(Meeting.starts_at, week_starts),
            literal(0),
            literal(1),
        )
        .join(Pair, Pair.id == Meeting.pair_id)
        .where(_in(programme_ids), Meeting.status == MeetingStatus.HELD)
    )
    held = union_all(diary, meetings).subquery("held")
    per_week = (
        select(
            held.c.programme_id,
            held.c.pair_id,
            held.c.week,
            func.sum(held.c.diary).label("diary"),
            func.sum(held.c.met).label("met"),
        )
        .group_by(held.c.programme_id, held.c.pair_id, held.c.week)
        .subquery("per_week")
    )
    sessions = func.sum(case((per_week.c.diary > per_week.c.met, per_week.c.diary), else_=per_week.c.met))
    keys = [per_week.c.programme_id, per_week.c.pair_id] if per_pair else [per_week.c.programme_id]
    rows = await session.execute(select(*keys, per_week.c.week, sessions).group_by(*keys, per_week.c.week))
    if per_pair:
        return [WeekCount(row[0], row[1], row[2], int(row[3])) for row in rows]
    return [WeekCount(row[0], None, row[1], int(row[2])) for row in rows]


async def plan_minutes(session: AsyncSession, programme_ids: Collection[int]) -> dict[int, dict[str, int]]:
    """Minutes of diary sessions per programme and plan activity (teacher programmes tag them)."""
    rows = await session.execute(
        select(Pair.programme_id, DiaryEntry.activity, func.sum(DiaryEntry.duration_minutes))
        .join(Pair, Pair.id == DiaryEntry.pair_id)
        .where(_in(programme_ids), DiaryEntry.activity.is_not(None))
        .group_by(Pair.programme_id, DiaryEntry.activity)
    )
    minutes: dict[int, dict[str, int]] = {}
    for programme_id, activity, total in rows:
        minutes.setdefault(programme_id, {})[str(activity)] = int(total)
    return minutes


# --- questionnaires --------------------------------------------------------------------------------


def _answered_by_the_mentee() -> ColumnElement[bool]:
    return and_(Pair.id == QuestionnaireResponse.pair_id, Pair.mentee_id == QuestionnaireResponse.person_id)


async def questionnaires_completed(
    session: AsyncSession, programme_ids: Collection[int]
) -> dict[int, dict[Phase, int]]:
    """Completed questionnaires of the programmes' mentees, per programme and phase."""
    rows = await session.execute(
        select(Pair.programme_id, QuestionnaireResponse.phase, func.count(QuestionnaireResponse.id))
        .join(Pair, _answered_by_the_mentee())
        .where(_in(programme_ids), QuestionnaireResponse.completed_at.is_not(None))
        .group_by(Pair.programme_id, QuestionnaireResponse.phase)
    )
    counts: dict[int, dict[Phase, int]] = {}
    for programme_id, phase, count in rows:
        counts.setdefault(programme_id, {})[phase] = count
    return counts


@dataclass(frozen=True)
class ItemMean:
    """A scaled item over a programme's completed questionnaires in a phase: answers and mean option index.
    Hiding small groups is the caller's job (DESIGN.md: fewer than 3 answers are not averaged)."""

    programme_id: int
    phase: Phase
    instrument: str
    item: str
    answers: int
    mean: float


async def item_means(session: AsyncSession, programme_ids: Collection[int]) -> list[ItemMean]:
    rows = await session.execute(
        select(
            Pair.programme_id,
            QuestionnaireResponse.phase,
            QuestionnaireResponse.instrument,
            QuestionnaireAnswer.item,
            func.count(QuestionnaireAnswer.choice),
            func.avg(QuestionnaireAnswer.choice),
        )
        .join(QuestionnaireResponse, QuestionnaireResponse.id == QuestionnaireAnswer.response_id)
        .join(Pair, _answered_by_the_mentee())
        .where(
            _in(programme_ids),
            QuestionnaireResponse.completed_at.is_not(None),
            QuestionnaireAnswer.choice.is_not(None),
        )
        .group_by(
            Pair.programme_id,
            QuestionnaireResponse.phase,
            QuestionnaireResponse.instrument,
            QuestionnaireAnswer.item,
        )
    )
    return [
        ItemMean(p, phase, instrument, item, n, float(mean)) for p, phase, instrument, item, n, mean in rows
    ]


# --- concerns and reachability ---------------------------------------------------------------------


@dataclass(frozen=True)
class ConcernCount:
    opened: int  # since the moment asked about
    still_open: int
    untold: int = 0  # open, and every alert failed: nobody has been told (issue #23)


async def concern_counts(
    session: AsyncSession, programme_ids: Collection[int], since: datetime
) -> dict[int, ConcernCount]:
    rows = await session.execute(
        select(
            Concern.programme_id,
            func.sum(case((Concern.created_at >= since, 1), else_=0)),
            func.sum(case((Concern.handled_at.is_(None), 1), else_=0)),
            func.sum(case((and_(Concern.handled_at.is_(None), ~told_someone(Concern.id)), 1), else_=0)),
        )
        .where(Concern.programme_id.in_(list(programme_ids)))
        .group_by(Concern.programme_id)
    )
    return {
        programme_id: ConcernCount(int(opened), int(still), int(untold))
        for programme_id, opened, still, untold in rows
    }


def _seats() -> CompoundSelect[tuple[int, int, int]]:
    """(person, pair, programme) for both seats of every pair that has not ended."""
    mentors = select(Pair.mentor_id.label("person_id"), Pair.id.label("pair_id"), Pair.programme_id).where(
        Pair.mentor_id.is_not(None), Pair.ended_at.is_(None)
    )
    mentees = select(Pair.mentee_id, Pair.id, Pair.programme_id).where(
        Pair.mentee_id.is_not(None), Pair.ended_at.is_(None)
    )
    return union_all(mentors, mentees)


async def unreachable_people(session: AsyncSession, programme_ids: Collection[int]) -> list[tuple[int, int]]:
    """(programme id, person id) of the people in the programmes' pairs who have blocked the bot."""
    seats = _seats().subquery("seats")
    rows = await session.execute(
        select(seats.c.programme_id, Person.id)
        .join(Person, Person.id == seats.c.person_id)
        .where(seats.c.programme_id.in_(list(programme_ids)), Person.reachable.is_(False))
        .distinct()
    )
    return [(programme_id, person_id) for programme_id, person_id in rows]


# --- the export ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PairRow:
    programme_id: int
    pair_id: int
    mentor_name: str
    mentee_name: str
    mentee_minor: bool
    mentor_minor: bool
    stage: Stage
    state: PairState
    started_at: datetime | None
    ended_at: datetime | None


async def pair_rows(session: AsyncSession, programme_ids: Collection[int]) -> list[PairRow]:
    """Every pair of the programmes, with the names the coordinator typed (what their screens show)."""
    rows = await session.execute(
        select(
            Pair.programme_id,
            Pair.id,
            Pair.mentor_name,
            Pair.mentee_name,
            Pair.mentee_minor,
            Pair.mentor_minor,
            Pair.stage,
            _state(),
            Pair.started_at,
            Pair.ended_at,
        )
        .where(_in(programme_ids))
        .order_by(Pair.programme_id, Pair.id)
    )
    return [PairRow(*row[:7], PairState(row[7]), row[8], row[9]) for row in rows]


@dataclass(frozen=True)
class MeetingRow:
    programme_id: int
    pair_id: int
    starts_at: datetime
    duration_minutes: int
    mode: SessionMode
    status: MeetingStatus


async def meeting_rows(session: AsyncSession, programme_ids: Collection[int]) -> list[MeetingRow]:
    """Every meeting of the programmes: when, how long, how, and what became of it (never the place)."""
    rows = await session.execute(
        select(
            Pair.programme_id,
            Meeting.pair_id,
            Meeting.starts_at,
            Meeting.duration_minutes,
            Meeting.mode,
            Meeting.status,
        )
        .join(Pair, Pair.id == Meeting.pair_id)
        .where(_in(programme_ids))
        .order_by(Pair.programme_id, Meeting.pair_id, Meeting.starts_at)
    )
    return [MeetingRow(*row) for row in rows]


@dataclass(frozen=True)
class DiaryRow:
    programme_id: int
    pair_id: int
    session_no: int
    held_on: date
    duration_minutes: int
    mode: SessionMode
    activity: str | None


async def diary_rows(session: AsyncSession, programme_ids: Collection[int]) -> list[DiaryRow]:
    """Every diary session of the programmes: number, date, duration, mode, plan activity (never text)."""
    rows = await session.execute(
        select(
            Pair.programme_id,
            DiaryEntry.pair_id,
            DiaryEntry.session_no,
            DiaryEntry.held_on,
            DiaryEntry.duration_minutes,
            DiaryEntry.mode,
            DiaryEntry.activity,
        )
        .join(Pair, Pair.id == DiaryEntry.pair_id)
        .where(_in(programme_ids))
        .order_by(Pair.programme_id, DiaryEntry.pair_id, DiaryEntry.session_no)
    )
    return [DiaryRow(*row) for row in rows]


# --- who gets the periodic messages ----------------------------------------------------------------


@dataclass(frozen=True)
class TipRecipient:
    person_id: int
    tips_seen: int
    timezone: str  # their own, else their programme's
    student: bool  # in a student programme (the tips for 14-17 year olds), else a teacher


async def tip_recipients(session: AsyncSession) -> list[TipRecipient]:
    """Mentors and mentees who can be reached and have an open pair that is not paused."""
    seats = _seats().subquery("seats")
    rows = await session.execute(
        select(
            Person.id,
            Person.tips_seen,
            func.coalesce(Person.timezone, func.min(Programme.timezone)),
            func.max(case((Programme.kind == ProgrammeKind.STUDENT, 1), else_=0)),
        )
        .join(seats, seats.c.person_id == Person.id)
        .join(Pair, Pair.id == seats.c.pair_id)
        .join(Programme, Programme.id == seats.c.programme_id)
        .where(Person.reachable.is_(True), Pair.paused_at.is_(None), Pair.stage != Stage.CLOSED)
        .group_by(Person.id, Person.tips_seen, Person.timezone)
        .order_by(Person.id)
    )
    return [TipRecipient(person_id, seen, zone, bool(student)) for person_id, seen, zone, student in rows]


async def count_tip(session: AsyncSession, person_id: int) -> None:
    """One more tip on its way to the person (the next one is the following in the list)."""
    await session.execute(update(Person).where(Person.id == person_id).values(tips_seen=Person.tips_seen + 1))


@dataclass(frozen=True)
class DigestRecipient:
    person_id: int
    timezone: str  # their own, else the time zone of one of their programmes


async def digest_recipients(session: AsyncSession) -> list[DigestRecipient]:
    """Coordinators who can be reached and have at least one programme."""
    rows = await session.execute(
        select(Person.id, func.coalesce(Person.timezone, func.min(Programme.timezone)))
        .join(Membership, Membership.person_id == Person.id)
        .join(Programme, Programme.org_id == Membership.org_id)
        .where(Membership.role == Role.COORDINATOR, Person.reachable.is_(True))
        .group_by(Person.id, Person.timezone)
        .order_by(Person.id)
    )
    return [DigestRecipient(person_id, zone) for person_id, zone in rows]


async def existing_keys(session: AsyncSession, keys: Collection[str]) -> set[str]:
    """Which of these outbox idempotency keys are taken already (a few statements, not one per key)."""
    wanted = list(keys)
    found: set[str] = set()
    for start in range(0, len(wanted), KEY_BATCH):
        batch = wanted[start : start + KEY_BATCH]
        found.update(
            await session.scalars(
                select(OutboxMessage.idempotency_key).where(OutboxMessage.idempotency_key.in_(batch))
            )
        )
    return found
