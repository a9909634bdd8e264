"""Many rows at once.

`import_pairs` stores the pairs of a `mentorbot pairs import` (up to 50,000) while the bot runs on the same
database. It writes them in short transactions, so the bot's updates and the outbox sender get the
database between them (SQLite lets one transaction write at a time), and it stays all or nothing: the
pairs are written into a hidden programme of a hidden organisation (no coordinator, so no screen, digest,
export or scheduled job shows them), and one statement moves them all into the real programme at the end
(the one longer transaction: 0.15–0.5 s for 50,000 pairs).
On a failure the hidden pairs are deleted, again in short transactions; what a killed import leaves
behind is deleted by the next import (docs/decisions.md, "A big import never locks out the bot").

`insert_rows` and `refresh_statistics` are for seeding benchmark databases, never for what the bot does.
Their rows are plain dicts keyed by column name, with their ids given, so a seeder can refer to rows it has
not inserted yet and the database need not hand ids back (PostgreSQL's id sequences stay where they
were: a database seeded this way is for reading).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeVar, cast

from sqlalchemy import Table, delete, exists, insert, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Base, Channel, Invite, Membership, Organisation, Pair, Programme, Role, Stage
from storage.repo.invites import hash_code, new_code
from storage.timeutil import utcnow

log = logging.getLogger(__name__)

ROWS_PER_STATEMENT = 5_000  # one executemany each; keeps the driver's buffers small

# Pairs a batch: its two transactions (the pairs, then their invites) hold SQLite's write lock briefly
# each (benchmarks/NOTES.md, B7).
IMPORT_BATCH = 1_000
# The hidden organisation of an import in progress is called this, then a random token.
STAGING_PREFIX = "mentorbot:pairs-import:"
# An import's hidden rows older than this are taken for those of an import that was killed: the largest
# import takes well under a minute.
STAGING_ABANDONED_AFTER = timedelta(hours=1)
_STAGING_END = date(9999, 12, 31)  # the hidden programme never ends: no closing or retention job meets it
# The longest pause of a SQLite statement that waits for another process (bot/patches/sqlite_inline.py): a
# pause between batches this long lets every such statement in.
_LONGEST_WAIT = 0.1

AfterBatch = Callable[[int], Awaitable[None]]
_T = TypeVar("_T")


@dataclass(frozen=True)
class NewPair:
    """A row of the import, checked already (a minor's parental consent confirmed, mentee's or mentor's)."""

    mentor_name: str
    mentee_name: str
    mentee_minor: bool
    mentor_minor: bool = False
    mentee_channel: Channel = Channel.TELEGRAM  # the mentee's invite: Telegram, or the web channel (#24)


@dataclass(frozen=True)
class Seat:
    """An invite of an imported pair: the only time its code is seen."""

    pair_id: int
    role: Role
    name: str
    code: str
    channel: Channel = Channel.TELEGRAM


@dataclass(frozen=True)
class _Staging:
    org_id: int
    programme_id: int


class ImportLost(Exception):
    """The import's hidden pairs were deleted before it finished (taken for those of a killed import)."""


async def import_pairs(
    session: AsyncSession,
    programme: Programme,
    rows: Sequence[NewPair],
    *,
    expires_at: datetime,
    now: datetime | None = None,
    batch: int = IMPORT_BATCH,
    after_batch: AfterBatch | None = None,
) -> list[Seat]:
    """Store the pairs in `programme`, with an invite for each seat, all of them or none; their seats in
    the order of `rows` (mentor, then mentee). The session must have no transaction open: this commits,
    two transactions a batch (its pairs, then their invites). `after_batch(pairs written so far)` runs
    after each batch."""
    if len({(row.mentor_name, row.mentee_name) for row in rows}) != len(rows):
        raise ValueError("the same pair twice")  # the file's check refuses it first (bot/pair_import.py)
    now = now or utcnow()
    await remove_abandoned(session, now)
    staging = await _stage(session, programme, now)
    seats: list[Seat] = []
    try:
        for start in range(0, len(rows), batch):
            part = rows[start : start + batch]
            codes = [new_code() for _ in range(2 * len(part))]
            ids = await _in_turn(session, _add_pairs(session, staging, part, now))
            made = _seats(ids, part, codes)
            await _in_turn(session, _add_invites(session, programme, made, expires_at, now))
            seats += made
            if after_batch is not None:
                await after_batch(min(start + batch, len(rows)))
        await _publish(session, staging, programme.id, len(rows))
    except BaseException:
        await _take_back(session, staging)
        raise
    try:
        await _remove(session, staging)  # empty now
    except SQLAlchemyError:  # harmless: the next import removes it
        await session.rollback()
    return seats


async def _stage(session: AsyncSession, programme: Programme, now: datetime) -> _Staging:
    """The hidden organisation and programme the pairs wait in (committed)."""
    name = STAGING_PREFIX + secrets.token_hex(8)
    org = Organisation(name=name, created_at=now)
    session.add(org)
    await session.flush()
    hidden = Programme(
        org_id=org.id,
        name=name,
        kind=programme.kind,
        start_date=programme.start_date,
        end_date=_STAGING_END,
        timezone=programme.timezone,
        created_at=now,
    )
    session.add(hidden)
    await session.flush()
    staging = _Staging(org.id, hidden.id)
    await session.commit()
    return staging


async def _add_pairs(
    session: AsyncSession, staging: _Staging, rows: Sequence[NewPair], now: datetime
) -> list[int]:
    """A batch's pairs, in the hidden programme; their ids in the order of `rows`."""
    pairs_table = cast(Table, Pair.__table__)
    made = await session.execute(
        insert(pairs_table).returning(pairs_table.c.id, pairs_table.c.mentor_name, pairs_table.c.mentee_name),
        [
            {
                "programme_id": staging.programme_id,
                "mentor_name": row.mentor_name,
                "mentee_name": row.mentee_name,
                "mentee_minor": row.mentee_minor,
                "parental_consent_at": now if row.mentee_minor else None,
                "mentor_minor": row.mentor_minor,
                "mentor_consent_at": now if row.mentor_minor else None,
                "stage": Stage.SETTING_UP,
                "created_at": now,
            }
            for row in rows
        ],
    )
    # One multi-row INSERT, whose rows come back in no promised order: told apart by their names (a
    # file's pairs are distinct, `import_pairs`).
    id_of = {(mentor, mentee): pair_id for pair_id, mentor, mentee in made}
    return [id_of[row.mentor_name, row.mentee_name] for row in rows]


def _seats(ids: Sequence[int], rows: Sequence[NewPair], codes: Sequence[str]) -> list[Seat]:
    """The batch's seats, mentor then mentee of each pair, with these codes."""
    places = [
        (pair_id, role, name, channel)
        for pair_id, row in zip(ids, rows, strict=True)
        for role, name, channel in (
            (Role.MENTOR, row.mentor_name, Channel.TELEGRAM),
            (Role.MENTEE, row.mentee_name, row.mentee_channel),
        )
    ]
    return [
        Seat(pair_id, role, name, code, channel)
        for (pair_id, role, name, channel), code in zip(places, codes, strict=True)
    ]


async def _add_invites(
    session: AsyncSession, programme: Programme, seats: Sequence[Seat], expires_at: datetime, now: datetime
) -> None:
    """An invite for each seat, pointing at the real programme already: no one has a code until the
    import is done, and the pairs they point at are hidden until then."""
    await session.execute(
        insert(cast(Table, Invite.__table__)),
        [
            {
                "code_hash": hash_code(seat.code),
                "org_id": programme.org_id,
                "role": seat.role,
                "programme_id": programme.id,
                "pair_id": seat.pair_id,
                "created_at": now,
                "expires_at": expires_at,
                "channel": seat.channel,
            }
            for seat in seats
        ],
    )


async def _in_turn(session: AsyncSession, work: Awaitable[_T]) -> _T:
    """`work` as a transaction of its own, then a pause for whoever waited for it (`_give_way`). A
    transaction's first statement gets its values ready before it starts writing, so the write lock is
    held only while SQLite writes."""
    began = time.monotonic()
    result = await work
    await session.commit()
    await _give_way(session, time.monotonic() - began)
    return result


async def _publish(session: AsyncSession, staging: _Staging, programme_id: int, expected: int) -> None:
    """Every hidden pair into the real programme, in one transaction: the moment the import is done."""
    moved = await session.execute(
        update(cast(Table, Pair.__table__))
        .where(Pair.programme_id == staging.programme_id)
        .values(programme_id=programme_id)
    )
    if moved.rowcount != expected:  # type: ignore[attr-defined]
        await session.rollback()
        raise ImportLost(f"{moved.rowcount} of {expected} pairs were left")  # type: ignore[attr-defined]
    await session.commit()


async def _give_way(session: AsyncSession, took: float) -> None:
    """On SQLite, a pause after a batch for whoever waited for it to write: longer than the pause they
    are in (it grows with their wait, to `_LONGEST_WAIT`), so their next try finds the database free."""
    if session.get_bind().dialect.name == "sqlite":
        await asyncio.sleep(min(_LONGEST_WAIT, 1.5 * took) + 0.005)


async def _remove(session: AsyncSession, staging: _Staging, batch: int = IMPORT_BATCH) -> None:
    """Delete the hidden pairs (their invites with them), a transaction a batch, then the hidden
    programme and organisation."""
    while True:
        began = time.monotonic()
        doomed = select(Pair.id).where(Pair.programme_id == staging.programme_id).limit(batch)
        gone = await session.execute(delete(cast(Table, Pair.__table__)).where(Pair.id.in_(doomed)))
        await session.commit()
        if not gone.rowcount:  # type: ignore[attr-defined]
            break
        await _give_way(session, time.monotonic() - began)
    await session.execute(
        delete(cast(Table, Programme.__table__)).where(Programme.id == staging.programme_id)
    )
    await session.execute(
        delete(cast(Table, Organisation.__table__)).where(Organisation.id == staging.org_id)
    )
    await session.commit()


async def _take_back(session: AsyncSession, staging: _Staging) -> None:
    """After a failure: the hidden pairs deleted. If that fails too, they stay hidden until the next
    import deletes them."""
    try:
        await session.rollback()
        await _remove(session, staging)
    except (SQLAlchemyError, OSError):
        log.warning("an unfinished import's pairs stay hidden until the next import removes them")


async def remove_abandoned(session: AsyncSession, now: datetime) -> int:
    """Delete what killed imports left: hidden organisations older than `STAGING_ABANDONED_AFTER` (and
    never one with a member). The number removed; commits."""
    found = (
        await session.execute(
            select(Organisation.id, Programme.id)
            .join(Programme, Programme.org_id == Organisation.id)
            .where(
                Organisation.name.startswith(STAGING_PREFIX, autoescape=True),
                Organisation.created_at < now - STAGING_ABANDONED_AFTER,
                ~exists().where(Membership.org_id == Organisation.id),
            )
        )
    ).all()
    await session.commit()
    for org_id, programme_id in found:
        await _remove(session, _Staging(org_id, programme_id))
    return len(found)


async def insert_rows(session: AsyncSession, model: type[Base], rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert the rows into the model's table (the caller commits)."""
    table = cast(Table, model.__table__)  # Core, not the ORM's bulk path: the rows are ready as they are
    for start in range(0, len(rows), ROWS_PER_STATEMENT):
        await session.execute(insert(table), list(rows[start : start + ROWS_PER_STATEMENT]))


async def refresh_statistics(session: AsyncSession) -> None:
    """What autovacuum would do soon after a bulk load on PostgreSQL: gather the planner's statistics, so
    a benchmark reads a freshly seeded database as a long-running one would be read. (SQLite: nothing,
    as the bot never runs ANALYZE there.)"""
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(text("ANALYZE"))
