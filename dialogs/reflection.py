"""Reflection prompts that fit the pair's stage (seed 002 action steps, seed 003 stage questions)."""

from __future__ import annotations

from aiogram.fsm.state import State, StatesGroup
from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Cancel

from dialogs.common import Screen
from dialogs.widgets import T


class ReflectionStates(StatesGroup):
    entry = State()


States = ReflectionStates  # the name the menu and commands use


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(Screen(T("menu-title"), Cancel(T("btn-back")), state=States.entry))
