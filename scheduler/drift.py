"""The drift ladder: a pair that has gone quiet is reminded, gently and then more directly.

A pair is quiet from the last day it did something: its last held meeting, its last diary entry, or its
start (the later of the day both had joined and the programme's start), in the programme's time zone.
After `drift_first` quiet days (14) both sides get a friendly nudge; after `drift_step` more (7) the mentor
gets a direct one; after another `drift_step` the pair is "at risk" in the coordinators' digest. A meeting
held or scheduled ends it at once: a pair with a meeting ahead is not quiet, and `stop_nudges` takes back
what is still queued (the job does that too on its next run). Keys are per pair, rung, quiet day and
person, so each message is made once, and a pair that goes quiet again later starts a new ladder.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from scheduler.config import SchedulerConfig
from scheduler.messages import Outgoing, Translate, renderer
from scheduler.quiet_hours import after_quiet_hours
from storage.models import OutboxStatus, Role
from storage.repo import digest as figures
from storage.repo import outbox
from storage.repo.digest import IdlePair, Seat
from storage.repo.outbox import Due

NUDGE_KIND = "drift_nudge"
KEY_PREFIX = "drift:"
SLACK = timedelta(days=2)  # the query looks a little further back; each pair's own day decides


class Rung(enum.IntEnum):
    NONE = 0
    NUDGE = 1  # both sides: a friendly nudge
    MENTOR = 2  # the mentor: a direct one
    AT_RISK = 3  # the coordinators' digest


@dataclass(frozen=True)
class Drift:
    pair: IdlePair
    since: date  # the pair's last active day
    days: int  # quiet days until today
    rung: Rung


def quiet_since(pair: IdlePair) -> date:
    """The pair's last active day, in its programme's time zone."""
    zone = ZoneInfo(pair.timezone)
    days = [pair.programme_start, pair.started_at.astimezone(zone).date()]
    if pair.last_meeting is not None:
        days.append(pair.last_meeting.astimezone(zone).date())
    if pair.last_diary is not None:
        days.append(pair.last_diary)
    return max(days)


def rung_for(days: int, config: SchedulerConfig) -> Rung:
    first, step = config.drift_first.days, max(config.drift_step.days, 1)
    if days < first:
        return Rung.NONE
    return Rung(min(1 + (days - first) // step, Rung.AT_RISK))


def _quiet_days(rung: Rung, config: SchedulerConfig) -> timedelta:
    return config.drift_first + config.drift_step * (rung - 1)


async def drifting(
    session: AsyncSession,
    now: datetime,
    config: SchedulerConfig,
    *,
    at_least: Rung = Rung.NUDGE,
    programme_ids: Collection[int] | None = None,
) -> list[Drift]:
    """The pairs on the ladder at `at_least` or higher (of `programme_ids`, or all), in one query."""
    candidates = await figures.idle_pairs(
        session, quiet_since=now - _quiet_days(at_least, config) + SLACK, now=now, programme_ids=programme_ids
    )
    found = []
    for pair in candidates:
        today = now.astimezone(ZoneInfo(pair.timezone)).date()
        since = quiet_since(pair)
        rung = rung_for((today - since).days, config)
        if rung >= at_least and today <= pair.programme_end:
            found.append(Drift(pair, since, (today - since).days, rung))
    return found


def _recipients(drift: Drift) -> list[tuple[Seat, Role, Seat | None]]:
    """(who, their role, the other side) of the rung's message."""
    pair = drift.pair
    if drift.rung is Rung.MENTOR and pair.mentor is not None:
        return [(pair.mentor, Role.MENTOR, pair.mentee)]
    if drift.rung is not Rung.NUDGE:
        return []
    seats = [(pair.mentor, Role.MENTOR, pair.mentee), (pair.mentee, Role.MENTEE, pair.mentor)]
    return [(seat, role, other) for seat, role, other in seats if seat is not None]


def nudge_key(drift: Drift, person_id: int) -> str:
    return f"{KEY_PREFIX}{drift.pair.pair_id}:{drift.rung.value}:{drift.since.isoformat()}:{person_id}"


async def enqueue_nudges(session: AsyncSession, now: datetime, config: SchedulerConfig) -> int:
    """Queue the nudges that are due (outside each person's quiet hours); take back stale ones."""
    drifts = await drifting(session, now, config)
    created = 0
    for drift in drifts:
        for seat, role, other in _recipients(drift):
            if not seat.reachable:
                continue
            zone = seat.timezone or drift.pair.timezone
            created += await outbox.enqueue(
                session,
                recipient_id=seat.person_id,
                kind=NUDGE_KIND,
                key=nudge_key(drift, seat.person_id),
                due_at=after_quiet_hours(now, zone, config.quiet_start, config.quiet_end),
                payload={
                    "pair_id": drift.pair.pair_id,
                    "rung": drift.rung.value,
                    "role": role.value,
                    "other": other.name if other is not None else "",
                    "days": drift.days,
                },
            )
    await _take_back_stale(session, {drift.pair.pair_id for drift in drifts})
    return created


async def _take_back_stale(session: AsyncSession, drifting_pairs: set[int]) -> None:
    """Queued nudges of pairs that are no longer quiet (they met, or planned a meeting, since)."""
    queued = await outbox.keys(session, OutboxStatus.PENDING)
    pairs = {int(key.split(":")[1]) for key in queued if key.startswith(KEY_PREFIX)}
    for pair_id in pairs - drifting_pairs:
        await stop_nudges(session, pair_id)


async def stop_nudges(session: AsyncSession, pair_id: int) -> int:
    """Take back the pair's queued nudges (call it when a meeting is scheduled or held, or a diary entry
    is written); the number taken back."""
    return await outbox.cancel(session, f"{KEY_PREFIX}{pair_id}:")


@renderer(NUDGE_KIND)
def nudge_message(due: Due, t: Translate, locale: str) -> Outgoing:
    payload = due.payload
    if payload.get("rung") == Rung.MENTOR:
        key = "drift-nudge-direct"
    else:
        key = "drift-nudge-mentee" if payload.get("role") == Role.MENTEE else "drift-nudge-mentor"
    other = html.escape(str(payload.get("other") or ""), quote=False) or t(locale, "drift-your-pair")
    return Outgoing(t(locale, key, other=other, days=int(payload.get("days", 0))))
