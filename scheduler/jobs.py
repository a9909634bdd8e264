"""APScheduler 3.11: the periodic jobs of one bot process."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from scheduler import concern_cases, periodic
from scheduler.clock import Clock
from scheduler.config import SchedulerConfig
from scheduler.sender import OutboxSender
from storage.repo import closing, outbox
from storage.repo import retention as retention_repo

OUTBOX_TICK_SECONDS = 2.0


class LongSendIsNotAnError(logging.Filter):
    """A tick that sends for minutes makes APScheduler skip the next ticks (max_instances=1, by design);
    its warning every two seconds would bury real ones in the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (
            "maximum number of running instances" in record.msg
            and any(getattr(arg, "id", None) == "outbox" for arg in record.args or ())
        )


LONG_SEND_FILTER = LongSendIsNotAnError()  # added once however many schedulers a process starts


async def close_finished_pairs(session_factory: async_sessionmaker[AsyncSession], clock: Clock) -> int:
    """Pairs of programmes that have ended are closed (each side is told through the outbox)."""
    async with session_factory() as session:
        closed = await closing.close_finished(session, clock.now().date(), clock.now())
        await session.commit()
    return closed


RETENTION_NOTICE = timedelta(days=7)


async def apply_retention(
    session_factory: async_sessionmaker[AsyncSession], clock: Clock, retention: timedelta
) -> int:
    """Tell people a week before their programme's data is deleted; delete what is due. People deleted."""
    now = clock.now()
    deleted = 0
    async with session_factory() as session:
        for programme in await retention_repo.programmes_ending_retention(
            session, now.date() + RETENTION_NOTICE, retention
        ):
            purge_on = programme.end_date + retention
            if purge_on <= now.date():
                deleted += await retention_repo.purge(session, programme.id)
                continue
            for person_id in await retention_repo.members(session, programme.id):
                await outbox.enqueue(
                    session,
                    recipient_id=person_id,
                    kind="retention_warning",
                    key=f"retention:{programme.id}:{person_id}",
                    due_at=now,
                    payload={"programme": programme.name, "on": purge_on.isoformat()},
                )
        await session.commit()
    return deleted


CONCERN_CHECK_SECONDS = 30  # new concerns get their reminders queued within this (they are due much later)
PERIODIC_MINUTES = 5  # tips, drift nudges, digests: each run makes only what is due and not made yet


@dataclass(frozen=True)
class Running:
    """The scheduler of this process and its sender, to stop them together."""

    scheduler: AsyncIOScheduler
    sender: OutboxSender

    async def stop(self) -> None:
        """No new runs; the message being sent is finished and recorded; then the scheduler stops."""
        self.scheduler.pause()
        await self.sender.stop()
        self.scheduler.shutdown(wait=False)


def start(
    sender: OutboxSender, config: SchedulerConfig, tick_seconds: float = OUTBOX_TICK_SECONDS
) -> Running:
    """Start the scheduler in the running event loop; the outbox is drained every few seconds."""
    scheduler = AsyncIOScheduler(timezone=UTC)
    logging.getLogger("apscheduler.scheduler").addFilter(LONG_SEND_FILTER)
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
    scheduler.add_job(
        apply_retention,
        "interval",
        hours=6,
        args=(sender.session_factory, sender.clock, config.retention),
        id="retention",
        max_instances=1,
        coalesce=True,
        next_run_time=sender.clock.now(),
    )
    for job in (periodic.weekly_tips, periodic.drift_nudges, periodic.weekly_digests):
        scheduler.add_job(
            job,
            "interval",
            minutes=PERIODIC_MINUTES,
            args=(sender.session_factory, sender.clock, config),
            id=job.__name__,
            max_instances=1,
            coalesce=True,
            next_run_time=sender.clock.now(),
        )
    scheduler.add_job(
        concern_cases.concern_reminders,
        "interval",
        seconds=CONCERN_CHECK_SECONDS,
        args=(sender.session_factory, sender.clock, config),
        id="concern_reminders",
        max_instances=1,
        coalesce=True,
        next_run_time=sender.clock.now(),
    )
    scheduler.start()
    return Running(scheduler, sender)
