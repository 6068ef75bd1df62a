"""The faqbot command line, run as staff run it: a real process, exit codes and output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import REPO, EVAL

JSON_KEYS = {"text", "crisis", "tier", "answer_id", "score", "suggestions", "reply"}


def faqbot(*args: str, stdin: str | None = None, cwd: Path = REPO, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True, cwd=cwd,
        env={**os.environ, **(env or {})}, timeout=120,
    )


def test_check_passes_on_the_shipped_faq():
    result = faqbot("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1].startswith("OK:")


def test_check_reports_a_broken_entry_with_file_and_line(faq_dir):
    text = (faq_dir / "faq.yaml").read_text(encoding="utf-8")
    lines = text.splitlines()
    answer_line = next(i for i, line in enumerate(lines) if line.strip().startswith("answer:"))
    entry_id = next(line.split(":", 1)[1].strip() for line in reversed(lines[:answer_line]) if line.startswith("- id:"))
    del lines[answer_line : answer_line + 2]
    (faq_dir / "faq.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = faqbot("check", "--faq", str(faq_dir))
    assert result.returncode == 1
    assert "faq.yaml:" in result.stdout and f"entry '{entry_id}': 'answer' is missing" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_check_reports_a_yaml_syntax_error_without_traceback(faq_dir):
    (faq_dir / "faq.yaml").write_text("- id: x\n  questions: [a, b\n", encoding="utf-8")
    result = faqbot("check", "--faq", str(faq_dir))
    assert result.returncode == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{faq_dir / 'faq.yaml'}:") and "YAML syntax" in first
    assert "Traceback" not in result.stdout + result.stderr


def test_check_runs_staff_tests_and_names_the_failing_line(faq_dir):
    (faq_dir / "tests.yaml").write_text(
        "- question: how quickly will ketamine help me\n  expect: how-fast\n"
        "- question: when can i nurse my baby after an infusion\n  expect: about-clinic\n",
        encoding="utf-8",
    )
    result = faqbot("check", "--faq", str(faq_dir))
    assert result.returncode == 1
    assert f"{faq_dir / 'tests.yaml'}:3: 'when can i nurse my baby after an infusion' -> got breastfeeding, expected about-clinic" in result.stdout


def test_check_fails_without_crisis_contacts(faq_dir):
    (faq_dir / "crisis.yaml").write_text("message: hello\ncontacts: []\n", encoding="utf-8")
    result = faqbot("check", "--faq", str(faq_dir))
    assert result.returncode == 1 and "at least one crisis contact" in result.stdout


def test_faq_dir_from_the_environment(faq_dir):
    (faq_dir / "messages.yaml").unlink()
    result = faqbot("check", env={"FAQ_DIR": str(faq_dir)})
    assert result.returncode == 1 and "messages.yaml: is missing" in result.stdout


def test_ask_prints_the_reply_a_patient_sees(responder):
    result = faqbot("ask", "how fast does ketamine work")
    assert result.returncode == 0
    assert responder.knowledge.entry("how-fast").answer in result.stdout
    assert responder.knowledge.messages.disclaimer in result.stdout


def test_ask_json_contract():
    result = faqbot("ask", "--json", "how fast does ketamine work")
    data = json.loads(result.stdout)
    assert set(data) == JSON_KEYS
    assert data["answer_id"] == "how-fast" and data["crisis"] is False and data["suggestions"] == []
    assert 0 <= data["score"] <= 1 and data["text"] == "how fast does ketamine work"


def test_ask_json_reads_stdin_line_by_line_in_order(responder):
    lines = ["how fast does ketamine work", "I want to kill myself", "what is the weather on mars", "", "ＫＥＴＡＭＩＮＥ 💊\u200b"]
    result = faqbot("ask", "--json", "-", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["text"] for row in rows] == lines
    assert all(set(row) == JSON_KEYS for row in rows)
    assert rows[0]["answer_id"] == "how-fast"
    assert rows[1]["crisis"] is True and rows[1]["reply"].startswith(responder.crisis_text)
    assert "988" in rows[1]["reply"].splitlines()[0]  # the number a patient sees first
    assert rows[2]["answer_id"] is None


@pytest.mark.parametrize("name", ["questions_dev.yaml", "crisis_dev.yaml"])
def test_eval_meets_the_targets_on_the_dev_sets(name):
    result = faqbot("eval", str(EVAL / name), "-v")
    assert result.returncode == 0, result.stdout
    assert "MISSED" not in result.stdout.split("\n\n")[0]


def test_eval_rejects_a_file_of_another_shape(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("just: text\n", encoding="utf-8")
    result = faqbot("eval", str(bad))
    assert result.returncode == 2 and "cannot evaluate" in result.stderr


def test_chat_answers_in_the_terminal():
    result = faqbot("chat", stdin="how fast does ketamine work\n/crisis\n/quit\n")
    assert result.returncode == 0
    assert "bot>" in result.stdout and "988" in result.stdout


def chat_replies(stdin: str) -> list[str]:
    """What the bot printed after each line typed (the first item is the greeting)."""
    result = faqbot("chat", stdin=stdin + "/quit\n")
    assert result.returncode == 0, result.stderr
    return result.stdout.split("you> ")


def test_chat_commands_say_what_telegram_says(responder):
    start, helped, topics, crisis, _ = chat_replies("/help\n/topics\n/crisis\n")
    for command, printed in (("/start", start), ("/help", helped), ("/topics", topics)):
        assert responder.respond(command).body in printed, command
    assert "Book an appointment" not in start
    assert "[1] Postpartum depression" in start and "[1] Postpartum depression" in topics  # the topic buttons
    assert responder.crisis_text in crisis


def test_chat_a_suggestions_number_picks_it(responder):
    reply = responder.respond("ketamine and depression")
    assert len(reply.suggestions) >= 2
    second = reply.suggestions[1]
    _, suggested, picked, _ = chat_replies("ketamine and depression\n2\n")
    assert f"[2] {second.title}" in suggested
    assert second.answer.splitlines()[0] in picked


def test_chat_a_topics_number_lists_its_entries_then_answers(responder):
    entries = [e for e in responder.knowledge.entries if e.topic == responder.knowledge.entries[0].topic]
    _, listing, answered, _ = chat_replies("1\n1\n")
    assert all(e.title in listing for e in entries)
    assert entries[0].answer.splitlines()[0] in answered


def test_console_script_is_installed():
    script = Path(sys.executable).with_name("faqbot")
    assert script.exists(), "pip install -e . should install the faqbot command"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "check" in result.stdout


def test_purge_and_report_on_a_missing_database_say_so(tmp_path):
    missing = tmp_path / "nowhere.sqlite3"
    for command in ("purge", "report"):
        result = faqbot(command, "--db", str(missing))
        assert result.returncode == 1 and "nowhere.sqlite3" in result.stderr
    assert not missing.exists()


def test_purge_deletes_old_records(tmp_path):
    from datetime import UTC, datetime, timedelta

    from bot.store import Store

    db = tmp_path / "faqbot.sqlite3"
    store = Store(db, salt=b"s")
    store.record_message(user_id=1, outcome="fallback", question="old question", at=datetime.now(UTC) - timedelta(days=40))
    store.record_message(user_id=1, outcome="fallback", question="new question")
    store.close()
    result = faqbot("purge", "--db", str(db), "--days", "30")
    assert result.returncode == 0 and "Deleted" in result.stdout
    store = Store(db, salt=b"s")
    assert store.unanswered_questions(days=365) == ["new question"]
    store.close()


def test_purge_honours_retention_days_from_dotenv(tmp_path):
    from datetime import UTC, datetime, timedelta

    from bot.store import Store

    db = tmp_path / "faqbot.sqlite3"
    store = Store(db, salt=b"s")
    for days in (20, 5):
        store.record_message(user_id=1, outcome="fallback", question=f"{days} days old", at=datetime.now(UTC) - timedelta(days=days))
    store.close()
    (tmp_path / ".env").write_text(f"RETENTION_DAYS=10\nDATABASE_PATH={db}\n", encoding="utf-8")
    clean = {k: v for k, v in os.environ.items() if k not in ("RETENTION_DAYS", "DATABASE_PATH")}
    result = subprocess.run([sys.executable, "-m", "bot", "purge"], cwd=tmp_path, env=clean, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "older than 10 days" in result.stdout, result.stdout + result.stderr
    store = Store(db, salt=b"s")
    assert store.unanswered_questions(days=365) == ["5 days old"]
    store.close()
