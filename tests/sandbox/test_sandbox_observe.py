"""The observer a benchmark sets: which updates getUpdates hands out, which calls arrive, for which chat."""

from __future__ import annotations

from typing import Any

from aiogram import Bot

from sandbox.client import SandboxClient
from sandbox.server import SandboxServer


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []

    def called(self, method: str, chat_id: int | None) -> None:
        self.events.append(("called", (method, chat_id)))

    def handed_out(self, updates: list[dict[str, Any]]) -> None:
        self.events.append(("handed_out", [u["update_id"] for u in updates]))


async def test_observer_sees_updates_handed_out_and_the_answer_for_that_chat(
    server: SandboxServer, client: SandboxClient, bot: Bot
) -> None:
    recorder = Recorder()
    server.sandbox.observer = recorder
    persona = await client.create_persona("Ada")
    sent = await client.send_text(persona["id"], "hello")
    assert recorder.events == []  # nothing is handed out until the bot asks

    updates = await bot.get_updates(timeout=0)
    await bot.send_message(persona["id"], "hi")

    assert [u.update_id for u in updates] == [sent["update_id"]]
    assert recorder.events == [
        ("called", ("getUpdates", None)),
        ("handed_out", [sent["update_id"]]),
        ("called", ("sendMessage", persona["id"])),
    ]


async def test_an_empty_poll_hands_nothing_out_and_no_observer_costs_nothing(
    server: SandboxServer, client: SandboxClient, bot: Bot
) -> None:
    recorder = Recorder()
    server.sandbox.observer = recorder
    await bot.get_updates(timeout=0)
    assert recorder.events == [("called", ("getUpdates", None))]

    server.sandbox.observer = None
    persona = await client.create_persona("Ada")
    await client.send_text(persona["id"], "hello")
    assert len(await bot.get_updates(timeout=0)) == 1
    assert recorder.events == [("called", ("getUpdates", None))]
