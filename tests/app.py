"""Building the project's real Application for tests, pointed at the loopback Bot API server."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.core.knowledge import load_knowledge
from bot.live import LiveFaq
from bot.core.responder import Responder
from bot.telegram.app import build_application
from tests.botapi_server import FakeBotApi

TOKEN = "123456:TEST-token_abcdefghijklmnopqrstuvwxyz012"
STAFF_ID = 4242


def settings_for(botapi: FakeBotApi, faq_dir: Path, tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = dict(
        token=TOKEN, faq_dir=faq_dir, database_path=tmp_path / "data" / "faqbot.sqlite3",
        staff_user_ids=frozenset({STAFF_ID}), api_base_url=botapi.base_url, rate_limit_per_minute=20,
        user_hash_salt=b"test-salt", faq_reload_seconds=0.3,
    )
    values.update(overrides)
    return Settings(**values)


def make_app(botapi: FakeBotApi, faq_dir: Path, tmp_path: Path, **overrides: Any):
    """The app with its FAQ loaded directly (no start-up check) and no reload job in the way."""
    overrides.setdefault("faq_reload_seconds", 3600)
    live = LiveFaq(faq_dir, Responder(load_knowledge(faq_dir)))
    return build_application(settings_for(botapi, faq_dir, tmp_path, **overrides), live=live)


async def wait_until_handled(app: Any, botapi: FakeBotApi, timeout: float = 15) -> None:
    """Every update queued so far has reached the bot and its handlers have finished (replies
    sent, retries done). An event, not a quiet period: a slow handler cannot make it fire early."""
    await botapi.wait_until_acknowledged(timeout)
    await asyncio.wait_for(app.update_queue.join(), timeout)
