"""Messages formatted once and kept read the same as freshly formatted ones, in every language, and
nothing people wrote or are called is kept."""

from __future__ import annotations

import pytest

from bot.app import i18n_core
from dialogs.locales import LocaleText
from dialogs.widgets import fluent_args

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


def test_texts_of_the_locales_in_the_arguments_are_kept() -> None:
    """A question's heading takes its title and its words from the locales: kept like numbers, and read
    the same as when formatted afresh. The same words typed by a person are not kept."""
    core, fresh = i18n_core(), i18n_core()
    title = core.get("q-teacher_annex3-1-title", "en")
    question = core.get("q-teacher_annex3-1", "en")
    assert isinstance(title, LocaleText) and isinstance(question, LocaleText)
    kept_before = core.formatted_kept
    heading = {
        "instrument": core.get("instrument-teacher_annex3", "en"),
        "title": title,
        "question": question,
    }
    first = core.get("questionnaire-question", "en", number=1, total=6, **heading)
    assert core.formatted_kept == kept_before + 2  # the instrument's name, then the heading
    assert core.get("questionnaire-question", "en", number=1, total=6, **heading) is first
    plain = {name: str(value) for name, value in heading.items()}
    assert first == fresh.get("questionnaire-question", "en", number=1, total=6, **plain)
    assert fresh.formatted_kept == 0
    assert str(question) in first and isinstance(first, LocaleText)


def test_a_text_made_from_a_locale_text_is_no_longer_one() -> None:
    """Joining or formatting gives a plain string, so what a person wrote never passes for the locale's."""
    core = i18n_core()
    title = core.get("q-teacher_annex3-1-title", "en")
    assert type(title + " (typed by someone)") is str
    assert type(f"{title}") is str
    assert type(", ".join([title, title])) is str
    written = title + "!"
    core.get("questionnaire-btn-change", "en", number=1, title=written)
    core.get("questionnaire-btn-change", "en", number=1, title=title)
    assert core.formatted_kept == 2  # the title, then the button with it; not the one with the words


def test_a_window_hands_texts_of_the_locales_on_escaped_and_still_theirs() -> None:
    """Window data goes to Fluent HTML-escaped; a locale's text stays a `LocaleText` (so the message is
    kept), what a person typed stays a plain string (so it is not)."""
    args = fluent_args(
        {"title": LocaleText("Tom & Jerry"), "current": "<b>typed</b>", "number": 2, "on": True}
    )
    assert args == {"title": "Tom &amp; Jerry", "current": "&lt;b&gt;typed&lt;/b&gt;", "number": 2}
    assert type(args["title"]) is LocaleText and type(args["current"]) is str
    core = i18n_core()
    core.get("questionnaire-btn-change", "en", **args)
    assert core.formatted_kept == 1
