"""The bot's Bot API session keeps the models it parses answers with, across garbage collections."""

from __future__ import annotations

import gc
import json
import weakref
from collections.abc import AsyncIterator
from typing import cast
from urllib.parse import parse_qsl

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.methods import EditMessageText
from aiogram.methods.base import Response
from aiogram.types import (
    BufferedInputFile,
    CallbackGame,
    Chat,
    CopyTextButton,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LoginUrl,
    Message,
    WebAppInfo,
)
from aiohttp.payload import BytesPayload
from sandbox_support import TOKEN

from bot.app import make_bot
from bot.session import BotSession
from bot.settings import Settings
from sandbox.server import SandboxServer


@pytest.fixture
async def our_bot(server: SandboxServer) -> AsyncIterator[Bot]:
    instance = Bot(TOKEN, session=BotSession(api=TelegramAPIServer.from_base(server.url)))
    yield instance
    await instance.session.close()


async def test_answers_are_parsed_with_the_same_model_after_a_collection(our_bot: Bot, chat_id: int) -> None:
    first = await our_bot.send_message(chat_id, "one")
    model = weakref.ref(Response[Message])
    unused = weakref.ref(Response[Chat])  # what pydantic alone does with a model nobody keeps
    gc.collect()

    second = await our_bot.send_message(chat_id, "two")
    assert isinstance(first, Message) and isinstance(second, Message)
    assert (first.text, second.text) == ("one", "two")
    assert unused() is None  # pydantic's own cache lets it go at the first collection
    assert model() is not None and Response[Message] is model()  # ours is still the one in use


async def test_requests_with_and_without_a_file_arrive_whole(
    our_bot: Bot, chat_id: int, server: SandboxServer
) -> None:
    """Without a file the request goes as a urlencoded body of its own making; with one, as aiogram's
    multipart form. Either way Telegram gets every field: text in any script, symbols, the buttons."""
    text = "Здравей & добре дошла: 100% = ✔ «mentor»"
    keyboard = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="✔ Confirm", callback_data="q:confirm&1=2")]]
    )
    sent = await our_bot.send_message(chat_id, text, reply_markup=keyboard)
    document = await our_bot.send_document(
        chat_id, BufferedInputFile(b"%PDF-1.4 statement", filename="statement.pdf"), caption="Ваш отчёт"
    )

    stored = server.sandbox.chat(chat_id).messages
    assert stored[sent.message_id].text == text
    markup = stored[sent.message_id].reply_markup or {}
    assert markup["inline_keyboard"][0][0] == {"text": "✔ Confirm", "callback_data": "q:confirm&1=2"}
    assert stored[document.message_id].caption == "Ваш отчёт"
    media = stored[document.message_id].media
    assert media is not None and media.data == b"%PDF-1.4 statement"


async def test_the_default_parse_mode_reaches_telegram(server: SandboxServer, chat_id: int) -> None:
    """The bot's default HTML parse mode (an enum) goes by its value: bold text arrives as bold."""
    bot = make_bot(Settings(bot_token=TOKEN, telegram_api_url=server.url))
    try:
        sent = await bot.send_message(chat_id, "<b>Welcome</b>")
    finally:
        await bot.session.close()
    stored = server.sandbox.chat(chat_id).messages[sent.message_id]
    assert stored.text == "Welcome"
    assert [entity["type"] for entity in stored.entities] == ["bold"]


def test_an_inline_keyboard_is_sent_as_aiogram_would_send_it() -> None:
    """The keyboard written by pydantic in one call carries the same JSON as aiogram's own walk over it,
    for every kind of inline button, in any script, with the fields that are left out left out."""
    buttons = [
        [InlineKeyboardButton(text="Слабо ✔", callback_data="q:1&x=2")],
        [InlineKeyboardButton(text="Site", url="https://example.org/?a=1&b=2")],
        [InlineKeyboardButton(text="App", web_app=WebAppInfo(url="https://example.org/app"))],
        [InlineKeyboardButton(text="Log in", login_url=LoginUrl(url="https://example.org/login"))],
        [InlineKeyboardButton(text="Share", switch_inline_query="")],
        [InlineKeyboardButton(text="Copy", copy_text=CopyTextButton(text="МЕНТОР-42"))],
        [
            InlineKeyboardButton(text="Pay", pay=False),
            InlineKeyboardButton(text="Game", callback_game=CallbackGame()),
        ],
    ]
    method = EditMessageText(
        chat_id=7,
        message_id=3,
        text="Въпрос 1 от 6",
        reply_markup=InlineKeyboardMarkup(inline_keyboard=buttons),
    )
    bot = Bot(TOKEN)
    ours = BotSession().build_form_data(bot, method)
    sent = dict(parse_qsl(cast(BytesPayload, ours)._value.decode(), keep_blank_values=True))

    theirs = AiohttpSession()
    expected = {}
    for key, value in method.model_dump(warnings=False).items():
        prepared = theirs.prepare_value(value, bot=bot, files={})
        if prepared:
            expected[key] = prepared
    assert sent.keys() == expected.keys()
    assert json.loads(sent.pop("reply_markup")) == json.loads(expected.pop("reply_markup"))
    assert sent == {key: str(value) for key, value in expected.items()}
