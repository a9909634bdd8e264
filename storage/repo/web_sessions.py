"""Devices signed in to the web channel (issue #24, docs/web-channel.md).

A session's token is 32 random bytes (256 bits); only its SHA-256 is stored, so a copy of the database
opens no session. Each session also has a CSRF token the page sends with every state-changing request. A
session is used until it expires (renewed on use, at most once a day), its person signs out on that
device, a coordinator ends the person's sessions, or the person redeems a new invite.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Channel, Person, WebSession

TOKEN_BYTES = 32
RENEW_AFTER = timedelta(days=1)
# Web people's chat ids: a range Telegram never gives out, below 2**53 (the page's JavaScript reads them
# exactly); the last part is random, so an id says nothing about how many people there are.
WEB_ID_BASE = 8 * 10**15
WEB_ID_SPAN = 10**15


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_web_id() -> int:
    return WEB_ID_BASE + secrets.randbelow(WEB_ID_SPAN)


def is_web_id(chat_id: int) -> bool:
    return WEB_ID_BASE <= chat_id < WEB_ID_BASE + WEB_ID_SPAN


@dataclass(frozen=True)
class Opened:
    """A new session: the token for the cookie (the only time it is seen) and the CSRF token."""

    token: str
    csrf_token: str


@dataclass(frozen=True)
class Signed:
    """A valid session: whose it is and what the page must send back."""

    session_id: int
    person_id: int
    chat_id: int
    csrf_token: str
    expires_at: datetime


async def open_session(session: AsyncSession, person_id: int, now: datetime, lasting: timedelta) -> Opened:
    """A new device session for the person."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    csrf = secrets.token_urlsafe(TOKEN_BYTES)
    session.add(
        WebSession(
            token_hash=hash_token(token),
            csrf_token=csrf,
            person_id=person_id,
            created_at=now,
            last_used_at=now,
            expires_at=now + lasting,
        )
    )
    await session.flush()
    return Opened(token, csrf)


async def signed_in(session: AsyncSession, token: str, now: datetime, lasting: timedelta) -> Signed | None:
    """The session behind a cookie's token, if it is still valid; used today, it lasts `lasting` from now."""
    row = (
        await session.execute(
            select(WebSession, Person.telegram_id)
            .join(Person, Person.id == WebSession.person_id)
            .where(
                WebSession.token_hash == hash_token(token),
                WebSession.ended_at.is_(None),
                WebSession.expires_at > now,
                Person.channel == Channel.WEB,
            )
        )
    ).first()
    if row is None:
        return None
    found, chat_id = row
    if now - found.last_used_at >= RENEW_AFTER:
        found.last_used_at = now
        found.expires_at = now + lasting
        await session.flush()
    return Signed(found.id, found.person_id, chat_id, found.csrf_token, found.expires_at)


def csrf_matches(signed: Signed, sent: str | None) -> bool:
    """The CSRF token the page sent is the session's (compared in constant time)."""
    return sent is not None and hmac.compare_digest(signed.csrf_token.encode(), sent.encode())


async def sign_out(session: AsyncSession, session_id: int, now: datetime) -> None:
    """This device only."""
    await session.execute(
        update(WebSession)
        .where(WebSession.id == session_id, WebSession.ended_at.is_(None))
        .values(ended_at=now)
    )


async def end_all(session: AsyncSession, person_id: int, now: datetime) -> int:
    """Every device of the person (a lost phone, a new invite, a move to Telegram); how many were open."""
    result = await session.execute(
        update(WebSession)
        .where(
            WebSession.person_id == person_id,
            WebSession.ended_at.is_(None),
            WebSession.expires_at > now,  # an expired one opens nothing already
        )
        .values(ended_at=now)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
