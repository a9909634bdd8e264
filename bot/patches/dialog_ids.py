"""Dialog ids that do not repeat: aiogram-dialog's own repeat once in a hundred within a second.

aiogram-dialog 2.6 makes each new dialog's id (`new_int_id` in `aiogram_dialog.api.entities.stack`) from
the current second plus a random number below 100. Two dialogs that open in the same second, say the
main menu and the flow a command opens on top of it, then share an id once in a hundred times; both
are kept under that id, and closing the top one closes the one below too: the person's next tap is
"no longer available" and what that update did is rolled back (a coordinator's new pair was lost this
way in a test). Here the number is random over the same six base-62 places (62⁶ ids, about 5.7 × 10¹⁰),
so the ids are as short in callback data as before.

Replaces: the module function `aiogram_dialog.api.entities.stack.new_int_id` (assigned).
Gain: none sought; it fixes a bug (a person's tap lost once in a hundred dialogs opened together).
Upstream: to be reported to aiogram-dialog (a random id over more places); until it is fixed there,
without this patch the bug is back.
"""

from __future__ import annotations

import secrets

_SMALLEST = 62**5  # six places, never fewer
_COUNT = 62**6 - _SMALLEST


def unique_int_id() -> int:
    return _SMALLEST + secrets.randbelow(_COUNT)


def install() -> None:
    """From now on aiogram-dialog numbers new dialogs (and stacks) with `unique_int_id`."""
    from aiogram_dialog.api.entities import stack

    stack.new_int_id = unique_int_id
