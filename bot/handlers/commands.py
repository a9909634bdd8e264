"""/menu, /help, /cancel and /language: they work from anywhere, even in the middle of a flow."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message
from aiogram_dialog import DialogManager, StartMode
from aiogram_i18n import I18nContext

from dialogs.navigation import start_home
from dialogs.states import Language
from storage.repo.actors import Actor


async def menu(
    message: Message, actor: Actor | None, i18n: I18nContext, dialog_manager: DialogManager
) -> None:
    if actor is None:
        await message.answer(i18n.get("start-unknown-person"))
        return
    await start_home(dialog_manager, actor)


async def help_(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("help-text"))


async def cancel(message: Message, i18n: I18nContext, dialog_manager: DialogManager) -> None:
    if dialog_manager.has_context():
        await dialog_manager.reset_stack(remove_keyboard=True)
    await message.answer(i18n.get("cancelled"))


async def language(
    message: Message, actor: Actor | None, i18n: I18nContext, dialog_manager: DialogManager
) -> None:
    if actor is None:
        await message.answer(i18n.get("start-unknown-person"))
        return
    await dialog_manager.start(Language.choose, mode=StartMode.NORMAL)


def router() -> Router:
    """A new router: each dispatcher needs its own."""
    router = Router(name="commands")
    router.message.register(menu, Command("menu"))
    router.message.register(help_, Command("help"))
    router.message.register(cancel, Command("cancel"))
    router.message.register(language, Command("language"))
    return router
