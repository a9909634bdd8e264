"""SQLite through the one-trip cursor: rows, counts, new ids, batches and errors as with aiosqlite's own."""

from __future__ import annotations

from unittest.mock import patch

import aiosqlite
import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import make_session_factory
from storage.models import FsmRecord, Organisation
from storage.sqlite_driver import OneTripCursor
from storage.timeutil import utcnow


async def test_rows_counts_ids_and_batches(sqlite_engine: AsyncEngine) -> None:
    async with make_session_factory(sqlite_engine)() as session:
        now = utcnow()
        await session.execute(  # a batch: executemany
            insert(FsmRecord), [{"key": f"k{n}", "data": f"d{n}", "updated_at": now} for n in range(5)]
        )
        organisation = Organisation(name="School")
        session.add(organisation)
        await session.flush()  # the new id comes from the cursor's lastrowid
        assert organisation.id is not None

        changed = await session.execute(update(FsmRecord).where(FsmRecord.key < "k3").values(state="S"))
        assert changed.rowcount == 3  # type: ignore[attr-defined]
        rows = (await session.execute(select(FsmRecord.key, FsmRecord.state).order_by(FsmRecord.key))).all()
        assert rows == [("k0", "S"), ("k1", "S"), ("k2", "S"), ("k3", None), ("k4", None)]
        await session.commit()

    async with make_session_factory(sqlite_engine)() as session:
        assert await session.scalar(select(func.count()).select_from(FsmRecord)) == 5
        assert await session.get(Organisation, organisation.id) is not None


async def test_a_failed_statement_raises_and_the_session_goes_on(sqlite_engine: AsyncEngine) -> None:
    async with make_session_factory(sqlite_engine)() as session:
        await session.execute(insert(FsmRecord).values(key="same", updated_at=utcnow()))
        with pytest.raises(IntegrityError):
            await session.execute(insert(FsmRecord).values(key="same", updated_at=utcnow()))
        await session.rollback()
        await session.execute(insert(FsmRecord).values(key="other", updated_at=utcnow()))
        await session.commit()
        assert await session.scalar(select(FsmRecord.key)) == "other"


async def test_a_statement_is_one_trip_to_the_sqlite_thread(sqlite_engine: AsyncEngine) -> None:
    async with make_session_factory(sqlite_engine)() as session:
        await session.execute(select(1))  # the connection and its transaction are set up
        real = aiosqlite.Connection._execute
        trips = 0

        async def counted(self: aiosqlite.Connection, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
            nonlocal trips
            trips += 1
            return await real(self, fn, *args, **kwargs)

        with patch.object(aiosqlite.Connection, "_execute", counted):
            rows = (await session.execute(select(FsmRecord.key).where(FsmRecord.key == "none"))).all()
        assert rows == [] and trips == 1  # aiosqlite's own cursor takes four: cursor, execute, fetch, close
        connection = await session.connection()
        raw = await connection.get_raw_connection()
        assert raw.driver_connection is not None
        assert raw.dbapi_connection._cursor_cls is OneTripCursor  # type: ignore[union-attr]
