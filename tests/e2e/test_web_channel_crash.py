"""The web channel across a kill (issue #24): what a web person's page showed comes back after `kill -9`
and a restart, with the same message ids, and the window's buttons go on working."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp
import pytest

from sandbox.server import SandboxServer
from storage.models import Role
from tests.browser.test_web_channel import free_port, web_invites
from tests.databases import sqlite_url
from tests.e2e.botprocess import BotProcess

pytestmark = pytest.mark.e2e


def button(transcript: dict[str, Any], label: str) -> tuple[int, str]:
    """(message id, callback data) of the newest button `label` in the chat."""
    for message in reversed(transcript["messages"]):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            for found in row:
                if found.get("text") == label:
                    return message["message_id"], found["callback_data"]
    raise AssertionError(f"no button {label!r}")


async def chat(page: aiohttp.ClientSession, base: str, containing: str) -> dict[str, Any]:
    """The chat, once a bot message contains `containing` (waiting on the long poll)."""
    since = None
    for _ in range(3):
        query = "" if since is None else f"?since={since}"
        transcript: dict[str, Any] = await (await page.get(f"{base}/api/chat{query}")).json()
        if any(containing in (m.get("text") or "") for m in transcript["messages"] if m["from"] == "bot"):
            return transcript
        since = transcript["version"]
    raise AssertionError(f"no bot message with {containing!r}")


async def test_a_web_chat_survives_a_kill_and_goes_on(server: SandboxServer, tmp_path: Path):
    database_url = sqlite_url(tmp_path)
    codes = await web_invites(database_url)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {"WEB_BASE_URL": base, "WEB_HOST": "127.0.0.1", "WEB_PORT": str(port)}
    first = BotProcess(server.url, database_url, tmp_path / "bot.log", **env)
    await first.start(server)
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as page:
        try:
            joined = await page.post(f"{base}/join/{codes[Role.MENTEE]}", allow_redirects=False)
            assert joined.status == 303
            csrf = (await (await page.get(f"{base}/api/session")).json())["csrf"]
            before = await chat(page, base, "Choose your language")
            message_id, data = button(before, "English")
            pressed = await page.post(
                f"{base}/api/press",
                json={"message_id": message_id, "data": data},
                headers={"X-CSRF-Token": csrf},
            )
            assert (await pressed.json())["answered"]
            before = await chat(page, base, "Your privacy")
        finally:
            await first.kill()

        second = BotProcess(server.url, database_url, tmp_path / "bot2.log", **env)
        await second.start(server)
        try:
            after: dict[str, Any] = await (await page.get(f"{base}/api/chat")).json()
            assert [m["message_id"] for m in after["messages"]] == [
                m["message_id"] for m in before["messages"]
            ]
            assert [m.get("text") for m in after["messages"]] == [m.get("text") for m in before["messages"]]
            message_id, data = button(after, "✔ I agree")
            pressed = await page.post(
                f"{base}/api/press",
                json={"message_id": message_id, "data": data},
                headers={"X-CSRF-Token": csrf},
            )
            assert (await pressed.json())["answered"]
            # the dialog went on where it was: the student intake, as after consent on Telegram
            await chat(page, base, "What do you hope to get from having a peer mentor?")
        finally:
            await second.stop()
