"""/menu, /help, /cancel and /language: they work from anywhere, even in the middle of a flow."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.fsm.state import State
from aiogram.types import CallbackQuery, Message
from aiogram_dialog import DialogManager, ShowMode, StartMode
from aiogram_i18n import I18nContext
from sqlalchemy.ext.asyncio import AsyncSession

from bot.filters import DataStartsWith
from bot.handlers.start import start_plain
from dialogs import (
    audience,
    concern,
    concerns_admin,
    diary,
    goals,
    meeting,
    mydata,
    questionnaire,
    reflection,
    tips,
)
from dialogs.common import parse_id
from dialogs.navigation import start_home
from dialogs.states import Language
from storage.errors import NotFound
from storage.repo import concerns
from storage.repo.actors import Actor


async def help_(message: Message, actor: Actor | None, session: AsyncSession, i18n: I18nContext) -> None:
    """/help as written for the person's role and programme kind (dialogs/audience.py)."""
    who = await audience.reader_of(session, None if actor is None else actor.person_id)
    await message.answer(audience.help_text(i18n, who))


async def cancel(message: Message, i18n: I18nContext, dialog_manager: DialogManager) -> None:
    if dialog_manager.has_context():
        await dialog_manager.reset_stack(remove_keyboard=True)
    await message.answer(i18n.get("cancelled"))


async def language(
    message: Message, actor: Actor | None, i18n: I18nContext, dialog_manager: DialogManager
) -> None:
    if actor is None:
        await message.answer(i18n.get("start-unknown-person"))
        return
    await dialog_manager.start(Language.choose, mode=StartMode.NORMAL)


FLOW_COMMANDS = {
    "questionnaire": questionnaire.States.entry,
    "diary": diary.States.entry,
    "reflect": reflection.States.entry,
    "goals": goals.States.entry,
    "concern": concern.States.entry,
    "meeting": meeting.States.entry,
    "tips": tips.States.entry,
}


async def flow(
    message: Message,
    command: CommandObject,
    actor: Actor | None,
    i18n: I18nContext,
    dialog_manager: DialogManager,
) -> None:
    """A journey command: open its flow on top of the menu (for people in a pair)."""
    if actor is None:
        await message.answer(i18n.get("start-unknown-person"))
        return
    if not actor.consented:
        await start_home(dialog_manager, actor)
        return
    if not actor.is_pair_member:
        await message.answer(i18n.get("hint-no-programme"))
        return
    await start_home(dialog_manager, actor, show_mode=ShowMode.NO_UPDATE)
    await dialog_manager.start(FLOW_COMMANDS[command.command], mode=StartMode.NORMAL, show_mode=ShowMode.SEND)


async def _report_from_button(
    callback: CallbackQuery, actor: Actor | None, i18n: I18nContext, dialog_manager: DialogManager
) -> None:
    if actor is None or not actor.consented or not actor.is_pair_member:
        await callback.answer(i18n.get("not-available"), show_alert=True)
        return
    await callback.answer()
    await start_home(dialog_manager, actor, show_mode=ShowMode.NO_UPDATE)
    await dialog_manager.start(concern.States.entry, show_mode=ShowMode.SEND)


Lookup = Callable[[AsyncSession, int, int], Awaitable[object]]  # (session, row id, person id); NotFound


async def _open_case(
    callback: CallbackQuery,
    actor: Actor | None,
    session: AsyncSession,
    i18n: I18nContext,
    dialog_manager: DialogManager,
    *,
    raw_id: str,
    lookup: Lookup,
    state: State,
    key: str,
) -> None:
    """A button under a message about a concern: the case opens at `state` (with the id under `key`) if
    `lookup` finds it for this person; anyone else, and any id that is not one, gets "not available"."""
    case_id = parse_id(raw_id)
    allowed = actor is not None and actor.consented and case_id is not None
    if allowed and actor is not None and case_id is not None:
        try:
            await lookup(session, case_id, actor.person_id)
        except NotFound:
            allowed = False
    if not allowed or actor is None:
        await callback.answer(i18n.get("not-available"), show_alert=True)
        return
    await callback.answer()
    await start_home(dialog_manager, actor, show_mode=ShowMode.NO_UPDATE)
    await dialog_manager.start(state, data={key: case_id}, show_mode=ShowMode.SEND)


async def open_concern(
    callback: CallbackQuery,
    actor: Actor | None,
    session: AsyncSession,
    i18n: I18nContext,
    dialog_manager: DialogManager,
) -> None:
    """The button under a concern alert or reminder: the case, for a coordinator of its organisation."""
    concern_id = (callback.data or "").removeprefix("concern:")
    if concern_id == "new":  # the button under an online-safety tip
        await _report_from_button(callback, actor, i18n, dialog_manager)
        return
    await _open_case(
        callback, actor, session, i18n, dialog_manager,
        raw_id=concern_id, lookup=concerns.get_for_coordinator, state=concerns_admin.States.entry,
        key="concern_id",
    )  # fmt: skip


async def open_my_report(
    callback: CallbackQuery,
    actor: Actor | None,
    session: AsyncSession,
    i18n: I18nContext,
    dialog_manager: DialogManager,
) -> None:
    """The button under news of a report (read, a reply, closed): the report and its messages, for the
    person who made it and nobody else."""
    await _open_case(
        callback, actor, session, i18n, dialog_manager,
        raw_id=(callback.data or "").removeprefix("myconcern:"), lookup=concerns.get_for_reporter,
        state=concern.States.entry, key=concern.CASE_KEY,
    )  # fmt: skip


async def my_data(
    message: Message, actor: Actor | None, i18n: I18nContext, dialog_manager: DialogManager
) -> None:
    """/mydata: for everyone the bot knows, with or without a pair."""
    if actor is None:
        await message.answer(i18n.get("start-unknown-person"))
        return
    await start_home(dialog_manager, actor, show_mode=ShowMode.NO_UPDATE)
    if actor.consented:
        await dialog_manager.start(mydata.States.entry, show_mode=ShowMode.SEND)


def router() -> Router:
    """A new router: each dispatcher needs its own."""
    router = Router(name="commands")
    router.message.register(start_plain, Command("menu"))  # /menu is /start without a link
    router.message.register(help_, Command("help"))
    router.message.register(cancel, Command("cancel"))
    router.message.register(language, Command("language"))
    router.message.register(flow, Command(*FLOW_COMMANDS))
    router.message.register(my_data, Command("mydata"))
    router.callback_query.register(open_concern, DataStartsWith("concern:"))
    router.callback_query.register(open_my_report, DataStartsWith("myconcern:"))
    return router
