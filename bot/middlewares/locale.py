"""aiogram-i18n manager: the person's stored language, else Telegram's language_code, else the default."""

from __future__ import annotations

from typing import Any

from aiogram.types import User
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
