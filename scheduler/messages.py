"""What each kind of outbox row says, in the recipient's language."""

from __future__ import annotations

import html
import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from babel.dates import format_date
from sqlalchemy.ext.asyncio import AsyncSession

from storage.repo.outbox import Due

Translate = Callable[..., str]  # translate(locale, key, **args)


@dataclass(frozen=True)
class Outgoing:
    text: str
    buttons: tuple[tuple[str, str], ...] = ()  # (label, callback data)


def _escaped(args: dict[str, Any]) -> dict[str, Any]:
    return {k: html.escape(v, quote=False) if isinstance(v, str) else v for k, v in args.items()}


def concern_alert(due: Due, t: Translate, locale: str) -> Outgoing:
    """To every coordinator of the organisation, at once; the report itself is read in the bot."""
    text = t(
        locale,
        "concern-alert",
        **_escaped(
            {
                "programme": due.payload.get("programme", ""),
                "role": t(locale, f"role-{due.payload.get('role', 'mentee')}"),
            }
        ),
    )
    return Outgoing(text, ((t(locale, "concern-alert-open"), f"concern:{due.payload['concern_id']}"),))


def urgent_signal(due: Due, t: Translate, locale: str) -> Outgoing:
    """With URGENT_WORDS_SIGNAL on, to every coordinator: an urgent-word match in a pair, with no text."""
    args = {key: due.payload.get(key, "") for key in ("mentor", "mentee", "programme")}
    return Outgoing(t(locale, "urgent-signal", **_escaped(args)))


def pair_closed(due: Due, t: Translate, locale: str) -> Outgoing:
    """To each side of a pair that has ended (by the other side, or at the programme's end)."""
    extra = t(locale, "closure-other-side-mentee") if due.payload.get("role") == "mentee" else ""
    reason = t(locale, f"end-reason-{due.payload.get('reason', 'other')}")
    text = t(
        locale,
        "closure-other-side",
        **_escaped({"programme": due.payload.get("programme", ""), "reason": reason}),
        extra=extra,
    )
    return Outgoing(text)


def retention_warning(due: Due, t: Translate, locale: str) -> Outgoing:
    """A week before a closed programme's personal data is deleted."""
    when = format_date(date.fromisoformat(due.payload["on"]), "long", locale=locale)
    return Outgoing(
        t(locale, "retention-warning", **_escaped({"programme": due.payload.get("programme", "")}), date=when)
    )


def staff_joined(due: Due, t: Translate, locale: str) -> Outgoing:
    """To the other coordinators of an organisation, when someone takes a staff role there (an invite)."""
    args = _escaped({"name": due.payload.get("name", ""), "org": due.payload.get("org", "")})
    return Outgoing(t(locale, f"staff-joined-{due.payload.get('role', 'coordinator')}", **args))


def coordinator_removed(due: Due, t: Translate, locale: str) -> Outgoing:
    """To a coordinator another coordinator has removed."""
    args = _escaped({"org": due.payload.get("org", ""), "by": due.payload.get("by", "")})
    return Outgoing(t(locale, "coordinator-removed-notice", **args))


Renderer = Callable[[Due, Translate, str], Outgoing | None]
RENDERERS: dict[str, Renderer] = {
    "concern_alert": concern_alert,
    "urgent_signal": urgent_signal,
    "pair_closed": pair_closed,
    "retention_warning": retention_warning,
    "staff_joined": staff_joined,
    "coordinator_removed": coordinator_removed,
}


def renderer(kind: str) -> Callable[[Renderer], Renderer]:
    """Register the function that words outbox rows of `kind` (modules of this package use it)."""

    def register(function: Renderer) -> Renderer:
        if kind in RENDERERS:
            raise ValueError(f"two renderers for {kind!r}")
        RENDERERS[kind] = function
        return function

    return register


Check = Callable[[AsyncSession, Due], Awaitable[bool]]
CHECKS: dict[str, Check] = {}


def checked(kind: str) -> Callable[[Check], Check]:
    """Register the question asked just before a row of `kind` is sent: is it still true? (A reminder of
    an unread concern that has been read since is dropped.)"""

    def register(function: Check) -> Check:
        CHECKS[kind] = function
        return function

    return register


async def still_due(session: AsyncSession, due: Due) -> bool:
    check = CHECKS.get(due.kind)
    return True if check is None else await check(session, due)


def render(due: Due, t: Translate, default_locale: str, now: datetime) -> Outgoing | None:
    """The message for a due row; None if it should no longer be sent. Renderers that take `now` (a
    reminder for a meeting that has started is dropped) get the sender's clock."""
    renderer = RENDERERS.get(due.kind)
    if renderer is None:
        return None
    if "now" in inspect.signature(renderer).parameters:
        return renderer(due, t, due.locale or default_locale, now=now)  # type: ignore[call-arg]
    return renderer(due, t, due.locale or default_locale)
