"""Tidy 53: behaviour-identical tidies of concepts.py and safety.py, and what the guard-size test counts."""

from __future__ import annotations

import pytest

from bot.core import concepts, safety


def test_a_guard_reads_each_continuation_once() -> None:
    """_guard_more and _entry_guard_more add a continuation only when the guard lacks it (a guard is read as a set)."""
    for entry in ("scars", "new scars", "bandages", "long sleeves", "new one"):
        words = concepts.ENTRY_GUARDS[entry].lstrip("!").split("/")
        assert len(words) == len(set(words)), entry
    assert concepts._guard_joined("!a/b", "b/c/c") == "!a/b/c"
    assert concepts._guard_joined("!", "a/b") == "!a/b"
    assert concepts._guard_joined("!a", "a") == "!a"


def test_the_guards_read_at_build_are_far_fewer_than_the_per_entry_count() -> None:
    """Lexicon.build reads each distinct guard string once (read_guards): ~9,700 words in ~440 strings, while the
    per-entry sum (test_safety's cap of 40,000) counts a shared guard once per entry that carries it."""
    distinct = set(concepts.ENTRY_GUARDS.values())
    assert sum(len(guard.split("/")) for guard in distinct) < 12_000


@pytest.mark.parametrize("text, asked", [
    ("is that question required for everyone", True),
    ("why do you ask", True),
    ("is this part mandatory", True),
    # a whole word now on both sides of the "|" (the lookahead bound only to the "why ... ask" alternative before)
    ("is this question normally asked", False),
    ("is that part standardized", False),
])
def test_the_question_about_the_question_is_whole_words(text: str, asked: bool) -> None:
    assert bool(safety._QUESTION_ASKED_51.search(f" {text} ")) is asked


@pytest.mark.parametrize("text, outing", [
    ("do we need floaties", False),  # "need" just before it (read "ned")
    ("we bought a pack of floaties", False),  # "of" and "off" read alike
    ("we bought floaties for the pool", True),
    ("her life jacket off", False),
])
def test_the_swim_outing_reads_of_and_off_alike(text: str, outing: bool) -> None:
    words = " " + safety.canonical(text).words + " "
    assert bool(safety._SWIM_OUTING_50.search(words)) is outing, words


def test_a_scald_concept_each_and_one_name_for_the_urge_allowed() -> None:
    assert all(not e.endswith("myself") for e in concepts._entries(concepts.LEXICON["r49_scald"]))
    assert "poured boiling water on myself" in concepts._entries(concepts.LEXICON["r51_scald_self"])
    assert safety._URGE_ALLOWED == frozenset({"image_urge"}) and not hasattr(safety, "_PICTURED")
