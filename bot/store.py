"""The bot's private record: how questions were handled, so staff can improve the FAQ.

Patients' messages are health information, so the record keeps as little as it can:

- user ids only as a salted HMAC (``hash_user``), never raw ids, names or usernames;
- question text only when the FAQ could not answer it well ("fallback", "suggested"), redacted
  and capped, because that is what staff need to write new entries;
- of a crisis message nothing but the hour it arrived: no text, no user, no ids;
- deleted rows are overwritten (``secure_delete``) and ``purge`` empties the write-ahead log.

Recording is best effort. A read-only disk, a locked or corrupt file, or a schema from a newer
release turns the store off or skips one write, with a WARNING that never contains patient text.
It never raises: the patient still gets the answer.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import sqlite3
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

logger = logging.getLogger(__name__)

OUTCOMES = ("answered", "suggested", "fallback", "crisis")
# Outcomes whose (redacted) question text is kept: the ones staff can fix by editing the FAQ.
_KEEP_TEXT = ("suggested", "fallback")
MAX_QUESTION_CHARS = 500
HASH_HEX_CHARS = 16  # 64 bits: no collisions at a clinic's scale, short enough to read
TOP_N = 5

# Each migration is a list of statements run in one transaction, in order; the list index + 1
# is the schema version it produces. Never edit a released migration: append a new one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # v1, first release: outcomes, crisis counts and thumbs up/down; no question text.
    (
        "CREATE TABLE schema_version (version INTEGER NOT NULL)",
        """CREATE TABLE messages (
            id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: old button refs stay unique
            at TEXT NOT NULL,                      -- UTC, ISO 8601, second precision
            user_hash TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'suggested', 'fallback')),
            answer_id TEXT,
            score REAL,
            suggestions TEXT NOT NULL DEFAULT '[]'  -- JSON list of entry ids
        )""",
        "CREATE INDEX messages_at ON messages (at)",
        "CREATE TABLE crisis_events (id INTEGER PRIMARY KEY, at TEXT NOT NULL)",
        "CREATE INDEX crisis_events_at ON crisis_events (at)",
        """CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_hash TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            helpful INTEGER NOT NULL CHECK (helpful IN (0, 1))
        )""",
        "CREATE INDEX feedback_at ON feedback (at)",
        "INSERT INTO schema_version (version) VALUES (0)",
    ),
    # v2: what staff need to improve the FAQ: the FAQ version that answered, the redacted text
    # of questions it could not answer, and which "did you mean" entry a patient picked.
    (
        "ALTER TABLE messages ADD COLUMN faq_version TEXT NOT NULL DEFAULT ''",
        """CREATE TABLE questions (
            message_id INTEGER PRIMARY KEY,  -- messages.id; deleted together by purge
            text TEXT NOT NULL               -- redacted, at most 500 characters
        )""",
        """CREATE TABLE suggestion_choices (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_hash TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            message_id INTEGER  -- the question that led here (same patient), or NULL
        )""",
        "CREATE INDEX suggestion_choices_at ON suggestion_choices (at)",
    ),
    # v3 (Spanish): the language the bot answered each question in, so staff see the language mix
    # and which language's questions go unanswered. '' = recorded before this version.
    (
        "ALTER TABLE messages ADD COLUMN lang TEXT NOT NULL DEFAULT ''",
    ),
    # v4: reaching a person (bot/handoff_store.py). Only what the relay needs: which staff-chat
    # message or forum topic belongs to which patient (hashed), the status and the times. The
    # patient's Telegram chat id is kept only while a conversation or alert is open. No text.
    (
        """CREATE TABLE handoffs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('handoff', 'alert')),
            user_hash TEXT NOT NULL,
            tier TEXT,                 -- alerts: 'crisis' or 'concern'
            status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
            chat_id INTEGER,           -- the patient's chat, only while open
            thread_id INTEGER,         -- the forum topic in the staff chat, if any
            opened_at TEXT NOT NULL,
            first_reply_at TEXT,       -- first staff answer relayed (hand-offs)
            closed_at TEXT
        )""",
        "CREATE INDEX handoffs_user ON handoffs (user_hash, kind, status)",
        "CREATE INDEX handoffs_opened ON handoffs (opened_at)",
        """CREATE TABLE handoff_posts (
            staff_message_id INTEGER PRIMARY KEY,  -- the bot's message in the staff chat
            handoff_id INTEGER NOT NULL            -- handoffs.id
        )""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

_PURGE = (
    "DELETE FROM questions WHERE message_id IN (SELECT id FROM messages WHERE at < ?)",
    "DELETE FROM messages WHERE at < ?",
    "DELETE FROM crisis_events WHERE at < ?",
    "DELETE FROM feedback WHERE at < ?",
    "DELETE FROM suggestion_choices WHERE at < ?",
    "DELETE FROM handoff_posts WHERE handoff_id IN (SELECT id FROM handoffs WHERE opened_at < ? AND status = 'closed')",
    "DELETE FROM handoffs WHERE opened_at < ? AND status = 'closed'",
)
# Everything kept about one patient (/forget). A table keyed by user_hash belongs here too.
_FORGET = (
    "DELETE FROM questions WHERE message_id IN (SELECT id FROM messages WHERE user_hash = ?)",
    "DELETE FROM messages WHERE user_hash = ?",
    "DELETE FROM feedback WHERE user_hash = ?",
    "DELETE FROM suggestion_choices WHERE user_hash = ?",
    "DELETE FROM handoff_posts WHERE handoff_id IN (SELECT id FROM handoffs WHERE user_hash = ?)",
    "DELETE FROM handoffs WHERE user_hash = ?",
)

T = TypeVar("T")


@dataclass(frozen=True)
class QuestionCount:
    text: str
    count: int


@dataclass(frozen=True)
class FeedbackCount:
    entry_id: str
    down: int
    up: int


@dataclass(frozen=True)
class SuggestionPick:
    """A patient picked ``entry_id`` from "did you mean" after asking ``question`` (redacted)."""

    question: str
    entry_id: str


@dataclass(frozen=True)
class LanguageCount:
    """Questions in one language ('' = recorded before the bot kept the language)."""

    lang: str
    questions: int
    answered: int
    suggested: int
    fallback: int


@dataclass(frozen=True)
class Stats:
    days: int
    questions: int = 0  # every non-crisis message
    answered: int = 0
    suggested: int = 0
    fallback: int = 0
    crisis: int = 0
    top_unanswered: tuple[QuestionCount, ...] = ()  # fallback and suggested, exact after folding
    top_thumbs_down: tuple[FeedbackCount, ...] = ()
    languages: tuple[LanguageCount, ...] = ()  # most questions first

    def _share(self, count: int) -> float:
        return count / self.questions if self.questions else 0.0

    @property
    def answered_share(self) -> float:
        return self._share(self.answered)

    @property
    def suggested_share(self) -> float:
        return self._share(self.suggested)

    @property
    def fallback_share(self) -> float:
        return self._share(self.fallback)


# ---------------------------------------------------------------- pure functions


def hash_user(user_id: int, salt: bytes) -> str:
    """Keyed hash, so the record cannot be joined back to Telegram ids without the secret salt."""
    if not salt:
        raise ValueError("salt must not be empty: an unsalted hash of a Telegram id is guessable")
    return hmac.new(salt, str(user_id).encode(), hashlib.sha256).hexdigest()[:HASH_HEX_CHARS]


# Linear-time patterns: single quantifiers over character classes, and a lookbehind so a match
# can only start at the beginning of a token (no quadratic rescans of long runs).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]*\w")
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
_DIGIT_RUN = re.compile(r"\+?\(?\d[\d ().-]*\d")


def _digit_placeholder(match: re.Match[str]) -> str:
    run = match.group()
    digits = sum(ch.isdigit() for ch in run)
    if digits < 5:
        return run  # "10-12 weeks", "2.5 mg": not identifying
    international = run.lstrip("(").startswith("+")
    label = "[phone]" if 10 <= digits <= 15 or (international and digits >= 8) else "[number]"
    # An opening parenthesis that is not part of a phone number stays, e.g. "(id 12345)".
    return "(" + label if run.startswith("(") and ")" not in run else label


def _clean(text: str) -> str:
    """Drop invisible characters (which could split a phone number) and control characters."""
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cf":
            continue
        kept.append(" " if category[0] == "C" else ch)
    return " ".join("".join(kept).split())


def redact(text: str) -> str:
    """Replace emails, @handles, phone numbers and long digit runs; cap to 500 characters.

    Staff only need the wording of a question, not who asked it.
    """
    text = _clean(text)
    text = _EMAIL.sub("[email]", text)
    text = _HANDLE.sub("[handle]", text)
    text = _DIGIT_RUN.sub(_digit_placeholder, text)
    if len(text) > MAX_QUESTION_CHARS:
        text = text[: MAX_QUESTION_CHARS - 1].rstrip() + "…"
    return text


def fold_text(text: str) -> str:
    """Lower-case and collapse spaces, so 'How much?' and 'how  much?' count as one question."""
    return " ".join(text.casefold().split())


def top_questions(texts: Iterable[str], *, limit: int = TOP_N) -> tuple[QuestionCount, ...]:
    counts = Counter(fold_text(text) for text in texts)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple(QuestionCount(text=text, count=count) for text, count in ranked[:limit])


def top_thumbs_down(counts: Iterable[FeedbackCount], *, limit: int = TOP_N) -> tuple[FeedbackCount, ...]:
    ranked = sorted((c for c in counts if c.down), key=lambda c: (-c.down, c.up, c.entry_id))
    return tuple(ranked[:limit])


def _utc(at: datetime | None) -> datetime:
    """Naive datetimes are taken as UTC; the record never uses local time."""
    if at is None:
        return datetime.now(UTC)
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def _iso(at: datetime) -> str:
    """Fixed-width UTC text, so comparing strings compares times (and the indexes work)."""
    return _utc(at).strftime("%Y-%m-%dT%H:%M:%SZ")


def _window(days: int, now: datetime | None) -> tuple[str, str]:
    end = _utc(now)
    return _iso(end - timedelta(days=days)), _iso(end)


def _describe(exc: BaseException) -> str:
    """Error text safe to log: SQLite and OS messages name tables and files, never values."""
    if isinstance(exc, (sqlite3.Error, OSError)):
        return f"{type(exc).__name__}: {exc}"
    return type(exc).__name__


# ---------------------------------------------------------------- database helpers


class _NewerSchema(Exception):
    """The file was written by a newer release; this code must not touch it."""


@contextmanager
def _transaction(conn: sqlite3.Connection, *, write: bool) -> Iterator[sqlite3.Connection]:
    # IMMEDIATE takes the write lock up front, so a busy database fails before any work is done.
    conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _schema_version(conn: sqlite3.Connection) -> int:
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not found:
        return 0
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def _migrate(conn: sqlite3.Connection) -> None:
    """Bring the file up to SCHEMA_VERSION in place, each step atomic; refuse newer files."""
    if _schema_version(conn) == SCHEMA_VERSION:
        return
    with _transaction(conn, write=True):
        current = _schema_version(conn)  # re-read under the lock: another process may have won
        if current > SCHEMA_VERSION:
            raise _NewerSchema(f"schema v{current}, this release knows v{SCHEMA_VERSION}")
        for version in range(current + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[version - 1]:
                conn.execute(statement)
            conn.execute("UPDATE schema_version SET version = ?", (version,))
            logger.info("record schema upgraded to v%d", version)


def _open(path: Path, *, busy_timeout: float) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Autocommit at the driver level; every write is an explicit BEGIN IMMEDIATE ... COMMIT.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA secure_delete = ON")
        _migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _outcome_counts(conn: sqlite3.Connection, start: str, end: str) -> dict[str, int]:
    rows = conn.execute(
        "SELECT outcome, COUNT(*) FROM messages WHERE at BETWEEN ? AND ? GROUP BY outcome",
        (start, end),
    )
    return {outcome: count for outcome, count in rows}


def _language_counts(conn: sqlite3.Connection, start: str, end: str) -> tuple[LanguageCount, ...]:
    rows = conn.execute(
        """SELECT lang, COUNT(*), SUM(outcome = 'answered'), SUM(outcome = 'suggested'), SUM(outcome = 'fallback')
           FROM messages WHERE at BETWEEN ? AND ? GROUP BY lang ORDER BY COUNT(*) DESC, lang""",
        (start, end),
    )
    return tuple(LanguageCount(lang, *(int(n or 0) for n in counts)) for lang, *counts in rows)


def _unanswered_by_language(conn: sqlite3.Connection, start: str, end: str) -> list[tuple[str, str]]:
    rows = conn.execute(
        """SELECT m.lang, q.text FROM questions q JOIN messages m ON m.id = q.message_id
           WHERE m.at BETWEEN ? AND ? ORDER BY m.id""",
        (start, end),
    )
    return [(lang, text) for lang, text in rows]


def _crisis_count(conn: sqlite3.Connection, start: str, end: str) -> int:
    row = conn.execute("SELECT COUNT(*) FROM crisis_events WHERE at BETWEEN ? AND ?", (start, end))
    return int(row.fetchone()[0])


def _unanswered(conn: sqlite3.Connection, start: str, end: str) -> list[str]:
    rows = conn.execute(
        """SELECT q.text FROM questions q JOIN messages m ON m.id = q.message_id
           WHERE m.at BETWEEN ? AND ? ORDER BY m.id""",
        (start, end),
    )
    return [text for (text,) in rows]


def _feedback(conn: sqlite3.Connection, start: str, end: str) -> list[FeedbackCount]:
    # Only each patient's latest vote on an entry counts, so one patient tapping twice (or
    # changing her mind) is one vote.
    rows = conn.execute(
        """SELECT entry_id, SUM(helpful = 0), SUM(helpful = 1) FROM feedback
           WHERE id IN (SELECT MAX(id) FROM feedback WHERE at BETWEEN ? AND ?
                        GROUP BY user_hash, entry_id)
           GROUP BY entry_id ORDER BY entry_id""",
        (start, end),
    )
    return [FeedbackCount(entry_id=entry, down=down, up=up) for entry, down, up in rows]


def _picks(conn: sqlite3.Connection, start: str, end: str) -> list[SuggestionPick]:
    rows = conn.execute(
        """SELECT q.text, c.entry_id FROM suggestion_choices c
           JOIN questions q ON q.message_id = c.message_id
           WHERE c.at BETWEEN ? AND ? ORDER BY c.id""",
        (start, end),
    )
    return [SuggestionPick(question=text, entry_id=entry) for text, entry in rows]


# ---------------------------------------------------------------- the shell


class Store:
    """The SQLite record. One connection, guarded by a lock; safe to call from worker threads."""

    def __init__(self, path: str | Path, *, salt: bytes, busy_timeout: float = 1.0) -> None:
        # busy_timeout is short because a write waits inside the bot's request handling.
        self._salt = salt
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        if not salt:
            logger.warning("record disabled: no user hash salt configured")
            return
        try:
            self._conn = _open(Path(path), busy_timeout=busy_timeout)
        except _NewerSchema as exc:
            logger.warning("record disabled: database is from a newer release (%s); left untouched", exc)
        except Exception as exc:  # never raise: the bot must answer without its record
            logger.warning("record disabled: cannot open the database (%s)", _describe(exc))

    @property
    def enabled(self) -> bool:
        return self._conn is not None

    def close(self) -> None:
        with self._lock:
            conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except sqlite3.Error as exc:
                logger.warning("record: close failed (%s)", _describe(exc))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _run(self, what: str, work: Callable[[sqlite3.Connection], T], *, default: T, write: bool) -> T:
        """One transaction; a failure is logged without patient text and swallowed."""
        with self._lock:
            if self._conn is None:
                return default
            try:
                with _transaction(self._conn, write=write):
                    return work(self._conn)
            except Exception as exc:  # disk full, locked, read-only, bad input: carry on
                logger.warning("record: %s failed (%s); carrying on", what, _describe(exc))
                return default

    # ---- writes

    def _record_crisis(self, at: datetime | None) -> None:
        """Only that a crisis happened, to the hour: no text, no user, nothing to link it to the
        patient's other messages."""
        hour = _iso(_utc(at).replace(minute=0, second=0, microsecond=0))
        self._run("crisis count", lambda conn: conn.execute("INSERT INTO crisis_events (at) VALUES (?)", (hour,)),
                  default=None, write=True)

    def record_message(
        self,
        *,
        user_id: int,
        outcome: str,
        answer_id: str | None = None,
        score: float | None = None,
        suggestions: Sequence[str] = (),
        faq_version: str = "",
        question: str | None = None,
        at: datetime | None = None,
        lang: str = "",
    ) -> int | None:
        """Record one handled message; returns its row id (a reference for "did you mean").
        `lang` is the language the bot answered in ("en" or "es"); never kept for a crisis."""
        if outcome == "crisis":
            self._record_crisis(at)
            return None
        if outcome not in OUTCOMES:
            logger.warning("record: unknown outcome %r; message not recorded", outcome)
            return None
        text = redact(question) if question and outcome in _KEEP_TEXT else ""

        def work(conn: sqlite3.Connection) -> int | None:
            row = (_iso(_utc(at)), hash_user(user_id, self._salt), outcome, answer_id,
                   None if score is None else float(score), json.dumps(list(suggestions)), faq_version,
                   lang if lang in ("en", "es") else "")
            cursor = conn.execute(
                """INSERT INTO messages (at, user_hash, outcome, answer_id, score, suggestions, faq_version, lang)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", row)
            if text:
                conn.execute("INSERT INTO questions (message_id, text) VALUES (?, ?)", (cursor.lastrowid, text))
            return cursor.lastrowid

        return self._run("message", work, default=None, write=True)

    def record_feedback(
        self, *, user_id: int, entry_id: str, helpful: bool, at: datetime | None = None
    ) -> None:
        self._run(
            "feedback",
            lambda conn: conn.execute(
                "INSERT INTO feedback (at, user_hash, entry_id, helpful) VALUES (?, ?, ?, ?)",
                (_iso(_utc(at)), hash_user(user_id, self._salt), entry_id, int(bool(helpful))),
            ),
            default=None,
            write=True,
        )

    def record_suggestion_choice(
        self, *, user_id: int, entry_id: str, message_ref: int | None, at: datetime | None = None
    ) -> None:
        """A "did you mean" pick. The link to the question is kept only if ``message_ref`` is a
        message of the same patient; a stale or forged reference stores the pick unlinked."""
        ref = message_ref if isinstance(message_ref, int) and 0 < message_ref < 2**63 else None
        user_hash = hash_user(user_id, self._salt) if self._salt else ""
        self._run(
            "suggestion choice",
            lambda conn: conn.execute(
                """INSERT INTO suggestion_choices (at, user_hash, entry_id, message_id)
                   VALUES (?, ?, ?, (SELECT id FROM messages WHERE id = ? AND user_hash = ?))""",
                (_iso(_utc(at)), user_hash, entry_id, ref, user_hash),
            ),
            default=None,
            write=True,
        )

    def purge(self, *, older_than_days: int, now: datetime | None = None) -> int:
        """Delete everything older than the retention period; returns the number of rows."""
        if older_than_days < 0:
            logger.warning("record: purge skipped, negative retention %d days", older_than_days)
            return 0
        cutoff = _iso(_utc(now) - timedelta(days=older_than_days))
        deleted = self._run(
            "purge",
            lambda conn: sum(conn.execute(sql, (cutoff,)).rowcount for sql in _PURGE),
            default=0,
            write=True,
        )
        self._truncate_wal()
        if deleted:
            logger.info("record: purged %d rows older than %d days", deleted, older_than_days)
        return deleted

    def forget_user(self, user_id: int) -> int:
        """/forget: delete every row about this patient; returns the number of rows."""
        user_hash = hash_user(user_id, self._salt) if self._salt else ""
        deleted = self._run(
            "forget",
            lambda conn: sum(conn.execute(sql, (user_hash,)).rowcount for sql in _FORGET),
            default=0,
            write=True,
        )
        self._truncate_wal()
        return deleted

    def _truncate_wal(self) -> None:
        """Copy the log into the main file and empty it, so deleted text leaves no old copy."""
        with self._lock:
            if self._conn is None:
                return
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.Error as exc:
                logger.warning("record: checkpoint failed (%s)", _describe(exc))

    # ---- reads

    def stats(self, *, days: int = 7, now: datetime | None = None) -> Stats:
        start, end = _window(days, now)

        def work(conn: sqlite3.Connection) -> Stats:
            counts = _outcome_counts(conn, start, end)
            return Stats(
                days=days,
                questions=sum(counts.values()),
                answered=counts.get("answered", 0),
                suggested=counts.get("suggested", 0),
                fallback=counts.get("fallback", 0),
                crisis=_crisis_count(conn, start, end),
                top_unanswered=top_questions(_unanswered(conn, start, end)),
                top_thumbs_down=top_thumbs_down(_feedback(conn, start, end)),
                languages=_language_counts(conn, start, end),
            )

        return self._run("stats", work, default=Stats(days=days), write=False)

    def unanswered_questions(self, *, days: int = 30, now: datetime | None = None) -> list[str]:
        """Redacted text of the fallback and suggested questions, oldest first."""
        start, end = _window(days, now)
        return self._run(
            "unanswered questions", lambda c: _unanswered(c, start, end), default=[], write=False
        )

    def unanswered_by_language(self, *, days: int = 30, now: datetime | None = None) -> list[tuple[str, str]]:
        """(language, redacted text) of the fallback and suggested questions, oldest first."""
        start, end = _window(days, now)
        return self._run(
            "unanswered by language", lambda c: _unanswered_by_language(c, start, end), default=[], write=False
        )

    def feedback_counts(self, *, days: int = 30, now: datetime | None = None) -> list[FeedbackCount]:
        start, end = _window(days, now)
        return self._run("feedback counts", lambda c: _feedback(c, start, end), default=[], write=False)

    def suggestion_picks(self, *, days: int = 30, now: datetime | None = None) -> list[SuggestionPick]:
        """Picks whose question is known (linked and still kept)."""
        start, end = _window(days, now)
        return self._run("suggestion picks", lambda c: _picks(c, start, end), default=[], write=False)
