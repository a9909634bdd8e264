"""The bot's Bot API session keeps the models it parses answers with, across garbage collections."""

from __future__ import annotations

import gc
import json
import weakref
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import AnswerCallbackQuery, EditMessageText, GetUpdates, TelegramMethod
from aiogram.methods.base import Response
from aiogram.types import (
    BufferedInputFile,
    Chat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
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
    """Without a file the request goes as a JSON body of its own making; with one, as aiogram's
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


_SENT = {
    "message_id": 7,
    "date": 1764000000,
    "chat": {"id": 501, "type": "private", "first_name": "Ана"},
    "from": {"id": 1, "is_bot": True, "first_name": "Mentor bot", "username": "mentor_bot"},
    "text": "Question 1 of 6",
    "reply_markup": {"inline_keyboard": [[{"text": "✔ Yes", "callback_data": "q:1"}]]},
}
_UPDATES = [
    {
        "update_id": 11,
        "callback_query": {
            "id": "cb1",
            "from": {"id": 501, "is_bot": False, "first_name": "Ана"},
            "chat_instance": "ci",
            "data": "q:1",
            "message": _SENT,
        },
    },
    {
        "update_id": 12,
        "message": {**_SENT, "message_id": 8, "from": {"id": 501, "is_bot": False, "first_name": "Ана"}},
    },
]


@pytest.mark.parametrize(
    ("method", "result"),
    [
        (EditMessageText(chat_id=501, message_id=7, text="Question 1 of 6"), _SENT),
        (EditMessageText(inline_message_id="abc", text="Question 1 of 6"), True),
        (AnswerCallbackQuery(callback_query_id="cb1"), True),
        (GetUpdates(offset=11), _UPDATES),
    ],
)
def test_answers_are_read_as_aiogram_reads_them(method: TelegramMethod[Any], result: object) -> None:
    bot = Bot(TOKEN)
    content = json.dumps({"ok": True, "result": result})
    ours = BotSession().check_response(bot, method, 200, content)
    aiogram = AiohttpSession().check_response(bot, method, 200, content)
    assert ours == aiogram
    assert type(ours.result) is type(aiogram.result)
    if isinstance(ours.result, Message):
        assert ours.result.bot is bot  # it can act: answer, edit
        assert ours.result.reply_markup is not None
        assert (
            ours.result.reply_markup.model_dump()
            == InlineKeyboardMarkup(
                inline_keyboard=[[InlineKeyboardButton(text="✔ Yes", callback_data="q:1")]]
            ).model_dump()
        )


@pytest.mark.parametrize(
    ("status", "answer", "error"),
    [
        (
            429,
            {
                "ok": False,
                "error_code": 429,
                "description": "Too Many Requests: retry after 3",
                "parameters": {"retry_after": 3},
            },
            TelegramRetryAfter,
        ),
        (
            400,
            {"ok": False, "error_code": 400, "description": "Bad Request: message is not modified"},
            TelegramBadRequest,
        ),
        (
            403,
            {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"},
            TelegramForbiddenError,
        ),
        (502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}, TelegramServerError),
        (200, {"ok": False, "error_code": 400, "description": "Bad Request: odd"}, TelegramAPIError),
        (200, "<html>not json</html>", ClientDecodeError),
        (200, {"ok": True, "result": {"message_id": "not a number"}}, ClientDecodeError),
    ],
)
def test_errors_are_aiogram_errors(status: int, answer: object, error: type[Exception]) -> None:
    content = answer if isinstance(answer, str) else json.dumps(answer)
    method = EditMessageText(chat_id=501, message_id=7, text="x")
    with pytest.raises(error) as raised:
        BotSession().check_response(Bot(TOKEN), method, status, content)
    if isinstance(raised.value, TelegramRetryAfter):
        assert raised.value.retry_after == 3
