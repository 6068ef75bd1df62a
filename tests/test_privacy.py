"""What the bot keeps about patients, checked on the real files and logs after real conversations."""

from __future__ import annotations

import logging
from pathlib import Path

from bot.logs import configure_logging
from bot.telegram.app import build_application
from tests.botapi_server import run_polling
from tests.app import TOKEN, settings_for, wait_until_handled

CRISIS_TEXT = "zebrafinch i want to kill myself tonight marmalade"
UNANSWERED = "how much does a session cost, call me at 480-555-0199"
USER_ID = 987654321


def database_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


async def test_crisis_text_never_reaches_disk_or_logs(botapi, faq_dir, tmp_path, caplog):
    configure_logging(logging.DEBUG)  # as run_bot.py does with LOG_LEVEL=DEBUG
    logging.getLogger("bot").setLevel(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    settings = settings_for(botapi, faq_dir, tmp_path)
    app = build_application(settings)
    async with run_polling(app):
        botapi.send_text(CRISIS_TEXT, user_id=USER_ID)
        botapi.send_text(UNANSWERED, user_id=USER_ID)
        botapi.send_text("how fast does ketamine work", user_id=USER_ID)
        botapi.send_text("Thanks so much", user_id=USER_ID)  # small talk: answered kindly, not kept
        await wait_until_handled(app, botapi)
        on_disk = database_bytes(settings.database_path)  # while open: the WAL holds recent writes
        stats = app.bot_data["state"].store.stats(days=1)
    on_disk += database_bytes(settings.database_path)
    assert stats.crisis == 1 and stats.answered == 1 and stats.fallback + stats.suggested == 1  # thanks is not a question
    assert b"Thanks so much" not in on_disk
    for secret in (b"zebrafinch", b"marmalade", b"kill myself", str(USER_ID).encode(), b"555-0199"):
        assert secret not in on_disk, secret
    assert b"how much does a session cost" in on_disk  # unanswered questions are kept, redacted

    logged = "\n".join(record.getMessage() for record in caplog.records)
    for secret in ("zebrafinch", "marmalade", "how much does a session cost", str(USER_ID), TOKEN):
        assert secret not in logged, secret


async def test_an_unwritable_database_does_not_stop_replies(botapi, faq_dir, tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database folder should be", encoding="utf-8")
    settings = settings_for(botapi, faq_dir, tmp_path, database_path=blocker / "faqbot.sqlite3")
    async with run_polling(build_application(settings)):
        botapi.send_text("how fast does ketamine work", user_id=1)
        botapi.send_text("i want to die", user_id=2)
        [answer] = await botapi.wait_for_messages(1)
        crisis = await botapi.wait_for_messages(2, 2)
    assert "relief" in answer["text"] and "988" in crisis[0]["text"]
    assert any(r.levelno == logging.WARNING and r.name.startswith("bot.store") for r in caplog.records)


async def test_a_locked_database_does_not_stop_replies(botapi, faq_dir, tmp_path):
    import sqlite3

    settings = settings_for(botapi, faq_dir, tmp_path)
    app = build_application(settings)
    async with run_polling(app):
        locker = sqlite3.connect(settings.database_path, isolation_level=None)
        locker.execute("BEGIN EXCLUSIVE")
        try:
            for user in range(1, 6):
                botapi.send_text("how fast does ketamine work", user_id=user)
            for user in range(1, 6):
                [answer] = await botapi.wait_for_messages(user, timeout=15)
                assert "relief" in answer["text"]  # answered while the lock was still held
        finally:
            locker.execute("ROLLBACK")
            locker.close()
