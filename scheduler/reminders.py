"""Meeting reminders, the mentor's "did it happen?" card, and news of a meeting for the other side.

Everything is an outbox row planned from the meeting as it stands: every change of a meeting removes its
pending rows (by key prefix) and enqueues them anew, so no row carries a stale time. The keys:

- `reminder:<meeting>:<person>:<minutes before>:<start in UTC>` – the start is part of the key because a
  reminder already sent for the old time must not hold back the one for a new time (enqueue keeps the
  first row of a key);
- `card:<meeting>:<mentor>` – after the meeting's end;
- `news:<meeting>:<recipient>:<event>[:<when>]` – what the other member did.

Quiet hours hold reminders and cards until the morning in the recipient's time zone, except a reminder
for a meeting within those quiet hours, which goes at its time. News is a person's own act and goes at once.
"""

from __future__ import annotations

import html
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton
from sqlalchemy.ext.asyncio import AsyncSession

from scheduler.config import SchedulerConfig
from scheduler.messages import Outgoing, Translate, renderer
from scheduler.quiet_hours import after_quiet_hours
from storage.models import Meeting, MeetingStatus
from storage.repo import outbox
from storage.repo.meetings import Seat, Seats, ends_at
from storage.repo.outbox import Due
from storage.timeutil import UTC, utcnow

REMINDER, CARD, NEWS = "meeting_reminder", "meeting_card", "meeting_news"
SCHEDULED, CHANGED, CANCELLED, CANT = "scheduled", "changed", "cancelled", "cant"
SETTLE = timedelta(minutes=5)  # a meeting being set up is announced once it has been left alone this long

# the buttons under these messages: `meeting:<id>:<action>` (handled by dialogs/meeting/buttons.py)
OPEN, CANT_MAKE_IT, AGAIN, HELD, NOT_HELD, MOVED = "open", "cant", "again", "held", "not_held", "moved"


def button_data(meeting_id: int, action: str) -> str:
    return f"meeting:{meeting_id}:{action}"


# --- when ---------------------------------------------------------------------------------------------------


def reminder_due(starts_at: datetime, before: timedelta, zone: str) -> datetime:
    """When a reminder `before` the start is due: whole days before at the same local time of day (so a
    daylight-saving change in between moves it by an hour in UTC), anything shorter exactly before."""
    if before % timedelta(days=1):
        return starts_at - before
    tz = ZoneInfo(zone)
    local = starts_at.astimezone(tz)
    earlier = datetime.combine(local.date() - timedelta(days=before.days), local.time(), tzinfo=tz)
    return earlier.astimezone(UTC)


def delivery_time(due: datetime, starts_at: datetime, zone: str, config: SchedulerConfig) -> datetime:
    """`due`, held until the quiet hours end – unless the meeting itself is before that (it is within
    those quiet hours): then the reminder goes at its time."""
    held = after_quiet_hours(due, zone, config.quiet_start, config.quiet_end)
    return held if held < starts_at else due


def offsets_of(seat: Seat, config: SchedulerConfig) -> tuple[timedelta, ...]:
    if seat.reminder_minutes is None:
        return config.reminder_offsets
    return tuple(timedelta(minutes=minutes) for minutes in seat.reminder_minutes)


def local_when(moment: datetime, zone: str, locale: str) -> tuple[str, str]:
    """(date, time of day) of `moment` in the time zone, as people of `locale` write them."""
    tz = ZoneInfo(zone)
    return format_skeleton("yMMMEd", moment, tzinfo=tz, locale=locale), format_skeleton(
        "Hm", moment, tzinfo=tz, locale=locale
    )


# --- planning -----------------------------------------------------------------------------------------------


def facts(meeting: Meeting, zone: str, other: str) -> dict[str, Any]:
    """The meeting as one person sees it (JSON values): in their time zone, with the other member."""
    return {
        "meeting_id": meeting.id,
        "starts_at": meeting.starts_at.isoformat(),
        "duration_minutes": meeting.duration_minutes,
        "mode": meeting.mode.value,
        "place": meeting.place or "",
        "zone": zone,
        "other": other,
    }


def _payload(meeting: Meeting, recipient: Seat, other: Seat, **extra: Any) -> dict[str, Any]:
    """What the message needs, as it is now (`pair_id`: the sender drops rows of a paused pair)."""
    return {"pair_id": meeting.pair_id, **facts(meeting, recipient.zone, other.name), **extra}


async def plan(
    session: AsyncSession, meeting: Meeting, seats: Seats, config: SchedulerConfig, now: datetime
) -> None:
    """Replace the meeting's pending reminders and card with ones for its current time (and none once it
    is no longer planned)."""
    await outbox.cancel(session, f"reminder:{meeting.id}:")
    await outbox.cancel(session, f"card:{meeting.id}:")
    if meeting.status is not MeetingStatus.SCHEDULED:
        return
    for seat in seats.joined():
        await _remind(session, meeting, seat, seats, config, now)
    mentor_id = seats.mentor.person_id
    if mentor_id is not None:
        end = ends_at(meeting)
        zone = seats.mentor.zone
        await outbox.enqueue(
            session,
            recipient_id=mentor_id,
            kind=CARD,
            key=f"card:{meeting.id}:{mentor_id}",
            due_at=after_quiet_hours(end, zone, config.quiet_start, config.quiet_end),
            payload=_payload(meeting, seats.mentor, seats.mentee),
        )


async def _remind(
    session: AsyncSession, meeting: Meeting, seat: Seat, seats: Seats, config: SchedulerConfig, now: datetime
) -> None:
    assert seat.person_id is not None
    start = meeting.starts_at.astimezone(UTC).strftime("%Y%m%dT%H%MZ")
    for before in offsets_of(seat, config):
        due = delivery_time(
            reminder_due(meeting.starts_at, before, seat.zone), meeting.starts_at, seat.zone, config
        )
        if due <= now:
            continue  # too late for this one (the meeting was planned at short notice)
        minutes = int(before.total_seconds() // 60)
        await outbox.enqueue(
            session,
            recipient_id=seat.person_id,
            kind=REMINDER,
            key=f"reminder:{meeting.id}:{seat.person_id}:{minutes}:{start}",
            due_at=due,
            payload=_payload(meeting, seat, seats.other_than(seat.person_id)),
        )


async def announce(
    session: AsyncSession,
    meeting: Meeting,
    seats: Seats,
    author_id: int,
    event: str,
    now: datetime,
    *,
    settled: bool = True,
) -> None:
    """Tell the other member what `author_id` did. A new meeting is announced once, with its details as
    they are when it is `settled` (or left alone for SETTLE); changes before that only update the
    announcement, and a meeting called off before it went out is never announced at all. Of news not
    sent yet, only the latest is sent."""
    recipient = seats.other_than(author_id)
    if recipient.person_id is None:
        return
    base = f"news:{meeting.id}:{recipient.person_id}:"
    unsent = await outbox.cancel(session, base + SCHEDULED)
    await outbox.cancel(session, base + CHANGED)  # a change not sent yet: the news below says it all
    if event == SCHEDULED or (event == CHANGED and unsent):
        due = now if settled else now + SETTLE
        if await _news(session, meeting, seats, recipient, author_id, SCHEDULED, base + SCHEDULED, due):
            return
        event = CHANGED  # it went out already: this is a change
    elif unsent:
        return  # called off before the other member heard of it
    key = base + event + (f":{now.isoformat()}" if event == CHANGED else "")
    await _news(session, meeting, seats, recipient, author_id, event, key, now)


async def _news(
    session: AsyncSession,
    meeting: Meeting,
    seats: Seats,
    recipient: Seat,
    author_id: int,
    event: str,
    key: str,
    due: datetime,
) -> bool:
    assert recipient.person_id is not None
    return await outbox.enqueue(
        session,
        recipient_id=recipient.person_id,
        kind=NEWS,
        key=key,
        due_at=due,
        payload=_payload(meeting, recipient, seats.of(author_id), event=event),
    )


# --- wording (the outbox sender renders rows with these) ----------------------------------------------------


def details(t: Translate, locale: str, seen: dict[str, Any]) -> dict[str, Any]:
    """The Fluent arguments of every meeting message, from `facts`, in the reader's time zone and
    language; what people typed (names, the place) is HTML-escaped."""
    starts_at = datetime.fromisoformat(seen["starts_at"])
    day, time_of_day = local_when(starts_at, seen["zone"], locale)
    place = seen["place"]
    return {
        "other": html.escape(seen["other"], quote=False),
        "date": day,
        "time": time_of_day,
        "minutes": seen["duration_minutes"],
        "mode": t(locale, f"meeting-mode-{seen['mode']}"),
        "place": t(locale, "meeting-place-line", place=html.escape(place, quote=False)) if place else "",
    }


@renderer(REMINDER)
def render_reminder(due: Due, t: Translate, locale: str, now: datetime | None = None) -> Outgoing | None:
    """None once the meeting has started: a reminder is never sent late. The sender should hand in its
    clock's `now`; without it the system time is used."""
    if (now or utcnow()) >= datetime.fromisoformat(due.payload["starts_at"]):
        return None
    meeting_id = due.payload["meeting_id"]
    return Outgoing(
        t(locale, "meeting-reminder", **details(t, locale, due.payload)),
        (
            (t(locale, "btn-meeting-open"), button_data(meeting_id, OPEN)),
            (t(locale, "btn-meeting-cant"), button_data(meeting_id, CANT_MAKE_IT)),
        ),
    )


@renderer(CARD)
def render_card(due: Due, t: Translate, locale: str) -> Outgoing:
    meeting_id = due.payload["meeting_id"]
    return Outgoing(
        t(locale, "meeting-card", **details(t, locale, due.payload)),
        tuple(
            (t(locale, f"btn-meeting-{action.replace('_', '-')}"), button_data(meeting_id, action))
            for action in (HELD, NOT_HELD, MOVED)
        ),
    )


@renderer(NEWS)
def render_news(due: Due, t: Translate, locale: str) -> Outgoing:
    event = due.payload["event"]
    meeting_id = due.payload["meeting_id"]
    action = OPEN if event in (SCHEDULED, CHANGED) else AGAIN
    return Outgoing(
        t(locale, f"meeting-news-{event}", **details(t, locale, due.payload)),
        ((t(locale, f"btn-meeting-{action}"), button_data(meeting_id, action)),),
    )
