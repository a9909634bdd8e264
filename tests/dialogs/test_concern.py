"""Report a concern: the coordinators are alerted through the outbox; only they and the reporter see it."""

from __future__ import annotations

from unittest.mock import ANY

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram_dialog.test_tools.keyboard import InlineButtonTextLocator
from sqlalchemy import select

from storage.models import Concern, OutboxMessage, Pair, ProgrammeKind, Role
from storage.repo import concerns, people
from tests.harness import Harness, coordinator_invite, failing_commits, join, pair_invites, seed_programme


async def test_mentee_reports_and_every_coordinator_is_alerted_once(session_factory):
    _, programme_id = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT, name="Peer support")
    codes = await pair_invites(session_factory, programme_id, mentor="Elena", mentee="Ivo", minor=True)
    async with Harness(session_factory) as h:
        ana, boris = h.person(8001, "Ana"), h.person(8002, "Boris")
        await join(h, ana, await coordinator_invite(session_factory))
        await join(h, boris, await coordinator_invite(session_factory))
        ivo = h.person(8003, "Ivo")
        await join(h, ivo, codes[Role.MENTEE])
        await h.tap(ivo, "🆘 Report a concern")
        intro = h.screen(8003)
        assert "Only the coordinators of School One will read it – not your mentor" in intro
        assert "We never promise to keep that secret" in intro and "Call 112" in intro and "116 111" in intro
        await ivo.send("x" * 3001)
        assert "That is 3,001 characters; please keep it under 3,000" in h.last_reply(8003)
        await ivo.send("Someone in my class posts mean things about me <online>.")
        assert "“Someone in my class posts mean things about me <online>.”" in h.screen(8003)
        await h.tap(ivo, "✔ Send")
        assert "Sent. Thank you for telling us." in h.screen(8003)
        await h.tap(ivo, "☰ Menu")
        await ivo.send("/concern")
        await h.tap(ivo, "My reports")
        assert any("sent, not read yet" in label for label in h.buttons(8003))

    async with session_factory() as session:
        concern = (await session.scalars(select(Concern))).one()
        queued = (await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all()
    alerts = [a for a in queued if a.kind != "staff_joined"]  # Ana was told that Boris joined (test_roles.py)
    assert concern.text == "Someone in my class posts mean things about me <online>."
    assert [a.kind for a in alerts] == ["concern_alert", "concern_alert"]
    assert len({a.recipient_id for a in alerts}) == 2
    assert all(concern.text not in a.payload for a in alerts)  # the text stays in one place


async def test_coordinator_reads_closes_and_pauses_the_pair(session_factory):
    _, programme_id = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT, name="Peer support")
    codes = await pair_invites(session_factory, programme_id, mentor="Elena", mentee="Ivo", minor=True)
    async with Harness(session_factory) as h:
        ana = h.person(8101, "Ana")
        await join(h, ana, await coordinator_invite(session_factory))
        ivo = h.person(8102, "Ivo")
        await join(h, ivo, codes[Role.MENTEE])
        await ivo.send("/concern")
        await ivo.send("I feel unsafe on the way to our meetings.")
        await h.tap(ivo, "✔ Send")

        await ana.send("/menu")
        assert "🆘 Concerns (1 open)" in h.buttons(8101)
        await h.tap(ana, r"🆘 Concerns \(1 open\)")
        await h.tap(ana, ".*Peer support.*")
        card = h.screen(8101)
        assert "From: Ivo (mentee), Peer support" in card and "I feel unsafe on the way" in card
        assert "· read" in card  # opening it made it read
        await h.tap(ana, "⏸ Pause the pair")
        assert "The pair is paused" in h.screen(8101)
        await h.tap(ana, "✔ Close the case")
        await h.tap(ana, "No further action")
        await ana.send("Talked to Ivo and his parents; all fine.")
        assert "The case is closed" in h.screen(8101)
        await h.tap(ana, ".*Back")
        assert "· closed" in h.screen(8101) and "Closed: No further action" in h.screen(8101)

        elena = h.person(8103, "Elena")
        await join(h, elena, codes[Role.MENTOR])
        await elena.send("/concern")
        await h.tap(elena, "My reports")
        assert "You have not reported anything." in h.screen(8103)  # the mentor never sees it
    async with session_factory() as session:
        assert (await session.scalars(select(Pair))).one().paused_at is not None


async def test_coordinator_of_another_organisation_cannot_open_a_concern(session_factory):
    _, programme_id = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT)
    codes = await pair_invites(session_factory, programme_id, minor=True)
    async with Harness(session_factory) as h:
        ivo = h.person(8201, "Ivo")
        await join(h, ivo, codes[Role.MENTEE])
        await ivo.send("/concern")
        await ivo.send("Something happened.")
        await h.tap(ivo, "✔ Send")
        async with session_factory() as session:
            concern_id = (await session.scalars(select(Concern.id))).one()

        ours = h.person(8202, "Own")
        await join(h, ours, await coordinator_invite(session_factory, org="School One"))
        stranger = h.person(8203, "Stranger")
        await join(h, stranger, await coordinator_invite(session_factory, org="Elsewhere"))
        await ours.send("/menu")
        await h.tap(ours, r"🆘 Concerns.*")
        await stranger.send("/menu")
        await h.tap(stranger, r"🆘 Concerns.*")
        assert "No concerns have been reported." in h.screen(8203)
        # the stranger forges the id into an alert button
        window = h.window(8202)
        forged = window.model_copy(
            update={
                "chat": window.chat.model_copy(update={"id": 8203}),
                "reply_markup": InlineKeyboardMarkup(
                    inline_keyboard=[[InlineKeyboardButton(text="x", callback_data=f"concern:{concern_id}")]]
                ),
            }
        )
        await stranger.click(forged, InlineButtonTextLocator("x"))
        assert h.callback_answers()[-1] == "This is not available to you."
        assert "Something happened." not in h.screen(8203)
        await h.tap(ours, ".*School One.*|.*Inclusive teaching.*")  # the own coordinator can read it
        assert "Something happened." in h.screen(8202)


async def test_a_concern_is_never_confirmed_when_it_could_not_be_stored(session_factory):
    """The database refused the commit (locked): no "Sent." on screen, nothing stored, the person is told
    it did not work, and the report is still there to send again."""
    _, programme_id = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT, name="Peer support")
    codes = await pair_invites(session_factory, programme_id, mentor="Elena", mentee="Ivo", minor=True)
    async with Harness(session_factory) as h:
        await join(h, h.person(8401, "Ana"), await coordinator_invite(session_factory))
        ivo = h.person(8402, "Ivo")
        await join(h, ivo, codes[Role.MENTEE])
        await ivo.send("/concern")
        await ivo.send("Someone keeps messaging me at night.")
        with failing_commits(1) as refused:
            await h.tap(ivo, "✔ Send")
        assert refused
        assert "Sent." not in h.screen(8402)
        assert "was not saved and nothing was sent" in h.callback_answers()[-1]
        async with session_factory() as session:
            assert (await session.scalars(select(Concern))).all() == []
            assert (await session.scalars(select(OutboxMessage.kind))).all() == []
        await h.tap(ivo, "✔ Send")  # the same screen, the same report: this time it works
        assert "Sent. Thank you for telling us." in h.screen(8402)
    async with session_factory() as session:
        assert [c.text for c in (await session.scalars(select(Concern))).all()] == [
            "Someone keeps messaging me at night."
        ]


async def test_with_no_coordinator_yet_the_report_is_kept_and_the_first_coordinator_gets_it(
    session_factory, caplog
):
    _, programme_id = await seed_programme(
        session_factory, org="Orphan C", kind=ProgrammeKind.STUDENT, name="Peer support"
    )
    codes = await pair_invites(session_factory, programme_id, mentor="Elena", mentee="Ivo", minor=True)
    async with Harness(session_factory) as h:
        ivo = h.person(8501, "Ivo")
        await join(h, ivo, codes[Role.MENTEE])
        await ivo.send("/concern")
        await ivo.send("Someone keeps messaging me at night.")
        await h.tap(ivo, "✔ Send")
        screen = h.screen(8501)
        assert "have been alerted" not in screen
        assert "Nobody has been alerted yet: Orphan C has no coordinator the bot can reach" in screen
        assert "The first coordinator who joins or opens the bot gets your report at once" in screen
        assert "Call 112" in screen and "116 111" in screen
        assert "no coordinator can be reached" in caplog.text
        assert "messaging me" not in caplog.text  # the report's words stay out of the log
        async with session_factory() as session:
            assert (await session.scalars(select(OutboxMessage))).all() == []
        # typed text on that screen gets the hint and the menu, never a second confirmation
        await ivo.send("hello?")
        assert "Your report is kept" not in h.screen(8501)
        assert "Main menu" in h.screen(8501)

        ana = h.person(8502, "Ana")
        await join(h, ana, await coordinator_invite(session_factory, org="Orphan C"))
    async with session_factory() as session:
        alerts = (await session.scalars(select(OutboxMessage))).all()
    assert [(a.kind, a.recipient_id) for a in alerts if a.kind == "concern_alert"] == [
        ("concern_alert", alerts[0].recipient_id)
    ]


async def test_coordinators_the_bot_cannot_reach_are_not_counted_as_alerted(session_factory):
    _, programme_id = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT, name="Peer support")
    codes = await pair_invites(session_factory, programme_id, mentor="Elena", mentee="Ivo", minor=True)
    async with Harness(session_factory) as h:
        await join(h, h.person(8601, "Ana"), await coordinator_invite(session_factory))
        async with session_factory() as session:
            await people.set_reachable(session, 8601, False)  # Ana blocked the bot
            await session.commit()
        ivo = h.person(8602, "Ivo")
        await join(h, ivo, codes[Role.MENTEE])
        await ivo.send("/concern")
        await ivo.send("Someone keeps messaging me at night.")
        await h.tap(ivo, "✔ Send")
        assert "Nobody has been alerted yet" in h.screen(8602)
    async with session_factory() as session:
        assert await concerns.open_by_organisation(session) == [
            concerns.OpenConcerns("School One", 1, ANY, 0)
        ]
