"""A whole pair's journey through the real bot process and the sandbox Bot API, as three people live it:
a coordinator, a mentor and a mentee of a teacher programme, by taps and text only.

Onboarding (the mentee's baseline questionnaire, Annex III), the ground rules and the mentor agreement (the
stage moves Setting up -> Engage), two diary entries with the mentee's reflections and the plan's hours, a
reflection prompt, a concern that reaches the coordinator through the outbox and never the mentor, and an
early closure: the follow-up questionnaire with before and after, final reflections, and the Learning
Statement and certificate arriving as PDF documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from dialogs.widgets import local_date
from sandbox.client import SandboxClient
from sandbox.server import SandboxServer
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade_to_head
from storage.models import ProgrammeKind, Role
from storage.timeutil import utcnow
from tests.e2e.botprocess import BotProcess, Phone, onboard, phone
from tests.harness import coordinator_invite, pair_invites, seed_programme

pytestmark = pytest.mark.e2e

PROGRAMME = "Inclusive teaching"  # a teacher programme: Annex III, the plan's hours, the mentor agreement
CONCERN = "An older pupil keeps sending me messages at night."
BASELINE = ["Slightly", "Rarely", "Slightly", "Sometimes", "Not at all"]
FOLLOWUP = ["Very much", "Often", "Fairly", "Always", "Fairly"]


async def seeded_teacher_programme(database_url: str) -> tuple[str, dict[Role, str]]:
    """The coordinator's invite and the pair's two seats, in a fresh database."""
    engine = make_engine(database_url)
    await upgrade_to_head(engine)
    factory = make_session_factory(engine)
    coordinator = await coordinator_invite(factory, org="Demo School")
    _, programme_id = await seed_programme(
        factory, org="Demo School", name=PROGRAMME, kind=ProgrammeKind.TEACHER
    )
    seats = await pair_invites(factory, programme_id, mentor="Maria", mentee="Giulia")
    await engine.dispose()
    return coordinator, seats


def today_shown() -> str:
    """Today in the programme's time zone, as the diary's "Today" button says it."""
    return local_date(utcnow().astimezone(ZoneInfo("Europe/Sofia")).date(), "en")


async def tap_and_see(person: Phone, label: str, expected: str) -> str:
    await person.tap(label)
    return await person.wait_text(expected)


async def menu(person: Phone) -> str:
    return str((await person.send("/menu", expect="Main menu"))["text"])


async def answer_annex_iii(person: Phone, picks: list[str], open_answer: str) -> str:
    """Five answers by button, the open question 6 as text; returns the summary to confirm."""
    for number, pick in enumerate(picks, start=1):
        await person.wait_text(f"Question {number} of 6")
        await person.tap(pick)
    await person.wait_text("Question 6 of 6")
    summary = await person.send(open_answer, expect="Check your answers")
    return str(summary["text"])


async def documents_since(person: Phone, seen: int) -> list[dict[str, Any]]:
    return [m for m in await person.messages() if m["message_id"] > seen and m["document"]]


async def onboarding(
    ana: Phone, maria: Phone, giulia: Phone, coordinator: str, seats: dict[Role, str]
) -> None:
    assert "You coordinate 1 programme at Demo School" in await onboard(ana, coordinator)
    assert f"{PROGRAMME} – your mentee: Giulia (has not joined yet)" in await onboard(
        maria, seats[Role.MENTOR]
    )

    welcome = await giulia.send(f"/start {seats[Role.MENTEE]}")
    assert "Choose your language" in welcome["text"]
    await giulia.tap("English")
    await giulia.wait_text("Your privacy")
    await giulia.tap("✔ I agree")
    first = await giulia.wait_text("Before your mentoring sessions start, a short questionnaire")
    assert "Assessment Questionnaire – Mentoring process · Question 1 of 6" in first
    assert "1. Awareness and knowledge" in first
    summary = await answer_annex_iii(giulia, BASELINE, "Differentiating tasks for mixed-ability groups")
    assert "1. Awareness and knowledge: Slightly" in summary
    assert "6. Open-ended question: “Differentiating tasks for mixed-ability groups”" in summary
    thanks = await tap_and_see(giulia, "✔ Confirm", "Thank you!")
    assert "Maria sees only that you have completed the questionnaire, not your answers" in thanks
    await giulia.tap("✔ Done")
    mentee_menu = await giulia.wait_text("Main menu")
    assert f"{PROGRAMME} – your mentor: Maria" in mentee_menu
    assert "📝 Questionnaire – Before the mentoring: ✅ completed" in mentee_menu
    assert "Stage: Setting up – getting to know each other and agreeing the ground rules." in mentee_menu

    mentor_menu = await menu(maria)
    assert "Giulia (has not joined yet)" not in mentor_menu
    assert "Before the mentoring: Giulia has completed it ✅" in mentor_menu
    assert "Slightly" not in mentor_menu  # the mentor never sees the answers


async def ground_rules(maria: Phone, giulia: Phone) -> None:
    await maria.tap("🤝 Ground rules")
    await tap_and_see(maria, "✏️ How often to meet?", "1 of 6. How often to meet?")
    await tap_and_see(maria, "Once a week", "2 of 6. Places/times to meet.")
    await maria.tap("At school, after lessons")
    await maria.wait_text("3 of 6.")
    await maria.send("Message the other the day before", expect="4 of 6.")
    await maria.tap("Just the two of us")
    await maria.wait_text("is at risk")
    await maria.tap("It stays between us, unless someone is at risk")
    await maria.wait_text("6 of 6.")
    await maria.tap("Talk about it openly at our next meeting")
    overview = await maria.wait_text("Giulia has not agreed yet.")
    assert "Once a week (you," in overview
    answer = await maria.tap("🤝 We agree")
    assert answer["text"] == "✔ Thank you – you agreed."

    await menu(giulia)
    await giulia.tap("🤝 Ground rules")
    seen = await giulia.wait_text("✔ Maria agreed.")
    assert "Once a week (Maria," in seen and "Message the other the day before (Maria," in seen
    await giulia.tap("🤝 We agree")
    await giulia.wait_text("You both agreed to these rules on")
    assert "Stage: Setting up" in await menu(giulia)  # the mentor agreement of a teacher programme is missing

    await menu(maria)
    await maria.tap("🤝 Ground rules")
    await tap_and_see(maria, "📜 Mentor agreement", "As mentor/leader you agree to:")
    answer = await maria.tap("✔ I agree")
    assert answer["text"] == "🎉 Agreed! Your pair moves on to the stage “Engage”."
    engage = "Stage: Engage – building trust and setting goals and plans together."
    assert engage in await menu(maria)
    assert engage in await menu(giulia)


async def diary_entry(
    maria: Phone, number: int, minutes: str, mode: str, activity: str, objectives: str
) -> None:
    """The mentor opens an entry: the facts, the plan activity, objectives and topics; notes skipped."""
    home = await maria.send("/diary", expect="Session diary")
    assert f"{PROGRAMME}, with Giulia" in str(home["text"])
    await tap_and_see(maria, "✍ New entry", f"New entry – Session No. {number}")
    await tap_and_see(maria, f"Today, {today_shown()}", "how long was it?")
    await tap_and_see(maria, minutes, "how did you meet?")
    await tap_and_see(maria, mode, "which activity of the mentoring plan")
    await tap_and_see(maria, activity, "1. Objectives of the Session")
    await maria.send(objectives, expect="2. Topics and Activities")
    await maria.send("Stations and roles", expect="4. Mentor's Notes")
    await maria.tap("Skip ›")
    card = await maria.wait_text(f"Objectives of the Session\n{objectives}")
    assert f"Session No. {number}" in card and f"Activity: {activity}" in card
    assert "3. Mentee's Reflection\n(not written yet)" in card


async def reflection_added(giulia: Phone, number: int, text: str) -> None:
    home = await giulia.send("/diary", expect="Session diary")
    assert "Waiting for you" in str(home["text"])
    await tap_and_see(giulia, f"Session {number} – add your reflection", "3. Mentee's Reflection")
    card = await giulia.send(text, expect=f"Session No. {number}")
    assert f"3. Mentee's Reflection\n{text}" in str(card["text"])


async def two_diary_entries(maria: Phone, giulia: Phone) -> None:
    await diary_entry(maria, 1, "90 min", "in person", "Co-design of inclusive activities", "Plan a lesson")
    assert "📔 One session is waiting for your reflection." in await menu(giulia)
    await reflection_added(giulia, 1, "I saw how to split the class into stations.")
    await diary_entry(maria, 2, "60 min", "online", "Classroom piloting", "Try the stations")
    await reflection_added(giulia, 2, "The stations worked; timing was hard.")

    mentee_menu = await menu(giulia)
    assert "📔 A. Mentoring Activities: 1.5 of 10 h" in mentee_menu
    assert "📔 B. Piloting in class: 1 of 10 h" in mentee_menu
    assert "waiting for your reflection" not in mentee_menu
    home = await maria.send("/diary", expect="Session diary")
    assert "• Co-design of inclusive activities: 1.5 of 6 h" in str(home["text"])
    assert "• Classroom piloting: 1 of 8 h" in str(home["text"])
    await tap_and_see(maria, "📚 Past entries (2)", "Past sessions")
    assert {f"Session 2 · {today_shown()} · 60 min", f"Session 1 · {today_shown()} · 90 min"} <= set(
        await maria.buttons()
    )


async def a_reflection(giulia: Phone) -> None:
    prompts = await giulia.send("/reflect", expect="Reflect")
    assert "Stage: Engage" in str(prompts["text"])
    assert "These action steps of your individual development plan fit this stage." in str(prompts["text"])
    title = (await giulia.buttons())[0]
    await tap_and_see(giulia, title, "What have I not been able to implement, and why?")
    saved = await giulia.send("Ask Maria to observe a lesson.", expect="Saved: your answer")
    assert f"your answer to “{title}”" in str(saved["text"])
    listed = await tap_and_see(giulia, "📚 My reflections (1)", "My reflections")
    assert f"{title}\n“Ask Maria to observe a lesson.”" in listed


async def a_concern(ana: Phone, giulia: Phone) -> None:
    seen = max(m["message_id"] for m in await ana.messages())
    intro = await giulia.send("/concern", expect="Report a concern")
    assert "not your mentor" in str(intro["text"]) and "116 111" in str(intro["text"])
    await giulia.send(CONCERN, expect="Send this to the coordinators?")
    await giulia.tap("✔ Send")
    assert "The coordinators of Demo School have been alerted now" in await giulia.wait_text("Sent.")

    alert = await ana.client.wait_for_bot_message(ana.chat_id, after=seen, wait=30)  # through the outbox
    assert f"A concern was reported by a mentee in {PROGRAMME}" in alert["text"]
    assert CONCERN not in alert["text"]
    await ana.tap("Read the report")
    report = await ana.wait_text(CONCERN)
    assert f"From: Giulia (mentee), {PROGRAMME}" in report


async def closure(maria: Phone, giulia: Phone, client: SandboxClient) -> None:
    await menu(maria)
    await tap_and_see(maria, "🏁 Ending and looking back", "Why is it ending?")
    await tap_and_see(maria, "The mentor or mentee moves out of the “area”", "End the mentoring of")
    hub = await tap_and_see(maria, "✔ End the mentoring", "Looking back")
    assert f"Looking back: {PROGRAMME} with Giulia" in hub
    assert "📄 My Learning Statement (PDF)" not in await maria.buttons()
    await tap_and_see(maria, "💭 A final reflection", "Pick a question")
    await maria.tap("For the mentor: a few words of faith in the mentee's abilities and potential.")
    await maria.wait_text("Answer in one message")
    await maria.send("Giulia, your classes are in good hands.", expect="Saved. Thank you.")
    closed = await menu(maria)
    assert f"{PROGRAMME} – your mentee: Giulia\nStage: Closed – the mentoring has ended." in closed

    told = await giulia.wait_text(f"Your mentoring in {PROGRAMME} has ended.", wait=30)  # through the outbox
    assert "Reason: The mentor or mentee moves out of the “area”" in told
    assert "Stage: Closed – the mentoring has ended." in await menu(giulia)
    await tap_and_see(giulia, "🏁 Ending and looking back", f"Looking back: {PROGRAMME} with Maria")
    await giulia.tap("📝 The questionnaire again (before & after)")
    await giulia.wait_text("the same six questions as at the start")
    await answer_annex_iii(giulia, FOLLOWUP, "Co-designing lessons with colleagues")
    await tap_and_see(giulia, "✔ Confirm", "Thank you!")
    compared = await tap_and_see(giulia, "📊 Before and after", "Before and after")
    assert "1. Awareness and knowledge\nSlightly → Very much" in compared
    assert "2. Practical application\nRarely → Often" in compared
    assert "Before: “Differentiating tasks for mixed-ability groups”" in compared
    assert "At the end: “Co-designing lessons with colleagues”" in compared
    await giulia.send("/menu", expect="Main menu")

    await tap_and_see(giulia, "🏁 Ending and looking back", "Looking back")
    await tap_and_see(giulia, "💭 A final reflection", "Pick a question")
    assert "For the mentor: a few words of faith in the mentee's abilities and potential." not in (
        await giulia.buttons()
    )
    await giulia.tap("What has gone well – ways you have seen growth, and ways you have benefited?")
    await giulia.wait_text("Answer in one message")
    saved = await giulia.send("I plan lessons for every pupil now.", expect="Saved. Thank you.")
    hub = await giulia.client.wait_for_bot_message(giulia.chat_id, after=saved["message_id"])
    assert "Looking back" in hub["text"]  # the steps again, under the thanks

    seen = max(m["message_id"] for m in await giulia.messages())
    statement = await tap_and_see(giulia, "📄 My Learning Statement (PDF)", "Your Learning Statement")
    assert "We held 2 sessions together." in statement
    assert (
        "Differentiating tasks for mixed-ability groups" in statement
    )  # her own goal, from the questionnaire
    await giulia.tap("✏️ What I now feel able to do")
    await giulia.wait_text("Write this part in one message")
    await giulia.send("Design a lesson with stations for a mixed class.", expect="Your Learning Statement")
    await giulia.tap("✔ Make my Learning Statement")
    await giulia.wait_text("Looking back")
    await giulia.tap("🎓 My certificate (PDF)")
    await giulia.wait_text("Your certificate of satisfactory completion.")

    documents = await documents_since(giulia, seen)
    assert [d["document"]["file_name"] for d in documents] == ["learning-statement.pdf", "certificate.pdf"]
    assert [d["caption"] for d in documents] == [
        "Your Learning Statement. You decide who sees it.",
        "Your certificate of satisfactory completion.",
    ]
    for document in documents:
        assert (await client.download(document["document"]["file_id"])).startswith(b"%PDF")


@pytest.mark.timeout(240)
async def test_a_teacher_pair_from_the_first_link_to_the_certificate(
    api: SandboxServer, client: SandboxClient, database_url: str, tmp_path: Path
) -> None:
    coordinator, seats = await seeded_teacher_programme(database_url)
    process = BotProcess(api.url, database_url, tmp_path / "bot.log")
    await process.start(api)
    try:
        ana, maria, giulia = (
            await phone(client, "Ana"),
            await phone(client, "Maria"),
            await phone(client, "Giulia"),
        )
        await onboarding(ana, maria, giulia, coordinator, seats)
        await ground_rules(maria, giulia)
        await two_diary_entries(maria, giulia)
        await a_reflection(giulia)
        await a_concern(ana, giulia)
        await closure(maria, giulia, client)

        mentor_saw = "\n".join(str(m["text"] or m["caption"] or "") for m in await maria.messages())
        assert CONCERN not in mentor_saw and "A concern was reported" not in mentor_saw
        coordinator_saw = "\n".join(str(m["text"] or "") for m in await ana.messages())
        assert "Plan a lesson" not in coordinator_saw and "stations" not in coordinator_saw  # no diary text
    finally:
        await process.stop()
    log = (tmp_path / "bot.log").read_text()
    assert "Received SIGTERM" in log and "Traceback" not in log  # nothing failed, nor at the clean stop
