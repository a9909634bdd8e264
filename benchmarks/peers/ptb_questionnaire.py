"""B1's python-telegram-bot peer: the teacher questionnaire (Annex III) as a PTB user would write it.

A `ConversationHandler` with persistence; PTB has no SQLite persistence of its own, so a small
`BasePersistence` keeps conversations and user_data in SQLite, and the answers go to SQLite as they are
given. PTB's defaults otherwise (updates one at a time, persistence flushed every 60 s). Same words and
buttons as our bot (English, from locales/en).

    BOT_TOKEN=... TELEGRAM_API_URL=http://127.0.0.1:8081 DATABASE=/tmp/ptb.sqlite3 \
        python -m benchmarks.peers.ptb_questionnaire
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from copy import deepcopy
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite
from fluent.runtime import FluentLocalization, FluentResourceLoader
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    BasePersistence,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    PersistenceInput,
    filters,
)
from telegram.ext._utils.types import CDCData, ConversationDict, ConversationKey

LOCALES = Path(__file__).resolve().parents[2] / "locales"
INSTRUMENT = "teacher_annex3"
EXTENT = tuple(f"scale-extent-{i}" for i in range(4))
FREQUENCY = tuple(f"scale-frequency-{i}" for i in range(5))
ITEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1", EXTENT),
    ("2", FREQUENCY),
    ("3", EXTENT),
    ("4", FREQUENCY),
    ("5", EXTENT),
    ("6", ()),
)
TEXT_ITEM = len(ITEMS) - 1
CONFIRM = len(ITEMS)  # the state after the last item: the summary, waiting for ✔ Confirm
MENTOR = "Maria"

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (name TEXT, key TEXT, state TEXT, PRIMARY KEY (name, key));
CREATE TABLE IF NOT EXISTS user_data (user_id INTEGER PRIMARY KEY, data TEXT);
CREATE TABLE IF NOT EXISTS answers (
    user_id INTEGER, item TEXT, choice INTEGER, text TEXT, skipped INTEGER, PRIMARY KEY (user_id, item)
);
CREATE TABLE IF NOT EXISTS responses (user_id INTEGER PRIMARY KEY, completed_at TEXT);
"""


class Database:
    """One aiosqlite connection, opened in post_init (WAL, as a bot's SQLite should be)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._connection: aiosqlite.Connection | None = None

    async def connection(self) -> aiosqlite.Connection:
        if self._connection is None:
            self._connection = await aiosqlite.connect(self.path)
            await self._connection.execute("PRAGMA journal_mode=WAL")
            await self._connection.execute("PRAGMA synchronous=NORMAL")
            await self._connection.executescript(SCHEMA)
            await self._connection.commit()
        return self._connection

    async def close(self) -> None:
        if self._connection is not None:
            await self._connection.close()
            self._connection = None


class SQLitePersistence(BasePersistence[dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """Conversations and user_data in SQLite; chat, bot and callback data are not kept."""

    def __init__(self, database: Database) -> None:
        super().__init__(
            store_data=PersistenceInput(bot_data=False, chat_data=False, user_data=True, callback_data=False)
        )
        self.database = database

    async def get_conversations(self, name: str) -> ConversationDict:
        db = await self.database.connection()
        async with db.execute("SELECT key, state FROM conversations WHERE name = ?", (name,)) as rows:
            return {tuple(json.loads(key)): json.loads(state) async for key, state in rows}

    async def update_conversation(self, name: str, key: ConversationKey, new_state: object | None) -> None:
        db = await self.database.connection()
        if new_state is None:
            await db.execute("DELETE FROM conversations WHERE name = ? AND key = ?", (name, json.dumps(key)))
        else:
            await db.execute(
                "INSERT INTO conversations VALUES (?, ?, ?) "
                "ON CONFLICT (name, key) DO UPDATE SET state = excluded.state",
                (name, json.dumps(key), json.dumps(new_state)),
            )
        await db.commit()

    async def get_user_data(self) -> dict[int, dict[Any, Any]]:
        db = await self.database.connection()
        async with db.execute("SELECT user_id, data FROM user_data") as rows:
            return {user_id: json.loads(data) async for user_id, data in rows}

    async def update_user_data(self, user_id: int, data: dict[Any, Any]) -> None:
        db = await self.database.connection()
        await db.execute(
            "INSERT INTO user_data VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET data = excluded.data",
            (user_id, json.dumps(data)),
        )
        await db.commit()

    async def drop_user_data(self, user_id: int) -> None:
        db = await self.database.connection()
        await db.execute("DELETE FROM user_data WHERE user_id = ?", (user_id,))
        await db.commit()

    async def refresh_user_data(self, user_id: int, user_data: dict[Any, Any]) -> None:
        return None

    async def get_chat_data(self) -> dict[int, dict[Any, Any]]:
        return {}

    async def update_chat_data(self, chat_id: int, data: dict[Any, Any]) -> None:
        return None

    async def drop_chat_data(self, chat_id: int) -> None:
        return None

    async def refresh_chat_data(self, chat_id: int, chat_data: dict[Any, Any]) -> None:
        return None

    async def get_bot_data(self) -> dict[Any, Any]:
        return {}

    async def update_bot_data(self, data: dict[Any, Any]) -> None:
        return None

    async def refresh_bot_data(self, bot_data: dict[Any, Any]) -> None:
        return None

    async def get_callback_data(self) -> CDCData | None:
        return None

    async def update_callback_data(self, data: CDCData) -> None:
        return None

    async def flush(self) -> None:
        await self.database.close()


class Texts:
    def __init__(self) -> None:
        loader = FluentResourceLoader(str(LOCALES / "{locale}"))
        files = ["instruments.ftl", "questionnaire.ftl", "common.ftl"]
        self.l10n = FluentLocalization(["en"], files, loader)

    def __call__(self, key: str, **args: Any) -> str:
        return str(self.l10n.format_value(key, args))


T = Texts()
NAV = [
    [InlineKeyboardButton(T("btn-back"), callback_data="back")],
    [InlineKeyboardButton(T("questionnaire-btn-later"), callback_data="later")],
]


def question(index: int, first: bool) -> tuple[str, InlineKeyboardMarkup]:
    key, options = ITEMS[index]
    text = T(
        "questionnaire-question",
        instrument=T(f"instrument-{INSTRUMENT}"),
        number=index + 1,
        total=len(ITEMS),
        title=T(f"q-{INSTRUMENT}-{key}-title"),
        question=T(f"q-{INSTRUMENT}-{key}"),
    )
    if first:
        text = T(f"questionnaire-intro-{INSTRUMENT}-baseline") + "\n\n" + text
    if not options:
        text += "\n" + T("questionnaire-write", limit="1,000")
    rows = [[InlineKeyboardButton(T(option), callback_data=str(i))] for i, option in enumerate(options)]
    rows.append([InlineKeyboardButton(T("questionnaire-btn-skip"), callback_data="skip")])
    rows.append([button for row in NAV for button in row])
    return text, InlineKeyboardMarkup(rows)


def database(context: ContextTypes.DEFAULT_TYPE) -> Database:
    db: Database = context.bot_data["database"]
    return db


async def save(context: ContextTypes.DEFAULT_TYPE, user_id: int, index: int, **answer: Any) -> None:
    db = await database(context).connection()
    await db.execute(
        "INSERT INTO answers VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, item) DO UPDATE SET "
        "choice = excluded.choice, text = excluded.text, skipped = excluded.skipped",
        (user_id, ITEMS[index][0], answer.get("choice"), answer.get("text"), int(answer.get("skipped", 0))),
    )
    await db.commit()


async def answers_of(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> Mapping[str, tuple[Any, ...]]:
    db = await database(context).connection()
    query = "SELECT item, choice, text, skipped FROM answers WHERE user_id = ?"
    async with db.execute(query, (user_id,)) as rows:
        return {item: (choice, text, skipped) async for item, choice, text, skipped in rows}


async def summary(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> tuple[str, InlineKeyboardMarkup]:
    given = await answers_of(context, user_id)
    lines = [T("questionnaire-summary", instrument=T(f"instrument-{INSTRUMENT}"))]
    for number, (key, options) in enumerate(ITEMS, start=1):
        choice, text, skipped = given.get(key, (None, None, 0))
        if skipped:
            words = T("questionnaire-skipped")
        elif choice is not None:
            words = T(options[choice])
        else:
            words = T("questionnaire-quoted", text=text) if text else T("questionnaire-not-answered")
        title = T(f"q-{INSTRUMENT}-{key}-title")
        lines.append(T("questionnaire-summary-line", number=number, title=title, answer=words))
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(T("btn-confirm"), callback_data="confirm")],
            [InlineKeyboardButton(T("questionnaire-btn-later"), callback_data="later")],
        ]
    )
    return "\n".join(lines), keyboard


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    assert update.message is not None
    text, keyboard = question(0, first=True)
    await update.message.reply_text(text, reply_markup=keyboard, parse_mode=ParseMode.HTML)
    return 0


async def show(update: Update, context: ContextTypes.DEFAULT_TYPE, index: int) -> int:
    query = update.callback_query
    assert query is not None
    text, keyboard = question(index, first=False)
    await query.edit_message_text(text, reply_markup=keyboard, parse_mode=ParseMode.HTML)
    return index


async def chosen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    assert query is not None and query.data is not None and context.user_data is not None
    await query.answer()
    index = int(context.user_data.get("item", 0))
    if query.data == "back":
        index = max(index - 1, 0)
    elif query.data == "later":
        await query.edit_message_text(T("cancelled"))
        return ConversationHandler.END
    elif query.data == "skip":
        await save(context, query.from_user.id, index, skipped=True)
        index += 1
    else:
        await save(context, query.from_user.id, index, choice=int(query.data))
        index += 1
    context.user_data["item"] = index
    return await show(update, context, index)


async def written(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    assert update.message is not None and update.message.text is not None and context.user_data is not None
    user_id = update.message.chat.id
    await save(context, user_id, TEXT_ITEM, text=update.message.text[:1000])
    context.user_data["item"] = CONFIRM
    text, keyboard = await summary(context, user_id)
    await update.message.reply_text(text, reply_markup=keyboard, parse_mode=ParseMode.HTML)
    return CONFIRM


async def confirmed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    assert query is not None and context.user_data is not None
    await query.answer()
    if query.data == "later":
        await query.edit_message_text(T("cancelled"))
        return ConversationHandler.END
    db = await database(context).connection()
    await db.execute(
        "INSERT INTO responses VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET completed_at = "
        "excluded.completed_at",
        (query.from_user.id, datetime.now(UTC).isoformat()),
    )
    await db.commit()
    context.user_data.clear()
    await query.edit_message_text(T("questionnaire-thanks", mentor=MENTOR), parse_mode=ParseMode.HTML)
    return ConversationHandler.END


def conversation() -> ConversationHandler[Any]:
    on_button = [CallbackQueryHandler(chosen)]
    states: dict[object, list[Any]] = {index: deepcopy(on_button) for index in range(TEXT_ITEM)}
    states[TEXT_ITEM] = [
        MessageHandler(filters.TEXT & ~filters.COMMAND, written),
        CallbackQueryHandler(chosen),
    ]
    states[CONFIRM] = [CallbackQueryHandler(confirmed)]
    return ConversationHandler(
        entry_points=[CommandHandler("questionnaire", start)],
        states=states,
        fallbacks=[CommandHandler("questionnaire", start)],
        name="questionnaire",
        persistent=True,
    )


def build(token: str, api_url: str, path: str) -> Application[Any, Any, Any, Any, Any, Any]:
    db = Database(path)

    async def post_init(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        application.bot_data["database"] = db

    application = (
        Application.builder()
        .token(token)
        .base_url(f"{api_url}/bot")
        .base_file_url(f"{api_url}/file/bot")
        .persistence(SQLitePersistence(db))
        .post_init(post_init)
        .build()
    )
    application.add_handler(conversation())
    return application


def main() -> None:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "WARNING"))
    application = build(
        os.environ["BOT_TOKEN"], os.environ["TELEGRAM_API_URL"].rstrip("/"), os.environ["DATABASE"]
    )
    application.run_polling(allowed_updates=["message", "callback_query"])


if __name__ == "__main__":
    main()
