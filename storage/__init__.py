"""Persistence: SQLAlchemy models, the engine, repositories and the SQL FSM storage.

This package knows nothing of Telegram or of the bot: the rest of the project calls its
repository functions and never writes SQL of its own.
"""
