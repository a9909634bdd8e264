"""Running the bot: migrations and command lists at start, then long polling or a webhook server."""

from __future__ import annotations

import asyncio
import gc
import logging
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from aiogram import Bot, Dispatcher
from aiogram.types import Update
from aiogram_i18n.cores.base import BaseCore

from bot.app import Runtime, build_runtime, i18n_core, key_builder, translator
from bot.settings import Settings
from bot.update.inbox import InboxKeeper, PollingReceipt
from bot.warm_up import warm_up
from bot.web.running import WebRunning, start_web_channel
from dialogs import locales
from scheduler import jobs
from scheduler.clock import SystemClock
from scheduler.pacing import Pacer
from scheduler.sender import OutboxSender
from storage.migrate import upgrade_to_head
from storage.repo import updates
from storage.timeutil import utcnow

if TYPE_CHECKING:  # the webhook server is imported only when it runs
    from aiohttp import web

log = logging.getLogger(__name__)
PROCESSED_UPDATES_KEPT = timedelta(days=2)


def telegram_update_types(dispatcher: Dispatcher) -> list[str]:
    """The update types the routers use, less aiogram-dialog's internal one (Telegram knows no such type)."""
    known = set(Update.model_fields) - {"update_id"}
    return [kind for kind in dispatcher.resolve_used_update_types() if kind in known]


COMMANDS_FILE = "commands.ftl"  # each locale's command list (dialogs/locales.py names the commands)


async def set_commands(bot: Bot, core: BaseCore[Any], default_locale: str) -> None:
    """The command list in every language (Telegram picks it by the user's app language)."""
    await bot.set_my_commands(locales.commands(core, default_locale))
    for code in core.available_locales:
        await bot.set_my_commands(locales.commands(core, code), language_code=code)


async def prepare(runtime: Runtime) -> None:
    """Migrations, housekeeping, the command lists and the default language: what every start does
    before updates. The command lists read only `commands.ftl` of each language (parsing every file of
    five languages for them took a fifth of the start-up); the default language is parsed whole, since
    nearly everyone's first answer needs it."""
    await upgrade_to_head(runtime.engine)
    async with runtime.session_factory() as session:
        await updates.prune(session, utcnow() - PROCESSED_UPDATES_KEPT)
        await session.commit()
    default_locale = runtime.settings.default_locale
    await command_lists(runtime.bot, default_locale)
    i18n_core(default_locale).load(default_locale)


async def command_lists(bot: Bot, default_locale: str) -> None:
    """The bot's command list in every language."""
    core = i18n_core(default_locale, only=COMMANDS_FILE)
    await core.startup()
    await set_commands(bot, core, default_locale)


GC_THRESHOLDS = (20_000, 20, 20)  # the collector's, once the bot has started (see settle)


def hold_collector() -> None:
    """From the start of start-up until `settle`: no automatic collection. Start-up's objects live as long
    as the bot, and full collections while the first updates came in paused them for 100–150 ms each."""
    gc.disable()


def keep_start_up() -> None:
    """Just before the bot takes updates: start-up's garbage collected once, and everything alive then
    (modules, schemas, locales: a few hundred thousand objects) moved to the collector's permanent
    generation, so that its full collections walk only what updates created."""
    gc.collect()
    gc.freeze()


async def settle() -> None:
    """What can wait until the bot takes updates: aiogram's common schemas (a failure is only logged),
    then kept like start-up's objects, and the collector on again.

    The youngest generation is collected every 20,000 new objects instead of 700. An update's objects
    are freed by reference counting (none of them form cycles, see `UpdateI18nMiddleware`), but with
    hundreds of updates in flight the default threshold caught most of them alive, and promoted them
    until full collections walked them: 1.3 s of 38 s CPU with 1,000 people, 0.45 s after this.
    """
    try:
        await warm_up()
    except Exception:
        log.exception("building aiogram's schemas ahead failed")
    finally:  # also when the bot stops first
        gc.freeze()
        gc.set_threshold(*GC_THRESHOLDS)
        gc.enable()


def shared_pacer(runtime: Runtime) -> Pacer | None:
    """With REDIS_URL, the send budget every process of the bot shares (OUTBOX_RATE for them all); else
    None, and the sender paces this process alone. Keyed by the bot's id next to its dialog state."""
    url = runtime.settings.redis_url
    if not url:
        return None
    from scheduler import shared_pacing  # only when used

    builder = key_builder()
    prefix = shared_pacing.keys_prefix(builder.prefix, runtime.bot.id, builder.separator)
    return shared_pacing.from_url(url, runtime.settings.outbox_rate, prefix)


def start_scheduler(runtime: Runtime, web_bot: Bot | None = None) -> jobs.Running:
    """The outbox sender (and the periodic jobs) of this process; `web_bot`: the web channel's."""
    core = i18n_core(runtime.settings.default_locale)
    core.locales.update(core.find_locales())
    sender = OutboxSender(
        runtime.bot,
        runtime.session_factory,
        translator(core, runtime.settings.default_locale),
        SystemClock(),
        runtime.settings.default_locale,
        runtime.settings.sender_config(),
        pacer=shared_pacer(runtime),
        web_bot=web_bot,
    )
    return jobs.start(sender, runtime.settings.scheduler_config())


async def run_polling(settings: Settings) -> None:
    hold_collector()
    runtime = build_runtime(settings)
    scheduler: jobs.Running | None = None
    settling: asyncio.Task[None] | None = None
    keeper = InboxKeeper(runtime.inbox, runtime.dispatcher)
    web_channel: WebRunning | None = None
    try:
        await prepare(runtime)
        runtime.bot.session.middleware(PollingReceipt(runtime.inbox))
        keeper.start()  # what a process that died left in the inbox is handled first
        bots = [runtime.bot]
        if settings.web_base_url is not None:  # the web channel's bot, on the same dispatcher
            web_channel = await start_web_channel(runtime)
            await command_lists(web_channel.bot, settings.default_locale)
            bots.append(web_channel.bot)
        scheduler = start_scheduler(runtime, web_bot=web_channel.bot if web_channel else None)
        await runtime.bot.delete_webhook(drop_pending_updates=False)
        me = await runtime.bot.get_me()
        log.info("polling as @%s via %s", me.username, settings.telegram_api_url)
        keep_start_up()
        settling = asyncio.create_task(settle())  # while the first long poll waits
        await runtime.dispatcher.start_polling(
            *bots,
            allowed_updates=telegram_update_types(runtime.dispatcher),
            handle_signals=True,
            close_bot_session=False,
            tasks_concurrency_limit=settings.polling_updates_at_once(),
        )
    finally:
        if settling is not None:
            settling.cancel()
        await keeper.stop()
        if scheduler is not None:
            await scheduler.stop()
        if web_channel is not None:
            await web_channel.stop()
        await runtime.close()


def webhook_app(runtime: Runtime) -> web.Application:
    from aiogram.webhook.aiohttp_server import setup_application
    from aiohttp import web

    from bot.update.webhook_receipt import WebhookReceipt

    settings = runtime.settings
    if settings.web_base_url is not None:
        log.warning("WEB_BASE_URL: the web channel runs with long polling only for now; not started")
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    secret = settings.webhook_secret.get_secret_value()
    url = settings.webhook_url + settings.webhook_path

    schedulers: list[jobs.Running] = []
    settling: list[asyncio.Task[None]] = []
    keeper = InboxKeeper(runtime.inbox, runtime.dispatcher)

    async def on_startup(app: web.Application) -> None:
        hold_collector()
        await prepare(runtime)
        keeper.start()
        schedulers.append(start_scheduler(runtime))
        keep_start_up()
        await runtime.bot.set_webhook(
            url,
            secret_token=secret,
            allowed_updates=telegram_update_types(runtime.dispatcher),
        )
        log.info("webhook set to %s", url)
        settling.append(asyncio.create_task(settle()))

    async def on_cleanup(app: web.Application) -> None:
        for task in settling:
            task.cancel()
        await keeper.stop()
        for scheduler in schedulers:
            await scheduler.stop()
        await runtime.close()

    app = web.Application()
    WebhookReceipt(runtime.dispatcher, runtime.bot, runtime.inbox, secret).register(
        app, path=settings.webhook_path
    )
    setup_application(app, runtime.dispatcher, bot=runtime.bot)
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app


def run_webhook(settings: Settings) -> None:
    from aiohttp import web

    runtime = build_runtime(settings)
    web.run_app(webhook_app(runtime), host=settings.webhook_host, port=settings.webhook_port, print=None)
