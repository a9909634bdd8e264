"""Pacing the sender: an even beat under Telegram's broadcast limit, and a one-second gap per chat.

Telegram answers 429 to a bot that sends more than about 30 messages in a second. A token bucket (what
aiolimiter does) lets a burst through after a pause and then runs at its rate, so it has to be set well below
the limit to stay clear of it. `Beat` spaces messages evenly instead, on a fixed grid of slots one interval
apart. A start a little late (the process did not get the CPU at once) keeps its slot, so the rate holds on
a busy machine; one later than half an interval moves the grid, so a stall never earns a burst. Any 31
starts span 30 intervals less the lateness of the first (at 29 a second, 1.017 s with half an interval
late), so no second holds more than 30 and the rate can sit just under the limit.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable


class Beat:
    """`rate` starts a second on a grid of slots; a start late by up to half a slot keeps the grid."""

    def __init__(
        self,
        rate: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("the rate must be positive")
        self.interval = 1.0 / rate
        self.max_lag = self.interval / 2
        self.clock = clock
        self.sleep = sleep
        self._next = 0.0

    async def wait(self) -> None:
        """Return at the next slot (at once when it has passed) and book the one after it."""
        now = self.clock()
        slot = self._next if self._next >= now - self.max_lag else now  # too late: the grid moves to now
        if slot > now:
            await self.sleep(slot - now)
        self._next = slot + self.interval


class ChatGaps:
    """When each chat last got a message, so the sender keeps `interval` seconds between two to one chat."""

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self.clock = clock
        self._last: dict[int, float] = {}

    def sent(self, chat_id: int) -> None:
        self._last[chat_id] = self.clock()

    def busy(self) -> set[int]:
        """The chats written to less than `interval` ago (forgetting the others)."""
        since = self.clock() - self.interval
        for chat_id in [c for c, at in self._last.items() if at <= since]:
            del self._last[chat_id]
        return set(self._last)

    def free_in(self, chat_id: int) -> float:
        """Seconds until the chat may be written to again (0 when it may now)."""
        last = self._last.get(chat_id)
        if last is None:
            return 0.0
        return max(0.0, last + self.interval - self.clock())
