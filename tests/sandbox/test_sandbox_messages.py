"""Text messages through a real aiogram Bot: sending, editing, deleting, limits and Telegram's errors."""

from __future__ import annotations

import pytest
from aiogram import Bot
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.types import (
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    ReplyParameters,
)

from sandbox.client import SandboxClient

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)


def keyboard(*pairs: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=text, callback_data=data)] for text, data in pairs]
    )


def buttons(markup: InlineKeyboardMarkup | None) -> list[tuple[str, str | None]]:
    assert markup is not None
    return [(button.text, button.callback_data) for row in markup.inline_keyboard for button in row]


async def test_get_me(bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username, me.first_name) == (
        123456,
        True,
        "mentor_sandbox_bot",
        "Mentor Sandbox",
    )


async def test_send_message_with_inline_keyboard_and_html(
    bot: Bot, client: SandboxClient, chat_id: int
) -> None:
    sent = await bot.send_message(
        chat_id,
        "<b>Hello</b>, Ada",
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard(("Yes", "yes"), ("No", "no")),
    )
    assert sent.text == "Hello, Ada"
    assert sent.entities is not None and sent.entities[0].type == "bold" and sent.entities[0].length == 5
    assert sent.from_user is not None and sent.from_user.is_bot
    assert sent.chat.id == chat_id and sent.chat.type == "private"
    assert buttons(sent.reply_markup) == [("Yes", "yes"), ("No", "no")]

    shown = (await client.transcript(chat_id))["messages"][-1]
    assert shown["message_id"] == sent.message_id
    assert shown["from"] == "bot"
    assert shown["source"] == "<b>Hello</b>, Ada" and shown["parse_mode"] == "HTML"
    assert shown["reply_markup"]["inline_keyboard"][1][0] == {"text": "No", "callback_data": "no"}


async def test_message_ids_grow_per_chat_across_both_directions(
    bot: Bot, client: SandboxClient, chat_id: int
) -> None:
    first = await bot.send_message(chat_id, "one")
    persona = await client.send_text(chat_id, "two")
    second = await bot.send_message(chat_id, "three")
    assert [first.message_id, persona["message"]["message_id"], second.message_id] == [2, 3, 4]
    other = await client.create_persona("Bob")
    await client.send_text(other["id"], "/start")
    assert (await bot.send_message(other["id"], "hi")).message_id == 2


async def test_edit_message_text_and_not_modified(bot: Bot, client: SandboxClient, chat_id: int) -> None:
    sent = await bot.send_message(chat_id, "Step 1", reply_markup=keyboard(("Next", "next")))
    edited = await bot.edit_message_text(
        "Step 2", chat_id=chat_id, message_id=sent.message_id, reply_markup=keyboard(("Next", "next"))
    )
    assert isinstance(edited, Message)
    assert edited.text == "Step 2" and edited.edit_date is not None
    with pytest.raises(TelegramBadRequest) as error:
        await bot.edit_message_text(
            "Step 2", chat_id=chat_id, message_id=sent.message_id, reply_markup=keyboard(("Next", "next"))
        )
    assert error.value.message == NOT_MODIFIED

    without_keyboard = await bot.edit_message_text("Step 2", chat_id=chat_id, message_id=sent.message_id)
    assert isinstance(without_keyboard, Message) and without_keyboard.reply_markup is None
    messages = (await client.transcript(chat_id))["messages"]
    assert [m["text"] for m in messages if m["from"] == "bot"] == ["Step 2"]


async def test_edit_reply_markup_and_delete(bot: Bot, client: SandboxClient, chat_id: int) -> None:
    sent = await bot.send_message(chat_id, "Pick", reply_markup=keyboard(("A", "a")))
    changed = await bot.edit_message_reply_markup(
        chat_id=chat_id, message_id=sent.message_id, reply_markup=keyboard(("B", "b"))
    )
    assert isinstance(changed, Message) and buttons(changed.reply_markup) == [("B", "b")]
    removed = await bot.edit_message_reply_markup(chat_id=chat_id, message_id=sent.message_id)
    assert isinstance(removed, Message) and removed.reply_markup is None
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_reply_markup(chat_id=chat_id, message_id=sent.message_id)

    assert await bot.delete_message(chat_id, sent.message_id) is True
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await bot.delete_message(chat_id, sent.message_id)
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text("x", chat_id=chat_id, message_id=sent.message_id)
    assert all(m["message_id"] != sent.message_id for m in (await client.transcript(chat_id))["messages"])


async def test_persona_messages_cannot_be_edited_but_can_be_deleted(
    bot: Bot, client: SandboxClient, chat_id: int
) -> None:
    said = (await client.send_text(chat_id, "mine"))["message"]["message_id"]
    with pytest.raises(TelegramBadRequest, match="message can't be edited"):
        await bot.edit_message_text("yours", chat_id=chat_id, message_id=said)
    assert await bot.delete_message(chat_id, said)


async def test_text_limits(bot: Bot, chat_id: int) -> None:
    with pytest.raises(TelegramBadRequest, match="message text is empty"):
        await bot.send_message(chat_id, "   ")
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await bot.send_message(chat_id, "x" * 4097)
    exact = await bot.send_message(chat_id, "<b>" + "x" * 4096 + "</b>", parse_mode="HTML")
    assert exact.text is not None and len(exact.text) == 4096
    with pytest.raises(TelegramBadRequest, match="can't parse entities"):
        await bot.send_message(chat_id, "<b>open", parse_mode="HTML")
    with pytest.raises(TelegramBadRequest, match="Character '!' is reserved"):
        await bot.send_message(chat_id, "Hi!", parse_mode="MarkdownV2")


async def test_callback_data_is_limited_to_64_bytes(bot: Bot, chat_id: int) -> None:
    await bot.send_message(chat_id, "ok", reply_markup=keyboard(("fits", "ж" * 32)))
    with pytest.raises(TelegramBadRequest) as error:
        await bot.send_message(chat_id, "too long", reply_markup=keyboard(("long", "ж" * 32 + "x")))
    assert error.value.message == "Bad Request: BUTTON_DATA_INVALID"


async def test_unknown_blocked_and_unstarted_chats(bot: Bot, client: SandboxClient, chat_id: int) -> None:
    with pytest.raises(TelegramBadRequest) as missing:
        await bot.send_message(999, "hello?")
    assert missing.value.message == "Bad Request: chat not found"

    stranger = await client.create_persona("Stranger")
    with pytest.raises(TelegramForbiddenError, match="bot can't initiate conversation with a user"):
        await bot.send_message(stranger["id"], "hello")

    await client.block(chat_id)
    with pytest.raises(TelegramForbiddenError) as blocked:
        await bot.send_message(chat_id, "still there?")
    assert blocked.value.message == "Forbidden: bot was blocked by the user"
    await client.unblock(chat_id)
    assert (await bot.send_message(chat_id, "welcome back")).text == "welcome back"


async def test_reply_keyboards_are_remembered_for_the_chat(
    bot: Bot, client: SandboxClient, chat_id: int
) -> None:
    markup = ReplyKeyboardMarkup(
        keyboard=[[KeyboardButton(text="Yes"), KeyboardButton(text="No")]],
        resize_keyboard=True,
        one_time_keyboard=True,
    )
    sent = await bot.send_message(chat_id, "Agree?", reply_markup=markup)
    assert sent.reply_markup is None  # a Message only carries inline keyboards
    chat = await client.transcript(chat_id)
    assert chat["reply_keyboard"]["keyboard"] == [[{"text": "Yes"}, {"text": "No"}]]

    await client.send_text(chat_id, "Yes")
    assert (await client.transcript(chat_id))["reply_keyboard"]["collapsed"] is True
    await bot.send_message(chat_id, "Noted", reply_markup=ReplyKeyboardRemove())
    assert (await client.transcript(chat_id))["reply_keyboard"] is None

    asked = await bot.send_message(
        chat_id, "Your name?", reply_markup=ForceReply(input_field_placeholder="Name")
    )
    answer = await client.send_text(chat_id, "Ada", reply_to_message_id=asked.message_id)
    assert answer["message"]["reply_to_message_id"] == asked.message_id
    update = (await bot.get_updates(timeout=0))[-1]
    assert update.message is not None and update.message.reply_to_message is not None
    assert update.message.reply_to_message.message_id == asked.message_id


async def test_replies_chat_actions_and_delete_messages(
    bot: Bot, client: SandboxClient, chat_id: int
) -> None:
    first = await bot.send_message(chat_id, "first")
    reply = await bot.send_message(
        chat_id, "second", reply_parameters=ReplyParameters(message_id=first.message_id)
    )
    assert reply.reply_to_message is not None and reply.reply_to_message.text == "first"
    with pytest.raises(TelegramBadRequest, match="message to be replied not found"):
        await bot.send_message(chat_id, "x", reply_parameters=ReplyParameters(message_id=999))

    assert await bot.send_chat_action(chat_id, "typing")
    assert (await client.transcript(chat_id))["chat_action"]["action"] == "typing"
    await bot.send_message(chat_id, "done typing")
    assert (await client.transcript(chat_id))["chat_action"] is None

    assert await bot.delete_messages(chat_id, [first.message_id, reply.message_id])
    texts = [m["text"] for m in (await client.transcript(chat_id))["messages"]]
    assert texts == ["/start", "done typing"]
