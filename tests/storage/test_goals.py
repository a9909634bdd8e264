"""Goals on SQLite and on PostgreSQL: the mentee's own, read by the pair, limited in number and length."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from storage.db import make_session_factory
from storage.errors import NotFound
from storage.models import GoalKind, Pair, ProgrammeKind
from storage.repo import goals
from tests.pairs import make_pair


async def _pair(session: AsyncSession, mentor_tg: int, mentee_tg: int, org: str = "School") -> Pair:
    made = await make_pair(
        session,
        org=org,
        programme_name=f"Peer support {mentee_tg}",
        kind=ProgrammeKind.STUDENT,
        end=date(2027, 1, 31),
        mentor="Elena",
        mentee="Ivo",
        mentor_tg=mentor_tg,
        mentee_tg=mentee_tg,
    )
    return made.row


async def test_the_mentee_adds_and_both_read_in_order_mission_goals_objectives(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        pair = await _pair(session, 1, 2)
        assert pair.mentee_id is not None and pair.mentor_id is not None
        for kind, text in (
            (GoalKind.OBJECTIVE, "Homework on Mondays"),
            (GoalKind.GOAL, "Pass maths"),
            (GoalKind.MISSION, "  Finish 10th grade  "),
            (GoalKind.GOAL, "Read two books"),
        ):
            await goals.add(session, pair_id=pair.id, person_id=pair.mentee_id, kind=kind, text=text)
        await session.commit()
        for reader in (pair.mentee_id, pair.mentor_id):
            rows = await goals.for_pair(session, pair.id, reader)
            assert [(g.kind, g.text) for g in rows] == [
                (GoalKind.MISSION, "Finish 10th grade"),
                (GoalKind.GOAL, "Pass maths"),
                (GoalKind.GOAL, "Read two books"),
                (GoalKind.OBJECTIVE, "Homework on Mondays"),
            ]
        with pytest.raises(NotFound):
            await goals.add(
                session, pair_id=pair.id, person_id=pair.mentor_id, kind=GoalKind.GOAL, text="Mentor's idea"
            )
        assert not await goals.room_for(session, pair.id, pair.mentee_id, GoalKind.MISSION)
        assert await goals.room_for(session, pair.id, pair.mentee_id, GoalKind.GOAL)


async def test_limits_on_number_and_length(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        pair = await _pair(session, 1, 2)
        mentee = pair.mentee_id
        assert mentee is not None
        for number in range(goals.LIMITS[GoalKind.GOAL]):
            await goals.add(session, pair_id=pair.id, person_id=mentee, kind=GoalKind.GOAL, text=f"g{number}")
        with pytest.raises(goals.LimitReached) as refused:
            await goals.add(session, pair_id=pair.id, person_id=mentee, kind=GoalKind.GOAL, text="one more")
        assert refused.value.limit == 5
        with pytest.raises(ValueError):
            await goals.add(
                session, pair_id=pair.id, person_id=mentee, kind=GoalKind.OBJECTIVE, text="x" * 201
            )
        with pytest.raises(ValueError):
            await goals.add(session, pair_id=pair.id, person_id=mentee, kind=GoalKind.OBJECTIVE, text="  ")
        assert await goals.count_of_kind(session, pair.id, GoalKind.GOAL) == 5
        assert await goals.count_of_kind(session, pair.id, GoalKind.OBJECTIVE) == 0


async def test_only_the_mentee_of_the_pair_changes_a_goal(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        ours = await _pair(session, 1, 2)
        theirs = await _pair(session, 3, 4, org="Other")
        assert ours.mentee_id is not None and ours.mentor_id is not None and theirs.mentee_id is not None
        goal = await goals.add(
            session, pair_id=ours.id, person_id=ours.mentee_id, kind=GoalKind.GOAL, text="Pass maths"
        )
        await session.commit()
        for outsider in (ours.mentor_id, theirs.mentee_id):
            with pytest.raises(NotFound):
                await goals.set_progress(session, goal.id, outsider, 100)
            with pytest.raises(NotFound):
                await goals.rename(session, goal.id, outsider, "Changed")
            with pytest.raises(NotFound):
                await goals.remove(session, goal.id, outsider)
        with pytest.raises(NotFound):
            await goals.for_pair(session, ours.id, theirs.mentee_id)
        with pytest.raises(ValueError):
            await goals.set_progress(session, goal.id, ours.mentee_id, 33)

        await goals.set_progress(session, goal.id, ours.mentee_id, 75)
        await goals.rename(session, goal.id, ours.mentee_id, "Pass maths with a 5")
        await session.commit()
        again = await goals.get_own(session, goal.id, ours.mentee_id)
        assert (again.text, again.progress) == ("Pass maths with a 5", 75)
        await goals.remove(session, goal.id, ours.mentee_id)
        await session.commit()
        assert await goals.for_pair(session, ours.id, ours.mentor_id) == []


async def test_summary_counts_goals_and_objectives_done_and_names_the_mission(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        pair = await _pair(session, 1, 2)
        mentee = pair.mentee_id
        assert mentee is not None
        assert await goals.summary(session, pair.id) == goals.Summary(None, 0, 0)
        await goals.add(
            session, pair_id=pair.id, person_id=mentee, kind=GoalKind.MISSION, text="Finish school"
        )
        done = await goals.add(session, pair_id=pair.id, person_id=mentee, kind=GoalKind.GOAL, text="a")
        await goals.add(session, pair_id=pair.id, person_id=mentee, kind=GoalKind.OBJECTIVE, text="b")
        await goals.set_progress(session, done.id, mentee, goals.DONE)
        assert await goals.summary(session, pair.id) == goals.Summary("Finish school", 1, 2)
