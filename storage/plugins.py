"""Where the bot's library patches (`bot/patches/`) plug a faster SQLite path into storage.

Storage runs on SQLAlchemy and aiosqlite as they ship. When `bot.patches.install()` has installed the
inline SQLite driver, `make_engine` gives SQLite engines its DBAPI module, and when it has installed
the direct statements, `storage/prepared.py` runs its statements through them. With the patches off
(`LIBRARY_PATCHES=off`) both stay `None` and nothing here changes what SQLAlchemy does.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql.expression import Executable


class Compiled(Protocol):
    """A statement compiled once; `runnable` is False when it needs SQLAlchemy at run time."""

    runnable: bool


@dataclass(frozen=True)
class InlineSQLite:
    """The inline SQLite driver: `dbapi(busy_timeout)` is the `module=` of an aiosqlite engine, and
    `is_inline(dbapi_connection)` tells its connections (which wait for other processes themselves)."""

    dbapi: Callable[[float], Any]
    is_inline: Callable[[Any], bool]


@dataclass(frozen=True)
class DirectStatements:
    """Statements compiled once and run straight on an inline connection."""

    compile: Callable[[Executable, Dialect, Sequence[str]], Compiled]
    connection: Callable[[AsyncConnection, Any], Any | None]  # the inline connection, if usable
    run: Callable[[Any, Any, Mapping[str, Any]], Awaitable[Any]]  # -> storage.prepared.Rows


inline_sqlite: InlineSQLite | None = None
direct_statements: DirectStatements | None = None
