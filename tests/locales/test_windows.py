"""Every window of every dialog renders in every locale without a missing translation, and what it renders
fits Telegram: a message of at most 4096 characters, callback data of at most 64 bytes, and button labels
short enough to read on a phone (see fit.py for the limit and why).

A crawler (crawler.py) walks the bot as the people of a small school (world.py) would: the coordinator, a
teacher mentor with two mentees, a teacher mentee, a student mentee and a student mentor, and a newcomer
who joins through an invite link. Each of them uses the bot in a language of their own, and every window
they are shown is rendered in the other languages as well. The same crawl runs again in a world where
every text people write is as long as its flow allows."""

from __future__ import annotations

import asyncio
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiogram.fsm.state import State

from bot.app import DIALOG_MODULES
from dialogs.locales import COMMANDS
from dialogs.states import MainMenu
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade_to_head
from tests.harness import Person, plain
from tests.locales import world
from tests.locales.crawler import Crawl, Crawler, Shown, own_data
from tests.locales.fit import (
    CALLBACK_LIMIT,
    MESSAGE_LIMIT,
    label_limit,
    label_width,
    telegram_length,
    visible,
)

LOCALES = world.LOCALES
ALL_STATES = frozenset(state for module in DIALOG_MODULES for state in module.dialog().windows)

# The language each person uses the bot in; everything they see is also rendered in the others.
SPEAKS = {
    world.ANA: "en",
    world.MARIA: "bg",
    world.GIULIA: "it",
    world.IVAN: "bg",
    world.ELIF: "tr",
    world.NORA: "nb",
}
# Where people go from: the menu and every command that opens something.
ROOTS = [("send", f"/{name}") for name in COMMANDS if name not in {"start", "cancel", "help", "language"}]
# The long-text crawl: the people whose windows show what people wrote.
WRITERS = (world.ANA, world.MARIA, world.GIULIA, world.IVAN)


def _folder() -> Iterator[Path]:
    """A folder for the crawl's database: in memory (/dev/shm) where there is one, else a temporary one."""
    base = "/dev/shm" if Path("/dev/shm").is_dir() else None
    folder = Path(tempfile.mkdtemp(prefix="mentorbot-windows-", dir=base))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


async def _crawl(folder: Path, longest: bool, people: tuple[world.Persona, ...]) -> Crawl:
    db = folder / "mentorbot.sqlite3"
    engine = make_engine(f"sqlite+aiosqlite:///{db}")
    try:
        await upgrade_to_head(engine)
        session_factory = make_session_factory(engine)
        built = await world.build(session_factory, longest=longest)
        async with Crawler(session_factory, engine, db, world.inputs(longest), LOCALES) as crawler:
            template = crawler.snapshots.take()
            for persona in people:
                locale = SPEAKS[persona]
                crawler.skip = lambda button, mine=f"lang:{locale}": (
                    own_data(button).startswith("lang:") and own_data(button) != mine
                )
                await crawler.snapshots.restore(template)
                who = Person(crawler.dp, crawler.bot, persona.telegram_id, persona.first_name, locale)
                if persona is world.NORA:  # joins, chooses her language, agrees; the menu is everyone's
                    await crawler.crawl(
                        persona.key, who, [], [("send", f"/start {built.newcomer_code}")], [MainMenu.main]
                    )
                else:
                    choose = [("send", "/language"), ("tap", f"lang:{locale}")]
                    await crawler.crawl(persona.key, who, choose, ROOTS)
            template.close()
        return crawler.result
    finally:
        await engine.dispose()


@pytest.fixture(scope="module")
def realistic() -> Iterator[Crawl]:
    for folder in _folder():
        yield asyncio.run(_crawl(folder, False, tuple(SPEAKS)))


@pytest.fixture(scope="module")
def longest() -> Iterator[Crawl]:
    for folder in _folder():
        yield asyncio.run(_crawl(folder, True, WRITERS))


def _report(found: list[str], limit: int = 12) -> str:
    more = f"\n… and {len(found) - limit} more" if len(found) > limit else ""
    return "\n".join(found[:limit]) + more


def _in(crawl: Crawl, locale: str) -> list[Shown]:
    return [shown for shown in crawl.shown if shown.locale == locale]


def _states(shown: list[Shown]) -> set[State]:
    return {item.state for item in shown}


def test_the_crawl_ran_without_errors(realistic: Crawl):
    assert realistic.errors == [], _report(realistic.errors)
    assert {shown.locale for shown in realistic.shown if shown.real} == set(LOCALES)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_window_of_every_dialog_is_shown(realistic: Crawl, locale: str):
    missing = sorted(state.state for state in ALL_STATES - _states(_in(realistic, locale)))
    assert missing == [], f"{locale}: windows nobody reached"


@pytest.mark.parametrize("locale", LOCALES)
def test_no_window_falls_back_to_english(realistic: Crawl, locale: str):
    missed = sorted({f"{miss.key} (in {miss.state})" for miss in realistic.misses if miss.locale == locale})
    assert missed == [], f"{locale} lacks these messages:\n" + _report(missed)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_window_fits_a_telegram_message(realistic: Crawl, locale: str):
    found = [
        f"{telegram_length(shown.text)} characters: {shown.where}"
        for shown in _in(realistic, locale)
        if not 0 < telegram_length(shown.text.strip()) <= MESSAGE_LIMIT
    ]
    assert found == [], f"{locale}: texts Telegram refuses (empty or over {MESSAGE_LIMIT}):\n" + _report(
        found
    )


@pytest.mark.parametrize("locale", LOCALES)
def test_callback_data_fits(realistic: Crawl, locale: str):
    found = sorted(
        {
            f"{len((button.callback_data or '').encode())} bytes: {own_data(button)!r} in {shown.state.state}"
            for shown in _in(realistic, locale)
            for row in shown.rows
            for button in row
            if len((button.callback_data or "").encode()) > CALLBACK_LIMIT
        }
    )
    assert found == [], f"{locale}: callback data over {CALLBACK_LIMIT} bytes:\n" + _report(found)


@pytest.mark.parametrize("locale", LOCALES)
def test_button_labels_can_be_read_on_a_phone(realistic: Crawl, locale: str):
    """A label fits its share of the row (fit.py), or its window says it in full (a list of long choices
    above their buttons); then what the phone shows of each such label tells them apart."""
    found: set[str] = set()
    for shown in _in(realistic, locale):
        text, beginnings = plain(shown.text), {}
        for row in shown.rows:
            for button in row:
                limit = label_limit(len(row))
                if label_width(button.text) <= limit:
                    continue
                if _words(button.text) not in text:
                    found.add(
                        f"{label_width(button.text)} > {limit} ({len(row)} in the row): {button.text!r}"
                    )
                    continue
                seen = visible(button.text, limit)
                if beginnings.setdefault(seen, button.text) != button.text:
                    found.add(f"{beginnings[seen]!r} and {button.text!r} both show as {seen!r}")
    assert sorted(found) == [], f"{locale}: labels a phone cuts off:\n" + _report(sorted(found), 40)


def _words(label: str) -> str:
    """A label without the marks before its words (✓, ✏️, an emoji)."""
    return re.sub(r"^\W+", "", label)


def test_the_longest_texts_ran_without_errors(longest: Crawl):
    assert longest.errors == [], _report(longest.errors)


@pytest.mark.parametrize("locale", LOCALES)
def test_windows_with_the_longest_texts_still_fit(longest: Crawl, locale: str):
    shown = _in(longest, locale)
    assert max(telegram_length(item.text) for item in shown) > world.concern.TEXT_LIMIT  # a concern in full
    found = [
        f"{telegram_length(item.text)} characters: {item.where}"
        for item in shown
        if telegram_length(item.text) > MESSAGE_LIMIT
    ]
    assert found == [], f"{locale}: windows over {MESSAGE_LIMIT} characters:\n" + _report(found)
