"""PDFs a person receives: their diary parts and reflections, the Learning Statement, the certificate.

fpdf2 writes them. Nothing a person wrote is dropped silently:

- The text font is DejaVu Sans, which comes with matplotlib (a dependency already): Latin, Cyrillic and
  Turkish (every language the bot speaks), Greek, Hebrew and Arabic, and many symbols.
- Right-to-left scripts are shaped (letters joined, in reading order) by HarfBuzz (`uharfbuzz`, a
  dependency); without it they could only come out backwards and unjoined, so they are marked instead.
- Emoji come from Debian's Noto Color Emoji when the machine has it (`make browser` installs
  fonts-noto-color-emoji), as fpdf2's fallback font.
- Any other character no font has is printed as □, and the document says so in a line of its own
  (`unshown`, in the reader's language). Characters that show nothing anyway (zero-width joiners,
  variation selectors, direction marks) are left out.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dialogs.common import shows_nothing

if TYPE_CHECKING:
    from aiogram_i18n import I18nContext
    from fpdf import FPDF

# fpdf and matplotlib are imported on first use: they would add a second and tens of MB to every start
FAMILY = "DejaVu"
EMOJI_FAMILY = "Emoji"
PLACEHOLDER = "□"  # in DejaVu Sans
EMOJI_FONTS = (Path("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"),)  # Debian: fonts-noto-color-emoji
_EMOJI_CATEGORIES = frozenset({"So", "Sk"})  # what the emoji font is asked for: pictures and skin tones
_RIGHT_TO_LEFT = frozenset({"R", "AL"})


def _fonts() -> Path:
    spec = find_spec("matplotlib")
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf"


def shaping_available() -> bool:
    return find_spec("uharfbuzz") is not None


@dataclass(frozen=True)
class Coverage:
    """What the PDF can print: the text font's characters, the emoji font (if any) and its characters,
    and whether right-to-left text is shaped."""

    text: frozenset[int]
    emoji: Path | None
    emoji_codes: frozenset[int]
    shaping: bool

    def printable(self, text: str) -> tuple[str, bool]:
        """`text` as the PDF prints it, and whether a character had to be printed as the placeholder."""
        kept: list[str] = []
        missing = False
        for char in text:
            if char == "\n" or self._prints(char):
                kept.append(char)
            elif char.isspace():
                kept.append(" ")
            elif not (shows_nothing(char) or unicodedata.category(char) == "Me"):
                kept.append(PLACEHOLDER)
                missing = True
        return "".join(kept), missing

    def _prints(self, char: str) -> bool:
        code = ord(char)
        if code in self.text:
            return self.shaping or not _right_to_left(char)
        return code in self.emoji_codes and unicodedata.category(char) in _EMOJI_CATEGORIES


def unshown_line(i18n: I18nContext) -> str:
    """The line a document gets when a character could not be printed (in the reader's language)."""
    return i18n.get("pdf-unshown", mark=PLACEHOLDER)


def _right_to_left(char: str) -> bool:
    return unicodedata.bidirectional(char) in _RIGHT_TO_LEFT


@functools.cache
def coverage(emoji_fonts: tuple[Path, ...], shaping: bool) -> Coverage:
    """The characters both DejaVu faces have, and the first emoji font of `emoji_fonts` that exists."""
    from fontTools.ttLib import TTFont  # fpdf2's own dependency

    def codes(path: Path) -> frozenset[int]:
        with TTFont(str(path), lazy=True) as font:
            return frozenset(font.getBestCmap())

    text = codes(_fonts() / "DejaVuSans.ttf") & codes(_fonts() / "DejaVuSans-Bold.ttf")
    emoji = next((path for path in emoji_fonts if path.is_file()), None)
    return Coverage(text, emoji, codes(emoji) if emoji is not None else frozenset(), shaping)


@functools.cache
def _pdf_class() -> type[FPDF]:
    from fpdf import FPDF

    class Document(FPDF):
        def set_font(self, family: str | None = None, style: Any = "", size: float = 0) -> None:
            super().set_font(family, style, size)
            if self.page:
                # fpdf2 2.8.9 (issue #1772): when a page's first text starts with a fallback-font glyph
                # (an emoji), the page's own font is set only inside that line's saved graphics state,
                # and the lines after it are shown with no font at all. An empty text sets it for the
                # page first.
                self.text(self.x, self.y, "")

    return Document


class _Writer:
    """An fpdf2 document whose every text goes through the coverage (`printable`)."""

    def __init__(self, orientation: str = "portrait") -> None:
        self.coverage = coverage(EMOJI_FONTS, shaping_available())
        self.missing = False
        pdf = _pdf_class()(orientation=orientation, format="A4")
        pdf.add_font(FAMILY, "", str(_fonts() / "DejaVuSans.ttf"))
        pdf.add_font(FAMILY, "B", str(_fonts() / "DejaVuSans-Bold.ttf"))
        if self.coverage.emoji is not None:
            pdf.add_font(EMOJI_FAMILY, "", str(self.coverage.emoji))
            pdf.set_fallback_fonts([EMOJI_FAMILY], exact_match=False)
        if self.coverage.shaping:
            pdf.set_text_shaping(True)
        self.pdf = pdf

    def text(self, value: str) -> str:
        printed, missing = self.coverage.printable(value)
        self.missing = self.missing or missing
        return printed

    def lines(self, values: Iterable[str]) -> list[str]:
        return [self.text(value) for value in values]

    def paragraph(self, height: float, value: str, align: str = "L") -> None:
        self.pdf.multi_cell(0, height, value, align=align, new_x="LMARGIN", new_y="NEXT")

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def sections_pdf(
    title: str, subtitle: str, sections: Iterable[tuple[str, Iterable[str]]], *, unshown: str
) -> bytes:
    """A plain document: a title, a line under it, then headed sections of paragraphs. `unshown` is
    printed under the title's line when a character could not be (each is printed as □)."""
    doc = _Writer()
    title, subtitle = doc.text(title), doc.text(subtitle)
    body = [(doc.text(heading), doc.lines(paragraphs)) for heading, paragraphs in sections]
    pdf = doc.pdf
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font(FAMILY, "B", 18)
    doc.paragraph(10, title)
    pdf.ln(4)
    pdf.set_font(FAMILY, "", 11)
    doc.paragraph(6, subtitle)
    if doc.missing:
        pdf.set_font(FAMILY, "", 9)
        doc.paragraph(5, unshown)
    pdf.ln(4)
    for heading, paragraphs in body:
        pdf.set_font(FAMILY, "B", 12)
        doc.paragraph(7, heading)
        pdf.set_font(FAMILY, "", 11)
        for paragraph in paragraphs:
            doc.paragraph(6, paragraph)
            pdf.ln(1)
        pdf.ln(3)
    return doc.output()


def certificate_pdf(
    title: str, before: str, name: str, after: Iterable[str], signature: str, *, unshown: str
) -> bytes:
    """A one-page certificate, centred, landscape, with the person's name large; `unshown` at the foot
    when a character could not be printed."""
    doc = _Writer("L")
    title, before, name, signature = (doc.text(value) for value in (title, before, name, signature))
    lines = doc.lines(after)
    pdf = doc.pdf
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
    pdf.ln(25)
    pdf.set_font(FAMILY, "B", 28)
    doc.paragraph(14, title, "C")
    pdf.ln(10)
    pdf.set_font(FAMILY, "", 15)
    doc.paragraph(9, before, "C")
    pdf.ln(3)
    pdf.set_font(FAMILY, "B", 24)
    doc.paragraph(12, name, "C")
    pdf.ln(3)
    pdf.set_font(FAMILY, "", 15)
    for line in lines:
        doc.paragraph(9, line, "C")
        pdf.ln(2)
    pdf.ln(18)
    pdf.set_font(FAMILY, "", 11)
    doc.paragraph(6, signature, "C")
    if doc.missing:
        pdf.ln(4)
        pdf.set_font(FAMILY, "", 9)
        doc.paragraph(5, unshown, "C")
    return doc.output()
