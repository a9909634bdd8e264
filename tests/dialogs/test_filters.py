"""Routing filters run in the event loop: aiogram runs a plain-function filter (a magic filter) in a
worker thread for every update it checks, which cost about a tenth of the bot's CPU in benchmark B1."""

from __future__ import annotations

from aiogram import Dispatcher
from aiogram.types import CallbackQuery, Chat, Message, User
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.filters import DataIs, DataStartsWith, TextStartsWith
from tests.harness import Harness


def _sync_filters(dp: Dispatcher) -> list[str]:
    found = []
    for router in dp.chain_tail:
        for kind in ("message", "callback_query", "edited_message", "my_chat_member"):
            for handler in router.observers[kind].handlers:
                found += [
                    f"{router.name}.{kind}: {f.callback!r}" for f in handler.filters or [] if not f.awaitable
                ]
    return found


async def test_no_router_checks_a_message_or_a_button_in_a_thread(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with Harness(session_factory) as h:
        assert _sync_filters(h.dp) == []


async def test_the_filters_match_what_the_magic_filters_did() -> None:
    user = User(id=1, is_bot=False, first_name="Pat")
    chat = Chat(id=1, type="private")

    def press(data: str | None) -> CallbackQuery:
        return CallbackQuery(id="1", from_user=user, chat_instance="1", data=data)

    def say(text: str | None) -> Message:
        return Message(message_id=1, date=0, chat=chat, from_user=user, text=text)

    assert await DataStartsWith("meeting:")(press("meeting:7:cancel"))
    assert not await DataStartsWith("meeting:")(press("concern:7"))
    assert not await DataStartsWith("meeting:")(press(None))
    assert await DataIs("digest:open")(press("digest:open"))
    assert not await DataIs("digest:open")(press("digest:open:1"))
    assert await TextStartsWith("/")(say("/nonsense"))
    assert not await TextStartsWith("/")(say("hello"))
    assert not await TextStartsWith("/")(say(None))
