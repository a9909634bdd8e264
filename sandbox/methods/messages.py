"""Text messages: send, edit, delete; chat actions and callback answers."""

from __future__ import annotations

from typing import Any

from sandbox.core import Sandbox
from sandbox.errors import bad_request
from sandbox.markup import parse_reply_markup
from sandbox.methods.common import (
    NOT_MODIFIED,
    edit_markup,
    editable_message,
    find_chat,
    message_text,
    remember_reply_keyboard,
    reply_to,
    same_markup,
    writable_chat,
)
from sandbox.methods.registry import method
from sandbox.params import Params
from sandbox.state import ChatAction

CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
CHAT_ACTION_SECONDS = 5.0
QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid"


@method("sendMessage")
async def send_message(sb: Sandbox, params: Params) -> Any:
    chat = writable_chat(sb, params)
    formatted = message_text(params)
    markup = parse_reply_markup(params.raw("reply_markup"))
    message = sb.world.add_message(
        chat,
        outgoing=True,
        text=formatted.text,
        entities=formatted.entities,
        parse_mode=params.get_str("parse_mode"),
        source=params.get_str("text"),
        reply_markup=markup,
        reply_to_message_id=reply_to(chat, params),
        protected=params.get_bool("protect_content"),
    )
    remember_reply_keyboard(chat, markup)
    return sb.world.telegram_message(message)


@method("editMessageText")
async def edit_message_text(sb: Sandbox, params: Params) -> Any:
    chat, message = editable_message(sb, params)
    if message.text is None:
        raise bad_request("there is no text in the message to edit")
    formatted = message_text(params)
    markup = edit_markup(params)
    same_text = formatted.text == message.text and formatted.entities == message.entities
    if same_text and same_markup(message, markup):
        raise bad_request(NOT_MODIFIED)
    message.text, message.entities = formatted.text, formatted.entities
    message.parse_mode, message.source = params.get_str("parse_mode"), params.get_str("text")
    message.reply_markup = markup
    message.edit_date = sb.world.now()
    sb.world.touch(chat, message)
    return sb.world.telegram_message(message)


@method("editMessageReplyMarkup")
async def edit_message_reply_markup(sb: Sandbox, params: Params) -> Any:
    chat, message = editable_message(sb, params)
    markup = edit_markup(params)
    if same_markup(message, markup):
        raise bad_request(NOT_MODIFIED)
    message.reply_markup = markup
    sb.world.touch(chat, message)
    return sb.world.telegram_message(message)


@method("deleteMessage")
async def delete_message(sb: Sandbox, params: Params) -> Any:
    chat = find_chat(sb, params)
    message_id = params.get_int("message_id")
    if message_id is None:
        raise bad_request("message identifier is not specified")
    if not sb.world.delete_message(chat, message_id):
        raise bad_request("message to delete not found")
    return True


@method("deleteMessages")
async def delete_messages(sb: Sandbox, params: Params) -> Any:
    chat = find_chat(sb, params)
    ids = params.get_json("message_ids")
    if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
        raise bad_request("message_ids must be a non-empty list of at most 100 identifiers")
    for message_id in ids:
        if isinstance(message_id, int):
            sb.world.delete_message(chat, message_id)
    return True


@method("sendChatAction")
async def send_chat_action(sb: Sandbox, params: Params) -> Any:
    chat = writable_chat(sb, params)
    action = params.get_str("action")
    if action not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    chat.action = ChatAction(action, sb.clock() + CHAT_ACTION_SECONDS)
    sb.world.touch(chat)
    return True


@method("answerCallbackQuery")
async def answer_callback_query(sb: Sandbox, params: Params) -> Any:
    query = sb.callbacks.get(params.get_str("callback_query_id") or "")
    if query is None or query.answered:
        raise bad_request(QUERY_INVALID)
    text = params.get_str("text")
    if text is not None and len(text) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    query.answered = True
    query.text = text or None
    query.show_alert = params.get_bool("show_alert")
    query.url = params.get_str("url")
    sb.world.touch(sb.world.chat(query.chat_id))
    return True
