"""The coordinator's digest: per programme, where the pairs are and what happened, in numbers only.

Built from a constant number of grouped queries over all of a coordinator's programmes (storage/repo/
digest.py), so its cost does not grow with one query per programme or pair; the Monday job builds every
coordinator's digest from one such set of queries per week of days (`for_coordinators`). No diary text,
no free-text answers; questionnaire means only where at least `SMALL_GROUP` people answered. The week is
the last seven days in the coordinator's time zone; the chart shows `CHART_WEEKS` such weeks.

Every Monday (SchedulerConfig.digest_*) each coordinator gets the totals as a message, with a button that
opens the whole digest and its chart in the chat (dialogs/digest.py).
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from scheduler import drift
from scheduler.config import SchedulerConfig
from scheduler.messages import Outgoing, Translate, renderer
from storage.models import Phase, Programme, ProgrammeKind, Stage
from storage.repo import digest as figures
from storage.repo import programmes as programmes_repo
from storage.repo.digest import ConcernCount, ItemMean, PairState
from storage.repo.outbox import Due
from storage.timeutil import UTC

DIGEST_KIND = "digest"
OPEN_CALLBACK = "digest:open"
CHART_WEEKS = 8
SMALL_GROUP = 3  # DESIGN.md: fewer answers than this are not averaged

Say = Callable[..., str]  # say(key, **args): a Fluent message in the reader's language


class PairStatus(enum.StrEnum):
    WAITING = "waiting"
    ACTIVE = "active"
    AT_RISK = "at_risk"
    PAUSED = "paused"
    CLOSED = "closed"


def status_of(state: PairState, at_risk: bool) -> PairStatus:
    if state is PairState.OPEN:
        return PairStatus.AT_RISK if at_risk else PairStatus.ACTIVE
    return PairStatus(state.value)


@dataclass(frozen=True)
class Weeks:
    """The digest's weeks, newest first: the first is the last seven days up to today."""

    today: date
    days: tuple[date, ...]  # the first day of each week
    starts: tuple[datetime, ...]  # those days' local midnights, in UTC

    @classmethod
    def ending(cls, now: datetime, zone: str, count: int = CHART_WEEKS) -> Weeks:
        tz = ZoneInfo(zone)
        today = now.astimezone(tz).date()
        days = tuple(today - timedelta(days=6 + 7 * week) for week in range(count))
        starts = tuple(datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC) for day in days)
        return cls(today, days, starts)


@dataclass(frozen=True)
class Figures:
    """The numbers of one programme, or of all of them."""

    statuses: Mapping[PairStatus, int]
    sessions_week: int
    sessions_total: int
    completed: Mapping[Phase, int]
    concerns_opened: int
    concerns_open: int
    unreachable: int
    concerns_untold: int = 0  # open concerns whose every alert failed: nobody has been told

    @property
    def pairs(self) -> int:
        return sum(self.statuses.values())

    def payload(self) -> dict[str, Any]:
        return {
            "statuses": {status.value: count for status, count in self.statuses.items()},
            "sessions_week": self.sessions_week,
            "sessions_total": self.sessions_total,
            "completed": {phase.value: count for phase, count in self.completed.items()},
            "concerns_opened": self.concerns_opened,
            "concerns_open": self.concerns_open,
            "unreachable": self.unreachable,
            "concerns_untold": self.concerns_untold,
        }

    @classmethod
    def from_payload(cls, data: Mapping[str, Any]) -> Figures:
        return cls(
            statuses={PairStatus(k): int(v) for k, v in data["statuses"].items()},
            sessions_week=int(data["sessions_week"]),
            sessions_total=int(data["sessions_total"]),
            completed={Phase(k): int(v) for k, v in data["completed"].items()},
            concerns_opened=int(data["concerns_opened"]),
            concerns_open=int(data["concerns_open"]),
            unreachable=int(data["unreachable"]),
            concerns_untold=int(data.get("concerns_untold", 0)),
        )


@dataclass
class ProgrammeDigest:
    programme_id: int
    name: str
    kind: ProgrammeKind
    stages: Counter[Stage] = field(default_factory=Counter)
    statuses: Counter[PairStatus] = field(default_factory=Counter)
    sessions: list[int] = field(default_factory=lambda: [0] * (CHART_WEEKS + 1))  # newest week first
    plan_minutes: dict[str, int] = field(default_factory=dict)  # per plan activity (teacher programmes)
    completed: dict[Phase, int] = field(default_factory=dict)
    means: dict[tuple[Phase, str, str], ItemMean] = field(default_factory=dict)  # (phase, instrument, item)
    concerns: ConcernCount = field(default_factory=lambda: ConcernCount(0, 0, 0))
    unreachable: int = 0

    @property
    def started_pairs(self) -> int:
        return sum(n for status, n in self.statuses.items() if status is not PairStatus.WAITING)

    def mean(self, phase: Phase, instrument: str, item: str) -> float | None:
        """The item's mean option index, or None where fewer than SMALL_GROUP people answered."""
        found = self.means.get((phase, instrument, item))
        return found.mean if found is not None and found.answers >= SMALL_GROUP else None

    @property
    def figures(self) -> Figures:
        return Figures(
            statuses={status: self.statuses[status] for status in PairStatus},
            sessions_week=self.sessions[0],
            sessions_total=sum(self.sessions),
            completed={phase: self.completed.get(phase, 0) for phase in Phase},
            concerns_opened=self.concerns.opened,
            concerns_open=self.concerns.still_open,
            unreachable=self.unreachable,
            concerns_untold=self.concerns.untold,
        )


@dataclass(frozen=True)
class Totals:
    """What the Monday message says: the week and the numbers over all programmes."""

    week_from: date
    week_to: date
    programmes: int
    figures: Figures

    def payload(self) -> dict[str, Any]:
        return {
            "from": self.week_from.isoformat(),
            "to": self.week_to.isoformat(),
            "programmes": self.programmes,
            **self.figures.payload(),
        }

    @classmethod
    def from_payload(cls, data: Mapping[str, Any]) -> Totals:
        return cls(
            date.fromisoformat(data["from"]),
            date.fromisoformat(data["to"]),
            int(data["programmes"]),
            Figures.from_payload(data),
        )


@dataclass(frozen=True)
class Digest:
    weeks: Weeks
    programmes: list[ProgrammeDigest]
    unreachable: int  # people, each counted once however many programmes they are in

    def programme(self, programme_id: int) -> ProgrammeDigest | None:
        return next((p for p in self.programmes if p.programme_id == programme_id), None)

    def sessions_per_week(self) -> list[int]:
        """Sessions held in each of the chart's weeks over all programmes, oldest first."""
        return [sum(p.sessions[week] for p in self.programmes) for week in reversed(range(CHART_WEEKS))]

    def totals(self) -> Totals:
        each = [p.figures for p in self.programmes]
        figures_ = Figures(
            statuses={status: sum(f.statuses[status] for f in each) for status in PairStatus},
            sessions_week=sum(f.sessions_week for f in each),
            sessions_total=sum(f.sessions_total for f in each),
            completed={phase: sum(f.completed[phase] for f in each) for phase in Phase},
            concerns_opened=sum(f.concerns_opened for f in each),
            concerns_open=sum(f.concerns_open for f in each),
            unreachable=self.unreachable,
            concerns_untold=sum(f.concerns_untold for f in each),
        )
        return Totals(self.weeks.days[0], self.weeks.today, len(self.programmes), figures_)


async def build(
    session: AsyncSession,
    programmes: Sequence[Programme],
    now: datetime,
    zone: str,
    config: SchedulerConfig,
) -> Digest:
    """The digest of these programmes (the caller has checked who may see them): eight statements,
    however many programmes there are."""
    weeks = Weeks.ending(now, zone)
    found = await _programme_digests(session, programmes, weeks, now, config)
    return found.digest(weeks, [p.id for p in programmes])


async def for_coordinator(
    session: AsyncSession, person_id: int, now: datetime, zone: str, config: SchedulerConfig
) -> Digest:
    """The digest of every programme of the organisations the person coordinates (and of no other)."""
    return await build(session, await programmes_repo.for_coordinator(session, person_id), now, zone, config)


async def for_coordinators(
    session: AsyncSession, zones: Mapping[int, str], now: datetime, config: SchedulerConfig
) -> dict[int, Digest]:
    """`for_coordinator` of each person (person id: their time zone) at once, as the Monday job needs them:
    one statement for their programmes and eight per set of digest weeks among their time zones (zones
    whose last seven days are the same days share them), however many coordinators and programmes."""
    if not zones:
        return {}
    owned = await programmes_repo.for_coordinators(session, list(zones))
    by_weeks: dict[Weeks, list[int]] = {}
    for person_id, zone in zones.items():
        by_weeks.setdefault(Weeks.ending(now, zone), []).append(person_id)
    digests: dict[int, Digest] = {}
    for weeks, people in by_weeks.items():
        programmes = {p.id: p for person_id in people for p in owned[person_id]}
        found = await _programme_digests(session, list(programmes.values()), weeks, now, config)
        for person_id in people:
            digests[person_id] = found.digest(weeks, [p.id for p in owned[person_id]])
    return digests


@dataclass(frozen=True)
class _Found:
    """Each programme's digest, and who blocked the bot in which programme."""

    programmes: dict[int, ProgrammeDigest]
    blocked: list[tuple[int, int]]  # (programme id, person id)

    def digest(self, weeks: Weeks, programme_ids: Sequence[int]) -> Digest:
        """The digest of some of these programmes."""
        wanted = set(programme_ids)
        blocked = {person for programme_id, person in self.blocked if programme_id in wanted}
        return Digest(weeks, [self.programmes[p] for p in programme_ids], len(blocked))


async def _programme_digests(
    session: AsyncSession,
    programmes: Sequence[Programme],
    weeks: Weeks,
    now: datetime,
    config: SchedulerConfig,
) -> _Found:
    """Eight statements, however many programmes there are."""
    digests = {p.id: ProgrammeDigest(p.id, p.name, p.kind) for p in programmes}
    ids = list(digests)
    at_risk = {
        found.pair.pair_id: found.pair.programme_id
        for found in await drift.drifting(
            session, now, config, at_least=drift.Rung.AT_RISK, programme_ids=ids
        )
    }
    risky = Counter(at_risk.values())
    for tally in await figures.pair_tallies(session, ids):
        target = digests[tally.programme_id]
        target.stages[tally.stage] += tally.pairs
        target.statuses[status_of(tally.state, at_risk=False)] += tally.pairs
    for programme_id, count in risky.items():
        digests[programme_id].statuses[PairStatus.ACTIVE] -= count
        digests[programme_id].statuses[PairStatus.AT_RISK] += count
    for week in await figures.sessions_by_week(session, ids, week_days=weeks.days, week_starts=weeks.starts):
        digests[week.programme_id].sessions[week.week] += week.sessions
    for programme_id, minutes in (await figures.plan_minutes(session, ids)).items():
        digests[programme_id].plan_minutes = minutes
    for programme_id, completed in (await figures.questionnaires_completed(session, ids)).items():
        digests[programme_id].completed = completed
    for mean in await figures.item_means(session, ids):
        digests[mean.programme_id].means[(mean.phase, mean.instrument, mean.item)] = mean
    for programme_id, concerns in (await figures.concern_counts(session, ids, weeks.starts[0])).items():
        digests[programme_id].concerns = concerns
    blocked = await figures.unreachable_people(session, ids)
    for programme_id, _person in blocked:
        digests[programme_id].unreachable += 1
    return _Found(digests, blocked)


def figures_lines(numbers: Figures, say: Say) -> list[str]:
    """The numbers as lines of text (no names in them, so nothing to escape)."""
    statuses = {status.value: numbers.statuses.get(status, 0) for status in PairStatus}
    return [
        say("digest-statuses", pairs=numbers.pairs, **statuses),
        say("digest-sessions", week=numbers.sessions_week, total=numbers.sessions_total),
        say(
            "digest-questionnaires",
            baseline=numbers.completed.get(Phase.BASELINE, 0),
            followup=numbers.completed.get(Phase.FOLLOWUP, 0),
        ),
        say("digest-concerns", opened=numbers.concerns_opened, still_open=numbers.concerns_open),
        *([say("digest-concerns-untold", count=numbers.concerns_untold)] if numbers.concerns_untold else []),
        say("digest-unreachable", count=numbers.unreachable),
    ]


def summary_text(totals: Totals, say: Say) -> str:
    heading = say("digest-title", start=totals.week_from, end=totals.week_to)
    programmes = say("digest-programmes", count=totals.programmes)
    return "\n".join([heading, programmes, *figures_lines(totals.figures, say)])


@renderer(DIGEST_KIND)
def digest_message(due: Due, t: Translate, locale: str) -> Outgoing:
    text = summary_text(Totals.from_payload(due.payload), lambda key, **args: t(locale, key, **args))
    return Outgoing(text, ((t(locale, "btn-digest-open"), OPEN_CALLBACK),))
