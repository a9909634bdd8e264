"""An aiogram FSM storage in the bot's own database, so dialog state survives a restart."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import (
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

_TABLE = FsmRecord.__table__
_READ = Prepared(
    lambda _dialect: select(_TABLE.c.state, _TABLE.c.data).where(_TABLE.c.key == bindparam("key"))
)


def _upsert_of(column: str) -> Prepared:
    """INSERT … ON CONFLICT (key) DO UPDATE of `column` (state or data) and the time."""

    def build(dialect: str) -> Any:
        stmt = dialect_insert(dialect, _TABLE)
        changed = {column: stmt.excluded[column], "updated_at": stmt.excluded.updated_at}
        return stmt.on_conflict_do_update(index_elements=["key"], set_=changed)

    return Prepared(build)


_WRITE = {"state": _upsert_of("state"), "data": _upsert_of("data")}


class SQLStorage(BaseStorage):
    """State and data in the `fsm_records` table, one row per key (keys include the destiny)."""

    def __init__(
        self, session_factory: async_sessionmaker[AsyncSession], key_builder: KeyBuilder | None = None
    ) -> None:
        self.session_factory = session_factory
        self.key_builder = key_builder or DefaultKeyBuilder(with_destiny=True, with_bot_id=True)

    async def _upsert(self, key: StorageKey, **values: Any) -> None:
        (column,) = values.keys() - {"updated_at"}
        parameters = {"key": self.key_builder.build(key), **values}

        async def write(session: AsyncSession) -> None:
            await _WRITE[column].run(session, parameters)

        shared = current_session()
        if shared is not None:  # commits with the rest of the update
            await write(shared)
            return
        async with self.session_factory() as session:
            await write(session)
            await session.commit()

    async def _row(self, key: StorageKey) -> tuple[str | None, str | None] | None:
        parameters = {"key": self.key_builder.build(key)}
        shared = current_session()
        row: Any
        if shared is not None:
            row = (await _READ.run(shared, parameters)).one_or_none()
        else:
            async with self.session_factory() as session:
                row = (await _READ.run(session, parameters)).one_or_none()
        return None if row is None else (row[0], row[1])

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
