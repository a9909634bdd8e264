"""The pairs file: four columns, or six with a student peer mentor's age and parental consent, either with
the mentee's channel last (bot/pair_import.py); a minor mentor's row is refused without consent, as a
minor mentee's is."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.pair_import import PairRow, RowProblem, parse
from storage.db import make_session_factory
from storage.models import ProgrammeKind, Role
from storage.repo import bulk, memberships, pairs
from storage.timeutil import utcnow
from tests.scheduler.test_drift import person, programme


def test_the_old_four_column_file_still_works():
    rows, problems = parse("Mentor;Mentee;Under 18;Consent\nElena;Ivo;yes;yes\nPetar;Maria;no;no\n")
    assert problems == []
    assert rows == [
        PairRow(2, "Elena", "Ivo", True, True, mentor_minor=False, mentor_consent=False),
        PairRow(3, "Petar", "Maria", False, False, mentor_minor=False, mentor_consent=False),
    ]


def test_six_columns_carry_the_mentor_age_and_consent():
    text = (
        "mentor,mentee,mentee under 18,parental consent,mentor under 18,mentor parental consent\n"
        "Elena,Ivo,no,no,yes,yes\n"
        "Petar,Maria,yes,yes,no,no\n"
    )
    rows, problems = parse(text)
    assert problems == []
    assert [(r.mentor_name, r.mentor_minor, r.mentor_consent, r.mentee_minor) for r in rows] == [
        ("Elena", True, True, False),
        ("Petar", False, False, True),
    ]


def test_a_minor_mentor_without_consent_is_refused_and_so_is_a_bad_answer():
    rows, problems = parse("Elena,Ivo,no,no,yes,no\nPetar,Maria,no,no,maybe,no\nDora,Lili,no,no,no\n")
    assert rows == []
    assert problems == [
        RowProblem("cli-import-mentor-minor-without-consent", {"line": 1}),
        RowProblem("cli-import-yes-no", {"line": 2, "value": "maybe", "column": "cli-column-mentor-minor"}),
        RowProblem("cli-import-channel", {"line": 3, "value": "no"}),  # a fifth column is the channel
    ]


def test_an_optional_last_column_says_the_mentees_channel():
    """Issue #24: telegram or web, after the four columns or after the six; anything else names the line."""
    rows, problems = parse("Elena;Ivo;yes;yes;web\nPetar;Maria;no;no;Telegram\nNina;Ema;no;no;\n")
    assert problems == []
    assert [(r.mentee_name, r.web, r.mentee_minor) for r in rows] == [
        ("Ivo", True, True),
        ("Maria", False, False),
        ("Ema", False, False),  # empty: Telegram
    ]
    rows, problems = parse("Dora,Lili,no,no,yes,yes,WEB\nRosa,Iva,no,no,no,no,telegram\n")
    assert problems == []
    assert [(r.mentee_name, r.web, r.mentor_minor) for r in rows] == [
        ("Lili", True, True),
        ("Iva", False, False),
    ]
    _, problems = parse("Elena;Ivo;no;no;whatsapp\nPetar;Maria;no;no;email\n")
    assert problems == [
        RowProblem("cli-import-channel", {"line": 1, "value": "whatsapp"}),
        RowProblem("cli-import-channel", {"line": 2, "value": "email"}),
    ]


async def test_an_imported_minor_mentor_is_stored_with_consent_and_known_as_a_minor(engine: AsyncEngine):
    factory = make_session_factory(engine)
    async with factory() as session:
        of = await programme(session)
        of.kind = ProgrammeKind.STUDENT
        await session.commit()
    rows = [
        bulk.NewPair("Elena", "Ivo", mentee_minor=False, mentor_minor=True),
        bulk.NewPair("P", "M", mentee_minor=False),
    ]
    async with factory() as session:
        await bulk.import_pairs(session, of, rows, expires_at=utcnow() + timedelta(days=14))
    async with factory() as session:
        made = {p.mentor_name: p for p in await pairs.in_programme(session, of.id)}
        assert made["Elena"].mentor_minor and made["Elena"].mentor_consent_at is not None
        assert not made["P"].mentor_minor and made["P"].mentor_consent_at is None
        elena = await person(session, "Elena")
        await pairs.join(session, made["Elena"], Role.MENTOR, elena.id, utcnow())
        assert await memberships.is_known_minor(session, elena.id)
        petar = await person(session, "P")
        await pairs.join(session, made["P"], Role.MENTOR, petar.id, utcnow())
        assert not await memberships.is_known_minor(session, petar.id)
