"""Fixtures shared by every suite."""

from __future__ import annotations

from bot import patches

patches.install()  # as `python -m bot` does, before anything imports aiogram (LIBRARY_PATCHES applies)

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiogram.fsm.storage.base import DefaultKeyBuilder
from aiogram.fsm.storage.redis import RedisStorage
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade_to_head
from tests.databases import REDIS_URL, postgres_url, sqlite_url


@pytest.fixture(params=["sqlite", "postgresql"])
async def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """Each storage test runs twice: on a SQLite file and on the real PostgreSQL server."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
    else:
        async for url in postgres_url():
            yield url


@pytest.fixture
async def engine(db_url: str) -> AsyncIterator[AsyncEngine]:
    engine = make_engine(db_url)
    await upgrade_to_head(engine)
    yield engine
    await engine.dispose()


@pytest.fixture
async def sqlite_engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = make_engine(sqlite_url(tmp_path))
    await upgrade_to_head(engine)
    yield engine
    await engine.dispose()


@pytest.fixture
def session_factory(sqlite_engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return make_session_factory(sqlite_engine)


@pytest.fixture
async def redis_storage() -> AsyncIterator[RedisStorage]:
    """The FSM storage on the Redis server at 127.0.0.1:6379 under a key prefix of its own."""
    prefix = f"mentorbot-test-{uuid.uuid4().hex[:8]}"
    builder = DefaultKeyBuilder(prefix=prefix, with_destiny=True, with_bot_id=True)
    storage = RedisStorage.from_url(REDIS_URL, key_builder=builder)
    try:
        await storage.redis.ping()
    except Exception as exc:
        await storage.close()
        pytest.skip(f"Redis at {REDIS_URL} is not reachable: {exc!r}")
    yield storage
    keys = [key async for key in storage.redis.scan_iter(f"{prefix}:*")]
    if keys:
        await storage.redis.delete(*keys)
    await storage.close()


pytest_plugins = ["tests.sandbox_fixtures"]  # the sandbox server and its client, for every suite
