"""The control API that pages and end-to-end tests use: personas, transcripts, waiting, reset."""

from __future__ import annotations

import asyncio

import pytest
from aiogram import Bot
from aiogram.types import BotCommand

from sandbox.client import SandboxClient, SandboxError


async def test_personas_are_created_and_listed(client: SandboxClient) -> None:
    ada = await client.create_persona("Ada", last_name="Lovelace", username="ada", language_code="en")
    fixed = await client.create_persona("Bob", persona_id=555)
    assert ada["id"] == 100_001 and fixed["id"] == 555
    assert ada == {
        "id": 100_001,
        "first_name": "Ada",
        "last_name": "Lovelace",
        "username": "ada",
        "language_code": "en",
        "role_label": None,
        "invite": None,
    }
    assert [p["first_name"] for p in await client.personas()] == ["Ada", "Bob"]
    with pytest.raises(SandboxError) as taken:
        await client.create_persona("Copy", persona_id=555)
    assert taken.value.status == 409
    with pytest.raises(SandboxError) as nameless:
        await client.request("POST", "/personas", json={})
    assert nameless.value.status == 400


async def test_transcript_long_poll_wakes_on_edits(bot: Bot, client: SandboxClient, chat_id: int) -> None:
    sent = await bot.send_message(chat_id, "draft")
    before = await client.transcript(chat_id)
    waiting = asyncio.create_task(client.transcript(chat_id, since=before["version"], wait=10))
    await bot.edit_message_text("final", chat_id=chat_id, message_id=sent.message_id)
    after = await asyncio.wait_for(waiting, 5)
    assert after["version"] > before["version"]
    edited = after["messages"][-1]
    assert (edited["message_id"], edited["text"]) == (sent.message_id, "final")
    assert edited["version"] == after["version"]
    assert edited["edit_date"] is not None

    unchanged = await client.transcript(chat_id, since=after["version"], wait=0)
    assert unchanged["version"] == after["version"]


async def test_transcript_keeps_order_and_both_directions(
    bot: Bot, client: SandboxClient, chat_id: int
) -> None:
    await bot.send_message(chat_id, "Welcome!")
    await client.send_text(chat_id, "thanks")
    shown = await client.transcript(chat_id)
    assert [(m["from"], m["text"]) for m in shown["messages"]] == [
        ("persona", "/start"),
        ("bot", "Welcome!"),
        ("persona", "thanks"),
    ]
    assert shown["messages"][0]["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    assert shown["persona"]["first_name"] == "Ada" and shown["started"] is True and shown["blocked"] is False


async def test_wait_for_the_next_bot_message(bot: Bot, client: SandboxClient, chat_id: int) -> None:
    said = await client.send_text(chat_id, "question")
    after = said["message"]["message_id"]
    waiting = asyncio.create_task(client.wait_for_bot_message(chat_id, after=after, wait=10))
    await bot.send_message(chat_id, "answer")
    message = await asyncio.wait_for(waiting, 5)
    assert (message["text"], message["from"], message["message_id"]) == ("answer", "bot", after + 1)

    with pytest.raises(SandboxError) as timeout:
        await client.wait_for_bot_message(chat_id, after=message["message_id"], wait=0.05)
    assert timeout.value.status == 408


async def test_chat_list_and_pending_updates(client: SandboxClient, chat_id: int) -> None:
    listing = await client.chats()
    assert [c["chat_id"] for c in listing["chats"]] == [chat_id]
    assert listing["chats"][0]["last_message"]["text"] == "/start"
    await client.send_text(chat_id, "new")
    pending = await client.pending_updates()
    assert [u["message"]["text"] for u in pending["pending"]] == ["new"]
    assert pending["waiting_polls"] == 0 and pending["last_poll_at"] is not None


async def test_reset_forgets_the_world_but_keeps_ids_growing(
    bot: Bot, client: SandboxClient, chat_id: int
) -> None:
    await bot.set_my_commands([BotCommand(command="start", description="Start")])
    await client.send_text(chat_id, "before reset")
    old_update = (await bot.get_updates(timeout=0))[-1].update_id
    await client.add_fault("sendMessage", error_code=500)

    await client.reset()
    assert await client.personas() == []
    assert (await client.stats())["calls"] == {}
    assert (await client.request("GET", "/faults"))["faults"] == []
    assert [c.command for c in await bot.get_my_commands()] == ["start"]  # the bot's setup survives

    fresh = await client.create_persona("Eve")
    assert fresh["id"] != chat_id
    await client.send_text(fresh["id"], "/start")
    new_update = (await bot.get_updates(timeout=0))[-1].update_id
    assert new_update > old_update

    await client.reset(config=True)
    assert await bot.get_my_commands() == []


async def test_unknown_things_are_404(client: SandboxClient) -> None:
    for path in ("/chats/1", "/callbacks/nope", "/files/nope", "/personas/7"):
        with pytest.raises(SandboxError) as error:
            await client.request("GET", path)
        assert error.value.status == 404
    bot = await client.bot()
    assert bot["bot"]["username"] == "mentor_sandbox_bot"
    assert bot["webhook"]["url"] == ""
