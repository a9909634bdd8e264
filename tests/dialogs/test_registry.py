"""Every flow is registered once, under state names of its own (aiogram-dialog finds dialogs by them)."""

from __future__ import annotations

from collections import Counter

from bot.app import DIALOG_MODULES


def test_every_dialog_has_its_own_state_group():
    groups = [module.dialog().states_group_name() for module in DIALOG_MODULES]
    repeated = [name for name, count in Counter(groups).items() if count > 1]
    assert not repeated, f"dialogs share the state group {repeated}: give each StatesGroup its own name"


def test_every_dialog_module_is_registered():
    import importlib
    import pkgutil

    import dialogs

    with_dialogs = {
        name
        for _, name, _ in pkgutil.iter_modules(dialogs.__path__)
        if callable(getattr(importlib.import_module(f"dialogs.{name}"), "dialog", None))
    }
    registered = {module.__name__.removeprefix("dialogs.") for module in DIALOG_MODULES}
    assert with_dialogs - registered == set(), "a flow module is not in bot.app.DIALOG_MODULES"
