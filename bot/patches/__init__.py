"""Every change the bot makes to a library's insides, in one place, installed by one call at start-up.

A patch here reaches into a library's private names (or replaces one of its functions, or changes one of
its module constants), so it is written for exactly one version of that library. `install()` installs
each patch whose libraries are at the versions it was written for; for any other version it installs
nothing of that patch and logs one WARNING line, and the bot then works as the library does.

`LIBRARY_PATCHES` chooses: `on` (the default) installs all, `off` none, and a list such as
`-sqlite_statements,-lazy_schemas` all but those (for measuring what one is worth,
`benchmarks/patch_gains.py`). Without a patch the bot stays correct; what each one buys, or which bug
of a library it fixes, its module's docstring says, and `benchmarks/NOTES.md` has the measurements.

The call is the first thing `python -m bot` (`bot/__main__.py`) and the tests' `conftest.py` do, before
anything imports aiogram: `lazy_schemas` must be in place when aiogram is first imported.
"""

from __future__ import annotations

import importlib
import logging
import os
from dataclasses import dataclass
from importlib import metadata

log = logging.getLogger(__name__)

SETTING = "LIBRARY_PATCHES"


@dataclass(frozen=True)
class Patch:
    name: str  # its module in bot/patches/, and its name in LIBRARY_PATCHES
    written_for: tuple[tuple[str, str], ...]  # (distribution, version) it reaches into
    fixes: str = ""  # the library bug it fixes, if that is why it is here
    needs: str = ""  # another patch it works on top of


PATCHES = (
    Patch("lazy_schemas", (("aiogram", "3.31.0"), ("pydantic", "2.13.5"))),
    Patch("dialog_ids", (("aiogram-dialog", "2.6.0"),), fixes="dialog ids repeat within a second"),
    Patch("sqlite_inline", (("SQLAlchemy", "2.1.9"), ("aiosqlite", "0.22.1"))),
    Patch("sqlite_statements", (("SQLAlchemy", "2.1.9"),), needs="sqlite_inline"),
)

_installed: list[str] = []
_done: list[bool] = []


def chosen(setting: str | None) -> list[str]:
    """The names `setting` (LIBRARY_PATCHES' value) asks for, in install order."""
    value = (setting or "on").strip().lower()
    names = [patch.name for patch in PATCHES]
    if value in ("on", "all", "1", "true", "yes"):
        return names
    if value in ("off", "none", "0", "false", "no"):
        return []
    left_out = {part.strip().lstrip("-") for part in value.split(",") if part.strip()}
    unknown = left_out - set(names)
    if unknown:
        raise ValueError(
            f"{SETTING}: no patch named {', '.join(sorted(unknown))} (patches: {', '.join(names)})"
        )
    return [name for name in names if name not in left_out]


def _version_mismatch(patch: Patch) -> str | None:
    for distribution, version in patch.written_for:
        try:
            found = metadata.version(distribution)
        except metadata.PackageNotFoundError:
            found = "none"
        if found != version:
            return f"written for {distribution} {version}, found {found}"
    return None


def install(setting: str | None = None) -> list[str]:
    """Install the patches `setting` (default: the LIBRARY_PATCHES environment variable) asks for and
    the installed libraries allow; returns the names installed. A second call installs nothing more."""
    if _done:
        return list(_installed)
    _done.append(True)
    for name in chosen(setting if setting is not None else os.environ.get(SETTING)):
        patch = next(p for p in PATCHES if p.name == name)
        mismatch = _version_mismatch(patch)
        if mismatch is not None:
            log.warning("library patch %s not installed (%s): the library's own code runs", name, mismatch)
            continue
        if patch.needs and patch.needs not in _installed:
            log.warning("library patch %s not installed: it needs %s", name, patch.needs)
            continue
        importlib.import_module(f"{__name__}.{name}").install()
        _installed.append(name)
    return list(_installed)


def installed(name: str) -> bool:
    """Whether the patch `name` is installed in this process."""
    return name in _installed
