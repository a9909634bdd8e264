"""What the questionnaire's getters and handlers share: the phase, the pair and the sheet being answered."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aiogram_dialog import DialogManager

from bot.instruments import Instrument, Item, questionnaire_for
from dialogs.context import actor_of, session_of
from dialogs.pair_context import PAIR_KEY, current_pair, pair_choices
from storage.errors import NotFound
from storage.models import Phase, Stage
from storage.repo import pairs, questionnaires
from storage.repo.pairs import PairView
from storage.repo.questionnaires import Answer, ResponseState

PHASE_KEY = "phase"
# The sheet this update has loaded, kept in the update's middleware data: the handler, the next step and
# the window's getter all read it, and loading it is most of what a questionnaire step costs.
SHEET_KEY = "questionnaire_sheet"
ITEM_KEY = "item"
FOLLOWUP_STAGES = frozenset({Stage.TRANSITION, Stage.CLOSED})
LONG_TEXT_LIMIT = 1000  # Annex III's open question
SHORT_TEXT_LIMIT = 300  # the student's goals, "at a high level" (seed 003)


def phase_for(stage: Stage) -> Phase:
    """The phase a pair answers in at this stage: the follow-up once the mentoring is ending."""
    return Phase.FOLLOWUP if stage in FOLLOWUP_STAGES else Phase.BASELINE


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
