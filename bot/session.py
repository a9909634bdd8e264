"""The Bot API session: aiogram's aiohttp session, keeping each answer's parsing model alive and sending
requests without files as a plain urlencoded body.

aiogram parses every Bot API answer with `Response[<the method's return type>]`, a pydantic generic model
that pydantic keeps only weakly. Whenever the garbage collector runs, those classes go, and the next call
of that method builds its schema again: about 10 ms of CPU for `Response[list[Update]]` on every long poll
and for every sendMessage/editMessageText after a collection (B1 in benchmarks/NOTES.md). Holding each
parametrised class here once keeps pydantic's own cache hit. A successful answer is parsed by that class
straight from its JSON (one pass in pydantic's core, without looking the class up again); an error, or
an answer that does not parse, goes aiogram's way, which raises aiogram's exceptions.

aiogram sends every request as an aiohttp `FormData`, which sets up a multipart writer (with a random
boundary from `uuid4`) before it finds there is no file and sends the fields urlencoded after all. A
request with no file is sent here as a JSON body (Telegram takes either), built directly: urlencoding
took 30 us of the 54 us it took to build a question's editMessageText, JSON 5 us. One with a file goes
aiogram's way.

An inline keyboard (most of what the bot sends) is written to JSON by pydantic in one call, without
`None`s, instead of being dumped to dictionaries that aiogram then walks value by value (for Telegram's
defaults, files, dates and enums, none of which an inline keyboard holds) before `json.dumps`: about
8 us instead of 100 us for a question's keyboard. Telegram reads the same keyboard either way
(tests/sandbox/test_bot_session.py holds the two to each other).
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response, TelegramType
from aiogram.types import InlineKeyboardMarkup, InputFile
from aiohttp import FormData
from aiohttp.payload import BytesPayload
from pydantic import ValidationError

_MARKUP = {"reply_markup"}
_RESPONSE_MODELS: dict[Any, type[Response[Any]]] = {}


def response_model(returning: Any) -> type[Response[Any]]:
    """`Response[returning]`, built once per process and kept."""
    model = _RESPONSE_MODELS.get(returning)
    if model is None:
        model = _RESPONSE_MODELS[returning] = Response[returning]
    return model


class BotSession(AiohttpSession):
    def check_response(
        self, bot: Bot, method: TelegramMethod[TelegramType], status_code: int, content: str
    ) -> Response[TelegramType]:
        model = response_model(method.__returning__)
        if HTTPStatus.OK <= status_code <= HTTPStatus.IM_USED:
            try:
                response = model.model_validate_json(content, context={"bot": bot})
            except ValidationError:
                pass  # aiogram's own path below says what was wrong
            else:
                if response.ok:
                    return response
        return super().check_response(bot, method, status_code, content)  # errors: aiogram's exceptions

    def build_form_data(self, bot: Bot, method: TelegramMethod[TelegramType]) -> FormData:
        files: dict[str, InputFile] = {}
        fields = []
        markup = getattr(method, "reply_markup", None)
        keyboard = None
        if isinstance(markup, InlineKeyboardMarkup):
            keyboard = markup.model_dump_json(exclude_none=True)
        for key, value in method.model_dump(warnings=False, exclude=_MARKUP if keyboard else None).items():
            prepared = self.prepare_value(value, bot=bot, files=files)
            if prepared:
                fields.append((key, prepared))
        if files:
            return super().build_form_data(bot, method)
        # every value is a string here (aiogram's prepare_value), as Telegram reads a form's; the keyboard
        # goes in as the JSON object it is
        body = json.dumps(dict(fields), ensure_ascii=False)
        if keyboard is not None:
            body = f'{body[:-1]}{", " if fields else ""}"reply_markup": {keyboard}}}'
        # aiohttp takes a payload wherever it takes form data
        return BytesPayload(body.encode(), content_type="application/json")  # type: ignore[return-value]
