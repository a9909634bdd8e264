"""The diary windows' getters and the words they show, and the pair's lines in the main menu."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from aiogram_dialog import DialogManager
from aiogram_i18n import I18nContext
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.common import listing, tr
from dialogs.context import session_of
from dialogs.diary.base import (
    ACTIVITY,
    DATE,
    DURATION,
    FACT_STEPS,
    MAX_MINUTES,
    MIN_MINUTES,
    MODE,
    MODE_WORD_LIMIT,
    PAGE_SIZE,
    PLAN_KEYS,
    PREVIEW_CHARS,
    QUICK_MINUTES,
    TEXT_LIMIT,
    Work,
    load_work,
    require_entry,
    today_in,
)
from dialogs.diary.progress import progress_lines
from dialogs.pair_context import pair_choices, require_pair
from dialogs.widgets import i18n_of, local_date
from storage.models import ProgrammeKind, SessionMode
from storage.repo import diary
from storage.repo.diary import Entry, Section
from storage.repo.pairs import PairView


async def menu_lines(session: AsyncSession, i18n: I18nContext, view: PairView) -> list[str]:
    """The diary's lines in the pair's block of the main menu: progress, and what waits for the person."""
    progress = await progress_lines(session, i18n, view, False)
    lines = [i18n.get("diary-menu-line", text=line) for line in progress]
    waiting = await diary.waiting(session, view.pair_id, view.my_role)
    if waiting:
        lines.append(tr(i18n, f"diary-menu-waiting-{view.my_role.value}", count=len(waiting)))
    return lines


# --- the pair, the home -------------------------------------------------------------------------------------


async def pair_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    choices = await pair_choices(dialog_manager)
    return {"pairs": choices, "none": not choices}


async def home_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    session = session_of(dialog_manager)
    i18n = i18n_of(dialog_manager)
    view = await require_pair(dialog_manager)
    waiting = await diary.waiting(session, view.pair_id, view.my_role)
    label = f"diary-waiting-{view.my_role.value}"
    return {
        "programme": view.programme_name,
        "other": view.other_name,
        "progress": "\n".join(await progress_lines(session, i18n, view, True)),
        "waiting": [(facts.entry_id, i18n.get(label, number=facts.session_no)) for facts in waiting],
        "count": await diary.session_count(session, view.pair_id),
    }


# --- the steps ----------------------------------------------------------------------------------------------


def mode_label(i18n: I18nContext, mode: SessionMode, other: str | None) -> str:
    """HTML-safe, like every value shown below: compose them with `i18n.get` (`tr` would escape again)."""
    if mode is SessionMode.OTHER:
        return tr(i18n, "diary-mode-other-word", word=other or "")
    return i18n.get(f"diary-mode-{mode.value}")


def shown_value(i18n: I18nContext, step: str, value: object, work: Work) -> str:
    """A step's value as the person reads it (HTML-safe)."""
    if isinstance(value, date):
        return local_date(value, i18n.locale)
    if step == DURATION:
        return i18n.get("diary-minutes", minutes=value)
    if isinstance(value, SessionMode):
        return mode_label(i18n, value, work.mode_other)
    if step == ACTIVITY:
        return i18n.get(f"plan-{value}")
    return html.escape(str(value), quote=False) if value else i18n.get("diary-left-empty")


def header(i18n: I18nContext, work: Work) -> str:
    title = "diary-entry-title" if work.entry is not None else "diary-new-title"
    known = [shown_value(i18n, step, work.value(step), work) for step in FACT_STEPS if work.value(step)]
    return "\n".join([tr(i18n, title, number=work.number), " · ".join(known)]).strip()


async def step_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    work = await load_work(dialog_manager)
    step = dialog_manager.dialog_data.get("step", DATE)
    value = work.value(step)
    pair_calendar = await diary.calendar_of(session_of(dialog_manager), work.view.pair_id)
    return {
        "header": header(i18n, work),
        "has_value": value is not None,
        "can_skip": value is None,
        "now": i18n.get("diary-now", value=shown_value(i18n, step, value, work)) if value is not None else "",
        "question": i18n.get("diary-ask-text", section=step_label(i18n, step), limit=TEXT_LIMIT),
        "today": local_date(today_in(pair_calendar.timezone), i18n.locale),
        "quick": [(minutes, i18n.get("diary-minutes", minutes=minutes)) for minutes in QUICK_MINUTES],
        "activities": [(key, i18n.get(f"plan-{key}")) for key in PLAN_KEYS],
        "listing": listing(i18n.get(f"plan-{key}") for key in PLAN_KEYS),
        "low": MIN_MINUTES,
        "high": MAX_MINUTES,
        "limit": MODE_WORD_LIMIT,
    }


# --- reading, changing, deleting ----------------------------------------------------------------------------


def section_text(i18n: I18nContext, entry: Entry, section: Section, shorten: bool) -> str:
    text = entry.texts[section]
    if text is None:
        body = i18n.get("diary-not-written")
    elif not text:
        body = i18n.get("diary-left-empty")
    elif shorten and len(text) > PREVIEW_CHARS:
        body = i18n.get("diary-shortened", text=html.escape(text[:PREVIEW_CHARS].rstrip(), quote=False))
    else:
        body = html.escape(text, quote=False)
    return i18n.get("diary-section-title", section=step_label(i18n, section)) + "\n" + body


def card(i18n: I18nContext, entry: Entry, teacher: bool) -> str:
    facts = entry.facts
    lines = [i18n.get("diary-entry-title", number=facts.session_no)]
    shown = [
        (DATE, local_date(facts.held_on, i18n.locale)),
        (DURATION, i18n.get("diary-minutes", minutes=facts.duration_minutes)),
        (MODE, mode_label(i18n, facts.mode, facts.mode_other)),
    ]
    if teacher:
        activity = i18n.get(f"plan-{facts.activity}") if facts.activity else i18n.get("diary-not-written")
        shown.append((ACTIVITY, activity))
    lines.extend(i18n.get("diary-fact", label=step_label(i18n, step), value=value) for step, value in shown)
    sections = [section_text(i18n, entry, section, shorten=True) for section in Section]
    return "\n".join(lines) + "\n\n" + "\n\n".join(sections)


async def read_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    view = await require_pair(dialog_manager)
    entry = await require_entry(dialog_manager)
    long_ones = [section for section in Section if len(entry.texts[section] or "") > PREVIEW_CHARS]
    return {
        "card": card(i18n, entry, view.programme_kind is ProgrammeKind.TEACHER),
        "long": [
            (section.value, i18n.get("diary-btn-full", section=step_label(i18n, section)))
            for section in long_ones
        ],
        "can_delete": entry.can_delete,
    }


async def section_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    entry = await require_entry(dialog_manager)
    section = Section(dialog_manager.dialog_data["section"])
    return {"full": section_text(i18n_of(dialog_manager), entry, section, shorten=False)}


def step_label(i18n: I18nContext, step: str) -> str:
    """The Annex IV name of a step's field (Annex II's "Activity" for the plan activity)."""
    return i18n.get(f"diary-field-{step}")


async def edit_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    work = await load_work(dialog_manager)
    return {"number": work.number, "steps": [(step, step_label(i18n, step)) for step in work.walk]}


async def delete_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    view = await require_pair(dialog_manager)
    entry = await require_entry(dialog_manager)
    fate = "passes" if entry.other_has_written else "goes"
    if not entry.owns_facts:
        fate = "stays"
    return {
        "number": entry.facts.session_no,
        "role": view.my_role.value,
        "fate": fate,
        "other": view.other_name,
    }


# --- past entries -------------------------------------------------------------------------------------------


async def entries_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    view = await require_pair(dialog_manager)
    session = session_of(dialog_manager)
    total = await diary.session_count(session, view.pair_id)
    pages = max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1)
    number = min(dialog_manager.dialog_data.get("page", 0), pages - 1)
    dialog_manager.dialog_data["page"] = number
    shown = await diary.page(session, view.pair_id, number, PAGE_SIZE)
    return {
        "entries": [
            (
                facts.entry_id,
                i18n.get(
                    "diary-entry-button",
                    number=facts.session_no,
                    date=local_date(facts.held_on, i18n.locale),
                    minutes=facts.duration_minutes,
                ),
            )
            for facts in shown.entries
        ],
        "empty": total == 0,
        "paged": pages > 1,
        "page": number + 1,
        "pages": pages,
        "has_newer": number > 0,
        "has_older": number < pages - 1,
    }
