"""Words that dictation split apart, read back as one ('post part um' -> 'postpartum').

Voice-to-text writes a long word it does not know as the short words it hears: 'queta mina' for
'ketamina', 'glue to mate' for 'glutamate', 'post pardon' for 'postpartum'. Two or three adjacent
words whose letters, joined, spell a long word of the FAQ, or sound like one the FAQ's entries use,
are read as that word. Two real words stay two: words staff write side by side ('every day'), two
known words ('side effects'), a run that starts with a function word ('the rope') or ends in a known
word ('my mate said'). Linear in the message: each position tries a window of three words and one
of two, and each joined string is looked up once (cached).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

MIN_TARGET = 7  # only long words are rebuilt: short joins ('an' + 'other') are too often real
_WINDOWS = (3, 2)
_WHOLE = 4  # a known word this long that ends the run stands on its own ('mate said', 'main thing')

# The sound of a word as dictation hears it, English or Spanish: one vowel letter, voiced and
# voiceless consonants alike, silent h dropped ('queta mina' and 'ketamina' both give 'katamana').
_SOUNDS = (("ph", "f"), ("th", "t"), ("qu", "k"), ("ch", "\x00"), ("h", ""), ("\x00", "ch"), ("z", "s"),
           ("v", "b"), ("d", "t"), ("w", "u"), ("y", "i"))
_SOFT_C = re.compile(r"c(?=[ei])")
_VOWELS = re.compile(r"[aeiou]+")
_DOUBLE = re.compile(r"(.)\1+")


def sound_key(word: str) -> str:
    """'glutamate' and 'gluetomate' -> 'glatamata'; 'postpartum' and 'postparthim' -> 'pastpartam'."""
    word = _SOFT_C.sub("s", word)
    for written, sound in _SOUNDS:
        word = word.replace(written, sound)
    word = word.replace("c", "k")
    return _DOUBLE.sub(r"\1", _VOWELS.sub("a", word))


class WordJoiner:
    """Rebuild long FAQ words that arrive split into two or three words."""

    def __init__(self, targets: Iterable[str], *, heard: Iterable[str], known: frozenset[str], stopwords: frozenset[str],
                 reading: Callable[[str], object] = str, phrases: Iterable[tuple[str, ...]] = (),
                 written: Iterable[tuple[str, ...]] = (), whole: Iterable[str] = ()) -> None:
        self._targets = frozenset(t for t in targets if len(t) >= MIN_TARGET and t.isalpha() and t not in stopwords)
        self._known = known
        self._stopwords = stopwords
        self._reading = reading  # what a word means to the matcher: spellings of one word are one
        # Two words staff wrote side by side ('presion alta'): a piece that starts or ends such a
        # pair with its neighbour is that phrase, not half of a split word ('de presion alta').
        pairs = frozenset(p[i:i + 2] for p in phrases for i in range(len(p) - 1))
        self._pairs = frozenset(pair for pair in pairs if not stopwords.intersection(pair))
        # ...and two words staff write side by side anywhere are never joined ('every day').
        self._written = pairs | frozenset(p[i:i + 2] for p in written for i in range(len(p) - 1))
        # Sound-alikes lead only to words the FAQ's own entries use, not to the names and misspellings
        # of the synonym lists ('medicaid' is heard in 'my mate said').
        heard = self._targets.intersection(heard)
        self._whole = heard | self._targets.intersection(whole)  # words that are never a piece of another
        by_key: dict[str, set[str]] = defaultdict(set)
        for target in heard:
            by_key[sound_key(target)].add(target)
        self._by_key = {key: sorted(found) for key, found in by_key.items()}
        self._keys_by_initial: dict[str, list[str]] = defaultdict(list)
        for key in sorted(self._by_key):
            self._keys_by_initial[key[0]].append(key)
        self._lookup = lru_cache(maxsize=4096)(self._lookup_uncached)

    def apply(self, tokens: list[str]) -> list[str]:
        """`tokens` with each run of split words that rebuilds a long word replaced by that word."""
        out: list[str] = []
        i = 0
        count = len(tokens)
        while i < count:
            # The closest rebuilt word over the windows starting here; a tie goes to the longer window.
            best = None
            for size in _WINDOWS:
                if i + size <= count and (found := self._joined(tokens, i, size)):
                    ranked = (found[0], -size, found[1])
                    if best is None or ranked < best:
                        best = ranked
            if best is None:
                out.append(tokens[i])
                i += 1
            else:
                out.append(best[2])
                i -= best[1]
        return out

    def _joined(self, tokens: list[str], start: int, size: int) -> tuple[int, str] | None:
        pieces = tokens[start:start + size]
        joined = "".join(pieces)
        if len(joined) < MIN_TARGET or not (joined in self._targets or self._heard_shape(pieces)):
            return None  # too short for a long word, or neither spelled nor heard as one (the cheap test first)
        if not joined.isalpha() or any(p in self._whole for p in pieces):
            return None  # a long word the FAQ's entries use is whole, no piece of another ('es ketamina')
        end = start + size
        if (start and (tokens[start - 1], pieces[0]) in self._pairs) or \
                (end < len(tokens) and (pieces[-1], tokens[end]) in self._pairs) or \
                any(pair in self._written for pair in zip(pieces, pieces[1:])):
            return None  # words staff write side by side are two words ('every day', 'presion alta')
        known = [p for p in pieces if p in self._known and p not in self._stopwords]
        if joined in self._targets:
            # Two known words side by side are two words ('after birth', 'side effects'), however they join,
            # and function words alone are what they are ('quien es').
            return (0, joined) if len(known) < 2 and not all(p in self._stopwords for p in pieces) else None
        # Heard, not spelled: the pieces of a misheard word are short ('posparto ya' is no piece), and not
        # all known; it starts with no function word ('the rope', 'his pistol') and ends in no known one
        # ('treat it', 'mate said').
        if (len(known) == size or pieces[0] in self._stopwords or any(len(p) >= MIN_TARGET for p in pieces)
                or len(pieces[-1]) < (4 if size == 2 else 3) or self._is_word(pieces[-1])
                or (size == 2 and any(p in self._stopwords for p in pieces))):
            return None
        return self._lookup(joined, size == 2)  # one sound off only for two pieces ('post pardon')

    def _heard_shape(self, pieces: list[str]) -> bool:
        """The pieces could be a misheard word by their shapes alone (the tests in _joined that need no lookup)."""
        stopwords = self._stopwords
        return (pieces[0] not in stopwords and all(len(p) < MIN_TARGET for p in pieces)
                and len(pieces[-1]) >= (4 if len(pieces) == 2 else 3) and not self._is_word(pieces[-1])
                and not (len(pieces) == 2 and pieces[1] in stopwords))

    def _is_word(self, piece: str) -> bool:
        """A known word that ends a run stands on its own ('my mate said', 'the main thing')."""
        return len(piece) >= _WHOLE and (piece in self._known or piece in self._stopwords)

    def _lookup_uncached(self, joined: str, near: bool) -> tuple[int, str] | None:
        """The target `joined` sounds like, with its spelling distance; None when none or two that mean different things."""
        if len(joined) < MIN_TARGET:
            return None
        key = sound_key(joined)
        keys = [key] if key in self._by_key else []
        if near and len(key) >= 6:
            keys = [k for k, _, _ in process.extract(key, self._keys_by_initial.get(key[0], ()), limit=4,
                                                     scorer=DamerauLevenshtein.distance, score_cutoff=1)]
        # Never more than about a third of the letters changed, and at most two when the sound is off.
        found = sorted((distance, t) for k in keys for t in self._by_key[k]
                       if (distance := DamerauLevenshtein.distance(joined, t))
                       <= (max(2, len(joined) // 3) if k == key else 2))
        if not found:
            return None
        closest = {self._reading(t) for d, t in found if d == found[0][0]}
        return found[0] if len(closest) == 1 else None  # two words equally close that mean different things: neither
