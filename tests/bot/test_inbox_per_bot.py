"""One dispatcher serving two bots (Telegram's and the web channel's, issue #24): an update whose handling
fails is kept in (or taken out of) the inbox of the bot it came from, never another's."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from aiogram import Bot
from aiogram.types import Update
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.update.inbox import Inbox
from storage.db import make_session_factory
from storage.repo import inbox as inbox_repo

TELEGRAM = Bot("111:telegram-token")
WEB = Bot("222:web-channel-token")


async def test_a_failed_update_stays_in_its_own_bots_inbox(engine: AsyncEngine):
    factory = make_session_factory(engine)
    telegram_box = Inbox(factory, TELEGRAM, timedelta(seconds=10), places=4)
    web_box = Inbox(factory, WEB, timedelta(seconds=10), places=4)
    middleware = telegram_box.middleware()
    middleware.add(web_box)
    for box in (telegram_box, web_box):
        await box.receive([inbox_repo.Received(7, '{"update_id": 7}')])

    async def locked(_event: Any, _data: dict[str, Any]) -> None:
        raise OperationalError("UPDATE", {}, Exception("database is locked"))

    update = Update(update_id=7)
    result = await middleware(locked, update, {"bot": WEB})
    assert result is not None  # left to be tried again: not handled, the person not told yet
    assert 7 not in web_box.held and 7 in telegram_box.held  # the web bot's update, not Telegram's
    async with factory() as session:
        assert await inbox_repo.is_waiting(session, WEB.id, 7)
        assert await inbox_repo.is_waiting(session, TELEGRAM.id, 7)

    async def broken(_event: Any, _data: dict[str, Any]) -> None:
        raise ValueError("a bug")

    with pytest.raises(ValueError):
        await middleware(broken, update, {"bot": TELEGRAM})
    async with factory() as session:
        assert not await inbox_repo.is_waiting(session, TELEGRAM.id, 7)  # a bug does not pass: taken out
        assert await inbox_repo.is_waiting(session, WEB.id, 7)


async def test_an_update_of_a_bot_without_an_inbox_is_handled_as_it_is(engine: AsyncEngine):
    box = Inbox(make_session_factory(engine), TELEGRAM, timedelta(seconds=10), places=4)
    seen: list[int] = []

    async def handler(event: Any, _data: dict[str, Any]) -> str:
        seen.append(event.update_id)
        return "done"

    assert await box.middleware()(handler, Update(update_id=9), {"bot": WEB}) == "done"
    assert seen == [9]
