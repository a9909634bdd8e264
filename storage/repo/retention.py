"""Retention: a programme's personal data is deleted a while after it ends (RETENTION_MONTHS)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import delete, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Concern, FsmRecord, Membership, Pair, Person, Programme


async def programmes_ending_retention(
    session: AsyncSession, on_or_before: date, retention: timedelta
) -> list[Programme]:
    """Programmes whose personal data is due for deletion on or before the given day (not yet purged)."""
    last_day = on_or_before - retention
    query = select(Programme).where(
        Programme.end_date <= last_day,
        or_(
            exists().where(Pair.programme_id == Programme.id),
            exists().where(Membership.programme_id == Programme.id),
        ),
    )
    return list(await session.scalars(query))


async def members(session: AsyncSession, programme_id: int) -> list[int]:
    """Person ids of the programme's mentors and mentees."""
    rows = await session.scalars(
        select(Membership.person_id).where(Membership.programme_id == programme_id).distinct()
    )
    return list(rows)


async def purge(session: AsyncSession, programme_id: int) -> int:
    """Delete the programme's pairs (and with them diaries, answers, reflections, goals, rules, meetings),
    its concern reports and memberships, and the people left with no role anywhere; the number of people."""
    people = await members(session, programme_id)
    await session.execute(delete(Concern).where(Concern.programme_id == programme_id))
    await session.execute(delete(Pair).where(Pair.programme_id == programme_id))
    await session.execute(delete(Membership).where(Membership.programme_id == programme_id))
    orphans = [
        person_id
        for person_id in people
        if not await session.scalar(select(exists().where(Membership.person_id == person_id)))
    ]
    if orphans:
        telegram_ids = list(await session.scalars(select(Person.telegram_id).where(Person.id.in_(orphans))))
        for telegram_id in telegram_ids:
            await session.execute(
                delete(FsmRecord).where(FsmRecord.key.like(f"%:{telegram_id}:{telegram_id}:%"))
            )
        await session.execute(delete(Person).where(Person.id.in_(orphans)))
    return len(orphans)
