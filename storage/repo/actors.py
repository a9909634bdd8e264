"""The person behind an update, as a plain snapshot that outlives the database session."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Role
from storage.repo import consent, memberships, people


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


async def load(session: AsyncSession, telegram_id: int) -> Actor | None:
    person = await people.by_telegram_id(session, telegram_id)
    if person is None:
        return None
    roles = await memberships.roles_of(session, person.id)
    orgs = await memberships.coordinated_org_ids(session, person.id) if Role.COORDINATOR in roles else []
    return Actor(
        person_id=person.id,
        telegram_id=person.telegram_id,
        name=person.name,
        locale=person.locale,
        consented=await consent.current(session, person.id) is not None,
        roles=frozenset(roles),
        coordinated_orgs=tuple(orgs),
    )
