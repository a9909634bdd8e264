"""A person the bot could not reach (they had blocked it: a 403) is reachable again as soon as they write,
and Telegram's own word that they blocked or unblocked the bot (`my_chat_member`) is kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from aiogram.types import ChatMemberBanned, ChatMemberMember, ChatMemberUpdated, Update, User
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import i18n_core, translator
from scheduler import periodic
from scheduler.clock import ManualClock
from scheduler.config import SchedulerConfig
from scheduler.sender import OutboxSender, SenderConfig
from storage.repo import people
from tests.harness import Harness
from tests.pairs import join_pair

MARIA, IVAN = 9601, 9602
WEDNESDAY_FIVE_IN_SOFIA = datetime(2026, 12, 9, 15, 0, tzinfo=UTC)  # when the weekly tip goes out


async def reachable(factory: async_sessionmaker[AsyncSession], telegram_id: int) -> bool:
    async with factory() as session:
        person = await people.by_telegram_id(session, telegram_id)
        assert person is not None
        return person.reachable


async def blocked_by(factory: async_sessionmaker[AsyncSession], telegram_id: int) -> None:
    """What the outbox sender does on a 403."""
    async with factory() as session:
        await people.set_reachable(session, telegram_id, False)
        await session.commit()


def sender(h: Harness, factory: async_sessionmaker[AsyncSession], clock: ManualClock) -> OutboxSender:
    core = i18n_core()
    core.locales.update(core.find_locales())
    config = SenderConfig(global_rate=500, per_chat_interval=0)
    return OutboxSender(h.bot, factory, translator(core, "en"), clock, "en", config)


def tips_to(h: Harness, chat_id: int) -> list[str]:
    return [text for text in h.bot.texts(chat_id) if "Online-safety tip" in text]


async def test_a_person_who_writes_again_gets_scheduled_messages_again(session_factory):
    clock = ManualClock(WEDNESDAY_FIVE_IN_SOFIA)
    async with Harness(session_factory) as h:
        _, ivan = await join_pair(h, MARIA, IVAN)
        await blocked_by(session_factory, IVAN)
        assert await periodic.weekly_tips(session_factory, clock, SchedulerConfig()) == 1  # Maria's only
        await sender(h, session_factory, clock).tick()
        assert tips_to(h, MARIA) and not tips_to(h, IVAN)

        await ivan.send("/menu")
        assert "Main menu" in h.screen(IVAN)
        assert await reachable(session_factory, IVAN)

        clock.set(WEDNESDAY_FIVE_IN_SOFIA + timedelta(days=7))
        assert await periodic.weekly_tips(session_factory, clock, SchedulerConfig()) == 2
        await sender(h, session_factory, clock).tick()
        assert len(tips_to(h, IVAN)) == 1


async def test_a_tap_on_a_button_makes_the_person_reachable_again(session_factory):
    async with Harness(session_factory) as h:
        _, ivan = await join_pair(h, MARIA, IVAN)
        await ivan.send("/menu")
        await blocked_by(session_factory, IVAN)
        await h.tap(ivan, "🆘 Report a concern")
        assert await reachable(session_factory, IVAN)


def membership(user_id: int, first_name: str, blocked: bool) -> ChatMemberUpdated:
    bot = User(id=4242, is_bot=True, first_name="Mentor")
    member, banned = ChatMemberMember(user=bot), ChatMemberBanned(user=bot, until_date=0)
    return ChatMemberUpdated(
        chat={"id": user_id, "type": "private"},
        from_user=User(id=user_id, is_bot=False, first_name=first_name),
        date=datetime.now(UTC),
        old_chat_member=member if blocked else banned,
        new_chat_member=banned if blocked else member,
    )


async def test_blocking_and_unblocking_the_bot_are_kept_as_telegram_says(session_factory):
    async with Harness(session_factory) as h:
        _, ivan = await join_pair(h, MARIA, IVAN)
        await blocked_by(session_factory, IVAN)  # a 403 came first, then Telegram's word that they blocked
        await h.dp.feed_update(
            h.bot, Update(update_id=ivan._new_update_id(), my_chat_member=membership(IVAN, "Ivan", True))
        )
        assert not await reachable(session_factory, IVAN)
        await h.dp.feed_update(
            h.bot, Update(update_id=ivan._new_update_id(), my_chat_member=membership(IVAN, "Ivan", False))
        )
        assert await reachable(session_factory, IVAN)
        await h.dp.feed_update(
            h.bot, Update(update_id=ivan._new_update_id(), my_chat_member=membership(IVAN, "Ivan", True))
        )
        assert not await reachable(session_factory, IVAN)
