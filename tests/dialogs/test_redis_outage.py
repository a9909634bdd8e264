"""REDIS_URL: when Redis goes away while the bot runs, a person who writes is told to try again in a
moment (never silence), and once Redis is back the bot answers as usual. A real redis-server of the test's
own, on a free port, is killed and started again."""

from __future__ import annotations

import asyncio
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator

import pytest
from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

from bot.app import i18n_core, make_dispatcher, make_storage
from bot.settings import Settings
from dialogs.context import DialogConfig
from tests.harness import Harness, coordinator_invite, join

TRY_AGAIN = i18n_core().get("error-generic", "en")  # "… try again in a moment."


class RedisServer:
    """`redis-server` on a port of its own, without persistence, that the test can kill and start again."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        options = ["--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(
            ["redis-server", *options],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        probe = Redis(port=self.port, socket_connect_timeout=0.2)
        deadline = time.monotonic() + 10
        while True:
            try:
                probe.ping()
                break
            except RedisConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
            finally:
                probe.close()

    def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        self.process.wait(10)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    server = RedisServer(free_port())
    server.start()
    yield server
    if server.process is not None and server.process.poll() is None:
        server.kill()


async def test_with_redis_gone_the_person_is_told_to_try_again_and_answered_once_it_is_back(
    session_factory, redis_server
):
    code = await coordinator_invite(session_factory)
    settings = Settings(redis_url=redis_server.url, _env_file=None)  # type: ignore[call-arg]
    storage, isolation = make_storage(settings, session_factory)  # as a bot with REDIS_URL has them
    h = Harness(session_factory, storage=storage)
    h.dp = make_dispatcher(
        session_factory=session_factory,
        storage=storage,
        events_isolation=isolation,
        dialog_config=DialogConfig(invite_ttl_days=14, default_timezone="Europe/Sofia"),
        message_manager=h.windows,
    )
    try:
        async with h:
            ana = h.person(6101, "Ana")
            await join(h, ana, code)
            assert "Main menu" in h.screen(6101)
            shown = len(h.windows.sent_messages)

            redis_server.kill()
            started = time.monotonic()
            await asyncio.wait_for(ana.send("/menu"), 30)
            assert h.last_reply(6101) == TRY_AGAIN  # told, not left in silence
            assert time.monotonic() - started < 15  # after redis-py's retries, not never
            assert len(h.windows.sent_messages) == shown  # nothing else happened

            redis_server.start()
            await ana.send("/menu")
            assert "Main menu" in h.screen(6101)
            assert len(h.windows.sent_messages) > shown
    finally:
        await storage.close()
