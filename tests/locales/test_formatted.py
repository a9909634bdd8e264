"""Messages formatted once and kept read the same as freshly formatted ones, in every language, and
nothing people wrote or are called is kept."""

from __future__ import annotations

import pytest

from bot.app import i18n_core

WAITING = "diary-menu-waiting-mentee"


@pytest.mark.parametrize(
    ("locale", "one", "three"),
    [
        (
            "en",
            "📔 One session is waiting for your reflection.",
            "📔 3 sessions are waiting for your reflection.",
        ),
        ("bg", "📔 Една сесия чака твоя размисъл.", "📔 3 сесии чакат твоя размисъл."),
    ],
)
def test_plurals_stay_right_when_asked_again(locale: str, one: str, three: str) -> None:
    core = i18n_core()
    for _ in range(2):  # formatted, then kept
        assert _plain(core.get(WAITING, locale, count=1)) == one
        assert _plain(core.get(WAITING, locale, count=3)) == three
    assert core.formatted_kept == 2


def test_a_kept_message_is_what_fluent_formats_in_every_language() -> None:
    kept, fresh = i18n_core(), i18n_core()
    for locale in ("en", "bg", "it", "nb", "tr"):
        for count in (0, 1, 2, 5, 12345):
            kept.get(WAITING, locale, count=count)
            assert kept.get(WAITING, locale, count=count) == fresh.get(WAITING, locale, count=count)
            fresh._formatted.clear()  # always formatted anew


def test_words_in_the_arguments_are_never_kept() -> None:
    core = i18n_core()
    first = core.get("cli-programme-not-found", "en", name="Inclusive teaching")
    second = core.get("cli-programme-not-found", "en", name="Reading club")
    assert "Inclusive teaching" in first and "Reading club" in second
    assert core.formatted_kept == 0


def test_what_is_kept_is_bounded() -> None:
    core = i18n_core()
    for count in range(2, core.FORMATTED_KEPT + 100):
        assert (
            _plain(core.get(WAITING, "en", count=count)).replace(",", "").startswith(f"📔 {count} sessions")
        )
    assert 0 < core.formatted_kept <= core.FORMATTED_KEPT


def _plain(text: str) -> str:
    """Without Fluent's isolation marks around placeables."""
    return text.replace("\u2068", "").replace("\u2069", "")


def test_only_the_variables_a_message_uses_count() -> None:
    """Dialogs pass a window's whole data to each of its texts: a button with no variables is kept
    whatever else came along, and a text using a word is not kept because numbers came with it."""
    core = i18n_core()
    window = {"number": 2, "total": 6, "current": "what a person wrote", "title": "Planning"}
    back = core.get("btn-back", "en", **window)
    assert back == core.get("btn-back", "en") and "what a person wrote" not in back
    assert core.formatted_kept == 1
    change = core.get("questionnaire-btn-change", "en", **window)
    assert "Planning" in change
    assert core.formatted_kept == 1  # it uses the title: formatted each time
