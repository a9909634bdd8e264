"""The bots B1 and B4 compare, each as its own process against a fresh sandbox on loopback.

- ours: `python -m bot run` on a fresh SQLite file, seeded with the people as onboarded mentees;
- PTB: benchmarks/peers/ptb_questionnaire.py (python-telegram-bot, SQLite persistence);
- floor: benchmarks/peers/floor.py (bare aiogram, one message per update).

With a `Fleet` (B5), ours runs as several webhook processes on a fresh PostgreSQL database and Redis,
behind a round-robin forwarder (sandbox/forwarder.py, in a process of its own as nginx would be) that the
sandbox's webhook delivery posts to.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sys
import time
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager, suppress
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import asyncpg
import psutil

from benchmarks.conversation import Timeline, add_people, observe
from dialogs.onboarding import PRIVACY_NOTICE_VERSION
from sandbox.forwarder import free_port
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


async def as_admin(admin_dsn: str, statement: str) -> None:
    admin = await asyncpg.connect(admin_dsn, timeout=5)
    try:
        await admin.execute(statement)
    finally:
        await admin.close()


def postgres_url(admin_dsn: str, name: str) -> str:
    """The URL of database `name` on the server of `admin_dsn`, for the bot (asyncpg driver)."""
    base = admin_dsn.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
    return f"{base}/{name}"


class Seeds:
    """One seeded SQLite file per number of people, copied for each run of ours; with `postgres_dsn`, also
    one seeded PostgreSQL database per number of people, the template of a fresh database for each run
    (`postgres`), all dropped by `drop`."""

    def __init__(self, folder: Path, postgres_dsn: str | None = None) -> None:
        self.folder = folder
        self.postgres_dsn = postgres_dsn
        self._templates: dict[int, Path] = {}
        self._pg_templates: dict[int, str] = {}
        self._created: list[str] = []

    async def database(self, count: int, target: Path) -> None:
        if count not in self._templates:
            template = self.folder / f"seed-{count}.sqlite3"
            await seed_mentees(f"sqlite+aiosqlite:///{template}", people_ids(count))
            self._templates[count] = template
        shutil.copyfile(self._templates[count], target)

    async def postgres(self, count: int) -> str:
        """A fresh PostgreSQL database with `count` people; its URL."""
        assert self.postgres_dsn is not None, "Seeds(postgres_dsn=...) for PostgreSQL"
        if count not in self._pg_templates:
            self._pg_templates[count] = await self.empty_postgres()
            await seed_mentees(postgres_url(self.postgres_dsn, self._pg_templates[count]), people_ids(count))
        return postgres_url(self.postgres_dsn, await self.empty_postgres(self._pg_templates[count]))

    async def empty_postgres(self, template: str | None = None) -> str:
        """A new database (a copy of `template`, if given) dropped by `drop`; its name."""
        assert self.postgres_dsn is not None
        name = f"mentorbot_bench_{uuid.uuid4().hex[:12]}"
        copy = f' TEMPLATE "{template}"' if template else ""
        for attempt in range(50):
            try:
                await as_admin(self.postgres_dsn, f'CREATE DATABASE "{name}"{copy}')
                break
            except asyncpg.ObjectInUseError:  # the seeding's connections to the template are still ending
                if attempt == 49:
                    raise
                await asyncio.sleep(0.1)
        self._created.append(name)
        return name

    async def drop(self) -> None:
        """Drop every PostgreSQL database made here."""
        while self._created and self.postgres_dsn is not None:
            await as_admin(self.postgres_dsn, f'DROP DATABASE IF EXISTS "{self._created.pop()}" WITH (FORCE)')
        self._pg_templates.clear()


@dataclass(frozen=True)
class Fleet:
    """Ours as `processes` webhook processes on PostgreSQL (`Seeds.postgres`) and `redis_url`, behind a
    round-robin forwarder that the sandbox's webhook delivery posts to, up to 40 updates at once and one
    at a time per chat, as Telegram does (benchmark B5)."""

    processes: int
    redis_url: str
    secret: str = "benchmark-webhook-secret"

    def env(self, database_url: str, forwarder_url: str, port: int) -> dict[str, str]:
        return {
            "DATABASE_URL": database_url,
            "REDIS_URL": self.redis_url,
            "WEBHOOK_URL": forwarder_url,
            "WEBHOOK_SECRET": self.secret,
            "WEBHOOK_HOST": "127.0.0.1",
            "WEBHOOK_PORT": str(port),
        }


async def listening(
    server: SandboxServer | None,
    ports: Sequence[int],
    processes: Sequence[asyncio.subprocess.Process],
    log: Path,
) -> float:
    """Wait until every process takes connections on its port (a bot's aiohttp listens once its start-up,
    setWebhook included, is done) and, given the sandbox, its webhook is set; the perf_counter time then."""
    deadline = time.perf_counter() + START_WITHIN
    waiting = list(ports)
    while waiting or (server is not None and not server.sandbox.webhook.info()["url"]):
        if any(process.returncode is not None for process in processes):
            raise RuntimeError(f"a process exited; see {log}")
        if time.perf_counter() > deadline:
            raise RuntimeError(f"the processes did not listen in time; see {log}")
        if waiting:
            with suppress(OSError):
                _, writer = await asyncio.open_connection("127.0.0.1", waiting[0])
                writer.close()
                await writer.wait_closed()
                waiting.pop(0)
                continue
        await asyncio.sleep(0.05)
    return time.perf_counter()


@asynccontextmanager
async def forwarding(backends: Sequence[int], log: Path) -> AsyncIterator[str]:
    """The round-robin forwarder to the `backends` ports, in a process of its own; its URL."""
    port = free_port()
    with log.open("ab") as output:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "sandbox.forwarder", "--port", str(port), *map(str, backends),
            cwd=PROJECT, stdout=output, stderr=output,
        )  # fmt: skip
    try:
        await listening(None, [port], [process], log)
        yield f"http://127.0.0.1:{port}"
    finally:
        await _stop(process)


QUIET_SHARE = 0.1  # of a core: a process using less has settled after its start
QUIET_WITHIN = 15.0  # seconds


async def quiet(processes: Sequence[asyncio.subprocess.Process]) -> None:
    """Wait until the processes have settled after their start (warming up in the background), so that
    the first people do not find four processes warming up on two cores where they found one."""
    handles = [psutil.Process(process.pid) for process in processes]
    deadline = time.perf_counter() + QUIET_WITHIN

    def used() -> float:
        return sum(sum(handle.cpu_times()[:2]) for handle in handles)

    while time.perf_counter() < deadline:
        before = used()
        await asyncio.sleep(0.25)
        if used() - before < QUIET_SHARE * 0.25 * len(handles):
            return


@dataclass
class Running:
    """A contender's process polling a sandbox (or, with a Fleet, ours' webhook processes), and the people
    in that sandbox."""

    contender: Contender
    server: SandboxServer
    timeline: Timeline
    chats: list[Chat]
    processes: list[asyncio.subprocess.Process]
    startup: float  # seconds from spawning the process to its first getUpdates (a fleet: all listening)

    @property
    def process(self) -> asyncio.subprocess.Process:
        return self.processes[0]

    def rss_mb(self) -> float:
        """Resident memory of the processes and their children, in MB."""
        total = 0
        for pid in (process.pid for process in self.processes):
            process = psutil.Process(pid)
            total += process.memory_info().rss
            for child in process.children(recursive=True):
                with suppress(psutil.NoSuchProcess):
                    total += child.memory_info().rss
        return total / 1024 / 1024


@asynccontextmanager
async def running(
    contender: Contender, people: int, folder: Path, seeds: Seeds, fleet: Fleet | None = None
) -> AsyncIterator[Running]:
    """Start the contender on a fresh sandbox with `people` personas (and, for ours, a seeded database);
    with `fleet`, ours as that many webhook processes on PostgreSQL and Redis, settled after their start."""
    os.makedirs(folder, exist_ok=True)
    async with AsyncExitStack() as stack:
        server = await stack.enter_async_context(
            SandboxServer(TOKEN, rate_limit=None, webhook_parallel=fleet is not None)
        )
        timeline = observe(server.sandbox)
        chats = add_people(server.sandbox, people_ids(people))
        env = os.environ | {
            "BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": server.url,
            "LOG_LEVEL": "WARNING",
            **dict(contender.env),
        }
        for name in ("REDIS_URL", "WEBHOOK_URL", "WEBHOOK_SECRET"):
            env.pop(name, None)
        if fleet is None:
            database = folder / f"{contender.name}.sqlite3"
            if contender.seeded:
                await seeds.database(people, database)
            envs = [env | {"DATABASE_URL": f"sqlite+aiosqlite:///{database}", "DATABASE": str(database)}]
        else:
            database_url = await seeds.postgres(people)
            ports = [free_port() for _ in range(fleet.processes)]
            forwarder = await stack.enter_async_context(forwarding(ports, folder / "forwarder.log"))
            envs = [env | fleet.env(database_url, forwarder, port) for port in ports]
        log = folder / f"{contender.name}.log"
        processes: list[asyncio.subprocess.Process] = []
        try:
            spawned = time.perf_counter()
            for process_env in envs:
                processes.append(await _spawn(contender, folder, process_env, log))
            if fleet is None:
                ready = await _first_poll(timeline, processes[0], log)
            else:
                ready = await listening(server, ports, processes, log)
                await quiet(processes)
            yield Running(contender, server, timeline, chats, processes, ready - spawned)
        finally:
            await asyncio.gather(*(_stop(process) for process in processes))


async def _spawn(
    contender: Contender, folder: Path, env: dict[str, str], log: Path
) -> asyncio.subprocess.Process:
    profiler: tuple[str, ...] = ()
    if PROFILE == "pyinstrument" and contender.seeded:
        report = folder / f"{contender.name}.profile.txt"
        profiler = ("-m", "pyinstrument", "-r", "text", "-o", str(report))
    elif PROFILE == "cprofile" and contender.seeded:
        profiler = ("-m", "pyinstrument", "-r", "pstats", "-o", str(folder / f"{contender.name}.prof"))
    with log.open("ab") as output:
        return await asyncio.create_subprocess_exec(
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
