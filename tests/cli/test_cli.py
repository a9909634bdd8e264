"""The `mentorbot` command, run as a real process against a Bot API server (the sandbox's)."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import sys
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sandbox.server import SandboxServer
from storage.db import make_engine, make_session_factory
from storage.models import Invite, Pair, Programme
from storage.repo import bulk, invites, pairs
from storage.timeutil import utcnow
from tests.databases import sqlite_url
from tests.sandbox_fixtures import TOKEN

PROJECT = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def env(tmp_path: Path, api: SandboxServer) -> dict[str, str]:
    ours = ("BOT_", "TELEGRAM_", "DATABASE_", "WEBHOOK_")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(ours)}
    return clean | {
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api.url,
        "DATABASE_URL": sqlite_url(tmp_path),
    }


async def mentorbot(env: dict[str, str], *args: str, cwd: Path | None = None) -> Result:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args,
        env=env, cwd=cwd or PROJECT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    return Result(process.returncode or 0, out.decode(), err.decode())


async def count(env: dict[str, str], model: type) -> int:
    engine = make_engine(env["DATABASE_URL"])
    try:
        async with make_session_factory(engine)() as session:
            return int(await session.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        await engine.dispose()


async def test_invite_coordinator_prints_deep_link_last(env):
    result = await mentorbot(env, "invite", "coordinator", "--org", "Lyceum 94")
    assert result.code == 0, result.err
    lines = result.out.strip().splitlines()
    assert lines[0] == "Created organisation “Lyceum 94”."
    assert lines[-1].startswith("https://t.me/school_mentor_bot?start=")
    code = lines[-1].split("start=")[1]
    assert 20 <= len(code) <= 64
    engine = make_engine(env["DATABASE_URL"])
    async with make_session_factory(engine)() as session:
        stored = (await session.scalars(select(Invite))).one()
    await engine.dispose()
    assert stored.code_hash == invites.hash_code(code)  # the code itself is not stored

    again = await mentorbot(env, "invite", "coordinator", "--org", "Lyceum 94")
    assert again.out.splitlines()[0] == "Organisation “Lyceum 94”."
    assert again.out.strip().splitlines()[-1] != lines[-1]


async def test_invite_without_token_explains_botfather(env):
    result = await mentorbot(env | {"BOT_TOKEN": ""}, "invite", "coordinator", "--org", "X")
    assert result.code == 2
    assert "@BotFather" in result.err and "Traceback" not in result.err


async def test_invalid_setting_names_it_in_one_line(env):
    result = await mentorbot(env | {"DATABASE_URL": "mysql://nope"}, "migrate")
    assert result.code == 2
    assert result.err.strip().splitlines() == [
        "Configuration error: DATABASE_URL: must start with sqlite+aiosqlite:// or postgresql+asyncpg://"
    ]


async def test_a_number_setting_out_of_range_names_its_range(env):
    result = await mentorbot(env | {"UPDATES_AT_ONCE": "0"}, "migrate")
    assert result.code == 2
    assert result.err.strip().splitlines() == [
        "Configuration error: UPDATES_AT_ONCE: Input should be greater than or equal to 1"
    ]


async def test_programme_create_and_duplicate(env):
    args = ["programme", "create", "--org", "School", "--name", "Peer support", "--kind", "student"]
    args += ["--start", "2026-09-15", "--end", "2027-01-15", "--tz", "Europe/Sofia"]
    result = await mentorbot(env, *args)
    assert result.code == 0, result.err
    assert "Created programme “Peer support” (Student peer mentoring" in result.out
    duplicate = await mentorbot(env, *args)
    assert duplicate.code == 1 and "already a programme called “Peer support”" in duplicate.err
    bad_date = await mentorbot(env, *[a if a != "2027-01-15" else "15/01/2027" for a in args])
    assert bad_date.code == 2 and "--end must be a date like 2026-09-01" in bad_date.err
    bad_zone = await mentorbot(env, *[a if a != "Europe/Sofia" else "Sofia" for a in args])
    assert bad_zone.code == 2 and "--tz must be a time zone name" in bad_zone.err
    assert await count(env, Programme) == 1


async def _programme(env) -> None:
    result = await mentorbot(
        env, "programme", "create", "--org", "School", "--name", "Peer support", "--kind", "student",
        "--start", "2026-09-15", "--end", "2027-01-15", "--tz", "Europe/Sofia",
    )  # fmt: skip
    assert result.code == 0, result.err


async def test_pairs_import_writes_one_row_per_link(env, tmp_path):
    await _programme(env)
    sheet = tmp_path / "pairs.csv"
    sheet.write_text(
        "Mentor name;Mentee name;Under 18;Parental consent\n"
        "Elena;Ivo;yes;yes\n"
        "Petar;Maria;no;no\n"
        "\n"
        "Elena;Asen;Yes;Yes\n",
        encoding="utf-8-sig",
    )
    result = await mentorbot(env, "pairs", "import", "--programme", "Peer support", str(sheet))
    assert result.code == 0, result.err
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert list(rows[0]) == ["pair", "role", "name", "link"]
    assert [(r["role"], r["name"]) for r in rows] == [
        ("mentor", "Elena"), ("mentee", "Ivo"), ("mentor", "Petar"), ("mentee", "Maria"),
        ("mentor", "Elena"), ("mentee", "Asen"),
    ]  # fmt: skip
    assert all(r["link"].startswith("https://t.me/school_mentor_bot?start=") for r in rows)
    assert len({r["link"] for r in rows}) == 6 and len({r["pair"] for r in rows}) == 3
    assert "Imported 3 pairs" in result.err
    assert await count(env, Pair) == 3 and await count(env, Invite) == 6


async def test_pairs_import_takes_a_minor_mentor_only_with_consent(env, tmp_path):
    await _programme(env)
    refused = tmp_path / "refused.csv"
    refused.write_text("Elena,Ivo,no,no,yes,no\n")
    result = await mentorbot(env, "pairs", "import", "--programme", "Peer support", str(refused))
    assert result.code == 1 and result.out == ""
    assert "line 1: the mentor is under 18 and their parental consent is not confirmed" in result.err
    assert await count(env, Pair) == 0 and await count(env, Invite) == 0

    sheet = tmp_path / "pairs.csv"
    sheet.write_text(
        "Mentor,Mentee,Mentee under 18,Parental consent,Mentor under 18,Mentor parental consent\n"
        "Elena,Ivo,no,no,yes,yes\n"
    )
    result = await mentorbot(env, "pairs", "import", "--programme", "Peer support", str(sheet))
    assert result.code == 0, result.err
    engine = make_engine(env["DATABASE_URL"])
    try:
        async with make_session_factory(engine)() as session:
            pair = (await session.scalars(select(Pair))).one()
            assert pair.mentor_minor and pair.mentor_consent_at is not None and not pair.mentee_minor
    finally:
        await engine.dispose()


async def test_pairs_import_makes_web_links_for_mentees_on_the_web(env, tmp_path):
    """Issue #24: the `channel` column; the link of a web mentee is the web channel's, bound to it."""
    await _programme(env)
    sheet = tmp_path / "pairs.csv"
    sheet.write_text("Elena;Ivo;yes;yes;web\nPetar;Maria;no;no;telegram\n")
    refused = await mentorbot(env, "pairs", "import", "--programme", "Peer support", str(sheet))
    assert refused.code == 1 and "WEB_BASE_URL is not set" in refused.err
    assert await count(env, Pair) == 0
    with_web = env | {"WEB_BASE_URL": "https://mentor.school.example/"}
    result = await mentorbot(with_web, "pairs", "import", "--programme", "Peer support", str(sheet))
    assert result.code == 0, result.err
    links = {(r["role"], r["name"]): r["link"] for r in csv.DictReader(io.StringIO(result.out))}
    assert links["mentee", "Ivo"].startswith("https://mentor.school.example/join/")
    assert links["mentor", "Elena"].startswith("https://t.me/school_mentor_bot?start=")
    assert links["mentee", "Maria"].startswith("https://t.me/school_mentor_bot?start=")
    engine = make_engine(env["DATABASE_URL"])
    try:
        async with make_session_factory(engine)() as session:
            channels = sorted((i.role.value, i.channel.value) for i in await session.scalars(select(Invite)))
    finally:
        await engine.dispose()
    assert channels == [
        ("mentee", "telegram"),
        ("mentee", "web"),
        ("mentor", "telegram"),
        ("mentor", "telegram"),
    ]


async def test_pairs_import_rejects_a_bad_file_as_a_whole(env, tmp_path):
    await _programme(env)
    sheet = tmp_path / "bad.csv"
    sheet.write_text(
        "Elena,Ivo,yes,yes\nPetar,Maria,yes,no\n,Asen,no,no\nDora,Lili,maybe,no\nOnly,three,cells\n",
    )
    result = await mentorbot(env, "pairs", "import", "--programme", "Peer support", str(sheet))
    assert result.code == 1
    assert result.out == ""
    assert "nothing was changed" in result.err
    assert "line 2: the mentee is under 18 and parental consent is not confirmed" in result.err
    assert "line 3: the mentor name is empty" in result.err
    assert "line 4: “maybe” in the mentee under 18 column should be yes or no" in result.err
    assert "line 5: expected 4 columns" in result.err
    assert await count(env, Pair) == 0 and await count(env, Invite) == 0


async def test_pairs_import_unknown_programme_and_missing_file(env, tmp_path):
    sheet = tmp_path / "ok.csv"
    sheet.write_text("A,B,no,no\n")
    unknown = await mentorbot(env, "pairs", "import", "--programme", "Nope", str(sheet))
    assert unknown.code == 1 and "No programme called “Nope”" in unknown.err
    missing = await mentorbot(env, "pairs", "import", "--programme", "Nope", str(tmp_path / "none.csv"))
    assert missing.code == 1 and "Cannot read" in missing.err
    assert await count(env, Pair) == 0


async def test_pairs_import_refuses_the_same_pair_twice_and_files_over_the_limits(env, tmp_path):
    await _programme(env)
    twice = tmp_path / "twice.csv"
    twice.write_text("Elena,Ivo,no,no\nPetar,Maria,no,no\n  elena , IVO ,no,no\nElena,Asen,no,no\n")
    result = await mentorbot(env, "pairs", "import", "--programme", "Peer support", str(twice))
    assert result.code == 1 and result.out == ""
    assert "line 3: the same mentor and mentee as line 1." in result.err
    assert "nothing was changed" in result.err

    many = tmp_path / "many.csv"
    many.write_text("".join(f"Mentor {i},Mentee {i},no,no\n" for i in range(50_001)))
    result = await mentorbot(env, "pairs", "import", "--programme", "Peer support", str(many))
    assert result.code == 2 and result.out == ""
    assert result.err.strip() == (
        f"{many} was not imported: it has 50,001 pairs, and an import takes at most 50,000. "
        "Split it into smaller files and import each; nothing was stored."
    )
    big = tmp_path / "big.csv"
    big.write_text("Elena,Ivo,no,no\n" + "," * 10_499_000)
    result = await mentorbot(env, "pairs", "import", "--programme", "Peer support", str(big))
    assert result.code == 2 and result.out == ""
    assert "it is 10.5 MB, and an import takes at most 10 MB" in result.err and "Traceback" not in result.err
    assert await count(env, Pair) == 0 and await count(env, Invite) == 0


async def test_links_csv_never_holds_a_formula(env, tmp_path):
    await _programme(env)
    sheet = tmp_path / "pairs.csv"
    sheet.write_text("\"=cmd|' /C calc'!A0\",+SUM(1;2),no,no\n@Ivo,-Maria,no,no\n", encoding="utf-8")
    result = await mentorbot(env, "pairs", "import", "--programme", "Peer support", str(sheet))
    assert result.code == 0, result.err
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert [r["name"] for r in rows] == ["'=cmd|' /C calc'!A0", "'+SUM(1;2)", "'@Ivo", "'-Maria"]
    assert all(r["link"].startswith("https://") and r["pair"].isdigit() for r in rows)
    engine = make_engine(env["DATABASE_URL"])
    async with make_session_factory(engine)() as session:
        stored = (await session.execute(select(Pair.mentor_name, Pair.mentee_name).order_by(Pair.id))).all()
    await engine.dispose()
    assert [tuple(r) for r in stored] == [("=cmd|' /C calc'!A0", "+SUM(1;2)"), ("@Ivo", "-Maria")]


async def test_a_killed_import_leaves_no_pair_in_the_programme(env, tmp_path):
    """SIGKILL half-way: the pairs written so far wait, hidden, for a later import to remove them."""
    await _programme(env)
    sheet = tmp_path / "pairs.csv"
    sheet.write_text("".join(f"Mentor {i},Mentee {i},no,no\n" for i in range(20_000)))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "pairs", "import", "--programme", "Peer support", str(sheet),
        env=env, cwd=PROJECT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    engine = make_engine(env["DATABASE_URL"])
    try:
        async with make_session_factory(engine)() as session:
            for _ in range(1200):  # until a batch or two are in
                await asyncio.sleep(0.05)
                if (await session.scalar(select(func.count()).select_from(Pair))) or process.returncode:
                    break
                await session.rollback()
            process.kill()
            await process.communicate()
            await session.rollback()
            assert 0 < (await session.scalar(select(func.count()).select_from(Pair)) or 0) < 20_000
            real = (await session.scalars(select(Programme).where(Programme.name == "Peer support"))).one()
            assert await pairs.in_programme(session, real.id) == []
            assert await bulk.remove_abandoned(session, utcnow()) == 0  # not yet: it may still be running
            assert await bulk.remove_abandoned(session, utcnow() + timedelta(hours=2)) == 1
            assert await session.scalar(select(func.count()).select_from(Pair)) == 0
            assert await session.scalar(select(func.count()).select_from(Invite)) == 0
            assert (await session.scalars(select(Programme.name))).all() == ["Peer support"]
    finally:
        await engine.dispose()
