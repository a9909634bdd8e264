"""Nobody forgets a concern (issue #23): reminders of unread and stalled cases, and the news of a case.

- `concern_reminders` (a periodic job, every minute): every unread concern is sent again to every
  coordinator and the safeguarding lead `concern_read_after` after it was reported (CONCERN_READ_MINUTES),
  and again every 24 hours while unread; a case in progress with no note, message or change for 7 days
  reminds the coordinator who last acted (and the lead). Rows are queued ahead with their due time, so the
  outbox sends them on time and a restart or a kill loses none; each is checked just before it is sent
  and dropped if the case has moved on.
- Concern alerts and reminders are due at once: quiet hours do not hold them (they are not
  `after_quiet_hours`, unlike tips and digests).
- The reporter hears of their case in plain words (read, in progress, a reply, closed) with a button to
  open it; the coordinators hear that the reporter added something. No message carries what anyone wrote.
"""

from __future__ import annotations

import html
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from scheduler.clock import Clock
from scheduler.config import SchedulerConfig
from scheduler.messages import Outgoing, Translate, checked, renderer
from storage.repo import concerns
from storage.repo.outbox import Due
from storage.timeutil import utcnow


async def concern_reminders(
    session_factory: async_sessionmaker[AsyncSession], clock: Clock, config: SchedulerConfig
) -> int:
    """Queue the reminders that are missing; how many rows were made."""
    now = clock.now()
    async with session_factory() as session:
        made = await concerns.enqueue_unread_reminders(session, now, config.concern_read_after)
        made += await concerns.enqueue_stale_reminders(session, now)
        await session.commit()
    return made


def _open_button(t: Translate, locale: str, due: Due) -> tuple[tuple[str, str], ...]:
    return ((t(locale, "concern-alert-open"), f"concern:{due.payload['concern_id']}"),)


def _age(t: Translate, locale: str, since: datetime, now: datetime) -> str:
    minutes = max(int((now - since).total_seconds() // 60), 0)
    if minutes < 120:
        return t(locale, "case-age-minutes", n=minutes)
    if minutes < 48 * 60:
        return t(locale, "case-age-hours", n=minutes // 60)
    return t(locale, "case-age-days", n=minutes // (24 * 60))


@renderer("concern_reminder")
def concern_reminder(due: Due, t: Translate, locale: str, now: datetime | None = None) -> Outgoing:
    now = now or utcnow()
    reported = datetime.fromisoformat(due.payload["reported"])
    text = t(
        locale,
        "concern-reminder",
        age=_age(t, locale, reported, now),
        role=t(locale, f"role-{due.payload.get('role', 'mentee')}"),
        programme=html.escape(due.payload.get("programme", ""), quote=False),
    )
    return Outgoing(text, _open_button(t, locale, due))


@checked("concern_reminder")
async def reminder_still_due(session: AsyncSession, due: Due) -> bool:
    return await concerns.is_unread(session, int(due.payload["concern_id"]))


@renderer("concern_stale")
def concern_stale(due: Due, t: Translate, locale: str, now: datetime | None = None) -> Outgoing:
    now = now or utcnow()
    since = datetime.fromisoformat(due.payload["since"])
    text = t(
        locale,
        "concern-stale",
        age=_age(t, locale, since, now),
        programme=html.escape(due.payload.get("programme", ""), quote=False),
    )
    return Outgoing(text, _open_button(t, locale, due))


@checked("concern_stale")
async def stale_still_due(session: AsyncSession, due: Due) -> bool:
    since = datetime.fromisoformat(due.payload["since"])
    return await concerns.is_stale_since(session, int(due.payload["concern_id"]), since)


@renderer("concern_answer")
def concern_answer(due: Due, t: Translate, locale: str) -> Outgoing:
    programme = html.escape(due.payload.get("programme", ""), quote=False)
    return Outgoing(t(locale, "concern-answer-alert", programme=programme), _open_button(t, locale, due))


@renderer("concern_news")
def concern_news(due: Due, t: Translate, locale: str) -> Outgoing:
    """To the reporter: what happened to their report, and a button to open it."""
    text = t(locale, f"concern-news-{due.payload.get('news', 'read')}")
    return Outgoing(text, ((t(locale, "btn-concern-open-mine"), f"myconcern:{due.payload['concern_id']}"),))
