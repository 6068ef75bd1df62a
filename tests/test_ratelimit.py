"""The per-user rate limit: a polite note once, then silence until the window has passed."""

from __future__ import annotations

from bot.telegram.ratelimit import RateLimiter


def test_rate_limiter_warns_once_then_drops_until_the_window_passes():
    now = [0.0]
    limiter = RateLimiter(3, window=60, clock=lambda: now[0])
    assert [limiter.check("u") for _ in range(5)] == ["ok", "ok", "ok", "warn", "drop"]
    assert limiter.check("other") == "ok"
    now[0] = 61
    assert limiter.check("u") == "ok"
    now[0] = 500
    limiter.forget_idle()
    assert limiter._hits == {}
