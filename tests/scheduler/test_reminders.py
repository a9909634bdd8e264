"""Meeting reminders, the mentor's card and news for the other member: when they are due (time zones,
daylight saving, quiet hours), how changes replace them, and delivery through the sandbox Bot API."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.app import i18n_core, translator
from scheduler import reminders
from scheduler.clock import ManualClock
from scheduler.config import SchedulerConfig
from scheduler.messages import Translate, render
from storage.db import make_session_factory
from storage.models import Meeting, OutboxMessage, OutboxStatus, Person, SessionMode
from storage.repo import meetings, outbox, pairs
from storage.repo.outbox import Due
from tests.pairs import MadePair, make_pair
from tests.scheduler.test_sender import bot_texts, make_bot, make_sender, person, statuses

SOFIA = "Europe/Sofia"
CONFIG = SchedulerConfig()
# Sunday 27 October 2030: at 04:00 the clocks in Sofia go back to 03:00 (UTC+3 -> UTC+2)
AUTUMN_MEETING = datetime(2030, 10, 27, 16, 0, tzinfo=UTC)  # 18:00 in Sofia


async def db_pair(factory: async_sessionmaker[AsyncSession]) -> MadePair:
    return await make_pair(
        factory, mentor_tg=101, mentee_tg=102, mentee_as="Ivan <Jr>", joined_at=AUTUMN_MEETING
    )


async def planned(
    factory: async_sessionmaker[AsyncSession],
    pair: MadePair,
    starts_at: datetime,
    now: datetime,
    config: SchedulerConfig = CONFIG,
    place: str | None = "Room 12",
) -> int:
    """A meeting the mentee plans at `now`, with its messages planned."""
    async with factory() as session:
        meeting = await meetings.schedule(
            session, pair.id, pair.mentee, starts_at=starts_at, duration_minutes=90,
            mode=SessionMode.IN_PERSON, place=place,
        )  # fmt: skip
        await reminders.plan(session, meeting, await meetings.seats(session, pair.id), config, now)
        await session.commit()
        return meeting.id


async def pending(factory: async_sessionmaker[AsyncSession]) -> dict[str, datetime]:
    async with factory() as session:
        rows = await session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.PENDING)
            .order_by(OutboxMessage.id)
        )
        return {row.idempotency_key: row.due_at for row in rows}


def english() -> Translate:
    core = i18n_core()
    core.locales.update(core.find_locales())
    return translator(core, "en")


translate = english()


def due_row(kind: str, payload: dict[str, object]) -> Due:
    return Due(1, kind, payload, AUTUMN_MEETING, 1, "k", 42, "en")


# --- when ---------------------------------------------------------------------------------------------------


def test_a_day_before_is_the_same_local_time_across_the_autumn_change():
    day_before = reminders.reminder_due(AUTUMN_MEETING, timedelta(hours=24), SOFIA)
    assert day_before == datetime(2030, 10, 26, 15, 0, tzinfo=UTC)  # 18:00 in Sofia, summer time: 25 h before
    assert reminders.reminder_due(AUTUMN_MEETING, timedelta(hours=1), SOFIA) == AUTUMN_MEETING - timedelta(
        hours=1
    )
    two_days = reminders.reminder_due(AUTUMN_MEETING, timedelta(days=2), "Europe/London")
    assert two_days == datetime(2030, 10, 25, 15, 0, tzinfo=UTC)  # 16:00 in London, summer time


def test_quiet_hours_hold_reminders_unless_the_meeting_is_within_them():
    late_meeting = datetime(2030, 3, 5, 20, 30, tzinfo=UTC)  # 22:30 in Sofia
    one_hour = reminders.reminder_due(late_meeting, timedelta(hours=1), SOFIA)  # 21:30: quiet
    assert reminders.delivery_time(one_hour, late_meeting, SOFIA, CONFIG) == one_hour  # sent at its time
    day_before = reminders.reminder_due(late_meeting, timedelta(hours=24), SOFIA)  # 22:30 the day before
    morning = datetime(2030, 3, 5, 5, 0, tzinfo=UTC)  # 07:00 in Sofia on the meeting's day
    assert reminders.delivery_time(day_before, late_meeting, SOFIA, CONFIG) == morning
    early_meeting = datetime(2030, 3, 5, 5, 30, tzinfo=UTC)  # 07:30 in Sofia
    at_six_thirty = reminders.reminder_due(early_meeting, timedelta(hours=1), SOFIA)
    assert reminders.delivery_time(at_six_thirty, early_meeting, SOFIA, CONFIG) == morning
    other_hours = replace(CONFIG, quiet_start=time(22), quiet_end=time(8))
    afternoon = datetime(2030, 3, 5, 12, 0, tzinfo=UTC)
    assert reminders.delivery_time(afternoon, late_meeting, SOFIA, other_hours) == afternoon


# --- planning -----------------------------------------------------------------------------------------------


async def test_both_members_get_reminders_in_their_zone_and_the_mentor_a_card(engine: AsyncEngine):
    factory = make_session_factory(engine)
    pair = await db_pair(factory)
    async with factory() as session:
        (await session.get(Person, pair.mentor)).timezone = "Europe/London"  # type: ignore[union-attr]
        await meetings.set_reminder_minutes(session, pair.mentee, (120,))
        await session.commit()
    now = datetime(2030, 10, 20, 9, 0, tzinfo=UTC)
    meeting_id = await planned(factory, pair, AUTUMN_MEETING, now)
    start = "20301027T1600Z"
    assert await pending(factory) == {
        # Maria in London: 24 h before is 16:00 in London the day before (summer time: 15:00 UTC)
        f"reminder:{meeting_id}:{pair.mentor}:1440:{start}": datetime(2030, 10, 26, 15, 0, tzinfo=UTC),
        f"reminder:{meeting_id}:{pair.mentor}:60:{start}": datetime(2030, 10, 27, 15, 0, tzinfo=UTC),
        f"reminder:{meeting_id}:{pair.mentee}:120:{start}": datetime(2030, 10, 27, 14, 0, tzinfo=UTC),
        f"card:{meeting_id}:{pair.mentor}": datetime(2030, 10, 27, 17, 30, tzinfo=UTC),  # at its end
    }


async def test_moving_a_meeting_replaces_its_rows_and_cancelling_removes_them(engine: AsyncEngine):
    factory = make_session_factory(engine)
    pair = await db_pair(factory)
    now = datetime(2030, 10, 20, 9, 0, tzinfo=UTC)
    meeting_id = await planned(factory, pair, AUTUMN_MEETING, now)
    first_day_before = f"reminder:{meeting_id}:{pair.mentee}:1440:20301027T1600Z"
    async with factory() as session:  # the day-before reminder has gone out
        row = (
            await session.scalars(
                select(OutboxMessage).where(OutboxMessage.idempotency_key == first_day_before)
            )
        ).one()
        await outbox.mark_sent(session, row.id, row.due_at)
        await session.commit()

    later = AUTUMN_MEETING + timedelta(days=2)
    async with factory() as session:
        meeting = await meetings.change(session, meeting_id, pair.mentor, starts_at=later)
        await reminders.plan(session, meeting, await meetings.seats(session, pair.id), CONFIG, now)
        await session.commit()
    rows = await pending(factory)
    assert all(key.endswith("20301029T1600Z") for key in rows if key.startswith("reminder:"))
    assert rows[f"reminder:{meeting_id}:{pair.mentee}:1440:20301029T1600Z"] == later - timedelta(days=1)
    assert rows[f"card:{meeting_id}:{pair.mentor}"] == later + timedelta(minutes=90)
    assert len(rows) == 5

    async with factory() as session:
        meeting = await meetings.cancel(session, meeting_id, pair.mentee, now)
        await reminders.plan(session, meeting, await meetings.seats(session, pair.id), CONFIG, now)
        await session.commit()
    assert await pending(factory) == {}
    assert (await statuses(factory))[first_day_before] is OutboxStatus.SENT  # history stays


async def test_no_reminders_that_are_already_late_and_none_for_who_wants_none(engine: AsyncEngine):
    factory = make_session_factory(engine)
    pair = await db_pair(factory)
    async with factory() as session:
        await meetings.set_reminder_minutes(session, pair.mentor, ())
        await session.commit()
    now = datetime(2030, 3, 4, 9, 0, tzinfo=UTC)
    meeting_id = await planned(factory, pair, now + timedelta(minutes=90), now)  # at short notice
    assert set(await pending(factory)) == {
        f"reminder:{meeting_id}:{pair.mentee}:60:20300304T1030Z",
        f"card:{meeting_id}:{pair.mentor}",
    }


async def test_a_card_for_a_meeting_ending_late_waits_for_the_morning(engine: AsyncEngine):
    factory = make_session_factory(engine)
    pair = await db_pair(factory)
    evening = datetime(2030, 3, 4, 18, 0, tzinfo=UTC)  # 20:00-21:30 in Sofia
    meeting_id = await planned(factory, pair, evening, evening - timedelta(days=3))
    rows = await pending(factory)
    assert rows[f"card:{meeting_id}:{pair.mentor}"] == datetime(2030, 3, 5, 5, 0, tzinfo=UTC)
    assert rows[f"reminder:{meeting_id}:{pair.mentee}:60:20300304T1800Z"] == evening - timedelta(hours=1)


async def test_news_waits_while_a_meeting_is_set_up_and_is_dropped_if_it_is_called_off(engine: AsyncEngine):
    factory = make_session_factory(engine)
    pair = await db_pair(factory)
    now = datetime(2030, 3, 4, 9, 0, tzinfo=UTC)
    meeting_id = await planned(factory, pair, now + timedelta(days=3), now)
    news = f"news:{meeting_id}:{pair.mentor}:scheduled"

    async def announce(event: str, at: datetime, settled: bool = True) -> None:
        async with factory() as session:
            meeting = await session.get(Meeting, meeting_id)
            assert meeting is not None
            seats = await meetings.seats(session, pair.id)
            await reminders.announce(session, meeting, seats, pair.mentee, event, at, settled=settled)
            await session.commit()

    await announce(reminders.SCHEDULED, now, settled=False)
    assert (await pending(factory))[news] == now + reminders.SETTLE
    await announce(reminders.SCHEDULED, now + timedelta(minutes=1), settled=False)
    assert (await pending(factory))[news] == now + timedelta(minutes=6)  # waits for the last change
    await announce(reminders.CHANGED, now + timedelta(minutes=2))  # the walk is done: it goes now
    assert (await pending(factory))[news] == now + timedelta(minutes=2)
    await announce(reminders.CANCELLED, now + timedelta(minutes=2))  # called off before it went out
    assert not [key for key in await pending(factory) if key.startswith("news:")]

    await announce(reminders.SCHEDULED, now + timedelta(minutes=3))
    async with factory() as session:
        row = (
            await session.scalars(select(OutboxMessage).where(OutboxMessage.idempotency_key == news))
        ).one()
        await outbox.mark_sent(session, row.id, row.due_at)
        await session.commit()
    await announce(reminders.CANT, now + timedelta(minutes=4))
    assert (await pending(factory))[f"news:{meeting_id}:{pair.mentor}:cant"] == now + timedelta(minutes=4)


# --- wording ------------------------------------------------------------------------------------------------


def test_a_reminder_is_worded_in_the_recipients_zone_and_never_sent_late():
    payload = {
        "pair_id": 1, "meeting_id": 7, "starts_at": AUTUMN_MEETING.isoformat(), "duration_minutes": 90,
        "mode": "in_person", "place": "Room <12>", "zone": SOFIA, "other": "Ivan & Co",
    }  # fmt: skip
    row = due_row(reminders.REMINDER, payload)
    outgoing = reminders.render_reminder(row, translate, "en", now=AUTUMN_MEETING - timedelta(hours=1))
    assert outgoing is not None
    assert "Reminder: meeting with Ivan &amp; Co" in outgoing.text
    assert (
        "Sun, Oct 27, 2030, 18:00 · 90 min · In person" in outgoing.text
        and "Room &lt;12&gt;" in outgoing.text
    )
    assert outgoing.buttons == (("📅 Open", "meeting:7:open"), ("🙅 I can't make it", "meeting:7:cant"))
    assert reminders.render_reminder(row, translate, "en", now=AUTUMN_MEETING) is None
    assert reminders.render_reminder(row, translate, "en", now=AUTUMN_MEETING + timedelta(minutes=1)) is None


def test_the_card_asks_the_mentor_with_three_answers():
    payload = {
        "pair_id": 1, "meeting_id": 7, "starts_at": AUTUMN_MEETING.isoformat(), "duration_minutes": 90,
        "mode": "online", "place": "", "zone": "Europe/London", "other": "Ivan",
    }  # fmt: skip
    outgoing = render(due_row(reminders.CARD, payload), translate, "en", datetime.now(UTC))
    assert outgoing is not None
    assert outgoing.text.startswith("<b>Did your meeting with Ivan take place?</b>\nSun, Oct 27, 2030, 16:00")
    assert [data for _, data in outgoing.buttons] == [
        "meeting:7:held",
        "meeting:7:not_held",
        "meeting:7:moved",
    ]


# --- delivery through the Bot API ---------------------------------------------------------------------------


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> ManualClock:
    """The sender's clock, which the reminder renderer also reads (the sender does not hand renderers its
    `now` yet, so the renderer's fallback to the system time is pointed at this clock)."""
    manual = ManualClock(datetime(2030, 10, 20, 9, 0, tzinfo=UTC))
    monkeypatch.setattr(reminders, "utcnow", manual.now)
    return manual


async def test_reminders_arrive_at_local_time_across_the_autumn_change(
    engine: AsyncEngine, api, client, clock
):
    factory = make_session_factory(engine)
    maria, maria_chat = await person(factory, client, "Maria")
    ivan, ivan_chat = await person(factory, client, "Ivan")
    pair = await make_pair(factory, mentor_person=maria, mentee_person=ivan, joined_at=AUTUMN_MEETING)
    meeting_id = await planned(factory, pair, AUTUMN_MEETING, clock.now())
    bot = make_bot(api)
    try:
        sender = make_sender(bot, factory, clock)
        clock.set(datetime(2030, 10, 26, 14, 59, tzinfo=UTC))
        assert await sender.tick() == 0
        clock.set(datetime(2030, 10, 26, 15, 0, tzinfo=UTC))  # 18:00 in Sofia the day before, summer time
        assert await sender.tick() == 2
        assert await bot_texts(client, ivan_chat) == [
            "⏰ Reminder: meeting with Maria\nSun, Oct 27, 2030, 18:00 · 90 min · In person\n📍 Room 12"
        ]
        assert (await bot_texts(client, maria_chat))[0].startswith("⏰ Reminder: meeting with Ivan\n")
        clock.set(datetime(2030, 10, 27, 15, 0, tzinfo=UTC))  # 17:00 in Sofia, winter time
        assert await sender.tick() == 2
        clock.set(AUTUMN_MEETING + timedelta(minutes=89))
        assert await sender.tick() == 0
        clock.set(AUTUMN_MEETING + timedelta(minutes=90))
        assert await sender.tick() == 1
        card = (await client.transcript(maria_chat))["messages"][-1]
        assert card["text"].startswith("Did your meeting with Ivan take place?")
        buttons = [row[0]["callback_data"] for row in card["reply_markup"]["inline_keyboard"]]
        assert buttons == [
            f"meeting:{meeting_id}:held",
            f"meeting:{meeting_id}:not_held",
            f"meeting:{meeting_id}:moved",
        ]
        assert len(await bot_texts(client, ivan_chat)) == 2  # the mentee gets no card
    finally:
        await bot.session.close()


async def test_a_reminder_is_dropped_once_its_meeting_has_started(engine: AsyncEngine, api, client, clock):
    factory = make_session_factory(engine)
    maria, maria_chat = await person(factory, client, "Maria")
    ivan, ivan_chat = await person(factory, client, "Ivan")
    pair = await make_pair(factory, mentor_person=maria, mentee_person=ivan, joined_at=AUTUMN_MEETING)
    meeting_id = await planned(factory, pair, AUTUMN_MEETING, clock.now())
    bot = make_bot(api)
    try:
        clock.set(AUTUMN_MEETING + timedelta(minutes=5))  # the bot was down through both reminders
        assert await make_sender(bot, factory, clock).tick() == 0
    finally:
        await bot.session.close()
    rows = await statuses(factory)
    assert {key: status for key, status in rows.items() if key.startswith("reminder:")} == {
        f"reminder:{meeting_id}:{who}:{minutes}:20301027T1600Z": OutboxStatus.DROPPED
        for who in (maria, ivan)
        for minutes in (1440, 60)
    }
    assert await bot_texts(client, maria_chat) == [] and await bot_texts(client, ivan_chat) == []


async def test_a_paused_pair_gets_no_reminders(engine: AsyncEngine, api, client, clock):
    factory = make_session_factory(engine)
    maria, maria_chat = await person(factory, client, "Maria")
    ivan, _ = await person(factory, client, "Ivan")
    pair = await make_pair(factory, mentor_person=maria, mentee_person=ivan, joined_at=AUTUMN_MEETING)
    await planned(factory, pair, AUTUMN_MEETING, clock.now())
    async with factory() as session:
        paused = await pairs.get_for_member(session, pair.id, maria)
        paused.paused_at = clock.now()
        await session.commit()
    bot = make_bot(api)
    try:
        clock.set(datetime(2030, 10, 26, 15, 0, tzinfo=UTC))
        assert await make_sender(bot, factory, clock).tick() == 0
    finally:
        await bot.session.close()
    assert await bot_texts(client, maria_chat) == []


async def test_a_mentee_in_bulgarian_and_a_mentor_in_italian_each_get_it_in_their_own_language(
    engine: AsyncEngine,
):
    factory = make_session_factory(engine)
    pair = await db_pair(factory)
    async with factory() as session:
        (await session.get(Person, pair.mentor)).locale = "it"  # type: ignore[union-attr]
        (await session.get(Person, pair.mentee)).locale = "bg"  # type: ignore[union-attr]
        await session.commit()
    now = datetime(2030, 10, 20, 9, 0, tzinfo=UTC)
    await planned(factory, pair, AUTUMN_MEETING, now)
    at = AUTUMN_MEETING - timedelta(minutes=30)
    async with factory() as session:
        due = [
            d
            for d in await outbox.claim_due(session, at, 100, timedelta(minutes=2))
            if d.kind == reminders.REMINDER
        ]
    texts = {d.locale: render(d, translate_any, "en", at).text for d in due}  # type: ignore[union-attr]
    assert set(texts) == {"it", "bg"}
    assert (
        texts["it"]
        == reminders.render_reminder(
            next(d for d in due if d.locale == "it"), translate_any, "it", now=at
        ).text
    )  # type: ignore[union-attr]
    assert any("\u0400" <= ch <= "\u04ff" for ch in texts["bg"])  # Cyrillic
    english_text = reminders.render_reminder(due[0], translate_any, "en", now=at).text  # type: ignore[union-attr]
    assert english_text not in texts.values()


def _any_locale() -> Translate:
    core = i18n_core()
    core.locales.update(core.find_locales())
    return translator(core, "en")


translate_any = _any_locale()
