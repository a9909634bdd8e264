"""End-to-end fixtures: the bot in its own process, on the sandbox Bot API server of tests/sandbox_fixtures.py
(`api`, in the test process)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from sandbox.server import SandboxServer
from tests.databases import sqlite_url
from tests.e2e.botprocess import BotProcess

pytestmark = pytest.mark.e2e


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path)


@pytest.fixture
async def bot(api: SandboxServer, database_url: str, tmp_path: Path) -> AsyncIterator[BotProcess]:
    process = BotProcess(api.url, database_url, tmp_path / "bot.log")
    await process.start(api)
    yield process
    await process.stop()
