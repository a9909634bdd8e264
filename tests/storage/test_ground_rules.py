"""Ground rules and agreements on SQLite and PostgreSQL: members only, a change asks both again."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from storage.db import make_session_factory
from storage.errors import NotFound
from storage.models import ProgrammeKind
from storage.repo import ground_rules
from storage.timeutil import utcnow
from tests.pairs import MadePair, make_pair

TOPICS = ("how_often", "where_when")


async def joined_pair(
    session: AsyncSession, kind: ProgrammeKind = ProgrammeKind.TEACHER, org: str = "School", first_tg: int = 1
) -> MadePair:
    """A pair whose mentor and mentee have both joined (their Telegram ids from `first_tg`)."""
    return await make_pair(
        session,
        kind=kind,
        org=org,
        programme_name=f"P{first_tg}",
        mentee="Ivo",
        mentor_tg=first_tg,
        mentee_tg=first_tg + 1,
    )


async def test_both_members_write_and_read_the_rules_and_strangers_cannot(engine: AsyncEngine):
    factory = make_session_factory(engine)
    now = utcnow()
    async with factory() as session:
        pair = await joined_pair(session)
        other = await joined_pair(session, first_tg=11)
        await ground_rules.set_rule(session, pair.id, pair.mentor, "how_often", "Once a week", now)
        await ground_rules.set_rule(session, pair.id, pair.mentee, "where_when", "Library, 14:00", now)
        await session.commit()

    async with factory() as session:
        for reader in (pair.mentor, pair.mentee):
            seen = await ground_rules.for_member(session, pair.id, reader)
            assert {t: (r.text, r.set_by) for t, r in seen.rules.items()} == {
                "how_often": ("Once a week", pair.mentor),
                "where_when": ("Library, 14:00", pair.mentee),
            }
        with pytest.raises(NotFound):
            await ground_rules.for_member(session, pair.id, other.mentor)
        with pytest.raises(NotFound):
            await ground_rules.set_rule(session, pair.id, other.mentee, "how_often", "Never", now)
        with pytest.raises(NotFound):
            await ground_rules.agree_to_rules(session, pair.id, other.mentee, (), now)
        assert (await ground_rules.for_member(session, pair.id, pair.mentor)).rules[
            "how_often"
        ].text == "Once a week"


async def test_agreeing_needs_every_topic_and_a_change_asks_both_again(engine: AsyncEngine):
    factory = make_session_factory(engine)
    now = utcnow()
    async with factory() as session:
        pair = await joined_pair(session)
        await ground_rules.set_rule(session, pair.id, pair.mentor, "how_often", "Once a week", now)
        with pytest.raises(ValueError, match="where_when"):
            await ground_rules.agree_to_rules(session, pair.id, pair.mentor, TOPICS, now)
        await ground_rules.set_rule(session, pair.id, pair.mentee, "where_when", "Library", now)
        await ground_rules.agree_to_rules(session, pair.id, pair.mentor, TOPICS, now)
        state = await ground_rules.for_member(session, pair.id, pair.mentee)
        assert state.agreements.rules_agreed_at is None  # only one of them so far
        later = now + timedelta(hours=1)
        await ground_rules.agree_to_rules(session, pair.id, pair.mentee, TOPICS, later)
        await ground_rules.agree_to_rules(session, pair.id, pair.mentee, TOPICS, later + timedelta(1))
        state = await ground_rules.for_member(session, pair.id, pair.mentee)
        assert state.agreements.rules_agreed_at == later  # agreeing twice keeps the first time

        same = await ground_rules.set_rule(session, pair.id, pair.mentee, "where_when", "Library", now)
        assert same == 0
        cleared = await ground_rules.set_rule(session, pair.id, pair.mentee, "how_often", "Twice", now)
        assert cleared == 2
        await session.commit()

    async with factory() as session:
        state = await ground_rules.for_member(session, pair.id, pair.mentor)
        assert state.agreements.rules_agreed == {} and state.agreements.rules_agreed_at is None
        assert state.rules["how_often"].text == "Twice" and state.rules["how_often"].set_by == pair.mentee


async def test_only_the_mentor_of_a_teacher_pair_accepts_the_mentor_agreement(engine: AsyncEngine):
    factory = make_session_factory(engine)
    now = utcnow()
    async with factory() as session:
        teacher = await joined_pair(session)
        student = await joined_pair(session, kind=ProgrammeKind.STUDENT, first_tg=21)
        with pytest.raises(NotFound):
            await ground_rules.accept_mentor_agreement(session, teacher.id, teacher.mentee, now)
        with pytest.raises(NotFound):
            await ground_rules.accept_mentor_agreement(session, student.id, student.mentor, now)
        with pytest.raises(NotFound):
            await ground_rules.accept_mentor_agreement(session, teacher.id, student.mentor, now)
        await ground_rules.accept_mentor_agreement(session, teacher.id, teacher.mentor, now)
        await ground_rules.accept_mentor_agreement(
            session, teacher.id, teacher.mentor, now + timedelta(days=1)
        )
        await session.commit()

    async with factory() as session:
        state = await ground_rules.for_member(session, teacher.id, teacher.mentee)
        assert state.agreements.mentor_agreement_at == now
        # the mentor agreement is not an agreement to the ground rules
        assert state.agreements.rules_agreed == {}
