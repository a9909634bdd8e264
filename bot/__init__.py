"""The bot: entry point (`python -m bot`) and CLI, settings, Bot + Dispatcher, middlewares, commands,
runners, and the library patches (`bot/patches/`, installed by the entry point)."""
