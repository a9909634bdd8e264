"""Update ids already handled (a webhook re-delivery of the same update is skipped), and the commit of
the update being handled: its writes, its claim and its leaving the inbox, in one transaction.

The update's commit comes before anything of it is shown (`bot/update/commit_first.py` commits
before each Bot API call that changes what a person sees), so no "saved" or "sent" is ever shown for
something that then rolls back; whatever the update writes after that commits at its end.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ProcessedUpdate
from storage.prepared import Prepared, dialect_insert
from storage.repo import inbox
from storage.timeutil import utcnow
from storage.unit_of_work import has_deferred, run_deferred

_PENDING_CLAIM = "mentorbot_pending_claim"


class HandledElsewhere(Exception):
    """The update was claimed by another handling (another process) first: this one rolled back."""


_CLAIM = Prepared(
    lambda dialect: dialect_insert(dialect, ProcessedUpdate.__table__).on_conflict_do_nothing(
        index_elements=["bot_id", "update_id"]
    )
)

_HANDLED = Prepared(
    lambda _dialect: select(ProcessedUpdate.__table__.c.update_id).where(
        ProcessedUpdate.__table__.c.bot_id == bindparam("bot_id"),
        ProcessedUpdate.__table__.c.update_id == bindparam("update_id"),
    )
)


async def handled(session: AsyncSession, bot_id: int, update_id: int) -> bool:
    """Whether the update has been claimed (handled) before."""
    result = await _HANDLED.run(session, {"bot_id": bot_id, "update_id": update_id})
    return result.first() is not None


async def claim(session: AsyncSession, bot_id: int, update_id: int, now: datetime) -> bool:
    """Record the update as being handled; False if it was handled (or claimed) before."""
    result = await _CLAIM.run(session, {"bot_id": bot_id, "update_id": update_id, "handled_at": now})
    return bool(result.rowcount)


async def prune(session: AsyncSession, before: datetime) -> int:
    result = await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.handled_at < before))
    return int(result.rowcount)  # type: ignore[attr-defined]


def expect_claim(session: AsyncSession, bot_id: int, update_id: int) -> None:
    """The session handles this Telegram update: its first commit claims it."""
    session.info[_PENDING_CLAIM] = (bot_id, update_id)


def has_uncommitted(session: AsyncSession) -> bool:
    """Whether the update's session has anything a commit would settle: its claim, queued writes, or a
    transaction."""
    return _PENDING_CLAIM in session.info or has_deferred(session) or session.in_transaction()


async def commit(session: AsyncSession) -> None:
    """Commit what the update wrote so far; the first time, with its claim and its removal from the
    inbox. Raises `HandledElsewhere` (rolled back) when another handling claimed the update first; any
    other failure leaves the claim for the next commit."""
    await run_deferred(session)
    pending: tuple[int, int] | None = session.info.pop(_PENDING_CLAIM, None)
    try:
        if pending is not None:
            bot_id, update_id = pending
            if not await claim(session, bot_id, update_id, utcnow()):
                await session.rollback()
                raise HandledElsewhere(update_id)
            await inbox.remove(session, bot_id, update_id)
        await session.commit()
    except HandledElsewhere:
        raise
    except BaseException:
        if pending is not None:
            session.info[_PENDING_CLAIM] = pending
        raise
