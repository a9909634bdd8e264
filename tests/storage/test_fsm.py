"""Dialog state storage in SQL, on SQLite and PostgreSQL."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from aiogram.fsm.storage.base import StorageKey
from aiogram.types import Update
from aiogram_dialog.api.entities import DEFAULT_STACK_ID
from aiogram_dialog.context.storage import StorageProxy
from sqlalchemy import event, func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.app import key_builder, sql_storage
from bot.update.dialog_state import handling, read_together
from storage.db import make_session_factory
from storage.fsm import SQLStorage
from storage.models import FsmRecord
from storage.unit_of_work import bound, defer_writes, run_deferred

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


class Statements:
    """The SQL statements an engine runs, by their first word (SELECT, INSERT, DELETE, …)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.seen: list[str] = []
        event.listen(engine.sync_engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.seen.append(statement.split(None, 1)[0].upper())

    def count(self, word: str) -> int:
        return self.seen.count(word)


async def records(factory: async_sessionmaker[AsyncSession]) -> int:
    async with factory() as session:
        return int(await session.scalar(select(func.count()).select_from(FsmRecord)) or 0)


async def test_a_closed_dialog_leaves_no_record_behind(engine: AsyncEngine):
    factory = make_session_factory(engine)
    storage = sql_storage(factory)
    context = StorageKey(bot_id=42, chat_id=7, user_id=7, destiny="aiogd:context:abc")
    await storage.set_data(context, {"state": "Q:scale"})
    assert await records(factory) == 1
    await storage.set_data(context, {})  # aiogram-dialog's remove_context when a dialog is done
    assert await records(factory) == 0
    assert await storage.get_data(context) == {}

    async with factory() as session:  # the same within an update, read first
        with bound(session):
            defer_writes(session)
            await storage.set_data(context, {"state": "Q:scale"})
            await run_deferred(session)
            await session.commit()
    assert await records(factory) == 1
    async with factory() as session:
        with bound(session):
            defer_writes(session)
            assert await storage.get_data(context) == {"state": "Q:scale"}
            await storage.set_data(context, {})
            await run_deferred(session)
            await session.commit()
    assert await records(factory) == 0


async def test_a_record_with_a_state_keeps_it_when_its_data_goes(engine: AsyncEngine):
    factory = make_session_factory(engine)
    storage = sql_storage(factory)
    await storage.set_state(KEY, "Onboarding:privacy")
    await storage.set_data(KEY, {"n": 1})
    await storage.set_data(KEY, {})
    assert await storage.get_state(KEY) == "Onboarding:privacy"
    assert await records(factory) == 1


async def test_an_update_reads_state_and_dialog_stack_at_once_and_writes_only_what_changed(
    engine: AsyncEngine,
):
    factory = make_session_factory(engine)
    storage = sql_storage(factory)
    default = StorageKey(bot_id=42, chat_id=7, user_id=7)  # aiogram's own, read for every update
    stack = read_together(default)[0]
    context = StorageKey(bot_id=42, chat_id=7, user_id=7, destiny="aiogd:context:abc")
    await storage.set_data(stack, {"intents": ["abc"], "last_message_id": 10})
    await storage.set_data(context, {"state": "Q:scale", "n": 1})
    statements = Statements(engine)

    async with factory() as session:
        with bound(session):
            defer_writes(session)
            assert await storage.get_state(default) is None
            assert await storage.get_data(stack) == {"intents": ["abc"], "last_message_id": 10}
            assert await storage.get_data(context) == {"state": "Q:scale", "n": 1}
            assert statements.count("SELECT") == 2  # state and stack together, then the context
            await storage.set_data(stack, {"intents": ["abc"], "last_message_id": 10})  # as it was
            await storage.set_data(context, {"state": "Q:scale", "n": 2})
            await storage.set_data(context, {"state": "Q:text", "n": 3})
            assert statements.count("INSERT") == 0  # nothing written before the end of the update
            await run_deferred(session)
            await session.commit()
    assert statements.count("INSERT") == 1  # the context, once; the stack was unchanged
    assert await storage.get_data(context) == {"state": "Q:text", "n": 3}
    assert await storage.get_data(stack) == {"intents": ["abc"], "last_message_id": 10}


async def test_a_tap_reads_state_stack_and_the_tapped_dialog_in_one_statement(engine: AsyncEngine):
    factory = make_session_factory(engine)
    storage = sql_storage(factory)
    default = StorageKey(bot_id=42, chat_id=7, user_id=7)
    context = StorageKey(bot_id=42, chat_id=7, user_id=7, destiny="aiogd:context:aB3dE9")
    await storage.set_data(read_together(default)[0], {"intents": ["aB3dE9"]})
    await storage.set_data(context, {"state": "Q:scale"})
    statements = Statements(engine)
    async with factory() as session:
        with bound(session), handling(_tap(7, 7, "aB3dE9\x1dscale:2")):
            assert await storage.get_state(default) is None
            assert await storage.get_data(read_together(default)[0]) == {"intents": ["aB3dE9"]}
            assert await storage.get_data(context) == {"state": "Q:scale"}
    assert statements.count("SELECT") == 1


async def test_a_write_before_any_read_goes_over_what_is_stored(engine: AsyncEngine):
    factory = make_session_factory(engine)
    storage = sql_storage(factory)
    await storage.set_state(KEY, "Stored")
    await storage.set_data(KEY, {"n": 1})
    async with factory() as session:
        with bound(session):
            defer_writes(session)
            await storage.set_data(KEY, {"n": 2})  # not read first
            assert await storage.get_data(KEY) == {"n": 2}
            assert await storage.get_state(KEY) == "Stored"
            await run_deferred(session)
            await session.commit()
    assert (await storage.get_state(KEY), await storage.get_data(KEY)) == ("Stored", {"n": 2})


async def test_after_a_rollback_the_update_reads_what_is_stored_again(engine: AsyncEngine):
    factory = make_session_factory(engine)
    storage = sql_storage(factory)
    await storage.set_data(KEY, {"n": 1})
    async with factory() as session:
        with bound(session):
            await storage.set_data(KEY, {"n": 2})  # written at once: this session does not defer
            assert await storage.get_data(KEY) == {"n": 2}
            await session.rollback()
            assert await storage.get_data(KEY) == {"n": 1}


def _proxy(chat_id: int, user_id: int) -> StorageProxy:
    return StorageProxy(
        storage=None,  # type: ignore[arg-type]
        events_isolation=None,  # type: ignore[arg-type]
        user_id=user_id,
        chat_id=chat_id,
        thread_id=None,
        business_connection_id=None,
        bot=SimpleNamespace(id=42),  # type: ignore[arg-type]
        state_groups={},
    )


def _tap(chat_id: int, user_id: int, data: str) -> Update:
    return Update.model_validate(
        {
            "update_id": 1,
            "callback_query": {
                "id": "1",
                "chat_instance": "1",
                "from": {"id": user_id, "is_bot": False, "first_name": "Ana"},
                "data": data,
            },
        }
    )


@pytest.mark.parametrize(("chat_id", "user_id"), [(7, 7), (-100500, 7)], ids=["private", "group"])
def test_the_records_read_with_the_state_are_those_aiogram_dialog_reads(chat_id: int, user_id: int):
    proxy = _proxy(chat_id, user_id)
    default = StorageKey(bot_id=42, chat_id=chat_id, user_id=user_id)
    assert read_together(default) == [proxy._stack_key(DEFAULT_STACK_ID)]
    with handling(_tap(chat_id, user_id, "aB3dE9\x1dscale:2")):  # a tap on a dialog's button
        assert read_together(default) == [proxy._stack_key(DEFAULT_STACK_ID), proxy._context_key("aB3dE9")]
    with handling(_tap(chat_id, user_id, "menu:home")):  # a button of no dialog
        assert read_together(default) == [proxy._stack_key(DEFAULT_STACK_ID)]
    assert read_together(proxy._stack_key(DEFAULT_STACK_ID)) == []  # only with aiogram's own state
