"""The paced sender: claims due outbox rows and delivers them within Telegram's limits.

At most `global_rate` messages a second overall, evenly spaced (scheduler/pacing.py), and one a second per
chat. With a `pacer` shared by every process (scheduler/shared_pacing.py, when the bot has REDIS_URL) the
rate is the whole bot's; without one, this process's. A 429 waits its `retry_after` (the bot's retry
middleware) and, if it persists, the row comes back later; 5xx and network errors back off exponentially
up to `max_attempts`, then the row is FAILED; a 403 marks the person unreachable and drops what is queued
for them.

A row is claimed (SENDING, committed) just before its own send and its outcome is committed right after, so
a crash leaves at most the one row whose request was on its way: nothing else is lost or sent twice, and that
row is sent again once its lease has run out (docs/decisions.md: the at-least-once window).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Collection
from datetime import timedelta

from aiogram import Bot
from aiogram.enums import ParseMode
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from scheduler import concern_cases, reminders  # noqa: F401 - importing them registers their message kinds
from scheduler.clock import Clock
from scheduler.config import SenderConfig
from scheduler.messages import Outgoing, Translate, render, still_due
from scheduler.pacing import Beat, ChatGaps, Pacer
from storage.models import OutboxStatus
from storage.repo import outbox, pairs, people
from storage.repo.outbox import Due
from storage.repo.web_sessions import is_web_id

__all__ = ["OutboxSender", "SenderConfig"]

log = logging.getLogger(__name__)


class OutboxSender:
    def __init__(
        self,
        bot: Bot,
        session_factory: async_sessionmaker[AsyncSession],
        translate: Translate,
        clock: Clock,
        default_locale: str = "en",
        config: SenderConfig | None = None,
        pacer: Pacer | None = None,
        web_bot: Bot | None = None,
    ) -> None:
        self.bot = bot
        self.web_bot = web_bot  # the web channel's bot (docs/web-channel.md), when this process runs it
        self.session_factory = session_factory
        self.translate = translate
        self.clock = clock
        self.default_locale = default_locale
        self.config = config or SenderConfig()
        self.beat: Pacer = pacer or Beat(self.config.global_rate)
        self.gaps = ChatGaps(self.config.per_chat_interval)
        self._stopping = False
        self._idle = asyncio.Event()
        self._idle.set()

    async def stop(self, within: float = 10.0) -> None:
        """Stop claiming rows and wait until the message being sent (if any) is sent and recorded, so a
        clean shutdown never leaves a delivered row to be sent again after its lease; then the pacer is
        let go."""
        self._stopping = True
        try:
            await asyncio.wait_for(self._idle.wait(), within)
        except TimeoutError:
            log.warning("outbox: a delivery was still running after %s s at shutdown", within)
        await self.beat.close()

    async def tick(self) -> int:
        """Deliver everything due now, one row at a time; the number of messages sent.

        The beat comes before the claim, so a row is SENDING only while it is sent (or, when only chats
        written to a moment ago have rows due, while its chat's second runs out)."""
        if self._stopping:
            return 0
        sent = 0
        self._idle.clear()
        try:
            while not self._stopping and (item := await self._claim_next()) is not None:
                sent += await self.deliver(item)
        finally:
            self._idle.set()
        if sent:
            log.info("outbox: %s sent", sent)
        return sent

    async def _claim_next(self) -> Due | None:
        """The next due row, on the beat; a chat written to within `per_chat_interval` waits its turn
        while others have rows due. None when nothing is due."""
        await self.beat.wait()
        busy = self.gaps.busy()
        item = await self._claim(busy)
        if item is None and busy:
            item = await self._claim(())
            if item is not None:  # only chats written to a moment ago have rows due
                await asyncio.sleep(self.gaps.free_in(item.chat_id))
                await self.beat.wait()
        return item

    async def _claim(self, skip_chats: Collection[int]) -> Due | None:
        async with self.session_factory() as session:
            due = await outbox.claim_due(session, self.clock.now(), 1, self.config.lease, skip_chats)
            await session.commit()
        return due[0] if due else None

    async def deliver(self, item: Due) -> int:
        async with self.session_factory() as session:
            outgoing = await self._outgoing(session, item)
            if outgoing is None:
                await session.commit()
                return 0
        bot = self.bot_for(item.chat_id)
        if bot is None:
            await self._finish(item, status=OutboxStatus.FAILED, error="the web channel is off")
            return 0
        self.gaps.sent(item.chat_id)
        try:
            await self._send(bot, item.chat_id, outgoing)
        except TelegramForbiddenError as exc:
            await self._unreachable(item, str(exc))
            return 0
        except TelegramRetryAfter as exc:
            await self._finish(item, retry_in=timedelta(seconds=exc.retry_after), error="429")
            return 0
        except (TelegramServerError, TelegramNetworkError) as exc:
            await self._failed_attempt(item, type(exc).__name__)
            return 0
        except TelegramBadRequest as exc:
            await self._finish(item, status=OutboxStatus.FAILED, error=exc.message)
            return 0
        await self._finish(item)
        return 1

    def bot_for(self, chat_id: int) -> Bot | None:
        """The bot of the person's channel: web people's chat ids are a range of their own
        (storage/repo/web_sessions.py); None for a web person when this process has no web channel."""
        return self.web_bot if is_web_id(chat_id) else self.bot

    async def _send(self, bot: Bot, chat_id: int, outgoing: Outgoing) -> None:
        try:
            await bot.send_message(
                chat_id, outgoing.text, parse_mode=ParseMode.HTML, reply_markup=_markup(outgoing)
            )
        finally:
            self.beat.answered()

    async def _outgoing(self, session: AsyncSession, item: Due) -> Outgoing | None:
        """The message, or None (and the row dropped) when it must not be sent."""
        pair_id = item.payload.get("pair_id")
        if pair_id is not None and await pairs.is_paused(session, int(pair_id)):
            await outbox.give_up(session, item.id, OutboxStatus.DROPPED, "pair paused")
            return None
        outgoing = None
        if await still_due(session, item):
            outgoing = render(item, self.translate, self.default_locale, self.clock.now())
        if outgoing is None:
            await outbox.give_up(session, item.id, OutboxStatus.DROPPED, "no longer relevant")
        return outgoing

    async def _finish(
        self,
        item: Due,
        *,
        status: OutboxStatus = OutboxStatus.SENT,
        retry_in: timedelta | None = None,
        error: str = "",
    ) -> None:
        async with self.session_factory() as session:
            if retry_in is not None:
                await outbox.retry_later(session, item.id, self.clock.now() + retry_in, error)
            elif status is OutboxStatus.SENT:
                await outbox.mark_sent(session, item.id, self.clock.now())
            else:
                await outbox.give_up(session, item.id, status, error)
            await session.commit()

    async def _failed_attempt(self, item: Due, error: str) -> None:
        if item.attempts >= self.config.max_attempts:
            log.warning("outbox %s failed after %s attempts: %s", item.id, item.attempts, error)
            await self._finish(item, status=OutboxStatus.FAILED, error=error)
            return
        delay = min(self.config.first_backoff * 2 ** (item.attempts - 1), self.config.max_backoff)
        await self._finish(item, retry_in=delay, error=error)

    async def _unreachable(self, item: Due, error: str) -> None:
        async with self.session_factory() as session:
            await people.set_reachable(session, item.chat_id, False)
            await outbox.give_up(session, item.id, OutboxStatus.DROPPED, error)
            recipient = await people.by_telegram_id(session, item.chat_id)
            if recipient is not None:
                await outbox.drop_pending_for(session, recipient.id, "unreachable")
            await session.commit()


def _markup(outgoing: Outgoing) -> InlineKeyboardMarkup | None:
    if not outgoing.buttons:
        return None
    rows = [[InlineKeyboardButton(text=label, callback_data=data)] for label, data in outgoing.buttons]
    return InlineKeyboardMarkup(inline_keyboard=rows)
