"""The inline keyboard under every window, with the dialog's id put into each button's callback data.

aiogram-dialog's own factory (`InlineKeyboardFactory`) prefixes each button's callback data by assigning
to it, which pydantic validates again field by field (the buttons allow assignment with validation), and
then validates the whole keyboard once more: about 30 us for a question's seven buttons, on every step
(benchmarks/NOTES.md, B1, tenth round). The buttons were validated when the widgets made them and the
prefix is a string put before a string, so here it is written into each button as it is, and the markup
is made of the buttons as they are: about 7 us. A keyboard holding anything but inline buttons goes
aiogram-dialog's way, which validates it.
"""

from __future__ import annotations

from typing import Any

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram_dialog import DialogManager
from aiogram_dialog.api.internal.widgets import MarkupVariant, RawKeyboard
from aiogram_dialog.utils import intent_callback_data
from aiogram_dialog.widgets.markup.inline_keyboard import InlineKeyboardFactory


class IntentKeyboard(InlineKeyboardFactory):
    async def render_markup(
        self, data: dict[str, Any], manager: DialogManager, keyboard: RawKeyboard
    ) -> MarkupVariant:
        given = [button for row in keyboard for button in row]
        inline = [button for button in given if type(button) is InlineKeyboardButton]
        if len(inline) != len(given):
            return await super().render_markup(data, manager, keyboard)
        intent_id = manager.current_context().id
        for button in inline:
            if button.callback_data is not None:
                # the field's value, set as validation would leave it (a str stays a str)
                button.__dict__["callback_data"] = intent_callback_data(intent_id, button.callback_data)
        return InlineKeyboardMarkup.model_construct(inline_keyboard=keyboard)


KEYBOARD = IntentKeyboard()
