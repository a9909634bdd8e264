"""Where a person lands: onboarding until they have agreed to the privacy notice, else the menu. And who
may open a coordinator's flow at all: `CoordinatorDialog`, the one place that check is made."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram.fsm.state import State
from aiogram.types import CallbackQuery, Message, TelegramObject
from aiogram_dialog import Dialog, DialogManager, ShowMode, StartMode
from aiogram_dialog.api.entities import Data

from dialogs.common import not_available
from dialogs.states import MainMenu, Onboarding
from storage.repo.actors import Actor


async def start_home(manager: DialogManager, actor: Actor, show_mode: ShowMode = ShowMode.SEND) -> None:
    """Open the person's main menu (or the privacy notice first), replacing any open flow."""
    if not actor.consented:
        first = Onboarding.privacy if actor.locale else Onboarding.language
        await manager.start(first, data={"name": actor.name}, mode=StartMode.RESET_STACK, show_mode=show_mode)
        return
    await manager.start(MainMenu.main, mode=StartMode.RESET_STACK, show_mode=show_mode)


def may_coordinate(actor: Actor | None) -> bool:
    """Whether the person behind the update may use a coordinator's flows (which organisation's data they
    see is then up to the repository queries)."""
    return actor is not None and actor.consented and actor.is_coordinator


Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


async def _coordinators_only(handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
    """Every tap and message inside a coordinator's flow: someone who is no longer a coordinator (removed
    while the screen was open) is told "not available" and lands in their menu; nothing is run."""
    actor: Actor | None = data.get("actor")
    if may_coordinate(actor):
        return await handler(event, data)
    manager: DialogManager = data["dialog_manager"]
    if isinstance(event, CallbackQuery | Message):
        await not_available(event, manager)
    if actor is not None:
        await start_home(manager, actor)
    return None


class CoordinatorDialog(Dialog):
    """A dialog only coordinators may open or use. Anyone else who starts it (a forged or stale button of
    the menu, whose coordinator buttons are only hidden from them, a command, another flow) is answered
    "not available" at once and is shown nothing of it; the flow they were in stays as it was."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.callback_query.middleware(_coordinators_only)
        self.message.middleware(_coordinators_only)

    async def process_start(
        self, manager: DialogManager, start_data: Data, state: State | None = None
    ) -> None:
        if may_coordinate(manager.middleware_data.get("actor")):
            await super().process_start(manager, start_data, state)
            return
        # aiogram-dialog has put this dialog on the stack already: take it off before it shows anything
        await manager.mark_closed()
        if isinstance(manager.event, CallbackQuery | Message):
            await not_available(manager.event, manager)
