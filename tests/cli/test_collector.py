"""The garbage collector, held off during start-up, is on again once the bot has settled, even when the
bot stops before that (else memory would only grow); importing the bot leaves it as it was."""

from __future__ import annotations

import asyncio
import gc
import subprocess
import sys
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


@pytest.mark.parametrize("collecting", [True, False])
def test_starting_the_bot_leaves_the_collector_as_it_found_it(collecting: bool):
    """`python -m bot` keeps its imports (aiogram's among them) out of later collections, and nothing
    else: the command goes on collecting as before."""
    code = (
        "import gc\n"
        f"gc.enable() if {collecting} else gc.disable()\n"
        "from bot.__main__ import prepare\n"
        "prepare()\n"
        "print(gc.isenabled(), gc.get_freeze_count())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    enabled, frozen = result.stdout.split()
    assert enabled == str(collecting)
    assert int(frozen) > 50_000  # aiogram's modules and classes, out of the collector's way
