"""What the meeting flow runs on: its keys and choices, the clock, the pair and the chosen meeting."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from aiogram_dialog import DialogManager
from aiogram_i18n import I18nContext

from dialogs.context import actor_of, session_of
from dialogs.pair_context import PAIR_KEY, require_pair
from scheduler import reminders
from scheduler.clock import Clock, SystemClock
from scheduler.config import SchedulerConfig
from scheduler.messages import Translate
from storage.errors import NotFound
from storage.models import Meeting, MeetingStatus
from storage.repo import meetings
from storage.repo.meetings import Seats
from storage.repo.pairs import PairView

MEETING_KEY, WALK_KEY, DAY_KEY, TEMPLATE_KEY = "meeting_id", "walk", "day", "template"
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
