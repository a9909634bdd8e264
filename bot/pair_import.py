"""Reading a spreadsheet of pairs (CSV): every row checked before anything is stored."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

NAME_LIMIT = 100
YES = {"yes", "y", "true", "1", "x", "да", "si", "sì", "evet", "ja"}
NO = {"no", "n", "false", "0", "не", "hayır", "hayir", "nei"}


@dataclass(frozen=True)
class PairRow:
    line: int
    mentor_name: str
    mentee_name: str
    mentee_minor: bool
    parental_consent: bool


@dataclass(frozen=True)
class RowProblem:
    """A Fluent key (cli-import-*) and its arguments."""

    key: str
    args: dict[str, object]


def _yes_no(value: str) -> bool | None:
    folded = value.strip().lower()
    if folded in YES:
        return True
    if folded in NO:
        return False
    return None


def _is_header(cells: list[str]) -> bool:
    return len(cells) >= 4 and _yes_no(cells[2]) is None and _yes_no(cells[3]) is None


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def parse(text: str) -> tuple[list[PairRow], list[RowProblem]]:
    """The rows, and every problem found (an import goes ahead only when there are none)."""
    rows: list[PairRow] = []
    problems: list[RowProblem] = []
    reader = csv.reader(io.StringIO(text), _dialect(text))
    for index, raw in enumerate(reader, start=1):
        cells = [cell.strip() for cell in raw]
        if not any(cells):
            continue
        if index == 1 and _is_header(cells):
            continue
        if len(cells) != 4:
            problems.append(RowProblem("cli-import-columns", {"line": index, "found": len(cells)}))
            continue
        row_problems = _check(index, cells)
        if row_problems:
            problems.extend(row_problems)
            continue
        minor, consent = _yes_no(cells[2]), _yes_no(cells[3])
        rows.append(
            PairRow(index, " ".join(cells[0].split()), " ".join(cells[1].split()), bool(minor), bool(consent))
        )
    if not rows and not problems:
        problems.append(RowProblem("cli-import-empty", {}))
    return rows, problems


def _check(line: int, cells: list[str]) -> list[RowProblem]:
    found = []
    for cell, column in ((cells[0], "cli-column-mentor"), (cells[1], "cli-column-mentee")):
        if not cell:
            found.append(RowProblem("cli-import-name-missing", {"line": line, "column": column}))
        elif len(cell) > NAME_LIMIT:
            found.append(
                RowProblem("cli-import-name-too-long", {"line": line, "column": column, "limit": NAME_LIMIT})
            )
    answers = []
    for cell, column in ((cells[2], "cli-column-minor"), (cells[3], "cli-column-consent")):
        answer = _yes_no(cell)
        answers.append(answer)
        if answer is None:
            found.append(
                RowProblem("cli-import-yes-no", {"line": line, "value": cell[:40], "column": column})
            )
    if answers[0] is True and answers[1] is False:
        found.append(RowProblem("cli-import-minor-without-consent", {"line": line}))
    return found
