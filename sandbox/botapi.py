"""HTTP face of the Bot API: `/bot{token}/{method}` and `/file/bot{token}/{path}`."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from aiohttp import web

from sandbox.core import Sandbox
from sandbox.errors import NOT_FOUND, UNAUTHORIZED, ApiError, too_many_requests
from sandbox.faults import SENDING_METHODS
from sandbox.methods import METHODS, Described, Method
from sandbox.params import Params, read_params

log = logging.getLogger(__name__)

SANDBOX = web.AppKey("sandbox", Sandbox)


def _json_response(body: dict[str, Any], status: int = 200) -> web.Response:
    return web.json_response(body, status=status)


def _fault_chat_id(params: Params) -> int | None:
    try:
        return int(params.raw("chat_id"))
    except (TypeError, ValueError):
        return None


async def call_method(
    sb: Sandbox,
    entry: Method,
    params: Params,
    *,
    injectable: bool = True,
    caller_gone: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Run one Bot API call and return Telegram's response body; faults and limits apply first.

    A call held by a delay fault whose caller went away meanwhile (the bot process died with its
    request on the way) is dropped: it never reached "Telegram", so nothing of it happens."""
    lowered = entry.name.lower()
    if sb.observer is not None:
        sb.observer.called(entry.name, _fault_chat_id(params))
    try:
        if injectable:
            fault = sb.faults.take(lowered, _fault_chat_id(params))
            if fault is not None:
                sb.stats.injected[str(fault.error_code or "delay")] += 1
                if fault.delay > 0:
                    await asyncio.sleep(fault.delay)
                    if caller_gone is not None and caller_gone():
                        sb.stats.injected["dropped"] += 1
                        return ApiError(499, "Client Closed Request").to_json()
                error = fault.error()
                if error is not None:
                    raise error
            if lowered in SENDING_METHODS:
                retry_after = sb.limiter.check()
                if retry_after is not None:
                    sb.stats.rate_limited += 1
                    raise too_many_requests(retry_after)
        result = await entry.handler(sb, params)
    except ApiError as error:
        sb.stats.record(entry.name, error.error_code)
        return error.to_json()
    except Exception:
        log.exception("sandbox failed on %s", entry.name)
        sb.stats.record(entry.name, 500)
        return ApiError(500, "Internal Server Error").to_json()
    sb.stats.record(entry.name, 200)
    if isinstance(result, Described):
        return {"ok": True, "result": result.result, "description": result.description}
    return {"ok": True, "result": result}


async def handle_method(request: web.Request) -> web.Response:
    sb = request.app[SANDBOX]
    if request.match_info["token"] != sb.token:
        return _json_response(UNAUTHORIZED.to_json(), 401)
    entry = METHODS.get(request.match_info["method"].lower())
    if entry is None:
        return _json_response(NOT_FOUND.to_json(), 404)
    try:
        params = await read_params(request)
    except ApiError as error:
        sb.stats.record(entry.name, error.error_code)
        return _json_response(error.to_json(), error.error_code)
    body = await call_method(sb, entry, params, caller_gone=lambda: _caller_gone(request))
    return _json_response(body, body.get("error_code", 200))


def _caller_gone(request: web.Request) -> bool:
    transport = request.transport
    return transport is None or transport.is_closing()


async def run_webhook_reply(sb: Sandbox, params: Params) -> None:
    """Execute a method call that the bot put in its answer to a webhook request."""
    entry = METHODS.get(str(params.values.pop("method", "")).lower())
    if entry is not None:
        await call_method(sb, entry, params, injectable=False)


async def handle_file(request: web.Request) -> web.StreamResponse:
    sb = request.app[SANDBOX]
    if request.match_info["token"] != sb.token:
        return _json_response(UNAUTHORIZED.to_json(), 401)
    stored = sb.files.by_path(request.match_info["path"])
    if stored is None:
        return _json_response(NOT_FOUND.to_json(), 404)
    return web.Response(body=stored.data, content_type=stored.mime_type)


def routes() -> list[web.RouteDef]:
    return [
        web.route("*", "/bot{token}/{method}", handle_method),
        web.get("/file/bot{token}/{path:.+}", handle_file),
    ]
