"""Prepared statements compiled once and run straight on the inline SQLite connection.

SQLAlchemy's `AsyncConnection.execute` costs about 35 us around a statement that SQLite runs in a few:
a greenlet to enter the sync layer, the statement's cache key and cache lookup, an execution context,
a cursor wrapper and a result object. For the few statements every update runs (`storage/prepared.py`)
that is most of their cost (benchmarks/NOTES.md, B1, eighth round). Here such a statement is compiled
by SQLAlchemy once (per set of parameter names), and run as SQLAlchemy would run it:

- its parameters are SQLAlchemy's own (`construct_params`: given values, and the values the statement
  holds itself), turned into SQLite's by the types' own bind processors, in the compiled order;
- its rows come back through the types' own result processors (dates, enums, booleans), as tuples
  that also answer to the column names (`row.role`);
- it runs on the connection's inline cursor (`bot/patches/sqlite_inline.py`), so it takes the turn to write
  like any other statement, in the transaction SQLAlchemy began;
- a DBAPI error is raised as SQLAlchemy's own (`IntegrityError`, `OperationalError`, ...).

Only where nothing else needs to see the statement: with a listener on the engine's statement events
(the tests' and B3's statement counts) or the engine's echo, SQLAlchemy runs it. Statements that need
more of SQLAlchemy at run time (IN lists expanded per call, defaults computed in Python, anything but
SQLite's positional parameters) are left to it as well.

Replaces: SQLAlchemy's execution of these statements; reads the compiled statement's private
`_bind_processors` and `_result_columns`, a type's `_cached_result_processor` and the connection's
`_has_events` / `_echo`. Needs the inline SQLite driver (installed only after it).
Measured gain: see `benchmarks/NOTES.md`, "Patches kept".
"""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import exc
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement
from sqlalchemy.sql.expression import Executable

from bot.patches.sqlite_inline import InlineConnection, InlineCursor
from storage import plugins
from storage.prepared import Rows

Processor = Callable[[Any], Any] | None


class Compiled:
    """A statement compiled for SQLite with one set of parameter names; `runnable` is False when it needs
    SQLAlchemy at run time."""

    def __init__(self, statement: Executable, dialect: Dialect, names: Sequence[str]) -> None:
        compiled = cast(
            SQLCompiler, cast(ClauseElement, statement).compile(dialect=dialect, column_keys=list(names))
        )
        self._compiled = compiled
        self.sql = compiled.string
        self.runnable = (
            dialect.name == "sqlite"
            and compiled.positional
            and compiled.positiontup is not None
            and not compiled.insert_prefetch
            and not compiled.update_prefetch
            and not compiled.literal_execute_params
            and not compiled.post_compile_params
            and not any(bind.expanding for bind in compiled.binds.values())
        )
        if not self.runnable:
            return
        processors = compiled._bind_processors
        self._order = [(name, cast(Processor, processors.get(name))) for name in compiled.positiontup or ()]
        columns = compiled._result_columns or []
        self._results: list[Processor] = [
            column.type._cached_result_processor(dialect, None) for column in columns
        ]
        self._convert = any(self._results)
        self._row: Any = (
            namedtuple("Row", [column.keyname for column in columns], rename=True) if columns else None
        )  # type: ignore[misc]

    def parameters(self, given: Mapping[str, Any]) -> tuple[Any, ...]:
        values = self._compiled.construct_params(given, escape_names=False)
        return tuple(value(values[name]) if value else values[name] for name, value in self._order)

    def rows(self, fetched: Sequence[Sequence[Any]]) -> list[Any]:
        make = self._row
        if make is None:
            return []
        if not self._convert:
            return [make._make(row) for row in fetched]
        results = self._results
        return [
            make._make(
                [convert(value) if convert else value for convert, value in zip(results, row, strict=True)]
            )
            for row in fetched
        ]


def inline_connection(connection: AsyncConnection, raw: Any) -> InlineConnection | None:
    """The inline SQLite connection under `connection` (its pooled DBAPI connection `raw`), if statements
    may run on it directly: no one listens to the engine's statements and it does not echo them."""
    sync = connection.sync_connection
    if sync is None or sync._has_events or sync.engine._has_events or sync._echo:
        return None
    dbapi = getattr(raw, "dbapi_connection", None)
    return dbapi if isinstance(dbapi, InlineConnection) else None


async def run_inline(inline: InlineConnection, compiled: Compiled, given: Mapping[str, Any]) -> Rows:
    """The statement, run on the inline connection in its current transaction."""
    parameters = compiled.parameters(given)
    cursor = InlineCursor(inline)
    try:
        await cursor._execute_async(compiled.sql, parameters)
    except sqlite3.Error as error:
        raise exc.DBAPIError.instance(compiled.sql, parameters, error, sqlite3.Error) from error
    return Rows(compiled.rows(cursor._rows), cursor._rowcount)


def install() -> None:
    """From now on storage's prepared statements run directly on inline SQLite connections."""
    plugins.direct_statements = plugins.DirectStatements(
        compile=Compiled, connection=inline_connection, run=run_inline
    )
