"""Fixtures: the sandbox server and its control client of tests/sandbox_fixtures.py, started with the
sandbox's own rate limits, and a real aiogram Bot on it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram import Bot
from sandbox_support import TOKEN, make_bot

from sandbox.client import SandboxClient
from sandbox.server import SandboxServer


@pytest.fixture
def sandbox_options() -> dict[str, Any]:
    """The server of tests/sandbox_fixtures.py with the sandbox's own rate limits, webhooks retried soon."""
    return {"token": TOKEN, "webhook_retry_delay": 0.05}


@pytest.fixture
async def bot(server: SandboxServer) -> AsyncIterator[Bot]:
    instance = make_bot(server.url)
    yield instance
    await instance.session.close()


@pytest.fixture
async def chat_id(client: SandboxClient, bot: Bot) -> int:
    """A persona who has started the bot; the /start update is already confirmed."""
    persona = await client.create_persona("Ada", language_code="en")
    await client.send_text(persona["id"], "/start")
    updates = await bot.get_updates(timeout=0)
    await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)
    return int(persona["id"])
