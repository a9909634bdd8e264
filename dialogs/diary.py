"""Session diary (seed 000, Annex IV): entries with the mentor's and the mentee's parts, paging, editing,
and the pair's progress against the mentoring plan (teachers, Annex II) or the rhythm (students, seed 003).

Who writes what is the rule of storage/repo/diary.py: whoever opens an entry fills its session facts
(date, duration, mode, and the plan activity for teachers) and their own part (mentor: 1, 2, 4; mentee: 3);
the other person adds their part later. The facts of a new entry are kept as a draft in the database as
each is chosen, the entry is stored as soon as its date, duration and mode are known, and every text as
it is sent, so leaving at any point (/menu, another command, a restart) and coming back with /diary
continues where it stopped.

The walk through an entry is a sequence of steps (facts, then the person's texts); `dialog_data["step"]`
says where the person is, and the same windows serve writing a new entry, adding your part to the other
person's entry, and changing one thing of an entry (`dialog_data["single"]`).
"""

from __future__ import annotations

import calendar
import html
from dataclasses import dataclass
from datetime import date
from typing import Any, cast
from zoneinfo import ZoneInfo

from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from aiogram_dialog import ChatEvent, Dialog, DialogManager, Window
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Button, Cancel, Column, Group, Row, SwitchTo
from aiogram_dialog.widgets.kbd.calendar_kbd import ManagedCalendar
from aiogram_dialog.widgets.text import Format
from aiogram_i18n import I18nContext
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs import programme_days
from dialogs.common import (
    Problem,
    Screen,
    choice_buttons,
    explain_problem,
    listing,
    long_text,
    not_available,
    only_text,
    text_field,
    tr,
)
from dialogs.context import actor_of, session_of
from dialogs.instruments import (
    MENTORING_PLAN,
    PLAN_PARTS,
    STUDENT_RHYTHM_MONTHS,
    STUDENT_SESSION_MINUTES,
    STUDENT_SESSIONS_PER_WEEK,
)
from dialogs.pair_context import PAIR_KEY, choose_pair, current_pair, pair_choices, require_pair
from dialogs.widgets import LocalCalendar, T, i18n_of, local_date
from storage.errors import NotFound
from storage.models import ProgrammeKind, SessionMode
from storage.repo import diary
from storage.repo.diary import Draft, DraftFacts, Entry, Section
from storage.repo.pairs import PairView
from storage.timeutil import utcnow

TEXT_LIMIT = 2000  # characters per text of an entry
MODE_WORD_LIMIT = 60  # the column's size
QUICK_MINUTES = (30, 45, 60, 90, 120)
MIN_MINUTES, MAX_MINUTES = 5, 600
PAGE_SIZE = 5
PREVIEW_CHARS = 600  # per text in the entry's window, so four long texts fit in one message

DATE, DURATION, MODE, ACTIVITY = "date", "duration", "mode", "activity"
FACT_STEPS = (DATE, DURATION, MODE)
CHOOSABLE_MODES = (SessionMode.IN_PERSON, SessionMode.ONLINE, SessionMode.HYBRID)
PLAN_KEYS = tuple(activity.key for activity in MENTORING_PLAN)
SECTION_STEPS = frozenset(section.value for section in Section)


class States(StatesGroup):
    entry = State()  # the diary's home: progress, entries waiting for you, new entry, past entries
    pair = State()  # which pair (a mentor with several mentees)
    date = State()
    duration = State()
    mode = State()
    mode_other = State()
    activity = State()
    text = State()  # one of the person's texts; dialog_data["step"] says which
    read = State()
    section = State()  # one text of the entry in full
    edit = State()
    delete = State()
    entries = State()


STEP_STATES = {DATE: States.date, DURATION: States.duration, MODE: States.mode, ACTIVITY: States.activity}


# --- text input and dates ---------------------------------------------------------------------------------


def minutes_field(text: str) -> int:
    """A TextInput type factory: whole minutes within the limits."""
    value = text.strip()
    if not value.isdigit() or not MIN_MINUTES <= int(value) <= MAX_MINUTES:
        raise Problem("diary-minutes-invalid", low=MIN_MINUTES, high=MAX_MINUTES)
    return int(value)


def today_in(timezone: str) -> date:
    return utcnow().astimezone(ZoneInfo(timezone)).date()


def months_later(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def expected_sessions(counting_from: date, today: date) -> int:
    """Sessions a student pair would have had by `today` at the rhythm of seed 003."""
    end = months_later(counting_from, STUDENT_RHYTHM_MONTHS)
    days = (min(today, end) - counting_from).days
    return max(days, 0) * STUDENT_SESSIONS_PER_WEEK // 7


# --- progress: the plan (teachers) and the rhythm (students) ------------------------------------------------


def _hours(minutes: int) -> float:
    return minutes / 60


def plan_lines(i18n: I18nContext, minutes: dict[str, int], per_activity: bool) -> list[str]:
    """Hours done against the plan of Annex II, per part (and per activity)."""
    lines = []
    for part in PLAN_PARTS:
        activities = [activity for activity in MENTORING_PLAN if activity.part == part]
        done = _hours(sum(minutes.get(activity.key, 0) for activity in activities))
        planned = sum(activity.hours for activity in activities)
        lines.append(
            tr(i18n, "diary-plan-part", part=i18n.get(f"diary-plan-part-{part}"), done=done, planned=planned)
        )
        if per_activity:
            lines.extend(
                tr(
                    i18n,
                    "diary-plan-activity",
                    activity=i18n.get(f"plan-{activity.key}"),
                    done=_hours(minutes.get(activity.key, 0)),
                    planned=activity.hours,
                )
                for activity in activities
            )
    return lines


async def rhythm_line(session: AsyncSession, i18n: I18nContext, pair_id: int) -> str:
    """Sessions done against "3 times a week for 90 minutes, for 4 months"."""
    pair_calendar = await diary.calendar_of(session, pair_id)
    today = today_in(pair_calendar.timezone)
    if today < pair_calendar.counting_from:
        return tr(
            i18n,
            "diary-rhythm-ahead",
            per_week=STUDENT_SESSIONS_PER_WEEK,
            minutes=STUDENT_SESSION_MINUTES,
            start=local_date(pair_calendar.counting_from, i18n.locale),
        )
    return tr(
        i18n,
        "diary-rhythm",
        done=await diary.session_count(session, pair_id),
        per_week=STUDENT_SESSIONS_PER_WEEK,
        expected=expected_sessions(pair_calendar.counting_from, today),
    )


async def progress_lines(
    session: AsyncSession, i18n: I18nContext, view: PairView, per_activity: bool
) -> list[str]:
    if view.programme_kind is ProgrammeKind.TEACHER:
        return plan_lines(i18n, await diary.plan_progress(session, view.pair_id), per_activity)
    return [await rhythm_line(session, i18n, view.pair_id)]


async def menu_lines(session: AsyncSession, i18n: I18nContext, view: PairView) -> list[str]:
    """The diary's lines in the pair's block of the main menu: progress, and what waits for the person."""
    progress = await progress_lines(session, i18n, view, False)
    lines = [i18n.get("diary-menu-line", text=line) for line in progress]
    waiting = await diary.waiting(session, view.pair_id, view.my_role)
    if waiting:
        lines.append(tr(i18n, f"diary-menu-waiting-{view.my_role.value}", count=len(waiting)))
    return lines


# --- the entry being written --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Work:
    """The entry the person is on: stored (`entry`), or its draft until date, duration and mode are known."""

    view: PairView
    entry: Entry | None
    number: int
    held_on: date | None
    duration: int | None
    mode: SessionMode | None
    mode_other: str | None

    @property
    def teacher(self) -> bool:
        return self.view.programme_kind is ProgrammeKind.TEACHER

    @property
    def walk(self) -> tuple[str, ...]:
        """The steps of the person's part, in order."""
        mine = tuple(diary.SECTIONS_OF[self.view.my_role])
        if self.entry is not None and not self.entry.owns_facts:
            return mine
        return FACT_STEPS + ((ACTIVITY,) if self.teacher else ()) + mine

    def value(self, step: str) -> object | None:
        values: dict[str, object | None] = {DATE: self.held_on, DURATION: self.duration, MODE: self.mode}
        if step in values:
            return values[step]
        if self.entry is None:
            return None
        if step == ACTIVITY:
            return self.entry.facts.activity
        return self.entry.texts[Section(step)]

    def first_open(self) -> str | None:
        return next((step for step in self.walk if self.value(step) is None), None)


async def load_work(manager: DialogManager) -> Work:
    view = await require_pair(manager)
    entry = await _entry(manager, view)
    if entry is not None:
        facts = entry.facts
        return Work(
            view, entry, facts.session_no, facts.held_on, facts.duration_minutes, facts.mode, facts.mode_other
        )
    session = session_of(manager)
    draft = await diary.draft_of(session, view.pair_id, actor_of(manager).person_id)
    draft = draft or Draft(None, None, None, None)
    return Work(
        view,
        None,
        await diary.next_session_no(session, view.pair_id),
        draft.held_on,
        draft.duration_minutes,
        draft.mode,
        draft.mode_other,
    )


async def _entry(manager: DialogManager, view: PairView) -> Entry | None:
    entry_id = manager.dialog_data.get("entry_id")
    if entry_id is None:
        return None
    return await diary.get(
        session_of(manager), entry_id, pair_id=view.pair_id, person_id=actor_of(manager).person_id
    )


async def require_entry(manager: DialogManager) -> Entry:
    entry = await _entry(manager, await require_pair(manager))
    if entry is None:
        raise NotFound("no diary entry chosen")
    return entry


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


# --- starting, the pair, the home --------------------------------------------------------------------------


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


async def pair_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    choices = await pair_choices(dialog_manager)
    return {"pairs": choices, "none": not choices}


async def pair_chosen(callback: CallbackQuery, widget: Any, manager: DialogManager, item_id: str) -> None:
    if await choose_pair(callback, widget, manager, item_id):
        await resume_or_home(manager)


async def home_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    session = session_of(dialog_manager)
    i18n = i18n_of(dialog_manager)
    view = await require_pair(dialog_manager)
    waiting = await diary.waiting(session, view.pair_id, view.my_role)
    label = f"diary-waiting-{view.my_role.value}"
    return {
        "programme": view.programme_name,
        "other": view.other_name,
        "progress": "\n".join(await progress_lines(session, i18n, view, True)),
        "waiting": [(facts.entry_id, i18n.get(label, number=facts.session_no)) for facts in waiting],
        "count": await diary.session_count(session, view.pair_id),
    }


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


def mode_label(i18n: I18nContext, mode: SessionMode, other: str | None) -> str:
    """HTML-safe, like every value shown below: compose them with `i18n.get` (`tr` would escape again)."""
    if mode is SessionMode.OTHER:
        return tr(i18n, "diary-mode-other-word", word=other or "")
    return i18n.get(f"diary-mode-{mode.value}")


def shown_value(i18n: I18nContext, step: str, value: object, work: Work) -> str:
    """A step's value as the person reads it (HTML-safe)."""
    if isinstance(value, date):
        return local_date(value, i18n.locale)
    if step == DURATION:
        return i18n.get("diary-minutes", minutes=value)
    if isinstance(value, SessionMode):
        return mode_label(i18n, value, work.mode_other)
    if step == ACTIVITY:
        return i18n.get(f"plan-{value}")
    return html.escape(str(value), quote=False) if value else i18n.get("diary-left-empty")


def header(i18n: I18nContext, work: Work) -> str:
    title = "diary-entry-title" if work.entry is not None else "diary-new-title"
    known = [shown_value(i18n, step, work.value(step), work) for step in FACT_STEPS if work.value(step)]
    return "\n".join([tr(i18n, title, number=work.number), " · ".join(known)]).strip()


async def step_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    work = await load_work(dialog_manager)
    step = dialog_manager.dialog_data.get("step", DATE)
    value = work.value(step)
    pair_calendar = await diary.calendar_of(session_of(dialog_manager), work.view.pair_id)
    return {
        "header": header(i18n, work),
        "has_value": value is not None,
        "can_skip": value is None,
        "now": i18n.get("diary-now", value=shown_value(i18n, step, value, work)) if value is not None else "",
        "question": i18n.get("diary-ask-text", section=step_label(i18n, step), limit=TEXT_LIMIT),
        "today": local_date(today_in(pair_calendar.timezone), i18n.locale),
        "quick": [(minutes, i18n.get("diary-minutes", minutes=minutes)) for minutes in QUICK_MINUTES],
        "activities": [(key, i18n.get(f"plan-{key}")) for key in PLAN_KEYS],
        "listing": listing(i18n.get(f"plan-{key}") for key in PLAN_KEYS),
        "low": MIN_MINUTES,
        "high": MAX_MINUTES,
        "limit": MODE_WORD_LIMIT,
    }


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


def section_text(i18n: I18nContext, entry: Entry, section: Section, shorten: bool) -> str:
    text = entry.texts[section]
    if text is None:
        body = i18n.get("diary-not-written")
    elif not text:
        body = i18n.get("diary-left-empty")
    elif shorten and len(text) > PREVIEW_CHARS:
        body = i18n.get("diary-shortened", text=html.escape(text[:PREVIEW_CHARS].rstrip(), quote=False))
    else:
        body = html.escape(text, quote=False)
    return i18n.get("diary-section-title", section=step_label(i18n, section)) + "\n" + body


def card(i18n: I18nContext, entry: Entry, teacher: bool) -> str:
    facts = entry.facts
    lines = [i18n.get("diary-entry-title", number=facts.session_no)]
    shown = [
        (DATE, local_date(facts.held_on, i18n.locale)),
        (DURATION, i18n.get("diary-minutes", minutes=facts.duration_minutes)),
        (MODE, mode_label(i18n, facts.mode, facts.mode_other)),
    ]
    if teacher:
        activity = i18n.get(f"plan-{facts.activity}") if facts.activity else i18n.get("diary-not-written")
        shown.append((ACTIVITY, activity))
    lines.extend(i18n.get("diary-fact", label=step_label(i18n, step), value=value) for step, value in shown)
    sections = [section_text(i18n, entry, section, shorten=True) for section in Section]
    return "\n".join(lines) + "\n\n" + "\n\n".join(sections)


async def read_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    view = await require_pair(dialog_manager)
    entry = await require_entry(dialog_manager)
    long_ones = [section for section in Section if len(entry.texts[section] or "") > PREVIEW_CHARS]
    return {
        "card": card(i18n, entry, view.programme_kind is ProgrammeKind.TEACHER),
        "long": [
            (section.value, i18n.get("diary-btn-full", section=step_label(i18n, section)))
            for section in long_ones
        ],
        "can_delete": entry.can_delete,
    }


async def section_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    if item_id not in SECTION_STEPS:
        await not_available(callback, manager)
        return
    manager.dialog_data["section"] = item_id
    await manager.switch_to(States.section)


async def section_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    entry = await require_entry(dialog_manager)
    section = Section(dialog_manager.dialog_data["section"])
    return {"full": section_text(i18n_of(dialog_manager), entry, section, shorten=False)}


def step_label(i18n: I18nContext, step: str) -> str:
    """The Annex IV name of a step's field (Annex II's "Activity" for the plan activity)."""
    return i18n.get(f"diary-field-{step}")


async def edit_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    work = await load_work(dialog_manager)
    return {"number": work.number, "steps": [(step, step_label(i18n, step)) for step in work.walk]}


async def change_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    work = await load_work(manager)
    if work.entry is None or item_id not in work.walk:
        await not_available(callback, manager)
        return
    await continue_entry(manager, work.entry.facts.entry_id, item_id)


async def delete_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    view = await require_pair(dialog_manager)
    entry = await require_entry(dialog_manager)
    fate = "passes" if entry.other_has_written else "goes"
    if not entry.owns_facts:
        fate = "stays"
    return {
        "number": entry.facts.session_no,
        "role": view.my_role.value,
        "fate": fate,
        "other": view.other_name,
    }


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


async def entries_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    view = await require_pair(dialog_manager)
    session = session_of(dialog_manager)
    total = await diary.session_count(session, view.pair_id)
    pages = max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1)
    number = min(dialog_manager.dialog_data.get("page", 0), pages - 1)
    dialog_manager.dialog_data["page"] = number
    shown = await diary.page(session, view.pair_id, number, PAGE_SIZE)
    return {
        "entries": [
            (
                facts.entry_id,
                i18n.get(
                    "diary-entry-button",
                    number=facts.session_no,
                    date=local_date(facts.held_on, i18n.locale),
                    minutes=facts.duration_minutes,
                ),
            )
            for facts in shown.entries
        ],
        "empty": total == 0,
        "paged": pages > 1,
        "page": number + 1,
        "pages": pages,
        "has_newer": number > 0,
        "has_older": number < pages - 1,
    }


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


# --- windows ------------------------------------------------------------------------------------------------


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
            TextInput(
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
