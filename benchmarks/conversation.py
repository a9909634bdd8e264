"""The B1 driver: many people at once go through a scripted conversation with a bot in the sandbox.

Each person waits for the bot's answer, then pauses like a person reading and tapping (a random pause
in `pace`, seeded) before the next step, and starts after such a pause too. With no pause (pace (0, 0))
people answer the instant the bot does: that measures only how much the bot can take, and the latency
is then mostly queueing (N people / updates per second, by Little's law), for any bot.

People act in-process on the `Sandbox` object (as the control API would, without its HTTP hop), so the
driver costs the sandbox's event loop as little as possible. The sandbox's observer hook timestamps each
update when getUpdates hands it out and each Bot API call when it arrives; a step's latency runs from the
hand-out to the first answer for that chat (sendMessage or editMessageText).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks.script import Step
from sandbox.core import Sandbox
from sandbox.state import Chat

ANSWERS = frozenset({"sendMessage", "editMessageText"})


@dataclass
class _Waiter:
    update_id: int
    answered: asyncio.Future[float]
    handed_at: float | None = None


@dataclass
class Timeline:
    """The sandbox observer: hand-outs, answers and the first getUpdates, on one monotonic clock."""

    first_poll: float | None = None
    calls: int = 0
    _handed: dict[int, float] = field(default_factory=dict)
    _waiting: dict[int, _Waiter] = field(default_factory=dict)
    _polled: asyncio.Event = field(default_factory=asyncio.Event)

    def called(self, method: str, chat_id: int | None) -> None:
        now = time.perf_counter()
        self.calls += 1
        if method == "getUpdates" and self.first_poll is None:
            self.first_poll = now
            self._polled.set()
        if method not in ANSWERS or chat_id is None:
            return
        waiter = self._waiting.get(chat_id)
        if waiter is not None and waiter.handed_at is not None and not waiter.answered.done():
            waiter.answered.set_result(now - waiter.handed_at)
            del self._waiting[chat_id]

    def handed_out(self, updates: list[dict[str, Any]]) -> None:
        now = time.perf_counter()
        for update in updates:
            update_id = update["update_id"]
            if update_id in self._handed:
                continue
            self._handed[update_id] = now
            chat_id = _chat_of(update)
            waiter = self._waiting.get(chat_id) if chat_id is not None else None
            if waiter is not None and waiter.update_id == update_id:
                waiter.handed_at = now

    def expect(self, chat_id: int, update_id: int) -> asyncio.Future[float]:
        """The latency of the bot's answer to `update_id`, in seconds, once it comes."""
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self._waiting[chat_id] = _Waiter(update_id, future)
        return future

    async def wait_first_poll(self) -> float:
        await self._polled.wait()
        assert self.first_poll is not None
        return self.first_poll


def _chat_of(update: dict[str, Any]) -> int | None:
    if "message" in update:
        return int(update["message"]["chat"]["id"])
    if "callback_query" in update:
        return int(update["callback_query"]["from"]["id"])
    return None


def observe(sandbox: Sandbox) -> Timeline:
    timeline = Timeline()
    sandbox.observer = timeline
    return timeline


@dataclass(frozen=True)
class Outcome:
    """One run: every step's latency (seconds) and the wall time from the first update to the last answer."""

    latencies: Sequence[float]
    seconds: float

    @property
    def updates(self) -> int:
        return len(self.latencies)

    @property
    def per_second(self) -> float:
        return self.updates / self.seconds

    def latencies_ms(self) -> list[float]:
        return [value * 1000 for value in self.latencies]


def _button_message(chat: Chat, label: str) -> int | None:
    """The newest bot message in the chat with an inline button labelled `label`."""
    for message_id in sorted(chat.messages, reverse=True):
        message = chat.messages[message_id]
        rows = (message.reply_markup or {}).get("inline_keyboard", []) if message.outgoing else []
        if any(button.get("text") == label for row in rows for button in row):
            return message_id
    return None


async def _act(sandbox: Sandbox, chat: Chat, step: Step, wait: float) -> dict[str, Any]:
    """Send the text or press the button; returns the update the bot gets."""
    if not step.tap:
        _, update = sandbox.persona_sends(chat, text=step.value)
    else:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait
        message_id = _button_message(chat, step.value)
        while message_id is None:  # the answer has arrived; its message may still be on its way in
            if loop.time() > deadline:
                raise AssertionError(f"no button {step.value!r} in chat {chat.id}")
            await asyncio.sleep(0.001)
            message_id = _button_message(chat, step.value)
        _, update = sandbox.press(chat, message_id, text=step.value)
    assert update is not None, "the bot does not take this kind of update"
    return update


async def _converse(
    sandbox: Sandbox,
    timeline: Timeline,
    chat: Chat,
    script: Sequence[Step],
    wait: float,
    pace: tuple[float, float],
) -> list[float]:
    pauses = random.Random(chat.id)
    latencies = []
    for step in script:
        if pace[1] > 0:
            await asyncio.sleep(pauses.uniform(*pace))
        update = await _act(sandbox, chat, step, wait)
        answered = timeline.expect(chat.id, update["update_id"])
        try:
            latencies.append(await asyncio.wait_for(answered, wait))
        except TimeoutError:
            raise AssertionError(f"no answer to {step.value!r} in chat {chat.id} within {wait} s") from None
    return latencies


def add_people(sandbox: Sandbox, ids: Sequence[int]) -> list[Chat]:
    return [sandbox.world.add_persona(f"Teacher {i}", persona_id=i, language_code="en") for i in ids]


async def converse(
    sandbox: Sandbox,
    timeline: Timeline,
    chats: Sequence[Chat],
    script: Sequence[Step],
    *,
    pace: tuple[float, float] = (0.0, 0.0),
    wait: float = 60,
) -> Outcome:
    """Everyone goes through `script` at once, each waiting for the bot's answer (and a pause in `pace`
    seconds) before the next step."""
    started = time.perf_counter()
    results = await asyncio.gather(
        *(_converse(sandbox, timeline, chat, script, wait, pace) for chat in chats)
    )
    seconds = time.perf_counter() - started
    return Outcome([value for person in results for value in person], seconds)
