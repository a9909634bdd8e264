"""Webhook delivery: POST pending updates to the bot in order, retrying until it answers 200.

One at a time by default. With `parallel`, as Telegram does: up to the webhook's `max_connections` at
once, and one at a time per chat, so each chat's updates still arrive in order (benchmark B5 spreads
them over several bot processes).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp

from sandbox.observe import Observer
from sandbox.params import Params, Upload
from sandbox.updates import Update, UpdateQueue

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ReplyHandler = Callable[[Params], Awaitable[None]]


@dataclass
class WebhookConfig:
    url: str
    secret_token: str | None = None
    max_connections: int = 40
    ip_address: str | None = None


@dataclass
class DeliveryStats:
    delivered: int = 0
    failed: int = 0


class WebhookDelivery:
    """Background task that pushes the update queue to the configured webhook."""

    def __init__(
        self,
        queue: UpdateQueue,
        *,
        retry_delay: float = 0.5,
        max_retry_delay: float = 5.0,
        request_timeout: float = 15.0,
        clock: Callable[[], float],
        on_reply: ReplyHandler | None = None,
        parallel: bool = False,
        observer: Callable[[], Observer | None] = lambda: None,
    ) -> None:
        self.queue = queue
        self.parallel = parallel
        self.observer = observer  # the sandbox's observer, told when an update is handed to the bot
        self.config: WebhookConfig | None = None
        self.retry_delay = retry_delay
        self.max_retry_delay = max_retry_delay
        self.request_timeout = request_timeout
        self.clock = clock
        self.on_reply = on_reply
        self.stats = DeliveryStats()
        self.last_error_date: int | None = None
        self.last_error_message: str | None = None
        self._task: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None
        self._on_way: dict[int, asyncio.Task[None]] = {}  # parallel: the update on its way, by chat
        self._failures: dict[int, int] = {}  # parallel: failed attempts, by update id

    def set(self, config: WebhookConfig | None) -> None:
        self.config = config
        self.last_error_date = self.last_error_message = None
        self.queue.changes.notify()

    def info(self) -> dict[str, Any]:
        """The WebhookInfo object."""
        config = self.config
        body: dict[str, Any] = {
            "url": config.url if config else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.queue.pending),
        }
        if config is not None:
            body["max_connections"] = config.max_connections
            if config.ip_address:
                body["ip_address"] = config.ip_address
            if self.queue.allowed is not None:
                body["allowed_updates"] = sorted(self.queue.allowed)
        if self.last_error_date is not None:
            body["last_error_date"] = self.last_error_date
            body["last_error_message"] = self.last_error_message
        return body

    async def start(self) -> None:
        self._session = aiohttp.ClientSession()
        run = self._run_parallel() if self.parallel else self._run()
        self._task = asyncio.create_task(run, name="sandbox-webhook-delivery")

    async def stop(self) -> None:
        for task in [self._task, *self._on_way.values()]:
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        if self._session is not None:
            await self._session.close()

    async def _run(self) -> None:
        failures = 0
        while True:
            await self.queue.changes.wait_for(self._has_work, 3600)
            config = self.config
            if config is None or not self.queue.pending:
                continue
            update = self.queue.pending[0]
            if await self._deliver(config, update):
                failures = 0
                self.queue.remove(update)
                continue
            failures += 1
            await asyncio.sleep(min(self.retry_delay * 2 ** (failures - 1), self.max_retry_delay))

    def _has_work(self) -> bool:
        return self.config is not None and bool(self.queue.pending)

    async def _run_parallel(self) -> None:
        while True:
            await self.queue.changes.wait_for(lambda: bool(self._startable()), 3600)
            config = self.config
            assert config is not None
            for update in self._startable():
                chat = chat_of(update)
                self._on_way[chat] = asyncio.create_task(self._deliver_one(config, update, chat))

    def _startable(self) -> list[Update]:
        """The first pending update of each chat that has none on its way, up to max_connections."""
        config = self.config
        if config is None:
            return []
        room = config.max_connections - len(self._on_way)
        found: list[Update] = []
        seen: set[int] = set()
        for update in self.queue.pending:
            if room <= 0:
                break
            chat = chat_of(update)
            if chat in seen:
                continue
            seen.add(chat)
            if chat not in self._on_way:
                found.append(update)
                room -= 1
        return found

    async def _deliver_one(self, config: WebhookConfig, update: Update, chat: int) -> None:
        try:
            if await self._deliver(config, update):
                self._failures.pop(update["update_id"], None)
                self.queue.remove(update)
            else:  # this chat waits; the others go on
                key = update["update_id"]
                failures = self._failures[key] = self._failures.get(key, 0) + 1
                await asyncio.sleep(min(self.retry_delay * 2 ** (failures - 1), self.max_retry_delay))
        finally:
            del self._on_way[chat]
            self.queue.changes.notify()

    async def _deliver(self, config: WebhookConfig, update: Update) -> bool:
        assert self._session is not None
        headers = {SECRET_HEADER: config.secret_token} if config.secret_token else {}
        observer = self.observer()
        if observer is not None:
            observer.handed_out([update])
        try:
            async with self._session.post(
                config.url,
                json=update,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.request_timeout),
            ) as response:
                if response.status != 200:
                    status = f"{response.status} {response.reason}"
                    return self._failed(f"Wrong response from the webhook: {status}")
                reply = await read_reply(response)
        except (aiohttp.ClientError, TimeoutError) as error:
            return self._failed(f"Connection failed: {type(error).__name__}")
        self.stats.delivered += 1
        if reply is not None and self.on_reply is not None:
            try:
                await self.on_reply(reply)
            except Exception:  # Telegram never reports the result of a webhook reply
                log.debug("webhook reply failed", exc_info=True)
        return True

    def _failed(self, message: str) -> bool:
        self.stats.failed += 1
        self.last_error_date = int(self.clock())
        self.last_error_message = message
        return False


def chat_of(update: Update) -> int:
    """The chat an update belongs to (its sender's for a button press); an update of no chat is its own."""
    for kind, payload in update.items():
        if kind == "update_id" or not isinstance(payload, dict):
            continue
        for holder in (payload, payload.get("message")):
            if isinstance(holder, dict) and isinstance(holder.get("chat"), dict) and "id" in holder["chat"]:
                return int(holder["chat"]["id"])
        sender = payload.get("from")
        if isinstance(sender, dict) and "id" in sender:
            return int(sender["id"])
    return -int(update["update_id"])


async def read_reply(response: aiohttp.ClientResponse) -> Params | None:
    """A method call the bot put in its answer to a webhook request, as JSON or multipart form data."""
    if response.content_type.startswith("multipart/"):
        params = Params()
        async for part in aiohttp.MultipartReader.from_response(response):
            if not isinstance(part, aiohttp.BodyPartReader) or part.name is None:
                continue
            if part.filename:
                content_type = part.headers.get(aiohttp.hdrs.CONTENT_TYPE)
                params.uploads[part.name] = Upload(part.filename, content_type, bytes(await part.read()))
            else:
                params.values[part.name] = await part.text()
    else:
        try:
            payload = json.loads(await response.read() or b"null")
        except ValueError:
            return None
        if not isinstance(payload, dict):
            return None
        params = Params(values=payload)
    return params if isinstance(params.values.get("method"), str) else None
