"""aiogram's Telegram types parsed straight from JSON: the UNSET filter moved into their constructor.

Every aiogram type inherits a `mode="before"` model validator, `remove_unset`, that drops fields given
the `UNSET` sentinel when a type is made in code. A Python validator before the fields makes pydantic
turn each JSON object into a Python dictionary first, hand it to the validator and validate that
dictionary afterwards, for every nested object: an update with a tapped button and the message it sits
on is about 15 objects (each keyboard button is one). JSON from Telegram never holds the sentinel.

`filter_unset_in_constructor()` takes the validator out of the types (before their schemas are built:
aiogram's are built on first use, `bot/lazy_types.py`) and gives `TelegramObject` a constructor that drops
the `UNSET` keywords instead, so a type made in code behaves as before. A tapped button's update parses in
45 us instead of 65 us, the message an edit answers with in 31 us instead of 47 us (benchmarks/NOTES.md,
B1, eleventh round). aiogram's methods (`TelegramMethod`, made in code from the bot's arguments) keep
aiogram's validator. aiogram and pydantic are pinned.
"""

from __future__ import annotations

from typing import Any

from aiogram.client.context_controller import BotContextController
from aiogram.types import TelegramObject
from aiogram.types.base import UNSET_TYPE
from pydantic import BaseModel

from bot.bot_binding import subclasses

_VALIDATOR = "remove_unset"


def _init_without_unset(self: BaseModel, /, **data: Any) -> None:
    """pydantic's constructor, given every keyword but those set to `UNSET` (as aiogram's validator did)."""
    BaseModel.__init__(
        self, **{key: value for key, value in data.items() if not isinstance(value, UNSET_TYPE)}
    )


# pydantic then treats it as its own constructor: validating a type does not call it (only code does)
_init_without_unset.__pydantic_base_init__ = True  # type: ignore[attr-defined]


def filter_unset_in_constructor() -> None:
    """Every aiogram type without aiogram's before-validator; `TelegramObject` filters `UNSET` itself.

    Subclasses made afterwards (aiogram-dialog's events) inherit neither the validator nor anything else
    to undo."""
    classes: list[type[BotContextController]] = [TelegramObject, *subclasses(TelegramObject)]
    for cls in classes:
        cls.__pydantic_decorators__.model_validators.pop(_VALIDATOR, None)
    TelegramObject.__init__ = _init_without_unset  # type: ignore[method-assign,assignment]
