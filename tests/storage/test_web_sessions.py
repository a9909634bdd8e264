"""The web channel's ground (issue #24): device sessions whose tokens are never stored, which expire, renew
on use and end; invites bound to their channel. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import make_session_factory
from storage.models import Channel, Person, Role, WebSession
from storage.repo import invites, organisations, web_sessions
from storage.repo.invites import Outcome

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
LASTING = timedelta(days=180)


async def web_person(session, name: str = "Ivo") -> Person:
    person = Person(telegram_id=web_sessions.new_web_id(), name=name, channel=Channel.WEB)
    session.add(person)
    await session.flush()
    return person


async def test_a_session_opens_with_an_unguessable_token_that_is_never_stored(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        ivo = await web_person(session)
        opened = await web_sessions.open_session(session, ivo.id, T0, LASTING)
        other = await web_sessions.open_session(session, ivo.id, T0, LASTING)
        await session.commit()
        assert len(opened.token) >= 43 and opened.token != other.token  # 32 random bytes, base64
        stored = list(await session.scalars(select(WebSession.token_hash)))
        assert opened.token not in stored and web_sessions.hash_token(opened.token) in stored
        signed = await web_sessions.signed_in(session, opened.token, T0 + timedelta(hours=1), LASTING)
        assert signed is not None and signed.person_id == ivo.id and signed.chat_id == ivo.telegram_id
        assert web_sessions.is_web_id(signed.chat_id) and signed.chat_id < 2**53
        assert await web_sessions.signed_in(session, opened.token + "x", T0, LASTING) is None
        assert await web_sessions.signed_in(session, "", T0, LASTING) is None


async def test_csrf_token_must_match_the_sessions(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        ivo = await web_person(session)
        mine = await web_sessions.open_session(session, ivo.id, T0, LASTING)
        theirs = await web_sessions.open_session(session, (await web_person(session, "Ana")).id, T0, LASTING)
        signed = await web_sessions.signed_in(session, mine.token, T0, LASTING)
        assert signed is not None
        assert web_sessions.csrf_matches(signed, mine.csrf_token)
        assert not web_sessions.csrf_matches(signed, theirs.csrf_token)
        assert not web_sessions.csrf_matches(signed, None) and not web_sessions.csrf_matches(signed, "")


async def test_a_session_expires_renews_on_use_once_a_day_and_ends(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        ivo = await web_person(session)
        phone = await web_sessions.open_session(session, ivo.id, T0, LASTING)
        laptop = await web_sessions.open_session(session, ivo.id, T0, LASTING)
        await session.commit()
        later = T0 + timedelta(days=100)
        renewed = await web_sessions.signed_in(session, phone.token, later, LASTING)
        assert renewed is not None and renewed.expires_at == later + LASTING
        again = await web_sessions.signed_in(session, phone.token, later + timedelta(hours=2), LASTING)
        assert again is not None and again.expires_at == later + LASTING  # not written twice a day
        # the laptop was not used: it expired 180 days after it opened
        assert await web_sessions.signed_in(session, laptop.token, T0 + LASTING, LASTING) is None
        assert await web_sessions.signed_in(session, phone.token, T0 + LASTING, LASTING) is not None
        await web_sessions.sign_out(session, renewed.session_id, later)
        assert await web_sessions.signed_in(session, phone.token, later, LASTING) is None
        tablet = await web_sessions.open_session(session, ivo.id, later, LASTING)
        assert await web_sessions.end_all(session, ivo.id, later) == 2  # a lost phone: the tablet, the laptop
        assert await web_sessions.signed_in(session, tablet.token, later, LASTING) is None
        assert await web_sessions.signed_in(session, laptop.token, later, LASTING) is None


async def test_a_session_of_someone_moved_back_to_telegram_opens_nothing(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        ivo = await web_person(session)
        opened = await web_sessions.open_session(session, ivo.id, T0, LASTING)
        ivo.channel = Channel.TELEGRAM
        await session.flush()
        assert await web_sessions.signed_in(session, opened.token, T0, LASTING) is None


async def test_an_invite_is_redeemed_only_in_its_own_channel(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        org = await organisations.get_or_create(session, "School One")
        web_code = await invites.create(
            session,
            org_id=org.id,
            role=Role.COORDINATOR,
            expires_at=T0 + timedelta(days=7),
            channel=Channel.WEB,
        )
        telegram_code = await invites.create(
            session, org_id=org.id, role=Role.COORDINATOR, expires_at=T0 + timedelta(days=7)
        )
        refused = await invites.redeem(session, web_code, telegram_id=5001, telegram_name="Ana", now=T0)
        assert refused.outcome is Outcome.UNKNOWN  # a web link opened in Telegram
        web_id = web_sessions.new_web_id()
        refused = await invites.redeem(
            session, telegram_code, telegram_id=web_id, telegram_name="Ana", now=T0, channel=Channel.WEB
        )
        assert refused.outcome is Outcome.UNKNOWN
        joined = await invites.redeem(
            session, web_code, telegram_id=web_id, telegram_name="Ana", now=T0, channel=Channel.WEB
        )
        assert joined.outcome is Outcome.JOINED and joined.person is not None
        assert joined.person.channel is Channel.WEB and joined.person.telegram_id == web_id
        still = await invites.redeem(session, telegram_code, telegram_id=5001, telegram_name="Boris", now=T0)
        assert still.outcome is Outcome.JOINED and still.person is not None
        assert still.person.channel is Channel.TELEGRAM
