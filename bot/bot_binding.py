"""Bind each parsed Telegram object to its bot in one step, instead of pydantic's chain of wrappers.

aiogram's Telegram types remember the bot they came from (`message.bot`, which `message.answer()` uses)
in a private attribute, `_bot`, set by `model_post_init`. pydantic wraps the `model_post_init` of every
model with private attributes, and wraps it again in each subclass: `Message` runs the chain about four
times (`TelegramObject`, `MutableTelegramObject`, ...), and each link looks up the private attributes'
defaults again before the one line that sets the bot. A tapped button's update and the edited message
Telegram sends back are about 40 such objects (every keyboard button is one); the chain was a third of the
time it took to parse them (benchmarks/NOTES.md, B1, seventh round).

`bind_in_one_step()` gives every aiogram type whose only private attribute is `_bot` one function that does
what the chain does: the private attributes' dictionary, then the bot from the validation context. Types
with other private attributes keep pydantic's chain. Subclasses made later (aiogram-dialog's events) wrap
this function once, as pydantic does for any subclass. aiogram and pydantic are pinned.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from aiogram.client.context_controller import BotContextController

_PRIVATE = frozenset({"_bot"})


def _bind(self: BotContextController, context: Any, /) -> None:
    """pydantic's `init_private_attributes` (`_bot` has no default) and aiogram's `model_post_init`."""
    private = getattr(self, "__pydantic_private__", None)
    if private is None:
        private = {}
        object.__setattr__(self, "__pydantic_private__", private)
    private["_bot"] = context.get("bot") if context else None


def subclasses(cls: type[BotContextController]) -> Iterator[type[BotContextController]]:
    """Every subclass of `cls`, at any depth (as made so far)."""
    subclass: type[BotContextController]
    for subclass in cls.__subclasses__():
        yield subclass
        yield from subclasses(subclass)


def bind_in_one_step() -> None:
    """Give aiogram's types the one-step binding."""
    classes: list[type[BotContextController]] = [BotContextController, *subclasses(BotContextController)]
    for cls in classes:
        if frozenset(cls.__private_attributes__) == _PRIVATE:
            cls.model_post_init = _bind  # type: ignore[method-assign,assignment]
