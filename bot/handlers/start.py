"""/start, with an invite code from a deep link or without one."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import CommandObject, CommandStart
from aiogram.types import Message
from aiogram_dialog import DialogManager, StartMode
from aiogram_i18n import I18nContext
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs import audience
from dialogs.navigation import start_home
from dialogs.states import Onboarding
from storage.models import Channel
from storage.repo import actors, invites, memberships
from storage.repo.actors import Actor
from storage.repo.web_sessions import is_web_id
from storage.timeutil import utcnow

REFUSALS = {
    invites.Outcome.UNKNOWN: "invite-unknown",
    invites.Outcome.USED: "invite-used",
    invites.Outcome.EXPIRED: "invite-expired",
    invites.Outcome.SELF_PAIR: "invite-self-pair",
    invites.Outcome.STAFF_MINOR: "invite-staff-minor",
}
CODE_LIMIT = 64  # Telegram's limit for a start parameter


async def start_with_code(
    message: Message,
    command: CommandObject,
    session: AsyncSession,
    i18n: I18nContext,
    dialog_manager: DialogManager,
) -> None:
    assert message.from_user is not None
    code = (command.args or "").strip()
    if len(code) > CODE_LIMIT:
        await message.answer(i18n.get("invite-unknown"))
        return
    result = await invites.redeem(
        session,
        code,
        telegram_id=message.from_user.id,
        telegram_name=message.from_user.first_name,
        now=utcnow(),
        # the web channel's people have chat ids of their own (docs/web-channel.md)
        channel=Channel.WEB if is_web_id(message.from_user.id) else Channel.TELEGRAM,
    )
    if result.outcome in REFUSALS:
        await message.answer(i18n.get(REFUSALS[result.outcome]))
        return
    actor = await actors.load(session, message.from_user.id)
    assert actor is not None
    dialog_manager.middleware_data["actor"] = actor
    if result.outcome is invites.Outcome.ALREADY_YOURS:
        await message.answer(i18n.get("invite-already-yours"))
        await start_home(dialog_manager, actor)
        return
    if actor.consented:
        if message.bot is not None:  # a new role of someone who agreed before: their own command list again
            who = await memberships.reader(session, actor.person_id)
            await audience.set_commands_for(message.bot, i18n.core, i18n.locale, message.from_user.id, who)
        await start_home(dialog_manager, actor)
    else:
        await dialog_manager.start(Onboarding.language, data={"name": actor.name}, mode=StartMode.RESET_STACK)


async def start_plain(
    message: Message, actor: Actor | None, i18n: I18nContext, dialog_manager: DialogManager
) -> None:
    if actor is None:
        await message.answer(i18n.get("start-unknown-person"))
        return
    await start_home(dialog_manager, actor)


def router() -> Router:
    """A new router: each dispatcher needs its own."""
    router = Router(name="start")
    router.message.register(start_with_code, CommandStart(deep_link=True))
    router.message.register(start_plain, CommandStart())
    return router
