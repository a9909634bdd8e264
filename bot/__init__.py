"""The bot: entry point and CLI, settings, Bot + Dispatcher, middlewares, commands, runners."""

import gc

from bot.lazy_types import defer_aiogram_schemas

_collecting = gc.isenabled()
gc.disable()
try:
    defer_aiogram_schemas()  # before anything imports aiogram: its schemas are built on first use
finally:
    gc.collect()
    gc.freeze()
    if _collecting:
        gc.enable()
