"""The table of Bot API methods: name -> handler."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sandbox.core import Sandbox
from sandbox.params import Params

Handler = Callable[[Sandbox, Params], Awaitable[Any]]


@dataclass(frozen=True)
class Method:
    name: str
    handler: Handler


@dataclass(frozen=True)
class Described:
    """A result that Telegram sends with a `description`, e.g. "Webhook was set"."""

    result: Any
    description: str


METHODS: dict[str, Method] = {}


def method(name: str) -> Callable[[Handler], Handler]:
    """Register a handler; Telegram matches method names case-insensitively."""

    def register(handler: Handler) -> Handler:
        METHODS[name.lower()] = Method(name, handler)
        return handler

    return register
