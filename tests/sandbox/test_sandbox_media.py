"""Photos and documents: upload through aiogram, download back, edit media and captions."""

from __future__ import annotations

import aiohttp
import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import BufferedInputFile, InputMediaDocument, InputMediaPhoto, Message
from sandbox_support import TOKEN, png_bytes

from sandbox.client import SandboxClient
from sandbox.server import SandboxServer


async def test_send_photo_and_download_it_back(bot: Bot, client: SandboxClient, chat_id: int) -> None:
    data = png_bytes(4, 3)
    sent = await bot.send_photo(
        chat_id, BufferedInputFile(data, "qr.png"), caption="<i>Your</i> code", parse_mode="HTML"
    )
    assert sent.photo is not None
    photo = sent.photo[-1]
    assert (photo.width, photo.height, photo.file_size) == (4, 3, len(data))
    assert sent.caption == "Your code"
    assert sent.caption_entities is not None and sent.caption_entities[0].type == "italic"

    downloaded = await bot.download(photo.file_id)
    assert downloaded is not None and downloaded.read() == data
    file = await bot.get_file(photo.file_id)
    assert file.file_path is not None and file.file_path.startswith("photos/")

    shown = (await client.transcript(chat_id))["messages"][-1]
    assert shown["photo"]["file_id"] == photo.file_id and shown["caption"] == "Your code"
    assert await client.download(photo.file_id) == data


async def test_send_document_keeps_name_and_type(bot: Bot, server: SandboxServer, chat_id: int) -> None:
    sent = await bot.send_document(chat_id, BufferedInputFile(b"name,score\nAda,10\n", "report.csv"))
    assert sent.document is not None
    assert (sent.document.file_name, sent.document.mime_type, sent.document.file_size) == (
        "report.csv",
        "text/csv",
        18,
    )
    file = await bot.get_file(sent.document.file_id)
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"{server.url}/file/bot{TOKEN}/{file.file_path}") as response,
    ):
        assert response.status == 200
        assert await response.read() == b"name,score\nAda,10\n"


async def test_resend_by_file_id_and_wrong_ids(bot: Bot, chat_id: int) -> None:
    first = await bot.send_photo(chat_id, BufferedInputFile(png_bytes(), "a.png"))
    assert first.photo is not None
    again = await bot.send_photo(chat_id, first.photo[-1].file_id)
    assert again.photo is not None and again.photo[-1].file_id == first.photo[-1].file_id
    with pytest.raises(TelegramBadRequest, match="wrong file identifier/HTTP URL specified"):
        await bot.send_photo(chat_id, "AgACnot-a-real-id")
    with pytest.raises(TelegramBadRequest, match="IMAGE_PROCESS_FAILED"):
        await bot.send_photo(chat_id, BufferedInputFile(b"not an image", "x.png"))
    with pytest.raises(TelegramBadRequest, match="message caption is too long"):
        await bot.send_photo(chat_id, first.photo[-1].file_id, caption="x" * 1025)


async def test_edit_caption_and_media(bot: Bot, client: SandboxClient, chat_id: int) -> None:
    sent = await bot.send_photo(chat_id, BufferedInputFile(png_bytes(), "a.png"), caption="one")
    captioned = await bot.edit_message_caption(chat_id=chat_id, message_id=sent.message_id, caption="two")
    assert isinstance(captioned, Message) and captioned.caption == "two"
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_caption(chat_id=chat_id, message_id=sent.message_id, caption="two")

    swapped = await bot.edit_message_media(
        InputMediaPhoto(media=BufferedInputFile(png_bytes(8, 8), "b.png"), caption="three"),
        chat_id=chat_id,
        message_id=sent.message_id,
    )
    assert isinstance(swapped, Message)
    assert swapped.photo is not None and swapped.photo[-1].width == 8 and swapped.caption == "three"

    as_document = await bot.edit_message_media(
        InputMediaDocument(media=BufferedInputFile(b"%PDF-1.4", "plan.pdf")),
        chat_id=chat_id,
        message_id=sent.message_id,
    )
    assert isinstance(as_document, Message)
    assert as_document.document is not None and as_document.document.file_name == "plan.pdf"
    assert as_document.caption is None

    text = await bot.send_message(chat_id, "plain")
    with pytest.raises(TelegramBadRequest, match="there is no caption in the message to edit"):
        await bot.edit_message_caption(chat_id=chat_id, message_id=text.message_id, caption="x")
    with pytest.raises(TelegramBadRequest, match="there is no text in the message to edit"):
        await bot.edit_message_text("x", chat_id=chat_id, message_id=sent.message_id)
    shown = [m for m in (await client.transcript(chat_id))["messages"] if m["message_id"] == sent.message_id]
    assert shown[0]["document"]["file_name"] == "plan.pdf" and shown[0]["photo"] is None


async def test_persona_uploads_reach_the_bot(bot: Bot, client: SandboxClient, chat_id: int) -> None:
    sent = await client.upload(chat_id, png_bytes(5, 5), "me.png", kind="photo", caption="my photo")
    document = await client.upload(chat_id, b"essay text", "essay.txt")
    assert sent["message"]["photo"]["width"] == 5
    updates = await bot.get_updates(timeout=0)
    photo_message, document_message = updates[-2].message, updates[-1].message
    assert photo_message is not None and photo_message.photo is not None
    assert photo_message.caption == "my photo"
    assert document_message is not None and document_message.document is not None
    downloaded = await bot.download(document_message.document.file_id)
    assert downloaded is not None and downloaded.read() == b"essay text"
    assert document["message"]["document"]["url"] == f"/sandbox/files/{document_message.document.file_id}"
