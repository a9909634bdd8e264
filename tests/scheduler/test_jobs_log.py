"""The bot's log during a long send: the outbox tick being busy is not reported every two seconds."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC

import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from scheduler.jobs import LONG_SEND_FILTER


async def tick() -> None:
    await asyncio.sleep(0.6)


async def weekly_digests() -> None:
    await asyncio.sleep(0.6)


async def test_a_long_outbox_tick_is_not_logged_as_skipped_but_other_jobs_still_are(
    caplog: pytest.LogCaptureFixture,
) -> None:
    logging.getLogger("apscheduler.scheduler").addFilter(LONG_SEND_FILTER)
    scheduler = AsyncIOScheduler(timezone=UTC)
    for job_id, job in (("outbox", tick), ("digests", weekly_digests)):
        scheduler.add_job(job, "interval", seconds=0.1, id=job_id, max_instances=1, coalesce=True)
    with caplog.at_level(logging.WARNING, logger="apscheduler.scheduler"):
        scheduler.start()
        await asyncio.sleep(0.8)
        scheduler.shutdown(wait=False)
    skipped = [r.getMessage() for r in caplog.records if "maximum number of running instances" in r.msg]
    assert any("weekly_digests" in message for message in skipped)  # other jobs' skips are still reported
    assert not any("tick" in message for message in skipped)
