"""`mentorbot`: run the bot or the sandbox, invite a coordinator, create programmes, import pairs."""

from __future__ import annotations

import argparse
import asyncio
import csv
import logging
import sys
from collections.abc import Coroutine, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram_i18n.cores import FluentRuntimeCore
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import i18n_core, make_bot
from bot.pair_import import parse
from bot.settings import Settings, load_settings
from dialogs.links import deep_link
from storage.db import make_engine, make_session_factory
from storage.errors import AlreadyExists
from storage.migrate import upgrade_to_head
from storage.models import ProgrammeKind, Role
from storage.repo import invites, organisations, pairs, programmes
from storage.timeutil import utcnow


class CliError(Exception):
    """A problem to print as one line (or a few) and exit with `code`."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


class Texts:
    """Fluent messages for the operator, in the default locale."""

    def __init__(self, locale: str) -> None:
        self.core: FluentRuntimeCore = i18n_core(locale)
        self.core.locales.update(self.core.find_locales())
        self.locale = locale if locale in self.core.locales else "en"

    def __call__(self, key: str, **args: Any) -> str:
        return self.core.get(key, self.locale, **args)


async def bot_username(settings: Settings, t: Texts) -> str:
    """The bot's @username, from getMe on the configured Bot API server."""
    if settings.bot_token is None:
        raise CliError(t("cli-no-token"), code=2)
    bot: Bot = make_bot(settings)
    try:
        me = await bot.get_me()
    except (TelegramNetworkError, TelegramAPIError) as exc:
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


async def invite_coordinator(settings: Settings, t: Texts, org_name: str) -> None:
    username = await bot_username(settings, t)
    expires_at = utcnow() + timedelta(days=settings.invite_ttl_days)

    async def work(session: AsyncSession) -> tuple[bool, str]:
        existed = await organisations.find_by_name(session, org_name) is not None
        org = await organisations.get_or_create(session, org_name)
        code = await invites.create(session, org_id=org.id, role=Role.COORDINATOR, expires_at=expires_at)
        return existed, code

    existed, code = await _with_session(settings, work)
    print(t("cli-org-found" if existed else "cli-org-created", org=org_name.strip()))
    print(t("cli-invite-coordinator", expires=expires_at.date().isoformat()))
    print(deep_link(username, code))


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
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(t("cli-file-not-found", path=str(path), error=str(exc))) from None


async def import_pairs(settings: Settings, t: Texts, args: argparse.Namespace) -> None:
    rows, problems = parse(_read(args.file, t))
    if problems:
        lines = [t("cli-import-rejected", path=str(args.file))]
        for problem in problems:
            values = {k: t(str(v)) if k == "column" else v for k, v in problem.args.items()}
            lines.append("  " + t(problem.key, **values))
        raise CliError("\n".join(lines))
    username = await bot_username(settings, t)
    expires_at = utcnow() + timedelta(days=settings.invite_ttl_days)

    async def work(session: AsyncSession) -> list[tuple[int, invites.SeatInvite]]:
        found = await programmes.find_by_name(session, args.programme, args.org)
        if not found:
            raise CliError(t("cli-programme-not-found", name=args.programme))
        if len(found) > 1:
            raise CliError(t("cli-programme-ambiguous", name=args.programme))
        programme = found[0]
        created = []
        for row in rows:
            pair = await pairs.create(
                session,
                programme_id=programme.id,
                mentor_name=row.mentor_name,
                mentee_name=row.mentee_name,
                mentee_minor=row.mentee_minor,
                parental_consent=row.parental_consent,
            )
            for seat in await invites.for_pair(session, pair, programme.org_id, expires_at):
                created.append((pair.id, seat))
        return created

    created = await _with_session(settings, work)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["pair", "role", "name", "link"])
    for pair_id, seat in created:
        out.writerow([pair_id, seat.role.value, seat.name, deep_link(username, seat.code)])
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
    return root


def main(argv: Sequence[str] | None = None) -> None:
    args = parser().parse_args(argv)
    settings = load_settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    t = Texts(settings.default_locale)
    try:
        if args.command in (None, "run"):
            run(settings)
        elif args.command == "sandbox":
            run_sandbox(settings, args.port or settings.sandbox_port)
        elif args.command == "migrate":
            asyncio.run(migrate(settings))
        elif args.command == "invite":
            asyncio.run(invite_coordinator(settings, t, args.org))
        elif args.command == "programme":
            asyncio.run(create_programme(settings, t, args))
        elif args.command == "pairs":
            asyncio.run(import_pairs(settings, t, args))
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        raise SystemExit(exc.code) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None


if __name__ == "__main__":
    main()
