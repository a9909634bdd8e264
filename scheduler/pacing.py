"""Pacing the sender: an even beat under Telegram's broadcast limit, and a one-second gap per chat.

Telegram answers 429 to a bot that sends more than about 30 messages in a second. A token bucket (what
aiolimiter does) lets a burst through after a pause and then runs at its rate, so it has to be set well below
the limit to stay clear of it. `Beat` spaces messages evenly instead, on a fixed grid of slots one interval
apart. A start a little late (the process did not get the CPU at once) keeps its slot, so the rate holds on
a busy machine; one later than a whole interval moves the grid, so a stall never earns a burst.

Telegram counts a message when its request arrives, somewhere between our start and its answer, and a hiccup
on either side can bunch arrivals that left evenly. So the beat also keeps a window: a message never starts
within a second of the answer to the one `limit` messages before it (`limit` is the rate rounded down, plus
one: 30 at 29 a second). No second at Telegram's end then holds more than `limit` of our messages, whatever
the delays, and the rate can sit just under the limit.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Protocol


class Pacer(Protocol):
    """What the sender paces itself with: `Beat` (this process alone) or `RedisBeat` (every process of the
    bot on one budget, scheduler/shared_pacing.py)."""

    async def wait(self) -> None: ...

    def answered(self) -> None: ...

    async def close(self) -> None: ...


class Beat:
    """`rate` starts a second on a grid of slots; a start late by up to one slot keeps the grid, and
    none comes within a second of the answer `limit` messages back (tell it with `answered`)."""

    def __init__(
        self,
        rate: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("the rate must be positive")
        self.interval = 1.0 / rate
        self.max_lag = self.interval
        self.limit = math.floor(rate) + 1
        self.clock = clock
        self.sleep = sleep
        self._next = 0.0
        self._answers: deque[float] = deque(maxlen=self.limit)

    async def wait(self) -> None:
        """Return at the next slot (at once when it has passed) and book the one after it."""
        now = self.clock()
        slot = self._next if self._next >= now - self.max_lag else now  # too late: the grid moves to now
        if len(self._answers) == self.limit:
            slot = max(slot, self._answers[0] + 1.0)
        if slot > now:
            await self.sleep(slot - now)
        self._next = slot + self.interval

    def answered(self) -> None:
        """The request of the latest start has its answer (so Telegram has counted it)."""
        self._answers.append(self.clock())

    async def close(self) -> None:
        """Nothing to let go of (a `Pacer`)."""


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
