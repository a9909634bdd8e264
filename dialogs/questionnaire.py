"""Pre-mentoring questionnaire (baseline at onboarding, follow-up at closure) and the before/after view."""

from __future__ import annotations

from aiogram.fsm.state import State, StatesGroup
from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Cancel

from dialogs.common import Screen
from dialogs.widgets import T


class QuestionnaireStates(StatesGroup):
    entry = State()


States = QuestionnaireStates  # the name the menu and commands use


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(Screen(T("menu-title"), Cancel(T("btn-back")), state=States.entry))
