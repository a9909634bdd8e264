"""Pacing the sender: an even beat under Telegram's broadcast limit, and a one-second gap per chat.

Telegram answers 429 to a bot that sends more than about 30 messages in a second. A token bucket (what
aiolimiter does) lets a burst through after a pause and then runs at its rate, so it has to be set well below
the limit to stay clear of it. `Beat` spaces messages evenly instead: each slot is one interval after the
previous one and a late start never makes up for lost time, so starts are never closer than an interval
(give or take the event loop's timer) and the rate can sit just under the limit.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


class Beat:
    """At most `rate` starts a second, one every 1/rate seconds; being late does not earn a burst."""

    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic) -> None:
        if rate <= 0:
            raise ValueError("the rate must be positive")
        self.interval = 1.0 / rate
        self.clock = clock
        self._next = 0.0

    async def wait(self) -> None:
        """Return at the next slot (at once when it has passed) and book the one after it."""
        now = self.clock()
        slot = max(self._next, now)
        if slot > now:
            await asyncio.sleep(slot - now)
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
