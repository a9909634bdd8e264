"""Injected faults and the broadcast limit surface as aiogram's own exceptions; counters record them."""

from __future__ import annotations

import asyncio

import pytest
from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)

from sandbox.client import SandboxClient, SandboxError
from sandbox.faults import FaultQueue, RateLimiter


async def test_429_arrives_as_retry_after(bot: Bot, client: SandboxClient, chat_id: int) -> None:
    fault = await client.add_fault("sendMessage", error_code=429, retry_after=7)
    assert fault["remaining"] == 1
    with pytest.raises(TelegramRetryAfter) as error:
        await bot.send_message(chat_id, "hello")
    assert error.value.retry_after == 7
    assert error.value.message.endswith("Original description: Too Many Requests: retry after 7")
    assert (await bot.send_message(chat_id, "hello")).text == "hello"  # the fault was used up


async def test_server_errors_for_the_next_n_sending_calls(
    bot: Bot, client: SandboxClient, chat_id: int
) -> None:
    await client.add_fault("sending", error_code=502, count=2)
    assert await bot.get_me()  # not a sending method: untouched
    for _ in range(2):
        with pytest.raises(TelegramServerError, match="Bad Gateway"):
            await bot.send_message(chat_id, "x")
    await client.add_fault("*", error_code=500)
    with pytest.raises(TelegramServerError, match="Internal Server Error"):
        await bot.get_me()
    assert (await bot.send_message(chat_id, "through")).text == "through"

    stats = await client.stats()
    assert stats["injected"] == {"502": 2, "500": 1}
    assert stats["responses"]["sendMessage"] == {"502": 2, "200": 1}
    assert stats["calls"]["getMe"] == 2


async def test_faults_can_target_one_chat_and_be_cleared(
    bot: Bot, client: SandboxClient, chat_id: int
) -> None:
    other = await client.create_persona("Bob")
    await client.send_text(other["id"], "/start")
    await client.add_fault(
        "sendMessage", error_code=400, description="Bad Request: custom", chat_id=other["id"]
    )
    assert await bot.send_message(chat_id, "fine")
    with pytest.raises(TelegramBadRequest, match="Bad Request: custom"):
        await bot.send_message(other["id"], "fails")
    await client.add_fault("sendMessage", error_code=500, count=5)
    assert (await client.clear_faults())["cleared"] == 1
    assert await bot.send_message(chat_id, "fine again")


async def test_a_delay_longer_than_the_client_timeout_is_a_network_error(
    bot: Bot, client: SandboxClient, chat_id: int
) -> None:
    await client.add_fault("sendMessage", delay=2)
    with pytest.raises(TelegramNetworkError, match="Request timeout error"):
        await bot.send_message(chat_id, "slow", request_timeout=1)


async def test_broadcast_limit_answers_429_past_30_per_second(bot: Bot, client: SandboxClient) -> None:
    chats = []
    for number in range(40):
        persona = await client.create_persona(f"Learner {number}")
        await client.send_text(persona["id"], "/start")
        chats.append(persona["id"])
    sends = (bot.send_message(chat, "news") for chat in chats)
    results = await asyncio.gather(*sends, return_exceptions=True)
    limited = [r for r in results if isinstance(r, TelegramRetryAfter)]
    delivered = [r for r in results if not isinstance(r, BaseException)]
    assert len(delivered) + len(limited) == 40
    assert 30 <= len(delivered) < 40  # exactly 30 unless the burst straddled a second
    assert all(error.retry_after >= 1 for error in limited)
    assert (await client.stats())["rate_limited"] == len(limited)

    await client.set_rate_limit(None)
    assert all(await asyncio.gather(*(bot.send_message(chat, "more") for chat in chats)))


async def test_fault_requests_are_validated(client: SandboxClient) -> None:
    with pytest.raises(SandboxError) as error:
        await client.add_fault("sendMessage")
    assert error.value.status == 400


def test_rate_limiter_window_with_a_fake_clock() -> None:
    now = [100.0]
    limiter = RateLimiter(3, lambda: now[0])
    assert [limiter.check() for _ in range(3)] == [None, None, None]
    assert limiter.check() == 1
    now[0] += 0.5
    assert limiter.check() == 1
    now[0] += 0.5
    assert limiter.check() is None
    limiter.configure(None)
    assert all(limiter.check() is None for _ in range(100))


def test_fault_queue_uses_the_oldest_matching_fault() -> None:
    queue = FaultQueue()
    queue.add("sendPhoto", error_code=500)
    queue.add("sending", error_code=429, retry_after=2, count=2)
    first = queue.take("sendmessage", None)
    assert first is not None and first.error_code == 429
    photo = queue.take("sendphoto", None)
    assert photo is not None and photo.error_code == 500
    assert queue.take("sendmessage", None) is not None
    assert queue.take("sendmessage", None) is None
