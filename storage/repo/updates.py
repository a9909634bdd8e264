"""Update ids already handled: a webhook re-delivery of the same update is skipped."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ProcessedUpdate
from storage.prepared import Prepared, dialect_insert

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
