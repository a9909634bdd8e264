"""Meetings: planning step by step, changing, cancelling, "I can't make it", the .ics file, reminder
choices, the mentor's card after the meeting, and ids of another pair's meetings."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from aiogram.methods import EditMessageReplyMarkup, SendDocument
from aiogram.types import Chat, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram_dialog.test_tools.keyboard import InlineButtonTextLocator
from aiogram_dialog.widgets.kbd.calendar_kbd import raw_from_date
from aiogram_i18n import I18nContext
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import i18n_core, translator
from dialogs import meeting as meeting_flow
from scheduler import reminders
from scheduler.clock import ManualClock
from scheduler.messages import render
from storage.models import (
    DiaryEntry,
    Meeting,
    MeetingStatus,
    OutboxStatus,
    Programme,
    ProgrammeKind,
    Role,
    SessionMode,
)
from storage.models import Person as PersonRow
from storage.repo import ground_rules, meetings, outbox, pairs
from tests.harness import Harness, Person, join, pair_invites, seed_programme
from tests.pairs import join_pair

T0 = datetime(2030, 3, 4, 9, 0, tzinfo=UTC)  # Monday 4 March 2030, 11:00 in Sofia
PROGRAMME = (date(2029, 9, 1), date(2030, 6, 30))
MARIA, IVAN = 9101, 9102
_message_ids = itertools.count(70_000)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> ManualClock:
    """The bot's clock (the dialogs read it from the dispatcher; the sender hands it to renderers)."""
    return ManualClock(T0)


def harness(factory: async_sessionmaker[AsyncSession], clock: ManualClock) -> Harness:
    h = Harness(factory)
    h.dp["clock"] = clock
    return h


async def around_t0(factory: async_sessionmaker[AsyncSession]) -> None:
    """Every programme runs through T0's school year (meetings are planned within a programme's dates)."""
    async with factory() as session:
        await session.execute(update(Programme).values(start_date=PROGRAMME[0], end_date=PROGRAMME[1]))
        await session.commit()


async def teacher_pair(h: Harness, ids: tuple[int, int] = (MARIA, IVAN)) -> tuple[Person, Person]:
    """Maria and Ivan of a programme in Europe/Sofia that runs through T0's school year."""
    return await join_pair(h, *ids, start=PROGRAMME[0], end=PROGRAMME[1], later=False)


async def plan(h: Harness, who: Person, day: str = "06", at: str = "18:00", place: str = "Room 12") -> None:
    """The whole walk: a day this month, a time, 90 minutes, in person, a place."""
    await who.send("/meeting")
    await h.tap(who, "➕ Plan a meeting")
    await h.tap(who, rf"^(\[ )?{day}( \])?$")
    await h.tap(who, f"^{at}$")
    await h.tap(who, "^90 min$")
    await h.tap(who, "^In person$")
    await who.send(place)


async def stored(factory: async_sessionmaker[AsyncSession]) -> list[Meeting]:
    async with factory() as session:
        return list(await session.scalars(select(Meeting).order_by(Meeting.id)))


async def pending_keys(factory: async_sessionmaker[AsyncSession]) -> list[str]:
    async with factory() as session:
        return list(await outbox.keys(session, OutboxStatus.PENDING))


def english() -> reminders.Translate:
    core = i18n_core()
    core.locales.update(core.find_locales())
    return translator(core, "en")


def as_message(chat_id: int, text: str, buttons: tuple[tuple[str, str], ...]) -> Message:
    """An outbox message as it arrives in the chat, to press its buttons."""
    rows = [[InlineKeyboardButton(text=label, callback_data=data)] for label, data in buttons]
    return Message(
        message_id=next(_message_ids),
        date=datetime.now(),
        chat=Chat(id=chat_id, type="private"),
        text=text,
        reply_markup=InlineKeyboardMarkup(inline_keyboard=rows) if rows else None,
    )


async def deliver(factory: async_sessionmaker[AsyncSession], at: datetime) -> dict[int, list[Message]]:
    """What the outbox sender would send at `at`, by chat (rows that must not be sent are left out)."""
    translate = english()
    async with factory() as session:
        due = await outbox.claim_due(session, at, 100, timedelta(minutes=2))
        for item in due:
            await outbox.mark_sent(session, item.id, at)
        await session.commit()
    sent: dict[int, list[Message]] = {}
    for item in due:
        outgoing = render(item, translate, "en", at)
        if outgoing is not None:
            sent.setdefault(item.chat_id, []).append(
                as_message(item.chat_id, outgoing.text, outgoing.buttons)
            )
    return sent


def texts(messages: dict[int, list[Message]], chat_id: int) -> list[str]:
    return [message.text or "" for message in messages.get(chat_id, [])]


def one(messages: dict[int, list[Message]], chat_id: int, starting: str) -> Message:
    found = [m for m in messages.get(chat_id, []) if (m.text or "").startswith(starting)]
    assert len(found) == 1, f"{starting!r} in {texts(messages, chat_id)}"
    return found[0]


# --- planning -----------------------------------------------------------------------------------------------


async def test_plan_a_meeting_step_by_step_and_the_other_member_is_told(session_factory, clock):
    async with harness(session_factory, clock) as h:
        maria, ivan = await teacher_pair(h)
        await maria.send("/meeting")
        home = h.screen(MARIA)
        assert "Meetings · Inclusive teaching with Ivan" in home and "No meeting is planned yet." in home
        assert "🔔 24 h, 1 h before\nTimes are in your time zone (Europe/Sofia)." in home
        await h.tap(maria, "➕ Plan a meeting")
        assert "Which day?" in h.screen(MARIA)
        assert "03" not in h.buttons(MARIA) and "04" in h.buttons(MARIA)  # from today (in Sofia) on
        await h.tap(maria, "^06$")
        assert "What time on Wed, Mar 6, 2030?" in h.screen(MARIA)
        assert h.buttons(MARIA)[:4] == ["08:00", "09:00", "10:00", "11:00"]
        await h.tap(maria, "^18:00$")
        screen = h.screen(MARIA)
        assert "Wed, Mar 6, 2030, 18:00 · 60 min\nWith Ivan · In person" in screen  # stored already
        assert "How long will you meet?" in screen
        await h.tap(maria, "^90 min$")
        assert "How will you meet?" in h.screen(MARIA)
        await h.tap(maria, "^Online$")
        assert "What is the link of the call?" in h.screen(MARIA)
        await maria.send("https://meet.example/abc?x=1&y=2")
        screen = h.screen(MARIA)
        assert (
            "Wed, Mar 6, 2030, 18:00 · 90 min\nWith Ivan · Online\n📍 https://meet.example/abc?x=1&y=2"
            in screen
        )
        assert "📲 Add to my phone's calendar" in h.buttons(MARIA)

        (meeting,) = await stored(session_factory)
        assert meeting.starts_at == datetime(2030, 3, 6, 16, 0, tzinfo=UTC)
        assert (meeting.duration_minutes, meeting.mode, meeting.status) == (
            90,
            SessionMode.ONLINE,
            MeetingStatus.SCHEDULED,
        )
        sent = await deliver(session_factory, T0)
        assert texts(sent, IVAN) == [
            "📅 <b>Maria planned a meeting with you</b>\n"
            "Wed, Mar 6, 2030, 18:00 · 90 min · Online\n📍 https://meet.example/abc?x=1&amp;y=2"
        ]
        assert texts(sent, MARIA) == []  # nothing about her own doing

        await ivan.send("/meeting")
        assert h.buttons(IVAN)[0] == "📅 Wed, Mar 6, 2030 · 18:00"
        await h.tap(ivan, "📅 Wed, Mar 6, 2030 · 18:00")
        assert "With Maria · Online" in h.screen(IVAN)


async def test_every_step_has_a_way_back_and_going_back_changes_the_same_meeting(session_factory, clock):
    async with harness(session_factory, clock) as h:
        maria, _ = await teacher_pair(h)
        await maria.send("/meeting")
        await h.tap(maria, "➕ Plan a meeting")
        await h.tap(maria, "‹ Back")
        assert "No meeting is planned yet." in h.screen(MARIA)
        await h.tap(maria, "➕ Plan a meeting")
        await h.tap(maria, "^06$")
        await h.tap(maria, "‹ Back")
        assert "Which day?" in h.screen(MARIA)
        await h.tap(maria, "^07$")
        await h.tap(maria, "^18:00$")
        await h.tap(maria, "^45 min$")
        await h.tap(maria, "‹ Back")
        assert "How long will you meet?" in h.screen(MARIA)
        await h.tap(maria, "‹ Back")
        assert "What time on Thu, Mar 7, 2030?" in h.screen(MARIA)
        await h.tap(maria, "^17:00$")  # changes the stored meeting, no second one
        assert "Thu, Mar 7, 2030, 17:00 · 45 min" in h.screen(MARIA)
        await h.tap(maria, "^45 min$")
        await h.tap(maria, "^Hybrid$")
        await h.tap(maria, "‹ Back")
        assert "How will you meet?" in h.screen(MARIA)
        await h.tap(maria, "^Hybrid$")
        await h.tap(maria, "No place or link")
        assert "Thu, Mar 7, 2030, 17:00 · 45 min\nWith Ivan · Hybrid" in h.screen(MARIA)
        await h.tap(maria, "⏱ Change how long")
        await h.tap(maria, "‹ Back")  # back to the meeting, unchanged
        assert "17:00 · 45 min" in h.screen(MARIA)
        await h.tap(maria, "‹ Back")
        assert h.buttons(MARIA)[0] == "📅 Thu, Mar 7, 2030 · 17:00"
        await h.tap(maria, "‹ Back")
        assert "Main menu" in h.screen(MARIA)
    assert [(m.starts_at.hour, m.duration_minutes, m.mode) for m in await stored(session_factory)] == [
        (15, 45, SessionMode.HYBRID)
    ]


async def test_wrong_input_gets_a_clear_answer_and_changes_nothing(session_factory, clock):
    async with harness(session_factory, clock) as h:
        maria, _ = await teacher_pair(h)
        await maria.send("/meeting")
        await h.tap(maria, "➕ Plan a meeting")
        await maria.send("tomorrow")
        assert "I did not catch that" in h.last_reply(MARIA)
        assert "Which day?" in h.screen(MARIA)
        await h.tap(maria, "^04$")  # today
        await maria.send("25:00")
        assert h.last_reply(MARIA) == "Please send a time such as 16:45 (hours 0–23, minutes 0–59)."
        await maria.send_sticker()
        assert h.last_reply(MARIA) == "Please send this as a text message."
        await h.tap(maria, "^10:00$")  # 10:00 in Sofia has passed (it is 11:00)
        assert h.callback_answers()[-1] == "That time has passed. Please choose a later time."
        await maria.send("10.59")
        assert h.last_reply(MARIA) == "That time has passed. Please choose a later time."
        assert await stored(session_factory) == []
        await maria.send("11.30")
        assert "Mon, Mar 4, 2030, 11:30" in h.screen(MARIA)
        await h.tap(maria, "^60 min$")
        await h.tap(maria, "^In person$")
        await maria.send("x" * 301)
        assert h.last_reply(MARIA) == "That is 301 characters; please keep it under 300."
        await maria.send_sticker()
        assert h.last_reply(MARIA) == "Please send this as a text message."
        assert "Where will you meet?" in h.screen(MARIA)
    (meeting,) = await stored(session_factory)
    assert meeting.place is None and meeting.starts_at == datetime(2030, 3, 4, 9, 30, tzinfo=UTC)


async def test_a_time_the_clocks_skip_is_refused(session_factory, clock):
    clock.set(datetime(2030, 3, 25, 9, 0, tzinfo=UTC))  # the clocks go forward at 03:00 on Sunday 31 March
    async with harness(session_factory, clock) as h:
        maria, _ = await teacher_pair(h)
        await maria.send("/meeting")
        await h.tap(maria, "➕ Plan a meeting")
        await h.tap(maria, "^31$")
        await maria.send("03:30")
        assert "so 03:30 does not exist that day" in h.last_reply(MARIA)
        await maria.send("04:30")
        assert "Sun, Mar 31, 2030, 04:30" in h.screen(MARIA)
    assert (await stored(session_factory))[0].starts_at == datetime(2030, 3, 31, 1, 30, tzinfo=UTC)


async def test_leaving_half_way_and_a_restart_keep_what_was_chosen(session_factory, clock):
    async with harness(session_factory, clock) as before:
        maria, _ = await teacher_pair(before)
        await maria.send("/meeting")
        await before.tap(maria, "➕ Plan a meeting")
        await before.tap(maria, "^06$")
        await before.tap(maria, "^18:00$")
        lengths = before.window(MARIA)
    async with harness(session_factory, clock) as after:  # a new process on the same database
        maria = after.person(MARIA, "Maria")
        await maria.click(lengths, InlineButtonTextLocator("^90 min$"))
        assert "How will you meet?" in after.screen(MARIA)
        await maria.send("/menu")  # leaves the flow
        assert "Main menu" in after.screen(MARIA)
        await maria.send("/meeting")
        await after.tap(maria, "📅 Wed, Mar 6, 2030 · 18:00")
        assert "Wed, Mar 6, 2030, 18:00 · 90 min\nWith Ivan · In person" in after.screen(MARIA)
    assert len(await stored(session_factory)) == 1
    # left half-way: Ivan hears of it once it has been left alone for a while
    assert texts(await deliver(session_factory, T0 + timedelta(minutes=4)), IVAN) == []
    sent = await deliver(session_factory, T0 + reminders.SETTLE)
    assert texts(sent, IVAN)[0].startswith(
        "📅 <b>Maria planned a meeting with you</b>\nWed, Mar 6, 2030, 18:00 · 90"
    )


# --- changing, cancelling, can't make it --------------------------------------------------------------------


async def test_moving_a_meeting_replaces_its_reminders_and_tells_the_other_member(session_factory, clock):
    async with harness(session_factory, clock) as h:
        maria, _ = await teacher_pair(h)
        await plan(h, maria)
        await deliver(session_factory, T0)  # the news of it
        await h.tap(maria, "🕒 Change the day or time")
        await h.tap(maria, "‹ Back")
        assert "Wed, Mar 6, 2030, 18:00" in h.screen(MARIA)
        await h.tap(maria, "🕒 Change the day or time")
        await h.tap(maria, "^07$")
        await h.tap(maria, "‹ Back")
        assert "Which day?" in h.screen(MARIA)
        await h.tap(maria, "^08$")
        await maria.send("17:30")
        await h.tap(maria, "🕒 Change the day or time")
        await h.tap(maria, "^07$")
        await maria.send("17:30")
        assert "Thu, Mar 7, 2030, 17:30 · 90 min" in h.screen(MARIA)
        keys = await pending_keys(session_factory)
        reminder_keys = [key for key in keys if key.startswith("reminder:")]
        assert len(reminder_keys) == 4 and all(key.endswith(":20300307T1530Z") for key in reminder_keys)
        assert texts(await deliver(session_factory, T0), IVAN) == [  # only the latest of news not sent yet
            "📅 <b>Maria changed your meeting</b>\n"
            "Now: Thu, Mar 7, 2030, 17:30 · 90 min · In person\n📍 Room 12"
        ]
        clock.advance(timedelta(minutes=1))
        await h.tap(maria, "📍 Change the place")
        assert "✔ Keep this place" in h.buttons(MARIA)
        await maria.send("Library, 2nd floor")
        assert "📍 Library, 2nd floor" in h.screen(MARIA)
    assert texts(await deliver(session_factory, clock.now()), IVAN) == [
        "📅 <b>Maria changed your meeting</b>\n"
        "Now: Thu, Mar 7, 2030, 17:30 · 90 min · In person\n📍 Library, 2nd floor"
    ]


async def test_cancelling_removes_reminders_and_the_card_and_tells_the_other_member(session_factory, clock):
    async with harness(session_factory, clock) as h:
        _, ivan = await teacher_pair(h)
        await plan(h, ivan)
        await deliver(session_factory, T0)
        await h.tap(ivan, "🗑 Cancel the meeting")
        assert "Cancel this meeting? Maria will be told." in h.screen(IVAN)
        await h.tap(ivan, "‹ Back")
        await h.tap(ivan, "🗑 Cancel the meeting")
        await h.tap(ivan, "Yes, cancel it")
        assert h.callback_answers()[-1] == "The meeting is cancelled."
        assert "No meeting is planned yet." in h.screen(IVAN)
    assert (await stored(session_factory))[0].status is MeetingStatus.CANCELLED
    assert await pending_keys(session_factory) == [
        f"news:1:{await person_id(session_factory, MARIA)}:cancelled"
    ]
    assert texts(await deliver(session_factory, T0), MARIA) == [
        "🗑 <b>Ivan cancelled the meeting</b> on Wed, Mar 6, 2030, 18:00."
    ]


async def person_id(factory: async_sessionmaker[AsyncSession], telegram_id: int) -> int:
    async with factory() as session:
        return (await session.scalars(select(PersonRow.id).where(PersonRow.telegram_id == telegram_id))).one()


async def test_i_cant_make_it_from_a_reminder_tells_the_other_member_at_once(session_factory, clock):
    async with harness(session_factory, clock) as h:
        maria, ivan = await teacher_pair(h)
        await plan(h, maria)
        await deliver(session_factory, T0)
        async with session_factory() as session:
            pair = (await pairs.views_for_person(session, await person_id(session_factory, IVAN)))[0]
            await ground_rules.set_rule(
                session, pair.pair_id, await person_id(session_factory, IVAN), "cannot_come",
                "Write to the other one the day before.", T0,
            )  # fmt: skip
            await session.commit()

        clock.set(datetime(2030, 3, 5, 16, 0, tzinfo=UTC))  # 18:00 the day before
        reminder = one(await deliver(session_factory, clock.now()), IVAN, "⏰")
        assert (
            reminder.text == "⏰ <b>Reminder: meeting with Maria</b>\n"
            "Wed, Mar 6, 2030, 18:00 · 90 min · In person\n📍 Room 12"
        )
        await ivan.click(reminder, InlineButtonTextLocator("🙅 I can't make it"))
        screen = h.screen(IVAN)
        assert "You can't make it? Maria will be told at once" in screen
        assert "Your pair agreed what to do: “Write to the other one the day before.”" in screen
        await h.tap(ivan, "‹ Back")
        assert "Wed, Mar 6, 2030, 18:00" in h.screen(IVAN)
        await h.tap(ivan, "🙅 I can't make it")
        await h.tap(ivan, "✔ Tell my mentor")
        assert "Maria has been told. Would you like to choose another time now?" in h.screen(IVAN)
        await h.tap(ivan, "‹ Meetings")
        assert "No meeting is planned yet." in h.screen(IVAN)

        news = one(await deliver(session_factory, clock.now()), MARIA, "🙅")
        assert news.text == (
            "🙅 <b>Ivan can't make it</b> to the meeting on Wed, Mar 6, 2030, 18:00, so it is called off.\n"
            "Choose another time together."
        )
        assert [key for key in await pending_keys(session_factory)] == []  # no reminders, no card
        await maria.click(news, InlineButtonTextLocator("📅 Choose another time"))
        assert "Which day?" in h.screen(MARIA)
        await h.tap(maria, "^07$")
        await h.tap(maria, "^18:00$")
        assert "Thu, Mar 7, 2030, 18:00 · 90 min\nWith Ivan · In person\n📍 Room 12" in h.screen(
            MARIA
        )  # as before
    assert [m.status for m in await stored(session_factory)] == [
        MeetingStatus.CANCELLED,
        MeetingStatus.SCHEDULED,
    ]


async def test_the_meeting_as_an_ics_file_for_the_phone_calendar(session_factory, clock):
    async with harness(session_factory, clock) as h:
        maria, _ = await teacher_pair(h)
        await plan(h, maria, place="Room 12, main building; 2nd floor")
        await h.tap(maria, "📲 Add to my phone's calendar")
        (sent,) = h.bot.sent(MARIA, SendDocument)
        assert "Wed, Mar 6, 2030, 18:00" in h.screen(MARIA)  # the meeting again, below the file
    assert sent.caption == "Open this file to add the meeting to your phone's calendar."
    assert sent.document.filename == "meeting-2030-03-06.ics"
    content = sent.document.data.decode()
    lines = content.split("\r\n")
    assert lines[:6] == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//mentorbot//meetings//EN",
                         "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT"]  # fmt: skip
    assert "UID:meeting-1@mentor_test_bot" in lines and "DTSTAMP:20300304T090000Z" in lines
    assert "DTSTART:20300306T160000Z" in lines and "DTEND:20300306T173000Z" in lines
    assert "SUMMARY:Mentoring meeting with Ivan" in lines
    assert "LOCATION:Room 12\\, main building\\; 2nd floor" in lines
    assert "DESCRIPTION:In person" in lines and lines[-3:] == ["END:VEVENT", "END:VCALENDAR", ""]


def test_long_ics_lines_are_folded_without_splitting_a_character():
    content = meeting_flow.ics_event(
        uid="u", stamp=T0, starts_at=T0, ends_at=T0, summary="Среща " * 20, location=None, description="x"
    )
    summary = content.split(b"\r\nDESCRIPTION")[0].split(b"SUMMARY:")[1]
    parts = summary.split(b"\r\n")
    assert len(parts) > 1 and all(len(part) <= 75 for part in parts)
    assert all(part.startswith(b" ") for part in parts[1:])
    assert b"".join(part.removeprefix(b" ") for part in parts).decode() == "Среща " * 20


async def test_reminder_choices_apply_to_meetings_already_planned(session_factory, clock):
    async with harness(session_factory, clock) as h:
        maria, _ = await teacher_pair(h)
        await plan(h, maria)
        await h.tap(maria, "‹ Back")
        await h.tap(maria, "🔔 Reminders")
        assert "Now: 24 h, 1 h before." in h.screen(MARIA)
        assert h.buttons(MARIA) == [
            "✓ 24 h, 1 h before",
            "2 h before",
            "1 h before",
            "no reminders",
            "‹ Back",
        ]
        await h.tap(maria, "^2 h before$")
        assert h.callback_answers()[-1] == "Saved."
        assert "Now: 2 h before." in h.screen(MARIA)
        maria_id = await person_id(session_factory, MARIA)
        mine = [
            key for key in await pending_keys(session_factory) if key.startswith(f"reminder:1:{maria_id}:")
        ]
        assert mine == [f"reminder:1:{maria_id}:120:20300306T1600Z"]
        await h.tap(maria, "no reminders")
        ivans = [key for key in await pending_keys(session_factory) if key.startswith("reminder:")]
        assert len(ivans) == 2 and all(key.split(":")[2] != str(maria_id) for key in ivans)
        await h.tap(maria, "‹ Back")
        assert "🔔 no reminders" in h.screen(MARIA)


# --- the mentor's card after the meeting --------------------------------------------------------------------


async def card_after(h: Harness, factory: async_sessionmaker[AsyncSession], clock: ManualClock) -> Message:
    clock.set(datetime(2030, 3, 6, 17, 30, tzinfo=UTC))  # the end of the 18:00 meeting (90 min)
    sent = await deliver(factory, clock.now())
    assert not [text for text in texts(sent, IVAN) if "take place" in text]  # only the mentor is asked
    return one(sent, MARIA, "<b>Did your meeting")


async def test_held_opens_the_diary_entry_with_the_meetings_facts(session_factory, clock):
    async with harness(session_factory, clock) as h:
        maria, ivan = await teacher_pair(h)
        await plan(h, ivan, place="Room 12")
        card = await card_after(h, session_factory, clock)
        assert (
            card.text
            == "<b>Did your meeting with Ivan take place?</b>\nWed, Mar 6, 2030, 18:00 · 90 min · In person"
        )
        await ivan.click(card, InlineButtonTextLocator("✔ Yes, we met"))  # the mentee cannot answer it
        assert h.callback_answers()[-1] == "This is not available to you."
        await maria.click(card, InlineButtonTextLocator("✔ Yes, we met"))
        assert h.callback_answers()[-1] == "Noted. Now the diary entry for it."
        assert any(isinstance(c, EditMessageReplyMarkup) for c in h.bot.calls)  # the buttons are gone
        await maria.click(card, InlineButtonTextLocator("✔ Yes, we met"))  # an old copy
        assert h.callback_answers()[-1] == "You have already noted that this meeting took place."
    assert (await stored(session_factory))[0].status is MeetingStatus.HELD
    async with session_factory() as session:
        entry = (await session.scalars(select(DiaryEntry))).one()
    assert (entry.held_on, entry.duration_minutes, entry.mode) == (
        date(2030, 3, 6),
        90,
        SessionMode.IN_PERSON,
    )


async def test_not_held_is_noted_and_moved_opens_the_new_time(session_factory, clock):
    async with harness(session_factory, clock) as h:
        maria, _ = await teacher_pair(h)
        await plan(h, maria, day="06")
        await plan(h, maria, day="06", at="19:00")
        clock.set(datetime(2030, 3, 6, 16, 30, tzinfo=UTC))
        await deliver(session_factory, clock.now())  # news and reminders
        early = as_message(MARIA, "card", (("moved", reminders.button_data(1, reminders.MOVED)),))
        await maria.click(early, InlineButtonTextLocator("moved"))
        assert h.callback_answers()[-1] == "The meeting has not ended yet."
        clock.set(datetime(2030, 3, 6, 19, 0, tzinfo=UTC))  # 21:00: both have ended
        first, second = [
            m for m in (await deliver(session_factory, clock.now()))[MARIA] if "take place" in m.text
        ]
        await maria.click(first, InlineButtonTextLocator("✖ No, it did not take place"))
        assert h.callback_answers()[-1] == "Noted: it did not take place."
        await maria.click(second, InlineButtonTextLocator("🔁 It was moved to another time"))
        assert h.callback_answers()[-1] == "Noted. Now choose the new time."
        assert "Which day?" in h.screen(MARIA)
        await h.tap(maria, "^08$")
        await h.tap(maria, "^18:00$")
        assert "Fri, Mar 8, 2030, 18:00 · 90 min\nWith Ivan · In person\n📍 Room 12" in h.screen(MARIA)
    assert [m.status for m in await stored(session_factory)] == [
        MeetingStatus.NOT_HELD, MeetingStatus.MOVED, MeetingStatus.SCHEDULED
    ]  # fmt: skip


# --- another pair's meetings --------------------------------------------------------------------------------


async def test_another_pairs_meeting_is_not_available_and_stays_unchanged(session_factory, clock):
    async with harness(session_factory, clock) as h:
        maria, _ = await teacher_pair(h)
        _, other_programme = await seed_programme(session_factory, org="Other School", name="Peer support",
                                                  kind=ProgrammeKind.STUDENT)  # fmt: skip
        await around_t0(session_factory)
        codes = await pair_invites(session_factory, other_programme, mentor="Elena", mentee="Ivo")
        elena = h.person(9201, "Elena")
        await join(h, elena, codes[Role.MENTOR], later=False)
        await join(h, h.person(9202, "Ivo"), codes[Role.MENTEE], later=False)
        await plan(h, elena)  # meeting 1: theirs
        await plan(h, maria, day="07")  # meeting 2: ours
        await maria.send("/meeting")
        await h.tap_forged(maria, "📅 Thu, Mar 7, 2030 · 18:00", 1)
        assert h.callback_answers()[-1] == "This is not available to you."
        assert "Meetings · Inclusive teaching with Ivan" in h.screen(MARIA)
        for action in ("open", "cant", "again", "held", "not_held", "moved", "nonsense"):
            forged = as_message(MARIA, "x", (("x", f"meeting:1:{action}"),))
            await maria.click(forged, InlineButtonTextLocator("x"))
            assert h.callback_answers()[-1] == "This is not available to you."
        clock.set(datetime(2030, 3, 7, 12, 0, tzinfo=UTC))  # theirs has ended
        await maria.click(as_message(MARIA, "x", (("x", "meeting:1:held"),)), InlineButtonTextLocator("x"))
        assert h.callback_answers()[-1] == "This is not available to you."
        assert "Elena" not in h.screen(MARIA) and "Ivo" not in h.screen(MARIA)
    theirs, ours = await stored(session_factory)
    assert theirs.status is MeetingStatus.SCHEDULED and theirs.place == "Room 12"
    assert ours.status is MeetingStatus.SCHEDULED


async def test_menu_line_shows_the_next_meeting_in_the_persons_time_zone(session_factory, clock):
    async with harness(session_factory, clock) as h:
        maria, _ = await teacher_pair(h)
        await plan(h, maria)
    core = i18n_core()
    await core.startup()
    i18n = I18nContext(locale="en", core=core, manager=None, data={})  # type: ignore[arg-type]
    async with session_factory() as session:
        mentor_id = await person_id(session_factory, MARIA)
        mentee_id = await person_id(session_factory, IVAN)
        (await session.get(PersonRow, mentee_id)).timezone = "Europe/London"  # type: ignore[union-attr]
        await session.flush()
        (maria_view,) = await pairs.views_for_person(session, mentor_id)
        (ivan_view,) = await pairs.views_for_person(session, mentee_id)
        assert await meeting_flow.menu_lines(session, i18n, maria_view) == [
            "📅 Next meeting: Wed, Mar 6, 2030, 18:00"
        ]
        assert await meeting_flow.menu_lines(session, i18n, ivan_view) == [
            "📅 Next meeting: Wed, Mar 6, 2030, 16:00"
        ]
        meeting = (await session.scalars(select(Meeting))).one()
        await meetings.cancel(session, meeting.id, mentor_id, T0)
        assert await meeting_flow.menu_lines(session, i18n, maria_view) == [
            "📅 No meeting planned – plan one in Meetings."
        ]


# --- days outside the programme ----------------------------------------------------------------------------


async def test_a_day_outside_the_programme_is_refused_with_the_days_that_can_be_taken(session_factory, clock):
    async with harness(session_factory, clock) as h:
        maria, _ = await teacher_pair(h)  # the programme runs from 1 Sep 2029 to 30 Jun 2030
        await maria.send("/meeting")
        await h.tap(maria, "➕ Plan a meeting")
        allowed = (
            "Please choose a day from Mar 4, 2030 to Jul 30, 2030: "
            "the programme runs from Sep 1, 2029 to Jun 30, 2030."
        )
        for absurd in (date(1900, 1, 1), date(3000, 1, 1), date(2030, 7, 31)):  # a forged or far-off tap
            await h.tap_forged(maria, "^05$", raw_from_date(absurd))
            assert h.callback_answers()[-1] == allowed
            assert "Which day?" in h.screen(MARIA)  # still on the same step
        await h.tap_forged(maria, "^05$", raw_from_date(date(2030, 3, 3)))
        assert h.callback_answers()[-1] == "That day has passed. Please choose today or a later day."
        assert await stored(session_factory) == []
        await h.tap_forged(maria, "^05$", raw_from_date(date(2030, 7, 30)))  # a month after the end: taken
        assert "Tue, Jul 30, 2030" in h.screen(MARIA)
        await h.tap(maria, "^18:00$")
    (meeting,) = await stored(session_factory)
    assert meeting.starts_at == datetime(2030, 7, 30, 15, 0, tzinfo=UTC)


async def test_no_meeting_is_planned_weeks_after_the_programme_ended(session_factory, clock):
    clock.set(datetime(2030, 9, 2, 9, 0, tzinfo=UTC))
    async with harness(session_factory, clock) as h:
        maria, _ = await teacher_pair(h)
        await maria.send("/meeting")
        await h.tap(maria, "➕ Plan a meeting")
        await h.tap(maria, "^05$")
        assert h.callback_answers()[-1] == (
            "This programme ended on Jun 30, 2030, so no more meetings can be planned in it."
        )
        assert "Which day?" in h.screen(MARIA)
    assert await stored(session_factory) == []
