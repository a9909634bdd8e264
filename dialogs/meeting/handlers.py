"""What the meeting windows' buttons and typed answers do: every change is stored and planned again."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from aiogram import Bot
from aiogram.fsm.state import State
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram_dialog import ChatEvent, DialogManager, ShowMode
from aiogram_dialog.widgets.kbd import Button
from aiogram_dialog.widgets.kbd.calendar_kbd import ManagedCalendar

from bot.instruments import STUDENT_SESSION_MINUTES
from dialogs import diary, programme_days
from dialogs.common import Problem, not_available, tr
from dialogs.context import actor_of, session_of
from dialogs.meeting.base import (
    DAY_KEY,
    DAYS_ID,
    DEFAULT_MINUTES,
    MEETING_KEY,
    REMINDER_CHOICES,
    TEMPLATE_KEY,
    TYPED_TIME,
    WALK_KEY,
    _chosen,
    _here,
    _my_zone,
    _now,
    _today,
    is_open,
    scheduler_config_of,
)
from dialogs.meeting.ics import ics_event
from dialogs.meeting.states import States
from dialogs.pair_context import PAIR_KEY, choose_pair, current_pair, require_pair
from dialogs.widgets import i18n_of
from scheduler import reminders
from storage.errors import NotFound
from storage.models import Meeting, ProgrammeKind, SessionMode
from storage.repo import meetings

WALK = (States.day, States.time, States.duration, States.mode, States.place)  # a new meeting, step by step


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


# --- starting -----------------------------------------------------------------------------------------------


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


# --- the list -----------------------------------------------------------------------------------------------


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


# --- one meeting --------------------------------------------------------------------------------------------


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
