"""Roles: coordinator of an organisation; mentor or mentee in a programme."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Membership, Role


async def add(
    session: AsyncSession, person_id: int, org_id: int, role: Role, programme_id: int | None = None
) -> Membership:
    """Give the role (idempotent)."""
    existing = await session.scalar(
        select(Membership).where(
            Membership.person_id == person_id,
            Membership.org_id == org_id,
            Membership.role == role,
            Membership.programme_id.is_(None)
            if programme_id is None
            else Membership.programme_id == programme_id,
        )
    )
    if existing is not None:
        return existing
    membership = Membership(person_id=person_id, org_id=org_id, role=role, programme_id=programme_id)
    session.add(membership)
    await session.flush()
    return membership


async def roles_of(session: AsyncSession, person_id: int) -> set[Role]:
    result = await session.scalars(select(Membership.role).where(Membership.person_id == person_id))
    return set(result)


async def coordinated_org_ids(session: AsyncSession, person_id: int) -> list[int]:
    result = await session.scalars(
        select(Membership.org_id)
        .where(Membership.person_id == person_id, Membership.role == Role.COORDINATOR)
        .order_by(Membership.org_id)
    )
    return list(result)


async def coordinator_ids(session: AsyncSession, org_id: int) -> list[int]:
    """Person ids of the organisation's coordinators."""
    result = await session.scalars(
        select(Membership.person_id).where(Membership.org_id == org_id, Membership.role == Role.COORDINATOR)
    )
    return list(result)
