"""The questionnaire windows' getters and the words they show, and the pair's line in the main menu."""

from __future__ import annotations

from typing import Any

from aiogram_dialog import DialogManager
from aiogram_i18n import I18nContext
from babel.lists import format_list
from sqlalchemy.ext.asyncio import AsyncSession

from bot.instruments import STUDENT_INTAKE, Instrument, Item, ItemKind, questionnaire_for
from dialogs.common import listing, tr
from dialogs.context import actor_of, session_of
from dialogs.pair_context import pair_choices
from dialogs.questionnaire.base import (
    FOLLOWUP_STAGES,
    ITEM_KEY,
    LONG_TEXT_LIMIT,
    PHASE_KEY,
    SHORT_TEXT_LIMIT,
    _current_item,
    _pair,
    _require_pair,
    _sheet,
    phase_for,
)
from dialogs.widgets import i18n_of
from storage.models import Phase, Role, Stage
from storage.repo import questionnaires
from storage.repo.pairs import PairView
from storage.repo.questionnaires import Answer, PhaseStatus

# --- words --------------------------------------------------------------------------------------------------


def _text_limit(instrument: Instrument) -> int:
    return SHORT_TEXT_LIMIT if instrument is STUDENT_INTAKE else LONG_TEXT_LIMIT


def _chosen(i18n: I18nContext, label: str, chosen: bool) -> str:
    """A button label, marked when it is the current answer (button labels are plain text)."""
    return i18n.get("questionnaire-chosen", label=label) if chosen else label


def _title(i18n: I18nContext, instrument: Instrument, item: Item) -> str:
    return i18n.get(f"q-{instrument.key}-{item.key}-title")


def _answer_words(i18n: I18nContext, item: Item, answer: Answer | None) -> str:
    """An answer as the person gave it: the option's words (never its number), or their own text."""
    if answer is None:
        return i18n.get("questionnaire-not-answered")
    if answer.skipped:
        return i18n.get("questionnaire-skipped")
    if item.kind is ItemKind.SCALE and answer.choice is not None:
        return i18n.get(item.options[answer.choice])
    if item.kind is ItemKind.MULTI:
        return format_list([i18n.get(item.options[i]) for i in answer.choices], locale=i18n.locale)
    return i18n.get("questionnaire-quoted", text=answer.text or "")


def _answer_line(
    i18n: I18nContext, instrument: Instrument, number: int, item: Item, answer: Answer | None
) -> str:
    return tr(
        i18n,
        "questionnaire-summary-line",
        number=number,
        title=_title(i18n, instrument, item),
        answer=_answer_words(i18n, item, answer),
    )


def _own_state(
    i18n: I18nContext,
    phase: Phase,
    status: PhaseStatus | None,
    total: int,
    family: str = "questionnaire-state",
) -> str:
    """The mentee's own progress in a phase (`family`: the hub's wording, or the menu's)."""
    phase_name = i18n.get(f"questionnaire-phase-{phase.value}")
    if status is not None and status.completed:
        return tr(i18n, f"{family}-done", phase=phase_name)
    if status is not None and status.answered:
        return tr(i18n, f"{family}-partial", phase=phase_name, answered=status.answered, total=total)
    return tr(i18n, f"{family}-todo", phase=phase_name)


def _mentee_state(
    i18n: I18nContext,
    phase: Phase,
    status: PhaseStatus | None,
    mentee: str,
    family: str = "questionnaire-mentor",
) -> str:
    """What a mentor may know: completed or not (never how far, never the answers)."""
    phase_name = i18n.get(f"questionnaire-phase-{phase.value}")
    done = status is not None and status.completed
    return tr(i18n, f"{family}-done" if done else f"{family}-todo", phase=phase_name, mentee=mentee)


def _see_label(i18n: I18nContext, followup_done: bool) -> str:
    return i18n.get("questionnaire-btn-before-after" if followup_done else "questionnaire-btn-answers")


def _phases_asked(stage: Stage) -> tuple[Phase, ...]:
    return tuple(Phase) if stage in FOLLOWUP_STAGES else (Phase.BASELINE,)


async def menu_lines(session: AsyncSession, i18n: I18nContext, view: PairView) -> list[str]:
    """The pair's line in the main menu (HTML-safe): the mentee's own progress, or for the mentor whether
    the mentee has completed it."""
    phase = phase_for(view.stage)
    status = (await questionnaires.status_of_pair(session, view.pair_id)).get(phase)
    if view.my_role is Role.MENTOR:
        return [_mentee_state(i18n, phase, status, view.other_name, "questionnaire-menu-mentor")]
    total = len(questionnaire_for(view.programme_kind).items)
    return [_own_state(i18n, phase, status, total, "questionnaire-menu")]


# --- getters ------------------------------------------------------------------------------------------------


async def home_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    pair = await _pair(dialog_manager)
    if pair is None:
        return {"status": i18n.get("questionnaire-no-pair"), "can_answer": False, "has_answers": False}
    statuses = await questionnaires.status_of_pair(session_of(dialog_manager), pair.pair_id)
    lines = [tr(i18n, "questionnaire-home", programme=pair.programme_name)]
    if pair.my_role is Role.MENTOR:
        lines += [_mentee_state(i18n, p, statuses.get(p), pair.other_name) for p in _phases_asked(pair.stage)]
        lines.append(tr(i18n, "questionnaire-mentor-privacy", mentee=pair.other_name))
        return {"status": "\n".join(lines), "can_answer": False, "has_answers": False}
    total = len(questionnaire_for(pair.programme_kind).items)
    lines += [_own_state(i18n, p, statuses.get(p), total) for p in _phases_asked(pair.stage)]
    if pair.stage not in FOLLOWUP_STAGES:
        lines.append(i18n.get("questionnaire-followup-later"))
    open_status = statuses.get(phase_for(pair.stage))
    followup = statuses.get(Phase.FOLLOWUP)
    return {
        "status": "\n".join(lines),
        "can_answer": open_status is None or not open_status.completed,
        "has_answers": any(status.completed for status in statuses.values()),
        "see": _see_label(i18n, followup is not None and followup.completed),
    }


async def pairs_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    return {"pairs": await pair_choices(dialog_manager)}


async def question_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    sheet, item = await _current_item(dialog_manager)
    answer = sheet.answers.get(item.key)
    picked = set(answer.choices) if answer is not None else set()
    if answer is not None and answer.choice is not None:
        picked.add(answer.choice)
    intro_key = f"questionnaire-intro-{sheet.instrument.key}-{sheet.phase.value}"
    return {
        "intro": "" if sheet.answers else i18n.get(intro_key),
        "instrument": i18n.get(f"instrument-{sheet.instrument.key}"),
        "number": dialog_manager.dialog_data[ITEM_KEY] + 1,
        "total": len(sheet.instrument.items),
        "title": _title(i18n, sheet.instrument, item),
        "question": i18n.get(f"q-{sheet.instrument.key}-{item.key}"),
        "options": [(i, _chosen(i18n, i18n.get(key), i in picked)) for i, key in enumerate(item.options)],
        "listing": listing(i18n.get(key) for key in item.options),
        "skip": _chosen(i18n, i18n.get("questionnaire-btn-skip"), answer is not None and answer.skipped),
        "limit": _text_limit(sheet.instrument),
        "current": answer.text if answer is not None and answer.text else "",
        "has_text": answer is not None and bool(answer.text),
    }


async def summary_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    sheet = await _sheet(dialog_manager)
    items = sheet.instrument.items
    lines = [
        _answer_line(i18n, sheet.instrument, n, item, sheet.answers.get(item.key))
        for n, item in enumerate(items, start=1)
    ]
    changes = [
        (i, i18n.get("questionnaire-btn-change", number=i + 1, title=_title(i18n, sheet.instrument, item)))
        for i, item in enumerate(items)
    ]
    return {
        "instrument": i18n.get(f"instrument-{sheet.instrument.key}"),
        "answers": "\n".join(lines),
        "changes": changes,
    }


async def _completed_answers(
    manager: DialogManager, pair: PairView, instrument: Instrument, phase: Phase
) -> dict[str, Answer] | None:
    session = session_of(manager)
    response = await questionnaires.find(
        session, actor_of(manager).person_id, pair.pair_id, instrument.key, phase
    )
    if response is None or response.completed_at is None:
        return None
    return await questionnaires.answers_of(session, response.id)


def _compare_line(
    i18n: I18nContext,
    instrument: Instrument,
    number: int,
    item: Item,
    before: Answer | None,
    after: Answer | None,
) -> str:
    key = "questionnaire-compare-text" if item.kind is ItemKind.TEXT else "questionnaire-compare-line"
    return tr(
        i18n,
        key,
        number=number,
        title=_title(i18n, instrument, item),
        before=_answer_words(i18n, item, before),
        after=_answer_words(i18n, item, after),
    )


async def answers_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    """The person's own answers; with the follow-up done, before and after side by side."""
    i18n = i18n_of(dialog_manager)
    pair = await _require_pair(dialog_manager)
    instrument = questionnaire_for(pair.programme_kind)
    baseline = await _completed_answers(dialog_manager, pair, instrument, Phase.BASELINE) or {}
    followup = await _completed_answers(dialog_manager, pair, instrument, Phase.FOLLOWUP)
    name = i18n.get(f"instrument-{instrument.key}")
    numbered = list(enumerate(instrument.items, start=1))
    if followup is None:
        lines = [_answer_line(i18n, instrument, n, item, baseline.get(item.key)) for n, item in numbered]
        return {"answers": "\n".join([tr(i18n, "questionnaire-answers-title", instrument=name), *lines])}
    compared = [
        _compare_line(i18n, instrument, n, item, baseline.get(item.key), followup.get(item.key))
        for n, item in numbered
    ]
    return {
        "answers": "\n\n".join([tr(i18n, "questionnaire-before-after-title", instrument=name), *compared])
    }


async def thanks_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    pair = (await _sheet(dialog_manager)).pair
    followup = Phase(dialog_manager.dialog_data[PHASE_KEY]) is Phase.FOLLOWUP
    return {"mentor": pair.other_name, "see": _see_label(i18n, followup)}
