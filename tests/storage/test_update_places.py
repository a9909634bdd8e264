"""On SQLite a few updates are handled at once, each on a connection of its own; the rest wait their
turn in order. A finished update hands its connection to the next one waiting, clean, and an idle bot
holds no connection."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiogram.types import Update
from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.settings import SQLITE_PLACES
from bot.update.session import Places, SessionMiddleware
from storage.db import make_session_factory
from storage.models import FsmRecord
from storage.timeutil import utcnow


def checked_out(engine: AsyncEngine) -> int:
    return engine.sync_engine.pool.checkedout()  # type: ignore[attr-defined,no-any-return]


async def test_a_few_updates_at_once_and_the_rest_in_the_order_they_came(sqlite_engine: AsyncEngine) -> None:
    places = Places(sqlite_engine, 4)
    entered: list[int] = []
    go_on = asyncio.Event()

    async def update(number: int) -> None:
        async with places.connection():
            entered.append(number)
            await go_on.wait()

    updates = [asyncio.create_task(update(number)) for number in range(7)]
    try:
        await asyncio.sleep(0.05)
        assert sorted(entered) == [0, 1, 2, 3]  # at once (in the order their connections opened)
    finally:
        go_on.set()
        await asyncio.gather(*updates)
    assert entered[4:] == [4, 5, 6]


async def test_connections_are_handed_on_under_load_and_all_given_back_when_idle(
    sqlite_engine: AsyncEngine,
) -> None:
    places = Places(sqlite_engine, 4)
    used: list[AsyncConnection] = []

    async def update() -> None:
        async with places.connection() as connection:
            used.append(connection)
            await asyncio.sleep(0.01)

    await asyncio.gather(*(update() for _ in range(12)))
    assert len(used) == 12
    assert len({id(connection) for connection in used}) == 4  # four opened, each handed on twice
    assert checked_out(sqlite_engine) == 0


def an_update(number: int) -> Update:
    return Update(update_id=number)


async def test_after_a_failed_update_the_next_one_gets_a_clean_connection_and_its_writes_stand(
    sqlite_engine: AsyncEngine,
) -> None:
    factory = make_session_factory(sqlite_engine)
    middleware = SessionMiddleware(factory)
    assert middleware.places is not None
    binds: list[Any] = []
    first_wrote = asyncio.Event()

    async def failing(_event: Any, data: dict[str, Any]) -> None:
        session = data["session"]
        binds.append(session.bind)
        await session.execute(insert(FsmRecord).values(key="failed", updated_at=utcnow()))
        first_wrote.set()
        await asyncio.sleep(0.05)  # the others queue up meanwhile
        raise RuntimeError("the handler broke")

    async def writing(_event: Any, data: dict[str, Any]) -> None:
        session = data["session"]
        binds.append(session.bind)
        await session.execute(insert(FsmRecord).values(key=f"kept {len(binds)}", updated_at=utcnow()))
        await session.commit()

    async def first() -> None:
        with pytest.raises(RuntimeError):
            await middleware(failing, an_update(1), {})

    others = [middleware(writing, an_update(number), {}) for number in range(2, 2 + SQLITE_PLACES)]
    starting = asyncio.create_task(first())
    await first_wrote.wait()
    await asyncio.gather(starting, *others)

    assert binds[0] in binds[1:]  # the failed update's connection was handed on
    async with factory() as session:
        keys = set(await session.scalars(select(FsmRecord.key)))
    assert keys == {f"kept {number}" for number in range(2, 2 + SQLITE_PLACES)}
    assert checked_out(sqlite_engine) == 0


async def test_a_connection_kept_for_an_update_that_gave_up_waiting_goes_back_at_shutdown(
    sqlite_engine: AsyncEngine,
) -> None:
    places = Places(sqlite_engine, 1)
    holding = asyncio.Event()
    go_on = asyncio.Event()

    async def holder() -> None:
        async with places.connection():
            holding.set()
            await go_on.wait()

    async def waiter() -> None:
        async with places.connection():
            pass

    held = asyncio.create_task(holder())
    await holding.wait()
    gave_up = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    go_on.set()
    await asyncio.sleep(0)  # the holder finishes while the waiter still counts as waiting
    gave_up.cancel()
    await asyncio.gather(held, gave_up, return_exceptions=True)
    assert checked_out(sqlite_engine) == 1  # kept for the waiter that is gone

    middleware = SessionMiddleware(make_session_factory(sqlite_engine))
    middleware.places = places
    await middleware.close()
    assert checked_out(sqlite_engine) == 0
