"""The coordinator digest on a seeded programme, the Monday message, the export workbook and the chart."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import cache
from io import BytesIO

from openpyxl import load_workbook
from PIL import Image
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.app import i18n_core, translator
from bot.reports import charts
from bot.reports import workbook as export
from scheduler import digest, periodic
from scheduler.clock import ManualClock
from scheduler.config import SchedulerConfig
from scheduler.digest import PairStatus
from scheduler.messages import Translate
from storage.db import make_session_factory
from storage.models import (
    Concern,
    MeetingStatus,
    Person,
    Phase,
    Programme,
    ProgrammeKind,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    Role,
    Stage,
)
from storage.repo import memberships, outbox, programmes
from tests.scheduler.test_drift import STARTED, diary, meeting, pair, person, programme, rendered, rows

CONFIG = SchedulerConfig()
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # Monday, 12:00 in Sofia


@cache
def _translate() -> Translate:
    core = i18n_core()
    core.locales.update(core.find_locales())
    return translator(core, "en")


def say(key: str, **args: object) -> str:
    return _translate()("en", key, **args)


async def questionnaire(session: AsyncSession, mentee_id: int, pair_id: int, answers: dict[str, int]) -> None:
    response = QuestionnaireResponse(
        person_id=mentee_id,
        pair_id=pair_id,
        instrument="teacher_annex3",
        phase=Phase.BASELINE,
        completed_at=NOW,
    )
    session.add(response)
    await session.flush()
    for item, choice in answers.items():
        session.add(QuestionnaireAnswer(response_id=response.id, item=item, choice=choice))
    session.add(QuestionnaireAnswer(response_id=response.id, item="6", text="a private answer"))
    await session.flush()


async def coordinator(session: AsyncSession, of: Programme, name: str) -> Person:
    row = await person(session, name)
    await memberships.add(session, row.id, of.org_id, Role.COORDINATOR)
    return row


async def seed(factory: async_sessionmaker[AsyncSession]) -> dict[str, int]:
    """A teacher programme with a pair in every state; a second organisation with its own coordinator."""
    async with factory() as session:
        of = await programme(session)
        ana = await coordinator(session, of, "Ana")
        busy = await pair(session, of, "Maria", '=HYPERLINK("x")')
        await diary(session, busy, 1, date(2026, 11, 18), 60, "initial_analysis")
        await diary(session, busy, 2, date(2026, 11, 20), 90, "co_design")
        await meeting(
            session, busy, datetime(2026, 11, 20, 14, tzinfo=UTC), MeetingStatus.HELD, 90
        )  # diary no. 2
        await meeting(session, busy, datetime(2026, 10, 5, 14, tzinfo=UTC), MeetingStatus.HELD)  # no diary
        quiet = await pair(session, of, "Ana", "Boris")  # nothing since 1 October: at risk
        await pair(session, of, "Vera", "Georgi", started=None)  # Georgi has not joined
        paused = await pair(session, of, "Daria", "Emil")
        paused.paused_at = NOW
        closed = await pair(session, of, "Fani", "Zhivko")
        closed.ended_at, closed.stage = NOW, Stage.CLOSED
        planned = await pair(session, of, "Hristo", "Kalina", reachable=False)
        await meeting(session, planned, NOW + timedelta(days=2), MeetingStatus.SCHEDULED)
        await meeting(session, planned, datetime(2026, 10, 2, 14, tzinfo=UTC), MeetingStatus.CANCELLED)
        for made, answers in ((busy, {"1": 0, "2": 3}), (quiet, {"1": 1, "2": 4}), (planned, {"1": 2})):
            assert made.mentee_id is not None
            await questionnaire(session, made.mentee_id, made.id, answers)
        reported = []
        for created, handled in ((NOW - timedelta(days=1), None), (STARTED, STARTED), (STARTED, None)):
            reported.append(
                Concern(
                    org_id=of.org_id, programme_id=of.id, pair_id=busy.id, text="secret", created_at=created,
                    handled_at=handled,
                )
            )  # fmt: skip
        session.add_all(reported)
        await session.flush()
        # the newest open one reached Ana; every alert of the oldest open one failed (issue #23)
        await outbox.enqueue(
            session, recipient_id=ana.id, kind="concern_alert", key=f"concern:{reported[0].id}:{ana.id}",
            due_at=NOW,
        )  # fmt: skip
        elsewhere = await programme(session, "Their programme", ProgrammeKind.STUDENT, org="School Two")
        boyan = await coordinator(session, elsewhere, "Boyan")
        await pair(session, elsewhere, "Lora", "Mila")
        await session.commit()
        return {
            "programme": of.id,
            "ana": ana.id,
            "boyan": boyan.id,
            "busy": busy.id,
            "elsewhere": elsewhere.id,
        }


async def test_digest_numbers_of_a_seeded_programme(engine: AsyncEngine):
    factory = make_session_factory(engine)
    seeded = await seed(factory)
    async with factory() as session:
        built = await digest.for_coordinator(session, seeded["ana"], NOW, "Europe/Sofia", CONFIG)
    assert [p.name for p in built.programmes] == ["Inclusive teaching"]
    teaching = built.programmes[0]
    assert dict(teaching.stages) == {Stage.SETTING_UP: 5, Stage.CLOSED: 1}
    assert teaching.figures.statuses == {
        PairStatus.WAITING: 1,
        PairStatus.ACTIVE: 2,
        PairStatus.AT_RISK: 1,
        PairStatus.PAUSED: 1,
        PairStatus.CLOSED: 1,
    }
    assert (teaching.figures.sessions_week, teaching.figures.sessions_total) == (2, 3)
    assert teaching.plan_minutes == {"initial_analysis": 60, "co_design": 90}
    assert teaching.figures.completed == {Phase.BASELINE: 3, Phase.FOLLOWUP: 0}
    assert teaching.mean(Phase.BASELINE, "teacher_annex3", "1") == 1.0  # three answers: 0, 1, 2
    assert teaching.mean(Phase.BASELINE, "teacher_annex3", "2") is None  # two answers: not averaged
    assert (teaching.figures.concerns_opened, teaching.figures.concerns_open) == (1, 2)
    assert teaching.figures.concerns_untold == 1
    assert teaching.figures.unreachable == 1

    text = digest.summary_text(built.totals(), say)
    assert text.splitlines() == [
        "📊 <b>Weekly digest</b> · Nov 17, 2026 – Nov 23, 2026",
        "1 programme",
        "Pairs: 6 – active 2 · at risk 1 · not started 1 · paused 1 · closed 1",
        "Sessions held: 2 in the last 7 days, 3 in total",
        "Questionnaires completed: 3 at the start, 0 at the end",
        "Concerns: 1 new in the last 7 days, 2 still open",
        "⚠️ 1 open concern has reached nobody: every alert failed (blocked bot). Open Menu → Concerns now.",
        "People who blocked the bot: 1",
    ]
    assert built.sessions_per_week() == [1, 0, 0, 0, 0, 0, 0, 2]  # oldest first: 29 Sep – 5 Oct, ...


async def test_the_number_of_statements_does_not_grow_with_programmes(engine: AsyncEngine):
    factory = make_session_factory(engine)
    seeded = await seed(factory)
    async with factory() as session:
        for index in range(4):
            of = await session.get(Programme, seeded["programme"])
            assert of is not None
            extra = await programme(session, f"Extra {index}", org="School One")
            for mentor in ("A", "B", "C"):
                await pair(session, extra, f"{mentor}{index}", f"Mentee {mentor}{index}")
        await session.commit()

    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(engine.sync_engine, "before_cursor_execute", count)
    try:
        async with factory() as session:
            owned = await programmes.for_coordinator(session, seeded["ana"])
            assert len(owned) == 5
            statements.clear()
            await digest.build(session, owned[:1], NOW, "Europe/Sofia", CONFIG)
            one = len(statements)
            statements.clear()
            built = await digest.build(session, owned, NOW, "Europe/Sofia", CONFIG)
            five = len(statements)
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", count)
    assert one == five == 8
    assert built.totals().figures.statuses[PairStatus.AT_RISK] == 13  # the new pairs are quiet too


async def test_the_monday_job_builds_every_coordinators_digest_at_once_as_each_would_see_it(
    engine: AsyncEngine,
):
    factory = make_session_factory(engine)
    seeded = await seed(factory)
    async with factory() as session:
        of = await session.get(Programme, seeded["programme"])
        assert of is not None
        cleo = (await coordinator(session, of, "Cleo")).id  # Ana's colleague, in Rome
        await session.commit()
    zones = {seeded["ana"]: "Europe/Sofia", seeded["boyan"]: "Europe/Sofia", cleo: "Europe/Rome"}

    statements: list[str] = []
    seen: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))
        seen.append(str(args[2]))

    async with factory() as session:
        alone = {
            person: await digest.for_coordinator(session, person, NOW, zone, CONFIG)
            for person, zone in zones.items()
        }
        event.listen(engine.sync_engine, "before_cursor_execute", count)
        try:
            one = await digest.for_coordinators(session, {seeded["ana"]: "Europe/Sofia"}, NOW, CONFIG)
            just_ana = len(statements)
            statements.clear()
            sofia = await digest.for_coordinators(
                session, {p: z for p, z in zones.items() if z == "Europe/Sofia"}, NOW, CONFIG
            )
            both_in_sofia = len(statements)
            statements.clear()
            together = await digest.for_coordinators(session, zones, NOW, CONFIG)
            with_rome = len(statements)
        finally:
            event.remove(engine.sync_engine, "before_cursor_execute", count)

    assert together == alone and one[seeded["ana"]] == sofia[seeded["ana"]] == alone[seeded["ana"]]
    assert together[cleo].weeks.starts[0] != together[seeded["ana"]].weeks.starts[0]  # Rome's own midnight
    assert together[cleo].totals().figures == together[seeded["ana"]].totals().figures
    assert just_ana == both_in_sofia == 9  # the programmes, then one digest's statements for both
    assert with_rome == just_ana + 8  # another time zone's week: one more digest's statements
    words = ("objectives", "topics", "mentor_notes", "mentee_reflection", ".text")
    assert not [statement for statement in seen if any(word in statement for word in words)]  # numbers only


async def test_a_coordinator_of_another_organisation_never_sees_the_programme(engine: AsyncEngine):
    factory = make_session_factory(engine)
    seeded = await seed(factory)
    async with factory() as session:
        built = await digest.for_coordinator(session, seeded["boyan"], NOW, "Europe/Sofia", CONFIG)
    assert [p.programme_id for p in built.programmes] == [seeded["elsewhere"]]
    assert built.totals().figures.pairs == 1 and built.totals().figures.concerns_open == 0


async def test_the_monday_digest_is_made_once_per_coordinator_and_week_at_eight(engine: AsyncEngine):
    factory = make_session_factory(engine)
    seeded = await seed(factory)
    clock = ManualClock(datetime(2026, 11, 23, 5, 59, tzinfo=UTC))  # 07:59 in Sofia
    assert await periodic.weekly_digests(factory, clock, CONFIG) == 0
    clock.set(datetime(2026, 11, 23, 6, 0, tzinfo=UTC))
    assert await periodic.weekly_digests(factory, clock, CONFIG) == 2
    assert await periodic.weekly_digests(factory, clock, CONFIG) == 0
    assert {row.idempotency_key for row in await rows(factory, digest.DIGEST_KIND)} == {
        f"digest:{seeded['ana']}:2026-W48",
        f"digest:{seeded['boyan']}:2026-W48",
    }
    said = await rendered(factory, clock.now())
    text, buttons = said[seeded["ana"]]
    assert text.startswith("📊 <b>Weekly digest</b> · Nov 17, 2026 – Nov 23, 2026\n1 programme\nPairs: 6")
    assert buttons == (("📊 Open the digest with its chart", "digest:open"),)
    assert "Pairs: 1 – active 0 · at risk 1" in said[seeded["boyan"]][0]
    assert "secret" not in text and "private" not in text


async def test_the_export_opens_with_openpyxl_and_has_a_row_per_pair_and_meeting(engine: AsyncEngine):
    factory = make_session_factory(engine)
    seeded = await seed(factory)
    async with factory() as session:
        owned = await programmes.for_coordinator(session, seeded["ana"])
        data = await export.workbook(session, owned, NOW, "Europe/Sofia", CONFIG, say)
    book = load_workbook(BytesIO(data))
    assert book.sheetnames == ["Pairs", "Meetings", "Diary sessions"]
    pairs_rows = list(book["Pairs"].iter_rows(values_only=True))
    assert pairs_rows[0] == (
        "Programme", "Pair no.", "Mentor", "Mentee", "Mentee under 18", "Mentor under 18", "Stage", "Status",
        "Started", "Ended",
        "Sessions held", "Diary hours", "Last session",
    )  # fmt: skip
    assert len(pairs_rows) == 1 + 6
    busy = next(row for row in pairs_rows if row[1] == seeded["busy"])
    assert busy[2:8] == ("Maria", """'=HYPERLINK("x")""", "no", "no", "Setting up", "Active")  # no formula
    assert busy[8] == datetime(2026, 10, 1) and busy[10:] == (3, 2.5, datetime(2026, 11, 20))
    assert book["Pairs"].cell(row=pairs_rows.index(busy) + 1, column=4).data_type == "s"
    statuses = sorted(row[7] for row in pairs_rows[1:])
    assert statuses == ["Active", "Active", "At risk", "Closed", "Not started", "Paused"]

    meetings = list(book["Meetings"].iter_rows(values_only=True))
    assert meetings[0] == ("Programme", "Pair no.", "Date", "Time", "Minutes", "Mode", "Held?")
    assert len(meetings) == 1 + 4
    assert ("Inclusive teaching", seeded["busy"], datetime(2026, 11, 20), 16, 90, "online", "held") in [
        (*row[:3], row[3].hour, *row[4:]) for row in meetings[1:]
    ]
    sessions = list(book["Diary sessions"].iter_rows(values_only=True))
    assert sessions[1] == (
        "Inclusive teaching", seeded["busy"], 1, datetime(2026, 11, 18), 60, "in person",
        "Initial analysis and goal setting",
    )  # fmt: skip
    cells = [str(value) for sheet in book for row in sheet.iter_rows(values_only=True) for value in row]
    assert not [value for value in cells if "private" in value or "secret" in value]


def test_the_chart_is_a_png_picture():
    picture = charts.digest_chart(
        [("Oct 5", 0), ("Oct 12", 3), ("Oct 19", 1)],
        [("Active", 4), ("At risk", 1)],
        ("Sessions held per week", "Pairs by status"),
    )
    assert picture.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(BytesIO(picture)) as image:
        assert image.format == "PNG" and image.size == (1000, 400)


async def test_people_see_nothing_of_other_pairs_in_the_digest(engine: AsyncEngine):
    """No names at all in the digest's numbers, and the Monday payload holds numbers only."""
    factory = make_session_factory(engine)
    await seed(factory)
    await periodic.weekly_digests(factory, ManualClock(NOW), CONFIG)
    async with factory() as session:
        payloads = [row.payload for row in await rows(factory, digest.DIGEST_KIND)]
        names = [p.name for p in await session.scalars(select(Person))]
    assert payloads and not [name for name in names for payload in payloads if name in payload]
