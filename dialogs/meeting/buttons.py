"""The buttons under meeting reminders, cards and news (`meeting:<id>:<action>`): plain callback
handlers on their own router, outside the dialog."""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from aiogram import Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, Message
from aiogram_dialog import DialogManager, ShowMode
from aiogram_i18n import I18nContext
from sqlalchemy.ext.asyncio import AsyncSession

from bot.filters import DataStartsWith
from dialogs import diary
from dialogs.common import Problem
from dialogs.meeting.states import States
from dialogs.navigation import start_home
from scheduler import reminders
from scheduler.clock import Clock, SystemClock
from scheduler.config import SchedulerConfig
from storage.errors import NotFound
from storage.models import Meeting, MeetingStatus
from storage.repo import meetings
from storage.repo.actors import Actor

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
