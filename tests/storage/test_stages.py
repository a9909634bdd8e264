"""Stages on SQLite and PostgreSQL: moves and their history, the automatic rule, the coordinator's hand."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import make_session_factory
from storage.errors import NotFound
from storage.models import Pair, ProgrammeKind, Role, Stage, StageChange
from storage.repo import ground_rules, memberships, people, stages, updates
from storage.timeutil import utcnow
from tests.pairs import MadePair
from tests.storage.test_ground_rules import TOPICS, joined_pair


async def _write_all_rules(session, pair: MadePair, now) -> None:
    for topic in TOPICS:
        await ground_rules.set_rule(session, pair.id, pair.mentor, topic, "Agreed text", now)


async def test_moves_are_written_to_the_history(engine: AsyncEngine):
    factory = make_session_factory(engine)
    now = utcnow()
    async with factory() as session:
        pair_ids = await joined_pair(session)
        pair = await session.get(Pair, pair_ids.id)
        assert pair is not None
        await stages.move(session, pair, Stage.ENGAGE, None, stages.READY, now)
        await stages.move(session, pair, Stage.SUSTAIN, pair_ids.mentor, "test", now + timedelta(days=1))
        assert await stages.move(session, pair, Stage.SUSTAIN, None, "test", now) is None  # already there
        await session.commit()

    async with factory() as session:
        steps = await stages.history(session, pair_ids.id)
        assert [(s.from_stage, s.to_stage, s.by_name, s.reason) for s in steps] == [
            (Stage.SETTING_UP, Stage.ENGAGE, None, stages.READY),
            (Stage.ENGAGE, Stage.SUSTAIN, "Maria", "test"),
        ]
        assert steps[1].changed_at == now + timedelta(days=1)
        assert (await session.get(Pair, pair_ids.id)).stage is Stage.SUSTAIN  # type: ignore[union-attr]


async def test_student_pair_engages_once_both_agreed_to_the_rules(engine: AsyncEngine):
    factory = make_session_factory(engine)
    now = utcnow()
    async with factory() as session:
        pair = await joined_pair(session, kind=ProgrammeKind.STUDENT)
        await _write_all_rules(session, pair, now)
        await ground_rules.agree_to_rules(session, pair.id, pair.mentor, TOPICS, now)
        assert not await stages.advance_if_ready(session, pair.id, now)
        await ground_rules.agree_to_rules(session, pair.id, pair.mentee, TOPICS, now)
        assert await stages.advance_if_ready(session, pair.id, now)
        assert not await stages.advance_if_ready(session, pair.id, now)  # once
        await session.commit()
        assert [s.to_stage for s in await stages.history(session, pair.id)] == [Stage.ENGAGE]


async def test_teacher_pair_also_needs_the_mentor_agreement(engine: AsyncEngine):
    factory = make_session_factory(engine)
    now = utcnow()
    async with factory() as session:
        pair = await joined_pair(session)
        await _write_all_rules(session, pair, now)
        for person_id in (pair.mentor, pair.mentee):
            await ground_rules.agree_to_rules(session, pair.id, person_id, TOPICS, now)
        assert not await stages.advance_if_ready(session, pair.id, now)
        await ground_rules.accept_mentor_agreement(session, pair.id, pair.mentor, now)
        assert await stages.advance_if_ready(session, pair.id, now)
        assert (await session.get(Pair, pair.id)).stage is Stage.ENGAGE  # type: ignore[union-attr]


async def test_a_pair_moved_on_by_hand_is_not_moved_automatically(engine: AsyncEngine):
    factory = make_session_factory(engine)
    now = utcnow()
    async with factory() as session:
        pair = await joined_pair(session, kind=ProgrammeKind.STUDENT)
        row = await session.get(Pair, pair.id)
        await stages.move(session, row, Stage.SUSTAIN, None, stages.BY_COORDINATOR, now)  # type: ignore[arg-type]
        await _write_all_rules(session, pair, now)
        for person_id in (pair.mentor, pair.mentee):
            await ground_rules.agree_to_rules(session, pair.id, person_id, TOPICS, now)
        assert not await stages.advance_if_ready(session, pair.id, now)
        assert (await session.get(Pair, pair.id)).stage is Stage.SUSTAIN  # type: ignore[union-attr]


async def test_both_agreeing_at_the_same_moment_moves_the_pair_exactly_once(engine: AsyncEngine):
    factory = make_session_factory(engine)
    now = utcnow()
    async with factory() as session:
        pair = await joined_pair(session, kind=ProgrammeKind.STUDENT)
        await _write_all_rules(session, pair, now)
        await session.commit()

    both_connected = asyncio.Barrier(2)

    async def agree(person_id: int, update_id: int) -> bool:
        async with factory() as session:
            await session.execute(select(1))
            await both_connected.wait()  # so neither update is over before the other begins
            await updates.claim(session, 1, update_id, now)  # as the bot does: one transaction per update
            await ground_rules.agree_to_rules(session, pair.id, person_id, TOPICS, now)
            moved = await stages.advance_if_ready(session, pair.id, now)
            await session.commit()
            return moved

    moved = await asyncio.gather(agree(pair.mentor, 1), agree(pair.mentee, 2))
    assert sorted(moved) == [False, True]
    async with factory() as session:
        assert await session.scalar(select(func.count()).select_from(StageChange)) == 1
        assert (await session.get(Pair, pair.id)).stage is Stage.ENGAGE  # type: ignore[union-attr]


async def test_only_a_coordinator_of_the_organisation_moves_a_pair(engine: AsyncEngine):
    factory = make_session_factory(engine)
    now = utcnow()
    async with factory() as session:
        ours = await joined_pair(session, org="Ours")
        theirs = await joined_pair(session, org="Theirs", first_tg=11)
        ana, _ = await people.get_or_create(session, 100, "Ana")
        await memberships.add(session, ana.id, ours.org_id, Role.COORDINATOR)
        await session.commit()

    async with factory() as session:
        assert (await stages.get_for_coordinator(session, ours.id, ana.id)).id == ours.id
        with pytest.raises(NotFound):
            await stages.get_for_coordinator(session, theirs.id, ana.id)
        with pytest.raises(NotFound):
            await stages.move_by_coordinator(session, theirs.id, ana.id, Stage.CLOSED, now)
        with pytest.raises(NotFound):  # a member of the pair is not its coordinator
            await stages.move_by_coordinator(session, ours.id, ours.mentor, Stage.CLOSED, now)
        with pytest.raises(NotFound):
            await stages.get_for_coordinator(session, 999_999, ana.id)
        await stages.move_by_coordinator(session, ours.id, ana.id, Stage.TRANSITION, now)
        await session.commit()

    async with factory() as session:
        steps = await stages.history(session, ours.id)
        assert [(s.to_stage, s.by_name, s.reason) for s in steps] == [
            (Stage.TRANSITION, "Ana", stages.BY_COORDINATOR)
        ]
        assert await stages.history(session, theirs.id) == []
