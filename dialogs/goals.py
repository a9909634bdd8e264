"""Goals (seed 003, Stage 2 Engage): the mentee's mission (the "destination"), goals and objectives (the
"roadmap"), each marked from not started to done. The goals are the mentee's: only the mentee adds,
changes or removes them; the mentor sees them and their progress, read-only (and suggests in person)."""

from __future__ import annotations

from typing import Any

from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from aiogram_dialog import Dialog, DialogManager, Window
from aiogram_dialog.widgets.kbd import Button, Cancel, Column, Group, Row, SwitchTo
from aiogram_dialog.widgets.text import Format
from aiogram_i18n import I18nContext
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.common import (
    Screen,
    choice_buttons,
    explain_problem,
    not_available,
    only_text,
    shorten,
    text_field,
    tr,
)
from dialogs.context import actor_of, session_of
from dialogs.pair_context import choose_pair, current_pair, pair_choices, require_pair
from dialogs.urgent import FreeText
from dialogs.widgets import T, i18n_of
from storage.errors import NotFound
from storage.models import Goal, GoalKind, Role
from storage.repo import goals
from storage.repo.pairs import PairView

GOAL_KEY = "goal_id"
KIND_KEY = "kind"
MENU_MISSION_LENGTH = 60
BUTTON_TEXT_LENGTH = 30  # with its kind's emoji and " · 100 %" a goal's button fits a phone


class GoalsStates(StatesGroup):
    entry = State()  # the goals and their progress
    pair = State()  # which pair (a person in several)
    write = State()  # a new mission, goal or objective
    goal = State()  # one goal: progress, wording, removal
    edit = State()
    remove = State()


# Every flow's group needs a name of its own: aiogram-dialog stores states by group name.
States = GoalsStates  # the name the menu, the commands and the dispatcher use


# --- which pair (shared with other flows about one pair) ---------------------------------------------


async def ask_for_pair_if_needed(manager: DialogManager, pair_state: State) -> None:
    """An on_start step: a person in several pairs first says which one the flow is about."""
    if await current_pair(manager) is None:
        await manager.switch_to(pair_state)


async def _pairs_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    choices = await pair_choices(dialog_manager)
    return {"pairs": choices, "no_pairs": not choices}


def which_pair_screen(text_key: str, state: State, then: State) -> Window:
    """A "which pair?" window: the choice is checked against the person's pairs, then `then` opens."""

    async def chosen(callback: CallbackQuery, widget: Any, manager: DialogManager, item_id: str) -> None:
        if await choose_pair(callback, widget, manager, item_id):
            await manager.switch_to(then)

    return Screen(
        T(text_key),
        T("hint-no-programme", when="no_pairs"),
        Column(choice_buttons("pair", "pairs", chosen)),
        Cancel(T("btn-back")),
        getter=_pairs_getter,
        state=state,
    )


# --- the overview --------------------------------------------------------------------------------------


def _progress_label(i18n: I18nContext, progress: int) -> str:
    return i18n.get("goals-progress", progress=progress)


def _kind_block(i18n: I18nContext, kind: GoalKind, rows: list[Goal]) -> list[str]:
    heading = tr(i18n, "goals-heading", kind=kind.value, count=len(rows), limit=goals.LIMITS[kind])
    lines = [
        tr(i18n, "goals-line", number=number, text=goal.text, progress=_progress_label(i18n, goal.progress))
        for number, goal in enumerate(rows, start=1)
    ]
    return [heading, *(lines or [i18n.get("goals-none-yet")])]


def _overview(i18n: I18nContext, view: PairView, rows: list[Goal]) -> str:
    owner = view.my_role is Role.MENTEE
    if owner:
        title = tr(i18n, "goals-title-own", programme=view.programme_name)
    else:
        title = tr(i18n, "goals-title-mentee", mentee=view.other_name, programme=view.programme_name)
    mission = next((goal for goal in rows if goal.kind is GoalKind.MISSION), None)
    mission_line = tr(i18n, "goals-mission", text=mission.text) if mission else i18n.get("goals-no-mission")
    blocks = [
        f"{title}\n{i18n.get('goals-terms')}",
        mission_line,
        *(
            "\n".join(_kind_block(i18n, kind, [goal for goal in rows if goal.kind is kind]))
            for kind in (GoalKind.GOAL, GoalKind.OBJECTIVE)
        ),
        i18n.get("goals-hint-own") if owner else tr(i18n, "goals-hint-mentor", mentee=view.other_name),
    ]
    return "\n\n".join(blocks)


def _item_label(i18n: I18nContext, goal: Goal) -> str:
    """A goal's button (plain text: buttons are not HTML)."""
    text = shorten(goal.text, BUTTON_TEXT_LENGTH)
    return i18n.get("goals-item", kind=goal.kind.value, text=text, progress=goal.progress)


async def overview_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    view = await require_pair(dialog_manager)
    rows = await goals.for_pair(session_of(dialog_manager), view.pair_id, actor_of(dialog_manager).person_id)
    owner = view.my_role is Role.MENTEE
    return {
        "overview": _overview(i18n, view, rows),
        "items": [(goal.id, _item_label(i18n, goal)) for goal in rows] if owner else [],
        "owner": owner,
        "no_mission": owner and not any(goal.kind is GoalKind.MISSION for goal in rows),
        "many_pairs": len(await pair_choices(dialog_manager)) > 1,
    }


async def add_tapped(callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    """➕ Mission / Goal / Objective: ask for its words, unless there are as many as allowed already."""
    kind = GoalKind((button.widget_id or "").removeprefix("add_"))
    view = await require_pair(manager)
    try:
        room = await goals.room_for(session_of(manager), view.pair_id, actor_of(manager).person_id, kind)
    except NotFound:
        await not_available(callback, manager)
        return
    if not room:
        await callback.answer(_limit_text(i18n_of(manager), kind), show_alert=True)
        return
    manager.dialog_data[KIND_KEY] = kind.value
    await manager.switch_to(States.write)


def _limit_text(i18n: I18nContext, kind: GoalKind) -> str:
    return i18n.get("goals-limit", kind=kind.value, limit=goals.LIMITS[kind])


async def _own_goal(manager: DialogManager, goal_id: Any) -> Goal:
    """The goal, if it is the person's (as the mentee) and in the pair this flow is about."""
    view = await require_pair(manager)
    if not str(goal_id).isdigit():
        raise NotFound(f"goal {goal_id!r}")
    goal = await goals.get_own(session_of(manager), int(goal_id), actor_of(manager).person_id)
    if goal.pair_id != view.pair_id:
        raise NotFound(f"goal {goal_id} is not in pair {view.pair_id}")
    return goal


async def goal_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    try:
        goal = await _own_goal(manager, item_id)
    except NotFound:
        await not_available(callback, manager)
        return
    manager.dialog_data[GOAL_KEY] = goal.id
    await manager.switch_to(States.goal)


# --- a new goal ------------------------------------------------------------------------------------------


async def write_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    return {"kind": dialog_manager.dialog_data.get(KIND_KEY, GoalKind.GOAL.value), "limit": goals.TEXT_LIMIT}


async def goal_written(message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    kind = GoalKind(manager.dialog_data.pop(KIND_KEY, GoalKind.GOAL.value))
    view = await require_pair(manager)
    try:
        await goals.add(
            session_of(manager),
            pair_id=view.pair_id,
            person_id=actor_of(manager).person_id,
            kind=kind,
            text=text,
        )
    except goals.LimitReached:
        await message.answer(_limit_text(i18n_of(manager), kind))
    await manager.switch_to(States.entry)


# --- one goal ---------------------------------------------------------------------------------------------


async def card_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    goal = await _own_goal(dialog_manager, dialog_manager.dialog_data.get(GOAL_KEY))
    label = _progress_label(i18n, goal.progress)
    steps = [
        (
            step,
            i18n.get("goals-progress-current", label=label)
            if step == goal.progress
            else _progress_label(i18n, step),
        )
        for step in goals.PROGRESS_STEPS
    ]
    return {
        "kind": goal.kind.value,
        "text": goal.text,
        "progress": goal.progress,
        "label": label,
        "has_progress": goal.kind is not GoalKind.MISSION,
        "steps": steps,
        "limit": goals.TEXT_LIMIT,
    }


async def progress_chosen(
    callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str
) -> None:
    if not item_id.isdigit() or int(item_id) not in goals.PROGRESS_STEPS:
        await not_available(callback, manager)
        return
    try:
        goal = await _own_goal(manager, manager.dialog_data.get(GOAL_KEY))
    except NotFound:
        await not_available(callback, manager)
        return
    await goals.set_progress(session_of(manager), goal.id, actor_of(manager).person_id, int(item_id))


async def goal_renamed(_message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    goal = await _own_goal(manager, manager.dialog_data.get(GOAL_KEY))
    await goals.rename(session_of(manager), goal.id, actor_of(manager).person_id, text)
    await manager.switch_to(States.goal)


async def remove_confirmed(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    try:
        goal = await _own_goal(manager, manager.dialog_data.pop(GOAL_KEY, None))
    except NotFound:
        await not_available(callback, manager)
        return
    await goals.remove(session_of(manager), goal.id, actor_of(manager).person_id)
    await callback.answer(i18n_of(manager).get("goals-removed"))
    await manager.switch_to(States.entry)


# --- the main menu ---------------------------------------------------------------------------------------


async def menu_lines(session: AsyncSession, i18n: I18nContext, view: PairView) -> list[str]:
    """The pair's mission and how many goals and objectives are done, for the main menu (HTML-safe)."""
    summary = await goals.summary(session, view.pair_id)
    lines = []
    if summary.mission:
        lines.append(tr(i18n, "goals-menu-mission", text=shorten(summary.mission, MENU_MISSION_LENGTH)))
    if summary.total:
        lines.append(tr(i18n, "goals-menu-progress", done=summary.done, total=summary.total))
    return lines or [i18n.get("goals-menu-none")]


async def on_start(_data: Any, manager: DialogManager) -> None:
    await ask_for_pair_if_needed(manager, States.pair)


def back_to(state: State) -> SwitchTo:
    """‹ Back to another window of the same dialog."""
    name = (state.state or "").rsplit(":", 1)[-1]
    return SwitchTo(T("btn-back"), id=f"back_{name}", state=state)


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(
        Screen(
            Format("{overview}"),
            Column(
                choice_buttons("goal", "items", goal_chosen),
            ),
            Row(
                Button(T("goals-btn-add-mission"), id="add_mission", on_click=add_tapped, when="no_mission"),
                Button(T("goals-btn-add-goal"), id="add_goal", on_click=add_tapped, when="owner"),
                Button(T("goals-btn-add-objective"), id="add_objective", on_click=add_tapped, when="owner"),
            ),
            SwitchTo(T("goals-btn-other-pair"), id="other_pair", state=States.pair, when="many_pairs"),
            Cancel(T("btn-back")),
            getter=overview_getter,
            state=States.entry,
        ),
        which_pair_screen("goals-which-pair", States.pair, States.entry),
        Screen(
            T("goals-write"),
            FreeText(
                id="goal_text",
                type_factory=text_field(goals.TEXT_LIMIT),
                on_success=goal_written,
                on_error=explain_problem,
            ),
            only_text(),
            back_to(States.entry),
            getter=write_getter,
            state=States.write,
        ),
        Screen(
            T("goals-card"),
            T("goals-card-progress", when="has_progress"),
            Group(
                choice_buttons("progress", "steps", progress_chosen),
                width=2,
                when="has_progress",
            ),
            Row(
                SwitchTo(T("goals-btn-edit"), id="edit", state=States.edit),
                SwitchTo(T("goals-btn-remove"), id="remove", state=States.remove),
            ),
            back_to(States.entry),
            getter=card_getter,
            state=States.goal,
        ),
        Screen(
            T("goals-edit"),
            FreeText(
                id="goal_wording",
                type_factory=text_field(goals.TEXT_LIMIT),
                on_success=goal_renamed,
                on_error=explain_problem,
            ),
            only_text(),
            back_to(States.goal),
            getter=card_getter,
            state=States.edit,
        ),
        Screen(
            T("goals-remove"),
            Row(
                Button(T("goals-btn-remove-yes"), id="remove_yes", on_click=remove_confirmed),
                back_to(States.goal),
            ),
            getter=card_getter,
            state=States.remove,
        ),
        on_start=on_start,
    )
