"""Hooks for measuring the bot from outside (the benchmarks): when it takes updates, when its calls arrive.

Nothing is recorded unless an observer is set (`Sandbox.observer`); the observer takes its own timestamps.
"""

from __future__ import annotations

from typing import Any, Protocol

Update = dict[str, Any]


class Observer(Protocol):
    def called(self, method: str, chat_id: int | None) -> None:
        """A Bot API call (any method; name as registered, e.g. "sendMessage") has just arrived."""

    def handed_out(self, updates: list[Update]) -> None:
        """getUpdates is returning these updates to the bot (again, if it did not confirm them), or the
        webhook is posting one (again, after a failed attempt)."""
