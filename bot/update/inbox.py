"""Durable receipt: an update is in the database before Telegram is told it arrived.

Long polling: `PollingReceipt` stores each batch that `getUpdates` returns before aiogram's polling loop
gets it, so the next `getUpdates` (whose offset confirms the batch) comes only after the batch is
committed. Webhook: `WebhookReceipt` (`bot/update/webhook_receipt.py`) stores the update before it answers 200
(a failure to store answers 503, and Telegram delivers it again). The update's own transaction removes
it from the inbox (`storage.repo.updates.commit`).

An update still in the inbox is one whose handling has not committed. Its process holds a lease on it,
renewed while the process lives (`InboxKeeper`); when a process dies (`kill -9`, a lost machine), the
lease runs out within `INBOX_LEASE_SECONDS` and any process of the bot, the restarted one or another,
takes the update over and handles it. The update-id claim still makes sure no update is handled twice.

An update whose handling failed before it showed anything (a locked or unreachable database) is tried
again a little later, up to `ATTEMPTS` times in all, before the person is told it did not work; one that
failed after it showed something has been claimed, so it is not tried again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any, cast

from aiogram import BaseMiddleware, Bot, Dispatcher
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.methods import GetUpdates, TelegramMethod
from aiogram.methods.base import Response, TelegramType
from aiogram.types import TelegramObject, Update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.repo import inbox
from storage.timeutil import utcnow

log = logging.getLogger(__name__)

ATTEMPTS = 3  # takings of one update before its failure is told to the person
RETRY_AFTER = timedelta(seconds=2)  # the pause before a failed update is tried again
TAKEN_AT_ONCE = 16  # updates taken over from the inbox in one sweep


def retryable(error: BaseException) -> bool:
    """A failure of the database (locked, unreachable), worth trying again as it was."""
    return isinstance(error, DBAPIError | OSError | TimeoutError)


class Inbox:
    """The bot's inbox in this process: what it received and holds, and the updates it takes over."""

    def __init__(
        self, session_factory: async_sessionmaker[AsyncSession], bot: Bot, lease: timedelta, places: int
    ) -> None:
        self.session_factory = session_factory
        self.places = asyncio.Semaphore(places)  # updates it handles at once (webhook and taken over)
        self.bot = bot
        self.bot_id = bot.id
        self.lease = lease
        self.owner = uuid.uuid4().hex
        self.held: dict[int, int] = {}  # update id -> how many times it has been taken (1 when received)
        self._middleware: InboxMiddleware | None = None

    async def receive(self, received: list[inbox.Received]) -> None:
        """Store what arrived, committed, held by this process."""
        async with self.session_factory() as session:
            await inbox.store(
                session, self.bot_id, received, owner=self.owner, now=utcnow(), lease=self.lease
            )
            await session.commit()
        for item in received:
            self.held.setdefault(item.update_id, 1)

    async def renew(self) -> None:
        async with self.session_factory() as session:
            await inbox.renew(session, self.bot_id, self.owner, list(self.held), utcnow() + self.lease)
            await session.commit()

    async def take_over(self) -> list[Update]:
        """The updates whose lease ran out, now held here."""
        async with self.session_factory() as session:
            taken = await inbox.take_expired(
                session,
                self.bot_id,
                owner=self.owner,
                now=utcnow(),
                lease=self.lease,
                limit=TAKEN_AT_ONCE,
                held=self.held,
            )
            await session.commit()
        updates = []
        for item in taken:
            try:
                update = Update.model_validate_json(item.payload, context={"bot": self.bot})
            except ValueError:
                log.error("update %s in the inbox cannot be read; dropped", item.update_id)
                await self.forget(item.update_id)
                continue
            self.held[item.update_id] = item.attempts
            updates.append(update)
        return updates

    async def after_failure(self, update_id: int, error: BaseException) -> bool:
        """The handling of an update failed. If it is still in the inbox (nothing of it committed) and
        the failure may pass, it is left to be tried again (True); otherwise it leaves the inbox (False:
        the person is told it did not work)."""
        attempts = self.held.get(update_id, ATTEMPTS)
        try:
            async with self.session_factory() as session:
                if not await inbox.is_waiting(session, self.bot_id, update_id):
                    return False
                if retryable(error) and attempts < ATTEMPTS:
                    await inbox.release(session, self.bot_id, update_id, retry_at=utcnow() + RETRY_AFTER)
                    await session.commit()
                    log.warning(
                        "update %s failed (%s, attempt %s of %s); it will be tried again",
                        update_id,
                        type(error).__name__,
                        attempts,
                        ATTEMPTS,
                    )
                    return True
                await inbox.remove(session, self.bot_id, update_id)
                await session.commit()
        except Exception:  # the database is still away: the lease runs out and the update is tried again
            log.warning("update %s failed and could not be released; its lease will run out", update_id)
            return attempts < ATTEMPTS
        return False

    async def forget(self, update_id: int) -> None:
        async with self.session_factory() as session:
            await inbox.remove(session, self.bot_id, update_id)
            await session.commit()

    async def release_held(self) -> None:
        """A clean stop: what this process still holds may be taken at once by the next one."""
        if not self.held:
            return
        async with self.session_factory() as session:
            for update_id in list(self.held):
                await inbox.release(session, self.bot_id, update_id, retry_at=utcnow())
            await session.commit()
        self.held.clear()

    def middleware(self) -> InboxMiddleware:
        """The dispatcher's inbox middleware (one per inbox: another bot's inbox is added to it)."""
        if self._middleware is None:
            self._middleware = InboxMiddleware(self)
        return self._middleware


Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class InboxMiddleware(BaseMiddleware):
    """Outermost of the update's middlewares (inside aiogram's error handling): when an update's
    handling fails, it is either left in its bot's inbox to be tried again (and the person not told yet)
    or taken out of it, and the failure goes on to the error handlers. One dispatcher may serve several
    bots (Telegram's and the web channel's, docs/web-channel.md), each with its own inbox."""

    def __init__(self, box: Inbox) -> None:
        self.boxes: dict[int, Inbox] = {box.bot_id: box}

    def add(self, box: Inbox) -> None:
        """The inbox of another bot the dispatcher serves."""
        self.boxes[box.bot_id] = box

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        bot = data.get("bot")
        box = self.boxes.get(bot.id) if isinstance(bot, Bot) else None
        if type(event) is not Update or box is None:  # aiogram-dialog's background updates are not Telegram's
            return await handler(event, data)
        update_id = event.update_id
        try:
            return await handler(event, data)
        except Exception as error:
            if await box.after_failure(update_id, error):
                return UNHANDLED
            raise
        finally:
            box.held.pop(update_id, None)


def as_json(update: Update) -> str:
    """The update as Telegram's JSON (the fields it had, under their Bot API names)."""
    return update.model_dump_json(exclude_unset=True, by_alias=True)


class PollingReceipt(BaseRequestMiddleware):
    """Stores the updates `getUpdates` returned before aiogram's polling sees them (and so before the
    next `getUpdates` confirms them to Telegram). If they cannot be stored, the call fails: aiogram's
    polling waits and asks again with the same offset, and Telegram gives them again."""

    def __init__(self, box: Inbox) -> None:
        self.box = box

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        response = await make_request(bot, method)
        # what the chain hands back is the method's result (aiogram's annotation says Response)
        if isinstance(method, GetUpdates) and response:
            updates = cast(list[Update], response)
            await self.box.receive([inbox.Received(update.update_id, as_json(update)) for update in updates])
        return response


async def feed(dispatcher: Dispatcher, bot: Bot, update: Update) -> None:
    """Handle one update as aiogram's polling and webhook do (a returned method is called)."""
    try:
        result = await dispatcher.feed_update(bot, update)
        if isinstance(result, TelegramMethod):
            await dispatcher.silent_call_request(bot=bot, result=result)
    except Exception:
        log.exception("update %s failed", update.update_id)


class InboxKeeper:
    """While the bot runs: renews the leases of what this process holds, and takes over (and handles)
    updates left by a process that died, or waiting to be tried again."""

    def __init__(self, box: Inbox, dispatcher: Dispatcher) -> None:
        self.box = box
        self.dispatcher = dispatcher
        self.tasks: set[asyncio.Task[None]] = set()
        self._loop: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._loop = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._loop is not None:
            self._loop.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._loop
        for task in list(self.tasks):
            task.cancel()
        with contextlib.suppress(Exception):
            await self.box.release_held()

    async def _run(self) -> None:
        period = max(1.0, self.box.lease.total_seconds() / 3)
        while True:
            try:
                await self.box.renew()
                for update in await self.box.take_over():
                    log.info("update %s taken over from the inbox", update.update_id)
                    task = asyncio.create_task(self._handle(update))
                    self.tasks.add(task)
                    task.add_done_callback(self.tasks.discard)
            except Exception:
                log.warning("the inbox could not be read; trying again in %.0f s", period, exc_info=True)
            await asyncio.sleep(period)

    async def _handle(self, update: Update) -> None:
        async with self.box.places:
            await feed(self.dispatcher, self.box.bot, update)
