"""Settings whose default depends on the deployment."""

from __future__ import annotations

from bot.settings import Settings

POSTGRES = "postgresql+asyncpg://bot@127.0.0.1/school"


def test_the_polling_bot_takes_as_many_updates_at_once_as_its_database_serves():
    assert Settings(database_url="sqlite+aiosqlite:///x.sqlite3").polling_updates_at_once() == 8
    assert Settings(database_url=POSTGRES).polling_updates_at_once() == 15


def test_updates_at_once_can_be_set_and_a_blank_value_means_the_default():
    assert Settings(database_url=POSTGRES, updates_at_once=40).polling_updates_at_once() == 40
    assert Settings(database_url=POSTGRES, updates_at_once="").polling_updates_at_once() == 15
