"""A coordinator creates programmes and pairs in the chat, gets invite links and QR codes."""

from __future__ import annotations

from aiogram.methods import SendPhoto
from aiogram_dialog.test_tools.keyboard import InlineButtonTextLocator
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from dialogs.context import DialogConfig
from storage.models import Channel, Invite, Pair, Programme, ProgrammeKind, Role, Stage, StageChange
from storage.repo import ground_rules, invites, people, stages
from storage.timeutil import utcnow
from tests.harness import (
    BOT_USERNAME,
    Harness,
    Person,
    code_of,
    coordinator_invite,
    join,
    pair_invites,
    seed_programme,
)
from tests.pairs import make_pair


async def coordinator(
    h: Harness, factory: async_sessionmaker[AsyncSession], org: str = "School One"
) -> Person:
    ana = h.person(2001, "Ana")
    await join(h, ana, await coordinator_invite(factory, org))
    return ana


async def test_create_programme_with_calendar_and_time_zone(session_factory):
    async with Harness(session_factory) as h:
        ana = await coordinator(h, session_factory)
        await h.tap(ana, "➕ New programme")
        assert "What is it called?" in h.screen(2001)
        await ana.send("  Inclusive   teaching 2026/27 ")
        assert "What kind of programme is “Inclusive teaching 2026/27”?" in h.screen(2001)
        await h.tap(ana, "Student peer mentoring")
        assert "When does it start?" in h.screen(2001)
        await h.tap(ana, r"(\[ )?28( \])?")
        assert "When does it end?" in h.screen(2001)
        await h.tap(ana, r".* »")  # next month
        await h.tap(ana, r"(\[ )?27( \])?")
        assert "Which time zone" in h.screen(2001)
        await ana.send("Mars/Olympus")
        assert "I do not know the time zone “Mars/Olympus”" in h.last_reply(2001)
        await ana.send("Europe/Vienna")
        summary = h.screen(2001)
        assert "Create this programme?" in summary and "Student peer mentoring" in summary
        assert "Europe/Vienna" in summary
        await h.tap(ana, "✔ Confirm")
        assert "Programme “Inclusive teaching 2026/27” is ready" in h.screen(2001)

    async with session_factory() as session:
        programme = (await session.scalars(select(Programme))).one()
    assert programme.kind is ProgrammeKind.STUDENT and programme.timezone == "Europe/Vienna"
    assert programme.start_date.day == 28 and programme.end_date.day == 27
    assert programme.end_date > programme.start_date


async def test_programme_name_rules(session_factory):
    await seed_programme(session_factory, name="Taken")
    async with Harness(session_factory) as h:
        ana = await coordinator(h, session_factory)
        await h.tap(ana, "➕ New programme")
        await ana.send("x" * 101)
        assert h.last_reply(2001) == "That is 101 characters; please keep it under 100."
        await ana.send("Taken")
        assert "There is already a programme called “Taken”" in h.last_reply(2001)
        await ana.send_sticker()
        assert h.last_reply(2001) == "Please send this as a text message."
        assert "What is it called?" in h.screen(2001)  # still waiting for the name
        await h.tap(ana, "✖ Cancel")
        assert "Main menu" in h.screen(2001)
    async with session_factory() as session:
        assert len((await session.scalars(select(Programme))).all()) == 1


async def test_student_pair_with_minor_needs_parental_consent_then_links_and_qr_codes(session_factory):
    await seed_programme(session_factory, name="Peer support", kind=ProgrammeKind.STUDENT)
    async with Harness(session_factory) as h:
        ana = await coordinator(h, session_factory)
        await h.tap(ana, "👥 New pair")
        await h.tap(ana, "Peer support")
        await h.tap(ana, "➕ New mentor")
        await ana.send("Elena")
        await ana.send("Ivo")
        assert "Is Ivo under 18?" in h.screen(2001)
        await h.tap(ana, "Yes")
        assert "Has the school collected their parent's or guardian's consent" in h.screen(2001)
        await h.tap(ana, "No")
        assert "Please collect the parental consent first" in h.screen(2001)
        async with session_factory() as session:
            assert (await session.scalars(select(Pair))).all() == []
        await h.tap(ana, "‹ Back")
        await h.tap(ana, "Yes")
        assert "Is the mentor, Elena, under 18?" in h.screen(2001)
        await h.tap(ana, "No")
        summary = h.screen(2001)
        assert "Mentor: Elena\n" in summary
        assert "Mentee: Ivo (under 18, parental consent collected)" in summary
        await h.tap(ana, "✔ Confirm")

        photos = h.bot.sent(2001, SendPhoto)
        assert len(photos) == 2
        assert [p.caption.split(" (")[0] for p in photos] == ["Invite for Elena", "Invite for Ivo"]
        assert all(p.photo.data.startswith(b"\x89PNG") for p in photos)
        links = h.last_reply(2001)
        assert "Pair created." in links and f"https://t.me/{BOT_USERNAME}?start=" in links
        assert "Main menu" in h.screen(2001)  # back where the flow started

    async with session_factory() as session:
        pair = (await session.scalars(select(Pair))).one()
        assert pair.mentee_minor and pair.parental_consent_at is not None
        assert not pair.mentor_minor and pair.mentor_consent_at is None
        stored = (await session.scalars(select(Invite))).all()
    # the codes in the links work, and only their hashes are stored
    mentor_code = code_of(links.split("mentor Elena:")[1])
    assert {i.code_hash for i in stored} >= {invites.hash_code(mentor_code)}
    assert all(mentor_code not in i.code_hash for i in stored)


async def test_a_student_peer_mentor_under_18_needs_parental_consent_before_any_invite(session_factory):
    await seed_programme(session_factory, name="Peer support", kind=ProgrammeKind.STUDENT)
    async with Harness(session_factory) as h:
        ana = await coordinator(h, session_factory)
        await h.tap(ana, "👥 New pair")
        await h.tap(ana, "Peer support")
        await h.tap(ana, "➕ New mentor")
        await ana.send("Elena")
        await ana.send("Ivo")
        await h.tap(ana, "No")  # Ivo is 18 or over
        assert "Is the mentor, Elena, under 18?" in h.screen(2001)
        await h.tap(ana, "Yes")
        assert "The mentor, Elena, is under 18. Has the school collected" in h.screen(2001)
        await h.tap(ana, "No")
        assert "Please collect the parental consent of Elena first" in h.screen(2001)
        assert "Nothing was created." in h.screen(2001)
        async with session_factory() as session:
            assert (await session.scalars(select(Pair))).all() == []
            assert (await session.scalars(select(Invite).where(Invite.pair_id.is_not(None)))).all() == []
        assert h.bot.sent(2001, SendPhoto) == []
        await h.tap(ana, "‹ Back")
        await h.tap(ana, "Yes")
        summary = h.screen(2001)
        assert "Mentor: Elena (under 18, parental consent collected)" in summary
        assert "Mentee: Ivo\n" in summary or summary.rstrip().endswith("Mentee: Ivo")
        await h.tap(ana, "✔ Confirm")
        assert len(h.bot.sent(2001, SendPhoto)) == 2
    async with session_factory() as session:
        pair = (await session.scalars(select(Pair))).one()
        assert pair.mentor_minor and pair.mentor_consent_at is not None
        assert not pair.mentee_minor and pair.parental_consent_at is None
        assert len((await session.scalars(select(Invite).where(Invite.pair_id == pair.id))).all()) == 2


async def test_a_teacher_pair_is_not_asked_about_age(session_factory):
    await seed_programme(session_factory, name="Inclusive teaching")
    async with Harness(session_factory) as h:
        ana = await coordinator(h, session_factory)
        await h.tap(ana, "👥 New pair")
        await h.tap(ana, "Inclusive teaching")
        await h.tap(ana, "➕ New mentor")
        await ana.send("Maria")
        await ana.send("Giulia")
        assert "Create this pair?" in h.screen(2001)
        assert "under 18" not in h.screen(2001)
        await h.tap(ana, "✔ Confirm")
    async with session_factory() as session:
        pair = (await session.scalars(select(Pair))).one()
        assert not pair.mentor_minor and not pair.mentee_minor


async def test_adding_a_second_mentee_to_an_existing_mentor_makes_only_a_mentee_link(session_factory):
    _, programme_id = await seed_programme(session_factory, name="Inclusive teaching")
    codes = await pair_invites(session_factory, programme_id, mentor="Maria", mentee="Giulia")
    async with Harness(session_factory) as h:
        maria = h.person(3001, "Maria")
        await join(h, maria, codes[Role.MENTOR])
        ana = await coordinator(h, session_factory)
        await h.tap(ana, "📋 Programmes")
        await h.tap(ana, "Inclusive teaching")
        card = h.screen(2001)
        assert "Maria → Giulia · Setting up (waiting for Giulia)" in card
        await h.tap(ana, "👥 New pair")
        await h.tap(ana, "Maria")
        await ana.send("Luca")
        assert "Mentee: Luca" in h.screen(2001)  # teacher programme: no under-18 question
        await h.tap(ana, "✔ Confirm")
        assert len(h.bot.sent(2001, SendPhoto)) == 1
        assert "mentee Luca:" in h.last_reply(2001) and "mentor Maria" not in h.last_reply(2001)
        luca = h.person(3002, "Luca")
        await join(h, luca, code_of(h.last_reply(2001)))
        await maria.send("/menu")
        menu = h.screen(3001)
        assert "your mentee: Giulia (has not joined yet)" in menu and "your mentee: Luca" in menu


async def test_forged_programme_id_in_a_callback_is_not_available(session_factory):
    await seed_programme(session_factory, org="School One", name="Ours")
    _, other_id = await seed_programme(session_factory, org="Other School", name="Theirs")
    async with Harness(session_factory) as h:
        ana = await coordinator(h, session_factory, org="School One")
        await h.tap(ana, "📋 Programmes")
        assert h.buttons(2001)[0] == "Ours" and "Theirs" not in h.buttons(2001)
        await h.tap_forged(ana, "Ours", other_id)
        assert h.callback_answers()[-1] == "This is not available to you."
        assert "Your programmes" in h.screen(2001)  # still on the list, nothing opened


async def test_expiry_is_in_the_future_and_codes_are_single_use(session_factory):
    _, programme_id = await seed_programme(session_factory)
    codes = await pair_invites(session_factory, programme_id)
    async with session_factory() as session:
        for invite in (await session.scalars(select(Invite))).all():
            assert invite.expires_at > utcnow()
    async with Harness(session_factory) as h:
        await join(h, h.person(4001), codes[Role.MENTEE])
        intruder = h.person(4002)
        await intruder.send(f"/start {codes[Role.MENTEE]}")
        assert "already been used" in h.last_reply(4002)


async def _pair_with_rules_agreed_automatically(
    factory: async_sessionmaker[AsyncSession], programme_id: int
) -> int:
    """Maria (joined, agreed to the privacy notice) and Giulia (not yet): a rule written, and the pair moved
    on to Engage automatically."""
    async with factory() as session:
        made = await make_pair(
            session,
            programme=programme_id,
            mentee="Giulia",
            mentor_tg=3001,
            mentor_as="M",
            by_invite=True,
            locale="en",
            consented=True,
        )
        assert made.mentor is not None
        await ground_rules.set_rule(session, made.id, made.mentor, "how_often", "Secret rule text", utcnow())
        await stages.move(session, made.row, Stage.ENGAGE, None, stages.READY, utcnow())
        await session.commit()
        return made.id


async def test_coordinator_opens_a_pair_card_and_moves_its_stage_after_confirming(session_factory):
    _, programme_id = await seed_programme(session_factory, name="Inclusive teaching")
    await _pair_with_rules_agreed_automatically(session_factory, programme_id)
    async with Harness(session_factory) as h:
        ana = await coordinator(h, session_factory)
        await h.tap(ana, "📋 Programmes")
        await h.tap(ana, "Inclusive teaching")
        assert "Maria → Giulia" in h.buttons(2001)
        await h.tap(ana, "Maria → Giulia")
        card = h.screen(2001)
        assert "Maria → Giulia · Inclusive teaching" in card
        assert "Mentor: Maria – joined" in card and "Mentee: Giulia – has not joined yet" in card
        assert "Stage: Engage – building trust and setting goals and plans together." in card
        assert "Ground rules: not agreed yet" in card and "Mentor agreement: not accepted yet" in card
        assert "Setting up → Engage (automatically: both agreed to the ground rules)" in card
        assert "Secret rule text" not in card  # coordinators see where a pair is, not what it wrote
        assert "Move to Engage" not in h.buttons(2001)

        await h.tap(ana, "Move to Sustain")
        assert "Move Maria → Giulia from Engage to Sustain?" in h.screen(2001)
        await h.tap(ana, "‹ Back")  # changed her mind
        assert "Stage: Engage" in h.screen(2001) and "Move to Sustain" in h.buttons(2001)
        await h.tap(ana, "Move to Sustain")
        await h.tap(ana, "✔ Confirm")
        assert h.callback_answers()[-1] == "Moved to Sustain."
        card = h.screen(2001)
        assert "Stage: Sustain" in card and "Engage → Sustain (Ana)" in card
        assert "Setting up → Engage" in card  # the history keeps every move, with its date

        await h.tap(ana, "‹ Back")
        assert "Maria → Giulia · Sustain (waiting for Giulia)" in h.screen(2001)
        maria = h.person(3001, "Maria")
        await maria.send("/menu")
        assert "Stage: Sustain" in h.screen(3001)

    async with session_factory() as session:
        last = (await session.scalars(select(StageChange).order_by(StageChange.id.desc()))).first()
        ana_id = (await people.by_telegram_id(session, 2001)).id  # type: ignore[union-attr]
    assert last is not None and (last.to_stage, last.changed_by) == (Stage.SUSTAIN, ana_id)


async def test_a_stage_move_waiting_for_confirmation_survives_a_restart(session_factory):
    _, programme_id = await seed_programme(session_factory, name="Inclusive teaching")
    await _pair_with_rules_agreed_automatically(session_factory, programme_id)
    async with Harness(session_factory) as before:
        ana = await coordinator(before, session_factory)
        await before.tap(ana, "📋 Programmes")
        await before.tap(ana, "Inclusive teaching")
        await before.tap(ana, "Maria → Giulia")
        await before.tap(ana, "Move to Closed")
        question = before.window(2001)
    async with Harness(session_factory) as after:
        ana = after.person(2001, "Ana")
        await ana.click(question, InlineButtonTextLocator("✔ Confirm"))
        assert "Stage: Closed – the mentoring has ended." in after.screen(2001)
    async with session_factory() as session:
        assert (await session.scalars(select(Pair))).one().stage is Stage.CLOSED


async def test_forged_pair_and_stage_ids_on_the_coordinator_card_are_not_available(session_factory):
    _, ours = await seed_programme(session_factory, org="School One", name="Ours")
    _, theirs = await seed_programme(session_factory, org="Other School", name="Theirs")
    await pair_invites(session_factory, ours, mentor="Maria", mentee="Giulia")
    await pair_invites(session_factory, theirs, mentor="Elena", mentee="Ivo")
    async with session_factory() as session:
        their_pair = (await session.scalars(select(Pair).where(Pair.programme_id == theirs))).one().id
    async with Harness(session_factory) as h:
        ana = await coordinator(h, session_factory, org="School One")
        await h.tap(ana, "📋 Programmes")
        await h.tap(ana, "Ours")
        await h.tap_forged(ana, "Maria → Giulia", their_pair)
        assert h.callback_answers()[-1] == "This is not available to you."
        assert "Pairs: 1" in h.screen(2001)  # still the programme card
        await h.tap(ana, "Maria → Giulia")
        await h.tap_forged(ana, "Move to Sustain", "paused")
        assert h.callback_answers()[-1] == "This is not available to you."
        await h.tap_forged(ana, "Move to Sustain", "setting_up")  # where it is already
        assert h.callback_answers()[-1] == "This is not available to you."
        assert "Stage: Setting up" in h.screen(2001) and "✔ Confirm" not in h.buttons(2001)
    async with session_factory() as session:
        assert (await session.scalars(select(StageChange))).all() == []
        assert {p.stage for p in (await session.scalars(select(Pair))).all()} == {Stage.SETTING_UP}


async def test_a_big_programme_card_lists_its_pairs_a_page_at_a_time(session_factory):
    _, programme_id = await seed_programme(session_factory, name="Inclusive teaching")
    for number in range(1, 21):
        await pair_invites(
            session_factory, programme_id, mentor=f"Mentor{number:02}", mentee=f"Mentee{number:02}"
        )
    async with Harness(session_factory) as h:
        ana = await coordinator(h, session_factory)
        await h.tap(ana, "📋 Programmes")
        await h.tap(ana, "Inclusive teaching")
        first = h.screen(2001)
        assert "Mentor01 → Mentee01" in first and "Mentor08 → Mentee08" in first
        assert "Mentor09" not in first  # the text follows the page of buttons below it
        assert "Mentor01 → Mentee01" in h.buttons(2001) and "Mentor09 → Mentee09" not in h.buttons(2001)
        await h.tap(ana, ">")
        second = h.screen(2001)
        assert "Mentor09 → Mentee09" in second and "Mentor16 → Mentee16" in second
        assert "Mentor01" not in second and "Mentor17" not in second
        assert "Mentor09 → Mentee09" in h.buttons(2001)
        await h.tap(ana, ">")
        assert "Mentor20 → Mentee20" in h.screen(2001) and "Mentor16" not in h.screen(2001)
        assert "20" in h.screen(2001)  # the card still counts every pair


async def test_new_pair_offers_the_web_channel_for_the_mentee_only_where_it_runs(session_factory):
    """Issue #24: with the web channel running, the mentee's link can be for a web browser (its own
    address, redeemed only there); without it, nothing is offered."""
    await seed_programme(session_factory, name="Peer support", kind=ProgrammeKind.STUDENT)
    async with Harness(session_factory) as h:
        ana = await coordinator(h, session_factory)
        await h.tap(ana, "👥 New pair")
        await h.tap(ana, "Peer support")
        await h.tap(ana, "➕ New mentor")
        await ana.send("Elena")
        await ana.send("Ivo")
        await h.tap(ana, "Yes")
        await h.tap(ana, "Yes")
        await h.tap(ana, "No")
        assert "Create this pair?" in h.screen(2001)
        assert "🔁 Telegram or web browser" not in h.buttons(2001)  # no web channel here

        h.dp["dialog_config"] = DialogConfig(
            invite_ttl_days=14, default_timezone="Europe/Sofia", web_base_url="https://mentor.school.example"
        )
        await ana.send("/menu")
        await h.tap(ana, "👥 New pair")
        await h.tap(ana, "Peer support")
        await h.tap(ana, "➕ New mentor")
        await ana.send("Dora")
        await ana.send("Yana")
        await h.tap(ana, "Yes")
        await h.tap(ana, "Yes")
        await h.tap(ana, "No")
        assert "Mentee takes part: in Telegram" in h.screen(2001)
        await h.tap(ana, "🔁 Telegram or web browser")
        assert "Mentee takes part: in a web browser" in h.screen(2001)
        await h.tap(ana, "✔ Confirm")
        links = h.last_reply(2001)
        assert "mentee Yana: https://mentor.school.example/join/" in links
        assert "mentor Dora: https://t.me/" in links
    async with session_factory() as session:
        made = (await session.scalars(select(Pair).where(Pair.mentee_name == "Yana"))).one()
        channels = {
            invite.role: invite.channel
            for invite in await session.scalars(select(Invite).where(Invite.pair_id == made.id))
        }
    assert channels == {Role.MENTEE: Channel.WEB, Role.MENTOR: Channel.TELEGRAM}
