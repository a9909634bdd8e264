"""Webhook mode: updates arrive by HTTP POST with the secret token; a re-delivered update is handled once."""

from __future__ import annotations

import socket

import aiohttp
import pytest

from sandbox.client import SandboxClient
from sandbox.server import SandboxServer
from tests.e2e.botprocess import BotProcess, Phone

pytestmark = pytest.mark.e2e
SECRET = "s3cret-token_for-tests"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_webhook_delivery_secret_and_redelivery(
    api: SandboxServer, client: SandboxClient, database_url, tmp_path
):
    port = free_port()
    process = BotProcess(
        api.url,
        database_url,
        tmp_path / "bot.log",
        WEBHOOK_URL=f"http://127.0.0.1:{port}",
        WEBHOOK_SECRET=SECRET,
        WEBHOOK_HOST="127.0.0.1",
        WEBHOOK_PORT=str(port),
    )
    await process.start(api)
    try:
        info = (await client.bot())["webhook"]
        assert info["url"] == f"http://127.0.0.1:{port}/telegram/webhook"
        persona = await client.create_persona("Someone")
        someone = Phone(client, persona["id"])
        await someone.send("/help", expect="/menu – your main menu")

        update = {
            "update_id": 990_001,
            "message": {
                "message_id": 77,
                "date": 1_700_000_000,
                "chat": {"id": persona["id"], "type": "private"},
                "from": {"id": persona["id"], "is_bot": False, "first_name": "Someone"},
                "text": "/help",
                "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
            },
        }
        url = f"http://127.0.0.1:{port}/telegram/webhook"
        async with aiohttp.ClientSession() as http:
            async with http.post(url, json=update) as wrong:
                assert wrong.status == 401  # no secret token: refused
            messages = (await client.transcript(persona["id"]))["messages"]
            before, last_id = len(messages), messages[-1]["message_id"]
            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            for _ in range(2):  # Telegram retried: the same update twice
                async with http.post(url, json=update, headers=headers) as response:
                    assert response.status == 200
        await client.wait_for_bot_message(persona["id"], after=last_id, wait=10)
        messages = (await client.transcript(persona["id"]))["messages"]
        help_answers = [
            m for m in messages[before:] if m["from"] == "bot" and "/menu – your main menu" in m["text"]
        ]
        assert len(help_answers) == 1
    finally:
        await process.stop()
