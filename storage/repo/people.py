"""People known to the bot, by their Telegram id."""

from __future__ import annotations

from sqlalchemy import bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Person
from storage.prepared import Prepared


async def by_telegram_id(session: AsyncSession, telegram_id: int) -> Person | None:
    result: Person | None = await session.scalar(select(Person).where(Person.telegram_id == telegram_id))
    return result


async def get_or_create(
    session: AsyncSession, telegram_id: int, name: str, locale: str | None = None
) -> tuple[Person, bool]:
    """The person with this Telegram id, created with `name` if new; the flag says whether it was."""
    person = await by_telegram_id(session, telegram_id)
    if person is not None:
        return person, False
    person = Person(telegram_id=telegram_id, name=name.strip()[:200], locale=locale, reachable=True)
    session.add(person)
    await session.flush()
    return person, True


async def set_locale(session: AsyncSession, person_id: int, locale: str) -> None:
    await session.execute(update(Person).where(Person.id == person_id).values(locale=locale))


_SET_REACHABLE = Prepared(
    lambda _dialect: (
        update(Person).where(Person.telegram_id == bindparam("chat")).values(reachable=bindparam("can_reach"))
    )
)


async def set_reachable(session: AsyncSession, telegram_id: int, reachable: bool) -> None:
    """Whether messages can reach the person (false after a 403: they blocked the bot). In an update's
    session the write is queued with the update's others (`Prepared.run_later`), so marks land in the
    order they were made: the update's "they wrote, so they are reachable" before its handler's "they
    blocked the bot"."""
    await _SET_REACHABLE.run_later(session, {"chat": telegram_id, "can_reach": reachable})


async def timezone_of(session: AsyncSession, person_id: int, default: str) -> str:
    """The person's own time zone, or `default` when they have none."""
    zone = await session.scalar(select(Person.timezone).where(Person.id == person_id))
    return zone or default
