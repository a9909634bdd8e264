"""The web channel (issue #24), with the real bot in its own process (Telegram's side on the sandbox): a
mentee joins from a web invite in a phone-sized headless Chromium and goes through the same onboarding as on
Telegram; the page's security: headers, cookie, cross-site requests, another person's cookie, HTML typed by
a person, a used link in a second browser, signing out."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from playwright.async_api import Browser, expect
from sqlalchemy import update

from sandbox.server import SandboxServer
from storage.db import make_engine, make_session_factory
from storage.models import Channel, Invite, Role
from storage.repo.invites import hash_code
from tests.browser.test_onboarding import seed
from tests.databases import sqlite_url
from tests.e2e.botprocess import BotProcess

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
HOSTILE = '<script>window.pwned=1</script><img src=x onerror="1">'  # what a person may type


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class WebBot:
    base: str
    codes: dict[Role, str]  # the mentee's is a web invite


async def web_invites(database_url: str) -> dict[Role, str]:
    """The seeded school of tests/browser/test_onboarding.py, the mentee's invite made a web one."""
    codes = await seed(database_url)
    engine = make_engine(database_url)
    try:
        async with make_session_factory(engine)() as session:
            await session.execute(
                update(Invite)
                .where(Invite.code_hash == hash_code(codes[Role.MENTEE]))
                .values(channel=Channel.WEB)
            )
            await session.commit()
    finally:
        await engine.dispose()
    return codes


@pytest.fixture
async def web_bot(server: SandboxServer, tmp_path: Path) -> AsyncIterator[WebBot]:
    database_url = sqlite_url(tmp_path)
    codes = await web_invites(database_url)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = BotProcess(
        server.url,
        database_url,
        tmp_path / "bot.log",
        WEB_BASE_URL=base,
        WEB_HOST="127.0.0.1",
        WEB_PORT=str(port),
    )
    await process.start(server)
    try:
        yield WebBot(base, codes)
    finally:
        await process.stop()


async def test_a_mentee_joins_from_a_web_invite_and_onboards_in_the_browser(
    browser: Browser, web_bot: WebBot
):
    context = await browser.new_context(viewport=PHONE, locale="en-GB")
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        await page.goto(f"{web_bot.base}/join/{web_bot.codes[Role.MENTEE]}")
        await expect(page.get_by_text("You have been invited to a mentoring programme.")).to_be_visible()
        await page.get_by_role("button", name="Start").click()
        await page.wait_for_url(f"{web_bot.base}/")
        await expect(page.locator(".messages").get_by_text("Choose your language").last).to_be_visible(
            timeout=15000
        )
        await page.get_by_role("button", name="English").click()
        await expect(page.locator(".messages").get_by_text("Your privacy").last).to_be_visible(timeout=15000)
        await page.get_by_role("button", name="✔ I agree").click()
        await expect(page.get_by_role("button", name="⏸ Later")).to_be_visible(timeout=15000)
        await page.get_by_role("button", name="⏸ Later").click()
        chat = page.locator(".messages")
        await expect(chat.get_by_text("Main menu").last).to_be_visible(timeout=15000)
        await expect(chat.get_by_text("Peer support – your mentor: Elena").last).to_be_visible()
        # a person's HTML is text on the page, never markup
        scripts = await page.locator("script").count()
        await page.get_by_placeholder("Message").fill(
            '<script>window.pwned=1</script><img src=x onerror="1">'
        )
        await page.get_by_role("button", name="Send").click()
        await expect(
            page.get_by_text('<script>window.pwned=1</script><img src=x onerror="1">')
        ).to_be_visible()
        assert await page.locator("script").count() == scripts
        assert await page.evaluate("window.pwned === undefined")
        assert await page.locator("img[src=x]").count() == 0
        # the page fits a phone: no sideways scrolling
        assert await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        await page.get_by_role("button", name="Sign out on this device").click()
        await expect(page.get_by_text("You are signed out on this device.")).to_be_visible(timeout=15000)
    finally:
        await context.close()
    assert errors == [], f"the page's script failed: {errors}"


async def test_the_page_is_safe_against_other_sites_and_other_people(web_bot: WebBot):
    join = f"{web_bot.base}/join/{web_bot.codes[Role.MENTEE]}"
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as ivo:
        opened = await ivo.get(join)  # what a link preview does: nothing is spent
        assert opened.status == 200
        headers = opened.headers
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        assert "default-src 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Frame-Options"] == "DENY" and headers["Referrer-Policy"] == "no-referrer"
        assert headers["X-Content-Type-Options"] == "nosniff"
        # a POST from another site is refused before anything happens
        forged = await ivo.post(join, headers={"Origin": "https://evil.example"}, allow_redirects=False)
        assert forged.status == 403
        forged = await ivo.post(join, headers={"Sec-Fetch-Site": "cross-site"}, allow_redirects=False)
        assert forged.status == 403
        joined = await ivo.post(join, headers={"Origin": web_bot.base}, allow_redirects=False)
        assert joined.status == 303 and joined.headers["Location"] == "/"
        cookie = joined.headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
        assert "Secure" not in cookie  # http here; https in production sets it
        session = await (await ivo.get(f"{web_bot.base}/api/session")).json()
        csrf, chat_id = session["csrf"], session["chat_id"]
        assert len(csrf) >= 43
        # without the CSRF token, nothing is said
        refused = await ivo.post(f"{web_bot.base}/api/messages", json={"text": "/help"})
        assert refused.status == 403
        bad = await ivo.post(
            f"{web_bot.base}/api/messages", data=b"{not json", headers={"X-CSRF-Token": csrf}
        )
        assert bad.status == 400 and "not JSON" in (await bad.json())["error"]
        long = await ivo.post(
            f"{web_bot.base}/api/messages", json={"text": "x" * 4097}, headers={"X-CSRF-Token": csrf}
        )
        assert long.status == 413
        said = await ivo.post(
            f"{web_bot.base}/api/messages", json={"text": "/help"}, headers={"X-CSRF-Token": csrf}
        )
        assert said.status == 201
        missing = await ivo.get(f"{web_bot.base}/no/such/page")
        assert missing.status == 404 and "There is nothing here." in await missing.text()
        assert missing.headers["X-Frame-Options"] == "DENY"

        # someone else: no cookie reads nothing; the used link opens no chat in a second browser
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as stranger:
            assert (await stranger.get(f"{web_bot.base}/api/chat")).status == 401
            again = await stranger.post(join, allow_redirects=False)
            assert again.status == 410 and "already been used" in await again.text()
            assert "mentor_session" not in again.headers.get("Set-Cookie", "")
            # the stranger's CSRF guess with Ivo's token but no cookie acts for nobody
            acted = await stranger.post(
                f"{web_bot.base}/api/messages", json={"text": "hi"}, headers={"X-CSRF-Token": csrf}
            )
            assert acted.status == 401

        # the signed-in device opens its own link again: back into the same chat (a new device session)
        again = await ivo.post(join, allow_redirects=False)
        assert again.status == 303
        session = await (await ivo.get(f"{web_bot.base}/api/session")).json()
        assert session["chat_id"] == chat_id
        csrf = session["csrf"]
        # and a link that is not for the web (a Telegram one): it says why, and stays signed in
        telegram_link = f"{web_bot.base}/join/{web_bot.codes[Role.COORDINATOR]}"
        refused = await ivo.post(telegram_link, allow_redirects=False)
        assert refused.status == 410 and "This invite link is not valid." in await refused.text()
        assert (await ivo.get(f"{web_bot.base}/api/chat")).status == 200

        out = await ivo.post(f"{web_bot.base}/api/sign-out", headers={"X-CSRF-Token": csrf})
        assert out.status == 200
        assert (await ivo.get(f"{web_bot.base}/api/chat")).status == 401
