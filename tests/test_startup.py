"""The crisis lexicon kept between starts (bot/core/__pycache__): a missing, damaged or stale copy is
built again, so crisis screening never depends on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core import safety


def _same(a, b) -> bool:
    return (a.phrases, a.prefixes, a.prefix_lengths, a._following) == (b.phrases, b.prefixes, b.prefix_lengths, b._following)


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The saved lexicon goes to tmp_path/__pycache__ (its digest covering a stand-in for the code)."""
    (tmp_path / "safety.py").write_text("# a stand-in for bot/core's code\n")
    monkeypatch.setattr(safety, "__file__", str(tmp_path / "safety.py"))
    return tmp_path / "__pycache__" / safety._SAVED_LEXICON.format(safety._lexicon_digest())


def test_a_damaged_saved_lexicon_is_built_again_and_replaced(elsewhere: Path) -> None:
    built = safety._build_lexicon()
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(b"half a file")
    assert _same(safety._lexicon.__wrapped__(), built)
    assert _same(safety._lexicon.__wrapped__(), built)  # now read from the rewritten copy
    assert elsewhere.read_bytes() != b"half a file"


def test_a_stale_copy_is_not_read_and_is_removed(elsewhere: Path) -> None:
    stale = elsewhere.with_name(safety._SAVED_LEXICON.format("0" * 24))
    stale.parent.mkdir()
    stale.write_bytes(b"from older code")
    assert _same(safety._lexicon.__wrapped__(), safety._build_lexicon())
    assert elsewhere.exists() and not stale.exists()


def test_without_source_files_nothing_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "__file__", str(tmp_path / "safety.py"))  # no .py beside it: no digest
    assert _same(safety._lexicon.__wrapped__(), safety._build_lexicon())
    assert not (tmp_path / "__pycache__").exists()
