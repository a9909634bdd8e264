"""The webhook's side of durable receipt (`bot/update/inbox.py`): 200 only once the update is stored."""

from __future__ import annotations

import asyncio
import logging

from aiogram import Bot, Dispatcher
from aiogram.types import Update
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web

from bot.update.inbox import Inbox, feed
from storage.repo import inbox

log = logging.getLogger(__name__)


class WebhookReceipt(SimpleRequestHandler):
    """aiogram's webhook handler, answering 200 only once the update is stored; it is then handled in
    the background like aiogram's `handle_in_background`."""

    def __init__(self, dispatcher: Dispatcher, bot: Bot, box: Inbox, secret_token: str) -> None:
        super().__init__(dispatcher=dispatcher, bot=bot, secret_token=secret_token)
        self.box = box
        self.tasks: set[asyncio.Task[None]] = set()

    async def handle(self, request: web.Request) -> web.Response:
        bot = await self.resolve_bot(request)
        if not self.verify_secret(request.headers.get("X-Telegram-Bot-Api-Secret-Token", ""), bot):
            return web.Response(body="Unauthorized", status=401)
        body = await request.text()
        try:
            update = Update.model_validate_json(body, context={"bot": bot})
        except ValueError:
            return web.Response(body="Bad Request", status=400)
        try:
            await self.box.receive([inbox.Received(update.update_id, body)])
        except Exception:
            log.exception("update %s could not be stored; Telegram will deliver it again", update.update_id)
            return web.Response(body="Service Unavailable", status=503)
        task = asyncio.create_task(self._handle(bot, update))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return web.json_response({})

    async def _handle(self, bot: Bot, update: Update) -> None:
        async with self.box.places:  # each update handled holds a database connection
            await feed(self.dispatcher, bot, update)
