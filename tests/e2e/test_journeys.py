"""The real bot process over HTTP: onboarding for all three roles, bad links, help, free text, a crash."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from dialogs.locales import command_names
from sandbox.client import SandboxClient
from sandbox.server import SandboxServer
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade_to_head
from storage.models import Person, ProgrammeKind, Role
from tests.e2e.botprocess import BotProcess, onboard, phone, wait_for_state
from tests.harness import coordinator_invite, pair_invites, seed_programme

pytestmark = pytest.mark.e2e


async def seeded(database_url: str) -> tuple[str, dict[Role, str]]:
    engine = make_engine(database_url)
    await upgrade_to_head(engine)
    factory = make_session_factory(engine)
    coordinator = await coordinator_invite(factory, org="Demo School")
    _, programme_id = await seed_programme(
        factory, org="Demo School", name="Peer support", kind=ProgrammeKind.STUDENT
    )
    seats = await pair_invites(factory, programme_id, mentor="Elena", mentee="Ivo", minor=True)
    await engine.dispose()
    return coordinator, seats


async def test_all_three_roles_onboard(
    api: SandboxServer, client: SandboxClient, database_url: str, tmp_path
):
    coordinator_code, seats = await seeded(database_url)
    process = BotProcess(api.url, database_url, tmp_path / "bot.log")
    await process.start(api)
    try:
        ana, elena, ivo = await phone(client, "Ana"), await phone(client, "Elena"), await phone(client, "Ivo")
        assert "You coordinate 1 programme at Demo School" in await onboard(ana, coordinator_code)
        assert "📋 Programmes" in await ana.buttons()
        mentor_menu = await onboard(elena, seats[Role.MENTOR])
        assert "Peer support – your mentee: Ivo (has not joined yet)" in mentor_menu
        mentee_menu = await onboard(ivo, seats[Role.MENTEE])
        assert "Peer support – your mentor: Elena" in mentee_menu
        assert "Stage: Setting up" in mentee_menu
        # each sees their own command list: the mentee the journey without the coordinators' commands
        commands = (await client.transcript(ivo.chat_id))["commands"]
        assert [c["command"] for c in commands] == list(command_names(pair_member=True, coordinator=False))
        assert "digest" not in {c["command"] for c in commands}
        coordinating = (await client.transcript(ana.chat_id))["commands"]
        expected = command_names(pair_member=False, coordinator=True)
        assert [c["command"] for c in coordinating] == list(expected)
    finally:
        await process.stop()


async def test_used_link_help_free_text_and_unknown_command(api, client, database_url, tmp_path):
    coordinator_code, _ = await seeded(database_url)
    process = BotProcess(api.url, database_url, tmp_path / "bot.log")
    await process.start(api)
    try:
        ana, stranger = await phone(client, "Ana"), await phone(client, "Someone")
        await onboard(ana, coordinator_code)
        refused = await stranger.send(f"/start {coordinator_code}")
        assert "already been used" in refused["text"]
        assert "/menu – your main menu" in (await stranger.send("/help"))["text"]
        assert "To join, open the invite link" in (await stranger.send("hello"))["text"]
        await ana.send("hello", expect="I did not catch that")
        await ana.send("/dance", expect="I do not know the command /dance")
    finally:
        await process.stop()


async def test_sigkill_in_the_middle_of_onboarding_then_carry_on(api, client, database_url, tmp_path):
    _, seats = await seeded(database_url)
    process = BotProcess(api.url, database_url, tmp_path / "bot.log")
    await process.start(api)
    ivo = await phone(client, "Ivo")
    await ivo.send(f"/start {seats[Role.MENTEE]}")
    await ivo.tap("English")
    assert "Your privacy" in await ivo.screen()
    await wait_for_state(database_url, ivo.chat_id, "Onboarding:privacy")
    await process.kill()

    restarted = BotProcess(api.url, database_url, tmp_path / "bot2.log")
    await restarted.start(api)
    try:
        answer = await ivo.tap("✔ I agree")
        assert answer["answered"]
        await ivo.wait_text("What do you hope to get from having a peer mentor?")  # the intake, next step
        await ivo.tap("⏸ Later")
        assert "Peer support – your mentor: Elena" in await ivo.wait_text("Main menu")
    finally:
        await restarted.stop()


async def test_replies_survive_a_429_storm_and_a_5xx_burst(
    bot: BotProcess, client: SandboxClient, database_url
):
    coordinator_code, _ = await seeded(database_url)
    ana = await phone(client, "Ana")
    await client.add_fault("sendMessage", error_code=429, count=3, retry_after=1)
    await ana.send(f"/start {coordinator_code}", expect="Choose your language", wait=30)
    await client.add_fault("sending", error_code=502, count=3)
    await ana.send("/help", expect="/menu – your main menu", wait=30)
    stats = await client.stats()
    assert stats["injected"]["429"] >= 3 and stats["injected"]["502"] >= 3


async def _reachable(database_url: str, expected: bool) -> bool:
    """Wait (up to 10 s) for the person's reachable flag to become `expected`; return it."""
    engine = make_engine(database_url)
    try:
        for _ in range(200):
            async with make_session_factory(engine)() as session:
                person = (await session.scalars(select(Person))).one()
            if person.reachable is expected:
                break
            await asyncio.sleep(0.05)
        return person.reachable
    finally:
        await engine.dispose()


async def test_blocking_and_403_mark_a_person_unreachable(bot, client, database_url):
    coordinator_code, _ = await seeded(database_url)
    ana = await phone(client, "Ana")
    await onboard(ana, coordinator_code)
    await client.block(ana.chat_id)  # Telegram sends my_chat_member: kicked
    assert await _reachable(database_url, False) is False
    await ana.send("/help", expect="/menu – your main menu")  # writing again unblocks the bot
    assert await _reachable(database_url, True) is True

    forbidden = "Forbidden: bot was blocked by the user"
    await client.add_fault("sending", error_code=403, chat_id=ana.chat_id, description=forbidden, count=5)
    await client.send_text(ana.chat_id, "/help")  # the answer fails with 403
    assert await _reachable(database_url, False) is False


async def test_a_concern_reaches_the_coordinator(bot: BotProcess, client: SandboxClient, database_url):
    coordinator_code, seats = await seeded(database_url)
    ana, ivo = await phone(client, "Ana"), await phone(client, "Ivo")
    await onboard(ana, coordinator_code)
    await onboard(ivo, seats[Role.MENTEE])
    await ivo.send("/concern", expect="Report a concern")
    await ivo.send("Someone keeps messaging me at night.", expect="Send this to the coordinators?")
    await ivo.tap("✔ Send")
    assert "Sent. Thank you for telling us." in await ivo.screen()

    seen = max(m["message_id"] for m in await ana.messages())
    alert = await client.wait_for_bot_message(ana.chat_id, after=seen, wait=20)
    assert "A concern was reported by a mentee in Peer support" in alert["text"]
    assert "Someone keeps messaging me" not in alert["text"]
    await ana.tap("Read the report")
    report = await ana.wait_text("Someone keeps messaging me at night.")
    assert "From: Ivo (mentee), Peer support" in report
