"""Errors: a stale button restarts the menu politely; a blocked bot marks the person unreachable; a
service that did not answer (Redis, the database server) and anything else are logged (without message
text) and the person is told to try again in a moment."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Bot, Router
from aiogram.exceptions import TelegramForbiddenError
from aiogram.filters import ExceptionTypeFilter
from aiogram.types import ErrorEvent, TelegramObject, User
from aiogram_dialog import DialogManager
from aiogram_dialog.api.exceptions import OutdatedIntent, UnknownIntent, UnknownState
from aiogram_i18n import I18nContext, I18nMiddleware
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.navigation import start_home
from storage.repo import actors, people, updates

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


async def _generic_text(
    i18n: I18nContext | None,
    i18n_middleware: I18nMiddleware | None,
    user: User | None,
    key: str = "error-generic",
) -> str | None:
    """The "try again in a moment" text in the person's language; before that was known (the update
    failed early), in their Telegram app's language or the default."""
    if i18n is not None:
        return i18n.get(key)
    if i18n_middleware is None:
        return None
    locale = await i18n_middleware.manager.get_locale(event_from_user=user)
    return i18n_middleware.core.get(key, locale)


async def _tell(event: ErrorEvent, text: str | None) -> None:
    if text is None:
        return
    try:
        if event.update.callback_query is not None:
            await event.update.callback_query.answer(text, show_alert=True)
        elif event.update.message is not None:
            await event.update.message.answer(text)
    except Exception:  # the answer itself failed (Telegram down): already logged
        log.warning("could not tell the person about the error")


async def unexpected(
    event: ErrorEvent,
    session: AsyncSession,
    bot: Bot,
    i18n: I18nContext | None = None,
    i18n_middleware: I18nMiddleware | None = None,
    event_from_user: User | None = None,
) -> None:
    """Logged; the person is told what is true: nothing was saved, or (the update had committed before
    it failed, `bot/update/commit_first.py`) what they did was saved but the answer went wrong."""
    log.error("update %s failed: %r", event.update.update_id, event.exception, exc_info=event.exception)
    saved = await updates.handled(session, bot.id, event.update.update_id)
    key = "error-after-saved" if saved else "error-generic"
    await _tell(event, await _generic_text(i18n, i18n_middleware, event_from_user, key))


class ServiceAway(BaseMiddleware):
    """Outermost for errors: a service that did not answer (Redis, see `bot/update/redis_state.py`; the
    database server: a ConnectionError or TimeoutError) is logged in one line, and the person is told to
    try again in a moment at once, before anything that needs the service runs again (aiogram-dialog's
    error middleware reads the dialog stack from the FSM storage)."""

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if not isinstance(event, ErrorEvent) or not isinstance(
            event.exception, ConnectionError | TimeoutError
        ):
            return await handler(event, data)
        log.error("update %s failed: %s", event.update.update_id, event.exception)
        user = data.get("event_from_user")
        await _tell(event, await _generic_text(data.get("i18n"), data.get("i18n_middleware"), user))
        return None


def router() -> Router:
    """A new router: each dispatcher needs its own."""
    router = Router(name="errors")
    router.error.register(stale_button, ExceptionTypeFilter(UnknownIntent, OutdatedIntent, UnknownState))
    router.error.register(blocked, ExceptionTypeFilter(TelegramForbiddenError))
    router.error.register(unexpected)
    return router
