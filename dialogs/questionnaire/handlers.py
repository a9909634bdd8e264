"""Opening the questionnaire, moving between its items, and what the answers and buttons do."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from aiogram.fsm.state import State
from aiogram.types import CallbackQuery, Message
from aiogram_dialog import DialogManager, ShowMode, StartMode
from aiogram_dialog.widgets.input import ManagedTextInput
from aiogram_dialog.widgets.kbd import Button

from bot.instruments import STUDENT_INTAKE, Instrument, Item, ItemKind
from dialogs.common import not_available
from dialogs.context import actor_of, session_of
from dialogs.pair_context import PAIR_KEY, choose_pair, pair_choices
from dialogs.questionnaire.base import (
    ITEM_KEY,
    PHASE_KEY,
    Sheet,
    _current_item,
    _keep_sheet,
    _pair,
    _requested_phase,
    _sheet,
    _start_value,
    phase_for,
)
from dialogs.questionnaire.states import States
from dialogs.states import MainMenu
from dialogs.widgets import i18n_of
from storage.errors import NotFound
from storage.models import Phase, Role
from storage.repo import pairs, questionnaires
from storage.repo.questionnaires import Answer
from storage.timeutil import utcnow

# --- opening, moving between items --------------------------------------------------------------------------


def _state_of(instrument: Instrument, item: Item) -> State:
    if item.kind is ItemKind.SCALE:
        return States.scale
    if item.kind is ItemKind.MULTI:
        return States.multi
    return States.short_text if instrument is STUDENT_INTAKE else States.long_text


async def _show_item(manager: DialogManager, sheet: Sheet, index: int) -> None:
    manager.dialog_data[ITEM_KEY] = index
    await manager.switch_to(_state_of(sheet.instrument, sheet.instrument.items[index]))


async def _continue(manager: DialogManager, after: int = -1) -> None:
    """On to the next unanswered item, or to the summary when all are answered."""
    sheet = await _sheet(manager)
    index = sheet.first_unanswered(after)
    if index is None:
        await manager.switch_to(States.summary)
    else:
        await _show_item(manager, sheet, index)


async def open_pair(manager: DialogManager) -> None:
    """What the person does here for the pair: a mentee answers an open questionnaire where they left off;
    otherwise they see where things stand."""
    pair = await _pair(manager)
    if pair is None:
        several = len(await pair_choices(manager)) > 1
        await manager.switch_to(States.pair if several else States.entry)
        return
    manager.dialog_data[PAIR_KEY] = pair.pair_id
    if pair.my_role is not Role.MENTEE:
        await manager.switch_to(States.entry)
        return
    manager.dialog_data[PHASE_KEY] = (_requested_phase(manager) or phase_for(pair.stage)).value
    if (await _sheet(manager, pair)).response.completed:
        await manager.switch_to(States.entry)
    else:
        await _continue(manager)


async def on_start(_start_data: Any, manager: DialogManager) -> None:
    await open_pair(manager)


async def open_baseline_if_due(manager: DialogManager) -> bool:
    """At onboarding: a mentee whose pair's baseline is not complete gets it at once, on top of the menu
    (so finishing or leaving it lands in the menu). False if there is nothing to ask."""
    session = session_of(manager)
    person_id = actor_of(manager).person_id
    awaiting = set(await questionnaires.pairs_awaiting_baseline(session, person_id))
    due = [
        view.pair_id
        for view in await pairs.views_for_person(session, person_id)
        if view.pair_id in awaiting and phase_for(view.stage) is Phase.BASELINE
    ]
    if not due:
        return False
    await manager.start(MainMenu.main, mode=StartMode.RESET_STACK, show_mode=ShowMode.NO_UPDATE)
    await manager.start(
        States.entry, data={PAIR_KEY: due[0], PHASE_KEY: Phase.BASELINE.value}, show_mode=ShowMode.AUTO
    )
    return True


# --- handlers -----------------------------------------------------------------------------------------------


async def pair_chosen(callback: CallbackQuery, widget: Any, manager: DialogManager, item_id: str) -> None:
    if await choose_pair(callback, widget, manager, item_id):
        manager.dialog_data.pop(PHASE_KEY, None)
        await open_pair(manager)


async def answer_now(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await open_pair(manager)


async def leave(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Back from the questionnaire: to the choice of pair if the person chose one here, else out."""
    chose_here = _start_value(manager, PAIR_KEY) is None and len(await pair_choices(manager)) > 1
    if chose_here:
        manager.dialog_data.pop(PAIR_KEY, None)
        await manager.switch_to(States.pair)
    else:
        await manager.done()


async def previous_item(callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    index = manager.dialog_data[ITEM_KEY]
    if index == 0:
        await leave(callback, button, manager)
    else:
        await _show_item(manager, await _sheet(manager), index - 1)


async def _save(event: CallbackQuery | Message, manager: DialogManager, sheet: Sheet, answer: Answer) -> bool:
    """Store the answer; a confirmed response no longer changes (an old button gets "not available")."""
    try:
        await questionnaires.save_answer(session_of(manager), sheet.response, answer)
    except NotFound:
        await not_available(event, manager)
        return False
    sheet.answers[answer.item] = answer
    return True


def _option(item: Item, item_id: str) -> int | None:
    """The option index a button carries, if it is one of the item's."""
    return int(item_id) if item_id.isdecimal() and int(item_id) < len(item.options) else None


async def option_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    sheet, item = await _current_item(manager)
    option = _option(item, item_id)
    if option is None:
        await not_available(callback, manager)
        return
    if await _save(callback, manager, sheet, Answer(item.key, choice=option)):
        await _continue(manager, after=manager.dialog_data[ITEM_KEY])


async def option_toggled(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    """Pick or unpick one of several options; stored at once, the window stays for more."""
    sheet, item = await _current_item(manager)
    option = _option(item, item_id)
    if option is None:
        await not_available(callback, manager)
        return
    answer = sheet.answers.get(item.key)
    picked = set(answer.choices) if answer is not None else set()
    picked ^= {option}
    if picked:
        await _save(callback, manager, sheet, Answer(item.key, choices=tuple(sorted(picked))))
        return
    try:
        await questionnaires.clear_answer(session_of(manager), sheet.response.id, item.key)
    except NotFound:
        await not_available(callback, manager)
        return
    sheet.answers.pop(item.key, None)


async def picks_done(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    sheet, item = await _current_item(manager)
    if item.key not in sheet.answers:
        await callback.answer(i18n_of(manager).get("questionnaire-pick-one"), show_alert=True)
        return
    await _continue(manager, after=manager.dialog_data[ITEM_KEY])


async def skipped(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    sheet, item = await _current_item(manager)
    if await _save(callback, manager, sheet, Answer(item.key, skipped=True)):
        await _continue(manager, after=manager.dialog_data[ITEM_KEY])


async def kept(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await _continue(manager, after=manager.dialog_data[ITEM_KEY])


async def text_given(
    message: Message, widget: ManagedTextInput[str], manager: DialogManager, text: str
) -> None:
    # the answer lives in its table only, not also in the dialog state
    manager.current_context().widget_data.pop(widget.widget.widget_id or "", None)
    sheet, item = await _current_item(manager)
    if await _save(message, manager, sheet, Answer(item.key, text=text)):
        await _continue(manager, after=manager.dialog_data[ITEM_KEY])


async def change_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    sheet = await _sheet(manager)
    if not item_id.isdecimal() or int(item_id) >= len(sheet.instrument.items) or sheet.response.completed:
        await not_available(callback, manager)
        return
    await _show_item(manager, sheet, int(item_id))


async def back_from_summary(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    sheet = await _sheet(manager)
    await _show_item(manager, sheet, len(sheet.instrument.items) - 1)


async def confirmed(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    sheet = await _sheet(manager)
    missing = sheet.first_unanswered()
    if missing is not None:
        await _show_item(manager, sheet, missing)
        return
    try:
        await questionnaires.complete(session_of(manager), sheet.response.id, utcnow())
    except NotFound:
        await not_available(callback, manager)
        return
    _keep_sheet(manager, replace(sheet, response=replace(sheet.response, completed=True)))
    await manager.switch_to(States.thanks)
