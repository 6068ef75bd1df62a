"""Per-user sliding-window rate limit. Crisis messages never pass through here."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable


class RateLimiter:
    """`check(user)` returns "ok", "warn" (first message over the limit: send one polite note)
    or "drop" (still over the limit: stay silent until the window has passed)."""

    def __init__(self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._hits: dict[Hashable, deque[float]] = {}
        self._warned: set[Hashable] = set()

    def check(self, user: Hashable) -> str:
        now = self.clock()
        hits = self._hits.setdefault(user, deque())
        while hits and now - hits[0] >= self.window:
            hits.popleft()
        if len(hits) < self.limit:
            hits.append(now)
            self._warned.discard(user)
            return "ok"
        if user in self._warned:
            return "drop"
        self._warned.add(user)
        return "warn"

    def forget_idle(self) -> None:
        """Drop users with no recent messages, so memory stays bounded over months of running."""
        now = self.clock()
        for user in [u for u, hits in self._hits.items() if not hits or now - hits[-1] >= self.window]:
            del self._hits[user]
            self._warned.discard(user)
