"""Getting updates: long polling and webhooks."""

from __future__ import annotations

import re
from typing import Any

from sandbox.core import Sandbox
from sandbox.errors import bad_request, conflict
from sandbox.methods.registry import Described, method
from sandbox.params import Params
from sandbox.webhook import WebhookConfig

_SECRET_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")
WEBHOOK_ACTIVE = (
    "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"
)


def _allowed_updates(params: Params) -> list[str] | None:
    allowed = params.get_json("allowed_updates")
    if allowed is None:
        return None
    if not isinstance(allowed, list) or not all(isinstance(kind, str) for kind in allowed):
        raise bad_request("can't parse allowed_updates JSON object")
    return allowed


@method("getUpdates")
async def get_updates(sb: Sandbox, params: Params) -> Any:
    if sb.webhook.config is not None:
        raise conflict(WEBHOOK_ACTIVE)
    limit = min(max(params.get_int("limit", 100) or 100, 1), 100)
    timeout = max(params.get_int("timeout", 0) or 0, 0)
    sb.updates.set_allowed(_allowed_updates(params))
    updates = await sb.updates.poll(params.get_int("offset"), limit, timeout, sb.clock())
    if sb.observer is not None and updates:
        sb.observer.handed_out(updates)
    return updates


@method("setWebhook")
async def set_webhook(sb: Sandbox, params: Params) -> Any:
    url = params.get_str("url") or ""
    if not url:
        return await delete_webhook(sb, params)
    if not url.startswith(("http://", "https://")):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    secret = params.get_str("secret_token")
    if secret is not None and not _SECRET_RE.fullmatch(secret):
        raise bad_request("secret token contains unallowed characters")
    max_connections = params.get_int("max_connections", 40) or 40
    if not 1 <= max_connections <= 100:
        raise bad_request("bad webhook: max_connections must be between 1 and 100")
    config = WebhookConfig(url, secret, max_connections, params.get_str("ip_address"))
    if params.get_bool("drop_pending_updates"):
        sb.updates.clear()
    sb.updates.set_allowed(_allowed_updates(params))
    already = sb.webhook.config == config
    sb.webhook.set(config)
    sb.updates.interrupt_polls()
    return Described(True, "Webhook is already set" if already else "Webhook was set")


@method("deleteWebhook")
async def delete_webhook(sb: Sandbox, params: Params) -> Any:
    if params.get_bool("drop_pending_updates"):
        sb.updates.clear()
    if sb.webhook.config is None:
        return Described(True, "Webhook is already deleted")
    sb.webhook.set(None)
    return Described(True, "Webhook was deleted")


@method("getWebhookInfo")
async def get_webhook_info(sb: Sandbox, params: Params) -> Any:
    return sb.webhook.info()
