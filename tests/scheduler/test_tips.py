"""Weekly online-safety tips: at the set day and time in each person's zone, in order, once per week."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from scheduler import periodic, tips
from scheduler.clock import ManualClock
from scheduler.config import SchedulerConfig
from storage.db import make_session_factory
from storage.models import Person, ProgrammeKind
from tests.scheduler.test_drift import pair, programme, rendered, rows

CONFIG = SchedulerConfig()  # Wednesdays at 17:00
WEDNESDAY_FIVE_IN_SOFIA = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)


async def tips_seen(factory: async_sessionmaker[AsyncSession]) -> dict[int, int]:
    async with factory() as session:
        return {p.id: p.tips_seen for p in await session.scalars(select(Person))}


async def test_every_mentor_and_mentee_gets_the_weeks_tip_at_five_on_wednesday_in_their_zone(
    engine: AsyncEngine,
):
    factory = make_session_factory(engine)
    async with factory() as session:
        students = await pair(
            session, await programme(session, "Peer support", ProgrammeKind.STUDENT), "Elena", "Ivo"
        )
        teachers = await pair(session, await programme(session), "Maria", "Ivan", timezone="Europe/London")
        await session.commit()
    clock = ManualClock(WEDNESDAY_FIVE_IN_SOFIA - timedelta(minutes=1))
    assert await periodic.weekly_tips(factory, clock, CONFIG) == 0

    clock.set(WEDNESDAY_FIVE_IN_SOFIA)
    assert await periodic.weekly_tips(factory, clock, CONFIG) == 3  # Ivan's 17:00 is two hours later
    said = await rendered(factory, clock.now())
    concern_button = (("🆘 Report a concern", "concern:new"),)
    ivo_text, ivo_buttons = said[students.mentee_id]
    assert ivo_text.startswith(
        "🛡 <b>Online-safety tip 1 of 8</b>\n\nSomething online upset you or felt weird?"
    )
    assert ivo_buttons == concern_button
    maria_text, maria_buttons = said[teachers.mentor_id]
    assert "Students often tell a peer about trouble online before they tell an adult." in maria_text
    assert maria_buttons == concern_button
    assert teachers.mentee_id not in said

    clock.set(datetime(2026, 11, 25, 17, 0, tzinfo=UTC))
    assert await periodic.weekly_tips(factory, clock, CONFIG) == 1
    assert list(await rendered(factory, clock.now())) == [teachers.mentee_id]
    assert await periodic.weekly_tips(factory, clock, CONFIG) == 0  # once a week
    keys = {row.idempotency_key for row in await rows(factory, tips.TIP_KIND)}
    assert f"tip:{teachers.mentee_id}:2026-W48" in keys and len(keys) == 4


async def test_no_tip_twice_before_all_have_been_sent(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        made = await pair(session, await programme(session, "Peer support", ProgrammeKind.STUDENT))
        await session.commit()
    clock = ManualClock(WEDNESDAY_FIVE_IN_SOFIA)
    for _week in range(len(tips.TIP_NUMBERS) + 1):
        await periodic.weekly_tips(factory, clock, CONFIG)
        clock.advance(timedelta(weeks=1))
    sent = [
        json.loads(row.payload)["tip"]
        for row in await rows(factory, tips.TIP_KIND)
        if row.recipient_id == made.mentee_id
    ]
    assert sent == [1, 2, 3, 4, 5, 6, 7, 8, 1]
    assert (await tips_seen(factory))[made.mentee_id] == 9


async def test_two_processes_at_once_make_each_tip_once(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        await pair(session, await programme(session))
        await session.commit()
    clock = ManualClock(WEDNESDAY_FIVE_IN_SOFIA)
    other_process = make_session_factory(engine)
    made = await asyncio.gather(
        periodic.weekly_tips(factory, clock, CONFIG), periodic.weekly_tips(other_process, clock, CONFIG)
    )
    assert sum(made) == 2
    assert await periodic.weekly_tips(factory, clock, CONFIG) == 0  # a restart: nothing new
    assert set((await tips_seen(factory)).values()) == {1}
    assert len(await rows(factory, tips.TIP_KIND)) == 2


async def test_quiet_hours_hold_a_late_tip_until_the_morning(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        await pair(session, await programme(session))
        await session.commit()
    late = replace(CONFIG, tip_time=time(22, 30))
    clock = ManualClock(datetime(2026, 11, 25, 20, 30, tzinfo=UTC))  # 22:30 in Sofia
    assert await periodic.weekly_tips(factory, clock, late) == 2
    morning = datetime(2026, 11, 26, 5, 0, tzinfo=UTC)  # 07:00 in Sofia
    assert {row.due_at for row in await rows(factory, tips.TIP_KIND)} == {morning}


async def test_paused_pairs_and_people_who_blocked_the_bot_get_no_tips(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        of = await programme(session)
        paused = await pair(session, of, "Ana", "Boris")
        paused.paused_at = WEDNESDAY_FIVE_IN_SOFIA
        blocked = await pair(session, of, "Vera", "Georgi", reachable=False)
        await session.commit()
    assert await periodic.weekly_tips(factory, ManualClock(WEDNESDAY_FIVE_IN_SOFIA), CONFIG) == 1
    assert [row.recipient_id for row in await rows(factory, tips.TIP_KIND)] == [blocked.mentor_id]
