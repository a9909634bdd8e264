"""One send budget for every bot process: `Beat` (scheduler/pacing.py) kept in Redis (REDIS_URL).

Telegram counts a bot's messages, not a process's: about 30 a second for the whole bot however many
processes send them. With REDIS_URL set, every process paces itself on one beat kept in Redis, so
`OUTBOX_RATE` is the whole bot's rate, and 1, 2 or 4 processes together send at it.

`RedisBeat` does what `Beat` does, atomically in Redis and on Redis's clock (`TIME`, the one clock every
process shares): a small Lua script books the next slot of one even grid (a key with an expiry) and keeps
the window, the times of the last `limit` answers (a list trimmed to `limit`); it returns how long this
process must wait for its slot, and the process sleeps that long. A second script adds an answer.

The window counts what is on its way. One process sends one message at a time, so when it books a slot its
own messages are all answered; several processes each have one booked or on its way that is not answered
yet, and Telegram may count it any moment until its answer. So the script also keeps which processes have a
slot booked and not answered (a hash by process), and a slot comes a second after the answer as many
answers back as `limit` less those: then no second at Telegram's end holds more than `limit` of the bot's
messages, whatever the delays, as with one process. At the full rate the others' bookings are exactly the
latest messages, so this is the same answer `Beat` waits for and costs no speed. A booking neither answered
nor followed by another within `BOOKING_SECONDS` (the process found nothing to send, or died) stops
counting.

Why a script of our own and not a rate-limiting library: the limiters for Redis (a token bucket, a GCRA or
a sliding-window counter) answer "may I send now?", and a token bucket lets a burst through after a pause,
which is what had to run at 25/s to stay clear of Telegram's 30 (pacing.py, README "Send pacing"). What
benchmark B2 showed to run at 29/s without a 429 is the even grid plus the window over the answers, and
neither is what those libraries keep; the grid also needs each caller to be told *when* its turn is, not
whether it may go. All of it fits in two short Lua scripts.

Redis away while sending (an outage): the process falls back to its own `Beat` at half the configured
rate (right for two processes; with more, their halves add up past the limit and Telegram's 429s are
waited out), logs one WARNING for the outage, tries Redis again every `PROBE_SECONDS`, and logs (INFO)
when it is back. The beat has a client of its own on REDIS_URL, with short timeouts and no retries (the
dialog state's client retries for about five seconds to ride out an outage, bot/update/redis_state.py), so a
send never waits on Redis longer than `TIMEOUT` seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from scheduler.pacing import Beat

if TYPE_CHECKING:
    from redis.asyncio import Redis

log = logging.getLogger(__name__)

TIMEOUT = 1.0  # seconds: to connect to Redis, and for an answer
PROBE_SECONDS = 5.0  # during an outage, how often a wait tries Redis again
KEEP_MS = 60_000  # the keys expire a minute after the last send: a beat that old constrains nothing
BOOKING_SECONDS = 2.0  # a slot booked and neither answered nor booked again since counts this long
FALLBACK_SHARE = 0.5  # of the rate, for a process's own beat while Redis is away

# KEYS: the next slot, the answers, the bookings. ARGV: this process's token, the interval (s), limit,
# how long a booking counts (s), how long the keys are kept (ms). Returns the seconds to wait (<= 0: go
# now), as text (Redis would truncate a Lua number to an integer).
BOOK = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local interval = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
local slot = tonumber(redis.call('GET', KEYS[1]) or now)
if slot < now - interval then slot = now end
local others = 0
local booked = redis.call('HGETALL', KEYS[3])
for i = 1, #booked, 2 do
  if booked[i] ~= ARGV[1] then
    if tonumber(booked[i + 1]) >= now - tonumber(ARGV[4]) then
      others = others + 1
    else
      redis.call('HDEL', KEYS[3], booked[i])
    end
  end
end
local back = math.max(limit - others, 1)
if redis.call('LLEN', KEYS[2]) >= back then
  local answer = tonumber(redis.call('LINDEX', KEYS[2], -back))
  if answer + 1 > slot then slot = answer + 1 end
end
redis.call('SET', KEYS[1], string.format('%.6f', slot + interval), 'PX', ARGV[5])
redis.call('HSET', KEYS[3], ARGV[1], string.format('%.6f', slot))
redis.call('PEXPIRE', KEYS[3], ARGV[5])
return string.format('%.6f', slot - now)
"""

# KEYS: the answers, the bookings. ARGV: this process's token, limit, how long the keys are kept (ms).
ANSWER = """
local t = redis.call('TIME')
redis.call('RPUSH', KEYS[1], string.format('%.6f', tonumber(t[1]) + tonumber(t[2]) / 1000000))
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('HDEL', KEYS[2], ARGV[1])
return 1
"""


def client(url: str) -> Redis:
    """A client for the beat alone: short timeouts, no retries (an outage falls back at once)."""
    from redis.asyncio import Redis
    from redis.asyncio.retry import Retry
    from redis.backoff import NoBackoff

    return Redis.from_url(
        url, socket_connect_timeout=TIMEOUT, socket_timeout=TIMEOUT, retry=Retry(NoBackoff(), 0)
    )


def keys_prefix(prefix: str, bot_id: int, separator: str = ":") -> str:
    """The beat's keys sit with the bot's other keys in Redis: `fsm:{bot id}:outbox-beat:...` (the
    prefix and separator of aiogram's key builder, bot/app.py `key_builder`); one beat per bot token."""
    return separator.join((prefix, str(bot_id), "outbox-beat"))


class RedisBeat:
    """`Beat` shared by every process on one Redis: `rate` starts a second in all, on one grid of slots,
    none within a second of the answer `limit` answers back (tell it with `answered`)."""

    def __init__(
        self,
        redis: Redis,
        rate: float,
        prefix: str,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        owns_client: bool = False,
    ) -> None:
        from redis.exceptions import RedisError

        if rate <= 0:
            raise ValueError("the rate must be positive")
        self.redis = redis
        self.rate = rate
        self.interval = 1.0 / rate
        self.limit = math.floor(rate) + 1
        self.next_key = f"{prefix}:next"
        self.answers_key = f"{prefix}:answers"
        self.booked_key = f"{prefix}:booked"
        self.token = uuid.uuid4().hex  # this process's bookings
        self.sleep = sleep
        self.owns_client = owns_client
        self.local = Beat(rate * FALLBACK_SHARE, sleep=sleep)
        self._book = redis.register_script(BOOK)
        self._answer = redis.register_script(ANSWER)
        self._errors: tuple[type[BaseException], ...] = (RedisError, OSError)
        self._away_since: float | None = None  # monotonic time the outage was seen, None while Redis answers
        self._probe_at = 0.0
        self._recording: list[asyncio.Task[None]] = []  # answers on their way to Redis

    @property
    def shared(self) -> bool:
        """False while Redis is away and this process paces itself."""
        return self._away_since is None

    async def wait(self) -> None:
        """Return at this process's slot of the shared grid (at once when it has passed)."""
        await self._recorded()
        if self._away_since is None or time.monotonic() >= self._probe_at:
            try:
                delay = float(
                    await self._book(
                        keys=[self.next_key, self.answers_key, self.booked_key],
                        args=[self.token, self.interval, self.limit, BOOKING_SECONDS, KEEP_MS],
                    )
                )
            except self._errors as exc:
                self._outage(exc)
            else:
                self._back()
                if delay > 0:
                    await self.sleep(delay)
                return
        await self.local.wait()

    def answered(self) -> None:
        """The request of the latest start has its answer: recorded in Redis (on its clock) before this
        process's next slot is booked."""
        self.local.answered()
        if self._away_since is None:
            self._recording.append(asyncio.create_task(self._record()))

    async def close(self) -> None:
        """The last answer recorded, this process's booking given back (the others need not count it
        for `BOOKING_SECONDS`); the client closed if the beat made it."""
        await self._recorded()
        if self._away_since is None:
            with contextlib.suppress(*self._errors):  # else it stops counting by itself
                await self.redis.hdel(self.booked_key, self.token)
        if self.owns_client:
            await self.redis.aclose()

    async def _record(self) -> None:
        try:
            await self._answer(
                keys=[self.answers_key, self.booked_key], args=[self.token, self.limit, KEEP_MS]
            )
        except self._errors as exc:
            self._outage(exc)

    async def _recorded(self) -> None:
        recording, self._recording = self._recording, []
        for task in recording:
            await task

    def _outage(self, exc: BaseException) -> None:
        now = time.monotonic()
        self._probe_at = now + PROBE_SECONDS
        if self._away_since is None:
            self._away_since = now
            log.warning(
                "outbox: Redis did not answer (%s); this process sends at %.3g/s on its own until it is back",
                exc,
                self.rate * FALLBACK_SHARE,
            )

    def _back(self) -> None:
        if self._away_since is not None:
            log.info(
                "outbox: Redis is back after %.0f s; the shared send budget again",
                time.monotonic() - self._away_since,
            )
            self._away_since = None


def from_url(url: str, rate: float, prefix: str) -> RedisBeat:
    """The beat of a bot process with REDIS_URL, on a client of its own (closed by `close`)."""
    return RedisBeat(client(url), rate, prefix, owns_client=True)
