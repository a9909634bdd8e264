"""A coordinator's programmes: the list, and a card with the programme's pairs and their state."""

from __future__ import annotations

from typing import Any

from aiogram.types import CallbackQuery
from aiogram_dialog import Dialog, DialogManager
from aiogram_dialog.widgets.kbd import Button, Cancel, Column, Row, ScrollingGroup, Select, SwitchTo
from aiogram_dialog.widgets.text import Format

from dialogs.common import Screen, not_available, tr
from dialogs.context import actor_of, session_of
from dialogs.states import NewPair, Programmes
from dialogs.widgets import T, i18n_of, local_date
from storage.errors import NotFound
from storage.models import Pair
from storage.repo import pairs, programmes


async def list_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    owned = await programmes.for_coordinator(session_of(dialog_manager), actor_of(dialog_manager).person_id)
    return {"programmes": [(p.id, p.name) for p in owned], "empty": not owned}


async def open_card(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    try:
        await programmes.get_for_coordinator(session_of(manager), int(item_id), actor_of(manager).person_id)
    except (NotFound, ValueError):
        await not_available(callback, manager)
        return
    manager.dialog_data["programme_id"] = int(item_id)
    await manager.switch_to(Programmes.card)


def _pair_line(i18n: Any, pair: Pair) -> str:
    missing = [
        name
        for name, person_id in ((pair.mentor_name, pair.mentor_id), (pair.mentee_name, pair.mentee_id))
        if person_id is None
    ]
    waiting = " " + tr(i18n, "programme-pair-waiting", who=", ".join(missing)) if missing else ""
    stage = i18n.get(f"stage-{pair.stage.value}")
    return (
        tr(i18n, "programme-pair-line", mentor=pair.mentor_name, mentee=pair.mentee_name, stage=stage)
        + waiting
    )


async def card_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    session = session_of(dialog_manager)
    programme = await programmes.get_for_coordinator(
        session, dialog_manager.dialog_data["programme_id"], actor_of(dialog_manager).person_id
    )
    members = await pairs.in_programme(session, programme.id)
    card = tr(
        i18n,
        "programme-card",
        name=programme.name,
        kind=i18n.get(f"programme-kind-{programme.kind.value}"),
        start=local_date(programme.start_date, i18n.locale),
        end=local_date(programme.end_date, i18n.locale),
        timezone=programme.timezone,
        pairs=len(members),
    )
    lines = [_pair_line(i18n, pair) for pair in members]
    return {"card": "\n".join([card, *lines])}


async def new_pair_here(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await manager.start(NewPair.mentor, data={"programme_id": manager.dialog_data["programme_id"]})


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(
        Screen(
            T("programmes-title"),
            T("programmes-empty", when="empty"),
            ScrollingGroup(
                Select(
                    Format("{item[1]}"),
                    id="programme",
                    item_id_getter=lambda item: item[0],
                    items="programmes",
                    on_click=open_card,
                ),
                id="programmes_page",
                width=1,
                height=8,
                hide_on_single_page=True,
            ),
            Cancel(T("btn-back")),
            getter=list_getter,
            state=Programmes.list,
        ),
        Screen(
            Format("{card}"),
            Column(Button(T("btn-new-pair"), id="new_pair", on_click=new_pair_here)),
            Row(SwitchTo(T("btn-back"), id="to_list", state=Programmes.list), Cancel(T("btn-menu"))),
            getter=card_getter,
            state=Programmes.card,
        ),
    )
