"""B7. A big import never locks out the bot: `mentorbot pairs import` of 50,000 pairs, run as its own
process on the bot's SQLite file while the real bot process (`python -m bot run`) serves 100 people in
the sandbox and its outbox sender delivers reminders that fell due as the import started.

Each person answers the teacher questionnaire and then keeps asking for /help, waiting for the bot's answer
and a brisk person's pause (B1's PACE) before each step. The bot runs alone for `QUIET` seconds first (the
answer time without an import: the "peer" of the figure), then the import starts. Figures: the bot's p95
and p99 answer time while the import ran (target: p95 under a second), the import's pairs a second (from
starting the command to its exit, links.csv written), the answers that never came, the "database is
locked" errors in the bot's log, and the reminders the sender delivered while the import ran.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from benchmarks.b1_conversation import PACE
from benchmarks.common import Figure, Options, median, percentile
from benchmarks.contenders import OURS, PROJECT, TOKEN, Running, Seeds, running
from benchmarks.conversation import Timeline, _act
from benchmarks.script import QUESTIONNAIRE, Step
from sandbox.core import Sandbox
from sandbox.state import Chat
from storage.timeutil import utcnow
from tests.e2e.delivery import copies, open_chats, seed_reminders

PROGRAMME = "Inclusive teaching"  # the programme benchmarks.contenders seeds
HELP = Step("/help")
P95_TARGET_MS = 1000.0
STEP_WAIT = 30.0  # seconds an answer may take before it counts as never given
REMINDERS_DUE_AFTER = 2.0  # seconds after the import starts: the sender is busy while it runs


@dataclass(frozen=True)
class Size:
    people: int
    rows: int
    reminders: int
    quiet: float  # seconds of the bot alone, before the import
    pace: tuple[float, float]


def size(options: Options) -> Size:
    if options.smoke:
        return Size(people=2, rows=200, reminders=10, quiet=1.0, pace=(0.1, 0.2))
    return Size(people=100, rows=50_000, reminders=300, quiet=15.0, pace=PACE)


@dataclass
class Answers:
    """(when the step was taken, seconds to the bot's answer, or None if none came)."""

    steps: list[tuple[float, float | None]] = field(default_factory=list)

    def within(self, start: float, end: float) -> list[float | None]:
        return [latency for at, latency in self.steps if start <= at < end]


@dataclass(frozen=True)
class Sample:
    p95_quiet: float
    p95: float
    p99: float
    rows_per_second: float
    unanswered: int
    locked: int
    reminders_during: int
    reminders_all: int


def write_sheet(path: Path, rows: int) -> None:
    """A file like a district's: a tenth of the mentees under 18 (consent confirmed)."""
    with path.open("w", encoding="utf-8") as sheet:
        sheet.write("Mentor name,Mentee name,Under 18,Parental consent\n")
        for i in range(rows):
            minor = "yes" if i % 10 == 0 else "no"
            sheet.write(f"Mentor {i // 3:05d} Petrova,Mentee {i:05d} Ivanov,{minor},{minor}\n")


async def _person(
    sandbox: Sandbox, timeline: Timeline, chat: Chat, pace: tuple[float, float], stop: asyncio.Event
) -> list[tuple[float, float | None]]:
    """The questionnaire, then /help until `stop`."""
    pauses = random.Random(chat.id)
    steps: list[tuple[float, float | None]] = []
    script = iter(QUESTIONNAIRE)
    while not stop.is_set():
        await asyncio.sleep(pauses.uniform(*pace))
        step = next(script, HELP)
        at = time.perf_counter()
        update = await _act(sandbox, chat, step, STEP_WAIT)
        answered = timeline.expect(chat.id, update["update_id"])
        try:
            steps.append((at, await asyncio.wait_for(answered, STEP_WAIT)))
        except TimeoutError:
            steps.append((at, None))
            script = iter(())  # a tap on a question that never came would fail: /help from here on
    return steps


async def _import(bot: Running, folder: Path, sheet: Path) -> tuple[int, float, float]:
    """Run the import against the bot's database: (exit code, start, end) on the perf_counter clock."""
    env = os.environ | {
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": bot.server.url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{folder / 'ours.sqlite3'}",
        "LOG_LEVEL": "WARNING",
    }
    for name in ("REDIS_URL", "WEBHOOK_URL", "WEBHOOK_SECRET"):
        env.pop(name, None)
    with (folder / "links.csv").open("wb") as links, (folder / "import.log").open("wb") as log:
        started = time.perf_counter()
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "pairs", "import", "--programme", PROGRAMME, str(sheet),
            env=env, cwd=PROJECT, stdout=links, stderr=log,
        )  # fmt: skip
        code = await process.wait()
    return code, started, time.perf_counter()


async def one_run(sizes: Size, folder: Path, seeds: Seeds) -> Sample:
    sheet = folder / "pairs.csv"
    write_sheet(sheet, sizes.rows)
    async with running(OURS, sizes.people, folder, seeds) as bot:
        database = f"sqlite+aiosqlite:///{folder / 'ours.sqlite3'}"
        recipients = open_chats(bot.server, sizes.reminders)
        due = utcnow() + timedelta(seconds=sizes.quiet + REMINDERS_DUE_AFTER)
        await seed_reminders(database, recipients, now=due)
        stop = asyncio.Event()
        people = [
            asyncio.create_task(_person(bot.server.sandbox, bot.timeline, chat, sizes.pace, stop))
            for chat in bot.chats
        ]
        quiet_from = time.perf_counter()
        await asyncio.sleep(sizes.quiet)
        sent_before = sum(copies(bot.server, recipients).values())
        code, started, ended = await _import(bot, folder, sheet)
        sent_during = sum(copies(bot.server, recipients).values()) - sent_before
        stop.set()
        answers = Answers([step for steps in await asyncio.gather(*people) for step in steps])
        await asyncio.sleep(0.2)
    if code != 0:
        raise RuntimeError(f"the import exited with {code}; see {folder / 'import.log'}")
    links = (folder / "links.csv").read_text().count("\n")
    if links != 2 * sizes.rows + 1:
        raise RuntimeError(f"links.csv has {links} lines, not {2 * sizes.rows + 1}")
    quiet = [ms for ms in _ms(answers.within(quiet_from + sizes.quiet / 3, started)) if ms is not None]
    during = _ms(answers.within(started, ended))
    answered = [ms for ms in during if ms is not None]
    log = (folder / "ours.log").read_text(errors="replace")
    return Sample(
        p95_quiet=percentile(quiet, 95) if quiet else float("nan"),
        p95=percentile(answered, 95),
        p99=percentile(answered, 99),
        rows_per_second=sizes.rows / (ended - started),
        unanswered=len(during) - len(answered),
        locked=log.count("database is locked"),
        reminders_during=sent_during,
        reminders_all=sizes.reminders,
    )


def _ms(latencies: list[float | None]) -> list[float | None]:
    return [None if value is None else value * 1000 for value in latencies]


def figures(sizes: Size, samples: list[Sample]) -> list[Figure]:
    def med(name: str) -> float:
        return median([getattr(sample, name) for sample in samples])

    def runs(name: str) -> tuple[float, ...]:
        return tuple(getattr(sample, name) for sample in samples)

    label = f"{sizes.people} people, during a {sizes.rows:,}-pair import"
    pairs = f"{sizes.rows:,} pairs"
    p95, unanswered, locked = med("p95"), max(runs("unanswered")), max(runs("locked"))
    seconds = tuple(sizes.rows / rate for rate in runs("rows_per_second"))
    return [
        Figure(
            "B7",
            f"answer time p95, {label}",
            "ms",
            p95,
            peer=med("p95_quiet"),
            peer_name="no import",
            target=f"< {P95_TARGET_MS:,.0f} ms",
            met=p95 < P95_TARGET_MS,
            runs=runs("p95"),
        ),
        Figure("B7", f"answer time p99, {label}", "ms", med("p99"), runs=runs("p99")),
        Figure(
            "B7",
            f"import speed, {pairs} beside the bot",
            "pairs/s",
            med("rows_per_second"),
            runs=runs("rows_per_second"),
        ),
        Figure(
            "B7", f"import time, {pairs}, from the command to links.csv", "s", median(seconds), runs=seconds
        ),
        Figure(
            "B7",
            "answers that never came during the import",
            "updates",
            unanswered,
            target="0",
            met=not unanswered,
        ),
        Figure("B7", "“database is locked” in the bot's log", "errors", locked, target="0", met=not locked),
        Figure(
            "B7",
            f"reminders sent during the import ({sizes.reminders} due as it starts)",
            "messages",
            med("reminders_during"),
            runs=runs("reminders_during"),
        ),
    ]


async def run(options: Options) -> list[Figure]:
    sizes = size(options)
    samples: list[Sample] = []
    with tempfile.TemporaryDirectory(prefix="b7-") as scratch:
        seeds = Seeds(Path(scratch))
        for repeat in range(1 if options.smoke else options.repeats):
            folder = Path(scratch) / f"run-{repeat}"
            folder.mkdir()
            sample = await one_run(sizes, folder, seeds)
            samples.append(sample)
            print(
                f"  run {repeat + 1}: p95 {sample.p95:.0f} ms (alone {sample.p95_quiet:.0f} ms), "
                f"p99 {sample.p99:.0f} ms, {sample.rows_per_second:,.0f} pairs/s, "
                f"{sample.unanswered} unanswered, {sample.locked} locked, "
                f"{sample.reminders_during} reminders during",
                flush=True,
            )
            with contextlib.suppress(OSError):
                os.remove(folder / "pairs.csv")
    return figures(sizes, samples)
