"""Acceptance and withdrawal of the privacy notice, with its version and time."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ConsentRecord


async def current(session: AsyncSession, person_id: int) -> ConsentRecord | None:
    """The consent in force (given and not withdrawn), if any."""
    result: ConsentRecord | None = await session.scalar(
        select(ConsentRecord)
        .where(ConsentRecord.person_id == person_id, ConsentRecord.withdrawn_at.is_(None))
        .order_by(ConsentRecord.given_at.desc(), ConsentRecord.id.desc())
        .limit(1)
    )
    return result


async def give(session: AsyncSession, person_id: int, version: str, now: datetime) -> ConsentRecord:
    await withdraw(session, person_id, now)
    record = ConsentRecord(person_id=person_id, notice_version=version, given_at=now)
    session.add(record)
    await session.flush()
    return record


async def withdraw(session: AsyncSession, person_id: int, now: datetime) -> bool:
    """Withdraw any consent in force; True if there was one."""
    result = await session.execute(
        update(ConsentRecord)
        .where(ConsentRecord.person_id == person_id, ConsentRecord.withdrawn_at.is_(None))
        .values(withdrawn_at=now)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]
