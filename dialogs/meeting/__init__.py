"""Meetings (`/meeting`): either member of a pair plans the next meeting – the day on a calendar, the time
by button or typed, the length, how they meet, the place or link – changes or cancels it, says "I can't
make it" (seed 003 ground rule: "What to do if one partner is unable to make a meeting?"; the other member
is told at once), adds it to a phone calendar (an .ics file), and chooses their own reminders.

Times are stored in UTC and shown in each person's time zone. A new meeting is stored as soon as its day
and time are known (length and mode start from the pair's last meeting), and every later step changes the
stored meeting: whoever leaves half-way finds it in the list when they come back. After every change the
reminders, the mentor's card and the news for the other member are planned again (scheduler/reminders.py).

The buttons under those outbox messages (`meeting:<id>:<action>`) are plain callback handlers: `router()`.

The package: `states` (the StatesGroup), `windows` (the dialog), `getters`, `handlers`, `base` (what
getters and handlers share), `buttons` (the router for the buttons under outbox messages) and `ics`
(the .ics file).
"""

from __future__ import annotations

from dialogs.meeting.buttons import router
from dialogs.meeting.getters import menu_lines
from dialogs.meeting.ics import ics_event
from dialogs.meeting.states import MeetingStates, States
from dialogs.meeting.windows import dialog

__all__ = ["MeetingStates", "States", "dialog", "ics_event", "menu_lines", "router"]
