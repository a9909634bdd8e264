"""Session diary (Annex IV): entries with the mentor's and the mentee's parts, paging, editing."""

from __future__ import annotations

from aiogram.fsm.state import State, StatesGroup
from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Cancel

from dialogs.common import Screen
from dialogs.widgets import T


class DiaryStates(StatesGroup):
    entry = State()


States = DiaryStates  # the name the menu and commands use


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(Screen(T("menu-title"), Cancel(T("btn-back")), state=States.entry))
