"""Nobody forgets a concern (issue #23): unread concerns remind every coordinator and the safeguarding lead
after CONCERN_READ_MINUTES and every 24 hours, whatever the quiet hours; a case in progress for 7 days
without news reminds the coordinator who last acted and the lead; a read case stops its reminders. Sent
through the real outbox sender to the sandbox Bot API, time moved by hand."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from aiogram import Bot
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from sandbox.client import SandboxClient
from sandbox.server import SandboxServer
from scheduler.clock import ManualClock
from scheduler.concern_cases import concern_reminders
from scheduler.config import SchedulerConfig
from storage.db import make_session_factory
from storage.models import OutboxMessage, OutboxStatus, Pair, ProgrammeKind, Role
from storage.repo import concerns, memberships, organisations
from tests.pairs import make_pair
from tests.scheduler.test_sender import make_bot, make_sender, person

T0 = datetime(2026, 11, 24, 20, 30, tzinfo=UTC)  # 22:30 in Sofia: inside the quiet hours (21:00-07:00)
CONFIG = SchedulerConfig(concern_read_after=timedelta(minutes=60))
REMINDER = "⏰ Reminder: a concern is still unread."


@pytest.fixture
def factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return make_session_factory(engine)


@pytest.fixture
async def bot(api: SandboxServer) -> AsyncIterator[Bot]:
    instance = make_bot(api)
    yield instance
    await instance.session.close()


async def setting(factory, client: SandboxClient) -> dict[str, int]:
    """Ana (coordinator) and Lena (coordinator, safeguarding lead) of School One; a student pair whose
    mentee Ivo reported a concern at T0. Person ids, chat ids and the concern's id."""
    ana, ana_chat = await person(factory, client, "Ana")
    lena, lena_chat = await person(factory, client, "Lena")
    ivo, ivo_chat = await person(factory, client, "Ivo")
    made = await make_pair(factory, kind=ProgrammeKind.STUDENT, org="School One", minor=True)
    async with factory() as session:
        org = await organisations.get_or_create(session, "School One")
        await memberships.add(session, ana, org.id, Role.COORDINATOR)
        await memberships.add(session, lena, org.id, Role.COORDINATOR)
        await memberships.set_safeguarding_lead(session, org.id, lena, True, by_person_id=ana)
        pair = await session.get(Pair, made.id)
        assert pair is not None
        concern = await concerns.report(
            session, reporter_id=ivo, pair=pair, org_id=org.id, text="Something worrying.", now=T0
        )
        await session.commit()
    return {
        "ana": ana,
        "ana_chat": ana_chat,
        "lena": lena,
        "lena_chat": lena_chat,
        "ivo_chat": ivo_chat,
        "concern": concern.id,
    }


async def bot_texts(client: SandboxClient, chat_id: int) -> list[str]:
    return [m["text"] for m in (await client.transcript(chat_id))["messages"] if m["from"] == "bot"]


async def test_an_unread_concern_reminds_everyone_at_read_minutes_and_daily_not_held_by_quiet_hours(
    factory, client, bot
):
    seen = await setting(factory, client)
    clock = ManualClock(T0)
    sender = make_sender(bot, factory, clock)
    assert await concern_reminders(factory, clock, CONFIG) == 4  # 60 min and 24 h, for Ana and Lena
    assert await concern_reminders(factory, clock, CONFIG) == 0  # made once, however often it runs
    clock.set(T0 + timedelta(minutes=59))
    assert await sender.tick() == 0
    clock.set(T0 + timedelta(minutes=60))
    assert await sender.tick() == 2  # at 23:30 in Sofia: quiet hours do not hold a concern
    for chat in (seen["ana_chat"], seen["lena_chat"]):
        [text] = await bot_texts(client, chat)
        assert text.startswith(REMINDER) and "Reported 60 min ago by a mentee in" in text
        assert "Something worrying" not in text
    clock.set(T0 + timedelta(hours=24))
    assert await sender.tick() == 2
    assert "Reported 24 h ago" in (await bot_texts(client, seen["ana_chat"]))[-1]
    assert await concern_reminders(factory, clock, CONFIG) == 2  # the 48-hour one, queued ahead
    clock.set(T0 + timedelta(hours=48))
    assert await sender.tick() == 2
    assert "Reported 2 days ago" in (await bot_texts(client, seen["lena_chat"]))[-1]


async def test_a_concern_read_before_its_reminder_reminds_nobody(factory, client, bot):
    seen = await setting(factory, client)
    clock = ManualClock(T0)
    sender = make_sender(bot, factory, clock)
    await concern_reminders(factory, clock, CONFIG)
    async with factory() as session:
        assert await concerns.mark_read(session, seen["concern"], seen["lena"], T0 + timedelta(minutes=30))
        await session.commit()
    clock.set(T0 + timedelta(minutes=61))
    await sender.tick()
    assert not any(REMINDER in t for t in await bot_texts(client, seen["ana_chat"]))
    async with factory() as session:
        rows = (
            await session.execute(
                select(OutboxMessage.status, OutboxMessage.last_error).where(
                    OutboxMessage.kind == "concern_reminder"
                )
            )
        ).all()
    assert [(status, error) for status, error in rows if status is not OutboxStatus.PENDING] == [
        (OutboxStatus.DROPPED, "no longer relevant"),
        (OutboxStatus.DROPPED, "no longer relevant"),
    ]
    assert await concern_reminders(factory, clock, CONFIG) == 0  # read: nothing more is made


async def test_a_case_quiet_for_seven_days_reminds_who_last_acted_and_the_lead(factory, client, bot):
    seen = await setting(factory, client)
    boris, boris_chat = await person(factory, client, "Boris")
    async with factory() as session:
        org = await organisations.get_or_create(session, "School One")
        await memberships.add(session, boris, org.id, Role.COORDINATOR)
        await concerns.mark_read(session, seen["concern"], seen["ana"], T0)
        await concerns.take_on(session, seen["concern"], seen["ana"], T0 + timedelta(minutes=5))
        await session.commit()
    clock = ManualClock(T0 + timedelta(days=6, hours=23))
    sender = make_sender(bot, factory, clock)
    assert await concern_reminders(factory, clock, CONFIG) == 0
    assert await sender.tick() == 2  # Ivo hears that it was read, then taken on
    assert await bot_texts(client, seen["ivo_chat"]) == [
        "👁 A coordinator has read your report.",
        "🔧 A coordinator is working on your report.",
    ]
    clock.set(T0 + timedelta(days=7, minutes=5))
    assert await concern_reminders(factory, clock, CONFIG) == 2  # Ana (she took it on) and Lena (the lead)
    assert await sender.tick() == 2
    for chat in (seen["ana_chat"], seen["lena_chat"]):
        assert "A concern case has had no news for 7 days." in (await bot_texts(client, chat))[-1]
    assert await bot_texts(client, boris_chat) == []
    # a note starts the week again: nothing more until 7 days after it
    async with factory() as session:
        await concerns.add_note(session, seen["concern"], boris, "Met the family.", clock.now())
        await session.commit()
    clock.advance(timedelta(days=6))
    assert await concern_reminders(factory, clock, CONFIG) == 0
    clock.advance(timedelta(days=1))
    assert await concern_reminders(factory, clock, CONFIG) == 2  # now Boris (the last to act) and Lena
