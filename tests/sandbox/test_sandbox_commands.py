"""Bot configuration: commands per scope and language, menu buttons, names, getChat and getChatMember."""

from __future__ import annotations

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    ChatMemberBanned,
    ChatMemberMember,
    MenuButtonCommands,
    MenuButtonWebApp,
    WebAppInfo,
)

from sandbox.client import SandboxClient


async def test_commands_per_language_and_scope(bot: Bot, client: SandboxClient, chat_id: int) -> None:
    english = [
        BotCommand(command="start", description="Start"),
        BotCommand(command="help", description="Help"),
    ]
    russian = [BotCommand(command="start", description="Начать")]
    assert await bot.set_my_commands(english)
    assert await bot.set_my_commands(russian, language_code="ru")
    assert [c.description for c in await bot.get_my_commands(language_code="ru")] == ["Начать"]
    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    assert await bot.get_my_commands(language_code="de") == []  # no fallback in getMyCommands

    shown = await client.transcript(chat_id)  # Ada speaks English
    assert shown["commands"] == [
        {"command": "start", "description": "Start"},
        {"command": "help", "description": "Help"},
    ]
    ru = await client.create_persona("Иван", language_code="ru")
    assert (await client.transcript(ru["id"]))["commands"] == [{"command": "start", "description": "Начать"}]

    mentor = [BotCommand(command="review", description="Review sessions")]
    await bot.set_my_commands(mentor, scope=BotCommandScopeChat(chat_id=chat_id))
    assert [c["command"] for c in (await client.transcript(chat_id))["commands"]] == ["review"]
    assert await bot.get_my_commands(scope=BotCommandScopeAllPrivateChats()) == []

    assert await bot.delete_my_commands(scope=BotCommandScopeChat(chat_id=chat_id))
    assert [c["command"] for c in (await client.transcript(chat_id))["commands"]] == ["start", "help"]
    with pytest.raises(TelegramBadRequest, match="BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand(command="Bad-Command", description="x")])


async def test_menu_buttons_and_names(bot: Bot, client: SandboxClient, chat_id: int) -> None:
    assert isinstance(await bot.get_chat_menu_button(), MenuButtonCommands)
    web_app = MenuButtonWebApp(text="Open", web_app=WebAppInfo(url="https://example.org/app"))
    assert await bot.set_chat_menu_button(chat_id=chat_id, menu_button=web_app)
    button = await bot.get_chat_menu_button(chat_id=chat_id)
    assert isinstance(button, MenuButtonWebApp) and button.text == "Open"
    assert (await client.transcript(chat_id))["menu_button"]["type"] == "web_app"

    assert await bot.set_my_name("Mentor", language_code="en")
    assert (await bot.get_my_name(language_code="en")).name == "Mentor"
    assert await bot.set_my_description("Helps mentors and learners")
    assert (await bot.get_my_description()).description == "Helps mentors and learners"
    assert (await bot.get_my_short_description()).short_description == ""


async def test_get_chat_and_chat_member(bot: Bot, client: SandboxClient, chat_id: int) -> None:
    chat = await bot.get_chat(chat_id)
    assert (chat.id, chat.type, chat.first_name) == (chat_id, "private", "Ada")
    member = await bot.get_chat_member(chat_id, chat_id)
    assert isinstance(member, ChatMemberMember) and member.user.first_name == "Ada"
    await client.block(chat_id)
    assert isinstance(await bot.get_chat_member(chat_id, bot.id), ChatMemberBanned)
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.get_chat(42)
