"""The bots B1 and B4 compare, each as its own process against a fresh sandbox on loopback.

- ours: `python -m bot run` on a fresh SQLite file, seeded with the people as onboarded mentees;
- PTB: benchmarks/peers/ptb_questionnaire.py (python-telegram-bot, SQLite persistence);
- floor: benchmarks/peers/floor.py (bare aiogram, one message per update).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sys
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import psutil

from benchmarks.conversation import Timeline, add_people, observe
from dialogs.onboarding import PRIVACY_NOTICE_VERSION
from sandbox.server import SandboxServer
from sandbox.state import Chat
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade_to_head
from storage.models import ProgrammeKind, Role
from storage.repo import consent, memberships, organisations, pairs, people, programmes
from storage.timeutil import utcnow

PROJECT = Path(__file__).resolve().parents[1]
TOKEN = "123456:benchmark-token"
FIRST_PERSON = 700_001
START_WITHIN = 60.0
# BENCH_PROFILE=pyinstrument (a text report, ours.profile.txt) or cprofile (ours.prof, for pstats): run
# ours under that profiler; the report lands next to its log.
PROFILE = os.environ.get("BENCH_PROFILE", "")


@dataclass(frozen=True)
class Contender:
    name: str
    module: str
    args: tuple[str, ...] = ()
    seeded: bool = False  # its people must exist in its database first (ours)
    project: Path = PROJECT  # the checkout it runs from (another one: an earlier version of ours)
    env: tuple[tuple[str, str], ...] = ()  # more environment, e.g. (("LIBRARY_PATCHES", "off"),)


OURS = Contender("ours", "bot", ("run",), seeded=True)
PTB = Contender("PTB", "benchmarks.peers.ptb_questionnaire")
FLOOR = Contender("floor", "benchmarks.peers.floor")
CONTENDERS = (OURS, PTB, FLOOR)


def people_ids(count: int) -> list[int]:
    return list(range(FIRST_PERSON, FIRST_PERSON + count))


async def seed_mentees(database_url: str, telegram_ids: Sequence[int]) -> None:
    """A teacher programme with one pair per person; each person its mentee, onboarded and consenting."""
    engine = make_engine(database_url)
    try:
        await upgrade_to_head(engine)
        async with make_session_factory(engine)() as session:
            organisation = await organisations.get_or_create(session, "Benchmark School")
            programme = await programmes.create(
                session,
                org_id=organisation.id,
                name="Inclusive teaching",
                kind=ProgrammeKind.TEACHER,
                start_date=date(2026, 9, 1),
                end_date=date(2027, 6, 30),
                timezone="Europe/Sofia",
            )
            now = utcnow()
            for telegram_id in telegram_ids:
                name = f"Teacher {telegram_id}"
                pair = await pairs.create(
                    session,
                    programme_id=programme.id,
                    mentor_name="Maria",
                    mentee_name=name,
                    mentee_minor=False,
                    parental_consent=False,
                )
                person, _ = await people.get_or_create(session, telegram_id, name, locale="en")
                await memberships.add(session, person.id, organisation.id, Role.MENTEE, programme.id)
                await pairs.join(session, pair, Role.MENTEE, person.id, now)
                await consent.give(session, person.id, PRIVACY_NOTICE_VERSION, now)
            await session.commit()
    finally:
        await engine.dispose()


class Seeds:
    """One seeded SQLite file per number of people, copied for each run of ours."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._templates: dict[int, Path] = {}

    async def database(self, count: int, target: Path) -> None:
        if count not in self._templates:
            template = self.folder / f"seed-{count}.sqlite3"
            await seed_mentees(f"sqlite+aiosqlite:///{template}", people_ids(count))
            self._templates[count] = template
        shutil.copyfile(self._templates[count], target)


@dataclass
class Running:
    """A contender's process polling a sandbox, and the people in that sandbox."""

    contender: Contender
    server: SandboxServer
    timeline: Timeline
    chats: list[Chat]
    process: asyncio.subprocess.Process
    startup: float  # seconds from spawning the process to its first getUpdates

    def rss_mb(self) -> float:
        """Resident memory of the process and its children, in MB."""
        process = psutil.Process(self.process.pid)
        total = process.memory_info().rss
        for child in process.children(recursive=True):
            with suppress(psutil.NoSuchProcess):
                total += child.memory_info().rss
        return total / 1024 / 1024


@asynccontextmanager
async def running(contender: Contender, people: int, folder: Path, seeds: Seeds) -> AsyncIterator[Running]:
    """Start the contender on a fresh sandbox with `people` personas (and, for ours, a seeded database)."""
    os.makedirs(folder, exist_ok=True)
    async with SandboxServer(TOKEN, rate_limit=None) as server:
        timeline = observe(server.sandbox)
        chats = add_people(server.sandbox, people_ids(people))
        database = folder / f"{contender.name}.sqlite3"
        if contender.seeded:
            await seeds.database(people, database)
        env = os.environ | {
            "BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": server.url,
            "DATABASE_URL": f"sqlite+aiosqlite:///{database}",
            "DATABASE": str(database),
            "LOG_LEVEL": "WARNING",
            **dict(contender.env),
        }
        for name in ("REDIS_URL", "WEBHOOK_URL", "WEBHOOK_SECRET"):
            env.pop(name, None)
        log = folder / f"{contender.name}.log"
        with log.open("ab") as output:
            spawned = time.perf_counter()
            profiler: tuple[str, ...] = ()
            if PROFILE == "pyinstrument" and contender.seeded:
                report = folder / f"{contender.name}.profile.txt"
                profiler = ("-m", "pyinstrument", "-r", "text", "-o", str(report))
            elif PROFILE == "cprofile" and contender.seeded:
                profiler = (
                    "-m",
                    "pyinstrument",
                    "-r",
                    "pstats",
                    "-o",
                    str(folder / f"{contender.name}.prof"),
                )
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                *profiler,
                "-m",
                contender.module,
                *contender.args,
                env=env,
                cwd=contender.project,
                stdout=output,
                stderr=output,
            )
        try:
            startup = await _first_poll(timeline, process, log) - spawned
            yield Running(contender, server, timeline, chats, process, startup)
        finally:
            await _stop(process)


async def _first_poll(timeline: Timeline, process: asyncio.subprocess.Process, log: Path) -> float:
    waiting = asyncio.ensure_future(timeline.wait_first_poll())
    exited = asyncio.ensure_future(process.wait())
    done, _ = await asyncio.wait({waiting, exited}, timeout=START_WITHIN, return_when=asyncio.FIRST_COMPLETED)
    if waiting not in done:
        waiting.cancel()
        exited.cancel()
        state = f"exited with {process.returncode}" if exited in done else "did not poll in time"
        raise RuntimeError(f"the bot {state}; see {log}")
    exited.cancel()
    return waiting.result()


async def _stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        await asyncio.wait_for(process.wait(), 120 if PROFILE else 10)
    except TimeoutError:
        process.kill()
        await process.wait()
