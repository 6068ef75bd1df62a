"""Settings from the environment, and what run_bot.py says when they are wrong."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from bot.config import ConfigError, Settings
from tests.botapi_server import FakeBotApi
from tests.paths import REPO, SHIPPED_FAQ

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


def test_run_bot_reads_dotenv_in_the_current_folder(tmp_path):
    (tmp_path / ".env").write_text("TELEGRAM_BOT_TOKEN=not-a-token\n", encoding="utf-8")
    result = run_bot({}, cwd=tmp_path)
    assert result.returncode == 2 and "does not look like a bot token" in result.stderr


def test_the_environment_wins_over_dotenv_and_nothing_is_changed(tmp_path):
    from bot.config import read_environment

    dotenv = tmp_path / ".env"
    dotenv.write_text("RETENTION_DAYS=7\nFAQBOT_TEST_ONLY_IN_DOTENV=yes\nPATH=/nowhere\n", encoding="utf-8")
    before = dict(os.environ)
    env = read_environment(dotenv)
    assert env["RETENTION_DAYS"] == "7" and env["FAQBOT_TEST_ONLY_IN_DOTENV"] == "yes"
    assert env["PATH"] == os.environ["PATH"]
    assert dict(os.environ) == before


# --- python run_bot.py as a running process ------------------------------------------------------


@asynccontextmanager
async def bot_process(env: dict[str, str], cwd: Path) -> AsyncIterator[asyncio.subprocess.Process]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "FAQ_", "LOG_"))}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(REPO / "run_bot.py"), cwd=cwd, env={**clean, "PYTHONUNBUFFERED": "1", **env},
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    try:
        yield proc
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(proc.wait(), 20)
            except TimeoutError:
                proc.kill()
                await proc.wait()


async def read_until(proc: asyncio.subprocess.Process, words: str, seen: list[str], timeout: float = 30) -> str:
    """Read stderr lines (kept in `seen`) until one contains `words`."""
    async def scan() -> str:
        while line := (await proc.stderr.readline()).decode():
            seen.append(line)
            if words in line:
                return line
        raise AssertionError(f"run_bot.py ended without saying {words!r}:\n{''.join(seen)}")
    return await asyncio.wait_for(scan(), timeout)


LOG_LINE = re.compile(r"\d{4}-\d\d-\d\d [\d:,]+ INFO ")  # ordinary start-up log lines


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_run_bot_without_network_says_so_in_one_line_and_keeps_retrying(tmp_path):
    port = closed_port()
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{port}/bot",
           "FAQ_DIR": str(SHIPPED_FAQ), "DATABASE_PATH": str(tmp_path / "db.sqlite3")}
    seen: list[str] = []
    async with bot_process(env, tmp_path) as proc:
        line = await read_until(proc, "cannot reach Telegram", seen)
        assert f"127.0.0.1:{port}" in line and "internet connection" in line and TOKEN not in line
        server = FakeBotApi()
        server.port = port  # Telegram comes back on the address it could not reach
        async with server:
            await server.wait_for_calls("getUpdates", timeout=60)  # it retried, and is now polling
        assert proc.returncode is None
    assert [s for s in seen if not LOG_LINE.match(s)] == [line], "".join(seen)  # that one line, no traceback


async def test_the_reload_job_logs_only_when_the_faq_changes(tmp_path, faq_dir):
    async with FakeBotApi() as server:
        env = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": server.base_url, "FAQ_DIR": str(faq_dir),
               "DATABASE_PATH": str(tmp_path / "db.sqlite3"), "FAQ_RELOAD_SECONDS": "0.2", "LOG_LEVEL": "INFO"}
        seen: list[str] = []
        async with bot_process(env, tmp_path) as proc:
            await server.wait_for_calls("getUpdates", timeout=30)
            for n in range(3):
                path = faq_dir / "messages.yaml"
                path.write_text(path.read_text(encoding="utf-8") + f"# edit {n}\n", encoding="utf-8")
                await read_until(proc, "FAQ reloaded", seen)
        seen += (await proc.stderr.read()).decode().splitlines(keepends=True)
    job_lines = [line for line in seen if "apscheduler" in line or "faq-reload" in line or "reload_job" in line]
    assert not job_lines, "".join(job_lines)
    assert sum("FAQ reloaded" in line for line in seen) == 3
