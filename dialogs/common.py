"""Pieces every flow uses: escaped Fluent rendering, validated text input, navigation rows."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from typing import Any

from aiogram.types import CallbackQuery, Message
from aiogram_dialog import DialogManager, Window
from aiogram_dialog.widgets.input import BaseInput, MessageInput
from aiogram_dialog.widgets.kbd import Back, Cancel, Row, Select
from aiogram_dialog.widgets.text import Format
from aiogram_i18n import I18nContext

from dialogs.locales import escaped
from dialogs.markup import KEYBOARD
from dialogs.widgets import T, i18n_of

NAME_LIMIT = 100
LABEL_LIMIT = 40  # characters a button alone in its row shows whole on a phone (tests/locales/fit.py)


def tr(i18n: I18nContext, key: str, **args: Any) -> str:
    """Fluent message `key` with string arguments HTML-escaped (for text sent as HTML)."""
    safe = {k: escaped(v) if isinstance(v, str) else v for k, v in args.items()}
    return i18n.get(key, **safe)


def shorten(text: str, limit: int) -> str:
    """The text, cut to `limit` characters with an ellipsis if longer (for buttons and menu lines)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def listing(labels: Iterable[str]) -> str:
    """Choices written out in full (HTML-safe) above their buttons, where a phone cuts long labels off."""
    return "\n".join(f"• {html.escape(label, quote=False)}" for label in labels)


class Problem(ValueError):
    """Input that cannot be taken, with the Fluent key that explains why."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.fluent_args = args


def _within(value: str, limit: int) -> str:
    """The cleaned-up text, if it is neither empty nor longer than `limit`."""
    if not value:
        raise Problem("text-empty")
    if len(value) > limit:
        raise Problem("text-too-long", length=len(value), limit=limit)
    return value


def text_field(limit: int = NAME_LIMIT) -> Callable[[str], str]:
    """A TextInput type factory: trims and folds white space, refuses empty or overlong text."""

    def parse(text: str) -> str:
        return _within(" ".join(text.split()), limit)

    return parse


def long_text(limit: int) -> Callable[[str], str]:
    """A TextInput type factory for answers of several lines (diary, reflections): like `text_field`, but
    keeps line breaks (white space is folded within each line, and runs of blank lines become one)."""

    def parse(text: str) -> str:
        lines = (" ".join(line.split()) for line in text.splitlines())
        return _within(re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip(), limit)

    return parse


async def explain_problem(message: Message, _widget: Any, manager: DialogManager, error: ValueError) -> None:
    """TextInput on_error: tell the person what was wrong; nothing is stored."""
    if isinstance(error, Problem):
        await message.answer(tr(i18n_of(manager), error.key, **error.fluent_args))
    else:
        await message.answer(i18n_of(manager).get("only-text"))


async def _only_text(message: Message, _widget: Any, manager: DialogManager) -> None:
    await message.answer(i18n_of(manager).get("only-text"))


def only_text() -> MessageInput:
    """Answers photos, stickers and the like in a window that waits for text."""
    return MessageInput(_only_text)


async def not_available(event: CallbackQuery | Message, manager: DialogManager) -> None:
    """The answer to an id the person may not use (a forged or stale callback): nothing changes."""
    text = i18n_of(manager).get("not-available")
    if isinstance(event, CallbackQuery):
        await event.answer(text, show_alert=True)
    else:
        await event.answer(text)


async def _hint(message: Message, _widget: Any, manager: DialogManager) -> None:
    key = "hint-unknown-command" if (message.text or "").startswith("/") else "hint-free-text"
    await message.answer(tr(i18n_of(manager), key, command=(message.text or "").split(" ")[0][:32]))


def Screen(*widgets: Any, **kwargs: Any) -> Window:
    """A Window that answers typed text it has no field for with a hint (then shows itself again)."""
    if not any(isinstance(widget, BaseInput) for widget in widgets):
        widgets = (*widgets, MessageInput(_hint))
    kwargs.setdefault("markup_factory", KEYBOARD)
    return Window(*widgets, **kwargs)


def choice_buttons(widget_id: str, items: str, on_click: Any) -> Select[Any]:
    """One button per (id, label) item of the window data; the handler checks every id it gets."""
    return Select(
        Format("{item[1]}"), id=widget_id, item_id_getter=lambda item: item[0], items=items, on_click=on_click
    )


def back_cancel() -> Row:
    return Row(Back(T("btn-back")), Cancel(T("btn-cancel")))
