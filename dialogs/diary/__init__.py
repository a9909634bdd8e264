"""Session diary (seed 000, Annex IV): entries with the mentor's and the mentee's parts, paging, editing,
and the pair's progress against the mentoring plan (teachers, Annex II) or the rhythm (students, seed 003).

Who writes what is the rule of storage/repo/diary.py: whoever opens an entry fills its session facts
(date, duration, mode, and the plan activity for teachers) and their own part (mentor: 1, 2, 4; mentee: 3);
the other person adds their part later. The facts of a new entry are kept as a draft in the database as
each is chosen, the entry is stored as soon as its date, duration and mode are known, and every text as
it is sent, so leaving at any point (/menu, another command, a restart) and coming back with /diary
continues where it stopped.

The walk through an entry is a sequence of steps (facts, then the person's texts); `dialog_data["step"]`
says where the person is, and the same windows serve writing a new entry, adding your part to the other
person's entry, and changing one thing of an entry (`dialog_data["single"]`).

The package: `states` (the StatesGroup), `windows` (the dialog), `getters`, `handlers`, `base` (what
getters and handlers share) and `progress` (the plan and the rhythm).
"""

from __future__ import annotations

from dialogs.diary.base import MODE_WORD_LIMIT, QUICK_MINUTES, TEXT_LIMIT
from dialogs.diary.getters import menu_lines
from dialogs.diary.progress import expected_sessions, months_later
from dialogs.diary.states import States
from dialogs.diary.windows import dialog

__all__ = [
    "MODE_WORD_LIMIT",
    "QUICK_MINUTES",
    "TEXT_LIMIT",
    "States",
    "dialog",
    "expected_sessions",
    "menu_lines",
    "months_later",
]
