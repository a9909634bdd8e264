"""Many meeting reminders due at once, for the delivery tests and benchmark B2.

People are pairs of a programme with a meeting in an hour; each of them has a reminder in the outbox, due
now. Everything is written through the repositories, in batches. In the sandbox each person is a persona
who has opened the chat with the bot before (so the bot may write to them), made in-process rather than by
sending /start, which would have the bot answer 10,000 messages before the measurement starts.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from sandbox.server import SandboxServer
from scheduler import reminders
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade_to_head
from storage.models import OutboxStatus, Programme, SessionMode
from storage.repo import meetings, outbox
from storage.timeutil import utcnow
from tests.pairs import make_pair, make_programme

ZONE = "Europe/Sofia"
BATCH = 250  # pairs per transaction


@dataclass(frozen=True)
class Recipient:
    chat_id: int
    name: str
    partner: str  # the other member of the pair: their reminder names them


def open_chats(server: SandboxServer, count: int) -> list[Recipient]:
    """`count` personas (an even number) who have started the bot, as pairs of partners."""
    if count % 2:
        raise ValueError("people come in pairs")
    world = server.sandbox.world
    chats = []
    for number in range(count):
        chat = world.add_persona(f"Person {number:05d}", language_code="en")
        chat.started = True
        chats.append(chat)
    return [
        Recipient(chat.id, chat.persona.first_name, chats[i ^ 1].persona.first_name)
        for i, chat in enumerate(chats)
    ]


async def _seed_pairs(
    session: AsyncSession, programme: Programme, couples: list[tuple[Recipient, Recipient]], now: datetime
) -> None:
    starts_at = (now + timedelta(hours=1)).replace(second=0, microsecond=0)
    for mentor, mentee in couples:
        pair = await make_pair(
            session,
            programme=programme,
            mentor=mentor.name,
            mentee=mentee.name,
            mentor_tg=mentor.chat_id,
            mentee_tg=mentee.chat_id,
            locale="en",
            joined_at=now,
        )
        assert pair.mentor is not None and pair.mentee is not None
        meeting = await meetings.schedule(
            session,
            pair.id,
            pair.mentor,
            starts_at=starts_at,
            duration_minutes=60,
            mode=SessionMode.ONLINE,
            place=None,
        )
        start = starts_at.strftime("%Y%m%dT%H%MZ")
        for person_id, partner in ((pair.mentor, mentee), (pair.mentee, mentor)):
            await outbox.enqueue(
                session,
                recipient_id=person_id,
                kind=reminders.REMINDER,
                key=f"reminder:{meeting.id}:{person_id}:60:{start}",
                due_at=now,
                payload={"pair_id": pair.id, **reminders.facts(meeting, ZONE, partner.name)},
            )


async def seed_reminders(database_url: str, recipients: list[Recipient], now: datetime | None = None) -> None:
    """One reminder per recipient, all due at `now` (in recipient order)."""
    now = now or utcnow()
    engine = make_engine(database_url)
    try:
        await upgrade_to_head(engine)
        factory = make_session_factory(engine)
        programme = await make_programme(
            factory, org="Delivery School", name="Monday reminders", timezone=ZONE
        )
        couples = list(zip(recipients[0::2], recipients[1::2], strict=True))
        for first in range(0, len(couples), BATCH):
            async with factory() as session:
                await _seed_pairs(session, programme, couples[first : first + BATCH], now)
                await session.commit()
    finally:
        await engine.dispose()


def copies(server: SandboxServer, recipients: list[Recipient]) -> Counter[int]:
    """How many reminders each recipient's chat holds from the bot, by chat id (0 for none); a message that
    does not name the recipient's partner is not theirs and fails the test at once."""
    world = server.sandbox.world
    found: Counter[int] = Counter()
    for recipient in recipients:
        chat = world.chat(recipient.chat_id)
        assert chat is not None
        for message in chat.messages.values():
            if message.outgoing:
                assert recipient.partner in (message.text or ""), (recipient, message.text)
                found[recipient.chat_id] += 1
        found[recipient.chat_id] += 0
    return found


def delivered(server: SandboxServer) -> int:
    """sendMessage calls the sandbox accepted."""
    return server.sandbox.stats.responses.get("sendMessage", Counter())["200"]


async def statuses(database_url: str) -> dict[OutboxStatus, int]:
    engine = make_engine(database_url)
    try:
        async with make_session_factory(engine)() as session:
            return await outbox.by_status(session)
    finally:
        await engine.dispose()


async def wait_until_all_sent(database_url: str, count: int, within: float) -> dict[OutboxStatus, int]:
    """Poll the outbox until `count` rows are SENT (then nothing is left to send); the statuses."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        seen = await statuses(database_url)
        if seen.get(OutboxStatus.SENT, 0) >= count:
            return seen
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"after {within} s the outbox is {seen}")
        await asyncio.sleep(0.2)
