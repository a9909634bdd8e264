"""A pair's stage (seed 003: Setting up, Engage, Sustain, Transition, then closed): moves, their history,
the automatic rule, and the coordinator's hand on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.errors import NotFound
from storage.models import Pair, Person, ProgrammeKind, Stage, StageChange
from storage.repo import ground_rules, programmes

READY = "ground_rules_agreed"  # the automatic move from Setting up to Engage
BY_COORDINATOR = "coordinator"


@dataclass(frozen=True)
class Step:
    """One move in a pair's stage history."""

    from_stage: Stage
    to_stage: Stage
    changed_at: datetime
    by_name: str | None  # None for an automatic move
    reason: str


async def move(
    session: AsyncSession, pair: Pair, to_stage: Stage, by_person_id: int | None, reason: str, now: datetime
) -> StageChange | None:
    """Put the pair in `to_stage` and write the move to its history; None if it is there already."""
    if pair.stage is to_stage:
        return None
    change = StageChange(
        pair_id=pair.id,
        from_stage=pair.stage,
        to_stage=to_stage,
        changed_by=by_person_id,
        reason=reason,
        changed_at=now,
    )
    pair.stage = to_stage
    session.add(change)
    await session.flush()
    return change


async def history(session: AsyncSession, pair_id: int) -> list[Step]:
    """The pair's moves, oldest first, with the name of who made each."""
    rows = await session.execute(
        select(StageChange, Person.name)
        .outerjoin(Person, Person.id == StageChange.changed_by)
        .where(StageChange.pair_id == pair_id)
        .order_by(StageChange.changed_at, StageChange.id)
    )
    return [
        Step(change.from_stage, change.to_stage, change.changed_at, name, change.reason)
        for change, name in rows
    ]


async def advance_if_ready(session: AsyncSession, pair_id: int, now: datetime) -> bool:
    """Setting up -> Engage once both members agreed to the ground rules as they stand (and, in a teacher
    programme, the mentor accepted the mentor agreement). True if the pair moved."""
    pair = await _locked(session, pair_id)
    if pair.stage is not Stage.SETTING_UP:
        return False
    agreed = await ground_rules.agreements(session, pair.id)
    if agreed.rules_agreed_at is None:
        return False
    programme = await programmes.get(session, pair.programme_id)
    if programme.kind is ProgrammeKind.TEACHER and agreed.mentor_agreement_at is None:
        return False
    return await move(session, pair, Stage.ENGAGE, None, READY, now) is not None


async def get_for_coordinator(session: AsyncSession, pair_id: int, person_id: int) -> Pair:
    """The pair, if the person coordinates its programme's organisation; NotFound otherwise."""
    pair = await session.get(Pair, pair_id)
    if pair is None:
        raise NotFound(f"pair {pair_id}")
    await programmes.get_for_coordinator(session, pair.programme_id, person_id)
    return pair


async def move_by_coordinator(
    session: AsyncSession, pair_id: int, person_id: int, to_stage: Stage, now: datetime
) -> StageChange | None:
    """A coordinator of the pair's organisation moves its stage; NotFound for anyone else."""
    pair = await get_for_coordinator(session, pair_id, person_id)
    await session.refresh(pair, with_for_update=True)
    return await move(session, pair, to_stage, person_id, BY_COORDINATOR, now)


async def _locked(session: AsyncSession, pair_id: int) -> Pair:
    """The pair, row-locked until commit (PostgreSQL), so two moves of one pair happen one by one."""
    pair = await session.get(Pair, pair_id, with_for_update=True, populate_existing=True)
    if pair is None:
        raise NotFound(f"pair {pair_id}")
    return pair
