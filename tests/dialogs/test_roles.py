"""Roles cannot be taken by the wrong person (issue #21): a minor cannot use a staff link, the other
coordinators are told who joined, coordinators can see and remove each other (never the last one), and a
coordinator's screens opened by anyone else answer "not available" and show nothing."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram_dialog.test_tools.keyboard import InlineButtonTextLocator
from aiogram_dialog.utils import CB_SEP
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import Invite, ProgrammeKind, Role
from storage.models import Person as PersonRow
from storage.repo import invites, memberships, organisations, people
from storage.timeutil import utcnow
from tests.dialogs.test_meeting import deliver, texts
from tests.harness import Harness, Person, coordinator_invite, join, pair_invites, seed_programme

NOT_AVAILABLE = "This is not available to you."
COORDINATOR_BUTTONS = ("new_programme", "new_pair", "programmes", "concerns", "digest", "coordinators")


async def coordinator(
    h: Harness, factory: async_sessionmaker[AsyncSession], user_id: int, name: str, org: str
) -> Person:
    who = h.person(user_id, name)
    await join(h, who, await coordinator_invite(factory, org))
    return who


async def speak(h: Harness, who: Person, language: str) -> None:
    await who.send("/language")
    await h.tap(who, language)


async def person_id(factory: async_sessionmaker[AsyncSession], telegram_id: int) -> int:
    async with factory() as session:
        person = await people.by_telegram_id(session, telegram_id)
        assert person is not None
        return person.id


async def org_id(factory: async_sessionmaker[AsyncSession], name: str) -> int:
    async with factory() as session:
        return (await organisations.get_or_create(session, name)).id


async def coordinators_of(factory: async_sessionmaker[AsyncSession], org: str) -> set[str]:
    """The names of the organisation's coordinators, as stored."""
    async with factory() as session:
        found = await organisations.find_by_name(session, org)
        assert found is not None
        ids = await memberships.coordinator_ids(session, found.id)
        return set(await session.scalars(select(PersonRow.name).where(PersonRow.id.in_(ids))))


async def forge(h: Harness, who: Person, widget_id: str) -> None:
    """Press a button of the person's current window that is not on it (hidden from them): its callback
    data made from the window's dialog id and the widget's id, as a forged callback would be."""
    window = h.window(who.chat.id)
    some = window.reply_markup.inline_keyboard[0][0].callback_data  # type: ignore[union-attr]
    assert some is not None
    data = f"{some.split(CB_SEP)[0]}{CB_SEP}{widget_id}"
    button = InlineKeyboardButton(text="forged", callback_data=data)
    forged = window.model_copy(update={"reply_markup": InlineKeyboardMarkup(inline_keyboard=[[button]])})
    await who.click(forged, InlineButtonTextLocator("forged"))


async def delivered(factory: async_sessionmaker[AsyncSession]) -> dict[int, list[Any]]:
    """What the outbox sender sends now (everything queued so far)."""
    return await deliver(factory, utcnow() + timedelta(seconds=1))


# --- a minor cannot take a staff link -----------------------------------------------------------------


async def test_a_minor_is_refused_a_coordinator_link_which_then_still_works_for_an_adult(session_factory):
    _, programme_id = await seed_programme(session_factory, name="Peer support", kind=ProgrammeKind.STUDENT)
    seats = await pair_invites(session_factory, programme_id, mentor="Elena", mentee="Ivo", minor=True)
    async with Harness(session_factory) as h:
        await coordinator(h, session_factory, 4001, "Olga", "Other School")
        ivo = h.person(3002, "Ivo")
        await join(h, ivo, seats[Role.MENTEE])
        await speak(h, ivo, "Български")
        await delivered(session_factory)  # what was queued before
        code = await coordinator_invite(session_factory, "Other School")

        await ivo.send(f"/start {code}")
        refusal = h.last_reply(3002)
        assert "не може да се използва от ученик под 18 години" in refusal  # in his own language
        await ivo.send("/menu")
        assert "👤 Координатори" not in h.buttons(3002)  # his menu has no coordinator's entries
        ivo_id = await person_id(session_factory, 3002)
        async with session_factory() as session:
            assert await memberships.roles_of(session, ivo_id) == {Role.MENTEE}
            link = await session.scalar(select(Invite).where(Invite.code_hash == invites.hash_code(code)))
            assert link is not None and link.used_at is None and link.used_by is None  # still unused
        assert texts(await delivered(session_factory), 4001) == []

        boris = h.person(5001, "Boris")
        await join(h, boris, code)  # the same link, by the adult it was meant for
        assert "👤 Coordinators" in h.buttons(5001)
        told = texts(await delivered(session_factory), 4001)
        assert any("Boris is now a coordinator of Other School" in text for text in told)
    assert await coordinators_of(session_factory, "Other School") == {"Olga", "Boris"}


# --- the other coordinators are told ------------------------------------------------------------------


async def test_the_other_coordinators_are_told_who_became_a_coordinator_in_their_language(session_factory):
    async with Harness(session_factory) as h:
        await coordinator(h, session_factory, 2001, "Ana", "School One")
        giulia = await coordinator(h, session_factory, 2002, "Giulia", "School One")
        await speak(h, giulia, "Italiano")
        first = await delivered(session_factory)
        assert any("Giulia is now a coordinator of School One" in text for text in texts(first, 2001))
        assert texts(first, 2002) == []  # not told about herself

        carla = await coordinator(h, session_factory, 2003, "Carla", "School One")
        await coordinator(h, session_factory, 2009, "Zeno", "Elsewhere")
        told = await delivered(session_factory)
        ana_told, giulia_told = texts(told, 2001), texts(told, 2002)
        assert len(ana_told) == 1 and "Carla is now a coordinator of School One" in ana_told[0]
        assert "Menu → Coordinators" in ana_told[0]
        assert len(giulia_told) == 1 and "Carla ora è coordinatore di School One" in giulia_told[0]
        assert texts(told, 2003) == []  # nor is Carla; and nobody hears of another organisation's coordinator

        await carla.send(f"/start {await coordinator_invite(session_factory, 'School One')}")  # once more
        assert texts(await delivered(session_factory), 2001) == []


# --- the coordinators screen --------------------------------------------------------------------------


async def test_a_coordinator_sees_the_coordinators_and_removes_one_after_confirming(session_factory):
    await seed_programme(session_factory, org="School One", name="Inclusive teaching")
    async with Harness(session_factory) as h:
        ana = await coordinator(h, session_factory, 2001, "Ana", "School One")
        boris = await coordinator(h, session_factory, 2002, "Boris", "School One")
        await ana.send(f"/start {await coordinator_invite(session_factory, 'Liceo')}")  # a second school
        await coordinator(h, session_factory, 2003, "Olga", "Liceo")
        await coordinator(h, session_factory, 2004, "Zeno", "Elsewhere")
        await h.tap(boris, "📋 Programmes")  # Boris has a coordinator's screen open
        await delivered(session_factory)

        await ana.send("/menu")
        await h.tap(ana, "👤 Coordinators")
        listing = h.screen(2001)
        assert (
            listing.index("Liceo") < listing.index("Olga") < listing.index("School One")
        )  # per organisation
        assert "• Ana (you) · since" in listing and "• Boris · since" in listing
        assert "Zeno" not in listing  # another organisation's
        assert "✖ Boris · School One" in h.buttons(2001) and "✖ Ana (you) · Liceo" in h.buttons(2001)

        await h.tap(ana, "✖ Boris · School One")
        assert "Remove Boris as a coordinator of School One?" in h.screen(2001)
        await h.tap(ana, "‹ Back")
        assert "Coordinators" in h.screen(2001) and "• Boris" in h.screen(2001)  # nothing changed
        await h.tap(ana, "✖ Boris · School One")
        await h.tap(ana, "✔ Confirm")
        assert h.callback_answers()[-1] == "Boris is no longer a coordinator of School One."
        assert "Boris" not in h.screen(2001)
        assert await coordinators_of(session_factory, "School One") == {"Ana"}

        # Boris is told, and his open screen no longer works for him
        told = texts(await delivered(session_factory), 2002)
        assert told == [
            "Ana removed you as a coordinator of School One. You no longer see its programmes, pairs or "
            "concerns.\nIf this is a mistake, ask a coordinator of School One for a new invite link."
        ]
        await h.tap(boris, "Inclusive teaching")
        assert h.callback_answers()[-1] == NOT_AVAILABLE
        assert "Main menu" in h.screen(2002) and "📋 Programmes" not in h.buttons(2002)
        await h.tap(ana, "‹ Back")
        assert "Main menu" in h.screen(2001)  # and a way back to the menu


async def test_the_last_coordinator_of_an_organisation_cannot_be_removed(session_factory):
    async with Harness(session_factory) as h:
        ana = await coordinator(h, session_factory, 2001, "Ana", "School One")
        await h.tap(ana, "👤 Coordinators")
        await h.tap(ana, r"✖ Ana \(you\)")
        assert h.callback_answers()[-1] == (
            "Ana is the only coordinator of School One, so they cannot be removed. "
            "Another coordinator has to join first."
        )
        assert "Coordinators" in h.screen(2001) and "as a coordinator of" not in h.screen(2001)

        # two step down at the same time: the second finds themselves the last one
        boris = await coordinator(h, session_factory, 2002, "Boris", "School One")
        await ana.send("/menu")
        await h.tap(ana, "👤 Coordinators")
        await h.tap(ana, r"✖ Ana \(you\)")
        assert "Step down as a coordinator of School One?" in h.screen(2001)
        await h.tap(boris, "👤 Coordinators")
        await h.tap(boris, r"✖ Boris \(you\)")
        await h.tap(boris, "✔ Confirm")
        assert h.callback_answers()[-1] == "You are no longer a coordinator of School One."
        assert "Main menu" in h.screen(2002) and "👤 Coordinators" not in h.buttons(2002)
        await h.tap(ana, "✔ Confirm")
        assert h.callback_answers()[-1].startswith("Ana is the only coordinator of School One")
    assert await coordinators_of(session_factory, "School One") == {"Ana"}


async def test_a_forged_coordinator_id_is_not_available_and_removes_nobody(session_factory):
    _, programme_id = await seed_programme(session_factory, org="School One")
    seats = await pair_invites(session_factory, programme_id)
    async with Harness(session_factory) as h:
        ana = await coordinator(h, session_factory, 2001, "Ana", "School One")
        await coordinator(h, session_factory, 2002, "Boris", "School One")
        await coordinator(h, session_factory, 2003, "Olga", "Other School")
        await coordinator(h, session_factory, 2004, "Pavel", "Other School")
        maria = h.person(3001, "Maria")
        await join(h, maria, seats[Role.MENTOR])
        other, school = (
            await org_id(session_factory, "Other School"),
            await org_id(session_factory, "School One"),
        )
        await ana.send("/menu")
        await h.tap(ana, "👤 Coordinators")
        for forged_id in (
            f"{other}-{await person_id(session_factory, 2003)}",  # another organisation's coordinator
            f"{school}-{await person_id(session_factory, 3001)}",  # a mentor, not a coordinator
            "not-a-number",
        ):
            await h.tap_forged(ana, "✖ Boris", forged_id)
            assert h.callback_answers()[-1] == NOT_AVAILABLE
            assert "Coordinators" in h.screen(2001) and "as a coordinator of" not in h.screen(2001)
    assert await coordinators_of(session_factory, "Other School") == {"Olga", "Pavel"}
    assert await coordinators_of(session_factory, "School One") == {"Ana", "Boris"}


# --- a coordinator's screens opened by anyone else ----------------------------------------------------


async def test_a_mentees_forged_coordinator_buttons_answer_not_available_and_show_nothing(session_factory):
    _, programme_id = await seed_programme(session_factory)
    seats = await pair_invites(session_factory, programme_id)
    async with Harness(session_factory) as h:
        ivan = h.person(3002, "Ivan")
        await join(h, ivan, seats[Role.MENTEE])
        menu = h.screen(3002)
        for widget_id in COORDINATOR_BUTTONS:
            await forge(h, ivan, widget_id)
            assert h.callback_answers()[-1] == NOT_AVAILABLE, widget_id
            assert h.screen(3002) == menu, widget_id  # still his menu: no coordinator's screen was shown
        await ivan.send("hello")
        assert "Main menu" in h.screen(3002)  # the menu is still what he is in
