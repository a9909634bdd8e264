"""The dialogs' router hands an update to the dialog its dialog context belongs to, and only to it; an
update no dialog there would take goes on to the routers after it (the fallback's answer)."""

from __future__ import annotations

from unittest.mock import AsyncMock

from aiogram import Router
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import Chat, Message
from aiogram_dialog import Dialog, Window
from aiogram_dialog.api.entities import Context
from aiogram_dialog.api.internal import CONTEXT_KEY
from aiogram_dialog.widgets.text import Const

from bot.dialog_router import DialogRouter


class First(StatesGroup):
    one = State()


class Second(StatesGroup):
    one = State()


class Elsewhere(StatesGroup):
    one = State()


def dialogs() -> tuple[Dialog, Dialog]:
    first, second = Dialog(Window(Const("1"), state=First.one)), Dialog(Window(Const("2"), state=Second.one))
    first.propagate_event = AsyncMock(return_value="first")  # type: ignore[method-assign]
    second.propagate_event = AsyncMock(return_value="second")  # type: ignore[method-assign]
    return first, second


def context(state: State) -> Context:
    return Context(_intent_id="i", _stack_id="", state=state, start_data=None)


MESSAGE = Message(message_id=1, date=0, chat=Chat(id=1, type="private"), text="hello")


async def test_an_update_goes_to_the_dialog_of_its_context_only():
    first, second = dialogs()
    router = DialogRouter([first, second])
    answer = await router.propagate_event("message", MESSAGE, **{CONTEXT_KEY: context(Second.one)})
    assert answer == "second"
    first.propagate_event.assert_not_called()  # type: ignore[attr-defined]


async def test_without_a_context_of_its_dialogs_an_update_goes_on_to_the_next_router():
    first, second = dialogs()
    parent = Router()
    parent.include_router(DialogRouter([first, second]))
    after = Router()

    async def fallback(message: Message) -> str:
        return "fallback"

    after.message.register(fallback)
    parent.include_router(after)
    assert await parent.propagate_event("message", MESSAGE) == "fallback"
    elsewhere = {CONTEXT_KEY: context(Elsewhere.one)}
    assert await parent.propagate_event("message", MESSAGE, **elsewhere) == "fallback"
    assert await DialogRouter(dialogs()).propagate_event("message", MESSAGE) is UNHANDLED
    first.propagate_event.assert_not_called()  # type: ignore[attr-defined]
    second.propagate_event.assert_not_called()  # type: ignore[attr-defined]
