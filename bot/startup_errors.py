"""A setting that does not work at start-up, told in one line that names it (exit code 2, no traceback).

`preflight` checks, before the bot starts, each service it needs: the database (its folder on SQLite,
then a first connection: DATABASE_URL), Redis (a PING: REDIS_URL) and the Bot API (getMe: BOT_TOKEN
refused, TELEGRAM_API_URL not answering). Whatever still fails while the bot starts, an exception
that escapes the runner, is put into one line by `explain` if a setting is the cause: those, and the
webhook refused (WEBHOOK_URL) or its port taken (WEBHOOK_PORT). The lines come from
`locales/<DEFAULT_LOCALE>/startup.ftl`; passwords in URLs are shown as ***.
"""

from __future__ import annotations

import asyncio
import errno
import socket
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramUnauthorizedError,
)
from aiogram.methods import SetWebhook
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from bot.session import BotSession
from bot.settings import Settings
from storage.db import make_engine

Texts = Callable[..., str]  # bot.cli.Texts: t(key, **args)

# asyncpg's SQLSTATEs for a database that is not there and a login the server refuses
MISSING_DATABASE = "3D000"
LOGIN_REFUSED = ("28000", "28P01")
ADDRESS_PROBLEMS = (errno.EADDRINUSE, errno.EACCES, errno.EADDRNOTAVAIL)
API_PAUSES = (0.5, 1.0, 2.0)  # between tries of getMe that meet a network error
REDIS_UNREACHABLE = ("ConnectionError", "TimeoutError", "AuthenticationError")


class StartupProblem(Exception):
    """A setting that does not work: its one line for the operator."""

    code = 2


def database_url(settings: Settings) -> str:
    """DATABASE_URL with its password as ***."""
    return make_url(settings.database_url).render_as_string(hide_password=True)


def redis_url(settings: Settings) -> str:
    """REDIS_URL with its password as ***."""
    url = settings.redis_url or ""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    netloc = f"{user}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception, what caused it, and so on (SQLAlchemy wraps the driver's error, which wraps
    asyncpg's)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        if isinstance(current, DBAPIError) and current.orig is not None:
            current = current.orig
        else:
            current = current.__cause__ or current.__context__


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _address(url: URL) -> str:
    return f"{url.host or 'localhost'}:{url.port or 5432}"


# --- the database -------------------------------------------------------------------------------------


async def check_database(settings: Settings, t: Texts) -> None:
    """The SQLite file's folder can be written, and a first connection opens; else StartupProblem."""
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        _check_folder(Path(url.database).parent, settings, t)
    try:
        engine = make_engine(settings.database_url)
    except OSError as exc:  # its folder, made by make_engine
        raise StartupProblem(_folder_line(Path(url.database or ".").parent, exc, settings, t)) from None
    try:
        async with engine.connect():
            pass
    except Exception as exc:
        raise StartupProblem(database_line(exc, settings, t)) from None
    finally:
        await engine.dispose()


def _folder_line(folder: Path, exc: OSError, settings: Settings, t: Texts) -> str:
    return t("startup-data-folder", url=database_url(settings), path=str(folder), error=_os_error(exc))


def _os_error(exc: OSError) -> str:
    return exc.strerror or _first_line(exc)


def _check_folder(folder: Path, settings: Settings, t: Texts) -> None:
    """The folder exists (made if need be) and a file can be made in it: SQLite writes the database,
    its write-ahead log and its shared-memory file there."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise StartupProblem(_folder_line(folder, exc, settings, t)) from None


def database_line(exc: BaseException, settings: Settings, t: Texts) -> str:
    """One line for a failure to reach or open the database."""
    line = _database_unreachable(exc, settings, t)
    if line is not None:
        return line
    url = make_url(settings.database_url)
    shown = database_url(settings)
    if url.get_backend_name() == "sqlite":
        return t("startup-database-file", url=shown, path=url.database or "", error=_first_line(exc))
    return t("startup-database-other", url=shown, error=_first_line(exc))


def _database_unreachable(exc: BaseException, settings: Settings, t: Texts) -> str | None:
    """The line for a database server that is not there, does not answer, or refuses the login or the
    database name; None for any other failure."""
    url = make_url(settings.database_url)
    shown = database_url(settings)
    for cause in _chain(exc):
        sqlstate = getattr(cause, "sqlstate", None)
        if sqlstate == MISSING_DATABASE:
            return t("startup-database-missing", url=shown, name=url.database or "", address=_address(url))
        if sqlstate in LOGIN_REFUSED:
            return t(
                "startup-database-login",
                url=shown,
                user=url.username or "",
                address=_address(url),
                error=_first_line(cause),
            )
        if isinstance(cause, socket.gaierror):
            return t("startup-database-unknown-host", url=shown, host=url.host or "")
        if isinstance(cause, ConnectionRefusedError):
            return t("startup-database-refused", url=shown, address=_address(url))
        if isinstance(cause, TimeoutError):
            return t("startup-database-timeout", url=shown, address=_address(url))
    return None


# --- Redis --------------------------------------------------------------------------------------------


async def check_redis(settings: Settings, t: Texts) -> None:
    """Redis at REDIS_URL answers a PING; else StartupProblem."""
    from redis.asyncio import Redis  # only with REDIS_URL

    client = Redis.from_url(settings.redis_url or "", socket_connect_timeout=5, socket_timeout=5)
    try:
        await client.ping()
    except Exception as exc:
        raise StartupProblem(redis_line(exc, settings, t)) from None
    finally:
        await client.aclose()


def redis_line(exc: BaseException, settings: Settings, t: Texts) -> str:
    return t("startup-redis", url=redis_url(settings), error=_first_line(exc))


def _is_redis_unreachable(exc: BaseException) -> bool:
    """Redis not answering, or refusing the password (redis-py's errors, not imported without Redis)."""
    return any(
        type(cause).__module__.startswith("redis") and type(cause).__name__ in REDIS_UNREACHABLE
        for cause in _chain(exc)
    )


# --- the Bot API --------------------------------------------------------------------------------------


async def check_bot_api(settings: Settings, t: Texts, pauses: Sequence[float] = API_PAUSES) -> None:
    """getMe answers with the token; else StartupProblem. A network error is tried again after each of
    `pauses`, quietly (the bot's own retries log every attempt)."""
    bot = Bot(settings.token, session=BotSession(api=TelegramAPIServer.from_base(settings.telegram_api_url)))
    try:
        for pause in (*pauses, None):
            try:
                await bot.get_me()
                return
            except TelegramNetworkError as exc:
                if pause is None:
                    raise StartupProblem(api_line(exc, settings, t)) from None
                await asyncio.sleep(pause)
            except TelegramAPIError as exc:
                raise StartupProblem(api_line(exc, settings, t)) from None
    finally:
        await bot.session.close()


# --- the webhook server -------------------------------------------------------------------------------


def check_webhook_port(settings: Settings, t: Texts) -> None:
    """WEBHOOK_HOST:WEBHOOK_PORT can be listened on (nothing else has it); else StartupProblem."""
    try:
        with socket.create_server((settings.webhook_host, settings.webhook_port)):
            pass
    except OSError as exc:
        raise StartupProblem(port_line(exc, settings, t)) from None


def port_line(exc: OSError, settings: Settings, t: Texts) -> str:
    return t(
        "startup-webhook-port",
        host=settings.webhook_host,
        port=str(settings.webhook_port),
        error=_os_error(exc),
    )


# --- all together -------------------------------------------------------------------------------------


async def preflight(settings: Settings, t: Texts) -> None:
    """What `mentorbot run` checks before it starts the bot, in this order."""
    await check_database(settings, t)
    if settings.redis_url:
        await check_redis(settings, t)
    await check_bot_api(settings, t)
    if settings.webhook_url:
        check_webhook_port(settings, t)


def explain(exc: BaseException, settings: Settings, t: Texts) -> str | None:
    """One line for an exception that stopped the bot, if a setting is the cause; else None (a fault of
    the bot's own keeps its traceback)."""
    if isinstance(exc, StartupProblem):
        return str(exc)
    if isinstance(exc, TelegramUnauthorizedError | TelegramNetworkError | TelegramNotFound) or (
        isinstance(exc, TelegramAPIError) and isinstance(exc.method, SetWebhook)
    ):
        return api_line(exc, settings, t)
    if _is_redis_unreachable(exc):
        return redis_line(exc, settings, t)
    line = _database_unreachable(exc, settings, t)
    if line is not None:
        return line
    if settings.webhook_url and isinstance(exc, OSError) and exc.errno in ADDRESS_PROBLEMS:
        return port_line(exc, settings, t)
    return None


def api_line(exc: TelegramAPIError, settings: Settings, t: Texts) -> str:
    """One line for the Bot API refusing the token, not answering, or refusing the webhook."""
    api = settings.telegram_api_url
    if isinstance(exc, TelegramUnauthorizedError):
        return t("startup-token-rejected", url=api)
    if isinstance(exc, TelegramNetworkError):
        return t("startup-api-unreachable", url=api, error=_telegram_error(exc))
    if isinstance(exc.method, SetWebhook):
        return t("startup-webhook-refused", url=exc.method.url, error=_telegram_error(exc))
    return t("startup-api-error", url=api, error=_telegram_error(exc))


def _telegram_error(exc: TelegramAPIError) -> str:
    lines = exc.message.strip().splitlines()
    return lines[0] if lines else type(exc).__name__
