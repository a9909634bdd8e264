"""Where a person lands: onboarding until they have agreed to the privacy notice, else the menu."""

from __future__ import annotations

from aiogram_dialog import DialogManager, ShowMode, StartMode

from dialogs.states import MainMenu, Onboarding
from storage.repo.actors import Actor


async def start_home(manager: DialogManager, actor: Actor, show_mode: ShowMode = ShowMode.SEND) -> None:
    """Open the person's main menu (or the privacy notice first), replacing any open flow."""
    if not actor.consented:
        first = Onboarding.privacy if actor.locale else Onboarding.language
        await manager.start(first, data={"name": actor.name}, mode=StartMode.RESET_STACK, show_mode=show_mode)
        return
    await manager.start(MainMenu.main, mode=StartMode.RESET_STACK, show_mode=show_mode)
