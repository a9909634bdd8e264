"""A coordinator's programmes: the list, a card with the programme's pairs and their state, and each pair's
card with its stage, its stage history and a way to move it (after a confirmation).

The pair card and the move confirmation are views of the `Programmes.card` state (which one shows depends
on the dialog data), because the programme dialog's states live in dialogs/states.py."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiogram.types import CallbackQuery
from aiogram_dialog import DialogManager
from aiogram_dialog.widgets.kbd import Button, Cancel, Column, Row, SwitchTo
from aiogram_dialog.widgets.text import Format
from aiogram_i18n import I18nContext

from dialogs.common import Screen, choice_buttons, choice_pages, not_available, tr
from dialogs.context import actor_of, session_of
from dialogs.ground_rules import local_day, stage_line
from dialogs.navigation import CoordinatorDialog
from dialogs.states import NewPair, Programmes
from dialogs.widgets import T, i18n_of, local_date
from storage.errors import NotFound
from storage.models import Pair, Programme, ProgrammeKind, Stage
from storage.repo import ground_rules, pairs, programmes, stages
from storage.timeutil import utcnow

PAIR_KEY = "pair_id"  # the pair whose card is open
TARGET_KEY = "to_stage"  # the stage the coordinator is asked to confirm
_AUTOMATIC = {stages.READY: "programme-pair-step-ready"}  # why a pair moved by itself


async def list_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    owned = await programmes.for_coordinator(session_of(dialog_manager), actor_of(dialog_manager).person_id)
    return {"programmes": [(p.id, p.name) for p in owned], "empty": not owned}


async def open_card(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    try:
        await programmes.get_for_coordinator(session_of(manager), int(item_id), actor_of(manager).person_id)
    except (NotFound, ValueError):
        await not_available(callback, manager)
        return
    manager.dialog_data["programme_id"] = int(item_id)
    _close_pair(manager)
    await manager.switch_to(Programmes.card)


PAIRS_PER_PAGE = 8


def _pair_line(i18n: Any, pair: Pair) -> str:
    missing = [
        name
        for name, person_id in ((pair.mentor_name, pair.mentor_id), (pair.mentee_name, pair.mentee_id))
        if person_id is None
    ]
    waiting = " " + tr(i18n, "programme-pair-waiting", who=", ".join(missing)) if missing else ""
    stage = i18n.get(f"stage-{pair.stage.value}")
    return (
        tr(i18n, "programme-pair-line", mentor=pair.mentor_name, mentee=pair.mentee_name, stage=stage)
        + waiting
    )


async def card_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    if PAIR_KEY in dialog_manager.dialog_data:
        return await _pair_card(dialog_manager)
    return await _programme_card(dialog_manager)


async def _programme_card(dialog_manager: DialogManager) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    session = session_of(dialog_manager)
    programme = await programmes.get_for_coordinator(
        session, dialog_manager.dialog_data["programme_id"], actor_of(dialog_manager).person_id
    )
    members = await pairs.in_programme(session, programme.id)
    card = tr(
        i18n,
        "programme-card",
        name=programme.name,
        kind=i18n.get(f"programme-kind-{programme.kind.value}"),
        start=local_date(programme.start_date, i18n.locale),
        end=local_date(programme.end_date, i18n.locale),
        timezone=programme.timezone,
        pairs=len(members),
    )
    # the card lists the pairs of the page of buttons below it, so a big programme stays within one message
    last_page = max(0, (len(members) - 1) // PAIRS_PER_PAGE)
    scroll = dialog_manager.find("pair_pages")
    page = min(await scroll.get_page(), last_page) if scroll is not None else 0
    shown = members[page * PAIRS_PER_PAGE : (page + 1) * PAIRS_PER_PAGE]
    lines = [_pair_line(i18n, pair) for pair in shown]
    buttons = [
        (pair.id, i18n.get("programme-pair-button", mentor=pair.mentor_name, mentee=pair.mentee_name))
        for pair in members
    ]
    return {"card": "\n".join([card, *lines]), "pairs": buttons, "programme_view": True}


async def _coordinated_pair(manager: DialogManager) -> Pair:
    """The pair whose card is open; NotFound if none is (a press on a button of another view)."""
    pair_id = manager.dialog_data.get(PAIR_KEY)
    if pair_id is None:
        raise NotFound("no pair card is open")
    return await stages.get_for_coordinator(session_of(manager), pair_id, actor_of(manager).person_id)


def _local(moment: datetime, programme: Programme, i18n: I18nContext) -> str:
    return local_day(moment, programme.timezone, i18n.locale)


def _stage_name(i18n: I18nContext, stage: Stage) -> str:
    return i18n.get(f"stage-{stage.value}")


async def _pair_card(dialog_manager: DialogManager) -> dict[str, Any]:
    """Names, who has joined, the stage and its meaning, agreements (dates only) and the stage history."""
    i18n = i18n_of(dialog_manager)
    session = session_of(dialog_manager)
    pair = await _coordinated_pair(dialog_manager)
    programme = await programmes.get(session, pair.programme_id)
    header = tr(
        i18n,
        "programme-pair-card",
        mentor=pair.mentor_name,
        mentee=pair.mentee_name,
        programme=programme.name,
        mentor_joined=i18n.get("programme-pair-joined" if pair.mentor_id else "programme-pair-not-joined"),
        mentee_joined=i18n.get("programme-pair-joined" if pair.mentee_id else "programme-pair-not-joined"),
    )
    blocks = [
        header,
        "\n".join([stage_line(i18n, pair.stage), *await _agreement_lines(dialog_manager, pair, programme)]),
        "\n".join(await _history_lines(dialog_manager, pair, programme)),
    ]
    target = dialog_manager.dialog_data.get(TARGET_KEY)
    if target is not None:
        blocks.append(
            tr(
                i18n,
                "programme-pair-move-confirm",
                mentor=pair.mentor_name,
                mentee=pair.mentee_name,
                current=_stage_name(i18n, pair.stage),
                target=_stage_name(i18n, Stage(target)),
            )
        )
    targets = [
        (stage.value, i18n.get("programme-pair-move-to", stage=_stage_name(i18n, stage)))
        for stage in Stage
        if stage is not pair.stage
    ]
    return {
        "card": "\n\n".join(blocks),
        "targets": targets,
        "pair_view": target is None,
        "move_view": target is not None,
    }


async def _agreement_lines(manager: DialogManager, pair: Pair, programme: Programme) -> list[str]:
    """Whether (and when) the ground rules and the mentor agreement were agreed; never the rules' text."""
    i18n = i18n_of(manager)
    agreed = await ground_rules.agreements(session_of(manager), pair.id)
    rules_at = agreed.rules_agreed_at
    lines = [
        tr(i18n, "programme-pair-rules-agreed", date=_local(rules_at, programme, i18n))
        if rules_at
        else i18n.get("programme-pair-rules-open")
    ]
    if programme.kind is ProgrammeKind.TEACHER:
        accepted_at = agreed.mentor_agreement_at
        lines.append(
            tr(i18n, "programme-pair-mentor-agreement-accepted", date=_local(accepted_at, programme, i18n))
            if accepted_at
            else i18n.get("programme-pair-mentor-agreement-open")
        )
    return lines


async def _history_lines(manager: DialogManager, pair: Pair, programme: Programme) -> list[str]:
    i18n = i18n_of(manager)
    lines = [
        i18n.get("programme-pair-history"),
        tr(i18n, "programme-pair-created", date=_local(pair.created_at, programme, i18n)),
    ]
    for step in await stages.history(session_of(manager), pair.id):
        lines.append(
            tr(
                i18n,
                "programme-pair-step",
                date=_local(step.changed_at, programme, i18n),
                source=_stage_name(i18n, step.from_stage),
                target=_stage_name(i18n, step.to_stage),
                by=step.by_name or i18n.get(_AUTOMATIC.get(step.reason, "programme-pair-step-automatic")),
            )
        )
    return lines


async def open_pair(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    try:
        await stages.get_for_coordinator(session_of(manager), int(item_id), actor_of(manager).person_id)
    except (NotFound, ValueError):
        await not_available(callback, manager)
        return
    manager.dialog_data[PAIR_KEY] = int(item_id)


def _close_pair(manager: DialogManager) -> None:
    manager.dialog_data.pop(PAIR_KEY, None)
    manager.dialog_data.pop(TARGET_KEY, None)


async def back_to_programme(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    _close_pair(manager)


async def choose_target(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    try:
        pair = await _coordinated_pair(manager)
    except NotFound:
        pair = None
    if pair is None or item_id not in {stage.value for stage in Stage} or item_id == pair.stage.value:
        await not_available(callback, manager)
        return
    manager.dialog_data[TARGET_KEY] = item_id


async def keep_stage(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    manager.dialog_data.pop(TARGET_KEY, None)


async def move_stage(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Move the open pair to the stage waiting for confirmation (checked again in the repository)."""
    target = manager.dialog_data.pop(TARGET_KEY, None)
    pair_id = manager.dialog_data.get(PAIR_KEY)
    try:
        if target is None or pair_id is None:
            raise NotFound("no move is waiting for confirmation")
        await stages.move_by_coordinator(
            session_of(manager), pair_id, actor_of(manager).person_id, Stage(target), utcnow()
        )
    except NotFound:
        await not_available(callback, manager)
        return
    i18n = i18n_of(manager)
    await callback.answer(tr(i18n, "programme-pair-moved", stage=_stage_name(i18n, Stage(target))))


async def new_pair_here(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await manager.start(NewPair.mentor, data={"programme_id": manager.dialog_data["programme_id"]})


def dialog() -> CoordinatorDialog:
    """A new instance: each dispatcher needs its own."""
    return CoordinatorDialog(
        Screen(
            T("programmes-title"),
            T("programmes-empty", when="empty"),
            choice_pages("programme", "programmes", open_card),
            Cancel(T("btn-back")),
            getter=list_getter,
            state=Programmes.list,
        ),
        Screen(
            Format("{card}"),
            # the programme
            choice_pages("pair", "pairs", open_pair, height=PAIRS_PER_PAGE, when="programme_view"),
            Column(Button(T("btn-new-pair"), id="new_pair", on_click=new_pair_here), when="programme_view"),
            Row(
                SwitchTo(T("btn-back"), id="to_list", state=Programmes.list),
                Cancel(T("btn-menu")),
                when="programme_view",
            ),
            # one pair
            Column(
                choice_buttons("to_stage", "targets", choose_target),
                when="pair_view",
            ),
            Row(
                Button(T("btn-back"), id="to_programme", on_click=back_to_programme),
                Cancel(T("btn-menu")),
                when="pair_view",
            ),
            # moving its stage
            Row(
                Button(T("btn-confirm"), id="move", on_click=move_stage),
                Button(T("btn-back"), id="keep_stage", on_click=keep_stage),
                when="move_view",
            ),
            getter=card_getter,
            state=Programmes.card,
        ),
    )
