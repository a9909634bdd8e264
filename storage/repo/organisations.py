"""Organisations (schools, districts) that run programmes."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.errors import NotFound
from storage.models import Organisation


async def get_or_create(session: AsyncSession, name: str) -> Organisation:
    name = name.strip()
    found = await session.scalar(select(Organisation).where(Organisation.name == name))
    if found is not None:
        return found
    org = Organisation(name=name)
    session.add(org)
    await session.flush()
    return org


async def get(session: AsyncSession, org_id: int) -> Organisation:
    org = await session.get(Organisation, org_id)
    if org is None:
        raise NotFound(f"organisation {org_id}")
    return org


async def find_by_name(session: AsyncSession, name: str) -> Organisation | None:
    result: Organisation | None = await session.scalar(
        select(Organisation).where(Organisation.name == name.strip())
    )
    return result
