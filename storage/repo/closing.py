"""Ending a pair: its end time and reason, the stage move to closed, and a word to each side."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Pair, Programme, Role, Stage
from storage.repo import outbox, pairs, programmes, stages


async def close_pair(
    session: AsyncSession, pair: Pair, reason: str, by_person_id: int | None, now: datetime
) -> None:
    """End the pair and tell each side who did not end it themselves (through the outbox)."""
    await pairs.close(session, pair, reason, now)
    await stages.move(session, pair, Stage.CLOSED, by_person_id, reason, now)
    programme = await programmes.get(session, pair.programme_id)
    for person_id, role in ((pair.mentor_id, Role.MENTOR), (pair.mentee_id, Role.MENTEE)):
        if person_id is None or person_id == by_person_id:
            continue
        await outbox.enqueue(
            session,
            recipient_id=person_id,
            kind="pair_closed",
            key=f"closed:{pair.id}:{person_id}",
            due_at=now,
            payload={"programme": programme.name, "reason": reason, "role": role.value},
        )


async def close_finished(session: AsyncSession, today: date, now: datetime) -> int:
    """Close every open pair whose programme ended before `today`; the number closed."""
    rows = await session.scalars(
        select(Pair)
        .join(Programme, Programme.id == Pair.programme_id)
        .where(Pair.ended_at.is_(None), Programme.end_date < today)
    )
    closed = 0
    for pair in rows.all():
        await close_pair(session, pair, "programme_end", None, now)
        closed += 1
    return closed
