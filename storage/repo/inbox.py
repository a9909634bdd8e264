"""The inbox: updates received and not yet handled (see `InboxUpdate`).

An update is stored (and committed) before Telegram is told it arrived; the transaction that handles it
removes it (`remove`, with the update's claim). Whatever a dead process left is taken over by another
process, or by the same bot after a restart, once its lease has run out (`take_expired`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Table, bindparam, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import InboxUpdate
from storage.prepared import Prepared, dialect_insert

_TABLE: Table = InboxUpdate.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class Received:
    """One update as Telegram sent it: its id and its JSON text."""

    update_id: int
    payload: str


@dataclass(frozen=True)
class Taken:
    """An update taken over from the inbox, with how many times it has been taken."""

    update_id: int
    payload: str
    attempts: int


async def store(
    session: AsyncSession,
    bot_id: int,
    received: Sequence[Received],
    *,
    owner: str,
    now: datetime,
    lease: timedelta,
) -> None:
    """Keep the updates, held by `owner`; one already there (Telegram gave it again: its process died
    before confirming it) is held by `owner` from now on."""
    if not received:
        return
    dialect = session.get_bind().dialect.name
    insert = dialect_insert(dialect, _TABLE)
    statement = insert.on_conflict_do_update(
        index_elements=["bot_id", "update_id"],
        set_={"owner": insert.excluded.owner, "lease_until": insert.excluded.lease_until},
    )
    await session.execute(
        statement,
        [
            {
                "bot_id": bot_id,
                "update_id": item.update_id,
                "payload": item.payload,
                "received_at": now,
                "owner": owner,
                "lease_until": now + lease,
                "attempts": 1,
            }
            for item in received
        ],
    )


_REMOVE = Prepared(
    lambda _dialect: delete(_TABLE).where(
        _TABLE.c.bot_id == bindparam("bot_id"), _TABLE.c.update_id == bindparam("update_id")
    )
)


async def remove(session: AsyncSession, bot_id: int, update_id: int) -> None:
    """The update is handled: it leaves the inbox in the handling transaction."""
    await _REMOVE.run(session, {"bot_id": bot_id, "update_id": update_id})


async def is_waiting(session: AsyncSession, bot_id: int, update_id: int) -> bool:
    """Whether the update is still in the inbox (its handling has not committed)."""
    found = await session.scalar(
        select(_TABLE.c.update_id).where(_TABLE.c.bot_id == bot_id, _TABLE.c.update_id == update_id)
    )
    return found is not None


async def renew(
    session: AsyncSession, bot_id: int, owner: str, update_ids: Iterable[int], until: datetime
) -> None:
    """The owner is alive and still holds these updates."""
    ids = list(update_ids)
    if ids:
        await session.execute(
            update(_TABLE)
            .where(_TABLE.c.bot_id == bot_id, _TABLE.c.owner == owner, _TABLE.c.update_id.in_(ids))
            .values(lease_until=until)
        )


async def release(session: AsyncSession, bot_id: int, update_id: int, *, retry_at: datetime) -> None:
    """Nobody holds the update any more; it may be taken again from `retry_at`."""
    await session.execute(
        update(_TABLE)
        .where(_TABLE.c.bot_id == bot_id, _TABLE.c.update_id == update_id)
        .values(owner=None, lease_until=retry_at)
    )


async def take_expired(
    session: AsyncSession,
    bot_id: int,
    *,
    owner: str,
    now: datetime,
    lease: timedelta,
    limit: int,
    held: Collection[int] = (),
) -> list[Taken]:
    """Updates whose lease ran out (their process died, or they wait for a retry), oldest first, now
    held by `owner`; none of those `owner` is handling now (`held`). Each is taken with a conditional
    update, so two processes never take the same one."""
    query = (
        select(_TABLE.c.update_id, _TABLE.c.payload, _TABLE.c.attempts)
        .where(_TABLE.c.bot_id == bot_id, _TABLE.c.lease_until <= now)
        .order_by(_TABLE.c.update_id)
        .limit(limit)
    )
    if held:
        query = query.where(_TABLE.c.update_id.not_in(list(held)))
    candidates = (await session.execute(query)).all()
    taken = []
    for update_id, payload, attempts in candidates:
        result = await session.execute(
            update(_TABLE)
            .where(
                _TABLE.c.bot_id == bot_id,
                _TABLE.c.update_id == update_id,
                _TABLE.c.lease_until <= now,
            )
            .values(owner=owner, lease_until=now + lease, attempts=attempts + 1)
        )
        if result.rowcount:  # type: ignore[attr-defined]
            taken.append(Taken(update_id, payload, attempts + 1))
    return taken


async def count(session: AsyncSession) -> int:
    """How many updates wait in the inbox (all bots)."""
    return int(await session.scalar(select(func.count()).select_from(_TABLE)) or 0)
