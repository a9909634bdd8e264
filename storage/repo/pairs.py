"""Pairs: a mentor and a mentee in a programme, their stage, and who may see them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, Select, bindparam, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from storage.errors import NotFound
from storage.models import Membership, Pair, Person, Programme, ProgrammeKind, Role, Stage
from storage.prepared import Prepared
from storage.timeutil import utcnow


@dataclass(frozen=True)
class PairView:
    """A pair as one of its members sees it."""

    pair_id: int
    programme_id: int
    programme_name: str
    programme_kind: ProgrammeKind
    my_role: Role
    other_name: str
    other_joined: bool
    stage: Stage


@dataclass(frozen=True)
class MentorChoice:
    person_id: int
    name: str


async def create(
    session: AsyncSession,
    *,
    programme_id: int,
    mentor_name: str,
    mentee_name: str,
    mentee_minor: bool,
    parental_consent: bool,
    mentor_id: int | None = None,
    mentor_minor: bool = False,
    mentor_consent: bool = False,
    now: datetime | None = None,
) -> Pair:
    """A new pair. A minor mentee, and a minor (student peer) mentor, each need the coordinator's word that
    their parent's consent was collected."""
    if mentee_minor and not parental_consent:
        raise ValueError("a mentee under 18 needs parental consent")
    if mentor_minor and not mentor_consent:
        raise ValueError("a mentor under 18 needs parental consent")
    now = now or utcnow()
    pair = Pair(
        programme_id=programme_id,
        mentor_id=mentor_id,
        mentor_name=mentor_name.strip(),
        mentee_name=mentee_name.strip(),
        mentee_minor=mentee_minor,
        parental_consent_at=now if mentee_minor else None,
        mentor_minor=mentor_minor,
        mentor_consent_at=now if mentor_minor else None,
        stage=Stage.SETTING_UP,
    )
    session.add(pair)
    await session.flush()
    return pair


async def join(session: AsyncSession, pair: Pair, role: Role, person_id: int, now: datetime) -> None:
    """Seat the person as the pair's mentor or mentee; the pair starts when both have joined."""
    if role is Role.MENTOR:
        pair.mentor_id = person_id
    elif role is Role.MENTEE:
        pair.mentee_id = person_id
    else:
        raise ValueError(f"a pair has no {role} seat")
    if pair.mentor_id is not None and pair.mentee_id is not None and pair.started_at is None:
        pair.started_at = now
    await session.flush()


# A pair as its members see it: the pair's own columns, its programme, and the names of its people.
_MENTOR = aliased(Person)
_MENTEE = aliased(Person)
_VIEW_COLUMNS = (
    Pair.id,
    Pair.programme_id,
    Pair.mentor_id,
    Pair.mentee_id,
    Pair.mentor_name,
    Pair.mentee_name,
    Pair.stage,
    Programme.name,
    Programme.kind,
    _MENTOR.name,
    _MENTEE.name,
)


def _view(person_id: int, row: Sequence[Any]) -> PairView:
    """`row` has the `_VIEW_COLUMNS`."""
    (
        pair_id,
        programme_id,
        mentor_id,
        mentee_id,
        mentor_name,
        mentee_name,
        stage,
        programme_name,
        kind,
        mentor_now,
        mentee_now,
    ) = row
    if mentor_id == person_id:
        role, other, joined = Role.MENTOR, mentee_now or mentee_name, mentee_id is not None
    else:
        role, other, joined = Role.MENTEE, mentor_now or mentor_name, mentor_id is not None
    return PairView(pair_id, programme_id, programme_name, kind, role, other, joined, stage)


def _views_of(person: Any) -> Select[*tuple[Any, ...]]:
    """The pairs in which `person` (a value or a bind parameter) is the mentor or the mentee."""
    return (
        select(*_VIEW_COLUMNS)
        .join(Programme, Programme.id == Pair.programme_id)
        .outerjoin(_MENTOR, _MENTOR.id == Pair.mentor_id)
        .outerjoin(_MENTEE, _MENTEE.id == Pair.mentee_id)
        .where(or_(Pair.mentor_id == person, Pair.mentee_id == person))
    )


# Nearly every update asks for the person's pairs: built once, run as plain Core (storage/prepared.py).
_OPEN_VIEWS = Prepared(
    lambda _dialect: (
        _views_of(bindparam("person_id", type_=Integer())).where(Pair.ended_at.is_(None)).order_by(Pair.id)
    )
)


async def views_for_person(session: AsyncSession, person_id: int) -> list[PairView]:
    """The person's open pairs, as they see them."""
    rows = await _OPEN_VIEWS.read(session, {"person_id": person_id})
    return [_view(person_id, row) for row in rows]


async def get_for_member(session: AsyncSession, pair_id: int, person_id: int) -> Pair:
    """The pair, if the person is its mentor or mentee; NotFound otherwise."""
    pair: Pair | None = await session.scalar(
        select(Pair).where(Pair.id == pair_id, or_(Pair.mentor_id == person_id, Pair.mentee_id == person_id))
    )
    if pair is None:
        raise NotFound(f"pair {pair_id}")
    return pair


async def in_programme(session: AsyncSession, programme_id: int) -> list[Pair]:
    return list(
        await session.scalars(select(Pair).where(Pair.programme_id == programme_id).order_by(Pair.id))
    )


async def mentors_of_programme(session: AsyncSession, programme_id: int) -> list[MentorChoice]:
    """Mentors who have joined a pair of the programme (to give them another mentee)."""
    rows = await session.execute(
        select(Person.id, Person.name)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.programme_id == programme_id, Membership.role == Role.MENTOR)
        .order_by(Person.name, Person.id)
    )
    return [MentorChoice(person_id, name) for person_id, name in rows]


async def is_paused(session: AsyncSession, pair_id: int) -> bool:
    paused_at = await session.scalar(select(Pair.paused_at).where(Pair.id == pair_id))
    return paused_at is not None


async def close(session: AsyncSession, pair: Pair, reason: str, now: datetime) -> None:
    """End the pair (the stage history is written by stages.move)."""
    pair.ended_at = now
    pair.end_reason = reason
    await session.flush()


async def closed_views_for_person(session: AsyncSession, person_id: int) -> list[PairView]:
    """The person's ended pairs, newest first, as they see them."""
    rows = await session.execute(
        _views_of(person_id).where(Pair.ended_at.is_not(None)).order_by(Pair.ended_at.desc())
    )
    return [_view(person_id, row) for row in rows]
