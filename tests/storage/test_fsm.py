"""Dialog state storage in SQL, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from aiogram.fsm.storage.base import StorageKey
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.app import key_builder
from storage.db import make_session_factory
from storage.fsm import SQLStorage
from storage.unit_of_work import bound

KEY = StorageKey(bot_id=42, chat_id=7, user_id=7, destiny="aiogd_stack")


async def test_state_and_data_survive_a_new_storage_instance(engine: AsyncEngine):
    factory = make_session_factory(engine)
    first = SQLStorage(factory, key_builder())
    await first.set_state(KEY, "Onboarding:privacy")
    await first.set_data(KEY, {"stack": ["a", "b"], "n": 1})
    await first.update_data(KEY, {"n": 2})
    other_destiny = StorageKey(bot_id=42, chat_id=7, user_id=7, destiny="default")
    await first.set_state(other_destiny, "Other:state")

    second = SQLStorage(factory, key_builder())  # after a restart
    assert await second.get_state(KEY) == "Onboarding:privacy"
    assert await second.get_data(KEY) == {"stack": ["a", "b"], "n": 2}
    assert await second.get_state(other_destiny) == "Other:state"  # destiny is part of the key
    await second.set_state(KEY, None)
    await second.set_data(KEY, {})
    assert await second.get_state(KEY) is None and await second.get_data(KEY) == {}


async def test_state_written_in_a_failed_update_is_rolled_back_with_it(engine: AsyncEngine):
    factory = make_session_factory(engine)
    storage = SQLStorage(factory, key_builder())
    await storage.set_state(KEY, "Before")
    async with factory() as session:
        with bound(session):
            await storage.set_state(KEY, "During")
            assert await storage.get_state(KEY) == "During"  # the update sees its own write
        await session.rollback()
    assert await storage.get_state(KEY) == "Before"


async def test_rejects_non_dict_data(engine: AsyncEngine):
    storage = SQLStorage(make_session_factory(engine), key_builder())
    with pytest.raises(TypeError):
        await storage.set_data(KEY, ["not", "a", "dict"])  # type: ignore[arg-type]
