"""`mentorbot`: run the bot or the sandbox, invite a coordinator, create programmes, import pairs."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import logging
import os
import sys
from collections.abc import Coroutine, Sequence
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError, TelegramUnauthorizedError
from aiogram_i18n.cores import FluentRuntimeCore
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

from bot import startup_errors
from bot.app import i18n_core, make_bot
from bot.pair_import import OverLimit, parse, read_sheet
from bot.reports.cells import safe_row
from bot.settings import Settings, load_settings
from dialogs.links import deep_link
from storage.db import make_engine, make_session_factory
from storage.errors import AlreadyExists
from storage.migrate import upgrade_to_head
from storage.models import Channel, ProgrammeKind, Role
from storage.repo import bulk, concerns, invites, organisations, programmes
from storage.timeutil import utcnow


class CliError(Exception):
    """A problem to print as one line (or a few) and exit with `code`."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


class Texts:
    """Fluent messages for the operator, in the default locale; the locales are read at the first
    message (`mentorbot run` needs none unless it fails, and reading them all takes a fifth of a second)."""

    def __init__(self, locale: str) -> None:
        self._wanted = locale
        self._core: FluentRuntimeCore | None = None
        self.locale = locale

    @property
    def core(self) -> FluentRuntimeCore:
        if self._core is None:
            self._core = i18n_core(self._wanted)
            self._core.locales.update(self._core.find_locales())
            self.locale = self._wanted if self._wanted in self._core.locales else "en"
        return self._core

    def __call__(self, key: str, **args: Any) -> str:
        core = self.core
        return core.get(key, self.locale, **args)


async def bot_username(settings: Settings, t: Texts) -> str:
    """The bot's @username, from getMe on the configured Bot API server."""
    if settings.bot_token is None:
        raise CliError(t("cli-no-token"), code=2)
    bot: Bot = make_bot(settings)
    try:
        me = await bot.get_me()
    except (TelegramUnauthorizedError, TelegramNetworkError) as exc:  # a setting's fault: BOT_TOKEN, the URL
        raise CliError(startup_errors.api_line(exc, settings, t), code=2) from None
    except TelegramAPIError as exc:
        raise CliError(t("cli-api-unreachable", url=settings.telegram_api_url, error=str(exc))) from None
    finally:
        await bot.session.close()
    return me.username or ""


async def _with_session(settings: Settings, work: Any) -> Any:
    engine = make_engine(settings.database_url)
    try:
        await upgrade_to_head(engine)
        async with make_session_factory(engine)() as session:
            result = await work(session)
            await session.commit()
            return result
    finally:
        await engine.dispose()


async def invite_coordinator(settings: Settings, t: Texts, org_name: str, *, lead: bool = False) -> None:
    """A single-use coordinator link; `lead`: its taker is also the organisation's safeguarding lead."""
    username = await bot_username(settings, t)
    expires_at = utcnow() + timedelta(days=settings.invite_ttl_days)

    async def work(session: AsyncSession) -> tuple[bool, str]:
        existed = await organisations.find_by_name(session, org_name) is not None
        org = await organisations.get_or_create(session, org_name)
        code = await invites.create(
            session, org_id=org.id, role=Role.COORDINATOR, expires_at=expires_at, safeguarding_lead=lead
        )
        return existed, code

    existed, code = await _with_session(settings, work)
    print(t("cli-org-found" if existed else "cli-org-created", org=org_name.strip()))
    print(t("cli-invite-lead" if lead else "cli-invite-coordinator", expires=expires_at.date().isoformat()))
    print(deep_link(username, code))


async def list_concerns(settings: Settings, t: Texts, org_name: str | None) -> None:
    """Open concerns per organisation: how many, the oldest's age, who can be told. No texts, no names."""

    async def work(session: AsyncSession) -> list[concerns.OpenConcerns]:
        return await concerns.open_by_organisation(session)

    found = [
        row
        for row in await _with_session(settings, work)
        if org_name is None or row.org_name.casefold() == org_name.strip().casefold()
    ]
    if not found:
        print(t("cli-concerns-none"))
        return
    now = utcnow()
    for row in found:
        hours = int((now - row.oldest).total_seconds() // 3600)
        print(t("cli-concerns-line", org=row.org_name, open=row.open, hours=hours))
        if row.reachable_coordinators == 0:
            print(t("cli-concerns-nobody", org=row.org_name))
        if org_name is not None:
            for case in await _with_session(settings, partial(concerns.open_cases, org_name=row.org_name)):
                print(_case_line(t, case, now))


def _case_line(t: Texts, case: concerns.CaseLine, now: datetime) -> str:
    """One open case: its number, programme, state, age, and whether anyone was told. No text, no name."""
    return t(
        "cli-concerns-case",
        id=case.id,
        programme=case.programme_name or "–",
        state=t(f"case-state-{case.state.value}"),
        hours=int((now - case.created_at).total_seconds() // 3600),
        told="yes" if case.told else "no",
    )


def _date(value: str, option: str, t: Texts) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CliError(t("cli-bad-date", option=option, value=value), code=2) from None


async def create_programme(settings: Settings, t: Texts, args: argparse.Namespace) -> None:
    start, end = _date(args.start, "--start", t), _date(args.end, "--end", t)
    if end < start:
        raise CliError(t("cli-end-before-start"), code=2)
    try:
        ZoneInfo(args.tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise CliError(t("cli-bad-timezone", value=args.tz), code=2) from None

    async def work(session: AsyncSession) -> None:
        org = await organisations.get_or_create(session, args.org)
        try:
            await programmes.create(
                session,
                org_id=org.id,
                name=args.name,
                kind=ProgrammeKind(args.kind),
                start_date=start,
                end_date=end,
                timezone=args.tz,
            )
        except AlreadyExists:
            raise CliError(t("cli-programme-exists", name=args.name, org=args.org)) from None

    await _with_session(settings, work)
    kind = t(f"programme-kind-{args.kind}")
    print(
        t(
            "cli-programme-created",
            name=args.name,
            kind=kind,
            start=start.isoformat(),
            end=end.isoformat(),
            timezone=args.tz,
            org=args.org,
        )
    )


def _read(path: Path, t: Texts) -> str:
    try:
        return read_sheet(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(t("cli-file-not-found", path=str(path), error=str(exc))) from None


PROBLEMS_SHOWN = 100  # lines of a refused file listed; the rest are counted
# The import runs at this lower CPU priority: on the bot's machine (SQLite's is always the same one) the
# bot's answers come first (benchmarks/NOTES.md, B7).
IMPORT_NICENESS = 10


async def import_pairs(settings: Settings, t: Texts, args: argparse.Namespace) -> None:
    """Check the whole file, store its pairs (all or none, in short transactions: the bot keeps running),
    then print their links as CSV."""
    with contextlib.suppress(AttributeError, OSError):  # no os.nice on Windows
        os.nice(IMPORT_NICENESS)
    try:
        rows, problems = parse(_read(args.file, t))
    except OverLimit as exc:
        raise CliError(t(exc.key, path=str(args.file), **exc.values), code=2) from None
    if problems:
        lines = [t("cli-import-rejected", path=str(args.file))]
        for problem in problems[:PROBLEMS_SHOWN]:
            values = {k: t(str(v)) if k == "column" else v for k, v in problem.args.items()}
            lines.append("  " + t(problem.key, **values))
        if len(problems) > PROBLEMS_SHOWN:
            lines.append("  " + t("cli-import-more-problems", count=len(problems) - PROBLEMS_SHOWN))
        raise CliError("\n".join(lines))
    if any(row.web for row in rows) and settings.web_base_url is None:
        raise CliError(t("cli-import-no-web-channel", path=str(args.file)))
    username = await bot_username(settings, t)
    expires_at = utcnow() + timedelta(days=settings.invite_ttl_days)
    new = [
        bulk.NewPair(
            row.mentor_name,
            row.mentee_name,
            row.mentee_minor,
            row.mentor_minor,
            mentee_channel=Channel.WEB if row.web else Channel.TELEGRAM,
        )
        for row in rows
    ]

    engine = make_engine(settings.database_url)
    try:
        await upgrade_to_head(engine)
        async with make_session_factory(engine)() as session:
            found = await programmes.find_by_name(session, args.programme, args.org)
            if not found:
                raise CliError(t("cli-programme-not-found", name=args.programme))
            if len(found) > 1:
                raise CliError(t("cli-programme-ambiguous", name=args.programme))
            await session.commit()
            seats = await bulk.import_pairs(session, found[0], new, expires_at=expires_at)
    except (SQLAlchemyError, bulk.ImportLost) as exc:
        reason = getattr(exc, "orig", None) or exc  # the driver's words, without the rows' values
        raise CliError(t("cli-import-failed", path=str(args.file), error=str(reason))) from None
    finally:
        await engine.dispose()
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["pair", "role", "name", "link"])
    for seat in seats:
        web = seat.channel is Channel.WEB and settings.web_base_url is not None
        link = f"{settings.web_base_url}/join/{seat.code}" if web else deep_link(username, seat.code)
        out.writerow(safe_row([seat.pair_id, seat.role.value, seat.name, link]))
    print(t("cli-import-done", pairs=len(rows), programme=args.programme), file=sys.stderr)


async def migrate(settings: Settings) -> None:
    engine = make_engine(settings.database_url)
    try:
        await upgrade_to_head(engine)
    finally:
        await engine.dispose()


def run(settings: Settings) -> None:
    """The bot with BOT_TOKEN (polling, or a webhook when WEBHOOK_URL is set); else the sandbox."""
    if settings.bot_token is None:
        run_sandbox(settings, settings.sandbox_port)
        return
    from bot import runners

    if settings.webhook_url:
        runners.run_webhook(settings)
    else:
        import uvloop

        uvloop.run(runners.run_polling(settings))


def run_loop(main: Coroutine[Any, Any, None]) -> None:
    """Run `main` on uvloop where it is installed (aiogram's own advice for speed), else on asyncio's loop."""
    try:
        import uvloop
    except ImportError:  # not built for Windows
        asyncio.run(main)
    else:
        uvloop.run(main)


def run_sandbox(settings: Settings, port: int) -> None:
    """The local sandbox: a Bot API server and a web page, with this bot running against it."""
    from sandbox import launcher  # imported here: only the sandbox needs it

    launcher.main(settings, port)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="mentorbot", description="A Telegram assistant for mentoring programmes."
    )
    commands = root.add_subparsers(dest="command")
    commands.add_parser("run", help="run the bot (the local sandbox when BOT_TOKEN is not set)")
    sandbox = commands.add_parser("sandbox", help="try the bot in a browser, without Telegram")
    sandbox.add_argument("--port", type=int, default=None, help="port of the web page (default 8080)")
    commands.add_parser("migrate", help="bring the database up to date")

    invite = commands.add_parser("invite", help="make an invite link")
    invite_kinds = invite.add_subparsers(dest="invite_kind", required=True)
    coordinator = invite_kinds.add_parser("coordinator", help="a single-use link for a coordinator")
    coordinator.add_argument("--org", required=True, help="organisation name (created if new)")
    lead = invite_kinds.add_parser(
        "lead", help="a single-use link for the safeguarding lead (a coordinator who gets every concern)"
    )
    lead.add_argument("--org", required=True, help="organisation name (created if new)")

    programme = commands.add_parser("programme", help="manage programmes")
    programme_actions = programme.add_subparsers(dest="programme_action", required=True)
    create = programme_actions.add_parser("create", help="create a programme")
    create.add_argument("--org", required=True)
    create.add_argument("--name", required=True)
    create.add_argument("--kind", required=True, choices=[k.value for k in ProgrammeKind])
    create.add_argument("--start", required=True, help="YYYY-MM-DD")
    create.add_argument("--end", required=True, help="YYYY-MM-DD")
    create.add_argument("--tz", required=True, help="time zone, e.g. Europe/Sofia")

    pairs_cmd = commands.add_parser("pairs", help="manage pairs")
    pairs_actions = pairs_cmd.add_subparsers(dest="pairs_action", required=True)
    importer = pairs_actions.add_parser(
        "import", help="create pairs from a CSV file; prints their links as CSV"
    )
    importer.add_argument("--programme", required=True)
    importer.add_argument("--org", default=None, help="needed only if two organisations share the name")
    importer.add_argument("file", type=Path)
    concerns_cmd = commands.add_parser(
        "concerns", help="open concerns per organisation, and those nobody could be told of (no texts)"
    )
    concerns_cmd.add_argument("--org", default=None)
    return root


# checked first: one line if the database fails
DATABASE_COMMANDS = ("migrate", "invite", "programme", "pairs", "concerns")


def main(argv: Sequence[str] | None = None) -> None:
    args = parser().parse_args(argv)
    settings = load_settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    t = Texts(settings.default_locale)
    try:
        if args.command in DATABASE_COMMANDS:
            run_loop(startup_errors.check_database(settings, t))
        if args.command in (None, "run"):
            if settings.bot_token is not None:  # the sandbox checks its own
                run_loop(startup_errors.preflight(settings, t))
            run(settings)
        elif args.command == "sandbox":
            run_sandbox(settings, args.port or settings.sandbox_port)
        elif args.command == "migrate":
            asyncio.run(migrate(settings))
        elif args.command == "invite":
            asyncio.run(invite_coordinator(settings, t, args.org, lead=args.invite_kind == "lead"))
        elif args.command == "programme":
            asyncio.run(create_programme(settings, t, args))
        elif args.command == "pairs":
            asyncio.run(import_pairs(settings, t, args))
        elif args.command == "concerns":
            asyncio.run(list_concerns(settings, t, args.org))
    except (CliError, startup_errors.StartupProblem) as exc:
        print(str(exc), file=sys.stderr)
        raise SystemExit(exc.code) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except Exception as exc:
        line = startup_errors.explain(exc, settings, t)  # a setting's fault: one line naming it
        if line is None:
            raise
        print(line, file=sys.stderr)
        raise SystemExit(startup_errors.StartupProblem.code) from None
