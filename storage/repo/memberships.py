"""Roles: coordinator of an organisation; mentor or mentee in a programme."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, delete, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Membership, Organisation, Pair, Person, Programme, ProgrammeKind, Role
from storage.repo import outbox

# Roles that see other people's data (concerns, pairs, programmes): never for someone known to be a minor,
# and the organisation's coordinators are told whenever someone takes one. A safeguarding lead or a
# supervisor joins this set when the bot has those roles.
STAFF_ROLES: frozenset[Role] = frozenset({Role.COORDINATOR})


async def add(
    session: AsyncSession, person_id: int, org_id: int, role: Role, programme_id: int | None = None
) -> Membership:
    """Give the role (idempotent)."""
    existing = await _find(session, person_id, org_id, role, programme_id)
    if existing is not None:
        return existing
    membership = Membership(person_id=person_id, org_id=org_id, role=role, programme_id=programme_id)
    session.add(membership)
    await session.flush()
    return membership


async def _find(
    session: AsyncSession, person_id: int, org_id: int, role: Role, programme_id: int | None = None
) -> Membership | None:
    found: Membership | None = await session.scalar(
        select(Membership).where(
            Membership.person_id == person_id,
            Membership.org_id == org_id,
            Membership.role == role,
            Membership.programme_id.is_(None)
            if programme_id is None
            else Membership.programme_id == programme_id,
        )
    )
    return found


async def holds(
    session: AsyncSession, person_id: int, org_id: int, role: Role, programme_id: int | None = None
) -> bool:
    """Whether the person has the role already."""
    return await _find(session, person_id, org_id, role, programme_id) is not None


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


class Audience(enum.StrEnum):
    """Whom the privacy notice, the help and the command list speak to (the Fluent keys end with it)."""

    STUDENT_MENTEE = "student-mentee"
    STUDENT_MENTOR = "student-mentor"
    TEACHER = "teacher"
    COORDINATOR = "coordinator"
    NEWCOMER = "newcomer"  # no role (yet): only the invite link


@dataclass(frozen=True)
class Reader:
    """Who a person is, for the texts written per role and programme kind: the place in a pair that
    needs the most care first (a student mentee, then a student mentor, then a teacher), else coordinator;
    `coordinator` too when they also coordinate (for /digest and /export)."""

    audience: Audience
    coordinator: bool


async def reader(session: AsyncSession, person_id: int) -> Reader:
    rows = (
        await session.execute(
            select(Membership.role, Programme.kind)
            .outerjoin(Programme, Programme.id == Membership.programme_id)
            .where(Membership.person_id == person_id)
        )
    ).all()
    places = {(role, kind) for role, kind in rows}
    coordinator = any(role is Role.COORDINATOR for role, _ in places)
    for audience, role, kind in (
        (Audience.STUDENT_MENTEE, Role.MENTEE, ProgrammeKind.STUDENT),
        (Audience.STUDENT_MENTOR, Role.MENTOR, ProgrammeKind.STUDENT),
        (Audience.TEACHER, Role.MENTEE, ProgrammeKind.TEACHER),
        (Audience.TEACHER, Role.MENTOR, ProgrammeKind.TEACHER),
    ):
        if (role, kind) in places:
            return Reader(audience, coordinator)
    return Reader(Audience.COORDINATOR if coordinator else Audience.NEWCOMER, coordinator)


async def is_known_minor(session: AsyncSession, person_id: int) -> bool:
    """Whether the person is known to be under 18: the mentee or the (student peer) mentor of a pair the
    coordinator flagged so (the only record of age the bot keeps; an ended pair still counts)."""
    known = await session.scalar(
        select(
            exists().where(
                or_(
                    and_(Pair.mentee_id == person_id, Pair.mentee_minor.is_(True)),
                    and_(Pair.mentor_id == person_id, Pair.mentor_minor.is_(True)),
                )
            )
        )
    )
    return bool(known)


# --- the coordinators of an organisation, as other coordinators see and change them ----------------------


@dataclass(frozen=True)
class CoordinatorView:
    org_id: int
    org_name: str
    person_id: int
    name: str
    since: datetime
    safeguarding_lead: bool = False


async def coordinators_seen_by(session: AsyncSession, person_id: int) -> list[CoordinatorView]:
    """The coordinators of every organisation the person coordinates (nothing for anyone else), by
    organisation name, then in the order they joined."""
    mine = select(Membership.org_id).where(
        Membership.person_id == person_id, Membership.role == Role.COORDINATOR
    )
    rows = await session.execute(
        select(
            Organisation.id,
            Organisation.name,
            Person.id,
            Person.name,
            Membership.created_at,
            Membership.safeguarding_lead,
        )
        .join(Membership, Membership.org_id == Organisation.id)
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.role == Role.COORDINATOR, Organisation.id.in_(mine.scalar_subquery()))
        .order_by(Organisation.name, Organisation.id, Membership.created_at, Membership.id)
    )
    return [CoordinatorView(*row) for row in rows]


class Removal(enum.StrEnum):
    REMOVED = "removed"
    NOT_ALLOWED = "not_allowed"  # the one asking, or the one named, is not a coordinator of the organisation
    LAST = "last"  # the organisation would be left without a coordinator


async def remove_coordinator(
    session: AsyncSession, org_id: int, person_id: int, *, by_person_id: int, now: datetime
) -> Removal:
    """Take the coordinator role of `org_id` from `person_id`, on the word of `by_person_id` (a coordinator
    of the same organisation, who may be the same person). The last coordinator of an organisation stays.
    The person removed is told through the outbox (unless they removed themselves)."""
    # one removal per organisation at a time (PostgreSQL: two coordinators removing each other at once
    # would each see the other still there); SQLite writes one transaction at a time anyway
    org = await session.get(Organisation, org_id, with_for_update=True, populate_existing=True)
    if org is None or not await holds(session, by_person_id, org_id, Role.COORDINATOR):
        return Removal.NOT_ALLOWED
    target = await _find(session, person_id, org_id, Role.COORDINATOR)
    if target is None:
        return Removal.NOT_ALLOWED
    others = (
        select(func.count())
        .select_from(Membership)
        .where(
            Membership.org_id == org_id,
            Membership.role == Role.COORDINATOR,
            Membership.id != target.id,
        )
        .scalar_subquery()
    )
    removed = await session.execute(
        delete(Membership)
        .where(Membership.id == target.id, others > 0)
        .execution_options(synchronize_session=False)
    )
    if removed.rowcount != 1:  # type: ignore[attr-defined]
        return Removal.LAST
    session.expunge(target)
    if person_id != by_person_id:
        remover = await session.get(Person, by_person_id)
        await outbox.enqueue(
            session,
            recipient_id=person_id,
            kind="coordinator_removed",
            key=f"coordinator-removed:{target.id}",
            due_at=now,
            payload={"org": org.name, "by": remover.name if remover is not None else ""},
        )
    return Removal.REMOVED


async def set_safeguarding_lead(
    session: AsyncSession, org_id: int, person_id: int, lead: bool, *, by_person_id: int
) -> bool:
    """Mark (or unmark) a coordinator of the organisation as its safeguarding lead, on the word of one of
    its coordinators. False when either is not a coordinator there."""
    if not await holds(session, by_person_id, org_id, Role.COORDINATOR):
        return False
    target = await _find(session, person_id, org_id, Role.COORDINATOR)
    if target is None:
        return False
    target.safeguarding_lead = lead
    await session.flush()
    return True


async def tell_coordinators_of_new_staff(
    session: AsyncSession,
    org_id: int,
    person: Person,
    role: Role,
    *,
    key: str,
    now: datetime,
    lead: bool = False,
) -> int:
    """Tell every other coordinator of the organisation that `person` has taken a staff role there; `key`
    names the occasion (an invite) so each is told once. How many were told."""
    org = await session.get(Organisation, org_id)
    told = 0
    for coordinator_id in await coordinator_ids(session, org_id):
        if coordinator_id == person.id:
            continue
        told += await outbox.enqueue(
            session,
            recipient_id=coordinator_id,
            kind="staff_joined",
            key=f"staff-joined:{key}:{coordinator_id}",
            due_at=now,
            payload={
                "name": person.name,
                "org": org.name if org is not None else "",
                "role": "lead" if lead else role.value,
            },
        )
    return told
