"""B3. Digest at scale: every coordinator's weekly digest over 1,000 programmes, 10,000 pairs and 200,000
diary entries, on SQLite and on PostgreSQL, and the SQL statements a digest takes.

Two ways the bot builds digests, each timed over the whole seeded database:
- the Monday job (scheduler/periodic.py): the coordinators due, then all their digests at once
  (`digest.for_coordinators`) — the figure with the target;
- each coordinator's /digest one after another (`digest.for_coordinator`; the Monday job did this before).
Statements are counted, with a `before_cursor_execute` listener, for those and for each programme's card
in /digest (`digest.build` of one programme): the same number for every programme, small or large, and for
every coordinator, with one programme or nineteen, means no query per pair or per programme (no N+1).

The SQLite file is seeded once per run and read by every repeat; PostgreSQL gets a fresh database on the
server of `Options.postgres_dsn`, dropped afterwards (if there is no server, its figure says so).
"""

from __future__ import annotations

import math
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from benchmarks import digest_seed
from benchmarks.common import Figure, Options, median
from benchmarks.digest_seed import NOW, Rows, Scale
from scheduler import digest
from scheduler.config import SchedulerConfig
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade_to_head
from storage.repo import programmes
from storage.repo.digest import digest_recipients

TARGET_SECONDS = 2.0
CONFIG = SchedulerConfig()
STATEMENTS_PER_SET = 8  # scheduler/digest.py: a digest of any number of programmes, for one set of weeks


@dataclass
class Measured:
    """One database's runs: seconds per repeat, and statements counted once."""

    weekly: list[float] = field(default_factory=list)
    each_coordinator: list[float] = field(default_factory=list)
    per_programme: list[int] = field(default_factory=list)  # statements of each programme's own digest
    per_coordinator: list[int] = field(default_factory=list)  # statements of each coordinator's digest
    coordinator_sizes: list[int] = field(default_factory=list)  # programmes of each coordinator
    weekly_statements: int = 0  # of the Monday job's digests, all coordinators
    week_sets: int = 0  # different sets of digest weeks among the coordinators' time zones
    unavailable: str = ""  # why the database could not be measured


class StatementCounter:
    """Counts the statements sent on an engine while it is listening."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.count = 0

    def _seen(self, *_args: Any) -> None:
        self.count += 1

    def __enter__(self) -> StatementCounter:
        event.listen(self.engine.sync_engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.engine.sync_engine, "before_cursor_execute", self._seen)


async def _timed(work: Callable[[], Awaitable[None]]) -> float:
    started = time.perf_counter()
    await work()
    return time.perf_counter() - started


async def weekly(engine: AsyncEngine) -> None:
    """What the Monday job computes: the coordinators, then all their digests at once and each one's
    totals, in one session (without writing the outbox rows)."""
    async with make_session_factory(engine)() as session:
        zones = {c.person_id: c.timezone for c in await digest_recipients(session)}
        for built in (await digest.for_coordinators(session, zones, NOW, CONFIG)).values():
            built.totals()


async def each_coordinator(engine: AsyncEngine) -> None:
    """Every coordinator's digest one after another, as each one's /digest builds it."""
    async with make_session_factory(engine)() as session:
        for coordinator in await digest_recipients(session):
            built = await digest.for_coordinator(
                session, coordinator.person_id, NOW, coordinator.timezone, CONFIG
            )
            built.totals()


async def count_statements(engine: AsyncEngine, measured: Measured) -> None:
    """Statements of the Monday job's digests, of each coordinator's and of each programme's own digest."""
    factory = make_session_factory(engine)
    async with factory() as session:
        zones = {c.person_id: c.timezone for c in await digest_recipients(session)}
        with StatementCounter(engine) as counter:
            await digest.for_coordinators(session, zones, NOW, CONFIG)
        measured.weekly_statements = counter.count
        measured.week_sets = len({digest.Weeks.ending(NOW, zone) for zone in zones.values()})
    for person_id, zone in zones.items():
        async with factory() as session:
            with StatementCounter(engine) as counter:
                await digest.for_coordinator(session, person_id, NOW, zone, CONFIG)
            measured.per_coordinator.append(counter.count)
            owned = await programmes.for_coordinator(session, person_id)
            measured.coordinator_sizes.append(len(owned))
            for programme in owned:
                with StatementCounter(engine) as counter:
                    await digest.build(session, [programme], NOW, programme.timezone, CONFIG)
                measured.per_programme.append(counter.count)


async def measure(engine: AsyncEngine, rows: Rows, options: Options) -> Measured:
    """Seed the migrated, empty database once, count statements, then time the repeats."""
    await digest_seed.insert(engine, rows)
    await engine.dispose()  # SQLite: closing checkpoints the seeding's write-ahead log, as days of use would
    measured = Measured()
    await count_statements(engine, measured)
    for _ in range(options.repeats):
        measured.weekly.append(await _timed(lambda: weekly(engine)))
        measured.each_coordinator.append(await _timed(lambda: each_coordinator(engine)))
    return measured


@asynccontextmanager
async def sqlite_engine() -> AsyncIterator[AsyncEngine]:
    with tempfile.TemporaryDirectory(prefix="b3-") as folder:
        engine = make_engine(f"sqlite+aiosqlite:///{Path(folder) / 'b3.sqlite3'}")
        try:
            await upgrade_to_head(engine)
            yield engine
        finally:
            await engine.dispose()


async def _as_admin(admin_dsn: str, statement: str) -> None:
    admin = await asyncpg.connect(admin_dsn, timeout=5)
    try:
        await admin.execute(statement)
    finally:
        await admin.close()


@asynccontextmanager
async def postgres_engine(admin_dsn: str) -> AsyncIterator[AsyncEngine]:
    """A fresh database on the server, dropped afterwards (OSError and asyncpg's errors: no server)."""
    name = f"mentorbot_b3_{uuid.uuid4().hex[:12]}"
    await _as_admin(admin_dsn, f'CREATE DATABASE "{name}"')
    base = admin_dsn.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
    engine = make_engine(f"{base}/{name}")
    try:
        await upgrade_to_head(engine)
        yield engine
    finally:
        await engine.dispose()
        await _as_admin(admin_dsn, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def measure_postgres(rows: Rows, options: Options) -> Measured:
    try:
        async with postgres_engine(options.postgres_dsn) as engine:
            return await measure(engine, rows, options)
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        return Measured(unavailable=f"PostgreSQL at {options.postgres_dsn} not reachable: {exc!r}")


def figures_of(database: str, measured: Measured, rows: Rows) -> list[Figure]:
    if measured.unavailable:
        return [Figure("B3", f"digests, {database}: not measured, {measured.unavailable}", "s", math.nan)]
    scale, sizes = rows.scale, rows.pairs_per_programme()
    coordinators = len(measured.coordinator_sizes)
    fewest, most = min(measured.per_programme), max(measured.per_programme)
    least_owned, most_owned = min(measured.coordinator_sizes), max(measured.coordinator_sizes)
    weekly_limit = 1 + STATEMENTS_PER_SET * measured.week_sets
    seconds = median(measured.weekly)

    def timing(name: str, runs: list[float], **target: Any) -> Figure:
        return Figure("B3", f"{name}, {database}", "s", median(runs), runs=tuple(runs), **target)

    return [
        timing(
            f"Monday job: all {coordinators} coordinators' digests over {scale.programmes:,} programmes, "
            f"{scale.pairs:,} pairs, {scale.entries:,} diary entries",
            measured.weekly,
            target=f"< {TARGET_SECONDS:g} s",
            met=seconds < TARGET_SECONDS,
        ),
        timing(f"each coordinator's /digest, {coordinators} one after another", measured.each_coordinator),
        Figure(
            "B3",
            f"SQL statements of a programme's digest, most of {len(measured.per_programme):,} "
            f"programmes of {min(sizes)}–{max(sizes)} pairs (fewest: {fewest}), {database}",
            "statements",
            most,
            target="constant: most = fewest",
            met=most == fewest,
        ),
        Figure(
            "B3",
            f"SQL statements of a coordinator's digest, most of {coordinators} coordinators of "
            f"{least_owned}–{most_owned} programmes (fewest: {min(measured.per_coordinator)}), {database}",
            "statements",
            max(measured.per_coordinator),
            target="constant: most = fewest",
            met=max(measured.per_coordinator) == min(measured.per_coordinator),
        ),
        Figure(
            "B3",
            f"SQL statements of the Monday job's digests, all {coordinators} coordinators "
            f"({measured.week_sets} sets of digest weeks among their time zones), {database}",
            "statements",
            measured.weekly_statements,
            target=f"≤ 1 + {STATEMENTS_PER_SET} a set = {weekly_limit}",
            met=measured.weekly_statements <= weekly_limit,
        ),
    ]


def scale_of(options: Options) -> Scale:
    full, smoke = digest_seed.FULL, digest_seed.SMOKE
    return Scale(
        organisations=options.size(full.organisations, smoke.organisations),
        programmes=options.size(full.programmes, smoke.programmes),
        pairs=options.size(full.pairs, smoke.pairs),
        entries=options.size(full.entries, smoke.entries),
    )


async def run(options: Options) -> list[Figure]:
    scale = scale_of(options)
    rows = digest_seed.make_rows(scale)
    async with sqlite_engine() as engine:
        on_sqlite = await measure(engine, rows, options)
    on_postgres = await measure_postgres(rows, options)
    return figures_of("SQLite", on_sqlite, rows) + figures_of("PostgreSQL", on_postgres, rows)
