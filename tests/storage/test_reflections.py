"""Reflections on SQLite and on PostgreSQL: their author's alone, newest first, a page at a time."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from storage.db import make_session_factory
from storage.errors import NotFound
from storage.models import Pair, Stage
from storage.repo import reflections
from storage.timeutil import utcnow
from tests.pairs import make_pair


async def _pair(session: AsyncSession, mentor_tg: int, mentee_tg: int, org: str = "School") -> Pair:
    made = await make_pair(
        session,
        org=org,
        programme_name=f"Inclusive teaching {mentee_tg}",
        mentee="Giulia",
        mentor_tg=mentor_tg,
        mentee_tg=mentee_tg,
    )
    return made.row


async def test_answers_are_stored_with_the_stage_and_listed_newest_first_by_page(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        pair = await _pair(session, 1, 2)
        author = pair.mentee_id
        assert author is not None
        start = utcnow()
        for minute in range(7):
            await reflections.add(
                session,
                person_id=author,
                pair_id=pair.id,
                prompt=f"idp-{minute % 2 + 1}",
                text=f"answer {minute}",
                now=start + timedelta(minutes=minute),
            )
        pair.stage = Stage.SUSTAIN
        latest = await reflections.add(
            session,
            person_id=author,
            pair_id=pair.id,
            prompt="idp-7",
            text="new",
            now=start + timedelta(hours=1),
        )
        await session.commit()

        assert latest.stage is Stage.SUSTAIN
        assert await reflections.count_own(session, author, pair.id) == 8
        assert await reflections.answered_prompts(session, author, pair.id) == {"idp-1", "idp-2", "idp-7"}
        first = await reflections.page_own(session, author, pair.id, offset=0, limit=5, opening=4)
        second = await reflections.page_own(session, author, pair.id, offset=5, limit=5, opening=4)
        assert [h.prompt for h in first] == ["idp-7", "idp-1", "idp-2", "idp-1", "idp-2"]
        assert [h.opening for h in first][:2] == ["new", "answ"]
        assert [h.stage for h in first][:2] == [Stage.SUSTAIN, Stage.SETTING_UP]
        assert len(second) == 3 and second[-1].created_at == start
        assert (await reflections.get_own(session, first[0].reflection_id, author)).text == "new"


async def test_a_reflection_is_its_authors_alone(engine: AsyncEngine):
    async with make_session_factory(engine)() as session:
        pair = await _pair(session, 1, 2)
        stranger_pair = await _pair(session, 3, 4, org="Other")
        mentee, mentor, stranger = pair.mentee_id, pair.mentor_id, stranger_pair.mentee_id
        assert mentee is not None and mentor is not None and stranger is not None
        written = await reflections.add(
            session, person_id=mentee, pair_id=pair.id, prompt="idp-1", text="mine"
        )
        await session.commit()

        assert await reflections.count_own(session, mentor, pair.id) == 0  # the other side of the pair
        assert await reflections.page_own(session, mentor, pair.id, offset=0, limit=5, opening=4) == []
        assert await reflections.answered_prompts(session, mentor, pair.id) == set()
        for reader in (mentor, stranger):
            with pytest.raises(NotFound):
                await reflections.get_own(session, written.id, reader)
            with pytest.raises(NotFound):
                await reflections.delete_own(session, written.id, reader)
        with pytest.raises(NotFound):  # not a member of the pair
            await reflections.add(session, person_id=stranger, pair_id=pair.id, prompt="idp-1", text="x")

        await reflections.delete_own(session, written.id, mentee)
        await session.commit()
        assert await reflections.count_own(session, mentee, pair.id) == 0
