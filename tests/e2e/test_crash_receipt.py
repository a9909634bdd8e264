"""Nothing lost when a process dies: two webhook processes on one PostgreSQL behind a round-robin proxy,
one killed in the middle of a burst with answers on their way. Telegram had its 200 for every update, so
only the inbox keeps them: the surviving process takes over what the dead one held, and each person is
answered exactly once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from sandbox.client import SandboxClient
from sandbox.server import SandboxServer
from storage.db import make_engine
from storage.migrate import upgrade_to_head
from tests.databases import postgres_url
from tests.e2e.botprocess import BotProcess, Phone, inbox_count
from tests.e2e.forwarder import Forwarder, free_port

pytestmark = pytest.mark.e2e
SECRET = "crash-receipt-secret"
HELP = "/menu – your main menu"
PEOPLE = 80


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    async for url in postgres_url():
        yield url


async def wait_for_log(log: Path, text: str, within: float = 30) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not (log.exists() and text in log.read_text()):  # noqa: ASYNC240 (a small test log)
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"{text!r} not in {log}")
        await asyncio.sleep(0.05)


async def help_answers(person: Phone) -> int:
    return sum(1 for m in await person.messages() if m["from"] == "bot" and HELP in str(m["text"]))


async def test_a_webhook_process_killed_in_a_burst_loses_no_update(
    api: SandboxServer, client: SandboxClient, pg_url: str, tmp_path: Path
) -> None:
    engine = make_engine(pg_url)
    await upgrade_to_head(engine)  # before the bots start, so the two do not migrate at the same time
    await engine.dispose()
    ports = [free_port(), free_port()]
    async with Forwarder(ports) as proxy:
        bots = [
            BotProcess(
                api.url,
                pg_url,
                tmp_path / f"bot{n}.log",
                WEBHOOK_URL=proxy.url,
                WEBHOOK_SECRET=SECRET,
                WEBHOOK_HOST="127.0.0.1",
                WEBHOOK_PORT=str(port),
                INBOX_LEASE_SECONDS="6",
            )
            for n, port in enumerate(ports)
        ]
        doomed = bots[0]
        try:
            for n, bot in enumerate(bots):
                await bot.start(api)
                await wait_for_log(tmp_path / f"bot{n}.log", "webhook set to")
            people = [Phone(client, (await client.create_persona(f"Pupil {n}"))["id"]) for n in range(PEOPLE)]
            # answers take a while, so the kill finds them all on their way (none in the moment between
            # Telegram's answer and the commit, where a crash can repeat an answer)
            await client.add_fault("sendMessage", delay=12, count=10 * PEOPLE)
            for person in people:
                await client.send_text(person.chat_id, "/help")
            for _ in range(400):  # until every update was delivered (each got its 200)
                if not (await client.pending_updates())["pending"]:
                    break
                await asyncio.sleep(0.05)
            assert not (await client.pending_updates())["pending"]
            await doomed.kill()
            assert proxy.forwarded[ports[0]] >= PEOPLE // 4  # the dead one had its share in hand
            await client.clear_faults()
            for person in people:
                await person.wait_text(HELP, wait=40)
            await asyncio.sleep(2)  # a second answer would come now
            counts = [await help_answers(person) for person in people]
            assert [n for n in counts if n != 1] == []
            assert await inbox_count(pg_url) == 0
            assert "taken over from the inbox" in (tmp_path / "bot1.log").read_text()
        finally:
            for bot in bots:
                await bot.stop()
