"""A person's own data: what is stored, a complete export, and erasure.

Erasure removes the person: what they wrote, their name and Telegram account number (their row in
`people`, and with it their roles, consent and queued messages), their name as the coordinator typed it
on their pairs (and so on the pairs' invites), their dialog state, and their name in what was queued for
others. It keeps the other side's part of a shared diary entry, and the text of the concern reports they
made, without their name: the school's safeguarding record (see docs/decisions.md and the privacy
notice). On SQLite, once the erasure is committed, the write-ahead log is checkpointed so that no old copy
of what was erased stays in it.
"""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, event, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession
from sqlalchemy.orm import Session

from storage.models import (
    Agreement,
    Concern,
    ConcernEvent,
    ConsentRecord,
    DiaryDraft,
    DiaryEntry,
    FsmRecord,
    Goal,
    GroundRule,
    Meeting,
    Membership,
    OutboxMessage,
    OutboxStatus,
    Pair,
    Person,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    Reflection,
)


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _row(obj: Any, *fields: str) -> dict[str, Any]:
    return {name: _iso(getattr(obj, name)) for name in fields}


def _mentor_of(person_id: int) -> Any:
    return select(Pair.id).where(Pair.mentor_id == person_id)


def _mentee_of(person_id: int) -> Any:
    return select(Pair.id).where(Pair.mentee_id == person_id)


async def summary(session: AsyncSession, person_id: int) -> dict[str, int]:
    """How many of each kind of thing the bot keeps about the person."""

    async def count(query: Any) -> int:
        return int(await session.scalar(select(func.count()).select_from(query.subquery())) or 0)

    return {
        "questionnaires": await count(
            select(QuestionnaireResponse.id).where(QuestionnaireResponse.person_id == person_id)
        ),
        "diary": await count(
            select(DiaryEntry.id).where(
                or_(
                    and_(DiaryEntry.pair_id.in_(_mentor_of(person_id)), DiaryEntry.objectives.is_not(None)),
                    and_(
                        DiaryEntry.pair_id.in_(_mentee_of(person_id)),
                        DiaryEntry.mentee_reflection.is_not(None),
                    ),
                )
            )
        ),
        "reflections": await count(select(Reflection.id).where(Reflection.person_id == person_id)),
        "goals": await count(select(Goal.id).where(Goal.created_by == person_id)),
        "concerns": await count(select(Concern.id).where(Concern.reporter_id == person_id)),
    }


async def export(session: AsyncSession, person_id: int) -> dict[str, Any]:
    """Everything stored about the person, as plain JSON-ready data."""
    person = await session.get(Person, person_id)
    if person is None:
        return {}
    responses = []
    for response in await session.scalars(
        select(QuestionnaireResponse).where(QuestionnaireResponse.person_id == person_id)
    ):
        answers = await session.scalars(
            select(QuestionnaireAnswer).where(QuestionnaireAnswer.response_id == response.id)
        )
        responses.append(
            _row(response, "instrument", "phase", "started_at", "completed_at")
            | {"answers": [_row(a, "item", "choice", "choices", "text", "skipped") for a in answers]}
        )
    mentor_entries = await session.scalars(
        select(DiaryEntry).where(DiaryEntry.pair_id.in_(_mentor_of(person_id))).order_by(DiaryEntry.held_on)
    )
    mentee_entries = await session.scalars(
        select(DiaryEntry).where(DiaryEntry.pair_id.in_(_mentee_of(person_id))).order_by(DiaryEntry.held_on)
    )
    facts = ("session_no", "held_on", "duration_minutes", "mode", "mode_other", "activity")
    diary = [
        _row(e, *facts, "objectives", "topics", "mentor_notes") | {"role": "mentor"} for e in mentor_entries
    ]
    diary += [_row(e, *facts, "mentee_reflection") | {"role": "mentee"} for e in mentee_entries]
    drafts = await session.scalars(select(DiaryDraft).where(DiaryDraft.person_id == person_id))
    return {
        "profile": _row(person, "name", "telegram_id", "locale", "timezone", "reachable", "created_at"),
        "roles": [
            _row(m, "role", "org_id", "programme_id", "created_at")
            for m in await session.scalars(select(Membership).where(Membership.person_id == person_id))
        ],
        "consents": [
            _row(c, "notice_version", "given_at", "withdrawn_at")
            for c in await session.scalars(select(ConsentRecord).where(ConsentRecord.person_id == person_id))
        ],
        "questionnaires": responses,
        "diary": diary,
        "diary_drafts": [_row(d, "held_on", "duration_minutes", "mode", "mode_other") for d in drafts],
        "reflections": [
            _row(r, "prompt", "stage", "text", "created_at")
            for r in await session.scalars(
                select(Reflection).where(Reflection.person_id == person_id).order_by(Reflection.created_at)
            )
        ],
        "goals": [
            _row(g, "kind", "text", "progress", "created_at")
            for g in await session.scalars(select(Goal).where(Goal.created_by == person_id))
        ],
        "ground_rules": [
            _row(g, "topic", "text", "updated_at")
            for g in await session.scalars(select(GroundRule).where(GroundRule.set_by == person_id))
        ],
        "concerns": [
            _row(c, "text", "created_at", "handled_at")
            for c in await session.scalars(select(Concern).where(Concern.reporter_id == person_id))
        ],
        # what the person wrote in concern cases: a reporter's additions, a coordinator's notes and replies
        "concern_case_entries": [
            {"concern": e.concern_id, **_row(e, "kind", "text", "at")}
            for e in await session.scalars(
                select(ConcernEvent)
                .where(ConcernEvent.actor_id == person_id, ConcernEvent.text.is_not(None))
                .order_by(ConcernEvent.at, ConcernEvent.id)
            )
        ],
        "meetings": [
            _row(m, "starts_at", "duration_minutes", "mode", "place", "status")
            for m in await session.scalars(
                select(Meeting).where(
                    or_(
                        Meeting.pair_id.in_(_mentor_of(person_id)), Meeting.pair_id.in_(_mentee_of(person_id))
                    )
                )
            )
        ],
    }


async def erase(session: AsyncSession, person_id: int, telegram_id: int, now: datetime) -> None:
    """Erase the person (see the module's text); `checkpoint_after_commit` is part of it on SQLite."""
    person = await session.get(Person, person_id)
    if person is None:
        return
    names = {person.name}
    names.update(await session.scalars(select(Pair.mentor_name).where(Pair.mentor_id == person_id)))
    names.update(await session.scalars(select(Pair.mentee_name).where(Pair.mentee_id == person_id)))
    names = {name for name in names if name.strip()}

    await session.execute(delete(QuestionnaireResponse).where(QuestionnaireResponse.person_id == person_id))
    await session.execute(delete(Reflection).where(Reflection.person_id == person_id))
    await session.execute(delete(Goal).where(Goal.created_by == person_id))
    await session.execute(delete(GroundRule).where(GroundRule.set_by == person_id))
    await session.execute(delete(Agreement).where(Agreement.person_id == person_id))
    await session.execute(delete(DiaryDraft).where(DiaryDraft.person_id == person_id))
    await session.execute(
        update(DiaryEntry)
        .where(DiaryEntry.pair_id.in_(_mentor_of(person_id)))
        .values(objectives=None, topics=None, mentor_notes=None)
    )
    await session.execute(
        update(DiaryEntry).where(DiaryEntry.pair_id.in_(_mentee_of(person_id))).values(mentee_reflection=None)
    )
    await session.execute(
        delete(DiaryEntry).where(
            or_(DiaryEntry.pair_id.in_(_mentor_of(person_id)), DiaryEntry.pair_id.in_(_mentee_of(person_id))),
            DiaryEntry.objectives.is_(None),
            DiaryEntry.topics.is_(None),
            DiaryEntry.mentor_notes.is_(None),
            DiaryEntry.mentee_reflection.is_(None),
        )
    )
    # the seats keep no name (an invite made for a seat again falls back to the Telegram name)
    await session.execute(update(Pair).where(Pair.mentor_id == person_id).values(mentor_name=""))
    await session.execute(update(Pair).where(Pair.mentee_id == person_id).values(mentee_name=""))
    await _forget_names_in_outbox(session, names)
    await session.execute(delete(FsmRecord).where(FsmRecord.key.like(f"%:{telegram_id}:{telegram_id}:%")))
    await _forget_names_in_dialogs(session, names)
    # roles, consent, what was queued for them and their answers go with the row (ON DELETE CASCADE);
    # pairs, invites, concerns, diary entries and meetings keep their rows without them (SET NULL)
    await session.execute(delete(Person).where(Person.id == person_id))
    session.expunge(person)
    checkpoint_after_commit(session)


def _spellings(name: str) -> set[str]:
    """The name as it is, and as JSON writes it in the FSM's and the outbox's text (non-ASCII escaped)."""
    return {name, json.dumps(name)[1:-1]}


def _without(value: Any, names: set[str]) -> Any:
    if isinstance(value, str):
        return "" if value in names else value
    if isinstance(value, dict):
        return {key: _without(item, names) for key, item in value.items()}
    if isinstance(value, list):
        return [_without(item, names) for item in value]
    return value


def _containing(column: Any, names: set[str]) -> Any:
    """Rows whose JSON text may hold one of the names (then read to be sure)."""
    return or_(*(column.contains(needle, autoescape=True) for name in names for needle in _spellings(name)))


async def _forget_names_in_outbox(session: AsyncSession, names: set[str]) -> None:
    """Messages for others that name the person (a meeting reminder, a nudge) lose the name; those not
    sent yet are not sent (they are about someone who has left)."""
    if not names:
        return
    for message in await session.scalars(
        select(OutboxMessage).where(_containing(OutboxMessage.payload, names))
    ):
        payload = json.loads(message.payload)
        kept = _without(payload, names)
        if kept == payload:  # the name was part of a longer text, not the name
            continue
        message.payload = json.dumps(kept)
        if message.status is OutboxStatus.PENDING:
            message.status = OutboxStatus.DROPPED
            message.last_error = "erased"
    await session.flush()


async def _forget_names_in_dialogs(session: AsyncSession, names: set[str]) -> None:
    """Someone else's dialog state that holds the name (a coordinator's pair half typed) is deleted: that
    dialog starts again, as after a restart."""
    if not names:
        return
    rows = await session.execute(
        select(FsmRecord.key, FsmRecord.data).where(_containing(FsmRecord.data, names))
    )
    for key, data in rows.all():
        loaded = json.loads(data or "{}")
        if _without(loaded, names) != loaded:
            await session.execute(delete(FsmRecord).where(FsmRecord.key == key))


# On SQLite the database file has a write-ahead log beside it: what a transaction changed is appended to
# it, the old pages included, until a checkpoint copies it into the database file. Once an erasure is
# committed, a checkpoint in TRUNCATE mode copies it and empties the log, so no old copy of the erased rows
# stays there (and `secure_delete`, set on every connection by storage/db.py, has overwritten them in the
# database file). On PostgreSQL nothing is
# needed: its write-ahead log and old row versions are the server's own, not files the bot keeps, and
# the server recycles them (autovacuum, WAL segment reuse).
CHECKPOINT_PAUSES = (0.01, 0.05, 0.1, 0.2, 0.5, 1.0)  # while another connection is writing or reading
_checkpoints: set[asyncio.Task[bool]] = set()
log = logging.getLogger(__name__)


def checkpoint_after_commit(session: AsyncSession) -> None:
    """On SQLite: `checkpoint` once the session's transaction is committed (in a task of its own)."""
    bind = session.bind
    engine = bind.engine if isinstance(bind, AsyncConnection) else bind
    if not isinstance(engine, AsyncEngine) or engine.dialect.name != "sqlite":
        return
    loop = asyncio.get_running_loop()

    def committed(_session: Session) -> None:
        task = loop.create_task(checkpoint(engine))
        _checkpoints.add(task)
        task.add_done_callback(_checkpoints.discard)

    event.listen(session.sync_session, "after_commit", committed, once=True)


async def checkpoint(engine: AsyncEngine) -> bool:
    """SQLite's write-ahead log copied into the database file and truncated; False if other connections
    kept it busy throughout (then SQLite's own checkpoints copy it later)."""
    for pause in (*CHECKPOINT_PAUSES, None):
        async with engine.connect() as connection:
            busy = (await connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")).scalar()
        if not busy:
            return True
        if pause is None:
            log.warning("the write-ahead log stayed busy; it is checkpointed later")
            return False
        await asyncio.sleep(pause)
    return False


async def checkpoints_done() -> None:
    """Wait for the checkpoints started after erasures (tests, shutdown)."""
    if _checkpoints:
        await asyncio.gather(*_checkpoints)
