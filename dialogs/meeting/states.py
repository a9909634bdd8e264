"""The meeting flow's states. Stored as "MeetingStates:<state>": never rename the group or a state."""

from __future__ import annotations

from aiogram.fsm.state import State, StatesGroup


class MeetingStates(StatesGroup):
    entry = State()  # the pair's upcoming meetings, a new one, reminders
    pair = State()  # which pair (a mentor with several mentees)
    day = State()
    time = State()
    duration = State()
    mode = State()
    place = State()
    meeting = State()  # one meeting: change it, add it to the calendar, can't make it, cancel
    cant = State()
    cant_done = State()
    cancel = State()
    reminders = State()


States = MeetingStates  # the name the menu and commands use
