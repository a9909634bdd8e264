"""Single-use invite codes. Only a hash of each code is stored; redeeming is race-safe."""

from __future__ import annotations

import enum
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Channel, Invite, Pair, Person, Role
from storage.repo import concerns, memberships, pairs, people

CODE_BYTES = 18  # 24 URL-safe characters: fits Telegram's 64-character start parameter


def hash_code(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def new_code() -> str:
    return secrets.token_urlsafe(CODE_BYTES)


async def create(
    session: AsyncSession,
    *,
    org_id: int,
    role: Role,
    expires_at: datetime,
    programme_id: int | None = None,
    pair_id: int | None = None,
    safeguarding_lead: bool = False,
    channel: Channel = Channel.TELEGRAM,
) -> str:
    """Store a new invite and return its code (the only time the code is seen). `safeguarding_lead`: a
    coordinator invite that makes its taker the organisation's safeguarding lead."""
    code = new_code()
    session.add(
        Invite(
            code_hash=hash_code(code),
            org_id=org_id,
            role=role,
            programme_id=programme_id,
            pair_id=pair_id,
            expires_at=expires_at,
            safeguarding_lead=safeguarding_lead and role is Role.COORDINATOR,
            channel=channel,
        )
    )
    await session.flush()
    return code


async def redeemed_by(session: AsyncSession, code: str) -> int | None:
    """The person who used the invite with this code, if anyone has."""
    found: int | None = await session.scalar(
        select(Invite.used_by).where(Invite.code_hash == hash_code(code))
    )
    return found


async def why_refused(session: AsyncSession, code: str, channel: Channel, now: datetime) -> Outcome | None:
    """What is wrong with the link itself, whoever opens it (unknown here, used, expired); None when the
    link is fine and a refusal was about the person (their own pair, a minor and a staff link)."""
    invite: Invite | None = await session.scalar(select(Invite).where(Invite.code_hash == hash_code(code)))
    if invite is None or invite.channel is not channel:
        return Outcome.UNKNOWN
    if invite.used_at is not None:
        return Outcome.USED
    if invite.expires_at <= now:
        return Outcome.EXPIRED
    return None


class Outcome(enum.StrEnum):
    JOINED = "joined"
    ALREADY_YOURS = "already_yours"
    UNKNOWN = "unknown"
    USED = "used"
    EXPIRED = "expired"
    SELF_PAIR = "self_pair"
    STAFF_MINOR = "staff_minor"  # a staff link (coordinator) opened by someone known to be under 18


@dataclass(frozen=True)
class Redemption:
    outcome: Outcome
    person: Person | None = None
    role: Role | None = None
    new_person: bool = False


def _seat_name(invite: Invite, pair: Pair | None, fallback: str) -> str:
    if pair is None:
        return fallback
    seat = pair.mentor_name if invite.role is Role.MENTOR else pair.mentee_name
    return seat or fallback  # a seat's name is gone once its person erased their data


async def redeem(
    session: AsyncSession,
    code: str,
    *,
    telegram_id: int,
    telegram_name: str,
    now: datetime,
    channel: Channel = Channel.TELEGRAM,
) -> Redemption:
    """Use the invite for the Telegram user (or the web channel's person with that chat id). Anything but
    JOINED changes nothing (a refused link stays unused for the person it was meant for). Whoever takes a
    staff role is announced to the organisation's other coordinators, in this same transaction. A link is
    redeemed only in its own channel: elsewhere it is unknown."""
    invite: Invite | None = await session.scalar(select(Invite).where(Invite.code_hash == hash_code(code)))
    if invite is None or invite.channel is not channel:
        return Redemption(Outcome.UNKNOWN)
    if invite.used_at is not None:
        person = await people.by_telegram_id(session, telegram_id)
        if person is not None and invite.used_by == person.id:
            return Redemption(Outcome.ALREADY_YOURS, person, invite.role)
        return Redemption(Outcome.USED)
    if invite.expires_at <= now:
        return Redemption(Outcome.EXPIRED)
    pair = await session.get(Pair, invite.pair_id) if invite.pair_id is not None else None
    existing = await people.by_telegram_id(session, telegram_id)
    if pair is not None and existing is not None and existing.id in (pair.mentor_id, pair.mentee_id):
        return Redemption(Outcome.SELF_PAIR)
    staff = invite.role in memberships.STAFF_ROLES
    if staff and existing is not None and await memberships.is_known_minor(session, existing.id):
        return Redemption(Outcome.STAFF_MINOR)

    claimed = await session.execute(
        update(Invite).where(Invite.id == invite.id, Invite.used_at.is_(None)).values(used_at=now)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        return Redemption(Outcome.USED)
    person, created = await people.get_or_create(
        session, telegram_id, _seat_name(invite, pair, telegram_name)
    )
    invite.used_by = person.id
    person.channel = channel
    announce = staff and (
        created or not await memberships.holds(session, person.id, invite.org_id, invite.role)
    )
    membership = await memberships.add(session, person.id, invite.org_id, invite.role, invite.programme_id)
    if invite.safeguarding_lead:
        membership.safeguarding_lead = True
    if announce:
        await memberships.tell_coordinators_of_new_staff(
            session,
            invite.org_id,
            person,
            invite.role,
            key=f"invite:{invite.id}",
            now=now,
            lead=invite.safeguarding_lead,
        )
    if invite.role is Role.COORDINATOR:  # open concerns reach a new coordinator at once
        await concerns.alert_new_coordinator(session, invite.org_id, person.id, now)
    if pair is not None:
        await pairs.join(session, pair, invite.role, person.id, now)
    await session.flush()
    return Redemption(Outcome.JOINED, person, invite.role, created)


@dataclass(frozen=True)
class SeatInvite:
    role: Role
    name: str
    code: str
    channel: Channel = Channel.TELEGRAM


async def for_pair(
    session: AsyncSession,
    pair: Pair,
    org_id: int,
    expires_at: datetime,
    *,
    mentee_channel: Channel = Channel.TELEGRAM,
) -> list[SeatInvite]:
    """One invite for each empty seat of the pair (the mentor's seat may be taken already); the mentee's
    in `mentee_channel`."""
    seats = []
    if pair.mentor_id is None:
        seats.append((Role.MENTOR, pair.mentor_name))
    if pair.mentee_id is None:
        seats.append((Role.MENTEE, pair.mentee_name))
    result = []
    for role, name in seats:
        channel = mentee_channel if role is Role.MENTEE else Channel.TELEGRAM
        code = await create(
            session,
            org_id=org_id,
            role=role,
            expires_at=expires_at,
            programme_id=pair.programme_id,
            pair_id=pair.id,
            channel=channel,
        )
        result.append(SeatInvite(role, name, code, channel))
    return result
