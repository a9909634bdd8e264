"""The update's actor and its claim: a re-delivered update is skipped, a handled one commits with its claim.

An update already handled (a re-delivery: same `update_id`) is skipped before the handler runs. The
update id is claimed after the handler, as the last write before the commit, so a failed update's claim
rolls back with everything else and a re-delivery may try again.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any, cast

from aiogram import BaseMiddleware
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.types import TelegramObject, Update, User
from sqlalchemy.ext.asyncio import AsyncSession

from storage.repo import actors, inbox, updates

log = logging.getLogger(__name__)

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class DatabaseMiddleware(BaseMiddleware):
    """Inside the FSM's per-chat lock: loads the person behind the update as `actor` (their roles,
    consent and locale, for handlers and dialogs), skips an update handled before, runs the handler,
    and commits what is left to commit. The person and the check for a re-delivery come in one query,
    since every update needs both.

    The update's first commit (`updates.commit`: its writes, its claim, its removal from the inbox)
    comes before the first Bot API call that shows something (`CommitFirst`), or here at the end if
    nothing was shown. Everything commits before that lock is released, so the next update of the same
    chat reads what this one wrote (and a re-delivery of this update finds its claim).
    """

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        session: AsyncSession = data["session"]
        bot_id: int = data["bot"].id
        user: User | None = data.get("event_from_user")
        # aiogram-dialog's own background updates (a subclass of Update) are not Telegram's: nothing to claim
        update_id = cast(Update, event).update_id if type(event) is Update else None
        telegram_id = user.id if user is not None else None
        handled = False
        if update_id is None:
            data["actor"] = await actors.load(session, telegram_id) if telegram_id is not None else None
        else:
            data["actor"], handled = await actors.load_for_update(session, telegram_id, bot_id, update_id)
        if handled:
            log.info("update %s was handled before; skipped", update_id)
            await inbox.remove(session, bot_id, cast(int, update_id))  # a re-delivery received again
            await session.commit()
            return UNHANDLED
        if update_id is not None:
            updates.expect_claim(session, bot_id, update_id)
        try:
            result = await handler(event, data)
            if updates.has_uncommitted(session):
                await updates.commit(session)
        except updates.HandledElsewhere:
            log.warning("update %s was handled twice at once; this handling is rolled back", update_id)
            return UNHANDLED
        return result
