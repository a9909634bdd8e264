"""Pre-mentoring questionnaire (baseline at onboarding, follow-up at closure) and the before/after view.

The mentee of a pair answers: Annex III of seed 000 in teacher programmes, the seed 003 Stage 1 intake in
student programmes. One item per screen; every answer is stored the moment it is given, so a person who
leaves comes back to the first unanswered item. A summary confirms the response, which is final from then
on. The mentor sees only whether it is completed; coordinators see nothing here."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from aiogram_dialog import Dialog, DialogManager, ShowMode, StartMode
from aiogram_dialog.widgets.input import ManagedTextInput, TextInput
from aiogram_dialog.widgets.kbd import Button, Cancel, Column, Row, SwitchTo
from aiogram_dialog.widgets.text import Format
from aiogram_i18n import I18nContext
from babel.lists import format_list
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.common import (
    Outcome,
    Screen,
    choice_buttons,
    explain_problem,
    listing,
    not_available,
    only_text,
    text_field,
    tr,
)
from dialogs.context import actor_of, session_of
from dialogs.instruments import STUDENT_INTAKE, Instrument, Item, ItemKind, questionnaire_for
from dialogs.pair_context import PAIR_KEY, choose_pair, current_pair, pair_choices
from dialogs.states import MainMenu
from dialogs.widgets import T, i18n_of
from storage.errors import NotFound
from storage.models import Phase, Role, Stage
from storage.repo import pairs, questionnaires
from storage.repo.pairs import PairView
from storage.repo.questionnaires import Answer, PhaseStatus, ResponseState
from storage.timeutil import utcnow

PHASE_KEY = "phase"
# The sheet this update has loaded, kept in the update's middleware data: the handler, the next step and
# the window's getter all read it, and loading it is most of what a questionnaire step costs.
SHEET_KEY = "questionnaire_sheet"
ITEM_KEY = "item"
FOLLOWUP_STAGES = frozenset({Stage.TRANSITION, Stage.CLOSED})
LONG_TEXT_LIMIT = 1000  # Annex III's open question
SHORT_TEXT_LIMIT = 300  # the student's goals, "at a high level" (seed 003)


class QuestionnaireStates(StatesGroup):
    # entry: where the person stands (their own status; for a mentor, whether the mentee completed it)
    entry = State()
    pair = State()
    scale = State()
    multi = State()
    long_text = State()
    short_text = State()
    summary = State()
    thanks = State()
    answers = State()


States = QuestionnaireStates  # the name the menu, the commands and the dispatcher use


def phase_for(stage: Stage) -> Phase:
    """The phase a pair answers in at this stage: the follow-up once the mentoring is ending."""
    return Phase.FOLLOWUP if stage in FOLLOWUP_STAGES else Phase.BASELINE


def _text_limit(instrument: Instrument) -> int:
    return SHORT_TEXT_LIMIT if instrument is STUDENT_INTAKE else LONG_TEXT_LIMIT


def _state_of(instrument: Instrument, item: Item) -> State:
    if item.kind is ItemKind.SCALE:
        return States.scale
    if item.kind is ItemKind.MULTI:
        return States.multi
    return States.short_text if instrument is STUDENT_INTAKE else States.long_text


@dataclass(frozen=True)
class Sheet:
    """The mentee's response being answered: the pair, instrument, phase and the answers given so far."""

    pair: PairView
    instrument: Instrument
    phase: Phase
    response: ResponseState
    answers: dict[str, Answer]

    def first_unanswered(self, after: int = -1) -> int | None:
        """The first unanswered item after `after`, else the first unanswered one at all."""
        order = [*range(after + 1, len(self.instrument.items)), *range(after + 1)]
        return next((i for i in order if self.instrument.items[i].key not in self.answers), None)


def _start_value(manager: DialogManager, key: str) -> Any:
    return manager.start_data.get(key) if isinstance(manager.start_data, dict) else None


def _requested_phase(manager: DialogManager) -> Phase | None:
    """The phase asked for by whoever started the flow (the closure flow asks for the follow-up)."""
    try:
        return Phase(_start_value(manager, PHASE_KEY))
    except ValueError:
        return None


async def _pair(manager: DialogManager) -> PairView | None:
    """The pair the questionnaire is about: as pair_context finds it among open pairs, else an ended pair
    of the person's (the follow-up is answered at closure, after the end): the one asked for, or with no
    open pair, the latest."""
    view = await current_pair(manager)
    if view is not None:
        return view
    ended = await pairs.closed_views_for_person(session_of(manager), actor_of(manager).person_id)
    wanted = manager.dialog_data.get(PAIR_KEY, _start_value(manager, PAIR_KEY))
    if wanted is not None:
        return next((view for view in ended if view.pair_id == wanted), None)
    return ended[0] if ended and not await pair_choices(manager) else None


async def _require_pair(manager: DialogManager) -> PairView:
    view = await _pair(manager)
    if view is None:
        raise NotFound("no pair chosen")
    return view


async def _sheet(manager: DialogManager, pair: PairView | None = None) -> Sheet:
    """The sheet of the pair and phase in the dialog's data: loaded once per update (writes here keep the
    loaded one up to date). `pair`: that pair's view, if the caller has just found it."""
    loaded = manager.middleware_data.get(SHEET_KEY)
    if loaded is not None and loaded[0] == _sheet_key(manager):
        sheet: Sheet = loaded[1]
        return sheet
    sheet = await _load_sheet(manager, pair)
    _keep_sheet(manager, sheet)
    return sheet


def _sheet_key(manager: DialogManager) -> tuple[Any, ...]:
    return manager.dialog_data.get(PAIR_KEY), _start_value(manager, PAIR_KEY), manager.dialog_data[PHASE_KEY]


def _keep_sheet(manager: DialogManager, sheet: Sheet) -> None:
    manager.middleware_data[SHEET_KEY] = (_sheet_key(manager), sheet)


async def _load_sheet(manager: DialogManager, pair: PairView | None) -> Sheet:
    if pair is None:
        pair = await _require_pair(manager)
    instrument = questionnaire_for(pair.programme_kind)
    phase = Phase(manager.dialog_data[PHASE_KEY])
    session = session_of(manager)
    response, answers = await questionnaires.resume_with_answers(
        session, actor_of(manager).person_id, pair.pair_id, instrument.key, phase
    )
    return Sheet(pair, instrument, phase, response, answers)


async def _current_item(manager: DialogManager) -> tuple[Sheet, Item]:
    sheet = await _sheet(manager)
    return sheet, sheet.instrument.items[manager.dialog_data[ITEM_KEY]]


async def _show_item(manager: DialogManager, sheet: Sheet, index: int) -> None:
    manager.dialog_data[ITEM_KEY] = index
    await manager.switch_to(_state_of(sheet.instrument, sheet.instrument.items[index]))


async def _continue(manager: DialogManager, after: int = -1) -> None:
    """On to the next unanswered item, or to the summary when all are answered."""
    sheet = await _sheet(manager)
    index = sheet.first_unanswered(after)
    if index is None:
        await manager.switch_to(States.summary)
    else:
        await _show_item(manager, sheet, index)


async def open_pair(manager: DialogManager) -> None:
    """What the person does here for the pair: a mentee answers an open questionnaire where they left off;
    otherwise they see where things stand."""
    pair = await _pair(manager)
    if pair is None:
        several = len(await pair_choices(manager)) > 1
        await manager.switch_to(States.pair if several else States.entry)
        return
    manager.dialog_data[PAIR_KEY] = pair.pair_id
    if pair.my_role is not Role.MENTEE:
        await manager.switch_to(States.entry)
        return
    manager.dialog_data[PHASE_KEY] = (_requested_phase(manager) or phase_for(pair.stage)).value
    if (await _sheet(manager, pair)).response.completed:
        await manager.switch_to(States.entry)
    else:
        await _continue(manager)


async def on_start(_start_data: Any, manager: DialogManager) -> None:
    await open_pair(manager)


async def open_baseline_if_due(manager: DialogManager) -> bool:
    """At onboarding: a mentee whose pair's baseline is not complete gets it at once, on top of the menu
    (so finishing or leaving it lands in the menu). False if there is nothing to ask."""
    session = session_of(manager)
    person_id = actor_of(manager).person_id
    awaiting = set(await questionnaires.pairs_awaiting_baseline(session, person_id))
    due = [
        view.pair_id
        for view in await pairs.views_for_person(session, person_id)
        if view.pair_id in awaiting and phase_for(view.stage) is Phase.BASELINE
    ]
    if not due:
        return False
    await manager.start(MainMenu.main, mode=StartMode.RESET_STACK, show_mode=ShowMode.NO_UPDATE)
    await manager.start(
        States.entry, data={PAIR_KEY: due[0], PHASE_KEY: Phase.BASELINE.value}, show_mode=ShowMode.AUTO
    )
    return True


# --- words ---------------------------------------------------------------------------------------------


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


# --- getters -------------------------------------------------------------------------------------------


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


# --- handlers ------------------------------------------------------------------------------------------


async def pair_chosen(callback: CallbackQuery, widget: Any, manager: DialogManager, item_id: str) -> None:
    if await choose_pair(callback, widget, manager, item_id):
        manager.dialog_data.pop(PHASE_KEY, None)
        await open_pair(manager)


async def answer_now(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await open_pair(manager)


async def leave(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Back from the questionnaire: to the choice of pair if the person chose one here, else out."""
    chose_here = _start_value(manager, PAIR_KEY) is None and len(await pair_choices(manager)) > 1
    if chose_here:
        manager.dialog_data.pop(PAIR_KEY, None)
        await manager.switch_to(States.pair)
    else:
        await manager.done()


async def previous_item(callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    index = manager.dialog_data[ITEM_KEY]
    if index == 0:
        await leave(callback, button, manager)
    else:
        await _show_item(manager, await _sheet(manager), index - 1)


async def _save(event: CallbackQuery | Message, manager: DialogManager, sheet: Sheet, answer: Answer) -> bool:
    """Store the answer; a confirmed response no longer changes (an old button gets "not available")."""
    try:
        await questionnaires.save_answer(session_of(manager), sheet.response, answer)
    except NotFound:
        await not_available(event, manager)
        return False
    sheet.answers[answer.item] = answer
    return True


def _option(item: Item, item_id: str) -> int | None:
    """The option index a button carries, if it is one of the item's."""
    return int(item_id) if item_id.isdecimal() and int(item_id) < len(item.options) else None


async def option_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    sheet, item = await _current_item(manager)
    option = _option(item, item_id)
    if option is None:
        await not_available(callback, manager)
        return
    if await _save(callback, manager, sheet, Answer(item.key, choice=option)):
        await _continue(manager, after=manager.dialog_data[ITEM_KEY])


async def option_toggled(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    """Pick or unpick one of several options; stored at once, the window stays for more."""
    sheet, item = await _current_item(manager)
    option = _option(item, item_id)
    if option is None:
        await not_available(callback, manager)
        return
    answer = sheet.answers.get(item.key)
    picked = set(answer.choices) if answer is not None else set()
    picked ^= {option}
    if picked:
        await _save(callback, manager, sheet, Answer(item.key, choices=tuple(sorted(picked))))
        return
    try:
        await questionnaires.clear_answer(session_of(manager), sheet.response.id, item.key)
    except NotFound:
        await not_available(callback, manager)
        return
    sheet.answers.pop(item.key, None)


async def picks_done(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    sheet, item = await _current_item(manager)
    if item.key not in sheet.answers:
        await callback.answer(i18n_of(manager).get("questionnaire-pick-one"), show_alert=True)
        return
    await _continue(manager, after=manager.dialog_data[ITEM_KEY])


async def skipped(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    sheet, item = await _current_item(manager)
    if await _save(callback, manager, sheet, Answer(item.key, skipped=True)):
        await _continue(manager, after=manager.dialog_data[ITEM_KEY])


async def kept(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await _continue(manager, after=manager.dialog_data[ITEM_KEY])


async def text_given(
    message: Message, widget: ManagedTextInput[str], manager: DialogManager, text: str
) -> None:
    # the answer lives in its table only, not also in the dialog state
    manager.current_context().widget_data.pop(widget.widget.widget_id or "", None)
    sheet, item = await _current_item(manager)
    if await _save(message, manager, sheet, Answer(item.key, text=text)):
        await _continue(manager, after=manager.dialog_data[ITEM_KEY])


async def change_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    sheet = await _sheet(manager)
    if not item_id.isdecimal() or int(item_id) >= len(sheet.instrument.items) or sheet.response.completed:
        await not_available(callback, manager)
        return
    await _show_item(manager, sheet, int(item_id))


async def back_from_summary(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    sheet = await _sheet(manager)
    await _show_item(manager, sheet, len(sheet.instrument.items) - 1)


async def confirmed(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    sheet = await _sheet(manager)
    missing = sheet.first_unanswered()
    if missing is not None:
        await _show_item(manager, sheet, missing)
        return
    try:
        await questionnaires.complete(session_of(manager), sheet.response.id, utcnow())
    except NotFound:
        await not_available(callback, manager)
        return
    _keep_sheet(manager, replace(sheet, response=replace(sheet.response, completed=True)))
    await manager.switch_to(States.thanks)


# --- windows -------------------------------------------------------------------------------------------


def _question_nav() -> Row:
    return Row(
        Button(T("btn-back"), id="previous", on_click=previous_item),
        Cancel(T("questionnaire-btn-later")),
    )


def _question_text() -> tuple[Format, T]:
    return Format("{intro}\n", when="intro"), T("questionnaire-question")


def _skip() -> Button:
    return Button(Format("{skip}"), id="skip", on_click=skipped)


def _options(on_click: Any) -> Column:
    return Column(choice_buttons("option", "options", on_click))


def _text_screen(state: State, limit: int) -> Any:
    return Screen(
        *_question_text(),
        T("questionnaire-your-answer", when="has_text"),
        T("questionnaire-write"),
        TextInput(
            id=f"answer_{limit}",
            type_factory=text_field(limit),
            on_success=text_given,
            on_error=explain_problem,
        ),
        only_text(),
        Button(T("questionnaire-btn-keep"), id="keep", on_click=kept, when="has_text"),
        _skip(),
        _question_nav(),
        getter=question_getter,
        state=state,
    )


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(
        Screen(
            Format("{status}"),
            Column(
                Button(T("questionnaire-btn-answer"), id="answer", on_click=answer_now, when="can_answer"),
                SwitchTo(
                    T("questionnaire-btn-answers"), id="answers", state=States.answers, when="has_answers"
                ),
                Button(T("btn-back"), id="leave", on_click=leave),
            ),
            getter=home_getter,
            state=States.entry,
        ),
        Screen(
            T("questionnaire-which-pair"),
            Column(choice_buttons("pair", "pairs", pair_chosen)),
            Cancel(T("btn-back")),
            getter=pairs_getter,
            state=States.pair,
        ),
        Screen(
            *_question_text(),
            _options(option_chosen),
            _skip(),
            _question_nav(),
            getter=question_getter,
            state=States.scale,
        ),
        Screen(
            *_question_text(),
            Format("\n{listing}"),  # the options in full: a phone cuts long ones off on their buttons
            _options(option_toggled),
            Button(T("questionnaire-btn-next"), id="next", on_click=picks_done),
            _skip(),
            _question_nav(),
            getter=question_getter,
            state=States.multi,
        ),
        _text_screen(States.long_text, LONG_TEXT_LIMIT),
        _text_screen(States.short_text, SHORT_TEXT_LIMIT),
        Screen(
            T("questionnaire-summary"),
            Format("{answers}"),
            Column(choice_buttons("change", "changes", change_chosen)),
            Button(T("btn-confirm"), id="confirm", on_click=confirmed),
            Row(
                Button(T("btn-back"), id="back_to_last", on_click=back_from_summary),
                Cancel(T("questionnaire-btn-later")),
            ),
            getter=summary_getter,
            state=States.summary,
        ),
        Outcome(
            T("questionnaire-thanks"),
            SwitchTo(Format("{see}"), id="see", state=States.answers),
            Cancel(T("questionnaire-btn-done")),
            getter=thanks_getter,
            state=States.thanks,
        ),
        Screen(
            Format("{answers}"),
            SwitchTo(T("btn-back"), id="home", state=States.entry),
            getter=answers_getter,
            state=States.answers,
        ),
        on_start=on_start,
    )
