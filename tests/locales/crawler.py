"""A crawler that walks every window a person can reach, and shows each window in every locale.

The bot runs in-process: the real dispatcher (middlewares, dialogs, i18n, SQL state on a SQLite file) with
a message manager that notes which state each shown window belongs to, and copies of the database so each
button of a window is tried from the same starting point.

A node is a window as the person sees it: its state and the set of widgets on its keyboard (a state can
show several views, like the programme card and a pair's card). From each node the crawler taps one button
of each widget (a few of a list or a calendar, until one leads elsewhere) and, if the window waits for
text, types the realistic text `inputs` gives for its state. Buttons that only go back (Back, Cancel, or a
switch to a state already seen) are not tapped: where they lead has been shown already.

Every time a window renders for the person, it is also rendered in each other locale from the same dialog
data, the same database and the same moment, only with the person's language swapped (what aiogram-i18n
would hand the window for a person of that language) — once per distinct variant of the window (its state,
its keyboard's widgets and the Fluent messages it used), which keeps five languages at the cost of one."""

from __future__ import annotations

import logging
import re
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiogram import Dispatcher
from aiogram.fsm.state import State
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram_dialog import Dialog, Window
from aiogram_dialog.api.entities import NewMessage, OldMessage
from aiogram_dialog.test_tools import MockMessageManager
from aiogram_dialog.test_tools.keyboard import InlineButtonDataLocator
from aiogram_dialog.utils import CB_SEP
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Back, Cancel, Start, SwitchTo
from aiogram_i18n import I18nContext
from aiogram_i18n.cores import FluentRuntimeCore
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.app import make_dispatcher, sql_storage
from dialogs.context import DialogConfig
from tests.harness import Person, RecordingBot

VIEWS_PER_STATE = 3  # nodes explored per state: enough for its views, bounded for lists that grow
REPEATS = 12  # a button that moves on within one state (the next question) is pressed again this often

Action = tuple[str, str]  # ("send", text) or ("tap", callback data without the intent id)


@dataclass(frozen=True)
class Shown:
    """One window as rendered for a person: sent to them (`real`), or the same window in another locale."""

    locale: str
    persona: str
    state: State
    text: str
    markup: InlineKeyboardMarkup | None
    path: tuple[str, ...]
    real: bool

    @property
    def where(self) -> str:
        return f"{self.locale}/{self.persona} {self.state.state} via {' → '.join(self.path)}"

    @property
    def rows(self) -> list[list[InlineKeyboardButton]]:
        return self.markup.inline_keyboard if self.markup is not None else []


@dataclass(frozen=True)
class Miss:
    """A Fluent message looked up in a locale that lacks it (aiogram-i18n shows English instead)."""

    locale: str
    key: str
    state: str


@dataclass
class Crawl:
    """What the crawls saw."""

    shown: list[Shown] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    actions: int = 0


class WindowRecorder(MockMessageManager):  # type: ignore[misc]
    """aiogram-dialog's mock message manager that also notes which state each shown window is."""

    def __init__(self) -> None:
        super().__init__()
        self.rendering: State | None = None
        self.locale = ""
        self.shown: list[tuple[State, str, Message]] = []

    async def show_message(self, bot: Any, new_message: NewMessage, old_message: OldMessage | None) -> Any:
        result = await super().show_message(bot, new_message, old_message)
        assert self.rendering is not None, "a window was shown that no dialog rendered"
        self.shown.append((self.rendering, self.locale, self.sent_messages[-1]))
        return result


class _Errors(logging.Handler):
    """Errors the bot logs while it handles an update (the errors router logs every unexpected one)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        error = record.exc_info[1] if record.exc_info else None
        why = " ".join(str(error).split()) if error is not None else ""
        self.records.append(f"{record.name}: {record.getMessage()} {why}".strip())


class Snapshots:
    """Copies of the bot's SQLite database (FSM state included) kept in memory, put back on demand."""

    def __init__(self, path: Path, engine: AsyncEngine) -> None:
        self.path = path
        self.engine = engine

    def take(self) -> sqlite3.Connection:
        copy = sqlite3.connect(":memory:")
        source = sqlite3.connect(self.path)
        try:
            source.backup(copy)
        finally:
            source.close()
        return copy

    async def restore(self, copy: sqlite3.Connection) -> None:
        await self.engine.dispose()  # no connection of the bot holds the file while it is replaced
        target = sqlite3.connect(self.path)
        try:
            target.execute("PRAGMA synchronous=OFF")  # a test copy: no need to wait for the disk
            copy.backup(target)
        finally:
            target.close()


def dialogs_of(dp: Dispatcher) -> list[Dialog]:
    found: list[Dialog] = []
    routers = list(dp.sub_routers)
    while routers:
        router = routers.pop()
        if isinstance(router, Dialog):
            found.append(router)
        routers.extend(router.sub_routers)
    return found


def own_data(button: InlineKeyboardButton) -> str:
    """The callback data without aiogram-dialog's intent id: the same for every person and every run."""
    return (button.callback_data or "").split(CB_SEP, 1)[-1]


def widget_of(button: InlineKeyboardButton) -> str:
    return own_data(button).split(":", 1)[0]


def buttons_of(markup: Any) -> list[InlineKeyboardButton]:
    rows = markup.inline_keyboard if isinstance(markup, InlineKeyboardMarkup) else []
    return [button for row in rows for button in row]


def _key(state: State, markup: Any) -> tuple[State, frozenset[str]]:
    return state, frozenset(widget_of(button) for button in buttons_of(markup) if button.callback_data)


def _has_text_input(widget: Any) -> bool:
    if isinstance(widget, TextInput):
        return True
    return any(_has_text_input(child) for child in getattr(widget, "inputs", ()))


@dataclass
class _Node:
    key: tuple[State, frozenset[str]]
    message: Message
    snapshot: sqlite3.Connection
    path: tuple[str, ...]


class Crawler:
    """The bot in-process on the SQLite file `db_path`, and crawls of it as one person at a time."""

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        engine: AsyncEngine,
        db_path: Path,
        inputs: dict[State, str],
        locales: Iterable[str],
    ) -> None:
        self.bot = RecordingBot()
        self.windows = WindowRecorder()
        self.dp = make_dispatcher(
            session_factory=session_factory,
            storage=sql_storage(session_factory),
            events_isolation=SimpleEventIsolation(),
            dialog_config=DialogConfig(invite_ttl_days=14, default_timezone="Europe/Sofia"),
            message_manager=self.windows,
        )
        self.core: FluentRuntimeCore = self.dp["i18n_middleware"].core
        self.snapshots = Snapshots(db_path, engine)
        self.inputs = inputs
        self.locales = tuple(locales)
        self.result = Crawl()
        self.skip: Callable[[InlineKeyboardButton], bool] = lambda _button: False
        self._errors = _Errors()
        self._lookups: list[str] = []
        self._variants: set[tuple[State, frozenset[str], frozenset[str]]] = set()
        self._persona = ""
        self._path: tuple[str, ...] = ()
        self._seen: set[State] = set()
        self.windows_by_state: dict[State, Window] = {
            state: window for dialog in dialogs_of(self.dp) for state, window in dialog.windows.items()
        }
        self._note_lookups()
        for window in self.windows_by_state.values():
            self._note_rendering(window)

    async def __aenter__(self) -> Crawler:
        await self.dp.emit_startup(dispatcher=self.dp, bots=[self.bot], bot=self.bot)
        logging.getLogger().addHandler(self._errors)
        return self

    async def __aexit__(self, *exc: object) -> None:
        logging.getLogger().removeHandler(self._errors)
        self.result.errors.extend(self._errors.records)
        await self.dp.emit_shutdown(dispatcher=self.dp, bots=[self.bot], bot=self.bot)

    # --- instruments ---------------------------------------------------------------------------------------

    def _note_lookups(self) -> None:
        """Every Fluent lookup is noted, and a lookup in a locale lacking the message is a miss."""
        core, original = self.core, self.core.get

        def get(message_id: str, locale: str | None = None, /, **kwargs: Any) -> str:
            resolved = core.get_locale(locale=locale)
            self._lookups.append(message_id)
            if not core.get_translator(locale=resolved).has_message(message_id):
                rendering = self.windows.rendering
                self.result.misses.append(Miss(resolved, message_id, rendering.state if rendering else "-"))
            return original(message_id, locale, **kwargs)

        core.get = get  # type: ignore[method-assign]

    def _note_rendering(self, window: Window) -> None:
        """The window tells the recorder its state when it renders, and renders in the other locales."""
        render, state = window.render, window.state

        async def noted(dialog: Any, manager: Any) -> NewMessage:
            self.windows.rendering, self.windows.locale = state, manager.middleware_data["i18n"].locale
            start = len(self._lookups)
            shown = await render(dialog, manager)
            variant = (state, _key(state, shown.reply_markup)[1], frozenset(self._lookups[start:]))
            if variant not in self._variants:
                self._variants.add(variant)
                await self._in_other_locales(render, dialog, manager, state)
            return shown

        window.render = noted  # type: ignore[method-assign]

    async def _in_other_locales(self, render: Any, dialog: Any, manager: Any, state: State) -> None:
        own: I18nContext = manager.middleware_data["i18n"]
        try:
            for locale in self.locales:
                if locale == own.locale:
                    continue
                manager.middleware_data["i18n"] = I18nContext(locale, own.core, own.manager, own.data)
                other = await render(dialog, manager)
                self.result.shown.append(
                    Shown(
                        locale, self._persona, state, other.text or "", other.reply_markup, self._path, False
                    )
                )
        finally:
            manager.middleware_data["i18n"] = own
            self.windows.rendering, self.windows.locale = state, own.locale

    # --- acting as a person --------------------------------------------------------------------------------

    async def act(self, who: Person, action: Action, on: Message | None) -> list[tuple[State, Message]]:
        """Do one thing as `who`; the windows shown to them because of it."""
        before = len(self.windows.shown)
        kind, value = action
        self.result.actions += 1
        self._path = (*self._path, _label(action, on))
        if kind == "send":
            await who.send(value)
        elif kind == "tap":
            assert on is not None, "a tap needs the window it is on"
            await who.click(on, InlineButtonDataLocator(f"(?:[^{CB_SEP}]*{CB_SEP})?{re.escape(value)}"))
        return self._keep(self.windows.shown[before:], who)

    def _keep(self, shown: Iterable[tuple[State, str, Message]], who: Person) -> list[tuple[State, Message]]:
        """Windows shown to `who`, kept for the checks; (state, message) of each, in order."""
        mine = []
        for state, locale, message in shown:
            if message.chat.id != who.chat.id:
                continue
            self._seen.add(state)
            text, markup = message.text or message.caption or "", message.reply_markup
            self.result.shown.append(Shown(locale, self._persona, state, text, markup, self._path, True))
            mine.append((state, message))
        return mine

    def _actions(self, state: State, markup: Any) -> list[list[Action]]:
        """Groups of actions: the buttons of each widget (a few of a list), then typing."""
        window = self.windows_by_state[state]
        groups: dict[str, list[InlineKeyboardButton]] = {}
        for button in buttons_of(markup):
            if button.callback_data and not self.skip(button) and not self._goes_back(window, button):
                groups.setdefault(widget_of(button), []).append(button)
        result: list[list[Action]] = []
        for buttons in groups.values():
            # items with ids (list entries, calendar days) before a widget's other buttons (paging, zoom)
            items = [button for button in buttons if own_data(button).partition(":")[2].isdigit()]
            picks = [*_spread(items), *_spread([button for button in buttons if button not in items])]
            result.append([("tap", data) for data in dict.fromkeys(own_data(button) for button in picks)])
        if window.on_message is not None and _has_text_input(window.on_message):
            assert state in self.inputs, f"the crawler needs a realistic input for {state.state}"
            result.append([("send", self.inputs[state])])
        return result

    def _goes_back(self, window: Window, button: InlineKeyboardButton) -> bool:
        widget = window.find(widget_of(button))
        if isinstance(widget, Back | Cancel):
            return True
        return isinstance(widget, SwitchTo | Start) and widget.state in self._seen

    async def crawl(
        self,
        persona: str,
        who: Person,
        prefix: list[Action],
        roots: list[Action],
        leaves: Iterable[State] = (),
    ) -> None:
        """Breadth-first from each root action, after `prefix` (from the database as it is now); windows of
        the `leaves` states are shown but not explored further."""
        ends = set(leaves)
        self._persona, self._path, self._seen = persona, (), set()
        last: Message | None = None
        for action in prefix:
            shown = await self.act(who, action, last)
            last = shown[-1][1] if shown else last
        start, base = self.snapshots.take(), self._path
        seen: set[tuple[State, frozenset[str]]] = set()
        per_state: dict[State, int] = {}
        queue: deque[_Node] = deque()

        def enqueue(state: State, message: Message) -> None:
            key = _key(state, message.reply_markup)
            if key in seen or per_state.get(state, 0) >= VIEWS_PER_STATE or state in ends:
                return
            seen.add(key)
            per_state[state] = per_state.get(state, 0) + 1
            queue.append(_Node(key, message, self.snapshots.take(), self._path))

        for root in roots:
            await self.snapshots.restore(start)
            self._path = base
            shown = await self.act(who, root, None)
            if shown:
                enqueue(*shown[-1])
        while queue:
            await self._explore(queue.popleft(), who, enqueue)
        start.close()

    async def _explore(self, node: _Node, who: Person, enqueue: Callable[[State, Message], None]) -> None:
        clean, message = False, node.message  # clean: the database is the node's (or changed in place)
        for group in self._actions(node.key[0], node.message.reply_markup):
            for action in group:
                moved = False
                for _ in range(REPEATS):
                    if clean and action[0] == "tap" and not _has(message, action[1]):
                        clean = False  # a change in place took this button away: start again
                    if not clean:
                        await self.snapshots.restore(node.snapshot)
                        message, self._path = node.message, node.path
                    shown = await self.act(who, action, message)
                    if not shown:
                        clean = False
                        break
                    state, latest = shown[-1]
                    if _key(state, latest.reply_markup) != node.key:
                        enqueue(state, latest)
                        clean, moved = False, True
                        break
                    # changed in place (a toggle, a page): go on from here; again if it moved on (the next
                    # question of a questionnaire), else with the next button
                    again = latest.text != message.text
                    clean, message = True, latest
                    if not again:
                        break
                if moved:
                    break  # this widget led elsewhere: its other buttons lead to windows like that one
        node.snapshot.close()


def _spread(buttons: list[InlineKeyboardButton]) -> list[InlineKeyboardButton]:
    """A few buttons from all over a list: the middle, further on, the first and the last."""
    n = len(buttons)
    return [buttons[n // 2], buttons[min(n - 1, n // 2 + n // 4)], buttons[0], buttons[-1]] if n else []


def _has(message: Message, data: str) -> bool:
    return any(own_data(button) == data for button in buttons_of(message.reply_markup))


def _label(action: Action, on: Message | None) -> str:
    kind, value = action
    if kind == "send":
        return repr(value if len(value) <= 24 else value[:23] + "…")
    for button in buttons_of(on.reply_markup) if on is not None else []:
        if own_data(button) == value:
            return f"[{button.text}]"
    return f"[{value}]"
