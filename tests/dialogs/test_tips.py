"""/tips: the online-safety tips on demand, page by page, in the wording for students or teachers."""

from __future__ import annotations

from aiogram_dialog.test_tools.keyboard import InlineButtonTextLocator
from sqlalchemy import update

from storage.models import Person, ProgrammeKind, Role
from tests.harness import Harness, coordinator_invite, join, pair_invites, seed_programme
from tests.pairs import make_pair


async def student_pair(factory) -> dict[Role, str]:
    made = await make_pair(
        factory,
        kind=ProgrammeKind.STUDENT,
        programme_name="Peer support",
        mentor="Elena",
        mentee="Ivo",
        invite_days=7,
    )
    return made.codes


async def test_a_student_pages_through_the_tips_and_can_report_a_concern(session_factory):
    codes = await student_pair(session_factory)
    async with Harness(session_factory) as h:
        ivo = h.person(6501, "Ivo")
        await join(h, ivo, codes[Role.MENTEE])
        await ivo.send("/tips")
        first = h.screen(6501)
        assert first.startswith("🛡 Online-safety tip 1 of 8\n\nSomething online upset you or felt weird?")
        assert h.buttons(6501) == ["« Previous", "Next »", "🆘 Report a concern", "‹ Back"]
        await h.tap(ivo, "Next »")
        assert h.screen(6501).startswith("🛡 Online-safety tip 2 of 8\n\nSeen bullying")
        await h.tap(ivo, "« Previous")
        await h.tap(ivo, "« Previous")  # before the first comes the last
        assert h.screen(6501).startswith("🛡 Online-safety tip 8 of 8\n\nStaying safe online is a habit")

        await h.tap(ivo, "🆘 Report a concern")
        assert "Report a concern" in h.screen(6501) and "Only the coordinators of School One" in h.screen(
            6501
        )
        await h.tap(ivo, "✖ Cancel")
        assert h.screen(6501).startswith("🛡 Online-safety tip 8 of 8")
        await h.tap(ivo, "‹ Back")
        assert "Main menu" in h.screen(6501)


async def test_a_teacher_gets_the_teachers_wording_starting_from_the_last_tip_sent(session_factory):
    _, programme_id = await seed_programme(session_factory)
    codes = await pair_invites(session_factory, programme_id)
    async with Harness(session_factory) as h:
        maria = h.person(6601, "Maria")
        await join(h, maria, codes[Role.MENTOR])
        async with session_factory() as session:
            await session.execute(update(Person).where(Person.telegram_id == 6601).values(tips_seen=3))
            await session.commit()
        await maria.send("/tips")
        assert h.screen(6601).startswith(
            "🛡 Online-safety tip 3 of 8\n\nStay curious about your students' online world"
        )


async def test_typed_text_and_stickers_get_a_hint_and_a_restart_carries_on(session_factory):
    codes = await student_pair(session_factory)
    async with Harness(session_factory) as before:
        elena = before.person(6701, "Elena")
        await join(before, elena, codes[Role.MENTOR])
        await elena.send("/tips")
        await before.tap(elena, "Next »")
        await elena.send("x" * 5000)
        assert "I did not catch that" in before.last_reply(6701)
        await elena.send_sticker()
        assert "I did not catch that" in before.last_reply(6701)
        assert before.screen(6701).startswith("🛡 Online-safety tip 2 of 8")
        page = before.window(6701)
    async with Harness(session_factory) as after:
        elena = after.person(6701, "Elena")
        await elena.click(page, InlineButtonTextLocator("Next »"))
        assert after.screen(6701).startswith("🛡 Online-safety tip 3 of 8")


async def test_tips_are_for_people_in_a_pair(session_factory):
    async with Harness(session_factory) as h:
        ana = h.person(6801, "Ana")
        await join(h, ana, await coordinator_invite(session_factory))
        await ana.send("/tips")
        assert "You are not part of a programme yet" in h.last_reply(6801)
