"""The coordinator's digest (`/digest`, the menu, the button under the Monday message) and export (`/export`).

The digest opens with its chart (a picture: sessions per week, pairs by status), then the totals over all
the coordinator's programmes and a button per programme for its details. Only programmes of organisations
the person coordinates are ever read; a forged programme id gets "not available". Numbers only: no diary
text, no free-text answers, no questionnaire means below three answers.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram_dialog import DialogManager, ShowMode, StartMode
from aiogram_dialog.widgets.kbd import Button, Cancel, Row, SwitchTo
from aiogram_dialog.widgets.text import Format
from aiogram_i18n import I18nContext
from babel.dates import format_skeleton
from sqlalchemy.ext.asyncio import AsyncSession

from bot.filters import DataIs
from bot.instruments import MENTORING_PLAN, PLAN_PARTS, ItemKind, questionnaire_for
from bot.reports import charts
from bot.reports import workbook as export
from dialogs.common import Screen, choice_pages, not_available, tr
from dialogs.context import DialogConfig, actor_of, config_of, session_of
from dialogs.navigation import CoordinatorDialog, start_home
from dialogs.widgets import T, i18n_of
from scheduler import digest as digests
from scheduler.config import SchedulerConfig
from scheduler.digest import CHART_WEEKS, OPEN_CALLBACK, Digest, PairStatus, ProgrammeDigest
from storage.errors import NotFound
from storage.models import Phase, Programme, ProgrammeKind, Stage
from storage.repo import people, programmes
from storage.repo.actors import Actor
from storage.timeutil import utcnow

PROGRAMME_KEY = "programme_id"  # the programme whose details are open


class DigestStates(StatesGroup):
    entry = State()
    programme = State()


States = DigestStates  # the name the menu and commands use


def scheduler_config(data: dict[str, Any]) -> SchedulerConfig:
    """The scheduler's settings as the bot was started with (the drift ladder decides "at risk")."""
    config: SchedulerConfig = data.get("scheduler_config", SchedulerConfig())
    return config


async def _zone(session: AsyncSession, actor: Actor, owned: Sequence[Programme], default: str) -> str:
    """The coordinator's time zone: their own, else their newest programme's, else the bot's default."""
    person = await people.by_telegram_id(session, actor.telegram_id)
    if person is not None and person.timezone:
        return person.timezone
    return owned[0].timezone if owned else default


async def _build(manager: DialogManager, owned: Sequence[Programme]) -> Digest:
    session = session_of(manager)
    zone = await _zone(session, actor_of(manager), owned, config_of(manager).default_timezone)
    return await digests.build(session, owned, utcnow(), zone, scheduler_config(manager.middleware_data))


async def _owned(manager: DialogManager) -> list[Programme]:
    return await programmes.for_coordinator(session_of(manager), actor_of(manager).person_id)


# --- the chart -------------------------------------------------------------------------------------


async def send_chart(bot: Bot, chat_id: int, digest: Digest, i18n: I18nContext) -> None:
    weeks = [
        (format_skeleton("MMMd", day, locale=i18n.locale), sessions)
        for day, sessions in zip(reversed(digest.weeks.days), digest.sessions_per_week(), strict=True)
    ]
    statuses = digest.totals().figures.statuses
    bars = [(i18n.get(f"digest-status-{status.value}"), statuses[status]) for status in PairStatus]
    titles = (i18n.get("digest-chart-sessions"), i18n.get("digest-chart-status"))
    picture = await asyncio.to_thread(charts.digest_chart, weeks, bars, titles)
    await bot.send_photo(
        chat_id,
        BufferedInputFile(picture, filename="digest.png"),
        caption=i18n.get("digest-chart-caption", weeks=CHART_WEEKS),
    )


async def on_start(_data: Any, manager: DialogManager) -> None:
    owned = await _owned(manager)
    if owned:
        bot: Bot = manager.middleware_data["bot"]
        chat_id = manager.middleware_data["event_chat"].id
        await send_chart(bot, chat_id, await _build(manager, owned), i18n_of(manager))


# --- the windows -----------------------------------------------------------------------------------


async def entry_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    owned = await _owned(dialog_manager)
    if not owned:
        return {"empty": True, "summary": "", "programmes": []}
    i18n = i18n_of(dialog_manager)
    digest = await _build(dialog_manager, owned)
    config = scheduler_config(dialog_manager.middleware_data)
    at_risk_days = (config.drift_first + 2 * config.drift_step).days
    summary = "\n".join(
        [digests.summary_text(digest.totals(), i18n.get), i18n.get("digest-at-risk-note", days=at_risk_days)]
    )
    return {"empty": False, "summary": summary, "programmes": [(p.id, p.name) for p in owned]}


async def open_programme(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    try:
        await programmes.get_for_coordinator(session_of(manager), int(item_id), actor_of(manager).person_id)
    except (NotFound, ValueError):
        await not_available(callback, manager)
        return
    manager.dialog_data[PROGRAMME_KEY] = int(item_id)
    await manager.switch_to(States.programme)


async def programme_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    programme = await programmes.get_for_coordinator(
        session_of(dialog_manager),
        dialog_manager.dialog_data[PROGRAMME_KEY],
        actor_of(dialog_manager).person_id,
    )
    digest = await _build(dialog_manager, [programme])
    return {"card": programme_card(digest.programmes[0], i18n_of(dialog_manager))}


def programme_card(programme: ProgrammeDigest, i18n: I18nContext) -> str:
    kind = i18n.get(f"programme-kind-{programme.kind.value}")
    stages = " · ".join(
        i18n.get("digest-stage-count", stage=i18n.get(f"stage-{stage.value}"), count=programme.stages[stage])
        for stage in Stage
    )
    lines = [
        tr(i18n, "digest-programme-title", name=programme.name, kind=kind),
        i18n.get("digest-stages", stages=stages),
        *digests.figures_lines(programme.figures, i18n.get),
    ]
    if programme.kind is ProgrammeKind.TEACHER:
        lines += ["", *_plan_lines(programme, i18n)]
    means = _mean_lines(programme, i18n)
    if means:
        lines += ["", *means]
    return "\n".join(lines)


def _plan_lines(programme: ProgrammeDigest, i18n: I18nContext) -> list[str]:
    """Hours of diary sessions per part of Annex II, against the plan's hours for every started pair."""
    pairs = programme.started_pairs
    lines = [i18n.get("digest-plan", pairs=pairs)]
    for part in PLAN_PARTS:
        activities = [activity for activity in MENTORING_PLAN if activity.part == part]
        done = sum(programme.plan_minutes.get(activity.key, 0) for activity in activities) / 60
        planned = sum(activity.hours for activity in activities) * pairs
        part_name = i18n.get(f"digest-plan-part-{part}")
        lines.append(i18n.get("digest-plan-part", part=part_name, done=done, planned=planned))
    return lines


def _mean_lines(programme: ProgrammeDigest, i18n: I18nContext) -> list[str]:
    """Per scaled item: the mean answer at the start and at the end, 1 being the lowest option."""
    instrument = questionnaire_for(programme.kind)
    scaled = [item for item in instrument.items if item.kind is ItemKind.SCALE]
    if not scaled:
        return []
    lines = [i18n.get("digest-means")]
    for item in scaled:
        shown = {}
        for phase in Phase:
            mean = programme.mean(phase, instrument.key, item.key)
            shown[phase] = (
                i18n.get("digest-mean-few")
                if mean is None
                else i18n.get("digest-mean", mean=mean + 1, points=len(item.options))
            )
        title = i18n.get(f"q-{instrument.key}-{item.key}-title")
        lines.append(
            i18n.get(
                "digest-means-item",
                item=title,
                baseline=shown[Phase.BASELINE],
                followup=shown[Phase.FOLLOWUP],
            )
        )
    return lines


# --- the export ------------------------------------------------------------------------------------


async def send_export(
    bot: Bot,
    chat_id: int,
    session: AsyncSession,
    actor: Actor,
    i18n: I18nContext,
    data: dict[str, Any],
) -> None:
    """The XLSX of the person's programmes, as a document (or a line saying there is nothing yet)."""
    owned = await programmes.for_coordinator(session, actor.person_id)
    if not owned:
        await bot.send_message(chat_id, i18n.get("digest-export-empty"))
        return
    dialog_config: DialogConfig = data.get("dialog_config", DialogConfig())
    zone = await _zone(session, actor, owned, dialog_config.default_timezone)
    now = utcnow()
    book = await export.workbook(session, owned, now, zone, scheduler_config(data), i18n.get)
    today = now.astimezone(ZoneInfo(zone)).date()
    await bot.send_document(
        chat_id,
        BufferedInputFile(book, filename=i18n.get("digest-export-file", date=today.isoformat())),
        caption=i18n.get("digest-export-caption", date=today),
    )


async def export_button(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await send_export(
        manager.middleware_data["bot"],
        manager.middleware_data["event_chat"].id,
        session_of(manager),
        actor_of(manager),
        i18n_of(manager),
        manager.middleware_data,
    )
    await manager.show(ShowMode.SEND)  # the window comes back under the file


def dialog() -> CoordinatorDialog:
    """A new instance: each dispatcher needs its own."""
    return CoordinatorDialog(
        Screen(
            T("digest-empty", when="empty"),
            Format("{summary}", when="summary"),
            T("digest-pick", when=~F["empty"]),
            choice_pages("programme", "programmes", open_programme),
            Button(T("btn-digest-export"), id="export", on_click=export_button, when=~F["empty"]),
            Cancel(T("btn-back")),
            getter=entry_getter,
            state=States.entry,
        ),
        Screen(
            Format("{card}"),
            Row(SwitchTo(T("btn-back"), id="to_entry", state=States.entry), Cancel(T("btn-menu"))),
            getter=programme_getter,
            state=States.programme,
        ),
        on_start=on_start,
    )


# --- commands and the Monday message's button ------------------------------------------------------


async def _coordinator(
    event: Message | CallbackQuery, actor: Actor | None, i18n: I18nContext, dialog_manager: DialogManager
) -> Actor | None:
    """The coordinator behind the update, or None (after telling the person why not)."""
    if actor is not None and actor.consented and actor.is_coordinator:
        return actor
    if actor is not None and not actor.consented:
        await start_home(dialog_manager, actor)
        return None
    key = "start-unknown-person" if actor is None else "digest-coordinators-only"
    if isinstance(event, CallbackQuery):
        await event.answer(i18n.get(key), show_alert=True)
    else:
        await event.answer(i18n.get(key))
    return None


async def _open(dialog_manager: DialogManager, actor: Actor) -> None:
    await start_home(dialog_manager, actor, show_mode=ShowMode.NO_UPDATE)
    await dialog_manager.start(States.entry, mode=StartMode.NORMAL, show_mode=ShowMode.SEND)


async def digest_command(
    message: Message, actor: Actor | None, i18n: I18nContext, dialog_manager: DialogManager
) -> None:
    coordinator = await _coordinator(message, actor, i18n, dialog_manager)
    if coordinator is not None:
        await _open(dialog_manager, coordinator)


async def digest_button(
    callback: CallbackQuery, actor: Actor | None, i18n: I18nContext, dialog_manager: DialogManager
) -> None:
    coordinator = await _coordinator(callback, actor, i18n, dialog_manager)
    if coordinator is not None:
        await callback.answer()
        await _open(dialog_manager, coordinator)


async def export_command(
    message: Message,
    bot: Bot,
    actor: Actor | None,
    session: AsyncSession,
    i18n: I18nContext,
    dialog_manager: DialogManager,
    **data: Any,
) -> None:
    coordinator = await _coordinator(message, actor, i18n, dialog_manager)
    if coordinator is not None:
        await send_export(bot, message.chat.id, session, coordinator, i18n, data)


def router() -> Router:
    """/digest, /export and the Monday message's button (a new router: each dispatcher needs its own)."""
    router = Router(name="digest")
    router.message.register(digest_command, Command("digest"))
    router.message.register(export_command, Command("export"))
    router.callback_query.register(digest_button, DataIs(OPEN_CALLBACK))
    return router
