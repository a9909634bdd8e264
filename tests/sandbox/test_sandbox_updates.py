"""Updates by long polling: offsets, prompt wake-ups, filters, conflicts, callback queries, blocking."""

from __future__ import annotations

import asyncio

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramConflictError
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sandbox_support import make_bot

from sandbox.client import SandboxClient, SandboxError
from sandbox.server import SandboxServer


async def test_persona_text_arrives_with_offset_semantics(bot: Bot, client: SandboxClient) -> None:
    persona = await client.create_persona("Ada", language_code="ru", last_name="L", username="ada_l")
    await client.send_text(persona["id"], "/start invite-42")
    await client.send_text(persona["id"], "hello")

    updates = await bot.get_updates(timeout=0)
    assert [u.update_id for u in updates] == [updates[0].update_id, updates[0].update_id + 1]
    start = updates[0].message
    assert start is not None and start.text == "/start invite-42"
    assert start.entities is not None
    assert (start.entities[0].type, start.entities[0].offset, start.entities[0].length) == (
        "bot_command",
        0,
        6,
    )
    assert start.from_user is not None
    assert (start.from_user.id, start.from_user.language_code, start.from_user.username) == (
        persona["id"],
        "ru",
        "ada_l",
    )
    assert start.chat.id == persona["id"]

    again = await bot.get_updates(timeout=0)
    assert [u.update_id for u in again] == [u.update_id for u in updates]  # unconfirmed updates stay
    rest = await bot.get_updates(offset=updates[0].update_id + 1, timeout=0)
    assert [u.update_id for u in rest] == [updates[1].update_id]
    assert await bot.get_updates(offset=updates[1].update_id + 1, timeout=0) == []
    assert await bot.get_updates(timeout=0) == []


async def test_limit_and_negative_offset(bot: Bot, client: SandboxClient, chat_id: int) -> None:
    for text in ("a", "b", "c", "d"):
        await client.send_text(chat_id, text)
    first_two = await bot.get_updates(limit=2, timeout=0)
    assert [u.message.text for u in first_two if u.message] == ["a", "b"]
    last = await bot.get_updates(offset=-1, timeout=0)
    assert [u.message.text for u in last if u.message] == ["d"]
    assert [u.message.text for u in await bot.get_updates(timeout=0) if u.message] == ["d"]


async def test_long_poll_wakes_as_soon_as_an_update_arrives(
    bot: Bot, client: SandboxClient, chat_id: int
) -> None:
    loop = asyncio.get_running_loop()
    poll = asyncio.create_task(bot.get_updates(timeout=20))
    await asyncio.sleep(0)
    started = loop.time()
    await client.send_text(chat_id, "ping")
    updates = await asyncio.wait_for(poll, 5)
    assert [u.message.text for u in updates if u.message] == ["ping"]
    assert loop.time() - started < 2


async def test_allowed_updates_filter_new_updates(bot: Bot, client: SandboxClient, chat_id: int) -> None:
    await bot.get_updates(timeout=0, allowed_updates=["callback_query"])
    await client.send_text(chat_id, "ignored")
    assert await bot.get_updates(timeout=0) == []
    await bot.get_updates(timeout=0, allowed_updates=[])  # back to Telegram's default set
    await client.send_text(chat_id, "seen")
    assert [u.message.text for u in await bot.get_updates(timeout=0) if u.message] == ["seen"]


async def test_a_second_poller_terminates_the_first(server: SandboxServer, bot: Bot) -> None:
    other = make_bot(server.url)
    try:
        queue = server.sandbox.updates
        first = asyncio.create_task(bot.get_updates(timeout=20))
        assert await queue.changes.wait_for(lambda: queue.waiting_polls == 1, 5)
        second = asyncio.create_task(other.get_updates(timeout=0))
        with pytest.raises(TelegramConflictError, match="terminated by other getUpdates request"):
            await asyncio.wait_for(first, 5)
        assert await second == []
    finally:
        await other.session.close()


async def test_callback_query_round_trip(bot: Bot, client: SandboxClient, chat_id: int) -> None:
    markup = InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(text="Accept", callback_data="accept:7"),
                InlineKeyboardButton(text="Site", url="https://example.org"),
            ]
        ]
    )
    sent = await bot.send_message(chat_id, "Invitation", reply_markup=markup)
    pressed = await client.press(chat_id, sent.message_id, text="Accept")
    assert pressed["data"] == "accept:7"

    updates = await bot.get_updates(timeout=0)
    query = updates[-1].callback_query
    assert query is not None and updates[-1].update_id == pressed["update_id"]
    assert query.id == pressed["callback_query_id"] and query.data == "accept:7"
    assert query.from_user.id == chat_id
    assert query.message is not None and query.message.message_id == sent.message_id

    waiting = asyncio.create_task(client.callback(query.id, wait=5))
    assert await bot.answer_callback_query(query.id, text="Accepted!", show_alert=True)
    answer = await waiting
    assert (answer["answered"], answer["text"], answer["show_alert"]) == (True, "Accepted!", True)
    with pytest.raises(
        TelegramBadRequest, match="query is too old and response timeout expired or query ID is invalid"
    ):
        await bot.answer_callback_query(query.id)

    with pytest.raises(SandboxError) as no_button:
        await client.press(chat_id, sent.message_id, text="Site")
    assert no_button.value.status == 400
    second = await client.press(chat_id, sent.message_id, data="accept:7")
    assert second["callback_query_id"] != pressed["callback_query_id"]


async def test_blocking_sends_my_chat_member_updates(bot: Bot, client: SandboxClient, chat_id: int) -> None:
    await client.block(chat_id)
    blocked = (await bot.get_updates(timeout=0))[-1].my_chat_member
    assert blocked is not None
    assert (blocked.old_chat_member.status, blocked.new_chat_member.status) == ("member", "kicked")
    await client.send_text(chat_id, "/start")  # writing to the bot again unblocks it
    updates = await bot.get_updates(offset=(await bot.get_updates(timeout=0))[-2].update_id, timeout=0)
    unblocked, message = updates[-2].my_chat_member, updates[-1].message
    assert unblocked is not None and unblocked.new_chat_member.status == "member"
    assert message is not None and message.text == "/start"
