"""Prepared statements run straight on the inline SQLite connection give what SQLAlchemy gives, take the
turn to write like any other statement, and stand aside when someone listens to the engine."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import bindparam, event, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import make_session_factory
from storage.models import Membership, Organisation, Person, Role
from storage.prepared import Prepared, dialect_insert
from storage.repo import updates

NOW = datetime(2026, 11, 24, 9, 30, 15, 123456, tzinfo=UTC)

_MEMBERS = Prepared(
    lambda _dialect: (
        select(Person.id, Person.name, Person.reachable, Person.created_at, Membership.role, Person.locale)
        .join(Membership, Membership.person_id == Person.id)
        .where(Person.telegram_id == bindparam("telegram_id"), Person.name != "nobody")  # a value of its own
        .order_by(Membership.id)
    )
)
_ADD_PERSON = Prepared(lambda dialect: dialect_insert(dialect, Person.__table__))
# Person has Python-side defaults (created_at, reachable): left out, SQLAlchemy has to compute them
_ADD_PERSON_WITH_DEFAULTS = Prepared(lambda _dialect: insert(Person.__table__))


class Seen:
    """The statements SQLAlchemy sent to the database."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.statements: list[str] = []
        event.listen(engine.sync_engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.statements.append(statement)


async def _seed(engine: AsyncEngine) -> None:
    async with make_session_factory(engine)() as session:
        organisation = Organisation(name="School", created_at=NOW)
        person = Person(telegram_id=501, name="Ana", locale=None, reachable=False, created_at=NOW)
        session.add_all([organisation, person])
        await session.flush()
        for role in (Role.MENTEE, Role.COORDINATOR):
            session.add(Membership(person_id=person.id, org_id=organisation.id, role=role, created_at=NOW))
        await session.commit()


async def _members(engine: AsyncEngine) -> list[Any]:
    async with make_session_factory(engine)() as session:
        return (await _MEMBERS.run(session, {"telegram_id": 501})).all()


async def test_rows_come_with_the_types_and_names_sqlalchemy_gives(sqlite_engine: AsyncEngine) -> None:
    await _seed(sqlite_engine)
    direct = await _members(sqlite_engine)

    seen = Seen(sqlite_engine)  # someone listens: SQLAlchemy runs the statement and they see it
    through_sqlalchemy = await _members(sqlite_engine)
    assert any("FROM people" in statement for statement in seen.statements)

    assert (
        direct
        == through_sqlalchemy
        == [
            (1, "Ana", False, NOW, Role.MENTEE, None),
            (1, "Ana", False, NOW, Role.COORDINATOR, None),
        ]
    )
    first = direct[0]
    assert first.role is Role.MENTEE and first.reachable is False and first.created_at.tzinfo is not None
    assert [row.role for row in direct] == [row.role for row in through_sqlalchemy]


async def test_nothing_is_run_past_a_listener_on_the_engine(sqlite_engine: AsyncEngine) -> None:
    seen = Seen(sqlite_engine)
    async with make_session_factory(sqlite_engine)() as session:
        for update_id in range(3):
            assert await updates.claim(session, 42, update_id, NOW)
        await session.commit()
    claims = [statement for statement in seen.statements if "processed_updates" in statement]
    assert len(claims) == 3


async def test_a_write_waits_for_the_turn_of_a_transaction_that_writes(sqlite_engine: AsyncEngine) -> None:
    factory = make_session_factory(sqlite_engine)
    async with factory() as first, factory() as second:
        assert await updates.claim(first, 42, 1, NOW)

        waiting = asyncio.create_task(updates.claim(second, 42, 2, NOW))
        await asyncio.sleep(0.05)
        assert not waiting.done()  # the first transaction has the turn to write

        await first.commit()
        assert await asyncio.wait_for(waiting, 2)
        await second.commit()
    async with factory() as session:
        assert await updates.handled(session, 42, 1) and await updates.handled(session, 42, 2)


async def test_a_broken_constraint_is_sqlalchemys_error_and_the_session_goes_on(
    sqlite_engine: AsyncEngine,
) -> None:
    await _seed(sqlite_engine)
    factory = make_session_factory(sqlite_engine)
    row = {"telegram_id": 501, "name": "Ana again", "reachable": True, "tips_seen": 0, "created_at": NOW}
    async with factory() as session:
        with pytest.raises(IntegrityError):
            await _ADD_PERSON.run(session, row)  # telegram_id is unique
        await session.rollback()

        await _ADD_PERSON.run(session, row | {"telegram_id": 502})
        await session.commit()
    async with factory() as session:
        assert await session.scalar(select(Person.name).where(Person.telegram_id == 502)) == "Ana again"


async def test_a_statement_that_needs_defaults_computed_is_left_to_sqlalchemy(engine: AsyncEngine) -> None:
    factory = make_session_factory(engine)
    async with factory() as session:
        result = await _ADD_PERSON_WITH_DEFAULTS.run(session, {"telegram_id": 503, "name": "Bo"})
        assert result.rowcount == 1
        await session.commit()
    async with factory() as session:
        person = await session.scalar(select(Person).where(Person.telegram_id == 503))
        assert person is not None and person.reachable is True and person.created_at is not None
