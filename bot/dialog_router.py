"""The dialogs' router: an update goes straight to the dialog its dialog context belongs to.

aiogram-dialog makes every dialog a router whose handlers all carry one root filter, `IntentFilter`:
the update's dialog context (`aiogd_context`, found by aiogram-dialog's middleware before routing) is in
that dialog's states group. aiogram tries routers one after another, so an update for the tenth dialog
was offered to the nine before it, each refusing it after the same dictionary copies and filter calls
(B1 in benchmarks/NOTES.md). Here the dialog is looked up by the context's states group instead: the
only one whose filter would pass. With no context, or one of a dialog not in this router, no dialog here
would take the update, and it goes on to the routers after this one, as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from aiogram import Router
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.fsm.state import StatesGroup
from aiogram.types import TelegramObject
from aiogram_dialog import Dialog
from aiogram_dialog.api.entities import Context
from aiogram_dialog.api.internal import CONTEXT_KEY


class DialogRouter(Router):
    """A router of dialogs only; it has no handlers of its own."""

    def __init__(self, dialogs: Iterable[Dialog], name: str = "dialogs") -> None:
        super().__init__(name=name)
        dialogs = list(dialogs)
        self.include_routers(*dialogs)
        self._by_group: dict[type[StatesGroup], Dialog] = {d.states_group(): d for d in dialogs}

    async def propagate_event(self, update_type: str, event: TelegramObject, **kwargs: Any) -> Any:
        context: Context | None = kwargs.get(CONTEXT_KEY)
        dialog = self._by_group.get(context.state.group) if context is not None else None
        if dialog is None:
            return UNHANDLED
        return await dialog.propagate_event(update_type, event, **kwargs)
