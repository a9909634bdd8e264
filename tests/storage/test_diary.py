"""The diary repository on SQLite and on PostgreSQL: numbering, who writes what, drafts and progress."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from storage.db import make_session_factory
from storage.errors import NotFound
from storage.models import ProgrammeKind, Role, SessionMode
from storage.repo import diary, personal_data
from storage.repo.diary import Section
from storage.timeutil import utcnow
from tests.pairs import MadePair, make_pair

DAY = date(2026, 10, 5)


async def _pair(
    session: AsyncSession,
    telegram_base: int,
    kind: ProgrammeKind = ProgrammeKind.TEACHER,
    started_at: datetime | None = None,
) -> MadePair:
    return await make_pair(
        session,
        org=f"School {telegram_base}",
        programme_name="Programme",
        kind=kind,
        mentor_tg=telegram_base + 1,
        mentee_tg=telegram_base + 2,
        joined_at=started_at,
    )


async def _open(
    session: AsyncSession, seats: MadePair, person_id: int, held_on: date = DAY, minutes: int = 60
):
    return await diary.open_entry(
        session, seats.id, person_id, held_on=held_on, duration_minutes=minutes, mode=SessionMode.ONLINE
    )


async def test_entries_are_numbered_per_pair_and_only_members_open_and_read_them(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        ours = await _pair(session, 100)
        theirs = await _pair(session, 200)
        first = await _open(session, ours, ours.mentor)
        second = await _open(session, ours, ours.mentee)
        other = await _open(session, theirs, theirs.mentor)
        await session.commit()
        assert (first.facts.session_no, second.facts.session_no, other.facts.session_no) == (1, 2, 1)
        assert first.owns_facts and second.owns_facts and second.my_role is Role.MENTEE

        with pytest.raises(NotFound):
            await _open(session, ours, theirs.mentor)
        with pytest.raises(NotFound):
            await diary.get(session, first.facts.entry_id, pair_id=ours.id, person_id=theirs.mentee)
        with pytest.raises(NotFound):  # their own entry, asked for as if it were of another pair
            await diary.get(session, other.facts.entry_id, pair_id=ours.id, person_id=theirs.mentor)
        seen = await diary.get(session, first.facts.entry_id, pair_id=ours.id, person_id=ours.mentee)
        assert seen.my_role is Role.MENTEE and seen.facts_owner is Role.MENTOR and not seen.owns_facts


async def test_each_person_writes_only_their_own_part(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        seats = await _pair(session, 300)
        entry_id = (await _open(session, seats, seats.mentor)).facts.entry_id
        await diary.write_section(session, entry_id, seats.mentor, Section.OBJECTIVES, "Plan the unit")
        await diary.write_section(session, entry_id, seats.mentee, Section.REFLECTION, "It helped")
        with pytest.raises(NotFound):
            await diary.write_section(session, entry_id, seats.mentee, Section.OBJECTIVES, "Mine now")
        with pytest.raises(NotFound):
            await diary.write_section(session, entry_id, seats.mentor, Section.REFLECTION, "Mine now")
        with pytest.raises(NotFound):  # the facts belong to the mentor, who opened the entry
            await diary.change_facts(session, entry_id, seats.mentee, duration_minutes=5)
        with pytest.raises(ValueError, match="needs a word"):
            await diary.change_facts(session, entry_id, seats.mentor, mode=SessionMode.OTHER)
        await diary.change_facts(
            session, entry_id, seats.mentor, mode=SessionMode.OTHER, mode_other="walk", activity="co_design"
        )
        await session.commit()
        entry = await diary.get(session, entry_id, pair_id=seats.id, person_id=seats.mentee)
        assert entry.texts[Section.OBJECTIVES] == "Plan the unit"
        assert entry.texts[Section.REFLECTION] == "It helped"
        assert entry.texts[Section.TOPICS] is None
        assert (entry.facts.duration_minutes, entry.facts.mode, entry.facts.mode_other) == (
            60,
            SessionMode.OTHER,
            "walk",
        )
        await diary.change_facts(session, entry_id, seats.mentor, mode=SessionMode.HYBRID)
        entry = await diary.get(session, entry_id, pair_id=seats.id, person_id=seats.mentor)
        assert (entry.facts.mode, entry.facts.mode_other, entry.facts.activity) == (
            SessionMode.HYBRID,
            None,
            "co_design",
        )


async def test_waiting_for_the_other_part_and_entries_being_written(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        seats = await _pair(session, 400)
        first = (await _open(session, seats, seats.mentor)).facts.entry_id
        assert [e.entry_id for e in await diary.waiting(session, seats.id, Role.MENTEE)] == [first]
        assert (await diary.being_written(session, seats.id, Role.MENTOR)).entry_id == first  # type: ignore[union-attr]
        for section in (Section.OBJECTIVES, Section.TOPICS, Section.NOTES):
            await diary.write_section(session, first, seats.mentor, section, "x")
        assert (await diary.being_written(session, seats.id, Role.MENTOR)) is not None  # no activity yet
        await diary.change_facts(session, first, seats.mentor, activity="co_design")
        assert await diary.being_written(session, seats.id, Role.MENTOR) is None
        await diary.write_section(session, first, seats.mentee, Section.REFLECTION, "")  # left empty
        assert await diary.waiting(session, seats.id, Role.MENTEE) == []

        second = (await _open(session, seats, seats.mentee)).facts.entry_id  # the mentor had not
        assert (await diary.being_written(session, seats.id, Role.MENTEE)).entry_id == second  # type: ignore[union-attr]
        assert [e.entry_id for e in await diary.waiting(session, seats.id, Role.MENTOR)] == [second]
        await diary.write_section(session, second, seats.mentor, Section.OBJECTIVES, "Goals")
        assert await diary.waiting(session, seats.id, Role.MENTOR) == []
        assert (await diary.being_written(session, seats.id, Role.MENTOR)).entry_id == second  # type: ignore[union-attr]


async def test_deleting_parts_keeps_the_other_persons_part_and_the_last_one_removes_the_entry(
    engine: AsyncEngine,
):
    async with make_session_factory(engine)() as session:
        seats = await _pair(session, 500)
        shared = (await _open(session, seats, seats.mentor)).facts.entry_id
        await diary.write_section(session, shared, seats.mentor, Section.NOTES, "Notes")
        await diary.write_section(session, shared, seats.mentee, Section.REFLECTION, "Reflection")
        assert not await diary.delete_part(session, shared, seats.mentor)
        kept = await diary.get(session, shared, pair_id=seats.id, person_id=seats.mentee)
        assert kept.texts[Section.NOTES] == "" and kept.texts[Section.REFLECTION] == "Reflection"
        assert kept.owns_facts  # the facts passed to the mentee with the only part left
        assert await diary.delete_part(session, shared, seats.mentee)
        with pytest.raises(NotFound):
            await diary.get(session, shared, pair_id=seats.id, person_id=seats.mentee)

        alone = (await _open(session, seats, seats.mentor)).facts.entry_id
        assert not await diary.delete_part(session, alone, seats.mentee)  # the mentor's facts stay
        assert await diary.waiting(session, seats.id, Role.MENTEE) == []  # no longer asked for
        assert await diary.delete_part(session, alone, seats.mentor)
        assert await diary.session_count(session, seats.id) == 0


async def test_pages_are_newest_first(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        seats = await _pair(session, 600)
        for offset in range(7):
            await _open(session, seats, seats.mentor, held_on=DAY + timedelta(days=offset))
        first = await diary.page(session, seats.id, 0, 5)
        second = await diary.page(session, seats.id, 1, 5)
        assert first.total == second.total == 7
        assert [e.session_no for e in first.entries] == [7, 6, 5, 4, 3]
        assert [e.session_no for e in second.entries] == [2, 1]


async def test_plan_progress_counts_and_the_pairs_calendar(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        late_start = datetime(2026, 10, 1, 22, 30, tzinfo=utcnow().tzinfo)  # 2 October in Sofia
        seats = await _pair(session, 700, kind=ProgrammeKind.STUDENT, started_at=late_start)
        for activity, minutes in (
            ("co_design", 90),
            ("co_design", 120),
            ("initial_analysis", 60),
            (None, 45),
        ):
            entry = await _open(session, seats, seats.mentor, minutes=minutes)
            if activity:
                await diary.change_facts(session, entry.facts.entry_id, seats.mentor, activity=activity)
        assert await diary.plan_progress(session, seats.id) == {"co_design": 210, "initial_analysis": 60}
        assert await diary.session_count(session, seats.id) == 4
        calendar = await diary.calendar_of(session, seats.id)
        assert calendar.kind is ProgrammeKind.STUDENT and calendar.timezone == "Europe/Sofia"
        assert calendar.counting_from == date(2026, 10, 2)
        early = await _pair(session, 710, started_at=datetime(2026, 3, 1, tzinfo=utcnow().tzinfo))
        assert (await diary.calendar_of(session, early.id)).counting_from == date(2026, 9, 1)


async def test_two_people_opening_entries_at_once_get_different_numbers(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        seats = await _pair(session, 900)
        await session.commit()

    async def open_as(person_id: int) -> int:
        async with factory() as session:
            entry = await _open(session, seats, person_id)
            await session.commit()
            return entry.facts.session_no

    numbers = await asyncio.gather(open_as(seats.mentor), open_as(seats.mentee))
    assert sorted(numbers) == [1, 2]


async def test_a_new_entrys_facts_are_kept_as_a_draft_until_complete_and_never_counted(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        ours = await _pair(session, 300)
        theirs = await _pair(session, 400)
        await _open(session, ours, ours.mentor)
        draft = await diary.keep_draft(session, ours.id, ours.mentor, {"held_on": DAY})
        assert not draft.complete
        await diary.keep_draft(session, ours.id, ours.mentee, {"duration_minutes": 30})
        await session.commit()

    async with make_session_factory(engine)() as session:  # kept across sessions (and processes)
        assert await diary.draft_of(session, ours.id, ours.mentor) == diary.Draft(DAY, None, None, None)
        assert await diary.draft_of(session, ours.id, ours.mentee) == diary.Draft(None, 30, None, None)
        assert await diary.draft_of(session, theirs.id, ours.mentor) is None
        with pytest.raises(NotFound):
            await diary.keep_draft(session, theirs.id, ours.mentor, {"held_on": DAY})

        assert await diary.session_count(session, ours.id) == 1  # drafts are not sessions
        assert (await diary.page(session, ours.id, 0, 5)).total == 1
        assert await diary.open_from_draft(session, ours.id, ours.mentor) is None  # incomplete

        await diary.keep_draft(session, ours.id, ours.mentor, {"duration_minutes": 45})
        await diary.keep_draft(
            session, ours.id, ours.mentor, {"mode": SessionMode.OTHER, "mode_other": "walk"}
        )
        entry = await diary.open_from_draft(session, ours.id, ours.mentor)
        assert entry is not None
        assert (entry.facts.session_no, entry.facts.held_on, entry.facts.duration_minutes) == (2, DAY, 45)
        assert (entry.facts.mode, entry.facts.mode_other) == (SessionMode.OTHER, "walk")
        assert await diary.draft_of(session, ours.id, ours.mentor) is None
        assert await diary.session_count(session, ours.id) == 2
        await session.commit()


async def test_a_fresh_draft_forgets_earlier_facts_and_erasure_removes_drafts(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        seats = await _pair(session, 500)
        await diary.keep_draft(
            session,
            seats.id,
            seats.mentor,
            {"held_on": DAY, "mode": SessionMode.OTHER, "mode_other": "x"},
        )
        later = DAY + timedelta(days=1)
        fresh = await diary.keep_draft(
            session, seats.id, seats.mentor, {"held_on": later, "duration_minutes": 60}, fresh=True
        )
        assert fresh == diary.Draft(later, 60, None, None)
        await diary.keep_draft(
            session, seats.id, seats.mentee, {"mode": SessionMode.OTHER, "mode_other": "x"}
        )
        switched = await diary.keep_draft(session, seats.id, seats.mentee, {"mode": SessionMode.ONLINE})
        assert switched.mode_other is None  # the word belongs to "other" only
        await session.commit()

        exported = await personal_data.export(session, seats.mentor)
        assert exported["diary_drafts"] == [
            {"held_on": later.isoformat(), "duration_minutes": 60, "mode": None, "mode_other": None}
        ]
        await personal_data.erase(session, seats.mentor, 501, utcnow())
        await session.commit()
        assert await diary.draft_of(session, seats.id, seats.mentor) is None
        assert await diary.draft_of(session, seats.id, seats.mentee) is not None  # the other person's stays
