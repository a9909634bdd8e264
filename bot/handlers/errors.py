"""Errors: a stale button restarts the menu politely; a blocked bot marks the person unreachable;
anything else is logged (without message text) and the person is told to try again."""

from __future__ import annotations

import logging

from aiogram import Router
from aiogram.exceptions import TelegramForbiddenError
from aiogram.filters import ExceptionTypeFilter
from aiogram.types import ErrorEvent
from aiogram_dialog import DialogManager
from aiogram_dialog.api.exceptions import OutdatedIntent, UnknownIntent, UnknownState
from aiogram_i18n import I18nContext
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.navigation import start_home
from storage.repo import actors, people

log = logging.getLogger(__name__)


def _chat_user(event: ErrorEvent) -> int | None:
    update = event.update
    if update.callback_query is not None:
        return update.callback_query.from_user.id
    if update.message is not None and update.message.from_user is not None:
        return update.message.from_user.id
    return None


async def stale_button(
    event: ErrorEvent, dialog_manager: DialogManager, i18n: I18nContext, session: AsyncSession
) -> None:
    log.info("stale dialog control: %s", type(event.exception).__name__)
    user_id = _chat_user(event)
    if event.update.callback_query is not None:
        await event.update.callback_query.answer(i18n.get("stale-button"), show_alert=True)
    if user_id is None:
        return
    actor = await actors.load(session, user_id)
    if actor is None:
        return
    dialog_manager.middleware_data["actor"] = actor
    dialog_manager.middleware_data["session"] = session
    await start_home(dialog_manager, actor)


async def blocked(event: ErrorEvent, session: AsyncSession) -> None:
    user_id = _chat_user(event)
    log.info("bot blocked by a user; marking unreachable")
    if user_id is not None:
        await people.set_reachable(session, user_id, False)


async def unexpected(event: ErrorEvent, i18n: I18nContext | None = None) -> None:
    log.error("update %s failed: %r", event.update.update_id, event.exception, exc_info=event.exception)
    if i18n is None:  # it failed before the person's language was known (e.g. the database)
        return
    try:
        if event.update.callback_query is not None:
            await event.update.callback_query.answer(i18n.get("error-generic"), show_alert=True)
        elif event.update.message is not None:
            await event.update.message.answer(i18n.get("error-generic"))
    except Exception:  # the answer itself failed (Telegram down): already logged above
        log.warning("could not tell the person about the error")


def router() -> Router:
    """A new router: each dispatcher needs its own."""
    router = Router(name="errors")
    router.error.register(stale_button, ExceptionTypeFilter(UnknownIntent, OutdatedIntent, UnknownState))
    router.error.register(blocked, ExceptionTypeFilter(TelegramForbiddenError))
    router.error.register(unexpected)
    return router
