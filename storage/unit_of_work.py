"""The database session of the update being handled, shared by the FSM storage.

Domain changes and dialog state of one update then commit (or roll back) together, and SQLite
never waits on its own open write transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy.ext.asyncio import AsyncSession

_current: ContextVar[AsyncSession | None] = ContextVar("mentorbot_update_session", default=None)


def current_session() -> AsyncSession | None:
    return _current.get()


@contextmanager
def bound(session: AsyncSession) -> Iterator[AsyncSession]:
    token = _current.set(session)
    try:
        yield session
    finally:
        _current.reset(token)
