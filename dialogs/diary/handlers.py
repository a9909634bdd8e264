"""What the diary windows' buttons and typed answers do: the walk through an entry, step by step."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from aiogram.types import CallbackQuery, Message
from aiogram_dialog import ChatEvent, DialogManager
from aiogram_dialog.widgets.kbd import Button
from aiogram_dialog.widgets.kbd.calendar_kbd import ManagedCalendar

from dialogs import programme_days
from dialogs.common import Problem, not_available, tr
from dialogs.context import actor_of, session_of
from dialogs.diary.base import (
    ACTIVITY,
    CHOOSABLE_MODES,
    DATE,
    DURATION,
    MAX_MINUTES,
    MIN_MINUTES,
    MODE,
    PLAN_KEYS,
    QUICK_MINUTES,
    SECTION_STEPS,
    load_work,
    require_entry,
    today_in,
)
from dialogs.diary.states import States
from dialogs.pair_context import PAIR_KEY, choose_pair, current_pair, require_pair
from dialogs.widgets import i18n_of
from storage.errors import NotFound
from storage.models import SessionMode
from storage.repo import diary
from storage.repo.diary import DraftFacts, Section

# --- text input ---------------------------------------------------------------------------------------------


def minutes_field(text: str) -> int:
    """A TextInput type factory: whole minutes within the limits."""
    value = text.strip()
    if not value.isdigit() or not MIN_MINUTES <= int(value) <= MAX_MINUTES:
        raise Problem("diary-minutes-invalid", low=MIN_MINUTES, high=MAX_MINUTES)
    return int(value)


# --- the walk -----------------------------------------------------------------------------------------------


STEP_STATES = {DATE: States.date, DURATION: States.duration, MODE: States.mode, ACTIVITY: States.activity}


async def show_step(manager: DialogManager, step: str) -> None:
    manager.dialog_data["step"] = step
    await manager.switch_to(STEP_STATES.get(step, States.text))


async def begin_new(manager: DialogManager, known: DraftFacts | None = None) -> None:
    """A new entry: the one begun before (its draft), or one with the facts the scheduler knows."""
    manager.dialog_data["single"] = False
    manager.dialog_data.pop("entry_id", None)
    if known is not None:
        view = await require_pair(manager)
        await diary.keep_draft(
            session_of(manager), view.pair_id, actor_of(manager).person_id, known, fresh=True
        )
    await open_if_complete(manager)
    work = await load_work(manager)
    await show_step(manager, work.first_open() or DATE)


async def continue_entry(manager: DialogManager, entry_id: int, step: str | None = None) -> None:
    """Go on with a stored entry: at `step` alone (a change), or at its first unanswered step."""
    manager.dialog_data.update(entry_id=entry_id, single=step is not None)
    next_step = step or (await load_work(manager)).first_open()
    if next_step is None:
        await manager.switch_to(States.read)
    else:
        await show_step(manager, next_step)


async def advance(manager: DialogManager) -> None:
    """After a step: the next one of the walk, or the entry when it is done (or was a single change)."""
    if manager.dialog_data.pop("single", False):
        await manager.switch_to(States.read)
        return
    walk = (await load_work(manager)).walk
    later = walk[walk.index(manager.dialog_data["step"]) + 1 :]
    if later:
        await show_step(manager, later[0])
    else:
        await manager.switch_to(States.read)


async def step_back(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    if manager.dialog_data.pop("single", False):
        await manager.switch_to(States.edit)
        return
    walk = (await load_work(manager)).walk
    index = walk.index(manager.dialog_data["step"])
    if index == 0:
        await manager.switch_to(States.entry)
    else:
        await show_step(manager, walk[index - 1])


async def step_next(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await advance(manager)


async def open_if_complete(manager: DialogManager) -> None:
    """Store the new entry (from its draft) as soon as its date, duration and mode are known."""
    if manager.dialog_data.get("entry_id") is not None:
        return
    view = await require_pair(manager)
    entry = await diary.open_from_draft(session_of(manager), view.pair_id, actor_of(manager).person_id)
    if entry is not None:
        manager.dialog_data["entry_id"] = entry.facts.entry_id


async def store_facts(manager: DialogManager, **facts: Any) -> None:
    """Facts into the stored entry, or into the draft until the entry can be stored."""
    entry_id = manager.dialog_data.get("entry_id")
    person_id = actor_of(manager).person_id
    if entry_id is not None:
        await diary.change_facts(session_of(manager), entry_id, person_id, **facts)
    else:
        view = await require_pair(manager)
        await diary.keep_draft(session_of(manager), view.pair_id, person_id, cast(DraftFacts, facts))
        await open_if_complete(manager)
    await advance(manager)


# --- starting, the pair, the home ---------------------------------------------------------------------------


def prefilled(start_data: Any) -> DraftFacts | None:
    """The facts the scheduler knows about a meeting that was held (the valid ones), or None."""
    if not isinstance(start_data, dict) or "held_on" not in start_data:
        return None
    try:
        draft = DraftFacts(held_on=date.fromisoformat(str(start_data["held_on"])))
    except ValueError:
        return None
    minutes = start_data.get("duration_minutes")
    if isinstance(minutes, int) and MIN_MINUTES <= minutes <= MAX_MINUTES:
        draft["duration_minutes"] = minutes
    if start_data.get("mode") in {mode.value for mode in CHOOSABLE_MODES}:
        draft["mode"] = SessionMode(start_data["mode"])
    return draft


async def on_start(start_data: Any, manager: DialogManager) -> None:
    view = await current_pair(manager)
    if view is None:
        await manager.switch_to(States.pair)
        return
    manager.dialog_data[PAIR_KEY] = view.pair_id
    draft = prefilled(start_data)
    if draft is not None:
        await begin_new(manager, draft)
    else:
        await resume_or_home(manager)


async def resume_or_home(manager: DialogManager) -> None:
    """Continue what the person left half-done: a new entry whose facts they were choosing, or an entry
    half-written; else the diary's home."""
    view = await require_pair(manager)
    session = session_of(manager)
    if await diary.draft_of(session, view.pair_id, actor_of(manager).person_id) is not None:
        await begin_new(manager)
        return
    unfinished = await diary.being_written(session, view.pair_id, view.my_role)
    if unfinished is None:
        await manager.switch_to(States.entry)
    else:
        await continue_entry(manager, unfinished.entry_id)


async def pair_chosen(callback: CallbackQuery, widget: Any, manager: DialogManager, item_id: str) -> None:
    if await choose_pair(callback, widget, manager, item_id):
        await resume_or_home(manager)


async def new_entry(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await begin_new(manager)


async def checked_entry_id(callback: CallbackQuery, manager: DialogManager, item_id: str) -> int | None:
    """The id of an entry of the current pair, or None (and an alert) for any other id."""
    view = await require_pair(manager)
    try:
        entry = await diary.get(
            session_of(manager), int(item_id), pair_id=view.pair_id, person_id=actor_of(manager).person_id
        )
    except (NotFound, ValueError):
        await not_available(callback, manager)
        return None
    return entry.facts.entry_id


async def open_waiting(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    entry_id = await checked_entry_id(callback, manager, item_id)
    if entry_id is not None:
        await continue_entry(manager, entry_id)


# --- the steps ----------------------------------------------------------------------------------------------


async def _today(manager: DialogManager) -> date:
    view = await require_pair(manager)
    return today_in((await diary.calendar_of(session_of(manager), view.pair_id)).timezone)


async def date_today(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await _take_date(callback, manager, await _today(manager))


async def date_picked(event: ChatEvent, _widget: ManagedCalendar, manager: DialogManager, day: date) -> None:
    await _take_date(event, manager, day)


async def _take_date(event: ChatEvent, manager: DialogManager, day: date) -> None:
    """A session's day: from a little before the programme's start to today; else the person is told
    which days can be taken and stays on the step."""
    i18n = i18n_of(manager)
    today = await _today(manager)
    days = await programme_days.of_programme(session_of(manager), (await require_pair(manager)).programme_id)
    if days.earliest <= day <= today:
        await store_facts(manager, held_on=day)
        return
    if today < days.earliest:  # the programme is still weeks away
        problem = days.problem("diary-date-too-soon", days.earliest, today, i18n.locale)
    elif today < day <= days.latest:
        problem = Problem("diary-date-future")
    else:
        problem = days.problem("diary-date-outside", days.earliest, today, i18n.locale)
    if isinstance(event, CallbackQuery):
        await event.answer(tr(i18n, problem.key, **problem.fluent_args), show_alert=True)


async def minutes_tapped(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    if item_id not in {str(minutes) for minutes in QUICK_MINUTES}:
        await not_available(callback, manager)
        return
    await store_facts(manager, duration_minutes=int(item_id))


async def minutes_typed(_message: Message, _widget: Any, manager: DialogManager, minutes: int) -> None:
    await store_facts(manager, duration_minutes=minutes)


async def mode_tapped(_callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    await store_facts(manager, mode=SessionMode(str(button.widget_id)), mode_other=None)


async def mode_word_typed(_message: Message, _widget: Any, manager: DialogManager, word: str) -> None:
    await store_facts(manager, mode=SessionMode.OTHER, mode_other=word)


async def activity_tapped(
    callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str
) -> None:
    if item_id not in PLAN_KEYS:
        await not_available(callback, manager)
        return
    await store_facts(manager, activity=item_id)


async def text_written(_message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    section = Section(manager.dialog_data["step"])
    entry_id = manager.dialog_data["entry_id"]
    await diary.write_section(session_of(manager), entry_id, actor_of(manager).person_id, section, text)
    await advance(manager)


async def text_skipped(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Leave the text empty (stored as "", so the entry is not waiting for it any more)."""
    section = Section(manager.dialog_data["step"])
    if (await require_entry(manager)).texts[section] is None:
        entry_id = manager.dialog_data["entry_id"]
        await diary.write_section(session_of(manager), entry_id, actor_of(manager).person_id, section, "")
    await advance(manager)


# --- reading, changing, deleting ----------------------------------------------------------------------------


async def section_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    if item_id not in SECTION_STEPS:
        await not_available(callback, manager)
        return
    manager.dialog_data["section"] = item_id
    await manager.switch_to(States.section)


async def change_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    work = await load_work(manager)
    if work.entry is None or item_id not in work.walk:
        await not_available(callback, manager)
        return
    await continue_entry(manager, work.entry.facts.entry_id, item_id)


async def delete_confirmed(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    i18n = i18n_of(manager)
    entry = await require_entry(manager)
    number = entry.facts.session_no
    removed = await diary.delete_part(session_of(manager), entry.facts.entry_id, actor_of(manager).person_id)
    if removed:
        manager.dialog_data.pop("entry_id")
        await callback.answer(i18n.get("diary-deleted-entry", number=number), show_alert=True)
        await manager.switch_to(States.entries)
    else:
        await callback.answer(i18n.get("diary-deleted-part", number=number), show_alert=True)
        await manager.switch_to(States.read)


# --- past entries -------------------------------------------------------------------------------------------


async def show_entries(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    manager.dialog_data["page"] = 0
    await manager.switch_to(States.entries)


async def turn_page(_callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    step = 1 if button.widget_id == "older" else -1
    manager.dialog_data["page"] = max(manager.dialog_data.get("page", 0) + step, 0)


async def read_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    entry_id = await checked_entry_id(callback, manager, item_id)
    if entry_id is not None:
        manager.dialog_data.update(entry_id=entry_id, single=False)
        await manager.switch_to(States.read)
