"""The engine and session factory, with SQLite set up for a bot (WAL, foreign keys, busy timeout)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from storage import plugins

SQLITE_BUSY_TIMEOUT_MS = 5000


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # the inline driver waits for another process itself, without holding the event loop
    inline = plugins.inline_sqlite is not None and plugins.inline_sqlite.is_inline(dbapi_connection)
    busy_timeout = 0 if inline else SQLITE_BUSY_TIMEOUT_MS
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA secure_delete=ON")  # what is deleted is overwritten, not left in free pages
    cursor.close()


def _begin_before_savepoint(
    connection: Any, cursor: Any, statement: str, _parameters: Any, _context: Any, _many: bool
) -> None:
    """Python's sqlite3 begins a transaction only before a statement that writes, so a SAVEPOINT as a
    transaction's first writing statement would start one of its own, and its RELEASE would commit it
    there and then (SQLAlchemy's "pysqlite savepoint" caveat): a flow's first write made in a savepoint
    would be kept even if the update then failed. The transaction is begun first instead."""
    if statement[:9].upper() == "SAVEPOINT" and not connection.connection.driver_connection.in_transaction:
        cursor.execute("BEGIN")


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """An async engine for `url`; creates the SQLite file's folder when needed."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        inline = plugins.inline_sqlite if parsed.get_driver_name() == "aiosqlite" else None
        if inline is not None:
            kwargs.setdefault("module", inline.dbapi(SQLITE_BUSY_TIMEOUT_MS / 1000))
        engine = create_async_engine(url, **kwargs)
        event.listen(engine.sync_engine, "connect", _set_sqlite_pragmas)
        if "module" not in kwargs:  # the inline driver begins the transaction itself
            event.listen(engine.sync_engine, "before_cursor_execute", _begin_before_savepoint)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    # SQLAlchemy's 5 + 10 for the updates handled at once (UPDATES_AT_ONCE, 15), and 5 more so that
    # receiving updates, the inbox's keeper and the outbox sender never wait behind them
    kwargs.setdefault("max_overflow", 15)
    return create_async_engine(url, **kwargs)


def make_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


def is_postgres(engine: AsyncEngine) -> bool:
    return engine.dialect.name == "postgresql"
