"""Reading a spreadsheet of pairs (CSV): every row checked before anything is stored.

A file is refused whole, before anything is stored, when it is larger than `MAX_BYTES` or has more than
`MAX_ROWS` pairs (README: "Many pairs at once"): a bigger list is split into several files."""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path

NAME_LIMIT = 100
MAX_ROWS = 50_000  # pairs in one file (benchmark B7 measures an import of this size with the bot running)
MAX_BYTES = 10_000_000  # 10 MB: 200 bytes a row at the most rows, far more than two names take
YES = {"yes", "y", "true", "1", "x", "да", "si", "sì", "evet", "ja"}
NO = {"no", "n", "false", "0", "не", "hayır", "hayir", "nei"}


@dataclass(frozen=True)
class PairRow:
    line: int
    mentor_name: str
    mentee_name: str
    mentee_minor: bool
    parental_consent: bool
    mentor_minor: bool = False
    mentor_consent: bool = False
    web: bool = False  # the mentee takes part from a web browser (the `channel` column, issue #24)


@dataclass(frozen=True)
class RowProblem:
    """A Fluent key (cli-import-*) and its arguments."""

    key: str
    args: dict[str, object]


class OverLimit(Exception):
    """The file is bigger than an import takes: a Fluent key (cli-import-*) and its arguments."""

    def __init__(self, key: str, args: dict[str, object]) -> None:
        super().__init__(key)
        self.key = key
        self.values = args


def read_sheet(path: Path) -> str:
    """The file's text (UTF-8, with or without a byte order mark); OverLimit past `MAX_BYTES`, without
    reading more than that. OSError or UnicodeDecodeError if it cannot be read."""
    with path.open("rb") as stream:
        data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            size = max(len(data), path.stat().st_size)
            raise OverLimit(
                "cli-import-too-big",
                {"megabytes": math.ceil(size / 100_000) / 10, "limit": MAX_BYTES // 1_000_000},
            )
    return data.decode("utf-8-sig")


def _yes_no(value: str) -> bool | None:
    folded = value.strip().lower()
    if folded in YES:
        return True
    if folded in NO:
        return False
    return None


# Four columns (mentor, mentee, mentee under 18, parental consent), or six with the two optional ones of a
# student peer mentor: mentor under 18, mentor parental consent; either may end with the mentee's channel
# (`telegram` or `web`, issue #24): 5 or 7 columns.
COLUMNS = (4, 5, 6, 7)
CHANNELS = {"telegram": False, "web": True, "": False}
YES_NO_COLUMNS = (
    "cli-column-minor",
    "cli-column-consent",
    "cli-column-mentor-minor",
    "cli-column-mentor-consent",
)


def _is_header(cells: list[str]) -> bool:
    return len(cells) >= 4 and _yes_no(cells[2]) is None and _yes_no(cells[3]) is None


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def _same_pair_key(mentor: str, mentee: str) -> tuple[str, str]:
    """Two rows are the same pair when their names match but for case and spaces."""
    return " ".join(mentor.split()).casefold(), " ".join(mentee.split()).casefold()


def parse(text: str, max_rows: int = MAX_ROWS) -> tuple[list[PairRow], list[RowProblem]]:
    """The rows, and every problem found (an import goes ahead only when there are none). OverLimit when
    there are more than `max_rows` rows of pairs."""
    rows: list[PairRow] = []
    problems: list[RowProblem] = []
    first_line: dict[tuple[str, str], int] = {}
    count = 0
    reader = csv.reader(io.StringIO(text), _dialect(text))
    for index, raw in enumerate(reader, start=1):
        cells = [cell.strip() for cell in raw]
        if not any(cells):
            continue
        if index == 1 and _is_header(cells):
            continue
        count += 1
        if count > max_rows:
            continue  # only counted, for the refusal
        if len(cells) not in COLUMNS:
            problems.append(RowProblem("cli-import-columns", {"line": index, "found": len(cells)}))
            continue
        row_problems = _check(index, cells)
        if row_problems:
            problems.extend(row_problems)
            continue
        key = _same_pair_key(cells[0], cells[1])
        if key in first_line:
            problems.append(RowProblem("cli-import-duplicate", {"line": index, "first": first_line[key]}))
            continue
        first_line[key] = index
        web = CHANNELS[cells[-1].lower()] if len(cells) in (5, 7) else False
        yes_no = cells[2:6] if len(cells) >= 6 else cells[2:4]
        answers = [bool(_yes_no(cell)) for cell in yes_no] + [False, False]
        minor, consent, mentor_minor, mentor_consent = answers[:4]
        mentor, mentee = " ".join(cells[0].split()), " ".join(cells[1].split())
        rows.append(PairRow(index, mentor, mentee, minor, consent, mentor_minor, mentor_consent, web=web))
    if count > max_rows:
        raise OverLimit("cli-import-too-many-rows", {"rows": count, "limit": max_rows})
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
    if len(cells) in (5, 7) and cells[-1].lower() not in CHANNELS:
        found.append(RowProblem("cli-import-channel", {"line": line, "value": cells[-1][:40]}))
    yes_no = cells[2:6] if len(cells) >= 6 else cells[2:4]
    answers = []
    for cell, column in zip(yes_no, YES_NO_COLUMNS, strict=False):
        answer = _yes_no(cell)
        answers.append(answer)
        if answer is None:
            found.append(
                RowProblem("cli-import-yes-no", {"line": line, "value": cell[:40], "column": column})
            )
    if answers[0] is True and answers[1] is False:
        found.append(RowProblem("cli-import-minor-without-consent", {"line": line}))
    if len(answers) == 4 and answers[2] is True and answers[3] is False:
        found.append(RowProblem("cli-import-mentor-minor-without-consent", {"line": line}))
    return found
