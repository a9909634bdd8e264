"""The main menu: the person's pairs (programme, the other side, stage) and their role's entries."""

from __future__ import annotations

from typing import Any

from aiogram_dialog import Dialog, DialogManager
from aiogram_dialog.widgets.kbd import Back, Column, Group, Start, SwitchTo
from aiogram_dialog.widgets.text import Format
from aiogram_i18n import I18nContext
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs import (
    closure,
    concern,
    concerns_admin,
    coordinators,
    diary,
    digest,
    goals,
    ground_rules,
    meeting,
    mydata,
    questionnaire,
    reflection,
    tips,
)
from dialogs.audience import ForReader
from dialogs.common import Screen, tr
from dialogs.context import actor_of, session_of
from dialogs.states import Language, MainMenu, NewPair, NewProgramme, Privacy, Programmes
from dialogs.widgets import T, i18n_of
from storage.models import Role
from storage.repo import concerns, organisations, pairs, programmes

PAIR_SUMMARIES = (meeting, ground_rules, questionnaire, diary, goals)  # each adds its line(s) under a pair
# Telegram's limit is 4096 characters: past this the pairs are shown by name and stage only, and past it
# again the list is cut with a count (a mentor with many mentees picks the pair inside each flow).
MENU_TEXT_BUDGET = 3000


async def menu_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    session = session_of(dialog_manager)
    actor = actor_of(dialog_manager)
    blocks = await _pair_blocks(session, i18n, actor.person_id)
    if actor.is_coordinator:
        owned = await programmes.for_coordinator(session, actor.person_id)
        names = [(await organisations.get(session, org_id)).name for org_id in actor.coordinated_orgs]
        blocks.append(tr(i18n, "menu-coordinator", count=len(owned), org=", ".join(names)))
    if not blocks:
        blocks.append(i18n.get("menu-no-roles"))
    return {
        "summary": "\n\n".join(blocks),
        "coordinator": actor.is_coordinator,
        "open": await concerns.open_count(session, actor.person_id) if actor.is_coordinator else 0,
        "member": actor.is_pair_member,
    }


async def _pair_blocks(session: AsyncSession, i18n: I18nContext, person_id: int) -> list[str]:
    """One block per pair: who, the stage and what each flow has to say, shortened to fit one message."""
    views = await pairs.views_for_person(session, person_id)
    heads: list[str] = []
    details: list[list[str]] = []
    for view in views:
        key = "menu-pair-mentor" if view.my_role is Role.MENTOR else "menu-pair-mentee"
        other = view.other_name if view.other_joined else f"{view.other_name} {i18n.get('menu-not-joined')}"
        stage = i18n.get(f"stage-{view.stage.value}")
        meaning = i18n.get(f"stage-meaning-{view.stage.value}")
        heads.append(
            tr(i18n, key, programme=view.programme_name, other=other)
            + "\n"
            + tr(i18n, "menu-stage", stage=stage, meaning=meaning)
        )
        lines: list[str] = []
        for flow in PAIR_SUMMARIES:
            lines += await flow.menu_lines(session, i18n, view)
        details.append(lines)
    for view in await pairs.closed_views_for_person(session, person_id):  # until retention deletes them
        key = "menu-pair-mentor" if view.my_role is Role.MENTOR else "menu-pair-mentee"
        stage = tr(
            i18n, "menu-stage", stage=i18n.get("stage-closed"), meaning=i18n.get("stage-meaning-closed")
        )
        heads.append(tr(i18n, key, programme=view.programme_name, other=view.other_name) + "\n" + stage)
        details.append([])
    full = ["\n".join([head, *lines]) for head, lines in zip(heads, details, strict=True)]
    if _length(full) <= MENU_TEXT_BUDGET:
        return full
    shown: list[str] = []
    for number, head in enumerate(heads):
        if _length([*shown, head]) > MENU_TEXT_BUDGET:
            return [*shown, tr(i18n, "menu-more-pairs", count=len(heads) - number)]
        shown.append(head)
    return shown


def _length(blocks: list[str]) -> int:
    return sum(len(block) + 2 for block in blocks)


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(
        Screen(
            T("menu-title"),
            Format("\n{summary}"),
            Start(T("btn-concern"), id="concern", state=concern.States.entry, when="member"),
            Group(
                Start(
                    T("btn-questionnaire"),
                    id="questionnaire",
                    state=questionnaire.States.entry,
                    when="member",
                ),
                Start(T("btn-diary"), id="diary", state=diary.States.entry, when="member"),
                Start(T("btn-reflect"), id="reflect", state=reflection.States.entry, when="member"),
                Start(T("btn-goals"), id="goals", state=goals.States.entry, when="member"),
                Start(
                    T("btn-ground-rules"), id="ground_rules", state=ground_rules.States.entry, when="member"
                ),
                Start(T("btn-meeting"), id="meeting", state=meeting.States.entry, when="member"),
                width=2,
            ),
            Column(  # a row each: their labels are too long to share one on a phone in some languages
                Start(T("btn-tips"), id="tips", state=tips.States.entry, when="member"),
                Start(T("btn-closure"), id="closure", state=closure.States.entry, when="member"),
            ),
            Column(
                Start(
                    T("btn-concerns"), id="concerns", state=concerns_admin.States.entry, when="coordinator"
                ),
                Start(T("btn-programmes"), id="programmes", state=Programmes.list, when="coordinator"),
                Start(T("btn-digest"), id="digest", state=digest.States.entry, when="coordinator"),
                Start(
                    T("btn-coordinators"),
                    id="coordinators",
                    state=coordinators.States.entry,
                    when="coordinator",
                ),
            ),
            Group(
                Start(
                    T("btn-new-programme"), id="new_programme", state=NewProgramme.name, when="coordinator"
                ),
                Start(T("btn-new-pair"), id="new_pair", state=NewPair.programme, when="coordinator"),
                width=2,
            ),
            Group(
                Start(T("btn-mydata"), id="mydata", state=mydata.States.entry),
                Start(T("btn-language"), id="language", state=Language.choose),
                Start(T("btn-privacy"), id="privacy", state=Privacy.status),
                SwitchTo(T("btn-help"), id="help", state=MainMenu.help),
                width=2,
            ),
            getter=menu_getter,
            state=MainMenu.main,
        ),
        Screen(ForReader("help"), Back(T("btn-back")), state=MainMenu.help),
    )
