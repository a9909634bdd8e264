"""Many rows of one table at once: for seeding benchmark databases, never for what the bot does.

Rows are plain dicts keyed by column name, with their ids given, so a seeder can refer to rows it has
not inserted yet and the database need not hand ids back (PostgreSQL's id sequences stay where they
were: a database seeded this way is for reading)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, insert, text
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Base

ROWS_PER_STATEMENT = 5_000  # one executemany each; keeps the driver's buffers small


async def insert_rows(session: AsyncSession, model: type[Base], rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert the rows into the model's table (the caller commits)."""
    table = cast(Table, model.__table__)  # Core, not the ORM's bulk path: the rows are ready as they are
    for start in range(0, len(rows), ROWS_PER_STATEMENT):
        await session.execute(insert(table), list(rows[start : start + ROWS_PER_STATEMENT]))


async def refresh_statistics(session: AsyncSession) -> None:
    """What autovacuum would do soon after a bulk load on PostgreSQL: gather the planner's statistics, so
    a benchmark reads a freshly seeded database as a long-running one would be read. (SQLite: nothing,
    as the bot never runs ANALYZE there.)"""
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(text("ANALYZE"))
