"""Bot API method handlers, registered by name in `METHODS`."""

from sandbox.methods import bot, media, messages, updates
from sandbox.methods.registry import METHODS, Described, Method

__all__ = ["METHODS", "Described", "Method", "bot", "media", "messages", "updates"]
