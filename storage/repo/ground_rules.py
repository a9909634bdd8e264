"""A pair's ground rules (seed 003) and the agreements people give: to the rules as they stand, and, in
teacher programmes, the mentor agreement (seed 002). Only the pair's two members read or write them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.errors import NotFound
from storage.models import Agreement, GroundRule, Pair, ProgrammeKind
from storage.repo import pairs, programmes

GROUND_RULES = "ground_rules"
MENTOR_AGREEMENT = "mentor_agreement"


@dataclass(frozen=True)
class Rule:
    topic: str
    text: str
    set_by: int | None
    updated_at: datetime


@dataclass(frozen=True)
class Agreements:
    """Who in a pair agreed to what, and when."""

    mentor_id: int | None
    mentee_id: int | None
    rules_agreed: dict[int, datetime]  # person id -> when they agreed to the rules as they stand now
    mentor_agreement_at: datetime | None

    @property
    def rules_agreed_at(self) -> datetime | None:
        """When the second member agreed to the rules as they stand; None until both have."""
        if self.mentor_id is None or self.mentee_id is None:
            return None
        mentor_at = self.rules_agreed.get(self.mentor_id)
        mentee_at = self.rules_agreed.get(self.mentee_id)
        if mentor_at is None or mentee_at is None:
            return None
        return max(mentor_at, mentee_at)


@dataclass(frozen=True)
class PairRules:
    """What both members of a pair see."""

    rules: dict[str, Rule]
    agreements: Agreements


def open_topics(rules: Mapping[str, Rule], topics: Iterable[str]) -> list[str]:
    """The topics, in their order, that have no rule yet."""
    return [topic for topic in topics if topic not in rules]


async def for_member(session: AsyncSession, pair_id: int, person_id: int) -> PairRules:
    """The pair's rules and agreements, for one of its members; NotFound for anyone else."""
    pair = await pairs.get_for_member(session, pair_id, person_id)
    return PairRules(await _rules(session, pair.id), await agreements(session, pair.id))


async def agreements(session: AsyncSession, pair_id: int) -> Agreements:
    """Who agreed to what, and when: no rule texts, so a coordinator may see it (after authorization)."""
    pair = await session.get(Pair, pair_id)
    if pair is None:
        raise NotFound(f"pair {pair_id}")
    rows = await session.execute(
        select(Agreement.person_id, Agreement.kind, Agreement.accepted_at).where(Agreement.pair_id == pair.id)
    )
    rules_agreed: dict[int, datetime] = {}
    mentor_agreement_at = None
    for person_id, kind, accepted_at in rows:
        if kind == GROUND_RULES:
            rules_agreed[person_id] = accepted_at
        elif kind == MENTOR_AGREEMENT and person_id == pair.mentor_id:
            mentor_agreement_at = accepted_at
    return Agreements(pair.mentor_id, pair.mentee_id, rules_agreed, mentor_agreement_at)


async def set_rule(
    session: AsyncSession, pair_id: int, person_id: int, topic: str, text: str, now: datetime
) -> int:
    """A member writes the pair's rule on `topic`. A changed rule clears every agreement to the rules (both
    are asked again); returns how many it cleared. The same text again changes nothing."""
    pair = await _locked_for_member(session, pair_id, person_id)
    rule = await session.scalar(
        select(GroundRule).where(GroundRule.pair_id == pair.id, GroundRule.topic == topic)
    )
    if rule is not None and rule.text == text:
        return 0
    if rule is None:
        session.add(GroundRule(pair_id=pair.id, topic=topic, text=text, set_by=person_id, updated_at=now))
    else:
        rule.text, rule.set_by, rule.updated_at = text, person_id, now
    cleared = await session.execute(
        delete(Agreement).where(Agreement.pair_id == pair.id, Agreement.kind == GROUND_RULES)
    )
    await session.flush()
    return int(cleared.rowcount)  # type: ignore[attr-defined]


async def agree_to_rules(
    session: AsyncSession, pair_id: int, person_id: int, topics: Iterable[str], now: datetime
) -> None:
    """A member agrees to the rules as they stand; ValueError while a topic in `topics` has no rule."""
    pair = await _locked_for_member(session, pair_id, person_id)
    missing = open_topics(await _rules(session, pair.id), topics)
    if missing:
        raise ValueError(f"no rule yet on {', '.join(missing)}")
    await _agree(session, pair.id, person_id, GROUND_RULES, now)


async def accept_mentor_agreement(session: AsyncSession, pair_id: int, person_id: int, now: datetime) -> None:
    """The mentor of a teacher pair accepts the mentor agreement; NotFound for anyone else."""
    pair = await _locked_for_member(session, pair_id, person_id)
    programme = await programmes.get(session, pair.programme_id)
    if pair.mentor_id != person_id or programme.kind is not ProgrammeKind.TEACHER:
        raise NotFound(f"mentor agreement of pair {pair_id}")
    await _agree(session, pair.id, person_id, MENTOR_AGREEMENT, now)


async def _locked_for_member(session: AsyncSession, pair_id: int, person_id: int) -> Pair:
    """The pair, row-locked until commit (PostgreSQL), so both members' writes to it happen one by one."""
    pair = await pairs.get_for_member(session, pair_id, person_id)
    await session.refresh(pair, with_for_update=True)
    return pair


async def _rules(session: AsyncSession, pair_id: int) -> dict[str, Rule]:
    rows = await session.execute(
        select(GroundRule.topic, GroundRule.text, GroundRule.set_by, GroundRule.updated_at).where(
            GroundRule.pair_id == pair_id
        )
    )
    return {topic: Rule(topic, text, set_by, updated_at) for topic, text, set_by, updated_at in rows}


async def _agree(session: AsyncSession, pair_id: int, person_id: int, kind: str, now: datetime) -> None:
    """Record the agreement once; agreeing again keeps the first time."""
    exists = await session.scalar(
        select(Agreement.id).where(
            Agreement.pair_id == pair_id, Agreement.person_id == person_id, Agreement.kind == kind
        )
    )
    if exists is None:
        session.add(Agreement(pair_id=pair_id, person_id=person_id, kind=kind, accepted_at=now))
        await session.flush()
