"""APScheduler 3.11: the periodic jobs of one bot process."""

from __future__ import annotations

from datetime import UTC

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from scheduler.clock import Clock
from scheduler.sender import OutboxSender
from storage.repo import closing

OUTBOX_TICK_SECONDS = 2.0


async def close_finished_pairs(session_factory: async_sessionmaker[AsyncSession], clock: Clock) -> int:
    """Pairs of programmes that have ended are closed (each side is told through the outbox)."""
    async with session_factory() as session:
        closed = await closing.close_finished(session, clock.now().date(), clock.now())
        await session.commit()
    return closed


def start(sender: OutboxSender, tick_seconds: float = OUTBOX_TICK_SECONDS) -> AsyncIOScheduler:
    """Start the scheduler in the running event loop; the outbox is drained every few seconds."""
    scheduler = AsyncIOScheduler(timezone=UTC)
    scheduler.add_job(
        sender.tick,
        "interval",
        seconds=tick_seconds,
        id="outbox",
        max_instances=1,
        coalesce=True,
        misfire_grace_time=None,
    )
    scheduler.add_job(
        close_finished_pairs,
        "interval",
        hours=1,
        args=(sender.session_factory, sender.clock),
        id="close_finished_pairs",
        max_instances=1,
        coalesce=True,
        next_run_time=sender.clock.now(),
    )
    scheduler.start()
    return scheduler
