"""A busy polling bot takes `UPDATES_AT_ONCE` updates at a time. The rest stay with Telegram, unconfirmed,
so a bot that dies with people waiting is given their messages again when it starts; the ones it had in
hand are in its inbox, and the next start handles them. Everyone is answered exactly once."""

from __future__ import annotations

import asyncio

import pytest

from sandbox.client import SandboxClient
from sandbox.server import SandboxServer
from tests.e2e.botprocess import BotProcess, Phone, inbox_count

pytestmark = pytest.mark.e2e
HELP = "/menu – your main menu"


async def test_updates_waiting_for_a_busy_bot_are_handled_after_it_dies_and_starts_again(
    api: SandboxServer, client: SandboxClient, database_url: str, tmp_path
):
    first = BotProcess(api.url, database_url, tmp_path / "bot.log")  # eight at once, the SQLite default
    await first.start(api)
    people = [Phone(client, (await client.create_persona(f"Teacher {n}"))["id"]) for n in range(12)]
    try:
        await client.add_fault("sendMessage", delay=30, count=100)  # Telegram is slow to answer
        for person in people:
            await client.send_text(person.chat_id, "/help")
        # eight updates in hand: four answers on their way (SQLite's four places), four waiting for a place
        for _ in range(200):
            if (await client.stats())["injected"].get("delay", 0) >= 4:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)  # time enough to take more, were it taking more
        assert (await client.stats())["injected"]["delay"] == 4
        waiting = {update["message"]["chat"]["id"] for update in (await client.pending_updates())["pending"]}
        assert len(waiting) >= 4
    finally:
        await first.kill()
    await client.clear_faults()
    # whatever Telegram no longer keeps (those in hand whose batch was confirmed) is in the inbox
    assert await inbox_count(database_url) >= len(people) - len(waiting) >= 1

    second = BotProcess(api.url, database_url, tmp_path / "bot.log")
    await second.start(api)
    try:
        for person in people:  # those in hand wait for the dead process's lease (10 s) to run out
            await person.wait_text(HELP, wait=30)
        await asyncio.sleep(1)  # any second answer would come now
        for person in people:
            answers = [m for m in await person.messages() if m["from"] == "bot" and HELP in m["text"]]
            assert len(answers) == 1
        assert await inbox_count(database_url) == 0
    finally:
        await second.stop()
