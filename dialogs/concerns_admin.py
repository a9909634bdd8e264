"""A coordinator's concerns: the list (open first), a report in full, mark handled, pause the pair."""

from __future__ import annotations

from functools import partial
from typing import Any

from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery
from aiogram_dialog import DialogManager
from aiogram_dialog.widgets.kbd import Button, Cancel, Column, Row, SwitchTo
from aiogram_dialog.widgets.text import Format

from dialogs.common import LABEL_LIMIT, Screen, choice_pages, not_available, shorten, tr
from dialogs.context import actor_of, session_of
from dialogs.navigation import CoordinatorDialog
from dialogs.widgets import T, i18n_of, local_date
from storage.errors import NotFound
from storage.repo import concerns
from storage.repo.concerns import ConcernView
from storage.timeutil import utcnow


class ConcernsAdminStates(StatesGroup):
    entry = State()
    card = State()


States = ConcernsAdminStates  # the name the menu and commands use


def _status(i18n: Any, view: ConcernView) -> str:
    return i18n.get("concern-status-handled" if view.handled_at else "concern-status-open")


async def list_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    views = await concerns.for_coordinator(session_of(dialog_manager), actor_of(dialog_manager).person_id)
    views.sort(key=lambda v: v.handled_at is not None)  # open first, each group newest first
    items = [(view.id, _item_label(i18n, view)) for view in views]
    return {"items": items, "empty": not items}


def _item_label(i18n: Any, view: ConcernView) -> str:
    """Open or handled, the day and the programme (cut to what a phone shows of a button)."""
    label = partial(
        i18n.get,
        "concerns-item",
        open="no" if view.handled_at else "yes",
        date=local_date(view.created_at.date(), i18n.locale),
    )
    room = LABEL_LIMIT - len(label(programme="")) - 1  # the mark is an emoji, two letters wide
    return str(label(programme=shorten(view.programme_name or "–", max(room, len("–")))))


async def open_card(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    try:
        await concerns.get_for_coordinator(session_of(manager), int(item_id), actor_of(manager).person_id)
    except (NotFound, ValueError):
        await not_available(callback, manager)
        return
    manager.dialog_data["concern_id"] = int(item_id)
    await manager.switch_to(States.card)


async def on_start(start_data: Any, manager: DialogManager) -> None:
    """Opened from an alert's button: straight to that report (if the coordinator may see it)."""
    concern_id = start_data.get("concern_id") if isinstance(start_data, dict) else None
    if concern_id is None:
        return
    try:
        await concerns.get_for_coordinator(session_of(manager), int(concern_id), actor_of(manager).person_id)
    except NotFound:
        return
    manager.dialog_data["concern_id"] = int(concern_id)
    await manager.switch_to(States.card)


async def card_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    view = await concerns.get_for_coordinator(
        session_of(dialog_manager),
        dialog_manager.dialog_data["concern_id"],
        actor_of(dialog_manager).person_id,
    )
    card = tr(
        i18n,
        "concerns-card",
        date=local_date(view.created_at.date(), i18n.locale),
        reporter=view.reporter_name or i18n.get("concerns-unknown-reporter"),
        role=i18n.get(f"role-{view.reporter_role.value}") if view.reporter_role else "–",
        programme=view.programme_name or "–",
        status=_status(i18n, view),
        paused=i18n.get("concerns-paused") if view.pair_paused else "",
        text=view.text,
    )
    return {
        "card": card,
        "open": view.handled_at is None,
        "can_pause": view.pair_id is not None and not view.pair_paused,
        "can_resume": view.pair_paused,
    }


async def handled(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await concerns.mark_handled(
        session_of(manager), manager.dialog_data["concern_id"], actor_of(manager).person_id, utcnow()
    )


async def pause(callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    await concerns.set_pair_paused(
        session_of(manager),
        manager.dialog_data["concern_id"],
        actor_of(manager).person_id,
        paused=button.widget_id == "pause",
        now=utcnow(),
    )


def dialog() -> CoordinatorDialog:
    """A new instance: each dispatcher needs its own."""
    return CoordinatorDialog(
        Screen(
            T("concerns-title"),
            T("concerns-empty", when="empty"),
            T("concerns-legend", when="items"),
            choice_pages("concern", "items", open_card),
            Cancel(T("btn-back")),
            getter=list_getter,
            state=States.entry,
        ),
        Screen(
            Format("{card}"),
            Column(
                Button(T("btn-concern-handled"), id="handled", on_click=handled, when="open"),
                Button(T("btn-pair-pause"), id="pause", on_click=pause, when="can_pause"),
                Button(T("btn-pair-resume"), id="resume", on_click=pause, when="can_resume"),
            ),
            Row(SwitchTo(T("btn-back"), id="to_list", state=States.entry), Cancel(T("btn-menu"))),
            getter=card_getter,
            state=States.card,
        ),
        on_start=on_start,
    )
