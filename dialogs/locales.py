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


# The list everyone sees until the bot knows their role (and Telegram's default): minimal, for no role.
DEFAULT_COMMANDS = ("menu", "mydata", "help", "language", "cancel")
# A pair's member (teacher, student mentor or mentee): the journey; never the coordinators' /digest, /export.
PAIR_COMMANDS = (
    "menu",
    "questionnaire",
    "diary",
    "reflect",
    "goals",
    "meeting",
    "tips",
    "concern",
    "mydata",
    "help",
    "language",
    "cancel",
)
COORDINATOR_COMMANDS = ("menu", "digest", "export", "mydata", "help", "language", "cancel")


def command_names(pair_member: bool, coordinator: bool) -> tuple[str, ...]:
    """The commands of someone in a pair and/or coordinating, in `COMMANDS`' order."""
    if not pair_member and not coordinator:
        return DEFAULT_COMMANDS
    wanted = set(PAIR_COMMANDS if pair_member else ()) | set(COORDINATOR_COMMANDS if coordinator else ())
    return tuple(name for name in COMMANDS if name in wanted)


def commands(core: BaseCore[Any], locale: str, names: tuple[str, ...] = DEFAULT_COMMANDS) -> list[BotCommand]:
    """A command list (the default one unless `names`) with descriptions in `locale`."""
    return [BotCommand(command=name, description=core.get(f"cmd-{name}", locale)) for name in names]
