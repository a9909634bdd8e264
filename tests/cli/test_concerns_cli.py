"""`mentorbot concerns`: the operator sees open concerns per organisation, their age, and the
organisations where nobody could be told, with no word of what was reported."""

from __future__ import annotations

from datetime import timedelta

from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade_to_head
from storage.models import ProgrammeKind
from storage.repo import concerns, invites, organisations
from storage.timeutil import utcnow
from tests.cli.test_cli import env, mentorbot  # noqa: F401 (a fixture)
from tests.pairs import make_pair


async def seed_concern(database_url: str, org: str, text: str) -> None:
    engine = make_engine(database_url)
    await upgrade_to_head(engine)
    try:
        async with make_session_factory(engine)() as session:
            made = await make_pair(
                session,
                org=org,
                programme_name="Peer support",
                kind=ProgrammeKind.STUDENT,
                start=utcnow().date(),
                end=utcnow().date() + timedelta(days=200),
                mentor="Elena",
                mentee="Ivo",
                minor=True,
            )
            await concerns.report(
                session,
                reporter_id=None,
                pair=made.row,
                org_id=made.org_id,
                text=text,
                now=utcnow() - timedelta(hours=3),
            )
            await session.commit()
    finally:
        await engine.dispose()


async def test_concerns_lists_organisations_nobody_could_tell_without_texts(env):  # noqa: F811
    result = await mentorbot(env, "concerns")
    assert result.code == 0 and "No open concerns." in result.out
    await seed_concern(env["DATABASE_URL"], "Orphan C", "Someone threatens me after school.")
    result = await mentorbot(env, "concerns")
    assert result.code == 0, result.err
    assert "Orphan C: 1 open, the oldest 3 h old." in result.out
    assert "WARNING: Orphan C has no coordinator the bot can reach" in result.out
    assert "threatens" not in result.out + result.err and "Ivo" not in result.out
    other = await mentorbot(env, "concerns", "--org", "Another school")
    assert "No open concerns." in other.out
    mine = await mentorbot(env, "concerns", "--org", "Orphan C")
    assert mine.code == 0, mine.err
    case_lines = [line for line in mine.out.splitlines() if line.startswith("  #")]
    assert len(case_lines) == 1
    assert (
        "Peer support: unread, reported 3 h ago; NOBODY HAS BEEN TOLD (every alert failed)" in case_lines[0]
    )
    assert "threatens" not in mine.out


async def test_invite_lead_makes_a_coordinator_who_is_the_safeguarding_lead(env):  # noqa: F811
    result = await mentorbot(env, "invite", "lead", "--org", "School One")
    assert result.code == 0, result.err
    assert "Send this link to the safeguarding lead" in result.out
    code = result.out.strip().splitlines()[-1].rsplit("start=", 1)[-1]
    engine = make_engine(env["DATABASE_URL"])
    try:
        async with make_session_factory(engine)() as session:
            redeemed = await invites.redeem(
                session, code, telegram_id=5150, telegram_name="Lena", now=utcnow()
            )
            assert redeemed.outcome is invites.Outcome.JOINED and redeemed.person is not None
            org = await organisations.find_by_name(session, "School One")
            assert org is not None
            assert await concerns.leads(session, org.id) == [redeemed.person.id]
            assert redeemed.person.id in await concerns.alert_recipients(session, org.id)
    finally:
        await engine.dispose()
