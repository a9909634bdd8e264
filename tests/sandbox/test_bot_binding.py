"""Telegram objects are bound to their bot in one step (bot/bot_binding.py), and still bound everywhere."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Message, TelegramObject, Update
from pydantic._internal import _model_construction
from sandbox_support import TOKEN

from bot.session import BotSession
from sandbox.server import SandboxServer

KEYBOARD = InlineKeyboardMarkup(
    inline_keyboard=[[InlineKeyboardButton(text=f"Option {n}", callback_data=f"o:{n}")] for n in range(5)]
)


@pytest.fixture
async def our_bot(server: SandboxServer) -> AsyncIterator[Bot]:
    instance = Bot(TOKEN, session=BotSession(api=TelegramAPIServer.from_base(server.url)))
    yield instance
    await instance.session.close()


def _update(chat_id: int, sent: Message) -> dict[str, Any]:
    """A tap on the sent message's first button, as Telegram sends it."""
    message = sent.model_dump(mode="json", exclude_none=True, by_alias=True)
    person = {"id": chat_id, "is_bot": False, "first_name": "Teacher"}
    tap = {"id": "7", "from": person, "chat_instance": "1", "data": "o:0", "message": message}
    return {"update_id": 1, "callback_query": tap}


async def test_objects_from_answers_and_updates_act_through_their_bot(
    our_bot: Bot, chat_id: int, server: SandboxServer
) -> None:
    sent = await our_bot.send_message(chat_id, "Pick one", reply_markup=KEYBOARD)
    assert sent.bot is our_bot and sent.chat.bot is our_bot
    assert sent.reply_markup is not None and sent.reply_markup.inline_keyboard[4][0].bot is our_bot

    update = Update.model_validate(_update(chat_id, sent), context={"bot": our_bot})
    tap = update.callback_query
    assert tap is not None and isinstance(tap.message, Message) and tap.message.bot is our_bot
    reply = await tap.message.answer("Thank you")  # a shortcut: it goes through the bound bot

    texts = [message.text for message in server.sandbox.chat(chat_id).messages.values()]
    assert texts[-2:] == ["Pick one", "Thank you"]
    assert reply.bot is our_bot


async def test_parsing_skips_pydantics_wrapper_chain(
    our_bot: Bot, chat_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent = await our_bot.send_message(chat_id, "Pick one", reply_markup=KEYBOARD)
    calls = []
    original = _model_construction.init_private_attributes

    def counted(self: Any, context: Any, /) -> None:
        calls.append(type(self).__name__)
        original(self, context)

    monkeypatch.setattr(_model_construction, "init_private_attributes", counted)
    update = Update.model_validate(_update(chat_id, sent), context={"bot": our_bot})
    again = await our_bot.edit_message_text(text="Picked", chat_id=chat_id, message_id=sent.message_id)

    assert calls == []
    assert update.callback_query is not None and update.callback_query.bot is our_bot
    assert isinstance(again, Message) and again.text == "Picked" and again.bot is our_bot


def test_objects_made_in_code_have_no_bot_until_bound(our_bot: Bot) -> None:
    button = InlineKeyboardButton(text="Back", callback_data="back")
    assert button.bot is None
    assert button.as_(our_bot).bot is our_bot


def test_a_subclass_made_later_is_bound_too(our_bot: Bot) -> None:
    class Event(TelegramObject):  # as aiogram-dialog's DialogUpdateEvent subclasses aiogram's types
        action: str

    event = Event.model_validate({"action": "start"}, context={"bot": our_bot})
    assert event.bot is our_bot and event.action == "start"
    assert Event(action="done").bot is None
