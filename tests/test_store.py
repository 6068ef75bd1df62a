"""The private record: what is kept, what never is, and that failures never reach the patient."""

from __future__ import annotations

import logging
import os
import pwd
import re
import shutil
import sqlite3
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.store import (
    MAX_QUESTION_CHARS,
    SCHEMA_VERSION,
    LanguageCount,
    FeedbackCount,
    QuestionCount,
    Stats,
    Store,
    SuggestionPick,
    hash_user,
    redact,
)

SALT = b"test-salt"
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
RECENT = NOW - timedelta(hours=2)
USER = 987654321
OTHER_USER = 123123123
CRISIS_TEXT = "Zanzibarflamingo tangerine I cannot go on anymore"
CRISIS_WORDS = ("zanzibarflamingo", "tangerine", "cannot go on")


def db_bytes(path: Path) -> bytes:
    """The main file plus its -wal and -shm companions, whatever exists right now."""
    return b"".join(
        candidate.read_bytes()
        for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
        if candidate.exists()
    )


def assert_absent(path: Path, *words: str) -> None:
    raw = db_bytes(path).lower()
    assert raw, "expected a database file"
    for word in words:
        assert word.lower().encode() not in raw, word


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "faqbot.sqlite3"  # "data" does not exist yet: Store creates it


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path, salt=SALT) as opened:
        assert opened.enabled
        yield opened


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "bot.store" and r.levelno == logging.WARNING]


# ---------------------------------------------------------------- round trip


def test_every_kind_of_row_is_written_and_read_back(store: Store) -> None:
    answered = store.record_message(
        user_id=USER, outcome="answered", answer_id="cost", score=92.5, faq_version="v3",
        question="How much does it cost?", at=RECENT,
    )
    suggested = store.record_message(
        user_id=USER, outcome="suggested", suggestions=["breastfeeding", "safety"], score=61.0,
        question="Can I nurse after a session?", at=RECENT,
    )
    store.record_message(user_id=OTHER_USER, outcome="fallback", question="Do you take Aetna?", at=RECENT)
    store.record_message(user_id=USER, outcome="fallback", question="do you  TAKE aetna?", at=RECENT)
    store.record_message(user_id=USER, outcome="crisis", question=CRISIS_TEXT, at=RECENT)
    store.record_feedback(user_id=USER, entry_id="side-effects", helpful=False, at=RECENT)
    store.record_feedback(user_id=OTHER_USER, entry_id="side-effects", helpful=True, at=RECENT)
    store.record_feedback(user_id=USER, entry_id="cost", helpful=True, at=RECENT)
    store.record_suggestion_choice(user_id=USER, entry_id="breastfeeding", message_ref=suggested, at=RECENT)

    assert isinstance(answered, int) and isinstance(suggested, int) and suggested > answered
    stats = store.stats(days=7, now=NOW)
    assert stats == Stats(
        days=7, questions=4, answered=1, suggested=1, fallback=2, crisis=1,
        top_unanswered=(
            QuestionCount(text="do you take aetna?", count=2),
            QuestionCount(text="can i nurse after a session?", count=1),
        ),
        top_thumbs_down=(FeedbackCount(entry_id="side-effects", down=1, up=1),),
        languages=(LanguageCount(lang="", questions=4, answered=1, suggested=1, fallback=2),),
    )
    assert (stats.answered_share, stats.suggested_share, stats.fallback_share) == (0.25, 0.25, 0.5)
    assert store.unanswered_questions(days=7, now=NOW) == [
        "Can I nurse after a session?", "Do you take Aetna?", "do you TAKE aetna?",
    ]
    assert store.suggestion_picks(days=7, now=NOW) == [
        SuggestionPick(question="Can I nurse after a session?", entry_id="breastfeeding")
    ]
    assert store.feedback_counts(days=7, now=NOW) == [
        FeedbackCount(entry_id="cost", down=0, up=1),
        FeedbackCount(entry_id="side-effects", down=1, up=1),
    ]


def test_stored_columns(store: Store, db_path: Path) -> None:
    ref = store.record_message(
        user_id=USER, outcome="suggested", answer_id=None, score=61.5, suggestions=["a", "b"],
        faq_version="2025-05-30", question="call me 480-555-1234", at=RECENT,
    )
    store.close()
    with sqlite3.connect(db_path) as conn:
        row = conn.execute(
            "SELECT at, user_hash, outcome, answer_id, score, suggestions, faq_version FROM messages WHERE id = ?",
            (ref,),
        ).fetchone()
        text = conn.execute("SELECT text FROM questions WHERE message_id = ?", (ref,)).fetchone()
    assert row == ("2025-06-01T10:00:00Z", hash_user(USER, SALT), "suggested", None, 61.5, '["a", "b"]', "2025-05-30")
    assert text == ("call me [phone]",)


def test_window_excludes_old_rows(store: Store) -> None:
    store.record_message(user_id=USER, outcome="fallback", question="old one", at=NOW - timedelta(days=10))
    store.record_message(user_id=USER, outcome="answered", at=NOW - timedelta(days=1))
    assert store.stats(days=7, now=NOW).questions == 1
    assert store.stats(days=30, now=NOW).questions == 2
    assert store.unanswered_questions(days=7, now=NOW) == []


def test_only_the_latest_vote_per_patient_counts(store: Store) -> None:
    for helpful in (False, False, True):
        store.record_feedback(user_id=USER, entry_id="cost", helpful=helpful, at=RECENT)
    store.record_feedback(user_id=OTHER_USER, entry_id="cost", helpful=False, at=RECENT)
    assert store.feedback_counts(days=7, now=NOW) == [FeedbackCount(entry_id="cost", down=1, up=1)]


# ---------------------------------------------------------------- what is never kept


def test_crisis_message_leaves_no_trace(store: Store, db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    assert store.record_message(user_id=USER, outcome="crisis", question=CRISIS_TEXT, score=99.0, at=RECENT) is None
    assert_absent(db_path, *CRISIS_WORDS)  # connection open: data may still sit in the WAL
    assert store.stats(days=7, now=NOW) == Stats(days=7, crisis=1)
    store.close()
    assert_absent(db_path, *CRISIS_WORDS)
    assert not any(word in caplog.text.lower() for word in CRISIS_WORDS)

    with sqlite3.connect(db_path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(crisis_events)")]
        rows = conn.execute("SELECT at FROM crisis_events").fetchall()
        messages = conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0]
    assert columns == ["id", "at"]  # no user, no text, no ids
    assert rows == [("2025-06-01T10:00:00Z",)]  # to the hour: cannot be lined up with other rows
    assert messages == 0


def test_answered_question_text_is_not_kept(store: Store, db_path: Path) -> None:
    store.record_message(user_id=USER, outcome="answered", answer_id="cost", question="Quixotic walrus price?")
    assert_absent(db_path, "quixotic", "walrus")
    assert store.unanswered_questions() == []


def test_user_ids_never_appear_raw(store: Store, db_path: Path) -> None:
    ref = store.record_message(user_id=USER, outcome="suggested", suggestions=["cost"], question="price?")
    store.record_message(user_id=USER, outcome="answered", answer_id="cost")
    store.record_feedback(user_id=USER, entry_id="cost", helpful=True)
    store.record_suggestion_choice(user_id=USER, entry_id="cost", message_ref=ref)
    raw_forms = (str(USER).encode(), USER.to_bytes(4, "big"), USER.to_bytes(8, "big"))
    for _ in ("open", "closed"):
        content = db_bytes(db_path)
        assert not any(form in content for form in raw_forms)
        assert hash_user(USER, SALT).encode() in content
        store.close()


def test_hash_is_stable_per_salt_and_differs_across_salts() -> None:
    first = hash_user(USER, b"salt-one")
    assert first == hash_user(USER, b"salt-one")
    assert re.fullmatch(r"[0-9a-f]{16}", first)
    assert first != hash_user(USER, b"salt-two")
    assert first != hash_user(OTHER_USER, b"salt-one")
    with pytest.raises(ValueError):
        hash_user(USER, b"")


def test_empty_salt_disables_the_record(db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = Store(db_path, salt=b"")
    assert not store.enabled
    assert store.record_message(user_id=USER, outcome="answered") is None
    store.record_suggestion_choice(user_id=USER, entry_id="cost", message_ref=1)
    assert warnings(caplog)


def test_nothing_is_logged_with_patient_text(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store.record_message(user_id=USER, outcome="fallback", question="Xylophone marmalade question")
    store.stats()
    assert store.unanswered_questions() == ["Xylophone marmalade question"]
    assert "xylophone" not in caplog.text.lower()


# ---------------------------------------------------------------- redaction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("email me at jane.doe+pp@example.co.uk please", "email me at [email] please"),
        ("JANE_DOE@Mail.COM.", "[email]."),
        ("call 480-555-1234 today", "call [phone] today"),
        ("call (480) 555 1234", "call [phone]"),
        ("call +1 480 555 1234", "call [phone]"),
        ("call 4805551234", "call [phone]"),
        ("call 480.555.1234", "call [phone]"),
        ("in London +44 20 7946 0958", "in London [phone]"),
        ("paris +33 1 23 45 67 89", "paris [phone]"),
        ("my member id 12345", "my member id [number]"),
        ("card 1234 5678 9012 3456 7890", "card [number]"),
        ("ref 12-345-67", "ref [number]"),
        ("(chart 123456) thanks", "(chart [number]) thanks"),
        ("text @jane_doe on telegram", "text [handle] on telegram"),
        ("hidden 480\u200b555\u200b1234", "hidden [phone]"),
    ],
)
def test_redact_replaces_identifiers(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Can I breastfeed after ketamine?",
        "Is it safe at 10-12 weeks postpartum, with 2.5 mg?",
        "Does it cost $1,500 for 6 sessions (or 3)?",
        "I sleep 9-5 and my baby is 4 months old",
        "¿Cuánto cuesta una sesión?",
    ],
)
def test_redact_keeps_ordinary_text(text: str) -> None:
    assert redact(text) == text


def test_redact_strips_control_characters() -> None:
    assert redact("red\x1b[31m alert\r\n\tnow") == "red [31m alert now"


@pytest.mark.parametrize(
    "text",
    [
        "word " * 2000,
        "1-" * 5000,
        "a@" * 5000,
        "(" * 10_000,
        "x@" + "a" * 9998,
        "a." * 5000,
        "+(" * 5000,
        "1234 " * 2000,
    ],
)
def test_redact_is_fast_and_capped(text: str) -> None:
    def median_seconds(sample: str) -> float:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            redact(sample)
            times.append(time.perf_counter() - started)
        return sorted(times)[2]

    # Linear-time patterns: a hostile input costs about what ordinary text of the same length does
    # (relative, so a slow machine doesn't fail it; catastrophic backtracking would be 1000x).
    benign = ("call me maybe " * 800)[: len(text)]
    assert median_seconds(text) < 30 * median_seconds(benign) + 0.002
    assert len(redact(text)) <= MAX_QUESTION_CHARS


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789 -.()+@abc\u200b\n"), max_size=1000))  # past the cap
def test_redact_never_leaves_five_digits_in_a_row(text: str) -> None:
    result = redact(text)
    assert not re.search(r"\d{5}", result)
    assert len(result) <= MAX_QUESTION_CHARS


# ---------------------------------------------------------------- retention


def test_purge_deletes_old_rows_and_keeps_new(store: Store, db_path: Path) -> None:
    old = NOW - timedelta(days=40)
    new = NOW - timedelta(days=5)
    for at in (old, new):
        ref = store.record_message(user_id=USER, outcome="fallback", question="Quokka question", at=at)
        store.record_message(user_id=USER, outcome="answered", answer_id="cost", at=at)
        store.record_message(user_id=USER, outcome="crisis", at=at)
        store.record_feedback(user_id=USER, entry_id="cost", helpful=False, at=at)
        store.record_suggestion_choice(user_id=USER, entry_id="cost", message_ref=ref, at=at)

    # old: 2 messages + 1 question + 1 crisis + 1 feedback + 1 choice
    assert store.purge(older_than_days=30, now=NOW) == 6
    assert store.purge(older_than_days=30, now=NOW) == 0
    stats = store.stats(days=365, now=NOW)
    assert (stats.questions, stats.fallback, stats.answered, stats.crisis) == (2, 1, 1, 1)
    assert store.unanswered_questions(days=365, now=NOW) == ["Quokka question"]
    assert len(store.suggestion_picks(days=365, now=NOW)) == 1
    assert store.purge(older_than_days=-1, now=NOW) == 0


def test_purged_text_is_overwritten_on_disk(store: Store, db_path: Path) -> None:
    store.record_message(user_id=USER, outcome="fallback", question="Pangolin saxophone", at=NOW - timedelta(days=90))
    store.record_message(user_id=USER, outcome="fallback", question="kept", at=NOW)
    assert b"pangolin" in db_bytes(db_path).lower()
    assert store.purge(older_than_days=30, now=NOW) == 2
    assert_absent(db_path, "pangolin", "saxophone")
    store.close()
    assert_absent(db_path, "pangolin", "saxophone")


# ---------------------------------------------------------------- schema versions

V1_SCHEMA = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (1);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    user_hash TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'suggested', 'fallback')),
    answer_id TEXT,
    score REAL,
    suggestions TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX messages_at ON messages (at);
CREATE TABLE crisis_events (id INTEGER PRIMARY KEY, at TEXT NOT NULL);
CREATE INDEX crisis_events_at ON crisis_events (at);
CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_hash TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    helpful INTEGER NOT NULL CHECK (helpful IN (0, 1))
);
CREATE INDEX feedback_at ON feedback (at);
INSERT INTO messages (at, user_hash, outcome, answer_id, score) VALUES
    ('2025-05-31T09:00:00Z', 'aaaa', 'answered', 'cost', 90.0),
    ('2025-05-31T09:05:00Z', 'aaaa', 'fallback', NULL, 20.0);
INSERT INTO crisis_events (at) VALUES ('2025-05-31T08:00:00Z');
INSERT INTO feedback (at, user_hash, entry_id, helpful) VALUES ('2025-05-31T09:01:00Z', 'aaaa', 'cost', 0);
"""


def test_v1_database_is_upgraded_in_place(db_path: Path) -> None:
    db_path.parent.mkdir()
    with sqlite3.connect(db_path) as conn:  # as the first release left it
        conn.executescript(V1_SCHEMA)
    conn.close()

    with Store(db_path, salt=SALT) as store:
        assert store.enabled
        stats = store.stats(days=7, now=NOW)
        assert (stats.questions, stats.answered, stats.fallback, stats.crisis) == (2, 1, 1, 1)
        assert stats.top_thumbs_down == (FeedbackCount(entry_id="cost", down=1, up=0),)
        # v2 features work on the upgraded file
        ref = store.record_message(
            user_id=USER, outcome="suggested", suggestions=["breastfeeding"], faq_version="v2",
            question="nursing after?", at=RECENT,
        )
        assert ref == 3
        store.record_suggestion_choice(user_id=USER, entry_id="breastfeeding", message_ref=ref, at=RECENT)
        assert store.suggestion_picks(days=7, now=NOW) == [
            SuggestionPick(question="nursing after?", entry_id="breastfeeding")
        ]

    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
        assert conn.execute("SELECT faq_version FROM messages ORDER BY id").fetchall() == [("",), ("",), ("v2",)]
    conn.close()
    assert SCHEMA_VERSION == 4  # v3: languages, v4: hand-offs


def test_current_database_reopens_without_change(store: Store, db_path: Path) -> None:
    store.record_message(user_id=USER, outcome="answered", at=RECENT)
    store.close()
    with Store(db_path, salt=SALT) as again:
        assert again.stats(days=7, now=NOW).answered == 1


def test_newer_database_is_left_alone(store: Store, db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store.record_message(user_id=USER, outcome="answered", at=RECENT)
    store.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
        conn.execute("CREATE TABLE future_thing (x)")
    conn.close()

    newer = Store(db_path, salt=SALT)
    assert not newer.enabled
    assert any("newer release" in message for message in warnings(caplog))
    assert newer.record_message(user_id=USER, outcome="answered") is None
    assert newer.stats() == Stats(days=7)
    newer.close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (99,)
        assert conn.execute("SELECT COUNT(*) FROM messages").fetchone() == (1,)
    conn.close()


# ---------------------------------------------------------------- failures never reach the caller


@contextmanager
def unprivileged() -> Iterator[None]:
    """Act as an ordinary user for the block: root ignores file permissions."""
    if os.geteuid() != 0:
        yield
        return
    try:
        nobody = pwd.getpwnam("nobody")
        os.setegid(nobody.pw_gid)
        os.seteuid(nobody.pw_uid)
    except (KeyError, PermissionError):
        os.setegid(0)
        pytest.skip("running as root and cannot act as 'nobody'")
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder outside pytest's private tmp tree, so the unprivileged user can reach it."""
    path = Path(tempfile.mkdtemp(prefix="faqbot-store-"))
    path.chmod(0o755)
    yield path
    for child in [path, *path.rglob("*")]:
        child.chmod(0o755 if child.is_dir() else 0o644)
    shutil.rmtree(path)


def assert_writes_fail_quietly(path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with unprivileged():
        store = Store(path, salt=SALT)
        assert store.record_message(user_id=USER, outcome="fallback", question="Hello there") is None
        store.record_message(user_id=USER, outcome="crisis")
        store.record_feedback(user_id=USER, entry_id="cost", helpful=False)
        store.record_suggestion_choice(user_id=USER, entry_id="cost", message_ref=1)
        assert store.purge(older_than_days=1) == 0
        store.stats()
        store.close()
    assert warnings(caplog)
    assert "hello there" not in caplog.text.lower()


def make_db(path: Path) -> None:
    with Store(path, salt=SALT) as store:
        store.record_message(user_id=USER, outcome="answered", at=RECENT)


def test_read_only_file(shared_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = shared_dir / "faqbot.sqlite3"
    make_db(path)
    shared_dir.chmod(0o777)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    assert_writes_fail_quietly(path, caplog)


def test_read_only_directory(shared_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = shared_dir / "faqbot.sqlite3"
    make_db(path)
    path.chmod(0o666)
    shared_dir.chmod(0o555)  # the file is writable, but no -wal or -shm can be created
    assert_writes_fail_quietly(path, caplog)


def test_new_database_in_read_only_directory(shared_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    shared_dir.chmod(0o555)
    assert_writes_fail_quietly(shared_dir / "sub" / "faqbot.sqlite3", caplog)


def test_parent_is_a_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "data").write_text("not a folder")
    store = Store(tmp_path / "data" / "faqbot.sqlite3", salt=SALT)
    assert not store.enabled
    assert store.record_message(user_id=USER, outcome="answered") is None
    assert warnings(caplog)


def test_locked_database(store: Store, db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store.close()
    store = Store(db_path, salt=SALT, busy_timeout=0.05)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert store.record_message(user_id=USER, outcome="fallback", question="Hello there") is None
        store.record_feedback(user_id=USER, entry_id="cost", helpful=True)
        assert store.purge(older_than_days=1) == 0
        assert any("locked" in message for message in warnings(caplog))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.record_message(user_id=USER, outcome="answered") is not None  # recovers
    store.close()


def test_locked_while_opening(db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db_path.parent.mkdir()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # a new file in rollback mode: nobody else may even read
    try:
        store = Store(db_path, salt=SALT, busy_timeout=0.05)
        assert not store.enabled
        assert store.record_message(user_id=USER, outcome="answered") is None
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert warnings(caplog)


def test_disk_full(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    store.record_message(user_id=USER, outcome="answered")
    # Simulate a full disk: the file may not grow past its current size.
    store._conn.execute("PRAGMA max_page_count = 1")  # type: ignore[union-attr]
    results = [store.record_message(user_id=USER, outcome="fallback", question="x" * 500) for _ in range(40)]
    assert results[-1] is None
    assert any("full" in message for message in warnings(caplog))


def test_corrupt_file_runs_disabled(db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db_path.parent.mkdir()
    garbage = bytes(range(256)) * 64
    db_path.write_bytes(garbage)
    store = Store(db_path, salt=SALT)
    assert not store.enabled
    assert store.record_message(user_id=USER, outcome="answered") is None
    store.record_feedback(user_id=USER, entry_id="cost", helpful=True)
    assert store.purge(older_than_days=1) == 0
    assert store.stats() == Stats(days=7)
    assert store.unanswered_questions() == [] and store.suggestion_picks() == [] and store.feedback_counts() == []
    store.close()
    assert db_path.read_bytes() == garbage
    assert warnings(caplog)


# ---------------------------------------------------------------- inputs from the outside


@pytest.mark.parametrize("ref", [None, 0, -5, 99_999, 2**70, "1"])
def test_stale_or_forged_reference_stores_an_unlinked_choice(store: Store, db_path: Path, ref: object) -> None:
    store.record_message(user_id=USER, outcome="suggested", question="nursing?", at=RECENT)
    store.record_suggestion_choice(user_id=USER, entry_id="cost", message_ref=ref, at=RECENT)  # type: ignore[arg-type]
    assert store.suggestion_picks(days=7, now=NOW) == []
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT entry_id, message_id FROM suggestion_choices").fetchall() == [("cost", None)]
    conn.close()


def test_another_patients_reference_is_not_linked(store: Store) -> None:
    ref = store.record_message(user_id=OTHER_USER, outcome="suggested", question="nursing?", at=RECENT)
    store.record_suggestion_choice(user_id=USER, entry_id="cost", message_ref=ref, at=RECENT)
    assert store.suggestion_picks(days=7, now=NOW) == []


def test_unknown_outcome_is_not_recorded(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    assert store.record_message(user_id=USER, outcome="maybe", question="Hello there") is None
    assert store.stats().questions == 0
    assert warnings(caplog)


def test_closed_store_is_a_no_op(store: Store) -> None:
    store.close()
    store.close()
    assert not store.enabled
    assert store.record_message(user_id=USER, outcome="answered") is None
    assert store.stats(days=3) == Stats(days=3)


def test_can_be_used_from_worker_threads(store: Store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=4) as pool:
        refs = list(pool.map(lambda i: store.record_message(user_id=i, outcome="answered", at=RECENT), range(40)))
    assert None not in refs and len(set(refs)) == 40
    assert store.stats(days=7, now=NOW).answered == 40
