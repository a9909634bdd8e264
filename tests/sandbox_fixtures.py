"""The one set of sandbox fixtures (a pytest plugin of tests/conftest.py): a sandbox Bot API server in the
test process and its control client. A suite that needs the server started otherwise (another token, the
rate limits on, ...) overrides `sandbox_options` in its conftest.py or test module."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from sandbox.client import SandboxClient
from sandbox.server import SandboxServer

TOKEN = "123456:sandbox-token"


@pytest.fixture
def sandbox_options() -> dict[str, Any]:
    """SandboxServer's arguments: the bot's token and no rate limits (each test sends at its own pace)."""
    return {"token": TOKEN, "rate_limit": None}


@pytest.fixture
async def server(sandbox_options: dict[str, Any]) -> AsyncIterator[SandboxServer]:
    """A sandbox Bot API server on a free loopback port."""
    async with SandboxServer(**sandbox_options) as running:
        yield running


@pytest.fixture
def api(server: SandboxServer) -> SandboxServer:
    """The same server, named as the suites of the bot's side name it: the Bot API the bot talks to."""
    return server


@pytest.fixture
async def client(server: SandboxServer) -> AsyncIterator[SandboxClient]:
    """The server's control client: personas, what they send, what the bot sent them."""
    async with SandboxClient(server.url) as control:
        yield control
