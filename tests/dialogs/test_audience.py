"""The privacy notice, the help and the command list are written per role and programme kind: a
coordinator, a teacher, a student mentor, a student mentee (dialogs/audience.py); the default command list,
for someone without a role, is minimal."""

from __future__ import annotations

from aiogram.methods import SetMyCommands
from aiogram_i18n.cores.base import BaseCore

from bot.app import i18n_core
from bot.runners import set_commands
from storage.models import ProgrammeKind, Role
from tests.harness import Harness, Person, coordinator_invite, pair_invites, seed_programme

PAIR_LIST = [
    "menu", "questionnaire", "diary", "reflect", "goals", "meeting", "tips", "concern",
    "mydata", "help", "language", "cancel",
]  # fmt: skip
COORDINATOR_LIST = ["menu", "mydata", "digest", "export", "help", "language", "cancel"]
STUDENT_LIMIT = "the adults responsible for your safety will be told"
JOIN_LINE = "To join a programme, open the invite link"


async def _onboard(h: Harness, who: Person, code: str) -> str:
    """Open the link, choose English; the privacy notice as shown before agreeing; then agree."""
    await who.send(f"/start {code}")
    await h.tap(who, "English")
    notice = h.screen(who.chat.id)
    await h.tap(who, "✔ I agree")
    if "⏸ Later" in h.buttons(who.chat.id):
        await h.tap(who, "⏸ Later")
    return notice


def _own_commands(h: Harness, chat_id: int) -> list[str]:
    scoped = [c for c in h.bot.calls if isinstance(c, SetMyCommands) and c.scope is not None]
    assert scoped and scoped[-1].scope.chat_id == chat_id  # type: ignore[union-attr]
    return [c.command for c in scoped[-1].commands]


async def _help(h: Harness, who: Person) -> str:
    await who.send("/help")
    return h.last_reply(who.chat.id)


async def _pair(factory, kind: ProgrammeKind) -> dict[Role, str]:  # type: ignore[no-untyped-def]
    _, programme_id = await seed_programme(factory, kind=kind, name="Peer support")
    return await pair_invites(factory, programme_id, mentor="Elena", mentee="Ivo", minor=False)


async def test_a_student_mentee(session_factory):
    codes = await _pair(session_factory, ProgrammeKind.STUDENT)
    async with Harness(session_factory) as h:
        ivo = h.person(7001, "Ivo")
        notice = await _onboard(h, ivo, codes[Role.MENTEE])
        assert "Your privacy" in notice and STUDENT_LIMIT in notice
        assert "your mentor sees what you share as a pair" in notice
        assert "of your questionnaire only that you answered it" in notice
        assert _own_commands(h, 7001) == PAIR_LIST  # no /digest, no /export
        text = await _help(h, ivo)
        assert "the notebook you share with your mentor" in text and "/diary" in text
        assert "/digest" not in text and "/export" not in text and JOIN_LINE not in text


async def test_a_student_mentor(session_factory):
    codes = await _pair(session_factory, ProgrammeKind.STUDENT)
    async with Harness(session_factory) as h:
        elena = h.person(7002, "Elena")
        notice = await _onboard(h, elena, codes[Role.MENTOR])
        assert STUDENT_LIMIT in notice  # student mentors are minors too
        assert "the student you mentor sees what you share as a pair" in notice
        assert "your notes in it too" in notice
        assert _own_commands(h, 7002) == PAIR_LIST
        text = await _help(h, elena)
        assert "the notebook you share with the student you mentor" in text
        assert "/digest" not in text and "/export" not in text and JOIN_LINE not in text


async def test_a_teacher(session_factory):
    codes = await _pair(session_factory, ProgrammeKind.TEACHER)
    async with Harness(session_factory) as h:
        maria = h.person(7003, "Maria")
        notice = await _onboard(h, maria, codes[Role.MENTOR])
        assert "Your privacy" in notice and STUDENT_LIMIT not in notice
        assert "your school's safeguarding procedure applies" in notice
        assert "your mentoring partner sees what you share as a pair" in notice
        assert _own_commands(h, 7003) == PAIR_LIST
        text = await _help(h, maria)
        assert "the notebook you share with your mentoring partner" in text
        assert "/digest" not in text and JOIN_LINE not in text
        # the notice again from the menu, and the help there, are the teacher's too
        await maria.send("/menu")
        await h.tap(maria, "🔒 Privacy")
        await h.tap(maria, "Read the notice")
        again = h.screen(7003)
        assert "your mentoring partner sees" in again and STUDENT_LIMIT not in again
        await maria.send("/menu")
        await h.tap(maria, "❔ Help")
        assert "the notebook you share with your mentoring partner" in h.screen(7003)


async def test_a_coordinator(session_factory):
    code = await coordinator_invite(session_factory, "School One")
    async with Harness(session_factory) as h:
        ana = h.person(7004, "Ana")
        notice = await _onboard(h, ana, code)
        assert "Your privacy" in notice and STUDENT_LIMIT not in notice
        assert "programmes, pairs, invites and your notes on concerns" in notice
        assert "your mentor" not in notice
        assert _own_commands(h, 7004) == COORDINATOR_LIST
        text = await _help(h, ana)
        assert "/digest – the weekly digest" in text and "/export" in text
        assert JOIN_LINE not in text and "/diary" not in text
        await ana.send("/menu")
        await h.tap(ana, "❔ Help")
        assert "/digest – the weekly digest" in h.screen(7004) and JOIN_LINE not in h.screen(7004)


async def test_a_coordinator_who_is_also_in_a_pair_gets_both(session_factory):
    codes = await _pair(session_factory, ProgrammeKind.TEACHER)
    code = await coordinator_invite(session_factory, "School One")
    async with Harness(session_factory) as h:
        ana = h.person(7005, "Ana")
        await _onboard(h, ana, codes[Role.MENTOR])
        await ana.send(f"/start {code}")  # a new role: the person's list is set again
        both = [
            "menu", "questionnaire", "diary", "reflect", "goals", "meeting", "tips", "concern",
            "mydata", "digest", "export", "help", "language", "cancel",
        ]  # fmt: skip
        assert _own_commands(h, 7005) == both
        await ana.send("/language")
        await h.tap(ana, "✓ English")  # sets the person's list again, in the chosen language
        assert _own_commands(h, 7005) == [
            "menu", "questionnaire", "diary", "reflect", "goals", "meeting", "tips", "concern",
            "mydata", "digest", "export", "help", "language", "cancel",
        ]  # fmt: skip
        text = await _help(h, ana)
        assert "/diary" in text and "As a coordinator\n/digest" in text and "/export" in text


async def test_someone_without_a_role_and_the_default_list(session_factory):
    async with Harness(session_factory) as h:
        stranger = h.person(7006)
        text = await _help(h, stranger)
        assert JOIN_LINE in text and "/digest" not in text and "/diary" not in text
        core: BaseCore = i18n_core("en")  # type: ignore[type-arg]
        await core.startup()
        h.bot.calls.clear()
        await set_commands(h.bot, core, "en")
        lists = [c for c in h.bot.calls if isinstance(c, SetMyCommands)]
        assert lists and all(c.scope is None for c in lists)
        assert all([c.command for c in made.commands] == ["menu", "mydata", "help", "language", "cancel"]
                   for made in lists)  # fmt: skip
