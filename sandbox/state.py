"""The world the bot talks to: its own identity, personas, their private chats and the messages in them."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sandbox.files import StoredFile
from sandbox.markup import Markup, inline_keyboard
from sandbox.notify import Notifier

Json = dict[str, Any]

FIRST_PERSONA_ID = 100_001


@dataclass(frozen=True)
class BotIdentity:
    id: int
    first_name: str
    username: str

    def to_user(self) -> Json:
        return {"id": self.id, "is_bot": True, "first_name": self.first_name, "username": self.username}

    def to_get_me(self) -> Json:
        return {
            **self.to_user(),
            "can_join_groups": False,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }


@dataclass
class Persona:
    """A person using the bot; their private chat with the bot has the same id."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    role_label: str | None = None  # shown in the page's chat header, e.g. "Coordinator"
    invite: str | None = None  # a /start payload the page offers as "Open my invite link"

    def to_user(self) -> Json:
        user: Json = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            if getattr(self, key):
                user[key] = getattr(self, key)
        return user

    def to_chat(self) -> Json:
        chat: Json = {"id": self.id, "type": "private", "first_name": self.first_name}
        if self.last_name:
            chat["last_name"] = self.last_name
        if self.username:
            chat["username"] = self.username
        return chat

    def to_json(self) -> Json:
        return {
            "id": self.id,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "username": self.username,
            "language_code": self.language_code,
            "role_label": self.role_label,
            "invite": self.invite,
        }


@dataclass
class StoredMessage:
    message_id: int
    chat_id: int
    outgoing: bool
    date: int
    version: int
    text: str | None = None
    entities: list[Json] = field(default_factory=list)
    caption: str | None = None
    caption_entities: list[Json] = field(default_factory=list)
    parse_mode: str | None = None
    source: str | None = None
    media: StoredFile | None = None
    reply_markup: Markup | None = None
    reply_to_message_id: int | None = None
    edit_date: int | None = None
    protected: bool = False


@dataclass
class ChatAction:
    action: str
    until: float


@dataclass
class Chat:
    persona: Persona
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    last_message_id: int = 0
    version: int = 0
    started: bool = False
    blocked: bool = False
    reply_keyboard: Markup | None = None
    action: ChatAction | None = None

    @property
    def id(self) -> int:
        return self.persona.id


class World:
    """Personas and chats. Every change bumps a global version and wakes long polls."""

    def __init__(self, bot: BotIdentity, clock: Callable[[], float] = time.time) -> None:
        self.bot = bot
        self.clock = clock
        self.chats: dict[int, Chat] = {}
        self.changes = Notifier()
        self.version = 0
        self._persona_ids = itertools.count(FIRST_PERSONA_ID)

    def now(self) -> int:
        return int(self.clock())

    def clear(self) -> None:
        """Forget personas and chats; versions and persona ids keep growing so pollers never go back."""
        self.chats.clear()
        self.touch(None)

    def personas(self) -> Iterator[Persona]:
        return (chat.persona for chat in self.chats.values())

    def add_persona(
        self,
        first_name: str,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
        persona_id: int | None = None,
        role_label: str | None = None,
        invite: str | None = None,
    ) -> Chat:
        if persona_id is None:
            persona_id = next(self._persona_ids)
            while persona_id in self.chats:
                persona_id = next(self._persona_ids)
        persona = Persona(persona_id, first_name, last_name, username, language_code, role_label, invite)
        chat = Chat(persona)
        self.chats[persona_id] = chat
        self.touch(chat)
        return chat

    def chat(self, chat_id: int) -> Chat | None:
        return self.chats.get(chat_id)

    def touch(self, chat: Chat | None, message: StoredMessage | None = None) -> int:
        self.version += 1
        if chat is not None:
            chat.version = self.version
        if message is not None:
            message.version = self.version
        self.changes.notify()
        return self.version

    def add_message(self, chat: Chat, *, outgoing: bool, **fields: Any) -> StoredMessage:
        chat.last_message_id += 1
        message = StoredMessage(chat.last_message_id, chat.id, outgoing, self.now(), 0, **fields)
        chat.messages[message.message_id] = message
        if outgoing:
            chat.action = None
        self.touch(chat, message)
        return message

    def delete_message(self, chat: Chat, message_id: int) -> bool:
        if chat.messages.pop(message_id, None) is None:
            return False
        self.touch(chat)
        return True

    def touch_all(self) -> int:
        """Mark every chat changed, e.g. when the bot's commands or menu button change."""
        self.version += 1
        for chat in self.chats.values():
            chat.version = self.version
        self.changes.notify()
        return self.version

    def chat_action(self, chat: Chat) -> Json | None:
        """The bot's current chat action ("typing", ...) with the epoch time it ends, if still running."""
        if chat.action is None or chat.action.until <= self.clock():
            return None
        return {"action": chat.action.action, "until": chat.action.until}

    # --- Telegram's view ---------------------------------------------------------------------------

    def telegram_message(self, message: StoredMessage, *, with_reply: bool = True) -> Json:
        """The Message object the Bot API returns and puts in updates."""
        chat = self.chats[message.chat_id]
        body: Json = {
            "message_id": message.message_id,
            "from": self.bot.to_user() if message.outgoing else chat.persona.to_user(),
            "chat": chat.persona.to_chat(),
            "date": message.date,
        }
        if message.edit_date is not None:
            body["edit_date"] = message.edit_date
        replied = chat.messages.get(message.reply_to_message_id or 0)
        if with_reply and replied is not None:
            body["reply_to_message"] = self.telegram_message(replied, with_reply=False)
        if message.text is not None:
            body["text"] = message.text
            if message.entities:
                body["entities"] = message.entities
        if message.media is not None:
            if message.media.kind == "photo":
                body["photo"] = [message.media.to_photo_size()]
            else:
                body["document"] = message.media.to_document()
        if message.caption:
            body["caption"] = message.caption
            if message.caption_entities:
                body["caption_entities"] = message.caption_entities
        keyboard = inline_keyboard(message.reply_markup)
        if keyboard is not None:
            body["reply_markup"] = keyboard
        if message.protected:
            body["has_protected_content"] = True
        return body

    # --- the page's view ---------------------------------------------------------------------------

    def transcript_message(self, message: StoredMessage) -> Json:
        """A message as the control API shows it: every key always present."""
        media = message.media
        media_json: Json | None = None
        if media is not None:
            media_json = {
                "file_id": media.file_id,
                "file_name": media.file_name,
                "mime_type": media.mime_type,
                "file_size": media.size,
                "width": media.width or None,
                "height": media.height or None,
                "url": f"/sandbox/files/{media.file_id}",
            }
        return {
            "message_id": message.message_id,
            "from": "bot" if message.outgoing else "persona",
            "date": message.date,
            "edit_date": message.edit_date,
            "version": message.version,
            "text": message.text,
            "entities": message.entities,
            "caption": message.caption,
            "caption_entities": message.caption_entities,
            "parse_mode": message.parse_mode,
            "source": message.source,
            "photo": media_json if media is not None and media.kind == "photo" else None,
            "document": media_json if media is not None and media.kind == "document" else None,
            "reply_markup": message.reply_markup,
            "reply_to_message_id": message.reply_to_message_id,
            "protected": message.protected,
        }
