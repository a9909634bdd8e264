"""What a dialog handler or getter needs from the update: session, person, i18n, settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aiogram_dialog import DialogManager
from aiogram_i18n import I18nContext
from sqlalchemy.ext.asyncio import AsyncSession

from storage.repo.actors import Actor


@dataclass(frozen=True)
class DialogConfig:
    """Settings the dialogs need, handed in by the bot when it builds the dispatcher."""

    invite_ttl_days: int = 14
    default_timezone: str = "Europe/Sofia"
    urgent_words_signal: bool = False  # URGENT_WORDS_SIGNAL (dialogs/urgent.py)
    web_base_url: str | None = None  # WEB_BASE_URL: the web channel runs, New pair offers it (issue #24)


def session_of(manager: DialogManager) -> AsyncSession:
    session: AsyncSession = manager.middleware_data["session"]
    return session


def actor_of(manager: DialogManager) -> Actor:
    actor: Actor | None = manager.middleware_data.get("actor")
    if actor is None:
        raise PermissionError("no person behind this update")
    return actor


def i18n_from(data: dict[str, Any]) -> I18nContext:
    context: I18nContext = data["i18n"]
    return context


def config_of(manager: DialogManager) -> DialogConfig:
    config: DialogConfig = manager.middleware_data.get("dialog_config", DialogConfig())
    return config
