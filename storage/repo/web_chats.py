"""The web channel's journal (docs/web-channel.md): each web person's chat as their page shows it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Channel, Person, WebChat
from storage.upsert import insert_for


async def save(session: AsyncSession, chat_id: int, snapshot: str, now: datetime) -> bool:
    """Keep the chat of the web person with this chat id; False when there is no such person (a refused
    link, an erased person): nothing is kept."""
    person_id = await session.scalar(
        select(Person.id).where(Person.telegram_id == chat_id, Person.channel == Channel.WEB)
    )
    if person_id is None:
        return False
    statement = insert_for(session, WebChat).values(person_id=person_id, snapshot=snapshot, updated_at=now)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=["person_id"], set_={"snapshot": snapshot, "updated_at": now}
        )
    )
    return True


async def all_chats(session: AsyncSession) -> list[tuple[int, str]]:
    """(chat id, snapshot) of every web person's chat."""
    rows = await session.execute(
        select(Person.telegram_id, WebChat.snapshot).join(Person, Person.id == WebChat.person_id)
    )
    return [(chat_id, snapshot) for chat_id, snapshot in rows]
