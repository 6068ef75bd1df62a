"""A learned second opinion for the crisis detector: wording the patterns and concepts did not read.

The patterns and concepts (bot/core/safety.py, bot/core/concepts.py) read ideas a person wrote down.
A message that uses none of their words, but many words that crisis messages use and ordinary ones
do not, still deserves the gentle check-in. This is a logistic regression over

- the stems of the words in the detector's reading (disguises undone, denials masked),
- pairs of neighbouring stems ("swim back", "not wake"),
- the concepts the lexicon found (means, farewell, time, ...), and
- the emoji in the message (🕊, 💀, 🌊),

trained on every labelled crisis batch in tests/data (crisis messages against tricky non-crises and
thousands of ordinary FAQ questions) by `python -m tests.train_crisis_model`, and shipped as
bot/core/crisis_model.json. It can only raise a verdict to CONCERN (the check-in with 988 first): it
never lowers one and never gives the full crisis reply by itself, so a weak weight costs a patient a
few seconds, not a missed crisis. Nothing is learned at run time and no message is kept.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import snowballstemmer

logger = logging.getLogger(__name__)

MODEL_PATH = Path(__file__).with_name("crisis_model.json")
MIN_WORDS = 2  # words (stop words aside) and emoji the model needs before it speaks
THRESHOLD = 0.6  # probability at which the check-in is shown; chosen by leaving batches 24-30 out in turn (README)

# Words too common to tell anything; their pairs still count ("i am" no, "am done" yes).
_STOP = frozenset("the a an and or to of in on at is are was were be been it this that for with".split())
_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=50_000)
def _stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def features(words: Iterable[str], concepts: Iterable[str], emoji: Iterable[str]) -> set[str]:
    """The model's features of one message: stems, neighbouring pairs, concepts, emoji."""
    stems = [_stem(w) for w in words]
    found = {"w:" + s for s in stems if s not in _STOP}
    found.update("b:" + a + "_" + b for a, b in zip(stems, stems[1:]))
    found.update("c:" + c for c in concepts)
    found.update("e:" + e for e in emoji)
    return found


def emoji_in(text: str) -> set[str]:
    """The pictographs in a message (variation selectors dropped): '🕊️' reads as '🕊'."""
    if text.isascii():
        return set()
    return {ch for ch in text if ord(ch) >= 0x2190 and not 0xFE00 <= ord(ch) <= 0xFE0F}


@dataclass(frozen=True)
class CrisisModel:
    weights: dict[str, float]
    bias: float

    def probability(self, found: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in found)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def concerned(self, found: set[str]) -> bool:
        """Whether the check-in is due. A message of one word ("tonight", "bye") tells the
        model too little; the chat's priming (bot/core/concepts.py) reads those after risk wording."""
        if sum(f[:2] in ("w:", "e:") for f in found) < MIN_WORDS:
            return False
        return self.probability(found) >= THRESHOLD


# A model that never speaks: what the detector uses if the shipped file cannot be read, so a broken
# install loses the second opinion and keeps every pattern and concept.
SILENT = CrisisModel(weights={}, bias=-30.0)


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> CrisisModel:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return CrisisModel(weights={str(k): float(v) for k, v in data["weights"].items()}, bias=float(data["bias"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        logger.error("crisis model %s could not be read (%s); patterns and concepts still run",
                     path.name, type(error).__name__)
        return SILENT
