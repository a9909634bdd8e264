"""The pair's progress: hours against the mentoring plan (teachers, Annex II), sessions against the
rhythm (students, seed 003)."""

from __future__ import annotations

import calendar
from datetime import date

from aiogram_i18n import I18nContext
from sqlalchemy.ext.asyncio import AsyncSession

from bot.instruments import (
    MENTORING_PLAN,
    PLAN_PARTS,
    STUDENT_RHYTHM_MONTHS,
    STUDENT_SESSION_MINUTES,
    STUDENT_SESSIONS_PER_WEEK,
)
from dialogs.common import tr
from dialogs.diary.base import today_in
from dialogs.widgets import local_date
from storage.models import ProgrammeKind
from storage.repo import diary
from storage.repo.pairs import PairView


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
