"""A setting that keeps the bot from starting stops it with one line naming the setting: exit code 2, no
traceback. Each test runs the real `python -m bot` with one bad setting."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import asyncpg
import pytest

from sandbox.server import SandboxServer
from tests.cli.test_cli import Result, mentorbot
from tests.databases import PG_ADMIN_DSN, sqlite_url
from tests.sandbox_fixtures import TOKEN

CLOSED = "127.0.0.1:1"  # nothing listens on port 1


@pytest.fixture
def env(tmp_path: Path, api: SandboxServer) -> dict[str, str]:
    """Settings that work (a SQLite file, the sandbox's Bot API, no Redis); each test spoils one."""
    ours = ("BOT_", "TELEGRAM_", "DATABASE_", "WEBHOOK_", "REDIS_")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(ours)}
    return clean | {"BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": api.url, "DATABASE_URL": sqlite_url(tmp_path)}


def webhook(env: dict[str, str], port: int) -> dict[str, str]:
    return env | {
        "WEBHOOK_URL": "https://bot.example.org",
        "WEBHOOK_SECRET": "s3cret",
        "WEBHOOK_HOST": "127.0.0.1",
        "WEBHOOK_PORT": str(port),
    }


def the_line(result: Result, setting: str) -> str:
    """The one line on stderr; it names `setting` first."""
    assert "Traceback" not in result.err, result.err
    assert result.code == 2, result.err
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err
    assert lines[0].startswith(f"{setting}"), lines[0]
    return lines[0]


async def postgres_answers() -> None:
    try:
        connection = await asyncpg.connect(PG_ADMIN_DSN, timeout=5)
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        pytest.skip(f"PostgreSQL at {PG_ADMIN_DSN} is not reachable: {exc!r}")
    await connection.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- the database ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["run"], ["migrate"]])
async def test_postgresql_refusing_names_database_url_without_its_password(env, command):
    url = f"postgresql+asyncpg://mentorbot:hunter2@{CLOSED}/mentorbot"
    line = the_line(await mentorbot(env | {"DATABASE_URL": url}, *command), "DATABASE_URL")
    assert "no database server answers at 127.0.0.1:1" in line
    assert "mentorbot:***@127.0.0.1:1" in line and "hunter2" not in line


async def test_a_database_that_does_not_exist_is_named(env):
    await postgres_answers()
    base = PG_ADMIN_DSN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
    result = await mentorbot(env | {"DATABASE_URL": f"{base}/no_such_mentorbot_db"}, "run")
    line = the_line(result, "DATABASE_URL")
    assert "the database “no_such_mentorbot_db” does not exist" in line


async def test_a_user_the_database_server_refuses_is_named(env):
    await postgres_answers()
    host = PG_ADMIN_DSN.rsplit("@", 1)[1].rsplit("/", 1)[0]
    url = f"postgresql+asyncpg://no_such_mentorbot_user:pw@{host}/test"
    line = the_line(await mentorbot(env | {"DATABASE_URL": url}, "run"), "DATABASE_URL")
    assert "refused the user “no_such_mentorbot_user”" in line and ":pw@" not in line


async def test_a_data_folder_that_is_a_file_is_named(env, tmp_path):
    (tmp_path / "data").write_text("not a folder")
    url = f"sqlite+aiosqlite:///{tmp_path / 'data' / 'mentorbot.sqlite3'}"
    line = the_line(await mentorbot(env | {"DATABASE_URL": url}, "run"), "DATABASE_URL")
    assert f"the folder {tmp_path / 'data'} for the database cannot be created or written" in line


async def test_a_data_folder_on_a_read_only_path_is_named(env):
    # /proc takes no new folders, even from root (a folder without write permission would not stop root)
    url = "sqlite+aiosqlite:////proc/mentorbot-data/mentorbot.sqlite3"
    line = the_line(await mentorbot(env | {"DATABASE_URL": url}, "run"), "DATABASE_URL")
    assert "the folder /proc/mentorbot-data for the database cannot be created or written" in line


# --- the Bot API ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_a_token_the_bot_api_refuses_names_bot_token(env, mode):
    bad = env | {"BOT_TOKEN": "123456:not-the-sandbox-token"}
    if mode == "webhook":
        bad = webhook(bad, free_port())
    line = the_line(await mentorbot(bad, "run"), "BOT_TOKEN")
    assert "refused the token (401 Unauthorized)" in line


async def test_a_bot_api_that_does_not_answer_names_telegram_api_url(env):
    result = await mentorbot(env | {"TELEGRAM_API_URL": f"http://{CLOSED}"}, "run")
    line = the_line(result, "TELEGRAM_API_URL")
    assert "the Bot API server cannot be reached" in line


async def test_invite_with_a_refused_token_names_bot_token(env):
    refused = env | {"BOT_TOKEN": "123456:not-the-sandbox-token"}
    the_line(await mentorbot(refused, "invite", "coordinator", "--org", "X"), "BOT_TOKEN")


# --- Redis and the webhook server -------------------------------------------------------------------------


async def test_redis_that_does_not_answer_names_redis_url(env):
    result = await mentorbot(env | {"REDIS_URL": f"redis://:topsecret@{CLOSED}/0"}, "run")
    line = the_line(result, "REDIS_URL")
    assert "Redis does not answer" in line and "topsecret" not in line


async def test_a_webhook_port_in_use_names_webhook_port(env):
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        line = the_line(await mentorbot(webhook(env, port), "run"), "WEBHOOK_PORT")
    assert f"cannot listen on 127.0.0.1:{port}" in line
