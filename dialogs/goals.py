"""Goals and the plan: the mentee's mission, goals and objectives; hours or sessions against the plan."""

from __future__ import annotations

from aiogram.fsm.state import State, StatesGroup
from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Cancel

from dialogs.common import Screen
from dialogs.widgets import T


class States(StatesGroup):
    entry = State()


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(Screen(T("menu-title"), Cancel(T("btn-back")), state=States.entry))
