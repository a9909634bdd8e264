"""Building the Bot and the Dispatcher, with every router, middleware and dialog in its place."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, ClassVar

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage, DefaultKeyBuilder
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram_dialog import setup_dialogs
from aiogram_dialog.api.protocols import MessageManagerProtocol
from aiogram_i18n.cores import FluentRuntimeCore
from fluent.runtime import FluentBundle, FluentResource
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.handlers import commands, errors, fallback, membership, start
from bot.middlewares.locale import PersonLocaleManager, UpdateI18nMiddleware
from bot.middlewares.retry import RetryMiddleware
from bot.session import BotSession
from bot.settings import Settings
from bot.update import dialog_state
from bot.update.claim import DatabaseMiddleware
from bot.update.commit_first import CommitFirst
from bot.update.inbox import Inbox
from bot.update.session import ErrorSessionMiddleware, SessionMiddleware
from dialogs import (
    closure,
    concern,
    concerns_admin,
    coordinators,
    diary,
    digest,
    goals,
    ground_rules,
    language,
    main_menu,
    meeting,
    mydata,
    new_pair,
    new_programme,
    onboarding,
    privacy,
    programmes,
    questionnaire,
    reflection,
    tips,
    urgent,
)
from dialogs.context import DialogConfig
from dialogs.locales import SOURCE_LOCALE
from scheduler.config import SchedulerConfig
from storage.db import make_engine, make_session_factory
from storage.fsm import SQLStorage

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DIALOG_MODULES = (
    onboarding,
    main_menu,
    language,
    privacy,
    programmes,
    new_programme,
    new_pair,
    questionnaire,
    diary,
    reflection,
    goals,
    ground_rules,
    concern,
    concerns_admin,
    mydata,
    closure,
    meeting,
    tips,
    digest,
    coordinators,
)


def translator(core: FluentRuntimeCore, default_locale: str) -> Callable[..., str]:
    """translate(locale, key, **args) for messages rendered outside an update (the outbox)."""

    def translate(locale: str | None, key: str, **args: Any) -> str:
        return core.get(key, locale if locale in core.available_locales else default_locale, **args)

    return translate


def key_builder() -> DefaultKeyBuilder:
    return DefaultKeyBuilder(with_destiny=True, with_bot_id=True)


class LazyBundles(dict[str, FluentBundle]):
    """Every locale's name from the start; a locale's files are parsed the first time it is asked for."""

    def __init__(self, load: Callable[[str], FluentBundle], locales: Iterable[str]) -> None:
        super().__init__()
        for locale in locales:
            dict.__setitem__(self, locale, None)  # type: ignore[misc]
        self._load = load

    def __getitem__(self, locale: str) -> FluentBundle:
        bundle = super().__getitem__(locale)
        if bundle is None:
            bundle = self._load(locale)
            self[locale] = bundle
        return bundle


class ParsedOnceCore(FluentRuntimeCore):
    """Parses a locale's .ftl files once per process, when a person first needs that locale: a running
    bot has a core for updates, one for the outbox and one for start-up, and parsing all five locales
    took about half a second of every start (and 20 MB) before anyone had written.

    With `only`, just that file of each locale: the command lists at start-up need nothing else.

    fluent.runtime refuses a placeable longer than 2,500 characters (a guard against runaway
    translations) and the message fails. Ours may carry what people wrote, which their flows bound (a
    concern takes 3,000 characters) and which is HTML-escaped before it goes in (each `&` five
    characters): up to as much as Telegram shows. Such a text is given to Fluent as a short mark, and
    put in place of the mark in what Fluent formatted."""

    LONGEST_PLACEABLE = 2000  # characters, under fluent.runtime's limit

    _parsed: ClassVar[dict[tuple[str, str, str | None], FluentBundle]] = {}

    def __init__(self, *, only: str | None = None, **options: Any) -> None:
        super().__init__(**options)
        self.only = only
        self.locales = self.find_locales()

    def get(self, message_id: str, locale: str | None = None, /, **kwargs: Any) -> str:
        long = [
            key
            for key, value in kwargs.items()
            if isinstance(value, str) and len(value) > self.LONGEST_PLACEABLE
        ]
        if not long:
            return super().get(message_id, locale, **kwargs)
        nonce = secrets.token_hex(4)
        texts = {f"\ue000{nonce}{n}\ue001": kwargs[key] for n, key in enumerate(long)}
        marks = dict(zip(long, texts, strict=True))
        formatted = super().get(message_id, locale, **(kwargs | marks))
        return _MARK.sub(lambda found: texts.get(found.group(0), found.group(0)), formatted)

    def find_locales(self) -> dict[str, FluentBundle]:
        return LazyBundles(self._bundle, _locale_folders())

    async def startup(self) -> None:
        self.locales = self.find_locales()

    def load(self, locale: str) -> None:
        """Parse the locale now rather than at its first message (once per process, for every core)."""
        self._bundle(locale)

    def _bundle(self, locale: str) -> FluentBundle:
        key = (str(LOCALES_DIR), locale, self.only)
        if key not in self._parsed:
            bundle = FluentBundle(
                locales=[locale], use_isolating=self.use_isolating, functions=self.functions
            )
            for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
                if self.only is None or path.name == self.only:
                    bundle.add_resource(FluentResource(path.read_text(encoding="utf8")))
            self._parsed[key] = bundle
        return self._parsed[key]


_MARK = re.compile("\ue000[0-9a-f]{8}[0-9]+\ue001")


def _locale_folders() -> list[str]:
    """Every folder of locales/ (each holds one locale's .ftl files)."""
    return sorted(p.name for p in LOCALES_DIR.iterdir() if p.is_dir())


def i18n_core(default_locale: str = "en", *, only: str | None = None) -> ParsedOnceCore:
    """Fluent over locales/ (with `only`, that file of each locale); a message missing in a translation
    falls back to English, never an error."""
    others = [name for name in _locale_folders() if name != SOURCE_LOCALE]
    return ParsedOnceCore(
        only=only,
        path=LOCALES_DIR / "{locale}",
        default_locale=default_locale,
        locales_map=dict.fromkeys(others, SOURCE_LOCALE),
    )


def make_bot(settings: Settings, *, token: str | None = None, api_url: str | None = None) -> Bot:
    """The bot of BOT_TOKEN at TELEGRAM_API_URL, or (the web channel's) of `token` at `api_url`."""
    session = BotSession(api=TelegramAPIServer.from_base(api_url or settings.telegram_api_url))
    session.middleware(CommitFirst())  # outermost: commit once, before any retry
    session.middleware(RetryMiddleware())
    return Bot(
        token or settings.token,
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML, link_preview_is_disabled=True),
    )


def make_dispatcher(
    *,
    session_factory: async_sessionmaker[AsyncSession],
    storage: BaseStorage,
    events_isolation: BaseEventIsolation,
    dialog_config: DialogConfig,
    default_locale: str = "en",
    message_manager: MessageManagerProtocol | None = None,
    scheduler_config: SchedulerConfig | None = None,
    inbox: Inbox | None = None,
) -> Dispatcher:
    """The whole update pipeline. Tests pass a MockMessageManager and their own storage; a running bot
    passes its inbox (`bot/update/inbox.py`), whose middleware comes first."""
    dp = Dispatcher(
        storage=storage,
        events_isolation=events_isolation,
        disable_fsm=True,  # registered below, after the session it reads through
        dialog_config=dialog_config,
        scheduler_config=scheduler_config or SchedulerConfig(),
    )
    if inbox is not None:
        dp.update.outer_middleware(inbox.middleware())
    sessions = SessionMiddleware(session_factory)
    dp.update.outer_middleware(sessions)
    dp.shutdown.register(sessions.close)
    dp.update.outer_middleware(dp.fsm)
    dp.update.outer_middleware(DatabaseMiddleware())
    core = i18n_core(default_locale)
    UpdateI18nMiddleware(
        core=core, manager=PersonLocaleManager(core, default_locale), default_locale=default_locale
    ).setup(dp)
    dp.errors.outer_middleware(errors.ServiceAway())  # before anything that needs Redis or the database
    dp.errors.outer_middleware(ErrorSessionMiddleware(session_factory))

    dp.include_routers(
        membership.router(),
        start.router(),
        commands.router(),
        digest.router(),
        meeting.router(),
        urgent.router(),
    )
    dp.include_routers(*(module.dialog() for module in DIALOG_MODULES))
    dp.include_routers(fallback.router(), errors.router())
    setup_dialogs(dp, message_manager=message_manager, events_isolation=events_isolation)
    return dp


@dataclass
class Runtime:
    """Everything a running bot holds, to start and to close."""

    settings: Settings
    engine: AsyncEngine
    session_factory: async_sessionmaker[AsyncSession]
    storage: BaseStorage
    dispatcher: Dispatcher
    bot: Bot
    inbox: Inbox

    async def close(self) -> None:
        await self.bot.session.close()
        await self.storage.close()
        await self.engine.dispose()


def sql_storage(session_factory: async_sessionmaker[AsyncSession]) -> SQLStorage:
    """Dialog state in the bot's own database."""
    return SQLStorage(session_factory, key_builder(), read_with=dialog_state.read_together)


def make_storage(
    settings: Settings, session_factory: async_sessionmaker[AsyncSession]
) -> tuple[BaseStorage, BaseEventIsolation]:
    """Redis when REDIS_URL is set (several bot processes; `bot/update/redis_state.py` says what an outage
    does), else the bot's own database."""
    if settings.redis_url:
        from bot.update import redis_state  # only when used

        return redis_state.make(settings.redis_url, key_builder())
    return sql_storage(session_factory), SimpleEventIsolation()


def build_runtime(settings: Settings, **engine_kwargs: Any) -> Runtime:
    engine = make_engine(settings.database_url, **engine_kwargs)
    session_factory = make_session_factory(engine)
    storage, isolation = make_storage(settings, session_factory)
    bot = make_bot(settings)
    box = Inbox(
        session_factory,
        bot,
        timedelta(seconds=settings.inbox_lease_seconds),
        places=settings.polling_updates_at_once(),
    )
    dispatcher = make_dispatcher(
        session_factory=session_factory,
        storage=storage,
        events_isolation=isolation,
        dialog_config=DialogConfig(
            invite_ttl_days=settings.invite_ttl_days,
            default_timezone=settings.default_timezone,
            urgent_words_signal=settings.urgent_words_signal,
            # New pair offers the web channel only where it runs (long polling for now: bot/runners.py)
            web_base_url=settings.web_base_url if settings.webhook_url is None else None,
        ),
        default_locale=settings.default_locale,
        scheduler_config=settings.scheduler_config(),
        inbox=box,
    )
    return Runtime(settings, engine, session_factory, storage, dispatcher, bot, box)
