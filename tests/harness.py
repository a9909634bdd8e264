"""Dialog test harness: the real dispatcher (middlewares, dialogs, i18n, SQL state) with
aiogram-dialog's MockMessageManager for windows and a Bot that records what else it is asked to send."""

from __future__ import annotations

import contextlib
import html
import itertools
import re
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramBadRequest
from aiogram.fsm.storage.base import BaseStorage
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.methods import AnswerCallbackQuery, GetMe, SendDocument, SendMessage, SendPhoto, TelegramMethod
from aiogram.types import Chat, InlineKeyboardMarkup, Message, Sticker, Update, User
from aiogram_dialog.api.entities import NewMessage, OldMessage
from aiogram_dialog.test_tools import BotClient, MockMessageManager
from aiogram_dialog.test_tools.keyboard import InlineButtonDataLocator, InlineButtonTextLocator
from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session

from bot.app import make_dispatcher, sql_storage
from bot.update.commit_first import commit_before_showing
from dialogs.context import DialogConfig
from storage.models import ProgrammeKind, Role
from storage.repo import invites, organisations
from storage.timeutil import utcnow
from tests.pairs import make_pair, make_programme

BOT_USERNAME = "mentor_test_bot"
_update_ids = itertools.count(1000)


class RecordingBot(Bot):
    """Answers like the Bot API would and keeps every call, so tests can read what people got."""

    def __init__(self) -> None:
        super().__init__("4242:TEST-token-used-only-in-dialog-tests")
        self.calls: list[TelegramMethod[Any]] = []
        self._message_ids = itertools.count(50_000)
        self.refuse: type[TelegramMethod[Any]] | None = None  # the next call of this kind fails (400)

    async def __call__(self, method: TelegramMethod[Any], request_timeout: int | None = None) -> Any:
        await commit_before_showing(method)  # as the real bot session does (commit_first.py)
        if self.refuse is not None and isinstance(method, self.refuse):
            self.refuse = None
            raise TelegramBadRequest(method, "Bad Request: something Telegram did not like")
        self.calls.append(method)
        if isinstance(method, GetMe):
            return User(id=4242, is_bot=True, first_name="Mentor", username=BOT_USERNAME)
        if isinstance(method, SendMessage | SendPhoto | SendDocument):
            return Message(
                message_id=next(self._message_ids),
                date=datetime.now(),
                chat=Chat(id=int(method.chat_id), type="private"),
                text=getattr(method, "text", None),
                caption=getattr(method, "caption", None),
            )
        return True

    def sent(self, chat_id: int, kind: type[TelegramMethod[Any]] = SendMessage) -> list[Any]:
        return [c for c in self.calls if isinstance(c, kind) and int(getattr(c, "chat_id", 0)) == chat_id]

    def texts(self, chat_id: int) -> list[str]:
        return [c.text for c in self.sent(chat_id)]


class CommittingWindows(MockMessageManager):
    """aiogram-dialog's mock message manager, committing the update first as the real bot's session does
    before it shows a window."""

    async def show_message(self, bot: Bot, new_message: NewMessage, old_message: OldMessage | None) -> Any:
        await commit_before_showing(SendMessage(chat_id=new_message.chat.id, text=new_message.text or ""))
        return await super().show_message(bot, new_message, old_message)


class Person(BotClient):
    """One person in a private chat; update ids are unique across people."""

    def __init__(self, dp: Dispatcher, bot: Bot, user_id: int, first_name: str, language_code: str = "en"):
        super().__init__(dp, user_id=user_id, chat_id=user_id, bot=bot)
        self.user = User(id=user_id, is_bot=False, first_name=first_name, language_code=language_code)

    def _new_update_id(self) -> int:
        return next(_update_ids)

    async def send_sticker(self) -> Any:
        """Something that is not text (a sticker)."""
        message = Message(
            message_id=self._new_message_id(),
            date=datetime.now(),
            chat=self.chat,
            from_user=self.user,
            sticker=Sticker(
                file_id="sticker",
                file_unique_id="s",
                type="regular",
                width=512,
                height=512,
                is_animated=False,
                is_video=False,
            ),
        )
        return await self.dp.feed_update(self.bot, Update(update_id=self._new_update_id(), message=message))

    async def redeliver(self, update: Update) -> Any:
        return await self.dp.feed_update(self.bot, update)


class Harness:
    def __init__(
        self, session_factory: async_sessionmaker[AsyncSession], storage: BaseStorage | None = None
    ) -> None:
        self.session_factory = session_factory
        self.bot = RecordingBot()
        self.windows = CommittingWindows()
        self.dp = make_dispatcher(
            session_factory=session_factory,
            storage=storage or sql_storage(session_factory),
            events_isolation=SimpleEventIsolation(),
            dialog_config=DialogConfig(invite_ttl_days=14, default_timezone="Europe/Sofia"),
            message_manager=self.windows,
        )

    async def __aenter__(self) -> Harness:
        await self.dp.emit_startup(dispatcher=self.dp, bots=[self.bot], bot=self.bot)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.dp.emit_shutdown(dispatcher=self.dp, bots=[self.bot], bot=self.bot)

    def person(self, user_id: int, first_name: str = "Pat", language_code: str = "en") -> Person:
        return Person(self.dp, self.bot, user_id, first_name, language_code)

    def window(self, chat_id: int) -> Message:
        """The last dialog window shown in the chat."""
        shown = [m for m in self.windows.sent_messages if m.chat.id == chat_id and (m.text or m.caption)]
        assert shown, f"no window was shown in chat {chat_id}"
        return shown[-1]

    def screen(self, chat_id: int) -> str:
        """The last window's text as the person reads it (HTML tags removed)."""
        window = self.window(chat_id)
        return plain(window.text or window.caption or "")

    def buttons(self, chat_id: int) -> list[str]:
        markup = self.window(chat_id).reply_markup
        return [b.text for row in (markup.inline_keyboard if markup else []) for b in row]

    async def tap(self, who: Person, label: str) -> str:
        """Press the button whose text matches `label` (a regex) in the person's last window."""
        return await who.click(self.window(who.chat.id), InlineButtonTextLocator(label))

    async def tap_forged(self, who: Person, label: str, item_id: object) -> None:
        """Press the button `label` with its item id replaced by `item_id`, as a forged callback would."""
        window = self.window(who.chat.id)
        button = InlineButtonTextLocator(label).find_button(window)
        assert button is not None and button.callback_data, f"no button {label!r}"
        data = button.callback_data.rsplit(":", 1)[0] + f":{item_id}"
        assert len(data.encode()) <= 64
        rows = [
            [b.model_copy(update={"callback_data": data}) if b is button else b for b in row]
            for row in window.reply_markup.inline_keyboard  # type: ignore[union-attr]
        ]
        forged = window.model_copy(update={"reply_markup": InlineKeyboardMarkup(inline_keyboard=rows)})
        await who.click(forged, InlineButtonDataLocator(re.escape(data)))

    def callback_answers(self) -> list[str]:
        return [c.text for c in self.bot.calls if isinstance(c, AnswerCallbackQuery) and c.text]

    def last_reply(self, chat_id: int) -> str:
        texts = self.bot.texts(chat_id)
        assert texts, f"the bot sent no plain message to chat {chat_id}"
        return plain(texts[-1])


def plain(text: str) -> str:
    """Text without its HTML tags, entities unescaped: what Telegram shows."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def code_of(link_or_text: str) -> str:
    match = re.search(r"\?start=([A-Za-z0-9_-]+)", link_or_text)
    assert match, f"no invite link in {link_or_text!r}"
    return match.group(1)


async def seed_programme(
    session_factory: async_sessionmaker[AsyncSession],
    *,
    org: str = "School One",
    name: str = "Inclusive teaching",
    kind: ProgrammeKind = ProgrammeKind.TEACHER,
) -> tuple[int, int]:
    """(org id, programme id)."""
    programme = await make_programme(session_factory, org=org, name=name, kind=kind)
    return programme.org_id, programme.id


async def coordinator_invite(
    session_factory: async_sessionmaker[AsyncSession], org: str = "School One"
) -> str:
    async with session_factory() as session:
        organisation = await organisations.get_or_create(session, org)
        code = await invites.create(
            session, org_id=organisation.id, role=Role.COORDINATOR, expires_at=utcnow() + timedelta(days=7)
        )
        await session.commit()
        return code


async def pair_invites(
    session_factory: async_sessionmaker[AsyncSession],
    programme_id: int,
    mentor: str = "Maria",
    mentee: str = "Ivan",
    minor: bool = False,
) -> dict[Role, str]:
    made = await make_pair(
        session_factory, programme=programme_id, mentor=mentor, mentee=mentee, minor=minor, invite_days=7
    )
    return made.codes


async def join(h: Harness, who: Person, code: str, *, later: bool = True) -> None:
    """Open an invite link, choose English, agree to the privacy notice. A mentee's first questionnaire
    then opens on top of the menu; with `later` it is put off (its own tests answer it)."""
    await who.send(f"/start {code}")
    await h.tap(who, "English")
    await h.tap(who, "✔ I agree")
    if later and "⏸ Later" in h.buttons(who.chat.id):
        await h.tap(who, "⏸ Later")


@contextlib.contextmanager
def failing_commits(times: int = 1) -> Iterator[list[int]]:
    """The next `times` commits of any session fail as a locked database makes them fail; yields the
    list of commits refused so far (its length)."""
    refused: list[int] = []

    def refuse(session: Session) -> None:
        if session.in_nested_transaction():  # a savepoint's release is no commit
            return
        if len(refused) < times:
            refused.append(1)
            raise OperationalError("COMMIT", {}, sqlite3.OperationalError("database is locked"))

    event.listen(Session, "before_commit", refuse)
    try:
        yield refused
    finally:
        event.remove(Session, "before_commit", refuse)
