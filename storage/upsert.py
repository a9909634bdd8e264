"""INSERT ... ON CONFLICT for both SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from storage.prepared import dialect_insert


def insert_for(session: AsyncSession, table: Any) -> Any:
    """The dialect's own `insert`, which has `on_conflict_do_update` / `on_conflict_do_nothing`."""
    return dialect_insert(session.get_bind().dialect.name, table)
