"""What works from anywhere: commands, hints for free text, stale buttons, restarts, re-deliveries."""

from __future__ import annotations

from aiogram.methods import SetMyCommands
from aiogram.types import Update
from aiogram_dialog.test_tools.keyboard import InlineButtonTextLocator
from sqlalchemy import func, select

from storage.models import ConsentRecord, Pair, Person, ProgrammeKind, Role
from tests.harness import Harness, coordinator_invite, pair_invites, seed_programme


async def _joined_coordinator(h: Harness, session_factory, user_id: int = 5001):
    ana = h.person(user_id, "Ana")
    await ana.send(f"/start {await coordinator_invite(session_factory)}")
    await h.tap(ana, "English")
    await h.tap(ana, "✔ I agree")
    return ana


async def test_help_menu_cancel_work_in_the_middle_of_a_flow(session_factory):
    async with Harness(session_factory) as h:
        ana = await _joined_coordinator(h, session_factory)
        await h.tap(ana, "➕ New programme")
        await ana.send("/help")  # not taken as the programme's name
        assert "/menu – your main menu" in h.last_reply(5001)
        await ana.send("/cancel")
        assert h.last_reply(5001) == "Stopped. Nothing else was changed. Send /menu to go on."
        await ana.send("Some text")
        assert "I did not catch that" in h.last_reply(5001)
        await ana.send("/menu")
        assert "Main menu" in h.screen(5001)


async def test_unknown_command_and_strangers_get_a_clear_answer(session_factory):
    async with Harness(session_factory) as h:
        stranger = h.person(5101)
        await stranger.send("/frobnicate now")
        assert h.last_reply(5101) == "I do not know the command /frobnicate. Send /help to see the commands."
        await stranger.send("hello?")
        assert "To join, open the invite link" in h.last_reply(5101)
        await stranger.send("/start")
        assert "To join, open the invite link" in h.last_reply(5101)
        await stranger.send("/menu")
        assert "To join, open the invite link" in h.last_reply(5101)
        await stranger.send_sticker()
        assert "To join, open the invite link" in h.last_reply(5101)


async def test_language_command_stores_choice_and_sets_chat_commands(session_factory):
    async with Harness(session_factory) as h:
        ana = await _joined_coordinator(h, session_factory)
        await ana.send("/language")
        assert "Your language now: English" in h.screen(5001)
        assert h.buttons(5001)[0] == "✓ English"
        await h.tap(ana, "✓ English")
        scoped = [c for c in h.bot.calls if isinstance(c, SetMyCommands) and c.scope is not None]
        assert scoped and scoped[-1].scope.chat_id == 5001
        # a coordinator's own list (dialogs/audience.py): theirs, not a pair's journey
        coordinators = ["menu", "mydata", "digest", "export", "help", "language", "cancel"]
        assert [c.command for c in scoped[-1].commands] == coordinators
        assert "Main menu" in h.screen(5001)


async def test_restart_in_the_middle_of_onboarding_carries_on(session_factory):
    _, programme_id = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT)
    codes = await pair_invites(session_factory, programme_id, minor=True)
    async with Harness(session_factory) as before:
        ivo = before.person(5201, "Ivo")
        await ivo.send(f"/start {codes[Role.MENTEE]}")
        await before.tap(ivo, "English")
        notice = before.window(5201)
    # a new process: new dispatcher, same database
    async with Harness(session_factory) as after:
        ivo = after.person(5201, "Ivo")
        await ivo.click(notice, InlineButtonTextLocator("✔ I agree"))
        assert "What do you hope to get from having a peer mentor?" in after.screen(5201)  # the intake next
    async with session_factory() as session:
        assert await session.scalar(select(func.count()).select_from(ConsentRecord)) == 1


async def test_stale_button_after_stack_reset_restarts_the_menu(session_factory):
    async with Harness(session_factory) as h:
        ana = await _joined_coordinator(h, session_factory)
        await h.tap(ana, "📋 Programmes")
        old = h.window(5001)
        await ana.send("/cancel")  # the programmes window is gone from the stack
        h.bot.calls.clear()
        await ana.click(old, InlineButtonTextLocator("‹ Back"))
        assert "that button no longer works" in h.callback_answers()[-1]
        assert "Main menu" in h.screen(5001)


async def test_the_same_update_delivered_twice_is_handled_once(session_factory):
    code = await coordinator_invite(session_factory)
    async with Harness(session_factory) as h:
        ana = h.person(5301, "Ana")
        await ana.send("/help")
        update = Update.model_validate(
            {
                "update_id": 777_000,
                "message": {
                    "message_id": 9,
                    "date": 1_700_000_000,
                    "chat": {"id": 5301, "type": "private"},
                    "from": {"id": 5301, "is_bot": False, "first_name": "Ana"},
                    "text": f"/start {code}",
                    "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
                },
            }
        )
        await ana.redeliver(update)
        sent_after_first = len(h.windows.sent_messages)
        await ana.redeliver(update)  # the webhook delivered it again
        assert len(h.windows.sent_messages) == sent_after_first
    async with session_factory() as session:
        assert await session.scalar(select(func.count()).select_from(Person)) == 1


async def test_withdrawing_consent_is_as_easy_as_giving_it(session_factory):
    async with Harness(session_factory) as h:
        ana = await _joined_coordinator(h, session_factory)
        await h.tap(ana, "🔒 Privacy")
        assert "You agreed to version 2026-12 of the privacy notice" in h.screen(5001)
        await h.tap(ana, "Take back my agreement")
        await h.tap(ana, "Yes, take it back")
        assert "Your agreement is taken back" in h.screen(5001)
        await ana.send("/menu")
        assert "Your privacy" in h.screen(5001)  # no menu until agreed again
        await h.tap(ana, "✔ I agree")
        assert "Main menu" in h.screen(5001)
    async with session_factory() as session:
        records = (await session.scalars(select(ConsentRecord).order_by(ConsentRecord.id))).all()
    assert [r.withdrawn_at is not None for r in records] == [True, False]


async def test_a_mentor_from_another_programme_cannot_be_forged_into_a_pair(session_factory):
    _, ours = await seed_programme(session_factory, name="Ours")
    _, theirs = await seed_programme(session_factory, org="Other School", name="Theirs")
    ours_codes = await pair_invites(session_factory, ours, mentor="Maria", mentee="Giulia")
    their_codes = await pair_invites(session_factory, theirs, mentor="Zeynep", mentee="Emre")
    async with Harness(session_factory) as h:
        for user_id, code in ((5401, ours_codes[Role.MENTOR]), (5402, their_codes[Role.MENTOR])):
            mentor = h.person(user_id)
            await mentor.send(f"/start {code}")
            await h.tap(mentor, "English")
            await h.tap(mentor, "✔ I agree")
        ana = await _joined_coordinator(h, session_factory)
        await h.tap(ana, "👥 New pair")
        await h.tap(ana, "Ours")
        async with session_factory() as session:
            zeynep = (await session.scalars(select(Person).where(Person.telegram_id == 5402))).one()
        await h.tap_forged(ana, "Maria", zeynep.id)
        assert h.callback_answers()[-1] == "This is not available to you."
        assert "Who is the mentor?" in h.screen(5001)
    async with session_factory() as session:
        assert await session.scalar(select(func.count()).select_from(Pair)) == 2


async def test_typing_in_a_menu_gets_a_hint_and_the_menu_again(session_factory):
    async with Harness(session_factory) as h:
        ana = await _joined_coordinator(h, session_factory)
        shown = len(h.windows.sent_messages)
        await ana.send("where are my programmes?")
        assert "I did not catch that. Use the buttons in the menu" in h.last_reply(5001)
        assert len(h.windows.sent_messages) > shown and "Main menu" in h.screen(5001)  # shown again below
        await ana.send("/nonsense")
        assert h.last_reply(5001) == "I do not know the command /nonsense. Send /help to see the commands."
