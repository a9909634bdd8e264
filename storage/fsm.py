"""An aiogram FSM storage in the bot's own database, so dialog state survives a restart.

Within an update (a session bound by `storage/unit_of_work.py`) the storage keeps what it read and
wrote in the session, as the update's view of its records:

- a key is read from the database once per update; the keys given by `read_with` come in the same
  SELECT (aiogram's FSM reads the chat's state, then aiogram-dialog its stack: one statement);
- writes land in the view and go to the database once, at the end of the update (`later`), and only
  if the record changed: aiogram-dialog saves its stack after every update, mostly unchanged;
- a record left with neither state nor data is deleted, not kept empty (every dialog that closes
  leaves its context so).

A rollback drops the view, so what the update wrote and did not keep is read again. Without an update
session (start-up, the CLI) every call has a session of its own and writes at once.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import (
    BaseStorage,
    DefaultKeyBuilder,
    KeyBuilder,
    StateType,
    StorageKey,
)
from sqlalchemy import BindParameter, bindparam, delete, event, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session

from storage.models import FsmRecord
from storage.prepared import Prepared, dialect_insert
from storage.timeutil import utcnow
from storage.unit_of_work import current_session, later

Row = tuple[str | None, str | None]  # (state, data as JSON); None for a key with no record
Columns = dict[str, str | None]  # written without reading first: {"state": …} and/or {"data": …}

_TABLE = FsmRecord.__table__
_VIEW = "mentorbot_fsm_view"

_READS: dict[int, Prepared] = {}


def _read_of(count: int) -> Prepared:
    """SELECT of `count` records by key (`key_0`, `key_1`, ...): an update reads one to three at once, and
    a statement with a fixed list compiles once (an expanding IN is rendered again for every call)."""
    read = _READS.get(count)
    if read is None:
        keys: list[BindParameter[str]] = [bindparam(f"key_{index}") for index in range(count)]
        read = _READS[count] = Prepared(
            lambda _dialect: select(_TABLE.c.key, _TABLE.c.state, _TABLE.c.data).where(_TABLE.c.key.in_(keys))
        )
    return read


_DELETE = Prepared(lambda _dialect: delete(FsmRecord).where(_TABLE.c.key == bindparam("key")))
_DELETE_IF_EMPTY = Prepared(
    lambda _dialect: delete(FsmRecord).where(
        _TABLE.c.key == bindparam("key"), _TABLE.c.state.is_(None), _TABLE.c.data.is_(None)
    )
)


def _upsert_of(*columns: str) -> Prepared:
    """INSERT … ON CONFLICT (key) DO UPDATE of these columns and the time."""

    def build(dialect: str) -> Any:
        stmt = dialect_insert(dialect, _TABLE)
        changed = {column: stmt.excluded[column] for column in (*columns, "updated_at")}
        return stmt.on_conflict_do_update(index_elements=["key"], set_=changed)

    return Prepared(build)


_WRITE = {
    frozenset({"state"}): _upsert_of("state"),
    frozenset({"data"}): _upsert_of("data"),
    frozenset({"state", "data"}): _upsert_of("state", "data"),
}


@dataclass
class _View:
    """One update's records: as read (`stored`), as they are now (`now`, for keys read), and columns
    written to keys never read (`blind`). `dirty` keys are written at the next `flush`."""

    stored: dict[str, Row | None] = field(default_factory=dict)
    now: dict[str, Row | None] = field(default_factory=dict)
    blind: dict[str, Columns] = field(default_factory=dict)
    dirty: set[str] = field(default_factory=set)
    flush_queued: bool = False

    async def flush(self, session: AsyncSession) -> None:
        self.flush_queued = False
        dirty, self.dirty = self.dirty, set()
        now = utcnow()
        for key in sorted(dirty):  # one order for every update: no deadlock between two on PostgreSQL
            if key in self.now:
                await self._write_known(session, key, now)
            else:
                await self._write_blind(session, key, now)

    async def _write_known(self, session: AsyncSession, key: str, now: Any) -> None:
        row = self.now[key]
        if row == self.stored[key]:
            return
        if row is None:
            await _DELETE.run(session, {"key": key})
        else:
            parameters = {"key": key, "state": row[0], "data": row[1], "updated_at": now}
            await _WRITE[frozenset({"state", "data"})].run(session, parameters)
        self.stored[key] = row

    async def _write_blind(self, session: AsyncSession, key: str, now: Any) -> None:
        columns = self.blind.pop(key)
        await _WRITE[frozenset(columns)].run(session, {"key": key, **columns, "updated_at": now})
        if not any(columns.values()):  # maybe nothing left in the record
            await _DELETE_IF_EMPTY.run(session, {"key": key})


@event.listens_for(Session, "after_soft_rollback")
def _forget_view(session: Session, _previous_transaction: Any) -> None:
    session.info.pop(_VIEW, None)


class SQLStorage(BaseStorage):
    """State and data in the `fsm_records` table, one row per key (keys include the destiny).

    `read_with(key)` names keys that are read whenever `key` is (in the same statement).
    """

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        key_builder: KeyBuilder | None = None,
        read_with: Callable[[StorageKey], Sequence[StorageKey]] | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.key_builder = key_builder or DefaultKeyBuilder(with_destiny=True, with_bot_id=True)
        self.read_with = read_with

    @asynccontextmanager
    async def _view(self) -> AsyncIterator[tuple[AsyncSession, _View]]:
        """The update's session and view; outside an update a session of its own, written at the end."""
        shared = current_session()
        if shared is not None:
            view: _View | None = shared.info.get(_VIEW)
            if view is None:
                view = shared.info[_VIEW] = _View()
            yield shared, view
            return
        async with self.session_factory() as session:
            own = _View()
            yield session, own
            if own.dirty:
                await own.flush(session)
                await session.commit()

    async def _load(self, session: AsyncSession, view: _View, key: StorageKey) -> Row | None:
        """The record as this update has it now; read (with its companions) if the update has not."""
        built = self.key_builder.build(key)
        if built in view.now:
            return view.now[built]
        wanted = [built]
        if self.read_with is not None:
            companions = (self.key_builder.build(other) for other in self.read_with(key))
            wanted += [other for other in companions if other not in view.now and other not in wanted]
        parameters = {f"key_{index}": name for index, name in enumerate(wanted)}
        rows: Sequence[Any] = (await _read_of(len(wanted)).run(session, parameters)).all()
        found: dict[str, Row] = {key: (state, data) for key, state, data in rows}
        for name in wanted:
            stored = found.get(name)
            view.stored[name] = stored
            blind = view.blind.pop(name, None)
            if blind is not None:  # written before it was read: the write goes over what is stored
                view.now[name] = _merge(stored, blind)
            else:
                view.now[name] = stored
        return view.now[built]

    async def _set(self, key: StorageKey, column: str, value: str | None) -> None:
        async with self._view() as (session, view):
            built = self.key_builder.build(key)
            if built in view.now:
                view.now[built] = _merge(view.now[built], {column: value})
            else:
                view.blind.setdefault(built, {})[column] = value
            view.dirty.add(built)
            if not view.flush_queued and current_session() is session:
                view.flush_queued = True
                await later(session, view.flush)

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        await self._set(key, "state", state.state if isinstance(state, State) else state)

    async def get_state(self, key: StorageKey) -> str | None:
        async with self._view() as (session, view):
            blind = view.blind.get(self.key_builder.build(key), {})
            if "state" in blind:
                return blind["state"]
            row = await self._load(session, view, key)
        return row[0] if row else None

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        if not isinstance(data, dict):
            raise TypeError(f"FSM data must be a dict, not {type(data).__name__}")
        await self._set(key, "data", json.dumps(data) if data else None)

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        async with self._view() as (session, view):
            blind = view.blind.get(self.key_builder.build(key), {})
            text = blind["data"] if "data" in blind else _column(await self._load(session, view, key), 1)
        if not text:
            return {}
        loaded: dict[str, Any] = json.loads(text)
        return loaded

    async def close(self) -> None:
        return None


def _column(row: Row | None, index: int) -> str | None:
    return None if row is None else row[index]


def _merge(row: Row | None, columns: Columns) -> Row | None:
    """The record after these columns were written; None when nothing is left in it."""
    state = columns["state"] if "state" in columns else _column(row, 0)
    data = columns["data"] if "data" in columns else _column(row, 1)
    return None if state is None and data is None else (state, data)


async def forget_chat(storage: BaseStorage, bot_id: int, chat_id: int) -> None:
    """Every record of a private chat in aiogram's Redis storage (its keys found by pattern; a chat's lock
    is left to its holder). An SQLStorage's rows are deleted with the rest of an erasure, in the update's
    transaction (`storage/repo/personal_data.py`)."""
    redis = getattr(storage, "redis", None)
    builder = getattr(storage, "key_builder", None)
    if redis is None or not isinstance(builder, KeyBuilder):
        return
    # "<prefix>:<bot>:<chat>:<user>:*": every destiny (aiogram-dialog's stacks and contexts) and part
    pattern = builder.build(StorageKey(bot_id=bot_id, chat_id=chat_id, user_id=chat_id, destiny="*"))
    keys = [key async for key in redis.scan_iter(match=pattern) if not key.endswith(b":lock")]
    if keys:
        await redis.delete(*keys)
