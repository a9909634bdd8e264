"""A real aiogram Dispatcher polling the sandbox: command, echo and callback round trips."""

from __future__ import annotations

import asyncio

from aiogram import Dispatcher, F
from aiogram.filters import CommandObject, CommandStart
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from sandbox_support import make_bot

from sandbox.client import SandboxClient
from sandbox.server import SandboxServer


def build_dispatcher() -> Dispatcher:
    dispatcher = Dispatcher()
    ping = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="Ping", callback_data="ping")]])

    @dispatcher.message(CommandStart())
    async def start(message: Message, command: CommandObject) -> None:
        await message.answer(f"Welcome! invite={command.args}", reply_markup=ping)

    @dispatcher.callback_query(F.data == "ping")
    async def pong(query: CallbackQuery) -> None:
        await query.answer("pong")
        if isinstance(query.message, Message):
            await query.message.edit_text("Ponged")

    @dispatcher.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(message.text or "")

    return dispatcher


async def test_dispatcher_polling_round_trips(server: SandboxServer, client: SandboxClient) -> None:
    dispatcher, bot = build_dispatcher(), make_bot(server.url)
    polling = asyncio.create_task(dispatcher.start_polling(bot, handle_signals=False, polling_timeout=5))
    try:
        persona = (await client.create_persona("Ada"))["id"]
        said = await client.send_text(persona, "/start code-7")
        welcome = await client.wait_for_bot_message(persona, after=said["message"]["message_id"], wait=5)
        assert welcome["text"] == "Welcome! invite=code-7"

        echoed = await client.send_text(persona, "echo me")
        reply = await client.wait_for_bot_message(persona, after=echoed["message"]["message_id"], wait=5)
        assert reply["text"] == "echo me"

        before = (await client.transcript(persona))["version"]
        pressed = await client.press(persona, welcome["message_id"], data="ping")
        answer = await client.callback(pressed["callback_query_id"], wait=5)
        assert answer["answered"] and answer["text"] == "pong"
        chat = await client.transcript(persona, since=before, wait=5)
        for _ in range(10):  # the edit follows the answer; each round waits for the next change
            if chat["messages"][1]["text"] == "Ponged":
                break
            chat = await client.transcript(persona, since=chat["version"], wait=5)
        assert chat["messages"][1]["text"] == "Ponged"
        assert chat["messages"][1]["reply_markup"] is None
    finally:
        await dispatcher.stop_polling()
        await asyncio.wait_for(polling, 5)
