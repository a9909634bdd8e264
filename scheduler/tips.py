"""Online-safety tips: the eight points of seed 003 ("In terms of online safety, the role of a peer mentor
should include: ..."), each as a short practical tip for students (14-17) and one for teachers. Their words
are in locales/*/tips.ftl as `tips-<number>-<audience>`, next to the seed point they come from.

Every mentor and mentee gets one a week. A person's tips come in the list's order from where they are
(`Person.tips_seen`), so nobody gets a tip twice before they have had them all; the count goes up when
the week's row is made, and the row's key (person and week) makes it once, however many processes run.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from scheduler.messages import Outgoing, Translate, renderer
from storage.repo import digest as figures
from storage.repo import outbox
from storage.repo.digest import TipRecipient
from storage.repo.outbox import Due

TIP_KIND = "tip"
TIP_NUMBERS = tuple(range(1, 9))  # the seed's points, in its order
CONCERN_CALLBACK = "concern:new"


class Audience(enum.StrEnum):
    STUDENT = "student"
    TEACHER = "teacher"


def audience_of(student: bool) -> Audience:
    return Audience.STUDENT if student else Audience.TEACHER


def tip_text_key(number: int, audience: Audience) -> str:
    return f"tips-{number}-{audience.value}"


def next_tip(tips_seen: int) -> int:
    """The tip a person gets next, having been sent `tips_seen` so far."""
    return TIP_NUMBERS[tips_seen % len(TIP_NUMBERS)]


def last_tip(tips_seen: int) -> int:
    """The tip a person got last (the first one if they have had none)."""
    return TIP_NUMBERS[(tips_seen - 1) % len(TIP_NUMBERS)] if tips_seen else TIP_NUMBERS[0]


def tip_key(person_id: int, week: str) -> str:
    return f"tip:{person_id}:{week}"


async def enqueue_tip(session: AsyncSession, recipient: TipRecipient, week: str, due_at: datetime) -> bool:
    """Queue the person's next tip for `week`; False if that week's tip exists already."""
    added = await outbox.enqueue(
        session,
        recipient_id=recipient.person_id,
        kind=TIP_KIND,
        key=tip_key(recipient.person_id, week),
        due_at=due_at,
        payload={"tip": next_tip(recipient.tips_seen), "audience": audience_of(recipient.student).value},
    )
    if added:
        await figures.count_tip(session, recipient.person_id)
    return added


def tip_text(say: Translate, number: int, audience: Audience) -> str:
    """The tip with its heading; `say(key, **args)` is the Fluent lookup in the person's language."""
    heading = say("tips-title", number=number, total=len(TIP_NUMBERS))
    return f"{heading}\n\n{say(tip_text_key(number, audience))}"


@renderer(TIP_KIND)
def tip_message(due: Due, t: Translate, locale: str) -> Outgoing | None:
    number = due.payload.get("tip")
    if number not in TIP_NUMBERS:
        return None  # the list has changed since the row was made
    audience = Audience(due.payload.get("audience", Audience.STUDENT))
    text = tip_text(lambda key, **args: t(locale, key, **args), number, audience)
    return Outgoing(text, ((t(locale, "btn-concern"), CONCERN_CALLBACK),))
