"""The languages the bot speaks (the folders under locales/), named in their own language."""

from __future__ import annotations

import html
from typing import Any

from aiogram.types import BotCommand
from aiogram_i18n.cores.base import BaseCore

SOURCE_LOCALE = "en"


def escaped(text: str) -> str:
    """The text HTML-escaped, to go into a message sent as HTML."""
    return html.escape(text, quote=False)


COMMANDS = (
    "menu",
    "questionnaire",
    "diary",
    "reflect",
    "goals",
    "meeting",
    "tips",
    "concern",
    "mydata",
    "digest",
    "export",
    "help",
    "language",
    "cancel",
    "start",
)


def available(core: BaseCore[Any]) -> list[tuple[str, str]]:
    """(code, own name) of every locale, English first, the rest by code."""
    codes = sorted(core.available_locales, key=lambda code: (code != SOURCE_LOCALE, code))
    return [(code, core.get("language-name", code)) for code in codes]


def commands(core: BaseCore[Any], locale: str) -> list[BotCommand]:
    """The bot's command list with descriptions in `locale`."""
    return [BotCommand(command=name, description=core.get(f"cmd-{name}", locale)) for name in COMMANDS]
