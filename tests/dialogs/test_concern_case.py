"""A concern is a case (issue #23): read -> in progress -> closed with an outcome and a note, internal notes,
a thread between the coordinators and the reporter, the trail of who did what, the list open-first with
ages and a filter. The mentor of the pair sees none of it, and nobody outside the organisation can open it."""

from __future__ import annotations

from datetime import timedelta

from aiogram_dialog.test_tools.keyboard import InlineButtonTextLocator
from sqlalchemy import select, update

from scheduler import concern_cases  # noqa: F401 - the words of the case's messages
from storage.models import CaseState, Concern, OutboxMessage, ProgrammeKind, Role
from storage.models import Person as PersonRow
from storage.repo import concerns, organisations, people, personal_data
from storage.timeutil import utcnow
from tests.dialogs.test_meeting import deliver
from tests.dialogs.test_meeting import texts as html_texts
from tests.harness import Harness, Person, coordinator_invite, join, pair_invites, plain, seed_programme

ANA, BORIS, IVO, ELENA, STRANGER = 9101, 9102, 9103, 9104, 9105


async def report(h: Harness, who: Person, text: str) -> None:
    await who.send("/concern")
    await who.send(text)
    await h.tap(who, "✔ Send")
    assert "Sent. Thank you for telling us." in h.screen(who.chat.id)


async def open_only_case(h: Harness, who: Person) -> None:
    await who.send("/menu")
    await h.tap(who, r"🆘 Concerns.*")
    await h.tap(who, ".*Peer support.*")


def texts(news: dict, chat_id: int) -> list[str]:
    """The messages the chat got, as the person reads them."""
    return [plain(text) for text in html_texts(news, chat_id)]


async def kinds_for(session_factory, telegram_id: int) -> list[str]:
    async with session_factory() as session:
        return list(
            await session.scalars(
                select(OutboxMessage.kind)
                .join(PersonRow, PersonRow.id == OutboxMessage.recipient_id)
                .where(PersonRow.telegram_id == telegram_id)
                .order_by(OutboxMessage.id)
            )
        )


async def test_a_case_from_report_to_closing_seen_from_both_sides(session_factory):
    _, programme_id = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT, name="Peer support")
    codes = await pair_invites(session_factory, programme_id, mentor="Elena", mentee="Ivo", minor=True)
    async with Harness(session_factory) as h:
        ana, boris = h.person(ANA, "Ana"), h.person(BORIS, "Boris")
        await join(h, ana, await coordinator_invite(session_factory))
        await join(h, boris, await coordinator_invite(session_factory))
        ivo, elena = h.person(IVO, "Ivo"), h.person(ELENA, "Elena")
        await join(h, ivo, codes[Role.MENTEE])
        await join(h, elena, codes[Role.MENTOR])
        await report(h, ivo, "An older student keeps asking me for money.")
        await deliver(session_factory, utcnow())  # the alerts go out

        # the list: unread, with its age
        await ana.send("/menu")
        await h.tap(ana, r"🆘 Concerns \(1 open\)")
        assert any(label.startswith("🆘 0 min unread · Peer support") for label in h.buttons(ANA))
        await h.tap(ana, ".*Peer support.*")
        assert "· read" in h.screen(ANA)
        news = await deliver(session_factory, utcnow())
        assert texts(news, IVO) == ["👁 A coordinator has read your report."]
        # the reporter opens it from the message: their report and its state, in plain words
        await ivo.click(news[IVO][0], _button("Open my report"))
        mine = h.screen(IVO)
        assert "a coordinator has read it" in mine and "An older student keeps asking me for money." in mine

        await h.tap(ana, "▶ I am taking this on")
        assert "· in progress" in h.screen(ANA)
        await h.tap(ana, "📝 Internal note")
        await ana.send("Spoke to the form tutor; watching the lunch breaks.")
        assert "Note saved in the case." in h.screen(ANA)
        await h.tap(ana, ".*Back")
        await h.tap(ana, "💬 Write to the reporter")
        await ana.send("Thank you for telling us. Can we talk tomorrow in the counsellor's office?")
        assert "on its way to the reporter" in h.screen(ANA)

        news = await deliver(session_factory, utcnow())
        assert any("A coordinator has written to you about your report" in t for t in texts(news, IVO))
        reply_news = next(m for m in news[IVO] if "written to you" in (m.text or ""))
        await ivo.click(reply_news, _button("Open my report"))
        thread = h.screen(IVO)
        assert "Coordinator: Thank you for telling us. Can we talk tomorrow" in thread
        assert "Ana" not in thread and "form tutor" not in thread  # no staff names, no internal notes
        await h.tap(ivo, "✏️ Add to my report")
        await ivo.send("Yes, after the third lesson. He was there again today.")
        assert "Added. The coordinators have been told." in h.screen(IVO)
        await h.tap(ivo, "My report")
        assert "You: Yes, after the third lesson." in h.screen(IVO)

        news = await deliver(session_factory, utcnow())
        for coordinator in (ANA, BORIS):
            assert any(
                "The reporter added to a concern in Peer support" in t for t in texts(news, coordinator)
            )
            assert not any("third lesson" in t for t in texts(news, coordinator))  # the text stays in the bot

        # the trail: who did what, when; notes and messages both ways
        await h.tap(ana, ".*Back")
        await h.tap(ana, "📜 Case history")
        trail = h.screen(ANA)
        for line in (
            "reported",
            "Ana: read it",
            "Ana: took it on",
            "Ana, note: Spoke to the form tutor",
            "Ana to the reporter: Thank you for telling us.",
            "the reporter: Yes, after the third lesson.",
        ):
            assert line in trail, line
        await h.tap(ana, ".*Back")
        await h.tap(ana, "✔ Close the case")
        assert h.buttons(ANA)[:4] == [
            "Resolved in school",
            "Referred to outside services",
            "No further action",
            "Other",
        ]
        await h.tap(ana, "Resolved in school")
        await ana.send("Parents of both met the head teacher; it stopped.")
        assert "The case is closed." in h.screen(ANA)
        news = await deliver(session_factory, utcnow())
        assert any("A coordinator has closed your report." in t for t in texts(news, IVO))
        await ivo.send("/concern")
        await h.tap(ivo, "My reports")
        await h.tap(ivo, ".*closed by a coordinator")
        assert "This report is closed." in h.screen(IVO)
        assert "✏️ Add to my report" not in h.buttons(IVO)
        assert "Parents of both met" not in h.screen(IVO)  # the closing note is the coordinators'

        # Boris sees the same case, closed, with the outcome and who closed it
        await open_only_case(h, boris)
        assert "Closed: Resolved in school" in h.screen(BORIS)
        await h.tap(boris, "📜 Case history")
        assert "Ana: closed it. Parents of both met the head teacher" in h.screen(BORIS)

        # the mentor of the pair saw nothing of it at any step
        assert not [kind for kind in await kinds_for(session_factory, ELENA) if "concern" in kind]
        await elena.send("/concern")
        await h.tap(elena, "My reports")
        assert "You have not reported anything." in h.screen(ELENA)
    async with session_factory() as session:
        concern = (await session.scalars(select(Concern))).one()
        assert concern.state is CaseState.CLOSED and concern.outcome == "resolved_in_school"
        payloads = " ".join(await session.scalars(select(OutboxMessage.payload)))
        assert "money" not in payloads and "third lesson" not in payloads and "counsellor" not in payloads
        # the reporter's own additions are part of their data (/mydata); the coordinators' notes are not
        ivo_row = await people.by_telegram_id(session, IVO)
        assert ivo_row is not None
        exported = await personal_data.export(session, ivo_row.id)
        assert [e["text"] for e in exported["concern_case_entries"]] == [
            "Yes, after the third lesson. He was there again today."
        ]


def _button(text: str) -> InlineButtonTextLocator:
    return InlineButtonTextLocator(text)


async def test_nobody_else_opens_a_case_or_a_report(session_factory):
    _, programme_id = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT, name="Peer support")
    codes = await pair_invites(session_factory, programme_id, mentor="Elena", mentee="Ivo", minor=True)
    async with Harness(session_factory) as h:
        ana = h.person(ANA, "Ana")
        await join(h, ana, await coordinator_invite(session_factory))
        ivo, elena = h.person(IVO, "Ivo"), h.person(ELENA, "Elena")
        await join(h, ivo, codes[Role.MENTEE])
        await join(h, elena, codes[Role.MENTOR])
        stranger = h.person(STRANGER, "Stranger")
        await join(h, stranger, await coordinator_invite(session_factory, org="Elsewhere"))
        await report(h, ivo, "Someone shared my photo in a group chat.")
        async with session_factory() as session:
            concern_id = (await session.scalars(select(Concern.id))).one()
        await ana.send("/menu")
        await h.tap(ana, r"🆘 Concerns.*")
        await h.tap(ana, ".*Peer support.*")
        news = await deliver(session_factory, utcnow())
        read_news = news[IVO][0]
        # the mentor and a coordinator of another organisation forge the reporter's button
        for who in (elena, stranger):
            forged = read_news.model_copy(
                update={"chat": read_news.chat.model_copy(update={"id": who.chat.id})}
            )
            await who.click(forged, _button("Open my report"))
            assert h.callback_answers()[-1] == "This is not available to you."
        # and the stranger forges a case id into their own list
        await stranger.send("/menu")
        await h.tap(stranger, r"🆘 Concerns.*")
        assert "No concerns have been reported." in h.screen(STRANGER)
        assert "🔎 Programme…" not in h.buttons(STRANGER)
        await ana.send("/menu")
        await h.tap(ana, r"🆘 Concerns.*")
        await h.tap_forged(ana, ".*Peer support.*", concern_id + 999)
        assert h.callback_answers()[-1] == "This is not available to you."


async def test_a_case_closed_by_another_coordinator_meanwhile_keeps_nothing_half_done(session_factory):
    _, programme_id = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT, name="Peer support")
    codes = await pair_invites(session_factory, programme_id, mentor="Elena", mentee="Ivo", minor=True)
    async with Harness(session_factory) as h:
        ana, boris = h.person(ANA, "Ana"), h.person(BORIS, "Boris")
        await join(h, ana, await coordinator_invite(session_factory))
        await join(h, boris, await coordinator_invite(session_factory))
        ivo = h.person(IVO, "Ivo")
        await join(h, ivo, codes[Role.MENTEE])
        await report(h, ivo, "I do not feel safe at the bus stop.")
        await open_only_case(h, ana)
        await h.tap(ana, "📝 Internal note")
        await open_only_case(h, boris)
        await h.tap(boris, "✔ Close the case")
        await h.tap(boris, "Other")
        await boris.send("Handled by phone with the family.")
        await ana.send("A note written too late.")
        assert "Another coordinator has just closed this case, so nothing was saved." in h.last_reply(ANA)
        # the reporter cannot add to a closed report either
        await ivo.send("/concern")
        await h.tap(ivo, "My reports")
        await h.tap(ivo, ".*closed by a coordinator")
        assert "✏️ Add to my report" not in h.buttons(IVO)
        await h.tap(ana, "↩ Reopen the case")
        assert "· in progress" in h.screen(ANA)
        await h.tap(ana, "📜 Case history")
        trail = h.screen(ANA)
        assert "A note written too late." not in trail
        assert "Boris: closed it. Handled by phone" in trail and "Ana: reopened it" in trail


async def test_the_list_is_open_first_oldest_first_with_ages_and_a_programme_filter(session_factory):
    _, first = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT, name="Peer support")
    _, second = await seed_programme(session_factory, kind=ProgrammeKind.STUDENT, name="Buddies")
    first_codes = await pair_invites(session_factory, first, mentor="Elena", mentee="Ivo", minor=True)
    second_codes = await pair_invites(session_factory, second, mentor="Dora", mentee="Yana", minor=True)
    async with Harness(session_factory) as h:
        ana = h.person(ANA, "Ana")
        await join(h, ana, await coordinator_invite(session_factory))
        ivo, yana = h.person(IVO, "Ivo"), h.person(9106, "Yana")
        await join(h, ivo, first_codes[Role.MENTEE])
        await join(h, yana, second_codes[Role.MENTEE])
        await report(h, ivo, "First worry.")
        await report(h, yana, "Second worry.")
        await report(h, ivo, "Third worry.")
        async with session_factory() as session:
            ids = list(await session.scalars(select(Concern.id).order_by(Concern.id)))
            now = utcnow()
            ages = (timedelta(hours=3), timedelta(days=2), timedelta(minutes=5))
            for concern_id, age in zip(ids, ages, strict=True):
                await session.execute(
                    update(Concern)
                    .where(Concern.id == concern_id)
                    .values(created_at=now - age, last_activity_at=now - age)
                )
            await session.execute(
                update(Concern)
                .where(Concern.id == ids[2])
                .values(state=CaseState.CLOSED, handled_at=now, outcome="other")
            )
            await session.commit()
        await ana.send("/menu")
        await h.tap(ana, r"🆘 Concerns \(2 open\)")
        labels = [label for label in h.buttons(ANA) if "·" in label]
        assert labels[:2] == ["🆘 2 days unread · Buddies", "🆘 3 h unread · Peer support"]
        assert labels[2].startswith("✔ ") and labels[2].endswith(" closed · Peer support")  # its day
        await h.tap(ana, "🔎 Programme…")
        await h.tap(ana, "Buddies")
        assert "Programme: Buddies" in h.screen(ANA)
        assert [label for label in h.buttons(ANA) if "·" in label] == ["🆘 2 days unread · Buddies"]
        await h.tap(ana, "🔎 Programme…")
        await h.tap(ana, "All programmes")
        assert len([label for label in h.buttons(ANA) if "·" in label]) == 3


async def test_a_coordinator_marks_the_safeguarding_lead_in_the_bot(session_factory):
    async with Harness(session_factory) as h:
        ana, boris = h.person(ANA, "Ana"), h.person(BORIS, "Boris")
        await join(h, ana, await coordinator_invite(session_factory))
        await join(h, boris, await coordinator_invite(session_factory))
        stranger = h.person(STRANGER, "Stranger")
        await join(h, stranger, await coordinator_invite(session_factory, org="Elsewhere"))
        await ana.send("/menu")
        await h.tap(ana, "👤 Coordinators")
        await h.tap(ana, "🛡 Safeguarding lead…")
        assert "receives every concern and every reminder" in h.screen(ANA)
        await h.tap(ana, "⬜ Boris")
        assert "✅ 🛡 Boris" in h.buttons(ANA)
        await h.tap(ana, ".*Back")
        assert "• Boris · since" in h.screen(ANA) and "· 🛡 safeguarding lead" in h.screen(ANA)
        # a coordinator of another organisation forges Boris's id into their own list
        await stranger.send("/menu")
        await h.tap(stranger, "👤 Coordinators")
        await h.tap(stranger, "🛡 Safeguarding lead…")
        async with session_factory() as session:
            org = await organisations.find_by_name(session, "School One")
            boris_row = await people.by_telegram_id(session, BORIS)
            assert org is not None and boris_row is not None
        await h.tap_forged(stranger, "⬜ Stranger.*", f"{org.id}-{boris_row.id}")
        assert h.callback_answers()[-1] == "This is not available to you."
        await h.tap(ana, "🛡 Safeguarding lead…")
        await h.tap(ana, "✅ 🛡 Boris")
        assert "⬜ Boris" in h.buttons(ANA)
    async with session_factory() as session:
        assert await concerns.leads(session, org.id) == []
