"""Control API under `/sandbox/...`: personas act, pages and tests read chats, faults are queued.

Every answer is JSON; failures are `{"error": "..."}` with a 4xx status.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from sandbox.botapi import SANDBOX
from sandbox.core import ControlError, Sandbox
from sandbox.errors import ApiError
from sandbox.faults import SENDING
from sandbox.files import StoredFile
from sandbox.state import Chat

Json = dict[str, Any]
MAX_WAIT_SECONDS = 60.0
START_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")  # what Telegram allows after t.me/bot?start=
log = logging.getLogger(__name__)
ControlHandler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _guarded(handler: ControlHandler) -> ControlHandler:
    async def guarded(request: web.Request) -> web.StreamResponse:
        try:
            return await handler(request)
        except ControlError as error:
            return web.json_response({"error": error.message}, status=error.status)
        except ApiError as error:
            return web.json_response({"error": error.description}, status=400)

    return guarded


async def _body(request: web.Request) -> Json:
    if not request.body_exists:
        return {}
    try:
        body = await request.json()
    except ValueError:
        raise ControlError(400, "body must be JSON") from None
    if not isinstance(body, dict):
        raise ControlError(400, "body must be a JSON object")
    return body


def _int(value: Any, name: str, default: int | None = None) -> int | None:
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        raise ControlError(400, f"{name} must be an integer")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ControlError(400, f"{name} must be an integer") from None


def _float(value: Any, name: str, default: float) -> float:
    if value is None or value == "":
        return default
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ControlError(400, f"{name} must be a number") from None


def _str(value: Any, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ControlError(400, f"{name} must be a string")
    return value


def _role_label(body: Json) -> str | None:
    label = _str(body.get("role_label"), "role_label")
    if label is not None and len(label) > 64:
        raise ControlError(400, "role_label is longer than 64 characters")
    return label or None


def _invite(body: Json) -> str | None:
    invite = _str(body.get("invite"), "invite")
    if invite and not START_PAYLOAD.fullmatch(invite):
        raise ControlError(400, "invite must be 1-64 characters A-Z, a-z, 0-9, _ or - (a /start payload)")
    return invite or None


def _timeout(request: web.Request, default: float) -> float:
    return min(max(_float(request.query.get("timeout"), "timeout", default), 0.0), MAX_WAIT_SECONDS)


def _sandbox(request: web.Request) -> Sandbox:
    return request.app[SANDBOX]


def _chat(request: web.Request) -> Chat:
    chat_id = _int(request.match_info["chat_id"], "chat_id")
    assert chat_id is not None
    return _sandbox(request).chat(chat_id)


# --- bot and personas -------------------------------------------------------------------------------


async def get_bot(request: web.Request) -> web.StreamResponse:
    sb = _sandbox(request)
    return web.json_response(
        {
            "bot": sb.world.bot.to_get_me(),
            "webhook": sb.webhook.info(),
            "commands": [
                {"scope": list(scope), "language_code": language, "commands": commands}
                for (scope, language), commands in sb.config.commands.items()
            ],
            "menu_button": sb.config.menu_button(None),
            "texts": {f"{kind}:{language}": text for (kind, language), text in sb.config.texts.items()},
        }
    )


async def list_personas(request: web.Request) -> web.StreamResponse:
    sb = _sandbox(request)
    return web.json_response(
        {
            "personas": [persona.to_json() for persona in sb.world.personas()],
            "version": sb.world.version,
        }
    )


async def create_persona(request: web.Request) -> web.StreamResponse:
    body = await _body(request)
    first_name = _str(body.get("first_name"), "first_name")
    if not first_name:
        raise ControlError(400, "first_name is required")
    sb = _sandbox(request)
    persona_id = _int(body.get("id"), "id")
    if persona_id is not None and (persona_id <= 0 or sb.world.chat(persona_id) is not None):
        raise ControlError(409, f"persona id {persona_id} is taken or invalid")
    chat = sb.world.add_persona(
        first_name,
        last_name=_str(body.get("last_name"), "last_name"),
        username=_str(body.get("username"), "username"),
        language_code=_str(body.get("language_code", "en"), "language_code"),
        persona_id=persona_id,
        role_label=_role_label(body),
        invite=_invite(body),
    )
    return web.json_response({"persona": chat.persona.to_json(), "chat_id": chat.id}, status=201)


async def update_persona(request: web.Request) -> web.StreamResponse:
    """Set (or, with null, clear) `role_label` and `invite`; other fields are fixed."""
    body = await _body(request)
    unknown = sorted(set(body) - {"role_label", "invite"})
    if unknown:
        raise ControlError(400, f"only role_label and invite can be changed, not {', '.join(unknown)}")
    sb, chat = _sandbox(request), _chat(request)
    if "role_label" in body:
        chat.persona.role_label = _role_label(body)
    if "invite" in body:
        chat.persona.invite = _invite(body)
    sb.world.touch(chat)
    return web.json_response({"persona": chat.persona.to_json(), "chat_id": chat.id})


async def get_persona(request: web.Request) -> web.StreamResponse:
    chat = _chat(request)
    return web.json_response({"persona": chat.persona.to_json(), "chat_id": chat.id})


async def block(request: web.Request) -> web.StreamResponse:
    return _set_blocked(request, True)


async def unblock(request: web.Request) -> web.StreamResponse:
    return _set_blocked(request, False)


def _set_blocked(request: web.Request, blocked: bool) -> web.StreamResponse:
    chat = _chat(request)
    update = _sandbox(request).set_blocked(chat, blocked)
    return web.json_response({"blocked": chat.blocked, "update_id": update["update_id"] if update else None})


# --- persona actions --------------------------------------------------------------------------------


def _sent(sb: Sandbox, message: Any, update: Json | None) -> web.StreamResponse:
    return web.json_response(
        {
            "message": sb.world.transcript_message(message),
            "update_id": update["update_id"] if update else None,
            "version": sb.world.version,
        },
        status=201,
    )


async def send_text(request: web.Request) -> web.StreamResponse:
    body = await _body(request)
    sb, chat = _sandbox(request), _chat(request)
    message, update = sb.persona_sends(
        chat,
        text=_str(body.get("text"), "text"),
        reply_to_message_id=_int(body.get("reply_to_message_id"), "reply_to_message_id"),
    )
    return _sent(sb, message, update)


async def upload(request: web.Request) -> web.StreamResponse:
    sb, chat = _sandbox(request), _chat(request)
    if request.content_type != "multipart/form-data":
        raise ControlError(400, "send the file as multipart/form-data in a field named file")
    form = await request.post()
    file_field = form.get("file")
    if not isinstance(file_field, web.FileField):
        raise ControlError(400, "a file field named file is required")
    data = file_field.file.read()
    kind = form.get("kind", "document")
    stored: StoredFile
    if kind == "photo":
        stored = sb.files.add_photo(data)
    elif kind == "document":
        stored = sb.files.add_document(data, file_field.filename, file_field.content_type)
    else:
        raise ControlError(400, "kind must be photo or document")
    caption = form.get("caption")
    message, update = sb.persona_sends(
        chat,
        media=stored,
        caption=caption if isinstance(caption, str) else None,
        reply_to_message_id=_int(form.get("reply_to_message_id"), "reply_to_message_id"),
    )
    return _sent(sb, message, update)


async def press(request: web.Request) -> web.StreamResponse:
    body = await _body(request)
    sb, chat = _sandbox(request), _chat(request)
    message_id = _int(body.get("message_id"), "message_id")
    data, text = _str(body.get("data"), "data"), _str(body.get("text"), "text")
    if message_id is None or (data is None and text is None):
        raise ControlError(400, "message_id and one of data or text are required")
    query, update = sb.press(chat, message_id, data=data, text=text)
    return web.json_response(
        {
            "callback_query_id": query.id,
            "data": query.data,
            "update_id": update["update_id"] if update else None,
        },
        status=201,
    )


async def get_callback(request: web.Request) -> web.StreamResponse:
    sb = _sandbox(request)
    query = sb.callbacks.get(request.match_info["query_id"])
    if query is None:
        raise ControlError(404, "no such callback query")
    await sb.world.changes.wait_for(lambda: query.answered, _timeout(request, 0.0))
    return web.json_response({"callback_query": query.to_json()})


# --- reading chats ----------------------------------------------------------------------------------


def transcript(sb: Sandbox, chat: Chat) -> Json:
    """Everything a page needs to draw one chat, with the version it reflects."""
    return {
        "chat_id": chat.id,
        "persona": chat.persona.to_json(),
        "version": chat.version,
        "blocked": chat.blocked,
        "started": chat.started,
        "chat_action": sb.world.chat_action(chat),
        "reply_keyboard": chat.reply_keyboard,
        "commands": sb.config.commands_for(chat.id, chat.persona.language_code),
        "menu_button": sb.config.menu_button(chat.id),
        "messages": [sb.world.transcript_message(message) for message in chat.messages.values()],
    }


async def list_chats(request: web.Request) -> web.StreamResponse:
    sb = _sandbox(request)
    since = _int(request.query.get("since"), "since")
    if since is not None:
        await sb.world.changes.wait_for(lambda: sb.world.version > since, _timeout(request, 25.0))
    chats = []
    for chat in sb.world.chats.values():
        last = next(reversed(chat.messages.values()), None)
        chats.append(
            {
                "chat_id": chat.id,
                "persona": chat.persona.to_json(),
                "version": chat.version,
                "blocked": chat.blocked,
                "last_message": sb.world.transcript_message(last) if last else None,
            }
        )
    return web.json_response({"version": sb.world.version, "chats": chats})


async def get_chat(request: web.Request) -> web.StreamResponse:
    sb, chat = _sandbox(request), _chat(request)
    since = _int(request.query.get("since"), "since")
    if since is not None:
        await sb.world.changes.wait_for(
            lambda: sb.world.chats.get(chat.id) is not chat or chat.version > since, _timeout(request, 25.0)
        )
        if sb.world.chats.get(chat.id) is not chat:
            raise ControlError(404, f"chat {chat.id} was reset")
    return web.json_response(transcript(sb, chat))


async def wait_for_bot_message(request: web.Request) -> web.StreamResponse:
    sb, chat = _sandbox(request), _chat(request)
    after = _int(request.query.get("after"), "after", chat.last_message_id)
    assert after is not None

    def first_new() -> Any:
        return next((m for m in chat.messages.values() if m.outgoing and m.message_id > after), None)

    await sb.world.changes.wait_for(lambda: first_new() is not None, _timeout(request, 10.0))
    message = first_new()
    if message is None:
        return web.json_response(
            {"error": f"no bot message after {after} in chat {chat.id}", "version": chat.version}, status=408
        )
    return web.json_response({"message": sb.world.transcript_message(message), "version": chat.version})


async def download(request: web.Request) -> web.StreamResponse:
    stored = _sandbox(request).files.get(request.match_info["file_id"])
    if stored is None:
        raise ControlError(404, "no such file")
    disposition = f'inline; filename="{stored.file_name}"' if stored.file_name else "inline"
    return web.Response(
        body=stored.data, content_type=stored.mime_type, headers={"Content-Disposition": disposition}
    )


async def pending_updates(request: web.Request) -> web.StreamResponse:
    updates = _sandbox(request).updates
    return web.json_response(
        {
            "pending": updates.pending,
            "allowed_updates": sorted(updates.allowed) if updates.allowed is not None else None,
            "created": updates.created,
            "waiting_polls": updates.waiting_polls,
            "last_poll_at": updates.last_poll_at,
            "webhook": _sandbox(request).webhook.info(),
        }
    )


# --- faults, limits, counters, reset ----------------------------------------------------------------


async def add_fault(request: web.Request) -> web.StreamResponse:
    body = await _body(request)
    method = _str(body.get("method", SENDING), "method") or SENDING
    error_code = _int(body.get("error_code"), "error_code")
    delay = _float(body.get("delay"), "delay", 0.0)
    if error_code is None and delay <= 0:
        raise ControlError(400, "give error_code, delay, or both")
    if error_code is not None and not 400 <= error_code <= 599:
        raise ControlError(400, "error_code must be 4xx or 5xx")
    count = _int(body.get("count"), "count", 1)
    assert count is not None
    if count < 1:
        raise ControlError(400, "count must be at least 1")
    fault = _sandbox(request).faults.add(
        method,
        count=count,
        error_code=error_code,
        description=_str(body.get("description"), "description"),
        retry_after=_int(body.get("retry_after"), "retry_after", 3 if error_code == 429 else None),
        chat_id=_int(body.get("chat_id"), "chat_id"),
        delay=delay,
    )
    return web.json_response({"fault": fault.to_json()}, status=201)


async def list_faults(request: web.Request) -> web.StreamResponse:
    sb = _sandbox(request)
    return web.json_response(
        {
            "faults": [fault.to_json() for fault in sb.faults.faults],
            "rate_limit": {"per_second": sb.limiter.per_second},
        }
    )


async def clear_faults(request: web.Request) -> web.StreamResponse:
    faults = _sandbox(request).faults
    cleared = len(faults.faults)
    faults.clear()
    return web.json_response({"cleared": cleared})


async def get_rate_limit(request: web.Request) -> web.StreamResponse:
    return web.json_response({"per_second": _sandbox(request).limiter.per_second})


async def set_rate_limit(request: web.Request) -> web.StreamResponse:
    body = await _body(request)
    if "per_second" not in body:
        raise ControlError(400, "per_second is required (a number, or null to disable)")
    value = body["per_second"]
    per_second = None if value is None else _float(value, "per_second", 30.0)
    if per_second is not None and per_second <= 0:
        raise ControlError(400, "per_second must be positive")
    _sandbox(request).limiter.configure(per_second)
    return web.json_response({"per_second": per_second})


async def get_stats(request: web.Request) -> web.StreamResponse:
    sb = _sandbox(request)
    return web.json_response(
        {
            **sb.stats.to_json(),
            "updates_created": sb.updates.created,
            "updates_pending": len(sb.updates.pending),
            "webhook": {"delivered": sb.webhook.stats.delivered, "failed": sb.webhook.stats.failed},
        }
    )


async def clear_stats(request: web.Request) -> web.StreamResponse:
    _sandbox(request).stats.clear()
    return web.json_response({"cleared": True})


async def reset(request: web.Request) -> web.StreamResponse:
    body = await _body(request)
    sb = _sandbox(request)
    sb.reset(config=bool(body.get("config", False)))
    return web.json_response({"reset": True, "version": sb.world.version})


async def reset_demo(request: web.Request) -> web.StreamResponse:
    """The page's Reset button: the demo's own reset (`Sandbox.on_demo_reset`) if set, else a plain reset."""
    sb = _sandbox(request)
    try:
        await sb.reset_demo()
    except Exception as error:
        log.exception("demo reset failed")
        return web.json_response({"error": f"demo reset failed: {error!r}"}, status=500)
    return web.json_response({"reset": True, "version": sb.world.version})


def routes() -> list[web.RouteDef]:
    table: list[tuple[str, str, ControlHandler]] = [
        ("GET", "/sandbox/bot", get_bot),
        ("GET", "/sandbox/personas", list_personas),
        ("POST", "/sandbox/personas", create_persona),
        ("GET", "/sandbox/personas/{chat_id}", get_persona),
        ("PATCH", "/sandbox/personas/{chat_id}", update_persona),
        ("GET", "/sandbox/chats", list_chats),
        ("GET", "/sandbox/chats/{chat_id}", get_chat),
        ("GET", "/sandbox/chats/{chat_id}/wait", wait_for_bot_message),
        ("POST", "/sandbox/chats/{chat_id}/messages", send_text),
        ("POST", "/sandbox/chats/{chat_id}/uploads", upload),
        ("POST", "/sandbox/chats/{chat_id}/press", press),
        ("POST", "/sandbox/chats/{chat_id}/block", block),
        ("POST", "/sandbox/chats/{chat_id}/unblock", unblock),
        ("GET", "/sandbox/callbacks/{query_id}", get_callback),
        ("GET", "/sandbox/files/{file_id}", download),
        ("GET", "/sandbox/updates", pending_updates),
        ("GET", "/sandbox/faults", list_faults),
        ("POST", "/sandbox/faults", add_fault),
        ("DELETE", "/sandbox/faults", clear_faults),
        ("GET", "/sandbox/rate-limit", get_rate_limit),
        ("PUT", "/sandbox/rate-limit", set_rate_limit),
        ("GET", "/sandbox/stats", get_stats),
        ("DELETE", "/sandbox/stats", clear_stats),
        ("POST", "/sandbox/reset", reset),
        ("POST", "/sandbox/reset-demo", reset_demo),
    ]
    return [web.route(verb, path, _guarded(handler)) for verb, path, handler in table]
