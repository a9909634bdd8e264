"""An aiogram FSM storage in the bot's own database, so dialog state survives a restart."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import (
    DEFAULT_DESTINY,
    BaseStorage,
    DefaultKeyBuilder,
    KeyBuilder,
    StateType,
    StorageKey,
)
from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import FsmRecord
from storage.prepared import Prepared, dialect_insert
from storage.timeutil import utcnow
from storage.unit_of_work import current_session

# Every update reads aiogram's state (in its FSM middleware) and then aiogram-dialog's default stack for
# the same chat: the first of the two reads fetches both.
READ_TOGETHER = (DEFAULT_DESTINY, "aiogd:stack:")


_TABLE = FsmRecord.__table__
_READ = Prepared(
    lambda _dialect: select(_TABLE.c.key, _TABLE.c.state, _TABLE.c.data).where(
        _TABLE.c.key.in_(bindparam("keys", expanding=True))
    )
)


def _upsert_of(column: str) -> Prepared:
    """INSERT … ON CONFLICT (key) DO UPDATE of `column` (state or data) and the time."""

    def build(dialect: str) -> Any:
        stmt = dialect_insert(dialect, _TABLE)
        changed = {column: stmt.excluded[column], "updated_at": stmt.excluded.updated_at}
        return stmt.on_conflict_do_update(index_elements=["key"], set_=changed)

    return Prepared(build)


_WRITE = {"state": _upsert_of("state"), "data": _upsert_of("data")}


def _rows_seen(session: AsyncSession) -> dict[str, tuple[str | None, str | None] | None]:
    """The records this update's session has read or written, by key (None: there is none). The update
    holds its chat's FSM lock, so nobody else changes them meanwhile; a write that changes nothing is
    then skipped, and a second read costs no query."""
    seen: dict[str, tuple[str | None, str | None] | None] = session.info.setdefault("fsm_rows", {})
    return seen


class SQLStorage(BaseStorage):
    """State and data in the `fsm_records` table, one row per key (keys include the destiny)."""

    def __init__(
        self, session_factory: async_sessionmaker[AsyncSession], key_builder: KeyBuilder | None = None
    ) -> None:
        self.session_factory = session_factory
        self.key_builder = key_builder or DefaultKeyBuilder(with_destiny=True, with_bot_id=True)

    async def _upsert(self, key: StorageKey, **values: Any) -> None:
        built = self.key_builder.build(key)

        (column,) = values.keys() - {"updated_at"}
        parameters = {"key": built, **values}

        async def write(session: AsyncSession) -> None:
            await _WRITE[column].run(session, parameters)

        shared = current_session()
        if shared is not None:  # commits with the rest of the update
            rows = _rows_seen(shared)
            if built in rows:
                before = rows[built] or (None, None)
                after = (values.get("state", before[0]), values.get("data", before[1]))
                if after == before:
                    return  # aiogram-dialog saves the stack and context after every update, mostly unchanged
                rows[built] = after
            await write(shared)
            return
        async with self.session_factory() as session:
            await write(session)
            await session.commit()

    async def _row(self, key: StorageKey) -> tuple[str | None, str | None] | None:
        built = self.key_builder.build(key)
        shared = current_session()
        if shared is None:
            async with self.session_factory() as session:
                return (await self._fetch(session, [built])).get(built)
        rows = _rows_seen(shared)
        if built not in rows:
            wanted = [built]
            if key.destiny in READ_TOGETHER:
                siblings = (self.key_builder.build(replace(key, destiny=other)) for other in READ_TOGETHER)
                wanted = [sibling for sibling in siblings if sibling not in rows]
            found = await self._fetch(shared, wanted)
            rows.update((each, found.get(each)) for each in wanted)
        return rows[built]

    @staticmethod
    async def _fetch(session: AsyncSession, keys: list[str]) -> dict[str, tuple[str | None, str | None]]:
        rows: Sequence[Any] = (await _READ.run(session, {"keys": keys})).all()
        return {key: (state, data) for key, state, data in rows}

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        value = state.state if isinstance(state, State) else state
        await self._upsert(key, state=value, updated_at=utcnow())

    async def get_state(self, key: StorageKey) -> str | None:
        row = await self._row(key)
        return row[0] if row else None

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        if not isinstance(data, dict):
            raise TypeError(f"FSM data must be a dict, not {type(data).__name__}")
        await self._upsert(key, data=json.dumps(data) if data else None, updated_at=utcnow())

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        row = await self._row(key)
        if row is None or not row[1]:
            return {}
        loaded: dict[str, Any] = json.loads(row[1])
        return loaded

    async def close(self) -> None:
        return None
