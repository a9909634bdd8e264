"""Goals: the mentee sets a mission, goals and objectives and marks progress; the mentor reads them."""

from __future__ import annotations

from typing import Any

from aiogram_i18n import I18nContext
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import i18n_core
from dialogs import goals as goals_flow
from storage.models import Goal, GoalKind, Pair, ProgrammeKind, Role
from storage.repo import goals, pairs
from tests.harness import Harness, Person, join, pair_invites, seed_programme
from tests.pairs import join_pair, make_pair


async def student_pair(h: Harness, mentee_id: int = 7001, mentor_id: int = 7002) -> tuple[Person, Person]:
    """(mentee, mentor): Ivo and Elena of "Peer support", Ivo the first to join."""
    elena, ivo = await join_pair(
        h,
        mentor_id,
        mentee_id,
        kind=ProgrammeKind.STUDENT,
        programme_name="Peer support",
        mentor="Elena",
        mentee="Ivo",
        mentee_first=True,
        later=False,
    )
    return ivo, elena


async def stored_goals(factory: async_sessionmaker[AsyncSession]) -> list[tuple[str, str, int]]:
    async with factory() as session:
        rows = (await session.scalars(select(Goal).order_by(Goal.id))).all()
    return [(goal.kind.value, goal.text, goal.progress) for goal in rows]


async def add(h: Harness, who: Person, button: str, text: str) -> None:
    await h.tap(who, button)
    await who.send(text)


async def test_mentee_sets_goals_marks_progress_and_the_mentor_sees_them_read_only(session_factory):
    async with Harness(session_factory) as h:
        ivo, elena = await student_pair(h)
        await ivo.send("/goals")
        overview = h.screen(7001)
        assert "Your goals · Peer support" in overview
        assert "The mission is the destination" in overview and "Mission: not set yet" in overview
        assert h.buttons(7001) == ["➕ Mission", "➕ Goal", "➕ Objective", "‹ Back"]

        await h.tap(ivo, "➕ Mission")
        assert "Your mission: where do you want to get to?" in h.screen(7001)
        assert "Send it as one message, up to 200 characters." in h.screen(7001)
        await ivo.send("Finish 10th grade   with no failing marks")
        await add(h, ivo, "➕ Goal", "Pass maths <for real>")
        await add(h, ivo, "➕ Objective", "Do the homework every Monday")
        overview = h.screen(7001)
        assert "Mission: Finish 10th grade with no failing marks" in overview
        assert "Goals (1 of at most 5)\n1. Pass maths <for real> – Not started" in overview
        assert "Objectives (1 of at most 10)\n1. Do the homework every Monday – Not started" in overview
        assert "➕ Mission" not in h.buttons(7001)  # one mission only

        await h.tap(ivo, "🏁 Pass maths <for real> · 0%")
        assert "Progress: Not started (0%)" in h.screen(7001)
        assert h.buttons(7001)[:5] == ["✓ Not started", "Under way", "Halfway", "Nearly there", "Done"]
        await h.tap(ivo, "Halfway")
        assert "Progress: Halfway (50%)" in h.screen(7001) and "✓ Halfway" in h.buttons(7001)
        await h.tap(ivo, "‹ Back")
        assert "1. Pass maths <for real> – Halfway" in h.screen(7001)
        await h.tap(ivo, "👣 Do the homework every Monday · 0%")
        await h.tap(ivo, "Done")
        await h.tap(ivo, "‹ Back")

        await elena.send("/goals")
        seen = h.screen(7002)
        assert "Ivo's goals · Peer support" in seen
        assert "Mission: Finish 10th grade with no failing marks" in seen
        assert (
            "1. Pass maths <for real> – Halfway" in seen and "1. Do the homework every Monday – Done" in seen
        )
        assert "Only Ivo can change these goals" in seen
        assert h.buttons(7002) == ["‹ Back"]  # read-only: nothing to add, nothing to tap
        await h.tap(elena, "‹ Back")
        assert "Main menu" in h.screen(7002)

    assert await stored_goals(session_factory) == [
        ("mission", "Finish 10th grade with no failing marks", 0),
        ("goal", "Pass maths <for real>", 50),
        ("objective", "Do the homework every Monday", 100),
    ]


async def test_change_wording_and_remove_with_a_way_back_at_every_step(session_factory):
    async with Harness(session_factory) as h:
        ivo, _ = await student_pair(h)
        await ivo.send("/goals")
        await h.tap(ivo, "➕ Goal")
        await h.tap(ivo, "‹ Back")  # changed my mind: nothing stored
        assert await stored_goals(session_factory) == []
        await add(h, ivo, "➕ Goal", "Read one book")
        await h.tap(ivo, "🏁 Read one book · 0%")
        await h.tap(ivo, "✏️ Change the wording")
        assert "Now: “Read one book”" in h.screen(7001)
        await h.tap(ivo, "‹ Back")
        assert "Your goal" in h.screen(7001)
        await h.tap(ivo, "✏️ Change the wording")
        await ivo.send("Read two books")
        assert "Read two books" in h.screen(7001) and "Progress:" in h.screen(7001)
        await h.tap(ivo, "🗑 Remove")
        assert "Remove “Read two books”? It cannot be brought back." in h.screen(7001)
        await h.tap(ivo, "‹ Back")
        assert await stored_goals(session_factory) == [("goal", "Read two books", 0)]
        await h.tap(ivo, "🗑 Remove")
        await h.tap(ivo, "Yes, remove it")
        assert h.callback_answers()[-1] == "Removed."
        assert "Goals (0 of at most 5)\nNone yet." in h.screen(7001)
    assert await stored_goals(session_factory) == []


async def test_limits_on_length_number_and_kind_of_input(session_factory):
    async with Harness(session_factory) as h:
        ivo, _ = await student_pair(h)
        await ivo.send("/goals")
        await h.tap(ivo, "➕ Goal")
        await ivo.send("x" * 201)
        assert h.last_reply(7001) == "That is 201 characters; please keep it under 200."
        await ivo.send_sticker()
        assert h.last_reply(7001) == "Please send this as a text message."
        assert "A new goal" in h.screen(7001)  # still waiting for the words
        for number in range(1, 6):
            await ivo.send(f"Goal {number}")
            if number < 5:
                await h.tap(ivo, "➕ Goal")
        await h.tap(ivo, "➕ Goal")
        assert h.callback_answers()[-1].startswith("You have 5 goals already, the most there can be.")
        assert "Goals (5 of at most 5)" in h.screen(7001)  # still on the overview
    assert len(await stored_goals(session_factory)) == 5


async def test_the_limit_holds_even_when_reached_while_the_words_were_being_typed(session_factory):
    async with Harness(session_factory) as h:
        ivo, _ = await student_pair(h)
        await ivo.send("/goals")
        await h.tap(ivo, "➕ Mission")
        async with session_factory() as session:
            pair = (await session.scalars(select(Pair))).one()
            await goals.add(
                session,
                pair_id=pair.id,
                person_id=pair.mentee_id,
                kind=GoalKind.MISSION,
                text="Typed elsewhere",
            )
            await session.commit()
        await ivo.send("A second mission")
        assert (
            h.last_reply(7001) == "You have a mission already. Change its wording instead of adding another."
        )
        assert "Mission: Typed elsewhere" in h.screen(7001)
    assert await stored_goals(session_factory) == [("mission", "Typed elsewhere", 0)]


async def test_another_pairs_goal_is_not_available_and_stays_unchanged(session_factory):
    async with Harness(session_factory) as h:
        ivo, _ = await student_pair(h)
        _, programme_id = await seed_programme(session_factory, org="Other School", name="Theirs")
        codes = await pair_invites(session_factory, programme_id, mentor="Zeynep", mentee="Emre")
        emre = h.person(7101, "Emre")
        await join(h, emre, codes[Role.MENTEE], later=False)
        await emre.send("/goals")
        await add(h, emre, "➕ Goal", "Emre's own goal")
        async with session_factory() as session:
            theirs = (await session.scalars(select(Goal))).one()

        await ivo.send("/goals")
        await add(h, ivo, "➕ Goal", "Mine")
        await h.tap_forged(ivo, "🏁 Mine · 0%", theirs.id)
        assert h.callback_answers()[-1] == "This is not available to you."
        assert "Your goals" in h.screen(7001)  # nothing opened
        await h.tap(ivo, "🏁 Mine · 0%")
        await h.tap_forged(ivo, "Halfway", 33)  # not a step of the scale
        assert h.callback_answers()[-1] == "This is not available to you."
    assert await stored_goals(session_factory) == [("goal", "Emre's own goal", 0), ("goal", "Mine", 0)]


async def test_a_mentor_with_two_mentees_picks_the_pair_and_cannot_forge_another(session_factory):
    _, programme_id = await seed_programme(session_factory, name="Inclusive teaching")
    first = await pair_invites(session_factory, programme_id, mentor="Maria", mentee="Giulia")
    _, other_programme = await seed_programme(session_factory, org="Other School", name="Theirs")
    stranger = await pair_invites(session_factory, other_programme, mentor="Zeynep", mentee="Emre")
    async with Harness(session_factory) as h:
        maria, giulia = h.person(7201, "Maria"), h.person(7202, "Giulia")
        await join(h, maria, first[Role.MENTOR], later=False)
        await join(h, giulia, first[Role.MENTEE], later=False)
        await join(h, h.person(7204, "Emre"), stranger[Role.MENTEE], later=False)
        async with session_factory() as session:
            mine = (await session.scalars(select(Pair).where(Pair.mentee_name == "Giulia"))).one()
            second = await make_pair(
                session, programme=programme_id, mentee="Luca", mentor_person=mine.mentor_id
            )
            theirs = (await session.scalars(select(Pair).where(Pair.mentee_name == "Emre"))).one()
            await session.commit()
        await giulia.send("/goals")
        await add(h, giulia, "➕ Goal", "Try peer observation")

        await maria.send("/goals")
        assert "Which pair?" in h.screen(7201)
        assert h.buttons(7201) == ["Inclusive teaching – Giulia", "Inclusive teaching – Luca", "‹ Back"]
        await h.tap_forged(maria, "Inclusive teaching – Luca", theirs.id)
        assert h.callback_answers()[-1] == "This is not available to you."
        assert "Which pair?" in h.screen(7201)
        await h.tap(maria, "Inclusive teaching – Giulia")
        assert "Giulia's goals" in h.screen(7201) and "1. Try peer observation – Not started" in h.screen(
            7201
        )
        await h.tap(maria, "👥 Another pair")
        await h.tap(maria, "Inclusive teaching – Luca")
        assert "Luca's goals" in h.screen(7201) and "Goals (0 of at most 5)" in h.screen(7201)
        assert second.id != mine.id


async def test_leaving_in_the_middle_and_coming_back_after_a_restart(session_factory):
    async with Harness(session_factory) as before:
        ivo, _ = await student_pair(before)
        await ivo.send("/goals")
        await add(before, ivo, "➕ Goal", "Stored at once")
        await before.tap(ivo, "➕ Objective")
    async with Harness(session_factory) as after:
        ivo = after.person(7001, "Ivo")
        await ivo.send("Ask the teacher on Friday")  # the window waiting for it survived the restart
        assert "1. Ask the teacher on Friday – Not started" in after.screen(7001)
        await ivo.send("/menu")
        await ivo.send("/goals")  # opened again: continues from what is stored
        assert "1. Stored at once – Not started" in after.screen(7001)
    assert await stored_goals(session_factory) == [
        ("goal", "Stored at once", 0),
        ("objective", "Ask the teacher on Friday", 0),
    ]


async def _english() -> I18nContext:
    core = i18n_core()
    await core.startup()
    return I18nContext(locale="en", core=core, manager=None, data={})  # type: ignore[arg-type]


async def test_menu_lines_show_the_mission_and_how_many_goals_are_done(session_factory):
    _, programme_id = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT)
    await pair_invites(session_factory, programme_id)
    i18n = await _english()
    async with session_factory() as session:
        pair = (await session.scalars(select(Pair))).one()
        view: Any = pairs.PairView(
            pair.id, programme_id, "P", ProgrammeKind.STUDENT, Role.MENTOR, "Ivo", True, pair.stage
        )
        assert await goals_flow.menu_lines(session, i18n, view) == ["🎯 No goals yet"]
        for kind, text, progress in (
            (GoalKind.MISSION, "Finish school & find <my> way " + "x" * 80, 0),
            (GoalKind.GOAL, "a", 100),
            (GoalKind.GOAL, "b", 50),
            (GoalKind.OBJECTIVE, "c", 100),
        ):
            session.add(Goal(pair_id=pair.id, kind=kind, text=text, progress=progress))
        await session.flush()
        lines = await goals_flow.menu_lines(session, i18n, view)
    assert lines[0].startswith("🧭 Mission: Finish school &amp; find &lt;my&gt; way xx") and lines[
        0
    ].endswith("…")
    assert lines[1] == "🎯 Goals: 2 of 3 done"
