"""The session diary (seed 000, Annex IV): one entry per session of a pair.

Who writes what:
- Whoever opens an entry (usually the mentor; the mentee when the mentor has not) owns its session facts:
  number, date, duration, mode and, in teacher programmes, the plan activity. Only they change them.
- The mentor's part is 1. Objectives of the Session, 2. Topics and Activities and 4. Mentor's Notes; the
  mentee's part is 3. Mentee's Reflection. Each person writes, changes and deletes only their own part,
  and may add it whenever they like.
- A text is NULL until its writer has answered it, and "" when they left it empty (skipped or deleted):
  so "waiting for you" and "still being written" are told apart from "left empty on purpose".
- Until date, duration and mode are all known, a new entry is a draft (`diary_drafts`, one per person
  and pair, no text in it): leaving the flow keeps the facts chosen so far, and the entry is opened from
  the draft the moment it is complete. Drafts are never counted or listed: they are not sessions yet.
- Deleting your part empties your texts. If you own the facts and the other person has written nothing,
  the entry goes; if they have written something, the facts pass to them (`created_by` is always the
  person whose part holds the facts), so the entry goes when both parts are gone.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TypedDict
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from storage.errors import NotFound
from storage.models import DiaryDraft, DiaryEntry, Pair, Programme, ProgrammeKind, Role, SessionMode

NUMBERING_ATTEMPTS = 5  # two people opening entries at once: the unique session number makes one retry


class Section(enum.StrEnum):
    """The texts of Annex IV, in its order; the values are the column names."""

    OBJECTIVES = "objectives"
    TOPICS = "topics"
    REFLECTION = "mentee_reflection"
    NOTES = "mentor_notes"


SECTIONS_OF: dict[Role, tuple[Section, ...]] = {
    Role.MENTOR: (Section.OBJECTIVES, Section.TOPICS, Section.NOTES),
    Role.MENTEE: (Section.REFLECTION,),
}
_COLUMNS: dict[Section, InstrumentedAttribute[str | None]] = {
    Section.OBJECTIVES: DiaryEntry.objectives,
    Section.TOPICS: DiaryEntry.topics,
    Section.REFLECTION: DiaryEntry.mentee_reflection,
    Section.NOTES: DiaryEntry.mentor_notes,
}
_SEAT: dict[Role, InstrumentedAttribute[int | None]] = {
    Role.MENTOR: Pair.mentor_id,
    Role.MENTEE: Pair.mentee_id,
}


@dataclass(frozen=True)
class EntryFacts:
    """An entry without its texts: what lists show."""

    entry_id: int
    session_no: int
    held_on: date
    duration_minutes: int
    mode: SessionMode
    mode_other: str | None
    activity: str | None


@dataclass(frozen=True)
class Entry:
    """An entry as one member of the pair sees it."""

    facts: EntryFacts
    texts: Mapping[Section, str | None]
    my_role: Role
    facts_owner: Role | None  # None when the person who owned them has been erased

    @property
    def owns_facts(self) -> bool:
        return self.facts_owner is self.my_role

    @property
    def my_sections(self) -> tuple[Section, ...]:
        return SECTIONS_OF[self.my_role]

    @property
    def other_has_written(self) -> bool:
        return any(self.texts[s] for s in SECTIONS_OF[_other(self.my_role)])

    @property
    def can_delete(self) -> bool:
        """Deleting would change something: the person's texts, or the entry (they own its facts)."""
        return self.owns_facts or any(self.texts[s] for s in self.my_sections)


@dataclass(frozen=True)
class EntryPage:
    entries: list[EntryFacts]
    total: int


@dataclass(frozen=True)
class PairCalendar:
    """What the diary needs to know about the pair's time: its programme's kind and time zone, and the day
    sessions count from (the later of the programme's start and the day both had joined)."""

    kind: ProgrammeKind
    timezone: str
    counting_from: date


def _other(role: Role) -> Role:
    return Role.MENTEE if role is Role.MENTOR else Role.MENTOR


def _role_in(pair: Pair, person_id: int | None) -> Role | None:
    if person_id is not None and person_id == pair.mentor_id:
        return Role.MENTOR
    if person_id is not None and person_id == pair.mentee_id:
        return Role.MENTEE
    return None


def _facts(entry: DiaryEntry) -> EntryFacts:
    return EntryFacts(
        entry.id,
        entry.session_no,
        entry.held_on,
        entry.duration_minutes,
        entry.mode,
        entry.mode_other,
        entry.activity,
    )


def _view(entry: DiaryEntry, pair: Pair, role: Role) -> Entry:
    texts = {section: getattr(entry, section.value) for section in Section}
    return Entry(_facts(entry), texts, role, _role_in(pair, entry.created_by))


async def _for_member(session: AsyncSession, entry_id: int, person_id: int) -> tuple[DiaryEntry, Pair, Role]:
    """The entry, its pair and the person's role in it; NotFound if the person is not in the pair."""
    row = (
        await session.execute(
            select(DiaryEntry, Pair)
            .join(Pair, Pair.id == DiaryEntry.pair_id)
            .where(
                DiaryEntry.id == entry_id,
                or_(Pair.mentor_id == person_id, Pair.mentee_id == person_id),
            )
        )
    ).first()
    if row is None:
        raise NotFound(f"diary entry {entry_id}")
    entry, pair = row
    role = _role_in(pair, person_id)
    assert role is not None
    return entry, pair, role


async def _member_role(session: AsyncSession, pair_id: int, person_id: int) -> Role:
    pair: Pair | None = await session.scalar(
        select(Pair).where(Pair.id == pair_id, or_(Pair.mentor_id == person_id, Pair.mentee_id == person_id))
    )
    if pair is None:
        raise NotFound(f"pair {pair_id}")
    role = _role_in(pair, person_id)
    assert role is not None
    return role


async def next_session_no(session: AsyncSession, pair_id: int) -> int:
    highest = await session.scalar(
        select(func.max(DiaryEntry.session_no)).where(DiaryEntry.pair_id == pair_id)
    )
    return (highest or 0) + 1


async def open_entry(
    session: AsyncSession,
    pair_id: int,
    person_id: int,
    *,
    held_on: date,
    duration_minutes: int,
    mode: SessionMode,
    mode_other: str | None = None,
) -> Entry:
    """A new entry with the next session number of the pair; the person owns its facts."""
    role = await _member_role(session, pair_id, person_id)
    for _ in range(NUMBERING_ATTEMPTS):
        entry = DiaryEntry(
            pair_id=pair_id,
            session_no=await next_session_no(session, pair_id),
            held_on=held_on,
            duration_minutes=duration_minutes,
            created_by=person_id,
        )
        _set_mode(entry, mode, mode_other)
        try:
            async with session.begin_nested():
                session.add(entry)
                await session.flush()
        except IntegrityError:
            continue  # the other person took this number a moment ago
        pair = await session.get(Pair, pair_id)
        assert pair is not None
        return _view(entry, pair, role)
    raise RuntimeError(f"no free session number for pair {pair_id}")


class DraftFacts(TypedDict, total=False):
    """Facts of a new entry being chosen; a key that is absent is left as it is."""

    held_on: date
    duration_minutes: int
    mode: SessionMode
    mode_other: str | None


@dataclass(frozen=True)
class Draft:
    """The facts of a new entry chosen so far."""

    held_on: date | None
    duration_minutes: int | None
    mode: SessionMode | None
    mode_other: str | None

    @property
    def complete(self) -> bool:
        return None not in (self.held_on, self.duration_minutes, self.mode)


def _draft(row: DiaryDraft) -> Draft:
    return Draft(row.held_on, row.duration_minutes, row.mode, row.mode_other)


async def _draft_row(session: AsyncSession, pair_id: int, person_id: int) -> DiaryDraft | None:
    return await session.scalar(
        select(DiaryDraft).where(DiaryDraft.pair_id == pair_id, DiaryDraft.person_id == person_id)
    )


async def draft_of(session: AsyncSession, pair_id: int, person_id: int) -> Draft | None:
    """The person's new entry for the pair whose facts are not all known yet, if they began one."""
    row = await _draft_row(session, pair_id, person_id)
    return _draft(row) if row is not None else None


async def keep_draft(
    session: AsyncSession, pair_id: int, person_id: int, facts: DraftFacts, *, fresh: bool = False
) -> Draft:
    """Store facts of the person's new entry (`fresh`: forget the ones chosen before). NotFound if the
    person is not in the pair."""
    await _member_role(session, pair_id, person_id)
    row = await _draft_row(session, pair_id, person_id)
    if row is None:
        row = DiaryDraft(pair_id=pair_id, person_id=person_id)
        session.add(row)
    if fresh:
        row.held_on = row.duration_minutes = row.mode = row.mode_other = None
    for key, value in facts.items():
        setattr(row, key, value)
    if row.mode is not SessionMode.OTHER:
        row.mode_other = None
    await session.flush()
    return _draft(row)


async def open_from_draft(session: AsyncSession, pair_id: int, person_id: int) -> Entry | None:
    """The new entry, opened from the person's draft once date, duration and mode are all known (the
    draft goes); None while something is missing."""
    row = await _draft_row(session, pair_id, person_id)
    if row is None or row.held_on is None or row.duration_minutes is None or row.mode is None:
        return None
    entry = await open_entry(
        session,
        pair_id,
        person_id,
        held_on=row.held_on,
        duration_minutes=row.duration_minutes,
        mode=row.mode,
        mode_other=row.mode_other,
    )
    await session.delete(row)
    await session.flush()
    return entry


async def get(session: AsyncSession, entry_id: int, *, pair_id: int, person_id: int) -> Entry:
    """The entry of the pair, if the person is in the pair; NotFound otherwise."""
    entry, pair, role = await _for_member(session, entry_id, person_id)
    if entry.pair_id != pair_id:
        raise NotFound(f"diary entry {entry_id} of pair {pair_id}")
    return _view(entry, pair, role)


def _set_mode(entry: DiaryEntry, mode: SessionMode, other: str | None) -> None:
    if mode is SessionMode.OTHER and not other:
        raise ValueError("the mode 'other' needs a word")
    entry.mode = mode
    entry.mode_other = other if mode is SessionMode.OTHER else None


async def _facts_of_owner(session: AsyncSession, entry_id: int, person_id: int) -> DiaryEntry:
    entry, _pair, _role = await _for_member(session, entry_id, person_id)
    if entry.created_by != person_id:
        raise NotFound(f"the facts of diary entry {entry_id} are not the person's")
    return entry


async def change_facts(
    session: AsyncSession,
    entry_id: int,
    person_id: int,
    *,
    held_on: date | None = None,
    duration_minutes: int | None = None,
    mode: SessionMode | None = None,
    mode_other: str | None = None,
    activity: str | None = None,
) -> None:
    """Change the facts given (None: unchanged). Only the person who owns the facts may."""
    entry = await _facts_of_owner(session, entry_id, person_id)
    if held_on is not None:
        entry.held_on = held_on
    if duration_minutes is not None:
        entry.duration_minutes = duration_minutes
    if mode is not None:
        _set_mode(entry, mode, mode_other)
    if activity is not None:
        entry.activity = activity
    await session.flush()


async def write_section(
    session: AsyncSession, entry_id: int, person_id: int, section: Section, text: str
) -> None:
    """Write one of the person's own texts ("" leaves it empty); NotFound for the other person's."""
    entry, _pair, role = await _for_member(session, entry_id, person_id)
    if section not in SECTIONS_OF[role]:
        raise NotFound(f"{section} of diary entry {entry_id} is not the person's")
    setattr(entry, section.value, text)
    await session.flush()


async def delete_part(session: AsyncSession, entry_id: int, person_id: int) -> bool:
    """Empty the person's texts; True if that removed the whole entry (see the module's rules)."""
    entry, pair, role = await _for_member(session, entry_id, person_id)
    for section in SECTIONS_OF[role]:
        setattr(entry, section.value, "")
    if entry.created_by == person_id:
        if not any(getattr(entry, s.value) for s in SECTIONS_OF[_other(role)]):
            await session.delete(entry)
            await session.flush()
            return True
        entry.created_by = pair.mentee_id if role is Role.MENTOR else pair.mentor_id
    await session.flush()
    return False


async def page(session: AsyncSession, pair_id: int, number: int, size: int) -> EntryPage:
    """Page `number` (from 0) of the pair's entries, newest session first."""
    total = await session.scalar(
        select(func.count()).select_from(DiaryEntry).where(DiaryEntry.pair_id == pair_id)
    )
    rows = await session.scalars(
        select(DiaryEntry)
        .where(DiaryEntry.pair_id == pair_id)
        .order_by(DiaryEntry.held_on.desc(), DiaryEntry.session_no.desc())
        .offset(number * size)
        .limit(size)
    )
    return EntryPage([_facts(entry) for entry in rows], total or 0)


def _answered_none(role: Role) -> ColumnElement[bool]:
    return and_(*(_COLUMNS[s].is_(None) for s in SECTIONS_OF[role]))


def _answered_some(role: Role) -> ColumnElement[bool]:
    return or_(*(_COLUMNS[s].is_not(None) for s in SECTIONS_OF[role]))


def _open_some(role: Role) -> ColumnElement[bool]:
    return or_(*(_COLUMNS[s].is_(None) for s in SECTIONS_OF[role]))


async def waiting(session: AsyncSession, pair_id: int, role: Role) -> list[EntryFacts]:
    """Entries the other person opened where the `role`'s part is still unanswered (oldest first):
    for a mentee, the sessions waiting for their reflection."""
    rows = await session.scalars(
        select(DiaryEntry)
        .join(Pair, Pair.id == DiaryEntry.pair_id)
        .where(
            DiaryEntry.pair_id == pair_id,
            DiaryEntry.created_by.is_distinct_from(_SEAT[role]),
            _answered_none(role),
        )
        .order_by(DiaryEntry.session_no)
    )
    return [_facts(entry) for entry in rows]


async def being_written(session: AsyncSession, pair_id: int, role: Role) -> EntryFacts | None:
    """The latest entry the `role` has begun and not finished: one they opened with a text (or, for
    teachers, the plan activity) still unanswered, or one where they answered some texts but not all."""
    owner_unfinished = or_(
        _open_some(role),
        and_(Programme.kind == ProgrammeKind.TEACHER, DiaryEntry.activity.is_(None)),
    )
    entry = await session.scalar(
        select(DiaryEntry)
        .join(Pair, Pair.id == DiaryEntry.pair_id)
        .join(Programme, Programme.id == Pair.programme_id)
        .where(
            DiaryEntry.pair_id == pair_id,
            or_(
                and_(DiaryEntry.created_by == _SEAT[role], owner_unfinished),
                and_(
                    DiaryEntry.created_by.is_distinct_from(_SEAT[role]),
                    _answered_some(role),
                    _open_some(role),
                ),
            ),
        )
        .order_by(DiaryEntry.session_no.desc())
        .limit(1)
    )
    return _facts(entry) if entry is not None else None


async def plan_progress(session: AsyncSession, pair_id: int) -> dict[str, int]:
    """Minutes of the pair's sessions per plan activity they were tagged with (teacher programmes).
    The plan itself (activities, parts, hours) is data of the dialogs: they add the parts up."""
    rows = await session.execute(
        select(DiaryEntry.activity, func.sum(DiaryEntry.duration_minutes))
        .where(DiaryEntry.pair_id == pair_id)
        .group_by(DiaryEntry.activity)
    )
    return {activity: int(minutes) for activity, minutes in rows if activity is not None}


async def session_count(session: AsyncSession, pair_id: int) -> int:
    count = await session.scalar(
        select(func.count()).select_from(DiaryEntry).where(DiaryEntry.pair_id == pair_id)
    )
    return count or 0


async def calendar_of(session: AsyncSession, pair_id: int) -> PairCalendar:
    row = (
        await session.execute(
            select(Programme.kind, Programme.timezone, Programme.start_date, Pair.started_at)
            .join(Pair, Pair.programme_id == Programme.id)
            .where(Pair.id == pair_id)
        )
    ).first()
    if row is None:
        raise NotFound(f"pair {pair_id}")
    kind, timezone, programme_start, started_at = row
    counting_from = programme_start
    if started_at is not None:
        counting_from = max(programme_start, started_at.astimezone(ZoneInfo(timezone)).date())
    return PairCalendar(kind, timezone, counting_from)
