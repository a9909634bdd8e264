"""Which pair a flow is about: the one in the flow's data (checked again every time), the person's only
pair, or the person's choice when they are in several (a mentor with several mentees)."""

from __future__ import annotations

from typing import Any

from aiogram.types import CallbackQuery
from aiogram_dialog import DialogManager

from dialogs.common import LABEL_LIMIT, not_available, shorten
from dialogs.context import actor_of, session_of
from storage.errors import NotFound
from storage.repo import pairs
from storage.repo.pairs import PairView

PAIR_KEY = "pair_id"


async def current_pair(manager: DialogManager) -> PairView | None:
    """The pair this flow works on, or None if the person must still choose (or has none)."""
    views = await pairs.views_for_person(session_of(manager), actor_of(manager).person_id)
    wanted = manager.dialog_data.get(PAIR_KEY)
    if wanted is None and isinstance(manager.start_data, dict):
        wanted = manager.start_data.get(PAIR_KEY)
    if wanted is not None:
        return next((view for view in views if view.pair_id == wanted), None)
    return views[0] if len(views) == 1 else None


async def require_pair(manager: DialogManager) -> PairView:
    view = await current_pair(manager)
    if view is None:
        raise NotFound("no pair chosen")
    return view


async def pair_choices(manager: DialogManager) -> list[tuple[int, str]]:
    """(pair id, "programme – other side") for a Select; a long programme name is cut so that the other
    side's name still shows on a phone."""
    views = await pairs.views_for_person(session_of(manager), actor_of(manager).person_id)
    return [(view.pair_id, pair_label(view.programme_name, view.other_name)) for view in views]


def pair_label(programme: str, other: str) -> str:
    """ "programme – other side", within what a phone shows of a button (the programme's name cut first)."""
    room = LABEL_LIMIT - len(" – ") - len(other)
    if len(programme) <= room:
        return f"{programme} – {other}"
    if room >= len("Pro…"):
        return f"{shorten(programme, room)} – {other}"
    return shorten(f"{programme} – {other}", LABEL_LIMIT)


async def choose_pair(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> bool:
    """A Select's on_click body: remember the pair if it is the person's; False (and an alert) if not."""
    views = await pairs.views_for_person(session_of(manager), actor_of(manager).person_id)
    if not item_id.isdigit() or int(item_id) not in {view.pair_id for view in views}:
        await not_available(callback, manager)
        return False
    manager.dialog_data[PAIR_KEY] = int(item_id)
    return True
