"""Fault injection, Telegram's broadcast limit, and counters of what the server saw."""

from __future__ import annotations

import itertools
import math
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sandbox.errors import SERVER_ERROR_DESCRIPTIONS, ApiError, too_many_requests

# Methods that post a new message; the broadcast limit and the "sending" fault target cover these.
SENDING_METHODS = frozenset(
    name.lower()
    for name in (
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendMediaGroup",
        "sendAudio",
        "sendVideo",
        "sendVoice",
        "sendAnimation",
        "sendSticker",
        "sendLocation",
        "sendContact",
        "sendPoll",
        "copyMessage",
        "forwardMessage",
    )
)
ALL_METHODS = "*"
SENDING = "sending"


@dataclass
class Fault:
    """Make the next `remaining` matching calls fail with `error_code`, or answer after `delay` seconds."""

    id: int
    method: str
    remaining: int
    error_code: int | None = None
    description: str | None = None
    retry_after: int | None = None
    chat_id: int | None = None
    delay: float = 0.0

    def matches(self, method: str, chat_id: int | None) -> bool:
        if self.chat_id is not None and self.chat_id != chat_id:
            return False
        if self.method == ALL_METHODS:
            return True
        if self.method == SENDING:
            return method in SENDING_METHODS
        return self.method == method

    def error(self) -> ApiError | None:
        if self.error_code is None:
            return None
        if self.error_code == 429:
            return too_many_requests(self.retry_after or 1)
        description = self.description or SERVER_ERROR_DESCRIPTIONS.get(self.error_code, "Bad Request")
        return ApiError(self.error_code, description, retry_after=self.retry_after)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "method": self.method,
            "remaining": self.remaining,
            "error_code": self.error_code,
            "description": self.description,
            "retry_after": self.retry_after,
            "chat_id": self.chat_id,
            "delay": self.delay,
        }


class FaultQueue:
    """Queued faults; the oldest matching one is used first."""

    def __init__(self) -> None:
        self.faults: list[Fault] = []
        self._ids = itertools.count(1)

    def add(
        self,
        method: str,
        *,
        count: int = 1,
        error_code: int | None = None,
        description: str | None = None,
        retry_after: int | None = None,
        chat_id: int | None = None,
        delay: float = 0.0,
    ) -> Fault:
        if method not in (ALL_METHODS, SENDING):
            method = method.lower()
        fault = Fault(next(self._ids), method, count, error_code, description, retry_after, chat_id, delay)
        self.faults.append(fault)
        return fault

    def take(self, method: str, chat_id: int | None) -> Fault | None:
        for fault in self.faults:
            if fault.matches(method, chat_id):
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self.faults.remove(fault)
                return fault
        return None

    def clear(self) -> None:
        self.faults.clear()


class RateLimiter:
    """At most `per_second` calls in any one-second window; None disables the limit."""

    def __init__(self, per_second: float | None, clock: Callable[[], float]) -> None:
        self.per_second = per_second
        self.clock = clock
        self._recent: deque[float] = deque()

    def configure(self, per_second: float | None) -> None:
        self.per_second = per_second
        self._recent.clear()

    def check(self) -> int | None:
        """Count a call; return the whole seconds to wait when it is over the limit."""
        if self.per_second is None:
            return None
        now = self.clock()
        while self._recent and self._recent[0] <= now - 1.0:
            self._recent.popleft()
        if len(self._recent) >= self.per_second:
            return max(1, math.ceil(self._recent[0] + 1.0 - now))
        self._recent.append(now)
        return None


class Stats:
    """What the Bot API endpoint received and how it answered."""

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.responses: dict[str, Counter[str]] = {}
        self.injected: Counter[str] = Counter()
        self.rate_limited = 0

    def clear(self) -> None:
        self.calls.clear()
        self.responses.clear()
        self.injected.clear()
        self.rate_limited = 0

    def record(self, method: str, status: int) -> None:
        self.calls[method] += 1
        self.responses.setdefault(method, Counter())[str(status)] += 1

    def to_json(self) -> dict[str, Any]:
        return {
            "calls": dict(self.calls),
            "responses": {method: dict(codes) for method, codes in self.responses.items()},
            "injected": dict(self.injected),
            "rate_limited": self.rate_limited,
        }
