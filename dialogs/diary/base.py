"""What the diary's getters and handlers share: limits, the steps, and the entry the person is on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from aiogram_dialog import DialogManager

from bot.instruments import MENTORING_PLAN
from dialogs.context import actor_of, session_of
from dialogs.pair_context import require_pair
from storage.errors import NotFound
from storage.models import ProgrammeKind, SessionMode
from storage.repo import diary
from storage.repo.diary import Draft, Entry, Section
from storage.repo.pairs import PairView
from storage.timeutil import utcnow

TEXT_LIMIT = 2000  # characters per text of an entry
MODE_WORD_LIMIT = 60  # the column's size
QUICK_MINUTES = (30, 45, 60, 90, 120)
MIN_MINUTES, MAX_MINUTES = 5, 600
PAGE_SIZE = 5
PREVIEW_CHARS = 600  # per text in the entry's window, so four long texts fit in one message

DATE, DURATION, MODE, ACTIVITY = "date", "duration", "mode", "activity"
FACT_STEPS = (DATE, DURATION, MODE)
CHOOSABLE_MODES = (SessionMode.IN_PERSON, SessionMode.ONLINE, SessionMode.HYBRID)
PLAN_KEYS = tuple(activity.key for activity in MENTORING_PLAN)
SECTION_STEPS = frozenset(section.value for section in Section)


def today_in(timezone: str) -> date:
    return utcnow().astimezone(ZoneInfo(timezone)).date()


# --- the entry being written --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Work:
    """The entry the person is on: stored (`entry`), or its draft until date, duration and mode are known."""

    view: PairView
    entry: Entry | None
    number: int
    held_on: date | None
    duration: int | None
    mode: SessionMode | None
    mode_other: str | None

    @property
    def teacher(self) -> bool:
        return self.view.programme_kind is ProgrammeKind.TEACHER

    @property
    def walk(self) -> tuple[str, ...]:
        """The steps of the person's part, in order."""
        mine = tuple(diary.SECTIONS_OF[self.view.my_role])
        if self.entry is not None and not self.entry.owns_facts:
            return mine
        return FACT_STEPS + ((ACTIVITY,) if self.teacher else ()) + mine

    def value(self, step: str) -> object | None:
        values: dict[str, object | None] = {DATE: self.held_on, DURATION: self.duration, MODE: self.mode}
        if step in values:
            return values[step]
        if self.entry is None:
            return None
        if step == ACTIVITY:
            return self.entry.facts.activity
        return self.entry.texts[Section(step)]

    def first_open(self) -> str | None:
        return next((step for step in self.walk if self.value(step) is None), None)


async def load_work(manager: DialogManager) -> Work:
    view = await require_pair(manager)
    entry = await _entry(manager, view)
    if entry is not None:
        facts = entry.facts
        return Work(
            view, entry, facts.session_no, facts.held_on, facts.duration_minutes, facts.mode, facts.mode_other
        )
    session = session_of(manager)
    draft = await diary.draft_of(session, view.pair_id, actor_of(manager).person_id)
    draft = draft or Draft(None, None, None, None)
    return Work(
        view,
        None,
        await diary.next_session_no(session, view.pair_id),
        draft.held_on,
        draft.duration_minutes,
        draft.mode,
        draft.mode_other,
    )


async def _entry(manager: DialogManager, view: PairView) -> Entry | None:
    entry_id = manager.dialog_data.get("entry_id")
    if entry_id is None:
        return None
    return await diary.get(
        session_of(manager), entry_id, pair_id=view.pair_id, person_id=actor_of(manager).person_id
    )


async def require_entry(manager: DialogManager) -> Entry:
    entry = await _entry(manager, await require_pair(manager))
    if entry is None:
        raise NotFound("no diary entry chosen")
    return entry
