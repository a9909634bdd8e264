"""Urgent words: whether a text people wrote contains a phrase about self-harm, abuse, violence, threats or
bullying (issue #23, 3). Only yes or no: the text itself is never logged, kept or returned.

Each language's phrases are in `locales/<lang>/urgent.txt`, beside its .ftl files; the file's head says
how they are written (stems, the language's endings, gaps). A text is checked against the writer's
language and English (people mix). Matching folds case and accents the same way on both sides: Turkish
`İ`, `I`, `ı` and `i` are all one letter, `ç ğ ö ş ü` match `c g o s u` (people type without a Turkish
keyboard), and a phrase matches only whole words (Unicode word boundaries), never inside another word.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
FILE_NAME = "urgent.txt"
FALLBACK = "en"  # always checked as well
GAP_WORDS = 3  # `...` in a phrase: up to this many words in between

_LETTERS = str.maketrans({"ı": "i", "İ": "i", "I": "i"})
_BETWEEN = r"[\W_]+"  # what separates two words of a phrase: spaces, punctuation, line breaks
_GAP = rf"(?:{_BETWEEN}\w+){{0,{GAP_WORDS}}}"


def fold(text: str) -> str:
    """The text as matching sees it: Turkish i's as one, case and accents folded (ø and æ stay letters)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return bare.casefold()


def _word(token: str, endings: str) -> str:
    if token.endswith("**"):  # the stem and any continuation of the word
        return re.escape(fold(token[:-2])) + r"\w*"
    if token.endswith("*"):  # the stem and one of the language's endings (or none)
        return re.escape(fold(token[:-1])) + endings
    return re.escape(fold(token))


def _phrase(line: str, endings: str) -> str:
    tokens = line.split()
    parts = [_word(tokens[0], endings)]
    for token in tokens[1:]:
        parts.append(_GAP if token == "..." else _BETWEEN + _word(token, endings))
    return "".join(parts)


def parse(source: str) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """The patterns of a file: its phrases, and the phrases that are not urgent though they contain one
    (lines starting with `-`, such as "anti-bullying"), or None if it has no phrases. `@endings: a e i`
    sets the endings that `stem*` allows; `#` starts a comment."""
    endings_list: list[str] = []
    phrases: list[str] = []
    ordinary: list[str] = []
    for raw in source.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("@endings:"):
            endings_list = [fold(e) for e in line.removeprefix("@endings:").split()]
        elif line.startswith("-"):
            ordinary.append(line[1:].strip())
        else:
            phrases.append(line)
    if not phrases:
        return None
    ordered = sorted(set(endings_list) - {""}, key=len, reverse=True)
    endings = "(?:" + "|".join(re.escape(e) for e in ordered) + ")?" if ordered else ""

    def compiled(lines: list[str]) -> re.Pattern[str]:
        body = "|".join(f"(?:{_phrase(line, endings)})" for line in lines)
        return re.compile(rf"(?<!\w)(?:{body})(?!\w)")

    return compiled(phrases), compiled(ordinary) if ordinary else None


@functools.cache
def pattern_for(language: str) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """The language's compiled phrases, read once per process (None for a language without a list)."""
    if not re.fullmatch(r"[a-z]{2,3}", language or ""):
        return None
    path = LOCALES_DIR / language / FILE_NAME
    if not path.is_file():
        return None
    return parse(path.read_text(encoding="utf-8"))


def languages_for(language: str | None) -> tuple[str, ...]:
    """The lists a text of a person writing in `language` is checked against: theirs, then English."""
    own = (language or FALLBACK).split("-")[0].lower()
    return (own,) if own == FALLBACK else (own, FALLBACK)


def is_urgent(text: str | None, language: str | None) -> bool:
    """Whether `text` holds an urgent phrase of the writer's language or of English."""
    if not text:
        return False
    folded = fold(text)
    for code in languages_for(language):
        patterns = pattern_for(code)
        if patterns is None:
            continue
        urgent, ordinary = patterns
        text = ordinary.sub(" ", folded) if ordinary is not None else folded
        if urgent.search(text):
            return True
    return False
