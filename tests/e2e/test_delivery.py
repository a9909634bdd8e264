"""Scheduled messages reach each person once: across a SIGKILL, and with two bot processes on one database.

What "once" can mean with the Bot API: sendMessage has no idempotency key, so a message Telegram took whose
answer never reached the bot (a crash in that moment) cannot be told from one Telegram never got. The
sender claims each row just before its own request and commits the outcome right after, so a crash leaves at
most that one row in doubt; it is sent again (a lost safeguarding alert is worse than a repeated reminder).
The first test kills the bot with a request on its way that Telegram has not taken; the second one kills it
in the narrow window and shows the one repeat this allows, and no more.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from sandbox.methods.registry import METHODS, Method
from sandbox.params import Params
from sandbox.server import SandboxServer
from storage.db import make_engine
from storage.migrate import upgrade_to_head
from storage.models import OutboxStatus
from tests.databases import postgres_url
from tests.e2e.botprocess import BotProcess
from tests.e2e.delivery import (
    copies,
    delivered,
    open_chats,
    seed_reminders,
    statuses,
    wait_until_all_sent,
)

pytestmark = pytest.mark.e2e

SHORT_LEASE = {"OUTBOX_LEASE_SECONDS": "3"}  # the row in doubt comes back within seconds, not two minutes


async def wait_for(condition: Callable[[], bool], within: float, what: str) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.02)


async def test_a_bot_killed_while_sending_200_reminders_and_started_again_delivers_each_once(
    api: SandboxServer, client: Any, db_url: str, tmp_path: Path
) -> None:
    people = open_chats(api, 200)
    await seed_reminders(db_url, people)
    held = people[79]  # Telegram holds the 80th request until the bot is gone: it never takes it
    await client.add_fault("sendMessage", chat_id=held.chat_id, delay=60)
    first = BotProcess(api.url, db_url, tmp_path / "bot1.log", **SHORT_LEASE)
    await first.start(api)
    try:
        await wait_for(lambda: api.sandbox.stats.injected["delay"] == 1, 40, "the 80th reminder never went")
    finally:
        await first.kill()
    assert delivered(api) == 79
    assert sum(copies(api, people).values()) == 79

    second = BotProcess(api.url, db_url, tmp_path / "bot2.log", **SHORT_LEASE)
    await second.start(api)
    try:
        assert await wait_until_all_sent(db_url, 200, within=60) == {OutboxStatus.SENT: 200}
    finally:
        await second.stop()
    got = copies(api, people)
    assert [chat for chat, n in got.items() if n != 1] == []
    assert got[held.chat_id] == 1


async def test_a_clean_stop_while_sending_finishes_and_records_the_message_on_its_way(
    api: SandboxServer, client: Any, database_url: str, tmp_path: Path
) -> None:
    people = open_chats(api, 40)
    await seed_reminders(database_url, people)
    slow = people[19]  # Telegram takes two seconds over the 20th; the bot is told to stop meanwhile
    await client.add_fault("sendMessage", chat_id=slow.chat_id, delay=2)
    process = BotProcess(api.url, database_url, tmp_path / "bot.log")
    await process.start(api)
    await wait_for(lambda: api.sandbox.stats.injected["delay"] == 1, 40, "the 20th reminder never went")
    await process.stop()  # SIGTERM
    assert process.process is not None and process.process.returncode == 0
    assert delivered(api) == 20  # the one on its way arrived, and nothing was claimed after the signal
    assert await statuses(database_url) == {OutboxStatus.SENT: 20, OutboxStatus.PENDING: 20}
    assert "Traceback" not in (tmp_path / "bot.log").read_text()


@pytest.fixture
def answer_lost_for(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], None]:
    """Make the sandbox take the first sendMessage to `chat_id` (the person sees it) and then never answer,
    as when the bot dies between Telegram's answer and its own commit."""

    def arrange(chat_id: int) -> None:
        original = METHODS["sendmessage"]
        held: list[int] = []

        async def handler(sb: Any, params: Params) -> Any:
            result = await original.handler(sb, params)
            if int(params.raw("chat_id")) == chat_id and not held:
                held.append(chat_id)
                await asyncio.Event().wait()  # until the bot hangs up
            return result

        monkeypatch.setitem(METHODS, "sendmessage", Method(original.name, handler))

    return arrange


async def test_a_crash_between_telegrams_answer_and_the_commit_repeats_that_one_message_only(
    api: SandboxServer, database_url: str, tmp_path: Path, answer_lost_for: Callable[[int], None]
) -> None:
    people = open_chats(api, 20)
    await seed_reminders(database_url, people)
    in_doubt = people[9]
    answer_lost_for(in_doubt.chat_id)
    first = BotProcess(api.url, database_url, tmp_path / "bot1.log", **SHORT_LEASE)
    await first.start(api)
    try:
        await wait_for(lambda: copies(api, people)[in_doubt.chat_id] == 1, 30, "the 10th never arrived")
    finally:
        await first.kill()
    assert sum(copies(api, people).values()) == 10

    second = BotProcess(api.url, database_url, tmp_path / "bot2.log", **SHORT_LEASE)
    await second.start(api)
    try:
        assert await wait_until_all_sent(database_url, 20, within=60) == {OutboxStatus.SENT: 20}
    finally:
        await second.stop()
    got = copies(api, people)
    assert got[in_doubt.chat_id] == 2  # at least once: never lost, and repeated only in this window
    assert {n for chat, n in got.items() if chat != in_doubt.chat_id} == {1}


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    async for url in postgres_url():
        yield url


def sent_in_log(log: Path) -> int:
    """What a bot process says it delivered ("outbox: N sent" after each round of the sender)."""
    return sum(int(n) for n in re.findall(r"outbox: (\d+) sent", log.read_text()))


async def test_two_bot_processes_on_one_postgresql_deliver_every_row_once(
    api: SandboxServer, pg_url: str, tmp_path: Path
) -> None:
    people = open_chats(api, 400)
    engine = make_engine(pg_url)
    await upgrade_to_head(engine)  # before the bots start, so the two do not migrate at the same time
    await engine.dispose()
    logs = [tmp_path / "bot1.log", tmp_path / "bot2.log"]
    bots = [BotProcess(api.url, pg_url, log) for log in logs]
    try:
        for bot in bots:
            await bot.start(
                api
            )  # both long-poll one token: the sandbox answers one of them 409, like Telegram
        await seed_reminders(pg_url, people)
        assert await wait_until_all_sent(pg_url, 400, within=60) == {OutboxStatus.SENT: 400}
        await wait_for(lambda: sum(map(sent_in_log, logs)) >= 400, 10, "the bots did not report 400 sent")
        for bot in bots:
            assert bot.process is not None and bot.process.returncode is None  # a 409 is no reason to stop
    finally:
        for bot in bots:
            await bot.stop()
    got = copies(api, people)
    assert [chat for chat, n in got.items() if n != 1] == []
    shares = [sent_in_log(log) for log in logs]
    assert sum(shares) == 400 and min(shares) > 0, shares
