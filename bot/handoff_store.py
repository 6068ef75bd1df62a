"""The hand-off record: which staff-chat message or topic belongs to which (hashed) patient.

It lives in the bot's SQLite file (tables from migration v4 in bot/store.py) and uses the Store's
transactions, so it shares its guarantees: never raises, never logs patient text. It keeps no
message text at all; the patient's chat id only while a conversation or an alert is open.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.store import Store, _iso, _utc, _window

_COLUMNS = "id, kind, user_hash, tier, status, chat_id, thread_id"


@dataclass(frozen=True)
class Handoff:
    id: int
    kind: str  # "handoff" | "alert"
    user_hash: str
    tier: str | None
    status: str  # "open" | "closed"
    chat_id: int | None  # None once closed
    thread_id: int | None


def _one(conn: sqlite3.Connection, where: str, args: tuple) -> Handoff | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM handoffs WHERE {where} ORDER BY id DESC LIMIT 1", args).fetchone()
    return Handoff(*row) if row else None


class HandoffRecord:
    """Reads and writes for bot/telegram/handoff.py; blocking, so call it from a worker thread."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _write(self, what: str, sql: str, args: tuple) -> None:
        self._store._run(what, lambda conn: conn.execute(sql, args), default=None, write=True)

    def open_conversation(self, user_hash: str, chat_id: int, at: datetime | None = None) -> tuple[Handoff | None, bool]:
        """The patient's open conversation, or a new one: (conversation, is_new)."""

        def work(conn: sqlite3.Connection) -> tuple[Handoff | None, bool]:
            found = _one(conn, "user_hash = ? AND kind = 'handoff' AND status = 'open'", (user_hash,))
            if found:
                return found, False
            conn.execute("INSERT INTO handoffs (kind, user_hash, status, chat_id, opened_at) VALUES ('handoff', ?, 'open', ?, ?)",
                         (user_hash, chat_id, _iso(_utc(at))))
            return _one(conn, "user_hash = ? AND kind = 'handoff' AND status = 'open'", (user_hash,)), True

        return self._store._run("hand-off open", work, default=(None, False), write=True)

    def conversation_of(self, user_hash: str) -> Handoff | None:
        return self._store._run("hand-off lookup", lambda c: _one(
            c, "user_hash = ? AND kind = 'handoff' AND status = 'open'", (user_hash,)), default=None, write=False)

    def by_post(self, staff_message_id: int) -> Handoff | None:
        """The conversation (open or closed) a staff-chat message of the bot belongs to."""
        where = "id = (SELECT handoff_id FROM handoff_posts WHERE staff_message_id = ?)"
        return self._store._run("hand-off lookup", lambda c: _one(c, where, (staff_message_id,)), default=None, write=False)

    def by_thread(self, thread_id: int) -> Handoff | None:
        where = "thread_id = ? AND kind = 'handoff'"
        return self._store._run("hand-off lookup", lambda c: _one(c, where, (thread_id,)), default=None, write=False)

    def by_id(self, handoff_id: int) -> Handoff | None:
        return self._store._run("hand-off lookup", lambda c: _one(c, "id = ?", (handoff_id,)), default=None, write=False)

    def open_chats(self) -> set[int]:
        rows = self._store._run("open chats", lambda c: c.execute(
            "SELECT chat_id FROM handoffs WHERE kind = 'handoff' AND status = 'open'").fetchall(), default=[], write=False)
        return {chat_id for (chat_id,) in rows if chat_id is not None}

    def last_thread(self, user_hash: str) -> int | None:
        """The forum topic of the patient's latest closed conversation."""
        row = self._store._run("hand-off topic", lambda c: c.execute(
            "SELECT thread_id FROM handoffs WHERE user_hash = ? AND kind = 'handoff' AND status = 'closed' "
            "AND thread_id IS NOT NULL ORDER BY id DESC LIMIT 1", (user_hash,)).fetchone(), default=None, write=False)
        return row[0] if row else None

    def set_thread(self, handoff_id: int, thread_id: int) -> None:
        self._write("hand-off topic", "UPDATE handoffs SET thread_id = ? WHERE id = ?", (thread_id, handoff_id))

    def add_post(self, handoff_id: int, staff_message_id: int) -> None:
        self._write("hand-off post", "INSERT OR REPLACE INTO handoff_posts (staff_message_id, handoff_id) VALUES (?, ?)",
                    (staff_message_id, handoff_id))

    def traces(self, user_hash: str) -> tuple[list[int], list[int]]:
        """The bot's staff-chat messages and forum topics about this patient (deleted on /forget)."""

        def work(conn: sqlite3.Connection) -> tuple[list[int], list[int]]:
            posts = conn.execute("SELECT staff_message_id FROM handoff_posts WHERE handoff_id IN "
                                 "(SELECT id FROM handoffs WHERE user_hash = ?) ORDER BY staff_message_id", (user_hash,))
            threads = conn.execute("SELECT DISTINCT thread_id FROM handoffs WHERE user_hash = ? AND thread_id IS NOT NULL",
                                   (user_hash,))
            return [m for (m,) in posts], [t for (t,) in threads]

        return self._store._run("hand-off traces", work, default=([], []), write=False)

    def staff_replied(self, handoff_id: int, at: datetime | None = None) -> None:
        self._write("hand-off reply", "UPDATE handoffs SET first_reply_at = COALESCE(first_reply_at, ?) WHERE id = ?",
                    (_iso(_utc(at)), handoff_id))

    def close(self, handoff_id: int, at: datetime | None = None) -> None:
        """Closed: the chat id is dropped; the times stay for the report."""
        self._write("hand-off close", "UPDATE handoffs SET status = 'closed', chat_id = NULL, closed_at = ? WHERE id = ?",
                    (_iso(_utc(at)), handoff_id))

    def add_alert(self, user_hash: str, chat_id: int, tier: str, at: datetime | None = None) -> int | None:
        def work(conn: sqlite3.Connection) -> int | None:
            return conn.execute(
                "INSERT INTO handoffs (kind, user_hash, tier, status, chat_id, opened_at) VALUES ('alert', ?, ?, 'open', ?, ?)",
                (user_hash, tier, chat_id, _iso(_utc(at)))).lastrowid

        return self._store._run("alert", work, default=None, write=True)

    def last_alert(self, user_hash: str) -> datetime | None:
        row = self._store._run("alert lookup", lambda c: c.execute(
            "SELECT MAX(opened_at) FROM handoffs WHERE user_hash = ? AND kind = 'alert'", (user_hash,)).fetchone(),
            default=None, write=False)
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def expire_alerts(self, keep: timedelta, now: datetime | None = None) -> None:
        """Alerts nobody answered within `keep`: close them and drop the chat id."""
        cutoff = _iso(_utc(now) - keep)
        self._write("alert expiry", "UPDATE handoffs SET status = 'closed', chat_id = NULL, closed_at = ? "
                    "WHERE kind = 'alert' AND status = 'open' AND opened_at < ?", (_iso(_utc(now)), cutoff))

    def handoff_times(self, *, days: int, now: datetime | None = None) -> list[tuple[datetime, datetime | None]]:
        """(opened, first staff reply or None) of every hand-off opened in the window."""
        start, end = _window(days, now)
        rows = self._store._run("hand-off times", lambda c: c.execute(
            "SELECT opened_at, first_reply_at FROM handoffs WHERE kind = 'handoff' AND opened_at BETWEEN ? AND ? "
            "ORDER BY id", (start, end)).fetchall(), default=[], write=False)
        return [(datetime.fromisoformat(o), datetime.fromisoformat(r) if r else None) for o, r in rows]
