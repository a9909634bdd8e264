"""Repositories on SQLite and on PostgreSQL: the same behaviour on both."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import make_engine, make_session_factory
from storage.errors import AlreadyExists, NotFound
from storage.migrate import alembic_config, upgrade_to_head
from storage.models import ProgrammeKind, Role, Stage
from storage.repo import (
    actors,
    consent,
    invites,
    memberships,
    organisations,
    pairs,
    people,
    programmes,
    updates,
)
from storage.timeutil import utcnow
from tests.pairs import make_programme


async def _programme(session, org="School", name="P", kind=ProgrammeKind.TEACHER):
    return await make_programme(session, org=org, name=name, kind=kind)


async def test_migrations_leave_foreign_keys_enforced(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        with pytest.raises(Exception, match=r"(?i)foreign key"):
            await session.execute(
                text(
                    "INSERT INTO programmes (org_id, name, kind, start_date, end_date, timezone, created_at) "
                    "VALUES (999, 'x', 'teacher', '2026-01-01', '2026-02-01', 'UTC', CURRENT_TIMESTAMP)"
                )
            )
            await session.flush()


async def test_programme_names_are_unique_per_organisation(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        await _programme(session, org="A", name="Same")
        await _programme(session, org="B", name="Same")  # another organisation may use it
        with pytest.raises(AlreadyExists):
            await _programme(session, org="A", name="Same")
        await session.commit()
        assert len(await programmes.find_by_name(session, "Same")) == 2
        assert len(await programmes.find_by_name(session, "Same", "A")) == 1


async def test_invite_lifecycle_and_pair_start(engine: AsyncEngine):
    factory = make_session_factory(engine)
    now = utcnow()
    async with factory() as session:
        programme = await _programme(session)
        pair = await pairs.create(
            session,
            programme_id=programme.id,
            mentor_name="Maria",
            mentee_name="Ivo",
            mentee_minor=False,
            parental_consent=False,
        )
        seats = {
            s.role: s.code
            for s in await invites.for_pair(session, pair, programme.org_id, now + timedelta(1))
        }
        await session.commit()

    async with factory() as session:
        joined = await invites.redeem(session, seats[Role.MENTOR], telegram_id=11, telegram_name="M", now=now)
        assert joined.outcome is invites.Outcome.JOINED and joined.person is not None
        assert joined.person.name == "Maria"
        again = await invites.redeem(session, seats[Role.MENTOR], telegram_id=11, telegram_name="M", now=now)
        assert again.outcome is invites.Outcome.ALREADY_YOURS
        other = await invites.redeem(session, seats[Role.MENTOR], telegram_id=12, telegram_name="X", now=now)
        assert other.outcome is invites.Outcome.USED
        self_pair = await invites.redeem(
            session, seats[Role.MENTEE], telegram_id=11, telegram_name="M", now=now
        )
        assert self_pair.outcome is invites.Outcome.SELF_PAIR
        late = await invites.redeem(
            session, seats[Role.MENTEE], telegram_id=13, telegram_name="I", now=now + timedelta(days=2)
        )
        assert late.outcome is invites.Outcome.EXPIRED
        mentee = await invites.redeem(session, seats[Role.MENTEE], telegram_id=13, telegram_name="I", now=now)
        assert mentee.outcome is invites.Outcome.JOINED
        await session.commit()

        views = await pairs.views_for_person(session, mentee.person.id)  # type: ignore[union-attr]
        assert [(v.my_role, v.other_name, v.other_joined, v.stage) for v in views] == [
            (Role.MENTEE, "Maria", True, Stage.SETTING_UP)
        ]
        stored = await pairs.get_for_member(session, views[0].pair_id, mentee.person.id)  # type: ignore[union-attr]
        assert stored.started_at is not None
        with pytest.raises(NotFound):
            await pairs.get_for_member(session, views[0].pair_id, 999_999)


async def test_a_pairs_views_include_what_the_same_transaction_changed_before_it_was_flushed(
    engine: AsyncEngine,
):
    """Views are read as plain Core; changes the ORM still holds are written first, as a query would."""
    factory = make_session_factory(engine)
    now = utcnow()
    async with factory() as session:
        programme = await _programme(session)
        maria, _ = await people.get_or_create(session, 21, "Maria")
        first, second = [
            await pairs.create(
                session,
                programme_id=programme.id,
                mentor_id=maria.id,
                mentor_name="Maria",
                mentee_name=name,
                mentee_minor=False,
                parental_consent=False,
            )
            for name in ("Ivo", "Ana")
        ]
        first.mentee_name = "Ivo Petrov"  # not flushed
        second.ended_at = now
        views = await pairs.views_for_person(session, maria.id)
        assert [(v.pair_id, v.my_role, v.other_name, v.other_joined) for v in views] == [
            (first.id, Role.MENTOR, "Ivo Petrov", False)
        ]
        closed = await pairs.closed_views_for_person(session, maria.id)
        assert [(v.pair_id, v.other_name) for v in closed] == [(second.id, "Ana")]


async def test_two_people_racing_for_one_invite_only_one_wins(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        org = await organisations.get_or_create(session, "Race")
        code = await invites.create(
            session, org_id=org.id, role=Role.COORDINATOR, expires_at=utcnow() + timedelta(1)
        )
        await session.commit()

    async def attempt(telegram_id: int) -> invites.Outcome:
        async with factory() as session:
            result = await invites.redeem(
                session, code, telegram_id=telegram_id, telegram_name="X", now=utcnow()
            )
            await session.commit()
            return result.outcome

    outcomes = await asyncio.gather(*(attempt(100 + i) for i in range(5)), return_exceptions=True)
    joined = [o for o in outcomes if o is invites.Outcome.JOINED]
    assert len(joined) == 1, outcomes
    async with factory() as session:
        assert len(await memberships.coordinator_ids(session, org.id)) == 1


async def test_coordinator_sees_only_own_organisation(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        ours = await _programme(session, org="Ours", name="Mine")
        theirs = await _programme(session, org="Theirs", name="Not mine")
        person, _ = await people.get_or_create(session, 21, "Ana")
        await memberships.add(session, person.id, ours.org_id, Role.COORDINATOR)
        await memberships.add(session, person.id, ours.org_id, Role.COORDINATOR)  # idempotent
        await session.commit()
        assert [p.name for p in await programmes.for_coordinator(session, person.id)] == ["Mine"]
        assert (await programmes.get_for_coordinator(session, ours.id, person.id)).id == ours.id
        with pytest.raises(NotFound):
            await programmes.get_for_coordinator(session, theirs.id, person.id)
        actor = await actors.load(session, 21)
        assert actor is not None and actor.is_coordinator and actor.coordinated_orgs == (ours.org_id,)


async def test_consent_give_withdraw_give(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        person, created = await people.get_or_create(session, 31, "Ivo")
        assert created
        now = utcnow()
        await consent.give(session, person.id, "2026-11", now)
        assert (await consent.current(session, person.id)).notice_version == "2026-11"  # type: ignore[union-attr]
        assert await consent.withdraw(session, person.id, now + timedelta(minutes=1))
        assert await consent.current(session, person.id) is None
        assert not await consent.withdraw(session, person.id, now + timedelta(minutes=2))
        await consent.give(session, person.id, "2026-12", now + timedelta(minutes=3))
        assert (await consent.current(session, person.id)).notice_version == "2026-12"  # type: ignore[union-attr]
        await session.commit()


async def test_update_claims_are_once_only_and_rolled_back_with_failure(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        assert await updates.claim(session, 1, 500, utcnow())
        assert not await updates.claim(session, 1, 500, utcnow())
        assert await updates.claim(session, 2, 500, utcnow())  # another bot's update id space
        await session.commit()
    async with factory() as session:
        assert await updates.claim(session, 1, 501, utcnow())
        await session.rollback()  # the handler failed
    async with factory() as session:
        assert await updates.claim(session, 1, 501, utcnow())  # a re-delivery may try again
        assert await updates.prune(session, utcnow() + timedelta(seconds=1)) == 3
        await session.commit()


async def test_the_person_behind_an_update_comes_with_whether_it_was_handled(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        assert await actors.load_for_update(session, 41, bot_id=1, update_id=600) == (None, False)
        assert await updates.claim(session, 1, 600, utcnow())
        assert await actors.load_for_update(session, 41, bot_id=1, update_id=600) == (None, True)  # stranger
        await people.get_or_create(session, 41, "Ivo")
        actor, handled = await actors.load_for_update(session, 41, bot_id=1, update_id=601)
        assert actor is not None and actor.name == "Ivo" and not handled
        assert await updates.claim(session, 1, 601, utcnow())
        assert (await actors.load_for_update(session, 41, bot_id=1, update_id=601))[1]
        assert not (await actors.load_for_update(session, 41, bot_id=2, update_id=601))[1]  # another bot's


async def test_minor_without_consent_is_refused(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        programme = await _programme(session, kind=ProgrammeKind.STUDENT)
        with pytest.raises(ValueError, match="parental consent"):
            await pairs.create(
                session,
                programme_id=programme.id,
                mentor_name="A",
                mentee_name="B",
                mentee_minor=True,
                parental_consent=False,
            )


async def test_a_minor_mentor_without_consent_is_refused(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        programme = await _programme(session, kind=ProgrammeKind.STUDENT)
        with pytest.raises(ValueError, match="mentor under 18 needs parental consent"):
            await pairs.create(
                session,
                programme_id=programme.id,
                mentor_name="A",
                mentee_name="B",
                mentee_minor=False,
                parental_consent=False,
                mentor_minor=True,
                mentor_consent=False,
            )
        pair = await pairs.create(
            session,
            programme_id=programme.id,
            mentor_name="A",
            mentee_name="B",
            mentee_minor=False,
            parental_consent=False,
            mentor_minor=True,
            mentor_consent=True,
        )
        assert pair.mentor_minor and pair.mentor_consent_at is not None


async def test_several_processes_can_migrate_at_once(db_url: str):
    engines = [make_engine(db_url) for _ in range(3)]
    try:
        await asyncio.gather(*(upgrade_to_head(e) for e in engines))
        async with engines[0].connect() as connection:
            version = (await connection.execute(text("SELECT version_num FROM alembic_version"))).scalar_one()
        assert version == ScriptDirectory.from_config(alembic_config()).get_current_head()
    finally:
        for e in engines:
            await e.dispose()
