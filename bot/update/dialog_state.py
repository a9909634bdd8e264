"""Which dialog state records an update reads together, so `SQLStorage` reads them in one statement.

aiogram's FSM middleware reads the chat's own state first (the default destiny). aiogram-dialog then reads
the chat's dialog stack and, for a tap on one of its buttons, the context of the dialog named in the
button's data. The keys are built as aiogram-dialog 2.6 builds them (`StorageProxy._stack_key` and
`_context_key`); if that changed, the records would only be read one by one again
(tests/storage/test_fsm.py holds the two to the same keys).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

from aiogram.fsm.storage.base import DEFAULT_DESTINY, StorageKey
from aiogram.types import TelegramObject, Update
from aiogram_dialog.api.entities import DEFAULT_STACK_ID
from aiogram_dialog.utils import remove_intent_id

_update: ContextVar[Update | None] = ContextVar("mentorbot_update", default=None)


@contextmanager
def handling(event: TelegramObject) -> Iterator[None]:
    """While the update is handled, its records are known from it."""
    token = _update.set(event if isinstance(event, Update) else None)
    try:
        yield
    finally:
        _update.reset(token)


def read_together(key: StorageKey) -> list[StorageKey]:
    """With aiogram's own state of a chat: the chat's dialog stack and the dialog the tap is for."""
    if key.destiny != DEFAULT_DESTINY:
        return []
    private = key.user_id == key.chat_id and key.business_connection_id is None
    stack_id = DEFAULT_STACK_ID if private else f"<{key.user_id}>"
    keys = [replace(key, user_id=key.chat_id, destiny=f"aiogd:stack:{stack_id}")]
    update = _update.get()
    if update is not None and update.callback_query is not None and update.callback_query.data:
        intent_id, _ = remove_intent_id(update.callback_query.data)
        if intent_id:
            keys.append(replace(key, user_id=key.chat_id, destiny=f"aiogd:context:{intent_id}"))
    return keys
