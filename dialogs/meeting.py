"""Meetings (`/meeting`): either member of a pair plans the next meeting – the day on a calendar, the time
by button or typed, the length, how they meet, the place or link – changes or cancels it, says "I can't
make it" (seed 003 ground rule: "What to do if one partner is unable to make a meeting?"; the other member
is told at once), adds it to a phone calendar (an .ics file), and chooses their own reminders.

Times are stored in UTC and shown in each person's time zone. A new meeting is stored as soon as its day
and time are known (length and mode start from the pair's last meeting), and every later step changes the
stored meeting: whoever leaves half-way finds it in the list when they come back. After every change the
reminders, the mentor's card and the news for the other member are planned again (scheduler/reminders.py).

The buttons under those outbox messages (`meeting:<id>:<action>`) are plain callback handlers: `router()`.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from aiogram import Bot, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram_dialog import ChatEvent, Dialog, DialogManager, ShowMode
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Button, Cancel, Column, Group, Row, SwitchTo
from aiogram_dialog.widgets.kbd.calendar_kbd import CalendarUserConfig, ManagedCalendar
from aiogram_dialog.widgets.text import Format
from aiogram_i18n import I18nContext
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs import diary, programme_days
from dialogs.common import (
    Outcome,
    Problem,
    Screen,
    choice_buttons,
    choice_pages,
    explain_problem,
    not_available,
    only_text,
    text_field,
    tr,
)
from dialogs.context import actor_of, session_of
from dialogs.filters import DataStartsWith
from dialogs.instruments import STUDENT_SESSION_MINUTES
from dialogs.navigation import start_home
from dialogs.pair_context import PAIR_KEY, choose_pair, current_pair, pair_choices, require_pair
from dialogs.widgets import LocalCalendar, T, i18n_of
from scheduler import reminders
from scheduler.clock import Clock, SystemClock
from scheduler.config import SchedulerConfig
from scheduler.messages import Translate
from storage.errors import NotFound
from storage.models import Meeting, MeetingStatus, ProgrammeKind, Role, SessionMode
from storage.repo import ground_rules, meetings
from storage.repo.actors import Actor
from storage.repo.meetings import PLACE_LIMIT, Seats
from storage.repo.pairs import PairView
from storage.timeutil import utcnow


class MeetingStates(StatesGroup):
    entry = State()  # the pair's upcoming meetings, a new one, reminders
    pair = State()  # which pair (a mentor with several mentees)
    day = State()
    time = State()
    duration = State()
    mode = State()
    place = State()
    meeting = State()  # one meeting: change it, add it to the calendar, can't make it, cancel
    cant = State()
    cant_done = State()
    cancel = State()
    reminders = State()


States = MeetingStates  # the name the menu and commands use

MEETING_KEY, WALK_KEY, DAY_KEY, TEMPLATE_KEY = "meeting_id", "walk", "day", "template"
WALK = (States.day, States.time, States.duration, States.mode, States.place)  # a new meeting, step by step
TIMES = tuple(time(hour) for hour in range(8, 20))  # the buttons; any other time can be typed
TYPED_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")
DEFAULT_MINUTES = 60
REMINDER_CHOICES = {"24h_1h": (1440, 60), "2h": (120,), "1h": (60,), "none": ()}
CANNOT_COME = "cannot_come"  # the ground-rules topic of seed 003
DAYS_ID = "days"


# --- what the flow runs on ----------------------------------------------------------------------------------


def clock_of(data: dict[str, Any]) -> Clock:
    """The clock handed to the dispatcher (tests move it), else the system's."""
    clock: Clock = data.get("clock") or SystemClock()
    return clock


def scheduler_config_of(data: dict[str, Any]) -> SchedulerConfig:
    config: SchedulerConfig = data.get("scheduler_config") or SchedulerConfig()
    return config


def _now(manager: DialogManager) -> datetime:
    return clock_of(manager.middleware_data).now()


def _translate(i18n: I18nContext) -> Translate:
    """The scheduler's translate(locale, key, **args) for the person's own language."""

    def translate(_locale: str, key: str, **args: Any) -> str:
        return i18n.get(key, **args)

    return translate


def describe(i18n: I18nContext, meeting: Meeting, zone: str, other: str) -> str:
    """The meeting in a few lines (HTML), in the reader's time zone."""
    seen = reminders.facts(meeting, zone, other)
    return i18n.get("meeting-details", **reminders.details(_translate(i18n), i18n.locale, seen))


def is_open(meeting: Meeting, now: datetime) -> bool:
    """Planned and not started yet: it can still be changed, cancelled or missed."""
    return meeting.status is MeetingStatus.SCHEDULED and meeting.starts_at > now


async def _here(manager: DialogManager) -> tuple[PairView, Seats]:
    view = await require_pair(manager)
    return view, await meetings.seats(session_of(manager), view.pair_id)


async def _my_zone(manager: DialogManager) -> str:
    _, seats = await _here(manager)
    return seats.of(actor_of(manager).person_id).zone


def _today(manager: DialogManager, zone: str) -> date:
    return _now(manager).astimezone(ZoneInfo(zone)).date()


async def _chosen(manager: DialogManager) -> Meeting:
    """The meeting the flow is on, checked against the person (and their pair) every time."""
    meeting = await meetings.for_member(
        session_of(manager), manager.dialog_data[MEETING_KEY], actor_of(manager).person_id
    )
    if meeting.pair_id != manager.dialog_data.get(PAIR_KEY):
        raise NotFound(f"meeting {meeting.id} of another pair")
    return meeting


async def _editable(event: CallbackQuery | Message, manager: DialogManager) -> Meeting | None:
    """The meeting, if it can still be changed; else the person is told and sent back to the list."""
    try:
        meeting: Meeting | None = await _chosen(manager)
    except (NotFound, KeyError):
        meeting = None
    if meeting is not None and is_open(meeting, _now(manager)):
        return meeting
    await _tell(event, manager, Problem("meeting-gone"))
    await _to_list(manager)
    return None


async def _tell(event: ChatEvent, manager: DialogManager, problem: Problem) -> None:
    text = tr(i18n_of(manager), problem.key, **problem.fluent_args)
    if isinstance(event, CallbackQuery):
        await event.answer(text, show_alert=True)
    elif isinstance(event, Message):
        await event.answer(text)


async def _changed(manager: DialogManager, meeting: Meeting, event: str = reminders.CHANGED) -> None:
    """Plan the meeting's messages again; while a new meeting is being set up, its announcement waits."""
    session = session_of(manager)
    seats = await meetings.seats(session, meeting.pair_id)
    now = _now(manager)
    await reminders.plan(session, meeting, seats, scheduler_config_of(manager.middleware_data), now)
    walking = bool(manager.dialog_data.get(WALK_KEY))
    await reminders.announce(
        session,
        meeting,
        seats,
        actor_of(manager).person_id,
        reminders.SCHEDULED if walking else event,
        now,
        settled=not walking,
    )


# --- moving between steps -----------------------------------------------------------------------------------


def _forget_meeting(manager: DialogManager) -> None:
    for key in (MEETING_KEY, WALK_KEY, DAY_KEY, TEMPLATE_KEY):
        manager.dialog_data.pop(key, None)


async def _to_list(manager: DialogManager) -> None:
    _forget_meeting(manager)
    await manager.switch_to(States.entry)


async def _show_days(manager: DialogManager, around: date) -> None:
    calendar = manager.find(DAYS_ID)
    assert isinstance(calendar, ManagedCalendar)
    calendar.set_offset(around)
    await manager.switch_to(States.day)


async def _next(manager: DialogManager, step: State) -> None:
    """The next step of a new meeting, or back to the meeting after changing one thing."""
    await manager.switch_to(step if manager.dialog_data.get(WALK_KEY) else States.meeting)


async def step_back(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    data = manager.dialog_data
    state = manager.current_context().state
    if data.get(WALK_KEY):
        index = WALK.index(state)
        if index == 0:
            await _to_list(manager)
        elif WALK[index - 1] is States.day:
            await _show_days(manager, date.fromisoformat(data[DAY_KEY]))
        else:
            await manager.switch_to(WALK[index - 1])
    elif state is States.time:
        await _show_days(manager, date.fromisoformat(data[DAY_KEY]))
    elif MEETING_KEY in data:
        await manager.switch_to(States.meeting)
    else:
        await _to_list(manager)


async def back_to_list(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await _to_list(manager)


# --- starting ----------------------------------------------------------------------------------------------


async def on_start(start_data: Any, manager: DialogManager) -> None:
    """Opened from the menu, or from a button under a reminder or news: `{"meeting_id", "cant"}` opens that
    meeting (or what to do when you can't make it), `{"again_from"}` plans a new one like it."""
    data = start_data if isinstance(start_data, dict) else {}
    meeting = await _started_with(manager, data.get("meeting_id") or data.get("again_from"))
    if meeting is not None:
        manager.dialog_data[PAIR_KEY] = meeting.pair_id
    view = await current_pair(manager)
    if view is None:
        await manager.switch_to(States.pair)
        return
    manager.dialog_data[PAIR_KEY] = view.pair_id
    if meeting is None or meeting.pair_id != view.pair_id:
        return
    if "again_from" in data:
        await _begin_walk(manager, _template(meeting))
        return
    manager.dialog_data[MEETING_KEY] = meeting.id
    opened = is_open(meeting, _now(manager))
    await manager.switch_to(States.cant if data.get("cant") and opened else States.meeting)


async def _started_with(manager: DialogManager, meeting_id: Any) -> Meeting | None:
    if not isinstance(meeting_id, int):
        return None
    try:
        return await meetings.for_member(session_of(manager), meeting_id, actor_of(manager).person_id)
    except NotFound:
        return None


def _template(meeting: Meeting) -> dict[str, Any]:
    return {"duration_minutes": meeting.duration_minutes, "mode": meeting.mode.value, "place": meeting.place}


async def pair_picked(callback: CallbackQuery, widget: Any, manager: DialogManager, item_id: str) -> None:
    if await choose_pair(callback, widget, manager, item_id):
        await manager.switch_to(States.entry)


# --- the list ---------------------------------------------------------------------------------------------


def _reminder_words(i18n: I18nContext, minutes: tuple[int, ...]) -> str:
    if not minutes:
        return i18n.get("meeting-reminders-none")
    parts = [
        i18n.get("meeting-before-hours", hours=value // 60)
        if value % 60 == 0
        else i18n.get("meeting-before-minutes", minutes=value)
        for value in minutes
    ]
    return i18n.get("meeting-reminders-before", offsets=", ".join(parts))


def _my_minutes(manager: DialogManager, seats: Seats) -> tuple[int, ...]:
    seat = seats.of(actor_of(manager).person_id)
    offsets = reminders.offsets_of(seat, scheduler_config_of(manager.middleware_data))
    return tuple(int(offset.total_seconds() // 60) for offset in offsets)


async def list_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    view, seats = await _here(dialog_manager)
    zone = seats.of(actor_of(dialog_manager).person_id).zone
    coming = await meetings.upcoming(
        session_of(dialog_manager), view.pair_id, actor_of(dialog_manager).person_id, _now(dialog_manager)
    )
    items = []
    for meeting in coming:
        day, at = reminders.local_when(meeting.starts_at, zone, i18n.locale)
        items.append((meeting.id, i18n.get("meeting-item", date=day, time=at)))
    return {
        "programme": view.programme_name,
        "other": view.other_name,
        "items": items,
        "none": not items,
        "reminders": _reminder_words(i18n, _my_minutes(dialog_manager, seats)),
        "zone": zone,
    }


async def meeting_picked(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    if not item_id.isdigit():
        await not_available(callback, manager)
        return
    manager.dialog_data[MEETING_KEY] = int(item_id)
    try:
        await _chosen(manager)
    except NotFound:
        manager.dialog_data.pop(MEETING_KEY)
        await not_available(callback, manager)
        return
    await manager.switch_to(States.meeting)


async def begin_new(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await _begin_walk(manager, None)


async def _begin_walk(manager: DialogManager, template: dict[str, Any] | None) -> None:
    _forget_meeting(manager)
    manager.dialog_data[WALK_KEY] = True
    if template is not None:
        manager.dialog_data[TEMPLATE_KEY] = template
    await _show_days(manager, _today(manager, await _my_zone(manager)))


# --- day and time -------------------------------------------------------------------------------------------


class UpcomingCalendar(LocalCalendar):
    """The localised calendar from today (in the person's time zone) on."""

    async def _get_user_config(self, data: dict[str, Any], manager: DialogManager) -> CalendarUserConfig:
        config = await super()._get_user_config(data, manager)
        return CalendarUserConfig(firstweekday=config.firstweekday, min_date=data["today"])


async def day_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    return {"today": _today(dialog_manager, await _my_zone(dialog_manager))}


async def day_chosen(event: ChatEvent, _widget: ManagedCalendar, manager: DialogManager, day: date) -> None:
    """A day from today on, within the programme's dates (and a little after its end); else the person is
    told which days can be taken and stays on the step."""
    today = _today(manager, await _my_zone(manager))
    days = await programme_days.of_programme(session_of(manager), (await require_pair(manager)).programme_id)
    earliest = max(today, days.earliest)
    if earliest <= day <= days.latest:
        manager.dialog_data[DAY_KEY] = day.isoformat()
        await manager.switch_to(States.time)
        return
    locale = i18n_of(manager).locale
    if days.latest < earliest:  # the programme ended weeks ago
        problem = days.problem("meeting-day-over", earliest, days.latest, locale)
    elif days.earliest <= day < today:
        problem = Problem("meeting-day-past")
    else:
        problem = days.problem("meeting-day-outside", earliest, days.latest, locale)
    await _tell(event, manager, problem)


def time_field(text: str) -> time:
    """A TextInput type factory: a time of day such as 16:45 (or 16.45)."""
    match = TYPED_TIME.match(text.strip())
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise Problem("meeting-time-invalid")
    return time(int(match[1]), int(match[2]))


def local_moment(day: date, at: time, zone: str) -> datetime:
    """`day` at `at` in the time zone, in UTC; a Problem when the clocks skip that hour that day."""
    tz = ZoneInfo(zone)
    wall = datetime.combine(day, at)
    moment = wall.replace(tzinfo=tz).astimezone(UTC)
    if moment.astimezone(tz).replace(tzinfo=None) != wall:
        raise Problem("meeting-time-skipped", time=at.strftime("%H:%M"))
    return moment


async def time_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    zone = await _my_zone(dialog_manager)
    day = date.fromisoformat(dialog_manager.dialog_data[DAY_KEY])
    noon = datetime.combine(day, time(12), tzinfo=ZoneInfo(zone))
    return {
        "date": reminders.local_when(noon, zone, i18n.locale)[0],
        "zone": zone,
        "times": [(at.strftime("%H%M"), at.strftime("%H:%M")) for at in TIMES],
    }


async def time_tapped(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    if not re.fullmatch(r"\d{4}", item_id):
        await not_available(callback, manager)
        return
    try:
        at = time_field(f"{item_id[:2]}:{item_id[2:]}")
    except Problem:
        await not_available(callback, manager)
        return
    await _set_start(callback, manager, at)


async def time_typed(message: Message, _widget: Any, manager: DialogManager, at: time) -> None:
    await _set_start(message, manager, at)


async def _set_start(event: CallbackQuery | Message, manager: DialogManager, at: time) -> None:
    zone = await _my_zone(manager)
    try:
        starts_at = local_moment(date.fromisoformat(manager.dialog_data[DAY_KEY]), at, zone)
        if starts_at <= _now(manager):
            raise Problem("meeting-time-past")
    except Problem as problem:
        await _tell(event, manager, problem)
        return
    if MEETING_KEY in manager.dialog_data:
        meeting = await _editable(event, manager)
        if meeting is None:
            return
        meeting = await meetings.change(
            session_of(manager), meeting.id, actor_of(manager).person_id, starts_at=starts_at
        )
    else:
        meeting = await _create(manager, starts_at)
    await _changed(manager, meeting)
    await _next(manager, States.duration)


async def _create(manager: DialogManager, starts_at: datetime) -> Meeting:
    """The new meeting, stored once its day and time are known; its length and mode come from the meeting
    it replaces, else the pair's last one, else the programme's usual."""
    view = await require_pair(manager)
    session = session_of(manager)
    template = manager.dialog_data.get(TEMPLATE_KEY)
    if template is None:
        latest = await meetings.latest(session, view.pair_id)
        template = _template(latest) if latest is not None else {}
        template["place"] = None
    usual = STUDENT_SESSION_MINUTES if view.programme_kind is ProgrammeKind.STUDENT else DEFAULT_MINUTES
    meeting = await meetings.schedule(
        session,
        view.pair_id,
        actor_of(manager).person_id,
        starts_at=starts_at,
        duration_minutes=template.get("duration_minutes", usual),
        mode=SessionMode(template.get("mode", SessionMode.IN_PERSON.value)),
        place=template.get("place"),
    )
    manager.dialog_data[MEETING_KEY] = meeting.id
    return meeting


# --- length, mode, place ------------------------------------------------------------------------------------


async def details_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    """The meeting so far, and the choices of the length and mode windows."""
    i18n = i18n_of(dialog_manager)
    meeting = await _chosen(dialog_manager)
    _, seats = await _here(dialog_manager)
    me = actor_of(dialog_manager).person_id
    return {
        "details": describe(i18n, meeting, seats.of(me).zone, seats.other_than(me).name),
        "lengths": [
            (minutes, i18n.get("meeting-minutes", minutes=minutes)) for minutes in diary.QUICK_MINUTES
        ],
        "modes": [(mode.value, i18n.get(f"meeting-mode-{mode.value}")) for mode in SessionMode],
        "mode": meeting.mode.value,
        "place": meeting.place or "",
        "has_place": meeting.place is not None,
        "walk": bool(dialog_manager.dialog_data.get(WALK_KEY)),
        "limit": PLACE_LIMIT,
    }


async def length_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    if item_id not in {str(minutes) for minutes in diary.QUICK_MINUTES}:
        await not_available(callback, manager)
        return
    meeting = await _editable(callback, manager)
    if meeting is None:
        return
    meeting = await meetings.change(
        session_of(manager), meeting.id, actor_of(manager).person_id, duration_minutes=int(item_id)
    )
    await _changed(manager, meeting)
    await _next(manager, States.mode)


async def mode_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    if item_id not in {mode.value for mode in SessionMode}:
        await not_available(callback, manager)
        return
    meeting = await _editable(callback, manager)
    if meeting is None:
        return
    meeting = await meetings.change(
        session_of(manager), meeting.id, actor_of(manager).person_id, mode=SessionMode(item_id)
    )
    await _changed(manager, meeting)
    await _next(manager, States.place)


async def place_typed(message: Message, _widget: Any, manager: DialogManager, place: str) -> None:
    await _set_place(message, manager, place)


async def place_cleared(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await _set_place(callback, manager, None)


async def place_kept(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    meeting = await _editable(callback, manager)
    if meeting is not None:
        await _finish(manager, meeting, changed=False)


async def _set_place(event: CallbackQuery | Message, manager: DialogManager, place: str | None) -> None:
    meeting = await _editable(event, manager)
    if meeting is None:
        return
    meeting = await meetings.change(
        session_of(manager), meeting.id, actor_of(manager).person_id, place=place, clear_place=place is None
    )
    await _finish(manager, meeting)


async def _finish(manager: DialogManager, meeting: Meeting, changed: bool = True) -> None:
    """The place is the last step: a new meeting is complete and announced now; a change is announced."""
    if manager.dialog_data.pop(WALK_KEY, False) or changed:
        await _changed(manager, meeting)
    await manager.switch_to(States.meeting)


# --- one meeting ------------------------------------------------------------------------------------------


async def meeting_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    me = actor_of(dialog_manager).person_id
    meeting = await _chosen(dialog_manager)
    _, seats = await _here(dialog_manager)
    opened = is_open(meeting, _now(dialog_manager))
    other = seats.other_than(me)
    return {
        "details": describe(i18n, meeting, seats.of(me).zone, other.name),
        "other": other.name,
        "other_role": i18n.get(f"role-{other.role.value}"),
        "open": opened,
        "closed": not opened,
    }


async def cant_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    """The meeting, and what the pair agreed to do when one of them cannot make it (seed 003)."""
    i18n = i18n_of(dialog_manager)
    shown = await meeting_getter(dialog_manager)
    pair_rules = await ground_rules.for_member(
        session_of(dialog_manager), dialog_manager.dialog_data[PAIR_KEY], actor_of(dialog_manager).person_id
    )
    rule = pair_rules.rules.get(CANNOT_COME)
    if rule is not None:
        shown["rule"] = tr(i18n, "meeting-cant-rule", rule=rule.text)
    else:
        shown["rule"] = i18n.get("meeting-cant-no-rule", question=i18n.get(f"ground-rule-{CANNOT_COME}"))
    return shown


async def reschedule(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    meeting = await _editable(callback, manager)
    if meeting is None:
        return
    day = meeting.starts_at.astimezone(ZoneInfo(await _my_zone(manager))).date()
    manager.dialog_data[DAY_KEY] = day.isoformat()
    await _show_days(manager, day)


async def send_calendar_file(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """The meeting as an .ics file: opening it on a phone adds it to the calendar."""
    meeting = await _editable(callback, manager)
    if meeting is None:
        return
    i18n = i18n_of(manager)
    _, seats = await _here(manager)
    me = actor_of(manager).person_id
    bot: Bot = manager.middleware_data["bot"]
    day = meeting.starts_at.astimezone(ZoneInfo(seats.of(me).zone)).date()
    content = ics_event(
        uid=f"meeting-{meeting.id}@{(await bot.me()).username or 'mentorbot'}",
        stamp=_now(manager),
        starts_at=meeting.starts_at,
        ends_at=meetings.ends_at(meeting),
        summary=i18n.get("meeting-ics-summary", other=seats.other_than(me).name),
        location=meeting.place,
        description=i18n.get(f"meeting-mode-{meeting.mode.value}"),
    )
    document = BufferedInputFile(content, filename=f"meeting-{day.isoformat()}.ics")
    await bot.send_document(callback.from_user.id, document, caption=i18n.get("meeting-ics-caption"))
    manager.show_mode = ShowMode.SEND  # the window again below the file


async def cant_confirmed(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    if await _call_off(callback, manager, reminders.CANT):
        await manager.switch_to(States.cant_done)


async def cancel_confirmed(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    if await _call_off(callback, manager, reminders.CANCELLED):
        await callback.answer(i18n_of(manager).get("meeting-cancelled"))
        await _to_list(manager)


async def _call_off(callback: CallbackQuery, manager: DialogManager, event: str) -> bool:
    """Cancel the meeting (the other member is told); False if it could no longer be cancelled."""
    meeting = await _editable(callback, manager)
    if meeting is None:
        return False
    meeting = await meetings.cancel(
        session_of(manager), meeting.id, actor_of(manager).person_id, _now(manager)
    )
    await _changed(manager, meeting, event)
    return True


async def plan_again(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """After "I can't make it": a new meeting like the one that was called off."""
    await _begin_walk(manager, _template(await _chosen(manager)))


# --- reminders ----------------------------------------------------------------------------------------------


async def reminders_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    _, seats = await _here(dialog_manager)
    mine = _my_minutes(dialog_manager, seats)
    choices = [
        (key, ("✓ " if minutes == mine else "") + _reminder_words(i18n, minutes))
        for key, minutes in REMINDER_CHOICES.items()
    ]
    return {"current": _reminder_words(i18n, mine), "choices": choices}


async def reminders_chosen(
    callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str
) -> None:
    """The person's reminders from now on, for every meeting already planned too."""
    if item_id not in REMINDER_CHOICES:
        await not_available(callback, manager)
        return
    session = session_of(manager)
    me = actor_of(manager).person_id
    await meetings.set_reminder_minutes(session, me, REMINDER_CHOICES[item_id])
    now = _now(manager)
    config = scheduler_config_of(manager.middleware_data)
    for meeting in await meetings.upcoming_for_person(session, me, now):
        await reminders.plan(session, meeting, await meetings.seats(session, meeting.pair_id), config, now)
    await callback.answer(i18n_of(manager).get("meeting-reminders-saved"))


# --- the .ics file (RFC 5545) -------------------------------------------------------------------------------


def _ics_text(value: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, line breaks as \\n."""
    escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return escaped.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _ics_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _folded(line: str) -> str:
    """Lines longer than 75 octets go on in lines that start with a space (never inside a character)."""
    pieces, current, size = [], "", 0
    for char in line:
        width = len(char.encode())
        if size + width > 75:
            pieces.append(current)
            current, size = " ", 1
        current += char
        size += width
    pieces.append(current)
    return "\r\n".join(pieces)


def ics_event(
    *,
    uid: str,
    stamp: datetime,
    starts_at: datetime,
    ends_at: datetime,
    summary: str,
    location: str | None,
    description: str,
) -> bytes:
    """One event as an iCalendar file, times in UTC, lines ending in CRLF."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//mentorbot//meetings//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{_ics_time(stamp)}",
        f"DTSTART:{_ics_time(starts_at)}",
        f"DTEND:{_ics_time(ends_at)}",
        f"SUMMARY:{_ics_text(summary)}",
        *([f"LOCATION:{_ics_text(location)}"] if location else []),
        f"DESCRIPTION:{_ics_text(description)}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(_folded(line) + "\r\n" for line in lines).encode()


# --- the main menu's line -----------------------------------------------------------------------------------


async def menu_lines(session: AsyncSession, i18n: I18nContext, view: PairView) -> list[str]:
    """The pair's next meeting, in the person's time zone (or a nudge to plan one)."""
    seats = await meetings.seats(session, view.pair_id)
    me = seats.mentor if view.my_role is Role.MENTOR else seats.mentee
    if me.person_id is None:
        return []
    coming = await meetings.upcoming(session, view.pair_id, me.person_id, utcnow())
    if not coming:
        return [i18n.get("meeting-menu-none")]
    day, at = reminders.local_when(coming[0].starts_at, me.zone, i18n.locale)
    return [tr(i18n, "meeting-menu-next", date=day, time=at)]


# --- buttons under reminders, cards and news ----------------------------------------------------------------

OUTCOMES = {
    reminders.HELD: MeetingStatus.HELD,
    reminders.NOT_HELD: MeetingStatus.NOT_HELD,
    reminders.MOVED: MeetingStatus.MOVED,
}
OPENERS = (reminders.OPEN, reminders.CANT_MAKE_IT, reminders.AGAIN)
BUTTON = re.compile(r"^meeting:(\d{1,18}):(\w+)$")


async def meeting_button(
    callback: CallbackQuery,
    actor: Actor | None,
    session: AsyncSession,
    i18n: I18nContext,
    dialog_manager: DialogManager,
    clock: Clock | None = None,
    scheduler_config: SchedulerConfig | None = None,
) -> None:
    """`meeting:<id>:<action>`: the mentor's answer to "did it happen?", or a member opening the meeting."""
    match = BUTTON.match(callback.data or "")
    if actor is None or not actor.consented or match is None or match[2] not in (*OUTCOMES, *OPENERS):
        await callback.answer(i18n.get("not-available"), show_alert=True)
        return
    meeting_id, action = int(match[1]), match[2]
    try:
        if action in OPENERS:
            await meetings.for_member(session, meeting_id, actor.person_id)
            await _open_flow(callback, actor, dialog_manager, meeting_id, action)
            return
        now = (clock or SystemClock()).now()
        meeting = await _record_outcome(
            session, actor.person_id, meeting_id, OUTCOMES[action], now, scheduler_config or SchedulerConfig()
        )
    except NotFound:
        await callback.answer(i18n.get("not-available"), show_alert=True)
        return
    except Problem as problem:
        await callback.answer(i18n.get(problem.key), show_alert=True)
        return
    if isinstance(callback.message, Message):  # the card's buttons have done their work
        with suppress(TelegramBadRequest):
            await callback.message.edit_reply_markup(reply_markup=None)
    await callback.answer(i18n.get(f"meeting-outcome-{action}"))
    await _after_outcome(session, actor, dialog_manager, meeting)


async def _open_flow(
    callback: CallbackQuery, actor: Actor, manager: DialogManager, meeting_id: int, action: str
) -> None:
    if action == reminders.AGAIN:
        data: dict[str, Any] = {"again_from": meeting_id}
    else:
        data = {"meeting_id": meeting_id, "cant": action == reminders.CANT_MAKE_IT}
    await callback.answer()
    await start_home(manager, actor, show_mode=ShowMode.NO_UPDATE)
    await manager.start(States.entry, data=data, show_mode=ShowMode.SEND)


async def _record_outcome(
    session: AsyncSession,
    mentor_id: int,
    meeting_id: int,
    outcome: MeetingStatus,
    now: datetime,
    config: SchedulerConfig,
) -> Meeting:
    """The mentor's answer, once the meeting has ended (a Problem says why not); nothing more is due."""
    meeting = await meetings.for_mentor(session, meeting_id, mentor_id)
    if meeting.status is not MeetingStatus.SCHEDULED:
        raise Problem(f"meeting-outcome-known-{meeting.status.value}")
    if meetings.ends_at(meeting) > now:
        raise Problem("meeting-outcome-early")
    meeting = await meetings.record_outcome(session, meeting.id, mentor_id, outcome, now)
    await reminders.plan(session, meeting, await meetings.seats(session, meeting.pair_id), config, now)
    return meeting


async def _after_outcome(
    session: AsyncSession, actor: Actor, manager: DialogManager, meeting: Meeting
) -> None:
    """Held: the diary entry opens with the meeting's facts. Moved: plan its new time. Not held: noted."""
    if meeting.status is MeetingStatus.NOT_HELD:
        return
    await start_home(manager, actor, show_mode=ShowMode.NO_UPDATE)
    if meeting.status is MeetingStatus.MOVED:
        await manager.start(States.entry, data={"again_from": meeting.id}, show_mode=ShowMode.SEND)
        return
    zone = (await meetings.seats(session, meeting.pair_id)).mentor.zone
    facts = {
        "pair_id": meeting.pair_id,
        "held_on": meeting.starts_at.astimezone(ZoneInfo(zone)).date().isoformat(),
        "duration_minutes": meeting.duration_minutes,
        "mode": meeting.mode.value,
    }
    await manager.start(diary.States.entry, data=facts, show_mode=ShowMode.SEND)


def router() -> Router:
    """A new router for the buttons under meeting messages: each dispatcher needs its own."""
    router = Router(name="meetings")
    router.callback_query.register(meeting_button, DataStartsWith("meeting:"))
    return router


# --- the windows --------------------------------------------------------------------------------------------


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


async def _pairs_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    return {"pairs": await pair_choices(dialog_manager)}
