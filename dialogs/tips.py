"""Online-safety tips on demand (`/tips`): the tips of seed 003 one page each, in the wording for the
person (students or teachers), starting from the last one they were sent; "Report a concern" under each."""

from __future__ import annotations

from typing import Any

from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery
from aiogram_dialog import Dialog, DialogManager
from aiogram_dialog.widgets.kbd import Button, Cancel, Row, Start
from aiogram_dialog.widgets.text import Format

from dialogs import concern
from dialogs.common import Screen
from dialogs.context import actor_of, session_of
from dialogs.widgets import T, i18n_of
from scheduler import tips
from storage.models import ProgrammeKind
from storage.repo import pairs, people

TIP_KEY = "tip"  # the number of the tip on the page


class TipsStates(StatesGroup):
    entry = State()


States = TipsStates  # the name the menu and commands use


def _shown(manager: DialogManager) -> int:
    number = manager.dialog_data.get(TIP_KEY)
    return number if number in tips.TIP_NUMBERS else tips.TIP_NUMBERS[0]


async def on_start(_data: Any, manager: DialogManager) -> None:
    person = await people.by_telegram_id(session_of(manager), actor_of(manager).telegram_id)
    manager.dialog_data[TIP_KEY] = tips.last_tip(person.tips_seen if person is not None else 0)


async def getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    views = await pairs.views_for_person(session_of(dialog_manager), actor_of(dialog_manager).person_id)
    audience = tips.audience_of(any(view.programme_kind is ProgrammeKind.STUDENT for view in views))
    return {"tip": tips.tip_text(i18n_of(dialog_manager).get, _shown(dialog_manager), audience)}


async def turn(_callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    """The next or previous tip; after the last comes the first again."""
    numbers = tips.TIP_NUMBERS
    step = 1 if button.widget_id == "next" else -1
    manager.dialog_data[TIP_KEY] = numbers[(numbers.index(_shown(manager)) + step) % len(numbers)]


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(
        Screen(
            Format("{tip}"),
            Row(
                Button(T("btn-tips-previous"), id="previous", on_click=turn),
                Button(T("btn-tips-next"), id="next", on_click=turn),
            ),
            Start(T("btn-concern"), id="concern", state=concern.States.entry),
            Cancel(T("btn-back")),
            getter=getter,
            state=States.entry,
        ),
        on_start=on_start,
    )
