"""Widgets shared by every dialog: localised text (Fluent) and a localised calendar (Babel)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from aiogram_dialog import DialogManager
from aiogram_dialog.widgets.common import WhenCondition
from aiogram_dialog.widgets.kbd import Calendar
from aiogram_dialog.widgets.kbd.calendar_kbd import (
    CalendarDaysView,
    CalendarMonthView,
    CalendarScope,
    CalendarScopeView,
    CalendarUserConfig,
    CalendarYearsView,
)
from aiogram_dialog.widgets.text import Format, Text
from aiogram_i18n import I18nContext
from babel import Locale
from babel.dates import format_date

from dialogs.locales import escaped

FLUENT_TYPES = (str, int, float, Decimal, date, datetime)


def i18n_of(manager: DialogManager) -> I18nContext:
    context: I18nContext = manager.middleware_data["i18n"]
    return context


def fluent_args(data: dict[str, Any]) -> dict[str, Any]:
    """The window data Fluent can use, with every string HTML-escaped (texts are sent as HTML)."""
    return {
        key: escaped(value) if isinstance(value, str) else value
        for key, value in data.items()
        if isinstance(value, FLUENT_TYPES) and not isinstance(value, bool)
    }


class T(Text):
    """The Fluent message `key` in the person's language, filled from the window's data."""

    def __init__(self, key: str, when: WhenCondition = None) -> None:
        super().__init__(when=when)
        self.key = key

    async def _render_text(self, data: dict[str, Any], manager: DialogManager) -> str:
        return i18n_of(manager).get(self.key, **fluent_args(data))


class BabelDate(Text):
    """`data["date"]` formatted with a Babel (CLDR) pattern in the person's language."""

    def __init__(self, pattern: str, when: WhenCondition = None) -> None:
        super().__init__(when=when)
        self.pattern = pattern

    async def _render_text(self, data: dict[str, Any], manager: DialogManager) -> str:
        return format_date(data["date"], self.pattern, locale=i18n_of(manager).locale)


class LocalCalendar(Calendar):
    """aiogram-dialog's calendar with month and weekday names in the person's language."""

    def _init_views(self) -> dict[CalendarScope, CalendarScopeView]:
        return {
            CalendarScope.DAYS: CalendarDaysView(
                self._item_callback_data,
                weekday_text=BabelDate("EEEEEE"),
                header_text=Format("🗓 ") + BabelDate("LLLL y"),
                next_month_text=BabelDate("LLL y") + Format(" »"),
                prev_month_text=Format("« ") + BabelDate("LLL y"),
            ),
            CalendarScope.MONTHS: CalendarMonthView(
                self._item_callback_data,
                month_text=BabelDate("LLLL"),
                this_month_text=Format("[ ") + BabelDate("LLLL") + Format(" ]"),
            ),
            CalendarScope.YEARS: CalendarYearsView(self._item_callback_data),
        }

    async def _get_user_config(self, data: dict[str, Any], manager: DialogManager) -> CalendarUserConfig:
        first_week_day = Locale.parse(i18n_of(manager).locale).first_week_day
        return CalendarUserConfig(firstweekday=first_week_day)


def local_date(value: date, locale: str) -> str:
    """A date as people of `locale` write it (medium length)."""
    return format_date(value, "medium", locale=locale)
