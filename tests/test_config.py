"""Settings from the environment, and what run_bot.py says when they are wrong."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot.config import ConfigError, Settings
from tests.paths import REPO

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"


def test_settings_are_read_once_into_a_frozen_value():
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, "STAFF_USER_IDS": "1, 22,333", "FAQ_RELOAD_SECONDS": "2.5"})
    assert settings.staff_user_ids == {1, 22, 333} and settings.faq_reload_seconds == 2.5
    assert settings.mode == "polling" and settings.retention_days == 30
    with pytest.raises(AttributeError):
        settings.token = "x"  # type: ignore[misc]
    assert TOKEN not in repr(settings)
    assert settings.staff_chat_id is None  # no staff chat: asking for a person points to the office


def test_staff_chat_id_is_the_groups_negative_number():
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "STAFF_USER_IDS": "1", "STAFF_CHAT_ID": " -1001234567890 "}
    assert Settings.from_env(env).staff_chat_id == -1001234567890


@pytest.mark.parametrize("env, words", [
    ({}, "BotFather"),
    ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "BotFather"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "MODE": "webhook"}, "WEBHOOK_URL"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "STAFF_USER_IDS": "alice"}, "STAFF_USER_IDS"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "STAFF_USER_IDS": "1", "STAFF_CHAT_ID": "staff group"}, "STAFF_CHAT_ID"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "STAFF_CHAT_ID": "-1001234567890"}, "STAFF_USER_IDS"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "PORT": "eighty"}, "PORT"),
])
def test_bad_settings_get_one_clear_line(env, words):
    with pytest.raises(ConfigError) as info:
        Settings.from_env(env)
    assert words in str(info.value) and "\n" not in str(info.value)


def run_bot(env: dict[str, str], cwd=REPO) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "FAQ_DIR"))}
    return subprocess.run([sys.executable, str(REPO / "run_bot.py")], env={**clean, **env}, cwd=cwd,
                          capture_output=True, text=True, timeout=60)


def test_run_bot_without_a_token_says_where_to_get_one(tmp_path):
    result = run_bot({}, cwd=tmp_path)  # no .env in tmp_path
    assert result.returncode != 0
    assert "BotFather" in result.stderr and "faqbot chat" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_run_bot_never_prints_a_malformed_token(tmp_path):
    secret = "99:leaked-secret-value"
    result = run_bot({"TELEGRAM_BOT_TOKEN": secret}, cwd=tmp_path)
    assert result.returncode != 0 and secret not in result.stderr + result.stdout


def test_run_bot_refuses_a_broken_faq(tmp_path, faq_dir):
    (faq_dir / "crisis.yaml").write_text("contacts: []\n", encoding="utf-8")
    result = run_bot({"TELEGRAM_BOT_TOKEN": TOKEN, "FAQ_DIR": str(faq_dir)}, cwd=tmp_path)
    assert result.returncode == 1 and "crisis.yaml" in result.stderr and "will not start" in result.stderr
