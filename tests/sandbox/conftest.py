"""Fixtures: a sandbox server on a free loopback port, a real aiogram Bot on it, and a control client."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the project is not installed into the venv; import it from the work tree
    sys.path.insert(0, str(ROOT))

from aiogram import Bot  # noqa: E402
from aiogram.client.session.aiohttp import AiohttpSession  # noqa: E402
from aiogram.client.telegram import TelegramAPIServer  # noqa: E402

from sandbox.client import SandboxClient  # noqa: E402
from sandbox.server import SandboxServer  # noqa: E402

TOKEN = "123456:sandbox-test-token"


@pytest.fixture
async def server() -> AsyncIterator[SandboxServer]:
    async with SandboxServer(TOKEN, webhook_retry_delay=0.05) as running:
        yield running


def make_bot(url: str, token: str = TOKEN) -> Bot:
    return Bot(token, session=AiohttpSession(api=TelegramAPIServer.from_base(url)))


@pytest.fixture
async def bot(server: SandboxServer) -> AsyncIterator[Bot]:
    instance = make_bot(server.url)
    yield instance
    await instance.session.close()


@pytest.fixture
async def client(server: SandboxServer) -> AsyncIterator[SandboxClient]:
    async with SandboxClient(server.url) as control:
        yield control


@pytest.fixture
async def chat_id(client: SandboxClient, bot: Bot) -> int:
    """A persona who has started the bot; the /start update is already confirmed."""
    persona = await client.create_persona("Ada", language_code="en")
    await client.send_text(persona["id"], "/start")
    updates = await bot.get_updates(timeout=0)
    await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)
    return int(persona["id"])
