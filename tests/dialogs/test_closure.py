"""Closure: ending (early or at the programme's end), the last questions, and what the mentee keeps."""

from __future__ import annotations

from datetime import date, timedelta

from aiogram.methods import SendDocument
from sqlalchemy import select

from storage.models import OutboxMessage, Pair, ProgrammeKind, Reflection, Stage, StageChange
from storage.repo import closing
from storage.timeutil import utcnow
from tests.harness import Harness, Person, pair_invites, seed_programme
from tests.pairs import join_pair


async def joined_pair(h: Harness, kind: ProgrammeKind = ProgrammeKind.STUDENT) -> tuple[Person, Person]:
    return await join_pair(
        h, 9501, 9502, kind=kind, programme_name="Peer support", mentor="Elena", mentee="Ivo", minor=True
    )


async def test_mentor_ends_early_and_the_mentee_is_told(session_factory):
    async with Harness(session_factory) as h:
        elena, _ = await joined_pair(h)
        await elena.send("/menu")
        await h.tap(elena, "🏁 Ending and looking back")
        assert "that is no reflection on either of you" in h.screen(9501)
        await h.tap_forged(elena, "Another reason", "not_a_reason")
        assert h.callback_answers()[-1] == "This is not available to you."
        await h.tap(elena, "The mentor or mentee moves out of the “area”")
        assert "End the mentoring of Peer support with Ivo?" in h.screen(9501)
        await h.tap(elena, "✔ End the mentoring")
        hub = h.screen(9501)
        assert "Looking back: Peer support with Ivo" in hub and "It is not “goodbye”" in hub
        assert "📄 My Learning Statement (PDF)" not in h.buttons(9501)  # that is the mentee's
        await h.tap(elena, "💭 A final reflection")
        potential = "For the mentor: a few words of faith in the mentee's abilities and potential."
        assert potential in h.buttons(9501)
        await h.tap(elena, "For the mentor.*")
        await elena.send("Ivo, you can do it.")
        assert h.last_reply(9501) == "Saved. Thank you."
    async with session_factory() as session:
        pair = (await session.scalars(select(Pair))).one()
        assert pair.stage is Stage.CLOSED and pair.end_reason == "moved_away" and pair.ended_at is not None
        change = (await session.scalars(select(StageChange))).one()
        assert change.to_stage is Stage.CLOSED
        told = (await session.scalars(select(OutboxMessage))).one()
        assert told.kind == "pair_closed" and told.recipient_id == pair.mentee_id
        assert (await session.scalars(select(Reflection))).one().prompt == "final-potential"


async def test_mentee_edits_and_gets_the_learning_statement_and_certificate(session_factory):
    async with Harness(session_factory) as h:
        elena, ivo = await joined_pair(h)
        await elena.send("/menu")
        await h.tap(elena, "🏁 Ending and looking back")
        await h.tap(elena, "The programme has ended")
        await h.tap(elena, "✔ End the mentoring")

        await ivo.send("/menu")
        await h.tap(ivo, "🏁 Ending and looking back")
        steps = {"📝 The questionnaire again (before & after)", "📄 My Learning Statement (PDF)"}
        assert steps <= set(h.buttons(9502))
        await h.tap(ivo, r"📄 My Learning Statement \(PDF\)")
        statement = h.screen(9502)
        assert "The peer mentoring process" in statement
        assert "I took part in Peer support at School One" in statement
        await h.tap(ivo, "✏️ What I now feel able to do")
        await ivo.send("Ask teachers for help & plan my week.")
        assert "Ask teachers for help & plan my week." in h.screen(9502)
        await h.tap(ivo, "✔ Make my Learning Statement")
        await h.tap(ivo, r"🎓 My certificate \(PDF\)")
        documents = h.bot.sent(9502, SendDocument)
        assert [d.document.filename for d in documents] == ["learning-statement.pdf", "certificate.pdf"]
        assert all(d.document.data.startswith(b"%PDF") for d in documents)


async def test_pairs_close_when_their_programme_has_ended(session_factory):
    _, programme_id = await seed_programme(session_factory)  # ends 2027-06-30
    await pair_invites(session_factory, programme_id)
    async with session_factory() as session:
        assert await closing.close_finished(session, date(2027, 6, 30), utcnow()) == 0
        assert await closing.close_finished(session, date(2027, 6, 30) + timedelta(days=1), utcnow()) == 1
        await session.commit()
        pair = (await session.scalars(select(Pair))).one()
        assert pair.end_reason == "programme_end" and pair.stage is Stage.CLOSED
