"""Nothing is shown before it is committed: a Bot API call made while an update is handled, after the
update wrote something, first commits what it wrote (with its claim and its removal from the inbox,
`updates.commit`).

So a "saved", "sent" or "alerted" on screen is always true: if the commit fails (a locked or unreachable
database), the call is not made, the update fails as a whole, and the person is told it did not work
(`bot/handlers/errors.py`) or the update is tried again (`bot/update/inbox.py`).

An update that has written nothing yet (a menu, a help text, a question shown) keeps its claim for its
end, as before: if its process dies while its answer is on the way, the update is still in the inbox and
is handled again. Calls that only read (`get*`) and calls outside an update (the outbox sender,
start-up) pass straight through.
"""

from __future__ import annotations

from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response, TelegramType

from storage.repo import updates
from storage.unit_of_work import current_session, has_written


def shows_something(method: TelegramMethod[Any]) -> bool:
    """Every Bot API method but those that only read (getMe, getUpdates, getFile, getChat...)."""
    return not method.__api_method__.startswith("get")


async def commit_before_showing(method: TelegramMethod[Any]) -> None:
    """Commit the current update's writes if `method` would show something and there are any."""
    session = current_session()
    if session is not None and shows_something(method) and has_written(session):
        await updates.commit(session)


class CommitFirst(BaseRequestMiddleware):
    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        await commit_before_showing(method)
        return await make_request(bot, method)
