"""Wake-ups for long polls: wait until a condition holds, without sleeping."""

from __future__ import annotations

import asyncio
from collections.abc import Callable


class Notifier:
    """Waiters re-check their condition each time `notify()` is called."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait_for(self, condition: Callable[[], bool], seconds: float) -> bool:
        """Return True as soon as `condition()` holds, False if `seconds` pass first."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while not condition():
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            try:
                await asyncio.wait_for(self._event.wait(), remaining)
            except TimeoutError:
                return condition()
        return True
