"""Cells of the spreadsheets the bot writes (CSV and XLSX), made safe to open in a spreadsheet program.

A cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel, LibreOffice
and Google Sheets as a formula, so a name typed as `=HYPERLINK(...)` or `=cmd|' /C calc'!A0` would run
when a coordinator opens the file. OWASP's rule (CSV injection): such a cell gets a leading apostrophe and
is shown as text. Only text is changed: numbers, dates and empty cells go out as they are (a negative
number stays a number). Here, in `scheduler`, so that both `bot` (links.csv) and `scheduler` (the export
workbook) can use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_Cell = TypeVar("_Cell")


def safe_cell(value: _Cell) -> _Cell | str:
    """The value, with an apostrophe in front if it is text a spreadsheet would take for a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(values: Iterable[_Cell]) -> list[_Cell | str]:
    """`safe_cell` of each value of a row."""
    return [safe_cell(value) for value in values]
