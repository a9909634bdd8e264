"""What fits Telegram: a message's length as Telegram counts it, callback data, and how wide a button label
may be to be read whole on a phone."""

from __future__ import annotations

import unicodedata

from tests.harness import plain

MESSAGE_LIMIT = 4096  # Bot API: 1-4096 characters of text after entities are parsed
CALLBACK_LIMIT = 64  # Bot API: callback_data is 1-64 bytes

# Telegram lays the buttons of a row out side by side, each as wide as the others, on one line: a label
# that does not fit is cut off with "…". On a phone 360 points wide (the common Android width; iPhones
# are 375-430) an inline keyboard is about 340 points across, and at Telegram's 15-point button font a
# letter of Latin or Cyrillic text is 7-8 points wide: about 40 letters for a button alone in its row.
# Each further button takes its share of the row and some 2 letters of padding and gap. Spaces and thin
# punctuation take about half a letter, emoji about two.
ROW_WIDTH = 40
BUTTON_GAP = 2
THIN = frozenset(" .,:;!|'’()[]")


def telegram_length(html_text: str) -> int:
    """A message's length as Telegram counts it: the text without its HTML tags, in UTF-16 code units."""
    return len(plain(html_text).encode("utf-16-le")) // 2


def label_width(label: str) -> float:
    """How many letters wide a label is: wide characters (emoji) count twice, spaces and thin punctuation
    half, marks and joiners not at all."""
    width = 0.0
    for char in label:
        if unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        if char in THIN:
            width += 0.5
        else:
            width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def label_limit(buttons_in_row: int) -> int:
    """The widest label a button can show whole when it shares its row with the others: 40 alone, 19 for
    two, 12 for three, 8 for four, 4 for a calendar's seven."""
    return (ROW_WIDTH - BUTTON_GAP * (buttons_in_row - 1)) // buttons_in_row


def visible(label: str, limit: float) -> str:
    """What a phone shows of a label too wide for its button: its beginning, then "…"."""
    shown, width = "", 0.0
    for char in label:
        width += label_width(char)
        if width > limit - 1:
            break
        shown += char
    return shown.rstrip() + "…"
