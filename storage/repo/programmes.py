"""Programmes of an organisation, and who may manage them."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.errors import AlreadyExists, NotFound
from storage.models import Membership, Organisation, Programme, ProgrammeKind, Role


async def create(
    session: AsyncSession,
    *,
    org_id: int,
    name: str,
    kind: ProgrammeKind,
    start_date: date,
    end_date: date,
    timezone: str,
) -> Programme:
    if end_date < start_date:
        raise ValueError("end date before start date")
    programme = Programme(
        org_id=org_id,
        name=name.strip(),
        kind=kind,
        start_date=start_date,
        end_date=end_date,
        timezone=timezone,
    )
    try:
        async with session.begin_nested():
            session.add(programme)
            await session.flush()
    except IntegrityError as exc:
        raise AlreadyExists(f"programme {name!r}") from exc
    return programme


def _coordinated_by(person_id: int) -> ColumnElement[bool]:
    return Programme.org_id.in_(
        select(Membership.org_id).where(
            Membership.person_id == person_id, Membership.role == Role.COORDINATOR
        )
    )


async def for_coordinator(session: AsyncSession, person_id: int) -> list[Programme]:
    """Programmes of every organisation the person coordinates, newest first."""
    result = await session.scalars(
        select(Programme)
        .where(_coordinated_by(person_id))
        .order_by(Programme.start_date.desc(), Programme.id)
    )
    return list(result)


async def for_coordinators(session: AsyncSession, person_ids: Collection[int]) -> dict[int, list[Programme]]:
    """`for_coordinator` of each of these people at once, in one query (the Monday digests)."""
    rows = await session.execute(
        select(Membership.person_id, Programme)
        .join(Membership, Membership.org_id == Programme.org_id)
        .where(Membership.person_id.in_(list(person_ids)), Membership.role == Role.COORDINATOR)
        .order_by(Membership.person_id, Programme.start_date.desc(), Programme.id)
    )
    owned: dict[int, list[Programme]] = {person_id: [] for person_id in person_ids}
    for person_id, programme in rows:
        mine = owned[person_id]
        if not mine or mine[-1].id != programme.id:  # coordinator of an organisation twice over
            mine.append(programme)
    return owned


async def get_for_coordinator(session: AsyncSession, programme_id: int, person_id: int) -> Programme:
    """The programme, if the person coordinates its organisation; NotFound otherwise."""
    programme: Programme | None = await session.scalar(
        select(Programme).where(Programme.id == programme_id, _coordinated_by(person_id))
    )
    if programme is None:
        raise NotFound(f"programme {programme_id}")
    return programme


async def get(session: AsyncSession, programme_id: int) -> Programme:
    programme = await session.get(Programme, programme_id)
    if programme is None:
        raise NotFound(f"programme {programme_id}")
    return programme


async def find_by_name(session: AsyncSession, name: str, org_name: str | None = None) -> list[Programme]:
    """Programmes called `name` (in the organisation `org_name`, if given)."""
    query = select(Programme).where(Programme.name == name.strip())
    if org_name is not None:
        query = query.join(Organisation, Organisation.id == Programme.org_id).where(
            Organisation.name == org_name.strip()
        )
    return list(await session.scalars(query))
