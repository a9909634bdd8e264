"""The bot's update queue with getUpdates semantics: offsets confirm, long polls wake on new updates."""

from __future__ import annotations

import itertools
from typing import Any

from sandbox.errors import conflict
from sandbox.notify import Notifier

Update = dict[str, Any]

# Telegram sends these only when asked for them explicitly in allowed_updates.
OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
TERMINATED = "terminated by other getUpdates request; make sure that only one bot instance is running"


class UpdateQueue:
    """Pending updates in order. Update ids never repeat, even across resets."""

    def __init__(self) -> None:
        self.pending: list[Update] = []
        self.allowed: frozenset[str] | None = None
        self.created = 0
        self.changes = Notifier()
        self.waiting_polls = 0
        self.last_poll_at: float | None = None
        self._ids = itertools.count(1)
        self._poll_generation = 0

    def continue_from(self, first_id: int) -> None:
        """Number the next updates from `first_id` (a process that replaced another one goes on from where
        that one's ids could have reached: the bot skips an update id it handled before)."""
        self._ids = itertools.count(first_id)

    def push(self, kind: str, payload: Any) -> Update | None:
        """Queue an update of `kind` (e.g. "message"); None if allowed_updates filters it out."""
        if not self.accepts(kind):
            return None
        update: Update = {"update_id": next(self._ids), kind: payload}
        self.pending.append(update)
        self.created += 1
        self.changes.notify()
        return update

    def accepts(self, kind: str) -> bool:
        if self.allowed is None:
            return kind not in OPT_IN_UPDATES
        return kind in self.allowed

    def set_allowed(self, allowed: list[str] | None) -> None:
        """Remember allowed_updates; an empty list means Telegram's default set."""
        if allowed is not None:
            self.allowed = frozenset(allowed) if allowed else None

    def confirm(self, offset: int) -> None:
        """Forget updates before `offset`; a negative offset keeps only the last -offset updates."""
        if offset < 0:
            self.pending = self.pending[offset:]
        else:
            self.pending = [u for u in self.pending if u["update_id"] >= offset]

    def remove(self, update: Update) -> None:
        """Confirm one update, as a successful webhook delivery does."""
        if update in self.pending:
            self.pending.remove(update)
            self.changes.notify()

    def clear(self) -> None:
        self.pending.clear()
        self.changes.notify()

    def interrupt_polls(self) -> None:
        """End waiting getUpdates calls with 409, as a webhook being set or another poller does."""
        self._poll_generation += 1
        self.changes.notify()

    async def poll(self, offset: int | None, limit: int, wait: float, now: float) -> list[Update]:
        """getUpdates: confirm before `offset`, then wait up to `wait` seconds for something to return."""
        if offset:
            self.confirm(offset)
        self._poll_generation += 1
        generation = self._poll_generation
        self.last_poll_at = now

        def ready() -> bool:
            return bool(self.pending) or self._poll_generation != generation

        self.waiting_polls += 1
        self.changes.notify()
        try:
            if wait > 0:
                await self.changes.wait_for(ready, wait)
        finally:
            self.waiting_polls -= 1
        if self._poll_generation != generation:
            raise conflict(TERMINATED)
        return self.pending[:limit]
