"""Reflection prompts that fit the stage (seed 002 plan steps, seed 003 stage questions); private answers."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import Pair, ProgrammeKind, Reflection, Stage
from storage.repo import reflections
from storage.timeutil import utcnow
from tests.harness import Harness, Person
from tests.pairs import join_pair

MENTEE, MENTOR = 8001, 8002


async def pair_of(h: Harness, kind: ProgrammeKind) -> tuple[Person, Person]:
    """(mentee, mentor): Giulia, the first to join, and Maria."""
    name = "Inclusive teaching" if kind is ProgrammeKind.TEACHER else "Peer support"
    maria, giulia = await join_pair(
        h, MENTOR, MENTEE, kind=kind, programme_name=name, mentee="Giulia", mentee_first=True, later=False
    )
    return giulia, maria


async def set_stage(factory: async_sessionmaker[AsyncSession], stage: Stage) -> None:
    async with factory() as session:
        await session.execute(update(Pair).values(stage=stage))
        await session.commit()


async def stored(factory: async_sessionmaker[AsyncSession]) -> list[tuple[str, Stage, str]]:
    async with factory() as session:
        rows = (await session.scalars(select(Reflection).order_by(Reflection.id))).all()
    return [(row.prompt, row.stage, row.text) for row in rows]


async def test_teacher_prompts_are_the_development_plan_steps_of_the_stage(session_factory):
    async with Harness(session_factory) as h:
        giulia, _ = await pair_of(h, ProgrammeKind.TEACHER)
        await giulia.send("/reflect")
        screen = h.screen(MENTEE)
        assert "Reflect · Inclusive teaching\nStage: Setting up – getting to know each other" in screen
        assert "These action steps of your individual development plan fit this stage." in screen
        assert "your mentor and the coordinators do not see it" in screen
        assert h.buttons(MENTEE) == [
            "Identifying Areas for Improvement",
            "Seeking Mentorship",
            "📚 My reflections (0)",
            "‹ Back",
        ]
        await h.tap(giulia, "Seeking Mentorship")
        assert h.screen(MENTEE).startswith(
            "Seeking Mentorship\n"
            "Identify possibilities for receiving guidance from a mentor or a more experienced teacher. "
            "A mentor can provide personal insights, advice, and feedback to help improve teaching "
            "competence.\n"
            "What have I not been able to implement, and why? What can I do to change this?\n"
        )
        assert "Write your answer and send it as one message, up to 2,000 characters." in h.screen(MENTEE)
        await h.tap(giulia, "‹ Back")

        await set_stage(session_factory, Stage.SUSTAIN)
        await giulia.send("/reflect")
        assert "Stage: Sustain" in h.screen(MENTEE)
        assert h.buttons(MENTEE)[:2] == ["Implementing Changes", "Contributions in peer-to-peer guidance"]
        await h.tap(giulia, "Implementing Changes")
        assert (
            "Describe your application of new learning and techniques in the classroom. Reflect on their "
            "effectiveness and potential adjustments.\n"
            "Which challenges have I faced in implementing these strategies, and why? What can I do to "
            "overcome these challenges in the future?"
        ) in h.screen(MENTEE)


async def test_student_prompts_are_the_stage_questions_of_seed_003(session_factory):
    async with Harness(session_factory) as h:
        giulia, _ = await pair_of(h, ProgrammeKind.STUDENT)
        await set_stage(session_factory, Stage.ENGAGE)
        await giulia.send("/reflect")
        assert "These questions fit this stage of your mentoring." in h.screen(MENTEE)
        assert h.buttons(MENTEE)[:3] == ["Your mission", "Your goals", "Your objectives"]
        await h.tap(giulia, "Your mission")
        assert "Your mission: where do you want to get to? (the “destination”)" in h.screen(MENTEE)
        await h.tap(giulia, "‹ Back")
        await h.tap(giulia, "Your objectives")
        assert "Your objectives: what is one small, concrete thing to do next?" in h.screen(MENTEE)
        await h.tap(giulia, "‹ Back")

        await set_stage(session_factory, Stage.TRANSITION)
        await giulia.send("/reflect")
        assert h.buttons(MENTEE)[:2] == ["What went well", "What you learned"]
        await h.tap(giulia, "What you learned")
        assert "What did you learn – about schoolwork, about others, about yourself?" in h.screen(MENTEE)
        await giulia.send("That asking for help is fine.")
        assert "Saved: your answer to “What you learned”" in h.screen(MENTEE)
    assert await stored(session_factory) == [
        ("stage-transition-learned", Stage.TRANSITION, "That asking for help is fine.")
    ]


async def test_answers_are_listed_back_read_in_full_and_deleted(session_factory):
    async with Harness(session_factory) as h:
        giulia, _ = await pair_of(h, ProgrammeKind.TEACHER)
        await giulia.send("/reflect")
        await h.tap(giulia, "Seeking Mentorship")
        await giulia.send("  First: ask Maria <today>.\n\nSecond: observe a class.  ")
        assert "✓ Saved: your answer to “Seeking Mentorship”" in h.screen(MENTEE)
        await h.tap(giulia, "💭 Another question")
        assert "✓ Seeking Mentorship" in h.buttons(MENTEE)  # answered, and can be answered again
        await h.tap(giulia, "✓ Seeking Mentorship")
        await giulia.send("Again, later.")
        await h.tap(giulia, r"📚 My reflections \(2\)")
        listed = h.screen(MENTEE)
        assert "My reflections · 2 · page 1 of 1\nNewest first." in listed
        assert "1. " in listed and " · Seeking Mentorship\n“Again, later.”" in listed
        assert "Seeking Mentorship\n“First: ask Maria <today>. Second: observe a class.”" in listed
        assert h.buttons(MENTEE) == ["1 · Seeking Mentorship", "2 · Seeking Mentorship", "‹ Back"]
        await h.tap(giulia, "2 · Seeking Mentorship")  # the older one
        read = h.screen(MENTEE)
        assert "Seeking Mentorship · " in read and " · Setting up" in read
        assert "First: ask Maria <today>.\n\nSecond: observe a class." in read  # line breaks kept
        await h.tap(giulia, "🗑 Delete")
        assert "Delete your answer to “Seeking Mentorship”" in h.screen(MENTEE)
        await h.tap(giulia, "‹ Back")
        assert "First: ask Maria" in h.screen(MENTEE)
        await h.tap(giulia, "🗑 Delete")
        await h.tap(giulia, "Yes, delete it")
        assert h.callback_answers()[-1] == "Deleted."
        assert "My reflections · 1 · page 1 of 1" in h.screen(MENTEE)
        await h.tap(giulia, "‹ Back")
        await h.tap(giulia, "‹ Back")
        assert "Main menu" in h.screen(MENTEE)
    assert [text for _, _, text in await stored(session_factory)] == ["Again, later."]


async def test_many_reflections_come_a_page_at_a_time_newest_first(session_factory):
    async with Harness(session_factory) as h:
        giulia, _ = await pair_of(h, ProgrammeKind.TEACHER)
        async with session_factory() as session:
            pair = (await session.scalars(select(Pair))).one()
            assert pair.mentee_id is not None
            for number in range(7):
                await reflections.add(
                    session,
                    person_id=pair.mentee_id,
                    pair_id=pair.id,
                    prompt="idp-1" if number == 6 else "idp-4",
                    text=f"answer {number}",
                    now=utcnow() - timedelta(days=10 - number),
                )
            await session.commit()
        await giulia.send("/reflect")
        await h.tap(giulia, r"📚 My reflections \(7\)")
        assert "page 1 of 2" in h.screen(MENTEE)
        assert h.buttons(MENTEE)[0] == "1 · Identifying Areas for Improvement"  # the newest
        assert h.buttons(MENTEE)[5:] == ["Older »", "‹ Back"]
        assert "“answer 6”" in h.screen(MENTEE) and "“answer 1”" not in h.screen(MENTEE)
        await h.tap(giulia, "Older »")
        assert "page 2 of 2" in h.screen(MENTEE)
        assert h.buttons(MENTEE) == ["6 · Seeking Mentorship", "7 · Seeking Mentorship", "« Newer", "‹ Back"]
        assert "“answer 0”" in h.screen(MENTEE)
        await h.tap(giulia, "« Newer")
        assert "page 1 of 2" in h.screen(MENTEE)


async def test_wrong_input_is_explained_and_nothing_is_stored(session_factory):
    async with Harness(session_factory) as h:
        giulia, _ = await pair_of(h, ProgrammeKind.STUDENT)
        await giulia.send("/reflect")
        await h.tap(giulia, "Your mission")
        await giulia.send("x" * 2001)
        assert h.last_reply(MENTEE) == "That is 2,001 characters; please keep it under 2,000."
        await giulia.send_sticker()
        assert h.last_reply(MENTEE) == "Please send this as a text message."
        assert "Your mission: where do you want to get to?" in h.screen(MENTEE)  # still waiting
    assert await stored(session_factory) == []


async def test_reflections_are_private_and_forged_ids_are_not_available(session_factory):
    async with Harness(session_factory) as h:
        giulia, maria = await pair_of(h, ProgrammeKind.TEACHER)
        await giulia.send("/reflect")
        await h.tap(giulia, "Seeking Mentorship")
        await giulia.send("Only for me.")
        async with session_factory() as session:
            hers = (await session.scalars(select(Reflection))).one()

        await maria.send("/reflect")
        assert "your mentee and the coordinators do not see it" in h.screen(MENTOR)
        assert "📚 My reflections (0)" in h.buttons(MENTOR)  # the mentee's answer is not hers to see
        await h.tap_forged(maria, "Seeking Mentorship", "idp-10")  # a step of another stage
        assert h.callback_answers()[-1] == "This is not available to you."
        await h.tap(maria, "Identifying Areas for Improvement")
        await maria.send("Mine.")
        await h.tap(maria, r"📚 My reflections \(1\)")
        assert "Only for me." not in h.screen(MENTOR)
        await h.tap_forged(maria, "1 · Identifying Areas for Improvement", hers.id)
        assert h.callback_answers()[-1] == "This is not available to you."
        assert "My reflections · 1" in h.screen(MENTOR) and "Only for me." not in h.screen(MENTOR)
    assert [text for _, _, text in await stored(session_factory)] == ["Only for me.", "Mine."]


async def test_the_chosen_question_waits_after_leaving_and_after_a_restart(session_factory):
    async with Harness(session_factory) as before:
        giulia, _ = await pair_of(before, ProgrammeKind.TEACHER)
        await giulia.send("/reflect")
        await before.tap(giulia, "Seeking Mentorship")
        await giulia.send("/menu")  # left in the middle of writing
        assert "Main menu" in before.screen(MENTEE)
        await giulia.send("/reflect")
        assert before.screen(MENTEE).startswith("Seeking Mentorship\n")  # the question waited
    async with Harness(session_factory) as after:
        giulia = after.person(MENTEE, "Giulia")
        await giulia.send("Written after the restart.")
        assert "Saved: your answer to “Seeking Mentorship”" in after.screen(MENTEE)
        await giulia.send("/reflect")  # answered: the list again, not the question
        assert "✓ Seeking Mentorship" in after.buttons(MENTEE)
        await after.tap(giulia, "Identifying Areas for Improvement")
        await after.tap(giulia, "‹ Back")  # chose not to answer: forgotten
        await giulia.send("/reflect")
        assert "Pick one to write about" in after.screen(MENTEE)
    assert await stored(session_factory) == [("idp-4", Stage.SETTING_UP, "Written after the restart.")]
