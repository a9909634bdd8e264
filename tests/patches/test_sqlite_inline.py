"""The inline SQLite driver (bot/patches/sqlite_inline.py): statements run in the event loop's thread, one
writer at a time, and another process's lock waited for without holding the loop."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from unittest.mock import patch

import aiosqlite
import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from bot import patches
from bot.patches.sqlite_inline import InlineCursor, dbapi
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade_to_head
from storage.models import FsmRecord, Organisation
from storage.timeutil import utcnow
from tests.databases import sqlite_url

pytestmark = pytest.mark.skipif(
    not patches.installed("sqlite_inline"), reason="LIBRARY_PATCHES left out sqlite_inline"
)


async def test_statements_and_commits_never_go_to_the_sqlite_thread(sqlite_engine: AsyncEngine) -> None:
    async with make_session_factory(sqlite_engine)() as session:
        await session.execute(select(1))  # the connection is open (aiosqlite's thread opened it)
        real = aiosqlite.Connection._execute
        trips = 0

        async def counted(self: aiosqlite.Connection, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
            nonlocal trips
            trips += 1
            return await real(self, fn, *args, **kwargs)

        with patch.object(aiosqlite.Connection, "_execute", counted):
            rows = (await session.execute(select(FsmRecord.key).where(FsmRecord.key == "none"))).all()
            await session.execute(insert(FsmRecord).values(key="k", updated_at=utcnow()))
            await session.commit()
        assert rows == [] and trips == 0  # aiosqlite's own cursor takes four trips a statement
        connection = await session.connection()
        raw = await connection.get_raw_connection()
        assert raw.dbapi_connection._cursor_cls is InlineCursor  # type: ignore[union-attr]


async def _write(session: AsyncSession, key: str) -> None:
    await session.execute(insert(FsmRecord).values(key=key, updated_at=utcnow()))


async def test_writers_take_turns_and_readers_do_not_wait(sqlite_engine: AsyncEngine) -> None:
    """Two updates writing at once: the second waits for the first's commit (no "database is locked",
    no busy sleeping), and reads go on meanwhile, seeing the last commit."""
    factory = make_session_factory(sqlite_engine)
    async with factory() as first, factory() as second, factory() as reader:
        await _write(first, "first")  # the first holds the turn until it commits
        waiting = asyncio.ensure_future(_write(second, "second"))
        await asyncio.sleep(0.05)
        assert not waiting.done()
        assert await reader.scalar(select(func.count()).select_from(FsmRecord)) == 0  # a read goes on
        await first.commit()
        await asyncio.wait_for(waiting, 1)
        await second.commit()
    async with factory() as session:
        assert set(await session.scalars(select(FsmRecord.key))) == {"first", "second"}


async def test_the_turn_comes_back_after_a_rollback_and_a_failed_statement(
    sqlite_engine: AsyncEngine,
) -> None:
    factory = make_session_factory(sqlite_engine)
    async with factory() as session:
        await _write(session, "rolled back")
        await session.rollback()
        with pytest.raises(IntegrityError):  # fails outside any transaction: no turn kept
            await session.execute(insert(Organisation).values(name=None))
        await session.rollback()
    async with factory() as other:
        await asyncio.wait_for(_write(other, "after"), 1)
        await other.commit()
        assert await other.scalar(select(FsmRecord.key)) == "after"


async def test_a_writer_that_never_gets_the_turn_fails_as_sqlite_would(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path), module=dbapi(busy_timeout=0.2))
    try:
        await upgrade_to_head(engine)
        factory = make_session_factory(engine)
        async with factory() as holder, factory() as late:
            await _write(holder, "held")
            with pytest.raises(OperationalError, match="database is locked"):
                await _write(late, "late")
    finally:
        await engine.dispose()


async def test_another_process_writing_is_waited_for_without_holding_the_event_loop(
    sqlite_engine: AsyncEngine, tmp_path: Path
) -> None:
    """A CLI command writing while the bot runs: the bot's write waits (asynchronously) and then goes in."""
    other = sqlite3.connect(tmp_path / "mentorbot.sqlite3", isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another connection holds the write lock
    ticks = 0

    async def ticking() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    ticker = asyncio.ensure_future(ticking())
    asyncio.get_running_loop().call_later(0.3, other.execute, "COMMIT")
    try:
        async with make_session_factory(sqlite_engine)() as session:
            await _write(session, "after the other")
            await session.commit()
    finally:
        ticker.cancel()
        other.close()
    assert ticks >= 10  # the event loop ran on while the write waited about 0.3 s
    async with make_session_factory(sqlite_engine)() as session:
        assert await session.scalar(select(FsmRecord.key)) == "after the other"
