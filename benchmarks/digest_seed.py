"""B3's database: organisations with a coordinator each, programmes of uneven size, pairs in every state,
their diaries, meetings, questionnaires and concerns, made from a fixed random seed and inserted in bulk
(storage/repo/bulk.py).

Sizes vary on purpose (an organisation has 1 to 19 programmes, a programme 1 to 19 pairs, a pair from no
diary entry to forty) so that counting statements per digest shows whether the cost grows with size. Some
open pairs have been quiet for weeks (the digest calls them "at risk"), some people have blocked the bot.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import make_session_factory
from storage.models import (
    Base,
    Concern,
    DiaryEntry,
    Meeting,
    MeetingStatus,
    Membership,
    Organisation,
    Pair,
    Person,
    Phase,
    Programme,
    ProgrammeKind,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    Role,
    SessionMode,
    Stage,
)
from storage.repo.bulk import insert_rows, refresh_statistics

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)  # a Monday, 08:00 in Sofia: the weekly digest's hour
PROGRAMME_START = date(2026, 9, 1)
PROGRAMME_END = date(2027, 6, 30)
ZONES = ("Europe/Sofia", "Europe/Rome", "Europe/Istanbul", "Europe/Oslo", "Europe/London")
QUIET_DAYS = 40  # a quiet pair has done nothing for this long: past every rung of the drift ladder
ACTIVITIES = ("initial_analysis", "methodological_deepening", "co_design", "final_reflection")
OPEN_STAGES = (Stage.SETTING_UP, Stage.ENGAGE, Stage.SUSTAIN, Stage.TRANSITION)
# inserted in this order, so every foreign key points at a row already there
TABLES: tuple[type[Base], ...] = (
    Organisation,
    Person,
    Programme,
    Membership,
    Pair,
    DiaryEntry,
    Meeting,
    QuestionnaireResponse,
    QuestionnaireAnswer,
    Concern,
)


@dataclass(frozen=True)
class Scale:
    organisations: int
    programmes: int
    pairs: int
    entries: int  # diary entries


FULL = Scale(organisations=100, programmes=1_000, pairs=10_000, entries=200_000)
SMOKE = Scale(organisations=4, programmes=20, pairs=100, entries=1_000)


@dataclass
class Rows:
    """Every row to insert, by table, each with its id."""

    scale: Scale
    tables: dict[type[Base], list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, model: type[Base], **row: Any) -> int:
        rows = self.tables.setdefault(model, [])
        row["id"] = len(rows) + 1
        rows.append(row)
        return int(row["id"])

    def count(self, model: type[Base]) -> int:
        return len(self.tables.get(model, []))

    def pairs_per_programme(self) -> list[int]:
        sizes = Counter(row["programme_id"] for row in self.tables.get(Pair, []))
        return [sizes[row["id"]] for row in self.tables.get(Programme, [])]


def spread(total: int, buckets: int, rng: random.Random, least: int = 0) -> list[int]:
    """`total` split into `buckets` uneven sizes of at least `least` (and at most about twice the mean)."""
    base, extra = divmod(total, buckets)
    sizes = [base + (1 if index < extra else 0) for index in range(buckets)]
    for left in range(buckets // 2):
        right = buckets - 1 - left
        room = min(sizes[left], sizes[right]) - least
        shift = rng.randint(-room, room)
        sizes[left] += shift
        sizes[right] -= shift
    rng.shuffle(sizes)
    return sizes


@dataclass(frozen=True)
class _PairPlan:
    """A started pair and the days between which it did things."""

    pair_id: int
    mentor_id: int
    mentee_id: int
    kind: ProgrammeKind
    first: date
    last: date
    closed: bool
    quiet: bool


class _Seeder:
    def __init__(self, scale: Scale, seed: int) -> None:
        self.rows = Rows(scale)
        self.rng = random.Random(seed)

    def person(self, name: str, can_block: bool = True) -> int:
        """Someone; a few people (never a coordinator: the digest is theirs) have blocked the bot."""
        reachable = not can_block or self.rng.random() > 0.02
        person_id = self.rows.count(Person) + 1
        return self.rows.add(
            Person,
            telegram_id=1_000_000_000 + person_id,
            name=name,
            locale="en",
            timezone=None,
            reachable=reachable,
            reminder_offsets=None,
            tips_seen=0,
            created_at=NOW - timedelta(days=90),
        )

    def membership(self, person_id: int, org_id: int, role: Role, programme_id: int | None) -> None:
        self.rows.add(
            Membership,
            person_id=person_id,
            org_id=org_id,
            programme_id=programme_id,
            role=role,
            created_at=NOW - timedelta(days=90),
        )

    def organisations(self) -> None:
        scale, rng = self.rows.scale, self.rng
        per_org = spread(scale.programmes, scale.organisations, rng, least=1)
        per_programme = spread(scale.pairs, scale.programmes, rng, least=1)
        started: list[_PairPlan] = []
        programme_index = 0
        for org_index, programmes in enumerate(per_org):
            org_id = self.rows.add(
                Organisation,
                name=f"School {org_index + 1}",
                emergency_number="112",
                helpline_number="116 111",
                created_at=NOW - timedelta(days=120),
            )
            self.membership(
                self.person(f"Coordinator {org_index + 1}", can_block=False), org_id, Role.COORDINATOR, None
            )
            zone = ZONES[org_index % len(ZONES)]
            for _ in range(programmes):
                started += self.programme(org_id, zone, per_programme[programme_index])
                programme_index += 1
        entries = spread(scale.entries, len(started), rng)
        for plan, count in zip(started, entries, strict=True):
            self.diary(plan, count)
            self.meetings(plan)
            self.questionnaires(plan)

    def programme(self, org_id: int, zone: str, pairs: int) -> list[_PairPlan]:
        rng = self.rng
        kind = ProgrammeKind.TEACHER if rng.random() < 0.5 else ProgrammeKind.STUDENT
        programme_id = self.rows.add(
            Programme,
            org_id=org_id,
            name=f"Programme {self.rows.count(Programme) + 1}",
            kind=kind,
            start_date=PROGRAMME_START,
            end_date=PROGRAMME_END,
            timezone=zone,
            created_at=NOW - timedelta(days=100),
        )
        if rng.random() < 0.3:
            self.concern(org_id, programme_id)
        return [plan for _ in range(pairs) if (plan := self.pair(org_id, programme_id, kind)) is not None]

    def pair(self, org_id: int, programme_id: int, kind: ProgrammeKind) -> _PairPlan | None:
        """A pair: waiting for its mentee, open (some of them quiet), paused or closed."""
        rng = self.rng
        state = rng.choices(("open", "waiting", "paused", "closed"), weights=(80, 5, 5, 10))[0]
        number = self.rows.count(Pair) + 1
        mentor_id = self.person(f"Mentor {number}")
        self.membership(mentor_id, org_id, Role.MENTOR, programme_id)
        mentee_id = None if state == "waiting" else self.person(f"Mentee {number}")
        if mentee_id is not None:
            self.membership(mentee_id, org_id, Role.MENTEE, programme_id)
        first = PROGRAMME_START + timedelta(days=rng.randint(1, 14))
        quiet = state == "open" and rng.random() < 0.15
        last = NOW.date() - timedelta(days=QUIET_DAYS if quiet else rng.randint(0, 6))
        ended = paused = None
        if state in ("closed", "paused"):
            last = NOW.date() - timedelta(days=rng.randint(7, 30))
            moment = datetime.combine(last, time(15), tzinfo=UTC)
            ended, paused = (moment, None) if state == "closed" else (None, moment)
        pair_id = self.rows.add(
            Pair,
            programme_id=programme_id,
            mentor_id=mentor_id,
            mentee_id=mentee_id,
            mentor_name=f"Mentor {number}",
            mentee_name=f"Mentee {number}",
            mentee_minor=kind is ProgrammeKind.STUDENT,
            parental_consent_at=None,
            stage=Stage.CLOSED if state == "closed" else rng.choice(OPEN_STAGES),
            created_at=datetime.combine(PROGRAMME_START, time(8), tzinfo=UTC),
            started_at=None if mentee_id is None else datetime.combine(first, time(9), tzinfo=UTC),
            ended_at=ended,
            end_reason="programme_end" if ended else None,
            paused_at=paused,
        )
        if mentee_id is None:
            return None
        return _PairPlan(pair_id, mentor_id, mentee_id, kind, first, last, state == "closed", quiet)

    def diary(self, plan: _PairPlan, count: int) -> None:
        rng, span = self.rng, (plan.last - plan.first).days
        for number in range(1, count + 1):
            self.rows.add(
                DiaryEntry,
                pair_id=plan.pair_id,
                session_no=number,
                held_on=plan.first + timedelta(days=span * number // count),
                duration_minutes=rng.choice((30, 45, 60, 90, 120)),
                mode=rng.choice(tuple(SessionMode)),
                mode_other=None,
                activity=rng.choice(ACTIVITIES) if plan.kind is ProgrammeKind.TEACHER else None,
                objectives="What we meant to do in this session, in a sentence or two.",
                topics="What we talked about and did, a little longer than the objectives were.",
                mentor_notes="The mentor's private notes on how it went.",
                mentee_reflection="The mentee's reflection on the session.",
                created_by=plan.mentor_id,
                created_at=datetime.combine(plan.first, time(18), tzinfo=UTC),
                updated_at=datetime.combine(plan.first, time(18), tzinfo=UTC),
            )

    def meeting(self, plan: _PairPlan, starts_at: datetime, status: MeetingStatus) -> None:
        self.rows.add(
            Meeting,
            pair_id=plan.pair_id,
            starts_at=starts_at,
            duration_minutes=60,
            mode=SessionMode.IN_PERSON,
            place="The staff room",
            status=status,
            created_by=plan.mentor_id,
            created_at=datetime.combine(plan.first, time(10), tzinfo=UTC),
            updated_at=datetime.combine(plan.first, time(10), tzinfo=UTC),
            outcome_at=None,
        )

    def meetings(self, plan: _PairPlan) -> None:
        """Two held meetings between its first and last day; some open pairs have one ahead."""
        rng, span = self.rng, (plan.last - plan.first).days
        for _ in range(2):
            day = plan.first + timedelta(days=rng.randint(0, span))
            self.meeting(plan, datetime.combine(day, time(14), tzinfo=UTC), MeetingStatus.HELD)
        if not plan.quiet and not plan.closed and rng.random() < 0.3:
            ahead = NOW + timedelta(days=rng.randint(1, 10))
            self.meeting(plan, ahead, MeetingStatus.SCHEDULED)

    def response(self, plan: _PairPlan, phase: Phase, at: datetime) -> None:
        teacher = plan.kind is ProgrammeKind.TEACHER
        response_id = self.rows.add(
            QuestionnaireResponse,
            person_id=plan.mentee_id,
            pair_id=plan.pair_id,
            instrument="teacher_annex3" if teacher else "student_intake",
            phase=phase,
            started_at=at,
            completed_at=at + timedelta(minutes=5),
        )
        answers: list[tuple[str, int | None, str | None, str | None]] = (
            [(str(item), self.rng.randint(0, 4), None, None) for item in range(1, 6)]
            + [("6", None, None, "A free-text answer nobody but the mentee sees.")]
            if teacher
            else [("hopes", None, "0,2", None), ("goals", None, None, "What I hope to get out of it.")]
        )
        for item, choice, choices, text in answers:
            self.rows.add(
                QuestionnaireAnswer,
                response_id=response_id,
                item=item,
                choice=choice,
                choices=choices,
                text=text,
                skipped=False,
            )

    def questionnaires(self, plan: _PairPlan) -> None:
        """Most mentees have answered at the start; those of closed pairs again at the end."""
        if self.rng.random() < 0.9:
            self.response(plan, Phase.BASELINE, datetime.combine(plan.first, time(12), tzinfo=UTC))
            if plan.closed:
                self.response(plan, Phase.FOLLOWUP, datetime.combine(plan.last, time(16), tzinfo=UTC))

    def concern(self, org_id: int, programme_id: int) -> None:
        created = NOW - timedelta(days=self.rng.randint(0, 30), hours=3)
        self.rows.add(
            Concern,
            org_id=org_id,
            programme_id=programme_id,
            pair_id=None,
            reporter_id=None,
            text="A worry, in the reporter's words.",
            created_at=created,
            handled_at=created + timedelta(days=2) if self.rng.random() < 0.5 else None,
            handled_by=None,
        )


def make_rows(scale: Scale, seed: int = 3) -> Rows:
    """The same rows for the same scale and seed, every time."""
    seeder = _Seeder(scale, seed)
    seeder.organisations()
    return seeder.rows


async def insert(engine: AsyncEngine, rows: Rows, tables: Sequence[type[Base]] = TABLES) -> None:
    """Insert the rows into a migrated, empty database (and let PostgreSQL gather its statistics)."""
    async with make_session_factory(engine)() as session:
        for model in tables:
            await insert_rows(session, model, rows.tables.get(model, []))
        await session.commit()
        await refresh_statistics(session)
        await session.commit()
