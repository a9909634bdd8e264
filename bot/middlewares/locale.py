"""aiogram-i18n for updates: the person's stored language, else Telegram's language_code, else the default;
and a middleware that lets go of each update's data when the update is done."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram.types import TelegramObject, User
from aiogram_i18n import I18nMiddleware
from aiogram_i18n.cores.base import BaseCore
from aiogram_i18n.managers import BaseManager
from sqlalchemy.ext.asyncio import AsyncSession

from storage.repo import people
from storage.repo.actors import Actor


class PersonLocaleManager(BaseManager):
    def __init__(self, core: BaseCore[Any], default_locale: str) -> None:
        super().__init__(default_locale=default_locale)
        self.core = core

    def supported(self, code: str | None) -> str | None:
        if not code:
            return None
        base = code.replace("_", "-").split("-")[0].lower()
        if base == "no":  # Norwegian: Bokmål is what we ship
            base = "nb"
        return base if base in self.core.available_locales else None

    async def get_locale(self, event_from_user: User | None = None, actor: Actor | None = None) -> str:
        if actor is not None and self.supported(actor.locale):
            return str(actor.locale)
        from_telegram = self.supported(event_from_user.language_code if event_from_user else None)
        return from_telegram or str(self.default_locale)

    async def set_locale(
        self, locale: str, actor: Actor | None = None, session: AsyncSession | None = None
    ) -> None:
        if actor is not None and session is not None:
            await people.set_locale(session, actor.person_id, locale)


class UpdateI18nMiddleware(I18nMiddleware):
    """aiogram-i18n's middleware, without the reference cycle it leaves behind each update.

    aiogram-i18n puts the update's `I18nContext` into the update's data, and the context holds that same
    data: a cycle, so everything the update's data reaches (its database session, dialog state, person)
    stayed in memory until a full garbage collection, and with many people at once those collections
    paused the bot (benchmarks/NOTES.md). When
    the update is handled, the context leaves the data, and reference counting frees the rest at once.
    After an error it stays: aiogram's error handlers, ours among them, still read it.
    """

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        result = await super().__call__(handler, event, data)
        data.pop(self.context_key, None)
        return result
