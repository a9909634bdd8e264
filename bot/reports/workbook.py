"""The coordinator's export: an XLSX workbook (openpyxl) with a sheet of pairs, one of meetings and one of
diary sessions. Dates, numbers, stages and modes only: no diary text, no places, no answers. The names are
the ones the coordinator typed when making the pairs (what their own screens show). Text that a spreadsheet
would take for a formula (a name typed as "=...") gets a leading apostrophe (bot/reports/cells.py).

The rows are read and worded first; the workbook is then written in a worker thread (it can be large).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, time
from io import BytesIO
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.reports.cells import safe_row
from scheduler import drift
from scheduler.config import SchedulerConfig
from scheduler.digest import Say, Weeks, status_of
from storage.models import MeetingStatus, Programme
from storage.repo import digest as figures
from storage.repo.digest import DiaryRow, MeetingRow, PairRow

if TYPE_CHECKING:  # openpyxl is imported when a workbook is written, not at every start
    from openpyxl.worksheet.worksheet import Worksheet

TIME_FORMAT = "hh:mm"
MAX_WIDTH = 40

Sheet = tuple[str, list[str], list[list[Any]]]  # title, headers, rows


async def workbook(
    session: AsyncSession,
    programmes: Sequence[Programme],
    now: datetime,
    zone: str,
    config: SchedulerConfig,
    say: Say,
) -> bytes:
    """The workbook of these programmes (the caller has checked who may see them), as XLSX bytes."""
    ids = [p.id for p in programmes]
    names = {p.id: p.name for p in programmes}
    zones = {p.id: ZoneInfo(p.timezone) for p in programmes}
    meetings = await figures.meeting_rows(session, ids)
    diary = await figures.diary_rows(session, ids)
    pairs = _pairs_sheet(
        await figures.pair_rows(session, ids),
        names,
        zones,
        at_risk={
            found.pair.pair_id
            for found in await drift.drifting(
                session, now, config, at_least=drift.Rung.AT_RISK, programme_ids=ids
            )
        },
        held=await _sessions_per_pair(session, ids, Weeks.ending(now, zone)),
        last=_last_sessions(meetings, diary, zones),
        minutes=_diary_minutes(diary),
        say=say,
    )
    sheets = [pairs, _meetings_sheet(meetings, names, zones, say), _diary_sheet(diary, names, say)]
    return await asyncio.to_thread(_write, sheets)


async def _sessions_per_pair(session: AsyncSession, ids: list[int], weeks: Weeks) -> Counter[int]:
    held: Counter[int] = Counter()
    for week in await figures.sessions_by_week(
        session, ids, week_days=weeks.days, week_starts=weeks.starts, per_pair=True
    ):
        held[week.pair_id or 0] += week.sessions
    return held


def _diary_minutes(diary: list[DiaryRow]) -> Counter[int]:
    minutes: Counter[int] = Counter()
    for row in diary:
        minutes[row.pair_id] += row.duration_minutes
    return minutes


def _last_sessions(
    meetings: list[MeetingRow], diary: list[DiaryRow], zones: dict[int, ZoneInfo]
) -> dict[int, date]:
    """Each pair's latest day with a diary session or a held meeting."""
    days = [(row.pair_id, row.held_on) for row in diary] + [
        (row.pair_id, row.starts_at.astimezone(zones[row.programme_id]).date())
        for row in meetings
        if row.status is MeetingStatus.HELD
    ]
    last: dict[int, date] = {}
    for pair_id, day in days:
        last[pair_id] = max(day, last.get(pair_id, day))
    return last


def _local_day(moment: datetime | None, zone: ZoneInfo) -> date | None:
    return moment.astimezone(zone).date() if moment is not None else None


def _pairs_sheet(
    rows: list[PairRow],
    names: dict[int, str],
    zones: dict[int, ZoneInfo],
    *,
    at_risk: set[int],
    held: Counter[int],
    last: dict[int, date],
    minutes: Counter[int],
    say: Say,
) -> Sheet:
    headers = [
        say(f"digest-column-{name}")
        for name in (
            "programme", "pair", "mentor", "mentee", "minor", "mentor_minor", "stage", "status",
            "started", "ended", "sessions", "hours", "last",
        )
    ]  # fmt: skip
    body = [
        [
            names[row.programme_id],
            row.pair_id,
            row.mentor_name,
            row.mentee_name,
            say("digest-cell-yes" if row.mentee_minor else "digest-cell-no"),
            say("digest-cell-yes" if row.mentor_minor else "digest-cell-no"),
            say(f"stage-{row.stage.value}"),
            say(f"digest-status-{status_of(row.state, row.pair_id in at_risk).value}"),
            _local_day(row.started_at, zones[row.programme_id]),
            _local_day(row.ended_at, zones[row.programme_id]),
            held[row.pair_id],
            round(minutes[row.pair_id] / 60, 2),
            last.get(row.pair_id),
        ]
        for row in rows
    ]
    return say("digest-sheet-pairs"), headers, body


def _meetings_sheet(
    rows: list[MeetingRow], names: dict[int, str], zones: dict[int, ZoneInfo], say: Say
) -> Sheet:
    headers = [
        say(f"digest-column-{name}")
        for name in ("programme", "pair", "date", "time", "minutes", "mode", "meeting-status")
    ]
    body = []
    for row in rows:
        local = row.starts_at.astimezone(zones[row.programme_id])
        body.append(
            [
                names[row.programme_id],
                row.pair_id,
                local.date(),
                local.time().replace(tzinfo=None),
                row.duration_minutes,
                say(f"digest-mode-{row.mode.value}"),
                say(f"digest-meeting-{row.status.value}"),
            ]
        )
    return say("digest-sheet-meetings"), headers, body


def _diary_sheet(rows: list[DiaryRow], names: dict[int, str], say: Say) -> Sheet:
    headers = [
        say(f"digest-column-{name}")
        for name in ("programme", "pair", "session", "date", "minutes", "mode", "activity")
    ]
    body = [
        [
            names[row.programme_id],
            row.pair_id,
            row.session_no,
            row.held_on,
            row.duration_minutes,
            say(f"digest-mode-{row.mode.value}"),
            say(f"plan-{row.activity}") if row.activity else "",
        ]
        for row in rows
    ]
    return say("digest-sheet-diary"), headers, body


def _write(sheets: list[Sheet]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for title, headers, rows in sheets:
        sheet = book.create_sheet(title[:31])
        sheet.append(safe_row(headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(safe_row(row))
        _format(sheet)
        sheet.freeze_panes = "A2"
    output = BytesIO()
    book.save(output)
    return output.getvalue()


def _format(sheet: Worksheet) -> None:
    """Times without seconds, columns wide enough."""
    from openpyxl.utils import get_column_letter

    for column in sheet.iter_cols():
        width = 0
        for cell in column:
            if isinstance(cell.value, time):
                cell.number_format = TIME_FORMAT
            width = max(width, len(str(cell.value or "")))
        sheet.column_dimensions[get_column_letter(column[0].column)].width = min(width + 2, MAX_WIDTH)
