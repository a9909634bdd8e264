"""How a concern's case is put into words on both sides: ages ("3 h"), moments in the reader's time zone,
and the lines of its trail (the coordinators') or thread (the reporter's, with no staff names)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from aiogram_i18n import I18nContext
from babel.dates import format_datetime

from dialogs.common import shorten, tr
from storage.repo.concerns import EventView

# The newest entries that fit one message (Telegram's 4,096, with the window's other lines); the newest
# always fits whole, as no entry is longer than LINE_TEXT_LIMIT (the longest anyone may write).
LINE_TEXT_LIMIT = 3000
TRAIL_LIMIT = 3400


def age(i18n: I18nContext, delta: timedelta) -> str:
    """How long, in the largest unit that reads naturally: minutes under 2 h, hours under 2 days."""
    minutes = max(int(delta.total_seconds() // 60), 0)
    if minutes < 120:
        return tr(i18n, "case-age-minutes", n=minutes)
    if minutes < 48 * 60:
        return tr(i18n, "case-age-hours", n=minutes // 60)
    return tr(i18n, "case-age-days", n=minutes // (24 * 60))


def moment(at: datetime, zone: str, locale: str) -> str:
    return str(format_datetime(at, "short", tzinfo=ZoneInfo(zone), locale=locale))


def _line(i18n: I18nContext, event: EventView, zone: str, *, staff: bool) -> str:
    at = moment(event.at, zone, i18n.locale)
    if event.by_reporter:
        who = i18n.get("trail-reporter" if staff else "thread-you")
    elif staff:
        who = event.actor_name or i18n.get("trail-someone")
    else:
        who = i18n.get("thread-coordinator")
    text = shorten(event.text or "", LINE_TEXT_LIMIT)
    return tr(i18n, f"{'trail' if staff else 'thread'}-{event.kind}", at=at, who=who, text=text)


def trail_lines(i18n: I18nContext, events: list[EventView], zone: str, *, staff: bool) -> list[str]:
    """The newest lines that fit a message; a first line says how many older ones are not shown."""
    lines = [_line(i18n, event, zone, staff=staff) for event in events]
    kept: list[str] = []
    size = 0
    for line in reversed(lines):
        if size + len(line) > TRAIL_LIMIT:
            break
        kept.insert(0, line)
        size += len(line) + 1
    if len(kept) < len(lines):
        kept.insert(0, tr(i18n, "trail-earlier", n=len(lines) - len(kept)))
    return kept
