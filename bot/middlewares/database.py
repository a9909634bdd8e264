"""One database session per update, committed when the update was handled, rolled back if not.

The update id is claimed before the handler runs, so a re-delivered update (same `update_id`) is
skipped; a failed update's claim rolls back with everything else and may be retried.

SQLite lets one transaction write at a time, and every update writes (its claim, first). On SQLite the
updates of this process therefore take turns here, in the order they came, instead of waiting in
SQLite's busy handler, which sleeps in growing steps (up to 100 ms) between tries and gives up with
"database is locked" after its timeout. PostgreSQL updates run side by side.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.types import TelegramObject, Update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.repo import updates
from storage.timeutil import utcnow
from storage.unit_of_work import bound

log = logging.getLogger(__name__)

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class SessionMiddleware(BaseMiddleware):
    """Outermost: the update's session, bound for the FSM storage, and on SQLite the update's turn.

    It runs before aiogram's FSM middleware (the dispatcher is built with `disable_fsm=True` and the FSM
    middleware registered after this one), so the state the FSM reads comes through this same session
    instead of a session of its own.
    """

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self.session_factory = session_factory
        bind = session_factory.kw.get("bind")
        one_writer = bind is not None and bind.dialect.name == "sqlite"
        self.turns: contextlib.AbstractAsyncContextManager[Any] = (
            asyncio.Lock() if one_writer else contextlib.nullcontext()
        )

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        async with self.turns, self.session_factory() as session:
            with bound(session):
                data["session"] = session
                return await handler(event, data)


class DatabaseMiddleware(BaseMiddleware):
    """Inside the FSM's per-chat lock: claims the update id, runs the handler, commits.

    The commit happens before that lock is released, so the next update of the same chat reads what
    this one wrote.
    """

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        session: AsyncSession = data["session"]
        if type(event) is Update:  # aiogram-dialog's own background updates are not Telegram's
            bot = data["bot"]
            if not await updates.claim(session, bot.id, event.update_id, utcnow()):
                log.info("update %s was handled before; skipped", event.update_id)
                return UNHANDLED
        result = await handler(event, data)
        await session.commit()
        return result


class ErrorSessionMiddleware(BaseMiddleware):
    """A fresh session for error handlers (the failed update's session has been rolled back)."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self.session_factory = session_factory

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        async with self.session_factory() as session:
            with bound(session):
                data["session"] = session
                result = await handler(event, data)
                await session.commit()
                return result
