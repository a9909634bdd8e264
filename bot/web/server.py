"""The web channel's page and its API (docs/web-channel.md), served by the bot's process on WEB_PORT.

- `GET /join/{code}` shows one button; its `POST` opens the person's chat and says `/start {code}` there,
  exactly as Telegram's link would, so the bot's own /start redeems the invite (one copy of the flow). If
  the bot took the link, the device gets a session cookie and the chat; if it refused it, the page says
  what the bot said (used, expired, unknown), never a chat.
- `GET /` is the chat (the sandbox page's chat view in "web" mode, `sandbox/static`), or the signed-out page.
- `/api/...`: the session (and its CSRF token), the chat (long poll), writing, pressing a button, signing out.
Every response carries the security headers; every state-changing request needs the session's CSRF token.
"""

from __future__ import annotations

import html
import json
import logging
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.handlers.start import REFUSALS
from bot.web import journal
from bot.web.channel import WebChannel
from sandbox.core import ControlError
from storage.models import Channel
from storage.repo import invites, people, web_sessions
from storage.repo.web_sessions import Signed
from storage.timeutil import utcnow

log = logging.getLogger(__name__)

COOKIE = "mentor_session"
CSRF_HEADER = "X-CSRF-Token"
BODY_LIMIT = 64 * 1024  # a message is at most 4,096 characters; nothing the page sends is bigger
TEXT_LIMIT = 4096
POLL_SECONDS = 25.0
JOIN_WAIT = 10.0  # seconds the join waits for the bot's first answer
SENDS_PER_SECOND = 5.0
SEND_BURST = 10
JOIN_FAILURES = 10  # failed joins per address ...
JOIN_WINDOW = 600.0  # ... in this many seconds, then 429
STATIC = Path(__file__).resolve().parents[2] / "sandbox" / "static"
WEB_STATIC = Path(__file__).resolve().parent / "static"
CONTENT_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
        "connect-src 'self'; manifest-src 'self'; worker-src 'self'; frame-ancestors 'none'; "
        "base-uri 'none'; form-action 'self'"
    ),
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
Texts = Callable[[str, str], str]  # texts(locale, key)

CHANNEL = web.AppKey("channel", WebChannel)
FACTORY: web.AppKey[async_sessionmaker[AsyncSession]] = web.AppKey("factory")
OPTIONS: web.AppKey[WebOptions] = web.AppKey("options")


class WebOptions:
    """What the page server needs to know besides the channel and the database."""

    def __init__(self, base_url: str, session_days: int, texts: Texts, locales: tuple[str, ...]) -> None:
        self.base_url = base_url.rstrip("/")
        self.secure = self.base_url.startswith("https://")
        self.lasting = timedelta(days=session_days)
        self.texts = texts
        self.locales = locales
        self.sends: dict[int, deque[float]] = defaultdict(deque)
        self.join_failures: dict[str, deque[float]] = defaultdict(deque)


# --- headers, errors, limits -------------------------------------------------------------------------


@web.middleware
async def security(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every response: the security headers; every error: a short page or JSON, never a traceback."""
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        response = _error(request, exc.status, exc.reason)
    except ControlError as exc:
        response = _error(request, exc.status, exc.message)
    except Exception:
        log.exception("web channel: %s %s failed", request.method, request.path)
        response = _error(request, 500, "Internal Server Error")
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _error(request: web.Request, status: int, reason: str) -> web.Response:
    if request.path.startswith("/api/"):
        return web.json_response({"error": reason}, status=status)
    options = request.app[OPTIONS]
    locale = _locale(request, options)
    key = "web-not-found" if status == 404 else "web-error"
    return _page(options, locale, options.texts(locale, key), status=status)


def _locale(request: web.Request, options: WebOptions) -> str:
    """The first language of the browser's Accept-Language the bot speaks, else English."""
    for part in request.headers.get("Accept-Language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        code = {"no": "nb", "nn": "nb"}.get(code, code)  # Norwegian: the bot writes Bokmål
        if code in options.locales:
            return code
    return "en"


def _page(options: WebOptions, locale: str, body: str, *, form: str = "", status: int = 200) -> web.Response:
    """A small page of the channel (join, signed out, errors): text only, no script."""
    title = html.escape(options.texts(locale, "web-title"))
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in body.splitlines() if line.strip())
    document = (
        f'<!doctype html><html lang="{locale}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{title}</title><link rel="stylesheet" href="/static/web.css"></head>'
        f'<body class="card-page"><main class="card"><h1>{title}</h1>{paragraphs}{form}</main></body></html>'
    )
    return web.Response(text=document, content_type="text/html", status=status)


def _cross_site(request: web.Request, options: WebOptions) -> bool:
    """A request another site made the browser send. Browsers say so in `Sec-Fetch-Site`; without it, an
    `Origin` other than ours. (Under `Referrer-Policy: no-referrer` a form's own POST says `Origin: null`.)"""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site not in ("same-origin", "none")
    origin = request.headers.get("Origin")
    return origin is not None and origin not in (options.base_url, "null")


def _client(request: web.Request) -> str:
    return request.remote or "?"


def _over(events: deque[float], limit: int, window: float, now: float) -> bool:
    while events and events[0] < now - window:
        events.popleft()
    return len(events) >= limit


# --- joining -------------------------------------------------------------------------------------------


async def join_page(request: web.Request) -> web.StreamResponse:
    """The invite link: one button. Opening the link (`GET`, as link previews do) spends nothing."""
    options = request.app[OPTIONS]
    locale = _locale(request, options)
    code = request.match_info["code"]
    form = (
        f'<form method="post" action="/join/{html.escape(code, quote=True)}">'
        f'<button type="submit">{html.escape(options.texts(locale, "web-join-button"))}</button></form>'
    )
    return _page(options, locale, options.texts(locale, "web-join-intro"), form=form)


async def join(request: web.Request) -> web.StreamResponse:
    """Say `/start {code}` in a new chat; keep the device signed in if the bot took the link."""
    options, channel, factory = request.app[OPTIONS], request.app[CHANNEL], request.app[FACTORY]
    locale = _locale(request, options)
    if _cross_site(request, options):
        raise web.HTTPForbidden(reason="cross-site request")
    failures = options.join_failures[_client(request)]
    if _over(failures, JOIN_FAILURES, JOIN_WINDOW, time.monotonic()):
        return _page(options, locale, options.texts(locale, "web-join-too-many"), status=429)
    code = request.match_info["code"]
    # signed in already on this device (a second role, a new link after a lost one): the same person
    signed = await _signed(request)
    chat_id = signed.chat_id if signed is not None else web_sessions.new_web_id()
    chat = channel.open_chat(chat_id, options.texts(locale, "web-guest-name"), locale)
    said = await channel.say(chat, f"/start {code}")
    await channel.answered(chat, said["message_id"], JOIN_WAIT)
    async with factory() as session:
        person = await people.by_telegram_id(session, chat_id)
        if person is not None and await invites.redeemed_by(session, code) != person.id:
            person = None  # a signed-in person whose new link the bot refused
        if person is None:  # refused: why, on a page (the bot said the same in the chat)
            failures.append(time.monotonic())
            reason = await invites.why_refused(session, code, Channel.WEB, utcnow())
            key = REFUSALS.get(reason, "web-join-refused") if reason is not None else "web-join-refused"
            return _page(options, locale, options.texts(locale, key), status=410)
        await web_sessions.end_all(session, person.id, utcnow())  # one channel, one device at a time
        opened = await web_sessions.open_session(session, person.id, utcnow(), options.lasting)
        await session.commit()
    chat.persona.first_name = person.name
    response = web.HTTPSeeOther("/")
    _set_cookie(response, options, opened.token)
    return response


def _set_cookie(response: web.StreamResponse, options: WebOptions, token: str) -> None:
    response.set_cookie(
        COOKIE,
        token,
        max_age=int(options.lasting.total_seconds()),
        path="/",
        httponly=True,
        secure=options.secure,
        samesite="Strict",
    )


# --- sessions ------------------------------------------------------------------------------------------


async def _signed(request: web.Request) -> Signed | None:
    token = request.cookies.get(COOKIE)
    if not token:
        return None
    options = request.app[OPTIONS]
    async with request.app[FACTORY]() as session:
        signed = await web_sessions.signed_in(session, token, utcnow(), options.lasting)
        await session.commit()
    return signed


async def _required(request: web.Request, *, changing: bool) -> Signed:
    signed = await _signed(request)
    if signed is None:
        raise web.HTTPUnauthorized(reason="signed out")
    if changing and not web_sessions.csrf_matches(signed, request.headers.get(CSRF_HEADER)):
        raise web.HTTPForbidden(reason="cross-site request")
    return signed


async def _chat_of(request: web.Request, signed: Signed) -> Any:
    async with request.app[FACTORY]() as session:
        person = await people.by_telegram_id(session, signed.chat_id)
    name = person.name if person is not None else ""
    locale = person.locale if person is not None else None
    return request.app[CHANNEL].open_chat(signed.chat_id, name, locale)


async def index(request: web.Request) -> web.StreamResponse:
    options = request.app[OPTIONS]
    if await _signed(request) is None:
        locale = _locale(request, options)
        return _page(options, locale, options.texts(locale, "web-signed-out"), status=401)
    body = (WEB_STATIC / "chat.html").read_text()
    return web.Response(text=body, content_type="text/html")


async def static(request: web.Request) -> web.StreamResponse:
    name = request.match_info["name"]
    for folder in (WEB_STATIC, STATIC):
        path = (folder / name).resolve()
        if path.parent == folder and path.is_file() and path.suffix in CONTENT_TYPES:
            return web.Response(
                body=path.read_bytes(),
                headers={"Content-Type": CONTENT_TYPES[path.suffix], "Cache-Control": "no-cache"},
            )
    raise web.HTTPNotFound()


async def session_info(request: web.Request) -> web.StreamResponse:
    """The page's start: the CSRF token and its words in the person's language."""
    signed = await _required(request, changing=False)
    chat = await _chat_of(request, signed)
    options = request.app[OPTIONS]
    locale = chat.persona.language_code or "en"
    keys = (
        "web-chat",
        "web-message",
        "web-send",
        "web-commands",
        "web-ok",
        "web-busy",
        "web-sign-out",
        "web-offline",
        "web-no-answer",
    )
    return web.json_response(
        {
            "chat_id": signed.chat_id,
            "csrf": signed.csrf_token,
            "texts": {key: options.texts(locale, key) for key in keys},
        }
    )


async def chat_state(request: web.Request) -> web.StreamResponse:
    """The chat, at once or as soon as it is newer than `since` (a long poll of up to 25 s)."""
    signed = await _required(request, changing=False)
    chat = await _chat_of(request, signed)
    since = request.query.get("since")
    if since is not None and since.lstrip("-").isdigit():
        await request.app[CHANNEL].changed(chat, int(since), POLL_SECONDS)
    return web.json_response(request.app[CHANNEL].transcript(chat))


async def _json(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise web.HTTPBadRequest(reason="the body is not JSON") from None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(reason="the body is not a JSON object")
    return body


def _throttled(options: WebOptions, signed: Signed) -> None:
    sent = options.sends[signed.session_id]
    now = time.monotonic()
    if _over(sent, SEND_BURST, SEND_BURST / SENDS_PER_SECOND, now):
        raise web.HTTPTooManyRequests(headers={"Retry-After": "2"}, reason="too many messages")
    sent.append(now)


async def send_message(request: web.Request) -> web.StreamResponse:
    signed = await _required(request, changing=True)
    body = await _json(request)
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise web.HTTPBadRequest(reason="text is required")
    if len(text) > TEXT_LIMIT:
        raise web.HTTPRequestEntityTooLarge(
            max_size=TEXT_LIMIT, actual_size=len(text), reason="text is longer than 4096 characters"
        )
    _throttled(request.app[OPTIONS], signed)
    chat = await _chat_of(request, signed)
    said = await request.app[CHANNEL].say(chat, text)
    await journal.keep(request.app[CHANNEL], request.app[FACTORY], signed.chat_id)
    return web.json_response(said, status=201)


async def press(request: web.Request) -> web.StreamResponse:
    signed = await _required(request, changing=True)
    body = await _json(request)
    message_id, data = body.get("message_id"), body.get("data")
    if not isinstance(message_id, int) or not isinstance(data, str):
        raise web.HTTPBadRequest(reason="message_id and data are required")
    _throttled(request.app[OPTIONS], signed)
    chat = await _chat_of(request, signed)
    return web.json_response(await request.app[CHANNEL].press(chat, message_id, data))


async def download(request: web.Request) -> web.StreamResponse:
    """A photo or document in the person's own chat (a file of anyone else's chat is not found)."""
    signed = await _required(request, changing=False)
    chat = await _chat_of(request, signed)
    file_id = request.match_info["file_id"]
    mine = any(m.media is not None and m.media.file_id == file_id for m in chat.messages.values())
    stored = request.app[CHANNEL].engine.files.get(file_id) if mine else None
    if stored is None:
        raise web.HTTPNotFound()
    name = (stored.file_name or "file").replace('"', "")
    return web.Response(
        body=stored.data,
        content_type=stored.mime_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


async def sign_out(request: web.Request) -> web.StreamResponse:
    signed = await _required(request, changing=True)
    async with request.app[FACTORY]() as session:
        await web_sessions.sign_out(session, signed.session_id, utcnow())
        await session.commit()
    response = web.json_response({"signed_out": True})
    response.del_cookie(COOKIE, path="/")
    return response


async def not_found(request: web.Request) -> web.StreamResponse:
    raise web.HTTPNotFound()


def build_app(
    channel: WebChannel, factory: async_sessionmaker[AsyncSession], options: WebOptions
) -> web.Application:
    app = web.Application(middlewares=[security], client_max_size=BODY_LIMIT)
    app[CHANNEL] = channel
    app[FACTORY] = factory
    app[OPTIONS] = options
    app.add_routes(
        [
            web.get("/", index),
            web.get("/join/{code}", join_page),
            web.post("/join/{code}", join),
            web.get("/static/{name}", static),
            web.get("/api/session", session_info),
            web.get("/api/chat", chat_state),
            web.post("/api/messages", send_message),
            web.post("/api/press", press),
            web.post("/api/sign-out", sign_out),
            web.get("/api/files/{file_id}", download),
            web.route("*", "/{tail:.*}", not_found),
        ]
    )
    return app
