"""The coordinator's digest and export in the chat: chart, totals, a programme's details, the XLSX."""

from __future__ import annotations

from datetime import datetime
from io import BytesIO

from aiogram.methods import SendDocument, SendPhoto
from aiogram.types import Chat, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram_dialog.test_tools.keyboard import InlineButtonTextLocator
from openpyxl import load_workbook

from storage.models import Role
from tests.harness import Harness, Person, coordinator_invite, join, pair_invites, seed_programme
from tests.scheduler.test_digest import seed


async def coordinator(h: Harness, factory, user_id: int = 6001, org: str = "School One") -> Person:
    ana = h.person(user_id, "Ana")
    await join(h, ana, await coordinator_invite(factory, org))
    return ana


async def test_digest_opens_with_its_chart_then_a_programme_in_detail_and_back(session_factory):
    await seed(session_factory)
    async with Harness(session_factory) as h:
        ana = await coordinator(h, session_factory)
        await ana.send("/digest")
        photos = h.bot.sent(6001, SendPhoto)
        assert len(photos) == 1 and photos[0].photo.data.startswith(b"\x89PNG")
        assert photos[0].caption == "📊 Sessions held per week (last 8 weeks) and pairs by status."
        entry = h.screen(6001)
        assert entry.startswith("📊 Weekly digest · ")
        assert "1 programme\nPairs: 6 – " in entry
        assert "Questionnaires completed: 3 at the start, 0 at the end" in entry
        assert "still open" in entry and "People who blocked the bot: 1" in entry
        assert "has not met for 28 days and has no meeting planned" in entry
        assert h.buttons(6001) == ["Inclusive teaching", "📥 Download spreadsheet (XLSX)", "‹ Back"]

        await h.tap(ana, "Inclusive teaching")
        card = h.screen(6001)
        assert card.startswith("Inclusive teaching · Teacher mentoring\n")
        assert "By stage: Setting up 5 · Engage 0 · Sustain 0 · Transition 0 · Closed 1" in card
        assert "Hours against the plan (Annex II; pairs that have started: 5)" in card
        assert "A. Mentoring activities: 2.5 of 50 h\nB. Piloting in class: 0 of 50 h" in card
        assert "Awareness and knowledge: start 2 of 4 · end fewer than 3 answers" in card
        assert "Practical application: start fewer than 3 answers · end fewer than 3 answers" in card
        assert "private" not in card and "secret" not in card and "Maria" not in card

        await h.tap(ana, "‹ Back")
        assert h.screen(6001).startswith("📊 Weekly digest")
        await h.tap(ana, "‹ Back")
        assert "Main menu" in h.screen(6001)
        assert len(h.bot.sent(6001, SendPhoto)) == 1  # the chart comes once per opening


async def test_the_export_button_and_command_send_the_workbook(session_factory):
    await seed(session_factory)
    async with Harness(session_factory) as h:
        ana = await coordinator(h, session_factory)
        await ana.send("/digest")
        await h.tap(ana, r"📥 Download spreadsheet \(XLSX\)")
        await ana.send("/export")
        documents = h.bot.sent(6001, SendDocument)
        assert len(documents) == 2
        for document in documents:
            assert document.document.filename.startswith("programmes-")
            assert document.document.filename.endswith(".xlsx")
            assert "no diary text" in document.caption
            book = load_workbook(BytesIO(document.document.data))
            assert book.sheetnames == ["Pairs", "Meetings", "Diary sessions"]
            assert book["Pairs"].max_row == 1 + 6 and book["Meetings"].max_row == 1 + 4
        assert h.screen(6001).startswith("📊 Weekly digest")  # the window is back under the file


async def test_forged_ids_and_other_organisations_see_nothing(session_factory):
    seeded = await seed(session_factory)
    async with Harness(session_factory) as h:
        boris = await coordinator(h, session_factory, 6101, org="School Two")
        await boris.send("/digest")
        assert "Inclusive teaching" not in h.buttons(6101)
        assert h.buttons(6101)[0] == "Their programme"
        await h.tap_forged(boris, "Their programme", seeded["programme"])
        assert h.callback_answers()[-1] == "This is not available to you."
        assert h.screen(6101).startswith("📊 Weekly digest")
        await h.tap_forged(boris, "Their programme", "not-a-number")
        assert h.callback_answers()[-1] == "This is not available to you."
        await boris.send("/export")
        book = load_workbook(BytesIO(h.bot.sent(6101, SendDocument)[-1].document.data))
        assert [row[0] for row in book["Pairs"].iter_rows(min_row=2, values_only=True)] == ["Their programme"]


async def test_people_who_are_not_coordinators_are_told_so(session_factory):
    async with Harness(session_factory) as h:
        stranger = h.person(6201)
        await stranger.send("/digest")
        assert "To join, open the invite link" in h.last_reply(6201)
        ana = await coordinator(h, session_factory, 6202)
        await ana.send("/digest")
        assert "You have no programmes yet, so there is nothing to report." in h.screen(6202)
        assert h.bot.sent(6202, SendPhoto) == []
        await ana.send("/export")
        assert h.last_reply(6202) == "You have no programmes to export yet."


async def test_mentees_get_no_digest(session_factory):
    _, programme_id = await seed_programme(session_factory)
    codes = await pair_invites(session_factory, programme_id)
    async with Harness(session_factory) as h:
        ivan = h.person(6301, "Ivan")
        await join(h, ivan, codes[Role.MENTEE])
        await ivan.send("/digest")
        assert h.last_reply(6301).startswith("The digest and the export are for coordinators.")
        await ivan.send("/export")
        assert h.last_reply(6301).startswith("The digest and the export are for coordinators.")
        assert h.bot.sent(6301, SendDocument) == []


async def test_the_monday_button_opens_the_digest(session_factory):
    await seed(session_factory)
    async with Harness(session_factory) as h:
        ana = await coordinator(h, session_factory)
        monday = Message(
            message_id=1,
            date=datetime(2026, 11, 23, 6, 0),
            chat=Chat(id=6001, type="private"),
            text="📊 Weekly digest",
            reply_markup=InlineKeyboardMarkup(
                inline_keyboard=[[InlineKeyboardButton(text="📊 Open", callback_data="digest:open")]]
            ),
        )
        await ana.click(monday, InlineButtonTextLocator("📊 Open"))
        assert len(h.bot.sent(6001, SendPhoto)) == 1
        assert h.screen(6001).startswith("📊 Weekly digest")


async def test_typed_text_gets_a_hint_and_a_restart_carries_on(session_factory):
    await seed(session_factory)
    async with Harness(session_factory) as before:
        ana = await coordinator(before, session_factory)
        await ana.send("/digest")
        await before.tap(ana, "Inclusive teaching")
        await ana.send("how many hours?")
        assert "I did not catch that" in before.last_reply(6001)
        await ana.send_sticker()
        assert "I did not catch that" in before.last_reply(6001)
        card = before.window(6001)
    async with Harness(session_factory) as after:  # a new process on the same database
        ana = after.person(6001, "Ana")
        await ana.click(card, InlineButtonTextLocator("‹ Back"))
        assert after.screen(6001).startswith("📊 Weekly digest")
        assert after.buttons(6001)[0] == "Inclusive teaching"
