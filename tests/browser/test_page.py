"""The sandbox page in headless Chromium, with a bot scripted by the test through a real aiogram Bot."""

from __future__ import annotations

import io
import re

import pytest
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)
from PIL import Image
from playwright.async_api import Locator, Page, expect

from sandbox.client import SandboxClient
from sandbox.server import SandboxServer
from tests.browser.conftest import ScriptedBot

pytestmark = pytest.mark.browser

FORMATTED = (
    "<b>Bold</b>, <i>italic</i>, <u>under</u>, <s>struck</s>, <code>x = 1</code>, "
    '<a href="https://example.org/x">a link</a>, <tg-spoiler>secret</tg-spoiler>, '
    '👋 <b>after <i>an</i> emoji</b>\n<pre><code class="language-python">print(1)</code></pre>'
)
HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>'


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (40, 120, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


def chat_of(page: Page, name: str) -> Locator:
    return page.get_by_role("region", name=f"Chat of {name}")


def bubble(chat: Locator, message_id: int) -> Locator:
    return chat.locator(f'.msg[data-message-id="{message_id}"]')


async def started(
    page: Page,
    server: SandboxServer,
    client: SandboxClient,
    scripted: ScriptedBot,
    name: str,
    role_label: str | None = None,
) -> tuple[int, Locator]:
    """A persona whose first message was typed in the page and reached the bot."""
    chat_id = int((await client.create_persona(name, role_label=role_label))["id"])
    await page.goto(server.url)
    chat = chat_of(page, name)
    box = chat.get_by_role("textbox", name=f"Message as {name}")
    await box.fill("hello bot")
    await box.press("Enter")
    update = await scripted.next_update()
    assert update.message is not None and update.message.from_user is not None
    assert (update.message.text, update.message.from_user.id) == ("hello bot", chat_id)
    await expect(box).to_have_value("")
    await expect(chat.locator(".msg.persona .text")).to_have_text("hello bot")
    return chat_id, chat


async def test_formatting_media_buttons_edits_and_deletes(
    page: Page, server: SandboxServer, client: SandboxClient, scripted: ScriptedBot
) -> None:
    bot = scripted.bot
    chat_id, chat = await started(page, server, client, scripted, "Ada", role_label="Mentee")
    await expect(chat.locator(".role")).to_have_text("Mentee")
    await expect(page.locator("#bot-name")).to_have_text("Mentor Sandbox")

    keyboard = InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(text="Yes", callback_data="yes"),
                InlineKeyboardButton(text="No", callback_data="no"),
            ],
            [InlineKeyboardButton(text="Docs", url="https://example.org/docs")],
        ]
    )
    sent = await bot.send_message(chat_id, FORMATTED, parse_mode="HTML", reply_markup=keyboard)
    shown = bubble(chat, sent.message_id)
    text = shown.locator(".text")
    await expect(text.locator("b")).to_have_text(["Bold", "after an emoji"])
    await expect(text.locator("b i")).to_have_text("an")  # nested, and placed by UTF-16 offsets after 👋
    await expect(text.locator("i").first).to_have_text("italic")
    await expect(text.locator("u")).to_have_text("under")
    await expect(text.locator("s")).to_have_text("struck")
    await expect(text.locator("code").first).to_have_text("x = 1")
    await expect(text.locator("pre code")).to_have_text("print(1)")
    await expect(text.get_by_role("link", name="a link")).to_have_attribute("href", "https://example.org/x")
    spoiler = text.locator(".spoiler")
    await expect(spoiler).to_have_text("secret")
    await expect(spoiler).not_to_have_class(re.compile("revealed"))
    await spoiler.click()
    await expect(spoiler).to_have_class(re.compile("revealed"))
    await expect(shown.get_by_role("link", name="Docs")).to_have_attribute("href", "https://example.org/docs")

    # The persona's tap reaches the bot as a callback query; the answer shows as a toast.
    await shown.get_by_role("button", name="Yes").click()
    query = (await scripted.next_update()).callback_query
    assert query is not None and (query.data, query.message.message_id) == ("yes", sent.message_id)  # type: ignore[union-attr]
    await bot.answer_callback_query(query.id, text="Saved!")
    await expect(chat.locator(".toast")).to_have_text("Saved!")

    await shown.get_by_role("button", name="No").click()
    query = (await scripted.next_update()).callback_query
    assert query is not None and query.data == "no"
    await bot.answer_callback_query(query.id, text="Are you sure?", show_alert=True)
    alert = chat.get_by_role("alertdialog")
    await expect(alert).to_contain_text("Are you sure?")
    await alert.get_by_role("button", name="OK").click()
    await expect(alert).to_have_count(0)

    # An edit changes the same bubble in place and marks it edited; the keyboard goes with the edit.
    before = await shown.element_handle()
    count = await chat.locator(".msg").count()
    await bot.edit_message_text(
        "<b>Bold</b> and changed", chat_id=chat_id, message_id=sent.message_id, parse_mode="HTML"
    )
    await expect(shown.locator(".text")).to_have_text("Bold and changed")
    await expect(shown.locator(".edited")).to_have_text("edited")
    await expect(shown.get_by_role("button")).to_have_count(0)
    assert await before.evaluate("node => node.isConnected && node.querySelector('.text').textContent") == (
        "Bold and changed"
    )
    assert await chat.locator(".msg").count() == count

    photo = await bot.send_photo(
        chat_id, BufferedInputFile(png(64, 48), "dot.png"), caption="A <b>photo</b>", parse_mode="HTML"
    )
    image = bubble(chat, photo.message_id).locator("img.photo")
    await expect(image).to_be_visible()
    await expect(image).to_have_attribute("src", re.compile(r"^/sandbox/files/"))
    await expect(image).to_have_js_property("naturalWidth", 64)
    await expect(bubble(chat, photo.message_id).locator(".caption b")).to_have_text("photo")

    document = await bot.send_document(chat_id, BufferedInputFile(b"notes " * 250, "notes.txt"))
    link = bubble(chat, document.message_id).get_by_role("link", name=re.compile("Download notes.txt"))
    await expect(link.locator(".file-name")).to_have_text("notes.txt")
    await expect(link.locator(".file-size")).to_have_text("1.5 KB")
    await expect(link).to_have_attribute("download", "notes.txt")
    downloaded = await page.request.get(server.url + (await link.get_attribute("href") or ""))
    assert await downloaded.body() == b"notes " * 250

    # Text is text: markup-looking input is shown, never run.
    hostile = await bot.send_message(chat_id, HOSTILE)
    await expect(bubble(chat, hostile.message_id).locator(".text")).to_have_text(HOSTILE)
    assert await page.evaluate("window.pwned") is None

    await bot.delete_message(chat_id, sent.message_id)
    await expect(shown).to_have_count(0)
    await expect(chat.locator(".msg")).to_have_count(count + 2)


async def test_invite_reply_keyboard_commands_typing_and_a_draft_that_survives(
    page: Page, server: SandboxServer, client: SandboxClient, scripted: ScriptedBot
) -> None:
    bot = scripted.bot
    ivo = int((await client.create_persona("Ivo", role_label="Mentee", invite="seat-42"))["id"])
    await client.create_persona("Ana", role_label="Coordinator")
    await page.goto(server.url)
    chat = chat_of(page, "Ivo")
    invite = chat.get_by_role("button", name="Open my invite link")
    await expect(invite).to_be_visible()
    await expect(chat_of(page, "Ana").get_by_role("button", name="Open my invite link")).to_be_hidden()
    await invite.click()
    update = await scripted.next_update()
    assert update.message is not None and update.message.text == "/start seat-42"
    await expect(invite).to_be_hidden()

    await bot.set_my_commands(
        [
            BotCommand(command="menu", description="Main menu"),
            BotCommand(command="help", description="How this works"),
        ]
    )
    commands = chat.get_by_role("button", name="Commands")
    await expect(commands).to_be_enabled()
    await commands.click()
    await chat.get_by_role("menuitem", name="/help").click()
    update = await scripted.next_update()
    assert update.message is not None and update.message.text == "/help"
    box = chat.get_by_role("textbox", name="Message as Ivo")
    await box.fill("/me")  # typing a command filters the menu
    await expect(chat.get_by_role("menuitem")).to_have_count(1)
    await expect(chat.get_by_role("menuitem")).to_have_text(re.compile("/menu"))
    await box.fill("")
    await expect(chat.get_by_role("menu")).to_be_hidden()

    reply_keyboard = ReplyKeyboardMarkup(
        keyboard=[[KeyboardButton(text="Red"), KeyboardButton(text="Blue")]],
        one_time_keyboard=True,
        input_field_placeholder="Pick a colour",
    )
    await bot.send_message(ivo, "Which colour?", reply_markup=reply_keyboard)
    keys = chat.locator(".reply-kb")
    await expect(keys.get_by_role("button")).to_have_text(["Red", "Blue"])
    await expect(box).to_have_attribute("placeholder", "Pick a colour")
    await keys.get_by_role("button", name="Red").click()
    update = await scripted.next_update()
    assert update.message is not None and update.message.text == "Red"
    await expect(keys).to_be_hidden()  # one-time keyboards fold away, and can be shown again
    await chat.get_by_role("button", name="Show the keyboard").click()
    await expect(keys.get_by_role("button", name="Blue")).to_be_visible()

    # A half-written message survives redraws of the chat; typing shows in the header meanwhile.
    await box.fill("half-written")
    await bot.send_chat_action(ivo, "typing")
    status = chat.locator(".chat-head .status")
    await expect(status).to_have_text("bot is typing…")
    await bot.send_message(ivo, "Here you go")
    await expect(chat.locator(".msg.bot .text").last).to_have_text("Here you go")
    await expect(status).not_to_have_text("bot is typing…")
    await expect(box).to_have_value("half-written")
    await expect(box).to_be_focused()


async def test_reset_button_runs_the_demo_reset_and_reloads(
    page: Page, server: SandboxServer, client: SandboxClient
) -> None:
    await client.create_persona("Old")

    async def fresh_demo() -> None:
        server.sandbox.reset()
        server.sandbox.world.add_persona("Fresh", role_label="Mentor", invite="new-seat")

    server.sandbox.on_demo_reset = fresh_demo
    await page.goto(server.url)
    await expect(chat_of(page, "Old")).to_be_visible()
    async with page.expect_navigation():
        await page.get_by_role("button", name="Reset the demo").click()
    await expect(chat_of(page, "Fresh")).to_be_visible()
    await expect(chat_of(page, "Fresh").get_by_role("button", name="Open my invite link")).to_be_visible()
    await expect(chat_of(page, "Old")).to_have_count(0)


async def test_the_page_reconnects_after_the_server_goes_away(page: Page, server: SandboxServer) -> None:
    server.sandbox.world.add_persona("Before")
    await page.goto(server.url)
    await expect(chat_of(page, "Before")).to_be_visible()
    await expect(page.locator("#connection")).to_have_text("live")
    port = server.port
    await server.stop()
    await expect(page.locator("#connection")).to_contain_text("offline")

    async with SandboxServer(port=port, rate_limit=None) as again:  # a new, empty sandbox on the same port
        again.sandbox.world.add_persona("After")
        await expect(chat_of(page, "After")).to_be_visible(timeout=15_000)
        await expect(chat_of(page, "Before")).to_have_count(0)
        await expect(page.locator("#connection")).to_have_text("live")
        await page.close()  # end the long poll before the server stops
