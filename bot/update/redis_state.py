"""Dialog state and per-chat locks in Redis (REDIS_URL), and what the bot does while Redis is away.

redis-py tries a command again when its connection drops or times out: `RETRIES` times, after pauses
that grow (with jitter) from `BACKOFF_BASE` to `BACKOFF_CAP` seconds, about five seconds at most in
all. A Redis restart or a short network cut then goes unnoticed. An update that still finds Redis gone
fails with `StateUnavailable`, a ConnectionError: the errors router logs one line and tells the person to
try again in a moment (`bot/handlers/errors.py`), and the bot goes on taking updates, so the first one
after Redis is back is handled as usual. The bot never waits answering nobody.

A per-chat lock lasts `LOCK_SECONDS` and is renewed every third of that while its update runs, so a
lock left by a process that died (`kill -9`) stops blocking that chat within `LOCK_SECONDS` (aiogram's
own lasts 60 seconds). One that cannot be given back (Redis went away while the update ran) is left to
expire the same way instead of failing an update that was handled.

`mentorbot run` PINGs Redis before it starts (`bot/startup_errors.py`): Redis missing then stops it
with one line naming REDIS_URL.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, Awaitable, Mapping
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from aiogram.fsm.storage.base import KeyBuilder, StateType, StorageKey
from aiogram.fsm.storage.redis import RedisEventIsolation, RedisStorage
from redis.asyncio import Redis
from redis.asyncio.lock import Lock
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import LockError, RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger(__name__)

RETRIES = 5
BACKOFF_BASE = 0.1  # seconds: the pauses double from here ...
BACKOFF_CAP = 2.0  # ... up to this
CONNECT_TIMEOUT = 2.0  # seconds for a connection to open
COMMAND_TIMEOUT = 5.0  # seconds for an answer (the bot's commands are single keys)
LOCK_SECONDS = 5.0  # a per-chat lock's life, renewed while its update runs

T = TypeVar("T")


class StateUnavailable(ConnectionError):
    """Redis did not answer, even after redis-py's retries."""


def client(url: str) -> Redis:
    """A Redis client that rides out a short outage (see the module's text)."""
    return Redis.from_url(
        url,
        retry=Retry(ExponentialWithJitterBackoff(base=BACKOFF_BASE, cap=BACKOFF_CAP), RETRIES),
        retry_on_error=[RedisConnectionError, RedisTimeoutError],
        socket_connect_timeout=CONNECT_TIMEOUT,
        socket_timeout=COMMAND_TIMEOUT,
    )


async def _guarded(call: Awaitable[T]) -> T:
    try:
        return await call
    except (RedisConnectionError, RedisTimeoutError) as exc:
        raise StateUnavailable(f"Redis did not answer: {exc}") from exc


class Storage(RedisStorage):
    """aiogram's RedisStorage; Redis not answering is `StateUnavailable`."""

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        await _guarded(super().set_state(key, state))

    async def get_state(self, key: StorageKey) -> str | None:
        return await _guarded(super().get_state(key))

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        await _guarded(super().set_data(key, data))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        return await _guarded(super().get_data(key))


class Isolation(RedisEventIsolation):
    """aiogram's per-chat Redis lock, short-lived and renewed while held (see the module's text); Redis
    not answering when it is taken is `StateUnavailable`, and a lock that cannot be given back is left
    to expire."""

    def __init__(self, redis: Redis, key_builder: KeyBuilder, lock_seconds: float = LOCK_SECONDS) -> None:
        super().__init__(redis, key_builder=key_builder, lock_kwargs={"timeout": lock_seconds})
        self.lock_seconds = lock_seconds

    @asynccontextmanager
    async def lock(self, key: StorageKey) -> AsyncGenerator[None, None]:
        held = self.redis.lock(name=self.key_builder.build(key, "lock"), **self.lock_kwargs)
        if not await _guarded(held.acquire()):
            raise LockError("Unable to acquire lock within the time specified")  # as redis-py's own
        renewing = asyncio.create_task(self._renew(held))
        try:
            yield None
        finally:
            renewing.cancel()
            try:
                await held.release()
            except RedisError as exc:
                log.warning("a chat's lock in Redis could not be released (%s); it expires by itself", exc)

    async def _renew(self, held: Lock) -> None:
        """Give the lock its full life again every third of it, while its update runs."""
        while True:
            await asyncio.sleep(self.lock_seconds / 3)
            try:
                await held.reacquire()
            except RedisError as exc:  # Redis away, or the lock lost: it expires by itself
                log.warning("a chat's lock in Redis could not be renewed (%s)", exc)
                return


def make(url: str, key_builder: KeyBuilder) -> tuple[Storage, Isolation]:
    """The storage and the lock of a bot with REDIS_URL, on one client."""
    storage = Storage(client(url), key_builder=key_builder)
    return storage, Isolation(storage.redis, key_builder=key_builder)
