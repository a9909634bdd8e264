"""A small local Telegram Bot API server with a control API for people, pages and tests."""
