"""The instruments of the seeds as data. Their words are in locales/*/instruments.ftl, under these keys."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from storage.models import ProgrammeKind, Stage


class ItemKind(StrEnum):
    SCALE = "scale"  # one option of a scale, by button
    MULTI = "multi"  # several options, by buttons
    TEXT = "text"  # free text


@dataclass(frozen=True)
class Item:
    key: str
    kind: ItemKind
    options: tuple[str, ...] = ()  # Fluent keys of the options, in order (their index is stored)


EXTENT = tuple(f"scale-extent-{i}" for i in range(4))  # Not at all / Slightly / Fairly / Very much
FREQUENCY = tuple(f"scale-frequency-{i}" for i in range(5))  # Never / Rarely / Sometimes / Often / Always


@dataclass(frozen=True)
class Instrument:
    key: str
    items: tuple[Item, ...]


TEACHER_QUESTIONNAIRE = Instrument(
    "teacher_annex3",
    (
        Item("1", ItemKind.SCALE, EXTENT),
        Item("2", ItemKind.SCALE, FREQUENCY),
        Item("3", ItemKind.SCALE, EXTENT),
        Item("4", ItemKind.SCALE, FREQUENCY),
        Item("5", ItemKind.SCALE, EXTENT),
        Item("6", ItemKind.TEXT),
    ),
)
STUDENT_INTAKE = Instrument(
    "student_intake",
    (
        Item("hopes", ItemKind.MULTI, tuple(f"q-student_intake-hopes-{i}" for i in range(4))),
        Item("goals", ItemKind.TEXT),
    ),
)


def questionnaire_for(kind: ProgrammeKind) -> Instrument:
    return TEACHER_QUESTIONNAIRE if kind is ProgrammeKind.TEACHER else STUDENT_INTAKE


@dataclass(frozen=True)
class PlanActivity:
    key: str
    part: str  # "mentoring" or "piloting"
    hours: float


# Seed 000, Annex II: mentoring activities (10 h) and piloting in class (10 h)
MENTORING_PLAN = (
    PlanActivity("initial_analysis", "mentoring", 1),
    PlanActivity("methodological_deepening", "mentoring", 2),
    PlanActivity("co_design", "mentoring", 6),
    PlanActivity("final_reflection", "mentoring", 1),
    PlanActivity("classroom_piloting", "piloting", 8),
    PlanActivity("evidence", "piloting", 1),
    PlanActivity("personal_reflection", "piloting", 1),
)
PLAN_PARTS = ("mentoring", "piloting")

# Seed 003: "for a period of 4 months – 3 times of week for 90 minutes per session"
STUDENT_RHYTHM_MONTHS = 4
STUDENT_SESSIONS_PER_WEEK = 3
STUDENT_SESSION_MINUTES = 90

# Seed 003, Stage 1: the ground rules a pair should set
GROUND_RULE_TOPICS = ("how_often", "where_when", "cannot_come", "friends", "confidentiality", "problems")

# Seed 002: the six points of the mentor agreement (teacher programmes)
MENTOR_AGREEMENT_POINTS = tuple(range(1, 7))

# Seed 002: the ten action steps of the individual development plan (teacher reflection prompts)
DEVELOPMENT_PLAN_STEPS = tuple(range(1, 11))

# Seed 002 action steps offered to teacher pairs at each stage
TEACHER_STAGE_STEPS: dict[Stage, tuple[int, ...]] = {
    Stage.SETTING_UP: (1, 4),
    Stage.ENGAGE: (2, 3, 5, 6),
    Stage.SUSTAIN: (7, 9),
    Stage.TRANSITION: (8, 10),
}

# Seed 003: stage questions for student pairs
STAGE_PROMPTS: dict[Stage, tuple[str, ...]] = {
    Stage.SETTING_UP: ("engage-mission", "engage-goals"),
    Stage.ENGAGE: ("engage-mission", "engage-goals", "engage-objectives"),
    Stage.SUSTAIN: ("sustain-feedback", "sustain-problem"),
    Stage.TRANSITION: ("transition-went_well", "transition-learned"),
}

# Seed 003, Stage 4: why a relationship ends (plus the programme's end, and other)
END_REASONS = ("programme_end", "moved_away", "life_changes", "decided_to_end", "other")
FINAL_PROMPTS = ("went_well", "growth", "potential")
