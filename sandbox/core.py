"""The sandbox as a whole, and what personas do in it: write, upload, press buttons, block the bot."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sandbox.botconfig import BotConfig
from sandbox.faults import FaultQueue, RateLimiter, Stats
from sandbox.files import FileStore, StoredFile
from sandbox.formatting import command_entities
from sandbox.observe import Observer
from sandbox.state import BotIdentity, Chat, StoredMessage, World
from sandbox.updates import Update, UpdateQueue
from sandbox.webhook import WebhookDelivery

Json = dict[str, Any]

MAX_TEXT = 4096
MAX_CAPTION = 1024


class ControlError(Exception):
    """A control API request that cannot be done; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class CallbackQuery:
    id: str
    chat_id: int
    message_id: int
    data: str
    answered: bool = False
    text: str | None = None
    show_alert: bool = False
    url: str | None = None

    def to_json(self) -> Json:
        return {
            "id": self.id,
            "chat_id": self.chat_id,
            "message_id": self.message_id,
            "data": self.data,
            "answered": self.answered,
            "text": self.text,
            "show_alert": self.show_alert,
            "url": self.url,
        }


def bot_id_from_token(token: str) -> int:
    head = token.split(":", 1)[0]
    return int(head) if head.isdigit() else 1


class Sandbox:
    """Everything one sandbox server holds."""

    def __init__(
        self,
        token: str,
        *,
        bot_username: str = "mentor_sandbox_bot",
        bot_first_name: str = "Mentor Sandbox",
        rate_limit: float | None = 30.0,
        webhook_retry_delay: float = 0.5,
        webhook_parallel: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.token = token
        self.clock = clock
        self.world = World(BotIdentity(bot_id_from_token(token), bot_first_name, bot_username), clock)
        self.files = FileStore()
        self.updates = UpdateQueue()
        self.config = BotConfig()
        self.faults = FaultQueue()
        self.limiter = RateLimiter(rate_limit, time.monotonic)
        self.stats = Stats()
        self.webhook = WebhookDelivery(
            self.updates,
            retry_delay=webhook_retry_delay,
            clock=clock,
            parallel=webhook_parallel,  # as Telegram: max_connections at once, in order per chat
            observer=lambda: self.observer,
        )
        self.callbacks: dict[str, CallbackQuery] = {}
        self._callback_ids = itertools.count(1)
        # Set by whoever runs a demo (the launcher): restart the bot on a fresh database, re-create personas.
        self.on_demo_reset: Callable[[], Awaitable[None]] | None = None
        self._demo_reset: asyncio.Task[None] | None = None
        # Set by a benchmark to timestamp updates handed out and the bot's calls (sandbox/observe.py).
        self.observer: Observer | None = None

    async def reset_demo(self) -> None:
        """Run `on_demo_reset` if set, else a plain `reset()`.

        Requests that come while a demo reset runs join it, and the reset is not cut short when the
        page that asked for it goes away.
        """
        if self._demo_reset is None or self._demo_reset.done():
            self._demo_reset = asyncio.create_task(self._run_demo_reset())
        await asyncio.shield(self._demo_reset)

    async def _run_demo_reset(self) -> None:
        if self.on_demo_reset is None:
            self.reset()
        else:
            await self.on_demo_reset()

    def reset(self, *, config: bool = False) -> None:
        """Forget personas, chats, files, updates, faults, counters; with `config`, the bot's setup too."""
        self.world.clear()
        self.files.clear()
        self.updates.clear()
        self.callbacks.clear()
        self.faults.clear()
        self.stats.clear()
        self.webhook.stats.delivered = self.webhook.stats.failed = 0
        self.limiter.configure(self.limiter.per_second)
        if config:
            self.config = BotConfig()
            self.updates.allowed = None
            self.webhook.set(None)

    def chat(self, chat_id: int) -> Chat:
        chat = self.world.chat(chat_id)
        if chat is None:
            raise ControlError(404, f"no chat {chat_id}")
        return chat

    # --- persona actions ---------------------------------------------------------------------------

    def persona_sends(
        self,
        chat: Chat,
        *,
        text: str | None = None,
        media: StoredFile | None = None,
        caption: str | None = None,
        reply_to_message_id: int | None = None,
    ) -> tuple[StoredMessage, Update | None]:
        """A persona sends a text, photo or document; the bot gets a `message` update."""
        if media is None:
            text = (text or "").strip()
            if not text:
                raise ControlError(400, "text is empty")
            if len(text) > MAX_TEXT:
                raise ControlError(400, "text is longer than 4096 characters")
        caption = (caption or "").strip() or None
        if caption is not None and len(caption) > MAX_CAPTION:
            raise ControlError(400, "caption is longer than 1024 characters")
        if reply_to_message_id is not None and reply_to_message_id not in chat.messages:
            raise ControlError(400, f"no message {reply_to_message_id} to reply to")
        if chat.blocked:
            self.set_blocked(chat, False)
        chat.started = True
        if chat.reply_keyboard is not None and chat.reply_keyboard.get("one_time_keyboard"):
            chat.reply_keyboard = {**chat.reply_keyboard, "collapsed": True}
        message = self.world.add_message(
            chat,
            outgoing=False,
            text=text if media is None else None,
            entities=command_entities(text) if text and media is None else [],
            media=media,
            caption=caption,
            reply_to_message_id=reply_to_message_id,
        )
        return message, self.updates.push("message", self.world.telegram_message(message))

    def press(
        self, chat: Chat, message_id: int, *, data: str | None = None, text: str | None = None
    ) -> tuple[CallbackQuery, Update | None]:
        """A persona presses an inline callback button, found by its data or its label."""
        message = chat.messages.get(message_id)
        if message is None:
            raise ControlError(404, f"no message {message_id} in chat {chat.id}")
        rows = (message.reply_markup or {}).get("inline_keyboard", [])
        buttons = [button for row in rows for button in row]
        found = next(
            (
                b
                for b in buttons
                if (data is not None and b.get("callback_data") == data)
                or (data is None and b.get("text") == text)
            ),
            None,
        )
        if found is None or "callback_data" not in found:
            raise ControlError(400, f"message {message_id} has no callback button {data or text!r}")
        query_id = f"{chat.id}{next(self._callback_ids):08d}"
        query = CallbackQuery(query_id, chat.id, message_id, found["callback_data"])
        self.callbacks[query.id] = query
        update = self.updates.push(
            "callback_query",
            {
                "id": query.id,
                "from": chat.persona.to_user(),
                "message": self.world.telegram_message(message),
                "chat_instance": str(chat.id * 7919 + self.world.bot.id),
                "data": query.data,
            },
        )
        return query, update

    def set_blocked(self, chat: Chat, blocked: bool) -> Update | None:
        """A persona blocks or unblocks the bot; the bot gets a `my_chat_member` update."""
        if chat.blocked == blocked:
            return None
        chat.blocked = blocked
        self.world.touch(chat)
        bot = self.world.bot.to_user()
        member: Json = {"user": bot, "status": "member"}
        kicked: Json = {"user": bot, "status": "kicked", "until_date": 0}
        return self.updates.push(
            "my_chat_member",
            {
                "chat": chat.persona.to_chat(),
                "from": chat.persona.to_user(),
                "date": self.world.now(),
                "old_chat_member": member if blocked else kicked,
                "new_chat_member": kicked if blocked else member,
            },
        )
