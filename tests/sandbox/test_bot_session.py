"""The bot's Bot API session keeps the models it parses answers with, across garbage collections."""

from __future__ import annotations

import gc
import weakref
from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiogram.methods.base import Response
from aiogram.types import Chat, Message
from sandbox_support import TOKEN

from bot.session import BotSession
from sandbox.server import SandboxServer


@pytest.fixture
async def our_bot(server: SandboxServer) -> AsyncIterator[Bot]:
    instance = Bot(TOKEN, session=BotSession(api=TelegramAPIServer.from_base(server.url)))
    yield instance
    await instance.session.close()


async def test_answers_are_parsed_with_the_same_model_after_a_collection(our_bot: Bot, chat_id: int) -> None:
    first = await our_bot.send_message(chat_id, "one")
    model = weakref.ref(Response[Message])
    unused = weakref.ref(Response[Chat])  # what pydantic alone does with a model nobody keeps
    gc.collect()

    second = await our_bot.send_message(chat_id, "two")
    assert isinstance(first, Message) and isinstance(second, Message)
    assert (first.text, second.text) == ("one", "two")
    assert unused() is None  # pydantic's own cache lets it go at the first collection
    assert model() is not None and Response[Message] is model()  # ours is still the one in use
