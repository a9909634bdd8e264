from datetime import UTC, datetime, time

from scheduler.quiet_hours import after_quiet_hours, in_quiet_hours

START, END = time(21), time(7)


def test_evening_message_waits_for_the_morning_in_the_persons_zone():
    evening = datetime(2026, 11, 23, 20, 30, tzinfo=UTC)  # 22:30 in Sofia
    assert in_quiet_hours(evening, "Europe/Sofia", START, END)
    assert after_quiet_hours(evening, "Europe/Sofia", START, END) == datetime(2026, 11, 24, 5, 0, tzinfo=UTC)
    assert not in_quiet_hours(evening, "Europe/London", START, END)  # 20:30 in London


def test_small_hours_wait_for_the_same_morning_and_daytime_is_untouched():
    night = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # 04:00 in Sofia
    assert after_quiet_hours(night, "Europe/Sofia", START, END) == datetime(2026, 11, 24, 5, 0, tzinfo=UTC)
    noon = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    assert after_quiet_hours(noon, "Europe/Sofia", START, END) == noon


def test_across_the_spring_daylight_saving_change():
    night = datetime(2027, 3, 27, 22, 0, tzinfo=UTC)  # 00:00 in Sofia; clocks go forward at 03:00
    assert after_quiet_hours(night, "Europe/Sofia", START, END) == datetime(2027, 3, 28, 4, 0, tzinfo=UTC)
