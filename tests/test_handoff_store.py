"""The hand-off record (bot/handoff_store.py) and its line in `faqbot report`: the patient's chat id
kept only while a conversation is open, /forget, time to the first staff answer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.core import handoff as core
from bot.handoff_store import HandoffRecord
from bot.staff.report import build_report, format_report
from bot.store import Store, hash_user

NOW = datetime(2025, 6, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "db.sqlite3", salt=b"salt") as opened:
        yield opened


def test_a_conversation_keeps_the_chat_id_only_while_open(store):
    record = HandoffRecord(store)
    conversation, new = record.open_conversation("hash1", 555, NOW)
    assert new and record.open_conversation("hash1", 555, NOW) == (conversation, False)
    record.add_post(conversation.id, 42)
    assert record.by_post(42) == conversation and record.open_chats() == {555}
    record.close(conversation.id, NOW)
    assert record.by_post(42).status == "closed" and record.open_chats() == set()
    assert record.by_id(conversation.id).chat_id is None


def test_unanswered_alerts_expire_and_drop_the_chat_id(store):
    record = HandoffRecord(store)
    alert = record.add_alert("hash1", 555, "crisis", NOW - timedelta(days=4))
    record.expire_alerts(core.ALERT_KEEP, NOW)
    assert record.by_id(alert).status == "closed" and record.by_id(alert).chat_id is None


def test_forget_removes_every_row_about_the_patient_and_no_one_else(store):
    record = HandoffRecord(store)
    for user in (1, 2):
        store.record_message(user_id=user, outcome="fallback", question="parking?", at=NOW)
        record.open_conversation(hash_user(user, b"salt"), user, NOW)
    store.forget_user(1)
    assert record.conversation_of(hash_user(1, b"salt")) is None
    assert record.conversation_of(hash_user(2, b"salt")) is not None
    assert store.unanswered_questions(days=30, now=NOW) == ["parking?"]


def test_report_counts_handoffs_and_time_to_first_staff_answer(store):
    record = HandoffRecord(store)
    for user, wait in ((1, 12), (2, 30), (3, None)):
        conversation, _ = record.open_conversation(f"hash{user}", user, NOW - timedelta(hours=5))
        if wait is not None:
            record.staff_replied(conversation.id, NOW - timedelta(hours=5) + timedelta(minutes=wait))
            record.staff_replied(conversation.id, NOW)  # later answers do not count
    report = build_report(store, days=30, now=NOW)
    assert report.handoffs == core.HandoffSummary(handoffs=3, answered=2, median_minutes=21.0, longest_minutes=30.0)
    assert "Asked for a person (/human): 3, answered by staff: 2; time to the first staff answer: median 21 min, longest 30 min" in format_report(report)
