"""Text made only of characters that show nothing (zero-width spaces and joiners, fillers, odd spaces) is
empty in every flow that takes free text: the person gets the usual answer and nothing is stored."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from dialogs.common import long_text, text_field, visible_text
from storage.models import Concern, DiaryEntry, Pair, ProgrammeKind, Role
from tests.harness import Harness, coordinator_invite, join, pair_invites, seed_programme

EMPTY = "Please write at least one letter."

INVISIBLE = {
    "zero-width space": "\u200b",
    "zero-width non-joiner and joiner": "\u200c\u200d",
    "word joiner": "\u2060",
    "byte order mark": "\ufeff",
    "soft hyphen": "\u00ad",
    "Hangul filler": "\u3164",
    "halfwidth Hangul filler": "\uffa0",
    "braille blank": "\u2800",
    "no-break space": "\u00a0",
    "ideographic space": "\u3000",
    "direction marks": "\u200e\u200f\u061c",
    "Mongolian vowel separator": "\u180e",
    "variation selector": "\ufe0f",
    "tag characters": "\U000e0067\U000e0062",
    "a mix over lines": "\u200b \u3164\n\u2800\t\u00ad\r\n\ufeff",
}


@pytest.mark.parametrize("text", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_nothing_visible_is_empty_for_every_text_field(text: str) -> None:
    assert visible_text(text) == ""
    for parse in (text_field(100), long_text(2000)):
        with pytest.raises(ValueError, match="text-empty"):
            parse(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("\u200bHello\u200b", "Hello"),
        ("\u3164 Ivo \u2800", "Ivo"),
        ("Thank you ❤\ufe0f", "Thank you ❤\ufe0f"),  # the variation selector picks the emoji's look
        ("👩\u200d🏫", "👩\u200d🏫"),  # a joined emoji keeps its joiner
        ("نامه\u200cها", "نامه\u200cها"),  # so does a Persian word its non-joiner
    ],
)
def test_what_shows_is_kept_and_only_the_blank_ends_go(text: str, kept: str) -> None:
    assert visible_text(text) == kept
    assert text_field(100)(text) == kept


async def test_a_concern_of_invisible_characters_is_not_sent(session_factory):
    _, programme_id = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT, name="Peer support")
    codes = await pair_invites(session_factory, programme_id, mentor="Elena", mentee="Ivo", minor=True)
    async with Harness(session_factory) as h:
        ivo = h.person(9701, "Ivo")
        await join(h, ivo, codes[Role.MENTEE])
        await ivo.send("/concern")
        for text in INVISIBLE.values():
            await ivo.send(text)
            assert h.last_reply(9701) == EMPTY
            assert "Report a concern" in h.screen(9701)  # still waiting for the text
        await ivo.send("\u200bSomeone keeps messaging me at night.\u2060")
        assert "“Someone keeps messaging me at night.”" in h.screen(9701)
    async with session_factory() as session:
        assert (await session.scalars(select(Concern))).all() == []  # not sent before "Send"


async def test_a_diary_text_of_invisible_characters_is_not_stored(session_factory):
    _, programme_id = await seed_programme(session_factory)
    codes = await pair_invites(session_factory, programme_id, mentor="Maria", mentee="Ivan")
    async with Harness(session_factory) as h:
        maria = h.person(9702, "Maria")
        await join(h, maria, codes[Role.MENTOR])
        await join(h, h.person(9704, "Ivan"), codes[Role.MENTEE])
        await maria.send("/diary")
        await h.tap(maria, "✍ New entry")
        await h.tap(maria, "Today, .*")
        await h.tap(maria, "90 min")
        await h.tap(maria, "online")
        await h.tap(maria, "Classroom piloting")
        for text in INVISIBLE.values():
            await maria.send(text)
            assert h.last_reply(9702) == EMPTY
            assert "1. Objectives of the Session" in h.screen(9702)
    async with session_factory() as session:
        entry = (await session.scalars(select(DiaryEntry))).one()
    assert entry.objectives is None


async def test_a_pair_name_of_invisible_characters_is_refused(session_factory):
    await seed_programme(session_factory, name="Inclusive teaching")
    async with Harness(session_factory) as h:
        ana = h.person(9703, "Ana")
        await join(h, ana, await coordinator_invite(session_factory))
        await h.tap(ana, "👥 New pair")
        await h.tap(ana, "Inclusive teaching")
        await h.tap(ana, "➕ New mentor")
        for text in INVISIBLE.values():
            await ana.send(text)
            assert h.last_reply(9703) == EMPTY
            assert "Type the mentor's name" in h.screen(9703)
    async with session_factory() as session:
        assert (await session.scalars(select(Pair))).all() == []
