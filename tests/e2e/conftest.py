"""End-to-end fixtures: a sandbox Bot API server in the test process, the bot in its own process."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from sandbox.client import SandboxClient
from sandbox.server import SandboxServer
from tests.databases import sqlite_url
from tests.e2e.botprocess import TOKEN, BotProcess

pytestmark = pytest.mark.e2e


@pytest.fixture
async def api() -> AsyncIterator[SandboxServer]:
    async with SandboxServer(TOKEN, rate_limit=None) as server:
        yield server


@pytest.fixture
async def client(api: SandboxServer) -> AsyncIterator[SandboxClient]:
    async with SandboxClient(api.url) as sandbox_client:
        yield sandbox_client


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path)


@pytest.fixture
async def bot(api: SandboxServer, database_url: str, tmp_path: Path) -> AsyncIterator[BotProcess]:
    process = BotProcess(api.url, database_url, tmp_path / "bot.log")
    await process.start(api)
    yield process
    await process.stop()
