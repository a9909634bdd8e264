"""The Bot API session: aiogram's aiohttp session, keeping each answer's parsing model alive.

aiogram parses every Bot API answer with `Response[<the method's return type>]`, a pydantic generic model
that pydantic keeps only weakly. Whenever the garbage collector runs, those classes go, and the next call
of that method builds its schema again: about 10 ms of CPU for `Response[list[Update]]` on every long poll
and for every sendMessage/editMessageText after a collection (B1 in benchmarks/NOTES.md). Holding each
parametrised class here once keeps pydantic's own cache hit.
"""

from __future__ import annotations

from typing import Any

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response, TelegramType

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
        response_model(method.__returning__)
        return super().check_response(bot, method, status_code, content)
