"""Urgent words (issue #23, 3): every urgent text of each language matches, no ordinary mentoring text
does (tests/corpora/<lang>/), and the matching itself: whole words, endings, Turkish i's, mixed English."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import urgent_words
from bot.urgent_words import fold, is_urgent, parse

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
LANGUAGES = ["en", "bg", "it", "nb", "tr"]


def lines(language: str, name: str) -> list[str]:
    text = (CORPORA / language / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_every_locale_has_a_list():
    locales = sorted(p.name for p in urgent_words.LOCALES_DIR.iterdir() if p.is_dir())
    assert locales == sorted(LANGUAGES)
    assert all(urgent_words.pattern_for(code) is not None for code in locales)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_ordinary_text_matches(language: str):
    ordinary = lines(language, "ordinary.txt")
    assert len(ordinary) >= 50
    assert [text for text in ordinary if is_urgent(text, language)] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_urgent_text_matches(language: str):
    urgent = lines(language, "urgent.txt")
    assert len(urgent) >= 20
    assert [text for text in urgent if not is_urgent(text, language)] == []


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("en", ["abuse", "abused", "abuser", "abusive", "threatens", "threatened", "threatening"]),
        ("bg", ["тормоз", "тормозът", "тормозят", "тормозеха", "заплашва", "заплашиха", "заплаха"]),
        ("it", ["minaccia", "minacciano", "minacciato", "minacciata", "bullizzato", "bullizzano"]),
        ("nb", ["mobbing", "mobbet", "mobber", "mobbes", "selvmordet", "selvmordstanker", "trusler"]),
        ("tr", ["zorbalık", "zorbalığa", "zorbalıkla", "tehdit", "tehditler", "intihara", "intiharı"]),
    ],
)
def test_word_forms(language: str, forms: list[str]):
    assert [form for form in forms if not is_urgent(f"… {form} …", language)] == []


def test_turkish_i_and_letters_typed_without_a_turkish_keyboard():
    for text in (
        "ÖLMEK İSTİYORUM",
        "ölmek istiyorum",
        "OLMEK ISTIYORUM",
        "olmek istiyorum",
        "ÖLMEK ISTİYORUM",
    ):
        assert is_urgent(text, "tr"), text
    assert fold("İSTİYORUM") == fold("ıstıyorum") == "istiyorum"


def test_whole_words_only():
    assert not is_urgent("grapes and a drape", "en")  # "rape" inside other words
    assert not is_urgent("Döviz kuru", "tr")
    assert is_urgent("I was raped.", "en")


def test_the_writers_language_and_english():
    assert is_urgent("Sono stanca, I want to kill myself", "it")  # people mix
    assert not is_urgent("voglio morire", "en")  # Italian is not checked for English writers
    assert is_urgent("voglio morire", "it")
    assert is_urgent("I want to die", None)  # a person without a language yet: English
    assert not is_urgent("", "en") and not is_urgent(None, "tr")


def test_phrases_with_gaps_and_exclusions():
    pattern = parse("@endings: s ed\nsaid ... kill* me\n- anti bullying\nbullying\n")
    assert pattern is not None
    urgent, ordinary = pattern
    assert urgent.search("he said he would kill me")
    assert not urgent.search("he said that one day maybe he would kill me")  # more than three words between
    assert ordinary is not None and ordinary.search("anti-bullying")


def test_the_text_is_never_logged(caplog):
    is_urgent("I want to kill myself", "en")
    assert "kill" not in caplog.text
