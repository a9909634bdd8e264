"""The meeting dialog's windows."""

from __future__ import annotations

from typing import Any

from aiogram_dialog import Dialog, DialogManager
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Button, Cancel, Column, Group, Row, SwitchTo
from aiogram_dialog.widgets.kbd.calendar_kbd import CalendarUserConfig
from aiogram_dialog.widgets.text import Format

from dialogs.common import (
    Outcome,
    Screen,
    choice_buttons,
    choice_pages,
    explain_problem,
    only_text,
    text_field,
)
from dialogs.meeting.base import DAYS_ID
from dialogs.meeting.getters import (
    _pairs_getter,
    cant_getter,
    day_getter,
    details_getter,
    list_getter,
    meeting_getter,
    reminders_getter,
    time_getter,
)
from dialogs.meeting.handlers import (
    back_to_list,
    begin_new,
    cancel_confirmed,
    cant_confirmed,
    day_chosen,
    length_chosen,
    meeting_picked,
    mode_chosen,
    on_start,
    pair_picked,
    place_cleared,
    place_kept,
    place_typed,
    plan_again,
    reminders_chosen,
    reschedule,
    send_calendar_file,
    step_back,
    time_field,
    time_tapped,
    time_typed,
)
from dialogs.meeting.states import States
from dialogs.widgets import LocalCalendar, T
from storage.repo.meetings import PLACE_LIMIT


class UpcomingCalendar(LocalCalendar):
    """The localised calendar from today (in the person's time zone) on."""

    async def _get_user_config(self, data: dict[str, Any], manager: DialogManager) -> CalendarUserConfig:
        config = await super()._get_user_config(data, manager)
        return CalendarUserConfig(firstweekday=config.firstweekday, min_date=data["today"])


def _back() -> Button:
    return Button(T("btn-back"), id="step_back", on_click=step_back)


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(
        Screen(
            T("meeting-home"),
            T("meeting-home-none", when="none"),
            T("meeting-home-reminders"),
            choice_pages("meeting", "items", meeting_picked, height=6),
            Button(T("btn-meeting-new"), id="new", on_click=begin_new),
            SwitchTo(T("btn-meeting-reminders"), id="reminders", state=States.reminders),
            Cancel(T("btn-back")),
            getter=list_getter,
            state=States.entry,
        ),
        Screen(
            T("meeting-which-pair"),
            Column(choice_buttons("pair", "pairs", pair_picked)),
            Cancel(T("btn-back")),
            getter=_pairs_getter,
            state=States.pair,
        ),
        Screen(
            T("meeting-day"),
            UpcomingCalendar(id=DAYS_ID, on_click=day_chosen),
            _back(),
            getter=day_getter,
            state=States.day,
        ),
        Screen(
            T("meeting-time"),
            Group(
                choice_buttons("time", "times", time_tapped),
                width=4,
            ),
            TextInput(
                id="typed_time", type_factory=time_field, on_success=time_typed, on_error=explain_problem
            ),
            only_text(),
            _back(),
            getter=time_getter,
            state=States.time,
        ),
        Screen(
            Format("{details}\n"),
            T("meeting-duration"),
            Group(
                choice_buttons("length", "lengths", length_chosen),
                width=3,
            ),
            _back(),
            getter=details_getter,
            state=States.duration,
        ),
        Screen(
            Format("{details}\n"),
            T("meeting-mode"),
            Column(choice_buttons("mode", "modes", mode_chosen)),
            _back(),
            getter=details_getter,
            state=States.mode,
        ),
        Screen(
            Format("{details}\n"),
            T("meeting-place"),
            TextInput(
                id="place",
                type_factory=text_field(PLACE_LIMIT),
                on_success=place_typed,
                on_error=explain_problem,
            ),
            only_text(),
            Button(T("btn-meeting-keep-place"), id="keep_place", on_click=place_kept, when="has_place"),
            Button(T("btn-meeting-no-place"), id="no_place", on_click=place_cleared),
            _back(),
            getter=details_getter,
            state=States.place,
        ),
        Screen(
            Format("{details}"),
            T("meeting-not-open", when="closed"),
            Column(
                Button(T("btn-meeting-reschedule"), id="reschedule", on_click=reschedule),
                SwitchTo(T("btn-meeting-duration"), id="to_duration", state=States.duration),
                SwitchTo(T("btn-meeting-mode"), id="to_mode", state=States.mode),
                SwitchTo(T("btn-meeting-place"), id="to_place", state=States.place),
                Button(T("btn-meeting-ics"), id="ics", on_click=send_calendar_file),
                SwitchTo(T("btn-meeting-cant"), id="to_cant", state=States.cant),
                SwitchTo(T("btn-meeting-cancel"), id="to_cancel", state=States.cancel),
                when="open",
            ),
            Button(T("btn-back"), id="to_list", on_click=back_to_list),
            getter=meeting_getter,
            state=States.meeting,
        ),
        Screen(
            T("meeting-cant-ask"),
            Format("{details}\n"),
            Format("{rule}"),
            Button(T("btn-meeting-tell"), id="tell", on_click=cant_confirmed, when="open"),
            SwitchTo(T("btn-back"), id="cant_back", state=States.meeting),
            getter=cant_getter,
            state=States.cant,
        ),
        Outcome(
            T("meeting-cant-told"),
            Button(T("btn-meeting-again"), id="again", on_click=plan_again),
            Button(T("btn-meeting-list"), id="cant_list", on_click=back_to_list),
            getter=meeting_getter,
            state=States.cant_done,
        ),
        Screen(
            T("meeting-cancel-ask"),
            Format("{details}"),
            Row(
                Button(T("btn-meeting-cancel-yes"), id="cancel_yes", on_click=cancel_confirmed, when="open"),
                SwitchTo(T("btn-back"), id="cancel_back", state=States.meeting),
            ),
            getter=meeting_getter,
            state=States.cancel,
        ),
        Screen(
            T("meeting-reminders"),
            Column(choice_buttons("reminder_choice", "choices", reminders_chosen)),
            SwitchTo(T("btn-back"), id="reminders_back", state=States.entry),
            getter=reminders_getter,
            state=States.reminders,
        ),
        on_start=on_start,
    )
