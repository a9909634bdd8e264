"""A small school world with realistic data, for rendering every window as people would see it.

Two organisations; a coordinator of both (with a colleague at the school); a teacher programme where one
mentor has two mentees (so every flow asks which pair), a student programme with a minor mentee and a
stage under way; a newcomer who has not joined yet. Diaries, reflections, goals, ground rules, a meeting
and a concern already exist, with enough entries to page. Everyone here joined in English; each crawl
switches its person to its locale.

The same world at its `longest`: every text people write (names included) as long as its flow allows,
and the crawl types texts of that length too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from aiogram.fsm.state import State
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import LOCALES_DIR
from bot.instruments import GROUND_RULE_TOPICS, TEACHER_QUESTIONNAIRE, ItemKind
from dialogs import (
    closure,
    concern,
    concerns_admin,
    diary,
    goals,
    ground_rules,
    meeting,
    questionnaire,
    reflection,
)
from dialogs.common import NAME_LIMIT
from dialogs.onboarding import PRIVACY_NOTICE_VERSION
from dialogs.states import NewPair, NewProgramme
from storage.models import GoalKind, Pair, Phase, ProgrammeKind, Role, SessionMode, Stage
from storage.repo import (
    concerns,
    consent,
    invites,
    organisations,
    pairs,
    people,
    questionnaires,
    stages,
)
from storage.repo import diary as diary_repo
from storage.repo import goals as goals_repo
from storage.repo import ground_rules as rules_repo
from storage.repo import meetings as meetings_repo
from storage.repo import reflections as reflections_repo
from storage.repo.diary import Section
from storage.repo.meetings import PLACE_LIMIT
from storage.repo.questionnaires import Answer
from storage.timeutil import utcnow
from tests.pairs import make_pair, make_programme

LOCALES = tuple(sorted(path.name for path in LOCALES_DIR.iterdir() if path.is_dir()))
SCHOOL = "Sofia Vocational School of Tourism"
LICEO = "Liceo Scientifico Galileo Galilei"
TEACHER_PROGRAMME = "Inclusive teaching 2026/27"
STUDENT_PROGRAMME = "Peer mentoring, Year 10"


@dataclass(frozen=True)
class Persona:
    key: str
    telegram_id: int
    first_name: str


ANA = Persona("coordinator", 7001, "Ana")
MARIA = Persona("teacher-mentor", 7002, "Maria")
GIULIA = Persona("teacher-mentee", 7003, "Giulia")
IVAN = Persona("student-mentee", 7004, "Ivan")
ELIF = Persona("student-mentor", 7005, "Elif")
NORA = Persona("newcomer", 7006, "Nora")
COLLEAGUE = Persona("second-coordinator", 7007, "Boris")  # the school's other coordinator (not crawled)

CRAWLED = (ANA, MARIA, GIULIA, IVAN, ELIF)  # joined people; NORA joins during her crawl

# What a real person would type in each window that waits for text, and how long it may be there.
TYPED: dict[State, tuple[str, int]] = {
    NewProgramme.name: ("Peer tutoring in mathematics 2027", NAME_LIMIT),
    NewProgramme.timezone: ("Europe/Vienna", 0),
    NewPair.mentor_name: ("Stefania Rossi", NAME_LIMIT),
    NewPair.mentee_name: ("Kerem Aydın", NAME_LIMIT),
    questionnaire.States.long_text: (
        "I would like to plan lessons where every pupil can take part, especially the two pupils "
        "with dyslexia in my 7th grade class, and to feel calmer when a lesson does not go as planned.",
        questionnaire.LONG_TEXT_LIMIT,
    ),
    questionnaire.States.short_text: (
        "Get better marks in maths and make friends in my new class.",
        questionnaire.SHORT_TEXT_LIMIT,
    ),
    diary.States.duration: ("50", 0),
    diary.States.mode_other: ("A walk around the school garden", diary.MODE_WORD_LIMIT),
    diary.States.text: (
        "We looked at the seating plan together and tried group roles for the project lesson.\n"
        "Next time: feedback on the worksheet for pupils with reading difficulties.",
        diary.TEXT_LIMIT,
    ),
    reflection.States.write: (
        "I noticed that I talk less when I give the pupils a clear role. Next week I want to try "
        "the same with the quieter group and ask my mentor to watch the first ten minutes.",
        reflection.ANSWER_LIMIT,
    ),
    goals.States.write: ("Speak up once in every class discussion", goals_repo.TEXT_LIMIT),
    goals.States.edit: ("Ask one question in every maths lesson", goals_repo.TEXT_LIMIT),
    ground_rules.States.topic: (
        "Tuesdays after school, 14:30 in the library, for about an hour.",
        ground_rules.RULE_LIMIT,
    ),
    concern.States.entry: (
        "Someone from another class keeps sending me mean messages after school & at weekends.",
        concern.TEXT_LIMIT,
    ),
    closure.States.final_write: (
        "We met every week and I learned to plan my homework. I am proud that I asked for help.",
        closure.TEXT_LIMIT,
    ),
    closure.States.statement_edit: (
        "I can organise my week and ask a teacher when I do not understand.",
        closure.TEXT_LIMIT,
    ),
    concern.States.add: ("It happened again yesterday in the group chat.", concern.TEXT_LIMIT),
    concerns_admin.States.note: (
        "Spoke with the form tutor; will check in on Friday.",
        concerns_admin.NOTE_LIMIT,
    ),
    concerns_admin.States.reply: (
        "Thank you for telling us. Can we talk tomorrow at break?",
        concerns_admin.NOTE_LIMIT,
    ),
    concerns_admin.States.closing: (
        "Talked with both students and their parents; the messages stopped.",
        concerns_admin.CLOSING_LIMIT,
    ),
    meeting.States.time: ("16:30", 0),
    meeting.States.place: ("School library, room 12", PLACE_LIMIT),
}


def fill(text: str, limit: int) -> str:
    """`text` said again and again up to exactly `limit` characters (the longest a flow takes)."""
    if limit <= 0:
        return text
    words = " ".join(text.split())
    value = " ".join([words] * (limit // len(words) + 1))[:limit]
    return value[:-1] + "." if value.endswith(" ") else value


def inputs(longest: bool) -> dict[State, str]:
    return {state: fill(text, limit) if longest else text for state, (text, limit) in TYPED.items()}


@dataclass(frozen=True)
class World:
    newcomer_code: str


async def _join(session: AsyncSession, code: str, who: Persona) -> int:
    result = await invites.redeem(
        session, code, telegram_id=who.telegram_id, telegram_name=who.first_name, now=utcnow()
    )
    assert result.person is not None, f"{who.key} could not join: {result.outcome}"
    await consent.give(session, result.person.id, PRIVACY_NOTICE_VERSION, utcnow())
    await people.set_locale(session, result.person.id, "en")
    return result.person.id


async def _pair(
    session: AsyncSession, programme_id: int, mentor: str, mentee: str, minor: bool = False
) -> tuple[Pair, dict[Role, str]]:
    made = await make_pair(
        session, programme=programme_id, mentor=mentor, mentee=mentee, minor=minor, invite_days=14
    )
    return made.row, made.codes


async def build(session_factory: async_sessionmaker[AsyncSession], longest: bool = False) -> World:
    def say(text: str, limit: int) -> str:
        return fill(text, limit) if longest else text

    def name(text: str) -> str:
        return say(text, NAME_LIMIT)

    now = utcnow()
    async with session_factory() as session:
        school = await organisations.get_or_create(session, SCHOOL)
        liceo = await organisations.get_or_create(session, LICEO)
        for org in (school, liceo):
            code = await invites.create(
                session, org_id=org.id, role=Role.COORDINATOR, expires_at=now + timedelta(days=7)
            )
            ana = await _join(session, code, ANA)
        code = await invites.create(
            session, org_id=school.id, role=Role.COORDINATOR, expires_at=now + timedelta(days=7)
        )
        await _join(session, code, COLLEAGUE)
        made = {}
        for org, title, kind in (
            (school, TEACHER_PROGRAMME, ProgrammeKind.TEACHER),
            (school, STUDENT_PROGRAMME, ProgrammeKind.STUDENT),
            (liceo, "Didattica inclusiva 2026/27", ProgrammeKind.TEACHER),
        ):
            made[title] = await make_programme(session, org=org.name, name=name(title), kind=kind)
        teacher, student = made[TEACHER_PROGRAMME].id, made[STUDENT_PROGRAMME].id
        maria_name = name("Maria Petrova")

        with_giulia, codes = await _pair(session, teacher, maria_name, name("Giulia Bianchi"))
        maria = await _join(session, codes[Role.MENTOR], MARIA)
        giulia = await _join(session, codes[Role.MENTEE], GIULIA)
        with_luca, codes = await _pair(session, teacher, maria_name, name("Luca Moretti"))
        await pairs.join(session, with_luca, Role.MENTOR, maria, now)
        with_ivan, codes = await _pair(
            session, student, name("Elif Yılmaz"), name("Ivan Dimitrov"), minor=True
        )
        elif_ = await _join(session, codes[Role.MENTOR], ELIF)
        ivan = await _join(session, codes[Role.MENTEE], IVAN)
        _, codes = await _pair(session, student, name("Deniz Kaya"), name("Nora Hansen"), minor=True)
        newcomer_code = codes[Role.MENTEE]

        await stages.move(session, with_ivan, Stage.ENGAGE, None, "ready", now)
        texts = [say(text, diary.TEXT_LIMIT) for text in DIARY_TEXTS]
        await _diaries(session, with_giulia.id, maria, giulia, texts)
        await _diaries(session, with_ivan.id, elif_, ivan, texts)
        for number, text in enumerate(REFLECTIONS, start=1):
            await reflections_repo.add(
                session,
                person_id=maria,
                pair_id=with_giulia.id,
                prompt=f"idp-{number}",
                text=say(text, reflection.ANSWER_LIMIT),
            )
        await reflections_repo.add(
            session,
            person_id=ivan,
            pair_id=with_ivan.id,
            prompt="stage-engage-goals",
            text=say(REFLECTIONS[0], reflection.ANSWER_LIMIT),
        )
        for kind, text in GOALS:
            for pair_id, mentee in ((with_ivan.id, ivan), (with_giulia.id, giulia)):
                for _ in range(goals_repo.LIMITS[kind] if longest else 1):  # as many as there may be
                    await goals_repo.add(
                        session,
                        pair_id=pair_id,
                        person_id=mentee,
                        kind=kind,
                        text=say(text, goals_repo.TEXT_LIMIT),
                    )
        rules = GROUND_RULE_TOPICS if longest else GROUND_RULE_TOPICS[:1]
        for topic in rules:
            rule = say("Twice a week, Monday and Thursday, in the library.", ground_rules.RULE_LIMIT)
            await rules_repo.set_rule(session, with_ivan.id, elif_, topic, rule, now)
        await meetings_repo.schedule(
            session,
            with_giulia.id,
            maria,
            starts_at=(now + timedelta(days=3)).replace(hour=13, minute=30, second=0, microsecond=0),
            duration_minutes=60,
            mode=SessionMode.IN_PERSON,
            place=say("Staff room, 2nd floor", PLACE_LIMIT),
        )
        if longest:  # Giulia's questionnaire before and after, side by side at the end of the mentoring
            await stages.move(session, with_giulia, Stage.TRANSITION, None, "ready", now)
            for phase in Phase:
                await _answered(session, giulia, with_giulia.id, phase)
        pair_row = await session.get(Pair, with_ivan.id)
        assert pair_row is not None
        reported = await concerns.report(
            session,
            reporter_id=ivan,
            pair=pair_row,
            org_id=school.id,
            text=say(
                "An older student keeps asking me for my phone & my bus pass after our meetings.",
                concern.TEXT_LIMIT,
            ),
            now=now,
        )
        # a case with a thread both ways and a note (the longest fill every one of them)
        await concerns.mark_read(session, reported.id, ana, now)
        note = "Spoke with the form tutor & the bus monitor; checking in on Friday."
        await concerns.add_note(session, reported.id, ana, say(note, concerns_admin.NOTE_LIMIT), now)
        reply = "Thank you for telling us. Can we talk tomorrow at break, in the counsellor's room?"
        await concerns.reply(session, reported.id, ana, say(reply, concerns_admin.NOTE_LIMIT), now)
        more = "Yes. It happened again yesterday at the bus stop <after school>."
        await concerns.answer(session, reported.id, ivan, say(more, concern.TEXT_LIMIT), now)
        giulia_pair = await session.get(Pair, with_giulia.id)
        assert giulia_pair is not None
        await concerns.report(  # a second programme: the list's filter has something to choose
            session,
            reporter_id=giulia,
            pair=giulia_pair,
            org_id=school.id,
            text=say("A parent has been shouting at me in the corridor after lessons.", concern.TEXT_LIMIT),
            now=now,
        )
        await session.commit()
    return World(newcomer_code)


REFLECTIONS = (
    "My first analysis of the class: three pupils need more time to read the tasks.",
    "We read two articles on cooperative learning and chose one technique to try.",
    "The co-designed lesson on fractions worked; the group roles need clearer cards.",
    "I tried the lesson in 7B. The quieter pupils spoke more in small groups.",
    "Evidence collected: photos of the group posters and the exit tickets.",
    "Looking back: I plan with the pupils' needs first and the textbook second.",
)

GOALS = (
    (GoalKind.MISSION, "Feel confident in class and enjoy school again"),
    (GoalKind.GOAL, "Raise my maths mark from 3 to 4 by the end of the term"),
    (GoalKind.OBJECTIVE, "Do the homework on the day it is given, with a 25-minute timer"),
)

DIARY_TEXTS = (
    "Agree on the focus of the term and how we will work together.",
    "Seating plan, group roles & the worksheet for pupils with reading difficulties (<3 pages).",
    "I felt listened to. I want to try the group roles with my own class.",
    "Good questions today. Next time: observe the first ten minutes of the lesson.",
)

# One mentor's notes longer than the entry's window shows (it offers the whole text on its own page).
LONG_NOTES = (
    "We started with the seating plan: the two pupils with dyslexia now sit near the board and next to "
    "a reading partner. Giulia tried the group roles (reader, writer, timekeeper, reporter) and the "
    "quieter pupils spoke more than last week. The worksheet still has too much text on the first page; "
    "we agreed to split it into three short tasks with an icon for each, and to read the instructions "
    "aloud before the groups start. Next time I will observe the first ten minutes of the lesson and "
    "write down how long the transitions take, because that is where the class lost most time today. "
    "Giulia asked how to give feedback without stopping the whole class; we will try exit tickets."
)


async def _answered(session: AsyncSession, mentee: int, pair_id: int, phase: Phase) -> None:
    """Annex III answered in full, its open question as long as it may be."""
    instrument = TEACHER_QUESTIONNAIRE
    response = await questionnaires.start_or_resume(session, mentee, pair_id, instrument.key, phase)
    for item in instrument.items:
        if item.kind is ItemKind.TEXT:
            text = fill(TYPED[questionnaire.States.long_text][0], questionnaire.LONG_TEXT_LIMIT)
            answer = Answer(item.key, text=text)
        else:
            answer = Answer(item.key, choice=len(item.options) - 1)
        await questionnaires.save_answer(session, response.id, answer)
    await questionnaires.complete(session, response.id, utcnow())


async def _diaries(session: AsyncSession, pair_id: int, mentor: int, mentee: int, texts: list[str]) -> None:
    """Six sessions (so the list has two pages): most complete, the last one waiting for the mentor."""
    first = date(2026, 9, 8)
    for number in range(6):
        owner = mentee if number == 5 else mentor
        entry = await diary_repo.open_entry(
            session,
            pair_id,
            owner,
            held_on=first + timedelta(days=7 * number),
            duration_minutes=(45, 60, 90)[number % 3],
            mode=(SessionMode.IN_PERSON, SessionMode.ONLINE)[number % 2],
        )
        entry_id = entry.facts.entry_id
        await diary_repo.write_section(session, entry_id, mentee, Section.REFLECTION, texts[2])
        if number < 5:
            notes = LONG_NOTES if number == 0 and len(texts[3]) < len(LONG_NOTES) else texts[3]
            await diary_repo.write_section(session, entry_id, mentor, Section.OBJECTIVES, texts[0])
            await diary_repo.write_section(session, entry_id, mentor, Section.TOPICS, texts[1])
            await diary_repo.write_section(session, entry_id, mentor, Section.NOTES, notes)
