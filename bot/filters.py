"""Filters for callback data and message text, as coroutines.

aiogram runs a filter that is a plain function (a magic filter such as `F.data.startswith(...)` is one)
in a worker thread, through `asyncio.to_thread`, every time it checks an update. A button press that
passes three such routers on its way to its dialog took three trips to a thread (benchmarks/NOTES.md).
These do the same checks in the event loop.
"""

from __future__ import annotations

from aiogram.filters import Filter
from aiogram.types import CallbackQuery, Message


class DataStartsWith(Filter):
    """A button whose callback data starts with `prefix`."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    async def __call__(self, callback: CallbackQuery) -> bool:
        return callback.data is not None and callback.data.startswith(self.prefix)


class DataIs(Filter):
    """A button whose callback data is `data`."""

    def __init__(self, data: str) -> None:
        self.data = data

    async def __call__(self, callback: CallbackQuery) -> bool:
        return callback.data == self.data


class TextStartsWith(Filter):
    """A message whose text starts with `prefix`."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    async def __call__(self, message: Message) -> bool:
        return message.text is not None and message.text.startswith(self.prefix)
