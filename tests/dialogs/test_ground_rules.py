"""Ground rules, the mentor agreement and the move to Engage, as the mentor and the mentee live them."""

from __future__ import annotations

import re

from aiogram_i18n import I18nContext
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import i18n_core
from dialogs import ground_rules as flow
from storage.models import GroundRule, Pair, ProgrammeKind, Role, Stage, StageChange
from storage.repo import pairs, stages
from tests.harness import Harness, Person, join, pair_invites, seed_programme
from tests.pairs import join_pair

MARIA, IVAN = 3001, 3002

# Seed 002, "Agreement for mentors and leaders of peer-to-peer programs", word for word
SEED_002_AGREEMENT = (
    "Agreement for mentors and leaders of peer-to-peer programs: Supporting transitions from teacher "
    "education to teaching profession",
    "As mentor/leader you agree to:",
    "1. Provide an induction phase where mentoring is prioritized in a systematic way during the first years "
    "of teaching",
    "2. In the first academic year, design a personalized mentoring plan for the mentee (including an "
    "assessment of current competencies, needs for professional development, targets for development, and "
    "opportunities for continuous meta-reflection on process and outcome)",
    "3. Introduce the mentee to the institution in ways that acknowledge the mentee as an important resource "
    "and contributor in the professional community",
    "4. Create spaces that secure professional opportunities for the mentee to collaborate and engage in "
    "joint planning with more experienced colleagues",
    "5. Facilitate opportunities for the mentee to participate in further professional development programs",
    "6. Meet with the mentee regularly, if possible at least once a week, for discussions, support, "
    "feedback, advice and guidance",
)


async def tap(h: Harness, who: Person, label: str) -> None:
    """Press the button with exactly this text."""
    await h.tap(who, re.escape(label))


async def joined_pair(h: Harness, kind: ProgrammeKind = ProgrammeKind.TEACHER) -> tuple[Person, Person]:
    return await join_pair(h, MARIA, IVAN, kind=kind)


async def open_rules(h: Harness, who: Person) -> None:
    await who.send("/menu")
    await tap(h, who, "🤝 Ground rules")


async def write_all_topics(h: Harness, who: Person) -> None:
    """The whole walk: a suggestion or own words per topic, one after the other."""
    await open_rules(h, who)
    await tap(h, who, "✏️ How often to meet?")
    assert "1 of 6. How often to meet?" in h.screen(who.chat.id)
    await tap(h, who, "Once a week")
    assert "2 of 6. Places/times to meet." in h.screen(who.chat.id)
    await tap(h, who, "At school, after lessons")
    await who.send("Message the other   the day before")
    await tap(h, who, "Just the two of us")
    assert "The limit:" in h.screen(who.chat.id) and "is at risk" in h.screen(who.chat.id)
    await tap(h, who, "It stays between us, unless someone is at risk")
    await tap(h, who, "Talk about it openly at our next meeting")
    assert "🤝 Ground rules" in h.screen(who.chat.id)  # back at the overview


async def stage_of(factory: async_sessionmaker[AsyncSession]) -> Stage:
    async with factory() as session:
        return (await session.scalars(select(Pair))).one().stage


async def test_teacher_pair_agrees_the_rules_and_the_mentor_agreement_and_moves_to_engage(session_factory):
    async with Harness(session_factory) as h:
        maria, ivan = await joined_pair(h)
        await write_all_topics(h, maria)
        overview = h.screen(MARIA)
        assert "Once a week (you," in overview and "Message the other the day before (you," in overview
        assert "Ivan has not agreed yet." in overview
        await tap(h, maria, "🤝 We agree")
        assert h.callback_answers()[-1] == "✔ Thank you – you agreed."
        assert "✔ You agreed." in h.screen(MARIA) and "🤝 We agree" not in h.buttons(MARIA)

        await open_rules(h, ivan)
        seen = h.screen(IVAN)  # the mentee sees the mentor's rules
        assert "Once a week (Maria," in seen and "✔ Maria agreed." in seen
        await tap(h, ivan, "🤝 We agree")
        assert h.callback_answers()[-1] == "✔ Thank you – you agreed."
        assert "You both agreed to these rules on" in h.screen(IVAN)
        assert await stage_of(session_factory) is Stage.SETTING_UP  # the mentor agreement is missing

        await tap(h, ivan, "📜 Mentor agreement")
        assert "✔ I agree" not in h.buttons(IVAN)  # the mentee reads it, only the mentor accepts it
        await tap(h, ivan, "‹ Back")

        await tap(h, maria, "📜 Mentor agreement")
        await tap(h, maria, "✔ I agree")
        assert h.callback_answers()[-1] == "🎉 Agreed! Your pair moves on to the stage “Engage”."
        assert "Stage: Engage" in h.screen(MARIA)
        assert "📜 Mentor agreement: accepted by you on" in h.screen(MARIA)

    assert await stage_of(session_factory) is Stage.ENGAGE
    async with session_factory() as session:
        change = (await session.scalars(select(StageChange))).one()
    assert (change.from_stage, change.to_stage, change.changed_by, change.reason) == (
        Stage.SETTING_UP,
        Stage.ENGAGE,
        None,
        stages.READY,
    )


async def test_the_mentor_agreement_is_shown_word_for_word(session_factory):
    async with Harness(session_factory) as h:
        maria, _ = await joined_pair(h)
        await open_rules(h, maria)
        await tap(h, maria, "📜 Mentor agreement")
        screen = h.screen(MARIA)
        for text in SEED_002_AGREEMENT:
            assert text in screen
        assert "Name of Mentor: Maria\nName of Mentee: Ivan" in screen


async def test_student_pair_needs_no_mentor_agreement_and_either_side_writes(session_factory):
    async with Harness(session_factory) as h:
        maria, ivan = await joined_pair(h, kind=ProgrammeKind.STUDENT)
        await write_all_topics(h, ivan)
        assert "📜 Mentor agreement" not in h.buttons(IVAN)
        await tap(h, ivan, "🤝 We agree")
        await open_rules(h, maria)
        assert "Once a week (Ivan," in h.screen(MARIA)
        await tap(h, maria, "🤝 We agree")
        assert h.callback_answers()[-1] == "🎉 Agreed! Your pair moves on to the stage “Engage”."
        assert "Stage: Engage" in h.screen(MARIA)
    assert await stage_of(session_factory) is Stage.ENGAGE


async def test_a_changed_rule_clears_both_agreements_and_asks_again(session_factory):
    async with Harness(session_factory) as h:
        maria, ivan = await joined_pair(h, kind=ProgrammeKind.STUDENT)
        await write_all_topics(h, maria)
        await tap(h, maria, "🤝 We agree")
        await open_rules(h, ivan)
        await tap(h, ivan, "🤝 We agree")

        await tap(h, ivan, "✔ How often to meet?")
        assert "Now: Once a week (Maria," in h.screen(IVAN)
        await ivan.send("Twice a week, Monday and Thursday")
        assert h.last_reply(IVAN) == "The rules changed, so you are both asked to agree again."
        assert "You have not agreed yet." in h.screen(IVAN) and "🤝 We agree" in h.buttons(IVAN)

        await open_rules(h, maria)
        seen = h.screen(MARIA)
        assert "Twice a week, Monday and Thursday (Ivan," in seen
        assert "You have not agreed yet." in seen and "Ivan has not agreed yet." in seen
        assert "🤝 We agree" in h.buttons(MARIA)
        await tap(h, maria, "✔ How often to meet?")
        await tap(h, maria, "‹ Back")  # looking is not changing: nothing to agree again
        assert "🤝 We agree" in h.buttons(MARIA)
    assert await stage_of(session_factory) is Stage.ENGAGE  # the stage stays where it was


async def test_going_back_changes_nothing(session_factory):
    async with Harness(session_factory) as h:
        maria, _ = await joined_pair(h)
        await open_rules(h, maria)
        await tap(h, maria, "✏️ Bringing friends to mentor meetings.")
        await tap(h, maria, "‹ Back")
        assert "6 topics are still open." in h.screen(MARIA)
        await tap(h, maria, "‹ Back")
        assert "Main menu" in h.screen(MARIA)
    async with session_factory() as session:
        assert (await session.scalars(select(GroundRule))).all() == []


async def test_leaving_and_resuming_after_a_restart(session_factory):
    async with Harness(session_factory) as before:
        maria, _ = await joined_pair(before)
        await open_rules(before, maria)
        await tap(before, maria, "✏️ How often to meet?")
        await tap(before, maria, "Twice a week")
        await maria.send("Library, Tuesdays at 14:00")
        assert "3 of 6. What to do if one partner" in before.screen(MARIA)

    async with Harness(session_factory) as after:  # a new process on the same database
        maria = after.person(MARIA, "Maria")
        await maria.send("Call the other person")  # the flow waits on topic 3, as it did before
        assert "4 of 6. Bringing friends to mentor meetings." in after.screen(MARIA)
        await maria.send("/menu")
        await tap(after, maria, "🤝 Ground rules")
        overview = after.screen(MARIA)
        assert "Twice a week (you," in overview and "Library, Tuesdays at 14:00 (you," in overview
        assert "Call the other person (you," in overview and "3 topics are still open." in overview
        await tap(after, maria, "✏️ Bringing friends to mentor meetings.")
        assert "4 of 6. Bringing friends to mentor meetings." in after.screen(MARIA)


async def test_overlong_text_and_a_sticker_are_refused(session_factory):
    async with Harness(session_factory) as h:
        maria, _ = await joined_pair(h)
        await open_rules(h, maria)
        await tap(h, maria, "✏️ Dealing with problems.")
        await maria.send("x" * 301)
        assert h.last_reply(MARIA) == "That is 301 characters; please keep it under 300."
        await maria.send_sticker()
        assert h.last_reply(MARIA) == "Please send this as a text message."
        assert "6 of 6. Dealing with problems." in h.screen(MARIA)  # still waiting for the rule
        await maria.send("y" * 300)
        assert "5 topics are still open." not in h.screen(MARIA)  # went on to the first open topic
    async with session_factory() as session:
        rule = (await session.scalars(select(GroundRule))).one()
    assert rule.topic == "problems" and rule.text == "y" * 300


async def test_forged_ids_are_not_available(session_factory):
    _, programme_id = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT)
    first = await pair_invites(session_factory, programme_id, mentor="Maria", mentee="Ivan")
    second = await pair_invites(session_factory, programme_id, mentor="Maria", mentee="Luca")
    strangers = await pair_invites(session_factory, programme_id, mentor="Elena", mentee="Ivo")
    async with Harness(session_factory) as h:
        maria = h.person(MARIA, "Maria")
        await join(h, maria, first[Role.MENTOR])
        await maria.send(f"/start {second[Role.MENTOR]}")  # Maria mentors two pupils
        await join(h, h.person(3003, "Elena"), strangers[Role.MENTOR])
        async with session_factory() as session:
            theirs = (await session.scalars(select(Pair).where(Pair.mentee_name == "Ivo"))).one().id

        await open_rules(h, maria)
        assert "Which pair are these ground rules for?" in h.screen(MARIA)
        await h.tap_forged(maria, ".* – Ivan", theirs)
        assert h.callback_answers()[-1] == "This is not available to you."
        assert "Which pair are these ground rules for?" in h.screen(MARIA)

        await h.tap(maria, ".* – Ivan")
        await h.tap_forged(maria, re.escape("✏️ How often to meet?"), "salary")
        assert h.callback_answers()[-1] == "This is not available to you."
        await tap(h, maria, "✏️ How often to meet?")
        await h.tap_forged(maria, "Once a week", 7)
        assert h.callback_answers()[-1] == "This is not available to you."
        assert "1 of 6. How often to meet?" in h.screen(MARIA)
    async with session_factory() as session:
        assert (await session.scalars(select(GroundRule))).all() == []


async def test_menu_lines_say_where_the_rules_are(session_factory):
    core = i18n_core()
    await core.startup()
    i18n = I18nContext("en", core, None, {})  # type: ignore[arg-type]
    async with Harness(session_factory) as h:
        maria, ivan = await joined_pair(h)

        async def lines(person_id: int) -> list[str]:
            async with session_factory() as session:
                member = (await session.scalars(select(Pair))).one()
                me = member.mentor_id if person_id == MARIA else member.mentee_id
                (view,) = await pairs.views_for_person(session, me)  # type: ignore[arg-type]
                return await flow.menu_lines(session, i18n, view)

        assert await lines(MARIA) == [
            "🤝 Ground rules: not agreed yet – open 🤝 Ground rules",
            "📜 Mentor agreement: not accepted yet – open 🤝 Ground rules",
        ]
        assert await lines(IVAN) == ["🤝 Ground rules: not agreed yet – open 🤝 Ground rules"]
        await write_all_topics(h, maria)
        await tap(h, maria, "🤝 We agree")
        assert await lines(MARIA) == [
            "🤝 Ground rules: waiting for Ivan to agree",
            "📜 Mentor agreement: not accepted yet – open 🤝 Ground rules",
        ]
        await open_rules(h, ivan)
        await tap(h, ivan, "🤝 We agree")
        (line,) = await lines(IVAN)
        assert line.startswith("🤝 Ground rules: agreed on ")
