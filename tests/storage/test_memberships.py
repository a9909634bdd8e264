"""Roles on SQLite and PostgreSQL: staff links and minors, telling the coordinators, removing one."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from storage.db import make_session_factory
from storage.models import Invite, OutboxMessage, ProgrammeKind, Role
from storage.repo import invites, memberships, organisations, people
from storage.repo.memberships import Removal
from storage.timeutil import utcnow
from tests.pairs import make_pair


async def _coordinator(session: AsyncSession, telegram_id: int, name: str, org_id: int) -> int:
    person, _ = await people.get_or_create(session, telegram_id, name)
    await memberships.add(session, person.id, org_id, Role.COORDINATOR)
    return person.id


async def _minor_mentee(session: AsyncSession, telegram_id: int) -> int:
    made = await make_pair(
        session,
        org="Students' school",
        programme_name="Peer support",
        kind=ProgrammeKind.STUDENT,
        mentor="Elena",
        mentee="Ivo",
        minor=True,
        mentee_tg=telegram_id,
        member=True,
    )
    assert made.mentee is not None
    return made.mentee


async def _outbox(session: AsyncSession) -> list[tuple[int, str, str]]:
    rows = await session.execute(
        select(OutboxMessage.recipient_id, OutboxMessage.kind, OutboxMessage.payload)
    )
    return sorted((recipient, kind, payload) for recipient, kind, payload in rows)


async def test_a_known_minor_cannot_redeem_a_staff_link_and_it_stays_unused(engine: AsyncEngine):
    factory = make_session_factory(engine)
    now = utcnow()
    async with factory() as session:
        ivo = await _minor_mentee(session, 301)
        adult, _ = await people.get_or_create(session, 302, "Petar")
        assert await memberships.is_known_minor(session, ivo)
        assert not await memberships.is_known_minor(session, adult.id)
        org = await organisations.get_or_create(session, "Other school")
        olga = await _coordinator(session, 401, "Olga", org.id)
        code = await invites.create(
            session, org_id=org.id, role=Role.COORDINATOR, expires_at=now + timedelta(1)
        )
        await session.commit()

        refused = await invites.redeem(session, code, telegram_id=301, telegram_name="Ivo", now=now)
        assert refused.outcome is invites.Outcome.STAFF_MINOR and refused.person is None
        await session.commit()
        invite = await session.scalar(select(Invite).where(Invite.code_hash == invites.hash_code(code)))
        assert invite is not None and invite.used_at is None and invite.used_by is None
        assert Role.COORDINATOR not in await memberships.roles_of(session, ivo)
        assert await _outbox(session) == []

        joined = await invites.redeem(session, code, telegram_id=302, telegram_name="Petar", now=now)
        assert joined.outcome is invites.Outcome.JOINED
        await session.commit()
        assert sorted(await memberships.coordinator_ids(session, org.id)) == sorted([olga, adult.id])
        assert await _outbox(session) == [
            (olga, "staff_joined", '{"name": "Petar", "org": "Other school", "role": "coordinator"}')
        ]


async def test_each_other_coordinator_is_told_once_and_only_of_a_new_coordinator(engine: AsyncEngine):
    factory = make_session_factory(engine)
    now = utcnow()
    async with factory() as session:
        org = await organisations.get_or_create(session, "School")
        elsewhere = await organisations.get_or_create(session, "Elsewhere")
        ana = await _coordinator(session, 1, "Ana", org.id)
        boris = await _coordinator(session, 2, "Boris", org.id)
        zeno = await _coordinator(session, 9, "Zeno", elsewhere.id)
        first = await invites.create(
            session, org_id=org.id, role=Role.COORDINATOR, expires_at=now + timedelta(1)
        )
        second = await invites.create(
            session, org_id=org.id, role=Role.COORDINATOR, expires_at=now + timedelta(1)
        )
        await session.commit()
        await invites.redeem(session, first, telegram_id=3, telegram_name="Carla", now=now)
        await invites.redeem(session, second, telegram_id=3, telegram_name="Carla", now=now)  # already one
        await session.commit()
        told = await _outbox(session)
    assert [recipient for recipient, _, _ in told] == sorted([ana, boris])
    assert zeno not in [recipient for recipient, _, _ in told]


async def test_coordinators_are_seen_and_removed_only_within_ones_own_organisations(engine: AsyncEngine):
    factory = make_session_factory(engine)
    now = utcnow()
    async with factory() as session:
        school = await organisations.get_or_create(session, "School")
        other = await organisations.get_or_create(session, "Other")
        ana = await _coordinator(session, 1, "Ana", school.id)
        boris = await _coordinator(session, 2, "Boris", school.id)
        olga = await _coordinator(session, 3, "Olga", other.id)
        stranger, _ = await people.get_or_create(session, 4, "Stranger")
        await session.commit()

        seen = await memberships.coordinators_seen_by(session, ana)
        assert [(v.org_name, v.name) for v in seen] == [("School", "Ana"), ("School", "Boris")]
        assert await memberships.coordinators_seen_by(session, stranger.id) == []

        remove = memberships.remove_coordinator
        assert await remove(session, other.id, olga, by_person_id=ana, now=now) is Removal.NOT_ALLOWED
        assert await remove(session, school.id, olga, by_person_id=ana, now=now) is Removal.NOT_ALLOWED
        assert (
            await remove(session, school.id, boris, by_person_id=stranger.id, now=now) is Removal.NOT_ALLOWED
        )
        assert await remove(session, other.id, olga, by_person_id=olga, now=now) is Removal.LAST
        assert await _outbox(session) == []

        assert await remove(session, school.id, boris, by_person_id=ana, now=now) is Removal.REMOVED
        await session.commit()
        assert await memberships.coordinator_ids(session, school.id) == [ana]
        assert await _outbox(session) == [(boris, "coordinator_removed", '{"org": "School", "by": "Ana"}')]
        assert await remove(session, school.id, ana, by_person_id=ana, now=now) is Removal.LAST
        assert await memberships.coordinator_ids(session, other.id) == [olga]


async def test_two_coordinators_removing_each_other_at_once_leave_one(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        org = await organisations.get_or_create(session, "Race")
        ana = await _coordinator(session, 1, "Ana", org.id)
        boris = await _coordinator(session, 2, "Boris", org.id)
        await session.commit()

    async def remove(person_id: int, by: int) -> Removal:
        async with factory() as session:
            outcome = await memberships.remove_coordinator(
                session, org.id, person_id, by_person_id=by, now=utcnow()
            )
            await asyncio.sleep(0.05)  # the other removal runs meanwhile
            await session.commit()
            return outcome

    outcomes = await asyncio.gather(remove(boris, ana), remove(ana, boris))
    async with factory() as session:
        left = await memberships.coordinator_ids(session, org.id)
    assert len(left) == 1 and outcomes.count(Removal.REMOVED) == 1, outcomes
