"""Dialogs opened in the same second never share an id (aiogram-dialog's own ids did, once in a hundred)."""

from __future__ import annotations

import pytest
from aiogram.fsm.state import State, StatesGroup
from aiogram_dialog.api.entities import stack

from bot import patches

pytestmark = pytest.mark.skipif(
    not patches.installed("dialog_ids"),
    reason="LIBRARY_PATCHES left out dialog_ids: aiogram-dialog's own ids repeat within a second",
)


class Flow(StatesGroup):
    step = State()


def test_ten_thousand_dialogs_opened_at_once_have_ten_thousand_ids():
    ids = [stack.new_id() for _ in range(10_000)]
    assert len(set(ids)) == len(ids)
    assert {len(one) for one in ids} == {6}  # as short in callback data as aiogram-dialog's own


def test_a_stack_of_dialogs_opened_in_one_update_tells_them_apart():
    dialogs = stack.Stack()
    opened = [dialogs.push(Flow.step, None).id for _ in range(50)]
    assert len(set(opened)) == 50
