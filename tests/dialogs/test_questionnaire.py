"""The questionnaire: the mentee answers Annex III (teachers) or the intake (students) at onboarding and again
at the end; the mentor sees only "completed"; answers are stored as given and survive a restart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from aiogram_dialog.test_tools.keyboard import InlineButtonTextLocator
from aiogram_i18n import I18nContext
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import i18n_core
from dialogs.questionnaire import menu_lines
from storage.models import (
    Pair,
    Phase,
    ProgrammeKind,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    Role,
    Stage,
)
from storage.repo import pairs, people
from tests.harness import Harness, Person, join, pair_invites, seed_programme
from tests.pairs import make_pair

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
NAV = ["Prefer not to say", "‹ Back", "⏸ Later"]
EXTENT = ["Not at all", "Slightly", "Fairly", "Very much"]
FREQUENCY = ["Never", "Rarely", "Sometimes", "Often", "Always"]


def annex_iii() -> tuple[str, list[tuple[str, str, list[str]]]]:
    """Seed 000's Annex III as written: its title, and per item (numbered title, question, options)."""
    seeds = sorted(SEEDS.glob("000_*.txt"))
    if not seeds:
        pytest.skip(f"seed 000 is not in {SEEDS}")
    annex = seeds[0].read_text(encoding="utf-8").split("ANNEX III - ")[1].split("ANNEX IV")[0]
    title, _, body = annex.partition("\n")
    items = []
    for block in re.split(r"\n(?=\d\. )", body)[1:]:
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        options = [line.removeprefix("- ") for line in lines if line.startswith("- ")]
        items.append((lines[0], lines[1], options))
    return title.strip(), items


async def teacher_pair(factory: async_sessionmaker[AsyncSession], mentee: str = "Giulia") -> dict[Role, str]:
    return (await make_pair(factory, mentee=mentee, invite_days=7)).codes


async def stored(
    factory: async_sessionmaker[AsyncSession], phase: Phase = Phase.BASELINE
) -> dict[str, tuple]:
    """The mentee's stored answers in the phase: item -> (choice, choices, text, skipped)."""
    async with factory() as session:
        rows = await session.execute(
            select(
                QuestionnaireAnswer.item,
                QuestionnaireAnswer.choice,
                QuestionnaireAnswer.choices,
                QuestionnaireAnswer.text,
                QuestionnaireAnswer.skipped,
            )
            .join(QuestionnaireResponse)
            .where(QuestionnaireResponse.phase == phase)
        )
        return {item: (choice, choices, text, skipped) for item, choice, choices, text, skipped in rows}


async def completed(factory: async_sessionmaker[AsyncSession], phase: Phase = Phase.BASELINE) -> bool:
    async with factory() as session:
        response = await session.scalar(
            select(QuestionnaireResponse).where(QuestionnaireResponse.phase == phase)
        )
        return response is not None and response.completed_at is not None


async def set_stage(factory: async_sessionmaker[AsyncSession], stage: Stage) -> None:
    async with factory() as session:
        await session.execute(update(Pair).values(stage=stage))
        await session.commit()


async def answer_all_teacher_items(h: Harness, who: Person, choices: list[str], text: str) -> None:
    for choice in choices:
        await h.tap(who, choice)
    await who.send(text)


async def test_teacher_mentee_answers_annex_iii_in_the_seeds_own_words_right_after_joining(session_factory):
    title, items = annex_iii()
    assert len(items) == 6
    codes = await teacher_pair(session_factory)
    async with Harness(session_factory) as h:
        giulia = h.person(3101, "Giulia")
        await join(h, giulia, codes[Role.MENTEE], later=False)
        assert "Before your mentoring sessions start, a short questionnaire" in h.screen(3101)
        picks = ["Slightly", "Often", "Fairly", "Sometimes", "Very much"]
        for number, (item_title, question, options) in enumerate(items, start=1):
            screen = h.screen(3101)
            assert f"{title} · Question {number} of 6" in screen
            assert f"{item_title}\n{question}" in screen
            if number < 6:
                assert options in (EXTENT, FREQUENCY)
                assert h.buttons(3101) == [*options, *NAV]
                await h.tap(giulia, picks[number - 1])
        assert "Write your answer in one message (up to 1,000 characters)." in h.screen(3101)
        assert h.buttons(3101) == NAV
        await giulia.send("Co-designing   lessons for <mixed> groups & pairs")

        summary = h.screen(3101)
        assert "Check your answers" in summary
        assert "1. Awareness and knowledge: Slightly" in summary
        assert "4. Collaboration and networking: Sometimes" in summary
        assert "6. Open-ended question: “Co-designing lessons for <mixed> groups & pairs”" in summary
        assert not await completed(session_factory)  # stored, but not yet confirmed
        await h.tap(giulia, "✔ Confirm")
        assert "Thank you! Your answers are saved. Maria sees only that you have completed" in h.screen(3101)
        await h.tap(giulia, "✔ Done")
        assert "Main menu" in h.screen(3101)

    assert await completed(session_factory)
    assert await stored(session_factory) == {
        "1": (1, None, None, False),
        "2": (3, None, None, False),
        "3": (2, None, None, False),
        "4": (2, None, None, False),
        "5": (3, None, None, False),
        "6": (None, None, "Co-designing lessons for <mixed> groups & pairs", False),
    }


async def test_back_skip_and_changing_an_answer_from_the_summary(session_factory):
    codes = await teacher_pair(session_factory)
    async with Harness(session_factory) as h:
        giulia = h.person(3201, "Giulia")
        await join(h, giulia, codes[Role.MENTEE], later=False)
        await h.tap(giulia, "Fairly")
        await h.tap(giulia, "Prefer not to say")
        assert "Question 3 of 6" in h.screen(3201)
        await h.tap(giulia, "‹ Back")
        assert "Question 2 of 6" in h.screen(3201)
        assert "✓ Prefer not to say" in h.buttons(3201)  # the current answer is marked
        await h.tap(giulia, "Often")
        assert "Question 3 of 6" in h.screen(3201)
        await h.tap(giulia, "Slightly")
        await h.tap(giulia, "Rarely")
        await h.tap(giulia, "Not at all")
        await h.tap(giulia, "Prefer not to say")  # the open question, too

        summary = h.screen(3201)
        assert "2. Practical application: Often" in summary
        assert "6. Open-ended question: Prefer not to say" in summary
        await h.tap(giulia, "✏️ 1. Awareness and knowledge")
        assert "Question 1 of 6" in h.screen(3201) and "✓ Fairly" in h.buttons(3201)
        await h.tap(giulia, "Very much")
        assert "1. Awareness and knowledge: Very much" in h.screen(3201)  # straight back to the summary
        await h.tap(giulia, "✏️ 6. Open-ended question")
        await giulia.send("Assessment")
        assert "6. Open-ended question: “Assessment”" in h.screen(3201)
        await h.tap(giulia, "‹ Back")
        assert "Question 6 of 6" in h.screen(3201) and "Your answer now: “Assessment”" in h.screen(3201)
        await h.tap(giulia, "Keep this answer")
        await h.tap(giulia, "✔ Confirm")

    answers = await stored(session_factory)
    assert answers["1"] == (3, None, None, False)
    assert answers["2"] == (3, None, None, False)
    assert answers["6"] == (None, None, "Assessment", False)


async def test_leaving_halfway_and_coming_back_after_a_restart_continues_at_the_first_unanswered_item(
    session_factory,
):
    codes = await teacher_pair(session_factory)
    async with Harness(session_factory) as before:
        giulia = before.person(3301, "Giulia")
        await join(before, giulia, codes[Role.MENTEE], later=False)
        await before.tap(giulia, "Fairly")
        await before.tap(giulia, "Often")
        question_3 = before.window(3301)
    assert set(await stored(session_factory)) == {"1", "2"}

    async with Harness(session_factory) as after:  # a new process on the same database
        giulia = after.person(3301, "Giulia")
        await giulia.click(question_3, InlineButtonTextLocator("Very much"))  # the window still works
        assert "Question 4 of 6" in after.screen(3301)
        await after.tap(giulia, "⏸ Later")
        assert "Main menu" in after.screen(3301)

    async with Harness(session_factory) as again:
        giulia = again.person(3301, "Giulia")
        await giulia.send("/questionnaire")
        screen = again.screen(3301)
        assert "Question 4 of 6" in screen and "Collaboration and networking" in screen
        assert "short questionnaire" not in screen  # the welcome was for the first question only
        await again.tap(giulia, "‹ Back")
        assert "✓ Very much" in again.buttons(3301)  # the earlier answers are there to change
    answers = await stored(session_factory)
    assert answers["3"] == (3, None, None, False) and set(answers) == {"1", "2", "3"}


async def test_wrong_input_is_explained_and_changes_nothing(session_factory):
    codes = await teacher_pair(session_factory)
    async with Harness(session_factory) as h:
        giulia = h.person(3401, "Giulia")
        await join(h, giulia, codes[Role.MENTEE], later=False)
        await giulia.send("very much, I think")  # typed instead of tapped
        assert "I did not catch that" in h.last_reply(3401)
        assert "Question 1 of 6" in h.screen(3401)
        await h.tap_forged(giulia, "Fairly", 9)  # an option the item does not have
        assert h.callback_answers()[-1] == "This is not available to you."
        for choice in ["Fairly", "Often", "Fairly", "Often", "Fairly"]:
            await h.tap(giulia, choice)
        await giulia.send_sticker()
        assert h.last_reply(3401) == "Please send this as a text message."
        await giulia.send("x" * 1001)
        assert h.last_reply(3401) == "That is 1,001 characters; please keep it under 1,000."
        assert "Question 6 of 6" in h.screen(3401)
    assert set(await stored(session_factory)) == {"1", "2", "3", "4", "5"}


async def test_mentor_sees_only_whether_the_mentee_completed_it(session_factory):
    codes = await teacher_pair(session_factory)
    async with Harness(session_factory) as h:
        maria = h.person(3501, "Maria")
        await join(h, maria, codes[Role.MENTOR], later=False)
        assert "Main menu" in h.screen(3501)  # mentors are not asked
        giulia = h.person(3502, "Giulia")
        await join(h, giulia, codes[Role.MENTEE], later=False)
        await h.tap(giulia, "Fairly")

        await maria.send("/questionnaire")
        status = h.screen(3501)
        assert "Before the mentoring: Giulia has not completed it yet" in status
        assert "answered" not in status  # not even how far she is
        assert h.buttons(3501) == ["‹ Back"]

        await giulia.send("/questionnaire")
        await answer_all_teacher_items(h, giulia, ["Often", "Fairly", "Often", "Slightly"], "Peer tutoring")
        await h.tap(giulia, "✔ Confirm")

        await maria.send("/questionnaire")
        status = h.screen(3501)
        assert "Before the mentoring: Giulia has completed it ✅" in status
        assert "the answers are Giulia's own" in status
        for private in ("Peer tutoring", "Fairly", "Often", "Slightly"):
            assert private not in status
        assert h.buttons(3501) == ["‹ Back"]
        await h.tap(maria, "‹ Back")
        assert "Main menu" in h.screen(3501)


async def test_a_forged_pair_id_is_not_available(session_factory):
    _, programme_id = await seed_programme(session_factory)
    _, other_programme = await seed_programme(session_factory, org="Other School", name="Theirs")
    first = await pair_invites(session_factory, programme_id, mentor="Maria", mentee="Giulia")
    others = await pair_invites(session_factory, other_programme, mentor="Olga", mentee="Oskar")
    async with Harness(session_factory) as h:
        maria = h.person(3601, "Maria")
        await join(h, maria, first[Role.MENTOR], later=False)
        async with session_factory() as session:
            maria_id = (await people.by_telegram_id(session, 3601)).id
            await make_pair(session, programme=programme_id, mentee="Luca", mentor_person=maria_id)
            await session.commit()
            theirs = (await session.scalars(select(Pair).where(Pair.programme_id == other_programme))).one()
        oskar = h.person(3602, "Oskar")
        await join(h, oskar, others[Role.MENTEE], later=False)
        await h.tap(oskar, "Slightly")

        await maria.send("/questionnaire")
        assert "Which pair?" in h.screen(3601)
        assert h.buttons(3601) == ["Inclusive teaching – Giulia", "Inclusive teaching – Luca", "‹ Back"]
        await h.tap_forged(maria, "Inclusive teaching – Giulia", theirs.id)
        assert h.callback_answers()[-1] == "This is not available to you."
        assert "Which pair?" in h.screen(3601)  # nothing opened
        await h.tap(maria, "Inclusive teaching – Luca")
        assert "Luca has not completed it yet" in h.screen(3601)
        await h.tap(maria, "‹ Back")
        assert "Which pair?" in h.screen(3601)


async def test_followup_at_the_end_and_the_before_and_after_view(session_factory):
    codes = await teacher_pair(session_factory)
    async with Harness(session_factory) as h:
        giulia = h.person(3701, "Giulia")
        await join(h, giulia, codes[Role.MENTEE], later=False)
        await answer_all_teacher_items(
            h, giulia, ["Slightly", "Rarely", "Not at all", "Never", "Slightly"], "Differentiation"
        )
        await h.tap(giulia, "✔ Confirm")
        await h.tap(giulia, "📊 Your answers")
        assert "1. Awareness and knowledge: Slightly" in h.screen(3701)
        await h.tap(giulia, "‹ Back")
        home = h.screen(3701)
        assert "Before the mentoring: ✅ completed" in home
        assert "you will answer the same questions again" in home

        await set_stage(session_factory, Stage.TRANSITION)
        await giulia.send("/questionnaire")
        screen = h.screen(3701)
        assert "Your mentoring is coming to an end" in screen and "Question 1 of 6" in screen
        await h.tap(giulia, "Prefer not to say")
        await answer_all_teacher_items(h, giulia, ["Often", "Fairly", "Sometimes", "Very much"], "Co-design")
        await h.tap(giulia, "✔ Confirm")
        await h.tap(giulia, "📊 Before and after")
        view = h.screen(3701)
        assert "Before and after" in view
        assert "1. Awareness and knowledge\nSlightly → Prefer not to say" in view
        assert "2. Practical application\nRarely → Often" in view
        assert "5. Self-assessment of impact\nSlightly → Very much" in view
        assert "6. Open-ended question\nBefore: “Differentiation”\nAt the end: “Co-design”" in view
        await h.tap(giulia, "‹ Back")
        assert "At the end: ✅ completed" in h.screen(3701)

    assert await completed(session_factory, Phase.FOLLOWUP)
    assert (await stored(session_factory, Phase.BASELINE))["2"] == (1, None, None, False)  # kept as it was
    assert (await stored(session_factory, Phase.FOLLOWUP))["2"] == (3, None, None, False)


async def test_student_intake_with_several_hopes(session_factory):
    _, programme_id = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT, name="Peer support")
    codes = await pair_invites(session_factory, programme_id, mentor="Elena", mentee="Ivo", minor=True)
    async with Harness(session_factory) as h:
        ivo = h.person(3801, "Ivo")
        await join(h, ivo, codes[Role.MENTEE], later=False)
        screen = h.screen(3801)
        assert "Hi! Two quick questions" in screen and "Getting started · Question 1 of 2" in screen
        assert "What do you hope to get from having a peer mentor? Pick all that fit." in screen
        hopes = [
            "Help with schoolwork",
            "Help to reach an educational goal",
            "Someone to talk to about things that matter to me",
            "Something else",
        ]
        assert h.buttons(3801) == [*hopes, "Next ›", *NAV]
        await h.tap(ivo, "Next ›")
        assert h.callback_answers()[-1] == "Pick at least one, or tap “Prefer not to say”."
        await h.tap(ivo, "Help with schoolwork")
        await h.tap(ivo, "Someone to talk to about things that matter to me")
        await h.tap(ivo, "Something else")
        await h.tap(ivo, "✓ Something else")  # changed his mind
        assert h.buttons(3801)[:4] == ["✓ " + hopes[0], hopes[1], "✓ " + hopes[2], hopes[3]]
        await h.tap(ivo, "Next ›")
        assert "Question 2 of 2" in h.screen(3801) and "up to 300 characters" in h.screen(3801)
        await ivo.send("y" * 301)
        assert h.last_reply(3801) == "That is 301 characters; please keep it under 300."
        await ivo.send("Pass maths and feel less alone")
        summary = h.screen(3801)
        assert (
            "1. What you hope for: Help with schoolwork and Someone to talk to about things that matter to me"
            in summary
        )
        assert "2. Your goals: “Pass maths and feel less alone”" in summary
        await h.tap(ivo, "✔ Confirm")
        assert "Elena sees only that you have completed the questionnaire" in h.screen(3801)

    assert await stored(session_factory) == {
        "hopes": (None, "0,2", None, False),
        "goals": (None, None, "Pass maths and feel less alone", False),
    }


async def test_menu_lines_show_progress_to_the_mentee_and_only_completion_to_the_mentor(session_factory):
    codes = await teacher_pair(session_factory)
    async with Harness(session_factory) as h:
        for user_id, role in ((3901, Role.MENTOR), (3902, Role.MENTEE)):
            await join(h, h.person(user_id), codes[role], later=False)
        await h.tap(h.person(3902), "Fairly")
        await h.tap(h.person(3902), "Often")
    core = i18n_core()
    await core.startup()
    i18n = I18nContext("en", core, manager=None, data={})  # type: ignore[arg-type]
    async with session_factory() as session:
        mentor_view = (await pairs.views_for_person(session, 1))[0]
        mentee_view = (await pairs.views_for_person(session, 2))[0]
        assert await menu_lines(session, i18n, mentee_view) == [
            "📝 Questionnaire – Before the mentoring: 2 of 6 answered"
        ]
        assert await menu_lines(session, i18n, mentor_view) == [
            "📝 Questionnaire – Before the mentoring: Giulia has not completed it yet"
        ]


async def test_the_closure_flow_opens_the_followup_of_the_ended_pair(session_factory):
    codes = await teacher_pair(session_factory)
    async with Harness(session_factory) as h:
        giulia = h.person(4001, "Giulia")
        await join(h, giulia, codes[Role.MENTEE], later=False)
        await answer_all_teacher_items(
            h, giulia, ["Slightly", "Rarely", "Fairly", "Never", "Fairly"], "Assessment"
        )
        await h.tap(giulia, "✔ Confirm")
        await h.tap(giulia, "✔ Done")
        await h.tap(giulia, "🏁 Ending and looking back")
        await h.tap(giulia, "The programme has ended")
        await h.tap(giulia, "✔ End the mentoring")
        await h.tap(giulia, "📝 The questionnaire again .*")
        screen = h.screen(4001)
        assert "Your mentoring is coming to an end" in screen and "Question 1 of 6" in screen
        await answer_all_teacher_items(
            h, giulia, ["Fairly", "Often", "Very much", "Sometimes", "Fairly"], "Nothing"
        )
        await h.tap(giulia, "✔ Confirm")
        await h.tap(giulia, "📊 Before and after")
        assert "3. Tools and strategies\nFairly → Very much" in h.screen(4001)
        await h.tap(giulia, "‹ Back")
        await h.tap(giulia, "‹ Back")
        assert "Looking back" in h.screen(4001)  # back in the closure flow that opened it

        await giulia.send("/questionnaire")  # the ended pair's questionnaire stays hers to look at
        home = h.screen(4001)
        assert "Before the mentoring: ✅ completed" in home and "At the end: ✅ completed" in home
    async with session_factory() as session:
        assert (await session.scalars(select(Pair))).one().ended_at is not None
    assert await completed(session_factory, Phase.FOLLOWUP)
