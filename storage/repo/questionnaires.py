"""Questionnaire responses: a mentee's answers to an instrument, at the start (baseline) and at closure
(follow-up), stored item by item as they are given; their status per pair. The coordinators' counts and
means are the digest's (storage/repo/digest.py).

Only the mentee of a pair answers; a response belongs to its person, and nobody else's id reaches it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Executable, and_, bindparam, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.errors import NotFound
from storage.models import Pair, Phase, QuestionnaireAnswer, QuestionnaireResponse
from storage.prepared import Prepared, dialect_insert
from storage.timeutil import utcnow
from storage.unit_of_work import run_deferred

_RESPONSE_KEY = ("person_id", "pair_id", "instrument", "phase")


@dataclass(frozen=True)
class Answer:
    """One item's answer: an option index, several option indexes, free text, or preferred not to say."""

    item: str
    choice: int | None = None
    choices: tuple[int, ...] = ()
    text: str | None = None
    skipped: bool = False


@dataclass(frozen=True)
class PhaseStatus:
    answered: int
    completed_at: datetime | None

    @property
    def completed(self) -> bool:
        return self.completed_at is not None


_ANSWER = QuestionnaireAnswer.__table__
_ANSWER_COLUMNS = (_ANSWER.c.item, _ANSWER.c.choice, _ANSWER.c.choices, _ANSWER.c.text, _ANSWER.c.skipped)


@dataclass(frozen=True)
class ResponseState:
    """A response as a step needs it: which one, and whether it is final."""

    id: int
    completed: bool


def _mentees_response(_dialect: str, with_answers: bool = False) -> Executable:
    """The pair if the person is its mentee, with their response for the instrument and phase if any
    (and with `with_answers`, a row per answer given)."""
    person: BindParameter[int] = bindparam("person_id")
    response = (QuestionnaireResponse.id, QuestionnaireResponse.completed_at)
    query = select(Pair.id, *response, *(_ANSWER_COLUMNS if with_answers else ())).outerjoin(
        QuestionnaireResponse,
        and_(
            QuestionnaireResponse.pair_id == Pair.id,
            QuestionnaireResponse.person_id == person,
            QuestionnaireResponse.instrument == bindparam("instrument"),
            QuestionnaireResponse.phase == bindparam("phase"),
        ),
    )
    if with_answers:
        query = query.outerjoin(_ANSWER, _ANSWER.c.response_id == QuestionnaireResponse.id)
    return query.where(Pair.id == bindparam("pair_id"), Pair.mentee_id == person)


# Every step of a questionnaire asks (as plain columns: loading the response as an ORM object cost more
# than the rest of the step's statements together, benchmarks/NOTES.md, B1).
_MENTEES_RESPONSE = Prepared(_mentees_response)
_MENTEES_RESPONSE_AND_ANSWERS = Prepared(lambda dialect: _mentees_response(dialect, with_answers=True))
_START = Prepared(
    lambda dialect: dialect_insert(dialect, QuestionnaireResponse.__table__).on_conflict_do_nothing(
        index_elements=list(_RESPONSE_KEY)
    )
)
_OPEN_RESPONSE = (  # the response `response_id`, while it is not final
    QuestionnaireResponse.id == bindparam("response_id"),
    QuestionnaireResponse.completed_at.is_(None),
)
_COMPLETE = Prepared(
    lambda _dialect: (
        update(QuestionnaireResponse).where(*_OPEN_RESPONSE).values(completed_at=bindparam("completed_at"))
    )
)
_OPEN = Prepared(lambda _dialect: select(QuestionnaireResponse.id).where(*_OPEN_RESPONSE))


async def start_or_resume(
    session: AsyncSession, person_id: int, pair_id: int, instrument: str, phase: Phase
) -> ResponseState:
    """The person's response for the pair, instrument and phase, made if it is new. Only the pair's
    mentee answers (also once the pair has ended: the follow-up comes at closure); NotFound for others."""
    response, _ = await _start_or_resume(session, _MENTEES_RESPONSE, person_id, pair_id, instrument, phase)
    return response


async def resume_with_answers(
    session: AsyncSession, person_id: int, pair_id: int, instrument: str, phase: Phase
) -> tuple[ResponseState, dict[str, Answer]]:
    """`start_or_resume` and the response's answers by item, in one query: every step asks both."""
    await run_deferred(session)
    query = _MENTEES_RESPONSE_AND_ANSWERS
    response, rows = await _start_or_resume(session, query, person_id, pair_id, instrument, phase)
    return response, _answers(row[3:] for row in rows if row[3] is not None)


async def _start_or_resume(
    session: AsyncSession, query: Prepared, person_id: int, pair_id: int, instrument: str, phase: Phase
) -> tuple[ResponseState, Sequence[Any]]:
    """The response and the query's rows about it (the first step makes the response, then reads them)."""
    parameters = {"person_id": person_id, "pair_id": pair_id, "instrument": instrument, "phase": phase}
    rows: Sequence[Any] = (await query.read(session, parameters)).all()
    if not rows:
        raise NotFound(f"pair {pair_id}")
    if rows[0][1] is None:  # only the first step writes
        await _START.run(session, {**parameters, "started_at": utcnow()})
        rows = (await query.read(session, parameters)).all()
        if rows[0][1] is None:
            raise NotFound(f"response of pair {pair_id}")
    return ResponseState(rows[0][1], rows[0][2] is not None), rows


async def find(
    session: AsyncSession, person_id: int, pair_id: int, instrument: str, phase: Phase
) -> QuestionnaireResponse | None:
    """The person's own response, if they have started one."""
    response: QuestionnaireResponse | None = await session.scalar(
        select(QuestionnaireResponse).where(
            QuestionnaireResponse.person_id == person_id,
            QuestionnaireResponse.pair_id == pair_id,
            QuestionnaireResponse.instrument == instrument,
            QuestionnaireResponse.phase == phase,
        )
    )
    return response


async def _require_open(session: AsyncSession, response_id: int) -> None:
    if (await _OPEN.read(session, {"response_id": response_id})).first() is None:
        raise NotFound(f"open response {response_id}")


_ANSWER_VALUES = ("response_id", "item", "choice", "choices", "text", "skipped")


def _save_answer(dialect: str) -> Executable:
    """The answer's row, inserted or replaced while the response is open; nothing once it is final."""
    values = [bindparam(name, type_=_ANSWER.c[name].type) for name in _ANSWER_VALUES]
    still_open = select(QuestionnaireResponse.id).where(*_OPEN_RESPONSE).exists()
    stmt = dialect_insert(dialect, _ANSWER).from_select(
        list(_ANSWER_VALUES), select(*values).where(still_open)
    )
    changed = {column: stmt.excluded[column] for column in ("choice", "choices", "text", "skipped")}
    return stmt.on_conflict_do_update(index_elements=["response_id", "item"], set_=changed)


_SAVE_ANSWER = Prepared(_save_answer)


async def save_answer(session: AsyncSession, response: ResponseState | int, answer: Answer) -> None:
    """Store (or replace) the item's answer; a completed response no longer changes (NotFound).

    `response` is the response as this update read it (then its state tells whether it is final) or its
    id (then the database is asked). In an update's session the row is written at the end of the update
    (`Prepared.run_later`), and only if the response is still open then; what reads answers here runs
    the queued writes first."""
    if isinstance(response, ResponseState):
        if response.completed:
            raise NotFound(f"open response {response.id}")
        response_id = response.id
    else:
        response_id = response
        await _require_open(session, response_id)
    values = {
        "choice": answer.choice,
        "choices": ",".join(str(index) for index in answer.choices) or None,
        "text": answer.text,
        "skipped": answer.skipped,
    }
    await _SAVE_ANSWER.run_later(session, {"response_id": response_id, "item": answer.item, **values})


async def clear_answer(session: AsyncSession, response_id: int, item: str) -> None:
    """Forget the item's answer (it is unanswered again)."""
    await run_deferred(session)
    await _require_open(session, response_id)
    await session.execute(
        delete(QuestionnaireAnswer).where(
            QuestionnaireAnswer.response_id == response_id, QuestionnaireAnswer.item == item
        )
    )


def _parse_choices(stored: str | None) -> tuple[int, ...]:
    return tuple(int(index) for index in stored.split(",")) if stored else ()


_ANSWERS = Prepared(
    lambda _dialect: select(*_ANSWER_COLUMNS).where(_ANSWER.c.response_id == bindparam("response_id"))
)


async def answers_of(session: AsyncSession, response_id: int) -> dict[str, Answer]:
    """The response's answers by item."""
    await run_deferred(session)
    return _answers((await _ANSWERS.run(session, {"response_id": response_id})).all())


def _answers(rows: Iterable[Sequence[Any]]) -> dict[str, Answer]:
    """Answers by item from rows of (item, choice, choices, text, skipped)."""
    return {
        item: Answer(item, choice, _parse_choices(choices), text, skipped)
        for item, choice, choices, text, skipped in rows
    }


async def complete(session: AsyncSession, response_id: int, now: datetime) -> None:
    """Confirm the response: from now on it is final (NotFound if it already is)."""
    await run_deferred(session)
    if not (await _COMPLETE.read(session, {"response_id": response_id, "completed_at": now})).rowcount:
        raise NotFound(f"open response {response_id}")


def _by_the_mentee() -> ColumnElement[bool]:
    """Responses given by the pair's (current) mentee."""
    return (Pair.id == QuestionnaireResponse.pair_id) & (Pair.mentee_id == QuestionnaireResponse.person_id)


async def status_of_pair(session: AsyncSession, pair_id: int) -> dict[Phase, PhaseStatus]:
    """How far the pair's mentee is, per phase started: answers given and whether it is completed.
    No answers: this is what a mentor (only "completed") and the menu may show."""
    await run_deferred(session)
    rows = await session.execute(
        select(
            QuestionnaireResponse.phase,
            QuestionnaireResponse.completed_at,
            func.count(QuestionnaireAnswer.id),
        )
        .join(Pair, _by_the_mentee())
        .outerjoin(QuestionnaireAnswer, QuestionnaireAnswer.response_id == QuestionnaireResponse.id)
        .where(QuestionnaireResponse.pair_id == pair_id)
        .group_by(QuestionnaireResponse.id, QuestionnaireResponse.phase, QuestionnaireResponse.completed_at)
    )
    return {phase: PhaseStatus(answered, completed_at) for phase, completed_at, answered in rows}


async def pairs_awaiting_baseline(session: AsyncSession, person_id: int) -> list[int]:
    """The open pairs in which the person is the mentee and has not completed the baseline."""
    completed = select(QuestionnaireResponse.id).where(
        QuestionnaireResponse.pair_id == Pair.id,
        QuestionnaireResponse.person_id == person_id,
        QuestionnaireResponse.phase == Phase.BASELINE,
        QuestionnaireResponse.completed_at.is_not(None),
    )
    ids = await session.scalars(
        select(Pair.id)
        .where(Pair.mentee_id == person_id, Pair.ended_at.is_(None), ~completed.exists())
        .order_by(Pair.id)
    )
    return list(ids)
