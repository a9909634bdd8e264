"""The real bot, as a separate process, talking HTTP to a sandbox Bot API server; people as personas."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sandbox.client import SandboxClient
from sandbox.server import SandboxServer
from storage.db import make_engine, make_session_factory
from storage.models import FsmRecord
from storage.repo import inbox
from tests.sandbox_fixtures import TOKEN

PROJECT = Path(__file__).resolve().parents[2]


class BotProcess:
    """`python -m bot run`, its BOT_TOKEN, TELEGRAM_API_URL and DATABASE_URL pointing at the test's."""

    def __init__(self, api_url: str, database_url: str, log: Path, **env: str) -> None:
        self.env = os.environ | {
            "BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": api_url,
            "DATABASE_URL": database_url,
            "LOG_LEVEL": "INFO",
            **env,
        }
        self.env.pop("REDIS_URL", None)
        if "WEBHOOK_URL" not in env:
            self.env.pop("WEBHOOK_URL", None)
        self.log = log
        self.process: asyncio.subprocess.Process | None = None

    async def start(self, server: SandboxServer, within: float = 30) -> None:
        with self.log.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", env=self.env, cwd=PROJECT, stdout=log, stderr=log
            )
        deadline = asyncio.get_running_loop().time() + within
        webhook = "WEBHOOK_URL" in self.env

        def ready() -> bool:  # a long poll is waiting, or the webhook is registered
            if webhook:
                return bool(server.sandbox.webhook.info()["url"])
            return bool(server.sandbox.updates.waiting_polls)

        while not ready():
            if self.process.returncode is not None:
                raise RuntimeError(f"the bot exited with {self.process.returncode}:\n{self.log.read_text()}")
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError(f"the bot did not start polling:\n{self.log.read_text()}")
            await asyncio.sleep(0.05)

    async def kill(self) -> None:
        """SIGKILL: no clean shutdown, exactly like a crash."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        await self.process.wait()

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), 10)
            except TimeoutError:
                await self.kill()


class Phone:
    """One persona's chat, used the way a person would: send text, tap buttons, read the screen."""

    def __init__(self, client: SandboxClient, chat_id: int) -> None:
        self.client = client
        self.chat_id = chat_id

    async def messages(self) -> list[dict[str, Any]]:
        return (await self.client.transcript(self.chat_id))["messages"]

    async def last_bot_message(self) -> dict[str, Any]:
        return [m for m in await self.messages() if m["from"] == "bot"][-1]

    async def send(self, text: str, expect: str | None = None, wait: float = 15) -> dict[str, Any]:
        """Send text; return the bot's first new message (containing `expect`, if given)."""
        sent = await self.client.send_text(self.chat_id, text)
        seen = sent["message"]["message_id"]
        while True:
            message = await self.client.wait_for_bot_message(self.chat_id, after=seen, wait=wait)
            if expect is None or expect in str(message["text"] or message["caption"] or ""):
                return message
            seen = message["message_id"]

    async def tap(self, label: str, wait: float = 15) -> dict[str, Any]:
        """Tap the inline button `label` on the newest message that has it; returns the callback answer."""
        for message in reversed(await self.messages()):
            rows = (message["reply_markup"] or {}).get("inline_keyboard", [])
            if any(button.get("text") == label for row in rows for button in row):
                pressed = await self.client.press(self.chat_id, message["message_id"], text=label)
                return await self.client.callback(pressed["callback_query_id"], wait=wait)
        raise AssertionError(f"no button {label!r} in chat {self.chat_id}")

    async def wait_text(self, expected: str, wait: float = 15) -> str:
        """The text of the newest bot message containing `expected`, waiting for edits and new messages."""
        deadline = asyncio.get_running_loop().time() + wait
        chat = await self.client.transcript(self.chat_id)
        while True:
            for message in reversed(chat["messages"]):
                text = str(message["text"] or message["caption"] or "")
                if message["from"] == "bot" and expected in text:
                    return text
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                raise AssertionError(f"no bot message with {expected!r} in chat {self.chat_id}")
            chat = await self.client.transcript(self.chat_id, since=chat["version"], wait=left)

    async def screen(self) -> str:
        """The text of the bot's newest message (what the person looks at)."""
        message = await self.last_bot_message()
        return str(message["text"] or message["caption"] or "")

    async def buttons(self) -> list[str]:
        rows = ((await self.last_bot_message())["reply_markup"] or {}).get("inline_keyboard", [])
        return [button["text"] for row in rows for button in row]


async def wait_for_state(database_url: str, user_id: int, state: str, within: float = 10) -> None:
    """Wait until the bot has committed the person's dialog at `state` (so a crash now loses nothing)."""
    engine = make_engine(database_url)
    deadline = asyncio.get_running_loop().time() + within
    try:
        while True:
            async with make_session_factory(engine)() as session:
                rows = await session.scalars(
                    select(FsmRecord.data).where(FsmRecord.key.like(f"%:{user_id}:aiogd:context:%"))
                )
                if any(f'"state": "{state}"' in (data or "") for data in rows):
                    return
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError(f"{user_id} never reached {state}")
            await asyncio.sleep(0.05)
    finally:
        await engine.dispose()


async def inbox_count(database_url: str) -> int:
    """How many received updates are not handled yet (the bot's inbox)."""
    engine = make_engine(database_url)
    try:
        async with make_session_factory(engine)() as session:
            return await inbox.count(session)
    finally:
        await engine.dispose()


async def phone(client: SandboxClient, name: str, language: str = "en") -> Phone:
    """A new persona in the sandbox and its chat with the bot."""
    persona = await client.create_persona(name, language_code=language)
    return Phone(client, persona["id"])


async def onboard(person: Phone, code: str) -> str:
    """Open an invite link, choose English, agree to the privacy notice (and put off a mentee's first
    questionnaire): the main menu's text."""
    welcome = await person.send(f"/start {code}")
    assert "Choose your language" in welcome["text"]
    await person.tap("English")
    assert "Your privacy" in await person.screen()
    await person.tap("✔ I agree")
    if "⏸ Later" in await person.buttons():  # a mentee's first questionnaire opens on top of the menu
        await person.tap("⏸ Later")
    return await person.wait_text("Main menu")
