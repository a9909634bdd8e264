"""Closure (seed 003, Stage 4): end the pair (at the programme's end or early, with its reason), then the
follow-up questionnaire, a final reflection and — for the mentee, if they wish — a Learning Statement and a
certificate of satisfactory completion, both as PDFs."""

from __future__ import annotations

from datetime import date
from typing import Any

from aiogram import Bot
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram_dialog import Dialog, DialogManager, ShowMode
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Button, Cancel, Column, Row, Select, SwitchTo
from aiogram_dialog.widgets.text import Format
from aiogram_i18n import I18nContext

from bot.instruments import END_REASONS, FINAL_PROMPTS, STUDENT_INTAKE, TEACHER_QUESTIONNAIRE, ItemKind
from bot.reports.documents import certificate_pdf, sections_pdf, unshown_line
from dialogs import questionnaire
from dialogs.common import (
    Screen,
    choice_buttons,
    explain_problem,
    listing,
    not_available,
    only_text,
    shorten,
    text_field,
    tr,
)
from dialogs.context import actor_of, session_of
from dialogs.widgets import T, i18n_of, local_date
from storage.errors import NotFound
from storage.models import Phase, ProgrammeKind, Role
from storage.repo import closing, diary, organisations, pairs, programmes, questionnaires, reflections
from storage.repo.pairs import PairView
from storage.timeutil import utcnow

TEXT_LIMIT = 1500
PREVIEW_CHARS = 400  # of each part in the statement's window, so seven long parts fit one message
STATEMENT_PARTS = ("process", "objectives", "changes", "did", "hard-skills", "soft-skills", "able")


class ClosureStates(StatesGroup):
    entry = State()
    confirm = State()
    hub = State()
    final = State()
    final_write = State()
    statement = State()
    statement_edit = State()


States = ClosureStates  # the name the menu and commands use


async def _views(manager: DialogManager) -> tuple[list[PairView], list[PairView]]:
    session, person = session_of(manager), actor_of(manager).person_id
    return await pairs.views_for_person(session, person), await pairs.closed_views_for_person(session, person)


async def _pair(manager: DialogManager) -> tuple[PairView, bool]:
    """The pair this flow is about, and whether it has ended; NotFound if it is not the person's."""
    open_views, closed_views = await _views(manager)
    wanted = manager.dialog_data.get("pair_id")
    for view in closed_views:
        if view.pair_id == wanted:
            return view, True
    for view in open_views:
        if view.pair_id == wanted:
            return view, False
    raise NotFound("pair")


async def on_start(start_data: Any, manager: DialogManager) -> None:
    """Straight to the look-back of a closed pair; else ask why the open pair is ending."""
    open_views, closed_views = await _views(manager)
    wanted = start_data.get("pair_id") if isinstance(start_data, dict) else None
    chosen = next((v for v in closed_views if v.pair_id == wanted), None) or (
        closed_views[0] if closed_views else None
    )
    if chosen is not None:
        manager.dialog_data["pair_id"] = chosen.pair_id
        await manager.switch_to(States.hub)
    elif open_views:
        manager.dialog_data["pair_id"] = open_views[0].pair_id


async def reasons_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    view, _ = await _pair(dialog_manager)
    reason = dialog_manager.dialog_data.get("reason")
    reasons = [(key, i18n.get(f"end-reason-{key}")) for key in END_REASONS]
    return {
        "reasons": reasons,
        "listing": listing(label for _, label in reasons),
        "programme": view.programme_name,
        "other": view.other_name,
        "reason": i18n.get(f"end-reason-{reason}") if reason else "",
    }


async def reason_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    if item_id not in END_REASONS:
        await not_available(callback, manager)
        return
    manager.dialog_data["reason"] = item_id
    await manager.switch_to(States.confirm)


async def end_pair(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    session, actor = session_of(manager), actor_of(manager)
    view, closed = await _pair(manager)
    if closed:
        await manager.switch_to(States.hub)
        return
    pair = await pairs.get_for_member(session, view.pair_id, actor.person_id)
    now = utcnow()
    reason = manager.dialog_data.get("reason", "other")
    await closing.close_pair(session, pair, reason, actor.person_id, now)
    await manager.switch_to(States.hub)


async def hub_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    session = session_of(dialog_manager)
    actor = actor_of(dialog_manager)
    view, _ = await _pair(dialog_manager)
    status = await questionnaires.status_of_pair(session, view.pair_id)
    followup = status.get(Phase.FOLLOWUP)
    answered = await reflections.answered_prompts(session, actor.person_id, view.pair_id)
    return {
        "programme": view.programme_name,
        "other": view.other_name,
        "mentee": view.my_role is Role.MENTEE,
        "followup_done": bool(followup and followup.completed),
        "reflected": any(prompt.startswith("final-") for prompt in answered),
    }


async def open_followup(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await manager.start(
        questionnaire.States.entry,
        data={"pair_id": manager.dialog_data["pair_id"], "phase": Phase.FOLLOWUP.value},
    )


async def final_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    view, _ = await _pair(dialog_manager)
    keys = [k for k in FINAL_PROMPTS if k != "potential" or view.my_role is Role.MENTOR]
    prompt = dialog_manager.dialog_data.get("prompt")
    prompts = [(key, i18n.get(f"final-prompt-{key}")) for key in keys]
    return {
        "prompts": prompts,
        "listing": listing(label for _, label in prompts),
        "prompt": i18n.get(f"final-prompt-{prompt}") if prompt else "",
        "limit": TEXT_LIMIT,
    }


async def prompt_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    view, _ = await _pair(manager)
    if item_id not in FINAL_PROMPTS or (item_id == "potential" and view.my_role is not Role.MENTOR):
        await not_available(callback, manager)
        return
    manager.dialog_data["prompt"] = item_id
    await manager.switch_to(States.final_write)


async def final_written(message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    view, _ = await _pair(manager)
    await reflections.add(
        session_of(manager),
        person_id=actor_of(manager).person_id,
        pair_id=view.pair_id,
        prompt=f"final-{manager.dialog_data['prompt']}",
        text=text,
    )
    await message.answer(i18n_of(manager).get("closure-final-written"))
    await manager.switch_to(States.hub, show_mode=ShowMode.SEND)


async def _facts(manager: DialogManager) -> dict[str, Any]:
    """What the Learning Statement and the certificate say about the programme and the pair."""
    session, i18n = session_of(manager), i18n_of(manager)
    view, _ = await _pair(manager)
    programme = await programmes.get(session, view.programme_id)
    org = await organisations.get(session, programme.org_id)
    sessions = await diary.session_count(session, view.pair_id)
    return {
        "name": actor_of(manager).name,
        "programme": programme.name,
        "org": org.name,
        "mentor": view.other_name,
        "sessions": sessions,
        "start": local_date(programme.start_date, i18n.locale),
        "end": local_date(min(programme.end_date, date.today()), i18n.locale),
    }


async def _drafts(manager: DialogManager) -> dict[str, str]:
    """First drafts from the person's own words; kept in the flow's data as they are edited."""
    stored: dict[str, str] | None = manager.dialog_data.get("statement")
    if stored is not None:
        return stored
    i18n = i18n_of(manager)
    facts = await _facts(manager)
    drafts = dict.fromkeys(STATEMENT_PARTS, "")
    drafts["process"] = tr(i18n, "statement-draft-process", **facts)
    drafts["did"] = tr(i18n, "statement-draft-did", sessions=facts["sessions"])
    drafts["objectives"] = await _own_goals(manager)
    manager.dialog_data["statement"] = drafts
    return drafts


async def _own_goals(manager: DialogManager) -> str:
    """The mentee's goals at the start, in their own words (the intake's or Annex III's open answer)."""
    session, view = session_of(manager), (await _pair(manager))[0]
    instrument = STUDENT_INTAKE if view.programme_kind is ProgrammeKind.STUDENT else TEACHER_QUESTIONNAIRE
    response = await questionnaires.find(
        session, actor_of(manager).person_id, view.pair_id, instrument.key, Phase.BASELINE
    )
    if response is None:
        return ""
    answers = await questionnaires.answers_of(session, response.id)
    open_item = next(item.key for item in instrument.items if item.kind is ItemKind.TEXT)
    answer = answers.get(open_item)
    return answer.text or "" if answer else ""


async def statement_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    drafts = await _drafts(dialog_manager)
    empty = i18n.get("statement-empty")
    parts = "\n\n".join(
        tr(
            i18n,
            "statement-section",
            title=i18n.get(f"statement-{key}"),
            text=shorten(drafts[key], PREVIEW_CHARS) or empty,
        )
        for key in STATEMENT_PARTS
    )
    return {"parts": parts, "buttons": [(key, i18n.get(f"statement-{key}")) for key in STATEMENT_PARTS]}


async def part_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    if item_id not in STATEMENT_PARTS:
        await not_available(callback, manager)
        return
    manager.dialog_data["part"] = item_id
    await manager.switch_to(States.statement_edit)


async def edit_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    part = dialog_manager.dialog_data["part"]
    text = (await _drafts(dialog_manager))[part] or i18n.get("statement-empty")
    return {"title": i18n.get(f"statement-{part}"), "text": text, "limit": TEXT_LIMIT}


async def part_written(_message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    drafts = await _drafts(manager)
    drafts[manager.dialog_data["part"]] = text
    manager.dialog_data["statement"] = drafts
    await manager.switch_to(States.statement)


def _statement_pdf(i18n: I18nContext, facts: dict[str, Any], drafts: dict[str, str]) -> bytes:
    subtitle = i18n.get("statement-subtitle", **facts)
    sections = [(i18n.get(f"statement-{key}"), [drafts[key] or "–"]) for key in STATEMENT_PARTS]
    return sections_pdf(i18n.get("statement-title"), subtitle, sections, unshown=unshown_line(i18n))


async def make_statement(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    i18n = i18n_of(manager)
    pdf = _statement_pdf(i18n, await _facts(manager), await _drafts(manager))
    bot: Bot = manager.middleware_data["bot"]
    document = BufferedInputFile(pdf, "learning-statement.pdf")
    await bot.send_document(callback.from_user.id, document, caption=i18n.get("statement-caption"))
    await manager.switch_to(States.hub, show_mode=ShowMode.SEND)


async def make_certificate(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    i18n = i18n_of(manager)
    view, closed = await _pair(manager)
    if not closed or view.my_role is not Role.MENTEE:
        await not_available(callback, manager)
        return
    facts = await _facts(manager)
    after = [i18n.get(f"certificate-line-{n}", **facts) for n in (3, 4)]
    signature = i18n.get(
        "certificate-signature", org=facts["org"], date=local_date(date.today(), i18n.locale)
    )
    pdf = certificate_pdf(
        i18n.get("certificate-title"),
        i18n.get("certificate-line-1"),
        facts["name"],
        after,
        signature,
        unshown=unshown_line(i18n),
    )
    bot: Bot = manager.middleware_data["bot"]
    document = BufferedInputFile(pdf, "certificate.pdf")
    await bot.send_document(callback.from_user.id, document, caption=i18n.get("certificate-caption"))
    await manager.show(ShowMode.SEND)


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(
        Screen(
            T("closure-open-title"),
            Format("\n{listing}"),  # the reasons in full: a phone cuts long ones off on their buttons
            Column(choice_buttons("reason", "reasons", reason_chosen)),
            Cancel(T("btn-back")),
            getter=reasons_getter,
            state=States.entry,
        ),
        Screen(
            T("closure-confirm"),
            Button(T("btn-closure-end"), id="end", on_click=end_pair),
            Row(SwitchTo(T("btn-back"), id="back", state=States.entry), Cancel(T("btn-cancel"))),
            getter=reasons_getter,
            state=States.confirm,
        ),
        Screen(
            T("closure-hub-title"),
            Column(
                Button(T("closure-step-followup"), id="followup", on_click=open_followup, when="mentee"),
                SwitchTo(T("closure-step-reflection"), id="final", state=States.final),
                SwitchTo(T("closure-step-statement"), id="statement", state=States.statement, when="mentee"),
                Button(
                    T("closure-step-certificate"), id="certificate", on_click=make_certificate, when="mentee"
                ),
            ),
            Cancel(T("btn-menu")),
            getter=hub_getter,
            state=States.hub,
        ),
        Screen(
            T("closure-final-title"),
            Format("\n{listing}"),  # the questions in full: a phone cuts long ones off on their buttons
            Column(choice_buttons("prompt", "prompts", prompt_chosen)),
            SwitchTo(T("btn-back"), id="back_hub", state=States.hub),
            getter=final_getter,
            state=States.final,
        ),
        Screen(
            T("closure-final-prompt"),
            TextInput(
                id="final",
                type_factory=text_field(TEXT_LIMIT),
                on_success=final_written,
                on_error=explain_problem,
            ),
            only_text(),
            SwitchTo(T("btn-back"), id="back_prompts", state=States.final),
            getter=final_getter,
            state=States.final_write,
        ),
        Screen(
            T("statement-intro"),
            Format("\n{parts}"),
            Column(
                Select(
                    Format("✏️ {item[1]}"),
                    id="part",
                    item_id_getter=lambda item: item[0],
                    items="buttons",
                    on_click=part_chosen,
                ),
                Button(T("btn-statement-make"), id="make", on_click=make_statement),
            ),
            SwitchTo(T("btn-back"), id="back_hub2", state=States.hub),
            getter=statement_getter,
            state=States.statement,
        ),
        Screen(
            T("statement-edit"),
            TextInput(
                id="part_text",
                type_factory=text_field(TEXT_LIMIT),
                on_success=part_written,
                on_error=explain_problem,
            ),
            only_text(),
            SwitchTo(T("btn-back"), id="back_statement", state=States.statement),
            getter=edit_getter,
            state=States.statement_edit,
        ),
        on_start=on_start,
    )
