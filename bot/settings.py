"""Configuration from the environment and `.env` (pydantic-settings)."""

from __future__ import annotations

import re
import sys
from datetime import time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from aiogram.utils.token import TokenValidationError, validate_token
from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from scheduler.config import SchedulerConfig, SenderConfig

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/mentorbot.sqlite3"
SUPPORTED_DATABASES = ("sqlite+aiosqlite://", "postgresql+asyncpg://")
SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
# Updates handled at once on SQLite, each holding a connection (bot/update/session.py).
SQLITE_PLACES = 4
# UPDATES_AT_ONCE by default. SQLite: two for each place, so the next ones are ready. Elsewhere:
# SQLAlchemy's default pool (5 connections, 10 more when busy), as each update holds a connection while
# it is handled.
SQLITE_UPDATES_AT_ONCE = 2 * SQLITE_PLACES
POOLED_UPDATES_AT_ONCE = 15


class Settings(BaseSettings):
    """Every setting, named as its environment variable in upper case (see the README table)."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org"
    database_url: str = DEFAULT_DATABASE_URL
    redis_url: str | None = None
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_host: str = "0.0.0.0"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    webhook_path: str = "/telegram/webhook"
    invite_ttl_days: int = Field(default=14, ge=1, le=365)
    default_locale: str = "en"
    default_timezone: str = "Europe/Sofia"
    sandbox_port: int = Field(default=8080, ge=1, le=65535)
    reminder_offsets: str = "24h,1h"
    quiet_hours: str = "21:00-07:00"
    tips_day: str = "wed"
    tips_time: str = "17:00"
    drift_days: int = Field(default=14, ge=1, le=365)
    retention_months: int = Field(default=12, ge=1, le=120)
    outbox_rate: float = Field(default=29.0, gt=0, le=1000)
    outbox_lease_seconds: int = Field(default=120, ge=1, le=86400)
    inbox_lease_seconds: int = Field(default=10, ge=2, le=3600)
    log_level: str = "INFO"
    updates_at_once: int | None = Field(default=None, ge=1, le=1000)
    urgent_words_signal: bool = False  # on: coordinators hear of an urgent-word match (no text), issue #23
    web_base_url: str | None = None  # the web channel's address (docs/web-channel.md); unset: no web channel
    web_host: str = "0.0.0.0"
    web_port: int = Field(default=8090, ge=1, le=65535)
    web_session_days: int = Field(default=180, ge=1, le=3650)
    concern_read_minutes: float = Field(default=60, gt=0, le=7 * 24 * 60)  # unread this long: a reminder

    @field_validator("bot_token", mode="before")
    @classmethod
    def _token_shape(cls, value: object) -> object:
        if value in (None, ""):
            return None
        try:
            validate_token(str(value))
        except TokenValidationError:
            raise ValueError("does not look like a token from @BotFather (digits:letters)") from None
        return value

    @field_validator("web_base_url", mode="before")
    @classmethod
    def _web_base(cls, value: object) -> object:
        if value in (None, ""):
            return None
        text = str(value).rstrip("/")
        if not text.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return text

    @field_validator("telegram_api_url", "webhook_url", mode="before")
    @classmethod
    def _http_url(cls, value: object) -> object:
        if value in (None, ""):
            return None
        text = str(value).rstrip("/")
        if not re.match(r"^https?://[^/\s]+", text):
            raise ValueError("must be an http:// or https:// URL")
        return text

    @field_validator("database_url")
    @classmethod
    def _database(cls, value: str) -> str:
        if not value.startswith(SUPPORTED_DATABASES):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @field_validator("redis_url", mode="before")
    @classmethod
    def _redis(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if not str(value).startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("must start with redis:// or rediss://")
        return value

    @field_validator("updates_at_once", mode="before")
    @classmethod
    def _blank_is_default(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("webhook_secret", mode="before")
    @classmethod
    def _secret(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if not SECRET_TOKEN.match(str(value)):
            raise ValueError("1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)")
        return value

    @field_validator("default_timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("is not a time zone name such as Europe/Sofia") from None
        return value

    @field_validator("reminder_offsets")
    @classmethod
    def _offsets(cls, value: str) -> str:
        parse_offsets(value)
        return value

    @field_validator("quiet_hours")
    @classmethod
    def _quiet(cls, value: str) -> str:
        parse_window(value)
        return value

    @field_validator("tips_day")
    @classmethod
    def _day(cls, value: str) -> str:
        if value.strip().lower()[:3] not in WEEKDAYS:
            raise ValueError("must be a weekday such as mon, tue, wed")
        return value.strip().lower()[:3]

    @field_validator("tips_time")
    @classmethod
    def _time(cls, value: str) -> str:
        parse_clock(value)
        return value

    def scheduler_config(self) -> SchedulerConfig:
        quiet_start, quiet_end = parse_window(self.quiet_hours)
        return SchedulerConfig(
            reminder_offsets=parse_offsets(self.reminder_offsets),
            quiet_start=quiet_start,
            quiet_end=quiet_end,
            tip_weekday=WEEKDAYS.index(self.tips_day),
            tip_time=parse_clock(self.tips_time),
            drift_first=timedelta(days=self.drift_days),
            retention=timedelta(days=round(self.retention_months * 30.44)),
            concern_read_after=timedelta(minutes=self.concern_read_minutes),
        )

    def sender_config(self) -> SenderConfig:
        return SenderConfig(global_rate=self.outbox_rate, lease=timedelta(seconds=self.outbox_lease_seconds))

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        if value.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
        return value.upper()

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.webhook_url and not self.webhook_secret:
            raise ValueError("WEBHOOK_SECRET is required when WEBHOOK_URL is set")
        return self

    @cached_property
    def token(self) -> str:
        if self.bot_token is None:
            raise RuntimeError("BOT_TOKEN is not set")
        return self.bot_token.get_secret_value()

    def polling_updates_at_once(self) -> int:
        """How many updates the polling bot takes on at once (`UPDATES_AT_ONCE`). Telegram keeps the
        rest, unconfirmed, until there is room: a bot that stops or dies is given them again."""
        if self.updates_at_once is not None:
            return self.updates_at_once
        if self.database_url.startswith("sqlite"):
            return SQLITE_UPDATES_AT_ONCE
        return POOLED_UPDATES_AT_ONCE


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
OFFSET = re.compile(r"^(\d+)\s*([mhd])$")


def parse_offsets(value: str) -> tuple[timedelta, ...]:
    """'24h,1h' -> (24 hours, 1 hour); minutes (m), hours (h) or days (d), largest first."""
    units = {"m": "minutes", "h": "hours", "d": "days"}
    offsets = []
    for part in value.split(","):
        match = OFFSET.match(part.strip().lower())
        if not match or int(match.group(1)) == 0:
            raise ValueError("must be a list such as 24h,1h (m, h or d)")
        offsets.append(timedelta(**{units[match.group(2)]: int(match.group(1))}))
    return tuple(sorted(set(offsets), reverse=True))


def parse_clock(value: str) -> time:
    try:
        hours, minutes = value.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValueError("must be a time such as 17:00") from None


def parse_window(value: str) -> tuple[time, time]:
    """'21:00-07:00' -> (21:00, 07:00)."""
    try:
        start, end = value.split("-")
    except ValueError:
        raise ValueError("must look like 21:00-07:00") from None
    return parse_clock(start), parse_clock(end)


def describe(error: ValidationError) -> str:
    """One line naming each bad setting, e.g. 'DATABASE_URL: must start with ...'."""
    parts = []
    for item in error.errors():
        name = "_".join(str(p) for p in item["loc"]).upper() or "settings"
        message = str(item["msg"]).removeprefix("Value error, ")
        parts.append(f"{name}: {message}" if name != "settings" else message)
    return "; ".join(parts)


def load_settings() -> Settings:
    """The settings, or exit with code 2 and one line naming what is wrong."""
    try:
        return Settings()
    except ValidationError as exc:
        print(f"Configuration error: {describe(exc)}", file=sys.stderr)
        raise SystemExit(2) from None
