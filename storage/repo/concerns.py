"""Concern reports: visible only to the reporter and to the coordinators of the organisation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from storage.errors import NotFound
from storage.models import Concern, Membership, Organisation, Pair, Person, Programme, Role
from storage.repo import outbox


@dataclass(frozen=True)
class ConcernView:
    """A concern as a coordinator sees it."""

    id: int
    text: str
    created_at: datetime
    handled_at: datetime | None
    reporter_name: str | None
    reporter_role: Role | None
    programme_name: str | None
    pair_id: int | None
    pair_paused: bool


async def report(
    session: AsyncSession, *, reporter_id: int, pair: Pair, org_id: int, text: str, now: datetime
) -> Concern:
    concern = Concern(
        org_id=org_id,
        programme_id=pair.programme_id,
        pair_id=pair.id,
        reporter_id=reporter_id,
        text=text,
        created_at=now,
    )
    session.add(concern)
    await session.flush()
    return concern


async def alert_recipients(session: AsyncSession, org_id: int) -> list[int]:
    """The people a concern of the organisation is sent to: its coordinators the bot can reach."""
    result = await session.scalars(
        select(Membership.person_id)
        .join(Person, Person.id == Membership.person_id)
        .where(
            Membership.org_id == org_id,
            Membership.role == Role.COORDINATOR,
            Person.reachable.is_(True),
        )
    )
    return list(result)


async def alert(
    session: AsyncSession, concern: Concern, programme_name: str, role: Role, now: datetime
) -> int:
    """Queue the concern's alert for everyone it goes to; how many that is (0: nobody can be told)."""
    recipients = await alert_recipients(session, concern.org_id)
    for person_id in recipients:
        await outbox.enqueue(
            session,
            recipient_id=person_id,
            kind="concern_alert",
            key=f"concern:{concern.id}:{person_id}",
            due_at=now,
            payload={"concern_id": concern.id, "programme": programme_name, "role": role.value},
        )
    return len(recipients)


async def signal_urgent(
    session: AsyncSession,
    *,
    org_id: int,
    pair_id: int,
    mentor: str,
    mentee: str,
    programme_name: str,
    now: datetime,
) -> int:
    """With URGENT_WORDS_SIGNAL on: tell the organisation's coordinators that someone in a pair wrote an
    urgent phrase; names of the pair only, never the text (dialogs/urgent.py). How many were queued."""
    recipients = await alert_recipients(session, org_id)
    stamp = now.isoformat()
    for person_id in recipients:
        await outbox.enqueue(
            session,
            recipient_id=person_id,
            kind="urgent_signal",
            key=f"urgent:{pair_id}:{stamp}:{person_id}",
            due_at=now,
            payload={"mentor": mentor, "mentee": mentee, "programme": programme_name},
        )
    return len(recipients)


async def alert_new_coordinator(session: AsyncSession, org_id: int, person_id: int, now: datetime) -> int:
    """A coordinator joined: the organisation's open concerns are sent to them too (a concern reported
    while nobody could be told reaches the first coordinator at once). How many were queued."""
    rows = (
        await session.execute(
            select(Concern.id, Programme.name, Pair.mentor_id, Concern.reporter_id)
            .outerjoin(Programme, Programme.id == Concern.programme_id)
            .outerjoin(Pair, Pair.id == Concern.pair_id)
            .where(Concern.org_id == org_id, Concern.handled_at.is_(None))
            .order_by(Concern.id)
        )
    ).all()
    queued = 0
    for concern_id, programme_name, mentor_id, reporter_id in rows:
        role = Role.MENTOR if reporter_id is not None and reporter_id == mentor_id else Role.MENTEE
        queued += await outbox.enqueue(
            session,
            recipient_id=person_id,
            kind="concern_alert",
            key=f"concern:{concern_id}:{person_id}",
            due_at=now,
            payload={"concern_id": concern_id, "programme": programme_name or "", "role": role.value},
        )
    return queued


@dataclass(frozen=True)
class OpenConcerns:
    """An organisation's open concerns, for the operator (no texts, no names)."""

    org_name: str
    open: int
    oldest: datetime
    reachable_coordinators: int


async def open_by_organisation(session: AsyncSession) -> list[OpenConcerns]:
    """Every organisation with open concerns: how many, the oldest, and how many coordinators the bot
    can reach (0: nobody has been told)."""
    reachable = (
        select(func.count())
        .select_from(Membership)
        .join(Person, Person.id == Membership.person_id)
        .where(
            Membership.org_id == Organisation.id,
            Membership.role == Role.COORDINATOR,
            Person.reachable.is_(True),
        )
        .scalar_subquery()
    )
    rows = await session.execute(
        select(Organisation.name, func.count(Concern.id), func.min(Concern.created_at), reachable)
        .join(Concern, Concern.org_id == Organisation.id)
        .where(Concern.handled_at.is_(None))
        .group_by(Organisation.id, Organisation.name)
        .order_by(func.min(Concern.created_at))
    )
    return [
        OpenConcerns(name, count, oldest, reachable_count) for name, count, oldest, reachable_count in rows
    ]


async def of_reporter(session: AsyncSession, reporter_id: int) -> list[Concern]:
    return list(
        await session.scalars(
            select(Concern).where(Concern.reporter_id == reporter_id).order_by(Concern.created_at.desc())
        )
    )


def _coordinated_orgs(person_id: int) -> Select[int]:
    return select(Membership.org_id).where(
        Membership.person_id == person_id, Membership.role == Role.COORDINATOR
    )


async def for_coordinator(
    session: AsyncSession, person_id: int, *, open_only: bool = False
) -> list[ConcernView]:
    """Concerns of every organisation the person coordinates, newest first."""
    reporter = aliased(Person)
    query = (
        select(Concern, reporter.name, Programme.name, Pair)
        .outerjoin(reporter, reporter.id == Concern.reporter_id)
        .outerjoin(Programme, Programme.id == Concern.programme_id)
        .outerjoin(Pair, Pair.id == Concern.pair_id)
        .where(Concern.org_id.in_(_coordinated_orgs(person_id)))
        .order_by(Concern.created_at.desc(), Concern.id.desc())
    )
    if open_only:
        query = query.where(Concern.handled_at.is_(None))
    views = []
    for concern, reporter_name, programme_name, pair in await session.execute(query):
        role = None
        if pair is not None and concern.reporter_id is not None:
            role = Role.MENTOR if pair.mentor_id == concern.reporter_id else Role.MENTEE
        views.append(
            ConcernView(
                concern.id,
                concern.text,
                concern.created_at,
                concern.handled_at,
                reporter_name,
                role,
                programme_name,
                concern.pair_id,
                pair is not None and pair.paused_at is not None,
            )
        )
    return views


async def get_for_coordinator(session: AsyncSession, concern_id: int, person_id: int) -> ConcernView:
    found = [v for v in await for_coordinator(session, person_id) if v.id == concern_id]
    if not found:
        raise NotFound(f"concern {concern_id}")
    return found[0]


async def mark_handled(session: AsyncSession, concern_id: int, person_id: int, now: datetime) -> None:
    await get_for_coordinator(session, concern_id, person_id)
    await session.execute(
        update(Concern).where(Concern.id == concern_id).values(handled_at=now, handled_by=person_id)
    )


async def set_pair_paused(
    session: AsyncSession, concern_id: int, person_id: int, paused: bool, now: datetime
) -> None:
    """Pause (or resume) the pair a concern is about: a paused pair gets no scheduled messages."""
    view = await get_for_coordinator(session, concern_id, person_id)
    if view.pair_id is None:
        raise NotFound("no pair")
    await session.execute(
        update(Pair).where(Pair.id == view.pair_id).values(paused_at=now if paused else None)
    )
