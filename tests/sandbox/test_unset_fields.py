"""aiogram's types parse straight from JSON (bot/unset_fields.py): the same objects as aiogram's validator
gave, and `UNSET` given in code is still dropped."""

from __future__ import annotations

import json
from typing import Any

from aiogram.types import InlineKeyboardButton, Message, TelegramObject, Update
from aiogram.types.base import UNSET

MESSAGE: dict[str, Any] = {
    "message_id": 2,
    "from": {"id": 123456, "is_bot": True, "first_name": "Mentor Sandbox", "username": "mentor_sandbox_bot"},
    "chat": {"id": 700071, "type": "private", "first_name": "Teacher 700071"},
    "date": 1795522744,
    "edit_date": 1795522744,
    "text": "Question 2 of 6\n\nHow often do you adapt your teaching activities?",
    "entities": [{"type": "bold", "offset": 0, "length": 15}],
    "reply_markup": {
        "inline_keyboard": [
            [{"text": "Never", "callback_data": "FF9nSO\x1doption:0"}],
            [{"text": "Guide", "url": "https://example.org/guide"}],
            [{"text": "‹ Back", "callback_data": "FF9nSO\x1dprevious"}],
        ]
    },
}
TAP: dict[str, Any] = {
    "update_id": 41,
    "callback_query": {
        "id": "7",
        "from": {"id": 700071, "is_bot": False, "first_name": "Teacher 700071", "language_code": "en"},
        "message": MESSAGE,
        "chat_instance": "1",
        "data": "FF9nSO\x1doption:0",
    },
}


def test_no_aiogram_type_keeps_the_before_validator() -> None:
    def subclasses(cls: type[TelegramObject]) -> list[type[TelegramObject]]:
        return [cls, *(sub for direct in cls.__subclasses__() for sub in subclasses(direct))]

    kept = [cls for cls in subclasses(TelegramObject) if cls.__pydantic_decorators__.model_validators]
    assert kept == []


def test_an_update_parses_from_json_as_from_a_dictionary() -> None:
    from_json = Update.model_validate_json(json.dumps(TAP))
    from_dict = Update.model_validate(TAP)

    assert from_json == from_dict
    tap = from_json.callback_query
    assert tap is not None and isinstance(tap.message, Message)
    assert tap.message.reply_markup is not None
    buttons = [row[0] for row in tap.message.reply_markup.inline_keyboard]
    assert [type(button) for button in buttons] == [InlineKeyboardButton] * 3
    assert buttons[1].url == "https://example.org/guide" and buttons[1].callback_data is None
    assert from_json.model_dump(exclude_none=True, by_alias=True)["callback_query"]["message"] == MESSAGE


def test_unset_given_in_code_is_dropped_as_before() -> None:
    button = InlineKeyboardButton(text="Back", callback_data="back", url=UNSET)
    assert button.url is None and "url" not in button.model_fields_set
    assert button.model_dump(exclude_unset=True) == {"text": "Back", "callback_data": "back"}


def test_a_subclass_made_later_parses_and_drops_unset_too() -> None:
    class Event(TelegramObject):  # as aiogram-dialog's DialogUpdateEvent subclasses aiogram's types
        action: str
        note: str | None = None

    assert Event.__pydantic_decorators__.model_validators == {}
    assert Event.model_validate_json('{"action": "start"}').action == "start"
    assert Event(action="done", note=UNSET).note is None
