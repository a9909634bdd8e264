"""What B5 stands on: the sandbox posting webhooks as Telegram does (several at once, each chat in order)
and the round-robin forwarder in a process of its own."""

from __future__ import annotations

import asyncio
import socket
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from benchmarks.contenders import forwarding
from sandbox.server import SandboxServer
from sandbox.webhook import WebhookConfig

Handler = Callable[[web.Request], Awaitable[web.Response]]


class Receiver:
    """A tiny webhook endpoint on a free loopback port."""

    def __init__(self, handler: Handler) -> None:
        self.app = web.Application()
        self.app.router.add_post("/hook", handler)
        self.runner = web.AppRunner(self.app, handle_signals=False, shutdown_timeout=0.5)
        self.port = 0

    async def __aenter__(self) -> Receiver:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        await self.runner.setup()
        await web.SockSite(self.runner, sock).start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.runner.cleanup()


@pytest.fixture
async def parallel() -> AsyncIterator[SandboxServer]:
    async with SandboxServer("123456:parallel", rate_limit=None, webhook_parallel=True) as server:
        yield server


async def test_updates_go_several_at_once_and_each_chats_in_order(parallel: SandboxServer) -> None:
    on_way: set[int] = set()
    most = 0
    seen: dict[int, list[str]] = defaultdict(list)
    overlapped_in_a_chat = False
    failed_once = False

    async def handle(request: web.Request) -> web.Response:
        nonlocal most, overlapped_in_a_chat, failed_once
        message = (await request.json())["message"]
        chat = message["chat"]["id"]
        overlapped_in_a_chat |= chat in on_way
        on_way.add(chat)
        most = max(most, len(on_way))
        await asyncio.sleep(0.05)
        on_way.discard(chat)
        if not failed_once and message["text"] == "0-0":  # the first chat's first update fails once
            failed_once = True
            return web.Response(status=500)
        seen[chat].append(message["text"])
        return web.Response(status=200)

    sandbox = parallel.sandbox
    async with Receiver(handle) as receiver:
        chats = [sandbox.world.add_persona(f"Person {n}") for n in range(5)]
        for step in range(3):
            for number, chat in enumerate(chats):
                sandbox.persona_sends(chat, text=f"{number}-{step}")
        sandbox.webhook.set(WebhookConfig(f"http://127.0.0.1:{receiver.port}/hook", max_connections=3))
        for _ in range(200):
            if not sandbox.updates.pending:
                break
            await asyncio.sleep(0.05)
    assert not sandbox.updates.pending
    assert [seen[chat.id] for chat in chats] == [[f"{n}-{s}" for s in range(3)] for n in range(5)]
    assert most == 3  # up to max_connections at once
    assert not overlapped_in_a_chat
    assert failed_once and sandbox.webhook.stats.failed == 1


async def test_the_forwarder_process_takes_turns_over_the_backends(tmp_path: Path) -> None:
    counts: dict[str, int] = defaultdict(int)

    def counting(name: str) -> Handler:
        async def handle(request: web.Request) -> web.Response:
            counts[name] += 1
            return web.json_response({"ok": True, "to": name})

        return handle

    async with (
        Receiver(counting("first")) as first,
        Receiver(counting("second")) as second,
        forwarding([first.port, second.port], tmp_path / "forwarder.log") as url,
        aiohttp.ClientSession() as http,
    ):
        answers = []
        for _ in range(4):
            async with http.post(f"{url}/hook", json={"update_id": 1}) as answer:
                answers.append((answer.status, (await answer.json())["to"]))
    assert answers == [(200, "first"), (200, "second"), (200, "first"), (200, "second")]
    assert counts == {"first": 2, "second": 2}
