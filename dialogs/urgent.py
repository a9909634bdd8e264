"""Urgent words in what people write (issue #23, 3): the writer at once sees the helplines and a one-tap
"Tell the coordinators", which opens the concern flow with what they wrote, to send, change or cancel.

Nothing goes to anyone without that tap. With `URGENT_WORDS_SIGNAL=on` the coordinators of the
organisation are also told that there was a match in a pair, without a word of the text. What was
written is saved by its flow as usual either way: the check runs after the flow's own handler.
The text itself is never logged; until the tap it is kept in the person's own dialog state (one at a
time, the latest), which /mydata's erasing removes with the rest.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram_dialog import DialogManager, ShowMode
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.text import Text
from aiogram_i18n import I18nContext
from sqlalchemy.ext.asyncio import AsyncSession

from bot.filters import DataStartsWith
from bot.urgent_words import is_urgent
from dialogs.common import explain_problem, tr
from dialogs.concern import TEXT_LIMIT, States
from dialogs.context import DialogConfig, config_of, session_of
from dialogs.navigation import start_home
from dialogs.pair_context import PAIR_KEY, current_pair
from dialogs.widgets import i18n_of
from storage.models import Organisation, Role
from storage.repo import concerns, organisations, pairs, programmes
from storage.repo.actors import Actor
from storage.repo.pairs import PairView
from storage.timeutil import utcnow

CALLBACK = "urgent:"
TEXT_KEY, TOKEN_KEY, PAIR_KEY_KEPT = "urgent_text", "urgent_token", "urgent_pair"

OnSuccess = Callable[[Message, Any, DialogManager, Any], Awaitable[Any]]


def FreeText(
    *, id: str, type_factory: Callable[[str], Any], on_success: OnSuccess, on_error: Any = explain_problem
) -> TextInput[Any]:
    """A TextInput for free text people write (diary, reflections, goals, open answers): the flow's own
    handler first (what was written is saved), then the urgent-words check."""

    async def saved_then_checked(message: Message, widget: Any, manager: DialogManager, value: Any) -> None:
        await on_success(message, widget, manager, value)
        if isinstance(value, str):
            await check_typed(message, manager, value)

    return TextInput(id=id, type_factory=type_factory, on_success=saved_then_checked, on_error=on_error)


async def check_typed(message: Message, manager: DialogManager, text: str) -> bool:
    """`offer_help` for text typed in a dialog (a free-text field, or a window that has none)."""
    actor: Actor | None = manager.middleware_data.get("actor")
    view = await current_pair(manager) if actor is not None else None
    return await offer_help(
        message,
        text,
        session=session_of(manager),
        actor=actor,
        i18n=i18n_of(manager),
        state=manager.middleware_data["state"],
        config=config_of(manager),
        pair_id=view.pair_id if view is not None else None,
    )


def _default(column: str) -> str:
    """The number every organisation starts with (storage/models.py), for someone in none yet."""
    return str(Organisation.__table__.c[column].default.arg)  # type: ignore[union-attr]


async def _organisation(session: AsyncSession, views: list[PairView]) -> Organisation | None:
    if not views:
        return None
    programme = await programmes.get(session, views[0].programme_id)
    return await organisations.get(session, programme.org_id)


async def offer_help(
    message: Message,
    text: str,
    *,
    session: AsyncSession,
    actor: Actor | None,
    i18n: I18nContext,
    state: FSMContext,
    config: DialogConfig,
    pair_id: int | None = None,
) -> bool:
    """If `text` holds an urgent phrase: the helplines and, for a pair member, the button; with the
    signal on, the coordinators' notice. Whether it matched."""
    if not is_urgent(text, i18n.locale):
        return False
    views = await pairs.views_for_person(session, actor.person_id) if actor is not None else []
    if pair_id is not None:
        views = [view for view in views if view.pair_id == pair_id] or views
    org = await _organisation(session, views)
    emergency = org.emergency_number if org is not None else _default("emergency_number")
    helpline = org.helpline_number if org is not None else _default("helpline_number")
    markup = None
    if actor is not None and actor.consented and views:
        token = secrets.token_hex(4)
        chosen = pair_id if pair_id is not None else (views[0].pair_id if len(views) == 1 else None)
        await state.update_data({TEXT_KEY: text[:TEXT_LIMIT], TOKEN_KEY: token, PAIR_KEY_KEPT: chosen})
        button = InlineKeyboardButton(text=i18n.get("btn-urgent-tell"), callback_data=f"{CALLBACK}{token}")
        markup = InlineKeyboardMarkup(inline_keyboard=[[button]])
        if config.urgent_words_signal:
            await _signal(session, actor, views)
    await message.answer(tr(i18n, "urgent-help", emergency=emergency, helpline=helpline), reply_markup=markup)
    return True


async def _signal(session: AsyncSession, actor: Actor, views: list[PairView]) -> None:
    """ "An urgent-word match in pair X" to the coordinators of each pair's organisation: names only."""
    now = utcnow()
    for view in views:
        programme = await programmes.get(session, view.programme_id)
        mentor, mentee = (
            (actor.name, view.other_name) if view.my_role is Role.MENTOR else (view.other_name, actor.name)
        )
        await concerns.signal_urgent(
            session,
            org_id=programme.org_id,
            pair_id=view.pair_id,
            mentor=mentor,
            mentee=mentee,
            programme_name=programme.name,
            now=now,
        )


async def tell_coordinators(
    callback: CallbackQuery,
    actor: Actor | None,
    i18n: I18nContext,
    dialog_manager: DialogManager,
    state: FSMContext,
) -> None:
    """The button under the helplines: the concern flow, filled with what they wrote (if it is still the
    latest match), for them to send, change or cancel. Nothing is sent by the tap itself."""
    if actor is None or not actor.consented or not actor.is_pair_member:
        await callback.answer(i18n.get("not-available"), show_alert=True)
        return
    kept = await state.get_data()
    token = (callback.data or "").removeprefix(CALLBACK)
    current = kept.get(TOKEN_KEY) == token
    text = kept.get(TEXT_KEY) if current else None
    pair_id = kept.get(PAIR_KEY_KEPT) if current else None
    if current:
        await state.set_data({k: v for k, v in kept.items() if k not in (TEXT_KEY, TOKEN_KEY, PAIR_KEY_KEPT)})
    await callback.answer()
    if not dialog_manager.has_context():
        await start_home(dialog_manager, actor, show_mode=ShowMode.NO_UPDATE)
    data: dict[str, Any] = {}
    if text:
        data["text"] = text
    if pair_id is not None:
        data[PAIR_KEY] = pair_id
    await dialog_manager.start(States.entry, data=data, show_mode=ShowMode.SEND)


def router() -> Router:
    """A new router for the button under the helplines (before the dialogs, which would take any tap
    while one of their windows is open): each dispatcher needs its own."""
    router = Router(name="urgent_words")
    router.callback_query.register(tell_coordinators, DataStartsWith(CALLBACK))
    return router


class PrivacyUrgentWords(Text):
    """The privacy notice's sentence on urgent words: which of the two applies here."""

    async def _render_text(self, data: dict[str, Any], manager: DialogManager) -> str:
        on = config_of(manager).urgent_words_signal
        return i18n_of(manager).get("privacy-urgent-signal-on" if on else "privacy-urgent-signal-off")
