"""The web channel's journal (docs/web-channel.md): every chat the web bot wrote to is written to the
database before the Bot API call returns, and the chats are read back when the process starts, so a
restart or a kill loses no message a web person was sent (the same promise Telegram keeps for its chats).

What is kept of a chat: the person as the engine knows them, its last `KEPT` messages (text, entities,
keyboard, dates, edits) and the next message id; not the bytes of photos and documents (exports and QR
pictures are made again on request), so messages with a file are not brought back.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from typing import cast

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.methods import AnswerCallbackQuery, GetUpdates, SendChatAction, TelegramMethod
from aiogram.methods.base import Response, TelegramType
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.web.channel import WebChannel
from sandbox.state import Chat, StoredMessage
from storage.repo import web_chats
from storage.timeutil import utcnow

log = logging.getLogger(__name__)

KEPT = 200  # messages of a chat the journal keeps (older ones leave the page after a restart)
NOT_KEPT = (GetUpdates, AnswerCallbackQuery, SendChatAction)  # calls that change no chat's messages


def snapshot(chat: Chat) -> str:
    """The chat as JSON, without file bytes."""
    kept = [m for m in chat.messages.values() if m.media is None][-KEPT:]
    messages = [{k: v for k, v in dataclasses.asdict(m).items() if k != "media"} for m in kept]
    return json.dumps(
        {
            "persona": chat.persona.to_json(),
            "last_message_id": chat.last_message_id,
            "started": chat.started,
            "messages": messages,
        },
        ensure_ascii=False,
    )


def restore(channel: WebChannel, chat_id: int, saved: str) -> Chat:
    """Put a journaled chat back into the engine (at start, before the bot takes updates)."""
    data = json.loads(saved)
    persona = data["persona"]
    chat = channel.open_chat(chat_id, persona.get("first_name") or "", persona.get("language_code"))
    for fields in data["messages"]:
        message = StoredMessage(**fields)
        chat.messages[message.message_id] = message
    chat.last_message_id = max(int(data["last_message_id"]), chat.last_message_id)
    chat.started = bool(data.get("started", True))
    channel.engine.world.touch(chat)
    return chat


async def restore_all(channel: WebChannel, factory: async_sessionmaker[AsyncSession]) -> int:
    async with factory() as session:
        saved = await web_chats.all_chats(session)
    for chat_id, data in saved:
        try:
            restore(channel, chat_id, data)
        except (ValueError, KeyError, TypeError):
            log.error("web chat %s in the journal cannot be read; it starts empty", chat_id)
    return len(saved)


async def keep(channel: WebChannel, factory: async_sessionmaker[AsyncSession], chat_id: int) -> None:
    chat = channel.engine.world.chat(chat_id)
    if chat is None:
        return
    async with factory() as session:
        await web_chats.save(session, chat_id, snapshot(chat), utcnow())
        await session.commit()


class JournalMiddleware(BaseRequestMiddleware):
    """On the web bot's session: a call that changed a chat returns only once the chat is journaled."""

    def __init__(self, channel: WebChannel, factory: async_sessionmaker[AsyncSession]) -> None:
        self.channel = channel
        self.factory = factory

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        response = await make_request(bot, method)
        chat_id = getattr(method, "chat_id", None)
        if isinstance(chat_id, int) and not isinstance(method, NOT_KEPT):
            await keep(self.channel, self.factory, chat_id)
        return cast(Response[TelegramType], response)
