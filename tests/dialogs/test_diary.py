"""The session diary: the mentor writes an entry, the mentee adds the reflection; progress against the plan
(teachers) or the rhythm (students); paging, changing and deleting your own part; resuming; bad input."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiogram_dialog.manager.bg_manager import BgManagerFactoryImpl
from aiogram_dialog.widgets.kbd.calendar_kbd import raw_from_date
from aiogram_i18n import I18nContext
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import i18n_core
from dialogs import diary as diary_flow
from dialogs.widgets import local_date
from storage.models import DiaryDraft, DiaryEntry, Pair, Programme, ProgrammeKind, Role, SessionMode
from storage.repo import diary, pairs
from storage.repo.diary import Section
from storage.timeutil import utcnow
from tests.harness import Harness, Person, coordinator_invite, join, pair_invites, seed_programme
from tests.pairs import join_pair, make_pair

MARIA, IVAN = 7101, 7102


async def a_pair(
    h: Harness,
    kind: ProgrammeKind = ProgrammeKind.TEACHER,
    org: str = "School One",
    ids: tuple[int, int] = (MARIA, IVAN),
    names: tuple[str, str] = ("Maria", "Ivan"),
) -> tuple[Person, Person]:
    """A mentor and a mentee who have both joined their pair (a teacher mentee's questionnaire left open)."""
    return await join_pair(h, *ids, kind=kind, org=org, mentor=names[0], mentee=names[1], later=False)


def today() -> date:
    return utcnow().astimezone(ZoneInfo("Europe/Sofia")).date()


def shown(day: date) -> str:
    return local_date(day, "en")


async def entries(factory: async_sessionmaker[AsyncSession]) -> list[DiaryEntry]:
    async with factory() as session:
        return list((await session.scalars(select(DiaryEntry).order_by(DiaryEntry.id))).all())


async def pair_id_of(factory: async_sessionmaker[AsyncSession], mentor_name: str) -> int:
    async with factory() as session:
        return (await session.scalars(select(Pair.id).where(Pair.mentor_name == mentor_name))).one()


async def person_ids(factory: async_sessionmaker[AsyncSession], pair_id: int) -> tuple[int, int]:
    async with factory() as session:
        pair = await session.get(Pair, pair_id)
        assert pair is not None and pair.mentor_id is not None and pair.mentee_id is not None
        return pair.mentor_id, pair.mentee_id


async def stored_entry(
    factory: async_sessionmaker[AsyncSession],
    pair_id: int,
    *,
    held_on: date,
    minutes: int = 60,
    activity: str | None = "co_design",
    **texts: str,
) -> int:
    """A finished entry written straight into the database: facts by the mentor, the mentor's texts as
    given or left empty, the mentee's reflection if given."""
    mentor_id, mentee_id = await person_ids(factory, pair_id)
    async with factory() as session:
        entry = await diary.open_entry(
            session,
            pair_id,
            mentor_id,
            held_on=held_on,
            duration_minutes=minutes,
            mode=SessionMode.IN_PERSON,
        )
        await diary.change_facts(session, entry.facts.entry_id, mentor_id, activity=activity)
        for section in Section:
            writer = mentee_id if section is Section.REFLECTION else mentor_id
            if section.value in texts or section in diary.SECTIONS_OF[Role.MENTOR]:
                text = texts.get(section.value, "")
                await diary.write_section(session, entry.facts.entry_id, writer, section, text)
        await session.commit()
        return entry.facts.entry_id


async def started_by_the_scheduler(h: Harness, user_id: int, data: dict[str, Any]) -> None:
    """Open the diary the way a background job does (aiogram-dialog's background manager)."""
    async with BgManagerFactoryImpl(h.dp).bg(h.bot, user_id, user_id).fg() as manager:
        await manager.start(diary_flow.States.entry, data=data)


async def test_mentor_writes_an_entry_and_the_mentee_adds_the_reflection(session_factory):
    async with Harness(session_factory) as h:
        maria, ivan = await a_pair(h)
        await maria.send("/diary")
        home = h.screen(MARIA)
        assert "📔 Session diary – Inclusive teaching, with Ivan" in home
        assert "A. Mentoring Activities: 0 of 10 h" in home and "B. Piloting in class: 0 of 10 h" in home
        assert "• Co-design of inclusive activities: 0 of 6 h" in home

        await h.tap(maria, "✍ New entry")
        assert "New entry – Session No. 1" in h.screen(MARIA)
        await h.tap(maria, f"Today, {shown(today())}")
        assert "Duration: how long was it?" in h.screen(MARIA)
        await h.tap(maria, "90 min")
        assert "Mode (in-person / online / hybrid): how did you meet?" in h.screen(MARIA)
        assert await entries(session_factory) == []  # not stored before date, duration and mode are known
        await h.tap(maria, "online")
        assert len(await entries(session_factory)) == 1
        assert "Activity: which activity of the mentoring plan" in h.screen(MARIA)
        assert f"Session No. 1\n{shown(today())} · 90 min · online" in h.screen(MARIA)
        await h.tap(maria, "Co-design of inclusive activities")
        assert "1. Objectives of the Session" in h.screen(MARIA)
        assert "up to 2,000 characters" in h.screen(MARIA)
        await maria.send("Plan a lesson   for <mixed> groups\n\n\n\nwith stations")
        assert "2. Topics and Activities" in h.screen(MARIA)
        await maria.send("Stations & roles")
        assert "4. Mentor's Notes" in h.screen(MARIA)
        await h.tap(maria, "Skip ›")
        card = h.screen(MARIA)
        assert "Session No. 1" in card and f"Date: {shown(today())}" in card
        assert "Duration: 90 min" in card and "Mode (in-person / online / hybrid): online" in card
        assert "Activity: Co-design of inclusive activities" in card
        assert "1. Objectives of the Session\nPlan a lesson for <mixed> groups\n\nwith stations" in card
        assert "2. Topics and Activities\nStations & roles" in card
        assert "3. Mentee's Reflection\n(not written yet)" in card
        assert "4. Mentor's Notes\n—" in card

        await h.tap(maria, "📔 Diary")
        assert "A. Mentoring Activities: 1.5 of 10 h" in h.screen(MARIA)
        assert "• Co-design of inclusive activities: 1.5 of 6 h" in h.screen(MARIA)

        await ivan.send("/diary")
        assert "Waiting for you" in h.screen(IVAN)
        await h.tap(ivan, "Session 1 – add your reflection")
        assert "3. Mentee's Reflection" in h.screen(IVAN)
        assert f"Session No. 1\n{shown(today())} · 90 min · online" in h.screen(IVAN)
        await ivan.send("I will try the stations on Monday.")
        card = h.screen(IVAN)
        assert "3. Mentee's Reflection\nI will try the stations on Monday." in card
        assert "Plan a lesson for <mixed> groups" in card  # both see the whole entry
        await h.tap(ivan, "📔 Diary")
        assert "Waiting for you" not in h.screen(IVAN)

    [entry] = await entries(session_factory)
    assert entry.objectives == "Plan a lesson for <mixed> groups\n\nwith stations"
    assert (entry.duration_minutes, entry.mode, entry.activity) == (90, SessionMode.ONLINE, "co_design")
    assert entry.mentor_notes == "" and entry.mentee_reflection == "I will try the stations on Monday."


async def test_going_back_shows_and_changes_what_is_stored(session_factory):
    async with Harness(session_factory) as h:
        maria, _ = await a_pair(h)
        await maria.send("/diary")
        await h.tap(maria, "✍ New entry")
        await h.tap(maria, f"Today, {shown(today())}")
        await h.tap(maria, "60 min")
        await h.tap(maria, "hybrid")
        assert "Activity: which activity" in h.screen(MARIA)
        await h.tap(maria, "‹ Back")
        assert "how did you meet?" in h.screen(MARIA) and "Now: hybrid" in h.screen(MARIA)
        await h.tap(maria, "other…")
        assert "other – in a word or two?" in h.screen(MARIA)
        await maria.send("a walk in the park")
        assert "Activity: which activity" in h.screen(MARIA)
        await h.tap(maria, "‹ Back")
        await h.tap(maria, "‹ Back")
        assert "how long was it?" in h.screen(MARIA) and "Now: 60 min" in h.screen(MARIA)
        await maria.send("75")
        assert "Now: other: a walk in the park" in h.screen(MARIA)
        await h.tap(maria, "Next ›")
        assert "Activity: which activity" in h.screen(MARIA)
        for _ in range(4):
            await h.tap(maria, "‹ Back")
        assert "Session diary" in h.screen(MARIA)  # back from the first step: the diary's home
        await h.tap(maria, "‹ Back")
        assert "Main menu" in h.screen(MARIA)

    [entry] = await entries(session_factory)
    assert (entry.duration_minutes, entry.mode, entry.mode_other) == (
        75,
        SessionMode.OTHER,
        "a walk in the park",
    )


async def test_leaving_halfway_and_coming_back_after_a_restart_continues_the_entry(session_factory):
    async with Harness(session_factory) as before:
        maria, _ = await a_pair(before)
        await maria.send("/diary")
        await before.tap(maria, "✍ New entry")
        await before.tap(maria, f"Today, {shown(today())}")
        await before.tap(maria, "45 min")
        await before.tap(maria, "in person")
        await before.tap(maria, "Initial analysis and goal setting")
        await maria.send("Get to know the class")
        assert "2. Topics and Activities" in before.screen(MARIA)
        await maria.send("/menu")
        assert "Main menu" in before.screen(MARIA)

    async with Harness(session_factory) as after:  # a new process on the same database
        maria = after.person(MARIA, "Maria")
        await maria.send("/diary")
        screen = after.screen(MARIA)
        assert "2. Topics and Activities" in screen
        assert f"Session No. 1\n{shown(today())} · 45 min · in person" in screen
        await maria.send("Questionnaire results")
        await maria.send("Good start")
        assert "4. Mentor's Notes\nGood start" in after.screen(MARIA)
        await maria.send("/diary")
        assert "Session diary" in after.screen(MARIA)  # finished: nothing to continue

    [entry] = await entries(session_factory)
    assert (entry.objectives, entry.topics, entry.mentor_notes) == (
        "Get to know the class",
        "Questionnaire results",
        "Good start",
    )


async def test_facts_chosen_before_leaving_for_the_menu_are_kept_and_the_entry_continues(session_factory):
    last_month = today().replace(day=1) - timedelta(days=1)
    day = last_month.replace(day=15)
    async with Harness(session_factory) as before:
        maria, ivan = await a_pair(before)
        await maria.send("/diary")
        await before.tap(maria, "✍ New entry")
        await before.tap(maria, f"« {last_month:%b %Y}")
        await before.tap(maria, "^15$")
        assert "how long was it?" in before.screen(MARIA)
        await maria.send("/menu")
        assert "Main menu" in before.screen(MARIA)

        await maria.send("/diary")  # straight back to where she was, the date kept
        screen = before.screen(MARIA)
        assert f"New entry – Session No. 1\n{shown(day)}" in screen and "how long was it?" in screen
        await before.tap(maria, "‹ Back")
        assert f"Now: {shown(day)}" in before.screen(MARIA)
        await before.tap(maria, "‹ Back")
        await before.tap(maria, "✍ New entry")  # from the diary's home: the entry she began, not a blank one
        await before.tap(maria, "45 min")
        assert "how did you meet?" in before.screen(MARIA)
        await maria.send("/help")
        assert await entries(session_factory) == []  # not a session until date, duration and mode are known

        await ivan.send("/diary")  # her draft is hers: Ivan gets his diary's home
        assert "Session diary" in before.screen(IVAN) and shown(day) not in before.screen(IVAN)

    async with Harness(session_factory) as after:  # a new process on the same database
        maria = after.person(MARIA, "Maria")
        await maria.send("/diary")
        screen = after.screen(MARIA)
        assert "how did you meet?" in screen and f"Session No. 1\n{shown(day)} · 45 min" in screen
        await after.tap(maria, "online")
        assert "Activity: which activity" in after.screen(MARIA)

    [entry] = await entries(session_factory)
    assert (entry.session_no, entry.held_on, entry.duration_minutes, entry.mode) == (
        1,
        day,
        45,
        SessionMode.ONLINE,
    )


async def test_wrong_input_is_explained_and_changes_nothing(session_factory):
    async with Harness(session_factory) as h:
        maria, _ = await a_pair(h)
        await maria.send("/diary")
        await h.tap(maria, "✍ New entry")
        await maria.send("yesterday")  # the date window has no text field
        assert "I did not catch that" in h.last_reply(MARIA)
        await h.tap(maria, r".* »")  # next month: every day there is still to come
        await h.tap(maria, r"(\[ )?15( \])?")
        assert h.callback_answers()[-1] == "That day has not come yet. Pick the day the session was held."
        assert "New entry – Session No. 1" in h.screen(MARIA)
        await h.tap(maria, r"« .*")  # back to this month
        await h.tap(maria, r"(\[ )?01( \])?")
        assert "how long was it?" in h.screen(MARIA)
        for wrong in ("an hour", "4", "601", "90.5"):
            await maria.send(wrong)
            assert h.last_reply(MARIA) == "Please type the minutes as a whole number from 5 to 600."
        await maria.send_sticker()
        assert h.last_reply(MARIA) == "Please send this as a text message."
        assert "how long was it?" in h.screen(MARIA)
        await maria.send("600")
        await h.tap(maria, "other…")
        await maria.send("x" * 61)
        assert h.last_reply(MARIA) == "That is 61 characters; please keep it under 60."
        await h.tap(maria, "‹ Back")
        await h.tap(maria, "online")
        await h.tap(maria, "Classroom piloting")
        await maria.send("y" * 2001)
        assert h.last_reply(MARIA) == "That is 2,001 characters; please keep it under 2,000."
        await maria.send_sticker()
        assert h.last_reply(MARIA) == "Please send this as a text message."
        await maria.send("   \n  ")
        assert h.last_reply(MARIA) == "Please write at least one letter."
        assert "1. Objectives of the Session" in h.screen(MARIA)  # still waiting for the text

    [entry] = await entries(session_factory)
    assert entry.held_on == today().replace(day=1) and entry.duration_minutes == 600
    assert entry.mode is SessionMode.ONLINE and entry.mode_other is None
    assert entry.objectives is None


async def test_a_long_text_is_shortened_in_the_entry_and_can_be_read_in_full(session_factory):
    async with Harness(session_factory) as h:
        maria, _ = await a_pair(h)
        pair_id = await pair_id_of(session_factory, "Maria")
        long_objectives = ("Inclusive stations. " * 100).strip()
        await stored_entry(
            session_factory, pair_id, held_on=today(), objectives=long_objectives, topics="t" * 2000
        )
        await maria.send("/diary")
        await h.tap(maria, r"📚 Past entries \(1\)")
        await h.tap(maria, "Session 1 · .*")
        card = h.window(MARIA).text or ""
        assert len(card) < 4096 and long_objectives not in card and "…" in card
        assert "📖 1. Objectives of the Session (in full)" in h.buttons(MARIA)
        await h.tap(maria, r"📖 1\. Objectives of the Session \(in full\)")
        assert h.screen(MARIA) == f"1. Objectives of the Session\n{long_objectives}"
        await h.tap(maria, "‹ Back")
        assert "Session No. 1" in h.screen(MARIA)


async def test_past_entries_are_paged_newest_first(session_factory):
    async with Harness(session_factory) as h:
        maria, _ = await a_pair(h)
        pair_id = await pair_id_of(session_factory, "Maria")
        start = today() - timedelta(days=30)
        for offset in range(7):
            await stored_entry(session_factory, pair_id, held_on=start + timedelta(days=offset))
        await maria.send("/diary")
        await h.tap(maria, r"📚 Past entries \(7\)")
        assert "Page 1 of 2" in h.screen(MARIA)
        assert h.buttons(MARIA)[:5] == [
            f"Session {n} · {shown(start + timedelta(days=n - 1))} · 60 min" for n in (7, 6, 5, 4, 3)
        ]
        assert "‹ Prev" not in h.buttons(MARIA)
        await h.tap(maria, "Next ›")
        assert "Page 2 of 2" in h.screen(MARIA)
        assert [b.split(" · ")[0] for b in h.buttons(MARIA)[:2]] == ["Session 2", "Session 1"]
        assert "Next ›" not in h.buttons(MARIA)
        await h.tap(maria, "Session 2 · .*")
        assert f"Date: {shown(start + timedelta(days=1))}" in h.screen(MARIA)
        await h.tap(maria, "‹ Back")
        assert "Page 2 of 2" in h.screen(MARIA)
        await h.tap(maria, "‹ Prev")
        assert "Page 1 of 2" in h.screen(MARIA)
        await h.tap(maria, "‹ Back")
        assert "Session diary" in h.screen(MARIA)


async def test_each_person_changes_and_deletes_only_their_own_part(session_factory):
    async with Harness(session_factory) as h:
        maria, ivan = await a_pair(h)
        pair_id = await pair_id_of(session_factory, "Maria")
        await stored_entry(
            session_factory,
            pair_id,
            held_on=today(),
            objectives="Plan",
            topics="Stations",
            mentee_reflection="Useful",
        )
        await ivan.send("/diary")
        await h.tap(ivan, r"📚 Past entries \(1\)")
        await h.tap(ivan, "Session 1 · .*")
        await h.tap(ivan, "✏️ Change my part")
        assert h.buttons(IVAN) == ["3. Mentee's Reflection", "‹ Back"]  # not the mentor's texts nor the facts
        await h.tap_forged(ivan, "3. Mentee's Reflection", Section.OBJECTIVES.value)
        assert h.callback_answers()[-1] == "This is not available to you."
        await h.tap(ivan, "3. Mentee's Reflection")
        assert "Now: Useful" in h.screen(IVAN)
        await ivan.send("Very useful")
        assert "3. Mentee's Reflection\nVery useful" in h.screen(IVAN)  # one change: back to the entry

        await maria.send("/diary")
        await h.tap(maria, r"📚 Past entries \(1\)")
        await h.tap(maria, "Session 1 · .*")
        await h.tap(maria, "✏️ Change my part")
        assert h.buttons(MARIA) == [
            "Date",
            "Duration",
            "Mode (in-person / online / hybrid)",
            "Activity",
            "1. Objectives of the Session",
            "2. Topics and Activities",
            "4. Mentor's Notes",
            "‹ Back",
        ]
        await h.tap(maria, "Duration")
        await h.tap(maria, "120 min")
        assert "Duration: 120 min" in h.screen(MARIA)
        await h.tap(maria, "🗑 Delete my part")
        confirm = h.screen(MARIA)
        assert "Delete your part of session 1?" in confirm
        assert "Your objectives, topics and notes will be deleted." in confirm
        assert "Ivan has written in it, so the session stays with their part" in confirm
        await h.tap(maria, "🗑 Yes, delete")
        assert h.callback_answers()[-1] == "Your part of session 1 was deleted."
        card = h.screen(MARIA)
        assert "1. Objectives of the Session\n—" in card and "Very useful" in card
        assert "🗑 Delete my part" not in h.buttons(MARIA)  # nothing of hers is left

        await ivan.send("/diary")
        await h.tap(ivan, r"📚 Past entries \(1\)")
        await h.tap(ivan, "Session 1 · .*")
        await h.tap(ivan, "🗑 Delete my part")
        assert "Nobody else has written in this entry, so the whole session goes" in h.screen(IVAN)
        await h.tap(ivan, "‹ Back")
        await h.tap(ivan, "🗑 Delete my part")
        await h.tap(ivan, "🗑 Yes, delete")
        assert h.callback_answers()[-1] == "Session 1 was deleted from the diary."
        assert "No sessions in the diary yet" in h.screen(IVAN)

    assert await entries(session_factory) == []


async def test_the_mentee_opens_an_entry_and_the_mentor_adds_the_notes_later(session_factory):
    async with Harness(session_factory) as h:
        elena, ivo = await a_pair(h, kind=ProgrammeKind.STUDENT, names=("Elena", "Ivo"), ids=(MARIA, IVAN))
        await ivo.send("/diary")
        await h.tap(ivo, "✍ New entry")
        await h.tap(ivo, f"Today, {shown(today())}")
        await h.tap(ivo, "90 min")
        await h.tap(ivo, "in person")
        assert "3. Mentee's Reflection" in h.screen(IVAN)  # students: no plan activity
        await ivo.send("We did maths homework together")
        assert "1. Objectives of the Session\n(not written yet)" in h.screen(IVAN)

        await elena.send("/diary")
        await h.tap(elena, "Session 1 – add your notes")
        assert "1. Objectives of the Session" in h.screen(MARIA)
        await elena.send("Fractions")
        await h.tap(elena, "Skip ›")
        await elena.send("Ivo asked good questions")
        card = h.screen(MARIA)
        assert (
            "We did maths homework together" in card and "4. Mentor's Notes\nIvo asked good questions" in card
        )
        await h.tap(elena, "✏️ Change my part")
        assert "Date" not in h.buttons(MARIA)  # the facts are Ivo's: he opened the entry

    [entry] = await entries(session_factory)
    assert (entry.objectives, entry.topics, entry.activity) == ("Fractions", "", None)


async def test_student_pairs_see_sessions_against_three_a_week(session_factory):
    async with Harness(session_factory) as h:
        elena, _ = await a_pair(h, kind=ProgrammeKind.STUDENT, names=("Elena", "Ivo"))
        pair_id = await pair_id_of(session_factory, "Elena")
        # the pair started five weeks ago, at noon in the programme's time zone (whatever the clock
        # change in between: 35 calendar days there)
        started = datetime.combine(today() - timedelta(days=35), time(12), ZoneInfo("Europe/Sofia"))
        async with session_factory() as session:
            await session.execute(update(Programme).values(start_date=today() - timedelta(days=60)))
            await session.execute(update(Pair).where(Pair.id == pair_id).values(started_at=started))
            await session.commit()
        await stored_entry(session_factory, pair_id, held_on=today(), activity=None)
        await elena.send("/diary")
        assert "1 session so far; at 3 a week you would be at 15 by now." in h.screen(MARIA)
        assert "Mentoring Activities" not in h.screen(MARIA)


def test_the_rhythm_counts_three_a_week_for_four_months():
    start = date(2026, 10, 31)
    assert diary_flow.expected_sessions(start, start) == 0
    assert diary_flow.expected_sessions(start, start + timedelta(days=6)) == 2
    assert diary_flow.expected_sessions(start, start + timedelta(days=35)) == 15
    assert diary_flow.months_later(start, 4) == date(2027, 2, 28)
    assert diary_flow.expected_sessions(start, date(2027, 6, 1)) == 120 * 3 // 7  # stops after 4 months


async def test_another_pairs_entries_cannot_be_read_or_changed_with_forged_ids(session_factory):
    async with Harness(session_factory) as h:
        maria, ivan = await a_pair(h)
        await a_pair(h, org="Other School", ids=(7201, 7202), names=("Olga", "Oleg"))
        ours = await pair_id_of(session_factory, "Maria")
        theirs = await pair_id_of(session_factory, "Olga")
        await stored_entry(session_factory, ours, held_on=today(), objectives="Ours")
        foreign = await stored_entry(session_factory, theirs, held_on=today(), objectives="Private to Olga")

        await maria.send("/diary")
        await h.tap(maria, r"📚 Past entries \(1\)")
        await h.tap_forged(maria, "Session 1 · .*", foreign)
        assert h.callback_answers()[-1] == "This is not available to you."
        assert "Past sessions" in h.screen(MARIA) and "Private to Olga" not in h.screen(MARIA)

        await ivan.send("/diary")
        await h.tap_forged(ivan, "Session 1 – add your reflection", foreign)
        assert h.callback_answers()[-1] == "This is not available to you."
        assert "Session diary" in h.screen(IVAN)

        await h.tap(maria, "‹ Back")
        await h.tap(maria, "✍ New entry")
        await h.tap(maria, f"Today, {shown(today())}")
        await h.tap_forged(maria, "90 min", 999)
        assert h.callback_answers()[-1] == "This is not available to you."
        await h.tap(maria, "30 min")
        await h.tap(maria, "online")
        await h.tap_forged(maria, "Classroom piloting", "hacking")
        assert h.callback_answers()[-1] == "This is not available to you."
        assert "Activity: which activity" in h.screen(MARIA)

    async with session_factory() as session:
        olga = (await session.get(DiaryEntry, foreign)).objectives  # type: ignore[union-attr]
        mine = (await session.scalars(select(DiaryEntry).where(DiaryEntry.pair_id == ours))).all()
    assert olga == "Private to Olga"
    assert [(e.session_no, e.duration_minutes, e.activity) for e in mine] == [
        (1, 60, "co_design"),
        (2, 30, None),
    ]


async def test_a_mentor_with_two_mentees_chooses_the_pair_and_cannot_forge_another(session_factory):
    _, programme_id = await seed_programme(session_factory)
    first = await pair_invites(session_factory, programme_id, mentor="Maria", mentee="Ivan")
    async with Harness(session_factory) as h:
        maria = h.person(MARIA, "Maria")
        await join(h, maria, first[Role.MENTOR], later=False)
        async with session_factory() as session:
            mentor_id = (await session.scalars(select(Pair.mentor_id))).one()
            await make_pair(session, programme=programme_id, mentee="Luca", mentor_person=mentor_id)
            await session.commit()
        await a_pair(h, org="Other School", ids=(7201, 7202), names=("Olga", "Oleg"))
        theirs = await pair_id_of(session_factory, "Olga")

        await maria.send("/diary")
        assert "Which pair is it about?" in h.screen(MARIA)
        assert h.buttons(MARIA) == ["Inclusive teaching – Ivan", "Inclusive teaching – Luca", "‹ Back"]
        await h.tap_forged(maria, "Inclusive teaching – Luca", theirs)
        assert h.callback_answers()[-1] == "This is not available to you."
        await h.tap(maria, "Inclusive teaching – Luca")
        assert "Session diary – Inclusive teaching, with Luca" in h.screen(MARIA)


async def test_the_scheduler_opens_a_prefilled_entry_after_a_meeting(session_factory):
    async with Harness(session_factory) as h:
        await a_pair(h)
        await a_pair(h, org="Other School", ids=(7201, 7202), names=("Olga", "Oleg"))
        ours = await pair_id_of(session_factory, "Maria")
        theirs = await pair_id_of(session_factory, "Olga")
        held = today() - timedelta(days=2)

        async def open_diary(data: dict[str, Any]) -> None:
            await started_by_the_scheduler(h, MARIA, data)

        await open_diary(
            {"pair_id": theirs, "held_on": held.isoformat(), "duration_minutes": 90, "mode": "online"}
        )
        assert "Which pair is it about?" in h.screen(MARIA)  # not her pair: nothing was written
        assert await entries(session_factory) == []

        await open_diary(
            {"pair_id": ours, "held_on": held.isoformat(), "duration_minutes": 90, "mode": "online"}
        )
        screen = h.screen(MARIA)
        assert "Activity: which activity" in screen
        assert f"Session No. 1\n{shown(held)} · 90 min · online" in screen

        await open_diary(
            {"pair_id": ours, "held_on": held.isoformat(), "duration_minutes": 9999, "mode": "?"}
        )
        assert "how long was it?" in h.screen(MARIA) and "New entry – Session No. 2" in h.screen(MARIA)

    [entry] = await entries(session_factory)
    assert (entry.pair_id, entry.held_on, entry.duration_minutes, entry.mode) == (
        ours,
        held,
        90,
        SessionMode.ONLINE,
    )


async def _english() -> I18nContext:
    core = i18n_core()
    await core.startup()
    return I18nContext(locale="en", core=core, manager=None, data={})  # type: ignore[arg-type]


async def test_menu_lines_show_the_plan_and_what_waits_for_the_person(session_factory):
    async with Harness(session_factory) as h:
        await a_pair(h)
    pair_id = await pair_id_of(session_factory, "Maria")
    await stored_entry(session_factory, pair_id, held_on=today(), minutes=90)
    entry_id = await stored_entry(session_factory, pair_id, held_on=today(), minutes=45)
    mentor_id, mentee_id = await person_ids(session_factory, pair_id)
    i18n = await _english()
    async with session_factory() as session:
        await diary.change_facts(session, entry_id, mentor_id, activity="classroom_piloting")
        [mentor_view] = await pairs.views_for_person(session, mentor_id)
        [mentee_view] = await pairs.views_for_person(session, mentee_id)
        assert await diary_flow.menu_lines(session, i18n, mentor_view) == [
            "📔 A. Mentoring Activities: 1.5 of 10 h",
            "📔 B. Piloting in class: 0.8 of 10 h",
        ]
        assert await diary_flow.menu_lines(session, i18n, mentee_view) == [
            "📔 A. Mentoring Activities: 1.5 of 10 h",
            "📔 B. Piloting in class: 0.8 of 10 h",
            "📔 2 sessions are waiting for your reflection.",
        ]


async def test_coordinators_never_see_diary_text(session_factory):
    async with Harness(session_factory) as h:
        await a_pair(h)
        pair_id = await pair_id_of(session_factory, "Maria")
        await stored_entry(session_factory, pair_id, held_on=today(), objectives="Private plan")
        ana = h.person(7301, "Ana")
        await join(h, ana, await coordinator_invite(session_factory), later=False)
        await ana.send("/diary")
        assert "You are not part of a programme yet" in h.last_reply(7301)
        await started_by_the_scheduler(h, 7301, {"pair_id": pair_id})  # even with the pair's id
        assert "You are not in a pair at the moment." in h.screen(7301)
        await h.tap(ana, "‹ Back")
        await h.tap(ana, "📋 Programmes")
        await h.tap(ana, "Inclusive teaching")
        assert "Maria → Ivan" in h.screen(7301)
        seen = [m.text or "" for m in h.windows.sent_messages if m.chat.id == 7301] + h.bot.texts(7301)
        assert not any("Private plan" in text for text in seen)


# --- days outside the programme ----------------------------------------------------------------------------


async def drafts(factory: async_sessionmaker[AsyncSession]) -> list[DiaryDraft]:
    async with factory() as session:
        return list((await session.scalars(select(DiaryDraft))).all())


async def test_a_day_outside_the_programme_is_refused_with_the_days_that_can_be_taken(session_factory):
    async with Harness(session_factory) as h:
        maria, _ = await a_pair(h)  # the programme runs from 1 Sep 2026 to 30 Jun 2027
        await maria.send("/diary")
        await h.tap(maria, "✍ New entry")
        allowed = (
            f"Please pick a day from {shown(date(2026, 8, 2))} to {shown(today())}: "
            f"the programme runs from {shown(date(2026, 9, 1))} to {shown(date(2027, 6, 30))}."
        )
        day_button = r"^(\[ )?15( \])?$"
        for absurd in (date(1900, 1, 1), date(3000, 1, 1), date(2026, 8, 1)):  # a forged or far-off tap
            await h.tap_forged(maria, day_button, raw_from_date(absurd))
            assert h.callback_answers()[-1] == allowed
            assert "when was the session?" in h.screen(MARIA)  # still on the same step
        assert await drafts(session_factory) == [] and await entries(session_factory) == []
        await h.tap_forged(maria, day_button, raw_from_date(date(2026, 8, 2)))  # before the start: taken
        assert "how long was it?" in h.screen(MARIA)
    [draft] = await drafts(session_factory)
    assert draft.held_on == date(2026, 8, 2)


async def test_a_programme_weeks_away_takes_no_session_yet(session_factory):
    async with Harness(session_factory) as h:
        maria, _ = await a_pair(h)
        start, end = today() + timedelta(days=45), today() + timedelta(days=245)
        async with session_factory() as session:
            await session.execute(update(Programme).values(start_date=start, end_date=end))
            await session.commit()
        await maria.send("/diary")
        await h.tap(maria, "✍ New entry")
        await h.tap(maria, f"Today, {shown(today())}")
        assert h.callback_answers()[-1] == (
            f"Sessions can be noted from {shown(start - timedelta(days=30))} on: "
            f"the programme runs from {shown(start)} to {shown(end)}."
        )
        assert "when was the session?" in h.screen(MARIA)
    assert await drafts(session_factory) == []
