"""A person's own data: what is stored, a complete export, and erasure of their own answers and parts.

Erasure keeps the other person's part of a shared diary entry, and keeps concern reports: they are the
school's safeguarding record (see docs/decisions.md).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    Agreement,
    Concern,
    ConsentRecord,
    DiaryDraft,
    DiaryEntry,
    FsmRecord,
    Goal,
    GroundRule,
    Meeting,
    Membership,
    Pair,
    Person,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    Reflection,
)
from storage.repo import consent, outbox


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
    """Remove the person's own answers and parts, dialog state and queued messages; withdraw consent."""
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
    await outbox.drop_pending_for(session, person_id, "erased")
    await session.execute(delete(FsmRecord).where(FsmRecord.key.like(f"%:{telegram_id}:{telegram_id}:%")))
    await consent.withdraw(session, person_id, now)
