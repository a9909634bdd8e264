"""Ground rules and agreements on SQLite and PostgreSQL: members only, a change asks both again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from storage.db import make_session_factory
from storage.errors import NotFound
from storage.models import ProgrammeKind, Role
from storage.repo import ground_rules, organisations, pairs, people, programmes
from storage.timeutil import utcnow

TOPICS = ("how_often", "where_when")


@dataclass(frozen=True)
class JoinedPair:
    org_id: int
    pair_id: int
    mentor_id: int
    mentee_id: int


async def joined_pair(
    session: AsyncSession, kind: ProgrammeKind = ProgrammeKind.TEACHER, org: str = "School", first_tg: int = 1
) -> JoinedPair:
    """A pair whose mentor and mentee have both joined (their Telegram ids from `first_tg`)."""
    organisation = await organisations.get_or_create(session, org)
    programme = await programmes.create(
        session,
        org_id=organisation.id,
        name=f"P{first_tg}",
        kind=kind,
        start_date=date(2026, 9, 1),
        end_date=date(2027, 6, 30),
        timezone="Europe/Sofia",
    )
    pair = await pairs.create(
        session,
        programme_id=programme.id,
        mentor_name="Maria",
        mentee_name="Ivo",
        mentee_minor=False,
        parental_consent=False,
    )
    mentor, _ = await people.get_or_create(session, first_tg, "Maria")
    mentee, _ = await people.get_or_create(session, first_tg + 1, "Ivo")
    await pairs.join(session, pair, Role.MENTOR, mentor.id, utcnow())
    await pairs.join(session, pair, Role.MENTEE, mentee.id, utcnow())
    return JoinedPair(organisation.id, pair.id, mentor.id, mentee.id)


async def test_both_members_write_and_read_the_rules_and_strangers_cannot(engine: AsyncEngine):
    factory = make_session_factory(engine)
    now = utcnow()
    async with factory() as session:
        pair = await joined_pair(session)
        other = await joined_pair(session, first_tg=11)
        await ground_rules.set_rule(session, pair.pair_id, pair.mentor_id, "how_often", "Once a week", now)
        await ground_rules.set_rule(
            session, pair.pair_id, pair.mentee_id, "where_when", "Library, 14:00", now
        )
        await session.commit()

    async with factory() as session:
        for reader in (pair.mentor_id, pair.mentee_id):
            seen = await ground_rules.for_member(session, pair.pair_id, reader)
            assert {t: (r.text, r.set_by) for t, r in seen.rules.items()} == {
                "how_often": ("Once a week", pair.mentor_id),
                "where_when": ("Library, 14:00", pair.mentee_id),
            }
        with pytest.raises(NotFound):
            await ground_rules.for_member(session, pair.pair_id, other.mentor_id)
        with pytest.raises(NotFound):
            await ground_rules.set_rule(session, pair.pair_id, other.mentee_id, "how_often", "Never", now)
        with pytest.raises(NotFound):
            await ground_rules.agree_to_rules(session, pair.pair_id, other.mentee_id, (), now)
        assert (await ground_rules.for_member(session, pair.pair_id, pair.mentor_id)).rules[
            "how_often"
        ].text == "Once a week"


async def test_agreeing_needs_every_topic_and_a_change_asks_both_again(engine: AsyncEngine):
    factory = make_session_factory(engine)
    now = utcnow()
    async with factory() as session:
        pair = await joined_pair(session)
        await ground_rules.set_rule(session, pair.pair_id, pair.mentor_id, "how_often", "Once a week", now)
        with pytest.raises(ValueError, match="where_when"):
            await ground_rules.agree_to_rules(session, pair.pair_id, pair.mentor_id, TOPICS, now)
        await ground_rules.set_rule(session, pair.pair_id, pair.mentee_id, "where_when", "Library", now)
        await ground_rules.agree_to_rules(session, pair.pair_id, pair.mentor_id, TOPICS, now)
        state = await ground_rules.for_member(session, pair.pair_id, pair.mentee_id)
        assert state.agreements.rules_agreed_at is None  # only one of them so far
        later = now + timedelta(hours=1)
        await ground_rules.agree_to_rules(session, pair.pair_id, pair.mentee_id, TOPICS, later)
        await ground_rules.agree_to_rules(session, pair.pair_id, pair.mentee_id, TOPICS, later + timedelta(1))
        state = await ground_rules.for_member(session, pair.pair_id, pair.mentee_id)
        assert state.agreements.rules_agreed_at == later  # agreeing twice keeps the first time

        same = await ground_rules.set_rule(
            session, pair.pair_id, pair.mentee_id, "where_when", "Library", now
        )
        assert same == 0
        cleared = await ground_rules.set_rule(
            session, pair.pair_id, pair.mentee_id, "how_often", "Twice", now
        )
        assert cleared == 2
        await session.commit()

    async with factory() as session:
        state = await ground_rules.for_member(session, pair.pair_id, pair.mentor_id)
        assert state.agreements.rules_agreed == {} and state.agreements.rules_agreed_at is None
        assert state.rules["how_often"].text == "Twice" and state.rules["how_often"].set_by == pair.mentee_id


async def test_only_the_mentor_of_a_teacher_pair_accepts_the_mentor_agreement(engine: AsyncEngine):
    factory = make_session_factory(engine)
    now = utcnow()
    async with factory() as session:
        teacher = await joined_pair(session)
        student = await joined_pair(session, kind=ProgrammeKind.STUDENT, first_tg=21)
        with pytest.raises(NotFound):
            await ground_rules.accept_mentor_agreement(session, teacher.pair_id, teacher.mentee_id, now)
        with pytest.raises(NotFound):
            await ground_rules.accept_mentor_agreement(session, student.pair_id, student.mentor_id, now)
        with pytest.raises(NotFound):
            await ground_rules.accept_mentor_agreement(session, teacher.pair_id, student.mentor_id, now)
        await ground_rules.accept_mentor_agreement(session, teacher.pair_id, teacher.mentor_id, now)
        await ground_rules.accept_mentor_agreement(
            session, teacher.pair_id, teacher.mentor_id, now + timedelta(days=1)
        )
        await session.commit()

    async with factory() as session:
        state = await ground_rules.for_member(session, teacher.pair_id, teacher.mentee_id)
        assert state.agreements.mentor_agreement_at == now
        # the mentor agreement is not an agreement to the ground rules
        assert state.agreements.rules_agreed == {}
