"""My data (`/mydata`): what the bot keeps about you, a download (JSON + a readable PDF), and erasure of
everything but the concern reports you made (what the privacy notice says is kept, and why)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from aiogram import Bot
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import BufferedInputFile, CallbackQuery
from aiogram_dialog import Dialog, DialogManager
from aiogram_dialog.widgets.kbd import Button, Cancel, Column, Row, SwitchTo
from aiogram_i18n import I18nContext

from bot.reports.documents import sections_pdf, unshown_line
from dialogs.common import Screen
from dialogs.context import actor_of, session_of
from dialogs.widgets import T, i18n_of, local_date
from storage import fsm
from storage.repo import personal_data
from storage.timeutil import utcnow


class MyDataStates(StatesGroup):
    entry = State()
    erase = State()


States = MyDataStates  # the name the menu and commands use


async def getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    actor = actor_of(dialog_manager)
    counts = await personal_data.summary(session_of(dialog_manager), actor.person_id)
    return {"name": actor.name, **counts}


def _readable(i18n: I18nContext, data: dict[str, Any]) -> bytes:
    """The person's diary parts and reflections as a PDF they can read and keep."""
    today = local_date(date.today(), i18n.locale)
    empty = i18n.get("mydata-pdf-empty")
    sections: list[tuple[str, list[str]]] = []
    for entry in data.get("diary", []):
        heading = i18n.get(
            "mydata-pdf-diary",
            number=entry["session_no"],
            date=local_date(date.fromisoformat(entry["held_on"]), i18n.locale),
        )
        fields: tuple[tuple[str, str], ...]
        if entry["role"] == "mentor":
            fields = (("objectives", "objectives"), ("topics", "topics"), ("notes", "mentor_notes"))
        else:
            fields = (("reflection", "mentee_reflection"),)
        sections.append(
            (
                heading,
                [f"{i18n.get(f'mydata-field-{label}')}: {entry[key] or empty}" for label, key in fields],
            )
        )
    reflections = [r["text"] for r in data.get("reflections", [])]
    sections.append((i18n.get("mydata-pdf-reflections"), reflections or [empty]))
    subtitle = i18n.get("mydata-pdf-subtitle", name=data["profile"]["name"], date=today)
    return sections_pdf(i18n.get("mydata-pdf-title"), subtitle, sections, unshown=unshown_line(i18n))


async def download(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    i18n = i18n_of(manager)
    data = await personal_data.export(session_of(manager), actor_of(manager).person_id)
    bot: Bot = manager.middleware_data["bot"]
    caption = i18n.get("mydata-file-caption", date=local_date(date.today(), i18n.locale))
    as_json = json.dumps(data, ensure_ascii=False, indent=2).encode()
    await bot.send_document(
        callback.from_user.id, BufferedInputFile(as_json, "my-data.json"), caption=caption
    )
    await bot.send_document(callback.from_user.id, BufferedInputFile(_readable(i18n, data), "my-notes.pdf"))


async def erase(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Erase the person (storage/repo/personal_data.py), and leave no dialog state behind: the answer is a
    plain message, not a window (a window's state would be stored under their Telegram account number)."""
    actor = actor_of(manager)
    done = i18n_of(manager).get("mydata-erased")
    bot: Bot = manager.middleware_data["bot"]
    await personal_data.erase(session_of(manager), actor.person_id, actor.telegram_id, utcnow())
    await fsm.forget_chat(manager.middleware_data["fsm_storage"], bot.id, actor.telegram_id)
    await manager.reset_stack()
    await bot.send_message(callback.from_user.id, done)


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(
        Screen(
            T("mydata-title"),
            Column(
                Button(T("btn-mydata-download"), id="download", on_click=download),
                SwitchTo(T("btn-mydata-erase"), id="erase", state=States.erase),
            ),
            Cancel(T("btn-back")),
            getter=getter,
            state=States.entry,
        ),
        Screen(
            T("mydata-erase-confirm"),
            Row(
                Button(T("btn-mydata-erase-yes"), id="yes", on_click=erase),
                SwitchTo(T("btn-back"), id="no", state=States.entry),
            ),
            state=States.erase,
        ),
    )
