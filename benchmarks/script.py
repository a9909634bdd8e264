"""What each simulated person does in B1 (no imports: the floor bot reads its button labels from here)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    """What a person does: send a text (`tap` False) or tap the inline button labelled `value`."""

    value: str
    tap: bool = False


# Annex III as a mentee answers it: open it, five scale answers, the open question, confirm.
QUESTIONNAIRE: tuple[Step, ...] = (
    Step("/questionnaire"),
    Step("Slightly", tap=True),
    Step("Often", tap=True),
    Step("Fairly", tap=True),
    Step("Sometimes", tap=True),
    Step("Very much", tap=True),
    Step("Co-designing lessons for mixed-ability groups, and assessing them fairly."),
    Step("✔ Confirm", tap=True),
)
# Every button label the script taps: the floor bot offers all of them under each of its answers.
LABELS: tuple[str, ...] = tuple(step.value for step in QUESTIONNAIRE if step.tap)
