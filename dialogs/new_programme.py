"""A coordinator creates a programme: name, kind, start and end dates, time zone, confirm."""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from aiogram.types import CallbackQuery, Message
from aiogram_dialog import ChatEvent, DialogManager
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Back, Button, Cancel, Column, Row, Select
from aiogram_dialog.widgets.kbd.calendar_kbd import CalendarConfig, ManagedCalendar
from aiogram_dialog.widgets.text import Format

from dialogs.common import (
    Outcome,
    Problem,
    Screen,
    back_cancel,
    choice_buttons,
    explain_problem,
    not_available,
    only_text,
    text_field,
)
from dialogs.context import actor_of, config_of, session_of
from dialogs.navigation import CoordinatorDialog
from dialogs.states import NewPair, NewProgramme
from dialogs.widgets import LocalCalendar, T, i18n_of, local_date
from storage.errors import AlreadyExists
from storage.models import ProgrammeKind
from storage.repo import organisations, programmes

TIMEZONES = (
    "Europe/Sofia",
    "Europe/Istanbul",
    "Europe/Rome",
    "Europe/Oslo",
    "Europe/Athens",
    "Europe/Bucharest",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Lisbon",
    "Europe/London",
    "Europe/Dublin",
)


async def on_start(_data: Any, manager: DialogManager) -> None:
    orgs = actor_of(manager).coordinated_orgs
    if len(orgs) == 1:
        manager.dialog_data["org_id"] = orgs[0]
    else:
        await manager.switch_to(NewProgramme.org)


async def org_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    session = session_of(dialog_manager)
    ids = actor_of(dialog_manager).coordinated_orgs
    return {"orgs": [(org_id, (await organisations.get(session, org_id)).name) for org_id in ids]}


async def choose_org(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    if not item_id.isdigit() or int(item_id) not in actor_of(manager).coordinated_orgs:
        await not_available(callback, manager)
        return
    manager.dialog_data["org_id"] = int(item_id)
    await manager.switch_to(NewProgramme.name)


async def name_entered(message: Message, _widget: Any, manager: DialogManager, name: str) -> None:
    org = await organisations.get(session_of(manager), manager.dialog_data["org_id"])
    if await programmes.find_by_name(session_of(manager), name, org.name):
        await explain_problem(message, None, manager, Problem("new-programme-name-taken", name=name))
        return
    manager.dialog_data["name"] = name
    await manager.switch_to(NewProgramme.kind)


async def kind_chosen(_callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    manager.dialog_data["kind"] = button.widget_id
    await manager.switch_to(NewProgramme.start)


async def start_chosen(
    _event: ChatEvent, _widget: ManagedCalendar, manager: DialogManager, day: date
) -> None:
    manager.dialog_data["start"] = day.isoformat()
    await manager.switch_to(NewProgramme.end)


async def end_chosen(event: ChatEvent, _widget: ManagedCalendar, manager: DialogManager, day: date) -> None:
    start = date.fromisoformat(manager.dialog_data["start"])
    if day < start:
        i18n = i18n_of(manager)
        if isinstance(event, CallbackQuery):
            text = i18n.get("new-programme-end-before-start", start=local_date(start, i18n.locale))
            await event.answer(text, show_alert=True)
        return
    manager.dialog_data["end"] = day.isoformat()
    await manager.switch_to(NewProgramme.timezone)


def _zone(text: str) -> str:
    value = text.strip()
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise Problem("new-programme-timezone-unknown", value=value[:60]) from None
    return value


async def zone_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, zone: str) -> None:
    if zone not in (config_of(manager).default_timezone, *TIMEZONES):
        await not_available(callback, manager)
        return
    manager.dialog_data["timezone"] = zone
    await manager.switch_to(NewProgramme.confirm)


async def zone_typed(_message: Message, _widget: Any, manager: DialogManager, zone: str) -> None:
    manager.dialog_data["timezone"] = zone
    await manager.switch_to(NewProgramme.confirm)


async def summary_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    data = dialog_manager.dialog_data
    zones = [config_of(dialog_manager).default_timezone, *TIMEZONES]
    summary: dict[str, Any] = {
        "many_orgs": len(actor_of(dialog_manager).coordinated_orgs) > 1,
        "zones": list(dict.fromkeys(zones)),
        "name": data.get("name", ""),
    }
    if "kind" in data:
        summary["kind"] = i18n.get(f"programme-kind-{data['kind']}")
    for key in ("start", "end"):
        if key in data:
            summary[key] = local_date(date.fromisoformat(data[key]), i18n.locale)
    summary["timezone"] = data.get("timezone", "")
    return summary


async def create(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    data = manager.dialog_data
    try:
        programme = await programmes.create(
            session_of(manager),
            org_id=data["org_id"],
            name=data["name"],
            kind=ProgrammeKind(data["kind"]),
            start_date=date.fromisoformat(data["start"]),
            end_date=date.fromisoformat(data["end"]),
            timezone=data["timezone"],
        )
    except AlreadyExists:
        i18n = i18n_of(manager)
        await callback.answer(i18n.get("new-programme-name-taken", name=data["name"]), show_alert=True)
        await manager.switch_to(NewProgramme.name)
        return
    data["programme_id"] = programme.id
    await manager.switch_to(NewProgramme.done)


async def add_pair(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await manager.start(NewPair.mentor, data={"programme_id": manager.dialog_data["programme_id"]})


def dialog() -> CoordinatorDialog:
    """A new instance: each dispatcher needs its own."""
    return CoordinatorDialog(
        Screen(
            T("new-programme-org"),
            Column(choice_buttons("org", "orgs", choose_org)),
            Cancel(T("btn-cancel")),
            getter=org_getter,
            state=NewProgramme.org,
        ),
        Screen(
            T("new-programme-name"),
            TextInput(
                id="name", type_factory=text_field(), on_success=name_entered, on_error=explain_problem
            ),
            only_text(),
            Row(Back(T("btn-back"), when="many_orgs"), Cancel(T("btn-cancel"))),
            getter=summary_getter,
            state=NewProgramme.name,
        ),
        Screen(
            T("new-programme-kind"),
            Column(
                Button(T("programme-kind-teacher"), id=ProgrammeKind.TEACHER.value, on_click=kind_chosen),
                Button(T("programme-kind-student"), id=ProgrammeKind.STUDENT.value, on_click=kind_chosen),
            ),
            back_cancel(),
            getter=summary_getter,
            state=NewProgramme.kind,
        ),
        Screen(
            T("new-programme-start"),
            LocalCalendar(
                id="start", on_click=start_chosen, config=CalendarConfig(min_date=date(2020, 1, 1))
            ),
            back_cancel(),
            state=NewProgramme.start,
        ),
        Screen(
            T("new-programme-end"),
            LocalCalendar(id="end", on_click=end_chosen, config=CalendarConfig(min_date=date(2020, 1, 1))),
            back_cancel(),
            getter=summary_getter,
            state=NewProgramme.end,
        ),
        Screen(
            T("new-programme-timezone"),
            Column(
                Select(Format("{item}"), id="zone", item_id_getter=str, items="zones", on_click=zone_chosen)
            ),
            TextInput(id="zone_typed", type_factory=_zone, on_success=zone_typed, on_error=explain_problem),
            only_text(),
            back_cancel(),
            getter=summary_getter,
            state=NewProgramme.timezone,
        ),
        Screen(
            T("new-programme-confirm"),
            Button(T("btn-confirm"), id="create", on_click=create),
            back_cancel(),
            getter=summary_getter,
            state=NewProgramme.confirm,
        ),
        Outcome(
            T("new-programme-done"),
            Button(T("btn-new-pair"), id="pair", on_click=add_pair),
            Cancel(T("btn-menu")),
            getter=summary_getter,
            state=NewProgramme.done,
        ),
        on_start=on_start,
    )
