"""The meeting windows' getters, and the pair's line in the main menu."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from aiogram_dialog import DialogManager
from aiogram_i18n import I18nContext
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs import diary
from dialogs.common import tr
from dialogs.context import actor_of, session_of
from dialogs.meeting.base import (
    CANNOT_COME,
    DAY_KEY,
    REMINDER_CHOICES,
    TIMES,
    WALK_KEY,
    _chosen,
    _here,
    _my_zone,
    _now,
    _today,
    describe,
    is_open,
    scheduler_config_of,
)
from dialogs.pair_context import PAIR_KEY, pair_choices
from dialogs.widgets import i18n_of
from scheduler import reminders
from storage.models import Role, SessionMode
from storage.repo import ground_rules, meetings
from storage.repo.meetings import PLACE_LIMIT, Seats
from storage.repo.pairs import PairView
from storage.timeutil import utcnow

# --- the list -----------------------------------------------------------------------------------------------


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


async def _pairs_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    return {"pairs": await pair_choices(dialog_manager)}


# --- day and time -------------------------------------------------------------------------------------------


async def day_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    return {"today": _today(dialog_manager, await _my_zone(dialog_manager))}


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


# --- one meeting --------------------------------------------------------------------------------------------


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
