"""My data: what is kept, a download, and erasure that leaves the other side's part alone."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from aiogram.methods import SendDocument
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from storage.models import (
    Concern,
    ConsentRecord,
    DiaryEntry,
    FsmRecord,
    OutboxMessage,
    Pair,
    Person,
    Reflection,
    Role,
    SessionMode,
    Stage,
)
from storage.repo import outbox, personal_data
from storage.timeutil import utcnow
from tests.harness import Harness, join, pair_invites, seed_programme
from tests.pairs import make_pair
from tests.storage.test_erasure import file_traces, spellings, traces


async def seeded_pair(session_factory):
    return (await make_pair(session_factory, mentee="Giulia", invite_days=7)).codes


async def write_shared_entry(session_factory) -> None:
    async with session_factory() as session:
        pair = (await session.scalars(select(Pair))).one()
        session.add(
            DiaryEntry(
                pair_id=pair.id, session_no=1, held_on=date(2026, 10, 1), duration_minutes=60,
                mode=SessionMode.IN_PERSON, objectives="Plan a co-taught lesson", topics="UDL",
                mentor_notes="Giulia is confident", mentee_reflection="I learnt to plan for everyone",
            )
        )  # fmt: skip
        session.add(
            Reflection(
                person_id=pair.mentee_id, pair_id=pair.id, prompt="idp-1", stage=Stage.ENGAGE, text="Mine"
            )
        )
        await outbox.enqueue(
            session,
            recipient_id=pair.mentee_id,
            kind="concern_alert",
            key="later",
            due_at=utcnow() + timedelta(days=1),
        )  # type: ignore[arg-type]
        await session.commit()


async def test_download_gives_json_and_a_readable_pdf(session_factory):
    codes = await seeded_pair(session_factory)
    async with Harness(session_factory) as h:
        maria, giulia = h.person(9001, "Maria"), h.person(9002, "Giulia")
        await join(h, maria, codes[Role.MENTOR])
        await join(h, giulia, codes[Role.MENTEE])
        await write_shared_entry(session_factory)
        await giulia.send("/mydata")
        screen = h.screen(9002)
        assert "your parts of diary entries: 1" in screen and "reflections: 1" in screen
        await h.tap(giulia, "⬇ Download my data")
        files = h.bot.sent(9002, SendDocument)
        assert [f.document.filename for f in files] == ["my-data.json", "my-notes.pdf"]
        data = json.loads(files[0].document.data)
        assert data["profile"]["name"] == "Giulia"
        assert [d["mentee_reflection"] for d in data["diary"]] == ["I learnt to plan for everyone"]
        assert "mentor_notes" not in data["diary"][0]  # the mentor's part is not hers
        assert files[1].document.data.startswith(b"%PDF")


async def test_erasure_keeps_the_other_side_and_stops_everything_for_the_person(session_factory):
    codes = await seeded_pair(session_factory)
    async with Harness(session_factory) as h:
        maria, giulia = h.person(9101, "Maria"), h.person(9102, "Giulia")
        await join(h, maria, codes[Role.MENTOR])
        await join(h, giulia, codes[Role.MENTEE])
        await write_shared_entry(session_factory)
        await giulia.send("/mydata")
        await h.tap(giulia, "🗑 Erase my data")
        confirm = h.screen(9102)
        assert "the other side of your pair keeps their own parts of the diary" in confirm
        assert (
            "The reports of a concern you made (what you wrote and when) stay with the coordinators"
            in confirm
        )
        await h.tap(giulia, "‹ Back")
        assert "Your data" in h.screen(9102)  # changed her mind: nothing erased
        async with session_factory() as session:
            assert await session.scalar(select(func.count()).select_from(Reflection)) == 1
        await h.tap(giulia, "🗑 Erase my data")
        await h.tap(giulia, "Yes, erase it")
        assert "your data is erased" in h.last_reply(9102)
        await giulia.send("/menu")
        assert "open the invite link your coordinator gave you" in h.last_reply(9102)  # she is not known
        await maria.send("/menu")
        assert "Main menu" in h.screen(9101)

    async with session_factory() as session:
        entry = (await session.scalars(select(DiaryEntry))).one()
        assert entry.mentee_reflection is None and entry.mentor_notes == "Giulia is confident"
        assert await session.scalar(select(func.count()).select_from(Reflection)) == 0
        assert await session.scalar(select(func.count()).select_from(OutboxMessage)) == 0  # hers, gone
        assert (await session.scalars(select(Person.telegram_id))).all() == [9101]
        assert await session.scalar(select(func.count()).select_from(ConsentRecord)) == 1  # Maria's
        keys = list(await session.scalars(select(FsmRecord.key)))
        assert keys and all(":9101:9101:" in key for key in keys)  # Maria's state is untouched


NAME, TELEGRAM_ID = "Giulia Ñandú", 740_123_456


async def test_after_erasure_the_database_and_its_files_hold_nothing_of_her_but_her_concern_report(
    session_factory, sqlite_engine
):
    _, programme_id = await seed_programme(session_factory)
    codes = await pair_invites(session_factory, programme_id, mentor="Maria Rossi", mentee=NAME)
    async with Harness(session_factory) as h:
        maria, giulia = h.person(740_000_001, "Maria"), h.person(TELEGRAM_ID, "Giulia")
        await join(h, maria, codes[Role.MENTOR])
        await join(h, giulia, codes[Role.MENTEE])
        for language in ("Italiano", "English"):  # her row in `people` written again, twice
            await giulia.send("/language")
            await h.tap(giulia, language)
        await write_shared_entry(session_factory)
        async with session_factory() as session:
            pair = (await session.scalars(select(Pair))).one()
            session.add(
                Concern(
                    org_id=1, programme_id=programme_id, pair_id=pair.id, reporter_id=pair.mentee_id,
                    text="Someone in the class chat worries me",
                )
            )  # fmt: skip
            await session.commit()
        await giulia.send("/mydata")
        await h.tap(giulia, "🗑 Erase my data")
        await h.tap(giulia, "Yes, erase it")
        assert "your data is erased" in h.last_reply(TELEGRAM_ID)
    await personal_data.checkpoints_done()

    her = spellings(NAME, "Ñandú")
    assert await traces(sqlite_engine, her, TELEGRAM_ID) == []
    database = Path(make_url(str(sqlite_engine.url)).database or "")
    wal = database.with_name(database.name + "-wal")
    assert wal.stat().st_size == 0  # the write-ahead log was checkpointed and emptied
    assert file_traces(database, her, TELEGRAM_ID) == []
    async with session_factory() as session:
        concern = (await session.scalars(select(Concern))).one()
        assert (concern.text, concern.reporter_id) == ("Someone in the class chat worries me", None)


async def test_erasure_with_state_in_redis_leaves_none_of_hers(session_factory, redis_storage):
    codes = await seeded_pair(session_factory)
    async with Harness(session_factory, storage=redis_storage) as h:
        maria, giulia = h.person(9201, "Maria"), h.person(9202, "Giulia")
        await join(h, maria, codes[Role.MENTOR])
        await join(h, giulia, codes[Role.MENTEE])
        await giulia.send("/mydata")
        assert [key async for key in redis_storage.redis.scan_iter("*:9202:*")]
        await h.tap(giulia, "🗑 Erase my data")
        await h.tap(giulia, "Yes, erase it")
        assert "your data is erased" in h.last_reply(9202)
    assert [key async for key in redis_storage.redis.scan_iter("*:9202:*")] == []
    assert [key async for key in redis_storage.redis.scan_iter("*:9201:*")]  # Maria's stays
