"""The person behind an update, as a plain snapshot that outlives the database session."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Executable, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ConsentRecord, Membership, Person, ProcessedUpdate, Role
from storage.prepared import Prepared
from storage.repo import people, updates


@dataclass(frozen=True)
class Actor:
    person_id: int
    telegram_id: int
    name: str
    locale: str | None
    consented: bool
    roles: frozenset[Role] = field(default_factory=frozenset)
    coordinated_orgs: tuple[int, ...] = ()
    reachable: bool = True  # as the update found it (it marks the person reachable again if not)

    @property
    def is_coordinator(self) -> bool:
        return Role.COORDINATOR in self.roles

    @property
    def is_pair_member(self) -> bool:
        return bool(self.roles & {Role.MENTOR, Role.MENTEE})


def _actor_query(_dialect: str, update_handled: bool = False) -> Executable:
    """A row per membership of the person with `telegram_id` (at least one); with `update_handled`, also
    whether update `update_id` of bot `bot_id` was handled before."""
    consented = (
        select(ConsentRecord.id)
        .where(ConsentRecord.person_id == Person.id, ConsentRecord.withdrawn_at.is_(None))
        .exists()
    )
    columns: list[Any] = [
        Person.id,
        Person.telegram_id,
        Person.name,
        Person.locale,
        consented.label("consented"),
        Person.reachable,
        Membership.role,
        Membership.org_id,
    ]
    if update_handled:
        claimed = ProcessedUpdate.__table__.c
        columns.append(
            select(claimed.update_id)
            .where(claimed.bot_id == bindparam("bot_id"), claimed.update_id == bindparam("update_id"))
            .exists()
            .label("handled")
        )
    return (
        select(*columns)
        .outerjoin(Membership, Membership.person_id == Person.id)
        .where(Person.telegram_id == bindparam("telegram_id"))
    )


_ACTOR = Prepared(_actor_query)
_ACTOR_AND_UPDATE = Prepared(lambda dialect: _actor_query(dialect, update_handled=True))


async def load(session: AsyncSession, telegram_id: int) -> Actor | None:
    """The person with this Telegram id, their roles, coordinated organisations and consent: one query
    (a row per membership, at least one), since every update asks for it."""
    return _actor_of((await _ACTOR.run(session, {"telegram_id": telegram_id})).all())


async def load_for_update(
    session: AsyncSession, telegram_id: int | None, bot_id: int, update_id: int
) -> tuple[Actor | None, bool]:
    """The person behind an update (None for an update from nobody) and whether that update was handled
    before, in the same query (for someone the bot does not know yet, the second in a query of its own).

    A person marked unreachable (they had blocked the bot: a 403) who sends anything is reachable again:
    the mark is queued with the update's writes, before whatever its handler writes after it (a block
    that `my_chat_member` reports still ends unreachable)."""
    rows: Sequence[Any] = ()
    if telegram_id is not None:
        parameters = {"telegram_id": telegram_id, "bot_id": bot_id, "update_id": update_id}
        rows = (await _ACTOR_AND_UPDATE.run(session, parameters)).all()
    actor = _actor_of(rows)
    if actor is None:
        return None, await updates.handled(session, bot_id, update_id)
    handled = bool(rows[0].handled)
    if not actor.reachable and not handled:
        await people.set_reachable(session, actor.telegram_id, True)
    return actor, handled


def _actor_of(rows: Sequence[Any]) -> Actor | None:
    if not rows:
        return None
    person_id, telegram_id, name, locale, has_consent, reachable = rows[0][:6]
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
        reachable=bool(reachable),
    )
