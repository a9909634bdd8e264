"""One database session per update, committed when the update was handled (`bot/update/claim.py`),
rolled back if not.

The update's writes come as late as they can: the claim at the end, writes queued with
`Prepared.run_later` just before it, aiogram-dialog's state after the handler. On SQLite, where one
transaction writes at a time (the inline driver, `bot/patches/sqlite_inline.py`, hands out the turns;
without it SQLite's busy timeout does), an update then holds the turn only from its first write to its
commit, not while it reads or waits for Telegram's answers, so other updates go on meanwhile. At most
`SQLITE_PLACES` updates are handled at once there (each holds a connection), the rest wait in the order
they came (`Places`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from bot.settings import SQLITE_PLACES
from bot.update import dialog_state
from storage.unit_of_work import bound, defer_writes

log = logging.getLogger(__name__)

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class Places:
    """SQLite: the updates handled at once, `count` at most, the rest waiting in the order they came.

    An update that finishes while others wait hands its connection straight to the next one, instead of
    giving it back to the engine's pool for the next to take out again (benchmarks/NOTES.md). With no one
    waiting the connection goes back to the pool, so
    an idle bot holds none. A connection is handed on only clean (no transaction open, not invalidated).
    """

    def __init__(self, engine: AsyncEngine, count: int) -> None:
        self._engine = engine
        self._turns = asyncio.Semaphore(count)
        self._waiting = 0
        self._handed_on: list[AsyncConnection] = []

    @contextlib.asynccontextmanager
    async def connection(self) -> AsyncIterator[AsyncConnection]:
        self._waiting += 1
        try:
            await self._turns.acquire()
        finally:
            self._waiting -= 1
        try:
            connection = self._handed_on.pop() if self._handed_on else await self._engine.connect()
            try:
                yield connection
            finally:
                await self._hand_on_or_return(connection)
        finally:
            self._turns.release()

    async def _hand_on_or_return(self, connection: AsyncConnection) -> None:
        if self._waiting and not connection.invalidated and not connection.in_transaction():
            self._handed_on.append(connection)
            return
        await connection.close()
        await self.close()  # no one waits: none kept (one left by a waiter that gave up)

    async def close(self) -> None:
        """Every connection kept for a next update goes back to the pool (with no update waiting, or
        when the dispatcher shuts down)."""
        while self._handed_on:
            await self._handed_on.pop().close()


class SessionMiddleware(BaseMiddleware):
    """Outermost: the update's session, bound for the FSM storage (on SQLite, on the connection of its
    place among the updates handled at once).

    It runs before aiogram's FSM middleware (the dispatcher is built with `disable_fsm=True` and the FSM
    middleware registered after this one), so the state the FSM reads comes through this same session
    instead of a session of its own.
    """

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self.session_factory = session_factory
        bind = session_factory.kw.get("bind")
        self.places: Places | None = None
        if isinstance(bind, AsyncEngine) and bind.dialect.name == "sqlite":  # one writer at a time
            self.places = Places(bind, SQLITE_PLACES)

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        if self.places is None:
            return await self._handle(self.session_factory(), handler, event, data)
        async with self.places.connection() as connection:
            # the session begins and ends its own transaction on the place's connection
            return await self._handle(self.session_factory(bind=connection), handler, event, data)

    async def close(self) -> None:
        if self.places is not None:
            await self.places.close()

    @staticmethod
    async def _handle(
        session: AsyncSession, handler: Handler, event: TelegramObject, data: dict[str, Any]
    ) -> Any:
        # closed here rather than by the session's `async with`, which closes it in a task of its own
        # (shielded from cancellation), which costs a task an update (benchmarks/NOTES.md). The
        # update's task is not cancelled while the bot runs, and closing ends in a rollback that does
        # not wait (bot/patches/sqlite_inline.py) or in the pool's hands.
        try:
            with bound(session), dialog_state.handling(event):
                defer_writes(session)
                data["session"] = session
                return await handler(event, data)
        finally:
            await session.close()


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
