"""Pieces every flow uses: escaped Fluent rendering, validated text input, navigation rows."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from aiogram.types import CallbackQuery, Message
from aiogram_dialog import DialogManager, Window
from aiogram_dialog.widgets.input import BaseInput, MessageInput
from aiogram_dialog.widgets.kbd import Back, Cancel, Row, ScrollingGroup, Select
from aiogram_dialog.widgets.text import Format
from aiogram_i18n import I18nContext

from dialogs.locales import escaped
from dialogs.widgets import T, i18n_of

NAME_LIMIT = 100
LABEL_LIMIT = 40  # characters a button alone in its row shows whole on a phone (tests/locales/fit.py)


def tr(i18n: I18nContext, key: str, **args: Any) -> str:
    """Fluent message `key` with string arguments HTML-escaped (for text sent as HTML)."""
    safe = {k: escaped(v) if isinstance(v, str) else v for k, v in args.items()}
    return i18n.get(key, **safe)


ID_DIGITS = 18  # a database id fits 63 bits: longer is never one of ours


def parse_id(text: str) -> int | None:
    """A row id from a button or a callback (ASCII digits that fit 63 bits), or None: "²" and a 20-digit
    number are nobody's id, and are answered as a foreign one is."""
    if text.isascii() and text.isdecimal() and len(text) <= ID_DIGITS:
        return int(text)
    return None


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


# What shows nothing on a screen: control and format characters (zero-width space and joiners, the word
# joiner, the byte order mark, the soft hyphen, direction marks), every kind of space, and the letters
# and marks that are blank by design (Hangul fillers, the braille blank, the marks below).
_BLANK_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})
# the grapheme joiner, Khmer's inherent vowels, Mongolian's and Unicode's variation selectors
_MARKS = (
    0x034F,
    0x17B4,
    0x17B5,
    0x180B,
    0x180C,
    0x180D,
    0x180F,
    *range(0xFE00, 0xFE10),
    *range(0xE0100, 0xE01F0),
)
_BLANK_MARKS = frozenset(map(chr, _MARKS))
_BLANK_LETTERS = frozenset(chr(code) for code in (0x115F, 0x1160, 0x2800, 0x3164, 0xFFA0))


def shows_nothing(char: str) -> bool:
    """A character that leaves no mark on the screen by itself."""
    return char in _BLANK_LETTERS or char in _BLANK_MARKS or unicodedata.category(char) in _BLANK_CATEGORIES


def visible_text(value: str) -> str:
    """`value` without the characters at its ends that show nothing, or "" when nothing in it shows.

    Every flow's free text goes through this (via `text_field`, `long_text` or directly), so a message of
    zero-width spaces, Hangul fillers or no-break spaces is "empty" everywhere. A variation selector at the
    end stays: it chooses how the emoji before it looks.
    """
    start, end = 0, len(value)
    while start < end and shows_nothing(value[start]):
        start += 1
    while end > start and shows_nothing(value[end - 1]) and value[end - 1] not in _BLANK_MARKS:
        end -= 1
    return value[start:end]


def _within(value: str, limit: int) -> str:
    """The cleaned-up text, if something in it shows and it is not longer than `limit`."""
    value = visible_text(value)
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
    from dialogs.urgent import check_typed  # here: dialogs.urgent builds on this module

    if not (message.text or "").startswith("/"):
        await check_typed(message, manager, message.text or message.caption or "")
    key = "hint-unknown-command" if (message.text or "").startswith("/") else "hint-free-text"
    await message.answer(tr(i18n_of(manager), key, command=(message.text or "").split(" ")[0][:32]))


def Screen(*widgets: Any, **kwargs: Any) -> Window:
    """A Window that answers typed text it has no field for with a hint (then shows itself again)."""
    if not any(isinstance(widget, BaseInput) for widget in widgets):
        widgets = (*widgets, MessageInput(_hint))
    return Window(*widgets, **kwargs)


async def _hint_and_leave(message: Message, widget: Any, manager: DialogManager) -> None:
    await _hint(message, widget, manager)
    await manager.done()


def Outcome(*widgets: Any, **kwargs: Any) -> Window:
    """A Screen that says what just happened ("Sent.", "Saved."): said once. Typed text there gets the
    hint and the flow closes to the screen below, so the outcome is never announced a second time."""
    return Window(*widgets, MessageInput(_hint_and_leave), **kwargs)


def choice_buttons(widget_id: str, items: str, on_click: Any) -> Select[Any]:
    """One button per (id, label) item of the window data; the handler checks every id it gets."""
    return Select(
        Format("{item[1]}"), id=widget_id, item_id_getter=lambda item: item[0], items=items, on_click=on_click
    )


def choice_pages(
    widget_id: str, items: str, on_click: Any, *, height: int = 8, **kwargs: Any
) -> ScrollingGroup:
    """`choice_buttons` one under the other, `height` to a page (page buttons only when there are more)."""
    return ScrollingGroup(
        choice_buttons(widget_id, items, on_click),
        id=f"{widget_id}_pages",
        width=1,
        height=height,
        hide_on_single_page=True,
        **kwargs,
    )


def back_cancel() -> Row:
    return Row(Back(T("btn-back")), Cancel(T("btn-cancel")))
