"""The sender's pace: never more than Telegram's limit in any second, and close to it (time is faked)."""

from __future__ import annotations

import bisect
import itertools

import pytest

from scheduler.pacing import Beat, ChatGaps


class FakeTime:
    def __init__(self, oversleep: float = 0.0) -> None:
        self.now = 1000.0
        self.oversleep = oversleep  # a busy machine wakes a sleeper late

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds + self.oversleep


def most_in_one_second(starts: list[float]) -> int:
    return max(bisect.bisect_left(starts, start + 1.0) - i for i, start in enumerate(starts))


@pytest.mark.parametrize("oversleep", [0.0, 0.004, 0.012, 0.025])
async def test_an_even_beat_stays_under_30_in_every_second_and_keeps_29_a_second(oversleep: float) -> None:
    fake = FakeTime(oversleep)
    beat = Beat(29, fake.clock, fake.sleep)
    starts = []
    for _ in range(290):
        await beat.wait()
        starts.append(fake.now)
        fake.now += 0.003  # the send itself
    assert most_in_one_second(starts) <= 30
    assert (len(starts) - 1) / (starts[-1] - starts[0]) == pytest.approx(29, rel=0.005)


async def test_a_stalled_sender_does_not_catch_up_with_a_burst() -> None:
    fake = FakeTime()
    beat = Beat(29, fake.clock, fake.sleep)
    starts = []
    for number in range(120):
        await beat.wait()
        starts.append(fake.now)
        fake.now += 0.5 if number == 40 else 0.003  # one send takes half a second
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    assert min(gaps) >= 0.5 / 29 - 1e-9
    assert most_in_one_second(starts) <= 30
    assert most_in_one_second(starts[41:]) <= 29  # after the stall the beat goes on at 29, no catching up


async def test_telegram_never_counts_more_than_30_in_a_second_when_one_request_is_held_up() -> None:
    fake = FakeTime()
    beat = Beat(29, fake.clock, fake.sleep)
    arrivals = []
    for number in range(120):
        await beat.wait()
        arrivals.append(fake.now + (0.04 if number == 40 else 0.001))  # the 41st is held up on the way
        fake.now = arrivals[-1] + 0.001  # the answer
        beat.answered()
        fake.now += 0.002
    assert most_in_one_second(arrivals) <= 30
    assert (len(arrivals) - 1) / (arrivals[-1] - arrivals[0]) > 28.5


async def test_a_chat_written_to_waits_its_second_and_others_do_not() -> None:
    fake = FakeTime()
    gaps = ChatGaps(1.0, fake.clock)
    gaps.sent(7)
    fake.now += 0.25
    gaps.sent(8)
    assert gaps.busy() == {7, 8}
    assert gaps.free_in(7) == pytest.approx(0.75)
    assert gaps.free_in(9) == 0
    fake.now += 0.8
    assert gaps.busy() == {8}
    assert gaps.free_in(7) == 0
