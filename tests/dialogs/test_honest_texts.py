"""What the texts promise matches what the bot shows to whom (DESIGN.md, "Who sees what")."""

from __future__ import annotations

from aiogram_i18n.cores.base import BaseCore

from bot.app import i18n_core
from storage.models import ProgrammeKind, Role
from tests.dialogs.test_diary import IVAN, MARIA, a_pair, shown, today
from tests.harness import Harness, pair_invites, seed_programme

SHARED_DIARY = (
    "Everything in a diary entry, the mentor's notes too, is seen by both of you, mentor and mentee"
)


async def test_the_student_intake_does_not_promise_the_mentor_the_answers(session_factory):
    _, programme_id = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT, name="Peer support")
    codes = await pair_invites(session_factory, programme_id, mentor="Elena", mentee="Ivo")
    async with Harness(session_factory) as h:
        ivo = h.person(7201, "Ivo")
        await ivo.send(f"/start {codes[Role.MENTEE]}")
        await h.tap(ivo, "English")
        await h.tap(ivo, "✔ I agree")
        intake = h.screen(7201)
        assert "What do you hope to get from having a peer mentor?" in intake
        assert "so your mentor knows" not in intake
        assert "Your mentor sees only that you have answered, not your answers" in intake


async def test_both_are_told_before_writing_that_the_whole_entry_is_shared(session_factory):
    async with Harness(session_factory) as h:
        maria, ivan = await a_pair(h)
        await maria.send("/diary")
        await h.tap(maria, "✍ New entry")
        await h.tap(maria, f"Today, {shown(today())}")
        await h.tap(maria, "90 min")
        await h.tap(maria, "online")
        await h.tap(maria, "Co-design of inclusive activities")
        assert "1. Objectives of the Session" in h.screen(MARIA)
        assert SHARED_DIARY in h.screen(MARIA)  # the mentor, before writing
        await maria.send("Plan a lesson")
        await maria.send("Stations")
        assert "4. Mentor's Notes" in h.screen(MARIA) and SHARED_DIARY in h.screen(MARIA)
        await maria.send("Ivan seemed tired")
        await ivan.send("/diary")
        await h.tap(ivan, "Session 1 – add your reflection")
        assert "3. Mentee's Reflection" in h.screen(IVAN)
        assert SHARED_DIARY in h.screen(IVAN)  # the mentee, before writing
        assert "the coordinators see only its date, length and how you met" in h.screen(IVAN)
        await ivan.send("Good session")
        assert "Ivan seemed tired" in h.screen(IVAN)  # what the text says: the mentor's notes are shown


async def test_no_suggested_confidentiality_rule_contradicts_the_limit_under_it():
    core: BaseCore = i18n_core("en")  # type: ignore[type-arg]
    await core.startup()
    limit = core.get("ground-rules-confidentiality-limit", "en")
    assert "the mentor must tell the project team" in limit
    for key in ("ground-rules-suggestion-confidentiality-0", "ground-rules-suggestion-confidentiality-1"):
        rule = core.get(key, "en")
        assert "before telling the project team" not in rule and "agree together" not in rule
        assert "at risk" in rule  # each names the exception the limit states
