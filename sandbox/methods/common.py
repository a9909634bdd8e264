"""Helpers shared by method handlers: finding chats and messages, formatting text and captions."""

from __future__ import annotations

from typing import Any

from sandbox.core import MAX_CAPTION, MAX_TEXT, Sandbox
from sandbox.errors import bad_request, forbidden
from sandbox.formatting import FormattedText, format_text
from sandbox.markup import Markup, inline_keyboard, parse_reply_markup
from sandbox.params import Params
from sandbox.state import Chat, StoredMessage

NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same "
    "as a current content and reply markup of the message"
)


def parse_chat_id(value: Any) -> int:
    if value is None or value == "":
        raise bad_request("chat_id is empty")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise bad_request("chat not found") from None


def find_chat(sb: Sandbox, params: Params) -> Chat:
    chat = sb.world.chat(parse_chat_id(params.raw("chat_id")))
    if chat is None:
        raise bad_request("chat not found")
    return chat


def writable_chat(sb: Sandbox, params: Params) -> Chat:
    """A chat the bot may post to: known, not blocked, and started by the persona."""
    chat = find_chat(sb, params)
    if chat.blocked:
        raise forbidden("bot was blocked by the user")
    if not chat.started:
        raise forbidden("bot can't initiate conversation with a user")
    return chat


def message_text(params: Params) -> FormattedText:
    text = params.get_str("text")
    if not text:
        raise bad_request("message text is empty")
    formatted = format_text(text, params.get_str("parse_mode"), params.get_json("entities"))
    if not formatted.text:
        raise bad_request("message text is empty")
    if len(formatted.text) > MAX_TEXT:
        raise bad_request("message is too long")
    return formatted


def caption_text(caption: str | None, parse_mode: str | None, entities: Any) -> FormattedText | None:
    if not caption:
        return None
    formatted = format_text(caption, parse_mode, entities)
    if len(formatted.text) > MAX_CAPTION:
        raise bad_request("message caption is too long")
    return formatted if formatted.text else None


def params_caption(params: Params) -> FormattedText | None:
    return caption_text(
        params.get_str("caption"), params.get_str("parse_mode"), params.get_json("caption_entities")
    )


def reply_to(chat: Chat, params: Params) -> int | None:
    """The message being replied to, from reply_parameters or the older reply_to_message_id."""
    reply = params.get_json("reply_parameters")
    if isinstance(reply, dict) and reply.get("message_id") is not None:
        message_id, allow_missing = reply["message_id"], bool(reply.get("allow_sending_without_reply"))
    else:
        message_id = params.get_int("reply_to_message_id")
        allow_missing = params.get_bool("allow_sending_without_reply")
    if message_id is None:
        return None
    try:
        message_id = int(message_id)
    except (TypeError, ValueError):
        raise bad_request("message to be replied not found") from None
    if message_id not in chat.messages:
        if allow_missing:
            return None
        raise bad_request("message to be replied not found")
    return message_id


def remember_reply_keyboard(chat: Chat, markup: Markup | None) -> None:
    """A reply keyboard stays under the input field until another one or remove_keyboard replaces it."""
    if markup is None:
        return
    if "keyboard" in markup:
        chat.reply_keyboard = markup
    elif markup.get("remove_keyboard"):
        chat.reply_keyboard = None


def editable_message(sb: Sandbox, params: Params) -> tuple[Chat, StoredMessage]:
    if params.has("inline_message_id"):
        raise bad_request("MESSAGE_ID_INVALID")
    chat = find_chat(sb, params)
    if chat.blocked:
        raise forbidden("bot was blocked by the user")
    message_id = params.get_int("message_id")
    if message_id is None:
        raise bad_request("message identifier is not specified")
    message = chat.messages.get(message_id)
    if message is None:
        raise bad_request("message to edit not found")
    if not message.outgoing:
        raise bad_request("message can't be edited")
    return chat, message


def edit_markup(params: Params) -> Markup | None:
    markup = parse_reply_markup(params.raw("reply_markup"))
    if markup is not None and "inline_keyboard" not in markup:
        raise bad_request("inline keyboard expected")
    return markup


def same_markup(message: StoredMessage, markup: Markup | None) -> bool:
    return inline_keyboard(message.reply_markup) == markup
