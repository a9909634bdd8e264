"""The questionnaire flow's states. Stored as "QuestionnaireStates:<state>": never rename the group or
a state."""

from __future__ import annotations

from aiogram.fsm.state import State, StatesGroup


class QuestionnaireStates(StatesGroup):
    # entry: where the person stands (their own status; for a mentor, whether the mentee completed it)
    entry = State()
    pair = State()
    scale = State()
    multi = State()
    long_text = State()
    short_text = State()
    summary = State()
    thanks = State()
    answers = State()


States = QuestionnaireStates  # the name the menu, the commands and the dispatcher use
