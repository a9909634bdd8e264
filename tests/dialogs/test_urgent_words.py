"""Urgent words (issue #23, 3): what a person writes is saved as usual; on an urgent phrase they alone
see the helplines and a "Tell the coordinators" button that opens the concern flow filled in. Nothing
reaches anyone without the tap, unless URGENT_WORDS_SIGNAL is on: then the coordinators get a notice
naming the pair, with no text. The mentor sees nothing at any step."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from aiogram.methods import SendMessage
from aiogram.types import Chat, Message
from aiogram_dialog.test_tools.keyboard import InlineButtonTextLocator
from sqlalchemy import select

from bot.app import i18n_core
from dialogs.context import DialogConfig
from scheduler.messages import render
from storage.models import Concern, DiaryEntry, OutboxMessage
from storage.repo.outbox import Due
from storage.timeutil import utcnow
from tests.harness import Harness, Person, coordinator_invite, join
from tests.pairs import join_pair

ANA, MARIA, IVAN = 9301, 9302, 9303
URGENT = "They keep bullying me after class and I don't want to live anymore."
TELL = "📣 Tell the coordinators"


def signal_on(h: Harness) -> None:
    h.dp["dialog_config"] = DialogConfig(
        invite_ttl_days=14, default_timezone="Europe/Sofia", urgent_words_signal=True
    )


def help_messages(h: Harness, chat_id: int) -> list[SendMessage]:
    return [m for m in h.bot.sent(chat_id) if "116 111" in (m.text or "")]


def as_message(sent: SendMessage) -> Message:
    return Message(
        message_id=1,
        date=datetime.now(),
        chat=Chat(id=int(sent.chat_id), type="private"),
        text=sent.text,
        reply_markup=sent.reply_markup,
    )


async def setup(h: Harness) -> tuple[Person, Person, Person]:
    ana = h.person(ANA, "Ana")
    await join(h, ana, await coordinator_invite(h.session_factory))
    maria, ivan = await join_pair(h, MARIA, IVAN, later=False)
    return ana, maria, ivan


async def a_diary_entry_for_the_mentee(h: Harness, maria: Person) -> None:
    await maria.send("/diary")
    await h.tap(maria, "✍ New entry")
    await h.tap(maria, "Today, .*")
    await h.tap(maria, "90 min")
    await h.tap(maria, "online")
    await h.tap(maria, "Co-design of inclusive activities")
    await maria.send("Plan a lesson with stations")
    await maria.send("Stations and roles")
    await h.tap(maria, "Skip ›")


async def mentee_writes(h: Harness, ivan: Person, text: str) -> None:
    await ivan.send("/diary")
    await h.tap(ivan, "Session 1 – add your reflection")
    await ivan.send(text)


async def outbox(h: Harness) -> list[OutboxMessage]:
    async with h.session_factory() as session:
        rows = (await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all()
    return [row for row in rows if row.kind != "staff_joined"]


async def concerns_stored(h: Harness) -> list[Concern]:
    async with h.session_factory() as session:
        return list((await session.scalars(select(Concern))).all())


def seen_by(h: Harness, chat_id: int) -> tuple[int, int]:
    """How many plain messages and windows the chat has been sent."""
    return len(h.bot.sent(chat_id)), len([m for m in h.windows.sent_messages if m.chat.id == chat_id])


async def test_an_urgent_diary_text_is_saved_and_only_the_writer_sees_the_helplines(session_factory):
    async with Harness(session_factory) as h:
        _ana, maria, ivan = await setup(h)
        await a_diary_entry_for_the_mentee(h, maria)
        mentor_saw, coordinator_saw = seen_by(h, MARIA), seen_by(h, ANA)

        await mentee_writes(h, ivan, URGENT)
        async with session_factory() as session:
            entry = (await session.scalars(select(DiaryEntry))).one()
        assert entry.mentee_reflection == URGENT  # saved as usual: nothing lost
        assert f"3. Mentee's Reflection\n{URGENT}" in h.screen(IVAN)  # and the flow goes on
        [offer] = help_messages(h, IVAN)
        assert "Call 112" in offer.text and "child helpline 116 111" in offer.text
        assert "Nobody else has been told" in offer.text
        assert offer.reply_markup is not None
        assert [b.text for row in offer.reply_markup.inline_keyboard for b in row] == [TELL]
        assert URGENT not in str(offer.reply_markup)  # the text is not in the button
        assert await outbox(h) == [] and await concerns_stored(h) == []  # nothing sent without the tap

        await ivan.click(as_message(offer), InlineButtonTextLocator(TELL))
        confirm = h.screen(IVAN)
        assert "Send this to the coordinators?" in confirm and f"“{URGENT}”" in confirm
        assert await outbox(h) == [] and await concerns_stored(h) == []  # the tap only opens the flow
        await h.tap(ivan, "✏️ Write it again")
        assert "Report a concern" in h.screen(IVAN)
        await ivan.send("Two boys in my class bully me every day.")
        assert "“Two boys in my class bully me every day.”" in h.screen(IVAN)
        await h.tap(ivan, "Cancel|✖.*")
        assert await outbox(h) == [] and await concerns_stored(h) == []  # cancelled: nothing sent

        assert seen_by(h, MARIA) == mentor_saw  # the mentor sees nothing at any step
        assert seen_by(h, ANA) == coordinator_saw


async def test_tapping_and_sending_reports_the_text_as_changed(session_factory):
    async with Harness(session_factory) as h:
        _ana, maria, ivan = await setup(h)
        await a_diary_entry_for_the_mentee(h, maria)
        await mentee_writes(h, ivan, URGENT)
        [offer] = help_messages(h, IVAN)
        await ivan.click(as_message(offer), InlineButtonTextLocator(TELL))
        await h.tap(ivan, "✔ Send")
        assert "Sent. Thank you for telling us." in h.screen(IVAN)
        # the same button again: the text was used, the flow opens empty
        await ivan.click(as_message(offer), InlineButtonTextLocator(TELL))
        assert "Report a concern" in h.screen(IVAN)
    assert [c.text for c in await concerns_stored(h)] == [URGENT]
    assert [row.kind for row in await outbox(h)] == ["concern_alert"]


async def test_with_the_signal_on_the_coordinators_get_a_notice_without_the_text(session_factory):
    async with Harness(session_factory) as h:
        signal_on(h)
        _ana, maria, ivan = await setup(h)
        await a_diary_entry_for_the_mentee(h, maria)
        mentor_saw = seen_by(h, MARIA)
        await mentee_writes(h, ivan, URGENT)
        assert len(help_messages(h, IVAN)) == 1
        assert seen_by(h, MARIA) == mentor_saw
        rows = await outbox(h)
        assert [row.kind for row in rows] == ["urgent_signal"]
        assert "after class" not in rows[0].payload and "live" not in rows[0].payload
        assert await concerns_stored(h) == []
        core = i18n_core("en")
        await core.startup()

        def t(locale: str, key: str, **args: Any) -> str:
            return core.get(key, locale, **args)

        due = Due(rows[0].id, rows[0].kind, json.loads(rows[0].payload), utcnow(), 0, "k", ANA, "en")
        notice = render(due, t, "en", utcnow())
        assert notice is not None
        assert "An urgent-word match in the pair Maria → Ivan" in notice.text
        assert "Inclusive teaching" in notice.text and "after class" not in notice.text


async def test_an_ordinary_text_shows_nothing_extra(session_factory):
    async with Harness(session_factory) as h:
        signal_on(h)
        _ana, maria, ivan = await setup(h)
        await a_diary_entry_for_the_mentee(h, maria)
        await mentee_writes(h, ivan, "My mentor beat me at chess, and it hit me that I need a plan.")
        assert help_messages(h, IVAN) == []
        assert await outbox(h) == []


async def test_other_free_text_is_checked_too(session_factory):
    """A goal, and text typed in the menu (outside any flow)."""
    async with Harness(session_factory) as h:
        _ana, _maria, ivan = await setup(h)
        await ivan.send("/menu")
        await ivan.send("I want to kill myself")
        assert len(help_messages(h, IVAN)) == 1
        assert "Main menu" in h.screen(IVAN)  # the menu stays, with the usual hint
        await ivan.send("/goals")
        await h.tap(ivan, "➕ .*Goal.*|.*goal.*")
        await ivan.send("Stop being bullied on the bus")
        assert len(help_messages(h, IVAN)) == 2
        assert await outbox(h) == []


async def test_the_privacy_notice_says_which_applies(session_factory):
    async with Harness(session_factory) as h:
        off = h.person(9311, "Off")
        await off.send(f"/start {await coordinator_invite(session_factory)}")
        await h.tap(off, "English")
        assert "Nobody is told unless you tap that." in h.screen(9311)
        signal_on(h)
        on = h.person(9312, "On")
        await on.send(f"/start {await coordinator_invite(session_factory)}")
        await h.tap(on, "English")
        notice = h.screen(9312)
        assert "coordinators are told that such words came up in your pair – never what you wrote" in notice
        assert "Nobody is told unless you tap that." not in notice
