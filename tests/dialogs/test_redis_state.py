"""With REDIS_URL, dialog state lives in Redis: a restart mid-flow carries on the same way."""

from __future__ import annotations

from aiogram.fsm.storage.redis import RedisStorage
from aiogram_dialog.test_tools.keyboard import InlineButtonTextLocator

from tests.harness import Harness, coordinator_invite


async def test_onboarding_resumes_after_restart_with_state_in_redis(
    session_factory, redis_storage: RedisStorage
):
    code = await coordinator_invite(session_factory)
    async with Harness(session_factory, storage=redis_storage) as before:
        ana = before.person(6001, "Ana")
        await ana.send(f"/start {code}")
        await before.tap(ana, "English")
        notice = before.window(6001)
    keys = [key async for key in redis_storage.redis.scan_iter("*:6001:*")]
    assert keys, "the dialog stack should be stored in Redis"
    async with Harness(session_factory, storage=redis_storage) as after:
        ana = after.person(6001, "Ana")
        await ana.click(notice, InlineButtonTextLocator("✔ I agree"))
        assert "Main menu" in after.screen(6001)
