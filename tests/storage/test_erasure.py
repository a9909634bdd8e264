"""Erasure (`/mydata`): afterwards nothing in the database names the person or holds their Telegram id,
except the concern reports they made (kept without their name, as the privacy notice says). On SQLite
the same holds for the bytes of the database file and its write-ahead log. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import make_session_factory
from storage.models import (
    Agreement,
    Concern,
    DiaryEntry,
    FsmRecord,
    Goal,
    GoalKind,
    GroundRule,
    Meeting,
    OutboxMessage,
    OutboxStatus,
    Pair,
    Phase,
    Programme,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    Reflection,
    Role,
    SessionMode,
    Stage,
)
from storage.repo import invites, outbox, personal_data
from storage.timeutil import utcnow
from tests.pairs import make_pair

NAME, TELEGRAM_ID = "Giulia Ñandú", 740_123_456  # non-ASCII: JSON text writes it escaped
OTHER, OTHER_ID = "Maria Rossi", 740_000_001
BOT_ID = 4242


def spellings(*names: str) -> set[str]:
    return {form for name in names for form in (name, json.dumps(name)[1:-1])}


# What identifies her: her name as the coordinator typed it, her surname alone, her Telegram id.
HER = spellings(NAME, "Ñandú")


async def traces(engine: AsyncEngine, texts: Iterable[str], number: int) -> list[tuple[str, str, object]]:
    """Every (table, column, value) in the whole database that holds one of `texts` or `number`."""
    found = []
    needles = [*texts, str(number)]
    async with engine.connect() as connection:
        tables = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
        for table in tables:
            rows = (await connection.execute(text(f'SELECT * FROM "{table}"'))).mappings().all()
            for row in rows:
                for column, value in row.items():
                    named = isinstance(value, str) and any(needle in value for needle in needles)
                    if named or (type(value) is int and value == number):
                        found.append((table, column, value))
    return found


def file_traces(path: Path, texts: Iterable[str], number: int) -> list[bytes]:
    """Which of the texts (UTF-8), the number written out, or the number as SQLite stores an integer
    (big-endian), are in the file's bytes."""
    if not path.exists():
        return []
    data = path.read_bytes()
    needles = [t.encode() for t in texts] + [str(number).encode(), number.to_bytes(4, "big")]
    return [needle for needle in needles if needle in data]


async def seed(engine: AsyncEngine) -> dict[str, int]:
    """A pair (Maria mentors Giulia) with everything a person can leave behind, and state of others."""
    now = utcnow()
    factory = make_session_factory(engine)
    async with factory() as session:
        made = await make_pair(
            session,
            mentor=OTHER,
            mentee=NAME,
            mentor_tg=OTHER_ID,
            mentee_tg=TELEGRAM_ID,
            by_invite=True,
            consented=True,
            joined_at=now,
        )
        pair, her, his = made.row, made.mentee, made.mentor
        assert her is not None and his is not None
        response = QuestionnaireResponse(
            person_id=her, pair_id=pair.id, instrument="annex3", phase=Phase.BASELINE
        )
        session.add(response)
        await session.flush()
        session.add_all(
            [
                QuestionnaireAnswer(response_id=response.id, item="q1", text="I want to plan for everyone"),
                DiaryEntry(
                    pair_id=pair.id, session_no=1, held_on=date(2026, 10, 1), duration_minutes=60,
                    mode=SessionMode.IN_PERSON, objectives="Plan a co-taught lesson", topics="UDL",
                    mentor_notes="Good progress", mentee_reflection="I learnt to plan", created_by=her,
                ),
                Reflection(person_id=her, pair_id=pair.id, prompt="idp-1", stage=Stage.ENGAGE, text="Mine"),
                Goal(pair_id=pair.id, kind=GoalKind.GOAL, text="Co-teach once a month", created_by=her),
                GroundRule(pair_id=pair.id, topic="contact", text="Weekdays only", set_by=her),
                Agreement(pair_id=pair.id, person_id=her, kind="ground_rules", accepted_at=now),
                Meeting(
                    pair_id=pair.id, starts_at=now + timedelta(days=2), duration_minutes=45,
                    mode=SessionMode.ONLINE, created_by=her,
                ),
                Concern(
                    org_id=made.org_id, programme_id=made.programme_id, pair_id=pair.id, reporter_id=her,
                    text="Someone in the class chat worries me", created_at=now,
                ),
            ]
        )  # fmt: skip
        due = now + timedelta(days=1)
        await outbox.enqueue(session, recipient_id=her, kind="reminder", key="r:her", due_at=due)
        reminder = {"pair_id": pair.id, "other": NAME, "time": "10:00"}
        await outbox.enqueue(
            session, recipient_id=his, kind="reminder", key="r:his", due_at=due, payload=reminder
        )
        await outbox.enqueue(
            session, recipient_id=his, kind="nudge", key="n:his", due_at=due, payload=reminder
        )
        sent = await session.scalar(select(OutboxMessage).where(OutboxMessage.idempotency_key == "n:his"))
        assert sent is not None
        sent.status = OutboxStatus.SENT
        stack = f"fsm:{BOT_ID}:{{0}}:{{0}}:aiogd:stack:"
        session.add_all(
            [
                FsmRecord(key=stack.format(TELEGRAM_ID), data=json.dumps({"intents": ["a1"]})),
                FsmRecord(
                    key=f"fsm:{BOT_ID}:{TELEGRAM_ID}:{TELEGRAM_ID}:aiogd:context:a1",
                    data=json.dumps({"dialog_data": {"name": NAME}}),
                ),
                FsmRecord(key=stack.format(OTHER_ID), data=json.dumps({"intents": ["b1"]})),
                # a coordinator half-way through typing a pair with her name
                FsmRecord(
                    key="fsm:4242:5:5:aiogd:context:c1", data=json.dumps({"dialog_data": {"mentee": NAME}})
                ),
            ]
        )
        await session.commit()
        return {"her": her, "his": his, "pair": pair.id}


async def test_after_erasure_nothing_names_her_but_her_concern_report_stays(engine: AsyncEngine):
    ids = await seed(engine)
    assert await traces(engine, HER, TELEGRAM_ID)  # the search finds her before

    async with make_session_factory(engine)() as session:
        await personal_data.erase(session, ids["her"], TELEGRAM_ID, utcnow())
        await session.commit()
    await personal_data.checkpoints_done()

    assert await traces(engine, HER, TELEGRAM_ID) == []
    async with make_session_factory(engine)() as session:
        concern = (await session.scalars(select(Concern))).one()
        assert concern.text == "Someone in the class chat worries me" and concern.reporter_id is None
        pair = await session.get(Pair, ids["pair"])
        assert pair is not None and (pair.mentee_id, pair.mentee_name) == (None, "")
        assert (pair.mentor_id, pair.mentor_name) == (ids["his"], OTHER)  # Maria is still there
        entry = (await session.scalars(select(DiaryEntry))).one()
        assert entry.mentor_notes == "Good progress" and entry.mentee_reflection is None
        messages = {m.idempotency_key: m for m in await session.scalars(select(OutboxMessage))}
        assert set(messages) == {"r:his", "n:his"}  # hers went with her
        assert messages["r:his"].status is OutboxStatus.DROPPED  # about someone who has left
        assert messages["n:his"].status is OutboxStatus.SENT and "other" in messages["n:his"].payload
        keys = set(await session.scalars(select(FsmRecord.key)))
        assert keys == {f"fsm:{BOT_ID}:{OTHER_ID}:{OTHER_ID}:aiogd:stack:"}

        # the coordinator may invite someone else to her empty seat: they are named as Telegram names them
        programme = await session.get(Programme, pair.programme_id)
        assert programme is not None
        (seat,) = await invites.for_pair(session, pair, programme.org_id, utcnow() + timedelta(days=7))
        assert seat.role is Role.MENTEE
        newcomer = await invites.redeem(
            session, seat.code, telegram_id=1, telegram_name="Chiara", now=utcnow()
        )
        assert newcomer.person is not None and newcomer.person.name == "Chiara"


async def test_on_sqlite_the_files_keep_no_copy_of_her(engine: AsyncEngine):
    if engine.dialect.name != "sqlite":
        return  # PostgreSQL's files are the server's own
    ids = await seed(engine)
    database = Path(make_url(str(engine.url)).database or "")
    wal = database.with_name(database.name + "-wal")
    async with make_session_factory(engine)() as session:  # her name is in the log and the file
        await session.execute(text("PRAGMA wal_checkpoint(PASSIVE)"))
    assert file_traces(database, HER, TELEGRAM_ID) and file_traces(wal, HER, TELEGRAM_ID)

    async with make_session_factory(engine)() as session:
        await personal_data.erase(session, ids["her"], TELEGRAM_ID, utcnow())
        await session.commit()
    await personal_data.checkpoints_done()

    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated
    assert file_traces(database, HER, TELEGRAM_ID) == []
