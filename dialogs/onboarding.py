"""Joining: choose a language, read the privacy notice written for teenagers, agree, land in the menu."""

from __future__ import annotations

from typing import Any

from aiogram.types import CallbackQuery
from aiogram_dialog import Dialog, DialogManager, StartMode
from aiogram_dialog.widgets.kbd import Button, Column, Row, SwitchTo

from dialogs import locales, questionnaire
from dialogs.audience import ForReader, refresh_commands
from dialogs.common import Screen, choice_buttons
from dialogs.context import actor_of, session_of
from dialogs.states import MainMenu, Onboarding
from dialogs.urgent import PrivacyUrgentWords
from dialogs.widgets import T, i18n_of
from storage.repo import consent, people
from storage.timeutil import utcnow

# the notice's version a consent records: 2026-12 says per role what is kept and who sees it, and which
# rule applies to urgent words (URGENT_WORDS_SIGNAL)
PRIVACY_NOTICE_VERSION = "2026-12"


async def language_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    start = dialog_manager.start_data if isinstance(dialog_manager.start_data, dict) else {}
    name = start.get("name") or actor_of(dialog_manager).name
    return {"name": name, "languages": locales.available(i18n.core)}


async def choose_language(callback: CallbackQuery, _widget: Any, manager: DialogManager, code: str) -> None:
    i18n = i18n_of(manager)
    if code not in i18n.core.available_locales:
        await callback.answer(i18n.get("not-available"), show_alert=True)
        return
    await i18n.set_locale(code)
    await manager.switch_to(Onboarding.privacy)


async def accept(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    actor = actor_of(manager)
    await consent.give(session_of(manager), actor.person_id, PRIVACY_NOTICE_VERSION, utcnow())
    await refresh_commands(manager)  # their role is known: their own command list
    if not await questionnaire.open_baseline_if_due(manager):
        await manager.start(MainMenu.main, mode=StartMode.RESET_STACK)


async def remember_default_language(_start_data: Any, manager: DialogManager) -> None:
    """Keep the language the person already sees, in case they leave before choosing."""
    actor = actor_of(manager)
    if actor.locale is None:
        await people.set_locale(session_of(manager), actor.person_id, i18n_of(manager).locale)


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(
        Screen(
            T("onboarding-language"),
            Column(choice_buttons("lang", "languages", choose_language)),
            getter=language_getter,
            state=Onboarding.language,
        ),
        Screen(
            ForReader("notice"),
            PrivacyUrgentWords(),
            T("privacy-question"),
            Row(
                Button(T("privacy-accept"), id="accept", on_click=accept),
                SwitchTo(T("privacy-decline"), id="decline", state=Onboarding.declined),
            ),
            state=Onboarding.privacy,
        ),
        Screen(
            T("privacy-declined"),
            SwitchTo(T("btn-privacy-read"), id="again", state=Onboarding.privacy),
            state=Onboarding.declined,
        ),
        on_start=remember_default_language,
    )
