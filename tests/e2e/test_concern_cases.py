"""The real bot process over HTTP (issue #23): an unread concern reminds every coordinator and the
safeguarding lead after CONCERN_READ_MINUTES, also when the process was killed in between; opening it
tells the reporter; a thread between an English coordinator and a Bulgarian mentee, each in their own
language; the mentor of the pair hears nothing of any of it."""

from __future__ import annotations

import asyncio

import pytest

from sandbox.client import SandboxClient
from sandbox.server import SandboxServer
from storage.models import Role
from tests.e2e.botprocess import BotProcess, Phone, onboard, phone
from tests.e2e.concern_world import REMINDER, seeded

pytestmark = pytest.mark.e2e

READ_MINUTES = 0.2  # 12 seconds: the reminder's moment, short for the test


async def onboard_in_bulgarian(person: Phone, code: str) -> None:
    await person.send(f"/start {code}")
    await person.tap("Български")
    await person.tap("✔ Приемам")
    if "⏸ По-късно" in await person.buttons():
        await person.tap("⏸ По-късно")
    await person.wait_text("Главно меню")


async def button_shown(person: Phone, label: str, within: float = 15) -> None:
    """Wait until the newest message of the chat has the button `label` (a window just opened)."""
    deadline = asyncio.get_running_loop().time() + within
    while label not in await person.buttons():
        assert asyncio.get_running_loop().time() < deadline, f"no {label!r} in chat {person.chat_id}"
        await asyncio.sleep(0.1)


async def texts(person: Phone) -> list[str]:
    return [str(m["text"] or "") for m in await person.messages() if m["from"] == "bot"]


async def test_unread_reminders_survive_a_kill_and_a_thread_runs_in_two_languages(
    api: SandboxServer, client: SandboxClient, database_url: str, tmp_path
):
    coordinator_code, lead_code, seats = await seeded(database_url)
    env = {"CONCERN_READ_MINUTES": str(READ_MINUTES)}
    process = BotProcess(api.url, database_url, tmp_path / "bot.log", **env)
    await process.start(api)
    try:
        ana, lena = await phone(client, "Ana"), await phone(client, "Lena")
        elena, ivo = await phone(client, "Elena"), await phone(client, "Ivo", language="bg")
        await onboard(ana, coordinator_code)
        await onboard(lena, lead_code)
        await onboard(elena, seats[Role.MENTOR])
        await onboard_in_bulgarian(ivo, seats[Role.MENTEE])
        await ivo.send("/concern", expect="Подай сигнал")
        await ivo.send("По-голям ученик ми взима парите всеки ден.", expect="Да изпратя ли това")
        await ivo.tap("✔ Изпрати")
        for staff in (ana, lena):  # the lead gets every alert too
            await staff.wait_text("A concern was reported by a mentee in Peer support", wait=20)
    finally:
        await process.kill()  # before the reminder is due: nothing of it exists outside the database

    restarted = BotProcess(api.url, database_url, tmp_path / "bot2.log", **env)
    await restarted.start(api)
    try:
        for staff in (ana, lena):
            reminder = await staff.wait_text(REMINDER, wait=45)
            assert "By" not in reminder and "взима" not in reminder  # no text of the report
        await ana.tap("Read the report")
        await ana.wait_text("По-голям ученик ми взима парите всеки ден.")
        await button_shown(ana, "💬 Write to the reporter")
        read = await ivo.wait_text("Координатор прочете сигнала ти.", wait=20)
        assert "Ana" not in read

        # a reply in English reaches the Bulgarian mentee inside his own language's frame
        await ana.tap("💬 Write to the reporter")
        await ana.send("Thank you. Can we talk tomorrow at break?", expect="on its way to the reporter")
        await ivo.wait_text("Координатор ти писа във връзка със сигнала ти.", wait=20)
        await ivo.tap("Отвори сигнала си")
        await button_shown(ivo, "✏️ Допълни сигнала си")
        thread = await ivo.wait_text("Thank you. Can we talk tomorrow at break?")
        assert "Координатор:" in thread and "Ana" not in thread
        await ivo.tap("✏️ Допълни сигнала си")
        await ivo.send("Да, в голямото междучасие.", expect="Добавено. Координаторите са уведомени.")
        for staff in (ana, lena):
            await staff.wait_text("The reporter added to a concern in Peer support", wait=20)
        await ana.tap("Read the report")
        await button_shown(ana, "📜 Case history")
        await ana.tap("📜 Case history")
        trail = await ana.wait_text("the reporter: Да, в голямото междучасие.")
        assert "Ana to the reporter: Thank you. Can we talk tomorrow at break?" in trail

        # nothing of it ever reached the mentor; the reminders stopped once it was read
        await asyncio.sleep(READ_MINUTES * 60 / 2)
        assert not any("concern" in t.lower() or "взима" in t for t in await texts(elena))
        assert sum(REMINDER in t for t in await texts(ana)) == 1
    finally:
        await restarted.stop()
