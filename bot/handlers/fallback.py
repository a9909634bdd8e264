"""What no flow took: unknown commands and free text get a hint, never silence."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery, Message
from aiogram_i18n import I18nContext

from bot.filters import TextStartsWith
from storage.repo.actors import Actor


async def unknown_command(message: Message, i18n: I18nContext) -> None:
    command = (message.text or "").split()[0][:32]
    await message.answer(i18n.get("hint-unknown-command", command=command))


async def free_text(message: Message, actor: Actor | None, i18n: I18nContext) -> None:
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
