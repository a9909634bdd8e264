"""The person behind an update, as a plain snapshot that outlives the database session."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Executable, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ConsentRecord, Membership, Person, Role
from storage.prepared import Prepared


@dataclass(frozen=True)
class Actor:
    person_id: int
    telegram_id: int
    name: str
    locale: str | None
    consented: bool
    roles: frozenset[Role] = field(default_factory=frozenset)
    coordinated_orgs: tuple[int, ...] = ()

    @property
    def is_coordinator(self) -> bool:
        return Role.COORDINATOR in self.roles

    @property
    def is_pair_member(self) -> bool:
        return bool(self.roles & {Role.MENTOR, Role.MENTEE})


def _actor_query(_dialect: str) -> Executable:
    consented = (
        select(ConsentRecord.id)
        .where(ConsentRecord.person_id == Person.id, ConsentRecord.withdrawn_at.is_(None))
        .exists()
    )
    return (
        select(
            Person.id,
            Person.telegram_id,
            Person.name,
            Person.locale,
            consented,
            Membership.role,
            Membership.org_id,
        )
        .outerjoin(Membership, Membership.person_id == Person.id)
        .where(Person.telegram_id == bindparam("telegram_id"))
    )


_ACTOR = Prepared(_actor_query)


async def load(session: AsyncSession, telegram_id: int) -> Actor | None:
    """The person with this Telegram id, their roles, coordinated organisations and consent: one query
    (a row per membership, at least one), since every update asks for it."""
    rows: Sequence[Any] = (await _ACTOR.run(session, {"telegram_id": telegram_id})).all()
    if not rows:
        return None
    person_id, telegram_id, name, locale, has_consent = rows[0][:5]
    roles = {row.role for row in rows if row.role is not None}
    orgs = sorted({row.org_id for row in rows if row.role == Role.COORDINATOR})
    return Actor(
        person_id=person_id,
        telegram_id=telegram_id,
        name=name,
        locale=locale,
        consented=bool(has_consent),
        roles=frozenset(roles),
        coordinated_orgs=tuple(orgs),
    )
