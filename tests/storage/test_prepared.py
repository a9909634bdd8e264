"""Prepared statements run in the session's own transaction, one after another, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from storage.db import make_session_factory
from storage.prepared import transaction_connection
from storage.repo import updates

BOT = 42
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


async def test_a_rolled_back_update_leaves_no_claim_and_the_next_one_is_kept(engine: AsyncEngine) -> None:
    factory = make_session_factory(engine)
    async with factory() as session:
        assert await updates.claim(session, BOT, 1, NOW)
        assert await updates.handled(session, BOT, 1)  # the same transaction sees its own claim
        await session.rollback()

        assert not await updates.handled(session, BOT, 1)  # the claim went with the rollback
        assert await updates.claim(session, BOT, 2, NOW)  # a new transaction, on the same session
        await session.commit()

        assert not await updates.claim(session, BOT, 2, NOW)  # after the commit: already handled
        await session.commit()

    async with factory() as other:
        assert await updates.handled(other, BOT, 2)
        assert not await updates.handled(other, BOT, 1)


async def test_the_connection_is_looked_up_once_per_transaction(engine: AsyncEngine) -> None:
    async with make_session_factory(engine)() as session:
        asked = 0
        original = AsyncSession.connection

        async def counted(self: AsyncSession, *args: object, **kwargs: object) -> object:
            nonlocal asked
            asked += 1
            return await original(self, *args, **kwargs)

        session.connection = counted.__get__(session)  # type: ignore[method-assign]
        first = await transaction_connection(session)
        for update_id in range(3):
            await updates.claim(session, BOT, update_id, NOW)
        assert asked == 1 and await transaction_connection(session) is first
        await session.commit()

        await updates.claim(session, BOT, 10, NOW)
        assert asked == 2  # a new transaction, a new lookup
        second = await transaction_connection(session)
        assert second.sync_connection is session.sync_session.connection()
        await session.rollback()
        assert not await updates.handled(session, BOT, 10)
        assert asked == 3
