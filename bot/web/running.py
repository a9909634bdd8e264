"""Starting and stopping the web channel in the bot's process (docs/web-channel.md): its Bot API on
loopback, its bot (on the same dispatcher as Telegram's, with an inbox of its own), and the page's server
on WEB_HOST:WEB_PORT."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from aiogram import Bot
from aiohttp import web

from bot.app import Runtime, i18n_core, make_bot, translator
from bot.update.inbox import Inbox, InboxKeeper, PollingReceipt
from bot.web import journal
from bot.web.channel import WEB_TOKEN, WebChannel
from bot.web.server import WebOptions, build_app

log = logging.getLogger(__name__)


@dataclass
class WebRunning:
    channel: WebChannel
    bot: Bot
    keeper: InboxKeeper
    runner: web.AppRunner

    async def stop(self) -> None:
        await self.runner.cleanup()
        await self.keeper.stop()
        await self.bot.session.close()
        await self.channel.stop()


async def start_web_channel(runtime: Runtime) -> WebRunning:
    """The web channel, ready for the dispatcher's polling (the returned bot goes to `start_polling`)."""
    settings = runtime.settings
    assert settings.web_base_url is not None
    channel = WebChannel()
    await channel.start()
    restored = await journal.restore_all(channel, runtime.session_factory)
    bot = make_bot(settings, token=WEB_TOKEN, api_url=channel.api_url)
    bot.session.middleware(journal.JournalMiddleware(channel, runtime.session_factory))
    box = Inbox(
        runtime.session_factory,
        bot,
        timedelta(seconds=settings.inbox_lease_seconds),
        places=settings.polling_updates_at_once(),
    )
    runtime.inbox.middleware().add(box)
    bot.session.middleware(PollingReceipt(box))
    keeper = InboxKeeper(box, runtime.dispatcher)
    keeper.start()
    core = i18n_core(settings.default_locale)
    core.locales.update(core.find_locales())
    options = WebOptions(
        settings.web_base_url,
        settings.web_session_days,
        translator(core, settings.default_locale),
        tuple(sorted(core.available_locales)),
    )
    runner = web.AppRunner(build_app(channel, runtime.session_factory, options), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, settings.web_host, settings.web_port).start()
    log.info("web channel: %s chats brought back from the journal", restored)
    log.info(
        "web channel at %s (listening on %s:%s)", settings.web_base_url, settings.web_host, settings.web_port
    )
    return WebRunning(channel, bot, keeper, runner)
