"""The Bot API over plain HTTP: authentication, routing, request encodings, response shape."""

from __future__ import annotations

import json

import aiohttp
from sandbox_support import TOKEN

from sandbox.client import SandboxClient
from sandbox.server import SandboxServer


async def test_wrong_token_is_unauthorized(server: SandboxServer) -> None:
    async with aiohttp.ClientSession() as http, http.post(f"{server.url}/bot1:wrong/getMe") as response:
        assert response.status == 401
        assert await response.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}


async def test_unknown_method_is_not_found(server: SandboxServer) -> None:
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"{server.url}/bot{TOKEN}/sendTelepathy") as response,
    ):
        assert response.status == 404
        assert await response.json() == {"ok": False, "error_code": 404, "description": "Not Found"}


async def test_get_me_by_get_with_case_insensitive_method(server: SandboxServer) -> None:
    async with aiohttp.ClientSession() as http, http.get(f"{server.url}/bot{TOKEN}/GETME") as response:
        body = await response.json()
    assert response.status == 200
    assert body["ok"] is True
    assert body["result"]["id"] == 123456
    assert body["result"]["is_bot"] is True
    assert body["result"]["username"] == "mentor_sandbox_bot"


async def test_json_form_and_query_requests_are_all_understood(
    server: SandboxServer, client: SandboxClient, chat_id: int
) -> None:
    url = f"{server.url}/bot{TOKEN}/sendMessage"
    markup = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
    async with aiohttp.ClientSession() as http:
        async with http.post(
            url, json={"chat_id": chat_id, "text": "json", "reply_markup": markup}
        ) as response:
            by_json = await response.json()
        form = {"chat_id": str(chat_id), "text": "form", "reply_markup": json.dumps(markup)}
        async with http.post(url, data=form) as response:
            by_form = await response.json()
        async with http.get(url, params={"chat_id": str(chat_id), "text": "query"}) as response:
            by_query = await response.json()
    assert [by_json["result"]["text"], by_form["result"]["text"], by_query["result"]["text"]] == [
        "json",
        "form",
        "query",
    ]
    assert by_json["result"]["reply_markup"] == markup
    assert by_form["result"]["reply_markup"] == markup
    assert by_json["result"]["from"]["is_bot"] is True
    assert by_json["result"]["chat"] == {"id": chat_id, "type": "private", "first_name": "Ada"}
    ids = [body["result"]["message_id"] for body in (by_json, by_form, by_query)]
    assert ids == sorted(ids) and len(set(ids)) == 3


async def test_bad_request_shape(server: SandboxServer) -> None:
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"{server.url}/bot{TOKEN}/sendMessage", json={"text": "x"}) as response,
    ):
        assert response.status == 400
        assert await response.json() == {
            "ok": False,
            "error_code": 400,
            "description": "Bad Request: chat_id is empty",
        }


async def test_file_download_needs_the_right_token_and_path(server: SandboxServer) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{server.url}/file/bot{TOKEN}/documents/missing.txt") as response:
            assert response.status == 404
        async with http.get(f"{server.url}/file/bot1:wrong/documents/missing.txt") as response:
            assert response.status == 401
