"""Webhooks: delivery with the secret header, retries until 200, replies in the response, 409 on polling."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramBadRequest, TelegramConflictError
from aiogram.types import Message, Update
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web

from sandbox.client import SandboxClient
from sandbox.server import SandboxServer

Receiver = Callable[[web.Request], Awaitable[web.StreamResponse]]
Requests = asyncio.Queue[tuple[dict[str, Any], str | None]]


class WebhookReceiver:
    """A tiny web server standing in for the bot's webhook endpoint."""

    def __init__(self, handler: Receiver) -> None:
        self.app = web.Application()
        self.app.router.add_post("/hook", handler)
        self.runner = web.AppRunner(self.app, handle_signals=False, shutdown_timeout=0.5)
        self.url = ""

    async def __aenter__(self) -> WebhookReceiver:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        await self.runner.setup()
        await web.SockSite(self.runner, sock).start()
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}/hook"
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.runner.cleanup()


@pytest.fixture
async def recorded() -> AsyncIterator[tuple[WebhookReceiver, Requests]]:
    """A receiver that answers 500 to the first request and 200 after, recording each request."""
    requests: Requests = asyncio.Queue()
    seen = 0

    async def handle(request: web.Request) -> web.Response:
        nonlocal seen
        seen += 1
        await requests.put((await request.json(), request.headers.get("X-Telegram-Bot-Api-Secret-Token")))
        return web.Response(status=500 if seen == 1 else 200)

    async with WebhookReceiver(handle) as receiver:
        yield receiver, requests


async def test_webhook_delivery_with_secret_and_retries(
    server: SandboxServer,
    bot: Bot,
    client: SandboxClient,
    recorded: tuple[WebhookReceiver, Requests],
) -> None:
    receiver, requests = recorded
    persona = await client.create_persona("Ada")
    assert await bot.set_webhook(receiver.url, secret_token="s3cr3t-Token_1")
    await client.send_text(persona["id"], "/start")

    first, secret = await asyncio.wait_for(requests.get(), 5)
    retried, secret_again = await asyncio.wait_for(requests.get(), 5)
    assert secret == secret_again == "s3cr3t-Token_1"
    assert first == retried  # the same update again after a 500
    update = Update.model_validate(first)
    assert update.message is not None and update.message.text == "/start"
    queue = server.sandbox.updates
    assert await queue.changes.wait_for(lambda: not queue.pending, 5)  # the 200 confirmed it

    info = await bot.get_webhook_info()
    assert info.url == receiver.url
    assert info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"
    stats = await client.stats()
    assert stats["webhook"] == {"delivered": 1, "failed": 1}
    assert info.pending_update_count == 0

    with pytest.raises(TelegramConflictError, match="can't use getUpdates method while webhook is active"):
        await bot.get_updates(timeout=0)
    with pytest.raises(TelegramBadRequest, match="secret token contains unallowed characters"):
        await bot.set_webhook(receiver.url, secret_token="not allowed!")
    assert await bot.delete_webhook()
    assert (await bot.get_webhook_info()).url == ""
    assert await bot.get_updates(timeout=0) == []


async def test_aiogram_webhook_handler_replies_in_the_response(server: SandboxServer, bot: Bot) -> None:
    dispatcher = Dispatcher()

    @dispatcher.message()
    async def echo(message: Message) -> Any:
        return message.answer(f"echo: {message.text}")  # a method returned here goes back in the response

    handler = SimpleRequestHandler(dispatcher, bot, handle_in_background=False, secret_token="hook-secret")
    async with WebhookReceiver(handler.handle) as receiver, SandboxClient(server.url) as client:
        persona = await client.create_persona("Ada")
        await bot.set_webhook(receiver.url, secret_token="hook-secret")
        said = await client.send_text(persona["id"], "hi there")
        reply = await client.wait_for_bot_message(persona["id"], after=said["message"]["message_id"], wait=5)
    assert reply["text"] == "echo: hi there"
    assert server.sandbox.webhook.stats.failed == 0


async def test_setting_a_webhook_ends_a_waiting_poll(server: SandboxServer, bot: Bot) -> None:
    queue = server.sandbox.updates
    poll = asyncio.create_task(bot.get_updates(timeout=20))
    assert await queue.changes.wait_for(lambda: queue.waiting_polls == 1, 5)
    await bot.set_webhook("http://127.0.0.1:9/hook", drop_pending_updates=True)
    with pytest.raises(TelegramConflictError):
        await asyncio.wait_for(poll, 5)
