"""SQLite through aiosqlite, one trip to its thread per statement instead of four.

aiosqlite runs each SQLite connection in a thread of its own and SQLAlchemy's adapter asks that thread
for every step of a statement: make a cursor, execute, fetch the rows, close the cursor. Each trip wakes
the thread, passes the GIL over and wakes the event loop again. On a small server that costs about
0.4 ms of CPU a trip, so about 1.6 ms a statement, several times what SQLite spends on the statement
(benchmarks/NOTES.md, B1). The cursor here does all four steps in one trip and keeps what the caller
may ask for afterwards (the rows, description, rowcount, lastrowid).

Waiting for SQLite's write lock (its busy handler) still happens in aiosqlite's thread, never in the
event loop. `make_engine` uses this for every `sqlite+aiosqlite` URL; SQLAlchemy and aiosqlite are
pinned because this leans on `AsyncAdapt_aiosqlite_connection` and aiosqlite's `Connection._execute`.
"""

from __future__ import annotations

import collections
import sqlite3
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any, cast

import aiosqlite
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util import EMPTY_DICT

_Outcome = tuple[Any, list[Any] | None, int, int | None]


def _execute(connection: sqlite3.Connection, operation: str, parameters: Any) -> _Outcome:
    """In aiosqlite's thread: the whole statement, cursor opened and closed."""
    cursor = connection.cursor()
    try:
        if parameters is None:
            cursor.execute(operation)
        else:
            cursor.execute(operation, parameters)
        description = cursor.description
        rows = cursor.fetchall() if description else None
        return description, rows, cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()


def _executemany(connection: sqlite3.Connection, operation: str, parameters: Sequence[Any]) -> _Outcome:
    cursor = connection.cursor()
    try:
        cursor.executemany(operation, parameters)
        return cursor.description, None, cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()


class OneTripCursor(AsyncAdapt_aiosqlite_cursor):
    """A client-side cursor whose statement, rows and close take one trip to aiosqlite's thread."""

    __slots__ = ("_arraysize", "_description", "_lastrowid", "_rowcount")

    def __init__(self, adapt_connection: AsyncAdapt_aiosqlite_connection) -> None:
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._cursor = cast(Any, None)  # no aiosqlite cursor: each statement opens and closes its own
        self._soft_closed_memoized = EMPTY_DICT
        self._rows = collections.deque()
        self._description: Any = None
        self._rowcount = -1
        self._lastrowid: int | None = None
        self._arraysize = 1

    @property
    def description(self) -> Any:
        return self._description

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> Any:
        return self._lastrowid

    @property
    def arraysize(self) -> int:
        return self._arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._arraysize = value

    async def _trip(self, statement: Callable[..., _Outcome], operation: Any, parameters: Any) -> None:
        connection = cast(aiosqlite.Connection, self._connection)
        async with self._adapt_connection._execute_mutex:
            outcome = await connection._execute(statement, connection._conn, operation, parameters)
        self._description, rows, self._rowcount, self._lastrowid = outcome
        self._rows = collections.deque(rows) if rows is not None else collections.deque()

    async def _execute_async(self, operation: Any, parameters: Any) -> Any:
        await self._trip(_execute, operation, parameters)

    async def _executemany_async(self, operation: Any, seq_of_parameters: Any) -> Any:
        await self._trip(_executemany, operation, seq_of_parameters)

    async def _async_soft_close(self) -> None:
        return None  # nothing is open: the cursor was closed in the same trip

    def close(self) -> None:
        self._rows.clear()


class OneTripConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ()
    _cursor_cls = OneTripCursor  # type: ignore[assignment]  # a subclass of the one it replaces


class OneTripDbapi(AsyncAdapt_aiosqlite_dbapi):
    """SQLAlchemy's aiosqlite DBAPI shim, handing out connections with the one-trip cursor."""

    def connect(self, *arg: Any, **kw: Any) -> OneTripConnection:
        adapted = super().connect(*arg, **kw)
        return OneTripConnection(self, adapted._connection)


def dbapi() -> OneTripDbapi:
    """The `module=` for `create_async_engine` on a `sqlite+aiosqlite` URL."""
    sqlite: ModuleType = sqlite3
    return OneTripDbapi(aiosqlite, sqlite)
