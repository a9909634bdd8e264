"""The one pair factory of the tests: an organisation, a programme, a mentoring pair, and whichever of its
two people have joined it, with their invite links, memberships, language and consent when a test needs them.

`make_pair` and `make_programme` build in an open session (flushed; the caller commits) or, given a session
factory, in a session of their own (committed). `join_pair` builds a pair whose people then join it through
the chat, as they would: the invite link, the language, the privacy notice."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import Pair, Person, Programme, ProgrammeKind, Role
from storage.repo import consent, invites, memberships, organisations, pairs, people, programmes
from storage.timeutil import utcnow

if TYPE_CHECKING:
    from tests.harness import Harness
    from tests.harness import Person as ChatPerson

SessionOrFactory = AsyncSession | async_sessionmaker[AsyncSession]
T = TypeVar("T")

ORG = "School One"
PROGRAMME = "Inclusive teaching"
SCHOOL_YEAR = (date(2026, 9, 1), date(2027, 6, 30))
TIMEZONE = "Europe/Sofia"
INVITE_DAYS = 7


@dataclass(frozen=True)
class MadePair:
    row: Pair  # the pair itself (not expired on commit: its columns stay readable)
    id: int
    org_id: int
    programme_id: int
    mentor: int | None  # the person ids of those who have joined
    mentee: int | None
    codes: dict[Role, str] = field(default_factory=dict)  # the invite codes made, by seat


async def _in(target: SessionOrFactory, build: Callable[[AsyncSession], Awaitable[T]]) -> T:
    if isinstance(target, AsyncSession):
        return await build(target)
    async with target() as session:
        made = await build(session)
        await session.commit()
        return made


async def make_programme(
    session_or_factory: SessionOrFactory,
    *,
    org: str = ORG,
    name: str = PROGRAMME,
    kind: ProgrammeKind = ProgrammeKind.TEACHER,
    start: date = SCHOOL_YEAR[0],
    end: date = SCHOOL_YEAR[1],
    timezone: str = TIMEZONE,
) -> Programme:
    """A programme of the organisation `org` (made if new)."""

    async def build(session: AsyncSession) -> Programme:
        organisation = await organisations.get_or_create(session, org)
        return await programmes.create(
            session,
            org_id=organisation.id,
            name=name,
            kind=kind,
            start_date=start,
            end_date=end,
            timezone=timezone,
        )

    return await _in(session_or_factory, build)


async def make_pair(
    session_or_factory: SessionOrFactory,
    *,
    programme: Programme | int | None = None,
    kind: ProgrammeKind = ProgrammeKind.TEACHER,
    org: str = ORG,
    programme_name: str = PROGRAMME,
    start: date = SCHOOL_YEAR[0],
    end: date = SCHOOL_YEAR[1],
    timezone: str = TIMEZONE,
    mentor: str = "Maria",
    mentee: str = "Ivan",
    minor: bool = False,
    mentor_tg: int | None = None,
    mentee_tg: int | None = None,
    mentor_person: int | None = None,
    mentee_person: int | None = None,
    mentor_as: str | None = None,
    mentee_as: str | None = None,
    mentee_fields: Mapping[str, object] | None = None,
    joined_at: datetime | None = None,
    member: bool = False,
    invite_days: int | None = None,
    by_invite: bool = False,
    locale: str | None = None,
    consented: bool = False,
) -> MadePair:
    """A pair in `programme` (an existing one, or a new one made from `kind`, `org`, `programme_name`, the
    dates and the time zone), with the names the coordinator typed: `mentor` and `mentee`; a `minor` mentee
    comes with the coordinator's word on parental consent.

    A side has joined when it is given a Telegram id (`mentor_tg`: the person is made if new, named
    `mentor_as` or else as typed) or an existing person's id (`mentor_person`); it joined at `joined_at`
    (now if None), and the pair started when both had. `mentee_fields` are set on the mentee's person
    (`reachable=False`, ...).

    Joined people are seated directly, unless `by_invite`: then each joins by redeeming their seat's
    invite link, as the bot does at /start (the invite used, a membership of the programme). With `member`
    directly seated people get that membership too. `invite_days` makes invite links of the empty seats
    that long valid (their codes in `codes`). Joined people may have chosen a `locale` and, if `consented`,
    agreed to the privacy notice."""
    if by_invite and (mentor_person is not None or mentee_person is not None):
        raise ValueError("people join by an invite with their Telegram id")

    async def build(session: AsyncSession) -> MadePair:
        if programme is None:
            where = await make_programme(
                session, org=org, name=programme_name, kind=kind, start=start, end=end, timezone=timezone
            )
        elif isinstance(programme, int):
            where = await programmes.get(session, programme)
        else:
            where = programme
        now = joined_at or utcnow()
        pair = await pairs.create(
            session,
            programme_id=where.id,
            mentor_name=mentor,
            mentee_name=mentee,
            mentee_minor=minor,
            parental_consent=minor,
        )
        expires_at = utcnow() + timedelta(days=invite_days or INVITE_DAYS)
        codes = await _invites(session, pair, where.org_id, expires_at) if by_invite else {}
        joined: dict[Role, int | None] = {Role.MENTOR: None, Role.MENTEE: None}
        for role, telegram_id, person_id, name, fields in (
            (Role.MENTOR, mentor_tg, mentor_person, mentor_as or mentor, None),
            (Role.MENTEE, mentee_tg, mentee_person, mentee_as or mentee, mentee_fields),
        ):
            if telegram_id is not None and by_invite:
                redeemed = await invites.redeem(
                    session, codes[role], telegram_id=telegram_id, telegram_name=name, now=now
                )
                assert redeemed.person is not None, f"the {role} could not join: {redeemed.outcome}"
                person_id = redeemed.person.id
            elif telegram_id is not None or person_id is not None:
                if telegram_id is not None:
                    person_id = (await people.get_or_create(session, telegram_id, name, locale))[0].id
                assert person_id is not None
                await pairs.join(session, pair, role, person_id, now)
                if member:
                    await memberships.add(session, person_id, where.org_id, role, where.id)
            else:
                continue
            joined[role] = person_id
            await _settle(session, person_id, fields, locale, consented, now)
        if invite_days is not None and not by_invite:
            codes = await _invites(session, pair, where.org_id, expires_at)
        return MadePair(
            pair, pair.id, where.org_id, where.id, joined[Role.MENTOR], joined[Role.MENTEE], codes
        )

    return await _in(session_or_factory, build)


async def _invites(session: AsyncSession, pair: Pair, org_id: int, expires_at: datetime) -> dict[Role, str]:
    return {seat.role: seat.code for seat in await invites.for_pair(session, pair, org_id, expires_at)}


async def _settle(
    session: AsyncSession,
    person_id: int,
    fields: Mapping[str, object] | None,
    locale: str | None,
    consented: bool,
    now: datetime,
) -> None:
    person = await session.get(Person, person_id)  # in the session already: no query
    assert person is not None
    for key, value in (fields or {}).items():
        setattr(person, key, value)
    if locale is not None:
        person.locale = locale  # no UPDATE if the person was made with it
    await session.flush()
    if consented:
        from dialogs.onboarding import PRIVACY_NOTICE_VERSION  # the storage tests need no dialogs

        await consent.give(session, person_id, PRIVACY_NOTICE_VERSION, now)


async def join_pair(
    h: Harness,
    mentor_tg: int,
    mentee_tg: int,
    *,
    kind: ProgrammeKind = ProgrammeKind.TEACHER,
    org: str = ORG,
    programme_name: str = PROGRAMME,
    start: date = SCHOOL_YEAR[0],
    end: date = SCHOOL_YEAR[1],
    mentor: str = "Maria",
    mentee: str = "Ivan",
    minor: bool = False,
    mentee_first: bool = False,
    later: bool = True,
) -> tuple[ChatPerson, ChatPerson]:
    """(mentor, mentee): a new pair, made as `make_pair` makes it, whose people open their invite links in
    the chat (the mentor first unless `mentee_first`), choose English and agree to the privacy notice; a
    mentee's first questionnaire is put off if `later`."""
    from tests.harness import join  # here: tests.harness imports this module

    made = await make_pair(
        h.session_factory,
        kind=kind,
        org=org,
        programme_name=programme_name,
        start=start,
        end=end,
        mentor=mentor,
        mentee=mentee,
        minor=minor,
        invite_days=INVITE_DAYS,
    )
    seated = {Role.MENTOR: h.person(mentor_tg, mentor), Role.MENTEE: h.person(mentee_tg, mentee)}
    for role in (Role.MENTEE, Role.MENTOR) if mentee_first else (Role.MENTOR, Role.MENTEE):
        await join(h, seated[role], made.codes[role], later=later)
    return seated[Role.MENTOR], seated[Role.MENTEE]
