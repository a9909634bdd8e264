"""Statements that every update runs, built once per SQL dialect and run as plain Core.

Building a statement (`select(...).where(...)`, `insert(...).values(...)`) costs SQLAlchemy about as much
CPU as running it, and an ORM session adds its own layer on top of the connection. For the handful of
statements that run on every update (the update's claim, the dialog state, the actor) the statement is
built once, with bind parameters where values go, and run on the session's connection (the same
transaction). docs/update-path.md has the rule for when to use one; benchmarks/NOTES.md the figures.

`run` is for statements on tables nobody changes through the ORM in the same update: the ORM does not
flush its pending changes before these. `read` flushes them first.

With the library patches installed (`storage/plugins.py`), on the inline SQLite connection a statement
is compiled once per set of parameter names and run there directly (`bot/patches/sqlite_statements.py`);
elsewhere (PostgreSQL, the patches off, or someone listening to the engine's statements) SQLAlchemy
runs it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from sqlalchemy import Executable
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from storage import plugins
from storage.unit_of_work import later, mark_written


def dialect_insert(dialect: str, table: Any) -> Any:
    """The dialect's own `insert`, which has `on_conflict_do_update` / `on_conflict_do_nothing`."""
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"upsert is not written for {dialect}")


_CONNECTION = "prepared.connection"


class Rows:
    """What a prepared statement's callers read of its result: the rows, or how many rows it changed."""

    __slots__ = ("_rows", "rowcount")

    def __init__(self, rows: list[Any], rowcount: int) -> None:
        self._rows = rows
        self.rowcount = rowcount

    def all(self) -> list[Any]:
        return self._rows

    def first(self) -> Any:
        return self._rows[0] if self._rows else None

    def __iter__(self) -> Iterator[Any]:
        return iter(self._rows)


async def transaction_connection(session: AsyncSession) -> AsyncConnection:
    """`session.connection()`, asked of SQLAlchemy once per transaction: each time it is asked, it
    starts a greenlet to look up the connection the transaction already holds (about 15 us, six times
    an update)."""
    return (await _transaction_connections(session))[0]


async def _transaction_connections(session: AsyncSession) -> tuple[AsyncConnection, Any | None]:
    """The transaction's connection, and the inline SQLite connection under it if statements may run
    there directly."""
    transaction = session.sync_session.get_transaction()
    kept: tuple[Any, AsyncConnection, Any | None] | None = session.info.get(_CONNECTION)
    if kept is not None and transaction is not None and kept[0] is transaction and transaction.is_active:
        return kept[1], kept[2]
    connection = await session.connection()
    inline = None
    direct = plugins.direct_statements
    if direct is not None and connection.dialect.name == "sqlite":
        inline = direct.connection(connection, await connection.get_raw_connection())
    session.info[_CONNECTION] = (session.sync_session.get_transaction(), connection, inline)
    return connection, inline


class Prepared:
    """A statement built by `build(dialect name)` the first time a session of that dialect runs it."""

    def __init__(self, build: Callable[[str], Executable]) -> None:
        self._build = build
        self._built: dict[str, Executable] = {}
        self._compiled: dict[tuple[str, ...], plugins.Compiled] = {}  # direct ones, by parameter names

    def writes(self, session: AsyncSession) -> bool:
        """Whether the statement changes rows (an INSERT, UPDATE or DELETE)."""
        return bool(getattr(self.statement(session), "is_dml", False))

    def statement(self, session: AsyncSession) -> Executable:
        dialect = session.get_bind().dialect.name
        built = self._built.get(dialect)
        if built is None:
            built = self._built[dialect] = self._build(dialect)
        return built

    async def run(self, session: AsyncSession, parameters: Mapping[str, Any]) -> Rows:
        """Run it in the session's transaction, with these values for its parameters."""
        connection, inline = await _transaction_connections(session)
        if self.writes(session):
            mark_written(session)
        direct = plugins.direct_statements
        if inline is not None and direct is not None:
            names = tuple(parameters)
            compiled = self._compiled.get(names)
            if compiled is None:
                compiled = self._compiled[names] = direct.compile(
                    self.statement(session), connection.dialect, names
                )
            if compiled.runnable:
                rows: Rows = await direct.run(inline, compiled, parameters)
                return rows
        result = await connection.execute(self.statement(session), parameters)
        return Rows(list(result) if result.returns_rows else [], result.rowcount)

    async def read(self, session: AsyncSession, parameters: Mapping[str, Any]) -> Rows:
        """`run` for a query on tables the ORM also writes: the session's pending changes are flushed
        first, as the session's own queries do."""
        if session.new or session.dirty or session.deleted:
            await session.flush()
        return await self.run(session, parameters)

    async def run_later(self, session: AsyncSession, parameters: Mapping[str, Any]) -> None:
        """A write nothing reads back before the commit: run now, or at the end of the update
        (`storage/unit_of_work.py`)."""
        frozen = dict(parameters)

        async def write(deferred: AsyncSession) -> None:
            await self.run(deferred, frozen)

        await later(session, write)
