"""The Bot API session: aiogram's aiohttp session, keeping each answer's parsing model alive.

aiogram parses every Bot API answer with `Response[<the method's return type>]`, a pydantic generic model
that pydantic keeps only weakly. Whenever the garbage collector runs, those classes go, and the next call
of that method builds its schema again: about 10 ms of CPU for `Response[list[Update]]` on every long poll
and for every sendMessage/editMessageText after a collection (B1 in benchmarks/NOTES.md). Holding each
parametrised class here once keeps pydantic's own cache hit. A successful answer is parsed by that class
straight from its JSON (one pass in pydantic's core, without looking the class up again); an error, or
an answer that does not parse, goes aiogram's way, which raises aiogram's exceptions.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response, TelegramType
from pydantic import ValidationError

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
