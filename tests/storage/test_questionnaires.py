"""Questionnaire responses on SQLite and on PostgreSQL: only the mentee answers, answers are kept item by
item, a confirmed response is final, and coordinators get counts and means computed in one query each."""

from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from storage.db import make_session_factory
from storage.errors import NotFound
from storage.models import Pair, Phase, Programme
from storage.repo import digest, pairs, people, questionnaires
from storage.repo.digest import ItemMean
from storage.repo.questionnaires import Answer, PhaseStatus
from storage.timeutil import utcnow
from storage.unit_of_work import defer_writes, run_deferred
from tests.pairs import make_pair, make_programme

TEACHER = "teacher_annex3"


async def _programme(session: AsyncSession, name: str = "Inclusive teaching") -> Programme:
    return await make_programme(session, org="School", name=name)


async def _pair(session: AsyncSession, programme: Programme, mentor_tg: int, mentee_tg: int) -> Pair:
    made = await make_pair(
        session,
        programme=programme,
        mentor=f"Mentor {mentor_tg}",
        mentee=f"Mentee {mentee_tg}",
        mentor_tg=mentor_tg,
        mentee_tg=mentee_tg,
    )
    return made.row


async def _answered(session: AsyncSession, pair: Pair, phase: Phase, choices: dict[str, int | None]) -> int:
    """A completed response of the pair's mentee: item -> option index (None: preferred not to say)."""
    assert pair.mentee_id is not None
    response = await questionnaires.start_or_resume(session, pair.mentee_id, pair.id, TEACHER, phase)
    for item, choice in choices.items():
        await questionnaires.save_answer(
            session, response.id, Answer(item, choice=choice, skipped=choice is None)
        )
    await questionnaires.complete(session, response.id, utcnow())
    return response.id


async def test_only_the_mentee_answers_and_a_response_is_resumed_not_duplicated(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        pair = await _pair(session, await _programme(session), 1, 2)
        assert pair.mentee_id is not None and pair.mentor_id is not None
        first = await questionnaires.start_or_resume(
            session, pair.mentee_id, pair.id, TEACHER, Phase.BASELINE
        )
        again = await questionnaires.start_or_resume(
            session, pair.mentee_id, pair.id, TEACHER, Phase.BASELINE
        )
        assert first.id == again.id
        followup = await questionnaires.start_or_resume(
            session, pair.mentee_id, pair.id, TEACHER, Phase.FOLLOWUP
        )
        assert followup.id != first.id
        stranger, _ = await people.get_or_create(session, 3, "Someone")
        for outsider in (pair.mentor_id, stranger.id):
            with pytest.raises(NotFound):
                await questionnaires.start_or_resume(session, outsider, pair.id, TEACHER, Phase.BASELINE)
            assert await questionnaires.find(session, outsider, pair.id, TEACHER, Phase.BASELINE) is None
        await session.commit()


async def test_answers_are_kept_per_item_replaced_cleared_and_final_once_confirmed(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        pair = await _pair(session, await _programme(session), 1, 2)
        assert pair.mentee_id is not None
        response = await questionnaires.start_or_resume(
            session, pair.mentee_id, pair.id, TEACHER, Phase.BASELINE
        )
        await questionnaires.save_answer(session, response.id, Answer("1", choice=2))
        await questionnaires.save_answer(session, response.id, Answer("1", choice=3))  # changed
        await questionnaires.save_answer(session, response.id, Answer("2", skipped=True))
        await questionnaires.save_answer(session, response.id, Answer("hopes", choices=(0, 2)))
        await questionnaires.save_answer(session, response.id, Answer("6", text="Peer tutoring"))
        await questionnaires.clear_answer(session, response.id, "hopes")
        await session.commit()

        assert await questionnaires.answers_of(session, response.id) == {
            "1": Answer("1", choice=3),
            "2": Answer("2", skipped=True),
            "6": Answer("6", text="Peer tutoring"),
        }
        status = await questionnaires.status_of_pair(session, pair.id)
        assert status == {Phase.BASELINE: PhaseStatus(answered=3, completed_at=None)}
        resumed, answers = await questionnaires.resume_with_answers(  # what a step loads, in one query
            session, pair.mentee_id, pair.id, TEACHER, Phase.BASELINE
        )
        assert resumed.id == response.id and answers == await questionnaires.answers_of(session, response.id)
        followup, none_yet = await questionnaires.resume_with_answers(
            session, pair.mentee_id, pair.id, TEACHER, Phase.FOLLOWUP
        )
        assert followup.id != response.id and none_yet == {}
        with pytest.raises(NotFound):  # only the pair's mentee
            await questionnaires.resume_with_answers(
                session, pair.mentor_id or 0, pair.id, TEACHER, Phase.BASELINE
            )

        await questionnaires.complete(session, response.id, utcnow())
        await session.commit()
        assert (await questionnaires.status_of_pair(session, pair.id))[Phase.BASELINE].completed
        with pytest.raises(NotFound):
            await questionnaires.save_answer(session, response.id, Answer("1", choice=0))
        with pytest.raises(NotFound):
            await questionnaires.clear_answer(session, response.id, "1")
        with pytest.raises(NotFound):
            await questionnaires.complete(session, response.id, utcnow())
        assert (await questionnaires.answers_of(session, response.id))["1"] == Answer("1", choice=3)


async def test_several_hopes_are_stored_as_option_indexes(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        pair = await _pair(session, await _programme(session), 1, 2)
        assert pair.mentee_id is not None
        response = await questionnaires.start_or_resume(
            session, pair.mentee_id, pair.id, "student_intake", Phase.BASELINE
        )
        await questionnaires.save_answer(session, response.id, Answer("hopes", choices=(0, 1, 3)))
        await session.commit()
        assert (await questionnaires.answers_of(session, response.id))["hopes"].choices == (0, 1, 3)


async def test_pairs_awaiting_the_baseline(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        programme = await _programme(session)
        first = await _pair(session, programme, 1, 2)
        second = await _pair(session, programme, 3, 2)  # the same mentee in a second pair
        assert first.mentee_id is not None and first.mentor_id is not None
        assert await questionnaires.pairs_awaiting_baseline(session, first.mentee_id) == [first.id, second.id]
        assert await questionnaires.pairs_awaiting_baseline(session, first.mentor_id) == []
        await _answered(session, first, Phase.BASELINE, {"1": 1})
        await session.commit()
        assert await questionnaires.pairs_awaiting_baseline(session, first.mentee_id) == [second.id]
        await pairs.close(session, second, "moved_away", utcnow())
        assert await questionnaires.pairs_awaiting_baseline(session, first.mentee_id) == []


async def test_the_followup_can_be_answered_after_the_pair_has_ended(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        pair = await _pair(session, await _programme(session), 1, 2)
        await pairs.close(session, pair, "programme_end", utcnow())
        await _answered(session, pair, Phase.FOLLOWUP, {"1": 2})
        await session.commit()
        assert (await questionnaires.status_of_pair(session, pair.id))[Phase.FOLLOWUP].completed


async def test_completed_counts_and_item_means_per_programme_in_one_query_each(engine: AsyncEngine):
    """The coordinators' numbers (storage/repo/digest.py, the one place they are computed)."""
    factory = make_session_factory(engine)
    async with factory() as session:
        programme = await _programme(session)
        other = await _programme(session, name="Elsewhere")
        quiet = await _programme(session, name="Nobody answered")
        one, two, three = [await _pair(session, programme, 10 + i, 20 + i) for i in range(3)]
        await _answered(session, one, Phase.BASELINE, {"1": 0, "2": 4, "6": None})
        await _answered(session, two, Phase.BASELINE, {"1": 3, "2": None})
        await _answered(session, one, Phase.FOLLOWUP, {"1": 3})
        assert three.mentee_id is not None
        unconfirmed = await questionnaires.start_or_resume(
            session, three.mentee_id, three.id, TEACHER, Phase.BASELINE
        )
        await questionnaires.save_answer(session, unconfirmed.id, Answer("1", choice=1))
        await _answered(session, await _pair(session, other, 30, 31), Phase.BASELINE, {"1": 2})
        await session.commit()

    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    ids = [programme.id, other.id, quiet.id]
    event.listen(engine.sync_engine, "before_cursor_execute", count)
    try:
        async with factory() as session:
            means = await digest.item_means(session, ids)
            assert len(statements) == 1
            counts = await digest.questionnaires_completed(session, ids)
            assert len(statements) == 2
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", count)

    # not the unconfirmed response, not the other programme's, not "prefer not to say"
    assert sorted(means, key=lambda m: (m.programme_id, m.phase, m.item)) == [
        ItemMean(programme.id, Phase.BASELINE, TEACHER, "1", 2, 1.5),
        ItemMean(programme.id, Phase.BASELINE, TEACHER, "2", 1, 4.0),
        ItemMean(programme.id, Phase.FOLLOWUP, TEACHER, "1", 1, 3.0),
        ItemMean(other.id, Phase.BASELINE, TEACHER, "1", 1, 2.0),
    ]
    assert counts == {
        programme.id: {Phase.BASELINE: 2, Phase.FOLLOWUP: 1},
        other.id: {Phase.BASELINE: 1},
    }


async def test_an_answer_queued_for_a_response_confirmed_meanwhile_is_not_written(engine: AsyncEngine):
    """A step holds the response as it read it; if the response became final before the step's answer
    is written (at the end of the update), the answer is dropped, not added to a confirmed response."""
    factory = make_session_factory(engine)
    async with factory() as session:
        pair = await _pair(session, await _programme(session), 1, 2)
        assert pair.mentee_id is not None
        response = await questionnaires.start_or_resume(
            session, pair.mentee_id, pair.id, TEACHER, Phase.BASELINE
        )
        await questionnaires.save_answer(session, response, Answer("1", choice=2))
        await session.commit()
    async with factory() as step, factory() as other:
        defer_writes(step)  # as in an update: written just before the commit
        await questionnaires.save_answer(step, response, Answer("2", choice=1))  # open when read
        await questionnaires.complete(other, response.id, utcnow())
        await other.commit()
        await run_deferred(step)
        await step.commit()
    async with factory() as session:
        assert await questionnaires.answers_of(session, response.id) == {"1": Answer("1", choice=2)}
        final, _ = await questionnaires.resume_with_answers(
            session, pair.mentee_id, pair.id, TEACHER, Phase.BASELINE
        )
        assert final.completed
        with pytest.raises(NotFound):  # the step's state says final: refused at once
            await questionnaires.save_answer(session, final, Answer("2", choice=1))
