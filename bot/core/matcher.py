"""Match a patient's question against the FAQ, or hold back.

The FAQ is indexed once. A query is normalised the same way as the FAQ's own questions (folding,
contractions, spelling correction against the FAQ's vocabulary, staff synonyms, filler removal,
light stemming), then scored against every alternate question with two measures:

* an IDF-weighted overlap of words, where a word shared by many entries ("ketamine") counts for
  little, a distinctive word ("breastfeed") for a lot, and a word the FAQ never uses ("insurance")
  counts *against* the match, because it means the question is about something the FAQ lacks;
* rapidfuzz's token ratio over the normalised text, which rewards word order and near-spellings.

An entry's score is its best question's. Confidence looks at the margin over the runner-up entry as
well as the top score: a clear winner is answered, a plausible but contested one gets "did you
mean", and anything weaker gets the fallback.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from bot.core.knowledge import FaqEntry, Knowledge
from bot.core.text import MAX_MATCH_CHARS, words

# Words that carry no topic. They get a small fixed weight whatever the FAQ contains, so neither
# their presence nor their absence decides a match. Question words (what, when, how...) are not
# here on purpose: "when does it start" and "what is it" are different questions.
STOPWORDS = frozenset(
    """a an the i me my mine myself we our you your yours he she him her his it its they them their
    this that these those am is are was were be been being do does did doing have has had having
    will would shall should can could may might must of to in on at by for with about from into
    onto over under as and or but if so than then too very just also really any some there here
    not no yes get got go going thing things one anything something kind sort lot much many
    oh ok okay um uh like well still even ever only actually own use used using people person
    id once out up way ways find say said tell which best during look looks put day days week
    weeks month months year years time times now again new other else another such every each
    exist exists need want know think thought feel make made take give come let see try tried
    someone somebody anyone everyone everybody all both more most less least lots bit little""".split()
)

# Phrases that say nothing about the question. Removed before scoring (after folding).
FILLERS = tuple(
    tuple(phrase.split())
    for phrase in """hi|hello|hey|hiya|good morning|good evening|good night|quick question|a quick question|
    question|please|pls|thank you|thanks|thank u|sorry|excuse me|i was wondering|i am wondering|
    was wondering|wondering|i would like to know|i want to know|i wanted to know|i need to know|
    can you tell me|could you tell me|can you explain|could you explain|tell me|let me know|
    do you know|i have a question|i had a question|just curious|i am curious|curious|
    in general|by the way|btw|hola|por favor|gracias|buenas|dear""".replace("\n", "").split("|")
)

_SUFFIXES = ("ing", "ed", "es", "s")
STOPWORD_WEIGHT = 0.1
FUZZY_SHORTLIST = 64  # rows given the character-level comparison, by word overlap
GAP_PREFIX = "~not-covered:"  # ids of not_covered topics; "~" keeps them apart from real ids


def stem(word: str) -> str:
    """A deliberately small stemmer: 'symptoms'->'symptom', 'starts'->'start', 'working'->'work'.

    Applied to both sides alike, so consistency matters more than linguistic accuracy.
    """
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            return word[: -len(suffix)]
    return word


@dataclass(frozen=True)
class MatchSettings:
    """Weights and thresholds. Tuned on faq/tests.yaml, checked on the shared dev set."""

    answer_score: float = 0.56  # a close match needs this much lead over the runner-up...
    answer_margin: float = 0.08
    wide_answer_score: float = 0.40  # ...a looser match (long, wordy questions) needs a wide lead
    wide_answer_margin: float = 0.12
    suggest_score: float = 0.34
    suggest_window: float = 0.15
    max_suggestions: int = 3
    overlap_weight: float = 0.65  # within a question: word overlap vs. rapidfuzz ratio
    question_weight: float = 0.7  # per entry: best question vs. coverage by the entry's vocabulary
    answer_word_weight: float = 0.5  # words found only in the answer count this much in the vocabulary
    unknown_factor: float = 1.0  # weight of a word the FAQ never uses, relative to the rarest word


@dataclass(frozen=True)
class Candidate:
    entry: FaqEntry
    score: float


@dataclass(frozen=True)
class Match:
    """The matcher's verdict: `answer` set only when confident; `suggestions` when plausible."""

    answer: FaqEntry | None
    suggestions: tuple[FaqEntry, ...]
    score: float
    candidates: tuple[Candidate, ...]

    @property
    def outcome(self) -> str:
        if self.answer is not None:
            return "answered"
        return "suggested" if self.suggestions else "fallback"


class _Phrases:
    """Greedy longest-match replacement of word sequences: synonyms to canonical, fillers to nothing."""

    def __init__(self, pairs: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
        self.table: dict[tuple[str, ...], tuple[str, ...]] = {}
        for variant, replacement in pairs:
            self.table.setdefault(variant, replacement)
        self.longest = max((len(v) for v in self.table), default=1)

    def apply(self, tokens: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(tokens):
            for size in range(min(self.longest, len(tokens) - i), 0, -1):
                replacement = self.table.get(tuple(tokens[i : i + size]))
                if replacement is not None:
                    out.extend(replacement)
                    i += size
                    break
            else:
                out.append(tokens[i])
                i += 1
        return out


class Matcher:
    """Index a Knowledge once; `search(text)` is then cheap."""

    def __init__(self, knowledge: Knowledge, settings: MatchSettings | None = None) -> None:
        self.knowledge = knowledge
        self.settings = settings or MatchSettings()
        synonym_pairs = [(tuple(v.split()), tuple(c.split())) for v, c in knowledge.synonyms]
        self._synonyms = _Phrases(synonym_pairs)
        self._fillers = _Phrases([(f, ()) for f in FILLERS])

        # The spelling vocabulary: every word staff wrote in questions, keywords, titles, synonyms.
        raw_vocab: set[str] = set()
        for entry in knowledge.entries:
            for text in (*entry.questions, *entry.keywords, entry.title):
                raw_vocab.update(words(text))
        for gap in knowledge.not_covered:
            for text in gap.questions:
                raw_vocab.update(words(text))
        for variant, canonical in knowledge.synonyms:
            raw_vocab.update(variant.split())
            raw_vocab.update(canonical.split())
        self._vocab_set = frozenset(raw_vocab)
        self._vocab_by_initial: dict[str, list[str]] = defaultdict(list)
        for word in sorted(raw_vocab):
            if len(word) >= 4 and word.isalpha():
                self._vocab_by_initial[word[0]].append(word)
        self._correct = lru_cache(maxsize=4096)(self._correct_uncached)

        # Topics the documents do not answer take part in the ranking like entries, so a question
        # about cost lands on "cost" rather than on the nearest real entry; winning means fallback.
        self._gaps = [
            FaqEntry(id=f"{GAP_PREFIX}{gap.topic}", title=gap.topic, topic="", questions=gap.questions,
                     answer="", source="")
            for gap in knowledge.not_covered
        ]

        # One row per alternate question (keywords count as one more question of their entry).
        self._rows: list[tuple[FaqEntry, frozenset[str], str]] = []
        for entry in (*knowledge.entries, *self._gaps):
            texts = list(entry.questions)
            if entry.keywords:
                texts.append(" ".join(entry.keywords))
            for text in texts:
                tokens = self.normalise(text)
                if tokens:
                    self._rows.append((entry, frozenset(tokens), self._content(tokens)))
        self._row_texts = [row[2] for row in self._rows]
        self._row_entry_ids = [row[0].id for row in self._rows]
        self._by_id = {entry.id: entry for entry in (*knowledge.entries, *self._gaps)}

        # Each entry's vocabulary: its questions' words in full, its answer's words at a discount.
        # This lets a long question that borrows words from several phrasings still find its entry.
        entry_tokens: dict[str, set[str]] = defaultdict(set)
        for entry, tokens, _ in self._rows:
            entry_tokens[entry.id].update(tokens)
        self._vocabulary: dict[str, dict[str, float]] = {}
        for entry in (*knowledge.entries, *self._gaps):
            vocab = dict.fromkeys(self.normalise(entry.answer, correct=False), self.settings.answer_word_weight)
            vocab.update(dict.fromkeys(entry_tokens.get(entry.id, ()), 1.0))
            self._vocabulary[entry.id] = vocab

        # IDF over entries, not questions: a word is distinctive if few *entries* use it.
        n = max(len(self._vocabulary), 1)
        df: dict[str, int] = defaultdict(int)
        for vocab in self._vocabulary.values():
            for token in vocab:
                df[token] += 1
        self._idf = {t: math.log(1 + n / d) for t, d in df.items()}
        self._unknown_weight = self.settings.unknown_factor * math.log(1 + n)

        self._postings: dict[str, list[int]] = defaultdict(list)
        for index, (_, tokens, _) in enumerate(self._rows):
            for token in tokens:
                self._postings[token].append(index)
        self._row_weight = [sum(self.weight(t) for t in tokens) for _, tokens, _ in self._rows]
        self._entry_postings: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for entry_id, vocab in self._vocabulary.items():
            for token, factor in vocab.items():
                self._entry_postings[token].append((entry_id, factor))

    # normalisation ----------------------------------------------------------------------------

    def _correct_uncached(self, word: str) -> str:
        """A typo of an FAQ word ('breastfeading') becomes that word; anything else is left alone.

        Only unknown words of 5+ letters, within one edit (two for long words), with the same first
        letter: strict, because a wrong correction ('pregnant' -> 'permanent') is worse than none.
        """
        if word in self._vocab_set or word in STOPWORDS or len(word) < 5 or not word.isalpha():
            return word
        limit = 1 if len(word) < 9 else 2
        choices = self._vocab_by_initial.get(word[0], ())
        best = process.extractOne(word, choices, scorer=DamerauLevenshtein.distance, score_cutoff=limit)
        return best[0] if best else word

    def normalise(self, text: str, *, correct: bool = True) -> list[str]:
        """The word sequence both sides are compared on."""
        tokens = words(text[:MAX_MATCH_CHARS])
        if correct:
            tokens = [self._correct(w) for w in tokens]
        tokens = self._synonyms.apply(self._fillers.apply(tokens))
        return [t if t in STOPWORDS else stem(t) for t in tokens]

    @staticmethod
    def _content(tokens: list[str]) -> str:
        """The words that carry meaning, for the character-level comparison."""
        return " ".join(t for t in tokens if t not in STOPWORDS and not t.isdigit())

    def weight(self, token: str) -> float:
        if token in STOPWORDS or token.isdigit():
            return STOPWORD_WEIGHT
        return self._idf.get(token, self._unknown_weight)

    # search -----------------------------------------------------------------------------------

    def scores(self, text: str, *, limit: int = 10) -> list[Candidate]:
        """The best `limit` entries (and not-covered topics), best first."""
        tokens = self.normalise(text)
        query = frozenset(tokens)
        if not query or all(t in STOPWORDS for t in query):
            return []
        query_weight = sum(self.weight(t) for t in query)
        # Walk the postings of content words only; stopwords are in nearly every row, so their
        # (small) share is added afterwards, to the rows that share a content word.
        overlap: dict[int, float] = defaultdict(float)
        stop = query & STOPWORDS
        for token in query - stop:
            w = self.weight(token)
            for row in self._postings.get(token, ()):
                overlap[row] += w
        if not overlap:
            return []
        if stop:
            for row in overlap:
                overlap[row] += STOPWORD_WEIGHT * len(stop & self._rows[row][1])
        dice = {row: 2 * shared / (query_weight + self._row_weight[row]) for row, shared in overlap.items()}
        # The character-level ratio only for the rows with the most words in common: the rest
        # cannot win, and this keeps a query cheap however large the FAQ grows.
        shortlist = heapq.nlargest(FUZZY_SHORTLIST, dice, key=dice.get)
        fuzzy = {
            shortlist[index]: score / 100
            for _, score, index in process.extract(
                self._content(tokens), [self._row_texts[row] for row in shortlist],
                scorer=fuzz.token_sort_ratio, limit=None, score_cutoff=30,
            )
        }
        alpha = self.settings.overlap_weight
        best_question: dict[str, float] = defaultdict(float)
        for row, value in dice.items():
            score = alpha * value + (1 - alpha) * fuzzy.get(row, 0.0)
            entry_id = self._row_entry_ids[row]
            if score > best_question[entry_id]:
                best_question[entry_id] = score
        coverage: dict[str, float] = defaultdict(float)
        for token in query:
            w = self.weight(token)
            for entry_id, factor in self._entry_postings.get(token, ()):
                coverage[entry_id] += w * factor
        beta = self.settings.question_weight
        combined = {
            entry_id: beta * best_question.get(entry_id, 0.0) + (1 - beta) * coverage[entry_id] / query_weight
            for entry_id in coverage.keys() | best_question.keys()
        }
        ranked = heapq.nlargest(limit, combined.items(), key=lambda item: item[1])
        return [Candidate(self._by_id[entry_id], round(score, 4)) for entry_id, score in ranked]

    def search(self, text: str) -> Match:
        settings = self.settings
        candidates = self.scores(text)
        real = tuple(c for c in candidates if not c.entry.id.startswith(GAP_PREFIX))[:5]
        if not candidates or candidates[0].entry.id.startswith(GAP_PREFIX):
            # Nothing, or closest to a topic the documents do not answer: hold back.
            return Match(answer=None, suggestions=(), score=real[0].score if real else 0.0, candidates=real)
        top = candidates[0].score
        runner_up = candidates[1].score if len(candidates) > 1 else 0.0
        margin = top - runner_up
        if (top >= settings.answer_score and margin >= settings.answer_margin) or (
            top >= settings.wide_answer_score and margin >= settings.wide_answer_margin
        ):
            return Match(answer=candidates[0].entry, suggestions=(), score=top, candidates=real)
        if top >= settings.suggest_score:
            floor = max(settings.suggest_score, top - settings.suggest_window)
            picks = tuple(c.entry for c in real[: settings.max_suggestions] if c.score >= floor)
            return Match(answer=None, suggestions=picks, score=top, candidates=real)
        return Match(answer=None, suggestions=(), score=top, candidates=real)
