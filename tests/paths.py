"""Where the tests find things: every path is inside this repository."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHIPPED_FAQ = REPO / "faq"
EVAL = REPO / "eval"  # the labelled development sets, with their README
DATA = REPO / "tests" / "data"  # regression sets and fixtures
