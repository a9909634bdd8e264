"""Joining with an invite link: language, privacy notice, the role's menu; bad links change nothing."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import ConsentRecord, Invite, Membership, Pair, Person, ProgrammeKind, Role
from storage.repo import invites, organisations
from storage.timeutil import utcnow
from tests.harness import Harness, coordinator_invite, pair_invites, seed_programme


async def _count(factory: async_sessionmaker[AsyncSession], model: type) -> int:
    async with factory() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_mentee_joins_chooses_language_accepts_privacy_and_sees_pair(session_factory):
    _, programme_id = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT, name="Peer support")
    codes = await pair_invites(session_factory, programme_id, mentor="Elena", mentee="Ivo", minor=True)
    async with Harness(session_factory) as h:
        ivo = h.person(501, "Ivo-from-Telegram")
        await ivo.send(f"/start {codes[Role.MENTEE]}")

        assert "Welcome, Ivo!" in h.screen(501)  # the name the coordinator gave, not Telegram's
        assert "English" in h.buttons(501)
        await h.tap(ivo, "English")

        notice = h.screen(501)
        assert "Your privacy" in notice and "never promise to keep that secret" in notice
        assert h.buttons(501) == ["✔ I agree", "Not now"]
        await h.tap(ivo, "✔ I agree")
        assert "What do you hope to get from having a peer mentor?" in h.screen(501)  # the intake comes first
        await h.tap(ivo, "⏸ Later")

        menu = h.screen(501)
        assert "Main menu" in menu
        assert "Peer support" in menu and "your mentor: Elena (has not joined yet)" in menu
        assert "Stage: Setting up – getting to know each other" in menu
        assert "📋 Programmes" not in h.buttons(501)  # not a coordinator

    async with session_factory() as session:
        consent = (await session.scalars(select(ConsentRecord))).one()
        assert consent.notice_version == "2026-12" and consent.withdrawn_at is None
        person = (await session.scalars(select(Person))).one()
        assert (person.telegram_id, person.name, person.locale) == (501, "Ivo", "en")
        pair = (await session.scalars(select(Pair))).one()
        assert pair.mentee_id == person.id and pair.started_at is None


async def test_mentor_sees_mentee_once_both_joined_and_pair_starts(session_factory):
    _, programme_id = await seed_programme(session_factory)
    codes = await pair_invites(session_factory, programme_id, mentor="Maria", mentee="Giulia")
    async with Harness(session_factory) as h:
        for user_id, role in ((601, Role.MENTEE), (602, Role.MENTOR)):
            person = h.person(user_id)
            await person.send(f"/start {codes[role]}")
            await h.tap(person, "English")
            await h.tap(person, "✔ I agree")
        menu = h.screen(602)
        assert "Inclusive teaching" in menu and "your mentee: Giulia" in menu
        assert "not joined" not in menu
    async with session_factory() as session:
        pair = (await session.scalars(select(Pair))).one()
        assert pair.started_at is not None


async def test_coordinator_joins_and_gets_coordinator_menu(session_factory):
    code = await coordinator_invite(session_factory, org="Lyceum 94")
    async with Harness(session_factory) as h:
        ana = h.person(701, "Ana")
        await ana.send(f"/start {code}")
        await h.tap(ana, "English")
        await h.tap(ana, "✔ I agree")
        menu = h.screen(701)
        assert "You coordinate 0 programmes at Lyceum 94" in menu
        assert {"📋 Programmes", "➕ New programme", "👥 New pair"} <= set(h.buttons(701))
    async with session_factory() as session:
        membership = (await session.scalars(select(Membership))).one()
        assert membership.role is Role.COORDINATOR and membership.programme_id is None


async def test_used_link_is_refused_and_changes_nothing(session_factory):
    code = await coordinator_invite(session_factory)
    async with Harness(session_factory) as h:
        first = h.person(801, "First")
        await first.send(f"/start {code}")
        people_before = await _count(session_factory, Person)
        second = h.person(802, "Second")
        await second.send(f"/start {code}")
        assert "already been used" in h.last_reply(802)
        assert await _count(session_factory, Person) == people_before
        assert await _count(session_factory, Membership) == 1


async def test_expired_and_unknown_links_are_refused(session_factory):
    async with session_factory() as session:
        org = await organisations.get_or_create(session, "School")
        expired = await invites.create(
            session, org_id=org.id, role=Role.COORDINATOR, expires_at=utcnow() - timedelta(minutes=1)
        )
        await session.commit()
    async with Harness(session_factory) as h:
        someone = h.person(901)
        await someone.send(f"/start {expired}")
        assert "has expired" in h.last_reply(901)
        await someone.send("/start not-a-real-code")
        assert "not valid" in h.last_reply(901)
        await someone.send("/start " + "x" * 300)
        assert "not valid" in h.last_reply(901)
    assert await _count(session_factory, Person) == 0
    async with session_factory() as session:
        invite = (await session.scalars(select(Invite))).one()
        assert invite.used_at is None


async def test_declining_privacy_keeps_bot_quiet_until_agreed(session_factory):
    code = await coordinator_invite(session_factory)
    async with Harness(session_factory) as h:
        ana = h.person(1001)
        await ana.send(f"/start {code}")
        await h.tap(ana, "English")
        await h.tap(ana, "Not now")
        assert "cannot keep your notes" in h.screen(1001)
        await ana.send("/menu")  # no menu without agreement: the notice again
        assert "Your privacy" in h.screen(1001)
        await h.tap(ana, "✔ I agree")
        assert "Main menu" in h.screen(1001)
    assert await _count(session_factory, ConsentRecord) == 1
