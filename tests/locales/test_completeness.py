"""Every locale has every key of English (the source), with the same variables, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast, visitor

from bot.app import i18n_core
from bot.runners import COMMANDS_FILE
from dialogs.locales import COMMANDS, commands

LOCALES = Path(__file__).resolve().parents[2] / "locales"
CODES = sorted(p.name for p in LOCALES.iterdir() if p.is_dir())


class _Variables(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)
        self.generic_visit(node)


def messages(code: str) -> dict[str, set[str]]:
    """Message id -> the variables it uses, across all of the locale's files."""
    found: dict[str, set[str]] = {}
    for path in sorted((LOCALES / code).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        assert not junk, f"{path}: cannot parse {junk[0].content[:80]!r}"
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                assert entry.id.name not in found, f"{code}: {entry.id.name} is defined twice"
                names = _Variables()
                names.visit(entry)
                found[entry.id.name] = names.names
    return found


def test_english_is_there():
    assert "en" in CODES and messages("en")


@pytest.mark.parametrize("code", [c for c in CODES if c != "en"])
def test_locale_matches_english(code: str):
    english, other = messages("en"), messages(code)
    assert sorted(set(english) - set(other)) == [], f"{code} lacks these keys"
    assert sorted(set(other) - set(english)) == [], f"{code} has keys English lacks"
    different = {key: (english[key], other[key]) for key in english if english[key] != other[key]}
    assert different == {}, f"{code}: variables differ from English"
    assert language_name(code) != language_name("en"), f"{code}: language-name is the language's own name"


def language_name(code: str) -> str:
    for path in (LOCALES / code).glob("*.ftl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("language-name ="):
                return line.split("=", 1)[1].strip()
    raise AssertionError(f"{code} has no language-name")


@pytest.mark.parametrize("code", CODES)
def test_the_command_list_set_at_start_is_the_one_the_language_has(code: str):
    """At start-up the command lists are read from each language's commands.ftl alone: every command's
    description must be there, in that language, as the whole locale has it."""
    whole, commands_only = i18n_core(), i18n_core(only=COMMANDS_FILE)
    assert commands(commands_only, code) == commands(whole, code)
    assert commands(commands_only, code, COMMANDS) == commands(whole, code, COMMANDS)
    own = {line.split(" = ")[0] for line in (LOCALES / code / COMMANDS_FILE).read_text().splitlines()}
    assert {f"cmd-{command.command}" for command in commands(whole, code, COMMANDS)} <= own
