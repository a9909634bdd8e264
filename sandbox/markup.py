"""Reply markup: checked and normalised the way Telegram accepts it."""

from __future__ import annotations

import json
from typing import Any

from sandbox.errors import bad_request

Markup = dict[str, Any]

_INLINE_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_URL_SCHEMES = ("http://", "https://", "tg://")
_UNPARSABLE = "can't parse reply keyboard markup JSON object"
_TEXT_BUTTONS = "Text buttons are unallowed in the inline keyboard"


def drop_nulls(value: Any) -> Any:
    """Remove `null` members recursively, as Telegram omits absent fields."""
    if isinstance(value, dict):
        return {key: drop_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [drop_nulls(item) for item in value]
    return value


def parse_reply_markup(raw: Any) -> Markup | None:
    """Validate any of the four markup kinds; None when absent."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            raise bad_request(_UNPARSABLE) from None
    if not isinstance(raw, dict):
        raise bad_request(_UNPARSABLE)
    markup: Markup = drop_nulls(raw)
    if "inline_keyboard" in markup:
        return {"inline_keyboard": _inline_rows(markup["inline_keyboard"])}
    if "keyboard" in markup:
        return {**markup, "keyboard": _reply_rows(markup["keyboard"])}
    if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
        return markup
    raise bad_request(_UNPARSABLE)


def inline_keyboard(markup: Markup | None) -> Markup | None:
    """The part of a markup that a Message object carries: inline keyboards only."""
    return markup if markup is not None and "inline_keyboard" in markup else None


def _rows(rows: Any, field: str) -> list[list[Any]]:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(f'field "{field}" of the {field.replace("_", " ")} must be an Array of Arrays')
    return rows


def _inline_rows(rows: Any) -> list[list[dict[str, Any]]]:
    checked = []
    for row in _rows(rows, "inline_keyboard"):
        checked.append([_inline_button(button) for button in row])
    return checked


def _inline_button(button: Any) -> dict[str, Any]:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request('can\'t parse inline keyboard button: Field "text" must be of type String')
    actions = [name for name in _INLINE_ACTIONS if name in button]
    if not actions:
        raise bad_request(f"can't parse inline keyboard button: {_TEXT_BUTTONS}")
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button and not (isinstance(button["url"], str) and button["url"].startswith(_URL_SCHEMES)):
        raise bad_request("BUTTON_URL_INVALID")
    return dict(button)


def _reply_rows(rows: Any) -> list[list[dict[str, Any]]]:
    checked = []
    for row in _rows(rows, "keyboard"):
        buttons = []
        for button in row:
            if isinstance(button, str):
                button = {"text": button}
            if not isinstance(button, dict) or not isinstance(button.get("text"), str):
                raise bad_request('can\'t parse keyboard button: Field "text" must be of type String')
            buttons.append(button)
        checked.append(buttons)
    return checked
