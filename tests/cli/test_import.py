"""A big `pairs import` stores its pairs in short transactions, shows none of them until all are in, and
takes them all back when anything fails (storage/repo/bulk.py), on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from storage.db import make_engine, make_session_factory
from storage.models import Invite, Organisation, Pair, Programme, Role
from storage.repo import bulk, invites, organisations, pairs, programmes
from storage.timeutil import utcnow
from tests.databases import sqlite_url
from tests.scheduler.test_digest import coordinator
from tests.scheduler.test_drift import programme

EXPIRES = utcnow() + timedelta(days=14)
ROWS = [bulk.NewPair(f"Mentor {i}", f"Mentee {i}", mentee_minor=i % 2 == 0) for i in range(50)]


async def counts(session: AsyncSession) -> tuple[int, int, int, int]:
    """Pairs, invites, programmes, organisations."""
    found = []
    for model in (Pair, Invite, Programme, Organisation):
        found.append(int(await session.scalar(select(func.count()).select_from(model)) or 0))
    await session.rollback()
    return found[0], found[1], found[2], found[3]


async def test_the_pairs_appear_all_at_once_and_no_one_sees_them_before(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        of = await programme(session)
        ana = await coordinator(session, of, "Ana")
        await session.commit()
    seen: list[tuple[int, int, list[int]]] = []

    async def look(written: int) -> None:
        async with factory() as other:  # a coordinator's screen, or the scheduler, mid-import
            listed = [p.id for p in await programmes.for_coordinator(other, ana.id)]
            stored = int(await other.scalar(select(func.count()).select_from(Pair)) or 0)
            seen.append((written, stored, [*listed, len(await pairs.in_programme(other, of.id))]))

    async with factory() as session:
        seats = await bulk.import_pairs(session, of, ROWS, expires_at=EXPIRES, batch=20, after_batch=look)
    assert seen == [(20, 20, [of.id, 0]), (40, 40, [of.id, 0]), (50, 50, [of.id, 0])]
    async with factory() as session:
        made = await pairs.in_programme(session, of.id)
        assert [(p.mentor_name, p.mentee_name, p.mentee_minor) for p in made] == [
            (r.mentor_name, r.mentee_name, r.mentee_minor) for r in ROWS
        ]
        assert all((p.parental_consent_at is not None) == p.mentee_minor for p in made)
        first = made[0].id
        assert await counts(session) == (50, 100, 1, 1)  # the hidden programme has gone
    assert [(s.pair_id, s.role, s.name) for s in seats[:2]] == [
        (first, Role.MENTOR, "Mentor 0"), (first, Role.MENTEE, "Mentee 0"),
    ]  # fmt: skip
    async with factory() as session:  # each link works for its own seat
        joined = await invites.redeem(session, seats[3].code, telegram_id=1, telegram_name="X", now=utcnow())
        assert joined.outcome is invites.Outcome.JOINED and joined.role is Role.MENTEE
        assert (await session.get(Pair, seats[3].pair_id)).mentee_id == joined.person.id  # type: ignore[union-attr]


class Stop(Exception):
    pass


@pytest.mark.parametrize("where", ["between batches", "inside a batch"])
async def test_a_failure_in_a_middle_batch_leaves_nothing_stored(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch, where: str
):
    factory = make_session_factory(engine)
    async with factory() as session:
        of = await programme(session)
        await session.commit()

    async def fail_after_the_second(written: int) -> None:
        if where == "between batches" and written == 20:
            raise Stop

    made = 0

    def new_code() -> (
        str
    ):  # the third batch's first invite gets an earlier invite's code: the database refuses
        nonlocal made
        made += 1
        return "the same code" if made in (1, 41) else invites.new_code()

    if where == "inside a batch":
        monkeypatch.setattr(bulk, "new_code", new_code)
    async with factory() as session:
        with pytest.raises(Stop if where == "between batches" else IntegrityError):
            await bulk.import_pairs(
                session, of, ROWS, expires_at=EXPIRES, batch=10, after_batch=fail_after_the_second
            )
        assert await counts(session) == (0, 0, 1, 1)


async def test_what_a_killed_import_left_is_removed_by_a_later_one(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
):
    factory = make_session_factory(engine)
    async with factory() as session:
        of = await programme(session)
        await session.commit()

    async def die(written: int) -> None:
        raise Stop

    async def killed(session: AsyncSession, staging: object) -> None:
        """A killed process cleans nothing up."""

    monkeypatch.setattr(bulk, "_take_back", killed)
    started = utcnow()
    async with factory() as session:
        with pytest.raises(Stop):
            await bulk.import_pairs(
                session, of, ROWS, expires_at=EXPIRES, now=started, batch=10, after_batch=die
            )
        assert await counts(session) == (10, 20, 2, 2)
        assert await pairs.in_programme(session, of.id) == []
        assert await organisations.find_by_name(session, "School One") is not None
    monkeypatch.undo()
    async with factory() as session:  # a later import within the hour leaves it: it may be running still
        await bulk.import_pairs(
            session, of, ROWS[:5], expires_at=EXPIRES, now=started + timedelta(minutes=59)
        )
        assert await counts(session) == (15, 30, 2, 2)
    async with factory() as session:
        await bulk.import_pairs(
            session, of, ROWS[5:8], expires_at=EXPIRES, now=started + timedelta(hours=1, seconds=1)
        )
        assert await counts(session) == (8, 16, 1, 1)
        assert [p.mentor_name for p in await pairs.in_programme(session, of.id)] == [
            f"Mentor {i}" for i in range(8)
        ]


def _bot(url: str, stop: threading.Event, writes: list[tuple[float, float]]) -> None:
    """The bot's writes, on its own engine and event loop (another process, as far as SQLite can tell), one
    every 5 ms: (when each committed, how long it took)."""

    async def write() -> None:
        engine = make_engine(url)
        try:
            async with make_session_factory(engine)() as session:
                while not stop.is_set():
                    began = time.monotonic()
                    await session.execute(update(Organisation).values(helpline_number="116 111"))
                    await session.commit()
                    writes.append((time.monotonic(), time.monotonic() - began))
                    await asyncio.sleep(0.005)
        finally:
            await engine.dispose()

    asyncio.run(write())


async def test_on_sqlite_another_writer_gets_in_between_the_batches(
    sqlite_engine: AsyncEngine, tmp_path: Path
):
    """With one transaction for the whole import the bot waited for all of it, and gave up after the
    five-second busy timeout ("database is locked"); now it waits for one batch at most."""
    factory = make_session_factory(sqlite_engine)
    async with factory() as session:
        of = await programme(session)
        await session.commit()
    rows = [bulk.NewPair(f"Mentor {i}", f"Mentee {i}", False) for i in range(2_000)]
    batches: list[float] = []

    async def committed(written: int) -> None:
        batches.append(time.monotonic())

    stop, writes = threading.Event(), []
    writer = threading.Thread(target=_bot, args=(sqlite_url(tmp_path), stop, writes))
    writer.start()
    try:
        async with factory() as session:
            await bulk.import_pairs(session, of, rows, expires_at=EXPIRES, batch=100, after_batch=committed)
    finally:
        stop.set()
        await asyncio.to_thread(writer.join)
    during = [wait for at, wait in writes if batches[0] < at < batches[-1]]
    gaps_used = {sum(1 for done in batches if done < at) for at, _ in writes if batches[0] < at < batches[-1]}
    assert len(gaps_used) >= len(batches) // 2, "the other writer got in between most batches"
    assert max(during) < 1.0
    async with factory() as session:
        assert len(await pairs.in_programme(session, of.id)) == 2_000
