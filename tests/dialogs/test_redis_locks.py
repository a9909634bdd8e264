"""Per-chat locks in Redis: one left by a process that died stops blocking within seconds, and one held
by an update that runs long is kept for it."""

from __future__ import annotations

import asyncio
import time

from aiogram.fsm.storage.base import StorageKey
from aiogram.fsm.storage.redis import RedisStorage

from bot.update.redis_state import LOCK_SECONDS, Isolation

KEY = StorageKey(bot_id=42, chat_id=7, user_id=7)


async def test_a_lock_left_by_a_dead_process_stops_blocking_within_its_short_life(
    redis_storage: RedisStorage,
):
    isolation = Isolation(redis_storage.redis, redis_storage.key_builder)
    # what a process killed while handling this chat's update leaves behind: its lock, never released
    name = redis_storage.key_builder.build(KEY, "lock")
    await redis_storage.redis.set(name, "token-of-a-dead-process", px=int(LOCK_SECONDS * 1000))
    started = time.monotonic()
    async with isolation.lock(KEY):
        waited = time.monotonic() - started
    assert waited <= LOCK_SECONDS + 1  # aiogram's own lock would have blocked for 60 s
    assert await redis_storage.redis.exists(name) == 0  # given back


async def test_a_long_update_keeps_its_lock_past_the_locks_life(redis_storage: RedisStorage):
    isolation = Isolation(redis_storage.redis, redis_storage.key_builder, lock_seconds=0.6)
    order: list[str] = []

    async def long_update() -> None:
        async with isolation.lock(KEY):
            order.append("long starts")
            await asyncio.sleep(2.0)  # more than three times the lock's life
            order.append("long ends")

    async def next_update() -> None:
        await asyncio.sleep(0.2)
        async with isolation.lock(KEY):
            order.append("next runs")

    await asyncio.gather(long_update(), next_update())
    assert order == ["long starts", "long ends", "next runs"]
