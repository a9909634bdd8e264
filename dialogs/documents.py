"""PDFs a person receives: their diary parts and reflections, the Learning Statement, the certificate.

fpdf2 writes them; the DejaVu fonts come with matplotlib (a dependency already), so every alphabet the bot
speaks (Latin, Cyrillic, Turkish) prints on any machine.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fpdf import FPDF

# fpdf and matplotlib are imported on first use: they would add a second and tens of MB to every start
FAMILY = "DejaVu"


def _fonts() -> Path:
    spec = find_spec("matplotlib")
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf"


def _new_pdf(orientation: str = "portrait") -> FPDF:
    from fpdf import FPDF

    pdf = FPDF(orientation=orientation, format="A4")
    pdf.add_font(FAMILY, "", str(_fonts() / "DejaVuSans.ttf"))
    pdf.add_font(FAMILY, "B", str(_fonts() / "DejaVuSans-Bold.ttf"))
    return pdf


def _document(title: str) -> FPDF:
    pdf = _new_pdf()
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font(FAMILY, "B", 18)
    pdf.multi_cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    return pdf


def _section(pdf: FPDF, heading: str, paragraphs: Iterable[str]) -> None:
    pdf.set_font(FAMILY, "B", 12)
    pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "", 11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)


def sections_pdf(title: str, subtitle: str, sections: Iterable[tuple[str, Iterable[str]]]) -> bytes:
    """A plain document: a title, a line under it, then headed sections of paragraphs."""
    pdf = _document(title)
    pdf.set_font(FAMILY, "", 11)
    pdf.multi_cell(0, 6, subtitle, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for heading, paragraphs in sections:
        _section(pdf, heading, paragraphs)
    return bytes(pdf.output())


def certificate_pdf(title: str, before: str, name: str, after: Iterable[str], signature: str) -> bytes:
    """A one-page certificate, centred, landscape, with the person's name large."""
    pdf = _new_pdf("L")
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
    pdf.ln(25)
    pdf.set_font(FAMILY, "B", 28)
    pdf.multi_cell(0, 14, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font(FAMILY, "", 15)
    pdf.multi_cell(0, 9, before, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(FAMILY, "B", 24)
    pdf.multi_cell(0, 12, name, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(FAMILY, "", 15)
    for line in after:
        pdf.multi_cell(0, 9, line, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(18)
    pdf.set_font(FAMILY, "", 11)
    pdf.multi_cell(0, 6, signature, align="C", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
