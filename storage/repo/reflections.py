"""Reflections: a person's answers to reflection prompts. Private to their author: every query here is
by author, so neither the other side of the pair nor a coordinator can read them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.errors import NotFound
from storage.models import Reflection, Stage
from storage.repo import pairs
from storage.timeutil import utcnow


@dataclass(frozen=True)
class Heading:
    """A reflection in a list: what it answered, when, and how its text begins."""

    reflection_id: int
    prompt: str
    stage: Stage
    created_at: datetime
    opening: str


async def add(
    session: AsyncSession,
    *,
    person_id: int,
    pair_id: int,
    prompt: str,
    text: str,
    now: datetime | None = None,
) -> Reflection:
    """The person's answer to `prompt`, at the pair's present stage. NotFound if not in the pair."""
    pair = await pairs.get_for_member(session, pair_id, person_id)
    if not text.strip():
        raise ValueError("an empty reflection")
    reflection = Reflection(
        person_id=person_id,
        pair_id=pair_id,
        prompt=prompt,
        stage=pair.stage,
        text=text,
        created_at=now or utcnow(),
    )
    session.add(reflection)
    await session.flush()
    return reflection


async def answered_prompts(session: AsyncSession, person_id: int, pair_id: int) -> set[str]:
    rows = await session.scalars(
        select(Reflection.prompt)
        .where(Reflection.person_id == person_id, Reflection.pair_id == pair_id)
        .distinct()
    )
    return set(rows)


async def count_own(session: AsyncSession, person_id: int, pair_id: int) -> int:
    count = await session.scalar(
        select(func.count())
        .select_from(Reflection)
        .where(Reflection.person_id == person_id, Reflection.pair_id == pair_id)
    )
    return int(count or 0)


async def page_own(
    session: AsyncSession, person_id: int, pair_id: int, *, offset: int, limit: int, opening: int
) -> list[Heading]:
    """The person's reflections in the pair, newest first, `limit` of them from `offset`, each with the
    first `opening` characters of its text."""
    rows = await session.execute(
        select(
            Reflection.id,
            Reflection.prompt,
            Reflection.stage,
            Reflection.created_at,
            func.substr(Reflection.text, 1, opening),
        )
        .where(Reflection.person_id == person_id, Reflection.pair_id == pair_id)
        .order_by(Reflection.created_at.desc(), Reflection.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [Heading(*row) for row in rows]


async def get_own(session: AsyncSession, reflection_id: int, person_id: int) -> Reflection:
    """The reflection, if the person wrote it; NotFound otherwise."""
    reflection: Reflection | None = await session.scalar(
        select(Reflection).where(Reflection.id == reflection_id, Reflection.person_id == person_id)
    )
    if reflection is None:
        raise NotFound(f"reflection {reflection_id}")
    return reflection


async def delete_own(session: AsyncSession, reflection_id: int, person_id: int) -> None:
    await session.delete(await get_own(session, reflection_id, person_id))
    await session.flush()
