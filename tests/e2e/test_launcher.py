"""`mentorbot sandbox` (what `make run` starts without BOT_TOKEN): demo data, the bot, the page's Reset."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from sandbox.client import SandboxClient
from tests.e2e.botprocess import PROJECT, Phone
from tests.e2e.test_webhook import free_port

pytestmark = pytest.mark.e2e


@pytest.fixture
async def sandbox_url(tmp_path: Path) -> AsyncIterator[str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "TELEGRAM_", "DATABASE_"))}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run",
        env=env | {"SANDBOX_PORT": str(port), "SANDBOX_DATA_DIR": str(tmp_path / "sandbox")},
        cwd=PROJECT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    assert process.stdout is not None
    line = await asyncio.wait_for(process.stdout.readline(), 90)
    assert line.decode().startswith(f"Sandbox ready: open http://127.0.0.1:{port}")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.send_signal(signal.SIGINT)
        assert await asyncio.wait_for(process.wait(), 20) == 0


async def test_without_token_make_run_starts_a_seeded_sandbox(sandbox_url: str):
    async with SandboxClient(sandbox_url) as client, aiohttp.ClientSession() as http:
        async with http.get(sandbox_url + "/") as page:
            assert page.status == 200 and "text/html" in page.headers["Content-Type"]
        personas = await client.personas()
        assert [(p["first_name"], p["role_label"]) for p in personas] == [
            ("Ana", "Coordinator"), ("Elena", "Mentor"), ("Ivo", "Mentee"),
        ]  # fmt: skip
        ana = Phone(client, personas[0]["id"])
        await ana.send(f"/start {personas[0]['invite']}", expect="Choose your language")
        await ana.tap("English")
        await ana.tap("✔ I agree")
        assert "You coordinate 1 programme at Demo School" in await ana.screen()

        await client.request("POST", "/reset-demo")
        fresh = await client.personas()
        assert [p["first_name"] for p in fresh] == ["Ana", "Elena", "Ivo"]
        assert fresh[0]["invite"] != personas[0]["invite"]
        ivo = Phone(client, fresh[2]["id"])
        await ivo.send(f"/start {personas[2]['invite']}", expect="not valid")  # the old demo is gone
        await ivo.send(f"/start {fresh[2]['invite']}", expect="Welcome, Ivo!")
