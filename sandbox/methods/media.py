"""Photos and documents: send, edit media and captions, getFile."""

from __future__ import annotations

from typing import Any

from sandbox.core import Sandbox
from sandbox.errors import bad_request
from sandbox.files import FileKind, StoredFile
from sandbox.formatting import FormattedText
from sandbox.markup import parse_reply_markup
from sandbox.methods.common import (
    NOT_MODIFIED,
    caption_text,
    edit_markup,
    editable_message,
    params_caption,
    remember_reply_keyboard,
    reply_to,
    same_markup,
    writable_chat,
)
from sandbox.methods.registry import method
from sandbox.params import Params, Upload

DOWNLOAD_MAX_BYTES = 20 * 1024 * 1024


def resolve_file(sb: Sandbox, source: Upload | str | None, kind: FileKind) -> StoredFile:
    """Store an upload, or find a file sent before by its file_id."""
    if source is None:
        raise bad_request(f"there is no {kind} in the request")
    if isinstance(source, Upload):
        if kind == "photo":
            return sb.files.add_photo(source.data)
        return sb.files.add_document(source.data, source.filename, source.content_type)
    if source.startswith(("http://", "https://")):
        raise bad_request("failed to get HTTP URL content")
    stored = sb.files.get(source)
    if stored is None:
        raise bad_request("wrong file identifier/HTTP URL specified")
    if stored.kind != kind:
        raise bad_request("type of file mismatch")
    return stored


async def _send_media(sb: Sandbox, params: Params, kind: FileKind) -> Any:
    chat = writable_chat(sb, params)
    caption = params_caption(params)
    markup = parse_reply_markup(params.raw("reply_markup"))
    reply = reply_to(chat, params)
    stored = resolve_file(sb, params.get_file(kind), kind)
    message = sb.world.add_message(
        chat,
        outgoing=True,
        media=stored,
        caption=caption.text if caption else None,
        caption_entities=caption.entities if caption else [],
        parse_mode=params.get_str("parse_mode"),
        source=params.get_str("caption"),
        reply_markup=markup,
        reply_to_message_id=reply,
        protected=params.get_bool("protect_content"),
    )
    remember_reply_keyboard(chat, markup)
    return sb.world.telegram_message(message)


@method("sendPhoto")
async def send_photo(sb: Sandbox, params: Params) -> Any:
    return await _send_media(sb, params, "photo")


@method("sendDocument")
async def send_document(sb: Sandbox, params: Params) -> Any:
    return await _send_media(sb, params, "document")


def _same_caption(caption: FormattedText | None, text: str | None, entities: list[dict[str, Any]]) -> bool:
    if caption is None:
        return text is None
    return caption.text == text and caption.entities == entities


@method("editMessageCaption")
async def edit_message_caption(sb: Sandbox, params: Params) -> Any:
    chat, message = editable_message(sb, params)
    if message.media is None:
        raise bad_request("there is no caption in the message to edit")
    caption = params_caption(params)
    markup = edit_markup(params)
    if _same_caption(caption, message.caption, message.caption_entities) and same_markup(message, markup):
        raise bad_request(NOT_MODIFIED)
    message.caption = caption.text if caption else None
    message.caption_entities = caption.entities if caption else []
    message.parse_mode, message.source = params.get_str("parse_mode"), params.get_str("caption")
    message.reply_markup = markup
    message.edit_date = sb.world.now()
    sb.world.touch(chat, message)
    return sb.world.telegram_message(message)


@method("editMessageMedia")
async def edit_message_media(sb: Sandbox, params: Params) -> Any:
    chat, message = editable_message(sb, params)
    media = params.get_json("media")
    if not isinstance(media, dict) or media.get("type") not in ("photo", "document"):
        raise bad_request("can't parse InputMedia: media type must be photo or document")
    if message.media is None:
        raise bad_request("there is no media in the message to edit")
    stored = resolve_file(sb, params.input_file(media.get("media")), media["type"])
    caption = caption_text(media.get("caption"), media.get("parse_mode"), media.get("caption_entities"))
    markup = edit_markup(params)
    if (
        stored is message.media
        and _same_caption(caption, message.caption, message.caption_entities)
        and same_markup(message, markup)
    ):
        raise bad_request(NOT_MODIFIED)
    message.media = stored
    message.caption = caption.text if caption else None
    message.caption_entities = caption.entities if caption else []
    message.parse_mode, message.source = media.get("parse_mode"), media.get("caption")
    message.reply_markup = markup
    message.edit_date = sb.world.now()
    sb.world.touch(chat, message)
    return sb.world.telegram_message(message)


@method("getFile")
async def get_file(sb: Sandbox, params: Params) -> Any:
    stored = sb.files.get(params.get_str("file_id") or "")
    if stored is None:
        raise bad_request("invalid file_id")
    if stored.size > DOWNLOAD_MAX_BYTES:
        raise bad_request("file is too big")
    sb.files.assign_path(stored)
    return stored.to_file()
