"""What an update holds (its database session, dialog state, translations) goes when the update is done."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Awaitable, Callable
from typing import Any

from storage.models import Role
from tests.harness import Harness, join, pair_invites, seed_programme


async def test_each_update_lets_go_of_its_session_and_translations_without_waiting_for_the_collector(
    session_factory,
):
    _, programme_id = await seed_programme(session_factory)
    seats = await pair_invites(session_factory, programme_id, mentor="Maria", mentee="Ivan")
    async with Harness(session_factory) as h:
        held: list[tuple[weakref.ref[Any], weakref.ref[Any]]] = []

        async def watch(
            handler: Callable[[Any, dict[str, Any]], Awaitable[Any]], event: Any, data: dict[str, Any]
        ) -> Any:
            held.append((weakref.ref(data["session"]), weakref.ref(data["i18n"])))
            return await handler(event, data)

        h.dp.update.outer_middleware(watch)  # innermost: it sees the update's data as the handlers do
        ivan = h.person(5002, "Ivan")
        gc.collect()
        gc.disable()  # only reference counting frees anything now
        try:
            await join(h, ivan, seats[Role.MENTEE], later=False)  # a command, taps, the questionnaire
            await h.tap(ivan, "Prefer not to say")
            await ivan.send("/menu")
            alive = [(session(), i18n()) for session, i18n in held]
        finally:
            gc.enable()
        assert len(held) >= 5
        assert alive == [(None, None)] * len(held)
