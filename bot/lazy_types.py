"""Build aiogram's pydantic schemas when a type is first used, not all ~450 of them at import.

`aiogram.types` ends with a loop that calls `model_rebuild()` on every Telegram type, which builds every
schema although the models say `defer_build=True`: about 1.4 s of start-up and 100 MB of memory on a
small server, for types a bot mostly never sees. Here that loop is skipped while aiogram is imported,
and the names it would have resolved forward references with (aiogram's modules import their types
only for type checkers) are put into each types and methods module instead, so pydantic finds them when
it builds a schema on first use. Nothing changes once aiogram has been imported; versions are pinned.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import BaseModel

PACKAGES = ("aiogram.types.", "aiogram.methods.")


def defer_aiogram_schemas() -> None:
    """Import aiogram with its schema building deferred (no effect if aiogram is already imported)."""
    if "aiogram" in sys.modules:
        return
    from pydantic import BaseModel

    original = BaseModel.__dict__["model_rebuild"]
    rebuild = original.__func__
    namespace: dict[str, Any] = {}

    def deferred(cls: type[BaseModel], **kwargs: Any) -> bool | None:
        types_namespace = kwargs.get("_types_namespace")
        if types_namespace is not None and not kwargs.get("force") and cls.__module__.startswith(PACKAGES):
            namespace.update(types_namespace)
            return None
        kwargs["_parent_namespace_depth"] = kwargs.get("_parent_namespace_depth", 2) + 1
        result: bool | None = rebuild(cls, **kwargs)
        return result

    BaseModel.model_rebuild = classmethod(deferred)  # type: ignore[method-assign,assignment]
    try:
        import aiogram  # noqa: F401  (types, methods, Bot, Dispatcher)
    finally:
        BaseModel.model_rebuild = original  # type: ignore[method-assign]
    for name, module in list(sys.modules.items()):
        if name.startswith(PACKAGES):
            names = vars(module)
            for key, value in namespace.items():
                names.setdefault(key, value)


async def warm_up(pause: float = 0.05) -> None:
    """Build the schemas every bot soon needs (an update, a message, the calls that answer one), one at a
    time with a pause between, so that a running bot does it while its first long poll waits instead of
    while a person waits for the first answer."""
    import asyncio

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
