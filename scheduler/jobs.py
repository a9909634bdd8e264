"""APScheduler 3.11: the periodic jobs of one bot process."""

from __future__ import annotations

from datetime import UTC

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from scheduler.sender import OutboxSender

OUTBOX_TICK_SECONDS = 2.0


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
    scheduler.start()
    return scheduler
