"""`mentorbot sandbox` (and `make run` without BOT_TOKEN): the sandbox Bot API server and page, a demo
organisation, programme and pair, and the real bot as a child process pointed at the sandbox.

The demo is made with the `mentorbot` command itself, so the sandbox needs nothing of the bot but its CLI.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import logging
import os
import shutil
import signal
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sandbox.server import DEFAULT_TOKEN, SandboxServer

log = logging.getLogger(__name__)

DEMO_ORG = "Demo School"
DEMO_PROGRAMME = "Peer support (demo)"
DEMO_MENTOR, DEMO_MENTEE, DEMO_COORDINATOR = "Elena", "Ivo", "Ana"


@dataclass(frozen=True)
class DemoInvites:
    coordinator: str
    mentor: str
    mentee: str


def _start_payload(link: str) -> str:
    return link.rsplit("start=", 1)[1]


class Launcher:
    def __init__(self, port: int, data_dir: Path, host: str = "127.0.0.1") -> None:
        self.server = SandboxServer(DEFAULT_TOKEN, host=host, port=port, bot_username="mentor_sandbox_bot")
        self.data_dir = data_dir
        self.bot: asyncio.subprocess.Process | None = None
        self._stopping = asyncio.Event()
        self._restart_lock = asyncio.Lock()

    @property
    def database_url(self) -> str:
        return f"sqlite+aiosqlite:///{(self.data_dir / 'mentorbot.sqlite3').resolve()}"

    def bot_env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("WEBHOOK_", "REDIS_"))}
        return env | {
            "BOT_TOKEN": DEFAULT_TOKEN,
            "TELEGRAM_API_URL": self.server.url,
            "DATABASE_URL": self.database_url,
        }

    async def _mentorbot(self, *args: str, stdin: bytes | None = None) -> str:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            *args,
            env=self.bot_env(),
            stdin=asyncio.subprocess.PIPE if stdin is not None else None,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await process.communicate(stdin)
        if process.returncode != 0:
            raise RuntimeError(f"mentorbot {' '.join(args)} failed: {err.decode().strip()}")
        return out.decode()

    async def seed(self) -> DemoInvites:
        """A new database: a demo programme, a pair (the mentee under 18, consent given), a coordinator."""
        shutil.rmtree(self.data_dir, ignore_errors=True)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        start = date.today()
        await self._mentorbot(
            "programme", "create", "--org", DEMO_ORG, "--name", DEMO_PROGRAMME, "--kind", "student",
            "--start", start.isoformat(), "--end", (start + timedelta(days=120)).isoformat(),
            "--tz", "Europe/Sofia",
        )  # fmt: skip
        sheet = self.data_dir / "demo-pairs.csv"
        sheet.write_text(f"{DEMO_MENTOR},{DEMO_MENTEE},yes,yes\n", encoding="utf-8")
        rows = list(
            csv.DictReader(
                io.StringIO(
                    await self._mentorbot("pairs", "import", "--programme", DEMO_PROGRAMME, str(sheet))
                )
            )
        )
        links = {row["role"]: row["link"] for row in rows}
        coordinator = (
            (await self._mentorbot("invite", "coordinator", "--org", DEMO_ORG)).strip().splitlines()[-1]
        )
        return DemoInvites(
            _start_payload(coordinator), _start_payload(links["mentor"]), _start_payload(links["mentee"])
        )

    def add_personas(self, invites: DemoInvites) -> None:
        world = self.server.sandbox
        for name, role, invite in (
            (DEMO_COORDINATOR, "Coordinator", invites.coordinator),
            (DEMO_MENTOR, "Mentor", invites.mentor),
            (DEMO_MENTEE, "Mentee", invites.mentee),
        ):
            world.world.add_persona(first_name=name, language_code="en", role_label=role, invite=invite)

    async def start_bot(self) -> None:
        self.bot = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=self.bot_env()
        )

    async def _bot_polling(self, within: float = 60) -> None:
        deadline = asyncio.get_running_loop().time() + within
        while not self.server.sandbox.updates.waiting_polls and asyncio.get_running_loop().time() < deadline:
            if self.bot is not None and self.bot.returncode is not None:
                raise RuntimeError(f"the bot exited with {self.bot.returncode} before it started polling")
            await asyncio.sleep(0.1)

    async def stop_bot(self) -> None:
        if self.bot is None or self.bot.returncode is not None:
            return
        self.bot.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(self.bot.wait(), 10)
        except TimeoutError:
            self.bot.kill()
            await self.bot.wait()

    async def reset_demo(self) -> None:
        """The page's Reset: a new database, new personas, the bot restarted."""
        async with self._restart_lock:
            await self.stop_bot()
            self.server.sandbox.reset(config=True)
            self.add_personas(await self.seed())
            await self.start_bot()

    async def _supervise(self) -> None:
        """Keep the bot running until Ctrl+C; a Reset restarts it on its own."""
        while not self._stopping.is_set():
            assert self.bot is not None
            exited = asyncio.create_task(self.bot.wait())
            stop = asyncio.create_task(self._stopping.wait())
            await asyncio.wait({exited, stop}, return_when=asyncio.FIRST_COMPLETED)
            exited.cancel()
            stop.cancel()
            if self._stopping.is_set():
                return
            if self._restart_lock.locked():  # a Reset is restarting the bot
                async with self._restart_lock:
                    continue
            log.warning("the bot stopped (exit %s); starting it again", self.bot.returncode)
            await asyncio.sleep(1)
            await self.start_bot()

    async def run(self) -> None:
        await self.server.start()
        self.server.sandbox.on_demo_reset = self.reset_demo
        try:
            self.add_personas(await self.seed())
            await self.start_bot()
            await self._bot_polling()
            print(f"Sandbox ready: open {self.server.url} in a browser (Ctrl+C to stop)", flush=True)
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, self._stopping.set)
            await self._supervise()
        finally:
            await self.stop_bot()
            await self.server.stop()


def main(settings: Any, port: int) -> None:
    """Entry point used by `mentorbot sandbox` / `mentorbot run` without a token."""
    data_dir = Path(os.environ.get("SANDBOX_DATA_DIR", "data/sandbox"))
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(Launcher(port, data_dir).run())
