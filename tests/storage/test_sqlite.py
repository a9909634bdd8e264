"""SQLite, with the inline driver or aiosqlite as it ships: rows, counts, new ids, batches and errors, and a
savepoint that rolls back with its transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import make_session_factory
from storage.models import FsmRecord, Organisation
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


async def test_a_savepoint_first_in_a_transaction_rolls_back_with_it(sqlite_engine: AsyncEngine) -> None:
    """A savepoint as the transaction's first write (a programme's name checked for uniqueness) stays
    inside the transaction: rolling the transaction back takes its rows too."""
    async with make_session_factory(sqlite_engine)() as session:
        await session.execute(select(func.count()).select_from(Organisation))  # reads begin nothing
        async with session.begin_nested():
            session.add(Organisation(name="Kept only if committed"))
            await session.flush()
        await session.rollback()
    async with make_session_factory(sqlite_engine)() as session:
        assert await session.scalar(select(func.count()).select_from(Organisation)) == 0
