"""SQLite for SQLAlchemy's async engine, run in the event loop's own thread.

SQLAlchemy's aiosqlite adapter sends every step of a statement (make a cursor, execute, fetch the rows,
close) to aiosqlite's thread and waits for it. Each trip wakes that thread, hands the GIL over and wakes
the event loop again: far more CPU than SQLite spends on the bot's statements, which read or write a
few rows by key in tens of microseconds. Under load the trips also queue for the GIL behind the event
loop (benchmarks/NOTES.md, B1). Here the statement runs where it is asked for, in one go; aiosqlite
still opens and closes the connection.

SQLite lets one transaction write at a time. The connections of one engine take turns to write on an
asyncio lock (the engine's `Writer`), taken when a connection's first writing statement starts its
transaction and given back when it ends (commit, rollback, close). They queue there in order, and no
update waits while another holds the database. Reads (`SELECT`) never wait: with the write-ahead log
they read the last commit while someone writes.

Another process on the same file (a CLI command while the bot runs) is met by SQLite's busy state.
The connection's own busy handler is off (it would sleep in the event loop); a statement that finds the
database busy is tried again after an asynchronous pause, growing to 100 ms, until the busy timeout
has passed, and then fails as SQLite would ("database is locked"). A turn not had within the busy
timeout fails the same way.

A long statement (a weekly digest over years of diaries: tens of milliseconds) holds the event loop
while it runs; the bot's own statements take microseconds.

Replaces: SQLAlchemy's aiosqlite adapter's cursor and connection (subclasses that set and read its
private attributes: `_cursor`, `_connection`, `_rows`, `_execute_async`, aiosqlite's `_conn`).
Installed, `storage.make_engine` uses it for every `sqlite+aiosqlite` URL (`storage/plugins.py`).
Measured gain: see `benchmarks/NOTES.md`, "Patches kept" (B1 at 1,000 people, interleaved).
Upstream: SQLAlchemy's adapter is built for aiosqlite's thread by design; no issue to send.
"""

from __future__ import annotations

import asyncio
import collections
import sqlite3
import time
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

from storage import plugins

# description, rows, rowcount, lastrowid, and whether a transaction is open afterwards
_Outcome = tuple[Any, list[Any] | None, int, int | None, bool]

_BUSY_SNAPSHOT = 517  # SQLITE_BUSY_SNAPSHOT
_PAUSES = (0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1)  # between tries while another process writes


def _execute(connection: sqlite3.Connection, operation: str, parameters: Any) -> _Outcome:
    """The whole statement, cursor opened and closed.

    Python's sqlite3 begins a transaction only before a statement that writes, so a SAVEPOINT as the
    first writing statement would start one of its own, and its RELEASE would commit it there and then
    (SQLAlchemy's "pysqlite savepoint" caveat). The transaction is begun first instead: the savepoint
    then lives inside it, and its writes commit or roll back with the rest of the update."""
    if not connection.in_transaction and operation.lstrip()[:9].upper() == "SAVEPOINT":
        connection.execute("BEGIN")
    cursor = connection.cursor()
    try:
        if parameters is None:
            cursor.execute(operation)
        else:
            cursor.execute(operation, parameters)
        description = cursor.description
        rows = cursor.fetchall() if description else None
        return description, rows, cursor.rowcount, cursor.lastrowid, connection.in_transaction
    finally:
        cursor.close()


def _executemany(connection: sqlite3.Connection, operation: str, parameters: Sequence[Any]) -> _Outcome:
    cursor = connection.cursor()
    try:
        cursor.executemany(operation, parameters)
        return cursor.description, None, cursor.rowcount, cursor.lastrowid, connection.in_transaction
    finally:
        cursor.close()


def _reads_only(operation: str) -> bool:
    """A SELECT, or a connection's PRAGMA: it never starts a transaction, so it needs no turn to write."""
    return operation.lstrip()[:6].upper() in ("SELECT", "PRAGMA")


def _busy(error: sqlite3.OperationalError) -> bool:
    """Busy because another connection holds a lock: worth trying again (not an old snapshot, which
    stays old)."""
    code = getattr(error, "sqlite_errorcode", 0)
    return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and code != _BUSY_SNAPSHOT


class Writer:
    """The turn to write, shared by an engine's connections: one writing transaction at a time."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._lock = asyncio.Lock()
        self._waiting = 0

    async def take(self) -> None:
        if not self._lock.locked() and not self._waiting:  # free: taken at once, no task to time a wait
            await self._lock.acquire()
            return
        self._waiting += 1
        try:
            await asyncio.wait_for(self._lock.acquire(), self.timeout)
        except TimeoutError:
            raise sqlite3.OperationalError("database is locked") from None
        finally:
            self._waiting -= 1

    def give_back(self) -> None:
        self._lock.release()

    async def patiently(self, attempt: Callable[[], _Outcome]) -> _Outcome:
        """`attempt()`, tried again after a pause while another process keeps the database busy."""
        deadline = time.monotonic() + self.timeout
        tries = 0
        while True:
            try:
                return attempt()
            except sqlite3.OperationalError as error:
                if not _busy(error) or time.monotonic() >= deadline:
                    raise
            await asyncio.sleep(_PAUSES[min(tries, len(_PAUSES) - 1)])
            tries += 1


class InlineCursor(AsyncAdapt_aiosqlite_cursor):
    """A client-side cursor whose statement runs at once in the event loop's thread."""

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

    async def _run(self, statement: Callable[..., _Outcome], operation: Any, parameters: Any) -> None:
        adapted = cast(InlineConnection, self._adapt_connection)
        sqlite = cast(aiosqlite.Connection, self._connection)._conn
        took_turn = not adapted.writing and not _reads_only(operation)
        if took_turn:
            await adapted.take_turn()
        try:
            outcome = statement(sqlite, operation, parameters)
        except sqlite3.OperationalError as error:
            if not _busy(error):
                raise
            outcome = await adapted.writer.patiently(lambda: statement(sqlite, operation, parameters))
        finally:
            if took_turn and not sqlite.in_transaction:  # it wrote without a transaction, or failed
                adapted.end_turn()
        self._description, rows, self._rowcount, self._lastrowid, _ = outcome
        self._rows = collections.deque(rows) if rows is not None else collections.deque()

    async def _execute_async(self, operation: Any, parameters: Any) -> Any:
        await self._run(_execute, operation, parameters)

    async def _executemany_async(self, operation: Any, seq_of_parameters: Any) -> Any:
        await self._run(_executemany, operation, seq_of_parameters)

    async def _async_soft_close(self) -> None:
        return None  # nothing is open: the cursor was closed with its statement

    def close(self) -> None:
        self._rows.clear()


class InlineConnection(AsyncAdapt_aiosqlite_connection):
    """A connection with the inline cursor that takes the engine's turn to write for a transaction."""

    __slots__ = ("writer", "writing")
    _cursor_cls = InlineCursor  # type: ignore[assignment]  # a subclass of the one it replaces

    def __init__(self, dbapi: Any, connection: Any, writer: Writer) -> None:
        super().__init__(dbapi, connection)
        self.writer = writer
        self.writing = False

    async def take_turn(self) -> None:
        await self.writer.take()
        self.writing = True

    def end_turn(self) -> None:
        if self.writing:
            self.writing = False
            self.writer.give_back()

    def _sqlite(self) -> sqlite3.Connection | None:
        opened = cast(aiosqlite.Connection, self._connection)
        return opened._conn if opened._connection is not None else None

    def commit(self) -> None:
        sqlite = self._sqlite()
        if sqlite is not None:
            try:
                sqlite.commit()
            except Exception as error:
                self._handle_exception(error)  # the turn stays until the rollback that follows
        self.end_turn()

    def rollback(self) -> None:
        sqlite = self._sqlite()
        try:
            if sqlite is not None:
                sqlite.rollback()
        except Exception as error:
            self._handle_exception(error)
        finally:
            self.end_turn()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.end_turn()


class InlineDbapi(AsyncAdapt_aiosqlite_dbapi):
    """SQLAlchemy's aiosqlite DBAPI shim, handing out connections with the inline cursor and one turn
    to write shared by all of them."""

    def __init__(self, aiosqlite: ModuleType, sqlite: ModuleType, writer: Writer) -> None:
        super().__init__(aiosqlite, sqlite)
        self.writer = writer

    def connect(self, *arg: Any, **kw: Any) -> InlineConnection:
        kw["check_same_thread"] = False  # opened in aiosqlite's thread, used in the event loop's
        adapted = super().connect(*arg, **kw)
        return InlineConnection(self, adapted._connection, self.writer)


def is_inline(dbapi_connection: Any) -> bool:
    return isinstance(dbapi_connection, InlineConnection)


def install() -> None:
    """From now on storage's SQLite engines use this driver."""
    plugins.inline_sqlite = plugins.InlineSQLite(dbapi=dbapi, is_inline=is_inline)


def dbapi(busy_timeout: float) -> InlineDbapi:
    """The `module=` for `create_async_engine` on a `sqlite+aiosqlite` URL; a writer waits for its turn,
    and a statement for another process, at most `busy_timeout` seconds."""
    sqlite: ModuleType = sqlite3
    return InlineDbapi(aiosqlite, sqlite, Writer(busy_timeout))
