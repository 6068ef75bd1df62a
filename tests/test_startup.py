"""The crisis lexicon kept between starts (bot/core/__pycache__): a missing, damaged or stale copy is
built again, so crisis screening never depends on it."""

from __future__ import annotations

import pickle
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
    monkeypatch.setattr(safety, "_IMPORTED_DIGEST", safety._lexicon_digest())  # as if imported from there
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


def test_another_python_versions_copy_is_left_alone(elsewhere: Path) -> None:
    # two Python versions sharing one checkout used to delete each other's copy and rebuild at every start
    other = elsewhere.with_name("crisis-lexicon-cpython-399-" + "0" * 24 + ".pickle")
    other.parent.mkdir()
    other.write_bytes(b"another version's copy")
    assert _same(safety._lexicon.__wrapped__(), safety._build_lexicon())
    assert elsewhere.exists() and other.read_bytes() == b"another version's copy"


def test_code_changed_on_disk_after_import_neither_reads_nor_keeps_a_copy(elsewhere: Path) -> None:
    # final review: a copy saved under the new code's digest would hold a lexicon built by the old code
    (elsewhere.parent.parent / "safety.py").write_text("# the code, updated under a running process\n")
    assert _same(safety._lexicon.__wrapped__(), safety._build_lexicon())
    assert not elsewhere.parent.exists()


def test_without_source_files_nothing_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "__file__", str(tmp_path / "safety.py"))  # no .py beside it: no digest
    assert _same(safety._lexicon.__wrapped__(), safety._build_lexicon())
    assert not (tmp_path / "__pycache__").exists()


def _digest_of(path: Path) -> str:
    return path.name.split("-")[-1].split(".")[0]


@pytest.mark.parametrize("saved", [
    "an empty lexicon with the right digest", "an empty lexicon alone", "an empty lexicon with another digest"])
def test_a_saved_copy_that_is_not_this_codes_lexicon_is_never_trusted(elsewhere: Path, saved: str) -> None:
    # review 35 (M1): an empty or foreign copy at the right name would switch crisis detection off without a word
    empty = safety.Lexicon(phrases={}, prefixes={})
    content = {"an empty lexicon with the right digest": (_digest_of(elsewhere), empty),
               "an empty lexicon alone": empty,
               "an empty lexicon with another digest": ("0" * 24, empty)}[saved]
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(pickle.dumps(content))
    assert _same(safety._lexicon.__wrapped__(), safety._build_lexicon())
    assert _same(safety._lexicon.__wrapped__(), safety._build_lexicon())  # the copy was replaced by a sound one
    assert pickle.loads(elsewhere.read_bytes())[0] == _digest_of(elsewhere)
    read = safety.read_concepts(safety.canonical("I have the pills ready, goodbye").words.split(), safety._lexicon.__wrapped__())
    assert read.tier is safety.Tier.CRISIS


def test_a_lexicon_that_cannot_be_saved_is_still_used(elsewhere: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # review 35 (M2): saving is only a shortcut; a failure of any kind while saving never reaches the screening
    def broken(*args, **kwargs):
        raise pickle.PicklingError("cannot pickle a local function")
    monkeypatch.setattr(safety.pickle, "dumps", broken)
    assert _same(safety._lexicon.__wrapped__(), safety._build_lexicon())
    assert not elsewhere.exists()


def test_a_copy_cut_short_while_saving_leaves_nothing_behind(elsewhere: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # review 35 (L3): a full disk mid-write leaves no half-written temporary file
    def full_disk(self: Path, data: bytes) -> int:
        with open(self, "wb") as out:
            out.write(data[:100])
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(Path, "write_bytes", full_disk)
    assert _same(safety._lexicon.__wrapped__(), safety._build_lexicon())
    assert list(elsewhere.parent.iterdir()) == []
