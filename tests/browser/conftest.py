"""Browser fixtures: Debian's Chromium driven by Playwright; the sandbox server in the test process is
`server` of tests/sandbox_fixtures.py."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Update
from playwright.async_api import Browser, Page, async_playwright

from sandbox.server import SandboxServer
from tests.e2e.botprocess import TOKEN

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"


@pytest.fixture
def chromium() -> Path:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture
async def browser(chromium: Path) -> AsyncIterator[Browser]:
    """A fresh headless Chromium (its own temporary profile); never a Playwright-downloaded browser."""
    async with async_playwright() as playwright:
        instance = await playwright.chromium.launch(
            executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True
        )
        yield instance
        await instance.close()


@pytest.fixture
async def page(browser: Browser, server: SandboxServer) -> AsyncIterator[Page]:
    """A 1280x800 page in a new context; fails the test if the page's script throws."""
    context = await browser.new_context(viewport={"width": 1280, "height": 800})
    opened = await context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    await context.close()
    assert errors == [], f"the page's script failed: {errors}"


class ScriptedBot:
    """A real aiogram Bot on the sandbox, driven by the test; `next_update()` long-polls getUpdates."""

    def __init__(self, url: str) -> None:
        self.bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(url)))
        self.offset: int | None = None

    async def next_update(self, wait: int = 5) -> Update:
        updates = await self.bot.get_updates(offset=self.offset, timeout=wait, limit=1)
        assert updates, f"no update within {wait} s"
        self.offset = updates[0].update_id + 1
        return updates[0]


@pytest.fixture
async def scripted(server: SandboxServer) -> AsyncIterator[ScriptedBot]:
    scripted_bot = ScriptedBot(server.url)
    yield scripted_bot
    await scripted_bot.bot.session.close()
