"""Ground rules and agreement: the pair's rules on seed 003's topics, the mentor agreement (seed 002)."""

from __future__ import annotations

from aiogram.fsm.state import State, StatesGroup
from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Cancel

from dialogs.common import Screen
from dialogs.widgets import T


class GroundRulesStates(StatesGroup):
    entry = State()


States = GroundRulesStates  # the name the menu and commands use


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(Screen(T("menu-title"), Cancel(T("btn-back")), state=States.entry))
