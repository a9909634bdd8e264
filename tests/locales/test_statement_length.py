"""A Learning Statement whose every part is written to the last character its flow takes still shows as
one message, in every language (the crawl in test_windows.py writes one part; this writes all seven)."""

from __future__ import annotations

import re

from aiogram_dialog.test_tools.keyboard import InlineButtonDataLocator
from aiogram_dialog.utils import CB_SEP

from dialogs import closure
from storage.models import ProgrammeKind, Role
from tests.harness import Harness, Person, pair_invites, plain, seed_programme
from tests.locales.fit import MESSAGE_LIMIT, telegram_length
from tests.locales.world import LOCALES, fill

PART = "I can plan my week, ask my teachers for help early and explain a maths problem to a friend."


async def press(h: Harness, who: Person, data: str) -> None:
    """Press the button of the person's last window whose callback data (without the intent id) is `data`."""
    pattern = f"(?:[^{CB_SEP}]*{CB_SEP})?{re.escape(data)}"
    await who.click(h.window(who.chat.id), InlineButtonDataLocator(pattern))


async def test_a_statement_with_every_part_at_its_longest_fits_one_message(session_factory):
    _, programme_id = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT, name="Peer mentoring")
    async with Harness(session_factory) as h:
        for number, locale in enumerate(LOCALES):
            codes = await pair_invites(
                session_factory, programme_id, mentor="Elif", mentee=f"Mentee {number}"
            )
            mentee = h.person(9900 + number, f"Mentee {number}", language_code=locale)
            await mentee.send(f"/start {codes[Role.MENTEE]}")
            await press(h, mentee, f"lang:{locale}")
            await press(h, mentee, "accept")
            await mentee.send("/menu")
            await press(h, mentee, "closure")
            await press(h, mentee, "reason:programme_end")
            await press(h, mentee, "end")
            await press(h, mentee, "statement")
            for part in closure.STATEMENT_PARTS:
                await press(h, mentee, f"part:{part}")
                await mentee.send(fill(PART, closure.TEXT_LIMIT))
            window = h.window(mentee.chat.id)
            assert PART[:40] in plain(window.text or ""), f"{locale}: not the statement with its parts"
            length = telegram_length(window.text or "")
            assert length <= MESSAGE_LIMIT, f"{locale}: the statement is {length} characters"
