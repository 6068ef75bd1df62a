"""Settings, read once from the environment (and .env) into a frozen value."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dotenv import dotenv_values

# BotFather tokens look like 123456789:AAH... (digits, a colon, 30+ url-safe characters).
_TOKEN = re.compile(r"\d{3,}:[A-Za-z0-9_-]{30,}")


def read_environment(dotenv: Path = Path(".env")) -> dict[str, str]:
    """What the person configured: the process environment over the `.env` file in the current
    folder (the environment wins, as with python-dotenv's load_dotenv), without changing
    os.environ. Entry points call this once and pass the result down."""
    values = dotenv_values(dotenv) if dotenv.is_file() else {}
    return {**{k: v for k, v in values.items() if v is not None}, **os.environ}


class ConfigError(Exception):
    """A setting is missing or wrong; the message is one line a person can act on."""


@dataclass(frozen=True)
class Settings:
    token: str
    faq_dir: Path = Path("faq")
    database_path: Path = Path("data/faqbot.sqlite3")
    staff_user_ids: frozenset[int] = frozenset()
    staff_chat_id: int | None = None  # the clinic's staff group; None: no hand-off to a person
    api_base_url: str | None = None
    mode: str = "polling"
    webhook_url: str | None = None
    webhook_secret: str | None = None
    port: int = 8443
    log_level: str = "INFO"
    faq_reload_seconds: float = 5.0
    retention_days: int = 30
    rate_limit_per_minute: int = 20
    user_hash_salt: bytes = b""

    def __repr__(self) -> str:  # never show the token, even in a traceback
        return f"Settings(mode={self.mode!r}, faq_dir={str(self.faq_dir)!r}, token=<hidden>)"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        token = _token(env)
        mode, webhook_url, webhook_secret = _webhook(env)
        staff, staff_chat = _staff(env)
        salt = env.get("USER_HASH_SALT", "").strip()
        return cls(
            token=token,
            faq_dir=Path(env.get("FAQ_DIR", "").strip() or "faq"),
            database_path=Path(env.get("DATABASE_PATH", "").strip() or "data/faqbot.sqlite3"),
            staff_user_ids=staff,
            staff_chat_id=staff_chat,
            api_base_url=env.get("TELEGRAM_API_BASE_URL", "").strip() or None,
            mode=mode,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
            port=_number(env, "PORT", 8443, int),
            log_level=(env.get("LOG_LEVEL", "").strip() or "INFO").upper(),
            faq_reload_seconds=_number(env, "FAQ_RELOAD_SECONDS", 5.0, float),
            retention_days=_number(env, "RETENTION_DAYS", 30, int),
            rate_limit_per_minute=_number(env, "RATE_LIMIT_PER_MINUTE", 20, int),
            # Without an explicit salt, derive one from the token: secret, stable, never stored.
            user_hash_salt=(salt or hashlib.sha256(b"faqbot-user-salt:" + token.encode()).hexdigest()).encode(),
        )


def _token(env: Mapping[str, str]) -> str:
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather in Telegram, put its token "
            "in .env (see .env.example), or try the bot without Telegram: faqbot chat"
        )
    if not _TOKEN.fullmatch(token):
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then letters). "
            "Copy it again from @BotFather, or try the bot without Telegram: faqbot chat"
        )
    return token


def _webhook(env: Mapping[str, str]) -> tuple[str, str | None, str | None]:
    """MODE, WEBHOOK_URL and WEBHOOK_SECRET, checked together."""
    mode = env.get("MODE", "polling").strip().lower() or "polling"
    if mode not in ("polling", "webhook"):
        raise ConfigError(f"MODE must be 'polling' or 'webhook', not {mode!r}")
    webhook_url = env.get("WEBHOOK_URL", "").strip() or None
    webhook_secret = env.get("WEBHOOK_SECRET", "").strip() or None
    if mode == "webhook" and not (webhook_url and webhook_secret):
        raise ConfigError("MODE=webhook needs WEBHOOK_URL and WEBHOOK_SECRET")
    if webhook_secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", webhook_secret):
        raise ConfigError("WEBHOOK_SECRET may use only letters, digits, '_' and '-' (1-256 characters)")
    return mode, webhook_url, webhook_secret


def _staff(env: Mapping[str, str]) -> tuple[frozenset[int], int | None]:
    """STAFF_USER_IDS and STAFF_CHAT_ID: the chat needs staff whose replies may reach patients."""
    try:
        staff = frozenset(int(x) for x in env.get("STAFF_USER_IDS", "").replace(" ", "").split(",") if x)
    except ValueError:
        raise ConfigError("STAFF_USER_IDS must be Telegram user ids (numbers) separated by commas") from None
    staff_chat = env.get("STAFF_CHAT_ID", "").strip()
    if staff_chat and not re.fullmatch(r"-?\d+", staff_chat):
        raise ConfigError("STAFF_CHAT_ID must be the staff group's chat id, a number like -1001234567890")
    if staff_chat and not staff:
        raise ConfigError("STAFF_CHAT_ID needs STAFF_USER_IDS: the staff members whose replies reach patients")
    return staff, int(staff_chat) if staff_chat else None


def _number(env: Mapping[str, str], name: str, default, kind):
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, not {raw!r}") from None
    if value <= 0:
        raise ConfigError(f"{name} must be greater than zero")
    return value
