"""What no flow took: unknown commands and free text get a hint, never silence. Free text is checked for
urgent words first (dialogs/urgent.py): on a match the writer also gets the helplines."""

from __future__ import annotations

from aiogram import Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram_i18n import I18nContext
from sqlalchemy.ext.asyncio import AsyncSession

from bot.filters import TextStartsWith
from dialogs import urgent
from dialogs.context import DialogConfig
from storage.repo.actors import Actor


async def unknown_command(message: Message, i18n: I18nContext) -> None:
    command = (message.text or "").split()[0][:32]
    await message.answer(i18n.get("hint-unknown-command", command=command))


async def free_text(
    message: Message,
    actor: Actor | None,
    i18n: I18nContext,
    session: AsyncSession,
    state: FSMContext,
    dialog_config: DialogConfig | None = None,
) -> None:
    await urgent.offer_help(
        message,
        message.text or message.caption or "",
        session=session,
        actor=actor,
        i18n=i18n,
        state=state,
        config=dialog_config or DialogConfig(),
    )
    if actor is None:
        await message.answer(i18n.get("start-unknown-person"))
    elif not actor.is_pair_member and not actor.is_coordinator:
        await message.answer(i18n.get("hint-no-programme"))
    else:
        await message.answer(i18n.get("hint-free-text"))


async def unknown_button(callback: CallbackQuery, i18n: I18nContext) -> None:
    await callback.answer(i18n.get("not-available"), show_alert=True)


def router() -> Router:
    """A new router: each dispatcher needs its own."""
    router = Router(name="fallback")
    router.message.register(unknown_command, TextStartsWith("/"))
    router.message.register(free_text)
    router.callback_query.register(unknown_button)
    return router
