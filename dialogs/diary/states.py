"""The diary flow's states. Stored as "States:<state>": the group keeps the name `States` (not
`DiaryStates`) because the database holds it; never rename the group or a state."""

from __future__ import annotations

from aiogram.fsm.state import State, StatesGroup


class States(StatesGroup):
    entry = State()  # the diary's home: progress, entries waiting for you, new entry, past entries
    pair = State()  # which pair (a mentor with several mentees)
    date = State()
    duration = State()
    mode = State()
    mode_other = State()
    activity = State()
    text = State()  # one of the person's texts; dialog_data["step"] says which
    read = State()
    section = State()  # one text of the entry in full
    edit = State()
    delete = State()
    entries = State()
