"""The web channel's Bot API (docs/web-channel.md): the sandbox's Bot API engine on loopback, which the web
channel's bot talks to as the Telegram bot talks to Telegram, and the people's side of it (what the page
shows and does), one chat per web person."""

from __future__ import annotations

import time
from typing import Any

from sandbox.control import transcript
from sandbox.core import ControlError, Sandbox
from sandbox.server import SandboxServer
from sandbox.state import Chat

WEB_TOKEN = "1:web-channel"  # bot id 1: never a Telegram bot's; known only to this process's loopback server
CALLBACK_WAIT = 5.0  # seconds the page waits for the bot to answer a button
TAKEN_WAIT = 10.0  # seconds a person's message may wait for the bot to take it (getUpdates)

Json = dict[str, Any]


class WebChannel:
    """One process's web channel: its Bot API server (loopback only) and the web people's chats in it."""

    def __init__(self, bot_first_name: str = "Mentor", bot_username: str = "mentor_web") -> None:
        self.server = SandboxServer(
            WEB_TOKEN,
            rate_limit=None,
            bot_first_name=bot_first_name,
            bot_username=bot_username,
            access_log=False,
        )

    @property
    def engine(self) -> Sandbox:
        return self.server.sandbox

    @property
    def api_url(self) -> str:
        """Where the web channel's bot sends its Bot API calls."""
        return self.server.url

    async def start(self) -> None:
        # versions go on from where a previous process left them (milliseconds since the epoch), so a
        # page that was open across a restart never waits for a version the new process has not reached;
        # update ids likewise: the bot skips an id it handled before (bot/update/claim.py)
        now_ms = int(time.time() * 1000)
        self.engine.world.version = now_ms
        self.engine.updates.continue_from(now_ms)
        await self.server.start()

    async def stop(self) -> None:
        await self.server.stop()

    def open_chat(self, chat_id: int, first_name: str, language: str | None) -> Chat:
        """The person's chat, made on their first visit after this process started."""
        chat = self.engine.world.chat(chat_id)
        if chat is None:
            chat = self.engine.world.add_persona(first_name, language_code=language, persona_id=chat_id)
        return chat

    def transcript(self, chat: Chat) -> Json:
        return transcript(self.engine, chat)

    async def changed(self, chat: Chat, since: int, seconds: float) -> bool:
        """Wait until the chat is newer than `since` (True) or `seconds` pass (False)."""
        return await self.engine.world.changes.wait_for(lambda: chat.version > since, seconds)

    async def answered(self, chat: Chat, after_message_id: int, seconds: float) -> bool:
        """Wait until the bot has written in the chat after message `after_message_id`."""

        def newer() -> bool:
            return any(m.outgoing and m.message_id > after_message_id for m in chat.messages.values())

        return await self.engine.world.changes.wait_for(newer, seconds)

    async def say(self, chat: Chat, text: str) -> Json:
        """The person writes: returned once the bot has taken the update (it is then in its inbox)."""
        message, update = self.engine.persona_sends(chat, text=text)
        await self._taken(update)
        return {"message_id": message.message_id}

    async def press(self, chat: Chat, message_id: int, data: str) -> Json:
        """The person presses a button: the bot's answer (a toast, an alert) once it has come."""
        query, update = self.engine.press(chat, message_id, data=data)
        await self._taken(update)
        await self.engine.world.changes.wait_for(lambda: query.answered, CALLBACK_WAIT)
        return {"answered": query.answered, "text": query.text, "show_alert": query.show_alert}

    async def _taken(self, update: Json | None) -> None:
        if update is None:
            return
        updates = self.engine.updates
        taken = await updates.changes.wait_for(lambda: update not in updates.pending, TAKEN_WAIT)
        if not taken:
            raise ControlError(503, "the bot has not taken the message yet")
