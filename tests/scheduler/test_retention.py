"""Retention: people are told a week before a closed programme's data is deleted, then it is deleted."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from scheduler.clock import ManualClock
from scheduler.jobs import apply_retention
from storage.db import make_session_factory
from storage.models import (
    Concern,
    DiaryEntry,
    Membership,
    OutboxMessage,
    Pair,
    Person,
    Programme,
    Role,
    SessionMode,
)
from storage.repo import invites, memberships, organisations, people
from storage.timeutil import utcnow
from tests.harness import pair_invites, seed_programme

RETENTION = timedelta(days=365)
END = date(2027, 6, 30)  # the seeded programme's end


async def count(factory, model) -> int:
    async with factory() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_warning_a_week_before_then_deletion(engine: AsyncEngine):
    factory = make_session_factory(engine)
    org_id, programme_id = await seed_programme(factory)
    codes = await pair_invites(factory, programme_id)
    async with factory() as session:
        for telegram_id, role in ((1, Role.MENTOR), (2, Role.MENTEE)):
            await invites.redeem(
                session, codes[role], telegram_id=telegram_id, telegram_name="x", now=utcnow()
            )
        coordinator, _ = await people.get_or_create(session, 3, "Ana")
        await memberships.add(session, coordinator.id, org_id, Role.COORDINATOR)
        pair = (await session.scalars(select(Pair))).one()
        session.add(
            DiaryEntry(
                pair_id=pair.id, session_no=1, held_on=END, duration_minutes=60, mode=SessionMode.ONLINE
            )
        )
        session.add(
            Concern(
                org_id=org_id,
                programme_id=programme_id,
                pair_id=pair.id,
                reporter_id=pair.mentee_id,
                text="t",
            )
        )
        await session.commit()

    purge_day = END + RETENTION
    clock = ManualClock(datetime.combine(purge_day - timedelta(days=8), datetime.min.time(), tzinfo=UTC))
    assert await apply_retention(factory, clock, RETENTION) == 0
    assert await count(factory, OutboxMessage) == 0  # too early to warn

    clock.advance(timedelta(days=1))
    assert await apply_retention(factory, clock, RETENTION) == 0
    assert await apply_retention(factory, clock, RETENTION) == 0  # warned once, not twice
    async with factory() as session:
        warnings = (await session.scalars(select(OutboxMessage))).all()
    assert [w.kind for w in warnings] == ["retention_warning", "retention_warning"]
    assert await count(factory, DiaryEntry) == 1

    clock.advance(timedelta(days=7))
    assert await apply_retention(factory, clock, RETENTION) == 2  # mentor and mentee had no other role
    assert await count(factory, DiaryEntry) == 0 and await count(factory, Pair) == 0
    assert await count(factory, Concern) == 0
    async with factory() as session:
        remaining = list(await session.scalars(select(Person.telegram_id)))
        assert remaining == [3]  # the coordinator stays
        assert await session.scalar(select(func.count()).select_from(Membership)) == 1
        assert (await session.get(Programme, programme_id)) is not None  # the programme's name and dates stay
        assert await organisations.get(session, org_id)
