"""The bot: entry point and CLI, settings, Bot + Dispatcher, middlewares, commands, runners."""

from bot.lazy_types import defer_aiogram_schemas

defer_aiogram_schemas()  # before anything imports aiogram: its schemas are built on first use

from bot.bot_binding import bind_in_one_step  # noqa: E402  (aiogram is imported above, deferred)

bind_in_one_step()
