"""A typed async client for the control API, for end-to-end tests and scripts."""

from __future__ import annotations

from types import TracebackType
from typing import Any

import aiohttp

Json = dict[str, Any]
_UNSET: Any = object()


class SandboxError(Exception):
    """The control API refused a request."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


class SandboxClient:
    """Talks to `/sandbox/...` of a running sandbox server at `base_url`."""

    def __init__(self, base_url: str, session: aiohttp.ClientSession | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._session = session
        self._owns_session = session is None

    async def __aenter__(self) -> SandboxClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession()
        return self._session

    async def request(
        self, method: str, path: str, *, json: Any = None, data: Any = None, **params: Any
    ) -> Json:
        query = {key: str(value) for key, value in params.items() if value is not None}
        async with self.session.request(
            method, f"{self.base_url}/sandbox{path}", json=json, data=data, params=query
        ) as response:
            body: Json = await response.json()
            if response.status >= 400:
                raise SandboxError(response.status, str(body.get("error", body)))
            return body

    # personas and their actions

    async def create_persona(
        self,
        first_name: str,
        *,
        language_code: str | None = "en",
        last_name: str | None = None,
        username: str | None = None,
        persona_id: int | None = None,
        role_label: str | None = None,
        invite: str | None = None,
    ) -> Json:
        """`role_label` is shown in the page's chat header; `invite` is a /start payload the page offers
        as an "Open my invite link" button until the chat has a message."""
        body = {
            "first_name": first_name,
            "language_code": language_code,
            "last_name": last_name,
            "username": username,
            "id": persona_id,
            "role_label": role_label,
            "invite": invite,
        }
        return (await self.request("POST", "/personas", json=body))["persona"]

    async def update_persona(
        self, persona_id: int, *, role_label: str | None = _UNSET, invite: str | None = _UNSET
    ) -> Json:
        """Change the arguments given (None clears one); returns the persona."""
        body = {
            key: value
            for key, value in (("role_label", role_label), ("invite", invite))
            if value is not _UNSET
        }
        return (await self.request("PATCH", f"/personas/{persona_id}", json=body))["persona"]

    async def personas(self) -> list[Json]:
        return (await self.request("GET", "/personas"))["personas"]

    async def send_text(self, chat_id: int, text: str, *, reply_to_message_id: int | None = None) -> Json:
        """Returns {"message", "update_id", "version"}."""
        body = {"text": text, "reply_to_message_id": reply_to_message_id}
        return await self.request("POST", f"/chats/{chat_id}/messages", json=body)

    async def upload(
        self, chat_id: int, data: bytes, filename: str, *, kind: str = "document", caption: str | None = None
    ) -> Json:
        form = aiohttp.FormData()
        form.add_field("file", data, filename=filename)
        form.add_field("kind", kind)
        if caption:
            form.add_field("caption", caption)
        return await self.request("POST", f"/chats/{chat_id}/uploads", data=form)

    async def press(
        self, chat_id: int, message_id: int, *, data: str | None = None, text: str | None = None
    ) -> Json:
        """Press an inline button by callback data or label.

        Returns {"callback_query_id", "data", "update_id"}.
        """
        body = {"message_id": message_id, "data": data, "text": text}
        return await self.request("POST", f"/chats/{chat_id}/press", json=body)

    async def callback(self, query_id: str, *, wait: float = 0) -> Json:
        """The callback query and the bot's answer, waiting up to `wait` seconds for the answer."""
        return (await self.request("GET", f"/callbacks/{query_id}", timeout=wait))["callback_query"]

    async def block(self, chat_id: int) -> Json:
        return await self.request("POST", f"/chats/{chat_id}/block")

    async def unblock(self, chat_id: int) -> Json:
        return await self.request("POST", f"/chats/{chat_id}/unblock")

    # reading

    async def transcript(self, chat_id: int, *, since: int | None = None, wait: float | None = None) -> Json:
        """The chat; with `since`, waits up to `wait` seconds for a version above it."""
        return await self.request("GET", f"/chats/{chat_id}", since=since, timeout=wait)

    async def chats(self, *, since: int | None = None, wait: float | None = None) -> Json:
        return await self.request("GET", "/chats", since=since, timeout=wait)

    async def wait_for_bot_message(self, chat_id: int, *, after: int | None = None, wait: float = 10) -> Json:
        """The first bot message with an id above `after`; SandboxError(408) if none comes in time."""
        return (await self.request("GET", f"/chats/{chat_id}/wait", after=after, timeout=wait))["message"]

    async def download(self, file_id: str) -> bytes:
        async with self.session.get(f"{self.base_url}/sandbox/files/{file_id}") as response:
            if response.status >= 400:
                raise SandboxError(response.status, "no such file")
            return await response.read()

    async def bot(self) -> Json:
        return await self.request("GET", "/bot")

    async def pending_updates(self) -> Json:
        return await self.request("GET", "/updates")

    # faults, limits, counters

    async def add_fault(
        self,
        method: str = "sending",
        *,
        error_code: int | None = None,
        count: int = 1,
        retry_after: int | None = None,
        description: str | None = None,
        chat_id: int | None = None,
        delay: float | None = None,
    ) -> Json:
        body = {
            "method": method,
            "error_code": error_code,
            "count": count,
            "retry_after": retry_after,
            "description": description,
            "chat_id": chat_id,
            "delay": delay,
        }
        return (await self.request("POST", "/faults", json=body))["fault"]

    async def clear_faults(self) -> Json:
        return await self.request("DELETE", "/faults")

    async def set_rate_limit(self, per_second: float | None) -> Json:
        return await self.request("PUT", "/rate-limit", json={"per_second": per_second})

    async def stats(self) -> Json:
        return await self.request("GET", "/stats")

    async def reset(self, *, config: bool = False) -> Json:
        return await self.request("POST", "/reset", json={"config": config})

    async def reset_demo(self) -> Json:
        """What the page's Reset button does: the demo's own reset hook if one is set, else `reset()`."""
        return await self.request("POST", "/reset-demo")
