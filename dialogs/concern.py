"""Report a concern (`/concern`), always one tap away for mentees and mentors (seed 003, online safety).

The report goes to every coordinator of the organisation at once, through the outbox (so nothing is lost).
It is seen only by the reporter and those coordinators. The words are honest about confidentiality.
"""

from __future__ import annotations

import logging
from typing import Any

from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from aiogram_dialog import Dialog, DialogManager
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Button, Cancel, Column, Row, SwitchTo
from aiogram_dialog.widgets.text import Format

from dialogs.case_words import trail_lines
from dialogs.common import (
    Outcome,
    Problem,
    Screen,
    choice_buttons,
    choice_pages,
    explain_problem,
    not_available,
    only_text,
    parse_id,
    shorten,
    tr,
    visible_text,
)
from dialogs.context import actor_of, config_of, session_of
from dialogs.pair_context import choose_pair, current_pair, pair_choices
from dialogs.widgets import T, i18n_of, local_date
from storage.errors import NotFound
from storage.models import CaseState, Role
from storage.repo import concerns, organisations, pairs, people, programmes
from storage.timeutil import utcnow

log = logging.getLogger(__name__)
TEXT_LIMIT = 3000


class ConcernStates(StatesGroup):
    entry = State()
    pick_pair = State()
    confirm = State()
    sent = State()
    mine = State()
    case = State()
    add = State()
    added = State()


States = ConcernStates  # the name the menu and commands use
CASE_KEY = "case_id"  # the reporter's own report on screen
REPORT_SHOWN = 300  # characters of the report above its messages
THREAD_MARK = "\x00thread\x00"


def _report_text(text: str) -> str:
    value = visible_text(text)
    if not value:
        raise Problem("text-empty")
    if len(value) > TEXT_LIMIT:
        raise Problem("concern-too-long", length=len(value), limit=TEXT_LIMIT)
    return value


async def on_start(data: Any, manager: DialogManager) -> None:
    """Opened from the urgent-words button (dialogs/urgent.py), the flow starts filled with what the
    person wrote: they see it, and send it, write it again or cancel. Opened from news of a report
    (`myconcern:` buttons), it shows that report."""
    if isinstance(data, dict) and isinstance(data.get(CASE_KEY), int):
        manager.dialog_data[CASE_KEY] = data[CASE_KEY]
        await manager.switch_to(States.case)
        return
    if isinstance(data, dict) and isinstance(data.get("text"), str):
        manager.dialog_data["text"] = data["text"]
    if await current_pair(manager) is None:
        await manager.switch_to(States.pick_pair)
    elif manager.dialog_data.get("text"):
        await manager.switch_to(States.confirm)


async def getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    view = await current_pair(dialog_manager)
    result: dict[str, Any] = {
        "pairs": await pair_choices(dialog_manager),
        "text": dialog_manager.dialog_data.get("text", ""),
    }
    if view is not None:
        programme = await programmes.get(session_of(dialog_manager), view.programme_id)
        org = await organisations.get(session_of(dialog_manager), programme.org_id)
        other_role = Role.MENTEE if view.my_role is Role.MENTOR else Role.MENTOR
        result |= {
            "org": org.name,
            "other_role": i18n.get(f"role-{other_role.value}"),
            "emergency": org.emergency_number,
            "helpline": org.helpline_number,
        }
    return result


async def pair_picked(callback: CallbackQuery, widget: Any, manager: DialogManager, item_id: str) -> None:
    if await choose_pair(callback, widget, manager, item_id):
        await manager.switch_to(States.confirm if manager.dialog_data.get("text") else States.entry)


async def written(_message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    manager.dialog_data["text"] = text
    await manager.switch_to(States.confirm)


async def send(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Store the report and queue its alerts; the next screen says who was told. It is shown only once
    both are committed (`bot/update/commit_first.py`): if the database fails, the person is told it
    did not work instead."""
    session = session_of(manager)
    actor = actor_of(manager)
    view = await current_pair(manager)
    text = manager.dialog_data.get("text")
    if view is None or not text:
        await manager.switch_to(States.entry)
        return
    pair = await pairs.get_for_member(session, view.pair_id, actor.person_id)
    programme = await programmes.get(session, pair.programme_id)
    now = utcnow()
    concern = await concerns.report(
        session, reporter_id=actor.person_id, pair=pair, org_id=programme.org_id, text=text, now=now
    )
    alerted = await concerns.alert(session, concern, programme.name, view.my_role, now)
    if not alerted:
        log.warning(
            "concern %s in organisation %s: no coordinator can be reached; see `mentorbot concerns`",
            concern.id,
            programme.org_id,
        )
    manager.dialog_data.pop("text", None)
    manager.dialog_data["alerted"] = alerted
    await manager.switch_to(States.sent)


async def sent_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    alerted = bool(dialog_manager.dialog_data.get("alerted"))
    return await getter(dialog_manager) | {"alerted": alerted, "nobody_alerted": not alerted}


async def mine_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    reports = await concerns.of_reporter(session_of(dialog_manager), actor_of(dialog_manager).person_id)
    items = [
        (
            report.id,
            tr(
                i18n,
                "concern-mine-item",
                date=local_date(report.created_at.date(), i18n.locale),
                status=i18n.get(f"concern-status-{report.state}"),
            ),
        )
        for report in reports
    ]
    return {"items": items, "empty": not reports}


async def report_picked(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    report_id = parse_id(item_id)
    try:
        if report_id is None:
            raise NotFound(item_id)
        await concerns.get_for_reporter(session_of(manager), report_id, actor_of(manager).person_id)
    except NotFound:
        await not_available(callback, manager)
        return
    manager.dialog_data[CASE_KEY] = report_id
    await manager.switch_to(States.case)


async def case_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    """The reporter's own report: its state in plain words, what they wrote, and the messages with the
    coordinators (never who they are, never the internal notes). With messages, the report itself is cut
    short so that the newest message always shows whole."""
    i18n = i18n_of(dialog_manager)
    session, person_id = session_of(dialog_manager), actor_of(dialog_manager).person_id
    report = await concerns.get_for_reporter(session, dialog_manager.dialog_data[CASE_KEY], person_id)
    zone = await people.timezone_of(session, person_id, config_of(dialog_manager).default_timezone)
    lines = trail_lines(i18n, await concerns.thread(session, report.id), zone, staff=False)
    thread = ""
    if lines:  # the lines are escaped already: put them in after Fluent, not through it
        thread = i18n.get("concern-case-thread", thread=THREAD_MARK).replace(THREAD_MARK, "\n".join(lines))
    return {
        "date": local_date(report.created_at.date(), i18n.locale),
        "status": i18n.get(f"concern-status-{report.state}"),
        "text": shorten(report.text, REPORT_SHOWN if lines else TEXT_LIMIT),
        "thread": thread,
        "open": report.state is not CaseState.CLOSED,
        "closed": report.state is CaseState.CLOSED,
    }


async def added_text(message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    """The reporter adds to their report: kept in the case; the coordinators are told to read it."""
    try:
        told = await concerns.answer(
            session_of(manager), manager.dialog_data[CASE_KEY], actor_of(manager).person_id, text, utcnow()
        )
    except NotFound:  # closed meanwhile
        await message.answer(i18n_of(manager).get("concern-closed-meanwhile"))
        await manager.switch_to(States.case)
        return
    manager.dialog_data["alerted"] = told
    await manager.switch_to(States.added)


async def added_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    alerted = bool(dialog_manager.dialog_data.get("alerted"))
    return await getter(dialog_manager) | {"alerted": alerted, "nobody_alerted": not alerted}


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(
        Screen(
            T("concern-intro"),
            TextInput(id="text", type_factory=_report_text, on_success=written, on_error=explain_problem),
            only_text(),
            Row(SwitchTo(T("btn-concern-mine"), id="mine", state=States.mine), Cancel(T("btn-cancel"))),
            getter=getter,
            state=States.entry,
        ),
        Screen(
            T("concern-which-pair"),
            Column(choice_buttons("pair", "pairs", pair_picked)),
            Cancel(T("btn-cancel")),
            getter=getter,
            state=States.pick_pair,
        ),
        Screen(
            T("concern-confirm"),
            Button(T("btn-concern-send"), id="send", on_click=send),
            Row(SwitchTo(T("btn-concern-edit"), id="edit", state=States.entry), Cancel(T("btn-cancel"))),
            getter=getter,
            state=States.confirm,
        ),
        Outcome(
            T("concern-sent", when="alerted"),
            T("concern-kept", when="nobody_alerted"),
            Cancel(T("btn-menu")),
            getter=sent_getter,
            state=States.sent,
        ),
        Screen(
            T("concern-mine-title"),
            T("concern-mine-empty", when="empty"),
            choice_pages("report", "items", report_picked),
            SwitchTo(T("btn-back"), id="back", state=States.entry),
            getter=mine_getter,
            state=States.mine,
        ),
        Screen(
            T("concern-case"),
            Format("{thread}", when="thread"),
            T("concern-case-closed", when="closed"),
            SwitchTo(T("btn-concern-add"), id="add", state=States.add, when="open"),
            Row(SwitchTo(T("btn-back"), id="to_mine", state=States.mine), Cancel(T("btn-menu"))),
            getter=case_getter,
            state=States.case,
        ),
        Screen(
            T("concern-add-prompt"),
            TextInput(id="more", type_factory=_report_text, on_success=added_text, on_error=explain_problem),
            only_text(),
            SwitchTo(T("btn-cancel"), id="cancel_add", state=States.case),
            state=States.add,
        ),
        Outcome(
            T("concern-added", when="alerted"),
            T("concern-added-kept", when="nobody_alerted"),
            Row(SwitchTo(T("btn-concern-to-report"), id="to_case", state=States.case), Cancel(T("btn-menu"))),
            getter=added_getter,
            state=States.added,
        ),
        on_start=on_start,
    )
