"""The command's tests run against the sandbox server of tests/sandbox_fixtures.py, as a real bot would meet
Telegram: with its rate limits, and a bot name that invite links carry."""

from __future__ import annotations

from typing import Any

import pytest

from tests.sandbox_fixtures import TOKEN


@pytest.fixture
def sandbox_options() -> dict[str, Any]:
    return {"token": TOKEN, "bot_username": "school_mentor_bot"}
