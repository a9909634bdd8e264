"""A mentee's onboarding in the page, with the real bot (its own process) on a seeded SQLite database."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.async_api import Page, expect

from sandbox.client import SandboxClient
from sandbox.server import SandboxServer
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade_to_head
from storage.models import ProgrammeKind, Role
from tests.browser.conftest import ARTIFACTS
from tests.databases import sqlite_url
from tests.e2e.botprocess import BotProcess
from tests.harness import coordinator_invite, pair_invites, seed_programme

pytestmark = pytest.mark.browser


async def seed(database_url: str) -> dict[Role, str]:
    """A school with one programme and one pair (Elena mentors Ivo): an invite code for each role."""
    engine = make_engine(database_url)
    try:
        await upgrade_to_head(engine)
        factory = make_session_factory(engine)
        coordinator = await coordinator_invite(factory, org="Demo School")
        _, programme_id = await seed_programme(
            factory, org="Demo School", name="Peer support", kind=ProgrammeKind.STUDENT
        )
        seats = await pair_invites(factory, programme_id, mentor="Elena", mentee="Ivo", minor=True)
    finally:
        await engine.dispose()
    return {Role.COORDINATOR: coordinator, **seats}


@dataclass
class RealBot:
    codes: dict[Role, str]
    started: asyncio.Task[None]  # the bot starts while the browser does; await before talking to it


@pytest.fixture
async def real_bot(server: SandboxServer, tmp_path: Path) -> AsyncIterator[RealBot]:
    database_url = sqlite_url(tmp_path)
    codes = await seed(database_url)
    process = BotProcess(server.url, database_url, tmp_path / "bot.log")
    starting = asyncio.create_task(process.start(server))
    try:
        yield RealBot(codes, starting)
    finally:
        if not starting.done():
            starting.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await starting
        await process.stop()


async def test_a_mentee_onboards_in_the_page(
    real_bot: RealBot, page: Page, server: SandboxServer, client: SandboxClient
) -> None:
    codes = real_bot.codes
    await client.create_persona("Ana", role_label="Coordinator", invite=codes[Role.COORDINATOR])
    await client.create_persona("Elena", role_label="Mentor", invite=codes[Role.MENTOR])
    await client.create_persona("Ivo", role_label="Mentee", invite=codes[Role.MENTEE])
    await page.goto(server.url)
    ivo = page.get_by_role("region", name="Chat of Ivo")
    for name in ("Ana", "Elena", "Ivo"):  # three phone-sized chats side by side at 1280x800
        await expect(page.get_by_role("region", name=f"Chat of {name}")).to_be_in_viewport(ratio=1)

    await real_bot.started
    await ivo.get_by_role("button", name="Open my invite link").click()
    await expect(ivo.get_by_role("button", name="Open my invite link")).to_be_hidden()
    screen = ivo.locator(".msg.bot .text").last
    await expect(screen).to_contain_text("Choose your language")
    await ivo.get_by_role("button", name="English", exact=True).click()
    await expect(screen).to_contain_text("Your privacy")
    await expect(ivo.get_by_text("Your privacy")).to_be_visible()
    await ivo.get_by_role("button", name="✔ I agree").click()
    # A mentee may first be offered the intake questionnaire, on top of the menu; "Later" leaves it.
    menu = screen.filter(has_text="your mentor: Elena")
    later = ivo.get_by_role("button", name="Later")
    await expect(menu.or_(later).first).to_be_visible()
    if await later.is_visible():
        await later.click()
    await expect(screen).to_contain_text("your mentor: Elena")
    await expect(screen).to_contain_text("Stage: Setting up")
    await expect(ivo.get_by_role("button", name="Commands")).to_be_enabled()

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "mentee-onboarding.png"), full_page=True)
