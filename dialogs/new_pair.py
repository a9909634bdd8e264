"""A coordinator creates a pair and gets a single-use invite link (and QR code) for each side."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiogram import Bot
from aiogram.fsm.state import State
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram_dialog import DialogManager, ShowMode, Window
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Button, Cancel, Column, Row, SwitchTo

from dialogs.common import Screen, choice_buttons, explain_problem, not_available, only_text, text_field, tr
from dialogs.context import actor_of, config_of, session_of
from dialogs.links import deep_link, qr_png
from dialogs.navigation import CoordinatorDialog
from dialogs.states import NewPair
from dialogs.widgets import T, i18n_of, local_date
from storage.errors import NotFound
from storage.models import Channel, Programme, ProgrammeKind
from storage.repo import invites, pairs, programmes
from storage.timeutil import utcnow


async def _programme(manager: DialogManager) -> Programme:
    return await programmes.get_for_coordinator(
        session_of(manager), manager.dialog_data["programme_id"], actor_of(manager).person_id
    )


async def on_start(start_data: Any, manager: DialogManager) -> None:
    programme_id = (start_data or {}).get("programme_id")
    if programme_id is None:
        return
    manager.dialog_data["programme_id"] = programme_id
    try:
        await _programme(manager)
    except NotFound:
        manager.dialog_data.pop("programme_id")
        await manager.switch_to(NewPair.programme)


async def getter(dialog_manager: DialogManager, **kwargs: Any) -> dict[str, Any]:
    session = session_of(dialog_manager)
    data = dialog_manager.dialog_data
    i18n = i18n_of(dialog_manager)
    result: dict[str, Any] = {
        "mentor": data.get("mentor_name", ""),
        "mentee": data.get("mentee_name", ""),
        "minor": " " + i18n.get("new-pair-minor-note") if data.get("minor") else "",
        "mentor_minor": " " + i18n.get("new-pair-minor-note") if data.get("mentor_minor") else "",
        "web_offered": config_of(dialog_manager).web_base_url is not None,
        "channel": i18n.get("new-pair-channel-web" if data.get(WEB_KEY) else "new-pair-channel-telegram"),
    }
    if "programme_id" in data:
        programme = await _programme(dialog_manager)
        result["programme"] = programme.name
        result["mentors"] = [
            (m.person_id, m.name) for m in await pairs.mentors_of_programme(session, programme.id)
        ]
    else:
        owned = await programmes.for_coordinator(session, actor_of(dialog_manager).person_id)
        result["programmes"] = [(p.id, p.name) for p in owned]
        result["none"] = not owned
    return result


WEB_KEY = "mentee_web"  # the mentee takes part from a web browser (the web channel, docs/web-channel.md)


async def toggle_channel(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Telegram or a web browser for the mentee (offered only when the web channel runs)."""
    if config_of(manager).web_base_url is None:
        manager.dialog_data.pop(WEB_KEY, None)
        return
    manager.dialog_data[WEB_KEY] = not manager.dialog_data.get(WEB_KEY, False)


async def choose_programme(
    callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str
) -> None:
    try:
        await programmes.get_for_coordinator(session_of(manager), int(item_id), actor_of(manager).person_id)
    except (NotFound, ValueError):
        await not_available(callback, manager)
        return
    manager.dialog_data["programme_id"] = int(item_id)
    await manager.switch_to(NewPair.mentor)


async def choose_mentor(callback: CallbackQuery, _widget: Any, manager: DialogManager, item_id: str) -> None:
    programme = await _programme(manager)
    mentors = {
        str(m.person_id): m.name for m in await pairs.mentors_of_programme(session_of(manager), programme.id)
    }
    if item_id not in mentors:
        await not_available(callback, manager)
        return
    manager.dialog_data.update(mentor_id=int(item_id), mentor_name=mentors[item_id])
    await manager.switch_to(NewPair.mentee_name)


async def new_mentor(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    manager.dialog_data.pop("mentor_id", None)
    await manager.switch_to(NewPair.mentor_name)


async def mentor_named(_message: Message, _widget: Any, manager: DialogManager, name: str) -> None:
    manager.dialog_data["mentor_name"] = name
    await manager.switch_to(NewPair.mentee_name)


async def mentee_named(_message: Message, _widget: Any, manager: DialogManager, name: str) -> None:
    manager.dialog_data["mentee_name"] = name
    programme = await _programme(manager)
    if programme.kind is ProgrammeKind.TEACHER:
        manager.dialog_data["minor"] = False
        manager.dialog_data["mentor_minor"] = False
        await manager.switch_to(NewPair.confirm)
    else:
        await manager.switch_to(NewPair.minor)


def _age_answered(prefix: str, consent: State, then: State) -> Any:
    """On "under 18?" for one side (`prefix` "" for the mentee, "mentor_" for the mentor): a minor goes
    on to the parental consent, anyone else to `then`; a changed answer asks for consent again."""

    async def answered(_callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
        minor = button.widget_id == f"{prefix}minor_yes"
        manager.dialog_data[f"{prefix}minor"] = minor
        manager.dialog_data.pop(f"{prefix}consent", None)
        await manager.switch_to(consent if minor else then)

    return answered


def _consent_given(prefix: str, then: State) -> Any:
    async def given(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
        manager.dialog_data[f"{prefix}consent"] = True
        await manager.switch_to(then)

    return given


# the mentee's answers, then (student programmes only: a peer mentor under 18 needs their parent's consent
# as a mentee does) the mentor's
minor_answered = _age_answered("", NewPair.consent, NewPair.mentor_minor)
consent_confirmed = _consent_given("", NewPair.mentor_minor)
mentor_minor_answered = _age_answered("mentor_", NewPair.mentor_consent, NewPair.confirm)
mentor_consent_confirmed = _consent_given("mentor_", NewPair.confirm)


def _age_and_consent(
    prefix: str, states: tuple[State, State, State], back: State, answered: Any, given: Any
) -> list[Window]:
    """ "Under 18?", "parental consent collected?" and "no link without it" for one side."""
    minor, consent, needed = states
    key = f"new-pair-{prefix.replace('_', '-')}"
    return [
        Screen(
            T(f"{key}minor"),
            Row(
                Button(T("btn-yes"), id=f"{prefix}minor_yes", on_click=answered),
                Button(T("btn-no"), id=f"{prefix}minor_no", on_click=answered),
            ),
            _nav(back),
            getter=getter,
            state=minor,
        ),
        Screen(
            T(f"{key}consent"),
            Row(
                Button(T("btn-yes"), id=f"{prefix}consent_yes", on_click=given),
                SwitchTo(T("btn-no"), id=f"{prefix}consent_no", state=needed),
            ),
            _nav(minor),
            getter=getter,
            state=consent,
        ),
        Screen(T(f"{key}consent-needed"), _nav(consent), getter=getter, state=needed),
    ]


async def create(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    session = session_of(manager)
    data = manager.dialog_data
    programme = await _programme(manager)
    if data.get("minor") and not data.get("consent"):
        await manager.switch_to(NewPair.consent)
        return
    if programme.kind is not ProgrammeKind.TEACHER and "mentor_minor" not in data:
        await manager.switch_to(NewPair.mentor_minor)
        return
    if data.get("mentor_minor") and not data.get("mentor_consent"):
        await manager.switch_to(NewPair.mentor_consent)
        return
    if data.get("mentor_id") is not None:
        mentors = await pairs.mentors_of_programme(session, programme.id)
        if data["mentor_id"] not in {m.person_id for m in mentors}:
            await not_available(callback, manager)
            return
    now = utcnow()
    pair = await pairs.create(
        session,
        programme_id=programme.id,
        mentor_id=data.get("mentor_id"),
        mentor_name=data["mentor_name"],
        mentee_name=data["mentee_name"],
        mentee_minor=bool(data.get("minor")),
        parental_consent=bool(data.get("consent")),
        mentor_minor=bool(data.get("mentor_minor")),
        mentor_consent=bool(data.get("mentor_consent")),
        now=now,
    )
    expires_at = now + timedelta(days=config_of(manager).invite_ttl_days)
    web = bool(data.get(WEB_KEY)) and config_of(manager).web_base_url is not None
    seats = await invites.for_pair(
        session, pair, programme.org_id, expires_at, mentee_channel=Channel.WEB if web else Channel.TELEGRAM
    )
    await _send_invites(callback, manager, programme, seats, expires_at)
    await manager.done(show_mode=ShowMode.SEND)


async def _send_invites(
    callback: CallbackQuery,
    manager: DialogManager,
    programme: Programme,
    seats: list[invites.SeatInvite],
    expires_at: Any,
) -> None:
    """The links as text and each as a QR picture; the codes are never stored in dialog state."""
    i18n = i18n_of(manager)
    bot: Bot = manager.middleware_data["bot"]
    username = (await bot.me()).username or ""
    expires = local_date(expires_at.astimezone(ZoneInfo(programme.timezone)).date(), i18n.locale)
    chat_id = callback.from_user.id
    lines = [tr(i18n, "new-pair-done", expires=expires)]
    web_base = config_of(manager).web_base_url
    for seat in seats:
        web = seat.channel is Channel.WEB and web_base is not None
        link = f"{web_base}/join/{seat.code}" if web else deep_link(username, seat.code)
        role = i18n.get(f"role-{seat.role.value}")
        lines.append(tr(i18n, "new-pair-link", role=role, name=seat.name, link=link))
        caption = tr(i18n, "new-pair-qr-caption", name=seat.name, role=role, expires=expires)
        photo = BufferedInputFile(qr_png(link), filename=f"invite-{seat.role.value}.png")
        await bot.send_photo(chat_id, photo, caption=caption)
    await bot.send_message(chat_id, "\n\n".join(lines))


def _nav(back_to: Any) -> Row:
    return Row(
        SwitchTo(T("btn-back"), id=f"back_{back_to.state.split(':')[1]}", state=back_to),
        Cancel(T("btn-cancel")),
    )


def dialog() -> CoordinatorDialog:
    """A new instance: each dispatcher needs its own."""
    return CoordinatorDialog(
        Screen(
            T("new-pair-programme"),
            T("new-pair-no-programmes", when="none"),
            Column(choice_buttons("programme", "programmes", choose_programme)),
            Cancel(T("btn-cancel")),
            getter=getter,
            state=NewPair.programme,
        ),
        Screen(
            T("new-pair-mentor"),
            Column(
                choice_buttons("mentor", "mentors", choose_mentor),
                Button(T("btn-new-mentor"), id="new_mentor", on_click=new_mentor),
            ),
            Cancel(T("btn-cancel")),
            getter=getter,
            state=NewPair.mentor,
        ),
        Screen(
            T("new-pair-mentor-name"),
            TextInput(
                id="mentor_name", type_factory=text_field(), on_success=mentor_named, on_error=explain_problem
            ),
            only_text(),
            _nav(NewPair.mentor),
            state=NewPair.mentor_name,
        ),
        Screen(
            T("new-pair-mentee-name"),
            TextInput(
                id="mentee_name", type_factory=text_field(), on_success=mentee_named, on_error=explain_problem
            ),
            only_text(),
            _nav(NewPair.mentor),
            state=NewPair.mentee_name,
        ),
        *_age_and_consent(
            "",
            (NewPair.minor, NewPair.consent, NewPair.consent_needed),
            NewPair.mentee_name,
            minor_answered,
            consent_confirmed,
        ),
        *_age_and_consent(
            "mentor_",
            (NewPair.mentor_minor, NewPair.mentor_consent, NewPair.mentor_consent_needed),
            NewPair.minor,
            mentor_minor_answered,
            mentor_consent_confirmed,
        ),
        Screen(
            T("new-pair-confirm"),
            T("new-pair-channel", when="web_offered"),
            Button(T("btn-new-pair-channel"), id="channel", on_click=toggle_channel, when="web_offered"),
            Button(T("btn-confirm"), id="create", on_click=create),
            _nav(NewPair.mentee_name),
            getter=getter,
            state=NewPair.confirm,
        ),
        on_start=on_start,
    )
