"""The main menu: every pair of a person, and what each flow has to say about it, within one message."""

from __future__ import annotations

from storage.models import Role
from tests.harness import Harness, join, pair_invites, seed_programme

LONG = "Maximiliana-Konstantina"  # a long name, as the coordinator typed it


async def test_a_mentor_with_many_mentees_gets_a_menu_that_fits_one_message(session_factory):
    _, programme_id = await seed_programme(session_factory, name="Inclusive teaching and learning together")
    seats = [
        await pair_invites(session_factory, programme_id, mentor="Maria", mentee=f"{LONG} {number:02}")
        for number in range(1, 26)
    ]
    async with Harness(session_factory) as h:
        maria = h.person(5001, "Maria")
        await join(h, maria, seats[0][Role.MENTOR], later=False)
        detailed = h.screen(5001)
        assert f"your mentee: {LONG} 01" in detailed and "Stage: Setting up" in detailed
        assert "Ground rules" in detailed  # one pair: the flows' lines are there
        for seat in seats[1:]:
            await maria.send(f"/start {seat[Role.MENTOR]}")
        await maria.send("/menu")
        menu = h.screen(5001)
        assert len(menu) <= 4096
        assert f"your mentee: {LONG} 01" in menu and "Stage: Setting up" in menu
        assert "Ground rules" not in menu  # many pairs: by name and stage only
        shown = sum(f"{LONG} {number:02}" in menu for number in range(1, 26))
        assert 10 <= shown < 25 and f"…and {25 - shown} more. Each flow lets you choose the pair." in menu
        await maria.send("/diary")
        assert "Which pair is it about?" in h.screen(5001)
        assert f"Inclusive… – {LONG} 25" in h.buttons(5001)  # the pairs left out of the menu are one tap away
