"""The bot itself and its chats: getMe, commands, menu button, names and descriptions, getChat."""

from __future__ import annotations

from typing import Any

from sandbox.botconfig import check_commands, scope_key
from sandbox.core import Sandbox
from sandbox.errors import bad_request
from sandbox.methods.common import find_chat, parse_chat_id
from sandbox.methods.registry import method
from sandbox.params import Params

_TEXT_LIMITS = {"name": 64, "description": 512, "short_description": 120}


@method("getMe")
async def get_me(sb: Sandbox, params: Params) -> Any:
    return sb.world.bot.to_get_me()


@method("logOut")
async def log_out(sb: Sandbox, params: Params) -> Any:
    return True


@method("close")
async def close(sb: Sandbox, params: Params) -> Any:
    return True


def _language(params: Params) -> str:
    language = params.get_str("language_code") or ""
    if language and (len(language) != 2 or not language.isalpha()):
        raise bad_request("invalid language code specified")
    return language


@method("setMyCommands")
async def set_my_commands(sb: Sandbox, params: Params) -> Any:
    commands = check_commands(params.get_json("commands"))
    sb.config.set_commands(commands, scope_key(params.get_json("scope")), _language(params))
    sb.world.touch_all()
    return True


@method("getMyCommands")
async def get_my_commands(sb: Sandbox, params: Params) -> Any:
    return sb.config.get_commands(scope_key(params.get_json("scope")), _language(params))


@method("deleteMyCommands")
async def delete_my_commands(sb: Sandbox, params: Params) -> Any:
    sb.config.set_commands([], scope_key(params.get_json("scope")), _language(params))
    sb.world.touch_all()
    return True


def _menu_chat_id(sb: Sandbox, params: Params) -> int | None:
    if not params.has("chat_id"):
        return None
    return find_chat(sb, params).id


@method("setChatMenuButton")
async def set_chat_menu_button(sb: Sandbox, params: Params) -> Any:
    chat_id = _menu_chat_id(sb, params)
    button = params.get_json("menu_button")
    if button is not None:
        kind = button.get("type") if isinstance(button, dict) else None
        if kind not in ("commands", "web_app", "default"):
            raise bad_request("can't parse menu button: unsupported type")
        if kind == "web_app" and not (isinstance(button.get("web_app"), dict) and button.get("text")):
            raise bad_request("can't parse menu button: web_app and text are required")
    sb.config.set_menu_button(chat_id, button)
    sb.world.touch_all()
    return True


@method("getChatMenuButton")
async def get_chat_menu_button(sb: Sandbox, params: Params) -> Any:
    return sb.config.menu_button(_menu_chat_id(sb, params))


def _text_methods(kind: str, setter: str, getter: str) -> None:
    async def set_text(sb: Sandbox, params: Params) -> Any:
        text = params.get_str(kind) or ""
        if len(text) > _TEXT_LIMITS[kind]:
            raise bad_request(f"{kind.replace('_', ' ')} is too long")
        sb.config.texts[(kind, _language(params))] = text
        return True

    async def get_text(sb: Sandbox, params: Params) -> Any:
        return {kind: sb.config.texts.get((kind, _language(params)), "")}

    method(setter)(set_text)
    method(getter)(get_text)


_text_methods("name", "setMyName", "getMyName")
_text_methods("description", "setMyDescription", "getMyDescription")
_text_methods("short_description", "setMyShortDescription", "getMyShortDescription")


@method("getChat")
async def get_chat(sb: Sandbox, params: Params) -> Any:
    chat = find_chat(sb, params)
    return {
        **chat.persona.to_chat(),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {
            "unlimited_gifts": True,
            "limited_gifts": True,
            "unique_gifts": True,
            "premium_subscription": True,
            "gifts_from_channels": True,
        },
    }


@method("getChatMember")
async def get_chat_member(sb: Sandbox, params: Params) -> Any:
    chat = find_chat(sb, params)
    user_id = parse_chat_id(params.raw("user_id"))
    if user_id == chat.id:
        return {"status": "member", "user": chat.persona.to_user()}
    if user_id == sb.world.bot.id:
        if chat.blocked:
            return {"status": "kicked", "user": sb.world.bot.to_user(), "until_date": 0}
        return {"status": "member", "user": sb.world.bot.to_user()}
    raise bad_request("user not found")
