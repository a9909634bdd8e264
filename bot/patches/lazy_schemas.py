"""Build aiogram's pydantic schemas when a type is first used, not all ~450 of them at import.

`aiogram.types` ends with a loop that calls `model_rebuild()` on every Telegram type, which builds every
schema although the models say `defer_build=True`: about 1.4 s of start-up and 100 MB of memory on a
small server, for types a bot mostly never sees. Here that loop is skipped while aiogram is imported,
and the names it would have resolved forward references with (aiogram's modules import their types
only for type checkers) are put into each types and methods module instead, so pydantic finds them when
it builds a schema on first use. Nothing changes once aiogram has been imported.

Replaces: `BaseModel.model_rebuild` while aiogram is imported (assigned, then put back), reading
pydantic's private `_types_namespace` argument; `TelegramObject.__pydantic_init_subclass__`, so that a
Telegram type subclassed in another library's module finds those names there too. Must be installed
before anything imports aiogram.
Measured gain: start-up and idle memory, see `benchmarks/NOTES.md`, "Patches kept" (B4).
Upstream: aiogram's types could rebuild lazily (`defer_build` is set and then overridden by the loop).
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import BaseModel

PACKAGES = ("aiogram.types.", "aiogram.methods.")
log = logging.getLogger(__name__)


def install() -> None:
    """Import aiogram with its schema building deferred (too late, and said so, if aiogram is already
    imported)."""
    if "aiogram" in sys.modules:
        log.warning("library patch lazy_schemas came after aiogram was imported: its schemas are built")
        return
    from pydantic import BaseModel

    original = BaseModel.__dict__["model_rebuild"]
    rebuild = original.__func__
    namespace: dict[str, Any] = {}

    def deferred(cls: type[BaseModel], **kwargs: Any) -> bool | None:
        types_namespace = kwargs.get("_types_namespace")
        if types_namespace is not None and not kwargs.get("force") and cls.__module__.startswith(PACKAGES):
            namespace.update(types_namespace)
            return None
        kwargs["_parent_namespace_depth"] = kwargs.get("_parent_namespace_depth", 2) + 1
        result: bool | None = rebuild(cls, **kwargs)
        return result

    BaseModel.model_rebuild = classmethod(deferred)  # type: ignore[method-assign,assignment]
    try:
        import aiogram  # noqa: F401  (types, methods, Bot, Dispatcher)
    finally:
        BaseModel.model_rebuild = original  # type: ignore[method-assign]
    for name, module in list(sys.modules.items()):
        if name.startswith(PACKAGES):
            _lend(vars(module), namespace)
    from aiogram.types import TelegramObject

    def lend_to_subclass(cls: type[BaseModel], **kwargs: Any) -> None:
        # a Telegram type subclassed elsewhere (aiogram-dialog's FakeChat) has its schema built in its
        # own module, whose names do not include the ones its fields refer to
        module = sys.modules.get(cls.__module__)
        if module is not None and not cls.__module__.startswith(PACKAGES):
            _lend(vars(module), namespace)

    TelegramObject.__pydantic_init_subclass__ = classmethod(lend_to_subclass)  # type: ignore[assignment]


def _lend(names: dict[str, Any], namespace: dict[str, Any]) -> None:
    for key, value in namespace.items():
        names.setdefault(key, value)
