"""Telegram tells us when a person blocks or unblocks the bot (`my_chat_member`): keep `reachable` true."""

from __future__ import annotations

import logging

from aiogram import Router
from aiogram.enums import ChatMemberStatus
from aiogram.types import ChatMemberUpdated
from sqlalchemy.ext.asyncio import AsyncSession

from storage.repo import people

log = logging.getLogger(__name__)


async def membership_changed(event: ChatMemberUpdated, session: AsyncSession) -> None:
    if event.chat.type != "private":
        return
    reachable = event.new_chat_member.status not in (ChatMemberStatus.KICKED, ChatMemberStatus.LEFT)
    await people.set_reachable(session, event.from_user.id, reachable)
    log.info("a person %s the bot", "unblocked" if reachable else "blocked")


def router() -> Router:
    """A new router: each dispatcher needs its own."""
    router = Router(name="membership")
    router.my_chat_member.register(membership_changed)
    return router
