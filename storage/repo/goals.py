"""Goals of a pair (seed 003): the mentee's mission (the "destination"), goals and objectives (the
"roadmap"), each with its progress. The goals are the mentee's: only the mentee adds, changes or removes
them; both members of the pair may read them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.errors import NotFound, StorageError
from storage.models import Goal, GoalKind, Pair
from storage.repo import pairs
from storage.timeutil import utcnow

TEXT_LIMIT = 200
LIMITS: dict[GoalKind, int] = {GoalKind.MISSION: 1, GoalKind.GOAL: 5, GoalKind.OBJECTIVE: 10}
PROGRESS_STEPS = (0, 25, 50, 75, 100)  # not started / under way / halfway / nearly there / done
DONE = 100
KIND_ORDER = tuple(GoalKind)  # mission, goal, objective


class LimitReached(StorageError):
    """The pair has as many goals of this kind as it may have."""

    def __init__(self, kind: GoalKind) -> None:
        super().__init__(f"at most {LIMITS[kind]} of {kind}")
        self.kind = kind
        self.limit = LIMITS[kind]


@dataclass(frozen=True)
class Summary:
    """What the main menu shows: the mission, and how many goals and objectives are done."""

    mission: str | None
    done: int
    total: int


def _checked_text(text: str) -> str:
    value = text.strip()
    if not value or len(value) > TEXT_LIMIT:
        raise ValueError(f"a goal has 1 to {TEXT_LIMIT} characters")
    return value


async def _mentee_pair(session: AsyncSession, pair_id: int, person_id: int) -> Pair:
    """The pair, if the person is its mentee (the goals' owner); NotFound otherwise."""
    pair = await pairs.get_for_member(session, pair_id, person_id)
    if pair.mentee_id != person_id:
        raise NotFound(f"pair {pair_id} goals for person {person_id}")
    return pair


async def for_pair(session: AsyncSession, pair_id: int, person_id: int) -> list[Goal]:
    """The pair's goals (mission first, then goals, then objectives), for a member of the pair."""
    await pairs.get_for_member(session, pair_id, person_id)
    rows = await session.scalars(select(Goal).where(Goal.pair_id == pair_id).order_by(Goal.id))
    return sorted(rows, key=lambda goal: KIND_ORDER.index(goal.kind))


async def count_of_kind(session: AsyncSession, pair_id: int, kind: GoalKind) -> int:
    count = await session.scalar(
        select(func.count()).select_from(Goal).where(Goal.pair_id == pair_id, Goal.kind == kind)
    )
    return int(count or 0)


async def room_for(session: AsyncSession, pair_id: int, person_id: int, kind: GoalKind) -> bool:
    """Whether the person (the mentee) may add one more of this kind."""
    await _mentee_pair(session, pair_id, person_id)
    return await count_of_kind(session, pair_id, kind) < LIMITS[kind]


async def add(
    session: AsyncSession,
    *,
    pair_id: int,
    person_id: int,
    kind: GoalKind,
    text: str,
    now: datetime | None = None,
) -> Goal:
    """A new goal of the mentee's; LimitReached when there are as many of its kind as allowed."""
    await _mentee_pair(session, pair_id, person_id)
    if await count_of_kind(session, pair_id, kind) >= LIMITS[kind]:
        raise LimitReached(kind)
    now = now or utcnow()
    goal = Goal(
        pair_id=pair_id,
        kind=kind,
        text=_checked_text(text),
        progress=0,
        created_by=person_id,
        created_at=now,
        updated_at=now,
    )
    session.add(goal)
    await session.flush()
    return goal


async def get_own(session: AsyncSession, goal_id: int, person_id: int) -> Goal:
    """The goal, if it belongs to a pair whose mentee is the person; NotFound otherwise."""
    goal: Goal | None = await session.scalar(
        select(Goal)
        .join(Pair, Pair.id == Goal.pair_id)
        .where(Goal.id == goal_id, Pair.mentee_id == person_id)
    )
    if goal is None:
        raise NotFound(f"goal {goal_id}")
    return goal


async def set_progress(session: AsyncSession, goal_id: int, person_id: int, progress: int) -> Goal:
    if progress not in PROGRESS_STEPS:
        raise ValueError(f"progress is one of {PROGRESS_STEPS}")
    goal = await get_own(session, goal_id, person_id)
    goal.progress = progress
    await session.flush()
    return goal


async def rename(session: AsyncSession, goal_id: int, person_id: int, text: str) -> Goal:
    goal = await get_own(session, goal_id, person_id)
    goal.text = _checked_text(text)
    await session.flush()
    return goal


async def remove(session: AsyncSession, goal_id: int, person_id: int) -> None:
    await session.delete(await get_own(session, goal_id, person_id))
    await session.flush()


async def summary(session: AsyncSession, pair_id: int) -> Summary:
    """For a pair the caller already knows the person is in (a view from pairs.views_for_person)."""
    rows = list(await session.scalars(select(Goal).where(Goal.pair_id == pair_id).order_by(Goal.id)))
    mission = next((goal.text for goal in rows if goal.kind is GoalKind.MISSION), None)
    steps = [goal for goal in rows if goal.kind is not GoalKind.MISSION]
    return Summary(mission, sum(goal.progress == DONE for goal in steps), len(steps))
