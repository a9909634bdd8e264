"""The diary dialog's windows."""

from __future__ import annotations

from typing import Any

from aiogram.fsm.state import State
from aiogram_dialog import Dialog, Window
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Button, Cancel, Column, Group, Row, SwitchTo
from aiogram_dialog.widgets.text import Format

from dialogs.common import Screen, choice_buttons, explain_problem, long_text, only_text, text_field
from dialogs.diary.base import CHOOSABLE_MODES, MODE_WORD_LIMIT, TEXT_LIMIT
from dialogs.diary.getters import (
    delete_getter,
    edit_getter,
    entries_getter,
    home_getter,
    pair_getter,
    read_getter,
    section_getter,
    step_getter,
)
from dialogs.diary.handlers import (
    activity_tapped,
    change_chosen,
    date_picked,
    date_today,
    delete_confirmed,
    minutes_field,
    minutes_tapped,
    minutes_typed,
    mode_tapped,
    mode_word_typed,
    new_entry,
    on_start,
    open_waiting,
    pair_chosen,
    read_chosen,
    section_chosen,
    show_entries,
    step_back,
    step_next,
    text_skipped,
    text_written,
    turn_page,
)
from dialogs.diary.states import States
from dialogs.urgent import FreeText
from dialogs.widgets import LocalCalendar, T


def _choices(widget_id: str, items: str, on_click: Any) -> Column:
    return Column(choice_buttons(widget_id, items, on_click))


def _step_nav() -> Row:
    return Row(
        Button(T("btn-back"), id="step_back", on_click=step_back),
        SwitchTo(T("diary-btn-home"), id="home", state=States.entry),
    )


def _next() -> Button:
    return Button(T("diary-btn-next"), id="next", on_click=step_next, when="has_value")


def _step(*widgets: Any, state: State) -> Window:
    return Screen(Format("{header}"), *widgets, getter=step_getter, state=state)


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(
        Screen(
            T("diary-title"),
            Format("{progress}"),
            T("diary-waiting-title", when="waiting"),
            _choices("waiting", "waiting", open_waiting),
            Button(T("diary-btn-new"), id="new", on_click=new_entry),
            Button(T("diary-btn-entries"), id="entries", on_click=show_entries),
            Cancel(T("btn-back")),
            getter=home_getter,
            state=States.entry,
        ),
        Screen(
            T("diary-which-pair"),
            T("diary-no-pair", when="none"),
            _choices("pair", "pairs", pair_chosen),
            Cancel(T("btn-back")),
            getter=pair_getter,
            state=States.pair,
        ),
        _step(
            T("diary-ask-date"),
            Format("{now}", when="has_value"),
            Button(T("diary-btn-today"), id="today", on_click=date_today),
            LocalCalendar(id="calendar", on_click=date_picked),
            _next(),
            _step_nav(),
            state=States.date,
        ),
        _step(
            T("diary-ask-duration"),
            Format("{now}", when="has_value"),
            Group(choice_buttons("minutes", "quick", minutes_tapped), width=3),
            TextInput(
                id="minutes_typed",
                type_factory=minutes_field,
                on_success=minutes_typed,
                on_error=explain_problem,
            ),
            only_text(),
            _next(),
            _step_nav(),
            state=States.duration,
        ),
        _step(
            T("diary-ask-mode"),
            Format("{now}", when="has_value"),
            Row(
                *(
                    Button(T(f"diary-mode-{mode.value}"), id=mode.value, on_click=mode_tapped)
                    for mode in CHOOSABLE_MODES
                )
            ),
            SwitchTo(T("diary-btn-mode-other"), id="other", state=States.mode_other),
            _next(),
            _step_nav(),
            state=States.mode,
        ),
        _step(
            T("diary-ask-mode-other"),
            TextInput(
                id="mode_word",
                type_factory=text_field(MODE_WORD_LIMIT),
                on_success=mode_word_typed,
                on_error=explain_problem,
            ),
            only_text(),
            Row(
                SwitchTo(T("btn-back"), id="to_mode", state=States.mode),
                SwitchTo(T("diary-btn-home"), id="home", state=States.entry),
            ),
            state=States.mode_other,
        ),
        _step(
            T("diary-ask-activity"),
            Format("{now}", when="has_value"),
            Format("\n{listing}"),  # the activities in full: a phone cuts long ones off on their buttons
            _choices("activity", "activities", activity_tapped),
            _next(),
            _step_nav(),
            state=States.activity,
        ),
        _step(
            Format("{question}"),
            Format("{now}", when="has_value"),
            FreeText(
                id="text",
                type_factory=long_text(TEXT_LIMIT),
                on_success=text_written,
                on_error=explain_problem,
            ),
            only_text(),
            Button(T("diary-btn-skip"), id="skip", on_click=text_skipped, when="can_skip"),
            _next(),
            _step_nav(),
            state=States.text,
        ),
        Screen(
            Format("{card}"),
            _choices("full", "long", section_chosen),
            SwitchTo(T("diary-btn-edit"), id="edit", state=States.edit),
            SwitchTo(T("diary-btn-delete"), id="delete", state=States.delete, when="can_delete"),
            Row(
                SwitchTo(T("btn-back"), id="to_entries", state=States.entries),
                SwitchTo(T("diary-btn-home"), id="home", state=States.entry),
            ),
            getter=read_getter,
            state=States.read,
        ),
        Screen(
            Format("{full}"),
            SwitchTo(T("btn-back"), id="to_read", state=States.read),
            getter=section_getter,
            state=States.section,
        ),
        Screen(
            T("diary-edit-title"),
            _choices("change", "steps", change_chosen),
            SwitchTo(T("btn-back"), id="to_read", state=States.read),
            getter=edit_getter,
            state=States.edit,
        ),
        Screen(
            T("diary-delete-confirm"),
            Button(T("diary-btn-delete-yes"), id="delete_yes", on_click=delete_confirmed),
            SwitchTo(T("btn-back"), id="to_read", state=States.read),
            getter=delete_getter,
            state=States.delete,
        ),
        Screen(
            T("diary-entries-title"),
            T("diary-entries-empty", when="empty"),
            T("diary-entries-page", when="paged"),
            _choices("entry", "entries", read_chosen),
            Row(
                Button(T("diary-btn-newer"), id="newer", on_click=turn_page, when="has_newer"),
                Button(T("diary-btn-older"), id="older", on_click=turn_page, when="has_older"),
            ),
            SwitchTo(T("btn-back"), id="to_home", state=States.entry),
            getter=entries_getter,
            state=States.entries,
        ),
        on_start=on_start,
    )
