"""Pre-mentoring questionnaire (baseline at onboarding, follow-up at closure) and the before/after view.

The mentee of a pair answers: Annex III of seed 000 in teacher programmes, the seed 003 Stage 1 intake in
student programmes. One item per screen; every answer is stored the moment it is given, so a person who
leaves comes back to the first unanswered item. A summary confirms the response, which is final from then
on. The mentor sees only whether it is completed; coordinators see nothing here.

The package: `states` (the StatesGroup), `windows` (the dialog), `getters`, `handlers` and `base`
(what getters and handlers share).
"""

from __future__ import annotations

from dialogs.questionnaire.base import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT
from dialogs.questionnaire.getters import menu_lines
from dialogs.questionnaire.handlers import open_baseline_if_due
from dialogs.questionnaire.states import QuestionnaireStates, States
from dialogs.questionnaire.windows import dialog

__all__ = [
    "LONG_TEXT_LIMIT",
    "SHORT_TEXT_LIMIT",
    "QuestionnaireStates",
    "States",
    "dialog",
    "menu_lines",
    "open_baseline_if_due",
]
