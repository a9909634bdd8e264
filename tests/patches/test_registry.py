"""The library patches: all installed by default, none with LIBRARY_PATCHES=off, some left out by name,
and one written for another version of its library left out with one WARNING line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot import patches

NAMES = [patch.name for patch in patches.PATCHES]
_INSTALL = "from bot import patches\nprint(','.join(patches.install()))\n"


def _run(code: str, setting: str | None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != patches.SETTING}
    if setting is not None:
        env[patches.SETTING] = setting
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        (None, NAMES),
        ("on", NAMES),
        ("off", []),
        ("-sqlite_inline", [n for n in NAMES if n not in ("sqlite_inline", "sqlite_statements")]),
        ("-dialog_ids,-lazy_schemas", [n for n in NAMES if n not in ("dialog_ids", "lazy_schemas")]),
    ],
)
def test_the_setting_chooses_what_is_installed(setting: str | None, expected: list[str]) -> None:
    result = _run(_INSTALL, setting)
    assert [line for line in result.stdout.strip().split(",") if line] == expected


def test_a_misspelt_patch_is_refused_with_the_names_there_are() -> None:
    with pytest.raises(ValueError, match=r"no patch named dialog_id .*dialog_ids"):
        patches.chosen("-dialog_id")


def test_a_patch_for_another_version_is_left_out_with_one_warning() -> None:
    """aiogram-dialog's own id function stays, and the log says why, once."""
    code = (
        "import dataclasses\n"
        "from bot import patches\n"
        "old = (('aiogram-dialog', '0.0.1'),)\n"
        "patches.PATCHES = tuple(\n"
        "    dataclasses.replace(p, written_for=old) if p.name == 'dialog_ids' else p\n"
        "    for p in patches.PATCHES\n"
        ")\n"
        "installed = patches.install()\n"
        "from aiogram_dialog.api.entities import stack\n"
        "print(','.join(installed), stack.new_int_id.__module__)\n"
    )
    result = _run(code, "on")
    installed, id_module = result.stdout.split()
    assert "dialog_ids" not in installed.split(",") and "lazy_schemas" in installed.split(",")
    assert id_module == "aiogram_dialog.api.entities.stack"
    warnings = [line for line in result.stderr.splitlines() if "dialog_ids" in line]
    assert len(warnings) == 1 and "aiogram-dialog 0.0.1, found 2.6.0" in warnings[0]


def test_without_patches_the_libraries_run_their_own_code() -> None:
    code = (
        "from bot import patches\n"
        "patches.install()\n"
        "from aiogram_dialog.api.entities import stack\n"
        "from storage import plugins\n"
        "print(stack.new_int_id.__module__, plugins.inline_sqlite)\n"
    )
    assert _run(code, "off").stdout.split() == ["aiogram_dialog.api.entities.stack", "None"]
    on = _run(code, "on").stdout.split()
    assert on[0] == "bot.patches.dialog_ids" and on[1] != "None"
