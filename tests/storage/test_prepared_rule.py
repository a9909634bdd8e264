"""The written rule for prepared statements (docs/update-path.md): only in storage/, and only for the
statements every update or every step of a flow runs, each listed here with its reason. A new prepared
statement fails this test until it is added below (and so reviewed against the rule)."""

from __future__ import annotations

import ast
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]

# module -> {statement: why it runs on every update or step}
ALLOWED: dict[str, dict[str, str]] = {
    "storage/fsm.py": {
        "_READS": "the chat's dialog state, read by every update",
        "_DELETE": "dialog state left empty, at the end of an update",
        "_DELETE_IF_EMPTY": "dialog state left empty, at the end of an update",
    },
    "storage/repo/actors.py": {
        "_ACTOR": "the person behind every update",
        "_ACTOR_AND_UPDATE": "the person and 'handled before?' of every update, in one query",
    },
    "storage/repo/inbox.py": {"_REMOVE": "every update leaves the inbox in its own transaction"},
    "storage/repo/updates.py": {
        "_CLAIM": "every update's claim of its update_id",
        "_HANDLED": "every update's check for a re-delivery",
    },
    "storage/repo/pairs.py": {"_OPEN_VIEWS": "the person's current pair, read by every flow's step"},
    "storage/repo/people.py": {"_SET_REACHABLE": "every update from a person marks them reachable"},
    "storage/repo/questionnaires.py": {
        "_MENTEES_RESPONSE": "each questionnaire step",
        "_MENTEES_RESPONSE_AND_ANSWERS": "each questionnaire step",
        "_START": "each questionnaire step",
        "_COMPLETE": "the questionnaire's last step",
        "_OPEN": "each questionnaire step",
        "_SAVE_ANSWER": "each questionnaire step",
        "_ANSWERS": "each questionnaire step",
    },
}


def _prepared_statements(path: Path) -> set[str]:
    """The names given a `Prepared(...)` in the module (assigned, or stored in a dictionary)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf8"))):
        if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Call):
            continue
        call = node.value.func
        if not (isinstance(call, ast.Name) and call.id == "Prepared"):
            continue
        kept = [t.value for t in node.targets if isinstance(t, ast.Subscript)]  # `read = _READS[n] = ...`
        for target in kept or node.targets:
            if isinstance(target, ast.Name):
                found.add(target.id)
    return found


def test_prepared_statements_are_only_those_the_rule_allows() -> None:
    found = {}
    for path in sorted(PROJECT.glob("*/**/*.py")):
        relative = path.relative_to(PROJECT).as_posix()
        if relative.startswith((".venv/", "tests/", "benchmarks/")) or relative == "storage/prepared.py":
            continue
        names = _prepared_statements(path)
        if names:
            found[relative] = names
    assert found == {module: set(statements) for module, statements in ALLOWED.items()}


def test_nothing_outside_storage_uses_prepared_statements() -> None:
    for folder in ("bot", "dialogs", "scheduler", "sandbox"):
        for path in (PROJECT / folder).rglob("*.py"):
            if path.is_relative_to(PROJECT / "bot" / "patches"):
                continue  # the direct statements patch runs them, it makes none
            assert "storage.prepared" not in path.read_text(encoding="utf8"), path
