"""Nothing false on screen: in every flow, a "saved", "sent" or "done" appears only after the commit. When
the database refuses the commit (locked), the person reads that it did not work, nothing is stored, and
the same step works when tried again. The concern flow's own test is in test_concern.py."""

from __future__ import annotations

from aiogram.methods import SendPhoto
from sqlalchemy import func, select

from scheduler.clock import ManualClock
from storage.models import (
    Agreement,
    OutboxMessage,
    Pair,
    Person,
    Programme,
    ProgrammeKind,
    Reflection,
    Role,
    Stage,
)
from tests.dialogs.test_closure import joined_pair as closure_pair
from tests.dialogs.test_diary import IVAN as DIARY_MENTEE
from tests.dialogs.test_diary import MARIA as DIARY_MENTOR
from tests.dialogs.test_diary import a_pair as diary_pair
from tests.dialogs.test_diary import entries as diary_entries
from tests.dialogs.test_diary import pair_id_of, stored_entry
from tests.dialogs.test_diary import shown as diary_day
from tests.dialogs.test_diary import today as diary_today
from tests.dialogs.test_goals import stored_goals
from tests.dialogs.test_goals import student_pair as goals_pair
from tests.dialogs.test_ground_rules import MARIA as RULES_MENTOR
from tests.dialogs.test_ground_rules import joined_pair as rules_pair
from tests.dialogs.test_ground_rules import open_rules, write_all_topics
from tests.dialogs.test_ground_rules import tap as rules_tap
from tests.dialogs.test_meeting import IVAN as MEETING_MENTEE
from tests.dialogs.test_meeting import MARIA as MEETING_MENTOR
from tests.dialogs.test_meeting import T0, deliver, texts
from tests.dialogs.test_meeting import harness as meeting_harness
from tests.dialogs.test_meeting import stored as stored_meetings
from tests.dialogs.test_meeting import teacher_pair as meeting_pair
from tests.dialogs.test_questionnaire import answer_all_teacher_items
from tests.dialogs.test_questionnaire import completed as questionnaire_completed
from tests.dialogs.test_questionnaire import teacher_pair as questionnaire_pair
from tests.harness import (
    Harness,
    coordinator_invite,
    failing_commits,
    join,
    pair_invites,
    plain,
    seed_programme,
)

NOT_SAVED = "was not saved and nothing was sent"
CLOSURE_MENTOR = 9501  # Elena in test_closure.joined_pair


async def count(factory, model) -> int:
    async with factory() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def reminder_offsets(factory, telegram_id: int) -> str | None:
    async with factory() as session:
        return await session.scalar(select(Person.reminder_offsets).where(Person.telegram_id == telegram_id))


async def test_a_reflection_is_not_called_saved_when_it_was_not(session_factory):
    _, programme_id = await seed_programme(session_factory)
    codes = await pair_invites(session_factory, programme_id, mentor="Maria", mentee="Giulia")
    async with Harness(session_factory) as h:
        giulia = h.person(7101, "Giulia")
        await join(h, giulia, codes[Role.MENTEE])
        await giulia.send("/reflect")
        await h.tap(giulia, "Seeking Mentorship")
        with failing_commits(1) as refused:
            await giulia.send("Ask Maria about observing a class.")
        assert refused
        assert "Saved" not in h.screen(7101)
        assert NOT_SAVED in h.last_reply(7101)
        assert await count(session_factory, Reflection) == 0
        await giulia.send("Ask Maria about observing a class.")  # still on the question: it works now
        assert "✓ Saved: your answer to “Seeking Mentorship”" in h.screen(7101)
    assert await count(session_factory, Reflection) == 1


async def test_a_programme_is_not_called_ready_when_it_was_not_created(session_factory):
    async with Harness(session_factory) as h:
        ana = h.person(7201, "Ana")
        await join(h, ana, await coordinator_invite(session_factory))
        await h.tap(ana, "➕ New programme")
        await ana.send("Inclusive teaching")
        await h.tap(ana, "Teacher mentoring")
        await h.tap(ana, r"(\[ )?28( \])?")
        await h.tap(ana, r".* »")
        await h.tap(ana, r"(\[ )?27( \])?")
        await ana.send("Europe/Vienna")
        with failing_commits(1):
            await h.tap(ana, "✔ Confirm")
        assert "is ready" not in h.screen(7201)
        assert NOT_SAVED in h.callback_answers()[-1]
        assert await count(session_factory, Programme) == 0
        await h.tap(ana, "✔ Confirm")
        assert "Programme “Inclusive teaching” is ready" in h.screen(7201)
    assert await count(session_factory, Programme) == 1


async def new_pair_to_confirm(h: Harness, factory, coordinator_id: int):
    """A coordinator of a student programme at New pair's last step: Elena and Ivo (not under 18)."""
    await seed_programme(factory, name="Peer support", kind=ProgrammeKind.STUDENT)
    ana = h.person(coordinator_id, "Ana")
    await join(h, ana, await coordinator_invite(factory))
    await h.tap(ana, "👥 New pair")
    await h.tap(ana, "Peer support")
    await h.tap(ana, "➕ New mentor")
    await ana.send("Elena")
    await ana.send("Ivo")
    await h.tap(ana, "No")  # Ivo is not under 18
    await h.tap(ana, "No")  # nor is Elena, the mentor
    return ana


async def test_no_invite_links_are_handed_out_for_a_pair_that_was_not_created(session_factory):
    async with Harness(session_factory) as h:
        ana = await new_pair_to_confirm(h, session_factory, 7301)
        with failing_commits(1):
            await h.tap(ana, "✔ Confirm")
        assert h.bot.sent(7301, SendPhoto) == []  # no QR code of a link that would not work
        assert not any("Pair created." in text for text in h.bot.texts(7301))
        assert NOT_SAVED in h.callback_answers()[-1]
        assert await count(session_factory, Pair) == 0
        await h.tap(ana, "✔ Confirm")
        assert "Pair created." in h.last_reply(7301)
        assert len(h.bot.sent(7301, SendPhoto)) == 2
    assert await count(session_factory, Pair) == 1


async def test_the_language_is_not_called_changed_when_it_was_not(session_factory):
    _, programme_id = await seed_programme(session_factory)
    codes = await pair_invites(session_factory, programme_id)
    async with Harness(session_factory) as h:
        ivan = h.person(7401, "Ivan")
        await join(h, ivan, codes[Role.MENTEE])
        await ivan.send("/language")
        with failing_commits(1):
            await h.tap(ivan, "Italiano")
        # the person chose Italian, so the failure is told in Italian; no "Done: the bot now speaks …"
        assert not any("Fatto" in answer for answer in h.callback_answers())
        assert "non è stato salvato" in h.callback_answers()[-1]
        async with session_factory() as session:
            assert await session.scalar(select(Person.locale).where(Person.telegram_id == 7401)) == "en"


async def test_erasing_is_not_called_done_when_nothing_was_erased(session_factory):
    _, programme_id = await seed_programme(session_factory)
    codes = await pair_invites(session_factory, programme_id)
    async with Harness(session_factory) as h:
        ivan = h.person(7501, "Ivan")
        await join(h, ivan, codes[Role.MENTEE])
        await ivan.send("/mydata")
        await h.tap(ivan, "🗑 Erase my data")
        with failing_commits(1):
            await h.tap(ivan, "Yes, erase it")
        assert not any("erased" in text for text in h.bot.texts(7501))
        assert NOT_SAVED in h.callback_answers()[-1]
        async with session_factory() as session:
            assert await session.scalar(select(Person.name).where(Person.telegram_id == 7501)) == "Ivan"


async def test_a_failure_after_the_commit_says_what_was_saved(session_factory):
    """The pair was created (committed) and then Telegram refused the first QR picture: the coordinator
    is told the pair was saved, not that nothing was."""
    async with Harness(session_factory) as h:
        ana = await new_pair_to_confirm(h, session_factory, 7601)
        h.bot.refuse = SendPhoto
        await h.tap(ana, "✔ Confirm")
        told = h.callback_answers()[-1]
        assert "What you did was saved" in told and NOT_SAVED not in told
    assert await count(session_factory, Pair) == 1


# --- the remaining flows: the same rule, step by step -------------------------------------------------------


async def test_the_questionnaire_is_not_called_saved_when_its_confirmation_was_not(session_factory):
    codes = await questionnaire_pair(session_factory)
    async with Harness(session_factory) as h:
        giulia = h.person(7701, "Giulia")
        await join(h, giulia, codes[Role.MENTEE], later=False)
        await answer_all_teacher_items(
            h, giulia, ["Slightly", "Often", "Fairly", "Sometimes", "Very much"], "Pairs"
        )
        assert "Check your answers" in h.screen(7701)
        with failing_commits(1) as refused:
            await h.tap(giulia, "✔ Confirm")
        assert refused
        assert "Your answers are saved" not in h.screen(7701)
        assert NOT_SAVED in h.callback_answers()[-1]
        assert not await questionnaire_completed(session_factory)
        await h.tap(giulia, "✔ Confirm")  # still the summary: it works now
        assert "Thank you! Your answers are saved." in h.screen(7701)
    assert await questionnaire_completed(session_factory)


async def test_a_diary_entry_is_not_shown_as_stored_when_it_was_not(session_factory):
    async with Harness(session_factory) as h:
        maria, _ = await diary_pair(h)
        await maria.send("/diary")
        await h.tap(maria, "✍ New entry")
        await h.tap(maria, f"Today, {diary_day(diary_today())}")
        await h.tap(maria, "90 min")
        with failing_commits(1) as refused:
            await h.tap(maria, "online")  # date, duration and mode known: the entry is stored now
        assert refused
        assert "· online" not in h.screen(DIARY_MENTOR)
        assert "how did you meet?" in h.screen(DIARY_MENTOR)  # still the mode question
        assert NOT_SAVED in h.callback_answers()[-1]
        assert await diary_entries(session_factory) == []
        await h.tap(maria, "online")
        assert f"Session No. 1\n{diary_day(diary_today())} · 90 min · online" in h.screen(DIARY_MENTOR)
    assert len(await diary_entries(session_factory)) == 1


async def test_the_mentees_reflection_is_not_shown_in_the_entry_when_it_was_not_stored(session_factory):
    async with Harness(session_factory) as h:
        _, ivan = await diary_pair(h)
        pair_id = await pair_id_of(session_factory, "Maria")
        await stored_entry(
            session_factory, pair_id, held_on=diary_today(), objectives="Plan", topics="Stations"
        )
        await ivan.send("/diary")
        await h.tap(ivan, "Session 1 – add your reflection")
        with failing_commits(1) as refused:
            await ivan.send("I will try the stations on Monday.")
        assert refused
        assert "I will try the stations on Monday." not in h.screen(DIARY_MENTEE)
        assert NOT_SAVED in h.last_reply(DIARY_MENTEE)
        [entry] = await diary_entries(session_factory)
        assert entry.mentee_reflection is None
        await ivan.send("I will try the stations on Monday.")  # still on the question
        assert "3. Mentee's Reflection\nI will try the stations on Monday." in h.screen(DIARY_MENTEE)
    [entry] = await diary_entries(session_factory)
    assert entry.mentee_reflection == "I will try the stations on Monday."


async def test_a_goal_is_not_listed_when_it_was_not_stored(session_factory):
    async with Harness(session_factory) as h:
        ivo, _ = await goals_pair(h, mentee_id=7801, mentor_id=7802)
        await ivo.send("/goals")
        await h.tap(ivo, "➕ Goal")
        with failing_commits(1) as refused:
            await ivo.send("Pass maths")
        assert refused
        assert "Pass maths" not in h.screen(7801)
        assert NOT_SAVED in h.last_reply(7801)
        assert await stored_goals(session_factory) == []
        await ivo.send("Pass maths")  # still asked for the goal's words
        assert "Goals (1 of at most 5)\n1. Pass maths – Not started" in h.screen(7801)
    assert await stored_goals(session_factory) == [("goal", "Pass maths", 0)]


async def test_progress_on_a_goal_is_not_shown_when_it_was_not_stored(session_factory):
    async with Harness(session_factory) as h:
        ivo, _ = await goals_pair(h, mentee_id=7901, mentor_id=7902)
        await ivo.send("/goals")
        await h.tap(ivo, "➕ Goal")
        await ivo.send("Pass maths")
        await h.tap(ivo, "🏁 Pass maths · 0%")
        with failing_commits(1) as refused:
            await h.tap(ivo, "Halfway")
        assert refused
        assert "Progress: Not started (0%)" in h.screen(7901) and "Halfway (50%)" not in h.screen(7901)
        assert NOT_SAVED in h.callback_answers()[-1]
        assert await stored_goals(session_factory) == [("goal", "Pass maths", 0)]
        await h.tap(ivo, "Halfway")
        assert "Progress: Halfway (50%)" in h.screen(7901)
    assert await stored_goals(session_factory) == [("goal", "Pass maths", 50)]


async def test_agreeing_to_the_ground_rules_is_not_thanked_for_when_it_was_not_stored(session_factory):
    async with Harness(session_factory) as h:
        maria, _ = await rules_pair(h)
        await write_all_topics(h, maria)
        with failing_commits(1) as refused:
            await rules_tap(h, maria, "🤝 We agree")
        assert refused
        assert not any("you agreed" in answer for answer in h.callback_answers())
        assert NOT_SAVED in h.callback_answers()[-1]
        assert "✔ You agreed." not in h.screen(RULES_MENTOR)
        assert await count(session_factory, Agreement) == 0
        await rules_tap(h, maria, "🤝 We agree")
        assert h.callback_answers()[-1] == "✔ Thank you – you agreed."
        assert "✔ You agreed." in h.screen(RULES_MENTOR)
    assert await count(session_factory, Agreement) == 1


async def test_the_mentor_agreement_is_not_called_accepted_when_it_was_not_stored(session_factory):
    async with Harness(session_factory) as h:
        maria, _ = await rules_pair(h)
        await open_rules(h, maria)
        await rules_tap(h, maria, "📜 Mentor agreement")
        with failing_commits(1) as refused:
            await rules_tap(h, maria, "✔ I agree")
        assert refused
        assert not any("accepted" in answer for answer in h.callback_answers())
        assert NOT_SAVED in h.callback_answers()[-1]
        assert "✔ I agree" in h.buttons(RULES_MENTOR)  # still the agreement, still to accept
        assert await count(session_factory, Agreement) == 0
        await rules_tap(h, maria, "✔ I agree")
        assert h.callback_answers()[-1] == "✔ Thank you – you accepted the mentor agreement."
        assert "📜 Mentor agreement: accepted by you on" in h.screen(RULES_MENTOR)
    assert await count(session_factory, Agreement) == 1


async def test_a_meeting_is_not_announced_to_the_other_member_when_it_was_not_stored(session_factory):
    async with meeting_harness(session_factory, ManualClock(T0)) as h:
        maria, _ = await meeting_pair(h)
        await maria.send("/meeting")
        await h.tap(maria, "➕ Plan a meeting")
        await h.tap(maria, r"^(\[ )?06( \])?$")
        await h.tap(maria, "^18:00$")
        await h.tap(maria, "^90 min$")
        await h.tap(maria, "^In person$")
        with failing_commits(1) as refused:
            await maria.send("Room 12")  # the last step: the meeting is complete and Ivan is told
        assert refused
        assert "📍 Room 12" not in h.screen(MEETING_MENTOR)
        assert NOT_SAVED in h.last_reply(MEETING_MENTOR)
        assert [meeting.place for meeting in await stored_meetings(session_factory)] == [None]
        assert texts(await deliver(session_factory, T0), MEETING_MENTEE) == []  # Ivan is told nothing
        await maria.send("Room 12")  # still asked for the place
        assert "Wed, Mar 6, 2030, 18:00 · 90 min\nWith Ivan · In person\n📍 Room 12" in h.screen(
            MEETING_MENTOR
        )
        assert texts(await deliver(session_factory, T0), MEETING_MENTEE) == [
            "📅 <b>Maria planned a meeting with you</b>\n"
            "Wed, Mar 6, 2030, 18:00 · 90 min · In person\n📍 Room 12"
        ]
    assert [meeting.place for meeting in await stored_meetings(session_factory)] == ["Room 12"]


async def test_reminder_choices_are_not_called_saved_when_they_were_not(session_factory):
    async with meeting_harness(session_factory, ManualClock(T0)) as h:
        maria, _ = await meeting_pair(h)
        await maria.send("/meeting")
        await h.tap(maria, "🔔 Reminders")
        with failing_commits(1) as refused:
            await h.tap(maria, "^2 h before$")
        assert refused
        assert "Saved." not in h.callback_answers()
        assert NOT_SAVED in h.callback_answers()[-1]
        assert "Now: 24 h, 1 h before." in h.screen(MEETING_MENTOR)
        assert await reminder_offsets(session_factory, MEETING_MENTOR) is None
        await h.tap(maria, "^2 h before$")
        assert h.callback_answers()[-1] == "Saved."
        assert "Now: 2 h before." in h.screen(MEETING_MENTOR)
    assert await reminder_offsets(session_factory, MEETING_MENTOR) == "120"


async def test_ending_the_mentoring_is_not_shown_as_done_when_the_pair_was_not_closed(session_factory):
    async with Harness(session_factory) as h:
        elena, _ = await closure_pair(h)
        await elena.send("/menu")
        await h.tap(elena, "🏁 Ending and looking back")
        await h.tap(elena, "The mentor or mentee moves out of the “area”")
        with failing_commits(1) as refused:
            await h.tap(elena, "✔ End the mentoring")
        assert refused
        assert "Looking back" not in h.screen(CLOSURE_MENTOR)
        assert "End the mentoring of Peer support with Ivo?" in h.screen(CLOSURE_MENTOR)
        assert NOT_SAVED in h.callback_answers()[-1]
        async with session_factory() as session:
            assert (await session.scalars(select(Pair))).one().stage is not Stage.CLOSED
        assert await count(session_factory, OutboxMessage) == 0  # Ivo is not told it ended
        await h.tap(elena, "✔ End the mentoring")
        assert "Looking back: Peer support with Ivo" in h.screen(CLOSURE_MENTOR)
    async with session_factory() as session:
        assert (await session.scalars(select(Pair))).one().stage is Stage.CLOSED
        assert (await session.scalars(select(OutboxMessage.kind))).all() == ["pair_closed"]


async def test_a_final_reflection_is_not_called_saved_when_it_was_not(session_factory):
    async with Harness(session_factory) as h:
        elena, _ = await closure_pair(h)
        await elena.send("/menu")
        await h.tap(elena, "🏁 Ending and looking back")
        await h.tap(elena, "The programme has ended")
        await h.tap(elena, "✔ End the mentoring")
        await h.tap(elena, "💭 A final reflection")
        await h.tap(elena, "For the mentor.*")
        with failing_commits(1) as refused:
            await elena.send("Ivo, you can do it.")
        assert refused
        assert "Saved. Thank you." not in [plain(text) for text in h.bot.texts(CLOSURE_MENTOR)]
        assert NOT_SAVED in h.last_reply(CLOSURE_MENTOR)
        assert await count(session_factory, Reflection) == 0
        await elena.send("Ivo, you can do it.")  # still asked for it
        assert h.last_reply(CLOSURE_MENTOR) == "Saved. Thank you."
    async with session_factory() as session:
        assert (await session.scalars(select(Reflection.prompt))).all() == ["final-potential"]
