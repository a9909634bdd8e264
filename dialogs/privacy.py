"""Privacy: what you agreed to and when, the notice itself, and taking the agreement back."""

from __future__ import annotations

from typing import Any

from aiogram.types import CallbackQuery
from aiogram_dialog import Dialog, DialogManager, StartMode
from aiogram_dialog.widgets.kbd import Back, Button, Cancel, Column, Row, Start, SwitchTo
from aiogram_dialog.widgets.text import Format

from dialogs.audience import ForReader
from dialogs.common import Screen, tr
from dialogs.context import actor_of, session_of
from dialogs.states import Onboarding, Privacy
from dialogs.urgent import PrivacyUrgentWords
from dialogs.widgets import T, i18n_of, local_date
from storage.repo import consent
from storage.timeutil import utcnow


async def status_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    record = await consent.current(session_of(dialog_manager), actor_of(dialog_manager).person_id)
    if record is None:
        return {"status": i18n.get("privacy-none"), "consented": False}
    when = local_date(record.given_at.date(), i18n.locale)
    return {"status": tr(i18n, "privacy-title", version=record.notice_version, date=when), "consented": True}


async def withdraw(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await consent.withdraw(session_of(manager), actor_of(manager).person_id, utcnow())
    await manager.start(Privacy.withdrawn, mode=StartMode.RESET_STACK)


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(
        Screen(
            Format("{status}"),
            Column(
                SwitchTo(T("btn-privacy-read"), id="read", state=Privacy.notice),
                SwitchTo(T("btn-privacy-withdraw"), id="withdraw", state=Privacy.withdraw, when="consented"),
                Cancel(T("btn-back")),
            ),
            getter=status_getter,
            state=Privacy.status,
        ),
        Screen(ForReader("notice"), PrivacyUrgentWords(), Back(T("btn-back")), state=Privacy.notice),
        Screen(
            T("privacy-withdraw-confirm"),
            Row(
                Button(T("btn-privacy-withdraw-yes"), id="yes", on_click=withdraw),
                SwitchTo(T("btn-back"), id="no", state=Privacy.status),
            ),
            state=Privacy.withdraw,
        ),
        Screen(
            T("privacy-withdrawn"),
            Start(T("btn-privacy-read"), id="again", state=Onboarding.privacy, mode=StartMode.RESET_STACK),
            state=Privacy.withdrawn,
        ),
    )
