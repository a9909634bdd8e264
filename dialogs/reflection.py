"""Reflection prompts that fit the pair's stage: the action steps of the individual development plan
(seed 002) for teacher programmes, the stage questions of seed 003 for student programmes. Answers are
the author's own: listed back newest first, read in full, deleted; nobody else sees them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from itertools import chain
from typing import Any
from zoneinfo import ZoneInfo

from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from aiogram_dialog import Dialog, DialogManager
from aiogram_dialog.widgets.kbd import Button, Cancel, Column, Row, SwitchTo
from aiogram_dialog.widgets.text import Format
from aiogram_i18n import I18nContext

from bot.instruments import DEVELOPMENT_PLAN_STEPS, STAGE_PROMPTS, TEACHER_STAGE_STEPS
from dialogs.common import (
    Outcome,
    Screen,
    choice_buttons,
    explain_problem,
    long_text,
    not_available,
    only_text,
    tr,
)
from dialogs.context import actor_of, session_of
from dialogs.goals import ask_for_pair_if_needed, back_to, which_pair_screen
from dialogs.pair_context import PAIR_KEY, current_pair, pair_choices, require_pair
from dialogs.urgent import FreeText
from dialogs.widgets import T, i18n_of, local_date
from storage.errors import NotFound
from storage.models import ProgrammeKind, Reflection, Role, Stage
from storage.repo import programmes, reflections
from storage.repo.pairs import PairView

ANSWER_LIMIT = 2000
PAGE_SIZE = 5
OPENING_LENGTH = 60  # characters of an answer shown in the list
PROMPT_KEY = "prompt"
REFLECTION_KEY = "reflection_id"
PAGE_KEY = "page"
# The chosen prompt, kept in the person's FSM data (the bot's database) beyond this dialog, so leaving
# (/menu, /cancel) and opening /reflect again brings the question back. Never the answer's text.
PENDING_KEY = "reflection_pending"


class ReflectionStates(StatesGroup):
    entry = State()  # the prompts that fit the stage
    pair = State()  # which pair (a person in several)
    write = State()  # one prompt, waiting for the answer
    saved = State()
    mine = State()  # the person's reflections, newest first, a page at a time
    read = State()  # one in full
    delete = State()


# Every flow's group needs a name of its own: aiogram-dialog stores states by group name.
States = ReflectionStates  # the name the menu, the commands and the dispatcher use


@dataclass(frozen=True)
class Prompt:
    prompt_id: str  # stored in Reflection.prompt
    title_key: str  # a short name, for buttons and lists
    body_key: str | None  # what the step is about (seed 002), if anything
    question_key: str  # what is asked


def plan_step(number: int) -> Prompt:
    """Seed 002: an action step of the individual development plan and its question."""
    key = f"idp-{number}"
    return Prompt(key, f"{key}-title", key, f"{key}-question")


def stage_question(name: str) -> Prompt:
    """Seed 003: a stage question for student pairs."""
    return Prompt(f"stage-{name}", f"reflection-title-{name}", None, f"stage-prompt-{name}")


CATALOGUE: dict[ProgrammeKind, dict[str, Prompt]] = {
    ProgrammeKind.TEACHER: {p.prompt_id: p for p in map(plan_step, DEVELOPMENT_PLAN_STEPS)},
    ProgrammeKind.STUDENT: {
        p.prompt_id: p for p in map(stage_question, dict.fromkeys(chain(*STAGE_PROMPTS.values())))
    },
}


def prompts_for(kind: ProgrammeKind, stage: Stage) -> list[Prompt]:
    """The prompts offered at a stage; a closed pair gets the looking-back ones of the transition."""
    stage = Stage.TRANSITION if stage is Stage.CLOSED else stage
    if kind is ProgrammeKind.TEACHER:
        return [plan_step(number) for number in TEACHER_STAGE_STEPS[stage]]
    return [stage_question(name) for name in STAGE_PROMPTS[stage]]


# --- the chosen prompt, kept beyond the dialog -------------------------------------------------------------


def _fsm(manager: DialogManager) -> FSMContext:
    state: FSMContext = manager.middleware_data["state"]
    return state


async def _remember_prompt(manager: DialogManager, pair_id: int, prompt_id: str) -> None:
    await _fsm(manager).update_data({PENDING_KEY: {"pair_id": pair_id, "prompt": prompt_id}})


async def _forget_prompt(manager: DialogManager) -> None:
    data = await _fsm(manager).get_data()
    if data.pop(PENDING_KEY, None) is not None:
        await _fsm(manager).set_data(data)


async def _resume_writing(manager: DialogManager) -> bool:
    """Open the prompt the person had chosen and not answered yet, if it is still theirs to answer."""
    pending = (await _fsm(manager).get_data()).get(PENDING_KEY)
    if not isinstance(pending, dict):
        return False
    manager.dialog_data[PAIR_KEY] = pending.get("pair_id")
    view = await current_pair(manager)
    if view is None or pending.get("prompt") not in CATALOGUE[view.programme_kind]:
        manager.dialog_data.pop(PAIR_KEY)
        await _forget_prompt(manager)
        return False
    manager.dialog_data[PROMPT_KEY] = pending["prompt"]
    await manager.switch_to(States.write)
    return True


async def on_start(_data: Any, manager: DialogManager) -> None:
    if not await _resume_writing(manager):
        await ask_for_pair_if_needed(manager, States.pair)


# --- the prompts ---------------------------------------------------------------------------------------


async def prompts_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    session = session_of(dialog_manager)
    person_id = actor_of(dialog_manager).person_id
    view = await require_pair(dialog_manager)
    answered = await reflections.answered_prompts(session, person_id, view.pair_id)
    buttons = [
        (prompt.prompt_id, _prompt_label(i18n, prompt, prompt.prompt_id in answered))
        for prompt in prompts_for(view.programme_kind, view.stage)
    ]
    other = Role.MENTEE if view.my_role is Role.MENTOR else Role.MENTOR
    return {
        "programme": view.programme_name,
        "stage": i18n.get(f"stage-{view.stage.value}"),
        "meaning": i18n.get(f"stage-meaning-{view.stage.value}"),
        "teacher": view.programme_kind is ProgrammeKind.TEACHER,
        "student": view.programme_kind is ProgrammeKind.STUDENT,
        "other": i18n.get(f"role-{other.value}"),
        "prompts": buttons,
        "count": await reflections.count_own(session, person_id, view.pair_id),
        "many_pairs": len(await pair_choices(dialog_manager)) > 1,
    }


def _prompt_label(i18n: I18nContext, prompt: Prompt, answered: bool) -> str:
    title = i18n.get(prompt.title_key)
    return i18n.get("reflection-answered", title=title) if answered else title


async def prompt_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    """A prompt of the pair's stage: anything else (a forged or stale id) is not available."""
    view = await require_pair(manager)
    if item_id not in {prompt.prompt_id for prompt in prompts_for(view.programme_kind, view.stage)}:
        await not_available(callback, manager)
        return
    manager.dialog_data[PROMPT_KEY] = item_id
    await _remember_prompt(manager, view.pair_id, item_id)
    await manager.switch_to(States.write)


# --- writing ---------------------------------------------------------------------------------------------


async def _chosen_prompt(manager: DialogManager) -> tuple[PairView, Prompt]:
    view = await require_pair(manager)
    prompt = CATALOGUE[view.programme_kind].get(manager.dialog_data.get(PROMPT_KEY, ""))
    if prompt is None:
        raise NotFound("no prompt chosen")
    return view, prompt


async def write_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    _view, prompt = await _chosen_prompt(dialog_manager)
    return {
        "title": i18n.get(prompt.title_key),
        "body": i18n.get(prompt.body_key) if prompt.body_key else "",
        "question": i18n.get(prompt.question_key),
        "limit": ANSWER_LIMIT,
    }


async def answer_written(_message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    view, prompt = await _chosen_prompt(manager)
    await reflections.add(
        session_of(manager),
        person_id=actor_of(manager).person_id,
        pair_id=view.pair_id,
        prompt=prompt.prompt_id,
        text=text,
    )
    await _forget_prompt(manager)
    await manager.switch_to(States.saved)


async def saved_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    view, prompt = await _chosen_prompt(dialog_manager)
    count = await reflections.count_own(
        session_of(dialog_manager), actor_of(dialog_manager).person_id, view.pair_id
    )
    return {"title": i18n_of(dialog_manager).get(prompt.title_key), "count": count}


async def back_to_prompts(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    manager.dialog_data.pop(PROMPT_KEY, None)
    await _forget_prompt(manager)
    await manager.switch_to(States.entry)


# --- the person's reflections ------------------------------------------------------------------------------


async def _date_writer(manager: DialogManager, view: PairView) -> Callable[[datetime], str]:
    """Writes a time as its date in the programme's time zone, the way the person's language does."""
    programme = await programmes.get(session_of(manager), view.programme_id)
    zone, locale = ZoneInfo(programme.timezone), i18n_of(manager).locale
    return lambda when: local_date(when.astimezone(zone).date(), locale)


def _title_of(i18n: I18nContext, view: PairView, prompt_id: str) -> str:
    prompt = CATALOGUE[view.programme_kind].get(prompt_id)
    return i18n.get(prompt.title_key) if prompt else prompt_id


def _preview(opening: str) -> str:
    """The start of an answer on one line, with an ellipsis if the answer goes on."""
    flat = " ".join(opening[:OPENING_LENGTH].split())
    return flat + "…" if len(opening) > OPENING_LENGTH else flat


async def mine_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    session = session_of(dialog_manager)
    person_id = actor_of(dialog_manager).person_id
    view = await require_pair(dialog_manager)
    count = await reflections.count_own(session, person_id, view.pair_id)
    pages = max(1, -(-count // PAGE_SIZE))
    page = min(max(0, int(dialog_manager.dialog_data.get(PAGE_KEY, 0))), pages - 1)
    dialog_manager.dialog_data[PAGE_KEY] = page
    headings = await reflections.page_own(
        session, person_id, view.pair_id, offset=page * PAGE_SIZE, limit=PAGE_SIZE, opening=OPENING_LENGTH + 1
    )
    written_on = await _date_writer(dialog_manager, view)
    numbered = list(enumerate(headings, start=page * PAGE_SIZE + 1))
    entries = [
        tr(
            i18n,
            "reflection-list-entry",
            number=number,
            date=written_on(heading.created_at),
            title=_title_of(i18n, view, heading.prompt),
            opening=_preview(heading.opening),
        )
        for number, heading in numbered
    ]
    items = [
        (
            heading.reflection_id,
            i18n.get("reflection-list-item", number=number, title=_title_of(i18n, view, heading.prompt)),
        )
        for number, heading in numbered
    ]
    return {
        "count": count,
        "page": page + 1,
        "pages": pages,
        "empty": count == 0,
        "listed": count > 0,
        "entries": "\n\n".join(entries),
        "items": items,
        "newer": page > 0,
        "older": page < pages - 1,
    }


async def turn_page(_callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    step = -1 if button.widget_id == "newer" else 1
    manager.dialog_data[PAGE_KEY] = int(manager.dialog_data.get(PAGE_KEY, 0)) + step


async def open_mine(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    manager.dialog_data[PAGE_KEY] = 0
    await manager.switch_to(States.mine)


async def _own_reflection(manager: DialogManager, reflection_id: Any) -> Reflection:
    """The reflection, if the person wrote it in the pair this flow is about; NotFound otherwise."""
    view = await require_pair(manager)
    if not str(reflection_id).isdigit():
        raise NotFound(f"reflection {reflection_id!r}")
    reflection = await reflections.get_own(
        session_of(manager), int(reflection_id), actor_of(manager).person_id
    )
    if reflection.pair_id != view.pair_id:
        raise NotFound(f"reflection {reflection_id} is not in pair {view.pair_id}")
    return reflection


async def reflection_chosen(
    callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str
) -> None:
    try:
        manager.dialog_data[REFLECTION_KEY] = (await _own_reflection(manager, item_id)).id
    except NotFound:
        await not_available(callback, manager)
        return
    await manager.switch_to(States.read)


async def read_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    view = await require_pair(dialog_manager)
    reflection = await _own_reflection(dialog_manager, dialog_manager.dialog_data.get(REFLECTION_KEY))
    prompt = CATALOGUE[view.programme_kind].get(reflection.prompt)
    written_on = await _date_writer(dialog_manager, view)
    return {
        "title": _title_of(i18n, view, reflection.prompt),
        "question": i18n.get(prompt.question_key) if prompt else "",
        "date": written_on(reflection.created_at),
        "stage": i18n.get(f"stage-{reflection.stage.value}"),
        "text": reflection.text,
    }


async def delete_confirmed(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    try:
        reflection = await _own_reflection(manager, manager.dialog_data.pop(REFLECTION_KEY, None))
    except NotFound:
        await not_available(callback, manager)
        return
    await reflections.delete_own(session_of(manager), reflection.id, actor_of(manager).person_id)
    await callback.answer(i18n_of(manager).get("reflection-deleted"))
    await manager.switch_to(States.mine)


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(
        Screen(
            T("reflection-title"),
            T("reflection-source-teacher", when="teacher"),
            T("reflection-source-student", when="student"),
            T("reflection-pick"),
            T("reflection-private"),
            Column(
                choice_buttons("prompt", "prompts", prompt_chosen),
                Button(T("reflection-btn-mine"), id="mine", on_click=open_mine),
                SwitchTo(
                    T("reflection-btn-other-pair"), id="other_pair", state=States.pair, when="many_pairs"
                ),
                Cancel(T("btn-back")),
            ),
            getter=prompts_getter,
            state=States.entry,
        ),
        which_pair_screen("reflection-which-pair", States.pair, States.entry),
        Screen(
            T("reflection-write-title"),
            T("reflection-write-body", when="body"),
            T("reflection-write-question"),
            T("reflection-write-how"),
            FreeText(
                id="answer",
                type_factory=long_text(ANSWER_LIMIT),
                on_success=answer_written,
                on_error=explain_problem,
            ),
            only_text(),
            Button(T("btn-back"), id="back_entry", on_click=back_to_prompts),
            getter=write_getter,
            state=States.write,
        ),
        Outcome(
            T("reflection-saved"),
            Column(
                SwitchTo(T("reflection-btn-another"), id="another", state=States.entry),
                Button(T("reflection-btn-mine"), id="mine", on_click=open_mine),
                Cancel(T("btn-menu")),
            ),
            getter=saved_getter,
            state=States.saved,
        ),
        Screen(
            T("reflection-list", when="listed"),
            T("reflection-list-empty", when="empty"),
            Format("{entries}", when="listed"),
            Column(
                choice_buttons("reflection", "items", reflection_chosen),
            ),
            Row(
                Button(T("reflection-btn-newer"), id="newer", on_click=turn_page, when="newer"),
                Button(T("reflection-btn-older"), id="older", on_click=turn_page, when="older"),
            ),
            back_to(States.entry),
            getter=mine_getter,
            state=States.mine,
        ),
        Screen(
            T("reflection-read"),
            Row(SwitchTo(T("reflection-btn-delete"), id="delete", state=States.delete), back_to(States.mine)),
            getter=read_getter,
            state=States.read,
        ),
        Screen(
            T("reflection-delete"),
            Row(
                Button(T("reflection-btn-delete-yes"), id="delete_yes", on_click=delete_confirmed),
                back_to(States.read),
            ),
            getter=read_getter,
            state=States.delete,
        ),
        on_start=on_start,
    )
