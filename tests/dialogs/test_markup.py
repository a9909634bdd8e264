"""The windows' keyboard: every button that sends callback data names its dialog, as aiogram-dialog's
own keyboard does, so a tap reaches the dialog it was shown by."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from aiogram.types import InlineKeyboardButton, KeyboardButton
from aiogram_dialog.widgets.markup.inline_keyboard import InlineKeyboardFactory
from pydantic import ValidationError

from dialogs.markup import KEYBOARD

INTENT = "AbC123"


def manager() -> Any:
    return SimpleNamespace(current_context=lambda: SimpleNamespace(id=INTENT))


def question_keyboard() -> list[list[InlineKeyboardButton]]:
    return [[InlineKeyboardButton(text=f"{n}", callback_data=f"scale:{n}")] for n in range(1, 6)] + [
        [
            InlineKeyboardButton(text="Back", callback_data="back"),
            InlineKeyboardButton(text="Guide", url="https://example.org/guide"),
        ]
    ]


async def test_each_callback_button_names_the_dialog_and_a_link_stays_a_link():
    markup = await KEYBOARD.render_markup({}, manager(), question_keyboard())

    buttons = [button for row in markup.inline_keyboard for button in row]
    assert [button.callback_data for button in buttons[:6]] == [
        *(f"{INTENT}\x1dscale:{n}" for n in range(1, 6)),
        f"{INTENT}\x1dback",
    ]
    assert buttons[6].callback_data is None
    assert buttons[6].url == "https://example.org/guide"


async def test_telegram_gets_the_same_keyboard_as_with_aiogram_dialogs_own_factory():
    ours = await KEYBOARD.render_markup({}, manager(), question_keyboard())
    theirs = await InlineKeyboardFactory().render_markup({}, manager(), question_keyboard())

    assert ours.model_dump_json(exclude_none=True) == theirs.model_dump_json(exclude_none=True)
    assert ours == theirs


async def test_a_keyboard_shown_again_is_not_prefixed_twice():
    keyboard = question_keyboard()
    await KEYBOARD.render_markup({}, manager(), keyboard)
    markup = await KEYBOARD.render_markup({}, manager(), keyboard)

    assert markup.inline_keyboard[0][0].callback_data == f"{INTENT}\x1dscale:1"


async def test_a_keyboard_with_something_other_than_inline_buttons_is_validated_and_refused():
    keyboard: list[list[Any]] = [[KeyboardButton(text="Share my phone", request_contact=True)]]

    with pytest.raises(ValidationError):
        await KEYBOARD.render_markup({}, manager(), keyboard)
