"""The database session of the update being handled, shared by the FSM storage, and its queued writes.

Domain changes and dialog state of one update then commit (or roll back) together, and SQLite
never waits on its own open write transaction.

A session made to defer its writes (the update's, `defer_writes`) keeps the writes given to
`Prepared.run_later` until `run_deferred`, which the update runs just before its commit: on SQLite its
transaction then starts writing, and holds the one turn to write, only at the end of the update.
Anything that reads such a write back in the same update runs `run_deferred` first.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

_DEFERRED = "mentorbot_deferred_writes"
_WROTE = "mentorbot_wrote"
Write = Callable[[AsyncSession], Awaitable[object]]

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


def defer_writes(session: AsyncSession) -> None:
    """From now on the session queues the writes given to `later` until `run_deferred`."""
    session.info[_DEFERRED] = []


async def later(session: AsyncSession, write: Write) -> None:
    """`write(session)` now, or just before the commit if the session defers its writes."""
    queued: list[Write] | None = session.info.get(_DEFERRED)
    if queued is None:
        await write(session)
    else:
        queued.append(write)


def has_deferred(session: AsyncSession) -> bool:
    """Whether writes wait in the session's queue."""
    return bool(session.info.get(_DEFERRED))


async def run_deferred(session: AsyncSession) -> None:
    """The queued writes, in the order they were given."""
    queued: list[Write] | None = session.info.get(_DEFERRED)
    while queued:
        await queued.pop(0)(session)


def mark_written(session: AsyncSession | Session) -> None:
    """The session's transaction has changed something (a statement that writes ran in it)."""
    session.info[_WROTE] = True


def has_written(session: AsyncSession) -> bool:
    """Whether the session's transaction changed something that is not committed yet: ORM flushes,
    statements that write, queued writes."""
    return bool(session.info.get(_WROTE)) or has_deferred(session)


@event.listens_for(Session, "after_flush")
def _flushed(session: Session, _flush: UOWTransaction) -> None:
    session.info[_WROTE] = True


@event.listens_for(Session, "do_orm_execute")
def _executed(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[_WROTE] = True


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_soft_rollback")
def _settled(session: Session, *_args: object) -> None:
    if not session.in_nested_transaction():  # a savepoint's end leaves the transaction's writes open
        session.info.pop(_WROTE, None)
