"""B8. A concern is never late (issue #23): the real bot process (`python -m bot run`) on the sandbox Bot
API, a student mentee reports a concern, the coordinator's chat answers 429 (retry after 2 s) three times,
and the bot process is SIGKILLed as soon as the mentee sees "Sent." and started again.

Figures, medians of the runs:
- concern -> first coordinator alert: from the mentee's tap on "Send" to the alert in the coordinator's
  chat, through the 429s and the restart (target < 30 s);
- first reminder, late by: from the moment CONCERN_READ_MINUTES after the tap to the reminder in the
  coordinator's chat, the concern left unread (target < 60 s: "within a minute of CONCERN_READ_MINUTES").

There is no peer: the figure is against the target. CONCERN_READ_MINUTES is 0.5 (30 s) so a run takes
about a minute; the reminder's lateness does not depend on it (the row is queued ahead, due at its
moment, and the outbox is looked at every 2 s).
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from benchmarks.common import Figure, Options, median
from sandbox.client import SandboxClient
from sandbox.server import SandboxServer
from storage.models import Role
from tests.databases import sqlite_url
from tests.e2e.botprocess import BotProcess, onboard, phone
from tests.e2e.concern_world import REMINDER, seeded
from tests.sandbox_fixtures import TOKEN

ALERT_TARGET_S = 30.0
REMINDER_LATE_TARGET_S = 60.0
ALERT = "A concern was reported by a mentee in Peer support"


def read_minutes(options: Options) -> float:
    return 0.1 if options.smoke else 0.5


async def one_run(options: Options, folder: Path) -> tuple[float, float]:
    """(seconds from the tap to the first alert, seconds the first reminder came after its moment)."""
    database_url = sqlite_url(folder)
    coordinator_code, _, seats = await seeded(database_url)
    minutes = read_minutes(options)
    env = {"CONCERN_READ_MINUTES": str(minutes)}
    async with SandboxServer(token=TOKEN, rate_limit=None) as server, SandboxClient(server.url) as client:
        first = BotProcess(server.url, database_url, folder / "bot.log", **env)
        await first.start(server)
        try:
            ana, ivo = await phone(client, "Ana"), await phone(client, "Ivo")
            await onboard(ana, coordinator_code)
            await onboard(ivo, seats[Role.MENTEE])
            await ivo.send("/concern", expect="Report a concern")
            await ivo.send("Someone keeps messaging me at night.", expect="Send this to the coordinators?")
            await client.add_fault("sending", error_code=429, retry_after=2, count=3, chat_id=ana.chat_id)
            tapped = time.monotonic()
            await ivo.tap("✔ Send")
            await ivo.wait_text("Sent. Thank you for telling us.")
        finally:
            await first.kill()
        second = BotProcess(server.url, database_url, folder / "bot2.log", **env)
        await second.start(server)
        try:
            await ana.wait_text(ALERT, wait=120)
            alerted = time.monotonic() - tapped
            await ana.wait_text(REMINDER, wait=minutes * 60 + 120)
            late = time.monotonic() - tapped - minutes * 60
        finally:
            await second.stop()
    return alerted, late


async def run(options: Options) -> list[Figure]:
    alerts: list[float] = []
    lates: list[float] = []
    for _ in range(options.repeats):
        with tempfile.TemporaryDirectory(prefix="b8-") as folder:
            alerted, late = await one_run(options, Path(folder))
        alerts.append(alerted)
        lates.append(late)
        await asyncio.sleep(0)
    alert, late = median(alerts), median(lates)
    return [
        Figure(
            "B8",
            "concern -> first coordinator alert, 3×429 and a SIGKILL + restart",
            "s",
            alert,
            target=f"< {ALERT_TARGET_S:.0f} s",
            met=alert < ALERT_TARGET_S,
            runs=tuple(alerts),
        ),
        Figure(
            "B8",
            f"first unread reminder, after CONCERN_READ_MINUTES ({read_minutes(options):g})",
            "s late",
            late,
            target=f"< {REMINDER_LATE_TARGET_S:.0f} s",
            met=0 <= late < REMINDER_LATE_TARGET_S,
            runs=tuple(lates),
        ),
    ]
