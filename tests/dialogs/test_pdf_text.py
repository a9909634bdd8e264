"""PDFs drop nothing a person wrote: emoji print with the emoji font or as □, right-to-left scripts are
shaped or marked □, and a document with a □ says so in the reader's language. Read back with pypdf."""

from __future__ import annotations

import io

import pytest
from aiogram.methods import SendDocument
from pypdf import PdfReader
from sqlalchemy import select

from bot.reports import documents
from bot.reports.documents import PLACEHOLDER, certificate_pdf, sections_pdf
from storage.models import Pair, Reflection, Role, Stage
from tests.harness import Harness, join, pair_invites, seed_programme

UNSHOWN = "Some characters could not be printed in this document; each is shown as □."
CELEBRATION = "Great session 🎉 👍"
HEBREW, ARABIC = "שלום", "مرحبا"
BULGARIAN, TURKISH = "Днес планирахме урок заедно.", "Bugün birlikte ders planladık: ğüşıöç İ."


def read(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def statement() -> bytes:
    return sections_pdf(
        "My notes ✨",
        "Giulia · Dec 7, 2026",
        [("Session 1", [CELEBRATION, HEBREW, ARABIC]), ("Reflections", [BULGARIAN, TURKISH])],
        unshown=UNSHOWN,
    )


@pytest.fixture
def without_emoji_font(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "EMOJI_FONTS", ())


@pytest.fixture
def without_shaping(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "shaping_available", lambda: False)


def test_emoji_print_as_themselves_with_the_emoji_font_else_as_the_mark():
    text = read(statement())
    if documents.EMOJI_FONTS[0].is_file():  # `make browser` installs it
        assert CELEBRATION in text and "My notes ✨" in text and UNSHOWN not in text
    else:
        assert f"Great session {PLACEHOLDER} {PLACEHOLDER}" in text and UNSHOWN in text
    assert HEBREW in text and ARABIC in text  # shaped by HarfBuzz, read back in reading order
    assert BULGARIAN in text and TURKISH in text


@pytest.mark.usefixtures("without_emoji_font")
def test_without_an_emoji_font_each_emoji_is_marked_and_the_document_says_so():
    text = read(statement())
    assert f"Great session {PLACEHOLDER} {PLACEHOLDER}" in text
    assert f"My notes {PLACEHOLDER}" in text
    assert text.index(UNSHOWN) < text.index("Session 1")  # under the title, before any section
    assert HEBREW in text and ARABIC in text and BULGARIAN in text and TURKISH in text


@pytest.mark.usefixtures("without_shaping")
def test_without_shaping_right_to_left_letters_are_marked_not_printed_backwards():
    text = read(statement())
    assert PLACEHOLDER * len(HEBREW) in text and PLACEHOLDER * len(ARABIC) in text
    assert HEBREW not in text and ARABIC not in text and HEBREW[::-1] not in text
    assert UNSHOWN in text and BULGARIAN in text and TURKISH in text


def test_a_character_no_font_has_is_marked_and_invisible_ones_are_left_out():
    # 𝄞 shows in no font; a Hangul filler and a tag character are in none either, but show nothing
    pdf = certificate_pdf(
        "Certificate", "awarded to", "Ivo 𝄞", ["for\u3164 mentoring\U000e0067"], "School One", unshown=UNSHOWN
    )
    text = read(pdf)
    assert f"Ivo {PLACEHOLDER}" in text and "for mentoring" in text and UNSHOWN in text


def test_a_document_whose_every_character_prints_has_no_notice():
    text = read(sections_pdf("My notes", "Giulia", [("Session 1", [BULGARIAN, TURKISH])], unshown=UNSHOWN))
    assert UNSHOWN not in text and PLACEHOLDER not in text


@pytest.mark.usefixtures("without_emoji_font")
async def test_my_data_pdf_marks_what_it_cannot_print_in_the_readers_language(session_factory):
    _, programme_id = await seed_programme(session_factory)
    codes = await pair_invites(session_factory, programme_id, mentor="Maria", mentee="Giulia")
    async with Harness(session_factory) as h:
        giulia = h.person(9801, "Giulia")
        await join(h, h.person(9802, "Maria"), codes[Role.MENTOR])
        await join(h, giulia, codes[Role.MENTEE])
        async with session_factory() as session:
            pair = (await session.scalars(select(Pair))).one()
            text = f"{CELEBRATION} {HEBREW}"
            session.add(
                Reflection(
                    person_id=pair.mentee_id, pair_id=pair.id, prompt="idp-1", stage=Stage.ENGAGE, text=text
                )
            )
            await session.commit()
        await giulia.send("/mydata")
        await h.tap(giulia, "⬇ Download my data")
    pdf = h.bot.sent(9801, SendDocument)[-1].document.data
    printed = read(pdf)
    assert f"Great session {PLACEHOLDER} {PLACEHOLDER} {HEBREW}" in printed and UNSHOWN in printed
