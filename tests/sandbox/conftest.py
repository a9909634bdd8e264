"""Fixtures: a sandbox server on a free loopback port, a real aiogram Bot on it, and a control client."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from sandbox_support import TOKEN, make_bot

from sandbox.client import SandboxClient
from sandbox.server import SandboxServer


@pytest.fixture
async def server() -> AsyncIterator[SandboxServer]:
    async with SandboxServer(TOKEN, webhook_retry_delay=0.05) as running:
        yield running


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
