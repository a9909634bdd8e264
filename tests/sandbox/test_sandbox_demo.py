"""What a demo launcher and the page need: persona role labels and invites, the demo reset hook, the page."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from sandbox.client import SandboxClient, SandboxError
from sandbox.server import SandboxServer


async def test_personas_carry_a_role_label_and_an_invite(client: SandboxClient) -> None:
    ana = await client.create_persona("Ana", role_label="Coordinator", invite="abc_DEF-123")
    assert (ana["role_label"], ana["invite"]) == ("Coordinator", "abc_DEF-123")
    assert (await client.personas())[0] == ana
    shown = await client.request("GET", f"/personas/{ana['id']}")
    assert shown["persona"] == ana
    listing = await client.chats()
    assert listing["chats"][0]["persona"]["role_label"] == "Coordinator"

    for bad in ({"invite": "has space"}, {"invite": "x" * 65}, {"invite": 5}, {"role_label": "r" * 65}):
        with pytest.raises(SandboxError) as refused:
            await client.request("POST", "/personas", json={"first_name": "Bad", **bad})
        assert refused.value.status == 400


async def test_role_label_and_invite_are_not_sent_to_the_bot(client: SandboxClient) -> None:
    ivo = await client.create_persona("Ivo", role_label="Mentee", invite="code1")
    await client.send_text(ivo["id"], "/start code1")
    message = (await client.pending_updates())["pending"][-1]["message"]
    assert message["from"] == {"id": ivo["id"], "is_bot": False, "first_name": "Ivo", "language_code": "en"}
    assert "role_label" not in message["chat"] and "invite" not in message["chat"]


async def test_patch_sets_and_clears_fields_and_wakes_the_page(client: SandboxClient) -> None:
    ivo = await client.create_persona("Ivo")
    before = await client.transcript(ivo["id"])
    waiting = asyncio.create_task(client.chats(since=before["version"], wait=10))
    changed = await client.update_persona(ivo["id"], role_label="Mentee", invite="seat-42")
    assert (changed["role_label"], changed["invite"]) == ("Mentee", "seat-42")
    listing = await asyncio.wait_for(waiting, 5)
    assert listing["version"] > before["version"]

    only_invite = await client.update_persona(ivo["id"], invite=None)
    assert (only_invite["role_label"], only_invite["invite"]) == ("Mentee", None)
    assert (await client.transcript(ivo["id"]))["persona"]["invite"] is None

    for body in ({"first_name": "Other"}, {"invite": "no spaces allowed"}):
        with pytest.raises(SandboxError) as refused:
            await client.request("PATCH", f"/personas/{ivo['id']}", json=body)
        assert refused.value.status == 400
    with pytest.raises(SandboxError) as missing:
        await client.update_persona(999, role_label="x")
    assert missing.value.status == 404


async def test_reset_demo_without_a_hook_is_a_plain_reset(client: SandboxClient) -> None:
    await client.create_persona("Ana")
    answer = await client.reset_demo()
    assert answer["reset"] is True
    assert await client.personas() == []


async def test_reset_demo_runs_the_hook_once_for_overlapping_requests(
    server: SandboxServer, client: SandboxClient
) -> None:
    calls: list[str] = []
    running, release = asyncio.Event(), asyncio.Event()

    async def restart_the_demo() -> None:
        calls.append("start")
        running.set()
        server.sandbox.reset()
        await release.wait()
        server.sandbox.world.add_persona("Fresh", role_label="Mentee")
        calls.append("done")

    server.sandbox.on_demo_reset = restart_the_demo
    await client.create_persona("Old")
    first = asyncio.create_task(client.reset_demo())
    second = asyncio.create_task(client.reset_demo())
    await asyncio.wait_for(running.wait(), 5)
    assert not first.done() and not second.done()  # the answer waits for the hook
    release.set()
    assert (await first)["reset"] is True and (await second)["reset"] is True
    assert calls == ["start", "done"]
    assert [p["first_name"] for p in await client.personas()] == ["Fresh"]

    await client.reset_demo()  # a later request runs the hook again
    assert calls == ["start", "done", "start", "done"]


async def test_reset_demo_reports_a_failing_hook(server: SandboxServer, client: SandboxClient) -> None:
    async def broken() -> None:
        raise RuntimeError("database is locked")

    server.sandbox.on_demo_reset = broken
    with pytest.raises(SandboxError) as failed:
        await client.reset_demo()
    assert failed.value.status == 500 and "database is locked" in failed.value.message


async def test_the_page_and_its_files_are_served(server: SandboxServer) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{server.url}/") as page:
            assert page.status == 200
            assert page.content_type == "text/html"
            html = await page.text()
        assert '<script src="/static/app.js"' in html and "/static/app.css" in html
        for name, kind in (("app.js", "text/javascript"), ("app.css", "text/css")):
            async with http.get(f"{server.url}/static/{name}") as asset:
                assert (asset.status, asset.content_type) == (200, kind)
                assert asset.headers["Cache-Control"] == "no-cache"
        for missing in ("/static/nope.js", "/static/..%2Fserver.py", "/static/../server.py"):
            async with http.get(f"{server.url}{missing}") as absent:
                assert absent.status == 404, missing
        async with http.get(f"{server.url}/sandbox/bot") as control:  # the other routes are untouched
            assert control.status == 200
