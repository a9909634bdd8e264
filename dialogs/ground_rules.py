"""Ground rules and agreement: the pair's rules on seed 003's topics, the mentor agreement (seed 002).

Either member writes a topic (a suggested answer or their own words); both see every rule and both agree at
the end. A changed rule clears both agreements. In a teacher programme the mentor also accepts the mentor
agreement. When everything is agreed the pair moves from Setting up to Engage (`stages.advance_if_ready`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from aiogram_dialog import Dialog, DialogManager
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Button, Cancel, Column, SwitchTo
from aiogram_dialog.widgets.text import Format
from aiogram_i18n import I18nContext
from sqlalchemy.ext.asyncio import AsyncSession

from bot.instruments import GROUND_RULE_TOPICS, MENTOR_AGREEMENT_POINTS
from dialogs.common import (
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
from dialogs.pair_context import choose_pair, current_pair, pair_choices, require_pair
from dialogs.widgets import T, i18n_of, local_date
from storage.errors import NotFound
from storage.models import ProgrammeKind, Role, Stage
from storage.repo import ground_rules, programmes, stages
from storage.repo.ground_rules import Agreements, PairRules, Rule
from storage.repo.pairs import PairView
from storage.timeutil import utcnow


class GroundRulesStates(StatesGroup):
    entry = State()  # which pair? (skipped when there is only one)
    overview = State()
    topic = State()
    agreement = State()


States = GroundRulesStates  # the name the menu and commands use

RULE_LIMIT = 300
TOPIC_KEY = "topic"
CONFIDENTIALITY = "confidentiality"
SUGGESTIONS: dict[str, tuple[str, ...]] = {
    topic: tuple(f"ground-rules-suggestion-{topic}-{i}" for i in range(count))
    for topic, count in (
        ("how_often", 3),
        ("where_when", 3),
        ("cannot_come", 2),
        ("friends", 2),
        ("confidentiality", 2),
        ("problems", 3),
    )
}


def stage_line(i18n: I18nContext, stage: Stage) -> str:
    """The line 'Stage: <name> – <its one-line meaning>' (shared with the coordinator's pair card)."""
    return tr(
        i18n,
        "menu-stage",
        stage=i18n.get(f"stage-{stage.value}"),
        meaning=i18n.get(f"stage-meaning-{stage.value}"),
    )


def local_day(moment: datetime, timezone: str, locale: str) -> str:
    """The day of a stored (UTC) moment in the programme's time zone, as people of `locale` write it."""
    return local_date(moment.astimezone(ZoneInfo(timezone)).date(), locale)


@dataclass(frozen=True)
class Seen:
    """The pair's rules as one member sees them."""

    view: PairView
    me: int
    state: PairRules
    timezone: str

    @property
    def agreements(self) -> Agreements:
        return self.state.agreements

    @property
    def other_id(self) -> int | None:
        mentor = self.view.my_role is Role.MENTOR
        return self.agreements.mentee_id if mentor else self.agreements.mentor_id

    def date(self, moment: datetime, i18n: I18nContext) -> str:
        return local_day(moment, self.timezone, i18n.locale)

    def name(self, person_id: int | None, i18n: I18nContext) -> str:
        return i18n.get("ground-rules-you") if person_id == self.me else self.view.other_name


async def _seen(manager: DialogManager) -> Seen:
    view = await require_pair(manager)
    session = session_of(manager)
    me = actor_of(manager).person_id
    state = await ground_rules.for_member(session, view.pair_id, me)
    programme = await programmes.get(session, view.programme_id)
    return Seen(view, me, state, programme.timezone)


# --- which pair --------------------------------------------------------------------------------------------


async def on_start(_start_data: Any, manager: DialogManager) -> None:
    if await current_pair(manager) is not None:
        await manager.switch_to(States.overview)


async def entry_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    choices = await pair_choices(dialog_manager)
    return {"pairs": choices, "no_pairs": not choices}


async def pair_chosen(callback: CallbackQuery, widget: Any, manager: DialogManager, item_id: str) -> None:
    if await choose_pair(callback, widget, manager, item_id):
        await manager.switch_to(States.overview)


# --- the rules at a glance ---------------------------------------------------------------------------------


def _answer(i18n: I18nContext, seen: Seen, rule: Rule, key: str) -> str:
    return tr(
        i18n, key, text=rule.text, who=seen.name(rule.set_by, i18n), date=seen.date(rule.updated_at, i18n)
    )


def _topic_block(i18n: I18nContext, seen: Seen, number: int, topic: str) -> str:
    rule = seen.state.rules.get(topic)
    lines = [
        tr(i18n, "ground-rules-topic-line", number=number, topic=i18n.get(f"ground-rule-{topic}")),
        i18n.get("ground-rules-open") if rule is None else _answer(i18n, seen, rule, "ground-rules-answer"),
    ]
    if topic == CONFIDENTIALITY:
        lines.append(i18n.get("ground-rules-confidentiality-limit"))
    return "\n".join(lines)


def _agreement_lines(i18n: I18nContext, seen: Seen) -> list[str]:
    agreed_at = seen.agreements.rules_agreed_at
    if agreed_at is not None:
        return [tr(i18n, "ground-rules-agreed-both", date=seen.date(agreed_at, i18n))]
    lines = []
    still_open = ground_rules.open_topics(seen.state.rules, GROUND_RULE_TOPICS)
    if still_open:
        lines.append(i18n.get("ground-rules-open-count", count=len(still_open)))
    agreed = seen.agreements.rules_agreed
    lines.append(i18n.get("ground-rules-you-agreed" if seen.me in agreed else "ground-rules-you-not-agreed"))
    if not seen.view.other_joined:
        other_key = "ground-rules-other-not-joined"
    elif seen.other_id in agreed:
        other_key = "ground-rules-other-agreed"
    else:
        other_key = "ground-rules-other-not-agreed"
    lines.append(tr(i18n, other_key, other=seen.view.other_name))
    return lines


def _mentor_agreement_line(i18n: I18nContext, seen: Seen) -> str:
    accepted_at = seen.agreements.mentor_agreement_at
    if accepted_at is None:
        return i18n.get("ground-rules-mentor-agreement-open")
    mentor = seen.name(seen.agreements.mentor_id, i18n)
    return tr(
        i18n, "ground-rules-mentor-agreement-accepted", mentor=mentor, date=seen.date(accepted_at, i18n)
    )


async def overview_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    seen = await _seen(dialog_manager)
    teacher = seen.view.programme_kind is ProgrammeKind.TEACHER
    status = _agreement_lines(i18n, seen) + ([_mentor_agreement_line(i18n, seen)] if teacher else [])
    blocks = [
        tr(i18n, "ground-rules-title", programme=seen.view.programme_name, other=seen.view.other_name),
        i18n.get("ground-rules-intro"),
        *(_topic_block(i18n, seen, number, topic) for number, topic in enumerate(GROUND_RULE_TOPICS, 1)),
        "\n".join([*status, stage_line(i18n, seen.view.stage)]),
    ]
    topics = [
        (
            topic,
            i18n.get(
                "ground-rules-btn-topic-done" if topic in seen.state.rules else "ground-rules-btn-topic-open",
                topic=i18n.get(f"ground-rule-{topic}"),
            ),
        )
        for topic in GROUND_RULE_TOPICS
    ]
    complete = not ground_rules.open_topics(seen.state.rules, GROUND_RULE_TOPICS)
    return {
        "text": "\n\n".join(blocks),
        "topics": topics,
        "can_agree": complete and seen.me not in seen.agreements.rules_agreed,
        "teacher": teacher,
    }


async def topic_chosen(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    if item_id not in GROUND_RULE_TOPICS:
        await not_available(callback, manager)
        return
    manager.dialog_data[TOPIC_KEY] = item_id
    await manager.switch_to(States.topic)


async def agree(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    view = await require_pair(manager)
    try:
        await ground_rules.agree_to_rules(
            session_of(manager), view.pair_id, actor_of(manager).person_id, GROUND_RULE_TOPICS, utcnow()
        )
    except ValueError:  # a topic is open again (the other member was quicker): show the rules as they are
        await callback.answer(i18n_of(manager).get("ground-rules-still-open"), show_alert=True)
        return
    await _advance(callback, manager, view, "ground-rules-thanks")


async def _advance(callback: CallbackQuery, manager: DialogManager, view: PairView, thanks_key: str) -> None:
    """Move the pair on if everything is agreed now, and tell the person what happened."""
    i18n = i18n_of(manager)
    if await stages.advance_if_ready(session_of(manager), view.pair_id, utcnow()):
        stage = i18n.get(f"stage-{Stage.ENGAGE.value}")
        await callback.answer(tr(i18n, "ground-rules-moved-on", stage=stage), show_alert=True)
    else:
        await callback.answer(i18n.get(thanks_key))


# --- one topic ---------------------------------------------------------------------------------------------


async def topic_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    seen = await _seen(dialog_manager)
    topic = dialog_manager.dialog_data[TOPIC_KEY]
    rule = seen.state.rules.get(topic)
    lines = [
        tr(
            i18n,
            "ground-rules-topic",
            number=GROUND_RULE_TOPICS.index(topic) + 1,
            total=len(GROUND_RULE_TOPICS),
            topic=i18n.get(f"ground-rule-{topic}"),
        )
    ]
    if rule is not None:
        lines.append(_answer(i18n, seen, rule, "ground-rules-current"))
    if topic == CONFIDENTIALITY:
        lines.append(i18n.get("ground-rules-confidentiality-limit"))
    lines.append(i18n.get("ground-rules-topic-help", limit=RULE_LIMIT))
    suggestions = [(index, i18n.get(key)) for index, key in enumerate(SUGGESTIONS[topic])]
    lines.append(listing(label for _, label in suggestions))  # in full: a phone cuts long buttons off
    return {"text": "\n\n".join(lines), "suggestions": suggestions}


async def suggestion_chosen(
    callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str
) -> None:
    keys = SUGGESTIONS[manager.dialog_data[TOPIC_KEY]]
    if not item_id.isdigit() or int(item_id) >= len(keys):
        await not_available(callback, manager)
        return
    await _save_rule(callback, manager, i18n_of(manager).get(keys[int(item_id)]))


async def rule_typed(message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    await _save_rule(message, manager, text)


async def _save_rule(event: CallbackQuery | Message, manager: DialogManager, text: str) -> None:
    """Store the rule at once, then go on to the next open topic (or back to the overview)."""
    view = await require_pair(manager)
    session, me, topic = session_of(manager), actor_of(manager).person_id, manager.dialog_data[TOPIC_KEY]
    if await ground_rules.set_rule(session, view.pair_id, me, topic, text, utcnow()):
        ask_again = i18n_of(manager).get("ground-rules-ask-again")
        if isinstance(event, CallbackQuery):
            await event.answer(ask_again, show_alert=True)
        else:
            await event.answer(ask_again)
    rules = (await ground_rules.for_member(session, view.pair_id, me)).rules
    following = _next_open(rules, topic)
    if following is None:
        await manager.switch_to(States.overview)
    else:
        manager.dialog_data[TOPIC_KEY] = following
        await manager.switch_to(States.topic)


def _next_open(rules: dict[str, Rule], after: str) -> str | None:
    """The first open topic after `after` (then from the start), or None when every topic has a rule."""
    still_open = ground_rules.open_topics(rules, GROUND_RULE_TOPICS)
    later = [
        topic for topic in still_open if GROUND_RULE_TOPICS.index(topic) > GROUND_RULE_TOPICS.index(after)
    ]
    return next(iter(later or still_open), None)


# --- the mentor agreement (teacher programmes) -------------------------------------------------------------


async def agreement_getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    i18n = i18n_of(dialog_manager)
    seen = await _seen(dialog_manager)
    me = actor_of(dialog_manager).name
    mentor, mentee = (
        (me, seen.view.other_name) if seen.view.my_role is Role.MENTOR else (seen.view.other_name, me)
    )
    points = [
        tr(i18n, "ground-rules-agreement-point", number=n, text=i18n.get(f"mentor-agreement-{n}"))
        for n in MENTOR_AGREEMENT_POINTS
    ]
    blocks = [
        tr(i18n, "ground-rules-agreement-heading", title=i18n.get("mentor-agreement-title")),
        tr(i18n, "ground-rules-agreement-names", mentor=mentor, mentee=mentee),
        "\n".join([i18n.get("mentor-agreement-intro"), *points]),
        _mentor_agreement_line(i18n, seen),
    ]
    return {
        "text": "\n\n".join(blocks),
        "can_accept": seen.view.my_role is Role.MENTOR and seen.agreements.mentor_agreement_at is None,
    }


async def accept(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    view = await require_pair(manager)
    try:
        await ground_rules.accept_mentor_agreement(
            session_of(manager), view.pair_id, actor_of(manager).person_id, utcnow()
        )
    except NotFound:
        await not_available(callback, manager)
        return
    await _advance(callback, manager, view, "ground-rules-agreement-thanks")
    await manager.switch_to(States.overview)


# --- the line in the main menu -----------------------------------------------------------------------------


async def menu_lines(session: AsyncSession, i18n: I18nContext, view: PairView) -> list[str]:
    """Where the pair is with its ground rules (and, for a teacher pair's mentor, the mentor agreement)."""
    agreed = await ground_rules.agreements(session, view.pair_id)
    mentor = view.my_role is Role.MENTOR
    me = agreed.mentor_id if mentor else agreed.mentee_id
    if agreed.rules_agreed_at is not None:
        timezone = (await programmes.get(session, view.programme_id)).timezone
        day = local_day(agreed.rules_agreed_at, timezone, i18n.locale)
        lines = [tr(i18n, "ground-rules-menu-agreed", date=day)]
    elif me in agreed.rules_agreed:
        lines = [tr(i18n, "ground-rules-menu-waiting", other=view.other_name)]
    else:
        lines = [i18n.get("ground-rules-menu-open")]
    if mentor and view.programme_kind is ProgrammeKind.TEACHER and agreed.mentor_agreement_at is None:
        lines.append(i18n.get("ground-rules-menu-mentor-agreement"))
    return lines


def dialog() -> Dialog:
    """A new instance: each dispatcher needs its own."""
    return Dialog(
        Screen(
            T("ground-rules-which-pair"),
            T("ground-rules-no-pair", when="no_pairs"),
            Column(choice_buttons("pair", "pairs", pair_chosen)),
            Cancel(T("btn-back")),
            getter=entry_getter,
            state=States.entry,
        ),
        Screen(
            Format("{text}"),
            Column(
                choice_buttons("topic", "topics", topic_chosen),
                Button(T("ground-rules-btn-agree"), id="agree", on_click=agree, when="can_agree"),
                SwitchTo(
                    T("ground-rules-btn-mentor-agreement"),
                    id="to_agreement",
                    state=States.agreement,
                    when="teacher",
                ),
                Cancel(T("btn-back")),
            ),
            getter=overview_getter,
            state=States.overview,
        ),
        Screen(
            Format("{text}"),
            Column(
                choice_buttons("suggestion", "suggestions", suggestion_chosen),
            ),
            TextInput(
                id="rule",
                type_factory=text_field(RULE_LIMIT),
                on_success=rule_typed,
                on_error=explain_problem,
            ),
            only_text(),
            SwitchTo(T("btn-back"), id="topic_back", state=States.overview),
            getter=topic_getter,
            state=States.topic,
        ),
        Screen(
            Format("{text}"),
            Button(T("ground-rules-btn-accept"), id="accept", on_click=accept, when="can_accept"),
            SwitchTo(T("btn-back"), id="agreement_back", state=States.overview),
            getter=agreement_getter,
            state=States.agreement,
        ),
        on_start=on_start,
    )
