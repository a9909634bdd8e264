"""/language: pick the language the bot speaks to you (stored on your profile)."""

from __future__ import annotations

from typing import Any

from aiogram.types import CallbackQuery
from aiogram_dialog import Dialog, DialogManager
from aiogram_dialog.widgets.kbd import Cancel, Column

from dialogs import locales
from dialogs.audience import refresh_commands
from dialogs.common import Screen, choice_buttons
from dialogs.states import Language
from dialogs.widgets import T, i18n_of


async def language_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    current = i18n.locale
    options = [
        (code, f"✓ {name}" if code == current else name) for code, name in locales.available(i18n.core)
    ]
    return {"languages": options, "current": i18n.core.get("language-name", current)}


async def choose(callback: CallbackQuery, _widget: Any, manager: DialogManager, code: str) -> None:
    i18n = i18n_of(manager)
    if code not in i18n.core.available_locales:
        await callback.answer(i18n.get("not-available"), show_alert=True)
        return
    await i18n.set_locale(code)
    if callback.message is not None:
        await refresh_commands(manager, code)  # the person's own list, in the new language
    await callback.answer(i18n.get("language-changed"))
    await manager.done()


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(
        Screen(
            T("language-title"),
            Column(choice_buttons("lang", "languages", choose)),
            Cancel(T("btn-back")),
            getter=language_getter,
            state=Language.choose,
        ),
    )
