"""A coordinator's concerns as cases (issue #23): the list (open first, oldest first, with age; a filter by
programme), a case (read when first opened: its reporter is told), taking it on, internal notes, replies to
the reporter, closing with an outcome and a note, reopening, the trail of everything, pausing the pair."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from aiogram_dialog import DialogManager
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Button, Cancel, Column, Row, SwitchTo
from aiogram_dialog.widgets.text import Format

from dialogs.case_words import age, moment, trail_lines
from dialogs.common import (
    LABEL_LIMIT,
    Outcome,
    Screen,
    choice_buttons,
    choice_pages,
    explain_problem,
    long_text,
    not_available,
    only_text,
    parse_id,
    shorten,
    tr,
)
from dialogs.context import actor_of, config_of, session_of
from dialogs.navigation import CoordinatorDialog
from dialogs.widgets import T, i18n_of, local_date
from storage.errors import NotFound
from storage.models import CaseOutcome, CaseState
from storage.repo import concerns, people
from storage.repo.concerns import ConcernView
from storage.timeutil import utcnow

NOTE_LIMIT = 2000
CLOSING_LIMIT = 500
CASE_KEY = "concern_id"
FILTER_KEY = "programme_id"
DONE_KEY = "done"  # which outcome the done screen says


class ConcernsAdminStates(StatesGroup):
    entry = State()
    filter = State()
    card = State()
    trail = State()
    note = State()
    reply = State()
    outcome = State()
    closing = State()
    done = State()


States = ConcernsAdminStates  # the name the menu and commands use

STATE_MARKS = {
    CaseState.NEW: "🆘",
    CaseState.READ: "👁",
    CaseState.IN_PROGRESS: "🔧",
    CaseState.CLOSED: "✔",
}


def _now() -> datetime:
    return utcnow()


def _item_label(i18n: Any, view: ConcernView, now: datetime) -> str:
    """The state, how long it has been so (or the day it closed) and the programme, cut to what a phone
    shows of a button."""
    if view.is_open:
        when = age(i18n, now - view.since())
    else:
        when = local_date((view.handled_at or view.created_at).date(), i18n.locale)
    head = tr(
        i18n,
        "concerns-item",
        mark=STATE_MARKS[view.state],
        when=when,
        state=i18n.get(f"case-state-{view.state}"),
    )
    room = LABEL_LIMIT - len(head) - 3
    return f"{head} · {shorten(view.programme_name or '–', max(room, 1))}"


async def list_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    session, person_id = session_of(dialog_manager), actor_of(dialog_manager).person_id
    chosen = dialog_manager.dialog_data.get(FILTER_KEY)
    views = await concerns.for_coordinator(session, person_id, programme_id=chosen)
    programmes = dict(await concerns.programmes_with_concerns(session, person_id))
    now = _now()
    return {
        "items": [(view.id, _item_label(i18n, view, now)) for view in views],
        "empty": not views,
        "filtered": chosen is not None,
        "can_filter": len(programmes) > 1 or chosen is not None,
        "programme": programmes.get(chosen, "–") if chosen is not None else "",
    }


async def filter_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    session, person_id = session_of(dialog_manager), actor_of(dialog_manager).person_id
    return {"programmes": await concerns.programmes_with_concerns(session, person_id)}


async def filter_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    owned = dict(await concerns.programmes_with_concerns(session_of(manager), actor_of(manager).person_id))
    programme_id = parse_id(item_id)
    if programme_id is None or programme_id not in owned:
        await not_available(callback, manager)
        return
    manager.dialog_data[FILTER_KEY] = programme_id
    await manager.switch_to(States.entry)


async def filter_cleared(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    manager.dialog_data.pop(FILTER_KEY, None)
    await manager.switch_to(States.entry)


async def _open(manager: DialogManager, concern_id: int) -> None:
    """Show the case; the first coordinator to open it makes it read (and its reporter is told)."""
    manager.dialog_data[CASE_KEY] = concern_id
    await concerns.mark_read(session_of(manager), concern_id, actor_of(manager).person_id, _now())
    await manager.switch_to(States.card)


async def open_card(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    concern_id = parse_id(item_id)
    if concern_id is None or not await _may_see(manager, concern_id):
        await not_available(callback, manager)
        return
    await _open(manager, concern_id)


async def _may_see(manager: DialogManager, concern_id: int) -> bool:
    """The case is of an organisation the person coordinates (now: they may have been removed since)."""
    try:
        await concerns.get_for_coordinator(session_of(manager), concern_id, actor_of(manager).person_id)
    except NotFound:
        return False
    return True


async def _gone(event: CallbackQuery | Message, manager: DialogManager) -> None:
    """The person no longer coordinates the case's organisation: "not available", back to the list."""
    manager.dialog_data.pop(CASE_KEY, None)
    await not_available(event, manager)
    await manager.switch_to(States.entry)


async def on_start(start_data: Any, manager: DialogManager) -> None:
    """Opened from an alert's button: straight to that case (if the coordinator may see it)."""
    concern_id = start_data.get(CASE_KEY) if isinstance(start_data, dict) else None
    if concern_id is None:
        return
    try:
        await concerns.get_for_coordinator(session_of(manager), int(concern_id), actor_of(manager).person_id)
    except NotFound:
        return
    await _open(manager, int(concern_id))


async def _case(manager: DialogManager) -> ConcernView:
    return await concerns.get_for_coordinator(
        session_of(manager), manager.dialog_data[CASE_KEY], actor_of(manager).person_id
    )


async def card_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    view = await _case(dialog_manager)
    closed = ""
    if view.state is CaseState.CLOSED:
        closed = tr(
            i18n,
            "concerns-closed-block",
            outcome=i18n.get(f"case-outcome-{view.outcome or CaseOutcome.OTHER}"),
            note=view.closing_note or "–",
        )
    card = tr(
        i18n,
        "concerns-card",
        date=local_date(view.created_at.date(), i18n.locale),
        reporter=view.reporter_name or i18n.get("concerns-unknown-reporter"),
        role=i18n.get(f"role-{view.reporter_role.value}") if view.reporter_role else "–",
        programme=view.programme_name or "–",
        status=i18n.get(f"case-state-{view.state}"),
        paused=i18n.get("concerns-paused") if view.pair_paused else "",
        text=view.text,
    )
    return {
        "card": card + closed,
        "open": view.is_open,
        "closed": not view.is_open,
        "can_take": view.state in (CaseState.NEW, CaseState.READ),
        "can_pause": view.is_open and view.pair_id is not None and not view.pair_paused,
        "can_resume": view.pair_paused,
    }


async def trail_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    view = await _case(dialog_manager)
    zone = await _zone(dialog_manager)
    events = await concerns.trail(session_of(dialog_manager), view.id)
    opened = tr(i18n, "trail-reported", at=moment(view.created_at, zone, i18n.locale))
    return {"trail": "\n".join([opened, *trail_lines(i18n, events, zone, staff=True)])}


async def _zone(manager: DialogManager) -> str:
    return await people.timezone_of(
        session_of(manager), actor_of(manager).person_id, config_of(manager).default_timezone
    )


async def take_on(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    try:
        await concerns.take_on(
            session_of(manager), manager.dialog_data[CASE_KEY], actor_of(manager).person_id, _now()
        )
    except NotFound:
        await _gone(callback, manager)


async def reopen(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    try:
        await concerns.reopen(
            session_of(manager), manager.dialog_data[CASE_KEY], actor_of(manager).person_id, _now()
        )
    except NotFound:
        await _gone(callback, manager)


async def pause(callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    try:
        await concerns.set_pair_paused(
            session_of(manager),
            manager.dialog_data[CASE_KEY],
            actor_of(manager).person_id,
            paused=button.widget_id == "pause",
            now=_now(),
        )
    except NotFound:
        await _gone(callback, manager)


async def _finish(manager: DialogManager, said: str) -> None:
    manager.dialog_data[DONE_KEY] = said
    await manager.switch_to(States.done)


async def _closed_meanwhile(message: Message, manager: DialogManager) -> None:
    """Nothing written is stored: another coordinator closed the case while this one was writing, or this
    one no longer coordinates its organisation."""
    if not await _may_see(manager, manager.dialog_data[CASE_KEY]):
        await _gone(message, manager)
        return
    await message.answer(i18n_of(manager).get("concerns-closed-meanwhile"))
    await manager.switch_to(States.card)


async def note_written(message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    try:
        await concerns.add_note(
            session_of(manager), manager.dialog_data[CASE_KEY], actor_of(manager).person_id, text, _now()
        )
    except NotFound:
        await _closed_meanwhile(message, manager)
        return
    await _finish(manager, "concerns-note-saved")


async def reply_written(message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    try:
        told = await concerns.reply(
            session_of(manager), manager.dialog_data[CASE_KEY], actor_of(manager).person_id, text, _now()
        )
    except NotFound:
        await _closed_meanwhile(message, manager)
        return
    await _finish(manager, "concerns-reply-queued" if told else "concerns-reply-kept")


async def outcome_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    if item_id not in {outcome.value for outcome in CaseOutcome}:
        await not_available(callback, manager)
        return
    manager.dialog_data["outcome"] = item_id
    await manager.switch_to(States.closing)


async def outcome_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    return {"outcomes": [(o.value, i18n.get(f"case-outcome-{o.value}")) for o in CaseOutcome]}


async def closing_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    chosen = dialog_manager.dialog_data.get("outcome", CaseOutcome.OTHER.value)
    return {"outcome": i18n.get(f"case-outcome-{chosen}"), "limit": CLOSING_LIMIT}


async def closing_written(_message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    outcome = CaseOutcome(manager.dialog_data.get("outcome", CaseOutcome.OTHER.value))
    try:
        await concerns.close(
            session_of(manager),
            manager.dialog_data[CASE_KEY],
            actor_of(manager).person_id,
            outcome,
            text,
            _now(),
        )
    except NotFound:
        await _closed_meanwhile(_message, manager)
        return
    await _finish(manager, "concerns-closed-done")


async def done_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    return {
        "said": i18n_of(dialog_manager).get(dialog_manager.dialog_data.get(DONE_KEY, "concerns-note-saved"))
    }


def _case_buttons() -> Column:
    return Column(
        Button(T("btn-case-take"), id="take", on_click=take_on, when="can_take"),
        SwitchTo(T("btn-case-reply"), id="reply", state=States.reply, when="open"),
        SwitchTo(T("btn-case-note"), id="note", state=States.note, when="open"),
        SwitchTo(T("btn-case-trail"), id="trail", state=States.trail),
        SwitchTo(T("btn-case-close"), id="close", state=States.outcome, when="open"),
        Button(T("btn-case-reopen"), id="reopen", on_click=reopen, when="closed"),
        Button(T("btn-pair-pause"), id="pause", on_click=pause, when="can_pause"),
        Button(T("btn-pair-resume"), id="resume", on_click=pause, when="can_resume"),
    )


def _back_to_case() -> Row:
    return Row(SwitchTo(T("btn-back"), id="to_case", state=States.card), Cancel(T("btn-menu")))


def _writing(prompt: str, state: State, on_success: Any, limit: int, getter: Any = None) -> Any:
    async def limit_only(**_: Any) -> dict[str, Any]:
        return {"limit": limit}

    name = str(state.state).split(":")[-1]
    return Screen(
        T(prompt),
        TextInput(
            id=f"text_{name}",
            type_factory=long_text(limit),
            on_success=on_success,
            on_error=explain_problem,
        ),
        only_text(),
        SwitchTo(T("btn-cancel"), id=f"cancel_{name}", state=States.card),
        getter=getter or limit_only,
        state=state,
    )


def dialog() -> CoordinatorDialog:
    """A new instance: each dispatcher needs its own."""
    return CoordinatorDialog(
        Screen(
            T("concerns-title"),
            T("concerns-filtered", when="filtered"),
            T("concerns-empty", when="empty"),
            T("concerns-legend", when="items"),
            choice_pages("concern", "items", open_card),
            SwitchTo(T("btn-concerns-filter"), id="filter", state=States.filter, when="can_filter"),
            Cancel(T("btn-back")),
            getter=list_getter,
            state=States.entry,
        ),
        Screen(
            T("concerns-filter-title"),
            Button(T("btn-concerns-all"), id="all", on_click=filter_cleared),
            choice_pages("programme", "programmes", filter_chosen),
            SwitchTo(T("btn-back"), id="filter_back", state=States.entry),
            getter=filter_getter,
            state=States.filter,
        ),
        Screen(
            Format("{card}"),
            _case_buttons(),
            Row(SwitchTo(T("btn-back"), id="to_list", state=States.entry), Cancel(T("btn-menu"))),
            getter=card_getter,
            state=States.card,
        ),
        Screen(
            T("concerns-trail-title"),
            Format("{trail}"),
            _back_to_case(),
            getter=trail_getter,
            state=States.trail,
        ),
        _writing("concerns-note-prompt", States.note, note_written, NOTE_LIMIT),
        _writing("concerns-reply-prompt", States.reply, reply_written, NOTE_LIMIT),
        Screen(
            T("concerns-outcome-prompt"),
            Column(choice_buttons("outcome", "outcomes", outcome_chosen)),
            SwitchTo(T("btn-cancel"), id="cancel_outcome", state=States.card),
            getter=outcome_getter,
            state=States.outcome,
        ),
        _writing("concerns-closing-prompt", States.closing, closing_written, CLOSING_LIMIT, closing_getter),
        Outcome(
            Format("{said}"),
            _back_to_case(),
            getter=done_getter,
            state=States.done,
        ),
        on_start=on_start,
    )
