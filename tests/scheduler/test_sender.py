"""The outbox sender against a real Bot API server (the sandbox), with time moved by hand."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.app import i18n_core, translator
from bot.middlewares.retry import RetryMiddleware
from sandbox.client import SandboxClient
from sandbox.server import SandboxServer
from scheduler.clock import ManualClock
from scheduler.sender import OutboxSender, SenderConfig
from storage.db import make_session_factory
from storage.models import Channel, OutboxMessage, OutboxStatus, Person
from storage.repo import outbox, people
from storage.repo.web_sessions import new_web_id
from tests.pairs import make_pair
from tests.sandbox_fixtures import TOKEN

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return make_session_factory(engine)


@pytest.fixture
async def bot(api: SandboxServer) -> AsyncIterator[Bot]:
    instance = make_bot(api)
    yield instance
    await instance.session.close()


def make_bot(api: SandboxServer) -> Bot:
    session = AiohttpSession(api=TelegramAPIServer.from_base(api.url))
    session.middleware(RetryMiddleware(attempts=1))  # the sender's own retries are under test
    return Bot(TOKEN, session=session)


def make_sender(bot: Bot, factory: async_sessionmaker[AsyncSession], clock: ManualClock) -> OutboxSender:
    core = i18n_core()
    core.locales.update(core.find_locales())
    config = SenderConfig(global_rate=500, per_chat_interval=0)
    return OutboxSender(bot, factory, translator(core, "en"), clock, "en", config)


async def person(factory, client: SandboxClient, name: str) -> tuple[int, int]:
    """(person id, chat id) of someone who has started a chat with the bot."""
    persona = await client.create_persona(name)
    await client.send_text(persona["id"], "/start")
    async with factory() as session:
        row, _ = await people.get_or_create(session, persona["id"], name)
        await session.commit()
        return row.id, persona["id"]


async def alert(factory, recipient_id: int, key: str, due: datetime = T0, **payload: object) -> None:
    async with factory() as session:
        await outbox.enqueue(
            session,
            recipient_id=recipient_id,
            kind="concern_alert",
            key=key,
            due_at=due,
            payload={"concern_id": 1, "programme": "Peer support", "role": "mentee", **payload},
        )
        await session.commit()


async def statuses(factory) -> dict[str, OutboxStatus]:
    async with factory() as session:
        return {m.idempotency_key: m.status for m in await session.scalars(select(OutboxMessage))}


async def bot_texts(client: SandboxClient, chat_id: int) -> list[str]:
    return [m["text"] for m in (await client.transcript(chat_id))["messages"] if m["from"] == "bot"]


async def test_due_rows_are_sent_once_and_later_ones_wait(factory, client, bot):
    ana, chat = await person(factory, client, "Ana")
    await alert(factory, ana, "concern:1:a")
    await alert(factory, ana, "concern:1:a")  # the same key again: no second row
    await alert(factory, ana, "concern:2:a", due=T0 + timedelta(hours=1))
    clock = ManualClock(T0)
    sender = make_sender(bot, factory, clock)
    assert await sender.tick() == 1
    assert await sender.tick() == 0
    texts = await bot_texts(client, chat)
    assert texts == ["🆘 A concern was reported by a mentee in Peer support.\nPlease read it now."]
    clock.advance(timedelta(hours=1))
    assert await sender.tick() == 1
    assert await statuses(factory) == {"concern:1:a": OutboxStatus.SENT, "concern:2:a": OutboxStatus.SENT}
    button = (await client.transcript(chat))["messages"][-1]["reply_markup"]["inline_keyboard"][0][0]
    assert button == {"text": "Read the report", "callback_data": "concern:1"}


async def test_server_errors_back_off_then_deliver(factory, client, bot):
    ana, chat = await person(factory, client, "Ana")
    await alert(factory, ana, "k1")
    await client.add_fault("sendMessage", error_code=502, count=2)
    clock = ManualClock(T0)
    sender = make_sender(bot, factory, clock)
    assert await sender.tick() == 0
    clock.advance(timedelta(seconds=9))
    assert await sender.tick() == 0  # the back-off (10 s) has not passed
    clock.advance(timedelta(seconds=1))
    assert await sender.tick() == 0  # the second 502
    clock.advance(timedelta(seconds=20))
    assert await sender.tick() == 1
    assert len(await bot_texts(client, chat)) == 1


async def test_too_many_failures_mark_the_row_failed(factory, client, bot):
    ana, _ = await person(factory, client, "Ana")
    await alert(factory, ana, "k1")
    await client.add_fault("sendMessage", error_code=500, count=50)
    clock = ManualClock(T0)
    sender = make_sender(bot, factory, clock)
    for _ in range(8):
        await sender.tick()
        clock.advance(timedelta(hours=1))
    assert (await statuses(factory))["k1"] is OutboxStatus.FAILED


async def test_429_waits_retry_after(factory, client, bot):
    ana, chat = await person(factory, client, "Ana")
    await alert(factory, ana, "k1")
    await client.add_fault("sendMessage", error_code=429, retry_after=7)
    clock = ManualClock(T0)
    sender = make_sender(bot, factory, clock)
    assert await sender.tick() == 0
    clock.advance(timedelta(seconds=6))
    assert await sender.tick() == 0
    clock.advance(timedelta(seconds=1))
    assert await sender.tick() == 1
    assert len(await bot_texts(client, chat)) == 1


async def test_403_marks_unreachable_and_stops_their_messages(factory, client, bot):
    ana, chat = await person(factory, client, "Ana")
    await alert(factory, ana, "k1")
    await alert(factory, ana, "k2", due=T0 + timedelta(days=1))
    await client.block(chat)
    clock = ManualClock(T0)
    assert await make_sender(bot, factory, clock).tick() == 0
    assert await statuses(factory) == {"k1": OutboxStatus.DROPPED, "k2": OutboxStatus.DROPPED}
    async with factory() as session:
        assert (await session.get(Person, ana)).reachable is False  # type: ignore[union-attr]


async def test_paused_pair_gets_nothing(factory, client, bot):
    ana, chat = await person(factory, client, "Ana")
    async with factory() as session:
        made = await make_pair(session, mentor="A", mentee="B", mentor_person=ana)
        made.row.paused_at = T0
        await session.commit()
        pair_id = made.id
    await alert(factory, ana, "k1", pair_id=pair_id)
    assert await make_sender(bot, factory, ManualClock(T0)).tick() == 0
    assert await statuses(factory) == {"k1": OutboxStatus.DROPPED}
    assert await bot_texts(client, chat) == []


async def test_a_claim_whose_sender_died_is_taken_again_after_its_lease(factory, client, bot):
    ana, chat = await person(factory, client, "Ana")
    await alert(factory, ana, "k1")
    async with factory() as session:  # a process claimed it, then died
        assert len(await outbox.claim_due(session, T0, 10, timedelta(minutes=2))) == 1
        await session.commit()
    clock = ManualClock(T0 + timedelta(minutes=1))
    sender = make_sender(bot, factory, clock)
    assert await sender.tick() == 0  # still leased
    clock.advance(timedelta(minutes=2))
    assert await sender.tick() == 1
    assert len(await bot_texts(client, chat)) == 1


async def test_two_senders_on_one_database_deliver_each_row_once(factory, engine: AsyncEngine, api, client):
    recipients = [await person(factory, client, f"P{i}") for i in range(6)]
    for i in range(60):
        person_id, _ = recipients[i % 6]
        await alert(factory, person_id, f"k{i}")
    bots = [make_bot(api), make_bot(api)]
    try:
        senders = [make_sender(b, make_session_factory(engine), ManualClock(T0)) for b in bots]
        results = await asyncio.gather(*(s.tick() for s in senders))
    finally:
        for b in bots:
            await b.session.close()
    assert sum(results) == 60
    counts = [len(await bot_texts(client, chat)) for _, chat in recipients]
    assert counts == [10] * 6
    assert set((await statuses(factory)).values()) == {OutboxStatus.SENT}


async def test_each_person_is_sent_to_through_their_own_channel(factory, client, bot):
    """A web person's rows go to the web channel's Bot API, a Telegram person's to Telegram's (issue #24);
    without a web channel in the process, a web person's row fails, saying so, and nothing goes astray."""
    ana, ana_chat = await person(factory, client, "Ana")
    web_id = new_web_id()
    async with SandboxServer(token=TOKEN, rate_limit=None) as web_api, SandboxClient(web_api.url) as web:
        await web.create_persona("Ivo", persona_id=web_id)
        await web.send_text(web_id, "/start")
        async with factory() as session:
            ivo = Person(telegram_id=web_id, name="Ivo", channel=Channel.WEB)
            session.add(ivo)
            await session.commit()
        await alert(factory, ana, "concern:1:ana")
        await alert(factory, ivo.id, "concern:1:ivo")
        web_bot = make_bot(web_api)
        try:
            clock = ManualClock(T0)
            sender = make_sender(bot, factory, clock)
            sender.web_bot = web_bot
            assert await sender.tick() == 2
            assert len(await bot_texts(client, ana_chat)) == 1
            assert len(await bot_texts(web, web_id)) == 1
            await alert(factory, ivo.id, "concern:2:ivo")
            sender.web_bot = None
            assert await sender.tick() == 0
            async with factory() as session:
                row = await session.scalar(
                    select(OutboxMessage).where(OutboxMessage.idempotency_key == "concern:2:ivo")
                )
                assert row is not None and row.status is OutboxStatus.FAILED
                assert row.last_error == "the web channel is off"
        finally:
            await web_bot.session.close()
