"""The outbox: every message due at a time is a row with a unique idempotency key.

Claiming is atomic: SQLite takes due rows with one conditional UPDATE ... RETURNING; PostgreSQL locks them
with FOR UPDATE SKIP LOCKED, so two bot processes never take the same row.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import OutboxMessage, OutboxStatus, Person
from storage.upsert import insert_for


@dataclass(frozen=True)
class Due:
    """A claimed row, with what the sender needs to deliver it."""

    id: int
    kind: str
    payload: dict[str, Any]
    due_at: datetime
    attempts: int
    key: str
    chat_id: int
    locale: str | None


async def enqueue(
    session: AsyncSession,
    *,
    recipient_id: int,
    kind: str,
    key: str,
    due_at: datetime,
    payload: dict[str, Any] | None = None,
) -> bool:
    """Add the message unless one with the same key exists; True if it was added."""
    stmt = (
        insert_for(session, OutboxMessage)
        .values(
            recipient_id=recipient_id,
            kind=kind,
            idempotency_key=key,
            due_at=due_at,
            payload=json.dumps(payload or {}),
            status=OutboxStatus.PENDING,
            attempts=0,
        )
        .on_conflict_do_nothing(index_elements=["idempotency_key"])
    )
    result = await session.execute(stmt)
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def cancel(session: AsyncSession, key_prefix: str) -> int:
    """Remove pending rows whose key starts with `key_prefix` (a cancelled or moved meeting)."""
    result = await session.execute(
        delete(OutboxMessage).where(
            OutboxMessage.idempotency_key.startswith(key_prefix, autoescape=True),
            OutboxMessage.status == OutboxStatus.PENDING,
        )
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def _claimable(now: datetime, lease: timedelta) -> Any:
    """Pending rows that are due, and rows whose sender vanished mid-claim (its lease ran out)."""
    return or_(
        and_(OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.due_at <= now),
        and_(OutboxMessage.status == OutboxStatus.SENDING, OutboxMessage.claimed_at < now - lease),
    )


async def claim_due(
    session: AsyncSession, now: datetime, limit: int, lease: timedelta, skip_chats: Collection[int] = ()
) -> list[Due]:
    """Take up to `limit` due rows for this process (status SENDING); commit right after.

    Rows for the Telegram chats in `skip_chats` (the sender wrote to them a moment ago) stay for later.
    """
    order = (OutboxMessage.due_at, OutboxMessage.id)
    wanted: Any = _claimable(now, lease)
    if skip_chats:
        busy = select(Person.id).where(Person.telegram_id.in_(list(skip_chats)))
        wanted = and_(wanted, OutboxMessage.recipient_id.not_in(busy.scalar_subquery()))
    if session.get_bind().dialect.name == "postgresql":
        ids = list(
            await session.scalars(
                select(OutboxMessage.id)
                .where(wanted)
                .order_by(*order)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
        )
        if not ids:
            return []
        condition: Any = OutboxMessage.id.in_(ids)
    else:
        chosen = select(OutboxMessage.id).where(wanted).order_by(*order).limit(limit)
        condition = and_(OutboxMessage.id.in_(chosen.scalar_subquery()), _claimable(now, lease))
    claimed = await session.execute(
        update(OutboxMessage)
        .where(condition)
        .values(status=OutboxStatus.SENDING, claimed_at=now, attempts=OutboxMessage.attempts + 1)
        .returning(OutboxMessage.id)
    )
    claimed_ids = [row[0] for row in claimed]
    if not claimed_ids:
        return []
    rows = await session.execute(
        select(OutboxMessage, Person.telegram_id, Person.locale)
        .join(Person, Person.id == OutboxMessage.recipient_id)
        .where(OutboxMessage.id.in_(claimed_ids))
        .order_by(*order)
    )
    return [
        Due(m.id, m.kind, json.loads(m.payload), m.due_at, m.attempts, m.idempotency_key, chat_id, locale)
        for m, chat_id, locale in rows
    ]


async def mark_sent(session: AsyncSession, message_id: int, now: datetime) -> None:
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id)
        .values(status=OutboxStatus.SENT, sent_at=now, last_error=None)
    )


async def retry_later(session: AsyncSession, message_id: int, due_at: datetime, error: str) -> None:
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id)
        .values(status=OutboxStatus.PENDING, due_at=due_at, claimed_at=None, last_error=error[:500])
    )


async def give_up(session: AsyncSession, message_id: int, status: OutboxStatus, error: str) -> None:
    """FAILED after too many errors; DROPPED when it should not be sent at all (late, unreachable)."""
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id)
        .values(status=status, last_error=error[:500])
    )


async def drop_pending_for(session: AsyncSession, recipient_id: int, reason: str) -> int:
    """Stop everything still queued for a person (they blocked the bot, or erased their data)."""
    result = await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.recipient_id == recipient_id, OutboxMessage.status == OutboxStatus.PENDING)
        .values(status=OutboxStatus.DROPPED, last_error=reason)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


async def by_status(session: AsyncSession) -> dict[OutboxStatus, int]:
    rows = await session.execute(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status))
    return {status: count for status, count in rows}


async def keys(session: AsyncSession, status: OutboxStatus | None = None) -> Sequence[str]:
    query = select(OutboxMessage.idempotency_key).order_by(OutboxMessage.id)
    if status is not None:
        query = query.where(OutboxMessage.status == status)
    return list(await session.scalars(query))
