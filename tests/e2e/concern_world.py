"""The school of the concern-case end-to-end test and benchmark B6: a coordinator, a safeguarding lead
and a student pair (issue #23)."""

from __future__ import annotations

from datetime import timedelta

from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade_to_head
from storage.models import ProgrammeKind, Role
from storage.repo import invites, organisations
from storage.timeutil import utcnow
from tests.harness import coordinator_invite, pair_invites, seed_programme

REMINDER = "Reminder: a concern is still unread."


async def seeded(database_url: str) -> tuple[str, str, dict[Role, str]]:
    """A coordinator's link, a safeguarding lead's link, and a student pair's links."""
    engine = make_engine(database_url)
    await upgrade_to_head(engine)
    factory = make_session_factory(engine)
    coordinator = await coordinator_invite(factory, org="Demo School")
    async with factory() as session:
        org = await organisations.get_or_create(session, "Demo School")
        lead = await invites.create(
            session,
            org_id=org.id,
            role=Role.COORDINATOR,
            expires_at=utcnow() + timedelta(days=7),
            safeguarding_lead=True,
        )
        await session.commit()
    _, programme_id = await seed_programme(
        factory, org="Demo School", name="Peer support", kind=ProgrammeKind.STUDENT
    )
    seats = await pair_invites(factory, programme_id, mentor="Elena", mentee="Ivo", minor=True)
    await engine.dispose()
    return coordinator, lead, seats
