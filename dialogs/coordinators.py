"""The coordinators of a coordinator's organisations (each organisation apart), and removing one of them.

Every coordinator listed has a button; removing takes a confirmation. The last coordinator of an
organisation stays (it would be left with no one to read its concerns), and only a coordinator of the same
organisation may remove anyone: a forged id gets "not available" and changes nothing. The one removed is
told through the outbox and loses access with their next tap (the person behind each update is read
afresh, and every coordinator's flow checks it)."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery
from aiogram_dialog import DialogManager
from aiogram_dialog.widgets.kbd import Button, Cancel, Row, SwitchTo
from aiogram_dialog.widgets.text import Format
from aiogram_i18n import I18nContext

from dialogs.common import LABEL_LIMIT, Screen, choice_pages, not_available, parse_id, shorten, tr
from dialogs.context import actor_of, session_of
from dialogs.navigation import CoordinatorDialog, start_home
from dialogs.widgets import T, i18n_of, local_date
from storage.repo import actors, memberships
from storage.repo.memberships import CoordinatorView, Removal
from storage.timeutil import utcnow

TARGET_KEY = "remove"  # [org id, person id] of the coordinator whose removal waits for confirmation
ALERT_LIMIT = 200  # Telegram's limit for the answer to a button


class CoordinatorsStates(StatesGroup):
    entry = State()
    confirm = State()
    leads = State()


States = CoordinatorsStates  # the name the menu uses


def _item_id(view: CoordinatorView) -> str:
    return f"{view.org_id}-{view.person_id}"


def _label(i18n: I18nContext, view: CoordinatorView, me: int, many_orgs: bool) -> str:
    """A button's text (plain, not HTML): the name, marked when it is the person's own, and the
    organisation when they coordinate several."""
    name = i18n.get("coordinators-you-name", name=view.name) if view.person_id == me else view.name
    if many_orgs:
        return shorten(i18n.get("coordinators-remove-in", name=name, org=view.org_name), LABEL_LIMIT)
    return shorten(i18n.get("coordinators-remove", name=name), LABEL_LIMIT)


async def list_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    me = actor_of(dialog_manager).person_id
    views = await memberships.coordinators_seen_by(session_of(dialog_manager), me)
    many_orgs = len({view.org_id for view in views}) > 1
    blocks = []
    for _, group in groupby(views, key=lambda view: view.org_id):
        members = list(group)
        lines = [tr(i18n, "coordinators-org", org=members[0].org_name)]
        for view in members:
            key = "coordinators-line-you" if view.person_id == me else "coordinators-line"
            line = tr(i18n, key, name=view.name, date=local_date(view.since.date(), i18n.locale))
            lines.append(line + (i18n.get("coordinators-lead-tag") if view.safeguarding_lead else ""))
        blocks.append("\n".join(lines))
    return {
        "orgs": "\n\n".join(blocks),
        "people": [(_item_id(view), _label(i18n, view, me, many_orgs)) for view in views],
    }


async def _find(manager: DialogManager, org_id: int, person_id: int) -> tuple[CoordinatorView, int] | None:
    """The coordinator, if the person asking coordinates the same organisation, and how many coordinators
    that organisation has."""
    views = await memberships.coordinators_seen_by(session_of(manager), actor_of(manager).person_id)
    same_org = [view for view in views if view.org_id == org_id]
    found = [view for view in same_org if view.person_id == person_id]
    return (found[0], len(same_org)) if found else None


def _parse(item_id: str) -> tuple[int, int] | None:
    org, _, person = item_id.partition("-")
    org_id, person_id = parse_id(org), parse_id(person)
    return (org_id, person_id) if org_id is not None and person_id is not None else None


async def choose(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    ids = _parse(item_id)
    found = await _find(manager, *ids) if ids is not None else None
    if ids is None or found is None:
        await not_available(callback, manager)
        return
    view, count = found
    if count < 2:
        await callback.answer(_last(i18n_of(manager), view), show_alert=True)
        return
    manager.dialog_data[TARGET_KEY] = list(ids)
    await manager.switch_to(States.confirm)


def _alert(i18n: I18nContext, key: str, view: CoordinatorView) -> str:
    """A button's answer naming the coordinator and the organisation, within Telegram's limit."""
    text = i18n.get(key, name=shorten(view.name, 40), org=shorten(view.org_name, 60))
    return shorten(str(text), ALERT_LIMIT)


def _last(i18n: I18nContext, view: CoordinatorView) -> str:
    return _alert(i18n, "coordinators-last", view)


async def confirm_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    target = dialog_manager.dialog_data.get(TARGET_KEY)
    found = await _find(dialog_manager, *target) if target else None
    if found is None:  # removed meanwhile, by someone else
        return {"question": i18n.get("coordinators-gone"), "can_remove": False}
    view, _ = found
    if view.person_id == actor_of(dialog_manager).person_id:
        question = tr(i18n, "coordinators-confirm-you", org=view.org_name)
    else:
        question = tr(i18n, "coordinators-confirm", name=view.name, org=view.org_name)
    return {"question": question, "can_remove": True}


async def remove(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Remove the coordinator waiting for confirmation (the repository checks everything again)."""
    target = manager.dialog_data.pop(TARGET_KEY, None)
    found = await _find(manager, *target) if target else None
    if target is None or found is None:
        await not_available(callback, manager)
        await manager.switch_to(States.entry)
        return
    view, _ = found
    session = session_of(manager)
    actor = actor_of(manager)
    outcome = await memberships.remove_coordinator(
        session, view.org_id, view.person_id, by_person_id=actor.person_id, now=utcnow()
    )
    i18n = i18n_of(manager)
    if outcome is Removal.NOT_ALLOWED:
        await not_available(callback, manager)
    elif outcome is Removal.LAST:
        await callback.answer(_last(i18n, view), show_alert=True)
    elif view.person_id == actor.person_id:  # stepped down: the menu as it is now for them
        await callback.answer(_alert(i18n, "coordinators-removed-you", view))
        now_actor = await actors.load(session, actor.telegram_id)
        if now_actor is not None:
            manager.middleware_data["actor"] = now_actor
            await start_home(manager, now_actor)
            return
    else:
        await callback.answer(_alert(i18n, "coordinators-removed", view))
    await manager.switch_to(States.entry)


async def leads_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    """One button per coordinator: tapping it makes them the safeguarding lead of their organisation, or
    no longer (an organisation may have more than one)."""
    i18n = i18n_of(dialog_manager)
    me = actor_of(dialog_manager).person_id
    views = await memberships.coordinators_seen_by(session_of(dialog_manager), me)
    many_orgs = len({view.org_id for view in views}) > 1
    people = []
    for view in views:
        name = i18n.get("coordinators-you-name", name=view.name) if view.person_id == me else view.name
        if many_orgs:
            name = i18n.get("coordinators-name-in", name=name, org=view.org_name)
        key = "coordinators-lead-on" if view.safeguarding_lead else "coordinators-lead-off"
        people.append((_item_id(view), shorten(i18n.get(key, name=name), LABEL_LIMIT)))
    return {"people": people}


async def toggle_lead(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    ids = _parse(item_id)
    found = await _find(manager, *ids) if ids is not None else None
    if ids is None or found is None:
        await not_available(callback, manager)
        return
    view, _ = found
    lead = not view.safeguarding_lead
    changed = await memberships.set_safeguarding_lead(
        session_of(manager), view.org_id, view.person_id, lead, by_person_id=actor_of(manager).person_id
    )
    if not changed:
        await not_available(callback, manager)


def dialog() -> CoordinatorDialog:
    """A new instance: each dispatcher needs its own."""
    return CoordinatorDialog(
        Screen(
            T("coordinators-title"),
            Format("\n{orgs}"),
            choice_pages("coordinator", "people", choose),
            SwitchTo(T("btn-coordinators-leads"), id="leads", state=States.leads),
            Cancel(T("btn-back")),
            getter=list_getter,
            state=States.entry,
        ),
        Screen(
            T("coordinators-leads-title"),
            choice_pages("lead", "people", toggle_lead),
            Row(SwitchTo(T("btn-back"), id="leads_back", state=States.entry), Cancel(T("btn-menu"))),
            getter=leads_getter,
            state=States.leads,
        ),
        Screen(
            Format("{question}"),
            Button(T("btn-confirm"), id="remove", on_click=remove, when="can_remove"),
            Row(SwitchTo(T("btn-back"), id="to_list", state=States.entry), Cancel(T("btn-menu"))),
            getter=confirm_getter,
            state=States.confirm,
        ),
    )
