"""The bot: entry point and CLI, settings, Bot + Dispatcher, middlewares, commands, runners.

Importing it imports aiogram first, with its schemas deferred (`bot/lazy_types.py`), its objects bound
to their bot in one step (`bot/bot_binding.py`) and parsed straight from JSON (`bot/unset_fields.py`).
The collector is off meanwhile, and what the import made (about 120,000 objects: modules, classes,
schemas; they live as long as the process) is moved to the collector's permanent generation afterwards,
so that the collections during the rest of start-up's imports do not walk it again and again: those
imports took 1.5 s instead of 1.8 s, start-up 0.2 s less (benchmarks/NOTES.md, B1, seventh round).
"""

import gc

from bot.lazy_types import defer_aiogram_schemas

_collecting = gc.isenabled()
gc.disable()
try:
    defer_aiogram_schemas()  # before anything imports aiogram: its schemas are built on first use
    from bot.bot_binding import bind_in_one_step  # imports aiogram: after the line above
    from bot.unset_fields import filter_unset_in_constructor

    bind_in_one_step()
    filter_unset_in_constructor()
finally:
    gc.collect()  # the import's own garbage (about 2,000 objects) is not kept
    gc.freeze()
    if _collecting:
        gc.enable()
