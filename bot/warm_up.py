"""Build the schemas every bot soon needs while its first long poll waits, not when a person does."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import BaseModel


async def warm_up(pause: float = 0.05) -> None:
    """Build the schemas every bot soon needs (an update, a message, the calls that answer one), one at a
    time with a pause between, so that a running bot does it while its first long poll waits instead of
    while a person waits for the first answer."""
    from aiogram.methods import (
        AnswerCallbackQuery,
        DeleteMessage,
        EditMessageReplyMarkup,
        EditMessageText,
        GetUpdates,
        SendChatAction,
        SendMessage,
    )
    from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message, Update

    models: list[type[BaseModel]] = [
        Update,
        Message,
        CallbackQuery,
        InlineKeyboardMarkup,
        SendMessage,
        EditMessageText,
        EditMessageReplyMarkup,
        AnswerCallbackQuery,
        DeleteMessage,
        SendChatAction,
    ]
    for model in models:
        await asyncio.sleep(pause)
        model.model_rebuild()
    from bot.session import response_model  # kept, so they are not built again after a collection

    for method in (GetUpdates, SendMessage, EditMessageText, AnswerCallbackQuery):
        await asyncio.sleep(pause)
        response_model(method.__returning__).model_rebuild()
