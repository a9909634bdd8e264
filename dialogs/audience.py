"""Texts written per role and programme kind: the privacy notice, the help and the command list speak to a
coordinator, a teacher, a student mentor or a student mentee (storage/repo/memberships.py `reader`)."""

from __future__ import annotations

from typing import Any

from aiogram import Bot
from aiogram.types import BotCommandScopeChat
from aiogram_dialog import DialogManager
from aiogram_dialog.widgets.common import WhenCondition
from aiogram_dialog.widgets.text import Text
from aiogram_i18n import I18nContext
from aiogram_i18n.cores.base import BaseCore
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs import locales
from dialogs.context import actor_of, session_of
from dialogs.widgets import i18n_of
from storage.repo.memberships import Audience, Reader, reader

NEWCOMER = Reader(Audience.NEWCOMER, coordinator=False)


def notice_key(who: Reader) -> str:
    """The privacy notice for `who`; someone with no role yet reads the one that promises the most care."""
    audience = Audience.STUDENT_MENTEE if who.audience is Audience.NEWCOMER else who.audience
    return f"privacy-notice-{audience.value}"


def help_text(i18n: I18nContext, who: Reader) -> str:
    """/help for `who`: only the commands they have, and the invite link only for someone with no role."""
    if who.audience is Audience.NEWCOMER:
        return i18n.get("help-text")
    text = i18n.get(f"help-text-{who.audience.value}")
    if who.coordinator and who.audience is not Audience.COORDINATOR:
        text += "\n\n" + i18n.get("help-coordinator-also")
    return text


def command_names(who: Reader) -> tuple[str, ...]:
    pair_member = who.audience not in (Audience.COORDINATOR, Audience.NEWCOMER)
    return locales.command_names(pair_member, who.coordinator)


async def set_commands_for(bot: Bot, core: BaseCore[Any], locale: str, chat_id: int, who: Reader) -> None:
    """The person's own command list, in their language, in their chat (Telegram's per-chat scope)."""
    await bot.set_my_commands(
        locales.commands(core, locale, command_names(who)), scope=BotCommandScopeChat(chat_id=chat_id)
    )


async def refresh_commands(manager: DialogManager, locale: str | None = None) -> None:
    """Set the command list of the person of this dialog, now that their role is known."""
    actor = actor_of(manager)
    i18n = i18n_of(manager)
    who = await reader(session_of(manager), actor.person_id)
    bot: Bot = manager.middleware_data["bot"]
    await set_commands_for(bot, i18n.core, locale or i18n.locale, actor.telegram_id, who)


async def reader_of(session: AsyncSession, person_id: int | None) -> Reader:
    return NEWCOMER if person_id is None else await reader(session, person_id)


class ForReader(Text):
    """The privacy notice or the help, as written for the person of this dialog."""

    def __init__(self, what: str, when: WhenCondition = None) -> None:
        super().__init__(when=when)
        self.what = what

    async def _render_text(self, data: dict[str, Any], manager: DialogManager) -> str:
        i18n = i18n_of(manager)
        who = await reader(session_of(manager), actor_of(manager).person_id)
        if self.what == "help":
            return help_text(i18n, who)
        return i18n.get(notice_key(who))
