"""Spreadsheet formula injection: text a spreadsheet would run as a formula goes out as text (OWASP)."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from openpyxl import load_workbook
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.reports import workbook as export
from bot.reports.cells import safe_cell, safe_row
from storage.db import make_session_factory
from storage.repo import programmes
from tests.scheduler.test_digest import CONFIG, NOW, coordinator, say
from tests.scheduler.test_drift import diary, pair, programme

CALC = "=cmd|' /C calc'!A0"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_text_starting_like_a_formula_gets_an_apostrophe(start: str):
    assert safe_cell(f"{start}SUM(A1:A9)") == f"'{start}SUM(A1:A9)"


def test_other_cells_go_out_as_they_are():
    assert safe_row(["Maria", "https://t.me/bot?start=abc", "", "O'Neil", "a=b", -3, 2.5, None]) == [
        "Maria", "https://t.me/bot?start=abc", "", "O'Neil", "a=b", -3, 2.5, None,
    ]  # fmt: skip
    assert safe_cell(date(2026, 11, 20)) == date(2026, 11, 20)


async def test_the_export_workbook_neutralises_names_and_keeps_numbers(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        of = await programme(session, name=CALC)
        ana = await coordinator(session, of, "Ana")
        made = await pair(session, of, "+SUM(1;2)", "@Ivan")
        await diary(session, made, 1, date(2026, 11, 18), 90, "co_design")
        await session.commit()
        owned = await programmes.for_coordinator(session, ana.id)
        data = await export.workbook(session, owned, NOW, "Europe/Sofia", CONFIG, say)
    book = load_workbook(BytesIO(data))
    pairs_row = next(iter(book["Pairs"].iter_rows(min_row=2, values_only=True)))
    assert pairs_row[:4] == (f"'{CALC}", made.id, "'+SUM(1;2)", "'@Ivan")
    assert pairs_row[11] == 1.5  # diary hours: still a number
    diary_row = next(iter(book["Diary sessions"].iter_rows(min_row=2, values_only=True)))
    assert diary_row[:3] == (f"'{CALC}", made.id, 1) and diary_row[4] == 90
    every = [cell for sheet in book for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert [cell.coordinate for cell in every if cell.data_type == "f"] == []  # no formula anywhere
