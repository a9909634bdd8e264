"""Concern reports as cases (issue #23): visible only to the reporter and to the coordinators of the
organisation (and its safeguarding lead, a coordinator marked so).

A case moves new -> read -> in progress -> closed. Each change, internal note and message of the thread with
the reporter is a `ConcernEvent` (who and when). What someone must be told goes through the outbox, with
keys that say what it is about: `concern:{id}:...` reach coordinators (alerts, reminders, the reporter's
answers: they count as "someone was told"), `concern-news:{id}:...` reach the reporter. No outbox row
carries what anyone wrote: the text stays in the case and is read in the bot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Exists, Select, String, cast, exists, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from storage.errors import NotFound
from storage.models import (
    CaseEventKind,
    CaseOutcome,
    CaseState,
    Concern,
    ConcernEvent,
    Membership,
    Organisation,
    OutboxMessage,
    OutboxStatus,
    Pair,
    Person,
    Programme,
    Role,
)
from storage.repo import outbox

OPEN_STATES = (CaseState.NEW, CaseState.READ, CaseState.IN_PROGRESS)
NEWS = "concern-news"  # the key prefix of what the reporter is told


@dataclass(frozen=True)
class ConcernView:
    """A concern as a coordinator sees it."""

    id: int
    org_id: int
    text: str
    created_at: datetime
    handled_at: datetime | None  # closed
    reporter_name: str | None
    reporter_role: Role | None
    programme_id: int | None
    programme_name: str | None
    pair_id: int | None
    pair_paused: bool
    state: CaseState = CaseState.NEW
    outcome: CaseOutcome | None = None
    closing_note: str | None = None
    last_activity_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.state is not CaseState.CLOSED

    def since(self) -> datetime:
        """When the case entered its present state's clock: created (new), last touched (otherwise)."""
        if self.state is CaseState.NEW or self.last_activity_at is None:
            return self.created_at
        return self.last_activity_at


@dataclass(frozen=True)
class EventView:
    """One line of a case's trail."""

    id: int
    at: datetime
    kind: CaseEventKind
    actor_name: str | None
    by_reporter: bool
    text: str | None


async def report(
    session: AsyncSession, *, reporter_id: int, pair: Pair, org_id: int, text: str, now: datetime
) -> Concern:
    concern = Concern(
        org_id=org_id,
        programme_id=pair.programme_id,
        pair_id=pair.id,
        reporter_id=reporter_id,
        text=text,
        created_at=now,
        state=CaseState.NEW,
        last_activity_at=now,
    )
    session.add(concern)
    await session.flush()
    return concern


async def alert_recipients(session: AsyncSession, org_id: int) -> list[int]:
    """The people a concern of the organisation is sent to: its coordinators (the safeguarding lead is
    one) the bot can reach."""
    result = await session.scalars(
        select(Membership.person_id)
        .join(Person, Person.id == Membership.person_id)
        .where(
            Membership.org_id == org_id,
            Membership.role == Role.COORDINATOR,
            Person.reachable.is_(True),
        )
        .order_by(Membership.person_id)
    )
    return list(dict.fromkeys(result))


async def leads(session: AsyncSession, org_id: int) -> list[int]:
    """The organisation's safeguarding leads (people), reachable or not."""
    result = await session.scalars(
        select(Membership.person_id).where(
            Membership.org_id == org_id,
            Membership.role == Role.COORDINATOR,
            Membership.safeguarding_lead.is_(True),
        )
    )
    return list(dict.fromkeys(result))


async def alert(
    session: AsyncSession, concern: Concern, programme_name: str, role: Role, now: datetime
) -> int:
    """Queue the concern's alert for everyone it goes to; how many that is (0: nobody can be told)."""
    recipients = await alert_recipients(session, concern.org_id)
    for person_id in recipients:
        await outbox.enqueue(
            session,
            recipient_id=person_id,
            kind="concern_alert",
            key=f"concern:{concern.id}:{person_id}",
            due_at=now,
            payload={"concern_id": concern.id, "programme": programme_name, "role": role.value},
        )
    return len(recipients)


async def signal_urgent(
    session: AsyncSession,
    *,
    org_id: int,
    pair_id: int,
    mentor: str,
    mentee: str,
    programme_name: str,
    now: datetime,
) -> int:
    """With URGENT_WORDS_SIGNAL on: tell the organisation's coordinators that someone in a pair wrote an
    urgent phrase; names of the pair only, never the text (dialogs/urgent.py). How many were queued."""
    recipients = await alert_recipients(session, org_id)
    stamp = now.isoformat()
    for person_id in recipients:
        await outbox.enqueue(
            session,
            recipient_id=person_id,
            kind="urgent_signal",
            key=f"urgent:{pair_id}:{stamp}:{person_id}",
            due_at=now,
            payload={"mentor": mentor, "mentee": mentee, "programme": programme_name},
        )
    return len(recipients)


def _reporter_role(reporter_id: int | None, mentor_id: int | None) -> Role:
    return Role.MENTOR if reporter_id is not None and reporter_id == mentor_id else Role.MENTEE


async def alert_new_coordinator(session: AsyncSession, org_id: int, person_id: int, now: datetime) -> int:
    """A coordinator joined: the organisation's open concerns are sent to them too (a concern reported
    while nobody could be told reaches the first coordinator at once). How many were queued."""
    rows = (
        await session.execute(
            select(Concern.id, Programme.name, Pair.mentor_id, Concern.reporter_id)
            .outerjoin(Programme, Programme.id == Concern.programme_id)
            .outerjoin(Pair, Pair.id == Concern.pair_id)
            .where(Concern.org_id == org_id, Concern.state.in_(OPEN_STATES))
            .order_by(Concern.id)
        )
    ).all()
    queued = 0
    for concern_id, programme_name, mentor_id, reporter_id in rows:
        queued += await outbox.enqueue(
            session,
            recipient_id=person_id,
            kind="concern_alert",
            key=f"concern:{concern_id}:{person_id}",
            due_at=now,
            payload={
                "concern_id": concern_id,
                "programme": programme_name or "",
                "role": _reporter_role(reporter_id, mentor_id).value,
            },
        )
    return queued


# --- nobody forgets a concern ---------------------------------------------------------------------------

DAY = timedelta(days=1)
STALE_AFTER = timedelta(days=7)


async def enqueue_unread_reminders(session: AsyncSession, now: datetime, read_after: timedelta) -> int:
    """For every unread concern: its reminder `read_after` after it was reported, and the next daily one
    (24 h, 48 h, ...), queued ahead for every coordinator and lead who can be reached. The keys make each
    once; the sender drops them if the case has been read by then. How many rows were made."""
    rows = (
        await session.execute(
            select(
                Concern.id,
                Concern.org_id,
                Concern.created_at,
                Programme.name,
                Pair.mentor_id,
                Concern.reporter_id,
            )
            .outerjoin(Programme, Programme.id == Concern.programme_id)
            .outerjoin(Pair, Pair.id == Concern.pair_id)
            .where(Concern.state == CaseState.NEW)
        )
    ).all()
    made = 0
    recipients: dict[int, list[int]] = {}
    for concern_id, org_id, created_at, programme_name, mentor_id, reporter_id in rows:
        if org_id not in recipients:
            recipients[org_id] = await alert_recipients(session, org_id)
        next_day = int((now - created_at) / DAY) + 1
        due = [(0, created_at + read_after), (next_day, created_at + next_day * DAY)]
        for number, due_at in due:
            for person_id in recipients[org_id]:
                made += await outbox.enqueue(
                    session,
                    recipient_id=person_id,
                    kind="concern_reminder",
                    key=f"concern:{concern_id}:remind:{number}:{person_id}",
                    due_at=due_at,
                    payload={
                        "concern_id": concern_id,
                        "programme": programme_name or "",
                        "role": _reporter_role(reporter_id, mentor_id).value,
                        "reported": created_at.isoformat(),
                    },
                )
    return made


async def enqueue_stale_reminders(session: AsyncSession, now: datetime) -> int:
    """A case in progress with no note, message or change for 7 days reminds the coordinator who last
    acted on it (or, if they are gone, every coordinator), and the lead. Once per quiet spell."""
    rows = (
        await session.execute(
            select(
                Concern.id, Concern.org_id, Concern.last_activity_at, Concern.last_actor_id, Programme.name
            )
            .outerjoin(Programme, Programme.id == Concern.programme_id)
            .where(Concern.state == CaseState.IN_PROGRESS, Concern.last_activity_at <= now - STALE_AFTER)
        )
    ).all()
    made = 0
    for concern_id, org_id, last_activity_at, last_actor_id, programme_name in rows:
        if last_activity_at is None:
            continue
        reachable = await alert_recipients(session, org_id)
        chosen = [last_actor_id] if last_actor_id in reachable else list(reachable)
        chosen += [lead for lead in await leads(session, org_id) if lead in reachable and lead not in chosen]
        stamp = last_activity_at.isoformat()
        for person_id in chosen:
            made += await outbox.enqueue(
                session,
                recipient_id=person_id,
                kind="concern_stale",
                key=f"concern:{concern_id}:stale:{stamp}:{person_id}",
                due_at=now,
                payload={"concern_id": concern_id, "programme": programme_name or "", "since": stamp},
            )
    return made


async def is_unread(session: AsyncSession, concern_id: int) -> bool:
    state = await session.scalar(select(Concern.state).where(Concern.id == concern_id))
    return state is CaseState.NEW


async def is_stale_since(session: AsyncSession, concern_id: int, since: datetime) -> bool:
    """Still in progress and untouched since `since` (a reminder queued then is still true)."""
    row = (
        await session.execute(select(Concern.state, Concern.last_activity_at).where(Concern.id == concern_id))
    ).first()
    return row is not None and row.state is CaseState.IN_PROGRESS and row.last_activity_at == since


def told_someone(concern_id_column: Any) -> Exists:
    """Whether an alert, reminder or news of the reporter's words about the concern reached a coordinator
    or is on its way (its outbox key starts `concern:{id}:`)."""
    return exists().where(
        OutboxMessage.idempotency_key.startswith("concern:" + cast(concern_id_column, String) + ":"),
        OutboxMessage.status.in_((OutboxStatus.SENT, OutboxStatus.PENDING, OutboxStatus.SENDING)),
    )


async def unalerted(session: AsyncSession, org_ids: list[int]) -> dict[int, int]:
    """Open concerns per organisation whose alerts all failed or were never made (nobody could be told):
    nothing sent to a coordinator about them, and nothing waiting to be."""
    rows = await session.execute(
        select(Concern.org_id, func.count(Concern.id))
        .where(
            Concern.org_id.in_(org_ids),
            Concern.state.in_(OPEN_STATES),
            ~told_someone(Concern.id),
        )
        .group_by(Concern.org_id)
    )
    return {org_id: int(count) for org_id, count in rows}


# --- the operator's view (`mentorbot concerns`) ------------------------------------------------------


@dataclass(frozen=True)
class OpenConcerns:
    """An organisation's open concerns, for the operator (no texts, no names)."""

    org_name: str
    open: int
    oldest: datetime
    reachable_coordinators: int


async def open_by_organisation(session: AsyncSession) -> list[OpenConcerns]:
    """Every organisation with open concerns: how many, the oldest, and how many coordinators the bot
    can reach (0: nobody has been told)."""
    reachable = (
        select(func.count())
        .select_from(Membership)
        .join(Person, Person.id == Membership.person_id)
        .where(
            Membership.org_id == Organisation.id,
            Membership.role == Role.COORDINATOR,
            Person.reachable.is_(True),
        )
        .scalar_subquery()
    )
    rows = await session.execute(
        select(Organisation.name, func.count(Concern.id), func.min(Concern.created_at), reachable)
        .join(Concern, Concern.org_id == Organisation.id)
        .where(Concern.state.in_(OPEN_STATES))
        .group_by(Organisation.id, Organisation.name)
        .order_by(func.min(Concern.created_at))
    )
    return [
        OpenConcerns(name, count, oldest, reachable_count) for name, count, oldest, reachable_count in rows
    ]


@dataclass(frozen=True)
class CaseLine:
    """One open case of an organisation, for the operator: no text, no names."""

    id: int
    programme_name: str | None
    state: CaseState
    created_at: datetime
    last_activity_at: datetime | None
    told: bool  # an alert reached a coordinator or is on its way


async def open_cases(session: AsyncSession, org_name: str) -> list[CaseLine]:
    """The open cases of one organisation, oldest first."""
    org_id = await session.scalar(select(Organisation.id).where(Organisation.name == org_name))
    if org_id is None:
        raise NotFound(f"organisation {org_name}")
    rows = await session.execute(
        select(
            Concern.id,
            Programme.name,
            Concern.state,
            Concern.created_at,
            Concern.last_activity_at,
            told_someone(Concern.id),
        )
        .outerjoin(Programme, Programme.id == Concern.programme_id)
        .where(Concern.org_id == org_id, Concern.state.in_(OPEN_STATES))
        .order_by(Concern.created_at, Concern.id)
    )
    return [CaseLine(*row) for row in rows]


# --- the reporter's side ----------------------------------------------------------------------------


async def of_reporter(session: AsyncSession, reporter_id: int) -> list[Concern]:
    return list(
        await session.scalars(
            select(Concern)
            .where(Concern.reporter_id == reporter_id)
            .order_by(Concern.created_at.desc(), Concern.id.desc())
        )
    )


async def get_for_reporter(session: AsyncSession, concern_id: int, reporter_id: int) -> Concern:
    concern = await session.scalar(
        select(Concern).where(Concern.id == concern_id, Concern.reporter_id == reporter_id)
    )
    if concern is None:
        raise NotFound(f"concern {concern_id}")
    return concern


async def thread(session: AsyncSession, concern_id: int) -> list[EventView]:
    """The messages between the coordinators and the reporter (no internal notes, no names of staff)."""
    return [
        event
        for event in await trail(session, concern_id)
        if event.kind in (CaseEventKind.REPLY, CaseEventKind.ANSWER)
    ]


async def answer(session: AsyncSession, concern_id: int, reporter_id: int, text: str, now: datetime) -> int:
    """The reporter adds to their open report: recorded in the thread, and every coordinator (and the
    lead) is told there is something new to read (not what). How many were queued (0: nobody can be told)."""
    concern = await get_for_reporter(session, concern_id, reporter_id)
    if concern.state is CaseState.CLOSED:
        raise NotFound(f"concern {concern_id} is closed")
    event = await _record(session, concern, reporter_id, CaseEventKind.ANSWER, now, text, touch=False)
    recipients = await alert_recipients(session, concern.org_id)
    programme_name = await session.scalar(select(Programme.name).where(Programme.id == concern.programme_id))
    for person_id in recipients:
        await outbox.enqueue(
            session,
            recipient_id=person_id,
            kind="concern_answer",
            key=f"concern:{concern.id}:answer:{event.id}:{person_id}",
            due_at=now,
            payload={"concern_id": concern.id, "programme": programme_name or ""},
        )
    return len(recipients)


# --- the coordinators' side -----------------------------------------------------------------------------


def _coordinated_orgs(person_id: int) -> Select[int]:
    return select(Membership.org_id).where(
        Membership.person_id == person_id, Membership.role == Role.COORDINATOR
    )


async def for_coordinator(
    session: AsyncSession,
    person_id: int,
    *,
    open_only: bool = False,
    programme_id: int | None = None,
    concern_id: int | None = None,
) -> list[ConcernView]:
    """Concerns of every organisation the person coordinates: open first, oldest first; then the closed,
    the most recently closed first."""
    reporter = aliased(Person)
    query = (
        select(Concern, reporter.name, Programme.name, Pair)
        .outerjoin(reporter, reporter.id == Concern.reporter_id)
        .outerjoin(Programme, Programme.id == Concern.programme_id)
        .outerjoin(Pair, Pair.id == Concern.pair_id)
        .where(Concern.org_id.in_(_coordinated_orgs(person_id)))
        .order_by(Concern.id)
    )
    if open_only:
        query = query.where(Concern.state.in_(OPEN_STATES))
    if programme_id is not None:
        query = query.where(Concern.programme_id == programme_id)
    if concern_id is not None:
        query = query.where(Concern.id == concern_id)
    views = [
        ConcernView(
            concern.id,
            concern.org_id,
            concern.text,
            concern.created_at,
            concern.handled_at,
            reporter_name,
            _reporter_role(concern.reporter_id, pair.mentor_id) if pair and concern.reporter_id else None,
            concern.programme_id,
            programme_name,
            concern.pair_id,
            pair is not None and pair.paused_at is not None,
            concern.state,
            concern.outcome,
            concern.closing_note,
            concern.last_activity_at,
        )
        for concern, reporter_name, programme_name, pair in await session.execute(query)
    ]
    open_views = sorted((v for v in views if v.is_open), key=lambda v: (v.created_at, v.id))
    closed = sorted(
        (v for v in views if not v.is_open), key=lambda v: (v.handled_at or v.created_at, v.id), reverse=True
    )
    return open_views + closed


async def programmes_with_concerns(session: AsyncSession, person_id: int) -> list[tuple[int, str]]:
    """(id, name) of the programmes the person's concerns are about, for the list's filter."""
    rows = await session.execute(
        select(Programme.id, Programme.name)
        .join(Concern, Concern.programme_id == Programme.id)
        .where(Concern.org_id.in_(_coordinated_orgs(person_id)))
        .group_by(Programme.id, Programme.name)
        .order_by(Programme.name, Programme.id)
    )
    return [(programme_id, name) for programme_id, name in rows]


async def get_for_coordinator(session: AsyncSession, concern_id: int, person_id: int) -> ConcernView:
    found = await for_coordinator(session, person_id, concern_id=concern_id)
    if not found:
        raise NotFound(f"concern {concern_id}")
    return found[0]


async def trail(session: AsyncSession, concern_id: int) -> list[EventView]:
    """Everything that happened to the case, oldest first (coordinators and the lead only)."""
    actor = aliased(Person)
    rows = await session.execute(
        select(ConcernEvent, actor.name, Concern.reporter_id)
        .join(Concern, Concern.id == ConcernEvent.concern_id)
        .outerjoin(actor, actor.id == ConcernEvent.actor_id)
        .where(ConcernEvent.concern_id == concern_id)
        .order_by(ConcernEvent.at, ConcernEvent.id)
    )
    return [
        EventView(
            event.id,
            event.at,
            event.kind,
            name,
            event.kind is CaseEventKind.ANSWER
            or (event.actor_id is not None and event.actor_id == reporter_id),
            event.text,
        )
        for event, name, reporter_id in rows
    ]


async def _record(
    session: AsyncSession,
    concern: Concern,
    actor_id: int | None,
    kind: CaseEventKind,
    now: datetime,
    text: str | None = None,
    *,
    touch: bool = True,
) -> ConcernEvent:
    """Add a line to the trail; `touch`: it counts as the coordinators' activity (the 7-day clock)."""
    event = ConcernEvent(concern_id=concern.id, actor_id=actor_id, kind=kind, text=text, at=now)
    session.add(event)
    if touch:
        concern.last_activity_at = now
        concern.last_actor_id = actor_id
    await session.flush()
    return event


async def _coordinated(session: AsyncSession, concern_id: int, person_id: int) -> Concern:
    concern = await session.scalar(
        select(Concern).where(Concern.id == concern_id, Concern.org_id.in_(_coordinated_orgs(person_id)))
    )
    if concern is None:
        raise NotFound(f"concern {concern_id}")
    return concern


async def _tell_reporter(session: AsyncSession, concern: Concern, news: str, key: str, now: datetime) -> bool:
    """Queue news of the case for its reporter; False when the bot cannot reach them (erased, blocked)."""
    if concern.reporter_id is None:
        return False
    reachable = await session.scalar(select(Person.reachable).where(Person.id == concern.reporter_id))
    if not reachable:
        return False
    await outbox.enqueue(
        session,
        recipient_id=concern.reporter_id,
        kind="concern_news",
        key=f"{NEWS}:{concern.id}:{key}",
        due_at=now,
        payload={"concern_id": concern.id, "news": news},
    )
    return True


async def mark_read(session: AsyncSession, concern_id: int, person_id: int, now: datetime) -> bool:
    """A coordinator opened the report: the first time, the case is read and the reporter is told so.
    True if this was the first time."""
    concern = await _coordinated(session, concern_id, person_id)
    claimed = await session.execute(
        update(Concern)
        .where(Concern.id == concern_id, Concern.state == CaseState.NEW)
        .values(state=CaseState.READ)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        return False
    await session.refresh(concern)
    await _record(session, concern, person_id, CaseEventKind.READ, now)
    await _tell_reporter(session, concern, "read", "read", now)
    return True


async def take_on(session: AsyncSession, concern_id: int, person_id: int, now: datetime) -> None:
    """A coordinator starts working on the case (read -> in progress)."""
    concern = await _coordinated(session, concern_id, person_id)
    await _start(session, concern, person_id, now)


async def _start(session: AsyncSession, concern: Concern, person_id: int, now: datetime) -> None:
    if concern.state in (CaseState.NEW, CaseState.READ):
        concern.state = CaseState.IN_PROGRESS
        await _record(session, concern, person_id, CaseEventKind.IN_PROGRESS, now)
        await _tell_reporter(session, concern, "in_progress", "in_progress", now)


async def add_note(session: AsyncSession, concern_id: int, person_id: int, text: str, now: datetime) -> None:
    """An internal note: coordinators and the lead only, never the reporter or the pair."""
    concern = await _coordinated(session, concern_id, person_id)
    if concern.state is CaseState.CLOSED:
        raise NotFound(f"concern {concern_id} is closed")
    await _start(session, concern, person_id, now)
    await _record(session, concern, person_id, CaseEventKind.NOTE, now, text)


async def reply(session: AsyncSession, concern_id: int, person_id: int, text: str, now: datetime) -> bool:
    """A coordinator writes to the reporter; they are told there is a reply to read in the bot. False when
    the bot cannot reach the reporter (the reply is kept in the case)."""
    concern = await _coordinated(session, concern_id, person_id)
    if concern.state is CaseState.CLOSED:
        raise NotFound(f"concern {concern_id} is closed")
    await _start(session, concern, person_id, now)
    event = await _record(session, concern, person_id, CaseEventKind.REPLY, now, text)
    return await _tell_reporter(session, concern, "reply", f"reply:{event.id}", now)


async def close(
    session: AsyncSession,
    concern_id: int,
    person_id: int,
    outcome: CaseOutcome,
    note: str,
    now: datetime,
) -> None:
    """Close the case with its outcome and a short note (both for the coordinators); the reporter is told
    it is closed."""
    concern = await _coordinated(session, concern_id, person_id)
    if concern.state is CaseState.CLOSED:  # by another coordinator meanwhile: their outcome stays
        raise NotFound(f"concern {concern_id} is closed")
    concern.state = CaseState.CLOSED
    concern.outcome = outcome
    concern.closing_note = note
    concern.handled_at = now
    concern.handled_by = person_id
    event = await _record(session, concern, person_id, CaseEventKind.CLOSED, now, note)
    await _tell_reporter(session, concern, "closed", f"closed:{event.id}", now)


async def reopen(session: AsyncSession, concern_id: int, person_id: int, now: datetime) -> None:
    """A closed case is worked on again (in progress); the outcome stays in the trail."""
    concern = await _coordinated(session, concern_id, person_id)
    if concern.state is not CaseState.CLOSED:
        return
    concern.state = CaseState.IN_PROGRESS
    concern.outcome = None
    concern.closing_note = None
    concern.handled_at = None
    concern.handled_by = None
    event = await _record(session, concern, person_id, CaseEventKind.REOPENED, now)
    await _tell_reporter(session, concern, "in_progress", f"reopened:{event.id}", now)


async def set_pair_paused(
    session: AsyncSession, concern_id: int, person_id: int, paused: bool, now: datetime
) -> None:
    """Pause (or resume) the pair a concern is about: a paused pair gets no scheduled messages."""
    concern = await _coordinated(session, concern_id, person_id)
    if concern.pair_id is None:
        raise NotFound("no pair")
    await session.execute(
        update(Pair).where(Pair.id == concern.pair_id).values(paused_at=now if paused else None)
    )
    kind = CaseEventKind.PAUSED if paused else CaseEventKind.RESUMED
    await _record(session, concern, person_id, kind, now)


async def open_count(session: AsyncSession, person_id: int) -> int:
    """How many open cases the person's organisations have (the menu's button)."""
    return int(
        await session.scalar(
            select(func.count(Concern.id)).where(
                Concern.org_id.in_(_coordinated_orgs(person_id)), Concern.state.in_(OPEN_STATES)
            )
        )
        or 0
    )
