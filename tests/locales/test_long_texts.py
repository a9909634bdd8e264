"""What people wrote reaches the message whole, however long (fluent.runtime alone refuses a placeable of
more than 2,500 characters), and nothing else in the message changes."""

from __future__ import annotations

from bot.app import i18n_core
from dialogs.locales import escaped


def test_a_long_text_comes_back_whole_inside_its_message() -> None:
    core = i18n_core()
    written = escaped("Tom & Ana " * 400)  # 4,000 characters, 6,400 once escaped
    message = core.get("concern-confirm", "en", text=written)
    assert written in message
    assert message.replace(written, "") == core.get("concern-confirm", "en", text="")


def test_a_short_text_that_looks_like_a_mark_stays_as_written() -> None:
    core = i18n_core()
    lookalike = "\ue000deadbeef0\ue001"
    message = core.get("concern-confirm", "en", text=lookalike)
    assert lookalike in message
