"""The questionnaire dialog's windows."""

from __future__ import annotations

from typing import Any

from aiogram.fsm.state import State
from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Button, Cancel, Column, Row, SwitchTo
from aiogram_dialog.widgets.text import Format

from dialogs.common import Outcome, Screen, choice_buttons, explain_problem, only_text, text_field
from dialogs.questionnaire.base import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT
from dialogs.questionnaire.getters import (
    answers_getter,
    home_getter,
    pairs_getter,
    question_getter,
    summary_getter,
    thanks_getter,
)
from dialogs.questionnaire.handlers import (
    answer_now,
    back_from_summary,
    change_chosen,
    confirmed,
    kept,
    leave,
    on_start,
    option_chosen,
    option_toggled,
    pair_chosen,
    picks_done,
    previous_item,
    skipped,
    text_given,
)
from dialogs.questionnaire.states import States
from dialogs.urgent import FreeText
from dialogs.widgets import T


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
        FreeText(
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
