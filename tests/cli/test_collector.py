"""The garbage collector, held off during start-up, is on again once the bot has settled, even when the
bot stops before that (else memory would only grow)."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator

import pytest

from bot.runners import GC_THRESHOLDS, hold_collector, keep_start_up, settle


@pytest.fixture(autouse=True)
def collector_as_it_was() -> Iterator[None]:
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    gc.enable()


async def test_the_collector_runs_again_after_settling():
    hold_collector()
    assert not gc.isenabled()
    keep_start_up()
    await settle()
    assert gc.isenabled() and gc.get_threshold() == GC_THRESHOLDS


async def test_the_collector_runs_again_when_the_bot_stops_while_settling():
    hold_collector()
    settling = asyncio.create_task(settle())
    await asyncio.sleep(0)
    settling.cancel()
    await asyncio.gather(settling, return_exceptions=True)
    assert gc.isenabled()
