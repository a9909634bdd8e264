"""The bot: entry point and CLI, settings, Bot + Dispatcher, middlewares, commands, runners."""
