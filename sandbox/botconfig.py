"""What the bot configures about itself: commands per scope and language, menu buttons, descriptions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sandbox.errors import bad_request

Json = dict[str, Any]
ScopeKey = tuple[Any, ...]

_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_GLOBAL_SCOPES = ("default", "all_private_chats", "all_group_chats", "all_chat_administrators")
_CHAT_SCOPES = ("chat", "chat_administrators")
DEFAULT_MENU_BUTTON: Json = {"type": "commands"}


def scope_key(scope: Any) -> ScopeKey:
    """A hashable key for a BotCommandScope object (None means the default scope)."""
    if scope is None:
        return ("default",)
    kind = scope.get("type") if isinstance(scope, dict) else None
    if kind in _GLOBAL_SCOPES:
        return (kind,)
    if kind in _CHAT_SCOPES and "chat_id" in scope:
        return (kind, _chat_id(scope["chat_id"]))
    if kind == "chat_member" and "chat_id" in scope and "user_id" in scope:
        return (kind, _chat_id(scope["chat_id"]), _chat_id(scope["user_id"]))
    raise bad_request("can't parse BotCommandScope")


def _chat_id(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise bad_request("chat not found") from None


def check_commands(raw: Any) -> list[Json]:
    if not isinstance(raw, list):
        raise bad_request("can't parse commands JSON object")
    if len(raw) > 100:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    commands = []
    for item in raw:
        if not isinstance(item, dict):
            raise bad_request("can't parse BotCommand")
        command, description = item.get("command"), item.get("description")
        if not isinstance(command, str) or not _COMMAND_RE.fullmatch(command):
            raise bad_request("BOT_COMMAND_INVALID")
        if not isinstance(description, str) or not 1 <= len(description) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        commands.append({"command": command, "description": description})
    return commands


@dataclass
class BotConfig:
    commands: dict[tuple[ScopeKey, str], list[Json]] = field(default_factory=dict)
    default_menu_button: Json = field(default_factory=lambda: dict(DEFAULT_MENU_BUTTON))
    chat_menu_buttons: dict[int, Json] = field(default_factory=dict)
    texts: dict[tuple[str, str], str] = field(default_factory=dict)

    def set_commands(self, commands: list[Json], scope: ScopeKey, language_code: str) -> None:
        if commands:
            self.commands[(scope, language_code)] = commands
        else:
            self.commands.pop((scope, language_code), None)

    def get_commands(self, scope: ScopeKey, language_code: str) -> list[Json]:
        return self.commands.get((scope, language_code), [])

    def commands_for(self, chat_id: int, language_code: str | None) -> list[Json]:
        """The commands a client shows in a private chat, by Telegram's scope resolution order."""
        languages = [language_code, ""] if language_code else [""]
        scopes = (("chat_member", chat_id, chat_id), ("chat", chat_id), ("all_private_chats",), ("default",))
        for scope in scopes:
            for language in languages:
                if (scope, language) in self.commands:
                    return self.commands[(scope, language)]
        return []

    def menu_button(self, chat_id: int | None) -> Json:
        if chat_id is not None and chat_id in self.chat_menu_buttons:
            return self.chat_menu_buttons[chat_id]
        return self.default_menu_button

    def set_menu_button(self, chat_id: int | None, button: Json | None) -> None:
        if button is None or button.get("type") == "default":
            if chat_id is None:
                self.default_menu_button = dict(DEFAULT_MENU_BUTTON)
            else:
                self.chat_menu_buttons.pop(chat_id, None)
        elif chat_id is None:
            self.default_menu_button = button
        else:
            self.chat_menu_buttons[chat_id] = button
