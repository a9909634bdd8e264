"""B1's floor: a bare aiogram bot that answers every message and button press with one message.

No database, no state, no middleware: what aiogram's polling and one Bot API call per update cost. The
answer carries every button the B1 script taps, so the same driver can go through its steps.

    BOT_TOKEN=... TELEGRAM_API_URL=http://127.0.0.1:8081 python -m benchmarks.peers.floor
"""

from __future__ import annotations

import asyncio
import logging
import os

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from benchmarks.script import LABELS

KEYBOARD = InlineKeyboardMarkup(
    inline_keyboard=[
        [InlineKeyboardButton(text=label, callback_data=f"b{i}")] for i, label in enumerate(LABELS)
    ]
)


async def answer(event: Message | CallbackQuery, bot: Bot) -> None:
    chat_id = event.chat.id if isinstance(event, Message) else event.from_user.id
    await bot.send_message(chat_id, "OK", reply_markup=KEYBOARD)


def dispatcher() -> Dispatcher:
    dp = Dispatcher()
    dp.message.register(answer)
    dp.callback_query.register(answer)
    return dp


async def main() -> None:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "WARNING"))
    session = AiohttpSession(api=TelegramAPIServer.from_base(os.environ["TELEGRAM_API_URL"]))
    bot = Bot(os.environ["BOT_TOKEN"], session=session)
    await dispatcher().start_polling(bot, allowed_updates=["message", "callback_query"])


if __name__ == "__main__":
    asyncio.run(main())
