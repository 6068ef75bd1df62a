"""Crisis detection: does this message need the crisis contacts, and how surely?

The verdict has a tier: CRISIS (the full crisis reply), CONCERN (a gentle check-in with 988: the
wording is ambiguous, and a false alarm costs a few seconds) or NONE. Both CRISIS and CONCERN show
the contacts. `risk` says the message carries risk wording, so the chat's next few messages are
checked `primed` and a thought split over two messages ("I've made up my mind" ... "bye") is caught.

Independent of the matcher, run first on every message, and never overruled. Missing a person in
crisis is the worst failure this product can have and a false alarm is cheap, so the patterns lean
towards firing. Negation does not suppress them ("I'm not suicidal but..." still fires).

How a message is read:
1. `canonical()` undoes the usual disguises: look-alike letters (Cyrillic, Greek, fullwidth, small
   caps, circled), invisible characters, leetspeak inside words (k1ll, $uicide, d13; an ambiguous
   "1", "|" or "!" is read as "i" or "l", whichever makes a word we know), censoring stars (k*ll),
   letters spaced or dotted out (s u i c i d e, k.i.l.l m.y.s.e.l.f, i w a n t t o d i e: the
   letters are joined and split back into known words), words split in two (sui cide), repeated
   letters (diieee), apostrophes, contractions and chat spellings (don't, dont -> do not, as
   bot.core.text reads them for the matcher; u -> you; thinkin -> thinking). Unicode is folded by
   bot.core.text.fold_unicode(), the disguise reading is added on top. Repeated letters are squashed to one in the text *and* in the patterns, so "kill"
   and "kiiill" both read "kil".
2. Misspelled key words are corrected against a short list (suicidel -> suicidal, myslef ->
   myself, wnat -> want), only by edits a typist plausibly makes and never on a word the patterns
   already know, so ordinary words are not turned into alarming ones. Alarming words run
   together ("killmyself") are split apart.
3. Phrase patterns grouped by family (suicidal, passive, self-harm, means, harm-baby, spanish;
   the tables are in bot/core/crisis_patterns.py) are searched in the result: any match is CRISIS. They are built from a small word-slot notation into regexes with
   bounded gaps only, so matching stays linear in the length of the message (no nested unbounded
   quantifiers, no catastrophic backtracking). A pattern is only searched when, for each of its
   required slots, one of the slot's words occurs in the message, and in a long message only in
   windows around its rarest words, which keeps long messages cheap.
4. Concepts (bot/core/concepts.py) read the ideas behind wording nobody wrote down: a means and
   access to it, a farewell and a time, violence to a child and an urge. Two that belong together
   are CRISIS, one strong concept alone is CONCERN.
5. When nothing above fired, a learned second opinion (bot/core/crisis_model.py: word stems, pairs,
   concepts and emoji, weighted by a logistic regression trained on the labelled batches) can raise
   the verdict to CONCERN, never higher, for wording no pattern or concept reads.

Ambiguity is settled by context, not by negation: "can ketamine hurt my baby" is a question about
the medication (the harm has no person as its subject) while "I'm scared I'll hurt my baby" is a
thought of harm; "my feet are killing me" and "me muero de sueño" are idioms. Guards that keep
idioms out name their continuations word for word ("die of embarrassment", "live with my in-laws")
because people in distress type run-on sentences: "i want to die my baby deserves better" must
still fire, so a bare "my" or "when" after a crisis phrase never switches it off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

import rapidfuzz
from rapidfuzz.distance import DamerauLevenshtein

from bot.core import concepts as _concepts
from bot.core.concepts import EMOJI, ConceptReading, Lexicon, Tier, read_concepts
from bot.core.crisis_model import CrisisModel, emoji_in, load_model
from bot.core.crisis_model import features as model_features_of
from bot.core.crisis_patterns import FAMILIES, MEANS, VEXED_BY
from bot.core.joins import WordJoiner
from bot.core.text import fold_unicode, words as text_words

# --- reading through disguises ----------------------------------------------------------------

_LOOKALIKES = str.maketrans({
    # Cyrillic (upper case is folded to these first)
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ɡ": "g", "ӏ": "l", "һ": "h", "ԛ": "q", "ԝ": "w", "п": "n", "и": "u", "г": "r", "я": "r",
    "ш": "w", "щ": "w", "ь": "b", "ъ": "b", "д": "d", "б": "b", "ц": "u", "л": "n", "ғ": "f",
    "ө": "o", "ү": "y", "ҝ": "k", "ҡ": "k", "ӑ": "a", "ӓ": "a", "ӗ": "e", "ԑ": "e",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "s", "σ": "s", "λ": "l", "μ": "u", "δ": "d",
    "π": "n", "γ": "y", "θ": "o", "ϲ": "c", "ϳ": "j", "ζ": "z",
    # Armenian
    "օ": "o", "ս": "u", "ց": "g", "հ": "h", "ո": "n", "ա": "w", "լ": "l",
    # Latin look-alikes NFKC keeps, small capitals, IPA letters
    "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ǀ": "l", "ɩ": "i", "ɑ": "a",
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i",
    "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ʀ": "r",
    "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z", "ɘ": "e", "ə": "e",
    "ɛ": "e", "ɔ": "o", "ʋ": "u", "ɐ": "a",
    # Letters from symbol blocks that NFKC leaves alone: regional indicators, negative squares
    **{chr(0x1F1E6 + i): chr(97 + i) for i in range(26)},
    **{chr(0x1F150 + i): chr(97 + i) for i in range(26)},
    **{chr(0x1F170 + i): chr(97 + i) for i in range(26)},
    # Emoji that stand for a word: "thinking about 💀 myself", "take all my 💊". The skull reads
    # "skull", not "kill" or "dead", because "i'm 💀" on its own is laughter.
    "💀": " skull ", "☠": " skull ", "⚰": " coffin ", "🪦": " tombstone ", "🔪": " knife ",
    "🗡": " knife ", "💊": " pills ", "😴": " sleep ", "💤": " sleep ", "🔫": " gun ", "🪢": " rope ", "🩸": " blood ", "🩹": " bandaid ",
    "♾": " forever ", "✂": " scissors ",  # round 11: "😴♾️", "✂️ on my arm again"
    # Laughter drawn instead of typed reads as "lol": a joke, which the concepts weigh as one.
    "😂": " lol ", "🤣": " lol ", "😆": " lol ", "😹": " lol ",
    # The upside-down face says the words before it are not meant: "i'm fine 🙃".
    "🙃": " ironically ",
    # Places and means drawn instead of named: "🌉⬇️", "🚆🛤️ soon", "👶🛁🌊 keep seeing it".
    "🌉": " bridge ", "🛤": " train tracks ", "🚆": " train ", "🚂": " train ", "🚄": " train ",
    "🪟": " out the window ", "🛁": " in the tub ", "🌊": " water ", "👶": " baby ", "🍼": " baby ",
    # Round 44: a car drawn into a wall or a tree, "🚗💨🧱 tonight. hopefully" (the concepts read "car wall").
    "🚗": " car ", "🚙": " car ", "🚘": " car ", "🏎": " car ", "🚐": " car ", "🛻": " car ", "🚕": " car ",
    "🧱": " wall ", "💥": " crash ", "🌳": " tree ", "🌲": " tree ",
    # Round 51: a hush and a flame drawn, "want to 🤫 him permanently", "🔥 on my skin again" (the concepts read the rest)
    "🤫": " shush ", "🔥": " fire ",
    # Round 55: a cross after a person strikes them out, a dove marks a death ("bebé ❌ yo ❌ los dos juntos 🕊️"); the
    # concepts read them only beside a person or a death, never alone ("sleep ❌ coffee ✅", "bautizo 🕊️").
    "❌": " xmark ", "✖": " xmark ", "🕊": " whitedove ",
})
# An emoji, or a short group of them (spaces between allowed), typed over and over says no more than
# three times would: "👶🛁" x 5000 would otherwise become 5000 copies of "baby in the tub" for every
# pattern to read. Runs of more than three are cut to three.
_EMOJI_BLOCKS = "".join(f"{chr(low)}-{chr(high)}" for low, high in ((0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF)))
# Review 46 (C): the phone forms of an emoji carry a variation selector (U+FE0F: "☠️", "❤️") or are joined into one
# (U+200D: "👩‍👧"); those belong to the emoji, and a group may be up to 16 of them ("😭🔪😭💊😭🔪😭💊👶" x 1000).
_EMOJI_REPEATS = re.compile(rf"((?:[{_EMOJI_BLOCKS}][\uFE0F\u200D]*\s*){{1,16}}?)\1{{3,}}")
# Characters that render as nothing (format characters, fillers, tag characters): removed
# outright, so "sui\u200bcide" reads "suicide". Any other control character reads as a space.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)
_ASCII_FOLD = str.maketrans({**{i: " " for i in range(32)}, 127: " ", ord("`"): "'"})
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc`\u00b4\u2032", "'"))

# A capital I inside a lower-case word is usually a disguised l ("kiII"): mark it as ambiguous.
_CAPITAL_I = re.compile(r"(?<=[a-z])I+")
_CAPITAL_I_HINT = re.compile(r"[a-z]I")
_AMBIGUOUS_I = "ı"  # read as "i" or "l", like "1", "|" and "!"

_LEET = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s",
         "+": "t", "€": "e", "9": "g", "6": "b"}
_LEET_IL = "1|!" + _AMBIGUOUS_I
_LEET_CHARS = "".join(_LEET) + _LEET_IL
_LC = re.escape(_LEET_CHARS)
_LEET_RUN = re.compile(rf"[{_LC}]+")
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789" + _LEET_CHARS)
# Single letters (or leet characters) spaced or dotted out: "s u i c i d e", "k.1.l.l".
# (A "letter" may be typed a few times over: "k i l l l l", "5 5 5 u", "d i I i e".)
def _unit(group: int) -> str:
    return rf"(?:[i{_AMBIGUOUS_I}]{{2,9}}|([a-z0-9{_LC}])\{group}{{0,8}})"


_SPACED_LETTERS = re.compile(
    rf"(?<![a-z0-9{_LC}])(?:{_unit(1)}[^a-z0-9{_LC}\n]{{1,3}}){{2,}}{_unit(2)}(?![a-z0-9{_LC}])")
_SPACED_UNIT = re.compile(rf"[i{_AMBIGUOUS_I}]{{2,}}|([a-z0-9{_LC}])\1*")
# Censored words: "k*ll", "su*cide", "d#e".
_CENSORED = re.compile(r"(?<![a-z*#])[a-z]{0,12}[*#]{1,3}[a-z]{0,12}(?:[*#]{1,3}[a-z]{0,12})?(?![a-z*#])")
# Words whose double letter carries the meaning, read before repeated letters are squashed: "bb"
# and "bby" are baby (squashed they would read "b", be, and "by"), "soon" is not "son".
_DOUBLED = re.compile(r"(?<![a-z0-9])(?:(bb+y?)|(no{2,}[sz]e)|so{2,}n)(?![a-z0-9])")
_REPEATS = re.compile(r"([a-z])(?=\1)")  # a letter the same letter follows
_NON_WORD = re.compile(r"[^a-z0-9]+")
# Cheap scans for "three spaced-out letters in a row" (on text padded with spaces), the second
# for when a letter may be typed more than once (repeated a-z letters are squashed before).
_SPACED_HINT = re.compile(rf"[^a-z0-9{_LC}](?:[a-z0-9{_LC}][^a-z0-9{_LC}\n]{{1,3}}){{2}}[a-z0-9{_LC}][^a-z0-9{_LC}]")
_SPACED_UNITS_HINT = re.compile(
    rf"[^a-z0-9{_LC}](?:{_unit(1)}[^a-z0-9{_LC}\n]{{1,3}}){{2}}{_unit(2)}[^a-z0-9{_LC}]")
_REPEATED_LEET = re.compile(rf"([{_LC}])\1")
_WORD_TABLE = str.maketrans({c: " " for c in map(chr, range(128)) if not ("a" <= c <= "z" or "0" <= c <= "9")})
_CENSOR_WORDS = ("kill", "killing", "die", "dying", "dead", "suicide", "suicidal", "myself", "cut",
                 "cutting", "hurt", "harm", "unalive", "self", "overdose", "death", "morir", "matarme")

# The few mangled forms a joined-up run of single letters is checked for, with no spaces at all,
# when it could not be split back into words.
_COMPACT_ROOTS = tuple(_REPEATS.sub("", root) for root in (  # squashed, as the runs are
    "suicid", "unaliv", "kilmyself", "kilmyslf", "kms", "kys", "selfharm", "wantodie",
                  "wanadie", "endmylife", "hurtmyself", "cutmyself", "overdos", "matarme", "morir",
                  "hurtmybaby", "kilmybaby", "harmmybaby", "endmyself", "endit", "notwakeup", "kilme", "die",
                  "betterofwithoutme", "suisid", "sucid"))


def _undouble(text: str) -> str:
    """_DOUBLED words as a spelling squashing keeps apart ('soon' -> 'shortly', 'bby' -> 'baby',
    'noose' -> 'noze': squashed it would read 'nose')."""
    if "bb" not in text and "soo" not in text and "noo" not in text:
        return text
    if _SPACED_UNITS_HINT.search(f" {text} "):  # "b aaa bb y": letters spaced out, joined later
        return text
    return _DOUBLED.sub(lambda m: " baby " if m.group(1) else " noze " if m.group(2) else " shortly ", text)


def squash(text: str) -> str:
    """Repeated letters to one: 'kiiill' -> 'kil', 'worthless' -> 'worthles'."""
    return _REPEATS.sub("", text)


_REGEX_PART = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|[a-z]+")  # an escape, a group name, or a run of letters


class LazyPattern:
    """A regex compiled the first time it is used: half of the reading patterns below wait for
    wording an ordinary message never has, and compiling them all took a tenth of a second of every
    start. `.pattern` is there at once; the first search, sub... compiles, and puts the compiled
    pattern's own methods on the instance, where they are found before these."""

    _METHODS = ("search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern

    def _compiled(self) -> re.Pattern[str]:
        compiled = re.compile(self.pattern)
        for method in self._METHODS:
            setattr(self, method, getattr(compiled, method))
        return compiled

    def search(self, *args: Any) -> re.Match[str] | None:
        return self._compiled().search(*args)

    def match(self, *args: Any) -> re.Match[str] | None:
        return self._compiled().match(*args)

    def fullmatch(self, *args: Any) -> re.Match[str] | None:
        return self._compiled().fullmatch(*args)

    def sub(self, *args: Any, **kwargs: Any) -> str:
        return self._compiled().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> tuple[str, int]:
        return self._compiled().subn(*args, **kwargs)

    def finditer(self, *args: Any) -> Any:
        return self._compiled().finditer(*args)

    def findall(self, *args: Any) -> list[Any]:
        return self._compiled().findall(*args)

    def split(self, *args: Any, **kwargs: Any) -> list[str]:
        return self._compiled().split(*args, **kwargs)


def _reading_pattern(source: str) -> LazyPattern:
    """A regex over the reading (canonical().words), its literal words spelt as the reading spells them.

    The reading squashes every repeated letter ("goodbye" -> "godbye", "really" -> "realy"), so a word
    written with a double letter in a pattern could never match. Each run of letters in `source` is
    squashed here (escapes such as \\b and group names are left alone), so patterns can be written
    in plain spelling. Regexes run on the raw text, before squashing, keep re.compile(). Compiled on
    first use (LazyPattern).
    """
    return LazyPattern(_REGEX_PART.sub(lambda m: squash(m.group(0)) if m.group(0).isalpha() else m.group(0), source))


def _reading_words(text: str) -> frozenset[str]:
    """Words to look up in the reading, squashed as it is (see _reading_pattern)."""
    return frozenset(squash(word) for word in text.split())


# --- chat spellings, contractions, split words --------------------------------------------------
# Contractions as people type them. bot.core.text.words() says what each stands for ("can't" ->
# "can not"), so the detector reads them in the same direction as the matcher; typed without the
# apostrophe ("cant") or with it read as a space ("can t") they read the same.
_CONTRACTED = ("don't doesn't didn't can't cannot won't wouldn't couldn't shouldn't isn't aren't "
               "wasn't weren't haven't hasn't i'm i've i'll i'd it's that's what's there's she's "
               "he's they're you're let's").split()
# Spellings of the same kind that bot.core.text leaves as they are, read in its direction.
_MORE_CONTRACTIONS = {
    "hadnt": "had not", "hadn t": "had not", "theyd": "they would", "ill": "i will", "id": "i would",
    "its": "it is", "iam": "i am", "shes": "she is", "hes": "he is", "theyre": "they are",
    "youre": "you are", "thats": "that is", "whats": "what is", "theres": "there is",
    "itd": "it would", "thatd": "that would",
}


def _contractions() -> dict[str, str]:
    table = dict(_MORE_CONTRACTIONS)
    for form in _CONTRACTED:
        expanded = " ".join(text_words(form))
        if "'" in expanded:
            continue
        for typed in (form.replace("'", ""), form.replace("'", " ")):
            if typed != expanded:
                table[typed] = expanded
    return table


# Written plainly; keys and values are squashed when the tables are built. Applied to the message
# and to every pattern alternative alike, so patterns can be written in one spelling.
_SPELLINGS = {
    **_contractions(),
    "any more": "anymore", "no one": "noone", "every one": "everyone",
    # chat spellings
    # round 55 (falarm55): ketamine spelt by ear in Spanish ("la queta mina", "quetamina", "cetamina") is "ketamina"
    "queta mina": "ketamina", "keta mina": "ketamina", "quetamina": "ketamina", "cetamina": "ketamina",
    # round 56 (mend55): "queta" alone is also a name (Enriqueta) and a wish to die by it is no treatment: read as
    # ketamina only after a treatment word ("sesión de queta", "dosis de queta"; not "sobredosis de queta")
    **{f"{treatment} {joined} queta": f"{treatment} {joined} ketamina" for joined in ("de", "con")
       for treatment in "sesion sesiones infusion infusiones dosis tratamiento terapia clinica".split()},
    "u": "you", "ur": "your", "r": "are", "abt": "about", "bc": "because", "cuz": "because",
    "coz": "because", "rn": "right now", "tn": "tonight", "tonite": "tonight", "2nite": "tonight",
    "tmrw": "tomorrow", "tmr": "tomorrow", "2moro": "tomorrow", "idc": "i do not care",
    "idk": "i do not know", "idw": "i do not want", "idwt": "i do not want to", "imma": "i am going to",
    "ima": "i am going to", "ion": "i do not", "finna": "going to", "ppl": "people", "every1": "everyone",
    "evry1": "everyone", "any1": "anyone", "some1": "someone", "sum1": "someone", "b4": "before",
    "4ever": "forever", "4eva": "forever", "thru": "through", "bf": "boyfriend",
    "gf": "girlfriend", "hubby": "husband", "dnt": "do not", "cnt": "can not", "wnt": "want",
    "wud": "would", "cud": "could", "shud": "should", "wanna": "want to", "wana": "want to",
    "gonna": "going to", "gona": "going to", "gotta": "got to", "hafta": "have to",
    "tryna": "trying to", "kinda": "kind of", "dunno": "do not know", "plz": "please",
    "pls": "please", "noone": "noone", "nobdy": "nobody", "anymor": "anymore", "lyf": "life",
    "lyfe": "life", "lif": "life", "slf": "self", "myslf": "myself", "dei": "die",
    "x": "por", "xq": "porque", "pq": "porque", "q": "que", "tmb": "tambien", "tb": "tambien", "x que": "porque",
    "x q": "porque", "porq": "porque", "kiero": "quiero", "kieres": "quieres", "kisiera": "quisiera", "kise": "quise",
    "kisiste": "quisiste",
    "bout": "about", "ke": "que", "nomas": "nada mas", "pa": "para", "b": "be", "agin": "again",
    "agen": "again",
    # round 51: "voy" spelled by ear after a Spanish pronoun ("ya no los boy a nesesitar"); "boy" alone is English
    **{f"{pron} boy": f"{pron} voy" for pron in "yo ya no me te se lo la los las le les nos".split()},
    **{f"{pron} bamos": f"{pron} vamos" for pron in "ya no nos se".split()},
    # round 55: "de" and "en" cut to one letter before a Spanish article ("salirme d este mundo", "hoy n la noche")
    **{f"{cut} {article}": f"{whole} {article}" for cut, whole in (("d", "de"), ("n", "en"))
       for article in "la el los las este esta mi mis".split()},
    # Spanish diminutives read as the plain word: "la boquita" is "la boca", "el bracito" "el brazo"
    "boquita": "boca", "naricita": "nariz", "carita": "cara", "cuellito": "cuello", "bracito": "brazo",
    "piernita": "pierna", "manita": "mano", "manitas": "manos", "cabecita": "cabeza",
}
# Words the split-word repair joins back: "sui cide" -> "suicide", "un alive" -> "unalive".
_JOINABLE = ("suicide", "suicidal", "suicidally", "overdose", "overdosing", "overdosed", "unalive",
             "unaliving", "herself", "himself", "themselves", "goodbye", "selfharm", "suicidarme",
             "matarme", "myself")

# Words worth correcting when misspelled. Only tokens the patterns do not already know are
# corrected, only towards a word starting with the same letter, and (under 8 letters) only by one
# edit a typist makes: a swap, a dropped or doubled letter, or a neighbouring key.
_KEY_WORDS = """
    suicide suicidal suicidally suicides myself herself himself themselves yourself overdose
    overdosing overdosed unalive unaliving killing hurting harming cutting burden anymore without
    alive living strangle smother suffocate drowning stockpile stockpiling hanging lethal goodbye
    disappear intrusive newborn daughter deserve exist tylenol acetaminophen oxycodone ibuprofen
    percocet thoughts strangling smothering suffocating stabbing wrists dying death forever tonight
    everyone nobody suicidarme suicidio suicida matarme morirme desaparecer despertar pastillas
    quitarme sobredosis lastimar viviendo ahorcarme cortarme lastimarme""".split()
# Short words: a swap of two neighbouring letters is corrected (wnat -> want, lfie -> life); the
# four-letter ones also lose a dropped letter or a neighbouring key (lfe, wsnt, hurg -> hurt), except
# where that makes a real word (_SHORT_REAL: "ham", "lite", "hrt" is hormone therapy).
_SHORT_KEYS = ("want", "life", "self", "hurt", "harm", "live", "die", "kms")
_SHORT_REAL = frozenset("""
    ant wan wang wat sant waht wany lice lide lite lire ife lifs elf sel sef delf welf selv selt
    seld burt gurt hur hurr hury hut hutt urt yurt hrt barm garm ham har hark yarm haem liv livs
    livd lige""".split())
# Real words one plausible edit from a key word; never corrected.
_PROTECT = frozenset(squash(w) for w in """
    loving strange stranger strangers strangely overdone overdid overdue lastima despertador dyeing
    polls pulls putting kidding kissing kicking exciting hunting banging butter bitter letter alike
    olive hurtling hurling exits deaths struggling struggled struggles viniendo vivienda
    contarme contarte contarle contarles contarnos portarme portarse cortarle cortarles montarme""".split())

# Spanish verb endings (they cut, they were, we, you did): a word ending so is a form, not a typo.
_VERB_ENDINGS = ("ron", "ban", "mos", "ste")

_QWERTY = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbour_keys() -> dict[str, str]:
    where = {ch: (row, col + 0.5 * row) for row, keys in enumerate(_QWERTY) for col, ch in enumerate(keys)}
    return {a: "".join(b for b, (r2, c2) in where.items() if b != a and abs(r1 - r2) <= 1 and abs(c1 - c2) <= 1.0)
            for a, (r1, c1) in where.items()}


_NEAR = _neighbour_keys()


def _one_typo(word: str, key: str) -> bool:
    """True when `word` is `key` with one typist's slip: swap, dropped or extra letter, a
    neighbouring key, or one vowel for another (burdon -> burden)."""
    if len(word) == len(key):
        diff = [i for i in range(len(word)) if word[i] != key[i]]
        if len(diff) == 1:
            a, b = word[diff[0]], key[diff[0]]
            return b in _NEAR.get(a, "") or (a in "aeiou" and b in "aeiou")
        return (len(diff) == 2 and diff[1] == diff[0] + 1
                and word[diff[0]] == key[diff[1]] and word[diff[1]] == key[diff[0]])
    if abs(len(word) - len(key)) == 1:
        short, long = (word, key) if len(word) < len(key) else (key, word)
        return any(long[:i] + long[i + 1:] == short for i in range(len(long)))
    return False


# --- the pattern notation lives in bot/crisis_patterns.py (FAMILIES) ---------------------------

# --- compiling the notation -------------------------------------------------------------------

def _alternation(words: Iterable[str]) -> str:
    """Alternatives as a regex shaped like a prefix tree: 'end|ending|end it' -> 'end(?:ing| it)?'.

    Same language as a flat "a|b|c", but the engine rules out a branch on its first character,
    so a slot of a hundred alternatives costs a few comparisons per position.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(trie)


def _table(pairs: dict[str, str]) -> tuple[re.Pattern[str], dict[str, str]]:
    """A word-sequence replacement table as one regex over padded text, keys squashed."""
    table = {squash(k): squash(v) for k, v in pairs.items() if squash(k) != squash(v)}
    alternatives = sorted(table, key=len, reverse=True)
    return re.compile(" " + _alternation(alternatives) + "(?= )"), table


_SPELL_RE, _SPELL = _table(_SPELLINGS)
_SPLIT_RE, _SPLIT = _table({
    f"{squash(w)[:i]} {squash(w)[i:]}": w for w in _JOINABLE for i in range(2, len(squash(w)) - 1)})


def _spell(padded: str) -> str:
    """Unify spellings in squashed ' word word ' text: 'dont' -> 'do not', 'u' -> 'you'."""
    return _SPELL_RE.sub(lambda m: " " + _SPELL[m.group(0)[1:]], padded)


def _normalize(padded: str) -> str:
    """Squash repeats and unify spellings in ' word word ' text (shared by messages and patterns)."""
    return _spell(squash(_undouble(padded)))


@lru_cache(maxsize=None)
def _alternatives(slot: str) -> tuple[str, ...]:
    words = {_alternative(a) for a in slot.split("/") if a}
    return tuple(sorted((w for w in words if w), key=len, reverse=True))


@lru_cache(maxsize=None)
def _alternative(words: str) -> str:
    """One alternative of a slot, read as a message is (half of them recur in other slots)."""
    return _normalize(" " + words.replace("_", " ") + " ").strip()


def _slot(slot: str) -> str:
    if slot == "$":
        return "$"
    if slot == "^":
        return "(?<=^ )"
    if re.fullmatch(r"~\d", slot):
        return f"(?:[a-z0-9]+ ){{0,{slot[1:]}}}"
    if slot.startswith("!<"):  # a look-behind has a fixed width: one per length of alternative
        by_length: dict[int, list[str]] = {}
        for a in _alternatives(slot[2:]):
            by_length.setdefault(len(a), []).append(a)
        return "".join(f"(?<! {_alternation(group)} )" for group in by_length.values())
    if slot.startswith("!"):
        return "(?!(?:" + _alternation(_alternatives(slot[1:])) + ") )"
    optional = slot.endswith("?") and len(slot) > 1
    alternatives = _alternatives(slot.rstrip("?") if optional else slot)
    words = [a for a in alternatives if not a.endswith("$")]
    body = "(?:" + _alternation(words) + ") " if words else ""
    for at_end in (a for a in alternatives if a.endswith("$")):  # "$" or "words_$": then the end
        body += ("|" if body else "") + (re.escape(at_end[:-1].strip()) + " $" if at_end != "$" else "$")
    return f"(?:{body})?" if optional else f"(?:{body})"


def compile_phrase(phrase: str) -> re.Pattern[str]:
    """The slot notation above, as a regex over canonical text (words padded by single spaces).

    The pattern starts with a literal space (the one before the first word), which lets the regex
    engine skip ahead quickly; every slot consumes its words with their trailing space. When the
    phrase opens with look-behind guards, its first slot is looked ahead for before them, so the
    guards are only evaluated where that slot's words stand.
    """
    slots = phrase.split()
    parts = [_slot(s) for s in slots]
    for i in range(len(slots) - 1):
        # Before a guard the words are taken whole ("wake up", never "wake" + "up early"), so the
        # guard is checked after the longest alternative there is, without backtracking.
        if slots[i + 1].startswith("!") and not slots[i + 1].startswith("!<") and slots[i][0] not in "~$^!":
            parts[i] = f"(?>{parts[i]})"
    guards = 0
    while guards < len(slots) and slots[guards].startswith("!<"):
        guards += 1
    first = slots[guards] if 0 < guards < len(slots) else ""
    peek = f"(?={_slot(first)})" if first and not first.endswith("?") and first[0] not in "~$^!" else ""
    return re.compile(" " + peek + "".join(parts))


# Words too common to tell a message apart; a pattern is never gated on them.
_COMMON = frozenset(_normalize(" " + """
    i im ive id ill me my you your he she her him his it its we our they them their the a an
    and or but so to of in on at for with about from by as is are was were be been being am do dont
    does did didnt not no yes just really very too more most all any some every can cant could would
    should will wont might may must have has had get got go going want wanted like feel felt think
    know need this that these those what whats when where who why how if then than there here now
    today tonight time day night baby babies kid kids son daughter husband mom one up out down off
    again still even ever never always sometimes lot much many make made take took give keep let
    see say said tell told try trying thing things way back after before over want to
""" + " ").split())


def _gates(phrase: str) -> tuple[frozenset[str], ...]:
    """For each required slot, words of which one must occur for the phrase to match.

    From each alternative we keep its least common, longest word (all of an alternative's words
    occur when it matches). Sorted rarest slot first; the first one also anchors the search
    windows of a long message. Empty when the phrase has no required slot (always searched).
    """
    gates = []
    for slot in phrase.split():
        if (slot in ("$", "^") or slot.startswith("~") or slot.startswith("!") or slot.endswith("?")
                or "$" in slot):  # nothing need occur for these
            continue
        picks = frozenset(min(alt.split(), key=lambda w: (w in _COMMON, -len(w))) for alt in _alternatives(slot))
        gates.append((sum(1000 if w in _COMMON else 1 for w in picks), picks))
    return tuple(picks for _, picks in sorted(gates, key=lambda g: g[0]))


def _span(phrase: str) -> int:
    """The most words a match of the phrase (with the words its guards look at) can cover."""
    total = 0
    for slot in phrase.split():
        if slot.startswith("~"):
            total += int(slot[1:])
        elif slot not in ("$", "^"):
            total += max(len(a.split()) for a in _alternatives(slot.lstrip("!<").rstrip("?")))
    return total


# Each phrase with its gates and span; its regex is compiled the first time its gates let a message
# through (most phrases wait for words an ordinary message never has), which keeps start-up short.
_PHRASES: tuple[tuple[str, str, tuple[frozenset[str], ...], int], ...] = tuple(
    (family, phrase, _gates(phrase), _span(phrase))
    for family, phrases in FAMILIES.items() for phrase in phrases
)
_compiled = lru_cache(maxsize=None)(compile_phrase)
# The phrases by their first (rarest) gate's words, so a message looks only at the phrases one of
# its words can open (and those with no gate, always), in _PHRASES order.
_UNGATED = frozenset(index for index, (_, _, gates, _) in enumerate(_PHRASES) if not gates)
_PHRASES_BY_GATE: dict[str, list[int]] = {}
for _index, (_, _, _phrase_gates, _) in enumerate(_PHRASES):
    for _word in _phrase_gates[0] if _phrase_gates else ():
        _PHRASES_BY_GATE.setdefault(_word, []).append(_index)

# Every word the patterns know (plus the common ones): never "corrected", and the dictionary that
# joined-up letters are split back into.
_VOCAB = frozenset(
    {w for phrases in FAMILIES.values() for phrase in phrases for slot in phrase.split()
     if not slot.startswith("~") and slot not in ("$", "^")
     for alt in _alternatives(slot.lstrip("!<").rstrip("?")) for w in alt.split()}
    | _COMMON | {squash(w) for w in _KEY_WORDS} | set(_SPELL.values()) | set(_SPLIT.values())
    | {"a", "i", "o"}
)
# Joined-up letters are also split at chat spellings, which the spelling table then expands.
_SEGMENT_WORDS = _VOCAB | {k for k in _SPELL if " " not in k and len(k) > 1}
_KEYS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _key in sorted({squash(w) for w in _KEY_WORDS}):
    _KEYS_BY_FIRST[_key[0]] = _KEYS_BY_FIRST.get(_key[0], ()) + (_key,)
_SHORT_TYPOS = {
    f"{k[:i]}{k[i + 1]}{k[i]}{k[i + 2:]}": k for k in map(squash, _SHORT_KEYS) for i in range(len(k) - 1)
}
for _key in (k for k in map(squash, _SHORT_KEYS) if len(k) == 4):
    for _i, _ch in enumerate(_key):
        for _typo in [_key[:_i] + _key[_i + 1:]] + [_key[:_i] + n + _key[_i + 1:] for n in _NEAR[_ch] if n.isalpha()]:
            if _typo not in _SHORT_REAL:
                _SHORT_TYPOS.setdefault(_typo, _key)
_SHORT_TYPOS = {typo: key for typo, key in _SHORT_TYPOS.items()
                if typo not in _VOCAB and typo not in _COMMON and typo != key}
_MAX_SEGMENT = 300  # longest run of joined-up letters split back into words

# Round 51 (rec51es): Spanish written by ear. Chat Spanish spells a sound, not a letter: b for v ("bibir", "beneno"),
# s for c and z ("cabesa", "nesesito"), no h ("asta", "aserme"), k for c and qu ("kortarme"). A word unknown to the
# patterns whose sound is that of one of these Spanish words is read as it. Short words and words that are real
# elsewhere ("voy" sounds like "boy", "vale" like "bale", "hecho" like "echo") are left out; "boy a" is read in the
# spelling table below, only after a Spanish pronoun.
_ES_BY_EAR = """
    vivir viviendo vivo viva vida veneno venenos venas navaja necesito necesitar necesitan necesitas necesita
    necesitaba cabeza hasta hacer hacerme hacerle hacerlo hacerla hacerles hacerte hacerlos hacernos ahorcarme
    ahorcarse ahorcar ahogarme ahogarnos ahogarlo ahogarla ahogar ahora volver vuelvo volvere vamos vaya harta harto
    vacia vacio veces ventana aventarme aventar sirvo sirve servir nacido cielo heridas herida cicatrices encerrada
    encerrado cortarme cortarse quitarme llevarme llevarla llevarlo llevarmelo llevarmela cansada cansado
    acabar acabarlo despedirme despedida valgo razon suicidarme cuchillo pastillas
""".split()


def _by_ear(word: str) -> str:
    """The sound of a Spanish word as chat spells it: 'cabeza' and 'cabesa' -> 'kabesa', 'vivir' -> 'bibir'."""
    word = word.replace("ch", "\x00").replace("h", "").replace("\x00", "ch").replace("qu", "k").replace("v", "b")
    word = re.sub(r"c(?=[ei])", "s", word).replace("z", "s")
    return re.sub(r"c(?!h)", "k", word)


_BY_EAR = {_by_ear(squash(w)): squash(w) for w in _ES_BY_EAR}
# Round 53 (rec53es): "ll" is said as "y" ("atropeyara", "yevarme"): a word with a "y" inside is also heard with the
# "l" that the Spanish words with "ll" keep once squashed (a final "y" is a vowel: "hoy", "muy").
_ES_BY_EAR_LL = """atropellara atropellaran atropelle atropellen atropellar atropellaria atropellarme atropello atropellado
    atropellada llevar llevarme llevarla llevarlo llevarmelo llevarmela llevarnos""".split()
_BY_EAR_LL = {_by_ear(squash(w)): squash(w) for w in _ES_BY_EAR_LL}
_BY_EAR_REAL = frozenset("acer baya bala basis base bases".split())  # real words that sound like one of them


# Round 55 (voice55): dictation splits the long words that say a message is about the treatment ("la queta mina",
# "la de presion pos parto", "los anti depresivos"): split words that join, or sound, as one of these are read as it,
# so a question about ketamine is seen as one (the matcher rebuilds its own vocabulary the same way, bot/core/joins.py).
_SPLIT_TOPIC_WORDS = frozenset(squash(w) for w in """ketamine ketamina esketamine spravato infusion infusions infusiones
    antidepressant antidepressants antidepresivo antidepresivos depression depresion postpartum posparto postparto""".split())
_SPLIT_TOPICS = WordJoiner(_SPLIT_TOPIC_WORDS, heard=_SPLIT_TOPIC_WORDS, known=_VOCAB, stopwords=_COMMON)


# Words run together ("iwanttodie", "killmyself") are split back when they hold one of these.
_RUN_TOGETHER = _reading_pattern("kil|die|dying|dead|suicid|myself|hurt|harm|unaliv|overdos|wantodie|endmy|cut|mylife|"
                                 "alive|live|exist|wakeup")
_ALARMING = frozenset(squash(w) for w in """kill die dying dead suicide myself hurt harm unalive alive live exist wake
    overdose life end cut baby herself himself""".split())


_GERUNDS = ("iendo", "ando", "yendo")


# Round 58 (recall58en): chat drops inner vowels ("twns r betr off", "i jst wnt to stop existng", "on purpse", "burnd"):
# an unknown word that is one known word (the patterns' and the concept lexicon's) less one or two of its inner vowels,
# first and last letters kept, is read as that word; never when two known words fit, nor for a word the patterns know.
# (The lexicon is read through canonical() too, so its own chat spellings, "bettr", are read the same way.)
_LEXICON_WORDS = frozenset(squash(w) for block in (*_concepts.LEXICON.values(), *_concepts.ENTRY_GUARDS.values(),
                                                   *_concepts.CONCEPT_GUARDS.values())
                           for w in re.split(r"[^a-z]+", block) if w)
_KNOWN_WORDS = _VOCAB | _LEXICON_WORDS
_VOWELS = frozenset("aeiou")


def _consonant_skeleton(word: str) -> str:
    return word[0] + "".join(ch for ch in word[1:-1] if ch not in _VOWELS) + word[-1]


_BY_SKELETON: dict[str, tuple[str, ...]] = {}
for _word in sorted(w for w in _KNOWN_WORDS if len(w) >= 4 and w.isalpha()):
    _BY_SKELETON[_consonant_skeleton(_word)] = _BY_SKELETON.get(_consonant_skeleton(_word), ()) + (_word,)


def _vowels_dropped(token: str, word: str) -> bool:
    """True when `token` is `word` with one or two of its inner vowels left out (same consonants, same order)."""
    if not 0 < len(word) - len(token) <= 2:
        return False
    at = 0
    for ch in word:
        if at < len(token) and token[at] == ch:
            at += 1
        elif ch not in _VOWELS:
            return False
    return at == len(token)


# A token looks shortened only where no real word is spelt so ("war", "entre", "parts" and "fact" are words, each one
# vowel from another): four letters or more and no vowel ("twns", "wknd"), or a run of consonants or a pair of them at
# the end that no known word has ("existng", "purpse", "burnd"; "betr", "aftr") - the known words, English and Spanish,
# tell which runs and endings are spelt.
_CONSONANT_RUN = re.compile(r"[^aeiou]{3,}")
_CHAT_FORMS = frozenset(w for group in _BY_SKELETON.values() for w in group  # the lexicon's own "bettr", "nevr"
                        if any(_vowels_dropped(w, other) for other in group))
_RUNS_SEEN = Counter(run for w in _KNOWN_WORDS - _CHAT_FORMS for run in set(_CONSONANT_RUN.findall(w)))
_SPELT_RUNS = frozenset(run for run, words in _RUNS_SEEN.items() if words > 1)  # "rps" of "corpse" alone is no habit
_SPELT_ENDINGS = frozenset(w[-2:] for w in _KNOWN_WORDS - _CHAT_FORMS if len(w) > 2)


def _looks_shortened(token: str) -> bool:
    if not any(ch in _VOWELS for ch in token):
        return len(token) >= 4
    return (token[-2:] not in _SPELT_ENDINGS
            or any(run not in _SPELT_RUNS for run in _CONSONANT_RUN.findall(token)))


def _unvowelled(token: str) -> str:
    """The one known word `token` is with inner vowels dropped ('existng' -> 'existing'), else `token`."""
    if len(token) < 3 or token in _VOCAB or not _looks_shortened(token):
        return token
    fits = [w for w in _BY_SKELETON.get(_consonant_skeleton(token), ()) if _vowels_dropped(token, w)]
    known = [w for w in fits if w in _VOCAB]  # the patterns' own words first: "wht" is "what", not "wheat"
    fits = known or fits
    return fits[0] if len(fits) == 1 else token


@lru_cache(maxsize=8192)
def _repair(token: str) -> str:
    """A misspelled key word corrected, or words run together split apart; else `token`."""
    corrected = _correct(token)
    if corrected != token:
        return corrected
    for pronoun in ("i", "im", "ive", "id"):  # "iwant", "idont", "imgoing"
        rest = token[len(pronoun):]
        if token.startswith(pronoun) and len(rest) > 2 and rest in _VOCAB:
            return f"{pronoun} {rest}"
    if len(token) < 6 or not _RUN_TOGETHER.search(token) or token.endswith(_GERUNDS):
        return corrected  # round 31: a Spanish gerund is one word ("tendiendo" is no "ten die en do")
    split = _segment(token)
    return split if len(split.split()) > 1 and _ALARMING.intersection(split.split()) else token


@lru_cache(maxsize=8192)
def _correct(token: str) -> str:
    """The key word `token` was meant to be, or `token` itself."""
    if token in _VOCAB or token in _PROTECT or not token.isalpha():
        return token
    if len(token) > 3 and token not in _BY_EAR_REAL and (heard := _BY_EAR.get(_by_ear(token))) and heard != token:
        return heard  # round 51: Spanish spelled by ear ("bibir", "beneno", "asta"); a word spelled right goes on as before
    if len(token) > 4 and "y" in token[:-1] and (heard := _BY_EAR_LL.get(_by_ear(token.replace("y", "l")))):
        return heard  # round 53: "atropeyara" is "atropellara"
    if len(token) < 5:
        return _SHORT_TYPOS.get(token) or _unvowelled(token)
    if token.endswith("in") and squash(token + "g") in _VOCAB:  # thinkin, hurtin, livin
        return squash(token + "g")
    for key in _KEYS_BY_FIRST.get(token[0], ()):
        if abs(len(key) - len(token)) > 2:
            continue
        if len(token) >= 6 and len(token) == len(key) and sorted(token) == sorted(key):
            return key  # the right letters in a scrambled order: sucidie, mysefl, stabibng
        if len(token) >= 8 and len(key) >= 8:
            if token[:-2] == key[:-2] and token.endswith(_VERB_ENDINGS):
                continue  # another person of the verb, not a slip: "cortaron" is not "cortarme"
            if DamerauLevenshtein.distance(token, key, score_cutoff=2) <= 2:
                return key
        elif _one_typo(token, key):
            return key
    return _unvowelled(token)


@lru_cache(maxsize=4096)
def _unleet_word(word: str, letters_only: bool = False) -> str:
    """'k1ll' -> 'kill', 'myse1f' -> 'myself', 'd13' -> 'die'; '3am' and '2019' stay as they are.

    With `letters_only` (letters that were spaced out) every character is taken for a letter.
    """
    if not any("a" <= ch <= "z" for ch in word) and _AMBIGUOUS_I not in word:
        return word
    core = word.strip("!")
    if not core:
        return " "
    ambiguous = [i for i, ch in enumerate(core) if ch in _LEET_IL]
    fixed = "".join(_LEET.get(ch, ch) for ch in core)
    first = None
    for mask in range(1 << min(len(ambiguous), 4)):
        chars = list(fixed)
        for bit, i in enumerate(ambiguous):
            chars[i] = "l" if bit < 4 and mask >> bit & 1 else "i"
        candidate = "".join(chars)
        first = first or candidate
        if squash(candidate) in _VOCAB or squash(candidate) in _SHORT_TYPOS:
            return squash(candidate)
    letters = [i for i, ch in enumerate(core) if "a" <= ch <= "z"]
    interior = bool(letters) and any(letters[0] < i < letters[-1] for i, ch in enumerate(core) if ch in _LEET_CHARS)
    if interior or letters_only or core[0] in "$@" + _AMBIGUOUS_I:
        return squash(first)
    return word.replace("!", " ")


def _segment(run: str) -> str:
    """Split joined-up letters back into known words ('iwantodie' -> 'i want to die'), else ''.

    `run` is squashed, so a letter shared by two words ('want' + 'to') may start the next word.
    """
    n = len(run)
    if n > _MAX_SEGMENT:
        return ""
    best: dict[int, tuple[int, int, int]] = {0: (0, -1, -1)}  # start -> (words, previous start, end)
    for start in range(n):
        if start not in best:
            continue
        count = best[start][0]
        for end in range(start + 1, min(n, start + 16) + 1):
            if run[start:end] in _SEGMENT_WORDS:
                for nxt in (end, end - 1) if end < n else (end,):
                    if nxt > start and (nxt not in best or best[nxt][0] > count + 1):
                        best[nxt] = (count + 1, start, end)
    if n not in best:
        return ""
    words, at = [], n
    while at > 0:
        _, start, end = best[at]
        words.append(run[start:end])
        at = start
    return " ".join(reversed(words))


def _join_spaced(match: re.Match[str], runs: list[str]) -> str:
    """Spaced or dotted letters joined; a separator unlike the rest ('k.i.l.l m.y') splits words."""
    text = match.group(0)
    letters = [m.group(1) or _AMBIGUOUS_I for m in _SPACED_UNIT.finditer(text)]
    if sum(ch.isalpha() and ch != _AMBIGUOUS_I for ch in letters) < 2:
        return text
    separators = re.findall(rf"[^a-z0-9{_LC}]+", text)
    usual = max(set(separators), key=separators.count)
    pieces, current = [], letters[0]
    for sep, ch in zip(separators, letters[1:]):
        if sep != usual and len(separators) > 2:
            pieces.append(current)
            current = ch
        else:
            current += ch
    pieces.append(current)
    if len(pieces) > 1:
        runs.append(squash(_unleet_word("".join(pieces), True)))
    out = []
    for piece in pieces:
        word = squash(_unleet_word(piece, True) if re.search(f"[0-9{_LC}]", piece) else piece)
        runs.append(word)
        out.append(word if word in _VOCAB else (_segment(word) or word))
    return " " + " ".join(out) + " "


def _uncensor(match: re.Match[str]) -> str:
    token = match.group(0)
    if not any(ch.isalpha() for ch in token):
        return " "
    pattern = re.compile("".join(f"[a-z]{{1,{len(m) + 1}}}" if m[0] in "*#" else m
                                 for m in re.findall(r"[*#]+|[a-z]+", token)))
    for word in _CENSOR_WORDS:
        if pattern.fullmatch(word):
            return squash(word)
    return re.sub(r"[*#]+", " ", token)


@dataclass(frozen=True)
class Reading:
    words: str  # " word word word " : squashed words, single spaces, padded
    compact_runs: tuple[str, ...]  # letters that had been spaced out, joined


def _fold(text: str) -> str:
    """bot.core.text.fold_unicode() (the matcher's folding), then look-alike letters read as Latin.

    Case is folded, accents removed ('suicidarmé' == 'suicidarme'), fullwidth and compatibility
    forms made plain, control characters read as spaces; then Cyrillic or Greek look-alikes and
    word emoji are read as what they imitate. Plain ASCII takes a fast path with the same result.
    """
    if text.isascii():  # the common case
        return text.translate(_ASCII_FOLD).lower()
    text = _EMOJI_REPEATS.sub(r"\1\1\1", text)
    return fold_unicode(text.translate(_APOSTROPHES)).translate(_LOOKALIKES)


def _unleet_text(text: str) -> str:
    """Every word holding a leet character next to a letter, read through _unleet_word()."""
    pieces, last = [], 0
    for match in _LEET_RUN.finditer(text):
        start, end = match.start(), match.end()
        if start < last or not ((start > 0 and "a" <= text[start - 1] <= "z")
                                or (end < len(text) and "a" <= text[end] <= "z")):
            continue
        while start > last and text[start - 1] in _TOKEN_CHARS:
            start -= 1
        while end < len(text) and text[end] in _TOKEN_CHARS:
            end += 1
        pieces += [text[last:start], _unleet_word(text[start:end])]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


# A word broken before its last letter ("jum p off", "overdos e"): an unknown word and a lone
# consonant join when together they make a known word; "vitamin d", "plan b" are left alone.
_STRAY_LETTER = re.compile(" ([a-z]{2,}) ([b-df-hj-np-tv-z])(?= )")


# A verb ending set off by a hyphen ("off-ing myself", "kill-ing"): read joined to its stem when together they make a
# known word; spelled-out letters ("s-u-i-c-i-d-e") and an abbreviation with its ending ("sh-ing") are left as written
_HYPHEN_SUFFIX = re.compile(r"(?<![a-z0-9-])([a-z]{2,})-(ing|in|ed|d)(?![a-z0-9-])")


def _join_suffix(match: re.Match[str]) -> str:
    joined = match.group(1) + match.group(2)
    return joined if joined in _VOCAB else match.group(0)


def _join_stray(match: re.Match[str]) -> str:
    head, letter = match.group(1), match.group(2)
    joined = head + letter
    return f" {joined}" if head not in _VOCAB and joined in _VOCAB else match.group(0)


def canonical(text: str) -> Reading:
    # Each step is skipped when a cheap scan shows it has nothing to do.
    if _CAPITAL_I_HINT.search(text):
        text = _CAPITAL_I.sub(lambda m: _AMBIGUOUS_I * len(m.group(0)), text)
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    text = _fold(text).replace("'", "")
    text = squash(_undouble(text))  # "kiiill" -> "kil", before letters are counted
    if "-" in text:
        text = _HYPHEN_SUFFIX.sub(_join_suffix, text)  # "off-ing myself", "kill-ing": one word, as "offing" is
    if "*" in text or "#" in text:
        text = _CENSORED.sub(_uncensor, text)
    runs: list[str] = []
    padded = f" {text} "
    if _SPACED_HINT.search(padded) or ((_AMBIGUOUS_I in text or _REPEATED_LEET.search(text))
                                       and _SPACED_UNITS_HINT.search(padded)):
        text = _SPACED_LETTERS.sub(lambda m: _join_spaced(m, runs), text)
    if _LEET_RUN.search(text):
        text = _unleet_text(text)
    text = " ".join(text.translate(_WORD_TABLE).split()) if text.isascii() else _NON_WORD.sub(" ", text).strip()
    words = _spell(f" {text} ")
    words = _SPLIT_RE.sub(lambda m: " " + _SPLIT[m.group(0)[1:]], words)
    if _STRAY_LETTER.search(words):
        words = _STRAY_LETTER.sub(_join_stray, words)
    fixes = {t: c for t in set(words.split()) - _VOCAB if len(t) > 2 and (c := _repair(t)) != t}
    if fixes:
        words = _normalize(re.sub(" (?:" + "|".join(fixes) + ")(?= )", lambda m: " " + fixes[m.group(0)[1:]], words))
    joined = _SPLIT_TOPICS.apply(words.split())
    if len(joined) < words.count(" ") - 1:
        words = " " + " ".join(joined) + " "
    if " yo " in words:
        words = _CHILD_AGE_SPACED.sub(r" \1 \2yo", words)
    return Reading(words=words, compact_runs=tuple(runs))


# Round 36: a child's age written with a space ("my 2 yo threw his sippy cup at the baby's head") reads as one word,
# as "my 2yo" does, so the concepts see a child as the subject (and "yo" is not read as Spanish "I").
_CHILD_AGE_SPACED = re.compile(" (my|our|her|his|their|the|your) ([0-9]{1,2}) yo(?= )")


# --- framing read before the patterns --------------------------------------------------------
# Every regex below reads canonical().words and is built by _reading_pattern(), so its words are written in
# plain spelling ("goodbye", "really"); word lists looked up in the reading are built by _reading_words().

# Ideation that is denied or only asked about is not the patient's own: "I'm not suicidal", "she
# asked if I had thoughts of harming myself", "a suicide scene", "suicide prevention training". The
# denied words are replaced by a marker the concepts read: "denial" still earns the check-in (unless
# the message also says it is safe or asks about a symptom), so whatever else the message says is
# still read: "I'm not suicidal, I just want to die" stays a crisis. An explicit statement that there
# are no such thoughts ("I'm NOT having any thoughts of hurting myself or the baby", "no tengo
# pensamientos de hacerme daño") is a safety statement: its marker, "nothoughts", carries no concept.
_HARM_WORDS = ("(?:hurting|harming|kiling|hurt|harm|kil|lastimar|lastimarme|hacerme dano|hacerle dano|"
               "suicide|suicidio|self harm|selfharm|dying|morir|matarme)")
_WHOM = "(?: (?:myself|me|anyone|anybody|others|someone|my baby|the baby|my kids|him|her|nadie|al bebe|a nadie))"
_THOUGHTS = (f" (?:thoughts|thought|pensamientos|ideas|plans|planes)(?: of| about| de| to)? {_HARM_WORDS}"
             f"(?:{_WHOM}(?: or{_WHOM}| ni{_WHOM})?)?(?= )")
# Round 53 (falarm53): a denial of harm to others that names the writer as the exception ("...only myself", "...just me",
# "...except myself", "...solo a mí") is no denial.
_FALARM53_BUT_ME = ("(?!(?: [a-z]+){0,3}? (?:only|just|but|except|except for|other than|besides|apart from|aside from|solo|sino|excepto|menos)"
                    "(?: (?:of|about|to|a|en))?(?: (?:hurting|harming|kiling|hurt|harm|kil|lastimarme|hacerme dano|matarme))?"
                    "(?: a)? (?:me|myself|mine|mi|mi misma|mi mismo)(?= ))")
# Review 53 (mend53): one shared test for a denial limited in time or condition, a marker within three words of it
# ("not planning on killing myself this week / till after christmas / right now", "no estoy pensando en matarme ahorita /
# mientras mi mamá esté aquí", "zero thoughts of hurting myself at the moment"), unless an everyday "just / only / I
# promise" comes first ("...just needed to vent tonight"). Used by _NO_THOUGHTS, _NO_INTENT and _NO_THOUGHTS_ES.
_DENIAL_LIMITED = ("(?! (?!(?:just|only|solo|nomas|nada mas|i promise|i swear|lo prometo)(?! (?:en|of|about|de)(?= ))(?= ))"
                   "(?:[a-z]+ ){0,3}?"
                   # ...nor one turned to another act ("...I'm planning on ending it", "...nomás en desaparecer")
                   "(?:just of|only of|solo en|nomas en|nada mas en|just about|planing on|planing to|planeando|pensando en"
                   "|for now|right now|til now|until now|as of now|atm|moment|time being|this wek|this wekend|this second|tomorow|shortly|til|until|before|after|while"
                   "|unles|unless|yet|today|tonight|anyway|ahorita|por ahora|momento|semana|manana|antes|despues|mientras|pronto"
                   "|hoy|esta noche|hasta)(?= ))")
# Review 53 (mend53): a denial of harm to others with the writer turned to later in the message ("zero thoughts of
# hurting the baby. myself on the other hand", "...my own life is another matter", "...it's me I want gone", "...of
# hurting me? every night"): no denial.
_DENIAL_BUT_ME_LATER = ("(?!(?: [a-z]+)*? (?:(?:myself|me|mine|my own(?: [a-z]+)?)"
                        " (?:on the other hand|is another|is a diferent|though|not so much|is the problem|al the time)"
                        "|it is me|its me|it s me|(?:hurting|harming|ending|kiling|kil|hurt|end|harm) me|a mi misma|a mi mismo)(?= ))")
# "I had no thoughts of suicide or self harm until tonight", "no thoughts of ending my life until now": a denial that
# ends at the present is a turn, the thoughts told as here now: its negation is dropped before the denial masks read it.
_DENIAL_UNTIL_NOW = _reading_pattern(" (?:do not|dont|did not|didnt|no|never|nunca|zero)(?: have| had| having| tenia)?"
                                     "(?: any| ningun| ninguna)?(?=(?>" + _THOUGHTS + ")(?: [a-z]+){0,4}? (?:until|til|up until|hasta)"
                                     " (?:tonight|now|today|recently|lately|this wek|this morning|last night|yesterday|hoy|ahora"
                                     "|esta noche|anoche|ayer)(?= ))")
_NO_THOUGHTS = _reading_pattern(" (?:do not|dont|did not|didnt|no|not|never|nunca|without|sin|ningun|ni|zero)"
                                "(?: have| (?P<past_had>had)| having| tengo| tenia)?(?: any| ningun| ninguna)?(?>" + _THOUGHTS + ")"
                                # round 41: never a denial for the moment only ("...por ahora", "...yet")
                                + "(?! (?:por ahora|por el momento|todavia|aun|yet|for now)(?= ))"
                                # round 53 (falarm53): "zero thoughts of hurting my kids" is "no thoughts ..."; never with
                                # the writer named as the exception ("no thoughts of hurting my kids, only myself")
                                # (a past span answered, "haven't had any thoughts of suicide this week", is no limit)
                                + _FALARM53_BUT_ME + "(?(past_had)|" + _DENIAL_LIMITED + ")"
                                # only harm to others denied is undone by the writer named later
                                + "(?:(?<=myself)|(?<= me)|" + _DENIAL_BUT_ME_LATER + ")")
# Round 20: "no suicidal thoughts, no thoughts of hurting the baby, just ...": the listed answers of a screening,
# as "no thoughts of hurting" already is, when another denial or a "just"/"only" follows, not a "but".
_NO_SUICIDAL_LISTED = _reading_pattern(" no suicidal (?:thoughts|ideation)(?= (?:no|nothoughts|not|never) )")
_MOODS = ("(?:tired|exhausted|sad|low|down|anxious|overwhelmed|stresed|numb|flat|empty|lonely|depresed|burnt out|burned out"
          "|sleples|crying|cry|worried|irritable|fine|ok|okay|safe|god|wel|alright|cansada|cansado|agotada|agotado|triste|ansiosa"
          "|ansioso|abrumada|abrumado|estresada|estresado|bien|deprimida|deprimido|sola|solo|llorando|preocupada|preocupado)")
_DENIAL_ENDS = (
    "(?: (?:ever|at al|in my life|whatsoever|honestly|either|thankfully|thank god|nunca|jamas|en mi vida|gracias a dios))*"
    "(?: (?:and|but|y|pero|i|it))?(?: (?:am|im|i am|i m|i fel|fel|just|only|mostly|realy|so|very|estoy|me siento|solo|muy|tan|its|it is))*"
    "(?= $| " + _MOODS + " | (?:just|only|simply|mostly|solo|nada mas|no|not|never|nor|or|ni|nothoughts|denial|nunca|and no|y no)"
    " | (?:is|are|can|could|does|do|should|would|wil|what|how|why|when|am i|may|es|son|puedo|se puede|que|como|cual|sirve)"
    " | (?:thank|thanks|gracias|i promise|lo prometo|i swear) "
    # another subject's sentence ("...my OB referred me", "...the nurse asked"), not a measure ("...my whole life", "...the way")
    "| (?:my|the|our|we|mi|el|la|mis)(?! (?:whole|entire|life|way|same|vida|forma|manera|last|first|kind|level)(?= )) )")
_DENIED = _reading_pattern(
    " (?:(?:am|im|was|ive|have|has|not|ever|never|no|soy|estoy|ni) )*(?:not|never|no|ni|nunca|any) "
    "(?:ben |ever |really |at al |even |soy |estoy |fui )*(?:suicidal|suicida|suicidas)(?= )"
    "|(?: asked(?: me)?(?: if| whether| about)(?: i| she| he| you)?(?: had| have| was| am)?(?: any)?"
    "| (?:me )?pregunto si(?: tengo| tenia)?| pregunta si(?: tengo)?)" + _THOUGHTS
    # batch 26 studied: "no self harm or anything like that, just down" (the denial idiom; "no self harm since march" is not)
    + "| no (?:selfharm|self harm|suicidal thoughts)(?= or anything(?: like that)? )"
    # "i do not want to hurt myself, i want to feel like me again" (not "...anymore", "...but")
    + "| (?:do not|never) (?:want|wana) to (?:hurt|harm|kil) myself(?! anymore| again| but| any more| like)(?= )"
    # batch 32: a chart's entry ("after-visit summary says suicidal ideation: denied", "SI negative")
    + "| (?:suicidal|suicide|homicidal|selfharm|self harm) (?:ideation|thoughts|risk|intent) (?:denied|denies|negative)(?= )"
    # round 45: an intake answer ("no, I've never had suicidal thoughts. just crying", "nunca he tenido pensamientos
    # suicidas"), never one that goes on to a change ("...until last week", "...before now", "...pero ahora sí")
    + "| (?:never|not|no|nunca|no he) (?:ever )?(?:had|have had|experienced|felt|tenido|he tenido) (?:any |ningun |ningunos )?"
    "(?:suicidal (?:thoughts|ideation|feelings|urges)|pensamientos suicidas|ideas suicidas)"
    # review 46 A2: a denial only where the clause ends there or goes on to a mood, a "just", another denial or a question
    # ("...never had suicidal thoughts. just crying", "...ever, I'm just tired", "...is ketamine safe?"), never to a degree
    # or a time ("...this strong", "...like this", "...in my life and now", "...today, yesterday I almost jumped")
    "(?=" + _DENIAL_ENDS + ")")
# Asked straight out, a partner "doesn't want to hurt herself": the answer to a screening, a safety statement.
_THIRD_NO = _reading_pattern(" (?:(?:she|he) (?:does not|doesnt|did not) (?:want|wants|wana) to"
                             # batch 28 studied: "she says she'd never hurt herself or the baby and I believe her"
                             "|(?:she|he) (?:would never|wil never|would not ever)|shed never|hed never) (?:hurt|harm|kil) (?:herself|himself)"
                             "(?!(?: or (?:the|my|our|her|his) (?:baby|kids|children|son|daughter)| or anyone)?"
                             "(?: anymore| again| but| any more| like| yet| tonight| today| unles| if| except))"
                             "(?: or (?:the|my|our|her|his) (?:baby|kids|children|son|daughter)| or anyone)?(?= )")
# The screening question asked by a clinician and answered no ("my OB asks every visit if I want to hurt
# myself and I always say no"), and a stated intent not to harm oneself or the baby ("no pienso hacerme
# daño ni al bb"): safety statements, marked "nothoughts", unless a "but", a lie or a "yet" follows.
_HARM_SELF = "(?:hurt|harm|kil|hurting|harming|kiling|lastimarme|hacerme dano|matarme)"
_ASKED_NO = _reading_pattern(
    " (?:asks|asked|ask|asking|pregunta|pregunto)(?: me)?(?: (?:every|each|at|al|at every|en cada)(?: [a-z]+){0,2})?"
    " (?:if|whether|si)(?: i| yo)?(?: ever)? (?:have had|want|wanted|wana|have|had|am|was|quiero|tengo|queria)(?: ever| any)?"
    "(?: to| thoughts of| thought about| been| ganas de)? (?:" + _HARM_SELF[3:-1] + "|suicidal)(?: myself| the baby| my baby)?"
    "(?: or (?:the |my )?(?:baby|babies|kids|anyone|others))?"
    # round 52 (falarm52): also "...or the baby. I said no, which is true" (no "and", the no said to be true)
    "(?= (?:(?:and|but|y) )?(?:i |yo )?(?:always |honestly |truly |just |siempre )?(?:say|said|answer|answered|digo|dije)"
    " (?:no|nope)(?! but| pero| i lied| i was lying| which(?! is (?:true|the truth)(?! (?:but|pero|though|until|except|or|at least|for now|yet))(?= ))| that was)(?= ))")
# Round 44 (review A1): a turn to the present after a denial ("...ahora lo pienso todo el tiempo", "...desde el parto no
# paro de pensarlo", "...y ahora los tengo todos los días") and an intent said after it ("...lo voy a hacer y ya",
# "...pienso en cómo hacerlo sin dolor"); "ahora solo quiero saber si..." or "ahora estoy muy cansada" is no such turn.
_ES_NOW_THOUGHTS = (" (?:ahora|desde)(?: [a-z]+){0,4} (?:lo pienso|pienso|pensarlo|pensando|pensar|los tengo|las tengo"
                    "|lo tengo|no dejo|no paro|es lo unico|lo unico|diario|a diario|todo el tiempo|todos los dias"
                    "|cada dia|cada noche|ya no se)(?= )")
_ES_INTENT_AFTER = (" (?:lo voy a hacer|lo hare|voy a hacerlo|como hacerlo|sin dolor|sin que duela|lo tengo decidido"
                    "|de una vez)(?= )")
_NO_INTENT = _reading_pattern(
    " (?:no (?:pienso|voy a|quiero|planeo)|(?:i am|im) not (?:going|gona|planning) to|i would never|i wil never"
    # round 53 (falarm53): "not planning on hurting myself", "no estoy pensando en hacerme daño"
    "|(?:i am |im )?not (?:planing|planning) (?:to|on)|no (?:estoy|ando) (?:pensando|planeando) en)"
    " (?:hacerme dano|lastimarme|matarme|hurt myself|harm myself|kil myself|hurting myself|harming myself|kiling myself)"
    "(?:(?: ni| or| nor| y)(?: a)?(?: (?:mi|al|la|el|my|the))? (?:baby|bebe|nino|nina|hijo|hija|kids|anyone|nadie))?+"
    "(?! todavia| por ahora| pero| hoy| esta noche| aun| yet| but| tonight| today| again| anymore| any more| until| hasta)"
    + _DENIAL_LIMITED + "(?= )")
# Round 41 (batch 42): the Spanish denials read as the English ones are ("estoy agotada pero a salvo, no pienso en
# hacerle daño a nadie", "contesté que nunca he pensado en hacerme daño", "no tengo pensamientos suicidas", "no me
# quiero hacer daño"): marked "nothoughts". Never after "todavía"/"aún" ("todavía no he pensado en..."), never with an
# exception or a turn after it ("...a nadie más que a mí", "...pero ahora sí", "...por ahora"); "no quiero vivir", "ya no
# pienso seguir", "no tengo ganas de vivir" name no harm word and are not read here.
_ES_HARM = ("(?:hacerme dano|hacerle dano|hacerles dano|lastimarme|lastimar|lastimarlo|lastimarla|matarme|suicidarme|"
            "quitarme la vida|el suicidio|hacerme algo|hacerle algo)")
_ES_WHOM = "(?: (?:a )?(?:nadie|mi bebe|al bebe|mi bb|al bb|mis hijos|mi hijo|mi hija|nadie mas|los demas|otros|otras personas))"
_NO_THOUGHTS_ES = _reading_pattern(
    "(?<! todavia)(?<! aun)(?<! ya)(?:"
    " (?:no|nunca|jamas)(?: lo)?(?: (?:he|habia|e))?(?: (?:pienso|pensado|pensaba|pense|he pensado|tengo pensamientos|tengo ideas"
    "|he tenido pensamientos|he tenido ideas|tengo ganas|tenia pensamientos))(?: (?:en|de|sobre))? " + _ES_HARM + _ES_WHOM + "?+"
    "(?:(?: ni| o| y)(?: en)?(?: " + _ES_HARM + ")?" + _ES_WHOM + ")?+"
    "| (?:no|nunca|jamas)(?: (?:he|habia))? (?:tengo|tenido|tenia|tuve) (?:pensamientos|ideas) (?:suicidas|de suicidio)"
    "| (?:no|nunca) me (?:quiero|voy a|pienso) (?:hacer dano|lastimar|matar|suicidar|quitar la vida)"
    "(?:(?: ni| o| y)(?: a)?(?: (?:mi|al|la|el))? (?:baby|bebe|bb|nino|nina|hijo|hija|hijos|nadie))?+)"
    "(?! (?:mas que|sino|excepto|salvo a|solo a mi|menos a mi|nada mas a mi|a mi misma|a mi mismo|por ahora|aun|hoy|esta noche|ahora si|ultimamente"
    "|otra vez|de nuevo|a veces|hasta|yet|but|bueno|mentira|menti"
    # review 46 A2: a first time told by its strength ("...tan fuertes como hoy", "...así de fuertes", "...así, tengo miedo")
    "|tan|tanto|tantos|tantas|asi|como (?:hoy|ahora|estos|estas|este|esta|los de|las de)|de este|de esta|igual de|cada|todos los|todas las"
    "|todo el|a diario|seguido|antes|fuertes|intensos|intensas|desde|en mi vida y|nunca como|mas fuertes)(?= ))"
    # a "pero" or "todavía" only as the tiredness or the question it brings ("...pero estoy muy agotada", "...todavía califico?")
    "(?! pero(?! (?:estoy|ando|me siento)(?: muy| tan| super| bien| demasiado)? (?:agotada|agotado|cansada|cansado|triste"
    "|deprimida|deprimido|ansiosa|ansioso|mal|abrumada|abrumado|estresada|estresado)| necesito| quiero saber| tengo (?:mucha )?"
    "(?:ansiedad|insomnio|tristeza)))"
    "(?! todavia(?! (?:califico|puedo|aplico|soy candidata|soy candidato|me pueden|me aceptan|sirve|cuenta)))"
    + _DENIAL_LIMITED + "(?= )")
# Nor with a plan, a decision, a means or a farewell said after it ("no tengo ideas suicidas, tengo un plan"); round 44
# (review A1): nor with the thoughts said to be here now after a past denial ("nunca pensé en lastimar a mi bebé, ahora lo
# pienso todo el tiempo", "...y ahora no dejo de pensarlo"), nor with an intent ("...lo voy a hacer"). Looked for once
# per message (_unless_said_after), not after every denial: a long message of denials stays linear.
_ES_TURN = _ES_NOW_THOUGHTS + "|" + _ES_INTENT_AFTER
# a plan, a means or a farewell said later in the message
_ES_PLAN_AFTER = (" (?:plan|planes|planeado|planeada|planeando|decidi|decidido|decidida|decision|pastillas|pistola|cuerda|navaja"
                  "|carta|cartas|despedida|adios|me despido|para siempre|ya compre|ya tengo)(?= )")
_ES_SAID_AFTER = _reading_pattern(_ES_PLAN_AFTER + "|" + _ES_TURN)
_ES_TURN_AFTER = _reading_pattern(_ES_TURN)


def _unless_said_after(pattern: LazyPattern, after: LazyPattern, words: str) -> str:
    """The reading with each match of `pattern` read "nothoughts", unless `after` is found later in the message."""
    last = max((found.start() for found in after.finditer(words)), default=-1)
    return pattern.sub(lambda m: m.group(0) if last >= m.end() else " nothoughts", words)
# Round 20: a screening question answered no ("the intake form asks if i've ever had thoughts of suicide.
# i haven't"), unless a "but" brings the thoughts in ("...i haven't, but lately...").
_SCREEN_NO = _reading_pattern(
    " (?:asks|asked|ask|asking)(?: me)? (?:if|whether)(?: i| you)?(?: have| had)?(?: ever)?(?: had| have)?(?: any)?"
    " (?:thoughts of (?:suicide|hurting myself|harming myself|self harm|hurting (?:the|my) baby|harming (?:the|my) baby)"
    "|suicidal thoughts|thought about suicide)"
    "(?= (?:and )?(?:no )?i(?: honestly| truly| realy| definitely)? (?:have not|did not|do not)(?: ever| had| have)?"
    # the negation of another verb is no answer ("...and i do not want to lie", "...i do not know how to answer")
    "(?! (?:know|want|wana|think|remember|understand|lie|ned|like|care|fel|tel|told|say|answer|admit|dare|trust))"
    "(?! but (?:lately|recently|now|sometimes|i do|i have|i did|i lied|i was lying|i am|then|they|honestly)) )")
# Round 20: suicidal thoughts told as a past history and over ("two years ago i had suicidal thoughts ... i got
# treatment, i'm doing great now"): only that clause is masked, so a present-tense sentence in the same message
# ("...fine since, i want to kill myself") still reads; never when the thoughts are said to be back.
_RESOLVED = _reading_pattern(
    "(?: (?:had|struggled with|dealt with|went through|experienced|battled)(?: some| bad| severe| really bad| a lot of)?"
    " (?:suicidal thoughts|suicidal ideation|thoughts of suicide|suicidal feelings)"
    # round 22: "i was suicidal after my first baby", "thought about suicide", over in other words
    "| (?:was|became|got|felt) suicidal| thought (?:about|of) (?:suicide|kiling myself)"
    # batch 29 studied: "i had thoughts about ending my life ... i am doing much better now"
    "| (?:had|used to have)(?: some| dark| scary)? thoughts (?:about|of) (?:ending|taking) my (?:own )?life"
    # round 23: someone else's attempt told as long over ("my sister tried to take her life when we were teenagers,
    # she's been doing great for 15 years now")
    "| (?:she|he|they|my [a-z]+) (?:tried to|atempted to) (?:take|end) (?:her|his|their) (?:own )?(?:life|lives)"
    "| (?:she|he|they|my [a-z]+) (?:tried to kil|atempted to kil) (?:herself|himself|themselves)"
    "| (?:she|he|they|my [a-z]+) (?:atempted|tried) suicide"
    # batch 23 studied: intrusive thoughts that went away with treatment
    "| (?:had|used to have)(?: some| bad| scary)? intrusive thoughts"
    # batch 24 studied: a relative's past told in Spanish ("mi hermana tuvo ideas suicidas ... ahorita esta estable")
    "| (?:tuvo|tenia|tuve) (?:ideas|pensamientos) (?:suicidas|de suicidio)"
    # batch 25 studied: a relative's past in other words ("my sister went through dark thoughts of not wanting to
    # live after her baby last year, she's ok now")
    "| (?:she|he|they|my [a-z]+) (?:had|went through|struggled with|dealt with)(?: some| dark| really dark| scary)?"
    " thoughts of (?:not wanting to (?:live|be here|be alive|wake up)|ending (?:her|his|their) life|suicide))"
    "(?=(?: [a-z0-9]+){0,12} (?:got (?:treatment|treated|help|therapy|beter)|recovered|went away|doing(?: much| so much| a lot)? (?:great|wel|god|fine|beter) (?:now|for|since|ever since)"
    "|(?:esta|ya esta|she is|he is|shes|hes) (?:stable|estable|bien|doing wel|ok|okay|fine|beter)(?: now| ahora| ahorita)?"
    "|ben (?:completely |totaly )?(?:fine|great|god|wel)|fine since|fine ever since|fine for|great since|wel since"
    "|fel (?:totaly |completely )?diferent now) )"
    "(?!.* (?:lately|recently|relapse|relapsed|again lately|came back|coming back|are back|is back|creeping back"
    "|them again|thoughts again|it again|started again|starting again|but now|until now|tonight"
    "|i have them|i have those|i get them|i do too|me too|so do i|i have ben having|yo tambien|ahora yo"
    # review 46 B: a relative's thoughts of last night, or a sign told beside the "fine now" ("...but I found the rope",
    # "...she gave away the baby's things", "...she said goodbye to her mom")
    "|last night|anoche|yesterday|ayer|this morning|esta manana|gave away|giving away|regalo sus|regalo las|regalo la"
    "|said godbye|saying godbye|se despidio|rope|cuerda|gun|pistola|arma|pils|pastilas|knife|cuchilo|not eating|no come"
    "|no duerme|a note|una carta|tonight|esta noche) )")
# Round 21: the same history in Spanish, or said to be over ("hace años tuve pensamientos de hacerme daño pero ya
# no, ya lo superé"), never when they are back ("...pero volvieron", "otra vez").
_RESOLVED_OVER = _reading_pattern(
    " (?:tuve|tenia|habia tenido|had|used to have)(?: unos| algunos| some)? (?:pensamientos|ideas|thoughts)"
    " (?:suicidas|de (?:hacerme dano|lastimarme|matarme|suicidio|morir|quitarme la vida)|of (?:suicide|hurting myself|harming myself|self harm)|about suicide)"
    "(?=(?: [a-z0-9]+){0,6} (?:pero ya no|ya no los tengo|ya lo supere|ya los supere|lo supere|ya estoy bien|me recupere"
    "|but not anymore|not anymore|got over it|but i am fine now"
    # batch 27 studied: better now, in either language ("ya estoy mejor y tengo apoyo", "i am doing better now")
    "|ya estoy mejor|ahora estoy bien|ahora estoy mejor|estoy mucho mejor|i am beter now|i am doing beter now|i am much beter) )"
    # ...never when they go on ("...but i still have them sometimes", "pero todavía los tengo a veces")
    "(?!.* (?:otra vez|de nuevo|volvieron|regresaron|ultimamente|pero ahora|lately|recently|again|came back|are back|but now"
    "|stil(?! breastfeding| nursing| pregnant| on| taking| working| wondering| curious)|todavia(?! tomo| amamanto)|aun(?! asi)|sigo(?! tomando| amamantando)|sometimes|a veces|tonight|hoy(?! estoy| me siento| ya| en dia)|esta noche) )")
# Round 22: self-harm told as a past history and over ("i used to self harm as a teenager but i have been 15
# years free, no urges"), never when it is back; a screening's self-harm questions answered no ("i screened
# no on all the self-harm questions"), unless a lie or the thoughts follow; never hurting the baby said
# outright ("i'd never hurt him, i'm just terrified something will happen to him"), unless a "but" follows.
_RESOLVED_HARM = _reading_pattern(
    " used to (?:selfharm|self harm|cut myself|cut|hurt myself|harm myself|burn myself)"
    "(?: [a-z0-9]+){0,10}? (?:years fre|years clean|ben clean|ben fre|no urges|not done it since|stoped years ago"
    "|(?:it has|its|it is) ben (?:over |more than |almost |nearly )?[a-z0-9]+ years"
    # batch 32: "i used to self harm as a teenager, haven't in 12 years"
    "|(?:have not|has not|did not)(?: done it| since| in| for)* (?:over |more than |almost |nearly )?[a-z0-9]+ years)(?= )"
    "(?!.* (?:relapse|relapsed|again|came back|are back|is back|lately|recently|but now|tonight|last night) )")
_SCREENED_NO = _reading_pattern(
    " screned (?:no|negative) on(?: al| both| each)?(?: of)?(?: the| my)? (?:selfharm|self harm|suicide|suicidal|safety|harm)"
    " (?:questions?|items?)(?= )(?! but (?:i lied|i was lying|i do|i have|honestly|lately|now))")
_NEVER_HURT = _reading_pattern(
    " (?:i would never|i could never|i wil never|id never) (?:hurt|harm) (?:him|her|them|my baby|the baby|my son|my daughter)"
    "(?! on purpose| intentionaly| but| pero| unless| if| again| i think| right)(?= )")
# Round 21: a screening question answered no or 0 ("it asks if I have thoughts of harming myself. I answered no",
# "the PHQ-9 asks about thoughts you'd be better off dead. I put 0, not at all"): the question and answer are
# masked, unless a "but", a lie or a "yet" follows; never a question about feeling safe or wanting to live.
# Review 35: a truer answer owned after the no is a score, a yes or a frequency ("it's actually 3", "the truth is it's
# every day", "la verdad es que si"), never a bare "actually" ("I said never, actually a great questionnaire").
_TRUER_SAID = ("(?:actualy|truth|realidad|la verdad)(?: [a-z]+){0,3}? (?:[0-9]+|one|two|three|yes|si|more|higher|worse|every"
               "|most|several|often|sometimes|a lot|a veces|casi|mas|todos|todo el)")
_SCREEN_ANSWERED = _reading_pattern(
    " (?:asks|asked|ask|asking|question|pregunta|pregunto)(?: me| you)?(?: about| if| whether| si)"
    "(?: (?!safe|live|alive|living|ok|okay|fine|vivir|segura|seguro)[a-z0-9]+){1,10}?"
    " (?:and |y )?(?:i|yo) (?:answered|put|marked|checked|circled|said|wrote|respondi|conteste|puse|marque|dije"
    "|told (?:her|him|them|the nurse|my doctor))(?: honestly| truthfully| sinceramente)?"
    "(?: a| it as| an?)? (?:no|nope|0|zero|never|nunca|not at al)(?= )"
    "(?! but| pero| i lied| which| that was a lie| yet| todavia| because i was| out of)"
    "(?!(?: [a-z0-9]+){0,6}? (?:lied|lying|menti|mentira|" + _TRUER_SAID + ")(?= ))")  # batch 25 studied: a lie owned a few words on
# Batch 24 studied: a screening item answered no wherever it is named, in any words ("screening form question 9,
# the one about being better off dead, I answered not at all", "I said no to the self-harm question", "the
# 'thoughts of harming yourself' item on your form ... my answer was no", "contesté que no a lo de hacerme daño"):
# a screening word (form, question, item, questionnaire, PHQ-9...) in the message, a topic of the screening in the
# match, and an answer of no; never an item about wanting to live or feeling safe, never with a "but", a lie or a "yet".
_SCREEN_WORDS = _reading_pattern(" (?:questions?|items?|questionaire|form|forms|screning|screner|survey|phq|phq9|epds|intake|score|"
                                 "answers|respuestas|cuestionario|encuesta|formulario|preguntas?|evaluacion)(?= )")
_NO_ANSWER = "(?:no|nope|0|zero|never|nunca|not at al|none of the time|none|que no)"
_ANSWERED_VERB = ("(?:answered|gave(?: it)?|ticked|marked|checked|circled|put|puts|scored(?: it)?|said|wrote|selected|chose|clicked|"
                  "respondi|conteste|marque|puse|dije|my answer(?: to (?:it|that|that one))? (?:was|is)|mi respuesta fue)")
_ITEM_NO = _reading_pattern(
    "(?: (?:questions?|items?|line|box|section|form|screning|screner|survey|questionaire|phq 9|phq9|phq|epds|cuestionario|encuesta|formulario|preguntas?)"
    "(?: (?!safe|live|alive|living|vivir|segura|seguro|but|pero)[a-z0-9]+){0,14}? (?:and |y )?(?:i |yo )?" + _ANSWERED_VERB
    + "(?: it| it as| as| a)? " + _NO_ANSWER
    + "| (?:(?:i |yo )?" + _ANSWERED_VERB + "(?: it| a)? " + _NO_ANSWER + "|nothoughts) (?:to|on|for|a|en|in)"
    "(?: (?!safe|live|alive|living|vivir|segura|seguro|but|pero)[a-z0-9]+){1,10}?"
    " (?:questions?|items?|one|pregunta|dano|harm|selfharm|suicide|dead|death|muerte|myself|yourself))(?= )"
    "(?! but| pero| i lied| that was a lie| which was a lie| yet| todavia| though| aunque)"
    # batch 25 studied: nor a lie owned a few words on ("i answered no to that question but honestly i lied"); round 35:
    # nor a truer answer owned ("I put 0. it's actually 3", "the truth is it's every day", "en realidad es 3")
    "(?!(?: [a-z0-9]+){0,6}? (?:lied|lying|menti|mentira|" + _TRUER_SAID + ")(?= ))")
_ITEM_TOPIC = _reading_pattern(" (?:thoughts?|suicid[a-z]*|harming|hurting|harm|selfharm|dano|lastimarme|pensamientos|dead|death|muerte|"
                               "morir|myself|yourself)(?= )")


_ITEM_NAMING = _reading_words("""about of to for the de a lo la el on regarding sobre acerca del tengo having any being beter thinking you your yourself
    item question one harming hurting harm selfharm self suicide suicidal thoughts thought pensamientos ideas hacerme dano
    lastimarme dead death muerte morir myself en pregunta no""")


def _mask_items(words: str) -> str:
    if not _SCREEN_WORDS.search(words):
        return words
    at = 0
    while match := _ITEM_NO.search(words, at):
        # the item's topic inside the match or in the words naming it just after ("...to the question about suicide")
        # (or just before: "the 'thoughts of harming yourself' item on your form ... my answer was no")
        before, after = words[:match.start()].split(), words[match.end():].split()
        named = 0
        while named < len(after) and named < 8 and after[named] in _ITEM_NAMING:
            named += 1
        naming = 0
        while naming < len(before) and naming < 8 and before[-1 - naming] in _ITEM_NAMING:
            naming += 1
        item = " ".join([""] + before[len(before) - naming:] + match.group(0).split() + after[:named] + [""])
        if not _ITEM_TOPIC.search(item) and "nothoughts" not in match.group(0):
            at = match.end()
            continue
        kept = " ".join(before[:len(before) - naming])
        words = (" " + kept if kept else "") + " nothoughts " + " ".join(after[named:]) + " "
        words = words.replace("  ", " ")
        at = len(" " + kept if kept else "") + len(" nothoughts")
    return words


# Batch 25 studied: ONE reading of a screening answered no, in any words: an instrument or its item named (PHQ-9,
# Edinburgh scale, questionnaire, form, "the self harm question", cuestionario...) and, within the next words, the
# answer given to it negative ("the answer is no, never", "I put 0", "la respuesta es no", "puse que no", "was a
# zero"), or the negative answer first ("zero on the self harm question"); the span names a topic of the screening.
# Never an item about wanting to live or feeling safe, never a "yes" or a "but" between, never with a "but", a lie,
# a "yet", a "then" or an "honestly" in the five words after the answer.
_INSTRUMENT = ("(?:phq 9|phq9|phq|epds|edinburgh(?: scale)?|scale|screning|screner|screen|survey|questionaire|cuestionario|"
               "encuesta|formulario|escala|test|form|intake|questions?|items?|preguntas?|line|box)")
_NEG_GIVEN = ("(?:(?:the |my |mi |la )?(?:answer|respuesta)(?: to (?:it|that|that one|that question))? (?:is|was|es|fue|would be)"
              "(?: a)?(?: firm| clear| definite| big)? (?:no|never|nunca|none|zero|0|not at al)"
              "|(?:i |yo )?(?:said|say|answered|answer|put|marked|ticked|checked|circled|selected|chose|scored|gave it|wrote|"
              "puse|dije|digo|conteste|respondi|marque)(?: it)?(?: a| as| that| que)? (?:no|nope|never|nunca|none|zero|0|not at al)"
              "|(?:was|is|es|fue) (?:a )?(?:zero|0|none|never|no)|no never|never not once|never ever|not at al|nunca|none(?= $)"
              # batch 30 studied: the answer owned as "mine" ("question 9 asks about self harm, mine's a no", "la mía es no")
              "|(?:mine|mines|mine s|la mia|el mio)(?: is| was| es| fue)?(?: a)?(?: firm| clear| definite| hard| big)? (?:no|never|nunca|zero|0))")
_GAP = ("(?: (?!but |pero |lied |yet |then |though |aunque |yes |safe |live |alive |living |vivir |segura |seguro )"
        "[a-z0-9]+){0,16}?")
_AFTER = ("(?!(?: [a-z0-9]+){0,5}? (?:but|pero|lied|lying|lie|yet|then|though|aunque|todavia|menti|mentira|honestly|"
          "actually|realy|en realidad|" + _TRUER_SAID + ")(?= ))")
_SCREEN_GIVEN_NO = _reading_pattern(
    "(?: (?:the|my|a|el|la|self|selfharm|harm|suicide|suicidal|safety|thoughts))*"
    " (?:" + _INSTRUMENT + _GAP + " " + _NEG_GIVEN + "(?: (?:to|on|for|en|a)(?: [a-z0-9]+){0,6}? (?:" + _INSTRUMENT
    + "|hacerme dano|lastimarme|selfharm|self harm|suicide|suicidio|harming myself|hurting myself))?"
    + "|(?:(?:i |yo )?(?:scored|put|marked|answered|said|got|gave|puse|dije|conteste|respondi|marque)(?: a| an)? )?"
    "(?:zero|0|no|none|nunca|never|not at al) (?:on|to|for|en|a|in)(?: [a-z0-9]+){0,6}? (?:" + _INSTRUMENT
    + "|hacerme dano|lastimarme|selfharm|self harm|suicide|suicidio|harming myself|hurting myself))(?= )" + _AFTER)
_GIVEN_TOPIC = _reading_pattern(" (?:thoughts?|thought|suicid[a-z]*|harm|harming|hurt|hurting|selfharm|dano|lastimar[a-z]*|dead|death|"
                                "muerte|morir|myself|yourself|kil|kiling|matarme|(?:question|item|pregunta) (?:9|nine|nueve))(?= )")


_INSTRUMENT_NAMED = _reading_pattern(" " + _INSTRUMENT + "(?= )")


def _mask_screen_given(words: str) -> str:
    if not _INSTRUMENT_NAMED.search(words):
        return words
    at = 0
    while match := _SCREEN_GIVEN_NO.search(words, at):
        # the topic in the match, in the six words before it or the six after ("i said no to the question about suicide")
        near = " ".join(words[:match.start()].split()[-6:] + match.group(0).split() + words[match.end():].split()[:6])
        if not _GIVEN_TOPIC.search(" " + near + " "):
            at = match.start() + 1  # a later start may still name the answer and its topic
            continue
        words = words[:match.start()] + " nothoughts" + words[match.end():]
        at = match.start() + len(" nothoughts")
    return words


# Round 21: asked whether one wants to live and answering no ("the nurse asked if I wanted to live and I said no"):
# the "said no" that answers a screening is here the wish not to live, read as NO_LIFE (a wish_dead entry).
NO_LIFE = "no wish to live"
_LIFE_NO = _reading_pattern(
    " (?:asks|asked|ask|asking)(?: me)? (?:if|whether) (?:i|yo) (?:want|wanted|wana|stil want)"
    " to (?:live|kep living|go on living|be alive|stay alive|be here|kep going)"
    "(?: anymore| any more| stil)? (?:and |but )?(?:i )?(?:said|say|answered|told (?:her|him|them)) (?:no|nope|not realy)(?= )"
    "| (?:me )?pregunto si (?:quiero|queria) (?:vivir|seguir viviendo|seguir aqui) y (?:le )?dije que no(?= )")
# Round 30 review: asked whether one wants to die and answering no ("they asked if I want to die. mine is no never, I
# want to be alive for my baby"): a screening answered, read as "nothoughts"; never "no, but...".
_DIE_ASKED_NO = _reading_pattern(
    " (?:asks|asked|ask|asking)(?: me)? (?:if|whether) (?:i|yo) (?:want|wanted|wana|ever want|ever wanted) to (?:die|be dead|kil myself)"
    "(?: and| but)?(?: i)? (?:said|say|answered|told (?:her|him|them)|mine is|my answer is|my answer was|the answer is|answer)"
    " (?:no never|no not at al|no|never|nope|hel no|absolutely not|not at al)(?= )(?! but)"
    # round 31 review: never a "no" said to be a lie, given for a reason, or followed by an act ("...I said no. I lied",
    # "...I said no because I was scared they'd take my baby", "...I said no. then I went home and took the pills")
    "(?!(?: [a-z0-9]+){0,12}? (?:lie|lied|lying|liar|menti|i do|i did|yes i do|so they|so she would not|so he would not|so nobody"
    "|scared|afraid|terified|miedo|then i|after that i|and then|but|pero|took|swallowed|cut myself|tome|me tome) )")
# ...and that "no" said to be a lie ("they asked if I want to die and I said no. that was a lie"): the wish itself.
_DIE_ASKED_LIED = _reading_pattern(
    " (?:asks|asked|ask|asking)(?: me)? (?:if|whether) (?:i|yo) (?:want|wanted|wana|ever want|ever wanted) to (?:die|be dead|kil myself)"
    "(?: and| but)?(?: i)? (?:said|say|answered|told (?:her|him|them)) (?:no|nope|never|not realy)"
    "(?: [a-z0-9]+){0,6}? (?:lie|lied|lying|menti|not true|was not true)(?= )")
# ...and the wish to live said plainly ("I want to be alive for my baby", "I want to stay alive to see her grow up"):
# a reason to live, not "(not) want to be alive"; never "stay alive" (a struggle) nor asked of oneself ("I don't know if I want to be alive for...").
# round 51 (m52en): a hedged "no" is no wish to live ("I don't think I want to be alive for her first birthday")
_WISH_TO_LIVE = _reading_pattern("(?<! if)(?<! whether)(?<! know)(?<! not)(?<! sure)(?<! not think)(?<! not think that)"
                                 "(?<! not realy think)(?<! doubt)(?<! doubt that) (?:i|yo) (?:realy |just |stil |so )?(?:want|wana|ned)"
                                 " to (?:be alive|live) (?=(?:for|to see|to watch|with|and se)(?= ))"
                                 # round 31 review: never for a while only, a reunion with the dead or a doubt ("...for one more
                                 # week, then it's over", "...with my grandma again", "...with the angels", "...but I don't think...")
                                 "(?!(?:[a-z0-9]+ ){0,8}?(?:more (?:day|days|wek|weks|month|months|night|nights|hour|hours|time)|until|til|then|after that|after|again|heaven|angels|angel|cielo"
                                 "|grave|but|pero|longer|over|done|last|gone) )")
_SCREEN_TOPIC = _reading_pattern(" (?:thoughts?|suicid[a-z]*|harming|hurting|hacerme dano|lastimarme|pensamientos|self harm|selfharm|beter of dead)(?= )")
# Suicide as the topic of a scene, a training or a statistic; the marker carries no concept.
_TOPIC = _reading_pattern(" (?:suicide|suicidio) (?:scene|scenes|prevention|awareness|rate|rates|statistics|storyline|plot|"
    "documentary|episode|training|prevencion)(?= )")
# Suicidal thoughts as what a treatment is for ("can ketamine help with suicidal thoughts", "are
# suicidal thoughts part of ppd", "is it normal to have suicidal thoughts"): a question about the topic,
# marked TOPIC_MARK, which gets the check-in and never the full crisis reply by itself, unless a person
# is named just before ("i keep having suicidal thoughts", "my wife has suicidal ideation").
TOPIC_MARK = "asktopic"  # a word no lexicon entry or prefix starts
# "thoughts of ending their life", "pensamientos de quitarse la vida": said of people in general
_TREATED = _reading_pattern(" thoughts of not wanting to (?:live|be alive)(?= )"
                            "| (?:thoughts|thinking|pensamientos|ideas) (?:of|about|de) (?:ending (?:their|your|ones|one s|her|his) "
                            "(?:life|lives|own life|own lives)|quitarse la vida|suicidarse)(?= )| (?:(?:thoughts|ideas|pensamientos|ideacion) (?:of|de) )?"
                            "(?:suicidal|suicidality|suicide|suicidio|suicidas|suicida)(?: thoughts| thinking| ideation|"
                            " depression| feelings| urges| patients| people| effect| effects| treatment)?(?= )")
_PERSON = _reading_words("i im ive id me my mine myself she her he his him wife husband partner mom friend daughter son "
                        "yo mi mis tengo tiene esposa esposo")
_TREATMENT = _reading_pattern(" (?:patients|patient|clients|client|ketamine|ketamines|ketamina|research|studies|study|literature|mechanism|treatment|treatments|tratamiento|pd|postpartum|posparto|postparto|symptom|"
                              "symptoms|sintoma|infusions?|esketamine|spravato)(?= )")


# A medicine named between the person and the topic, and a word saying it treats it just before.
_MEDICINE = _reading_words("ketamine ketamines ketamina esketamine spravato treatment treatments tratamiento infusions infusion")
_TREATS = _reading_words("for with treat treats treating help helps para trata tratar treated reduce reduces reducing lower lowers "
                        "decrease decreases ease eases stop stops affect affects on reducir disminuye disminuir baja quita ayuda")
# Round 21: the writer said the question is not about them ("general question, not about me: ..."), and the
# articles between a treatment's verb and the topic ("la ketamina reduce los pensamientos de suicidio").
_NOT_ABOUT_ME = _reading_pattern(" (?:not about me|no es sobre mi|no es por mi|not for me|no es para mi)(?= )")
_ARTICLES = _reading_words("the los las el la of de")


# Round 23: the writer names their profession ("I'm a nurse", "asking as a therapist", "I'm a researcher at ASU"): a
# question about suicidality as a topic, with nothing of their own, is a colleague's, and gets no check-in. It only
# settles TOPIC_MARK; "I'm a nurse and I've been having suicidal thoughts" names a person and is never masked.
_PROFESSIONAL = _reading_pattern(
    " (?:(?:i am|im|as|i work as|working as|speaking as|asking as) (?:a|an)|soy(?: una| un)?|trabajo como)(?: [a-z]+){0,2}? (?:nurse|nurses|therapist|"
    "psychiatrist|psychologist|doctor|physician|researcher|student|pharmacist|pharmacy tech|tech|technician|counselor|"
    "counselor|social worker|clinician|provider|midwife|doula|nurse practitioner|np|obgyn|professor|lecturer|"
    "psychiatric nurse|case manager|chaplain|paramedic|emt|resident|enfermera|enfermero|terapeuta|psiquiatra|"
    "psicologa|psicologo|doctora|investigadora|investigador|estudiante|trabajadora social|trabajador social|ob|lmft|lpc|lcsw|lactation consultant|pediatrician|"
    "family doctor|gp|psychiatric np|psych np|mft)(?= )")


# Batch 24 studied: a professional's clients, patients or the mothers they see, with ideation ("I'm a therapist and I
# sometimes refer clients with suicidal ideation", "soy terapeuta y tengo pacientes con ideas suicidas"): a topic.
# Batch 26 studied: the profession named of someone else ("my wife is an ER nurse and she's asking whether...")
# settles only the clients' ideation below, never TOPIC_MARK.
_PROFESSIONAL_OTHER = _reading_pattern(" (?:my [a-z]+|she|he|mi [a-z]+) (?:is|works as|es|trabaja como)(?: a| an| una| un)?(?: [a-z]+)?"
                                       " (?:nurse|therapist|psychiatrist|psychologist|doctor|physician|social worker|counselor|paramedic|"
                                       "midwife|enfermera|enfermero|terapeuta|psiquiatra|psicologa|psicologo|doctora)(?= )")
_CLIENTS_WITH = _reading_pattern(
    " (?:clients|client|patients|patient|moms|mothers|women|families|parents|pacientes|paciente|clientes|cliente|mamas|madres|mujeres)"
    "(?: (?:who|that|que))?(?: (?:have|has|had|are|were|mention|mentions|report|reports|describe|describes|disclose|discloses|"
    "admits|expresses|tienen|tenian|tiene|tells me|tells you|tels me|tels you|discharged|admited|hospitalized|sen|treated))?"
    "(?: with| con| have| having| for| about| after| following)?"
    "(?: some| any| active| algunas| a history of| history of)?"
    " (?:suicidal ideation|suicidal thoughts|suicidal|thoughts of (?:self harm|selfharm|suicide|harming themselves|"
    "hurting themselves)|ideas suicidas|pensamientos suicidas|ideacion suicida|self harm|selfharm"
    # batch 28 studied: "your protocol for patients with a history of suicide attempts"
    "|suicide attempts|suicide attempt|attempted suicide|intentos de suicidio|intento de suicidio"
    "|(?:she|he) (?:wants|wanted) to (?:hurt|harm|kil) (?:herself|himself))(?= )")


# ...unless the writer has them too, or is the patient herself ("my wife is a nurse. I'm a patient hospitalized with
# suicidal thoughts", "patients with suicidal thoughts like me", "soy paciente con ideas suicidas").
_ME_TOO = _reading_pattern(" (?:i have it|i have them|i have those|i have had it|me to|i do to|so do i|i am to|myself|now i|"
                           "like me|como yo|i am a patient(?! of| at| here| there| with you)|i am the patient|i am one of them|soy paciente|soy la paciente|"
                           "i am hospitalized|i am in the hospital|estoy hospitalizada|estoy internada|"
                           "i have ben|i fel|i want(?! to (?:know|ask|understand|refer|make sure|learn|check|be sure|find out))|i think about|yo tambien|yo tambien las tengo|a mi tambien)(?= )")


# Round 44: thoughts of dying or death asked about the same way ("are dark thoughts about dying part of ppd", "is thinking
# about death part of ppd", "does ketamine help with thoughts of death", "¿los pensamientos de muerte son parte de la
# depresión posparto?"): masked as TOPIC_MARK with the same person guard, and never when the writer says they are hers
# now in other words ("been thinking about death constantly, is that ppd", "pienso en la muerte todo el tiempo").
_DEATH_THOUGHTS = _reading_pattern(
    " (?:(?:dark|scary|intrusive|recurring|constant|morbid|random) )?(?:thoughts|thinking|pensamientos|ideas|pensar)"
    " (?:of|about|de|en|sobre)(?: la| el)? (?:dying|death|being dead|not waking up|muerte|morir|morirse|estar muerta)(?= )")
_THOUGHTS_OWN_NOW = _reading_pattern(
    " (?:ben|kep|keps|kept|lately|constantly|al the time|every day|everyday|every night|nonstop|cant stop|can not stop|always"
    "|these days|right now|today|tonight|at night|todo el tiempo|todos los dias|cada dia|cada noche|ultimamente|siempre|no puedo dejar"
    "|hoy|esta noche|estos dias|pienso|pense|he pensado|estoy pensando|tengo|tuve|have ben|i have|i get|i am|im"
    "|every time|everytime|whenever|cada vez|plan|plans|planing|planear|what i do"
    # review 46 A8: the thoughts told as constant or dated ("constant suicidal thoughts since the birth", "non stop since
    # tuesday", "pensamientos suicidas todo el día")
    "|constant|non stop|since|every morning|al day|al night|al wek|todo el dia|toda la noche|todas las noches|todas las mananas"
    "|desde)(?= )")
# a question that asks whether such thoughts are normal, common or part of an illness: a topic as much as a treatment,
# when nothing says they are the writer's now ("is it normal to think about suicide every time the baby naps? I have
# the time to plan" is hers)
_ASKED_NORMAL = _reading_pattern(
    " (?:(?:is|are|iz|r)(?: it| this| that| these| they| those)? (?:normal|common|usual|typical|a symptom|a sign)"
    # round 45: the alternatives below had a space too many and never matched
    "|part of (?:(?:the |my |her )?(?:pd|postpartum|depression|ilnes|ilness|post partum|disease|condition))"
    "|(?:es|son) (?:normal|normales|comun|comunes|un sintoma|parte de)"
    "|parte de la (?:depresion|pd|enfermedad))(?= )")
# Round 45: the writer says the thoughts are hers now in a clause of their own, outside the question ("is it normal to
# have suicidal thoughts? they're getting louder", "...? I think I want to", "...? mine are getting scary", "los míos son
# cada vez más fuertes"): never a topic, whatever the question asks.
_THOUGHTS_SAID_OWN = _reading_pattern(
    " (?:they are geting|they re geting|theyre geting|they (?:keep|kep) (?:coming|geting|happening|growing)|they wont stop"
    "|they will not stop|they do not stop|make them stop|mine are|mine have|i think i want|i want to do it|i want to die"
    "|i want to(?= $)|sometimes i want|i do not trust myself|i dont trust myself|i am scared of myself|i am afraid of myself"
    "|los mios|las mias|(?:son|estan|se ponen|se hacen) cada vez (?:mas|peor|peores)|no puedo pararlos|no se van|no me dejan"
    # review 46 A8: "...I have them every night", "...won't leave me", "...keep coming", "someone like me"
    "|i have them|i get them|i have those|i get those|i have had them|i keep having them|i kep having them|los tengo|las tengo"
    "|(?:wont|wil not|do not|dont) leave me(?: alone)?|(?:keep|kep|keps) coming(?: back)?|someone like me|people like me"
    "|alguien como yo|gente como yo)(?= )")
# Round 45: a question frame ("i want to know if", "i wonder whether", "quiero saber si") is not a person named before the
# topic, and neither is a hypothetical someone ("if a new mom has suicidal thoughts", "cuando una mamá tiene...").
_QUESTION_FRAME = _reading_pattern(
    " (?:i (?:just )?(?:want|wanted|would like|d like|d love) to (?:know|understand|ask|learn|find out|check)"
    "|i (?:am |was )?(?:wonder|wondering|curious)|i (?:was |am )?asking|id like to (?:know|understand|ask)"
    "|quiero saber|quisiera saber|me pregunto|quiero entender|quisiera entender|queria saber|queria preguntar"
    # round 51 (f52): something read or heard about the topic ("I read that suicidal thoughts can be a symptom of PPD",
    # "leí que los pensamientos suicidas son parte de la depresión"): a fact reported, not her own
    "|i (?:have |ve )?(?:read|heard|saw|learned|was told|have ben told|ve ben told)(?: online| somewhere| on [a-z]+)? that"
    "|(?:lei|he leido|escuche|he escuchado|oi|vi|me dijeron|aprendi)(?: en [a-z]+)? que)"
    "(?: (?:if|whether|about|how|why|si|como|por que))?(?= )")
_HYPOTHETICAL_SOMEONE = _reading_pattern(" (?:if|when|si|cuando) (?:a|an|una|un|any|someone|alguien)"
                                         "(?! like me | como yo )(?: (?!i |my |yo |mi |me )[a-z]+){0,2}(?= )")
# Round 45: someone else's thoughts told as past and over ("my sister had thoughts of ending her life... she's safe and
# getting help now"): the person named is no crisis of now when the words say she is safe or better now.
_OTHER_PAST = _reading_words("had tuvo tenia")
_OTHERS_SAFE_NOW = _reading_pattern(
    " (?:she is|he is|shes|hes|she s|he s|ya esta|esta|ahora esta) (?:safe|doing beter|doing wel|doing fine|beter now|fine now"
    "|wel now|ok now|okay now|god now|a salvo|bien|mejor)(?= )")
_OTHER_SIGN = _reading_pattern(
    " (?:found|encontre|gave away|giving away|regalo|regalando|said goodbye|says goodbye|saying goodbye|se despidio|se despide"
    "|wrote a note|a note|una carta|wrote letters|not eating|no come|no duerme|not sleping|hiding|escondio|escondida|escondido"
    "|rope|cuerda|pils|pastilas|gun|pistola|arma|knife|cuchilo|bridge|puente|tonight|esta noche|plan|un plan)(?= )")
_THIRD_PERSON = _reading_words("she her he his him wife husband partner mom friend daughter son sister cousin aunt tiene esposa esposo")


# Round 45: a relative seen in a state ("la veo alejada de todos", "lo veo muy triste") is the writer noticing her, not
# an image seen ("veo" alone reads as one); read as "la noto".
_SEEN_IN_A_STATE = _reading_pattern(
    " (?P<who>la|lo|las|los) veo(?P<state> (?:muy |tan |mas |super |bien |como )?(?:alejada|alejado|alejadas|alejados|triste|tristes|cansada|cansado"
    "|deprimida|deprimido|rara|raro|apagada|apagado|mal|distante|distinta|distinto|diferente|aislada|aislado|callada|callado"
    "|sola|solo|lorando|preocupada|preocupado|ansiosa|ansioso|irritable|enojada|enojado|agotada|agotado|desanimada|desanimado"
    "|decaida|decaido|perdida|perdido|ida|sin ganas|sin energia))(?= )")
# Review 46 A4: ...never beside a means or a time ("lo veo mal, tiene la pistola en la mano", "la veo rara, dice que esta
# noche se va"): the state and the means are read together as before.
_SEEN_WITH_RISK = _reading_pattern(" (?:esta noche|hoy|manana|se va|se despide|se despidio|para siempre|adios|carta|tonight)(?= )")
# Round 45: a wish of the writer's own to "do it" asked about as normal or part of PPD ("sometimes I want to do it, is
# that part of ppd", "a veces quiero hacerlo, ¿es normal?"), with no treatment named to be "it": the sure tier.
_OWN_WISH_DO_IT = _reading_pattern(
    " (?:sometimes i|part of me|i (?:realy |just |stil )?(?:want|wana|wanted) to do it (?:so bad|badly|every)|a veces|parte de mi)"
    " ?(?:want|wants|wana|quiero|quisiera|quiere)? (?:to do it|hacerlo)(?= )")


_SON_OWNED = frozenset("my her his our your their the a mi su".split())


def _mask_topic(words: str) -> str:
    """Suicidal thoughts asked about as what a treatment treats, with no person just before, or
    with a treatment named as what treats them after the person ("my friend told me ketamine is
    used for suicidal depression": the friend told, the ketamine treats)."""
    # review 46 B: never over when it was recent or a sign is told beside it ("...last night, she's fine now", "...she's
    # okay now, but I found the rope", "...she gave away the baby's things")
    others_over = _OTHERS_SAFE_NOW.search(words) is not None and not _RECENT.search(words) \
        and not _OTHER_SIGN.search(words) and not _holds_means(words)
    def blanked(text: str) -> str:
        # review 46 C: the frames are blanked once over the whole reading (same length, so a match's start still indexes it)
        for frame in (_NOT_ABOUT_ME, _QUESTION_FRAME, _HYPOTHETICAL_SOMEONE):
            text = frame.sub(lambda m: " " * len(m.group(0)), text)
        return text
    heads = [blanked(words)]
    def masked(match: re.Match[str]) -> str:
        low = max(0, match.start() - 600)  # the last five words, read from a window: never the whole prefix
        before = heads[0][low:match.start()].split()
        if low and len(before) <= 5:
            before = heads[0][:match.start()].split()
        before = before[-5:]
        while before and before[-1] in _ARTICLES:
            before.pop()
        # "son" is a person only after "my", "her", "the"...: in Spanish it is "are" ("son normales los pensamientos de...")
        people = [i for i, word in enumerate(before) if word in _PERSON
                  and (word != "son" or i > 0 and before[i - 1] in _SON_OWNED)]
        if people:
            after = before[people[-1] + 1:]
            other_over = others_over and before[people[-1]] in _THIRD_PERSON and _OTHER_PAST.intersection(after)
            if not (_MEDICINE.intersection(after) and after[-1] in _TREATS) and not other_over:
                return match.group(0)
        return " " + TOPIC_MARK
    if not _THOUGHTS_OWN_NOW.search(words):
        words = _DEATH_THOUGHTS.sub(masked, words)
        heads[0] = blanked(words)
    return _TREATED.sub(masked, words)


# Round 23: a denial explained by another state ("I'm not suicidal, it's health anxiety", "not suicidal at all, just
# burnt out", "...I just feel really flat and sad") answers the question it denies: the marker becomes DENIAL_EXPLAINED,
# which carries no concept (the learned model still reads the rest). Anything else after the denial ("I'm not suicidal
# I just cut", "...just tired of being alive") keeps the check-in, and every phrase still reads.
DENIAL_EXPLAINED = "denialexplained"
_DENIAL_EXPLAINED = _reading_pattern(
    " denial(?: [a-z0-9]+){0,14}? (?:just|only|it is|its|simply|but|more like|mostly|i am|i fel|feling)(?: [a-z]+){0,3}?"
    " (?:burnt out|burned out|flat|numb|sad|anxious|anxiety|health anxiety|overwhelmed|stresed|exhausted|tired|"
    "burnout|depresed|empty|worried|scared of cancer|grieving|lonely|irritable|unmotivated|low energy|in a fog|foggy"
    "|down(?! to)|low(?! on (?:my|the|meds|medication|medicine|pils|pil|tablets))"
    "|beter|much beter|stable|god|great)"  # round 52 (falarm52): "...and it's still true. feeling better tbh"; a mood, not "down to my last few pills", "low on meds"
    "(?= )(?!(?: [a-z]+){0,3} (?:of living|of being alive|of life|of existing|of everything|of it al|of this|of trying|"
    "of fighting|that i want|and want|and i want))")
# Round 23: too much coffee called an overdose ("pretty sure I overdosed on caffeine 😂", "caffeine overdose lol") is
# a lot of coffee; caffeine pills or tablets are a means and keep the word.
# Batch 30 studied: the same hyperbole of any food, treat or show ("overdosed on chocolate tonight 🍫", "I OD'd on
# Halloween candy", "a cheese overdose", "sobredosis de pan dulce"): a treat; pills, tablets or powder keep the word.
_TREAT = ("(?:cofe|cofes|cafeine|espreso|energy drinks?|red bul|sugar|chocolate|chocolates|candy|candies|cookies|cookie|cake|cupcakes|"
          "ice cream|pizza|cheese|carbs|fries|tacos|donuts|doughnuts|pastries|pastry|snacks|junk food|halowen candy|girl scout cookies|"
          "netflix|tv|reality tv|baby pictures|baby photos|cuteness|dulces|pan dulce|galetas|pastel|helado|azucar|cafe)")
_PILLS_NAMED = _reading_pattern(" (?:pils|pil|tablets|tablet|tabs|capsules|pastilas|pastila|meds|medication|medicine|medicina|"
                                + "|".join(sorted({term.replace("_", " ") for term in MEANS.split("/")}, key=len, reverse=True))
                                + ")(?= )")
# Round 30 review: a treat listed beside a drug ("overdose on ice cream and my klonopin", "...cookies laced with my oxy")
# is a garnish: the treat is dropped, so the overdose reads as on the drug.
_MEANS_NAMED = _PILLS_NAMED.pattern[:-len("(?= )")]
_TREAT_BESIDE_MEANS = _reading_pattern(
    "(?P<od> (?:overdosed|overdose|overdosing|od|oded|odd)(?: on)?)(?: (?:so much|to much|al the|the|some|a|my))? " + _TREAT
    + "(?: [a-z]+){0,2}? (?:and|with|laced with|plus|y|con)(?= (?:(?:al |some )?(?:my|the|mis|mi|her) )?" + _MEANS_NAMED.lstrip() + "(?= ))")
# Round 30 review: an overdose wished or planned ("I want to overdose on candy and tylenol", "gonna overdose on...") is
# never a treat, whatever it is said to be on.
_OD_WISHED = _reading_pattern(" (?:want to|wana|wish i could|going to|gona|am gona|plan to|planing to|about to|ready to|quiero|voy a)"
                              "(?: [a-z]+)?(?: (?:overdose|od)(?= )| (?:darme|tomar) una sobredosis)")
_CAFFEINE_WORD = _reading_pattern(" (?:cofe|cofes|cafeine|espreso|energy drinks?|red bul|sugar|cafe)(?= )")
_CAFFEINE_OD = _reading_pattern(
    " (?:overdosed|overdose|overdosing|od|oded|odd|sobredosis de)(?: on)?(?: (?:so much|to much|al the|the|some|a|my|mi|de))? " + _TREAT
    + "(?! pils| pil| tablets| tabs| powder| pastilas)(?= )| " + _TREAT + " (?:overdose|sobredosis)(?= )")


# Batch 24 studied: ordinary words that name a risk only out of their context, each read by what it is aimed at.
# A goodbye whose reason is a place, a job, a move or a trip ("we're moving to Tucson so this is goodbye", "last day
# at the office before maternity leave, goodbye cubicle", "said goodbye to the baby before his work trip") is a
# send-off, unless it is said to be final ("forever", "the last time", "won't be here").
# (round 53: the clinic's "front desk" is the staff, not an office left behind)
_DEPARTURE = _reading_pattern(
    " (?:moving(?! on)|move(?! on)|moved(?! on)|relocating|relocate|relocated|mudamos|mudo|mudando|mudanza|mudar|mudarnos|mudarme|me voy a vivir|nos vamos a vivir|"
    "maternity leave|paternity leave|my leave|leave starts|last day at|last day of|ofice|cubicle|(?<!front )desk|new job|graduating|"
    "graduated|flew|flying|flight|airport|trip|deployment|deployed|vacation|vacaciones|viaje|aeropuerto|transfer|"
    "home to|quiting|quit my job|resigning|resigned|retiring|retired|coworkers|co workers|colleagues|the team|my team"
    # round 45: a coworker who moves away ("me despedí de mi compañera de trabajo, se muda a Texas")
    "|muda|mudan|mudaron|se va a vivir|companera de trabajo|companero de trabajo|companeras de trabajo"
    "|companeros de trabajo|colegas|se jubila|me jubilo|renuncie|nuevo trabajo)(?= )")
_FINAL = _reading_pattern(" (?:forever|for god|for ever|last time|anymore|any more|wil not be here|not be here|not be around|"
                          "never see|para siempre|ultima vez|ya no estare|no estare|come back|coming back|return|returning|regreso|regresar|"
                          "volver|no plan|not plan|not planing"
                          # batch 26 studied: a next meeting put in doubt ("see you tomorrow if I'm still here", "o no")
                          "|or not|maybe not|probably not|if i am stil|if i am here|if i make it|if i am alive|o no|si sigo|si todavia|si aun"
                          "|si estoy viva|si estoy vivo|tal vez no|quizas no"
                          # review of round 26: a meeting in another world, a waking in doubt, nobody left waiting
                          "|on the other side|in heaven|del otro lado|en el cielo|if i wake up|si despierto|si amanezco"
                          "|none is waiting|nobody is waiting|nadie me espera|none wil mis me|nobody wil mis me"
                          # ...or a means at hand ("thanks for trying, goodbye, I have the pills ready")
                          "|pils ready|pils are ready|gun is loaded|las pastilas listas|tengo las pastilas)(?= )")
_LAST_DAY = _reading_pattern(" last day(?= (?:at|of|before) )")
_FAREWELL_WORD = _reading_pattern(" (?:thank you for everything|thanks for everything|gracias por todo|godbye|goodbye|godbyes|bye|byes|farewel|adios|despedi|despedimos|despedida|despedirme)(?= )")
# A means aimed at an animal ("the lethal dose of chocolate for dogs", "our puppy chewed a tylenol, how much would be
# an overdose for him"): a poisoning question, not a method.
_ANIMAL = ("(?:dog|dogs|puppy|pupy|pupies|cat|cats|kiten|kitens|kity|pet|pets|lab|horse|horses|pony|donkey|cow|goat|sheep|pig"
           "|hamster|guinea pig|rabit|bunny|ferret|bird|parot|chicken|hen|rat|mouse|gerbil|lizard|snake|turtle|fish"
           "|perro|perrita|perrito|gato|gatito|mascota|caballo|yegua|burro|vaca|cabra|conejo|pajaro|tortuga)")
_POISON = "(?:lethal|toxic|overdose|overdosing|poisonous|poison|fatal|deadly|letal|toxico|toxica|sobredosis)"
_AIMED_AT_ANIMAL = _reading_pattern(
    f" {_POISON}(?: [a-z0-9]+){{0,6}}? (?:for|to|in|para) (?:a |an |my |our |the |mi |el |un |los |las )?"
    f"(?:[0-9]+ (?:lb|lbs|pound|pounds|kg) |smal |big |little |old )?{_ANIMAL}(?= )")
# ... or at the animal named as what ate it ("our puppy chewed a tylenol, how much would be an overdose for him")
_ANIMAL_ATE = _reading_pattern(f" {_ANIMAL}(?: just)? (?:ate|eaten|chewed|licked|got into|swallowed|comio|se comio)(?= )")
_AIMED_AT_IT = _reading_pattern(f" {_POISON}(?: [a-z0-9]+){{0,6}}? (?:for|to|para) (?:him|her|it|them|el|ella)(?= )")
# A head bumped on a household thing ("hit my head on the cabinet door again, sleep deprivation") is an accident;
# "against the wall" is not read here.
_BUMPED = _reading_pattern(" (?:hit|banged|bumped|smacked|whacked|knocked) my head (?:on|into) (?:the |a |my )?(?:car |kitchen |cabinet |bathroom )?"
                           "(?:cabinet|cabinets|dor|cupboard|shelf|table|counter|ceiling|bunk|fridge|trunk|hod|crib|corner|car|window|vent)"
                           "(?= )(?!(?: [a-z]+){0,4} (?:on purpose|until|til|to fel|over and over|again and again|to stop|to make))")
# Round 26: the frustration idiom ("banging my head against the wall trying to get her to latch / over this claim")
# and a blow told by its cause ("hit my head against the wall getting out of bed"): the blow is read as vexation when
# the object of the frustration (VEXED_BY, as the self-harm family reads it) or the accident's cause follows the
# surface; "...against the wall until it hurts" is still a blow. (Written once here, instead of as concept guards
# spelt out for every verb, surface and object: those were 175,000 strings that took a second to build.)
_HEAD_SURFACE = ("(?:bang|bangs|banging|banged|bash|bashing|bashed|slam|slams|slamming|slammed|smack|smacked|smacking|"
                 "hit|hits|hitting)(?: my)? head (?:against|on|into)(?: the| a| my)?(?: brick)?"
                 " (?:wall|walls|desk|table|door|cabinet|steering wheel|floor)")
_HEAD_CAUSE = ("getting up/getting out/getting in/getting into/getting off/getting down/climbing/reaching/bending/"
               "standing up/turning around/in the dark/by accident/accidentally/when i got/when i stood/when i bent/"
               "when i turned/as i got/as i stood/as i bent/when i slipped/when i tripped")
_HEAD_VEXED = _reading_pattern(f" {_HEAD_SURFACE}(?= (?:" + "|".join(
    sorted({tail.replace("_", " ") for tail in VEXED_BY.split("/") + _HEAD_CAUSE.split("/")}, key=len, reverse=True)) + ") )")
# A baby scratching her own face ("scratch mittens or no? she keeps scratching her face and it bleeds"): a baby's nails.
_BABY_NAILS = _reading_pattern(" (?:mitens|mittens|nails|newborn|infant|baby|bebe|her nails|his nails)(?= )")
_SCRATCHING = _reading_pattern(" (?:scratching|scratches|scratched|scratch) (?:her|his|their) (?:own )?(?:face|chek|cheks|cheeks|nose|ears|eyes|head|skin)(?= )")
# Review 53 (mend53): never where the writer is the one scratching the baby ("I scratched her face with my nails until it
# bled", "I keep scratching his cheek"): harm the writer does, not a baby's own nails.
_WRITER_SCRATCHES = _reading_pattern(
    " (?:i|i have|i keep|i kept|i wil|i am|i just|yo)(?: [a-z]+)? (?:scratching|scratches|scratched|scratch|rasgune|arane)"
    " (?:her|his|their|the babys|my babys|him|them)(?= )| with my (?:own )?(?:nails|fingernails)(?= )")
# An absence with a reason ("I'm not going to make it to Tuesday's session, car's in the shop"): a missed visit.
_MISSED_VISIT = _reading_pattern(
    " (?:not going to|not gona|wil not|can not|canot|unable to|not able to|might not|may not|wont) make it"
    "(?= (?:to|today|tomorow|tonight|this|on|in)(?! the end| the wekend| another| much| til| until)(?: [a-z0-9]+){0,12} (?:car|cars|traffic|sick|fever|babysiter|siter|nany|daycare|out of town|"
    "funeral|flight|work|snow|weather|flat|tire|dentist|meting|shift|vacation|trip|wedding|covid|flu|cold|migraine|"
    "stuck|in the shop|broke down|school|ride|parking) )")


# Batch 25 studied: an injury with an accidental cause ("the drill slipped and I cut my hand", "got scratched up by
# the thorns", "burned my wrist on the oven rack") or, on a baby, of unknown origin ("a bruise on his leg and I have
# no idea where it came from"): the injury word reads "mishap" when such a cause stands within eight words of it, and
# never when the message says it was on purpose or names a wish to feel, punish or die.
_INJURY = _reading_words("cut cuts scratched scratches scratch scraped scrape burned burnt burn nicked bruise bruises bruised "
                    "bleding bled gash sliced")
_INJURY_NAMED = _reading_pattern(" (?:" + "|".join(sorted(_INJURY)) + ")(?= )")
_MISHAP_CAUSE = _reading_words("sliped slip slips thorns thorn pruning gardening roses dril knife oven stove pan rack tripped "
                          "trip door shaving slicing chopping cooking avocado cat cats dog scisors glas accidentaly "
                          "accident clumsy")
# Round 31: a do-it-yourself job and its tools ("DIY nursery project, cut my finger on the saw"); "saw" only as the tool
# ("the saw", "a table saw"), never the verb ("I saw the blood").
_MISHAP_CAUSE = _MISHAP_CAUSE | _reading_words("diy woodworking sawing hammer hammering chisel sanding sander drywal lumber "
                                               "toolbox workbench utility")
# Batch 33 probes: household heat ("burned my wrist on the iron while ironing", "the kettle"), a wet or icy surface
# ("I slipped on the wet floor ... and bruised my hip"); "iron" only the clothes
# iron, never a hair tool ("I burn myself with the curling iron and tell my husband it was an accident").
_MISHAP_CAUSE = _MISHAP_CAUSE | _reading_words("ironing kettle toaster grill stovetop")
# Round 38 (batch 39): the baby's and the kitchen's hot things ("burned my hand on the bottle sterilizer").
_MISHAP_CAUSE = _MISHAP_CAUSE | _reading_words("sterilizer sterilizers steriliser sterilizing warmer microwave boiling steam "
                                               "steamer airfryer fryer skillet wok teapot coffeemaker radiator")
# Round 53 (falarm53): a scald is an injury word as a burn is ("scalded my fingers on the kettle"), and the nursery's
# and the home's furniture a cause ("bruised my hip on the crib corner", "stubbed my toe on the dresser and it bled")
_INJURY = _INJURY | _reading_words("scalded scald scalds")
_INJURY_NAMED = _reading_pattern(" (?:" + "|".join(sorted(_INJURY)) + ")(?= )")
# (the furniture only as what was hit: "on the crib corner", "against the dresser", never "the crib is next to me")
_MISHAP_CAUSE = _MISHAP_CAUSE | _reading_words("bumped stubbed stubbing")
_FALARM53_FURNITURE = frozenset(_reading_words("crib cribs corner dresser counter countertop doorframe nightstand bedframe "
                                               "highchair stroller"))
_FALARM53_HIT_ON = frozenset(_reading_words("on against into off"))
_IRON_NOT_CLOTHES = frozenset(_reading_words("curling flat hair"))
_SLIPPERY = frozenset(_reading_words("wet icy ice slippery"))  # only before a surface: "the floor is wet with my blood" is no cause
_SURFACE = frozenset(_reading_words("floor flors tile tiles stairs steps pavement sidewalk road driveway grass deck porch bathroom kitchen"))
# review 32: a wet or icy surface is a cause only beside a slip or a fall ("I slipped on the wet floor..."), never where
# she lies ("I'm on the wet bathroom floor with cuts all over my legs")
_FALL = frozenset(_reading_words("slipped slip slips slipping fell fall falls falling fallen tripped trip trips skidded skid"
                                 " resbale resbalo resbalon cai caida"))
_SAW_BEFORE = frozenset("the a my his her table circular miter hand power band".split())
_UNKNOWN_ORIGIN = _reading_pattern(" (?:no idea|not sure|no clue|dont know|do not know|have no idea|cant figure out)"
                                   " (?:where|how|what)(?= )")
_ON_PURPOSE = _reading_pattern(" (?:on purpose|deliberately|intentionaly|to fel|to punish|wanted to|want to|myself again|make myself|made myself|"
                               "hard enough|so i can|says|said|claims|claimed|supposedly|"
                               "can not stop|cant stop|until it|until they|again|"
                               # a way of coping, not a one-off ("I burn my palm on the stove when I feel like screaming")
                               "(?:when|whenever|every time|everytime) i (?:fel like|fel (?:overwhelmed|angry|numb|bad|anxious|upset|empty))|to cope|"
                               "to calm down|i deserve|cuando me siento|"
                               # a tool of self-harm ("hiding behind the door, burned my wrist with a lighter")
                               "with a lighter|with a razor|with a blade|with a cigarete|with matches|con un encendedor|con una navaja|"
                               "cuando siento|para sentir|a proposito|"
                               # review 53 (mend53): the head or body driven into the furniture, or kept up as a way to
                               # cope ("I slammed my head into the counter ... I do it when I can't cope", "over and over")
                               "over and over|i do it when|i do this when|can not cope|cant cope|slammed my head|slam my head|"
                               "slamming my head|hit my head against|hitting my head against|threw myself|throw myself|"
                               "punched myself|me golpeo la cabeza|me azoto)(?= )")


# Round 31 review: the writer's own hand named ("I cut myself with his woodworking tools", "the cuts aren't from the
# toolbox, I made them") is no mishap unless an accident is said; a cause denied ("aren't from woodworking") is no cause.
_SELF_DONE = _reading_pattern(" (?:i (?:cut|burned|burnt|scratched|sliced) myself|(?:cut|cuting|slice|sliced) my (?:wrist|wrists|arm|arms|thigh|thighs)"
                              "|i made (?:them|it|those)|i did (?:them|it|those|this)|i do (?:it|them) myself|me los hice|me corte)(?= )")
_ACCIDENT_SAID = _reading_pattern(" (?:accidentaly|by acident|acident|sliped|slip|slips|on the saw|tripped|clumsy)(?= )")
_CAUSE_DENIED = frozenset("not no ni nor".split())
# Round 38 review: ...nor beside clumsiness or an accident said, never denied ("...on the microwave plate again, clumsy me";
# not "again, and not by accident")
_CLUMSY_AGAIN = _reading_pattern("(?<! not)(?<! no)(?<! never) (?:accidentaly|by acident|clumsy|sliped|tripped)(?= )")
# Batch 33 review: never a mishap wished worse or deadly ("...while ironing, honestly wish it was worse", "slipped on the ice
# and cut myself, I wish I'd bled out"), liked, hidden, or done as a habit ("I burn my thighs with the iron").
_MISHAP_WISHED = _reading_pattern(" (?:wish|wished|wishing|hope it|hoped it|hoping it|ojala|bled out|bleed out|bleding out|desangrarme"
                                  "|felt god|fels god|fel god|liked it|like it|nobody knows|no one knows|nobody can se|no one can se"
                                  "|hide them|hide it|hiding them|i burn (?:my|myself)"
                                  # review 32: harm enjoyed, felt, held till it burned, or cut too deep ("I burned my son
                                  # with the iron and I enjoyed it", "...the hot grill till it burned. felt nothing").
                                  # Review 33: the hold is an act on the body ("held my arm on the grill"), never a bare
                                  # "held", "holding", "pressed" or "glad": first aid ("held a towel on it", "glad it
                                  # wasn't worse", "holding the tongs") is how a mishap is told.
                                  "|(?:i|and)(?: realy| actualy| kind of| kinda| secretly| honestly)? (?:enjoyed|loved|enjoy) (?:it|that|doing it"
                                  "|the pain|hurting|hearing|watching|seeing)|felt nothing|fel nothing|so i would fel|so id fel|ned it to hurt"
                                  "|want it to hurt|to dep|glad (?:i did|it hurt|it burned|it bled|it happened)"
                                  "|(?:til|until) (?:it|they) (?:burned|burnt|blistered|scarred|sizzled|smoked)"
                                  "|(?:held|hold|holding|pressed|press|pressing|kept|kep|keping) (?:my |his |her |the babys |a )?"
                                  "(?:hand|hands|arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|finger|fingers|palm|foot|feet|face|it)"
                                  " (?:on|onto|against|over|to|under|in|near) (?:the |a |my )?(?:hot )?(?:grill|stove|stovetop|iron|burner"
                                  "|pan|kettle|oven|flame|candle|heater|lighter|tap|radiator|curling iron|straightener|flat iron)"
                                  "|(?:burned|burnt|burn|cut) (?:my |the |our )?(?:son|daughter|baby|babys|toddler|kid|kids|him|her|them))(?= )")  # "cut" is its own past tense: not read as a habit


def _mask_mishaps(words: str) -> str:
    if not _INJURY_NAMED.search(words):
        return words
    tokens = words.split()
    told = words  # round 35: "again" beside first aid is a clumsy household ("...on the iron again, ice helps")
    if " again " in words and (_FIRST_AID.search(words) or _CLUMSY_AGAIN.search(words)) and not _BURNING_HELPS.search(words):
        told = words.replace(" again ", " ")
    if _ON_PURPOSE.search(told) or _SELF_DONE.search(words) and not _ACCIDENT_SAID.search(words) or _MISHAP_WISHED.search(words):
        return words
    # Round 38 review (C2): nor where the concepts read intent in the words as told ("...on the bottle warmer, I do it
    # when I'm overwhelmed", "...I wanted it to hurt", "it's not the first time"): the one intent set both layers share
    if not read_concepts(told.split(), _lexicon()).found.isdisjoint(_concepts.INJURY_MEANT):
        return words
    unknown = _UNKNOWN_ORIGIN.search(words) is not None and (" baby " in words or " babys " in words or " his " in words or " her " in words)
    causes = [i for i, t in enumerate(tokens) if (t in _MISHAP_CAUSE or t == "saw" and i and tokens[i - 1] in _SAW_BEFORE
                                                  or t == "iron" and i and tokens[i - 1] not in _IRON_NOT_CLOTHES
                                                  or t in _FALARM53_FURNITURE and not _FALARM53_HIT_ON.isdisjoint(tokens[max(0, i - 3):i])
                                                  or t in _SLIPPERY and tokens[i + 1:i + 2] and tokens[i + 1] in _SURFACE
                                                  and not _FALL.isdisjoint(tokens[max(0, i - 4):i + 6]))
              and _CAUSE_DENIED.isdisjoint(tokens[max(0, i - 3):i])]
    out = [("mishap" if t in _INJURY and (unknown or any(abs(i - c) <= 8 for c in causes)) else t)
           for i, t in enumerate(tokens)]
    return " " + " ".join(out) + " "


# Batch 25 studied: a look as an idiom ("she gave me the death stare", "a look that could kill") and the cord cut at a
# birth ("cut the cord today!! first time dad"): neutral words, so "death", "kill" and "cut" are not read there;
# never a death made to look like something ("make my death look like an accident").
_IDIOM_LOOK = _reading_pattern(" (?:death|dirty|evil|stink) (?:stare|stares|glare|glares|look|looks|eye)(?= )(?! like| as if)"
                               "| (?:look|looks|glare|glares|stare|stares) that could kil(?= )")
_CORD_CUT = _reading_pattern(" (?:cut|cuts|cuting|clamp|clamped) (?:the|her|his|my babys|the babys) (?:umbilical )?cord(?= )")


# Batch 26 studied: a goodbye with the next meeting named ("adiós, gracias por todo, nos vemos el jueves", "bye, mañana
# les escribo para lo de la cita", "thanks for everything, see you Thursday") is a see-you-later, unless said to be final.
_SEE_YOU_AGAIN = _reading_pattern(
    " (?:see you|se you|talk to you|talk|text you|write you|nos vemos|te veo|los veo|las veo|hasta|les escribo|te escribo"
    "|le escribo)(?: (?:on|el|la|en|at|next|the|este|esta|a|al))?"
    " (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorow|next wek|next time|at my apointment|at the apointment"
    "|lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|proxima|semana|cita|sesion|consulta)(?= )"
    "| (?:manana|el lunes|el martes|el miercoles|el jueves|el viernes|tomorow) (?:les|te|le) (?:escribo|llamo|aviso)(?= )")
# Batch 26 studied: idioms of weather and illness ("I'm going to die if this heat doesn't break", "he'll catch his death
# of cold"): discomfort, read so only when the object is the heat, the cold or the weather.
_WEATHER_DIE = _reading_pattern(" (?:going to|gona|wil|could|might|am going to) die (?:if|of|from|in)(?: this| the| al this)?"
                                " (?:heat|cold|humidity|weather|heatwave|heat wave|snow|sun|temperature|temps)(?= )")
_CATCH_DEATH = _reading_pattern(" catch (?:his|her|their|your|my|its|a|the) death(?: of cold)?(?= )")
# Batch 26 studied: a pet's death ("our cat got hit by a car yesterday ... we buried him under the mesquite"): grief for an
# animal, its accident and burial in neutral words; every other word still reads.
_PET_DIED = _reading_pattern(f" (?:our|my|the|mi|nuestro|nuestra|el|la) (?:old |sweet |family )?{_ANIMAL}"
                             "(?: [a-z]+){0,2}? (?:got hit by a car|was hit by a car|got run over|was run over|got ran over|died|passed away"
                             "|was put down|was put to sleep|fue atropellado|fue atropellada|murio)(?= )")
_BURIED_IT = _reading_pattern(" (?:buried|bury|enterramos|enterre) (?:him|her|it|them|lo|la)(?= )")
# None of these idioms is read so when the message also says a wish of the writer's own ("...and honestly I want to",
# "our cat got hit by a car and I want to be next", "for real").
# Round 27 review: a hope for oneself ("i hope i catch my death out there tonight", not "...i don't"), a Spanish wish
# without "yo", going alone and not coming up.
_WISH_SAID = _reading_pattern(" (?:(?:i|yo) (?:want|wana|wish|mean it|am serious|plan|am planing)"
                              "|(?:i hope|i am hoping|hoping|hopefuly) i(?! do not| wont| wil not| never)"
                              "|quiero|pienso|for real|seriously|not joking|alone and|not coming (?:up|back|home)|never coming (?:up|back|home)"
                              "|be next|me next|i am next(?! (?:in|to|up|on|at|for|wek|month|year|time|turn|dor|one|shift))|soy la siguiente|soy el siguiente|join (?:him|her|them)|be with (?:him|her|them)"
                              # round 37 (b): "...ojalá fuera yo la próxima", "take me with her"
                              "|ojala (?:fuera|sea) yo (?:el|la) (?:siguiente|proxima|proximo)|ojala hubiera sido yo|take me with (?:him|her|them))(?= )")
# Batch 30 studied: an intensity told by the fear it gave ("the chili was so hot I thought I was going to die, 10/10",
# "labor hurt so much I swear I was going to die"): a past fright, not a wish; never beside a wish of the writer's own.
# Round 30 review: only a sensation is such an intensity ("so desperate I thought I would die at my own hands" is not),
# and never with a way, a time or a near attempt after "die" ("...die tonight", "...die, I almost did it").
_SO_INTENSE = _reading_pattern(" (?:so|to|that) (?:realy |very |freaking |damn )?(?:hot|spicy|hurt|hurts|painful|bad|scared|scary|funy|"
                               "hilarious|embarasing|embarased|awkward|cold|long|exhausted|tired|sore|much|intense|gros|nervous)"
                               "(?: [a-z]+)?(?: that)? i (?:thought|swear|swore|felt like|was sure)"
                               " i (?:was going to|was gona|would|might|was about to) die(?= )"
                               "(?! of| from| by| at| tonight| my own| on my own| almost| nearly| i almost| i nearly)"
                               "(?!(?: [a-z]+){0,6} (?:almost|nearly|my own hands|tonight)(?= ))")
_LONGED = _reading_pattern(" (?:want|wanted|wana|wish|wished|wishing|hope|hoped|hoping|ojala|quise|queria)(?= )")
# ...and a death in a video game ("my son got killed in Fortnite 8 times in a row"): a round lost.
_GAME_DEATH = _reading_pattern(" (?:kiled|died|dead|die|dying|shot|murdered)(?: [a-z0-9]+){0,2}? in (?:fortnite|minecraft|roblox|call of duty|"
                               "cod|apex|halo|valorant|overwatch|the game|a game|video games?|his game|her game|my game|the videogame)(?= )")
# ...and cliff jumping or diving as a pastime ("we went cliff jumping at the lake, can't wait to do it again"): a sport;
# "jump off a cliff" is not read here.
# Round 41 (batch 42 studied): "I shot myself in the foot by booking during nap time" (a mistake of one's own making):
# said as done or as a habit, never wished or planned ("I want to shoot myself in the foot"), never with a gun named.
_FOOT_IDIOM = _reading_pattern(
    "(?<! to)(?<! wana)(?<! gona)(?<! wil)(?<! il)(?<! could)(?<! would)(?<! should)(?<! might)(?<! may)(?<! can)(?<! ned)"
    " (?:shot|shooting) (?:myself|herself|himself|ourselves|yourself) in the (?:fot|feet)(?= )"
    "(?!(?: [a-z]+){0,4} (?:gun|guns|pistol|rifle|nail gun|nailgun|bb gun|shotgun|handgun|bullet|hospital|er|emergency)(?= ))"
    "(?! so (?:i|that)| to get| para)")
# Review 44 (A3): a playground rope ("rope swing", "la cuerda del columpio") is guarded in bot.core.concepts as a thing of
# the day, unless the message also tests it against the writer's weight, her neck, a beam or tonight ("I checked if the
# branch holds my weight", "ya sé dónde amarrarla esta noche"): then the playground word is dropped and the rope read
# as a means again.
_PLAY_ROPE = _reading_pattern(" (rope|cuerda|soga)(?: (?:swing|swings|ladder|ladders|course|courses|climb|climbing|toy|toys"
                              "|net|nets)| (?:del|de|para|de la) (?:columpio|saltar|hamaca|parque))(?= )")
_ROPE_REAL = _reading_pattern(" (?:my weight|holds me|hold me|holding me|hold my|holds my|neck|necks|beam|beams|rafter|rafters"
                              "|tonight|mi peso|aguanta mi|me aguanta|aguantarme|cuelo|viga|vigas|amarrarla|amarrarme|atarla"
                              "|esta noche)(?= )")


def _play_rope_told_real(words: str) -> str:
    if (" rope " in words or " cuerda " in words or " soga " in words) and _ROPE_REAL.search(words):
        return _PLAY_ROPE.sub(r" \1", words)
    return words


# Review A4: a gun, a hospital or a "worse next time" anywhere in the message is no idiom ("I shot myself in the foot
# last night with my husband's gun", "...and I want to do worse next time").
_FOOT_REAL = _reading_pattern(" (?:gun|guns|pistol|rifle|shotgun|handgun|bulet|bulets|hospital|er|emergency|worse|next time"
                              "|for real|bled|bleding|wound)(?= )")
_CLIFF_SPORT = _reading_pattern(" (?:went|go|going|gone|do|did|love|loved|tried|enjoy|enjoyed|miss) clif (?:jumping|diving)(?= )"
                                # batch 30 studied: the pastime named with company, a place or a season ("cliff jumping
                                # with my cousins, doing it again next summer")
                                "| clif (?:jumping|diving)(?= (?:with (?:my|our|the|friends|family|some)|at the|at a|in (?:hawai|mexico|the)"
                                "|this sumer|last sumer|next sumer|on vacation|trip|season|spot|spots) )")

# Batch 27 studied: everyday endings and causes read as their everyday selves.
# - A thank-you and goodbye at the end of treatment ("today was my last session ... goodbye and thank you", "hoy fue mi
#   última sesión ... adiós") is a send-off, as a move or a last day at work is, unless said to be final.
_TREATMENT_DONE = _reading_pattern(
    " (?:my |the |mi |la |el )?(?:last|final|ultima|ultimo) (?:sesion|sesions|infusion|infusions|treatment|apointment|visit"
    "|cita|consulta|tratamiento)(?= )| (?:finished|completed|done with|graduated from|termine|acabe) (?:my |the |mi |el |la )?"
    # round 31: the last day or week of it ("último día de tratamiento hoy", "last week of infusions")
    "(?:treatment|infusions|sesions|series|tratamiento|infusiones|sesiones)(?= )| (?:last|final|ultimo|ultima) (?:day|wek|dia|semana)"
    " (?:of|de) (?:my |the |mi |el |la )?"
    "(?:treatment|infusions|sesions|series|tratamiento|infusiones|sesiones)(?= )")
# Round 36: ...or a goodbye said to be for now ("Last session done 🎉 this is goodbye for now, I'll miss you all").
_FOR_NOW_WORDS = "for now|por ahora|por el momento|until next time|til next time|hasta la proxima"  # also _GOODBYE_FOR_NOW's
_FOR_NOW = _reading_pattern(" (?:" + _FOR_NOW_WORDS + "|for the time being)(?= )")
_THANKS = _reading_pattern(" (?:thank you|thanks|thank|gracias|grateful|agradecida|agradecido)(?= )")
# - A blade that slipped ("the knife slipped while I was cutting butternut squash"): a kitchen or grooming accident;
#   the cut words beside it read as chopping, never with "myself", a wish, or a purpose named.
_BLADE_SLIPPED = _reading_pattern(" (?:knife|blade|mandoline|peler|scisors|box cuter|razor|cleaver) (?:sliped|slip|slips|slid|se resbalo)(?= )"
                                  "| se me resbalo el (?:cuchilo|rastrilo)(?= )")
_CUT_WORD = _reading_pattern(" (?:cuting|cut|cuts|sliced|slicing|gash)(?= )")
# - A will made by a couple ("we made a will after the baby came"): estate planning; a will of one's own still reads.
_JOINT_WILL = _reading_pattern(" (?:we|we just|we finaly|we finished|my husband and i|my partner and i|my wife and i|hicimos|ya hicimos)"
                               " (?:made|wrote|did|updated|signed|finished|made our|wrote our|did our|updated our|signed our|finished our"
                               "|el|nuestro|nuestros)(?: a| our| el| nuestro| wils| testamento)? (?:wil|wils|testamento|testamentos)(?= )")
# - "If anything happens" in a message about the infusion ("ya no tengo miedo a la infusión, si algo me pasa..."): a
#   worry about the procedure, unless the baby, a message for others or an apology is named beside it.
_IF_ANYTHING = _reading_pattern(" (?:if anything happens(?: to me)?|if something happens(?: to me)?|si algo me pasa|si me pasa algo)(?= )")
_LEAVES_WORD = _reading_pattern(" (?:cuiden|cuida|cuidemela|cuidemelo|take care of|tel|diganle|dile|love|los quiero|las quiero|bebe|baby|kids|"
                                "hijos|hijas|ninos|sorry|perdon|husband|esposo|letter|carta|note|nota)(?= )")
# - The last message of the day ("this is my last message tonight, thanks for the info, goodnight"): a chat ended
#   for the night with thanks, unless said to be final or a wish is said.
_LAST_OF_DAY = _reading_pattern(" (?:last|final|ultimo) (?:mesage|text|question|pregunta|mensaje)(?: for| of| de)?"
                                " (?:tonight|today|now|the day|the night|hoy|esta noche|el dia)(?= )")


# Batch 31 studied (everyday clinic messages): a goodbye read by who it is said to and why.
# - Said to the clinic's staff for what they were during the visits ("please tell Nurse Carla I said bye, she always made
#   me laugh during my sessions"): a send-off, as a move is, unless said to be final, a wish is said, love, an apology or
#   the family is left a word beside it ("...tell my kids I love them"), or the visits are said to be needed no more or
#   the staff to have tried ("tell her I said goodbye" with thanks alone, "the nurse tried", "won't need them" still read).
_LEFT_A_WORD = _reading_pattern(" (?:love|los quiero|las quiero|te quiero|lo quiero|la quiero|sorry|perdon|perdonen|perdoname|forgive"
                                "|letter|letters|carta|cartas|note|nota|take care of|cuiden|cuida|kids|children|baby|husband|wife|family"
                                "|hijos|hijas|hija|hijo|bebe|esposo|esposa|marido|familia|one way|for trying|por intentar|tried|trying|intentaron"
                                "|arangements|arreglos|need them|needing them|need it|necesitar|this is goodbye|esto es un adios)(?= )")
# Round 31 review: the goodbye said beside the staff (within six words), and no last word of her own after it ("...during
# my sessions. I'm done fighting", "...it's time", "this is the last message you'll get", "ya no voy a estar").
_STAFF_GOODBYE = _reading_pattern(" (?:nurse|nurses|dr|doctor|doctora|the staf|your staf|staf|receptionist|front desk|everyone at the clinic"
                                  "|enfermera|enfermero|enfermeras|recepcionista|la recepcion)(?: [a-z]+){0,6}? (?:godbye|bye|adios|farewel)(?= )"
                                  "| (?:godbye|bye|adios|farewel)(?: [a-z]+){0,6}? (?:nurse|nurses|dr|doctor|doctora|the staf|your staf|staf"
                                  "|receptionist|front desk|enfermera|enfermero|enfermeras|recepcionista)(?= )"
                                  # ...or to her by a pronoun ("thanks to Nurse Carla... please tell her I said bye")
                                  "| (?:tel|give|dile|dale|decirle) (?:her|him|them|a ela|a el)(?: [a-z]+){0,4}? (?:godbye|bye|adios|farewel)(?= )")
_STAFF_FINAL = _reading_pattern(" (?:done fighting|it is time|its time|last mesage|last thing|wil not make it|wont make it|not going to make it"
                                "|ya no voy a estar|no voy a estar|tired|cansada|cansado|at peace|my decision|mi decision|ready|lista|listo"
                                "|can not do this|cant do this|no puedo mas)(?= )")
_DURING_VISITS = _reading_pattern(" (?:during|in|at|through|throughout|durante|en) (?:my|al my|the|mis|las) "
                                  "(?:sesions|sesion|infusions|infusion|treatments|treatment|visits|apointments|sesiones|infusiones|citas)(?= )")
# ...and "the visits cancelled" beside such a reason ("please cancel all my upcoming appointments, we're moving").
_CANCEL_VISITS = _reading_pattern(" cancel (?:al )?(?:of )?my (?:upcoming |future |remaining |other |next |last )?"
                                  "(?:apointments|apointment|sesions|sesion|visits|infusions|bookings)(?= )")
# - "I won't be back" told with its reason: a move, a job or a trip ("we're moving to Texas for his job so I won't be
#   back"), or a return too late for a visit ("I won't be back in time for tomorrow's appointment, can we reschedule"):
#   a visit ended or missed, under the same conditions, and never with a trip alone, "ever", "again" or a death word.
_NOT_BACK = _reading_pattern(" (?:wil not|wont|am not going to|are not going to|not going to|wil no longer|not gona) be (?:back|coming back)(?= )"
                             "| (?:ya )?no (?:voy|vamos) a (?:poder )?(?:seguir viniendo|volver|regresar)(?= )")
_MOVED_AWAY = _reading_pattern(" (?:moving(?! on)|move(?! on)|moved(?! on)|relocating|relocate|relocated|mudamos|mudo|mudando|mudanza|mudar"
                               "|mudarnos|mudarme|me voy a vivir|nos vamos a vivir|new job|transfer to|transfering to|transfered to"
                               # round 31 review: a job only as the reason to go somewhere ("got a job in Ohio"), never
                               # "lost my job" nor "transfer my stuff"
                               "|(?:got|found|took|taking|starting) a (?:new )?job(?: in| at| out)|job (?:in|out of) state"
                               "|trasladan|traslado)(?= )")  # a trip is no reason here: "going on a trip and I won't be back"
_NOT_BACK_FINAL = _reading_pattern(" (?:ever|again|nunca|jamas|dead|die|dying|alive|kil|gone|better this way|better of|muerta|muerto"
                                   "|morir|viva|vivo|mejor asi"
                                   # round 31 review: affairs put in order, a place out of reach, nobody left needing her
                                   "|aranged|everything i ned|everything is ready|where no one|where nobody|not come out|never come out"
                                   "|nobody neds|no one neds|nobody wil|no one wil|beter without|beter of without|anyway|anyways"
                                   "|lost my job|lost everything)(?= )")
_BACK_LATE = _reading_pattern(" (?:back|volver|regresar) (?:in time|on time|a tiempo|by|before|until|til|antes)(?= )")
_VISIT_WORD = _reading_pattern(" (?:apointment|apointments|apt|sesion|sesions|infusion|visit|cita|consulta|reschedule|resched|"
                               "rebok|another day|otro dia|reagendar|cambiar mi cita|cambiar la cita)(?= )")


# Batch 7 and 5, sure-tier alarms: "I could just die" over a baby's milestone or sweetness ("I could just die, he said
# mama today 😭❤️"): delight; never beside a wish, a final word or low mood ("...and I still feel empty").
_COULD_DIE = _reading_pattern(" i could (?:just |literaly |actualy )?die(?= )(?! of| from| in| if| tonight| today| now)")
_DELIGHT = _reading_pattern(" (?:said mama|said mommy|said dada|said mom|said his first|said her first|first word|first words|first steps"
                            "|first smile|smiled at me|laughed for the first|giggled|so cute|cutest|adorable|so sweet|dijo mama|dijo papa"
                            "|primera palabra|primeros pasos|primera sonrisa|que lindo|que linda|que tierno|que tierna)(?= )")
_LOW_MOOD = _reading_pattern(" (?:empty|numb|nothing|worthless|hopeless|alone|tired of|can not|cant|hate|sad|crying|vacia|vacio|nada|sola|triste"
                             "|no puedo|but|pero|stil|nobody|no one|anyway|anymore|burden|nadie|de todos modos|ya no)(?= )")
# ...and a wish that another person put a means away ("quiero que guarde los rifles bajo llave ahora que hay bebé"): a
# safety step, not an urge; "quiero que me..." and every other word still read.
_PUT_AWAY = _reading_pattern(" (?:quiero|queremos|necesito|quisiera) que(?= (?:(?:el|mi esposo|mi marido|mi pareja|mi mama|alguien) )?"
                             "(?:guarde|guardes|esconda|escondas|saque|saques|quite|quites|venda|vendas|cierre|cierres|se leve|te leves) )")


# A chore done up on a roof (rounds 30-31): "I'm on the roof fixing the gutters", "estoy en la azotea tendiendo la ropa",
# "up on the roof with the roofer". Named by the verb and what it is done to ("getting up the nerve", "hanging my feet
# over the edge" and "clearing my head" are no chore); the roof is then read as "roofwork", so neither the phrase
# families nor the concepts see a height. A bridge, a ledge or the tracks are never read so.
_ROOF_WORK = _reading_pattern(
    " (?:roof|rooftop|techo|azotea)(?: [a-z]+){0,3}?"
    " (?:(?:fixing|cleaning|clearing|repairing|patching|replacing|installing|putting up|taking down|hanging|hanging up"
    "|checking|inspecting|sweeping|painting|shoveling|getting|grabbing|looking for|doing|raking|arreglando|limpiando"
    "|reparando|pintando|instalando|colgando|quitando|poniendo|barriendo|sacando|revisando|tendiendo|lavando|bajando)"
    "(?: (?:the|a|some|our|my|el|la|los|las|un|una|unas|mi))?"
    " (?:gutter|gutters|shingle|shingles|leak|leaks|antenna|solar panels|panels|panel|lights|christmas lights"
    "|satellite dish|dish|vent|vents|chimney|snow|leaves|tiles|ac|ac unit|air conditioner|tarp|water heater|tank|roof"
    "|flashing|skylight|ball|frisbee|kite|drone|toy|laundry|ropa|tinaco|boiler|calentador|antena|tejas|teja|canaleta"
    "|canaletas|gotera|goteras|techo|luces|paneles|paneles solares|tanque|cisterna|pelota|impermeabilizante|hojas|cable"
    "|cables|tendedero)|with (?:the|a) rofer|impermeabilizando)(?= )")


# Round 36: Spanish "fatal" said of how one feels or is getting on ("me siento fatal", "estoy fatal", "lo estoy pasando
# fatal"): "awful", not deadly. Every other word still reads ("me siento fatal, quiero morirme" stays sure).
_FEEL_FATAL = _reading_pattern(" (?:me siento|me sentia|me he sentido|me senti|estoy|estaba|ando|me encuentro|lo paso|lo estoy pasando"
                               "|la paso|la estoy pasando|lo pase|la pase|me va|me fue|me ha ido|duermo|dormi)"
                               "(?: (?:muy|bastante|super|tan|re|como|igual de))? fatal(?= )")
# Round 36: the time of a relief hoped for, or asked of a treatment ("necesito sentirme mejor pronto", "I just want to get
# better quickly, how soon does the infusion kick in"): the speed of getting well, not the time of a plan. Only the time
# word is masked; hopelessness beside it still earns the check-in, and a wish or a means the sure tier.
_RELIEF_SOON = _reading_pattern(" (?:sentirme|sentirse|sentir|estar|fel|feling|get|geting|be|mejorar|mejorarme|recuperarme|recover"
                                "|improve|start feling)(?: (?:mejor|beter|bien|wel|normal|myself|like myself|again|otra vez|de nuevo"
                                "|un poco|a bit|a litle|some relief|alivio)){1,3}(?: (?:ya|already|real|realy|muy))?"
                                " (?:pronto|shortly|rapido|quickly|fast|asap|sooner)(?= )")
_SPEED_ASKED = _reading_pattern(" (?:how|que tan) (?:shortly|quickly|fast|rapido|pronto)(?= (?:[a-z]+ ){0,4}?(?:work|works|working|kick in"
                                "|kicks in|help|helps|take efect|takes efect|start to work|start working|hace efecto|funciona|ayuda"
                                "|se notan?|notice|fel beter|fel a diference|sentirme mejor) )")


# Round 38: impatience with waiting for a treatment to work or for a visit ("ya no aguanto esperar meses a que una pastilla
# funcione", "I can't stand waiting weeks for the pills to kick in"): the waiting, not a life, is what cannot be borne. The
# verb is masked only when a treatment or a visit follows within a few words; every other word still reads, and the masked
# message earns the check-in at most where it was sure ("ya no aguanto", "ya no aguanto mas, quiero desaparecer" unchanged),
# and only with no risk left once masked (a wish, a means held, a plan to take them all keep the sure tier).
_WAIT_IMPATIENT = _reading_pattern(
    " (?:ya )?(?:no aguanto|no soporto|no puedo|can not stand|can not take|can not bear|cant stand|cant take|cant bear|hate)"
    "(?: mas| more| any more)? (?:esperar|estar esperando|seguir esperando|waiting|to wait|to kep waiting|kep waiting)"
    "(?= (?:[a-z0-9]+ ){0,8}?(?:pastila|pastilas|pils|pil|medicina|medicinas|medicamento|medicamentos|meds|medication"
    "|medications|antidepresivo|antidepresivos|antidepresant|antidepresants|tratamiento|treatment|ketamina|ketamine"
    "|esketamine|spravato|cita|apointment|consulta|infusion|infusions|infusiones|sesion|session|terapia|therapy|ssri"
    "|ssris|zoloft|sertraline|sertralina|lexapro|prozac|zurzuvae) )")


def _wait_masked(words: str) -> str:
    """The reading with an impatience to wait for a treatment or a visit masked (unchanged when there is none)."""
    return _WAIT_IMPATIENT.sub(" impatient waiting", words) if " esper" in words or " wait" in words else words


def _mask_relief_time(words: str) -> str:
    """The reading with the speed of a hoped relief or of a treatment put in neutral words (unchanged when there is none)."""
    if " antidepresiv" in words or " meds " in words or " medicine " in words or " medicina" in words \
            or " medicamento" in words or _ASKS_TREATMENT.search(words):
        words = _SPEED_ASKED.sub(" how long", _RELIEF_SOON.sub(lambda m: m.group(0)[:m.group(0).rindex(" ")] + " eventualy", words))
    return words


# Round 44: a goodbye note kept from everyone or written over and over ("i keep rewriting a goodbye note in my notes app
# that i haven't shown anyone... anyway i need to reschedule, we're moving") is no send-off for a move or a last visit.
_NOTE_KEPT = _reading_pattern(
    " (?:goodbye|farewell|despedida) (?:note|notes|letter|letters|carta|cartas|nota|notas)(?: [a-z]+){0,8}?"
    " (?:nobody|no one|noone|anyone|anybody|nadie|secret|hidden|hiding|escondida|escondidas|a escondidas)(?= )"
    "| (?:carta|cartas|nota|notas) de despedida(?: [a-z]+){0,8}? (?:nadie|escondida|escondidas|en secreto)(?= )"
    "| (?:rewriting|rewrote|re writing|reescribiendo|reescribo|vuelvo a escribir|sigo reescribiendo)"
    " (?:a |the |my |una |la |mi )?(?:goodbye |farewell )?(?:note|letter|carta|nota)"
    "(?: de despedida)?(?= )")


# Round 45: in such a send-off, "said goodbye to my coworkers" is the send-off itself, and a "fresh start" is the new
# job or home ("left my job, said goodbye to my coworkers, feels like a fresh start"); never one "without me".
_SENDOF_SAID = _reading_pattern(" (?:said|say|saying|told|tel|teling|waved|hugged) (?:our |my |them |everyone |her |him )?sendof(?= )")
_NEW_CHAPTER = _reading_pattern(" (?:a )?(?:fresh start|new start|new beginning|clean slate|nuevo comienzo|nuevo inicio"
                                "|empezar de nuevo|empezar de cero)(?! (?:without|for them|for him|for her|sin|para el|para ella))(?= )")
# Review 46 (A9): a fresh start given to others ("my husband and baby deserve a fresh start", "un nuevo comienzo para
# mi familia", "a clean slate for everyone"), or one beside a time of an act or letters, is no new job: never masked.
_CHAPTER_FOR_OTHERS = _reading_pattern(
    " (?:deserve|deserves|merece|merecen|give them|give him|give her|darles|darle)(?: [a-z]+){0,2}"
    " (?:a )?(?:fresh start|new start|new beginning|clean slate|nuevo comienzo|nuevo inicio)(?= )"
    "| (?:fresh start|new start|new beginning|clean slate|nuevo comienzo|nuevo inicio) (?:for|para)"
    " (?:my |the |our |mi |mis |la |los |el )?(?:family|familia|husband|esposo|wife|esposa|baby|bebe|kids|children|hijos|hijo|hija"
    "|everyone|everybody|al|todos|them al|partner|pareja)(?= )")


def _chapter_given(words: str) -> bool:
    """A fresh start given to others, or one beside a time of an act or letters: the send-off is then not masked."""
    return bool(_CHAPTER_FOR_OTHERS.search(words) or _NEW_CHAPTER.search(words)
                and (_ACT_TIME.search(words) or _LETTERS_LEFT.search(words)))


# Round 51 (falarm51): someone else not to be woken ("ella está dormida y no la quiero despertar"): the object clitic put
# after the verb, as "no quiero despertarla" reads; "no me quiero despertar" is left as it is.
_WAKE_OTHER_51 = _reading_pattern(" no (?P<who>la|lo|las|los|le|les) (?P<verb>quiero|quisiera|puedo|voy a) despertar(?= )")


# Round 52 (falarm52): a date picked on a booking tool ("the online scheduler crashes every time I pick a date", "the
# app freezes when I choose a day"): an appointment slot, only with the tool named and no backing out or "this time".
_BOOKING_TOOL_52 = _reading_pattern(
    " (?:scheduler|scheduling|online|app|website|site|portal|calendar|booking|link|page|dropdown|widget|system|form"
    "|agenda en linea|la pagina|la aplicacion|el portal|el calendario)(?= )")
_DATE_PICKED_52 = _reading_pattern(
    " (?:pick|picked|picking|choose|chose|choosing|select|selected|selecting|click|clicked|tap|taped) (?:a|the|my) (?:date"
    "|day|time|slot)(?= )")
_DATE_KEPT_52 = _reading_pattern(
    " (?:back out|backed out|chicken out|chickened out|this time|finaly|for good|for real|last|goodbye|bye|ready|decided"
    "|method|plan|pils|rope|bridge|gun|die|dead|end it|kil|suicide|not be here|wil not)(?= )")


def _mask_contexts(words: str) -> str:
    """The reading with ordinary uses of risk words (a send-off, an animal's poisoning, a bump, a baby's nails, a
    missed visit) put in neutral words; every other word still reads."""
    if " date " in words or " day " in words or " time " in words or " slot " in words:
        if _BOOKING_TOOL_52.search(words) and not _DATE_KEPT_52.search(words):
            words = _DATE_PICKED_52.sub(" pick an apointment slot", words)
    if " despertar " in words:
        words = _WAKE_OTHER_51.sub(lambda m: f" no {m.group('verb')} despertar{m.group('who')}", words)
    if " rof" in words or " techo " in words or " azotea " in words:
        words = _ROOF_WORK.sub(lambda m: " roofwork" + m.group(0)[m.group(0).index(" ", 1):], words)
    if _NOT_BACK.search(words) and (_MOVED_AWAY.search(words) or _BACK_LATE.search(words) and _VISIT_WORD.search(words)) \
            and not _WISH_SAID.search(words) and not _LEFT_A_WORD.search(words) and not _NOT_BACK_FINAL.search(words) \
            and not _FINAL.search(rest := _NOT_BACK.sub(" wil mis visits", words)):
        words = rest
    if _FAREWELL_WORD.search(words) and not _FINAL.search(words) and not _NOTE_KEPT.search(words) \
            and not _chapter_given(words) and (
            _DEPARTURE.search(words) or _SEE_YOU_AGAIN.search(words)
            or _TREATMENT_DONE.search(words) and (_THANKS.search(words) or _FOR_NOW.search(words)) and not _WISH_SAID.search(words)
            or _STAFF_GOODBYE.search(words) and _DURING_VISITS.search(words) and not _LEFT_A_WORD.search(words)
            and not _WISH_SAID.search(words) and not _STAFF_FINAL.search(words)):
        words = _LAST_DAY.sub(" final workday", _FAREWELL_WORD.sub(" sendof", _CANCEL_VISITS.sub(" cancel bokings", words)))
        words = _NEW_CHAPTER.sub(" new chapter", _SENDOF_SAID.sub(" sendof", words))
    if _LAST_OF_DAY.search(words) and _THANKS.search(words) and not _FINAL.search(words) and not _WISH_SAID.search(words):
        words = _LAST_OF_DAY.sub(" done for the day", words)
    if _BLADE_SLIPPED.search(words) and " myself " not in words and not _ON_PURPOSE.search(words) \
            and not _WISH_SAID.search(words) and not _PRESENT_WISH.search(words):
        words = _CUT_WORD.sub(" chopping", _BLADE_SLIPPED.sub(" utensil mishap", words))
    if " die " in words and _COULD_DIE.search(words) and _DELIGHT.search(words) and not _LOW_MOOD.search(words) \
            and not _WISH_SAID.search(words) and not _FINAL.search(words):
        words = _COULD_DIE.sub(" i am overjoyed", words)
    if " que " in words:
        words = _PUT_AWAY.sub(" prefiero que", words)
    if " wil" in words or "testamento" in words:
        words = _JOINT_WILL.sub(" estate planing", words)
    if _IF_ANYTHING.search(words) and _ASKS_TREATMENT.search(words) and not _LEAVES_WORD.search(words) \
            and not _FINAL.search(words) and not _WISH_SAID.search(words):
        words = _IF_ANYTHING.sub(" if there is a complication", words)
    words = _AIMED_AT_ANIMAL.sub(lambda m: " unsafe" + m.group(0)[m.group(0).index(" ", 1):], words)
    if _ANIMAL_ATE.search(words):
        words = _AIMED_AT_IT.sub(lambda m: " unsafe" + m.group(0)[m.group(0).index(" ", 1):], words)
    if " head " in words:
        words = _HEAD_VEXED.sub(" vexed", _BUMPED.sub(" bumped into furniture", words))
    if "scratch" in words and _BABY_NAILS.search(words) and not _WRITER_SCRATCHES.search(words):
        words = _SCRATCHING.sub(" scraping with baby nails", words)
    if " make it " in words:
        words = _MISSED_VISIT.sub(" mis the visit", words)
    if " stare" in words or " glare" in words or " lok" in words or " eye " in words:
        words = _IDIOM_LOOK.sub(" glare", words)
    if not _WISH_SAID.search(words):
        if " die " in words:
            words = _WEATHER_DIE.sub(" could not stand", words)
        if " death " in words:
            words = _CATCH_DEATH.sub(" catch a chil", words)
        if _PET_DIED.search(words):
            words = _BURIED_IT.sub(" laid to rest", _PET_DIED.sub(" pet lost", words))
        if " die " in words and not _LOW_MOOD.search(words) and not _LONGED.search(words):
            intense = _SO_INTENSE.sub(" so intense it scared me", words)
            if intense != words and read_concepts(intense.split(), _lexicon()).tier is Tier.NONE:
                words = intense
        if " in " in words and not _REAL_LIFE.search(words):  # "died in the game, wish I could in real life"
            words = _GAME_DEATH.sub(lambda m: " lost a round" + m.group(0)[m.group(0).index(" ", 1):], words)
        if " clif " in words:
            words = _CLIFF_SPORT.sub(" went swiming", words)
    if (" fot " in words or " fet " in words) and not _FOOT_REAL.search(words) and not _PURPOSE_SAID.search(words):
        words = _FOOT_IDIOM.sub(" made a mistake", words)
    if " cord " in words:
        words = _CORD_CUT.sub(" cord clamping", words)
    if " fatal " in words:
        words = _FEEL_FATAL.sub(lambda m: m.group(0)[:-len("fatal")] + "muy mal", words)
    return _mask_mishaps(words)


# Round 40 review: a "no" taken back at once ("...and I said no. I do, every night", "I said no, but I lied", "le dije
# que no, pero sí") is no denial: nothing of the screening is masked.
# Review 44 A1: the clause after the "no" takes it back when it is a lie owned ("I lied", "mentí", "truth is"), when it
# reads as a crisis on its own ("I have been cutting"), or when it is the writer's own present ("I am planning it", "I am
# though", "I have been for weeks", "y sí tengo un plan"), unless it goes on to something harmless instead ("I have a lot
# of support at home", "I do have bad anxiety", "tengo mucho apoyo") or denies again ("I am not", "I don't").
_SAID_NO = _reading_pattern(" (?:said|say|told (?:her|him|them|the [a-z]+)|answered|dije|le dije|les dije|conteste)"
                            # review 46 B: the one told named between ("le dije a la doctora que no")
                            "(?: a (?:la|el|mi|los|las|su) [a-z]+)?(?: que)? no(?= )")
_LIE_OWNED = _reading_pattern(
    " (?:i lied|i was lying|i lie|i am lying|menti|miento|truth is|la verdad es que si|la verdad si|yes i do|yes i have"
    "|actualy (?:i do|i have|i am|yes)|do it anyway|i wil do it|voy a hacerlo|lo voy a hacer|lo hare)(?= )")
# the writer speaking of herself now: "i am", "i have", "i do", "i did" ("I said no. I did though, every night"), "i
# think", "y sí", "pero sí quiero" (a past "I had" or "I was" is a history, read elsewhere). In Spanish a "no" runs into the verb after it ("le dije que no tengo un plan" is
# a denial), so only a clause after "pero", "y", "sí" or "yo" is the writer's own.
_OWN_CLAUSE = _reading_pattern(
    "^ (?:(?:but|and|though|tho|honestly|actualy|realy|the truth is) )*(?:i (?!had |was |used )|im )")
_OWN_CLAUSE_ES = _reading_pattern(
    "^ (?:(?:pero|y|aunque|la verdad|en realidad) )+(?:si |yo )?(?:si|yo|tengo|quiero|pienso|estoy|he|voy|siento|sigo|planeo"
    "|lo|los|las|me)(?= )|^ (?:si|yo)(?= )")
_DENIES_AGAIN = _reading_pattern(
    "^ (?:(?:but|and|pero|y) )*(?:i (?:am|do|have|wil|would|m) (?:not|never)|i dont|i do not|i have not|i havent|im not|i am not"
    "|i never|i would never|no (?:tengo|quiero|pienso|estoy|lo)|nunca|yo no|tampoco)(?= )")
# what a "no" can go on to that is harmless on its own: support, a helper, the baby, the day, a mood that explains the no
# ("I said no, I'm just tired"). Review 46 A1: read only as the object of the writer's first clause ("I have [a lot of
# support]", "tengo [mucho apoyo]", "I am [fine]"), never from words later in the message: "I do, every night, and my
# husband doesn't know" and "I have them though and I'm so tired" take the no back.
_HARMLESS_OBJECT = frozenset(_reading_words(
    "support suport help therapist husband partner family mom mother friends son daughter kids baby newborn colic alive"
    " anxiety insomnia stres stresed tired exhausted sleep sleping fine ok okay god wel alright sad low overwhelmed"
    " depression ppd postpartum questions question day days reason reasons live wek wekend night month time"
    " apoyo ayuda terapeuta esposo pareja familia mama hijo hija bebe colicos ansiedad insomnio estres cansada cansado"
    " cansancio agotada agotado bien sueno dormir viva vivir triste abrumada abrumado depresion"))
# the words between the subject and its object: auxiliaries, degree and quantity words, articles
_OBJECT_FILLER = frozenset(_reading_words(
    "i im do did have has am m feel fel get got realy just stil actualy honestly so very a an the my some lots lot of"
    " plenty great such bad severe terible pretty quite ben been kind sort mostly only to grow up going through want wana be stay rough hard tough long busy doing"
    " si yo tengo estoy me siento muy tan mucho mucha muchos muchas un una el la mi mis bastante solo nada mas"))
# Review 46 A1: the take-backs the round-40 reading caught ("I said no. I do, every night", "...I have them", "le dije que
# no, pero sí los tengo"), kept beside the clause reading.
_TAKEN_BACK_SAID = _reading_pattern(
    "^(?: [a-z]+){0,8}? (?:(?:i do|i did|i have)(?= $| (?:them|those|it|every|al the time|sometimes|often|daily|a lot(?! of)"
    "|have (?:them|those|thoughts|it)"
    "|many times|more than once|a few times|before|lately|recently|now|though|tho|actualy|realy|honestly|to|but|and i)(?= ))"
    "|(?:pero|y) si(?= $| (?:lo|los|las|a veces|todos|cada|de vez|seguido|he|pienso|tengo (?:pensamientos|ideas|un plan))(?= ))"
    "|si los tengo|si las tengo|si lo he pensado|si tengo (?:pensamientos|ideas|un plan))(?! not| dont| no )(?= )")


def _harmless_object(clause: str, start: int) -> bool:
    """Whether the first word past the subject, its verb and fillers (from `start`) is a harmless object."""
    for word in clause[start:].split():
        if word in _HARMLESS_OBJECT:
            return True
        if word not in _OBJECT_FILLER:
            return False
    return False


# "I said no to the self-harm question, what's next": what the no answered is no clause of its own
_NO_TO_WHAT = _reading_pattern("^ (?:(?:to|a) (?:the|that|this|a|la|esa|esta"
                               # round 52 (falarm52): a whole section ("no to all the self harm questions")
                               "|(?:al|al of|every|each|both|todas|todos)(?: the| those| these| las| los)?)"
                               "(?: [a-z]+){0,3}? (?:question|questions|item|one|part|box"
                               "|pregunta|preguntas)"
                               "(?: (?:about|on|de|sobre) (?:suicide|self harm|selfharm|hurting myself|harming myself|killing myself"
                               "|suicidal thoughts|thoughts of (?:suicide|self harm|selfharm|hurting myself)|suicidio|hacerme dano))?"
                               # review 46 B: where the no was given ("dije que no en el cuestionario", "I said no on the form")
                               "|(?:en|on|in) (?:el|la|the|my|that|this) (?:cuestionario|encuesta|formulario|form|questionaire"
                               "|screning|survey|intake|test|epds|phq))(?= )")


# Round 55 (falarm55): the "no" said to be meant ("...and I said no, I want to clarify I meant it, I'm just sad a lot",
# "le dije que no y lo dije en serio") stands; a lie owned or a clause that is a crisis on its own still takes it back
# ("I said no, I meant it then but I lied", "...I meant it, I'm going to do it tonight").
_NO_MEANT = _reading_pattern(" (?:i meant it|i meant that|i meant the no|i meant no|that was true|that is true|it was true"
                             "|it is true|that was the truth|i was honest|i was being honest|i told the truth|lo dije en serio"
                             "|era verdad|es verdad|es la verdad|fui honesta|fui honesto)(?= )")


# Round 56 (mend55): a denial followed by what the writer is going to do instead ("I'm not going to hurt myself, I'm going
# to stop taking care of myself until I die") takes the meant "no" back when that is worth a check-in on its own.
_DENIAL_THEN_PLAN = _reading_pattern(
    " (?:i am not going to|i am not|i wont|i will not|no me voy a|no voy a|no me quiero)(?: [a-z]+){1,4}"
    " (?:i am going to|i am just going to|i wil|i am gona|nada mas voy a|nada mas quiero|solo voy a|mejor voy a|voy a)(?= )")
_BUT_AFTER_MEANT = _reading_pattern(" (?:but|pero|then|at the time|back then|en ese momento|entonces)(?= )")


def _takes_back(clause: str, spanish: bool = False) -> bool:
    """Whether the words just after a "no" to a screening question take the no back (see above)."""
    rest = " " + " ".join(_NO_TO_WHAT.sub(" ", clause).split()) + " "
    clause = " " + " ".join(rest.split()[:10]) + " "
    if _TAKEN_BACK_SAID.search(clause) and not _DENIES_AGAIN.search(clause):
        return True
    # round 56 (mend55): the meant "no" is weighed against the whole rest of the message, where the disclosure after the
    # denial is told ("I meant it, I'm not going to kill myself, I'm going to kill the baby"), not its first ten words
    if _NO_MEANT.search(clause) and not _LIE_OWNED.search(clause) and not _BUT_AFTER_MEANT.search(clause):
        if detect_crisis(rest).is_crisis:
            return True
        instead = _DENIAL_THEN_PLAN.search(rest)
        return instead is not None and detect_crisis(rest[instead.end():]).tier is not Tier.NONE
    own = _OWN_CLAUSE_ES if spanish else _OWN_CLAUSE
    if spanish and not own.search(clause) and not _LIE_OWNED.search(clause):
        return False  # "...que no tengo un plan": the no belongs to the verb after it
    if _LIE_OWNED.search(clause) or detect_crisis(clause).is_crisis:  # the detector's own reading of the clause alone
        return True
    found = own.search(clause)
    if not found or _DENIES_AGAIN.search(clause):
        return False
    return not _harmless_object(clause, found.end())


_SAID_NO_READ = 3  # "no"s read one by one; a message with more is read as taking them back (bounded cost, the safe side)


@lru_cache(maxsize=256)  # review 46 C: asked up to four times per check() of the same reading
def _no_taken_back(words: str) -> bool:
    """Whether the writer says no to a question and takes the no back at once."""
    said_no = list(islice(_SAID_NO.finditer(words), _SAID_NO_READ + 1))
    if len(said_no) > _SAID_NO_READ:
        return True  # each "no" would cost a reading of its own: the denial masks are skipped instead
    return any(_takes_back(words[m.end():], spanish=m.group(0).startswith((" dij", " le ", " les ", " contest")))
               for m in said_no)


# Round 51 (quiet51): a denial said with "thinking" ("I'm safe and not thinking about hurting myself or anyone, just
# needed to vent") is read as "no thoughts of hurting myself" is. Mend52a (read 52 F1): only when the message ends there
# or goes on with "just/only ..." ("...just tired"), and never with a plan, a readiness, a decision or a goodbye said
# later in the message ("not thinking about suicide, I'm planning it", "...I'm just done. goodbye"): _unless_said_after.
_NOT_THINKING_51 = _reading_pattern(
    " (?:not|never|no) (?:thinking|having thoughts|planing) (?:about|of) (?>" + _HARM_WORDS + "(?:" + _WHOM + "(?: or" + _WHOM
    + "| ni" + _WHOM + ")?(?: else)?)?)(?= ?$| (?:and )?(?:just|only|solo|simply)(?= ))")
# a plan, a readiness, a decision, a means or a farewell said later in an English message (the twin of _ES_PLAN_AFTER)
_PLAN_OR_TURN_AFTER = _reading_pattern(
    " (?:plan|plans|planing|planed|ready|decided|decision|done(?! with (?:today|the day|this day|work|this wek))|goodbye|bye"
    "|farewel|do it|doing it|did it|end it|ending it|going to (?:do|end|kil|hurt|take|jump)|gona (?:do|end|kil|hurt|take|jump)|wil do|happening|tonight|tomorow|note|leter"
    "|pils|gun|rope|but|yet|right now|for now|anymore|lately|again|every|constantly|al the time)(?= )")
# Round 51 (quiet51): a screening answered no, item by item, with "never had an attempt" or "no self harm" among the
# answers ("Q9 no. Q10 no. Never had an attempt. No self harm."): masked only with a screening named and no answer of
# another kind anywhere (a "yes", "sometimes", "several days", a "but").
_NO_ATTEMPT_51 = _reading_pattern(
    " (?:never|no|nunca)(?: ever)?(?: had| made| have had| tried| tuve| he tenido)?(?: an| any| a| ningun)?"
    "(?: past| prior| previous| pasados| previos)?"  # round 52 (falarm52): "no past attempts"
    " (?:atempt|atempts|suicide atempt|suicide atempts|intento|intentos|intento de suicidio)(?= ?$| (?:no|never|nunca|just"
    "|only|and|y|ever|nothoughts)(?= ))| no (?:selfharm|self harm|self injury)(?= ?$| (?:no|never|nunca|just|only|and|y|ever"
    "|nothoughts)(?= ))")
# Mend52a (read 52 F3): one pattern for an answer not to trust, anywhere in the message: an answer of another kind
# ("yes", "sometimes", "several days"), a "but", a lie or the truth owned, or the thoughts said to be there after all
# ("...never. I wrote that so they wouldn't take the baby. I think about it constantly").
_ANSWER_DOUBTED = _reading_pattern(
    " (?:yes|si|sometimes|a veces|several days|more than half|half the days|nearly every day|every day|everyday|most days"
    "|often|once|twice|a litle|kind of|sort of|but|pero|though|however|except|sino|lied|lying|lie|menti|mentira|truth|verdad"
    "|actualy|honestly|constantly|al the time|al day|every night|todo el tiempo|todos los dias|think about it|think about that"
    "|thinking about it|pienso en eso|lo pienso|wrote that so|said that so|put that so|so they would not|so they wont"
    "|para que no|[1-3])(?= )")

# Round 51 (falarm51): screening answers in the writer's own list ("PHQ-9 answers: ... Thoughts of harming the baby,
# never", "thoughts of hurting myself: not at all"): the item and its answer of no, in a message that names a
# screening; never with the thoughts said to stop, go or come after the "never" ("...never stop").
_ITEM_ANSWERED_51 = _reading_pattern(
    " (?:thoughts|thought|urges|ideas|pensamientos) (?:of|about|de) (?:harming|hurting|kiling|lastimar|hacerle dano a|danar)"
    " (?:(?:the|my|al|a mi|a la|mi) (?:baby|bebe|son|daughter|hijo|hija|nena|nene)|myself|yourself|me)"
    " (?:" + _NO_ANSWER + "|para nada|nada)(?= )"
    "(?! (?:stop|stops|go|goes|leave|leaves|end|ends|quit|quits|away|let|lets|stoped|went|left|ended|fade|fades|se van"
    "|se quitan|paran|se me quitan|realy|but|pero|until|hasta|had|have|has|used|thought|felt|knew|did|wanted|imagined"
    "|pictured|had them|thought i|the|a|in|before|so|this|that|like|such|any|ever|them|those|to|of))")
# ...and "no, I've never hurt myself and I don't have any thoughts of that" followed by a question about the question
# ("is that question required for everyone?"): never with a "but", "before", "until" or "yet" after it.
_NEVER_DONE_51 = _reading_pattern(
    " (?:no )?i (?:have never|never|have not ever|have not) (?:hurt|harmed|cut) myself"
    "(?: and i do not have (?:any )?(?:thoughts|thought|urges) (?:of|about) (?:that|it|doing that|doing it|it either|that either))?"
    "(?= )(?! (?:but|before|until|til|yet|pero|though|however|lately|except))")
_QUESTION_ASKED_51 = _reading_pattern(  # (tidy53: the closing "(?= )" binds to both alternatives, a whole word)
    " (?:(?:is|was|are) (?:that|this|the|those|these) (?:question|questions|item|part) (?:required|mandatory|necesary"
    "|needed|for everyone|standard|normal|something everyone)|why (?:do|does|did) (?:you|they|the form) ask)(?= )")


def _mask_screen_items_51(words: str) -> str:
    if _ANSWER_DOUBTED.search(words):  # "...never. my total was 14. I lied, it's every day": no answer to trust
        return words
    if _SCREEN_WORDS.search(words) or " nothoughts " in words:  # (an item before it already read as answered no)
        words = _ITEM_ANSWERED_51.sub(" nothoughts", words)
    if _QUESTION_ASKED_51.search(words):
        words = _NEVER_DONE_51.sub(" nothoughts", words)
    return words


# Round 52 (falarm52): a whole screening section answered no ("I answered no to all the self harm questions on the
# form", "contesté que no a todas las preguntas de suicidio"): read as answered no, never beside a doubt of the answer
# ("...but I lied") nor with the thoughts said after it.
_ALL_ANSWERED_NO_52 = _reading_pattern(
    " (?:i )?(?:answered|said|put|marked|checked|circled|clicked|ticked|chose|picked|wrote) (?:no|never|none) (?:to|on|for)"
    " (?:al|every|each|al of|both)(?: of)? (?:the |those |these |my )?(?:selfharm|self harm|suicide|suicidal|harm|harming"
    "|hurting myself|safety|mental health|depresion) (?:questions|question|items|ones|part|section|boxes)"
    "| (?:conteste|respondi|dije|puse|marque) (?:que )?no (?:a|en) (?:todas|todos) (?:las|los) (?:preguntas|casillas)"
    " (?:de|sobre) (?:autolesion|autolesiones|suicidio|hacerme dano|lastimarme|danarme)(?= )")


# Round 52 (falarm52): a suicide note or letter that is part of someone's work ("I'm a lawyer and one of my cases has a
# suicide note as evidence", "soy abogada y en un caso hay una carta suicida como prueba"): a topic of the case, read
# only where a line of work with cases is named and no "me too" is said.
_WORK_CASE_52 = _reading_pattern(
    " (?:(?:i am|im|i work as|as) (?:a|an)(?: [a-z]+)? (?:lawyer|atorney|paralegal|detective|investigator|police oficer|cop"
    "|journalist|reporter|coroner|medical examiner|judge|prosecutor|public defender|claims adjuster|insurance adjuster)"
    "|soy (?:una |un )?(?:abogada|abogado|detective|investigadora|investigador|periodista|policia|juez|jueza|fiscal))(?= )")
_CASE_EVIDENCE_52 = _reading_pattern(
    " (?:one of my cases|my case|a case|this case|the case|my client|a client|case file|the file|one of my files|un caso"
    "|uno de mis casos|mi caso|mi cliente|el expediente|en un caso)(?: [a-z]+){0,3}? (?:has|had|with|involves|includes"
    "|tiene|hay|incluye|con) (?:a|an|the|una|la)? ?(?:suicide note|suicide leter|suicide|carta suicida|nota suicida"
    "|carta de despedida|suicidio)(?: (?:as|como) (?:evidence|an exhibit|exhibit|prueba|evidencia))?(?= )")

_OWN_NOTE_52 = _reading_pattern(
    " (?:my own|one to|one myself|mine|i wrote|i have writen|writing one|write one|write my|wrote my|wrote one|the same"
    "|thinking|think about|thought about|i want|wish|yo tambien|la mia|el mio|escribi|escribir|pienso|pensando|quiero"
    "|ready|lista|listo)(?= )")


# A screening answer owned as untrue, or corrected upward ("should've been 3"), and how often the truth is.
_SCREEN_ANSWER_CORRECTED = _reading_pattern(
    " (?:i was not honest|i wasnt honest|was not truthful|i lied|i lied on|not honest on|did not answer honestly"
    "|didnt answer honestly|shouldve ben [1-3]|should have ben [1-3]|should of ben [1-3]|should have said yes"
    "|should have marked [1-3]|really a [1-3]|menti en|no fui honesta|no fui honesto|debio ser [1-3]|debia ser [1-3])(?= )")
_HOW_OFTEN_TRUE = _reading_pattern(
    " (?:every day|everyday|every night|nearly every day|most days|constantly|al the time|daily"
    "|todos los dias|cada dia|cada noche|todo el tiempo|diario)(?= )")


def _mask_denials(words: str) -> str:
    """The reading with denied or asked-about ideation replaced by a marker: 'nothoughts' or 'denial'."""
    # review B1: a "no" taken back skips the denial masks only; so does a screening answer owned as untrue and
    # corrected upward with how often ("I wasn't honest on the PHQ-9 ... I marked 0. Should've been 3. Every day.")
    taken_back = _no_taken_back(words) or (_SCREEN_WORDS.search(words) is not None
                                           and _SCREEN_ANSWER_CORRECTED.search(words) is not None
                                           and _HOW_OFTEN_TRUE.search(words) is not None)
    words = _mask_contexts(words)
    if " veo " in words and _SEEN_IN_A_STATE.search(words) and not _SEEN_WITH_RISK.search(words) and not _holds_means(words):
        words = _SEEN_IN_A_STATE.sub(lambda m: " " + m.group("who") + " noto" + m.group("state"), words)
    if " alive " in words or " live " in words:
        words = _WISH_TO_LIVE.sub(" i choose life ", words)
    if ("overdos" in words or " od" in words) and _PILLS_NAMED.search(words):
        words = _TREAT_BESIDE_MEANS.sub(lambda m: m.group("od"), words)
    if ("overdos" in words or " od" in words or "sobredosis" in words) and not _PILLS_NAMED.search(words) \
            and not _OD_WISHED.search(words):
        words = _CAFFEINE_OD.sub(lambda m: " to much cafeine" if _CAFFEINE_WORD.search(m.group(0) + " ") else " indulged", words)
    if taken_back:
        return _screen_taken_back(_DIE_ASKED_LIED.sub(" i want to die", words))
    if "suicid" not in words and " thought" not in words and "pensamiento" not in words \
            and "pregunt" not in words and "idea" not in words and "plan" not in words and " myself " not in words and "self " not in words \
            and " ask" not in words and "dano" not in words and "lastim" not in words and "matarme" not in words \
            and "question" not in words and "selfharm" not in words and "screned" not in words and "never hurt" not in words \
            and " tried to " not in words and "atempted" not in words and "intrusive" not in words and "phq" not in words \
            and " item " not in words and "cuestionario" not in words and "encuesta" not in words \
            and "formulario" not in words and " form " not in words and " epds " not in words \
            and "screning" not in words and "survey" not in words and "questionaire" not in words \
            and " intake " not in words and " score " not in words \
            and " scale " not in words and "respuesta" not in words and " answer" not in words \
            and "quitarme" not in words and " no me " not in words and " thinking " not in words and "pensar" not in words:
        return words
    words = _unless_said_after(_NOT_THINKING_51, _PLAN_OR_TURN_AFTER, words)  # round 51 (quiet51), mend52a
    # (a screening "no" taken back further on returned above: these two steps run only with taken_back False)
    if _SCREEN_WORDS.search(words) and not _ANSWER_DOUBTED.search(words):
        words = _NO_ATTEMPT_51.sub(" nothoughts", words)
    words = _LIFE_NO.sub(" " + NO_LIFE, _DIE_ASKED_NO.sub(" nothoughts", _DIE_ASKED_LIED.sub(" i want to die", words)))
    words = _RESOLVED_OVER.sub(" pasthistory", _RESOLVED.sub(" pasthistory", _SCREEN_NO.sub(" nothoughts", words)))
    words = _RESOLVED_HARM.sub(" pasthistory", _SCREENED_NO.sub(" nothoughts", _NEVER_HURT.sub(" nothoughts", words)))
    words = _DENIAL_UNTIL_NOW.sub("", words)
    words = _SCREEN_ANSWERED.sub(lambda m: " nothoughts" if _SCREEN_TOPIC.search(m.group(0) + " ") else m.group(0), words)
    words = _unless_said_after(_NO_INTENT, _ES_TURN_AFTER, _ASKED_NO.sub(" nothoughts", _THIRD_NO.sub(" nothoughts", words)))
    words = _unless_said_after(_NO_THOUGHTS_ES, _ES_SAID_AFTER, words)
    words = _mask_items(words)
    words = _mask_screen_given(words)
    words = _mask_screen_items_51(words)
    if not _ANSWER_DOUBTED.search(words):
        words = _ALL_ANSWERED_NO_52.sub(" nothoughts", words)
    words = _TOPIC.sub(" topic", _DENIED.sub(" denial", _NO_SUICIDAL_LISTED.sub(" nothoughts", _NO_THOUGHTS.sub(" nothoughts", words))))
    if " denial " in words:
        words = _DENIAL_EXPLAINED.sub(lambda m: " " + DENIAL_EXPLAINED + m.group(0)[len(" denial"):], words)
    if (_PROFESSIONAL.search(words) or _PROFESSIONAL_OTHER.search(words)) and not _ME_TOO.search(words):
        words = _CLIENTS_WITH.sub(" topic", words)
    if _WORK_CASE_52.search(words) and not _ME_TOO.search(words) and not _OWN_NOTE_52.search(words):
        words = _CASE_EVIDENCE_52.sub(" topic", words)
    if (_TREATMENT.search(words) or _ASKED_NORMAL.search(words) and not _THOUGHTS_OWN_NOW.search(words)) \
            and not _THOUGHTS_SAID_OWN.search(words):
        return _mask_topic(words)
    return words


# Review 46 B: a "no" given to a screener and taken back with nothing else named ("dije que no en el cuestionario. pero sí
# tengo un plan", "le dije a la doctora que no, pero sí los tengo"): what was screened for is what she now says she has.
_SCREENER_SAID = _reading_pattern(
    " (?:cuestionario|encuesta|formulario|doctora|doctor|enfermera|partera|medico|medica|psicologa|pregunta|preguntas|questionnaire"
    "|questionaire|screening|screning|form|epds|phq|intake|nurse|midwife|therapist)(?= )")
_SCREEN_TAKEN_BACK = _reading_pattern(
    " (?:(?:pero|y) si|si) (?:los tengo|las tengo|lo tengo|tengo un plan|tengo pensamientos|tengo ideas|lo pienso|lo he pensado)"
    "| (?:(?:but|and) )?i (?:do |stil |realy )?(?:have them|get them|have those|have a plan)(?= )")


def _screen_taken_back(words: str) -> str:
    """The reading with a taken-back screening answer read as the thoughts it answered for (see above)."""
    if not _SCREENER_SAID.search(words) or "suicid" in words or "dano" in words or "matar" in words:
        return words
    return _SCREEN_TAKEN_BACK.sub(lambda m: " i have suicidal thoughts" if " i " in m.group(0) + " "
                                  else " pero si tengo pensamientos suicidas", words)


# --- the detector -----------------------------------------------------------------------------

# Round 40 review: a time of days ago ("haven't done it since friday", "desde el martes") tells nothing over.
_RECENT_WORDS = ("(?:last|yesterday|this|recently|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                 "|a few days|a wek|a couple|two days|few days|days|wek|the wekend|ayer|anoche|hoy|lunes|martes|miercoles"
                 "|jueves|viernes|sabado|domingo|semana pasada|la semana|el fin)")
_RECENT = _reading_pattern(" (?:yesterday|last night|last wek|last month|this wek|this month|this morning|today|tonight"
                           "|(?:on |since |last |this )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|wekend)"
                           "|a few days ago|days ago|a wek ago|ayer|anoche|hoy|esta semana|la semana pasada|el mes pasado"
                           "|esta manana|hace (?:unos |pocos |dos |tres )?dias|(?:el |desde el |este )(?:lunes|martes|miercoles"
                           "|jueves|viernes|sabado|domingo))(?= )")
# Round 23: a history told as over in words the maskers above do not know ("back in 2018 I attempted, but therapy
# got me through and I've been stable for 5 years"): the check-in, not the full reply, unless it is said to be back.
_TOLD_AS_OVER = _reading_pattern(
    " (?:(?:stable|doing (?:great|wel|fine|god|beter)|ben (?:fine|great|wel|god|stable|doing wel)|in recovery|recovered)"
    " (?:for (?:over |more than |almost |nearly |about |wel over )?[a-z0-9]+ (?:years|year|decades|decade)|since (?:then|[0-9]+)"
    "|ever since|for years|for decades|since(?= $))"
    # batch 25 studied: "that was 15 years ago and I'm well now"
    "|that was (?:[a-z0-9]+ )?(?:years|decades) ago(?: [a-z]+){0,3} (?:wel|fine|god|great|stable|healthy) now"
    "|got me through(?: it)?|pulled through|made it through|years behind me"
    # batch 32: "she's been sober 6 years now"
    "|(?:sober|clean) (?:for )?(?:over |more than |almost |nearly |about )?[a-z0-9]+ (?:years|year|decades)"
    # round 40 (batch 41): "I self-harmed as a teenager, about ten years ago. I haven't since", "no lo he vuelto a hacer"
    "|(?:i have not|i havent|have not|never have|i never have|i have never) (?:done it |done that |hurt myself |cut |felt that "
    "|felt like that |had them |had those )?(?:since|ever since|again since)(?! (?:until|til|" + _RECENT_WORDS + "))"
    "|no lo he vuelto a (?:hacer|sentir|pensar)|no he vuelto a (?:hacerlo|cortarme|lastimarme|sentirme asi))"
    "(?! desde (?:el |la |hace (?:un|una|unos|unas|dos|tres|pocos|pocas) )?(?:" + _RECENT_WORDS + "|dias|semana|semanas))(?= )")
# Round 40 (batch 41): a screening question answered no ("my therapist asked if I've ever had thoughts of hurting myself
# and honestly no, just anxiety", "el doctor me preguntó si he pensado en hacerme daño y la verdad no"): the check-in;
# "...honestly no, but lately yes, every night" is said to be back (_BACK_AGAIN) and keeps the sure tier.
_SCREEN_SAID_NO = _reading_pattern(
    " (?:asked|asks|ask|asking|pregunto|pregunta|preguntaron)(?: me)? (?:if|whether|si)(?P<question>(?: i| yo)?(?: have| had| ever| he| ha"
    "| tenido| tengo| tuve| habia)*(?: [a-z]+){1,8}?) (?:and|but|y|pero)(?: (?:honestly|truthfully|realy|the answer is|my answer"
    " was|i said|i told (?:her|him|them)|sinceramente|la verdad|honestamente|le dije que|dije que))* (?:no|nope|never|not realy"
    "|i have not|i havent|nunca)(?! (?:but|pero|until|hasta|not|lately|reciente|yes|actualy|si|ahora si"
    "|lo hago|los tengo|miento|menti))(?= )")
# Round 40 review: only a question about past or present thoughts of harm ("if I've ever had thoughts of hurting myself",
# "si he pensado en hacerme daño") is a screening question; a "no" to being safe, ok or fine alone is a disclosure.
_SCREEN_TOPIC_ASKED = _reading_pattern(
    " (?:thoughts|thought|ideas|idea|urges|urge|feelings|wanted|tried|hurt|harmed|self harmed|considered|pensamientos"
    "|pensado|querido|intentado|lastimado|dano|ideacion|suicidal|suicida)(?= )")
_STATE_ASKED = _reading_pattern(" (?:safe|ok|okay|fine|alright|alone|segura|seguro|a salvo|bien|sola|solo|plan|planes)(?= )")


def _screen_said_no(words: str) -> bool:
    """A screening question about thoughts or harm answered no (see _SCREEN_SAID_NO)."""
    return any(_SCREEN_TOPIC_ASKED.search(m.group("question") + " ") and not _STATE_ASKED.search(m.group("question") + " ")
               and not _takes_back(words[m.end():], spanish=" y " in m.group(0) or " pero " in m.group(0))
               for m in _SCREEN_SAID_NO.finditer(words))


# Batch 24 studied: a span of time and a present state of wellbeing ("I self harmed as a teen but it's been 12 years and
# I'm doing well"): the check-in, unless a present wish or plan is said too ("...fine, said no one. i want to die").
_SPAN_WELL = _reading_pattern(
    "(?: (?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a|a few|several|many) (?:years|year|decade|decades|anos)"
    "(?: ago| now| since| clean| fre)?(?: and| y| que| but)?(?: i am| im| estoy| ive ben| i have ben| i fel)?(?: [a-z]+){0,2}?"
    " (?:doing (?:wel|great|god|fine|beter)|fine|stable|healthy|hapy|in a god place|thriving|bien|estable)"
    "|hace [0-9a-z]+ anos(?: que| y)? (?:estoy|me siento) (?:bien|estable))(?= )")
_PRESENT_WISH = _reading_pattern(" (?:i|yo) (?:want|wana|wish|ned|am going|am gona|plan|am planing|am thinking|kep|can not|cant|quiero|voy a|pienso)(?= )")
# Thoughts or acts said to be back, or present now. Written as the reading spells ("god" is "good", "stil" is "still").
# "again" after "pregnant" is no relapse; "still" asked of a treatment ("is ketamine still an option?") is masked out
# first (_STILL_FIT), only there, so "...still a good fit? I still think about it" keeps the cue.
_BACK_AGAIN = _reading_pattern(" (?:(?<!pregnant )(?<!expecting )(?<!embarazada )again|lately|recently|back(?! in| when| then)"
                               "|came back|coming back|relapse|relapsed|now i|but now|tonight|today|anymore|any more|right now"
                               "|stil|every day|every night|everyday|each day|each night|al the time|constantly|can not stop"
                               "|cant stop|todos los dias|todas las noches|cada dia|cada noche|todo el tiempo|no puedo dejar de)(?= )")
_STILL_FIT = _reading_pattern(" stil(?= (?:a god fit|a fit|a god candidate|an option|a candidate|eligible|ok|okay|safe|worth|right for"
                              "|able to|alowed|apropriate|possible) )")
# The rest of a history told as over: the sentences and clauses (split at punctuation and "but") that tell no past
# (_PAST_MARK, "back then", the over or screening clause) or that name days ago (_RECENT); and getting help is history.
_CLAUSES = re.compile(r"[.?!;,:\n¿¡]+|\b(?:but|pero|though|although|aunque|however|except|sin embargo)\b", re.IGNORECASE)
_PAST_TOLD = _reading_pattern(" (?:back then|back in|years back|once|growing up|as a (?:kid|child|girl|young adult|student)"
                              "|in my (?:early |late |mid )?(?:teens|twenties|thirties|20s|30s)|en ese entonces|en aquel entonces"
                              "|de adolescente|de nina|de chica|de chiquita|en mis (?:veintes|veinte|treintas)|en la prepa"
                              "|en la universidad|en la secundaria)(?= )")
_GOT_HELP = _reading_pattern(" (?:got|get|geting|sought|found|recibi|busque|tuve) (?:help|treatment|therapy|ayuda|tratamiento|terapia)"
                             "| (?:therapy|treatment|meds|medication|terapia|tratamiento) (?:got me through|helped)(?= )")
# Round 41 (batch 42 studied): an attempt told as past, with the thoughts said to be absent now ("I attempted suicide when
# I was 19. that was a long time ago and I'm not having those thoughts now", "hace 10 años tuve un intento de suicidio,
# ya no tengo esos pensamientos"): the check-in, only when the rest, the attempt and the denial masked, is quiet and names
# no time, means or ending, and never with a "but", a wish or the thoughts back.
_NOT_NOW = _reading_pattern(
    " (?:i am|im) not having (?:those|these|any|them|such|suicidal)(?: thoughts| feelings)?(?: now| these days| at al| today)?"
    "(?! (?:but|except|though|until|yet))(?= )"
    "| ya no tengo (?:esos|estos|ningun|ningunos|esas|esas ideas|ideas|pensamientos)(?: pensamientos| ideas)?(?! pero| excepto| hasta)(?= )"
    # round 44: "...at 17, nothing like that since", "a los 16, nada desde entonces"
    "| (?:nothing|none|nothing like that|nothing since|no more) since(?: then)?(?! (?:but|except|until|yesterday|last|has|have|had|helped|helps|works|worked|wil|is|was))(?= )"
    "| nada (?:asi |parecido |de eso )?desde entonces(?! pero| excepto| hasta| ayer| me| ha| funciona| sirve| sirvio)(?= )")
_PAST_MARK = _reading_pattern(" (?:(?:19|20)[0-9][0-9]|at (?:age )?1[0-9](?! pm| am| oclock| tonight| today)|at age [0-9]+"
                              "|a los [0-9]+(?! de la| hoy| esta)|years ago|year ago|a long time ago|long ago|when i was (?:[0-9]+|a teen|a teenager"
                              "|in colege|young|younger)|as a teen|as a teenager|in colege|in high schol|hace (?:[a-z0-9]+ )?anos"
                              "|hace mucho|de joven|cuando tenia [0-9]+)(?= )")
_PAST_ATTEMPT = _reading_pattern(
    " (?:i )?(?:atempted(?: suicide)?|made an atempt|made a suicide atempt|hice un intento|tried to (?:kil myself|end my life|take my (?:own )?life)|(?:was )?hospitalized after (?:an |my )?atempt"
    "|intente suicidarme|intente quitarme la vida|tuve un intento(?: de suicidio)?|un intento de suicidio)(?= )")
# Batch 25 studied: a dose question about one accidental extra dose of a benign supplement ("can you overdose on
# melatonin? I took 2 gummies instead of 1"): no alarm; a handful, a bottle or a wish keeps the verdict.
_SUPPLEMENT = _reading_pattern(" (?:melatonin|vitamin|vitamins|prenatal|prenatals|gumies|gumy|zinc|magnesium|iron|probiotic|probiotics|"
                               "fish oil|gas drops|simethicone|biotin|calcium|vitamina|vitaminas|prenatales)(?= )")
# Batch 27 studied: ...or one ordinary dose told ("can you OD on melatonin? I took 2 mg and I feel groggy"): a dose of
# one or two units, or a few milligrams, read as the extra dose is; a handful, a bottle or a wish keeps the verdict.
_USUAL_DOSE = _reading_pattern(" (?:tok|took|take|taken|had|tome|me tome)(?: just| only| solo)? (?:(?:a|one|1|two|2|una|dos) (?:gumy|gumies|pil|pils"
                               "|tablet|tablets|capsule|capsules|pastila|pastilas)|(?:[0-9]|[0-9][0-9]|[0-9] [0-9]) (?:mg|miligrams|miligramos))(?= )")
# ...and the largest safe dose of such a supplement asked about ("how many melatonin gummies is too many for an adult"):
# the check-in, not the full reply, unless it asks what it would take, or for sleep that does not end.
_SAFE_DOSE = _reading_pattern(" (?:to many|to much|too many|too much|max|maximum|safe dose|safe amount|the limit|daily limit)(?= )")
_MANY = _reading_pattern(" (?:whole|al|handful|botle|bote|pack|todas|todo|enough|lethal|fatal|die|dying|dead|morir|kil|end it|take to|wake up|forever"
                         "|permanently|never"
                         # batch 27: a count of tens ("...and 40 of my sleeping pills")
                         "|(?:[0-9][0-9]+|ten|twenty|thirty|forty|fifty|hundred|diez|veinte|treinta|cuarenta|cien)"
                         " (?:of|pils|pil|tablets|gumies|capsules|pastilas|de))(?= )")
# Review 44 (A6): the rest of the cabinet, "everything else" or tonight beside the supplement keeps the emoji a means.
_PILL_EMOJI_MORE = _reading_pattern(" (?:everything|everything else|the rest|cabinet|medicine cabinet|tonight|botiquin"
                                    "|todo lo demas|lo demas|esta noche)(?= )")


_REMINDER_READS = frozenset({"course_ok", "medical"})  # what " daily reminder" itself reads
_DARK_EMOJI = ("💀", "☠", "⚰", "🪦", "🔫", "🔪", "🩸", "🪢", "😵", "👋")


def _pill_emoji_for_a_supplement(text: str, words: str) -> bool:
    """Round 44 (batch 45 studied): the pill emoji beside a vitamin or prenatal named ("💊 reminder to self: did I take my
    prenatal today? 💊") is the vitamin, not an emoji for a means; never with any other such emoji, a count or a wish,
    and (review 44, A6) never when another medicine is named ("💊 my vitamins and the oxy") or "everything else" or
    tonight is said."""
    # round 53 (falarm53): ...or a medicine reminder with its clock time ("💊 reminder: take meds at 8 ✅")
    if not ("💊" in text and all(e == "💊" or e not in text for e in EMOJI)
            and (_SUPPLEMENT.search(words) or _FALARM53_MED_REMINDER.search(words)
                 and not _FINAL.search(words) and not _LAST_SAID.search(words) and not _r50_barred(words))):
        return False
    if _MANY.search(words) or _PRESENT_WISH.search(words) or _WISH_SAID.search(words) or _PILL_EMOJI_MORE.search(words):
        return False
    # review 53 (mend53): a reminder alone, with nothing left beside it ("💊 reminder: take my meds at 8 so nobody
    # suspects", "...at 8 💀" keep the emoji as a means): no concept at all once it is masked, no dark emoji
    # the emoji itself reads "pills"; the reminder's own "meds" is no other medicine (round 53)
    rest = _FALARM53_MED_REMINDER.sub(" daily reminder", canonical(text.replace("💊", " ")).words)
    if not _SUPPLEMENT.search(words) and (any(e in text for e in _DARK_EMOJI)
                                          or read_concepts(rest.split(), _lexicon()).found - _REMINDER_READS):
        return False
    return not _PILLS_NAMED.search(rest)


_EXTRA_DOSE = _reading_pattern(" (?:tok|took|take|taken|gave|had|tome|di)(?: her| him| my| the)? (?:an extra|one extra|2|two|a second|double|dos|3|three)"
                               "(?: [a-z]+){0,3}? (?:instead of|by accident|by mistake|accidentaly|por error|en vez de)(?= )"
                               "| (?:accidentaly|by accident|by mistake|por error) (?:tok|took|take|gave|double|doubled|tome|di)(?= )")
# Batch 25 studied: an adult's chore as the last straw ("if my husband leaves one more dirty bottle in the sink I'm going
# to kill him"): with an adult named and no baby, the threat is hyperbole, whatever baby things the chore names.
_LAST_STRAW = _reading_pattern(" (?:if|when) (?:my [a-z]+|he|she|they)(?: [a-z]+){1,3}? one more(?= )")
# Batch 27 studied: an act on one's own body done for an everyday purpose ("pinched my arm until it bruised to stay
# awake during night feeds") or a wound opened by a cause that is not the person ("the old cuts on my hands reopened
# from washing dishes"): the check-in, not the full reply, unless a wish, a punishment or relief is said too.
_EVERYDAY_PURPOSE = _reading_pattern(
    " (?:to stay awake|to kep awake|to kep myself awake|to kep me awake|so i would not fal asleep|so i wouldnt fal asleep"
    "|so i dont fal asleep|so i do not fal asleep|para no dormirme|para mantenerme despierta|para mantenerme despierto"
    "|para no quedarme dormida)(?= )"
    "| (?:reopened|opened up|opened back up|cracked|cracked open|split open|split|bled|started bleding|se abrieron|se volvieron a abrir)"
    "(?: again| back up| up)? (?:from|because of|after|with|by|de|por|con)(?: al(?: the| that| this)?| so much| to much| de tanto)?"
    " (?:washing|doing|the dishes|dishes|hand washing|handwashing"
    "|sanitizer|hand sanitizer|dry|the cold|cold|winter|bleach|cleaning|the heat|lavar|los trastes|el frio|el cloro|limpiar)(?= )")
_SELF_PURPOSE = _reading_pattern(" (?:punish|punishing|deserve|deserved|to fel|to fel something|relief|hate myself|on purpose|make it bled"
                                 "|to cope|castigarme|merezco|a proposito|para sentir"
                                 # ...or a habit outgrowing the purpose, or a tool of self-harm ("now I do it even when I'm not tired")
                                 "|even when|now i|i do it|kep doing|can not stop|cant stop|habit|al the time|aunque no|ya lo hago"
                                 "|lighter|razor|blade|knife|cigarete|matches|encendedor|navaja"
                                 # ...or a liking for it ("it felt good so I kept going")
                                 "|felt god|fels god|fel god|kept going|kep going|liked it|like it|se sintio bien|me gusto)(?= )")
# Round 23: a farewell said for a while ("goodbye world for 45 minutes", "bye for an hour, nap time"): the check-in
# at most; "in 20 minutes" is a deadline and is not read here.
_FAREWELL_FOR_A_WHILE = _reading_pattern(
    " (?:goodbye|godbye|bye|farewel|godnight|goodnight|see you)(?: [a-z]+){0,2} for (?:[0-9]+|a few|an|a|like [0-9]+|about [0-9]+)"
    " (?:minutes|mins|min|hours|hour|hrs|hr|seconds|secs)(?= )")
# Batch 30 studied: a goodbye followed at once by the everyday errand it is said for ("goodbye cruel world, I'm going to
# shower", "bye world, off to fold laundry", "adiós mundo cruel, me voy a bañar"): the check-in at most, as a goodbye
# for a while is; never sleep, a walk or a drive (each can be a euphemism), never said to be final or with a wish.
# Round 30 review: a bath is a setting of a method, never an errand here (a shower stays one; a means or an end said
# after it keeps the verdict, see _ERRAND_THEN_END).
_ERRAND = ("(?:shower|take a shower|showering|fold laundry|folding laundry|do laundry|the laundry|laundry|do the dishes|"
           "the dishes|dishes|pump|pumping|eat|eat dinner|eat lunch|make dinner|cook dinner|cook|grocery shopping|the grocery store|"
           "the store|target|costco|walmart|trader joes|work|a meeting|my meting|change a diaper|change diapers|change her|change him|"
           "feed her|feed him|feed the baby|shave my legs|wash my hair|brush my teth|pe|the bathroom|clean|clean the house|"
           "vacum|watch netflix|watch tv|ducharme|lavar ropa|lavar los trastes|comer|cocinar|trabajar|la tienda|el super)")
_FAREWELL_ERRAND = _reading_pattern(
    " (?:goodbye|godbye|bye|farewel|adios)(?: cruel)?(?: world| mundo| everyone| al| friends)?(?: cruel)?"
    "(?: i am| im| i am going| i am gona| i am of| i wil| time| off| me voy| voy)?(?: to| a)?(?: go| ir a)?(?: take| do| the)? " + _ERRAND + "(?= )")
# ...never with a means or an end after it ("...off to work, my note is on the table", "...and then it's over").
_ERRAND_THEN_END = _reading_pattern(" (?:razor|razors|blade|blades|gun|guns|pils|pil|rope|note|notes|leter|leters|knife|knives|pistol|"
                                    "navaja|pistola|pastilas|cuerda|carta|then it is over|then its over|then it ends|and it is over|"
                                    "and its over|then i am done|then im done|y se acabo|y ya)(?= )")

# Round 35 (everyday set 36): a goodbye and thanks with a wish for the others' days ahead ("Bye everyone, thank you for
# everything! Take care 👋", "Adiós y gracias por todo, cuídense mucho"): a clinic's patient signing off, or a farewell;
# the words alone cannot tell, so the check-in, never the sure reply, when nothing else is said. Never said to be final
# or the last, never with a wish or a turn of the writer's own, and never a care asked for someone ("take care of my baby").
_WISHES = ("cuidense|cuidate|cuidese|que les vaya bien|que te vaya bien"
           "|have a (?:great|god|nice|wonderful|lovely|blesed) (?:day|wekend|wek|night|one|summer|holiday|holidays|evening)"
           "|stay wel|be wel|al the best|best wishes|les deseo lo mejor|dios los bendiga|god bles you|god bles")
_PARTING_WISH = _reading_pattern(" (?:take care(?! of (?!yourselves |yourself |each other ))|" + _WISHES + ")(?= )")
_PARTING = _reading_pattern(
    " (?:and |y )?(?:bye|byes|godbye|goodbye|adios|farewel|chao|ciao)(?: (?:everyone|everybody|al|guys|y al|a todos|a todas"
    "|chicas|chicos|friends))?"
    "| (?:and |y )?(?:thank you|thanks|thx|gracias|mil gracias|muchas gracias)(?: so much| a lot)?(?: for everything| por todo)?"
    "| (?:and |y )?(?:take care(?: of (?:yourselves|yourself|each other))?|" + _WISHES + ")(?: mucho| muchos)?(?= )")


def _nothing_beside(rest: str, emoji: bool) -> bool:
    """Whether the rest of a message, a clause masked, names no time, day, means, plan or other risk (for the check-in)."""
    found = read_concepts(rest.split(), _lexicon(), emoji=emoji).found
    return not _risk_beside(found) and found.isdisjoint({"time", "day", "date", "means", "meds", "method", "absence"}) \
        and not _ERRAND_THEN_END.search(rest) and not _ENDING.search(rest) and not _HOPELESS.search(rest)


# ...nor with a dove, a black heart, a wilted rose or a sad face drawn beside it ("bye everyone 👋🕊️ ...").
_MOURNING_EMOJI = ("🕊", "🖤", "🥀", "💔", "😔", "😞", "😢", "😭", "😥", "🪦", "⚰", "💀", "☠")
_ENDING = _reading_pattern(" (?:it is over|its over|it ends|it wil be over|it al ends|it al stops|se acaba|se acabo|se termina|the end"
                           "|i am sory|im sory|sory for everything|forgive me|at peace|in peace|no more pain|have a (?:great|god|nice|wonderful|good|happy) life"
                           "|nice knowing|lo siento|perdon|perdonen|en paz|no mas dolor|sin dolor|que tengan una buena vida)(?= )")


def _farewell_for_an_errand(words: str) -> bool:
    """A goodbye said for an everyday errand, with no end, wish, means or ending after it."""
    errand = _FAREWELL_ERRAND.search(words)
    return errand is not None and not _FINAL.search(words) and not _WISH_SAID.search(words) \
        and not _ERRAND_THEN_END.search(words[errand.end():])


# Batch 30 studied: a mark on the body told with its medical or accidental cause ("new scars from my c-section", "bandages
# on my arm from the flu shot", "I scratched my eczema until it's raw", "slammed my hand in the car door again ugh"):
# the clause is masked and the rest read again; when nothing else in the message is a crisis, the check-in at most.
# Never with a purpose, a relief or a habit said (_SELF_PURPOSE), or a wish of the writer's own.
_MARK = ("(?:scars|scar|bandages|bandage|bandaids|bandaid|band aids|band aid|bruises|bruise|bruising|bruised|marks|mark|stitches|"
         "cuts|cut|wound|wounds|scabs|scab|raw|bleding|bled|welts|cicatrices|cicatriz|moretones|moreton|vendas|venda|curitas|herida|heridas)")
_MEDICAL = ("(?:c section|csection|cesarean|c sec|section|surgery|operation|incision|epidural|flu shot|shot|shots|vaccine|vaccines|"
            "vaccination|booster|injection|injections|iv|ivs|blod draw|blod test|blod work|labs|biopsy|tetanus shot|covid shot|tdap|"
            "eczema|rash|psoriasis|acne|chicken pox|chickenpox|shingles|hives|bug bites|mosquito bites|poison ivy|stretch marks|"
            "birth|delivery|labor|tear|tearing|episiotomy|mole removal|tattoo|piercing|cesarea|cirugia|vacuna|inyeccion|parto|suero)")
_SKIN_CONDITION = ("(?:eczema|rash|bug bites|bug bite|mosquito bites|mosquito bite|hives|psoriasis|poison ivy|scabs|scab|chicken pox|"
                   "chickenpox|acne|pimples|pimple|dry skin|itchy skin|itch|bites|sarpulido|ronchas|piquetes)")
_MEDICAL_INJURY = _reading_pattern(
    " (?:new |old |fresh |red |the |my |these |those |a |mis |las |los )?" + _MARK + "(?: [a-z]+){0,5}?"
    " (?:from|because of|due to|de|por)(?: my| the| a| an| her| his| mi| la| el| una| un)? " + _MEDICAL
    + "| (?:scratched|scratching|scratch|scratches|picked|picking|pick|rubbed|rubbing|rasque|rascando) (?:at )?(?:my |the |mi |el |la |los )?"
    + _SKIN_CONDITION + "(?: [a-z]+){0,4}?(?: until| til| so hard| raw| bled| bleding| hasta)?"
    # batch 33 probes: a scar is what a surgery leaves, so "since" or "after" one names its cause ("new scars since my
    # c-section, are they normal?"); only a scar, only a surgery (cuts or marks "since my surgery" are a time)
    "| (?:new |the |my |these |those |mis |las )?(?:scars|scar|scaring|cicatrices|cicatriz) (?:since|after|desde|despues de)"
    "(?: my| the| a| her| mi| la| el)? (?:c section|csection|cesarean|c sec|surgery|operation|incision|episiotomy|cesarea|cirugia|operacion)"
    "| (?:slamed|slam|slams|slaming|caught|catch|pinched|pinch|shut|smashed|smash|jamed|jam|closed|crushed) my"
    " (?:hand|hands|finger|fingers|thumb|foot|toe|toes|arm|wrist|fingernail|nail)(?: again)? in (?:the|a|my)"
    " (?:car |front |back |kitchen |bathroom |closet |van |truck |garage )?(?:dor|drawer|window|trunk|gate|cabinet|dresser)(?: again)?")
# Round 30 review: a cause is said with from / because of / due to, never "since" or "after" (a time, not a cause); and
# never on the wrists or thighs, nor when the writer owns the marks ("I made them", "they're from me", "the ones I made").
_MARK_OWNED = _reading_pattern(" (?:wrist|wrists|thigh|thighs|muneca|munecas|muslo|muslos|i made|i did|from me|myself|the ones|every night"
                               "|yo me|me los hice|me las hice|me hice|todas las noches)(?= )")
# Batch 30 studied: a question ABOUT such thoughts rather than the writer's own present ones: about a category of
# patients ("do you treat moms who have intrusive thoughts about their baby?", "is it common for PPD moms to have scary
# thoughts...?") or about the writer's past alone, asked as a question of eligibility ("I used to self harm as a teen,
# does that disqualify me?", "do you need a referral if you've had suicidal thoughts in the past?"). The check-in, not
# the full reply; never when the writer says the thoughts are hers now, back or wished (_ME_TOO, _OWN_NOW, _PRESENT_WISH).
_GROUP = ("(?:moms|mums|mothers|women|patients|clients|people|parents|new moms|new mothers|pd moms|someone|anyone|a mom|a mother"
          "|a person|a patient|mamas|madres|mujeres|pacientes|personas|alguien|una mama|una paciente)")
_IDEATION = ("(?:thoughts|thought|ideation|selfharm|self harm|self harmed|suicidal|suicidality|suicide attempts|suicide attempt|attempts"
             "|an attempt|attempt|intrusive|urges|history|pensamientos|ideas|ideacion|autolesiones|intento|intentos)")
# the group as the one who has the thoughts ("moms who have intrusive thoughts", "PPD moms to have scary thoughts",
# "people with a history of self-harm", "patients who have had suicide attempts")
_GROUP_HAS = _reading_pattern(
    " (?:[a-z]+ )?" + _GROUP + "(?: (?:who|that|with|que|con|to|for))?(?: (?:have|has|had|get|gets|experience|experiences|are having"
    "|struggle with|report|tienen|tiene|tuvieron|tengan|having|ben))?(?: had| ben)?(?: [a-z]+){0,3}? " + _IDEATION + "(?= )")
# the writer's past alone, the ideation within a few words of it ("I used to self harm as a teen", "if you've had
# suicidal thoughts in the past")
_PAST = ("(?:used to|in the past|as a ten|as a teenager|as a teen|as a kid|in high school|in colege|years ago|back then|a long time ago"
         "|when i was (?:younger|a ten|a teenager|a kid|litle|in high school|in colege|[0-9]+)|de adolescente|de joven|en el pasado"
         "|hace anos|cuando era (?:joven|adolescente|nina|chica)"
         "|if (?:you|youve|you ve|i|ive|i ve|someone|a patient|one)(?: have| has| had)?(?: ever)? (?:had|ben|have had|history))")
_PAST_ONLY = _reading_pattern(" (?:" + _PAST + "(?: [a-z]+){0,4}? " + _IDEATION + "|" + _IDEATION + "(?: [a-z]+){0,5}? " + _PAST + ")(?= )")
_ELIGIBILITY = _reading_pattern(
    " (?:disqualify|disqualifies|disqualified|referal|referals|intake|eligible|eligibility|qualify|candidate|acept|acepted|treat"
    "|treatment|ketamine|infusions?|screning|apointment|consult|program|do you|can you|can i|would i|wil i|does that|wil that"
    "|would that|does it|afect|count against|rule me out|tratamiento|me aceptan|califico|afecta|necesito|ned)(?= )")
_QUESTION_OPENER = _reading_pattern(" (?:do|does|is|are|can|could|wil|would|should|how|what|when|why|se puede|es|son|tratan|atienden)(?= )")
# the writer's own present, or a means named: never a question about a category
_OWN_NOW = _reading_pattern(" (?:i|yo) (?:have|get|am having|kep having|am|do|tengo|estoy)(?! had| ben| a history| history| to| a question"
                            "| questions| an intake| my intake| an apointment)(?= )| (?:i|yo) do(?= $)"
                            "| (?:that is|thats|its|it is|that s|it s) me| asking for me| mine| my own| soy yo| es mi caso| los mios| las mias"
                            "| (?:last|this|esta|la semana) (?:week|month|night|semana|noche|pasada)"
                            "| (?:gun|guns|pils|rope|razor|blade|bridge|insulin|knife|knives|overdose|pastilas|puente)(?= )"
                            # round 30 review: "anyone else", "soy una paciente con...", worse or never gone, a Spanish
                            # verb of her own without "yo", a day just past
                            "|(?: (?:anyone|anybody|someone|alguien) (?:else|mas)| soy (?:una |la )?(?:paciente|mama|madre|mujer) con"
                            "| worse than ever| worse now| geting worse| never stoped| never went away| never realy went away"
                            "| (?:he|he estado|e) (?:pensado|tenido|pensando)| tengo (?:ideas|pensamientos|ganas)| casi (?:la|lo|le|me)"
                            "| yesterday| ayer| anoche)(?= )")


# "can I still book", "years back": a question of eligibility and a time long past, not the thoughts still or back
_STILL_ELIGIBLE = _reading_pattern(" (?:(?:can|could|wil|would|am|do|may) i stil|(?:years|a while|way|long time|a long time) back)(?= )")


_SENTENCE_END = re.compile(r"[.?!;¿¡\n]+")


def _thoughts_question_masked(text: str, words: str) -> str:
    """The reading without the sentences that ask about a group's or a past ideation (the clause itself masked when
    no sentence holds it whole), so that what else the message says is read on its own."""
    asked = (_GROUP_HAS, _PAST_ONLY)
    pieces = [_mask_denials(canonical(part).words) for part in _SENTENCE_END.split(text)]
    kept = [piece.strip() for piece in pieces if not any(pattern.search(piece) for pattern in asked)]
    if len(kept) < len(pieces):
        return " " + " ".join(piece for piece in kept if piece) + " "
    for pattern in asked:
        words = pattern.sub(" thoughtsasked", words)
    return words


def _about_thoughts(words: str, asked: bool) -> bool:
    """Whether the message asks about ideation of a group, or of the writer's past alone, and not of her present."""
    if not asked or _ME_TOO.search(words) or _OWN_NOW.search(words) or _PRESENT_WISH.search(words) or _no_taken_back(words) \
            or _BACK_AGAIN.search(_STILL_FIT.sub(" ", _STILL_ELIGIBLE.sub(" ", words))) or _OWN_TURN.search(words):
        return False
    return bool(_GROUP_HAS.search(words) or _PAST_ONLY.search(words) and _ELIGIBILITY.search(words))


# Round 23: someone else's words said over a trifle, every time or rather than a chore ("my teenager says 'i want
# to die' every time the wifi goes out", "my husband said he'd jump off a cliff before changing another diaper"):
# the check-in, not the full crisis reply. Said of a person without such a trigger ("my wife says she wants to die")
# it stays sure, and so does the writer's own mind ("my brain keeps saying step off the platform every time").
# Round 27 review: nor her depression, anxiety, OCD, heart or gut ("my depression says i should die every time i look at
# the baby"), nor "they" said of the voices she hears ("i hear voices and they said i should drown the baby...").
def _said_over_a_trifle(subjects: str) -> LazyPattern:
    return _reading_pattern(
        "(?: my (?!brain |mind |head |thoughts |inner |own |depression |depresion |anxiety |ocd |heart |gut |intrusive "
        "|ppd |ilnes )[a-z]+" + subjects + ")(?: [a-z]+)?"
        " (?:says|said|keeps saying|always says|jokes|joked|yells|yelled)(?= )"
        "(?:(?! but| pero| and now| tonight| today| again)(?: [a-z0-9]+)){0,14}?"
        " (?:every time|everytime|every single time|whenever|before (?:changing|doing|having to|going|watching|cleaning|"
        "washing|folding|driving|sitting|paying)|rather than|when (?:he|she|they) (?:sees|see|saw|has to|have to|gets|hears|loses))(?= )")


_SAID_OVER_A_TRIFLE = _said_over_a_trifle("| he| she| they")
_SAID_OVER_A_TRIFLE_BY_A_PERSON = _said_over_a_trifle("| he| she")  # when voices are heard, "they" are the voices

# Round 41 (batch 42 studied): a method said on condition of a trifle heard or seen once more ("if I hear Baby Shark one
# more time I'm going to walk into the sea", "si vuelvo a escuchar esa canción me tiro al mar"): the check-in at most.
# Never a cry, a voice, a person or a word about herself as the trigger ("if I hear her cry one more time...", "if I
# hear the voices again...", "if someone calls me a bad mom one more time..."), never with a wish, a harm to the baby,
# a sincerity, hopelessness or finality said (see the rule's guards).
_OVERDOSE_SAID = _reading_pattern(" (?:overdose|od|sobredosis|pils|pastilas|pastillas|tablets|my meds)(?= )")  # review A10
_ANNOYANCE_IF = _reading_pattern(
    " (?:if|when|si|cuando)(?: i| yo)?(?: have to| ever| tengo que| vuelvo a| me toca)?"
    " (?:hear|listen to|watch|se|sing|play|step on|escucho|escuchar|oigo|oir|veo|ver|cantar|canto|pisar|piso|suena)"
    "(?: (?!cry|crying|cries|scream|screaming|screams|voice|voices|voz|voces|llorar|llora|llanto|grito|gritos|her|him|them|he|she"
    "|they|you|i|me|my name|yo|mi nombre|that i|que soy|mom|mother|mama|madre|bad|burden|failure|useles|news|noticias"
    # review A10: a test, a result or a bill is no trifle ("if I see another positive test again...")
    "|test|tests|prueba|pruebas|result|results|resultado|resultados|positive|positivo|bil|bils|factura|doctor)[a-z0-9]+){1,5}?"
    " (?:one more time|once more|again|otra vez|una vez mas|de nuevo)(?= )"
    "| one more (?:episode|song|verse|round|chorus|play|rendition|minute) of (?!this |my |life |it |that )[a-z0-9]+(?: [a-z0-9]+){0,3}? and(?= )")
# Batch 26 studied: ideation told of SOMEONE ELSE, in the PAST, in a message asking about treatment ("my friend's wife
# had suicidal thoughts with her ppd last year, would ketamine have helped", "mi hermana tuvo ideas suicidas después
# del parto ... ¿la ketamina sirve?"). One reading instead of one wording per batch: a third-person subject (she, he,
# they, or a relative or friend named with my/mi/su...), a past-tense verb a few words on, then the ideation. The
# clause is masked and the rest of the message read again; only when nothing else in it is a crisis is the verdict
# lowered, to the check-in (contacts still shown). Never when the thoughts are recent or back, when the writer has
# them too, or when the other person's wish is told in the present ("she wants to die", "my wife said last night").
_RELATIVE = ("(?:sister|sisters|brother|mom|mother|mum|dad|father|friend|friends|wife|husband|partner|daughter|son|cousin|aunt|"
             "niece|nephew|coworker|colleague|neighbor|neighbour|girlfriend|boyfriend|grandma|grandmother|roommate|sil|in law|"
             "hermana|hermano|amiga|amigo|prima|primo|hija|hijo|madre|mama|esposa|esposo|tia|cunada|cunado|sobrina|"
             "companera|vecina|suegra|novia|nuera|pareja)")
_OTHERS_PAST_IDEATION = _reading_pattern(
    " (?:she|he|they|ella|(?:my|mi|our|his|her|su|nuestra|nuestro)(?: [a-z]+){0,2}? " + _RELATIVE + ")"
    # only a phrase that describes her between ("my best friend from college had", "my cousin who lives in Texas was"),
    # never a clause of the writer's own ("my husband works nights, felt suicidal")
    "(?: (?:from|at|in|of|who|de|del|en|que)(?: (?!i |me |yo |my |mi |now |ahora )[a-z0-9]+){0,3}?)?"
    # reported speech ("my wife told her therapist she had...", "le dijo a su terapeuta que tuvo...")
    "(?: (?:told|admitted to|confided in|mentioned to|le dijo a|le conto a)(?: (?!me |i |yo |my |mi )[a-z]+){1,2}? (?:that |que )?(?:she|he|they|ella|el))?"
    # a few adverbs between ("she sometimes had", "she did have", "a veces tuvo")
    "(?: (?:sometimes|often|also|once|briefly|even|realy|ocasionaly|at times|a veces|tambien|alguna vez|brevemente))"
    "{0,2} (?:had|did have|went through|struggled with|dealt with|experienced|battled|was|became|got|felt|used to have"
    "|tuvo|paso por|sufrio|estuvo)"
    "(?: (?!i |me |yo |my |mi )[a-z]+){0,3}? (?:suicidal|suicidality|suicidas|suicida|suicidio|suicide"
    "|thoughts of (?:not wanting to (?:live|be here|be alive|wake up)|ending (?:her|his|their) (?:own )?life)"
    "|ideas de (?:quitarse la vida|morir)|pensamientos de (?:quitarse la vida|morir))"
    "(?: thoughts| ideation| feelings| ideas| pensamientos)?(?= )")
# Round 56: "nomás quiero saber", "I just want to know": a question put, no wish of the writer's own.
_WANTS_TO_KNOW = _reading_pattern(" (?:(?:nada mas|solo|solamente|just|only) )?(?:(?:yo|i) )?(?:just )?"
                                  "(?:quiero saber|quisiera saber|want to know|wanted to know|would like to know|wana know)(?= )")
# round 57: a treatment's use asked without a question mark ("la ketamina sirve para la gente q tiene pensamientos
# suicidas o solo para depresion normal"): what it is for, or which of two
_USE_ASKED = _reading_pattern(" (?:sirve|sirven|funciona|funcionan|works|helps|is it) (?:para|for|with|con)(?= )"
                              "| (?:o|or) (?:solo|nada mas|solamente|just|only) (?:para|for|with|con)(?= )")
_ASKS_TREATMENT = _reading_pattern(" (?:ketamine|ketamines|ketamina|esketamine|spravato|infusions?|treatment|treatments|tratamiento"
                                   "|tratamientos|infusiones|infusion)(?= )")
# ...recent, back, or the writer's own: the verdict stands.
_OTHERS_NOW = _reading_pattern(
    " (?:last night|tonight|today|this morning|this wek|yesterday|right now|lately|recently|again|stil|anymore|any more"
    "|came back|coming back|is back|are back|relapsed|relapse|now i|but now|and now|me to|so do i|i do to"
    # the writer shares them ("...and so did i", "same as me", "i had them too", "igual que yo")
    "|so did i|same as me|same here|like me|i was to|i had them to|i had those to|i did to|igual que yo|como yo"
    "|i have them|i have those|i get them|i have ben|anoche|hoy|esta noche|ayer|esta semana|ahora mismo|ultimamente|"
    "todavia|aun|otra vez|de nuevo|volvieron|regresaron|ahora yo|yo tambien|a mi tambien|sigue"
    "|(?:she|he|they|ella) (?:wants|want|keps|is thinking|is planing|has ben|is having|says|said|quiere|dice|dijo)"
    # a means named ("she was suicidal and she has a gun")
    "|gun|guns|firearm|rifle|pistol|pils|rope|noze|bridge|overdose|overdosed|knife|razor|blade|pistola|pastilas|cuerda|puente|sobredosis)(?= )")

# The writer turning to herself after someone else's story or a reassurance ("my cousin was suicidal last year and now I
# am too", "...y ahora yo quiero morirme", "I'm safe but I want to die"): her own thoughts, never stepped down by the
# framing of another person or of a safety statement.
_SHARED = _reading_pattern("(?: (?:now|ahora) (?:i|yo|me) (?:am|do|want|wana|have|fel|think|kep|to|quiero|tengo|pienso|estoy|siento|tambien)"
                           # (not an opinion: "...but i think the show handled it well", "pero pienso que...")
                           "| (?:but|pero)(?: i| yo)?(?: just| stil| realy| solo)? (?:want|wana|think about|kep|quiero|pienso(?! que))"
                           # not a question's opener ("but I want to know...", "pero quiero saber...")
                           "(?! to know| to ask| to understand| saber| preguntar| entender)"
                           "| so am i| so do i| so did i| so was i| same as me| same here| i had them to| i had those to"
                           "| i did to| yo tambien| igual que yo)(?= )")
# Round 30 review: "me too" and "I am too" read from the message itself, since the reading spells "too" as "to" ("my
# husband asked me to do the intake form" is not a share).
# Round 31 review: "too" ends the clause there ("I am too.", "me too lol"); "I'm too sensitive", "I am too tired to help her" are not shares.
_ME_TOO_SAID = re.compile(r"\b(?:i am|i'm|i’m|im|i do|me),? (?:too|2)(?=\s*(?:[.,!?;:)…]|$)|\s+(?:now|lol|haha|honestly|right now|though|tbh)\b)",
                          re.IGNORECASE)


def _shared(words: str, text: str) -> bool:
    """Whether the writer says the thoughts are hers too ("...clients who have them, I am too", "now I do too")."""
    return bool(_SHARED.search(words) or _ME_TOO_SAID.search(text))

# The writer's own turn after another person's death or story ("my mom died by suicide and i want to join her", "...I
# have her pills, I'm taking them all tonight"): a wish or plan of her own toward death, never softened by the framing.
# Round 27 review: "I'll do the same this weekend", "I should join him", "me quiero ir con ella" (Spanish drops the "yo"
# and puts the "me" first) are such a turn; joining or being with someone is one only with a person named ("...join her",
# not "...join a support group").
_TURNED_TO = ("(?:her|him|them|ela|elos|el(?= $| y | pero | ya | porque | lo | la | para | al | a | de una | hoy | pronto )|(?:my|mi|our)(?: [a-z]+)? (?:" + _RELATIVE[3:-1]
           + "|uncle|grandpa|grandfather|tio|abuela|abuelo|papa|padre|baby|babies|bebe|angel|angels|angelito|kids|children))")
_OWN_TURN_TO = ("(?: [a-z]+){0,3}? (?:(?:join|joining|be with|being with|go with|folow|irme con|ir con|estar con) " + _TURNED_TO
                + "(?! to)|end it|end my|kil myself|take them|take al|them al|take her|take his|do the same|doing the same"
                "|hacer lo mismo|matarme|seguir(?:la|lo))")
_OWN_TURN = _reading_pattern(
    "(?: (?:i|yo) (?:want|wana|wish|plan|am planing|ned)(?: to)?(?:" + _OWN_TURN_TO + "| die)"
    "| (?:i|yo) (?:wil|should|think about|am thinking about|kep thinking about|am going|am gona|am taking|wil take)(?: to)?"
    + _OWN_TURN_TO
    + "|(?: yo)?(?: me)? (?:quiero|pienso)(?: me)?(?:" + _OWN_TURN_TO + "| morir| morirme)"
    "|(?: yo)?(?: me)? voy a(?: me)?" + _OWN_TURN_TO
    # review 33: the writer's plain wish not to live ("Ya no quiero vivir. Le dije a mi prima"), never where or with whom
    + "| (?:ya )?no quiero (?:vivir|seguir viviendo)(?! con| en| cerca| lejos| junto| sola| solo| asi de| alli| ahi| aqui)"
    "| (?:i )?(?:do not|dont) want to (?:live|be alive|keep living)(?! with| in| near| by| close| far| together| alone| there"
    "| here| at| on| like that| forever))(?= )")


_CARE_PLAN = _reading_pattern(" (?:a|her|his|their|the|un|su) (?:safety|crisis|care|treatment|seguridad) plan"
                               "| (?:un|su) plan de (?:seguridad|crisis|cuidado|tratamiento)(?= )")


# Batch 28 studied: "died" as delight at a baby's first laugh ("the baby laughed for the first time today and I died 😭
# best sound ever") and a relative's death by an accident or an illness told as a loss ("my brother died in a car
# accident 10 years ago"). The clause is masked and the rest read again; only when nothing else in the message is a
# crisis, and no wish or turn of the writer's own is said, is there no alarm.
_DIED_OF_DELIGHT = _reading_pattern(
    " (?:laughed|laughing|giggled|giggling|smiled|smiling|cooed|waved|clapped|babbled|said mama|said dada|hugged me|kissed me"
    "|se rio|sonrio|me sonrio)(?: [a-z0-9]+){0,8}? (?:and|y) (?:i|yo) (?:literaly |just |actualy )?(?:died|am dead|was dead|mori|me mori)"
    "(?= (?:best|cutest|so cute|omg|lol|haha|it was|his|her|that|of cuteness|from cuteness|lo mas|que lindo|que bonito|$))")
_DIED_OF_ILLNESS = _reading_pattern(  # round 33: "my husbands best friend" (two words between)
    " (?:my|our|her|his|mi|su)(?: [a-z]+){0,2}? (?:" + _RELATIVE[3:-1] + "|uncle|grandpa|grandfather|tio|abuela|abuelo|papa|padre"
    "|godmother|godfather|madrina|padrino|grandmother|grandparent|stepdad|stepmom|fiance|bestie)"
    " (?:died|passed away|passed|was kiled|got kiled|murio|fallecio)"
    " (?:in|of|from|after|en|de|por)(?: a| an| the| un| una)?(?: [a-z]+)? (?:car acident|car crash|acident|crash|wreck|cancer|heart attack"
    "|stroke|ilnes|covid|accidente|accidente de carro|choque|infarto)(?= )")
# Batch 33 studied: ...with the time between ("my dad died 3 years ago from cancer"); a peace said after it ("I still
# miss him but I'm at peace with it") is left to the rest's reading.
_DIED_OF_ILLNESS_SINCE = _reading_pattern(
    " (?:my|our|her|his|mi|su)(?: [a-z]+)? (?:" + _RELATIVE[3:-1] + "|uncle|grandpa|grandfather|tio|abuela|abuelo|papa|padre"
    "|grandmother|stepdad|stepmom)"
    " (?:died|passed away|passed|murio|fallecio) (?:(?:[0-9]+|a|one|two|three|four|five|six|ten|many|several|a few) (?:years|year|months|month"
    "|weks|wek) ago|last year|hace (?:[0-9a-z]+ )?(?:anos|ano|meses|mes)|el ano pasado)"
    " (?:of|from|after|de|por)(?: a| an| the| un| una)?(?: [a-z]+)? (?:car acident|car crash|acident|crash|wreck|cancer|heart attack"
    "|stroke|ilnes|covid|accidente|choque|infarto)(?= )")
# Round 44 (batch 45 studied): the anniversary of a relative's death ("Anniversary of my mom's death today. Cried in the
# shower, then made pancakes", "hoy es el aniversario de la muerte de mi papá"): a loss remembered on its date. Masked the
# same way; a wish to join them, a plan or anything else of a crisis in the rest keeps the verdict.
# Review 44 (A5): not of a child (a baby's, a son's or a daughter's death gets the check-in at least), and not when the
# rest names a note, a goodbye or being ready (_LOSS_FAREWELL: "...I wrote my own note today").
_GROWN_RELATIVE = "(?:" + "|".join(r for r in _RELATIVE[3:-1].split("|") if r not in ("daughter", "son", "hija", "hijo")) + ")"
_DEATH_ANNIVERSARY = _reading_pattern(
    "(?: (?:the )?(?:anniversary|aniversary) of (?:the death of |the pasing of )?(?:my|our|her|his)(?: [a-z]+){0,2}? "
    "(?:" + _GROWN_RELATIVE[3:-1] + "|uncle|grandpa|grandfather|grandmother|stepdad|stepmom)s?"
    "(?: (?:death|pasing|pasing away|funeral))?"
    "| (?:my|our|her|his)(?: [a-z]+){0,2}? (?:" + _GROWN_RELATIVE[3:-1] + "|uncle|grandpa|grandfather|grandmother|stepdad|stepmom)s?"
    " (?:death|pasing) (?:anniversary|aniversary|day)"
    "| (?:el )?aniversario (?:de la muerte |luctuoso |de la partida |del fallecimiento )?de (?:mi|nuestra|nuestro|su)"
    "(?: [a-z]+){0,2}? (?:" + _GROWN_RELATIVE[3:-1] + "|tio|abuela|abuelo|papa|padre))(?= )")
_LOSS_FAREWELL = _reading_pattern(
    " (?:my own|my|a|the) (?:note|notes|goodbye leter|goodbye leters|last leter)(?= )| (?:mi|una|la) (?:nota|carta de despedida)"
    "| carta de despedida| (?:i am|im|i m|i feel|feling) ready| (?:estoy|me siento) (?:lista|listo)| ya estoy (?:lista|listo)(?= )")
_NOT_A_CRISIS_DEATH = (_DIED_OF_DELIGHT, _DIED_OF_ILLNESS, _DIED_OF_ILLNESS_SINCE, _DEATH_ANNIVERSARY)

# Batch 33 studied (everyday messages whose errand reads as a means, a plan or hopelessness): each clause is masked and
# the rest read again; only when nothing else in the message is a crisis, and no wish, plan or turn of the writer's own
# is said, is the rest read on its own (the learned model may still give the check-in).
# - A prescription sent to or picked up at a pharmacy ("send my sertraline refill to the CVS on Higley"): an errand,
#   not access to a supply, never beside a count or "all" (_MANY: "the refill is 90 pills, I'm saving them all").
_PHARMACY = ("(?:cvs|walgreens|walmart|costco|target|rite aid|safeway|frys|kroger|pharmacy|pharmacist|drugstore|farmacia"
             "|the store|mail order)")
_PHARMACY_ERRAND = _reading_pattern(
    " (?:send|sent|transfer|transfered|call in|caled in|fax|faxed|move|switch|pick up|picked up|get|mandar|manden|enviar|envien|pasar)"
    " (?:my |her |his |the |mi |la |el )?(?:[a-z]+ )?(?:refil|refils|prescription|prescriptions|script|rx|meds|medication|receta|recetas)"
    " (?:to|at|from|over to|a|en|de)(?: the| a| my| la| mi| el)? " + _PHARMACY + "(?= )")
# A visit one will miss, named ("I'm not going to make it to my appointment tomorrow", "no voy a llegar a mi cita"): an
# absence, masked for the learned model's second look only (CrisisDetector._model_concerned_beyond_everyday) when the
# rules read nothing in the message; "I'm not going to make it" alone still reads.
_VISIT_MISSED = _reading_pattern(
    " (?:(?:i am |im |i )?(?:not going to|not gona|wil not|wont|can not|canot|not able to|unable to|might not|may not|do not think i wil"
    "|dont think i wil|dont think il|not sure il|not sure i wil)(?: be able to)? make it to|no voy a (?:poder )?(?:llegar|ir) a"
    "|no puedo (?:llegar|ir) a|no creo (?:llegar|poder ir) a)"
    " (?:my |the |our |her |his |mi |la |el |mis |las |tomorows |todays )?(?:next |proxima |[0-9]+ )?"
    "(?:apointment|apointments|apt|infusion|infusions|session|sesion|visit|consult|consultation|folow up|check in|checkup|check up"
    "|class|clase|cita|citas|consulta|sesion|clinic|clinica)(?= )")
# - "Asking for me" owning an everyday question ("Can I have a glass of wine the night after a session? Asking for...
#   me."): the question is the writer's own, nothing more; the rest must be quiet on its own ("is an overdose painless?
#   asking for me" keeps its means).
_ASKING_FOR_ME = _reading_pattern(" (?:asking|i am asking|im asking) for(?: a friend)?(?: (?:me|myself|mi|yo))(?: lol| haha| obviously| of course)?"
                                  "(?= )| (?:pregunto|lo pregunto) por mi(?= )")
# ...never owning a story told of another or an amount asked ("...someone who hurts herself... asking for me I guess",
# "how many would it take tonight, asking for me").
_ASKED_OF_ANOTHER = _reading_pattern(" (?:someone|somebody|anyone|anybody|a person|a friend|she|he|her|him|they|them|herself|himself"
                                     "|themselves|alguien|una persona|una amiga|un amigo|ella|el|ellos|ellas|how many|how much|cuantas"
                                     "|cuantos|cuanto|cuanta)(?= )")
# - "Ya no puedo venir" said of a time of day or a day of the week ("ya no puedo venir en las mañanas"): a schedule changed.
_SCHEDULE_CHANGED = _reading_pattern(
    " ya no (?:puedo|podre|voy a poder) (?:venir|ir|llegar|asistir|estar)(?: a la cita| a mis citas| a las citas)?"
    " (?:(?:en|por) (?:las|la) (?:mananas|manana|tardes|tarde|noches)|los (?:lunes|martes|miercoles|jueves|viernes|sabados|domingos)"
    "|(?:a|antes de) las [0-9]+|temprano|a esa hora|ese dia|entre semana)(?= )")
# - A pet put to sleep on the vet's word ("the vet said it's time to put her down"): a pet's death, not a plan. Only an
#   animal after my/our ("...put my baby to sleep forever" is no pet), never beside "myself" or "put me down".
_PET_PUT_DOWN = _reading_pattern(
    "(?: (?:it is|its) time)?(?: to| we| i| have to| had to| going to| decided to| ned to)? (?:put|puting)"
    " (?:her|him|it|them|(?:my|our)(?: [a-z]+)? " + _ANIMAL + ") (?:down|to slep)(?= )| (?:euthanize|euthanized|euthanasia|dormir a mi " + _ANIMAL[3:-1] + ")(?= )")
_VET = _reading_pattern(" (?:vet|vets|veterinarian|veterinario|veterinaria|" + _ANIMAL[3:-1] + ")(?= )")
# Round 33 (batch 34): ...or the vet's word alone ("our dog is 14 and the vet says it's time"): a pet's end, not a time.
_VET_SAYS_TIME = _reading_pattern(
    " (?:vet|vets|veterinarian|veterinario|veterinaria) (?:says|said|thinks|told us|told me|dice|dijo|cre|nos dijo|me dijo)"
    " (?:that )?(?:it is|its|es|que es|que ya es|ya es)(?: almost| casi)? (?:time|hora)(?= )")
# - Pain told as dying while healing ("getting out of bed after the c-section feels like dying every time"): an act
#   after a surgery or a birth and how much it hurts, not a wish.
_HEALING_PAIN = _reading_pattern(
    " (?:geting|walking|standing|siting|coughing|sneezing|laughing|moving|rolling|bending|climbing|lifting|turning|peing"
    "|levantarme|caminar|moverme|toser|pararme|sentarme|reirme)(?: (?!i |yo |me |want |wish |quiero )[a-z]+){0,6}? (?:after|since|with|from|despues de|desde|con)"
    " (?:the |my |a |an |mi |la |el )?(?:c section|csection|cesarean|surgery|incision|stitches|delivery|birth|tear|episiotomy"
    "|cesarea|cirugia|parto|puntos|herida)(?: [a-z]+){0,3}? (?:fels|feel|felt|is|was|se siente|es|se sentia|era)"
    " (?:like|como) (?:dying|death|morir|morirme|la muerte)(?: every time| each time| cada vez)?(?= )")
# - Overwork said as an idiom with its chore ("he says I'm going to work myself to death cleaning the house").
_OVERWORK = _reading_pattern(" (?:(?:saying|says|said|tells me|told me|thinks|warns|warned)(?: that)? (?:i am going to|i am gona|i wil) )?"
                             "(?:work|working|worked|works) (?:myself|herself|himself|yourself) to death"
                             "(?= (?:cleaning|cooking|at|for|on|doing|over|with|taking) )")

# Round 33 probes: the dead loved ones said to be in heaven ("my mom and dad are together in heaven now, I miss them"):
# grief, never beside a meeting looked forward to (_REUNION: "...I'll see them again soon").
_KIN = "(?:" + _RELATIVE[3:-1] + "|parents|grandpa|grandfather|grandparents|papas|padres|abuela|abuelo|abuelos|papa|padre)"
_KIN_IN_HEAVEN = _reading_pattern(
    " (?:my|our|mi|mis|nuestra|nuestro|nuestros) " + _KIN + "(?: and (?:my |our )?" + _KIN + "| y (?:mi |mis )?" + _KIN + ")?"
    "(?: ya)? (?:are|is|estan|esta)(?: ya)?(?: together| juntos| juntas)? (?:in heaven|up in heaven|en el cielo)(?: now| together| ahora| juntos)?(?= )")
# - A cause, a study or a month named for SIDS ("we did the SIDS awareness walk"): the cause, never right after a hope or a
#   wish ("hope sids awareness month ends before she does": review 33) unless the hope is for the cause itself ("I hope SIDS
#   research gets more funding"; not a bare "hope": "i hope sids research never finds out what i did" is read).
_SIDS_NAMED = ("(?:sids|crib death|cot death|muerte de cuna) (?:research|researchers|awarenes|prevention|foundation|walk|study"
               "|studies|funding|charity|fundraiser|investigacion|prevencion)")
_SIDS_CAUSE = _reading_pattern("(?<! hope)(?<! wish)(?<! pray) " + _SIDS_NAMED + "(?= )")
_SIDS_HOPED = _reading_pattern(" (?:i )?(?:hope|wish|pray)(?: that)? " + _SIDS_NAMED + " (?:gets|get|wil get|receives|wil receive|finds|wil find"
                               "|becomes|is|wil be) (?:more |a lot more |better |a )?(?:funding|funded|money|atention|suport|donations"
                               "|answers|cure|priority)(?= )")
# - Baby things given away or sold once outgrown ("estoy regalando mis cosas de bebé que ya no uso"): a clear-out.
_BABY_THINGS_OUTGROWN = _reading_pattern(
    " (?:regalando|regale|regalar|regalo|donando|done|donar|vendiendo|vendi|vender|giving away|gave away|give away|donating"
    "|donated|selling|sold)(?: al| all)? (?:my|the|our|her|his|mis|las|los|la|el|sus)?(?: old| viejas| viejos)?"
    " (?:cosas de bebe|ropa de bebe|ropita|baby clothes|baby stuf|baby things|baby items|baby gear|newborn clothes)"
    " (?:que ya no (?:uso|usamos|usa|le queda|le quedan|nos sirven|me sirven)|(?:that |which )?(?:she|he|they|we|i) (?:outgrew|do not use"
    "|dont use|no longer use|no longer ned|have outgrown)|that no longer fit|that do not fit)(?= )")
# - The pool's edge and a swim aid let go of ("standing on the edge of the pool and let go of the float"): a swim, not a
#   fall (a wish to sink or drown is still read in the rest).
#   Only a person standing or sitting there: "...leave the baby's car seat near the edge of the pool on purpose" is read.
_POOL_EDGE = _reading_pattern(" (?:standing|stood|stands|sitting|siting|sat|sits|waiting) (?:on|at|by) the (?:edge|side) of the"
                              " (?:pol|swiming pol|kiddie pol|kids pol)| (?:estaba|esta|estoy|parada|parado|sentada|sentado)"
                              " en (?:la )?(?:orilla|borde) de la (?:alberca|piscina)(?= )")
_SWIM_AID_LET_GO = _reading_pattern(" (?:let|lets|leting) go of (?:the|her|his|my|their) (?:float|floats|floaty|floaties|pol nodle"
                                    "|nodle|kickboard|kick board|swim ring|water wings)(?= )")

# - Not sure of being around on a day when an event of the family's falls then ("not sure I'll be around next week, my
#   mom's surgery is then"): an absence explained (a funeral is not such an event).
_DAYS = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DOUBT_AROUND = _reading_pattern(
    " (?:not sure|do not think|dont think|doubt|might not|may not|probably wil not|probably wont)(?: that)?(?: i(?: wil| am going to)?)?"
    " be (?:around|here|there|able to make it|able to come) (?:next wek|this wek|next month|tomorow|this wekend|next wekend"
    "|on " + _DAYS + "|" + _DAYS + ")(?= )")
_AWAY_FOR = _reading_pattern(
    " (?:my|our|his|her)(?: [a-z]+)? (?:surgery|operation|c section|delivery|induction|wedding|graduation|due date|trip|move"
    "|procedure|birthday|baby shower|shower)(?: is| wil be)(?: scheduled| planed| booked)?"
    " (?:then|that wek|that day|that wekend|next wek|tomorow|the same day|on " + _DAYS + ")(?= )")

# - A ride home asked for ("¿necesito que alguien me recoja o puedo tomar un Uber?"): picked up by a person, not taken
#   by God ("que Dios me recoja" is still read).
_NOT_A_DRIVER = "(?!senor |dios |cielo |creador |padre |altisimo |muerte )"
_RIDE_PICKUP = _reading_pattern(" (?:alguien|ustedes|usted|mi " + _NOT_A_DRIVER + "[a-z]+|el " + _NOT_A_DRIVER + "[a-z]+|un taxi|un uber)"
                                "(?: que)? me (?:recoja|recojan|recoge|recogen)(?= )")

# - Thanks for everything said with a season's greeting ("Feliz Navidad a todas!! Gracias por todo este año"): a card,
#   not a farewell (never said to be final, _FINAL, nor with a "last" anywhere). Only the thanks is masked, and nothing
#   when a goodbye is said ("Merry Christmas to all of you. This is goodbye, thank you for everything": review 32).
_SEASON_THANKS = _reading_pattern(" (?:thank you for everything|thanks for everything|gracias por todo)(?= )")
_GOODBYE_SAID = _reading_pattern(" (?:godbye|goodbye|godbyes|goodby|godby|bye|byes|farewel|adios|despedi|despedimos|despedida"
                                 "|despedirme|despido|this is it)(?= )")
_LAST_SAID = _reading_pattern(" (?:last|final|ultimo|ultima|ultimos|ultimas)(?= )")  # "...lo último bueno en mi vida"
_SEASON_GREETING = _reading_pattern(" (?:feliz navidad|merry christmas|merry xmas|happy holidays|happy new year|felices fiestas"
                                    "|feliz ano nuevo|prospero ano|happy thanksgiving|feliz dia de accion de gracias|happy easter"
                                    "|felices pascuas|happy mothers day|feliz dia de las madres)(?= )")
# - The last message corrected ("my last message said 'ketchup' it was supposed to say 'check up'"): a typo, not a last word.
#   Never a typo denied ("my last message wasn't a typo") nor a bare "meant" ("...was meant to be my last").
_LAST_TEXT_FIXED = _reading_pattern(" (?:my|mi|the|el) (?:last|previous|ultimo|anterior) (?:mesage|text|mensaje)"
                                    "(?= (?:said|says|dijo|decia|was|should|meant|tenia) )")
_CORRECTION = _reading_pattern(" (?<!not a )(?<!wasnt a )(?<!was not a )"
                               "(?:suposed to say|suposed to be|meant to say|meant to type|autocorect|autocorected|typo|voice to text"
                               "|quise decir|queria decir|corrector)(?= )")
# - Harm to the baby feared through the milk or a medicine ("Does ketamine get into breast milk? I don't want to hurt the
#   baby through my milk"): a question of exposure, not a thought of harm.
_EXPOSURE_FEARED = _reading_pattern(
    " (?:i )?(?:do not|dont|would not|wouldnt|never) want to (?:hurt|harm|afect|expose|poison) (?:the|my|her|him) (?:baby|babies|son|daughter)"
    " (?:through|thru|via|with|by|from) (?:my |the |her )?(?:milk|breast milk|breastmilk|breastfeding|nursing|pumping|the medication"
    "|my medication|the medicine|my medicine|the ketamine|ketamine|the infusion|infusions|the meds|my meds)(?= )")

# - A promise of no rash act ("I'm at my wits end but I'm not going to do anything stupid, I just need tips"): no intent,
#   never with a "yet", a "but" or a time after it.
_NOTHING_RASH = _reading_pattern(
    " (?:no (?:voy a|pienso|quiero)|(?:i am|im) not (?:going|gona|planning) to|i would never|i wil never|i wil not|i wont)"
    " (?:do anything (?:stupid|dumb|drastic)|do something (?:stupid|dumb|drastic)|hacer (?:una|ninguna|nada de) (?:tonteria|locura|tonterias))"
    "(?= )(?!(?: [a-z]+){0,4}? (?:todavia|por ahora|pero|hoy|esta noche|aun|yet|but|tonight|today|again|anymore|any more|until|hasta"
    "|probably|maybe|i think|i hope|hopefuly|for now|not sure|i do not know|creo|tal vez|quizas|espero|lie|lying|menti)(?= ))")


# Round 34: ...and the goodbye said to that animal by its people ("we had to put our old horse down this week, the kids
# said goodbye"): read only once a pet's end was masked, never a goodbye to anyone else or one said as still to come.
_PET_GOODBYE = _reading_pattern(
    " (?:the kids|the children|the family|the whole family|we al|we|they|everyone|my [a-z]+|i) (?:said|got to say|al said)"
    " (?:godbye|goodbye|godbyes|their godbyes|our godbyes)(?: to (?:him|her|it|them))?(?= )(?!(?: [a-z]+){0,3}? (?:to|too|as wel|myself|forever|me)(?= ))"
    "| (?:los ninos|las ninas|la familia|nos|se) (?:despidieron|despedimos)(?: de (?:el|ella))?(?= )")
# - Fasting before a procedure ("I stopped eating and drinking after midnight before the procedure"): the clinic's
#   instruction, not a refusal to eat; only with midnight or a procedure named within a few words.
_PROCEDURE = ("(?:procedure|surgery|infusion|anesthesia|anaesthesia|sedation|colonoscopy|endoscopy|c section|csection|op|operation"
              "|blod work|blod test|labs|scan|mri|procedimiento|cirugia|infusion|anestesia|sedacion|operacion|analisis)")
_FASTING = _reading_pattern(
    " (?:i |we )?(?:stoped|stop|stoping|quit|have not been|havent been|am not|im not|no|not) (?:eating|drinking)"
    "(?: (?:and|or|nor) (?:eating|drinking))?(?: anything)? (?:after|since|from|past) midnight(?: (?:before|for) (?:the|my|a) " + _PROCEDURE + ")?"
    "| (?:i |we )?(?:stoped|stop|stoping|quit|am not|im not|no|not) (?:eating|drinking)(?: (?:and|or|nor) (?:eating|drinking))?"
    "(?: anything)? (?:before|for) (?:the|my|a) " + _PROCEDURE +
    "| (?:deje|dejo|dejamos) de (?:comer|beber|tomar)(?: (?:y|ni|o) (?:comer|beber|tomar))?(?: nada)?"
    " (?:despues de|desde|a partir de) (?:la )?medianoche(?: (?:antes del|antes de la|para el|para la) " + _PROCEDURE + ")?"
    "| (?:ayuno|ayunando|en ayunas) (?:antes del|antes de la|para el|para la) " + _PROCEDURE + "(?= )")
# - A grave visited ("my grandma died last year from covid. we are going to her grave today"): someone else's grave,
#   never one's own ("going to my grave", "I want to be in her grave").
_GRAVE_VISIT = _reading_pattern(
    " (?:we are|were|we re|i am|im|we wil|i wil|going to go|we go|i go|we went|i went|visiting|visit|taking flowers)"
    " (?:going )?(?:to|visit|visiting)(?: (?:see|visit))? (?:her|his|their|grandmas|grandpas|moms|dads|the family|el|la) (?:grave|graves|tomb)"
    "| (?:vamos|voy|fuimos|fui) a (?:visitar )?(?:su|la) tumba(?= )")
# - Medicines put away ("I put the medicine cabinet stuff away"): tidying, a safety act, not a supply at hand.
_MEDS_PUT_AWAY = _reading_pattern(
    " (?:put|puting|puts|lock|locked|locking|store|stored|storing) (?:the |my |al the |our )?(?:medicine|medicines|meds|medication"
    "|medications|pils|vitamins)(?: cabinet| chest)?(?: stuf| things| bottles| stuff)? (?:away|up high|back)(?= )")
# Round 34 (batch 35 and everyday set 35):
# - A story read or watched about another family ("just read a news story about a dad who left his baby in a hot car"):
#   the story told up to the first word of the writer's own (I, my, me), which is read as usual.
_NOT_MINE = "(?: (?!i |my |me |im |mine |myself |yo |mi |mis |me )[a-z]+)"
_NEWS_STORY = _reading_pattern(
    " (?:read|reading|saw|sen|watched|watching|heard|hearing|lei|vi|escuche)(?: about)?(?: a| an| the| this| that| una| un| la| el)"
    "(?: [a-z]+){0,2}? (?:news story|story|article|news|report|headline|post|video|segment|noticia|articulo|reportaje|nota)"
    " (?:about|on|of|de|sobre) (?:a|an|the|this|that|un|una|el|la) (?:dad|mom|father|mother|man|woman|parent|parents|couple"
    "|family|nanny|babysitter|daycare|guy|lady|papa|mama|padre|madre|hombre|mujer|pareja|familia|ninera)"
    "(?: who| that| que)?" + _NOT_MINE + "{1,12}"
    # ...and the tears for that family after it ("...and I can't stop crying for that family")
    "(?:(?: and)? i (?:can not|cant) stop crying (?:for|about|over) (?:that|the|this|those|these) (?:family|families|parents|mom|dad|baby|poor [a-z]+))?(?= )")
# - A care question whose subject is the care itself ("we're doing sleep training, will the crying hurt her?").
_CARE_HURTS = _reading_pattern(
    " (?:wil|can|could|does|would|is|might|do) (?:the |al the |al this |al that |this |that |so much |her |his )?"
    "(?:crying|cry it out|cio|slep training|crying it out|fusing|screaming)(?: [a-z]+)? (?:hurt|harm|damage|afect|traumatize|traumatise)"
    "(?: her| him| them| the baby| my baby| our baby| baby)?(?= )")
# - Sleep said to be ruined for good ("the baby is going to destroy our sleep forever"): the idiom, not a long sleep.
_SLEEP_RUINED = _reading_pattern(
    " (?:destroy|destroyed|destroying|ruin|ruined|ruining|wreck|wrecked|wrecking|kil|kiling|mes up|mesed up)"
    " (?:our|my|his|her|your|their|al our|al my|al of our) slep(?: schedule| schedules)?(?: forever| for ever| for good)?(?= )")
# - A death by overdose of someone else, years ago ("my husband's cousin died of a fentanyl overdose years ago"): a
#   family's history told, never with a time nearer than years.
_OVERDOSE_YEARS_AGO = _reading_pattern(
    " (?:my|our|her|his|mi|su)(?: [a-z]+){0,2}? " + _RELATIVE + " (?:died|passed away|passed|murio|fallecio)"
    " (?:of|from|after|de|por)(?: a| an| una| un)?(?: [a-z]+)? (?:overdose|od|sobredosis)"
    " (?:(?:[0-9]+|many|several|a few|two|three|four|five|ten) years ago|years ago|hace (?:[0-9a-z]+ )?anos|hace muchos anos)(?= )")
# ...and another's remark about it ("my brother keeps saying..."): a person, not a voice; read only once a clause of the
#   message was masked.
_KIN_SAYS = _reading_pattern(" (?:my|our|her|his|mi) " + _RELATIVE + " (?:keps saying|kept saying|always says|says|said|sigue diciendo|dice|dijo)(?= )")
# - A ride home ("I threw up once in the car on the way home"): the car as the place of a trip, not a setting.
_CAR_RIDE = _reading_pattern(" in the car (?:on the way|on our way|on my way) (?:home|back|there|to (?:the |my |our )?[a-z]+)(?= )")
# - Too many of a harmless thing bought ("Bought way too many candles though").
_TOO_MANY_GOODS = _reading_pattern(
    " (?:bought|ordered|got|buy|buying|ordering|compre|pedi)(?: way| far| so| waay| soo)? (?:to|so|demasiadas|demasiados)"
    "(?: many)? (?:candles|clothes|shoes|toys|onesies|plants|books|snacks|bibs|blankets|pilows|outfits|decorations|cookies|groceries"
    "|baby clothes|stufed animals|yarn|mugs|velas|ropa|zapatos|juguetes|plantas|libros)(?= )")
# - A relief said of a fact ("my boss is being understanding about the appointments, which is a relief").
_FACT_RELIEF = _reading_pattern(" (?:which|that|this) (?:is|was) (?:such )?a (?:huge |big |great |real |nice )?relief(?= )")
# - A baby's bite with her first teeth ("Baby's first tooth!!! and she already bit me"): only with a tooth or a feed named.
_TEETH = _reading_pattern(" (?:toth|teth|teething|nursing|breastfeding|feding|latch|latching|diente|dientes|dientito|amamantar)(?= )")
_BABY_BIT = _reading_pattern(" (?:she|he|baby|the baby|my baby|babys|el bebe|la bebe)(?: already| just| kept| keps| stil| always| ya)?"
                             " (?:bit|bites|biting|chomped|chomps|chomping|me mordio|me muerde)(?: me| my [a-z]+)?(?= )")
# - A dose of an everyday remedy asked about ("Should I take the zofran before next time?"): never with a count or "all".
_REMEDY_ASKED = _reading_pattern(
    " (?:should|can|could|do|would|may) i (?:take|try|use|have) (?:the |my |a |some |an )?(?:zofran|ondansetron|dramamine|meclizine"
    "|bonine|tylenol|advil|motrin|ibuprofen|aleve|benadryl|pepto|tums|gravol|diclegis|unisom|nausea medicine|anti nausea medicine)"
    "(?= (?:before|after|for|with|when|next|again|first) )")

_CARRIED_OUT = _reading_pattern(" tok (?:everything|it al|al of it|the rest|the bags|al the bags) (?:in|into|to|out to) the (?:car|trunk)(?= )")

# Round 35 (batch 36, everyday set 36, probes 33):
# - Thanks said with praise of the team in the present ("Gracias por todo!! You guys are the best"): a compliment to a
#   group (never a bare "you are the best", which a letter to one person says), masked like a season's greeting above,
#   never with a goodbye, a "last" or a final word said ("...you guys are the best. this is my last message"), nor a past
#   "you were kind to me", which is how a farewell thanks.
_PRAISED = _reading_pattern(
    " (?:(?:you guys|you al|yal|y al|the staf|the team|this team|everyone here|this place) (?:are|is) (?:realy |so |just )?"
    "(?:the best|amazing|awesome|the greatest|wonderful|angels|rockstars|incredible|fantastic)"
    "|(?:you guys|you al|yal) rock|(?:ustedes )?son (?:lo maximo|los mejores|las mejores|increibles|unos angeles|geniales"
    "|maravillosos|maravillosas|lo mejor))(?= )")
# - Another's joke about the baby ("my sister keeps joking that my baby is the devil because he screams"): her joke, not
#   the writer's belief, never with the writer's own agreement after it ("...but I think she's right").
_KIN_JOKES = _reading_pattern(
    " (?:my|our|mi) " + _RELATIVE + " (?:keps joking|kept joking|jokes|joked|always jokes|is always joking|bromea|siempre bromea)"
    " (?:that |que )?(?:my |our |the |mi |el )?(?:baby|son|daughter|bebe|hijo|hija|he|she) (?:is|es) (?:the devil|a devil|a demon"
    "|satan|posesed|el diablo|un demonio)(?= )(?!(?: [a-z]+){0,6}? (?:i think|i believe|i know|i am starting|right|realy is|maybe"
    "|creo|tiene razon)(?= ))")
# - A violent idiom aimed at whoever invented a thing ("I'm going to strangle whoever invented baby pajamas with 40 snaps").
_AT_THE_INVENTOR = _reading_pattern(
    "(?: i (?:am going to|am gona|wil|could|am about to))? (?:strangle|kil|murder|punch|throttle|fight|hunt down|slap|choke|ahorcar|matar|ahorcare|matare)"
    " (?:whoever|the person who|the guy who|the genius who|al que|a quien|quien) (?:invented|designed|made|came up with|thought of"
    "|decided|invento|diseno)(?= )(?!(?: [a-z0-9]+){0,8}? (?:then|too|as wel|also|luego|despues|tambien)(?= ))")
# - The pumping, the diapers or the nights said to be what one is over, life itself denied ("not over life, just over
#   pumping every 3 hours"): never life or everything as what she is over.
_NOT_OVER_LIFE = _reading_pattern(
    " not (?:over|done with|tired of) (?:life|living|it al)(?= (?:just|only|i am just|i am only) (?:over|done with|tired of)"
    " (?!it |everything |al |myself |me |this |being |life |living )[a-z]+ )"
    "(?!.*? (?:myself|being alive|living|life|everything|it al)(?= ))")
# - An embarrassment told with a laugh ("...vomited on the priest at the baptism. I wanted to crawl into a hole and die 😂"):
#   the idiom in the past, with the laughter after it; a present wish ("I want to crawl into a hole and die") is read.
_CRAWL_AWAY_LAUGHED = _reading_pattern(
    " (?:i )?(?:wanted to|could have|could|almost) (?:crawl into a hole|crawled into a hole|sink into the flor|sunk into the flor"
    "|melt into the flor)(?: and (?:die|died))?(?= (?:lol|haha|hahaha|lmao|of embarasment|from embarasment) )")
# - The last message said to be meant for someone else ("ignore that last message, that was meant for my sister").
_WRONG_CHAT = _reading_pattern(
    " (?:ignore|disregard|never mind|sorry about|sorry for|ignora|ignoren|perdon por) (?:that|my|the|el|mi|ese) (?:last|previous|ultimo|anterior)?"
    " ?(?:mesage|text|mensaje)(?: [a-z]+){0,2}? (?:was meant for|was for|was suposed to go to|went to the wrong|wrong chat|wrong person"
    "|wrong number|era para|era pa|no era para|iba para) (?:my |the |mi |la |el )?[a-z]+(?= )")
# - A nap on the ride home and its seatbelt mark ("I slept the whole way and woke up with the seatbelt imprint on my face").
_SEATBELT_MARK = _reading_pattern(" (?:seatbelt|seat belt|cinturon) (?:imprint|mark|marks|lines|line|rash|burn|bruise|marca|marcas)"
                                  "(?: on my (?:face|cheek|chest|shoulder|neck|arm))?(?= )")
# - Pain wished smaller ("I wanted it to hurt less"), the opposite of pain wished for.
_HURT_LESS = _reading_pattern(" (?:hurt|hurts|to hurt|doler|doliera|duela) (?:a (?:bit|little|lot) )?(?:les|menos)(?= )")
# - Nothing needed after a day because a relative comes to help ("I won't need anything after Friday, my mom arrives").
_HELP_ARRIVES = _reading_pattern(
    " (?:i |we )?(?:wil not|wont|do not|dont) ned (?:anything|help|a siter|a babysiter|a ride|rides|meals|the meals)"
    " (?:after|from|past) " + _DAYS + "(?: [a-z]+){0,2}? (?:my|our) " + _RELATIVE + " (?:arives|wil arive|comes|is coming|gets here"
    "|flies in|is flying in|moves in|is moving in|lands)(?= )"
    # ...never with the children handed over or the writer gone ("...she can have the baby", "...I'll be gone")
    "(?!.*? (?:(?:have|take|kep|raise|adopt) (?:the|my|our) (?:baby|babies|kids|children|son|daughter|girl|boy)|(?:have|take|kep|raise) them"
    "|quedarse con (?:el bebe|la bebe|los ninos|mis hijos|mi hijo|mi hija)|gone|forever|for god|para siempre)(?= ))")
# - Maternity or baby clothes given to someone expecting ("I gave my sister all my maternity clothes since she's pregnant").
_MATERNITY_PASSED_ON = _reading_pattern(
    " (?:gave|give|giving|pased|pasing|handed|lent|regale|le di|le pase)(?: (?:my|her|his|mi|a mi) [a-z]+)?(?: al| todas| toda)?"
    " (?:my|the|mi|mis|la)? ?(?:old )?(?:maternity|pregnancy|nursing|baby|newborn|ropa de maternidad|ropa de embarazo|ropa de bebe|cosas de bebe)"
    "(?: (?:clothes|jeans|pants|stuf|things|gear|bras|dreses|tops))?(?: to (?:my|her|his) [a-z]+)?"
    "(?= (?:since|because|cause|as|now that|porque|ya que) (?:she is|shes|she|they are|esta|ella esta) (?:pregnant|expecting|embarazada) )")
# - A burn's first aid named ("I burned my hand on the iron again, ice helps"): the "again" of a clumsy household, not a
#   habit of harm, unless the burning itself is said to help ("it's the only thing that helps", "helps me cope").
_FIRST_AID = _reading_pattern(" (?:ice|cold water|aloe|aloe vera|burn cream|burn gel|neosporin|ointment|vaseline|hielo|agua fria"
                              "|sabila|pomada)(?= )")
_BURNING_HELPS = _reading_pattern(" (?:it|that|this|burning|the pain) (?:helps|helped|is the only thing)| only thing that helps"
                                  "| helps me| (?:like|liked|love|loved|ned|needed|deserve|deserved|want|wanted) (?:the pain|the burn|it|how it)"
                                  "| me gusta| lo merezco| time this wek| times this wek| every day| every night| (?:kep|keps|kept) (?:doing|burning|hurting|geting|on|it|hapening|going)| always"
                                  "| otra vez mas| cada dia| siempre(?= )")
# - Shoes or naps declared optional by a toddler ("My toddler has decided shoes are optional today"): a child's whim, not
#   life felt optional.
_THINGS_OPTIONAL = _reading_pattern(
    " (?:shoes|socks|pants|clothes|diapers|naps|nap|bedtime|vegetables|veggies|baths|bath|showers|bras|makeup|manners|hats|coats"
    "|jackets|car seats|zapatos|calcetines|pantalones|siestas|siesta)(?: (?:are|is|son|es))?(?: now| apparently| oficialy| ahora)?"
    " (?:optional|opcional|opcionales)(?= )(?!(?: [a-z]+){0,5}? (?:living|life|breathing|existing|alive|me|vivir|vida|respirar)(?= ))")
# - Unseen at work after a leave ("I feel like a ghost at work since maternity leave"): overlooked by colleagues, never a
#   ghost at home or in life.
_GHOST_AT_WORK = _reading_pattern(
    " (?:like )?a ghost (?:at work|at the ofice|in (?:the |our |my )?metings|on (?:the|my|our) team|at my job|in the ofice"
    "|en el trabajo|en la oficina)(?= )(?!.*? (?:home|everywhere|life|gone|already|anymore|dead|casa|vida|muerta|muerto)(?= ))")
_SELF_AIMED_LATER = ("(?!.*? (?:my head|my mouth|my chest|my temple|myself|on me|for me|last time|ever|forever|for god|permanently"
                     "|took|take al|al my|pils|overdose|mi cabeza|mi boca|en mi|para mi|para siempre|pastilas)(?= ))")
# - A gun cleaned for a hunting season ("he was drinking beer while cleaning his gun for hunting season tomorrow"): a
#   hobby's chore, with its day; anything of the writer's own beside it is read in the rest.
_HUNTING_GUN = _reading_pattern(
    " (?:cleaning|cleaned|cleans|clean|oiling|oiled|geting|got|sighting in|sighted in|limpiando|limpio|limpia|preparando|preparo)"
    "(?: (?:his|my|her|the|our|their|su|mi|el|la|sus|mis|los|las))? (?:gun|guns|rifle|rifles|shotgun|shotguns|escopeta|escopetas"
    "|arma|armas)(?: (?:tonight|today|this morning|this wekend|now|hoy|esta noche))? (?:for|before|para|antes de)(?: the| la| el)? (?:hunting|deer|duck|elk|dove|turkey|pheasant|bird|goose|caza"
    "|cazar|temporada de caza|venado)(?: season| trip| opener| hunting| season opener)?"
    "(?: (?:tomorow|this wekend|next wek|on " + _DAYS + "|" + _DAYS + "|manana|este fin de semana|la proxima semana))?(?= )" + _SELF_AIMED_LATER)
# - A racing heart to calm ("fastest way to stop my heart racing"): the pounding, never the heart itself stopped.
_HEART_RACING = _reading_pattern(
    "(?: (?:stop|slow|slow down|calm|calm down|settle) (?:my|her|his|the|your) (?:heart|heartbeat|heart rate)"
    " (?:from )?(?:racing|pounding|raising|fluttering|skipping|beating so fast|beating fast|going so fast)"
    "| (?:mi|el) corazon deje de (?:latir tan rapido|latir tan fuerte|acelerarse|palpitar tan rapido))(?= )" + _SELF_AIMED_LATER)
# - A baby's medicine safety asked, the baby taking it by mistake ("is tylenol lethal for a baby if they take a lot at
#   once"): a question of an accident; a dose to give, a wish or a thought after it is read in the rest.
_BABY_MEDICINE_SAFETY = _reading_pattern(
    " (?:is|are|can|could|would|wil)(?: (?!i |me |my |she |he )[a-z]+){0,3}? (?:lethal|deadly|dangerous|toxic|fatal|poisonous)"
    " (?:for|to) (?:a|my|the|an|our) (?:baby|infant|toddler|newborn|child|kid|one year old|1 year old|[0-9]+ month old)"
    " (?:if|when|in case) (?:they|she|he|it|the baby|my baby|the kid|my toddler) (?:take|takes|took|swalow|swalows|swalowed"
    "|eat|eats|ate|drink|drinks|drank|get into|gets into|got into|chew|chews|chewed|find|finds|found)"
    "(?: (?:a lot|to much|too much|some|any|a few|the bottle|mine|extra|more|a double dose|it|them))?"
    "(?: (?:at once|by acident|by mistake|acidentaly))?(?= )")
_SUPPLY_HELD = _reading_pattern(" (?:i|yo|we) (?:have|got|bought|am holding|kept|saved|stockpiled|have got|filed)(?= )"
                                "| (?:tengo|compre|guarde|botles|botle|botes|bote|whole|handful|pack|stash|al of them|todas)(?= )")
_INTENT_BESIDE = _reading_pattern(" (?:let her|let him|let them|for a reason|part of me|i might|i could|i want|i wish|i hope"
                                  "|hopefuly|quiero|ojala|tal vez la|tal vez lo|would it take|wil it take|does it take|haria falta|se necesita)(?= )")
# - Not being missed at an event one may skip ("nobody will miss me at the party"): an absence from a party, never from
#   life ("nobody will miss me when I'm gone" is read, and so is anything of the kind in the rest).
_EVENT = ("(?:party|parties|shower|baby shower|wedding|reunion|diner|barbecue|bbq|cookout|picnic|meting|event|concert|gathering"
          "|potluck|game night|fiesta|boda|cena|carne asada|posada|reunion familiar)")
_MISSED_AT_EVENT = _reading_pattern(
    "(?: (?:nobody|no one|noone)(?: (?:wil|would|is going to|is gona|is even going to|going to|gona))? (?:mis|notice)(?: me)?"
    " (?:at|if i skip|if i mis|if i leave|if i do not go to|if i dont go to|if i bail on)(?: the| this| that| my| our| his| her| their)?"
    "(?: [a-z]+)? " + _EVENT +
    "| nadie (?:me )?(?:va a |me va a )?(?:extranar|extrana|extranara|notar|nota|echar de menos)(?:me)?"
    " (?:en|si no voy a|si falto a)(?: la| el| esa| ese| mi)?(?: [a-z]+)? " + _EVENT + ")(?= )"
    "(?! (?:or|nor|ni|o|not|anywhere|ever|at al|period|en ningun|en ningun lado|en la vida)(?= ))")

# Review 32: what an everyday clause never masks, left in the rest: a core concept, a means in reach, a note, a plan, a
# threat to another, an image of harm, a forever ("ya no puedo venir a las 10. esta noche lo hago"; "...but I might
# hurt someone"), or a "do it".
def _risk_beside(found: frozenset[str]) -> bool:
    return not found.isdisjoint(_concepts.CORE) \
        or not found.isdisjoint({"access", "note", "plan", "violence", "image_urge", "forever"})


_DO_IT = _reading_pattern(" (?:lo hago|lo hare|lo voy a hacer|hacerlo|do it|doing it|il do it)(?= )")
# Review 33: a turn of the writer's own toward the dead or the ending, left in the rest once an everyday clause is masked
# ("...in heaven now, see you soon mom", "...feels like dying and I welcome it", "...ends before she does"), or sinking at
# the pool's edge ("...with weights on", "me voy a dejar ir al fondo"). "Me too" is read on the text (_ME_TOO_SAID).
_TURN_LEFT = _reading_pattern(" (?:se you (?:guys )?(?:soon|shortly|there)(?! at | on | for | tomorow | next | in | this | monday | tuesday"
                              " | wednesday | thursday | friday | saturday | sunday )|nos vemos pronto|nos vemos alla|voy contigo"
                              "|voy con (?:ella|el|elos|ustedes)|ya voy|i am coming|im coming|il be there|i wil be there|should be there"
                              "|be there to|be there with|welcome it|bring it on|let it take me|ready for it|yo tambien|both of us"
                              "|before (?:she|he|they) does|before (?:she|he|they) dies|weights|rocks|sink|hundir|hundirme|fondo|dejar ir"
                              "|dejarme ir)(?= )")


# Review 35 (M3): a follow-up that carries the risk on past a masked clause, left in the rest whichever clause was masked:
# the absence widened ("...or anywhere else", "ni en ningun lado"), the self or forever joined on ("...and gone from everywhere",
# "...then putting it to my head"), or an intent or a last time beside it ("i might just let her", "one last time").
_FOLLOW_UP_RISK = _reading_pattern(
    " (?:or|nor|ni|o)(?: [a-z]+){0,3}? (?:anywhere|everywhere|ever|at al|in life|in this world|en ningun|en la vida|nunca)(?= )"
    "| (?:and|then|y|luego)(?: [a-z]+){0,5}? (?:my head|my mouth|my temple|my life|forever|for god|para siempre|everywhere"
    "|from everything|from everyone|de todo|de todos)(?= )"
    "| (?:i might just|i could just|i might as wel|let (?:her|him|them) (?:have|take|drink|swalow|do it)|part of me|for a reason"
    "|one last time|last time ever|una ultima vez|por ultima vez)(?= )")


def _puts_self_down(words: str) -> bool:
    """A pet's end said of oneself too ("maybe put myself down too", "put me down", "me to slep"): never a pet's alone."""
    return " myself " in words or " me down " in words or " me to slep " in words


# Round 38 (batch 39): an overdose or a lethal dose as course material ("studying for my pharmacology final, so many
# overdose tables to memorize", "las tablas de sobredosis del capítulo de toxicología"): only the risk word followed by
# what a student reads of it (tables, charts, the chapter, the questions), and only where a study is named; how many she
# would need, or any other risk word, is still read.
# Round 38 review (C1, M4): masked in _everyday_sure_masked only, so a lethal-dose word read as a study is the check-in
# at most, never quiet; and never where an amount question, a time or a use of it is left ("...and figuring out how many
# I'd need", "...I could use them tonight", "...I think I'll try it tonight").
_STUDY_NAMED = _reading_pattern(" (?:studying|study|studied|memorize|memorizing|exam|exams|final|finals|midterm|quiz|lecture|textbook"
                                "|clas|course|semester|pharmacology|toxicology|nursing schol|pharmacy schol|med schol|board exam"
                                "|boards|nclex|estudiando|estudiar|examen|clase|curso|farmacologia|toxicologia|materia)(?= )")
_STUDIED_OVERDOSE = _reading_pattern(
    " (?:overdose|overdoses|lethal dose|lethal doses|toxic dose|toxic doses|toxicology|tox|sobredosis|dosis letal|dosis letales"
    "|dosis toxica|dosis toxicas|toxicologia)"
    " (?:tables|table|charts|chart|thresholds|threshold|calculations|calculation|questions|problems|cases|chapter|section|unit"
    "|lecture|exam|quiz|flashcards|notes|values|ranges)(?= )"
    "| (?:chapter|section|unit|lecture|module|clas|quiz|exam) (?:on|about|covering) (?:the )?(?:overdose|overdoses|lethal dose"
    "|lethal doses|toxic dose|toxic doses|toxicology)(?= )"
    "| (?:tablas|tabla|capitulo|preguntas|casos|examen|apuntes|valores|unidad|tema) (?:de|sobre) (?:la |las )?(?:sobredosis"
    "|dosis letal|dosis letales|dosis toxicas|toxicologia)(?= )")


def _everyday_masked(words: str) -> str:
    """The reading with the everyday clauses above masked (unchanged when there is none)."""
    start = words
    if (_SEASON_GREETING.search(words) or _PRAISED.search(words)) and not _FINAL.search(words) and not _LAST_SAID.search(words) \
            and not _GOODBYE_SAID.search(words):
        words = _PRAISED.sub(" praise", _SEASON_THANKS.sub(" season thanks", words))
    if " mesage " in words or " text " in words or " mensaje " in words:
        if _CORRECTION.search(words):
            words = _LAST_TEXT_FIXED.sub(" a typo", words)
    if " want to " in words:
        words = _EXPOSURE_FEARED.sub(" exposure question", words)
    if " stupid " in words or " dumb " in words or " drastic " in words or " tonteria" in words or " locura" in words:
        words = _NOTHING_RASH.sub(" nothing rash", words)
    if (" refil" in words or "prescription" in words or " receta" in words or " meds " in words or " rx " in words) \
            and not _MANY.search(words):
        words = _PHARMACY_ERRAND.sub(" pharmacy errand", words)
    if words.count(" ya no ") == 1:  # a second "ya no" is another loss said ("...total ya no voy a durar mucho")
        words = _SCHEDULE_CHANGED.sub(" horario nuevo", words)
    if (" put" in words or "euthan" in words or "dormir" in words) and _VET.search(words) and not _puts_self_down(words):
        words = _PET_PUT_DOWN.sub(" pet lost", words)
    if " news " in words or " story " in words or " article " in words or " report " in words or " video " in words \
            or " noticia " in words or " post " in words or " headline " in words:
        words = _NEWS_STORY.sub(" a sad news story", words)
    if " crying " in words or " cry " in words or " cio " in words or " fusing " in words or " screaming " in words:
        words = _CARE_HURTS.sub(" care question", words)
    if " slep " in words:
        words = _SLEEP_RUINED.sub(" disrupt the nights", words)
    if " ago " in words or " hace " in words:
        words = _OVERDOSE_YEARS_AGO.sub(" family history", words)
    if " many " in words or " demasiad" in words:
        words = _TOO_MANY_GOODS.sub(" splurged", words)
    if " relief " in words:
        words = _FACT_RELIEF.sub(" which is god", words)
    if (" bit" in words or " chomp" in words or " mordi" in words or " muerde " in words) and _TEETH.search(words):
        words = _BABY_BIT.sub(" teething", words)
    if (" take " in words or " try " in words or " use " in words or " have " in words) and not _MANY.search(words):
        words = _REMEDY_ASKED.sub(" dosing question", words)
    if " car " in words and " way " in words:
        words = _CAR_RIDE.sub(" during the ride", words)
    if " pet lost " in words and ("godbye" in words or "despedi" in words):
        words = _PET_GOODBYE.sub(" mourned", words)
    if " eating " in words or " drinking " in words or " comer " in words or " beber " in words or " ayun" in words:
        words = _FASTING.sub(" fasting as told", words)
    if " grave " in words or " graves " in words or " tomb " in words or " tumba " in words:
        visited = _GRAVE_VISIT.sub(" visiting a resting place", words)
        if visited != words:  # ...and the illness the grave's person died of ("my grandma died last year from covid")
            visited = _DIED_OF_ILLNESS_SINCE.sub(" lost to ilnes", _DIED_OF_ILLNESS.sub(" lost to ilnes", visited))
        words = visited
    if " away " in words or " up high " in words:
        tidied = _MEDS_PUT_AWAY.sub(" tidied up", words)
        if tidied != words:  # ...and the rest carried out ("...and then took everything in the car")
            tidied = _CARRIED_OUT.sub(" packed up", tidied)
        words = tidied
    if (" time " in words or " hora " in words) and " vet" in words and not _puts_self_down(words):
        words = _VET_SAYS_TIME.sub(" pet lost", words)
    if (" heaven " in words or " cielo " in words) and not _REUNION.search(words):
        words = _KIN_IN_HEAVEN.sub(" miss them", words)
    if " sids " in words or " death " in words or " muerte " in words:
        words = _SIDS_CAUSE.sub(" a cause", _SIDS_HOPED.sub(" a cause", words))
    if " bebe " in words or " baby " in words or " ropita " in words or " newborn " in words:
        words = _BABY_THINGS_OUTGROWN.sub(" clear out", words)
    if (" around " in words or " here " in words or " there " in words or " able " in words) and _AWAY_FOR.search(words):
        words = _DOUBT_AROUND.sub(" away then", words)
    if " recoj" in words:
        words = _RIDE_PICKUP.sub(" ride home", words)
    if " pol " in words or " alberca " in words or " piscina " in words:
        words = _SWIM_AID_LET_GO.sub(" swim", _POOL_EDGE.sub(" poolside", words))
    if " dying " in words or " death " in words or " morir" in words or " muerte " in words:
        words = _OVERWORK.sub(" overwork", _HEALING_PAIN.sub(" healing pain", words))
    if " slep" in words or " seat" in words or " cinturon " in words:
        words = _SEATBELT_MARK.sub(" strap mark", words)
    if " devil " in words or " demon " in words or " satan " in words or " diablo " in words or " demonio " in words \
            or " posesed " in words:
        words = _KIN_JOKES.sub(" my relative jokes", words)
    if " whoever " in words or " who " in words or " quien " in words:
        words = _AT_THE_INVENTOR.sub(" curse the inventor", words)
    if " not " in words:
        words = _NOT_OVER_LIFE.sub(" ", words)
    if " lol " in words or " haha" in words or " lmao " in words or " embarasment " in words:
        words = _CRAWL_AWAY_LAUGHED.sub(" mortified", words)
    if (" mesage " in words or " text " in words or " mensaje " in words) and not _FINAL.search(words):
        words = _WRONG_CHAT.sub(" wrong chat", words)
    if " les " in words or " menos " in words:
        words = _HURT_LESS.sub(" ease the pain", words)
    if " ned " in words and not _FINAL.search(words):
        words = _HELP_ARRIVES.sub(" help is coming", words)
    if (" pregnant " in words or " expecting " in words or " embarazada " in words) and not _FINAL.search(words):
        words = _MATERNITY_PASSED_ON.sub(" hand me downs", words)
    if " optional " in words or " opcional" in words:
        words = _THINGS_OPTIONAL.sub(" a whim", words)
    if " ghost " in words:
        words = _GHOST_AT_WORK.sub(" overlooked", words)
    if " season " in words or " hunting " in words or " caza " in words or " cazar " in words:
        words = _HUNTING_GUN.sub(" hunting gear", words)
    if " heart" in words or " corazon " in words:
        words = _HEART_RACING.sub(" calm the pulse", words)
    if " if " in words or " when " in words or " in case " in words:
        asked = _BABY_MEDICINE_SAFETY.sub(" ingestion question", words)
        if asked != words and not _SUPPLY_HELD.search(asked) and not _INTENT_BESIDE.search(asked):  # ...never beside a supply of her own ("...I have two bottles here")
            words = asked
    if " mis " in words or " notice " in words or " nadie " in words:
        words = _MISSED_AT_EVENT.sub(" skip the event", words)
    if (" asking " in words or " pregunto " in words) and not _ASKED_OF_ANOTHER.search(words):
        words = _ASKING_FOR_ME.sub(" my own question", words)
    if " cut" in words or " trim" in words or " cort" in words:
        words = _GROOMING_CUT.sub(" a trim", words)
    if " decid" in words and not _LAST_SAID.search(words) and not _FINAL.search(words) and not _NO_NEED.search(words):
        words = _SLOT_CHOSEN.sub(" chose a slot", words)
    if words != start and " s" in words:
        words = _KIN_SAYS.sub(" my relative jokes", words)
    return words
# Round 42 (batch 43 studied): a cut of hair or nails ("where should I cut my bangs so it works with my face", "¿dónde le
# corto las uñas al bebé?") and a decision about a slot ("I already decided, I'll do the morning slot", "ya decidí, la
# cita de las 10"): the object named after the verb makes it grooming or booking; "where do I cut so it works" names none.
_GROOMING_CUT = _reading_pattern(
    " (?:cut|cuting|trim|triming|corto|cortar|cortarle|cortarme|corte|cortas|cortan)(?: (?:my|her|his|the babys|the|babys|mi|el|la"
    "|los|las|su|le|me|sus))? (?:bangs|fringe|hair|layers|nails|fingernails|toenails|beard|fleco|flequillo|cabelo|pelo|unas"
    "|barba|puntas)(?= )")
# Review A9: never beside a cancelling or a "won't need it" ("ya decidí, cancelen mi cita de las 10, ya no me va a hacer
# falta nada").
_NO_NEED = _reading_pattern(" (?:cancel[a-z]*|no (?:me |le |nos )?(?:va a hacer|hara|hace) falta|no (?:la |lo |los |las )?"
                            "(?:voy a necesitar|necesitare)|(?:wont|wil not|do not|dont) ned (?:it|them|anything|this)"
                            "|no longer ned)(?= )")
_SLOT_CHOSEN = _reading_pattern(
    " (?:i |we |i have |ya )?(?:already |just |finally )?(?:decided|decidi|decidimos)(?: [a-z0-9]+){0,4}?"
    " (?:morning|afternoon|evening|early|late|[0-9]+ ?(?:am|pm)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    "|mananas|manana|tarde|de las [0-9]+) (?:slot|slots|apointment|apointments|sesion|sesions|infusion|infusions|option"
    "|cita|turno|horario|sesion)(?= )"
    "| (?:i |we |i have |ya )?(?:already |just |finally )?(?:decided|decidi|decidimos)(?: [a-z0-9]+){0,4}?"
    " (?:slot|apointment|sesion|infusion|cita|turno|sesion) (?:at|de las|a las|de la) (?:[0-9]+|manana|tarde)(?= )")


# Round 31: ...never beside a meeting with the dead looked forward to ("my brother died in a crash, today I'll see him again");
# "soon" reads "shortly".
_REUNION = _reading_pattern(" (?:se|meet|join|hold|hug) (?:him|her|them) (?:again|soon|agan|shortly)| (?:verla|verlo|verlos) (?:otra vez|de nuevo|pronto)"
                            "| (?:reunirme|estar) con (?:ella|el|elos)(?= )")


# Round 31: another person's ideation told as helped ("my friend said her treatment here helped with her suicidal thoughts
# years ago"): a recommendation, not a crisis, unless the writer's own turn, a wish or her present state is said too.
_OTHERS_HELPED = _reading_pattern(
    " (?:helped|helps|cured|fixed|got rid of|took away|ayudo|le ayudo|le quito|curo)(?: (?:her|him|them|my [a-z]+|mi [a-z]+|a mi [a-z]+))?"
    "(?: with| con)? (?:her|his|their|su|sus) (?:suicidal|suicide|suicidas|suicida|dark)"
    "(?: (?:thoughts|ideation|feelings|ideas|pensamientos|depresion|depression))?(?= )")
# Round 31 review: ...and the writer's own share after it, told by an anaphor ("...I have the same ones every night now",
# "nothing helps mine", "I've got them bad", "I'm in the same place she was").
_OWN_AFTER = _reading_pattern(" (?:i|yo|me)(?: [a-z]+){0,3}? (?:same|them|those|mine|also|tambien|igual|los mismos|las mismas)(?= )"
                              "| (?:helps|help|helped|works for|touches|ayuda a|con) (?:mine|los mios|las mias)(?= )")
_ASKED_STILL = _reading_pattern(" (?:do|does|are|can|wil) (?:you|you guys|the clinic|y al) stil(?= )")  # "do you still do..."


def _others_past_masked(words: str) -> str | None:
    """The reading with another person's past ideation masked, when the message asks about treatment; else None."""
    if not _ASKS_TREATMENT.search(words) or _OTHERS_NOW.search(words) or _PRESENT_WISH.search(words):
        return None
    masked = _OTHERS_PAST_IDEATION.sub(" pasthistory", words)
    if masked == words:
        return None
    # her safety plan is care, not a plan toward death ("she has a safety plan and is doing better")
    return _CARE_PLAN.sub(" careplan", masked)


# Round 44: a whole message that is only apologies to people named and exhaustion ("I'm sorry, Ryan... I'm so tired",
# "perdón, Ana. estoy tan cansada"): a goodbye in all but name, the check-in. Anything more in the message and it
# is read as usual ("sorry Sam, I'm so tired I forgot to pay the invoice").
_SORRY = "(?:(?:i am |im )?(?:so |really )?sorry|lo siento|perdon|perdoname|perdonen|disculpa|disculpame)"
_APOLOGY_TIRED = _reading_pattern(
    "^ " + _SORRY + " [a-z]+(?: " + _SORRY + " [a-z]+)*(?: i am| im| estoy| ya estoy)?(?: just| ya)?"
    " (?:so|too|to|really|tan|muy) (?:tired|cansada|cansado)(?: of everything| de todo)? $")

# Review 44 (B1): a whole message that is only a goodbye and an apology ("bye. sorry.", "sorry. bye", "adiós. perdón."):
# the check-in. Beside "oops", "gotta run", "thanks" or the baby crying it is an ordinary sign-off.
_BYE = "(?:bye|goodbye|bye bye|adios|chao|ciao)"
_BYE_SORRY_ALONE = _reading_pattern("^ (?:" + _BYE + " " + _SORRY + "|" + _SORRY + " " + _BYE + ")"
                                    "(?: for everything| por todo)? $")
# Review 46 (A10): ...and so is one that goes on a few words past it with no errand, thanks or slip ("sorry. bye. it's
# better this way", "bye, sorry, I'm tired"); "bye sorry gotta run", "sorry bye, oops" stay ordinary sign-offs.
_BYE_SORRY_OPENS = _reading_pattern("^ (?:" + _BYE + " " + _SORRY + "|" + _SORRY + " " + _BYE + ")"
                                    "(?: for everything| por todo)?(?: [a-z0-9]+){1,8} $")
_SIGN_OFF_ERRAND = _reading_pattern(
    " (?:gota|got to|have to|need to|must|tengo que|run|runing|go|going|leave|later|luego|thanks|thank|gracias|oops|ops|ay"
    "|wrong|mistake|equivocada|equivocado|baby|bebe|crying|llorando|cries|late|tarde|cal|caling|wait|typo|chat|text|meeting"
    "|work|doctor|apointment|cita|se you|nos vemos|tomorow|manana|ok|okay|lol|haha|jaja)(?= )")


# A goodbye and a sorry in one message ("no history of self harm. goodbye, I'm sorry", "goodbye, you told me it was
# not my fault. sorry"): a farewell, so no everyday clause is masked beside it (see _bye_and_sorry).
_BYE_SAID = _reading_pattern(" " + _BYE + "(?= )")
_SORRY_SAID = _reading_pattern(" " + _SORRY + "(?= )")


def _bye_and_sorry(words: str) -> bool:
    return bool(_BYE_SAID.search(words) and _SORRY_SAID.search(words))


def _bye_sorry_alone(words: str) -> bool:
    """A whole message that is a goodbye and an apology, alone or with a few words after and no errand among them."""
    return bool(_BYE_SORRY_ALONE.search(words) or (_BYE_SORRY_OPENS.search(words) and not _SIGN_OFF_ERRAND.search(words)))

# Round 47: a whole message that only says one is leaving and goodbye, perhaps with thanks ("ya me voy. adiós", "I'm
# leaving. goodbye, thank you"): the check-in. With an exclamation mark or an emoji it is a cheerful sign-off ("ya me
# voy, bye! 👋"), and any reason, next step or "ok" before it keeps it quiet (the pattern takes nothing else).
_R47_THANKS = "(?: gracias| thanks| thank you| thank u| ty)"
_LEAVE_BYE_ALONE = _reading_pattern("^ (?:ya )?(?:me voy|me retiro|i am leaving|im leaving|i am going|i am out|im out)"
                                    + _R47_THANKS + "? " + _BYE + "(?: " + _BYE + ")?" + _R47_THANKS + "?"
                                    "(?: for everything| por todo)? $")


@dataclass(frozen=True)
class CrisisVerdict:
    """What the detector decided. `kinds` names the families or concept rules, never the text."""

    tier: Tier
    kinds: tuple[str, ...] = ()
    risk: bool = False  # risk wording that makes the chat's next messages be read primed

    @property
    def is_crisis(self) -> bool:
        return self.tier is Tier.CRISIS

    @property
    def shows_contacts(self) -> bool:
        return self.tier is not Tier.NONE

    def __bool__(self) -> bool:
        return self.shows_contacts


NO_CRISIS = CrisisVerdict(Tier.NONE)


def _phrases(extra_phrases: Any) -> Iterable[Any]:
    if extra_phrases is None:
        return ()
    if isinstance(extra_phrases, str):
        return (extra_phrases,)
    try:
        return tuple(extra_phrases)
    except TypeError:
        return ()


_LONG_READING = 600  # characters; a longer reading is searched only around each pattern's anchors


class _Haystack:
    """A reading to search, and for a long one where each anchor word occurs.

    A match holds one of its phrase's anchor words and covers at most the phrase's span of words,
    so in a long message each phrase is searched only in windows around those words, each window
    reaching span x (longest word + 1) characters either side. Window ends that are not the
    message's own ends are marked "_", which no slot, gap, "^" or "$" accepts.
    """

    def __init__(self, words: str) -> None:
        self.words = words
        tokens = words.split()
        self.present = set(tokens)
        self.long = len(words) > _LONG_READING
        self.reach = max(map(len, tokens), default=0) + 1  # characters a word takes, at most
        self._at: dict[str, list[int]] = {}

    def _positions(self, word: str) -> list[int]:
        found = self._at.get(word)
        if found is None:
            found, needle = [], f" {word} "
            at = self.words.find(needle)
            while at >= 0:
                found.append(at)
                at = self.words.find(needle, at + 1)
            self._at[word] = found
        return found

    def search(self, pattern: re.Pattern[str], anchors: frozenset[str], span: int) -> bool:
        words = self.words
        if not self.long or not anchors:
            return pattern.search(words) is not None
        margin = (span + 2) * self.reach
        hits = sorted(at for word in anchors & self.present for at in self._positions(word))
        if 2 * margin * len(hits) > len(words):  # windows would cover most of it
            return pattern.search(words) is not None
        windows: list[list[int]] = []
        for at in hits:
            if windows and at - margin <= windows[-1][1]:
                windows[-1][1] = at + margin
            else:
                windows.append([at - margin, at + margin])
        last = len(words) - 1
        for low, high in windows:
            start = words.rfind(" ", 0, max(low, 0) + 1)  # the space before the window's first word
            end = words.find(" ", min(high, last))  # the space after its last word
            piece = words[start:end + 1]
            if pattern.search(("_" if start > 0 else "") + piece + ("_ " if end < last else "")):
                return True
        return False


class CrisisDetector:
    """The built-in families plus any staff phrases (which add, and can never remove)."""

    def __init__(self, extra_phrases: Sequence[str] = (), model: CrisisModel | None = None) -> None:
        self._model = model  # None: the shipped model, read on first use
        extras = []
        for phrase in _phrases(extra_phrases):
            if isinstance(phrase, str):
                words = canonical(phrase).words.strip()
                if len(words) >= 3:
                    extras.append(re.compile(" " + re.escape(words) + " "))
        self._extras = tuple(extras)

    def _nothing_left(self, clear: str, reading: Reading, emoji: bool, text: str) -> bool:
        """Once the plainest everyday clauses are masked (`clear`), nothing at all is left: no phrase family, no concept
        tier, no risk, means, note, finality or violence concept, and the learned model unconcerned. Only then may an
        everyday step leave a message quiet (rounds 47, 50 and 51); otherwise it stops at the check-in."""
        if self._families(Reading(clear, reading.compact_runs)):
            return False
        left = read_concepts(clear.split(), _lexicon(), emoji=emoji)
        return left.tier is Tier.NONE \
            and left.found.isdisjoint(_concepts.RISK | _concepts.MEANS_HELD | {"note", "lethal", "fatal", "then_me",
                                                                               "forever", "violence", "image_urge"}) \
            and not (self._model or load_model()).concerned(_model_features(clear, left, text))

    def _everyday_rest(self, masked: Callable[[str], str], reading: Reading, text: str, primed: bool, emoji: bool, *,
                       allowed: frozenset[str] | Callable[[str, bool], frozenset[str]] = frozenset(),
                       bar_self_joined: bool = True, bar_means_held: bool = True) -> str | None:
        """The test the everyday steps share (rounds 46 to 51): the reading with a step's clauses masked (`masked`), when
        a clause was masked and nothing of a crisis is left beside it; otherwise None. Read only in messages up to
        _EVERYDAY_LONGEST (a longer one keeps the full block), never beside the writer's own turn ("...and now it's my
        turn") or "me too"; the rest must have no phrase family, no concept pair of the sure tier, no risk concept but
        those `allowed` (see _no_risk_left), no "do it" and no risk in a follow-up. Where the steps differ:
        `allowed` is a set of concepts, or a function of the rest and `emoji` that gives it (round 49's bare "I have");
        `bar_self_joined`: "...and then me" after the mask bars it; `bar_means_held`: a means held bars it (a supply and
        the concepts `allowed` aside). Each step's call says why it differs."""
        words = reading.words
        if len(words) > _EVERYDAY_LONGEST or _OWN_TURN.search(words) or _ME_TOO_SAID.search(text):
            return None
        rest = masked(words)
        if rest == words:
            return None
        if callable(allowed):
            allowed = allowed(rest, emoji)
        if self._families(Reading(rest, reading.compact_runs)) or not _no_risk_left(rest, primed, emoji, allowed=allowed) \
                or _DO_IT.search(rest) or _FOLLOW_UP_RISK.search(rest) or bar_self_joined and _SELF_JOINED.search(rest):
            return None
        if bar_means_held and not read_concepts(rest.split(), _lexicon(), emoji=emoji).found.isdisjoint(
                _concepts.MEANS_HELD - {"supply"} - allowed):
            return None
        return rest

    def check(self, text: str, *, primed: bool = False) -> CrisisVerdict:
        """The verdict on one message; `primed` when the chat had risk wording minutes ago."""
        if not isinstance(text, str) or not text:
            return NO_CRISIS
        text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates and the like
        reading = canonical(text)
        reading = Reading(_play_rope_told_real(_mask_denials(reading.words)), reading.compact_runs)
        kinds = self._families(reading)
        emoji = not text.isascii() and any(e in text for e in EMOJI) and not _pill_emoji_for_a_supplement(text, reading.words) \
            and not _grave_emoji_for_a_thing(text, reading.words)
        concepts = read_concepts(reading.words.split(), _lexicon(), primed=primed, emoji=emoji)
        # (never primed: after risk wording, "thanks for everything" or a refill is read as the chat's next word)
        if not primed and (kinds or concepts.tier is not Tier.NONE) and (rest := _everyday_masked(reading.words)) != reading.words \
                and not _WISH_SAID.search(reading.words) and not _OWN_TURN.search(reading.words) \
                and not _PRESENT_WISH.search(rest) \
                and not self._families(Reading(rest, reading.compact_runs)) \
                and not (rest_concepts := read_concepts(rest.split(), _lexicon(), emoji=emoji)).risk \
                and not _risk_beside(rest_concepts.found) and not _DO_IT.search(rest) \
                and not _TURN_LEFT.search(rest) and not _FOLLOW_UP_RISK.search(rest) and not _ME_TOO_SAID.search(text):
            # "send my refill to the CVS", "ya no puedo venir en las mañanas": the rest, with no risk word left in it
            # (not even a medicine or one that earns nothing alone: "...I already did it. I took the pills"), read on its own
            reading, kinds, concepts = Reading(rest, reading.compact_runs), [], rest_concepts
        if not kinds and concepts.tier is Tier.CRISIS and (rest := _mask_relief_time(reading.words)) != reading.words \
                and read_concepts(rest.split(), _lexicon(), primed=primed, emoji=emoji).tier is not Tier.CRISIS:
            # "ya no aguanto, necesito sentirme mejor pronto... cuanto tarda la ketamina": the distress earns the check-in,
            # the hoped speed of a treatment is no time of a plan
            return CrisisVerdict(Tier.CONCERN, concepts.kinds, True)
        if (kinds or concepts.tier is Tier.CRISIS) and (rest := _wait_masked(reading.words)) != reading.words \
                and not self._families(Reading(rest, reading.compact_runs)) and _no_risk_left(rest, primed, emoji) \
                and read_concepts(rest.split(), _lexicon(), primed=primed, emoji=emoji).found.isdisjoint(_concepts.MEANS_HELD) \
                and not _PRESENT_WISH.search(rest) and not _WISH_SAID.search(rest) and not _OWN_TURN.search(rest) \
                and not _DO_IT.search(rest) and not _FOLLOW_UP_RISK.search(rest) and not _SINCERE.search(reading.words):
            return CrisisVerdict(Tier.CONCERN, tuple(kinds) or concepts.kinds, True)  # "ya no aguanto esperar a que funcione"
        if kinds and concepts.reported and concepts.tier is Tier.NONE and not _OWN_TURN.search(reading.words):
            return CrisisVerdict(Tier.NONE, (), True)  # "my aunt took her own life; I'm fine, asking about prevention"
        if kinds == ["harm-baby"] and concepts.asks_about and concepts.tier is not Tier.CRISIS:
            return CrisisVerdict(Tier.CONCERN, tuple(kinds), True)  # "thoughts of harming my baby, is that normal?"
        if kinds and set(kinds) <= {"harm-baby", "spanish"} and concepts.tier is not Tier.CRISIS \
                and (rest := _fear_for_baby_masked(reading.words)) != reading.words and not _DO_IT.search(rest) \
                and self._quiet_without(rest, reading, primed, emoji):
            return CrisisVerdict(Tier.CONCERN, tuple(kinds), True)  # "intrusive thoughts about germs... is that OCD"
        if kinds in ([], ["means"]) and _SUPPLEMENT.search(reading.words) \
                and (_EXTRA_DOSE.search(reading.words) or _USUAL_DOSE.search(reading.words)) \
                and not _PRESENT_WISH.search(reading.words) and not _MANY.search(reading.words):
            # "can you overdose on melatonin? I took 2 gummies instead of 1": the check-in at most
            return CrisisVerdict(Tier.CONCERN, tuple(kinds) or concepts.kinds, True) if concepts.tier is not Tier.NONE else NO_CRISIS
        if not kinds and concepts.tier is Tier.CRISIS and _SUPPLEMENT.search(reading.words) and _SAFE_DOSE.search(reading.words) \
                and not _PRESENT_WISH.search(reading.words) and not _MANY.search(reading.words):
            return CrisisVerdict(Tier.CONCERN, concepts.kinds, True)  # "how many melatonin gummies is too many for an adult"
        if kinds == ["harm-baby"] and concepts.tier is Tier.NONE and "adult" in concepts.found and "baby" not in concepts.found \
                and (_LAST_STRAW.search(reading.words) or _so_annoyed_49(reading.words)):
            return NO_CRISIS  # "if my husband leaves one more dirty bottle in the sink I'm going to kill him"
        if kinds == ["harm-baby"] and concepts.aimed_elsewhere and concepts.tier is Tier.NONE:
            return NO_CRISIS  # "my cat spilled my coffee, I'll kill her (not really)", "...strangle him 😂" of a husband
        if kinds and concepts.explained and concepts.tier is Tier.NONE:
            return NO_CRISIS  # "I'd rather die than go to another gender reveal 😂", "...if he has to... lol"
        if kinds and not _PRESENT_WISH.search(reading.words) and not _BACK_AGAIN.search(_STILL_FIT.sub(" ", reading.words)) \
                and not _RECENT.search(reading.words) and not _no_taken_back(reading.words) \
                and (rest := _history_rest(text, reading.words)) is not None \
                and self._quiet_without(rest, reading, primed, emoji) and not _holds_means(_medicine_taken_masked(rest)) \
                and not _DO_IT.search(rest) \
                and not _WISH_SAID.search(rest) and not _OWN_TURN.search(rest):
            # "back in 2018 I attempted ... stable for 5 years": the check-in, only with the rest of the message quiet
            return CrisisVerdict(Tier.CONCERN, tuple(kinds), True)
        if kinds and _NOT_NOW.search(reading.words) and _PAST_MARK.search(reading.words) \
                and not _PRESENT_WISH.search(reading.words) and not _BACK_AGAIN.search(_STILL_FIT.sub(" ", reading.words)) \
                and not _WISH_SAID.search(reading.words) and not _OWN_TURN.search(reading.words) and not _DO_IT.search(reading.words) \
                and (rest := _PAST_ATTEMPT.sub(" pasthistory", _NOT_NOW.sub(" nothoughts", reading.words))) \
                and self._quiet_without(rest, reading, primed, emoji) and _no_risk_left(rest, primed, emoji) \
                and _nothing_beside(rest, emoji):
            return CrisisVerdict(Tier.CONCERN, tuple(kinds), True)  # "I attempted when I was 19 ... not having those thoughts now"
        if (kinds or concepts.tier is Tier.CRISIS) and _EVERYDAY_PURPOSE.search(reading.words) \
                and not _SELF_PURPOSE.search(reading.words) and not _PRESENT_WISH.search(reading.words):
            return CrisisVerdict(Tier.CONCERN, tuple(kinds) or concepts.kinds, True)  # "...until it bruised to stay awake"
        if kinds and concepts.tier is not Tier.CRISIS and (_FAREWELL_FOR_A_WHILE.search(reading.words) or (
                _farewell_for_an_errand(reading.words)
                and self._quiet_without(_FAREWELL_ERRAND.sub(" sendof", reading.words), reading, primed, emoji))):
            return CrisisVerdict(Tier.CONCERN, tuple(kinds), True)  # "goodbye world for 45 minutes", "bye for an hour"
        if (kinds or concepts.tier is Tier.CRISIS) and _PARTING_WISH.search(reading.words) \
                and (_GOODBYE_SAID.search(reading.words) or _SEASON_THANKS.search(reading.words)) \
                and not _FINAL.search(reading.words) and not _LAST_SAID.search(reading.words) \
                and not _PRESENT_WISH.search(reading.words) and not _WISH_SAID.search(reading.words) \
                and not _OWN_TURN.search(reading.words) \
                and not any(e in text for e in _MOURNING_EMOJI) \
                and self._quiet_without(rest := _PARTING.sub(" sendof", reading.words), reading, primed, emoji) \
                and _nothing_beside(rest, emoji):
            return CrisisVerdict(Tier.CONCERN, tuple(kinds) or concepts.kinds, True)  # "Bye everyone, thank you for everything! Take care"
        if (kinds or concepts.tier is Tier.CRISIS) and _MEDICAL_INJURY.search(reading.words) \
                and not _SELF_PURPOSE.search(reading.words) and not _WISH_SAID.search(reading.words) \
                and not _PRESENT_WISH.search(reading.words) and not _OWN_TURN.search(reading.words) \
                and not _MARK_OWNED.search(reading.words) \
                and not _MISHAP_WISHED.search(reading.words) \
                and self._quiet_without(_MEDICAL_INJURY.sub(" medical mark", reading.words), reading, primed, emoji):
            return CrisisVerdict(Tier.CONCERN, tuple(kinds) or concepts.kinds, True)  # "bandages on my arm from the flu shot"
        if kinds and set(kinds) <= {"means", "suicidal", "spanish"} and concepts.tier is not Tier.CRISIS \
                and "baby_harm" not in concepts.found and _ANNOYANCE_IF.search(reading.words) \
                and not _OVERDOSE_SAID.search(reading.words) \
                and not _WISH_SAID.search(reading.words) and " tonight " not in reading.words \
                and not _OWN_TURN.search(reading.words) and not _SINCERE.search(reading.words) \
                and not _HOPELESS.search(reading.words) and not _FINAL.search(reading.words) and not _DO_IT.search(reading.words):
            return CrisisVerdict(Tier.CONCERN, tuple(kinds), True)  # "if I hear Baby Shark one more time I'm walking into the sea"
        trifle = _SAID_OVER_A_TRIFLE_BY_A_PERSON if " voice" in reading.words or " voces " in reading.words else _SAID_OVER_A_TRIFLE
        if (kinds or concepts.tier is Tier.CRISIS) and trifle.search(reading.words):
            return CrisisVerdict(Tier.CONCERN, tuple(kinds) or concepts.kinds, True)  # "my teenager says 'i want to die' every time the wifi goes out"
        if (kinds or concepts.tier is Tier.CRISIS) and (helped := _OTHERS_HELPED.search(reading.words)) \
                and not _OWN_AFTER.search(reading.words, helped.end() - 1) \
                and not _PRESENT_WISH.search(reading.words) and not _WISH_SAID.search(reading.words) \
                and not _OWN_TURN.search(reading.words) and not _shared(reading.words, text) \
                and not _OTHERS_NOW.search(_ASKED_STILL.sub(" ", reading.words)) \
                and self._quiet_without(_OTHERS_HELPED.sub(" helped her recover", reading.words), reading, primed, emoji):
            return NO_CRISIS  # "my friend said your clinic helped with her suicidal thoughts years ago"
        if (kinds or concepts.tier is Tier.CRISIS) and (rest := _others_past_masked(reading.words)) is not None \
                and self._quiet_without(rest, reading, primed, emoji):
            # "my friend's wife had suicidal thoughts last year, would ketamine have helped": the check-in
            return CrisisVerdict(Tier.CONCERN, tuple(kinds) or concepts.kinds, True)
        if (kinds or concepts.tier is not Tier.NONE) and not _PRESENT_WISH.search(reading.words) \
                and not _WISH_SAID.search(reading.words) and not _OWN_TURN.search(reading.words):
            rest = reading.words
            for pattern in _NOT_A_CRISIS_DEATH:
                rest = pattern.sub(" ", rest)
            if rest != reading.words and not _REUNION.search(reading.words) and not _LOSS_FAREWELL.search(rest) \
                    and self._quiet_without(rest, reading, primed, emoji) \
                    and not _accepts_beside_risk(rest, emoji):
                return NO_CRISIS  # "...laughed for the first time and I died 😭", "my brother died in a car accident"
        if (kinds or concepts.tier is Tier.CRISIS) and _about_thoughts(
                reading.words, "?" in text or _QUESTION_OPENER.match(reading.words) is not None) \
                and self._quiet_without(_thoughts_question_masked(text, reading.words), reading, primed, emoji):
            return CrisisVerdict(Tier.CONCERN, tuple(kinds) or concepts.kinds, True)  # "do you treat moms who have..."
        if (kinds or concepts.tier is Tier.CRISIS) and _POINT_OF_A_TREATMENT.search(reading.words) \
                and not _HOPELESS.search(reading.words) \
                and not _PRESENT_WISH.search(reading.words) and not _WISH_SAID.search(reading.words) \
                and not _OWN_TURN.search(reading.words) and not _SINCERE.search(reading.words) \
                and self._quiet_without(_BARE_POINT.sub(" so", reading.words), reading, primed, emoji):
            # "...anything that works in an hour must wear off just as fast, right? whats the point"
            return CrisisVerdict(Tier.CONCERN, tuple(kinds) or concepts.kinds, True)
        if (kinds or concepts.tier is Tier.CRISIS) and not _FINAL.search(_everyday_sure_final(reading.words)) \
                and not _WISH_SAID.search(_without_wished_objects(reading.words)) \
                and not _SINCERE.search(_THANKS_SINCERE.sub(" thanks", reading.words)) \
                and self._everyday_rest(_everyday_sure_masked, reading, text, primed, emoji,
                                        bar_means_held=False) is not None:
            # "how much tylenol would kill the fever", "this heat is killing me": the check-in, never quiet. Where it
            # differs: the one everyday step read primed too; bars of its own (finality, a wish but for its objects, a
            # sincere "thank you"); no means bar (that came with round 48)
            return CrisisVerdict(Tier.CONCERN, tuple(kinds) or concepts.kinds, True)
        if not primed and not kinds and concepts.tier is Tier.CONCERN \
                and any((clear := self._everyday_rest(masked, reading, text, primed, emoji, bar_self_joined=False,
                                                      bar_means_held=False)) is not None
                        and self._nothing_left(clear, reading, emoji, text)
                        for masked in (_quiet51_masked, _falarm53_quiet_masked, _falarm56_quiet_masked)):
            # round 51 (quiet51): "finally bought life insurance, adulting achievement unlocked", "the neighbor came over
            # to see if someone died lol", "nobody judged me, I'm so relieved"; round 53 (falarm53): "Mario Kart, me mató
            # en la última vuelta", "💊 reminder: take meds at 8 ✅", "Final goodbye to my maternity jeans 👋": quiet when
            # nothing at all is left. A check-in lowered, not a sure verdict; _nothing_left is stricter than the shared
            # test (no concept tier at all, no risk or means concept, the model unconcerned), so no means bar here;
            # "and then me" is not read
            return NO_CRISIS
        own_turn = (concepts.framed or concepts.reported) and (_OWN_TURN.search(reading.words) or _no_taken_back(reading.words))
        if kinds and (concepts.framed or concepts.joking) and not own_turn \
                and concepts.tier is not Tier.CRISIS and not _shared(reading.words, text):
            return CrisisVerdict(Tier.CONCERN, tuple(kinds), True)  # "a character jumped off a building"
        if (kinds or concepts.tier is Tier.CRISIS) and len(reading.words) <= _EVERYDAY_LONGEST \
                and (rest := _check_in_clauses_masked(reading.words)) != reading.words \
                and not _PURPOSE_SAID.search(reading.words) and not _OWN_TURN.search(reading.words) \
                and not _FINAL.search(reading.words) and not _check_in_guarded(reading.words, rest) \
                and not self._families(Reading(rest, reading.compact_runs)) \
                and _no_risk_left(rest, primed, emoji, allowed=_URGE_ALLOWED):
            # round 46: "she's not eating", "so my heart can be at peace", "no tengo mucho tiempo", "not mine to keep":
            # with the clause masked nothing of the sure tier is left: the check-in, never quiet (read in messages up to
            # _EVERYDAY_LONGEST, as the other everyday clauses are; a longer one keeps the full block). Not the shared
            # test (_everyday_rest): its bars are review 46's _check_in_guarded, which reads a means held without the
            # emoji, and a "me too" does not bar it
            return CrisisVerdict(Tier.CONCERN, tuple(kinds) or concepts.kinds, True)
        if not primed and (kinds or concepts.tier is Tier.CRISIS) \
                and self._everyday_rest(_errands_and_endings_masked, reading, text, primed, emoji, allowed=_URGE_ALLOWED,
                                        bar_self_joined=False, bar_means_held=False) is not None:
            # round 47: "my phone is about to die so if I don't pick up that's why", "need a refill, my pills are all gone",
            # "last session, walking out with my sparkle back": the check-in (see _errands_and_endings_masked); quiet
            # only where the plainest clauses alone were masked and nothing at all is left, for the rules or the model.
            # Where it differs: a bare "want to" may stay (_URGE_ALLOWED); no means bar (that came with round 48);
            # "and then me" is read by _everyday_barred in the whole message, not in the rest
            if (clear := _plain_errands_masked(reading.words)) != reading.words and not kinds \
                    and self._nothing_left(clear, reading, emoji, text):
                return NO_CRISIS
            return CrisisVerdict(Tier.CONCERN, tuple(kinds) or concepts.kinds, True)
        if not primed and (kinds or concepts.tier is Tier.CRISIS) \
                and self._everyday_rest(_calm_news_masked, reading, text, primed, emoji) is not None:
            # round 48: "there's more than pills", "no thoughts of suicide or self harm. just low energy", "died in Elden Ring
            # 40 times", "will I feel like I'm dying?": the check-in, never quiet (see _calm_news_masked). Every shared
            # bar, nothing allowed
            return CrisisVerdict(Tier.CONCERN, tuple(kinds) or concepts.kinds, True)
        if not primed and (kinds or concepts.tier is Tier.CRISIS) \
                and self._everyday_rest(_r49_masked, reading, text, primed, emoji,
                                        allowed=_bare_access_or_amount_allowed) is not None:
            # round 49: "I take Zoloft 100 ..., do I keep taking them", "they asked if I wanna hurt myself, I said nah",
            # "overdosing the baby on kisses", "fired... kind of a relief", "a clean cut" of a surgeon: the check-in,
            # never quiet (see _r49_masked). A bare "I have" or "too many" may stay (_bare_access_or_amount_allowed)
            return CrisisVerdict(Tier.CONCERN, tuple(kinds) or concepts.kinds, True)
        if not primed and (kinds or concepts.tier is Tier.CRISIS) \
                and self._everyday_rest(_r50_masked, reading, text, primed, emoji, allowed=_bare_access_or_amount_allowed,
                                        bar_self_joined=False) is not None:
            # round 50: "my 2yo pinches the baby, I want it to stop", "jump in the pool with the baby... swim diaper",
            # "i wanted to die but fixed it", "slipped and hit my head", "my scar itches, I scratch it until it hurts":
            # the check-in (see _r50_masked); quiet only where the plainest clauses alone were masked ("how many hours
            # before do I stop eating", "car seats expire?? buying a new one this weekend") and nothing at all is left,
            # for the rules or the model. As round 49's step, but "and then me" is not read in the rest: _r50_barred
            # reads it in the message (before the last masks) instead
            if not kinds and (clear := _r50_masked(reading.words, plain=True)) != reading.words \
                    and self._nothing_left(clear, reading, emoji, text):
                return NO_CRISIS
            return CrisisVerdict(Tier.CONCERN, tuple(kinds) or concepts.kinds, True)
        if not primed and (kinds or concepts.tier is Tier.CRISIS) \
                and any(self._everyday_rest(masked, reading, text, primed, emoji) is not None
                        for masked in (_falarm53_masked, _falarm54_masked, _falarm56_masked, _falarm57_masked,
                                       _falarm58_masked)):
            # round 53 (falarm53): "getting ready to move, giving away my books", "driving to the bridge tomorrow for the
            # festival", "maternity clothes, I won't need them anymore", "the baby scratched his face until it bled";
            # round 54 (falarm54): "I'm killing myself trying to cook every night", "no guardrail on the bridge, be
            # careful": the check-in, never quiet (see each mask). Every shared bar, nothing allowed
            return CrisisVerdict(Tier.CONCERN, tuple(kinds) or concepts.kinds, True)
        if not primed and (kinds or concepts.tier is Tier.CRISIS) and _ASKS_TREATMENT.search(reading.words) \
                and ("?" in text or _QUESTION_OPENER.match(reading.words) is not None or _USE_ASKED.search(reading.words)) \
                and (rest := _FALARM53_OTHERS_IDEATION.sub(" otherstoughts", asked := _WANTS_TO_KNOW.sub(" pregunto", reading.words))) != asked \
                and not _FALARM53_OTHER_DANGER.search(reading.words) and not _OTHER_DANGER_MORE.search(reading.words) \
                and not _WRITER_TOO.search(reading.words) and _no_risk_left(rest, primed, emoji) \
                and not _PRESENT_WISH.search(asked) \
                and not _WISH_SAID.search(asked) and not _OWN_TURN.search(reading.words) \
                and not _shared(reading.words, text) and not _ME_TOO_SAID.search(text) and not _DO_IT.search(rest) \
                and self._quiet_without(rest, reading, primed, emoji):
            # round 53 (falarm53): "my sister has been having thoughts of suicide since her baby was born. can ketamine
            # help with that?": someone else's thoughts now, asked about: the check-in (see _FALARM53_OTHERS_IDEATION); round 56: "I just want to
            # know" there asks, it wishes nothing (_WANTS_TO_KNOW)
            return CrisisVerdict(Tier.CONCERN, tuple(kinds) or concepts.kinds, True)
        if kinds and not primed and _SCRIPTURE_51.search(reading.words) \
                and (rest := _OTHERS_LIFE_ASKED_51.sub(" a bible story", reading.words)) != reading.words \
                and not _PRESENT_WISH.search(reading.words) and not _WISH_SAID.search(reading.words) \
                and not _OWN_TURN.search(reading.words) and not _ME_TOO_SAID.search(text) and not _DO_IT.search(rest) \
                and not _own_prayer_after_story(reading.words) \
                and self._quiet_without(rest, reading, primed, emoji):
            # round 51 (falarm51): "the pastor preached on Elijah asking God to take his life": the check-in, never quiet;
            # never with the writer's own prayer or wish after the story (mend52b: "...I've been asking God to take mine")
            return CrisisVerdict(Tier.CONCERN, tuple(kinds), True)
        if kinds:
            return CrisisVerdict(Tier.CRISIS, tuple(kinds), True)
        if concepts.tier is not Tier.CRISIS and _ASKED_NORMAL.search(reading.words) and _OWN_WISH_DO_IT.search(reading.words) \
                and not _MEDICINE.intersection(reading.words.split()):
            return CrisisVerdict(Tier.CRISIS, ("asked-own-wish",), True)  # "sometimes I want to do it, is that part of ppd"
        if concepts.tier is Tier.NONE and f" {TOPIC_MARK} " in reading.words and not concepts.framed \
                and (not _PROFESSIONAL.search(reading.words) or _shared(reading.words, text)):  # "...clients who have them, I am too"
            return CrisisVerdict(Tier.CONCERN, ("topic-question",), True)  # "can ketamine help suicidal thoughts"
        if concepts.tier is Tier.NONE and "thoughts_word" in concepts.found and _shared(reading.words, text) \
                and not _says_safe(reading.words, concepts):
            return CrisisVerdict(Tier.CONCERN, ("shared-thoughts",), True)  # "my sister had those thoughts and now I do too"
        if concepts.tier is Tier.NONE and _APOLOGY_TIRED.search(reading.words):
            return CrisisVerdict(Tier.CONCERN, ("apology-tired",), True)  # "I'm sorry, Ryan... I'm so tired"
        if concepts.tier is Tier.NONE and _clause_barred(reading.words):
            return CrisisVerdict(Tier.CONCERN, ("clause-barred",), True)  # "my heart can be at peace, ya tomé todo"
        if concepts.tier is Tier.NONE and _bye_sorry_alone(reading.words):
            # "bye. sorry.": read primed by the chat's memory it is the sure tier, as "it's tonight" is
            return CrisisVerdict(Tier.CRISIS if primed else Tier.CONCERN, ("bye-sorry",), True)
        if concepts.tier is Tier.NONE and _LEAVE_BYE_ALONE.search(reading.words) and "!" not in text \
                and not any(not c.isascii() and not c.isalpha() for c in text):
            return CrisisVerdict(Tier.CRISIS if primed else Tier.CONCERN, ("leave-bye",), True)  # round 47: "ya me voy. adiós"
        if concepts.tier is Tier.NONE and not _says_safe(reading.words, concepts) \
                and (model := self._model or load_model()).concerned(_model_features(reading.words, concepts, text)) \
                and self._model_concerned_beyond_everyday(model, reading.words, text, primed, emoji):
            return CrisisVerdict(Tier.CONCERN, ("model",), True)  # wording no pattern or concept reads
        return CrisisVerdict(concepts.tier, concepts.kinds, concepts.risk)

    @staticmethod
    def _model_concerned_beyond_everyday(model: CrisisModel, words: str, text: str, primed: bool, emoji: bool) -> bool:
        """Round 36: the model does not overrule a clause the rules read as everyday ("I'm not going to make it to my
        appointment tomorrow, can I reschedule?"): its check-in stands only if it is concerned with those clauses masked.
        A visit missed is masked here only, where the rules found nothing in the whole message ("I don't think I'll make it
        to my next session" is theirs to read)."""
        rest = _everyday_masked(_VISIT_MISSED.sub(" mis the visit", words)
                                if " make it " in words or " legar a " in words or " ir a " in words else words)
        if rest == words:
            return True
        return model.concerned(_model_features(rest, read_concepts(rest.split(), _lexicon(), primed=primed, emoji=emoji), text))

    def _quiet_without(self, rest: str, reading: Reading, primed: bool, emoji: bool) -> bool:
        """Whether the message, with a clause masked out (`rest`), has nothing else of a crisis: no family, no concept."""
        return not self._families(Reading(rest, reading.compact_runs)) \
            and read_concepts(rest.split(), _lexicon(), primed=primed, emoji=emoji).tier is Tier.NONE

    def _families(self, reading: Reading) -> list[str]:
        """The phrase families (and staff phrases) found in the reading."""
        haystack = _Haystack(reading.words)
        kinds: list[str] = []
        present = haystack.present
        opened = sorted(_UNGATED.union(*(_PHRASES_BY_GATE.get(word, ()) for word in present)))
        for family, phrase, gates, span in map(_PHRASES.__getitem__, opened):
            if family in kinds:
                continue
            if all(not needed.isdisjoint(present) for needed in gates[1:]):
                if haystack.search(_compiled(phrase), gates[0] if gates else frozenset(), span):
                    kinds.append(family)
        if any(root in run for run in reading.compact_runs for root in _COMPACT_ROOTS):
            kinds.append("obfuscated")
        if any(p.search(reading.words) for p in self._extras):
            kinds.append("staff-phrase")
        return kinds



# Round 37: one everyday clause that alone carries a message to the sure tier; with it masked and nothing of a crisis
# left (no family, no sure pair, no risk concept), the check-in at most (never quiet, so 988 is still shown), never beside
# a wish of the writer's own or a word of finality. Each names an idea, not a sentence:
# - "kill" aimed at a symptom ("how much tylenol would kill the fever fast", "something to kill this headache");
_SYMPTOM = ("(?:fever|fevers|temperature|temp|pain|pains|headache|headaches|migraine|migraines|cramps|cramping|cough|nausea|"
            "flu|ache|aches|backache|toothache|soreness|swelling|itch|itching|infection|germs|bacteria|virus|congestion|"
            "fiebre|dolor|tos|colicos|nauseas)")
_KILLS_A_SYMPTOM = _reading_pattern(
    " (?:kill|kills|killed|killing|knock out|matar|mata|quitar)(?: the| my| her| his| their| your| this| that| a| off the"
    "| off| la| el| su| mi| esta| este)?(?: (?!baby|bebe|babies|myself|me|you|him|her|them|kids|son|daughter)[a-z]+)? " + _SYMPTOM + "(?= )")
# - a trifle, a workout or the weather "killing me" ("this heat is killing me", "el gym me mató", "leg day killed me");
_TRIFLE_KILLING = _reading_pattern(
    " (?:the |this |that |my |el |la |este |esta |ese |esa )?(?:heat|humidity|cold|weather|sun|traffic|commute|gym|workout|"
    "leg day|spin|yoga|pilates|hike|stairs|teething|jet lag|calor|frio|ejercicio|entrenamiento|trafico)"
    "(?: clas| session| today| yesterday| hoy| ayer)?"
    " (?:(?:is |was |has ben |realy |totaly |lowkey |literaly )?(?:killing|killed) me|me (?:mato|esta matando|mata))(?= )")
# - a chore left to "die" ("the dishes can die in the sink tonight", "the laundry can rot");
_CHORE_LEFT = _reading_pattern(
    " (?:the |my |our |los |la )?(?:dishes|laundry|emails|email|inbox|chores|mess|trastes|ropa|bills|homework)"
    "(?: [a-z]+){0,2}? (?:can|wil|can just|wil just|pueden|se pueden) (?:die|rot|morir|pudrir)(?= )")
# - a show, a book or a season ended ("just finished Breaking Bad, what a way to end it"): only the exclamation is masked,
#   so what was finished is still read ("just finished my note, what a way to end it" keeps its verdict);
_STORY_ENDED = _reading_pattern(" (?:what a|such a|hell of a|perfect|great) way to end (?:it|the show|the series|the season|the book)(?= )")
_STORY_WORD = _reading_pattern(" (?:finished|watched|binged|finale|season|series|show|episode|movie|book|novel|ending)(?= )")
# - a goodbye said "for now" ("this is goodbye for now, I feel like myself again"), never said final too;
_GOODBYE_FOR_NOW = _reading_pattern(" (?:goodbye|bye|farewell|adios) (?:" + _FOR_NOW_WORDS + "|for the moment)(?= )")
# - caring for oneself or the baby ("will I be able to take care of my baby", "my turn to take care of me"), never asked of
#   another ("take care of my babies for me" keeps its verdict);
_OWN_CARE = _reading_pattern(
    " (?:i|i can|i ned to|i have to|able to|my turn to|time to|learn to|learning to) take care of"
    "(?= (?:me|myself|my baby|the baby|my son|my daughter|my kids) )")
# - "what's the point of <an event> if ..." ("what's the point of tomorrow's class if I can't bring the baby").
_POINT_OF_AN_EVENT = _reading_pattern(
    " (?:what is|whats|what|wheres|where is)(?: even)? the point of(?: going to| coming to| going| booking| doing| atending)?"
    "(?: the| my| this| that| tomorows| todays| tonights| next| her| his| our| a)?(?: [a-z]+)?"
    " (?:clas|clases|sesion|sesions|apointment|apointments|visit|meting|group|infusion|infusions|party|trip|tour|consult"
    "|consultation|workshop|webinar|event|call|checkup|lesson|lessons|practice|wedding|dinner|shower)(?= (?:if|when|since|unles) )")
# Round 38 (batch 39 studied), each an idea of its own:
# - an object, never the self or a person, thrown into or out of somewhere ("I want to throw my phone in the pool every
#   time the daycare app pings", "quiero aventar el celular por la ventana"): the thing and where it goes are masked, so
#   "throw myself in the pool" or "throw the baby" keep their verdict;
_THING = ("(?:phone|phones|cellphone|cel|celular|telefono|laptop|computer|compu|computadora|tablet|ipad|pump|breast pump"
          "|sacaleches|extractor|controller|control|remote|tv|tele|television|monitor|baby monitor|router|alarm|alarm clock"
          "|despertador|keyboard|mouse|printer|impresora|stroler|caresola|bottle warmer|app|charger|headphones|airpods)")
_OBJECT_THROWN = _reading_pattern(
    "(?: (?:i|yo))?(?: (?:realy |just |literaly )?(?:want|wana|fel like|am going|am gona|am about|could|could just|quiero|me dan ganas de"
    "|voy a))?(?: to)? (?:throw|throwing|threw|toss|tossing|tosed|chuck|chucking|chucked|fling|hurl|yeet|smash|tirar|tiro|aventar|avento"
    "|lanzar|romper)(?: (?:my|the|this|that|his|her|our|mi|el|la|este|esta|ese|esa|su))? " + _THING
    + "(?: (?:in|into|out|out of|off|at|across|down|over|en|por|al|a|de|del|contra)(?: (?:the|a|our|my|el|la|los|las|un|una|mi))?"
    "(?: [a-z]+){1,2}?)?(?= )")
# - "someone end me" over a trifle ("baby shark has been playing for 3 hours straight, someone end me"): never said for
#   real ("end me for real, I have the pills" keeps the sure tier, and any means or wish beside it does);
_END_ME = _reading_pattern(" (?:someone|somebody|alguien|anyone)(?: please| plz| just)? (?:end|kil|shoot|take out) me"
                           "(?= )(?! (?:for real|seriously|realy|please i|i mean it|no joke|not joking|en serio|de verdad))")
# Round 38 review (C4): sincerity said anywhere in the message ("someone end me, I really mean it", "...and I mean that
# literally", "alguien mátenme, lo digo en serio"): no everyday clause is masked then.
_SINCERE = _reading_pattern(" (?:i mean it|i mean that|mean it|mean that|i realy mean|literaly|for real|for reals|seriously"
                            "|not joking|not kiding|no joke|not a joke|i am serious|en serio|de verdad|no es broma"
                            "|no estoy bromeando|hablo en serio)(?= )")
# - a death of a relative or a pet told as long past or as a loss at peace ("my dad died about ten years ago, I've been
#   thinking about how he'd have spoiled the baby", "se murió mi perrito la semana pasada, ya estoy más tranquila"): the
#   death and a memory of the dead are masked; a wish to follow them is read by _OWN_TURN and keeps the sure tier.
_PET = "(?:dog|dogs|cat|cats|puppy|kitty|kitten|pet|perro|perito|perita|perrita|gato|gatito|gatita|mascota|hamster|bunny|conejo)"
_DEATH_LONG_AGO = _reading_pattern(
    " (?:my|our|her|his|mi|su|nuestro|nuestra)(?: [a-z]+)? (?:" + _RELATIVE[3:-1] + "|uncle|grandpa|grandfather|tio|abuela|abuelo"
    "|papa|padre|grandmother|stepdad|stepmom|" + _PET[3:-1] + ") (?:died|passed away|passed|murio|fallecio|se murio)"
    " (?:(?:about|around|almost|over|nearly|like) )?(?:[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|many|several"
    "|a few|fifteen|twenty) (?:years|year|decades|decade) ago(?= )"
    "| (?:my|our|mi|nuestro|nuestra)(?: [a-z]+)? " + _PET + " (?:died|passed away|passed|murio|fallecio|se murio)(?= )"
    "| (?:se murio|murio|fallecio|died|passed away) (?:mi|nuestro|nuestra|my|our) " + _PET + "(?= )")
_MEMORY_OF_THEM = _reading_pattern(" (?:it is|its|it was|was|es|fue) (?:such )?(?:a|an|un|una) (?:swet|happy|nice|lovely|god|beautiful|warm"
                                   "|bonito|lindo|bonita|linda) (?:thought|memory|one|pensamiento|recuerdo)(?= )"
                                   "| (?:thinking|think|thought|remembering|imagining|wondering) (?:about )?how"
                                   " (?:he|she|hed|shed|he would|she would|he wil|she wil|they would|theyd)"
                                   "(?= (?:have |of )?(?:loved|spoiled|spoilt|adored|liked|held|laughed|smiled|doted))")
_CALMER_SINCE = _reading_pattern(" (?:ya )?(?:estoy|me siento|ando) (?:mas|mucho mas|un poco mas|mejor y mas) (?:tranquila|tranquilo|calmada"
                                 "|calmado|en paz)| i am (?:doing |feling )?(?:beter|much beter|a bit beter|ok now|okay now)(?= )")
# Round 39 (batch 40 studied), each an everyday sense plain in the clause itself:
# - a standing booking made "permanent" ("can I switch from the tuesday slot to thursdays permanently", "move my
#   sessions to mornings from now on"): only the permanence word after a slot, a weekday or a booking is masked, and only
#   where a booking is moved or kept, so "I want to make it permanent, tonight" and "time to log off. permanently" keep
#   the sure tier;
_WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekend|morning|afternoon|evening|night)s?"
_RESCHEDULED = _reading_pattern(" (?:switch|switching|move|moving|change|changing|swap|swaping|transfer|transfering|reschedule"
                                "|rescheduling|book|booking|schedule|keep|stay|stick|cambiar|cambio|pasar|pasarme|mover)(?= )")
_SLOT_MADE_PERMANENT = _reading_pattern(
    " (?:slot|slots|spot|timeslot|time slot|apointment|apointments|booking|bookings|sesion|sesions|schedule"
    "|shift|shifts|clas|clases|infusion|infusions|visit|visits|provider|therapist|location"
    "|" + _WEEKDAY + "|[0-9]+ ?(?:am|pm)|horario|cita|citas|turno|martes|jueves|lunes|miercoles|viernes|sabados|mananas|tardes)"
    "(?: [a-z0-9]+){0,3}?(?: (?:permanently|permanent|for good|from now on|going forward|indefinitely"
    "|de forma permanente|permanentemente|para siempre)){1,2}(?= )(?! (?:end|ending|stop|gone|dead|asleep|leave|leaving))")
# - a ceiling fan as furniture: the baby watching it, or it falling, breaking, wobbling or being fixed ("the baby is
#   staring at the ceiling fan like it owes him money", "our ceiling fan fell and nearly hit the bassinet"); the writer
#   looking at it ("I keep looking at the ceiling fan and the belt") is never masked;
_FAN = "(?:the |our |my |his |her |that |a |el |mi |nuestro )?(?:ceiling fan|fan|ventilador de techo|ventilador)"
_FAN_AS_FURNITURE = _reading_pattern(
    " (?:baby|babies|newborn|son|daughter|he|she|kid|kids|toddler|bebe|nena|nene|lo|la)(?: is| was| keps| just| always| wil)?"
    " (?:staring|stares|stared|loking|loks|loked|smiling|smiles|smiled|laughing|laughs|cooing|coos|talking|talks|giggling"
    "|giggles|fascinated|obsesed|mesmerized|transfixed|entranced|hypnotized|mira|mirando|sonrie|sonriendo|se rie)"
    " (?:at|by|with|up at|al|el|a)? ?" + _FAN + "(?= )"
    "| " + _FAN + " (?:fel|fal|falls|came down|came lose|cayo|se cayo|broke|is broken|wobles|wobling|wobled|rattles"
    "|rattling|is loud|makes noise|making noise|needs fixing|stoped working|quit working|se rompio)(?= )"
    "| (?:fix|fixing|fixed|instal|instaled|installing|replace|replaced|replacing|clean|cleaning|cleaned|dust|dusting"
    "|dusted|arreglar|limpiar|instalar) " + _FAN + "(?= )")
# - a note someone else left about an everyday thing ("the HOA left a note about my trash cans", "my neighbor taped a
#   note to the door about the stroller"): "I left a note for my husband" is the writer's own and never masked;
_NOTE_FROM_OTHERS = _reading_pattern(
    " (?:the |my |our |a |el |la |mi )?(?:hoa|neighbor|neighbors|neighbour|neighbours|landlord|landlady|super|manager"
    "|property manager|building|management|mailman|mail carier|delivery guy|delivery driver|driver|ups|fedex|usps|amazon"
    "|daycare|teacher|school|nanny|babysiter|sitter|nurse|doctor|pediatrician|boss|coworker|cleaner|plumber|vecino|vecina"
    "|vecinos|casero|casera|maestra|guarderia|ninera|cartero) (?:left|leaves|put|puts|stuck|taped|wrote|sent|slid|dejo|puso"
    "|pego|escribio|mando)(?: me| us| a| on| me a| us a| nos| me dejo)? (?:a |an |another |this |una |otra )?(?:note|notes"
    "|notice|letter|nota|recado|aviso|carta)(?= )"
    "| (?:note|notes|notice|nota|recado|aviso) (?:about|on|regarding|for|over|sobre|de|por)(?: the| my| our| her| his| mi"
    "| el| la| los| las)? (?:trash|garbage|bins|bin|cans|recycling|parking|car|lawn|grass|noise|dog|cat|package|packages"
    "|stroler|mailbox|fence|rent|lease|pool|hallway|shoes|basura|botes|coche|carro|ruido|perro|paquete|paquetes)(?= )")
# - a pet's danger asked about ("my dog ate a whole chicken carcass, is he gonna die?? vet is closed", "our cat licked a
#   lily, will she die"): read only where an animal is named as what ate, drank or got into something;
_PET_DIES_ASKED = _reading_pattern(
    " (?:is|wil|could|would|can|might|does|do) (?:he|she|it|they|my dog|my cat|the dog|the cat|my pupy|the pupy|my kity)"
    "(?: (?:going to|gona|be going to|actualy|realy))? (?:die|dying|be dead|be ok|be okay|be fine)(?= )"
    "| (?:(?:el|ella|mi perro|el perro|mi gato|el gato) )?(?:se va a morir|se muere|va a morir|puede morir|se puede morir)(?= )")
_PET_ATE = _reading_pattern(" " + _ANIMAL[:-1] + "|he|she|it)(?: just| already)? (?:ate|eaten|eats|chewed|licked|got into"
                            "|swallowed|drank|comio|se comio|se trago|mordio)(?= )")
# - disappearing into a cosy evening ("I want to disappear under a weighted blanket with a bag of chips and a rom com",
#   "quiero desaparecer bajo las cobijas con un libro"): the wish and the comfort named a few words after it are masked;
#   "I want to disappear forever" names none and keeps the sure tier;
_COSY = ("(?:blanket|blankets|weighted blanket|covers|duvet|comforter|quilt|hoodie|couch|sofa|bed|pilows|pilow|pilow fort"
         "|book|novel|show|series|netflix|hulu|rom com|romcom|movie|movies|snacks|chips|ice cream|chocolate|wine|tea|bath"
         "|bubble bath|nap|spa|vacation|beach|cabin|podcast|video game|videogames|game|cobija|cobijas|manta|sabanas|cama"
         "|sillon|libro|serie|pelicula|botanas|papitas|helado|siesta|tina|playa)")
_COSY_DISAPPEARING = _reading_pattern(
    "(?: (?:i|yo))?(?: (?:realy|just|so|literaly))?(?: (?:want|wana|wish i could|would love|could|need|ned|quiero|quisiera))?"
    "(?: to)? (?:disapear|vanish|hide|hibernate|desaparecer|esconderme|perderme)"
    " (?:under|into|in|with|behind|on|for a night|for the night|tonight|bajo|debajo de|en|con|entre)"
    "(?: [a-z]+){0,4}? " + _COSY + "(?= )")
# - someone else's loss to suicide told as long past and healed ("my best friend lost her mom to suicide years ago and
#   she's doing really well now"): the loss is masked; "I want to be with my mom, she died by suicide" is the writer's
#   own turn (_OWN_TURN) and keeps the sure tier;
_OTHERS_OLD_LOSS = _reading_pattern(
    " (?:my|our|her|his|a|mi|su)(?: [a-z]+)? " + _RELATIVE + " (?:lost|perdio a) (?:her|his|their|a|su)(?: [a-z]+)?"
    " (?:mom|mother|dad|father|brother|sister|husband|wife|son|daughter|friend|cousin|uncle|aunt|mama|papa|padre|madre"
    "|hermano|hermana|esposo|esposa|hijo|hija|amigo|amiga|tio|tia) (?:to suicide|al suicidio|por suicidio)"
    " (?:(?:many |several |a few |a couple of |like |about |over |almost )?(?:[0-9]+ |two |three |four |five |six |ten "
    "|twenty )?(?:years|decades|year) ago|long ago|a long time ago|when (?:she|he|they) (?:was|were) (?:a kid|young|little"
    "|a teen|in colege|in high schol)|hace (?:anos|muchos anos|tiempo|mucho tiempo))(?= )")
_HEALED_SINCE = _reading_pattern(" (?:she|he|they) (?:is|are|has ben|have ben)(?: doing)?(?: realy| so| much)? (?:wel|god|great"
                                 "|fine|ok|okay|beter|healed|thriving|happy)(?: now)?(?= )|(?:esta|estan) (?:muy )?bien(?= )")
# ...none of them beside despair or a hint of being gone ("can I switch to thursdays permanently? it won't matter soon").
_SOON_GONE = _reading_pattern(" (?:wil not|would not|does not|do not|doesnt|dont|wont|nothing|no) mater(?:s)?(?= )"
                              "| (?:not|no longer|never) (?:be )?(?:here|around)(?= )| not be a problem for long(?= )"
                              "| (?:ya )?no (?:importa|va a importar|estare|voy a estar)(?= )")
# Round 40 (batch 41 studied), each an everyday sense plain in the clause itself:
# - "put me down for" a slot, a list or a cancellation (sign me up): "put me down like a dog" and "put me down for good"
#   name no booking and keep the sure tier;
_PUT_DOWN_FOR = _reading_pattern(
    " put (?:me|us|my name|her|him|my husband|my wife|my partner) down (?:for|on)(?! god| ever| real)(?: [a-z0-9]+){0,3}?"
    " (?:cancelation|cancelations|cancel|slot|slots|spot|spots|opening|openings|list|waitlist|wait list|waiting list"
    "|apointment|apointments|sesion|sesions|infusion|infusions|consult|consultation|visit|class|clases|group|tour|call"
    "|evaluation|intake|screening|time|date|monday|tuesday|wednesday|thursday|friday|saturday|sunday|wek|morning|afternoon"
    "|evening|[0-9]+ ?(?:am|pm)?|one|two|a box|a dozen|donation|volunteer)(?= )")
# - the last day of a leave, a job, a school term or a holiday ("today was my last day of maternity leave", "hoy es mi
#   último día de incapacidad"): "today is my last day, I've made my peace" names nothing it is the last day of;
_LAST_DAY_OF = _reading_pattern(
    " (?:last|final|ultimo) (?:day|wek|dia|semana) (?:of|at|on|in|de|en) (?:my |the |mi |la |el |this |our )?"
    "(?:maternity leave|paternity leave|mat leave|parental leave|leave|medical leave|work|the job|job|ofice|school|schol|colege"
    "|clas|semester|term|vacation|holiday|holidays|pto|break|daycare|trip|camp|internship|contract|training|orientation"
    "|incapacidad|licencia|baja|maternidad|vacaciones|trabajo|escuela|clases|guarderia|descanso|permiso)"
    "(?! (?:and|y) (?:of |de |en |with |con )?(?:everything|todo|my life|mi vida|this life|esta vida|life|la vida|it al"
    "|this world|este mundo))(?= )")
# - a machine or a device that died or broke down ("our AC died in the middle of July", "se murió la lavadora"):
_DEVICE = ("(?:ac|a c|air conditioner|air conditioning|fridge|refrigerator|fredge|freezer|washer|washing machine|dryer|dishwasher"
           "|car|car battery|battery|phone|cel|cell|cellphone|laptop|computer|tv|microwave|heater|furnace|water heater"
           "|stroler|pump|breast pump|router|wifi|internet|printer|oven|stove|lawnmower|mower|vacum|blender|cofe maker"
           "|kettle|bottle warmer|baby monitor|monitor|swing|sound machine|alarm|charger|tablet|ipad|aire|aire acondicionado"
           "|refri|refrigerador|lavadora|secadora|lavavajillas|coche|carro|bateria|celular|telefono|compu|computadora|tele"
           "|microondas|calentador|horno|estufa|bomba|sacaleches|licuadora|cafetera|aspiradora)")
_DEVICE_DIED = _reading_pattern(
    " (?:the|our|my|her|his|their|el|la|mi|nuestro|nuestra|su) " + _DEVICE
    + "(?: just| finally| officially| totaly| completely| ya)? (?:died|is dead|was dead|dies|went dead|gave out|quit|se murio"
    "|murio|se descompuso|se rompio|se nos murio|se me murio)(?= )"
    "| (?:se murio|se nos murio|se me murio|murio|se descompuso) (?:el|la|mi|nuestro|nuestra) " + _DEVICE + "(?= )")
# - leaving the chat for a reason at hand ("ya me voy, the baby is waking up", "gotta go, my son is crying"): the leaving
#   is masked only with the reason a few words after it; "I'm leaving, bye forever" names none (and _FINAL keeps it).
_LEAVING_FOR_A_REASON = _reading_pattern(
    " (?:ya me voy|me voy|me tengo que ir|tengo que irme|i am of|i am ofline|i am leaving|i have to go|i have to run"
    "|i got to go|i gota go|gota go|got to go|gota run|have to go|must go|need to go|i ned to go|ned to go|heading out"
    "|signing of|logging of)(?: now| ya| ahora)?(?: [a-z]+){0,3}? (?:the|my|el|la|mi|his|her|our)"
    " (?:baby|bebe|son|daughter|kid|kids|toddler|twins|hijo|hija|nena|nene|ninos|husband|esposo|partner|pizza|food|dinner"
    "|doorbel|door|oven|timer|pediatrician|doctor|nurse|ride|uber|bus)"
    " (?:is |esta |just |ya )?(?:waking|awake|up|crying|cries|caling|hungry|fusing|screaming|needs|ned|wants|here|home"
    "|ringing|arived|se desperto|se esta despertando|despertando|desperto|llorando|llora|me necesita|me llama|tiene hambre"
    "|llego|esta aqui)(?= )")
# Round 41 (batch 42 studied), each an everyday sense plain in the clause itself:
# - a peace or calm credited to a session or the treatment ("I feel at peace after my session today", "hoy me siento en
#   paz, la sesión me ayudó mucho"): "at peace after my decision", "...after my last session" name no treatment that
#   helped and keep the sure tier;
_TREATMENT_HELPED = ("(?:sesion|sesions|infusion|infusions|treatment|treatments|ketamine|spravato|therapy|therapist|apointment|visit"
            "|consult|consultation|dose|tratamiento|ketamina|terapia|terapeuta|cita|consulta|dosis|infusiones|sesiones)")
_PEACE = "(?:at peace|in peace|peaceful|calm|calmer|lighter|en paz|tranquila|tranquilo|mas tranquila|mas tranquilo)"
_PEACE_FROM_TREATMENT = _reading_pattern(
    " " + _PEACE + " (?:after|since|thanks to|from|despues de|desde|gracias a|con)"
    " (?:my|the|this|today s|todays|yesterday s|mi|la|el|esta|the first|my first|mi primera|la primera)(?: (?!last|final|ultima|ultimo)[a-z]+)? "
    + _TREATMENT_HELPED + "(?= )"
    "| " + _PEACE + "(?: [a-z]+){0,4}? (?:the|my|this|la|mi|esta|el) " + _TREATMENT_HELPED
    + " (?:realy |truly |so much |actualy |de verdad |si )?(?:helped|is helping|helps|worked|is working|works|me ayudo"
    "|me esta ayudando|me ayuda|funciono|esta funcionando|funciona)(?= )")
# ...never beside a time ahead, a decision, a readiness or an ending ("...I know what I have to do tonight").
_PEACE_THEN = _reading_pattern(
    " (?:tonight|esta noche|tomorow|manana|this wekend|este fin|soon|pronto|what i have to do|what i ned to do|what to do"
    "|lo que tengo que hacer|decided|decide|decision|decidi|decidida|ready|lista|listo|leters|cartas|note|nota|not scared"
    "|no tengo miedo|die|dying|dead|death|morir|muerte|end|ending|final|last|ultima|goodbye|adios|forever|para siempre"
    "|gave away|regale|no longer|ya no)(?= )")
# - a date night ("I have a plan and a date night this Friday", "tenemos noche de cita el viernes"): an outing, with any
#   plan made for it;
_DATE_NIGHT = _reading_pattern(
    "(?: (?:a plan|plans|a plan for|plans for|planed|planing|un plan|planes)(?: and| for| y| para)?)?"
    " (?:a |our |my |the |una |nuestra |la )?(?:date night|date nights|noche de cita|noche de pareja|cita romantica)(?= )")
# - a weekday or a slot that no longer suits ("Tuesdays don't work anymore"): no finality, read only where a slot is made
#   permanent too (see _everyday_sure_final);
_SLOT_NO_LONGER_SUITS = _reading_pattern(
    " (?:" + _WEEKDAY + "|mornings|afternoons|evenings|that time|the time|that slot|this slot|the slot|my slot|los martes"
    "|las mananas|las tardes) (?:do not|does not|dont|doesnt|no longer|wil not|wont) (?:work|suit|fit)(?: for (?:me|us))?"
    " (?:anymore|any more)(?= )")


# Round 42 (batch 43 studied), each a plain reason at hand for wording that alone reads as a crisis; masked here only, so
# the message keeps the check-in at most (988 still shown), never quiet, and never beside despair, "soon gone", a means,
# a wish, finality or "on purpose" (see _everyday_sure_masked):
# - going quiet with an ordinary reason named ("staycation this weekend, phones off, so if I don't answer that's why",
#   "nos vamos a la playa, no te preocupes si no contesto"): the silence clause is masked only where a trip, an outing or
#   a phone or signal problem is named; "I won't answer anymore, don't worry about me" names none;
_QUIET_SAID = _reading_pattern(
    "(?: (?:so|and|y|asi que))?(?: (?:do not|dont) worry| no te preocupes| no se preocupen)?(?: (?:if|si|when|cuando))"
    " (?:i (?:do not|dont) (?:answer|reply|respond|text back|write back)|i go quiet|i am quiet|i am slow to (?:answer|reply)"
    # round 55 (falarm55): "if I stop answering that's why", "si dejo de contestar es por eso"
    "|i stop (?:answering|replying|responding|texting back)|dejo de (?:contestar|responder)"
    "|you (?:do not|dont) hear (?:back )?from me|no contesto|no respondo|no te contesto|no les contesto|tardo en contestar"
    "|no sabes de mi|no saben de mi)"
    "(?: (?:that is why|thats why|es por eso|por eso|right away|for a bit|for a few days|for a while|un rato|unos dias))?"
    "(?: (?:do not|dont) worry| no te preocupes| no se preocupen)?(?= )")
_QUIET_REASON = _reading_pattern(
    " (?:staycation|vacation|vacay|trip|camping|camp|cabin|cruise|road trip|flight|flying|beach|lake house|retreat|honeymoon"
    "|in laws|grandmas|no signal|no service|no reception|no wifi|no internet|phone is broken|phone broke|broke my phone"
    "|phones of|phone of|phone is of|phones are of|of the grid|ofline|unplugging|unplug|detox|wedding|viaje|vacaciones"
    "|playa|campamento|acampar|cabana|boda|sin senal|sin internet|sin wifi|sin cobertura|no hay senal|no hay internet"
    "|celular apagado|telefono apagado|se me rompio el celular|se me descompuso el celular"
    "|out of town|fuera de la ciudad|de viaje|going to (?:[a-z]+ ){1,3}(?:this |este |for the |el )?(?:wekend|wek|fin de semana)"
    "|back (?:on )?(?:el )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes"
    "|sabado|domingo))(?= )")
# - a phone number changing ("heads up my number is changing next week, will send the new one", "voy a cambiar de
#   número, les paso el nuevo"), and "heads up" (a warning, no head); "my number won't matter after this week" names no
#   change and keeps its verdict;
_NUMBER_CHANGING = _reading_pattern(
    " (?:my |mi |our )?(?:phone |cell |telefono |celular )?(?:number|numero) (?:is changing|changes|wil change|is going to change"
    "|is geting changed|changed|cambia|va a cambiar|cambio)(?: [a-z0-9]+){0,4}?"
    " (?:i wil|wil|il|and i wil|y les|y te|les|te|luego les|luego te) (?:send|text|give|pas|share|mando|paso|doy|comparto)"
    "(?: you| u| it| everyone)?(?: the| my| el| mi)? (?:new one|new number|nuevo|numero nuevo|nuevo numero)(?= )"
    "| (?:my |mi |our )?(?:phone |cell |telefono |celular )?(?:number|numero) (?:is changing|changes|wil change|is going to change"
    "|is geting changed|changed|cambia|va a cambiar|cambio)(?= )"
    "| (?:voy a|vamos a|i am going to|i am) (?:cambiar|changing|change) (?:de|my|mi) (?:number|numero)(?= )"
    "| (?:send|text|give|pas|share|mando|paso|doy)(?: you| u| everyone)? (?:the|my|el|mi) (?:new number|numero nuevo|nuevo numero)(?= )")
_HEADS_UP = _reading_pattern(" heads up(?= )")
# - a decision about a trifle ("my baby has decided sleep is optional, I've decided caffeine is a personality", "decidí
#   que el café es mi personalidad"): the decision and its trivial object are masked; "I've decided life is optional" and
#   "I feel at peace now that I've decided" name no trifle;
_TRIFLE_DECIDED = _reading_pattern(
    " (?:has |have |i have |i |just |already |officialy )?decided(?: that)? (?:sleep|naps|nap|caffeine|coffee|pants|bras"
    "|showers|shower|shoes|makeup|wine|chocolate|dry shampoo|leggings|sweatpants|pajamas|cereal|carbs|dinner|laundry|chores"
    "|dishes|screen time|snacks|tacos|pizza|socks|brushing my hair|hair brushing|real clothes|bedtime|the couch|sugar)"
    " (?:is|are|counts|count)(?: (?:now |officialy |totaly |completely )?(?:optional|overrated|a myth))?(?= )"
    "| (?:decidi|decidio|decidimos|ha decidido|he decidido|ya decidio|ya decidi) que (?:dormir|el sueno|las siestas|la siesta"
    "|el cafe|los pantalones|el brasier|banarse|el maquillaje|el vino|el chocolate|la ropa|los trastes|la pijama|la cafeina)"
    " (?:es|son|cuenta)(?: (?:opcional|opcionales))?(?= )")
# - a last message because treatment is finished, beside a recovery said ("this is my last message here since I'm done
#   with treatment, thank you for giving me my life back", "mi último mensaje porque ya terminé el tratamiento, gracias
#   por devolverme la vida"): "last message, thank you for everything, tell my baby I love her" names no reason;
_LAST_MESSAGE_DONE = _reading_pattern(
    "(?: (?:this is|this wil be|its|here is|este es))?(?: my| mi)? (?:last|final|ultimo) (?:mesage|text|mensaje)(?: [a-z]+){0,2}?"
    " (?:since|because|as|now that|porque|ya que|pues) (?:i am |we are |i |i have |ya )?(?:done with|finished|completed"
    "|graduated from|graduated|termine|terminamos|acabe|complete)(?: with)?(?: my| the| mi| el| la| las| los)?"
    " (?:treatment|treatments|sesions|infusions|program|course|series|tratamiento|sesiones|infusiones|programa)(?= )")
_RECOVERY_SAID = _reading_pattern(
    " (?:my life (?:[a-z]+ ){0,4}?back|(?:gave|giving|give|given) me (?:back )?my life|fel like myself again|fel like me again"
    "|i am beter|so much beter|much beter now|doing great|doing so wel|recovered|in remision|discharged|graduated"
    "|me devolvieron la vida|devolverme la vida|me devolvio la vida|me siento mucho mejor|estoy mucho mejor|me dieron de alta"
    "|soy otra persona|me siento yo otra vez)(?= )")
# - thanks for everything beside a joy told today ("gracias por todo, hoy jugué con mi bebé y me reí mucho", "thank you
#   for everything, we laughed at the park today"): only the thanks is masked, and only where the joy is told;
_THANKS_ALL = _reading_pattern(" (?:gracias|thank you|thanks|thank u|thx)(?: so much| de verdad| mil| realy)? (?:por todo|for everything)"
                               "(?: (?:de verdad|realy|truly|seriously))?(?= )")
# ...never beside a goodbye, a last time or a leave to go ("...ya puedo irme tranquila", "now I can go in peace").
_FREE_TO_GO = _reading_pattern(" (?:puedo irme|me puedo ir|irme tranquila|irme tranquilo|irme en paz|me voy tranquila|me voy tranquilo"
                               "|can go now|can leave now|can go in peace|go in peace|ready to go|lista para irme|listo para irme)(?= )")
_JOY_TOLD = _reading_pattern(
    " (?:me rei|nos reimos|laughed|laughing|giggled|enjoyed|disfrute|disfrutamos|had fun|had a blast|nos divertimos|me diverti"
    "|la pase bien|la pasamos bien|smiled|sonrei|felt happy|me senti feliz|so happy|muy feliz|best day|played with|jugue con"
    "|jugamos|first smile|primera sonrisa)(?= )")
# ...sincerity said of thanks ("gracias por todo, de verdad", "thank you, seriously") is gratitude, not a threat meant.
_THANKS_SINCERE = _reading_pattern(" (?:gracias|thank you|thanks|thank u|thx)(?: [a-z]+){0,3}? (?:de verdad|seriously|for real|realy)(?= )")
# - a peace told beside an everyday comfort ("me siento en paz hoy, tomé café en el patio", "at peace today, coffee on the
#   porch while my son naps"): never beside a decision, a time ahead or an ending (_PEACE_THEN);
_COMFORT = ("(?:coffee|cofe|cafe|tea|te|patio|porch|garden|yard|jardin|sun|sunshine|sol|walk|caminar|caminata|park|parque|nap"
            "|naps|siesta|bath|bano|book|libro|beach|playa|breakfast|desayuno|music|musica|yoga|stroler|carriola|swing|hamaca)")
_PEACE_WITH_COMFORT = _reading_pattern(
    "(?: (?:me siento|i fel|i am|feling|estoy|ando|i felt|me senti))?(?: (?:so|realy|muy|tan))? " + _PEACE
    + "(?: [a-z]+){0,8}? " + _COMFORT + "(?= )")
# - a parent who died years ago, remembered in an ordinary moment ("my dad died two years ago and I still think about him
#   when I rock the baby", "mi papá murió hace tres años y pienso en él cuando arrullo a mi bebé"): read only after the
#   old death is masked; "...I think about being with him" names no moment and _OWN_TURN keeps "join him";
_DEATH_YEARS_AGO_ES = _reading_pattern(
    " (?:mi|nuestro|nuestra|su) (?:papa|mama|padre|madre|abuela|abuelo|abuelita|abuelito|tio|tia|hermano|hermana|esposo|amiga|amigo)"
    " (?:murio|fallecio|se murio) hace (?:[a-z0-9]+ )?(?:anos|ano)(?= )")
_REMEMBERED_IN_A_MOMENT = _reading_pattern(
    " (?:i )?(?:stil )?(?:think|thinking|thought) (?:about|of) (?:him|her|them) (?:when|while|every time|whenever|each time)(?= )"
    "| (?:todavia |aun )?(?:pienso|me acuerdo) (?:en|de) (?:el|ella|elos) (?:cuando|mientras|cada vez)(?= )")
# - a body part "going to die" (hyperbole: "I thought my eardrums were gonna die", "mis pies se van a morir"): the heart,
#   the lungs or the brain are never read so;
_PART_DYING = _reading_pattern(
    "(?: (?:i )?(?:thought|felt like|swear|swore|was sure|pense que|senti que|crei que))?(?: that)?"
    " (?:my |mis |los |las |the |her |his )?(?:eardrums|eardrum|ears|feet|legs|arms|back|knees|boobs|nipples|calves|thighs|abs"
    "|butt|hands|toes|eyes|oidos|timpanos|pies|piernas|brazos|espalda|rodillas|pechos|pezones|chichis)"
    "(?: (?:were|was|are|is|wil|would))?(?: (?:going to|about to|literaly|realy|gona))* (?:die|dying|fal of)(?= )"
    "|(?: (?:pense|senti|crei))?(?: que)? (?:se me (?:iban|van|va) a morir|se (?:iban|van|va) a morir) (?:los|las|mis|la|el|mi) (?:oidos|timpanos|pies|piernas|brazos"
    "|espalda|rodillas|pechos|pezones)(?= )"
    "|(?: (?:pense|senti|crei))?(?: que)? (?:mis|los|las|la|mi) (?:oidos|timpanos|pies|piernas|brazos|espalda|rodillas|pechos|pezones) se (?:me )?(?:iban|van|va)"
    " a morir(?= )")
# - someone else's overdose years ago ("my coworker's mom overdosed years ago and now she's a big advocate", "mi tío
#   tuvo una sobredosis hace años"): never the writer's own ("I overdosed years ago" names no one else);
_OTHERS_OLD_OVERDOSE = _reading_pattern(
    " (?:my|our|her|his|mi|su)(?: [a-z]+){0,2}? (?:" + _RELATIVE[3:-1] + "|uncle|grandpa|tio|abuelo|abuela)"
    " (?:overdosed|oded|od d|had an overdose|tuvo una sobredosis|se sobredosifico|sufrio una sobredosis)"
    "(?: [a-z]+){0,2}? (?:years ago|year ago|decades ago|long ago|back in (?:19|20)[0-9][0-9]|in (?:19|20)[0-9][0-9]"
    "|hace (?:[a-z0-9]+ )?anos|hace mucho|hace tiempo|en (?:19|20)[0-9][0-9])(?= )")
# - the medicine that reverses an overdose, asked about to keep at hand ("what's the overdose reversal spray called,
#   narcan?", "¿dónde consigo naloxona?"): only the medicine's name is masked; an overdose said anywhere else is read;
_REVERSAL_MEDICINE = _reading_pattern(
    " (?:overdose |opioid )?reversal(?: nasal)? (?:spray|drug|medicine|medication|kit|agent|shot)(?: called)?"
    "| (?:narcan|naloxone|naloxona|kloxado|zimhi)(?: nasal spray| spray)?"
    "| (?:overdose|od|sobredosis) (?:kit|kits|prevention kit|response kit|rescue kit)"
    "| (?:spray|aerosol|medicina|medicamento) (?:para|contra) (?:revertir )?(?:la |una )?sobredosis(?= )")
# - ideation told as years past with a present that is well ("I had suicidal thoughts back in 2016, went inpatient, did
#   DBT. totally different person now", "tuve pensamientos suicidas en 2015, hoy soy otra persona"): the ideation is masked
#   only with both a far past and a present well said, never with "again", "lately", "still" or a wish (_BACK_AGAIN);
_PAST_IDEATION = _reading_pattern(
    " (?:i )?(?:had|have had|used to have|tuve|habia tenido|tenia) (?:suicidal thoughts|suicidal ideation|suicidal feelings"
    "|thoughts of suicide|pensamientos suicidas|ideas suicidas|ideacion suicida)"
    "| (?:i )?(?:was|used to be|estaba|estuve) (?:suicidal|suicida)(?= )")
_WELL_NOW = _reading_pattern(
    " (?:totaly |completely |a |an entirely |a whole |una )?(?:diferent person|new person|otra persona|persona diferente"
    "|persona distinta)(?: now| ahora| hoy)?"
    "| (?:in a (?:god|great|beter|much beter) place|doing (?:great|wel|so wel|really wel)|much beter|wel|healthy|stable)"
    " (?:now|these days|today|for years|ahora)"
    "| (?:ahora|hoy) (?:estoy|me siento) (?:bien|muy bien|estable)(?= )")
# - an eye scratched (a cornea, by a contact lens or a baby's nails: "scratched my cornea taking out a contact", "me rayé
#   la córnea con el lente"): an injury of the eye, never the arms or the skin;
_EYE_SCRATCHED = _reading_pattern(
    " (?:scratched|scratch|scraped|scrape|poked|poke|me raye|raye|me lastime|me rasque) (?:my |the |her |his |mi |la |el )?"
    "(?:cornea|corneas|eye|eyes|eyeball|ojo|ojos)(?= )"
    "| (?:corneal abrasion|scratched cornea|abrasion corneal|abrasion en la cornea|cornea rayada)(?= )")
# - the umbilical cord cut at a birth ("dónde se corta el cordón umbilical", "when do they cut the umbilical cord"):
_UMBILICAL_CUT = _reading_pattern(
    "(?: (?:se corta|se cortan|cortan|corta|cortar|cortarle|corto|cut|cuts|cutting|clamp|clamps|clamping)(?: [a-z]+){0,3}?)?"
    " (?:cordon umbilical|umbilical cord|cordon del ombligo|cord clamping|cord blood)(?= )")
# - a dose asked about with a meal ("should I take all my insulin at once before dinner", "¿me pongo toda la insulina de
#   una vez antes de comer?"): only asked, only with a meal; "took all my insulin at once" and "...at once tonight" are
#   not masked;
_MEAL_DOSE_ASKED = _reading_pattern(
    " (?:should i|can i|do i|could i|is it ok to|is it okay to|is it safe to|am i suposed to|debo|puedo|me pongo|me tomo"
    "|tomo|me inyecto|deberia)(?: [a-z]+){0,3}? (?:insulin|insulina|pils|meds|medication|medicine|vitamins|suplements"
    "|pastilas|medicinas|vitaminas)(?: [a-z]+){0,4}? (?:before|with|after|antes de|con|despues de|durante)"
    " (?:diner|breakfast|lunch|meals|a meal|my meal|eating|fod|comer|cenar|desayunar|almorzar|la comida|la cena|el desayuno"
    "|los alimentos)(?= )")
# - a wish for a record ("I just want that noted in my chart", "quiero que quede en mi expediente") or to keep the rescue
#   medicine at hand ("I want to keep some at home just in case"): no wish of the writer's own (_without_wished_objects);
_RECORD_WISHED = _reading_pattern(
    " (?:i )?(?:just )?(?:want|wanted|would like|quiero|queria)(?: (?:that|it|this|eso|esto|lo))?(?: to be)?"
    " (?:noted|on record|on file|documented|in my chart|writen down|anotado|que quede anotado|que quede en mi expediente"
    "|en mi expediente)(?= )")
_KEPT_AT_HAND = _reading_pattern(
    " (?:i )?(?:want|would like|quiero|ned)(?: to)? (?:keep|have|carry|tener|tenerlo|tenerla|guardar)(?: some| it| one| a dose"
    "| a kit| them| lo| la)?(?: at home| in the house| on hand| in my bag| in the car| en casa| a la mano)"
    "(?: just in case| por si acaso)?(?= )")
_PURPOSE_SAID = _reading_pattern(" (?:on purpose|a proposito|adrede)(?= )")


_BECAUSE = re.compile(r" (?:it is |its |that is |thats |es |it s )?(?:because|porque|cause|cuz|bc) ")


def _silence_explained_otherwise(words: str) -> bool:
    """A silence given a cause of its own that is no trip or phone trouble ("...if I don't answer it's because I did it")."""
    for found in _QUIET_SAID.finditer(words):
        tail = words[found.end():found.end() + 80]
        if _BECAUSE.match(tail) and not _QUIET_REASON.search(tail):
            return True
    return False


# Review A6-A8: what is joined on after a round-42 clause takes it back: the self or living joined to a trifle ("I've
# decided sleep is optional, and so is living"), a "but" after the recovery ("...you gave me my life back but I'm giving
# it up now"), a time or an end said after a dose with a meal ("...with dinner tonight so it's over").
_LIFE_JOINED = _reading_pattern(" (?:and )?(?:so (?:is|are) (?:living|life|being alive|being here|existing|breathing|waking up"
                                "|staying alive|my life)|so am i|as am i|and (?:so )?(?:am i|me too|me)|same (?:with|for) (?:me|living|life)"
                                "|y (?:tambien )?(?:vivir|la vida|yo|seguir viva|seguir vivo|despertar)(?: tambien)?)(?= )")
_RECOVERY_TAKEN_BACK = LazyPattern(_RECOVERY_SAID.pattern + "(?: [a-z]+){0,6}? (?:but|pero|though|however|yet|sin embargo"
                                   "|giving it up|ending it|end it|tonight|esta noche)(?= )")
_OVER_SAID = _reading_pattern(" (?:tonight|so it is over|it is over|so it ends|end it|for god|forever|never wake|not wake"
                              "|wake up|esta noche|se acabe|acabar con todo|para siempre|no despertar)(?= )")

def _on_purpose(words: str) -> bool:
    """An "on purpose" said: no round-42 to 45 clause is masked beside it."""
    return _PURPOSE_SAID.search(words) is not None


def _silence_unexplained(words: str) -> bool:
    """A silence announced with no trip or phone trouble as its reason, or with a cause of its own given."""
    return not _QUIET_REASON.search(words) or _silence_explained_otherwise(words)


def _recovery_unsaid(words: str) -> bool:
    """A last message with no recovery said, or a recovery taken back after."""
    return not _RECOVERY_SAID.search(words) or _RECOVERY_TAKEN_BACK.search(words) is not None


def _thanks_not_a_good_time(words: str) -> bool:
    """Thanks to all and fun had are read as a good time only said together, and never beside a goodbye, a "last" or
    being free to go."""
    return bool(not ((_JOY_TOLD.search(words) or " had fun " in words) and (_THANKS_ALL.search(words) or " thanks " in words))
                or _GOODBYE_SAID.search(words) or _LAST_SAID.search(words) or _FREE_TO_GO.search(words))


def _ideation_not_over(words: str) -> bool:
    """Thoughts not told as past with being well now, or told as back again, or a wish of the writer's own now."""
    return not (_PAST_MARK.search(words) and _WELL_NOW.search(words)) \
        or (_BACK_AGAIN.search(_WELL_NOW.sub(" ", _PAST_MARK.sub(" ", words))) or _PRESENT_WISH.search(words)) is not None


# Round 44 (batch 44 studied): everyday clauses read at the sure tier, lowered to the check-in (never to none):
# - a surprise said of someone else, or a shock or embarrassment of one's own ("my mom is going to die when she sees how
#   chunky he got", "I thought I was going to die of shock", "casi me muero del susto", "mi hermana se va a morir cuando
#   lo vea"): only "when she sees/hears/finds out" of another person, or "die of" a shock, a laugh or embarrassment;
_SURPRISE_DEATH = _reading_pattern(
    "(?= (?:my|our|her|his|mi|su|i|thought|almost|nearly|was|could|casi|pense) )"
    " (?:my|our|her|his|mi|su)(?: [a-z]+){0,2}? (?:" + _RELATIVE[3:-1] + "|husband|wife|partner|friend|mom|mum|mother|dad"
    "|grandma|grandpa|sister|brother|aunt|mama|papa|hermana|hermano|tia|abuela|abuelo|esposo|esposa|amiga|amigo|suegra)"
    " (?:is going to|is gona|wil|would|is gonna|wil probably|se va a|va a)(?: literally| literalmente)? (?:die|morir|morirse)"
    " (?:when|once|if|as soon as|cuando|en cuanto|si) (?:she|he|they|ella|el|ellos)?(?: [a-z]+){0,1}?"
    " ?(?:ses|sees|se|hears|finds out|learns|gets|vea|ve|sepa|escuche|oiga|se entere)"
    "(?: (?:how|what|que|lo) [a-z]+(?: [a-z]+)? (?:he|she|the baby|it|el|ella) (?:got|gets|has gotten|grew|is|esta))?(?= )"
    # review A3: never before what the writer did or her being gone ("...when she finds out what I did tonight")
    "(?!(?: [a-z]+){0,2} (?:what i did|what i have done|what i ve done|what i had done|i am gone|im gone|i was gone"
    "|i died|i am dead|the note|my note|the leter|my leter|lo que hice|lo que me hice|que ya no estoy|que me fui"
    "|la carta|la nota)(?= ))"
    "| (?:i )?(?:thought i was going to|thought i would|almost|nearly|was going to|could have|casi|pense que me iba a)"
    " (?:die|died|muero|mori|morir) (?:of|from|de|del) (?:shock|embarasment|laughter|laughing|surprise|fright|cuteness"
    "|verguenza|risa|susto|la sorpresa|la impresion|ternura)(?= )")
# - an overdose asked about with care said ("can you overdose on tylenol with nyquil? I want to be careful not to double
#   up", "¿se puede tener una sobredosis de paracetamol con antigripal? quiero tener cuidado"): the question is masked only
#   with the care said beside it (_CARE_SAID), never with how many, a time or a wish of the writer's own;
# (round 44, second pass: the question asked bare at the message's start, "overdose on ibuprofen and tylenol together?
#   don't want to take too much by accident", or as "is that an overdose", "¿sobredosis de paracetamol con ibuprofeno?")
_OVERDOSE_ASKED = _reading_pattern(
    "(?:^ (?:overdose|overdosing|od|sobredosis)(?: on| de| con)?(?: [a-z]+){1,4}? (?:and|plus|with|y|con|mas) [a-z]+(?: [a-z]+)?"
    " (?:together|at the same time|at once together|juntos|juntas|a la vez|al mismo tiempo)"
    "| (?:is|would|could|wil) (?:it|that|this)(?: be)?(?: an| una)? (?:overdose|od|sobredosis)"
    "| (?:can you|can i|can someone|could you|could i|is it posible to|is it easy to|se puede|puedo|es posible)"
    "(?: tener una| sufrir una| acidentally)? (?:overdose|od|sobredosis|sobredosificar|sobredosificarse))(?: on| de| con)?"
    "(?: [a-z]+){0,5}?(?= )")
_CARE_SAID = _reading_pattern(
    " (?:i (?:want|wana|ned) to (?:be careful|make sure)|quiero tener cuidado|to be careful|be careful|being careful|not to double|not double|do not want to take to much|dont want to take to much"
    "|do not want to double|by acident|acidentally|make sure i do not|tener cuidado|no quiero tomar de mas|no quiero pasarme"
    "|no duplicar|por acidente|sin querer)(?= )"
    # review A2: never a care for the dose to work or for not being found ("...I want to make sure it works tonight",
    # "...be careful nobody finds me in time", "quiero asegurarme de que funcione")
    "(?!(?: [a-z]+){0,3} (?:it works|it wil work|it would work|works|enough|nobody|no one|noone|wake|wake up|tonight"
    "|in time|finds me|for god|que funcione|suficiente|nadie|despertar|esta noche)(?= ))")
# - a screening answer "never" or "no" at the end of a question about harm ("EPDS question 10, thoughts of harming
#   myself: never", "pregunta 10, pensamientos de hacerme daño: nunca"): only the last word, after a screening name;
_SCREEN_NEVER = _reading_pattern(
    " (?:epds|phq 9|phq9|question 10|question 9|q10|q9|pregunta 10|pregunta 9|edinburgh|screening|questionnaire|cuestionario)"
    # review A11: never after a "yes", a "sometimes" or an "often" in the span, nor a "not never"
    "(?: (?!yes|si|sometimes|often|veces|always|siempre|daily|every|seguido|frecuentemente)[a-z0-9]+){0,12}?"
    "(?<! not)(?<! no)(?<! yes) (?:never|no|not at al|nunca|nada|para nada)"
    "(?= $| (?:my |the |mi |el )?(?:total|score|puntaje|puntuacion) (?:was|is|fue|es|de) [0-9]+ $)")
# - a goodbye to a thing ("saying goodbye to my maternity jeans, good riddance", "adiós para siempre a mis pantalones de
#   maternidad"): only to a garment or baby gear; "good riddance to me" is not masked;
_A_THING = ("(?:my |the |those |these |mis |mi |los |las |el |la )(?:[a-z]+ ){0,2}?"
            "(?:jeans|pants|bras|bra|clothes|leggings|shirts|dreses|belly|bump|pump|botles|diapers|crib|strolers|pantalones"
            "|ropa|brasieres|sostenes|panza|pancita|pañales|panales|biberones|sacaleches|extractor)"
            "(?: (?:de maternidad|de embarazo|de lactancia|del bebe))?+")
_GOODBYE_TO_A_THING = _reading_pattern(
    " (?:saying |said |say |time to say |bidding )?(?:godbye|bye|farewell|adios|me despido)(?: forever| for god| para siempre)?"
    " (?:to |a |de )?" + _A_THING + "(?: (?:and|y|and to|y a|y de|or|o)? ?" + _A_THING + ")*+"
    # review A5: the goodbye ends at the things ("goodbye forever to my pump, my baby, and this life" is not masked)
    "(?! (?:and|y|or|o|my|mi|mis|to|a|this|esta|este|everyone|everybody|todos|todo|al|all|me|you|ustedes|life|vida)(?= ))"
    "(?: god ridance(?! to me))?(?= )")
# - a skin hurt by feeding or pumping, or bleeding after the birth ("the pump flange is cutting my skin", "my nipples are
#   bleeding from the latch", "el sacaleches me está cortando la piel"): never beside "on purpose" (round 42's rule);
_FEEDING_INJURY = _reading_pattern(
    " (?:the |my |el |la |mi )?(?:pump|breast pump|flange|flanges|shield|latch|sacaleches|extractor|brida|copa)"
    "(?: [a-z]+){0,3}? (?:cuting|cut|cuts|rubing|scraping|pinching|corta|cortando|lastima|lastimando|raspa)"
    "(?: into)? (?:my |the |me |mi |la )?(?:skin|niples|niple|areola|piel|pezones|pezon)?(?= )"
    "| (?:niples|niple|pezones|pezon|skin|piel) (?:are |is |estan |esta )?(?:bleding|cracked|bled|sangrando|sangran|agrietados)"
    " (?:from|because of|with|por|con|de) (?:the |my |el |la |mi )?(?:latch|pump|flange|nursing|breastfeding|feding|agarre"
    "|sacaleches|lactancia|amamantar)(?= )")
# - a knock against furniture ("me pegué en la pierna con la mesa", "I hit my knee on the coffee table"): never "a
#   propósito";
_FURNITURE_KNOCK = _reading_pattern(
    " (?:me pegue|me golpee|me di|i hit|i baned|i bumped|i stubed|hit|baned|bumped|stubed)(?: un golpe)?(?: en| my)?"
    " (?:la |el |my )?(?:pierna|rodila|cabeza|dedo|brazo|codo|pie|cadera|leg|knee|head|toe|arm|elbow|fot|hip|shin)"
    " (?:con|on|into) (?:la |el |the |a |una |un )?(?:[a-z]+ )?(?:mesa|puerta|silla|cama|mueble|esquina"
    "|cuna|table|door|chair|bed|crib|corner|dreser|cabinet|counter|mesita)(?= )")
# - a household move, a medicine bought for the baby's fever, an idiom of restlessness ("we will leave permanently in
#   June", "bought tylenol just in case the baby gets a fever", "I want to jump out of my skin"):
_MOVE_PLANNED = _reading_pattern(
    " (?:we|nos)(?: [a-z]+){0,2}? (?:leave|leaving|move|moving|relocate|relocating|vamos|mudamos|mudaremos|iremos)"
    "(?: [a-z]+){0,2}? (?:permanently|for god|para siempre|definitivamente)(?: [a-z]+){0,2}? (?:in|by|this|next|en|este|el)"
    " (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|sumer|fal|winter"
    "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|verano|otono|invierno"
    "|primavera)(?= )")
_FOR_BABYS_FEVER = _reading_pattern(
    "(?= (?:bought|got|have|keep|picked|compre|tengo|guardo|just|in|por) )(?: (?:bought|got|have|keep|picked up|compre|tengo|guardo)(?: some| children s| childrens| infant| baby| kids)?"
    " (?:tylenol|motrin|ibuprofen|acetaminophen|paracetamol|advil|tempra|ibuprofeno))? (?:just in case|in case|por si|por si acaso)(?: (?:the|my|our|el|la|mi))? (?:baby|babies|son|daughter|kids|bebe|hijo|hija"
    "|nene|nena)(?: [a-z]+){0,2}? (?:fever|cold|teething|fiebre|resfriado|gripa|gripe)(?= )")
_SKIN_IDIOM = _reading_pattern(
    "(?= (?:i|jump|jumping|crawl|crawling) )(?: i (?:want to|wana|could|am going to|am gona|fel like i could|fel like i am going to))? (?:jump|jumping|crawl|crawling) out of my (?:skin|own skin)(?= )")
# - being found when lost on the way to a visit ("how long would it take for someone to find me at the clinic if I get
#   lost", "¿alguien me encuentra en la clínica si me pierdo?"): only with getting lost said;
_REPEATED = _reading_pattern(" (?:times|again|repeatedly|over and over|on purpose|veces|otra vez|de nuevo|una y otra vez"
                             "|a proposito|seguido)(?= )")  # a knock told as repeated is no accident
_FOUND_WHEN_LOST = _reading_pattern(
    " (?:find me|finds me|found me|me encuentre|me encuentra|me encuentran|encontrarme)(?: [a-z]+){0,4}?"
    " (?:if i get lost|if i am lost|if i get confused|when i get lost|si me pierdo|si me confundo|cuando me pierda)(?= )")
# - bleeding after the birth ("bled more than usual today, 5 weeks postpartum, my OB said to watch it", "sangrado
#   abundante en el posparto"): only beside postpartum or the birth;
_POSTPARTUM_BLEEDING = _reading_pattern(
    " (?:bled|bleding|bleed|bleds|sangre|sangrando|sangrado|sangro)(?: [a-z0-9]+){0,6}? (?:postpartum|post partum|pp"
    "|after (?:the )?(?:birth|delivery|c section)|posparto|postparto|despues del parto|de la cesarea)(?= )"
    "| (?:postpartum|post partum|posparto|postparto) (?:bleding|bleed|sangrado|sangrando|lochia|loquios)(?= )")


def _absent_or_willed_past_care(pattern: LazyPattern, words: str) -> bool:
    """A round-44 clause absent, or beside "on purpose" or a wish of the writer's own (read without the care said and
    "out of my skin", which are the clauses' own wording)."""
    return pattern.search(words) is None or _PURPOSE_SAID.search(words) is not None \
        or _PRESENT_WISH.search(_CARE_SAID.sub(" ", _SKIN_IDIOM.sub(" ", words))) is not None


def _surprise_death_unmasked(words: str) -> bool:
    """A surprise death is left as it is with no dying word (a cheap look first: the pattern is long to try on a long
    message), or absent, or willed."""
    if not any(w in words for w in (" die ", " died ", " muero ", " mori ", " morir ")):
        return True
    return _absent_or_willed_past_care(_SURPRISE_DEATH, words)


def _overdose_question_unmasked(words: str) -> bool:
    """An overdose question is masked only with the care said, and never with how many."""
    return _absent_or_willed_past_care(_OVERDOSE_ASKED, words) \
        or not _CARE_SAID.search(words) or _MANY.search(_CARE_SAID.sub(" ", words)) is not None


# Round 45 (batch 46 studied), each the check-in at most:
# - "a suicide mission" said of an outing ("Costco on a Saturday with a newborn is a suicide mission", "ir al súper con
#   gemelos es una misión suicida");
# - the kitchen knives sharpened as a chore, with the tool or the kitchen named ("sharpened all my kitchen knives with
#   the whetstone"), never kept at ("I keep sharpening the knife and looking at my wrist") nor beside a body part.
_SUICIDE_MISSION = _reading_pattern(" (?:a |an |una |total |literal |absolute |complete |pure |such a |like a )*"
                                    "(?:suicide mision|suicide run|mision suicida)(?= )")
_KNIVES_SHARPENED = _reading_pattern(
    " (?:sharpened|sharpening|sharpen|honed|honing|afile|afilamos|afilar|afilando)(?: al| the| my| our| his| her| a| some"
    "| los| mis| las| todos los| nuestros| sus)*(?: kitchen| chef| chefs| good| dul| old)* (?:knives|knife|cuchilos|cuchilo)"
    "(?: de (?:la )?cocina)?"
    # ...and the tool, with who gave it ("...today with the whetstone my brother got me")
    "(?:(?: today| this morning| hoy)? (?:with|on|using|con) (?:the |my |a |an |his |her |la |mi |el |una |un )?"
    "(?:new |old |electric |fancy )?(?:whetstone|sharpener|sharpening stone|honing rod|honing steel|piedra de afilar|afilador)"
    "(?: (?:my|that|which|que) [a-z]+ (?:got|gave|bought|me regalo|me dio) me)?)?(?= )")
_SHARPENING_TOOL = _reading_pattern(" (?:whetstone|whetstones|sharpener|sharpening stone|honing rod|honing steel|stone|steel"
                                    "|kitchen|chef|chefs|piedra|afilador|cocina|dul|dinner|coking|cook|carve|turkey|ham|brisket"
                                    "|tomatoes|cena|cocinar)(?= )")
_BODY_NEAR = _reading_pattern(" (?:wrist|wrists|arm|arms|thigh|thighs|throat|neck|skin|vein|veins|myself|on me|in bed|muneca|munecas"
                              "|brazo|brazos|piel|cuelo|garganta|venas|yo misma|mi cuerpo)(?= )")


def _absent_or_willed(pattern: LazyPattern, words: str) -> bool:
    """A round-45 clause absent, or beside "on purpose" or a wish of the writer's own."""
    return pattern.search(words) is None or _PURPOSE_SAID.search(words) is not None \
        or _PRESENT_WISH.search(words) is not None


# Review 46 (A6): nor beside a use of the blade, a time of an act, "deep", someone it is for ("on the baby", "it's for
# me", "listos para mí") or a hiding place.
_KNIFE_PUT_TO_USE = _reading_pattern(
    " (?:going to|gona|wil|i wil|il|voy a|para) (?:cut|use|stab|slit|cortar|cortarme|usar|usarlo|usarlos|apunalar)(?= )"
    "| (?:deep|hondo|profundo|on the baby|on him|on her|on my baby|al bebe|for me|para mi|its for me|it is for me"
    "|under (?:the|my) pilow|bajo la almohada|esta noche|tonight|tonite)(?= )")

# ...or kept at ("I keep sharpening", "sigo afilando").
_KEPT_AT = _reading_pattern(" (?:kep|keep|keps|kept|stil|sigo|sigue|no dejo de|can not stop|cant stop)(?= )")


def _knives_unmasked(words: str) -> bool:
    """Knives sharpened are masked only as a chore (a tool or the kitchen named), never kept at, put to use or beside a
    body part."""
    return _absent_or_willed(_KNIVES_SHARPENED, words) \
        or (not _SHARPENING_TOOL.search(words) or _BODY_NEAR.search(words) is not None
            or _REPEATED.search(words) is not None or _KEPT_AT.search(words) is not None
            or _KNIFE_PUT_TO_USE.search(words) is not None or _USE_OF_IT.search(words) is not None
            or _ACT_TIME.search(words) is not None)


# Review 46 (A7): "a suicide mission" is an outing only when it is not one's own ("my suicide mission", "mi misión
# suicida"), not one's life ("my life is a suicide mission") and not beside a time, an ending or a goodbye.
_MISSION_OWNED = _reading_pattern(
    " (?:my|mi|this whole|my whole) (?:suicide mision|mision suicida)(?= )| (?:my|mi) (?:life|vida) (?:is|es)(?= )"
    "| (?:finishing|finish|ending|end it|end|over|termino|terminarla|acabo|acabar|adios|goodbye|godbye|bye|farewel"
    "|never come back|wil not come back|no vuelvo|no voy a volver)(?= )")


def _mission_unmasked(words: str) -> bool:
    """A suicide mission is masked as an outing only where none of _MISSION_OWNED nor a time of an act is said."""
    return _absent_or_willed(_SUICIDE_MISSION, words) or bool(_MISSION_OWNED.search(words) or _ACT_TIME.search(words))


# Round 46 (FAQ questions that reached the sure tier), each the check-in at most:
# - "not eating" told of someone else, with no first person nearer ("she can barely function, not showering, not
#   eating", "my husband says she's not eating"): a sign seen in her, asked about;
# - one's heart or mind "at peace" ("so my heart can be at peace"): reassurance wished, not rest in death;
# - not having the time, the money or a ride ("no tengo mucho tiempo", "I don't have much time between shifts");
# - the baby "not mine to keep" or raise (a surrogate, an adoption): no delusion about the baby.
_OTHERS_NOT_EATING = _reading_pattern(
    "( (?:she|he|shes|hes|her|him|they|theyre|wife|husband|partner|sister|brother|mom|mother|daughter|son|friend)"
    "(?: (?!i |im |me |my |myself )[a-z]+){0,8}?) not eating(?= )")
_HEART_AT_PEACE = _reading_pattern(
    " (?:my |her |his |our |their |mi |su )?(?:heart|hearts|mind|minds)(?: can| wil| could| would| may| might| to)?"
    "(?: finaly| realy| just)? (?:be|rest|feel|stay) at peace(?= )")
_NO_TIME_OR_MONEY = _reading_pattern(
    " (?:no tengo|no tenemos|i do not have|i dont have|we do not have|we dont have)(?: mucho| much| enough| suficiente| the| el)?"
    " (?:tiempo|time|dinero|money|transporte|ride|a ride|car|carro|insurance|seguro)(?= )")
_NOT_MINE_TO_KEEP = _reading_pattern(
    " (?:was|is|wasnt|isnt|would not be|wouldnt be)(?: not)? (?:mine|ours|my own) to (?:kep|keep|raise)(?= )")


# Round 46 (batch 47 studied), masked only with no wish of the writer's own in the message and nothing of a risk left
# after: a medicine that "got changed" by the doctor (no getting hold of it); a goodbye beside a follow-up booked
# ("Bye everyone! Follow-up in a month"); a car accident told as past and healed ("in 2018, I broke my arm, totally
# healed"); a harm said never done or not wanted, in plain or telegraphic words ("I've never self-harmed", "Not want
# hurt self. Not want hurt baby").
_MEDICINE_CHANGED = _reading_pattern(
    " (?:got|were|was|have ben|has ben|had ben|just got) (?:changed|switched|swaped|adjusted|lowered|raised|increased"
    "|decreased|upped|reduced|doubled|halved)(?= )")
_FOLLOW_UP_BOOKED = _reading_pattern(
    " (?:folow up|folowup|next apointment|next visit|next session|check in|proxima cita|siguiente cita|seguimiento)"
    " (?:in|on|next|this|en|el|la)(?= )")
_BYE_ALL = _reading_pattern(" (?:bye|goodbye|bye bye|adios|chao)(?: everyone| everybody| al| guys| yal| ladies| a todos| todos)?(?= )")
_ACCIDENT_HEALED = _reading_pattern(
    " (?:car|auto|traffic|bike|motorcycle|de carro|de coche|de auto)? ?(?:acident|crash|acidente|choque)"
    "(?= (?:[a-z0-9]+ ){0,12}?(?:healed|recovered|years ago|yrs ago|back in|in (?:19|20)[0-9][0-9]|hace [a-z0-9]+ anos|me recupere|sane) )")
_HARM_DENIED = _reading_pattern(
    " (?:i have never|i never|not want|no want|do not want|i do not want) (?:self harmed|self harm|selfharmed"
    "|selfharm|hurt self|hurt myself|harmed myself|cut myself|hurt baby|hurt the baby|hurt my baby)"
    "(?! (?:unless|until|til|if|except|but|when|though|although|before))(?= )")
# ...and someone else's family business or parent taken care of ("moving back to Guadalajara this weekend to take care
# of her dad's bakery"); wood cut into pieces with a saw or a tree named ("Tree is down, cut into pieces").
_CARE_OF_THEIRS = _reading_pattern(
    " (?:take|taking|takes|took) care of (?:her|his|their) (?:dads|moms|dad|mom|fathers|mothers|father|mother|parents|family"
    "|familys|grandmas|grandpas|grandma|grandpa|business|bakery|shop|store|restaurant|farm|ranch|house|abuela|papa|mama)(?= )")
_CUT_INTO_PIECES = _reading_pattern(" (?:cut|cutting|chopped|chopping|sawed|sawing)(?: it| them| up)? (?:into|in) "
                                    "(?:pieces|chunks|logs|rounds|sections|firewod|trozos|pedazos)(?= )")
_WOOD_WORK = _reading_pattern(" (?:chainsaw|saw|tre|tres|log|logs|wod|firewod|lumber|branch|branches|trunk|stump|arbol|lena"
                              "|palo verde|mesquite|oak|pine)(?= )")


# Round 38: a studied overdose is never masked beside how many, a time or a use of it ("how many I'd need", "tonight", "use them",
# "try it", "cuántas necesito"): the concepts an amount or a time of an act reads, and the verbs of taking.
_AMOUNT_OR_TIME = frozenset({"how_much_q", "reckon_many", "would_take", "today_now", "time"})
_USE_OF_IT = _reading_pattern(" (?:use|using|try|trying|take|taking|do|doing|hit|reach|swalow|tomar|usar|probar|intentar|hacer)"
                              " (?:it|them|those|that|al|on myself|on me|las|los|la|lo)(?= )"
                              "| (?:tomarlas|tomarlos|tomarme|usarlas|usarlos|usarlo|usarla|probarlo|intentarlo|hacerlo)(?= )")


def _no_risk_left(rest: str, primed: bool, emoji: bool, allowed: frozenset[str] = frozenset()) -> bool:
    """Nothing of a crisis left once the everyday clause is masked: no concept pair of the sure tier and no risk concept
    (a note, a means, a lethal amount, a farewell, despair) but those `allowed`; a medicine asked about ("how much
    tylenol would...") may stay."""
    left = read_concepts(rest.split(), _lexicon(), primed=primed, emoji=emoji)
    return left.tier is not Tier.CRISIS and left.found.isdisjoint(
        _concepts.RISK | {"access", "note", "lethal", "fatal", "then_me", "forever", "violence", "image_urge"} - allowed)


# ...nor with the writer joined on after it ("...and then me", "...and so can I", "...y yo también").
_SELF_JOINED = _reading_pattern(" (?:and|then|y|luego)(?: then| so| maybe| probably| shortly| soon| pronto| next)*"
                                " (?:me|myself|can i|could i|wil i|should i|me too|i could|i can|i wil|yo tambien|yo|so wil i)(?= )"
                                "| (?:so wil i|i should to|maybe i should to|me next|sigo yo|yo pronto)(?= )")


def _told_over(words: str) -> bool:
    """A history told as over, or a screening question about harm answered no."""
    return bool(_TOLD_AS_OVER.search(words) or _SPAN_WELL.search(words) or _screen_said_no(words))


# The words a history told as over needs (_TOLD_AS_OVER: a span of years, "since", "through", "no he vuelto";
# _SPAN_WELL: years; _screen_said_no: a question asked). No mask of a clause writes them.
_OVER_CUE = _reading_pattern(" (?:since|years|year|decade|decades|anos|through|vuelto|asked|asks|ask|asking|pregunto|pregunta"
                             "|preguntaron)(?= )")


def _history_rest(text: str, words: str) -> str | None:
    """The reading of a message without its clauses of a history (see _CLAUSES); None when no clause, nor the whole
    reading (`words`), tells it as over."""
    if not _OVER_CUE.search(words):
        return None  # review C: no clause can tell a history as over without one of these words; a cheap look first
    kept, over = [], _told_over(words)
    for clause in _CLAUSES.split(text):
        read = _mask_denials(canonical(clause).words) if clause and not clause.isspace() else ""
        if not read.strip():
            continue
        if ((told := _told_over(read)) or _PAST_MARK.search(read) or _PAST_TOLD.search(read)) and not _RECENT.search(read):
            over = over or told
        else:
            kept.append(_GOT_HELP.sub(" ", read).strip())
    return " " + " ".join(w for w in kept if w) + " " if over else None


# Round 44: a medicine taken as a treatment or asked about beside one ("I've been stable since, now on zoloft. is ketamine
# safe with zoloft?", "tomo sertralina"): the medicine is the topic, not a supply held; never beside a count or "all".
_MEDICINE_TAKEN = _reading_pattern(
    " (?:(?:i am|im|now|currently|stil|ben|have ben|estoy|sigo|ahora)(?: [a-z]+)? on"
    "|(?:i |now i |i stil )?(?:take|am taking|ben taking|tomo|estoy tomando|sigo tomando)"
    "|(?:safe|ok|okay|fine|compatible|interact|interacts|interfere|combine)(?: to take| to combine)? with|(?:segura|seguro|compatible) con)"
    " (?:my |mi |a low dose of |daily )?[a-z]+(?: [0-9]+ ?mg)?(?= )")


def _medicine_taken_masked(words: str) -> str:
    return words if _MANY.search(words) else _MEDICINE_TAKEN.sub(" ", words)


def _holds_means(words: str) -> bool:
    """Whether a medicine, a means or a supply is named ("my husband died 2 years ago, I still have all his pills"): an
    old loss is then never masked."""
    return not read_concepts(words.split(), _lexicon()).found.isdisjoint(_concepts.MEANS_HELD | {"meds"})


def _without_wished_objects(words: str) -> str:
    """The reading without the everyday clauses that carry a wish of their own ("I want to throw my phone in the pool",
    "I want to disappear under a blanket with a rom com"): a wish said anywhere else still counts."""
    for pattern in (_OBJECT_THROWN, _COSY_DISAPPEARING, _RECORD_WISHED):
        words = pattern.sub(" ", words)
    if _REVERSAL_MEDICINE.search(words):
        words = _KEPT_AT_HAND.sub(" ", words)
    words = _SKIN_IDIOM.sub(" ", words)  # round 44: "I want to jump out of my skin"
    if _OVERDOSE_ASKED.search(words):
        words = _CARE_SAID.sub(" ", words)  # round 44: "...I want to be careful not to double up"
    return _THANKS_SINCERE.sub(" thanks", words)  # round 42: "thank you for everything, seriously" is gratitude


def _everyday_sure_final(words: str) -> str:
    """Round 41: the reading where finality is looked for: a slot made permanent ("move my appointment to Fridays for
    good") and a weekday that no longer suits ("Tuesdays don't work anymore") say no end of anything."""
    if _GOODBYE_TO_A_THING.search(words) and not _PURPOSE_SAID.search(words):
        words = _GOODBYE_TO_A_THING.sub(" packed away clothes", words)  # round 44: "goodbye forever to my maternity jeans"
    if _RESCHEDULED.search(words) and _SLOT_MADE_PERMANENT.search(words):
        return _SLOT_NO_LONGER_SUITS.sub(" unsuited", _SLOT_MADE_PERMANENT.sub(" regularly", words))
    return words


# The everyday clauses are read in messages up to this long (about 250 words). A longer message with sure-tier wording
# keeps the full crisis block: the safe side, and it keeps the dozens of masks off 10,000-character messages.
_EVERYDAY_LONGEST = 1500


class _Clause(NamedTuple):
    """An everyday clause read at the sure tier and the words it is masked with. `left_if` is read on the reading before
    the mask: where it holds, the clause is left as it is. `undone_if` is read on the reading with the clause masked:
    where it holds, the mask is taken back. `then` is one more mask, made only where the clause was masked."""
    pattern: LazyPattern
    instead: str
    left_if: Callable[[str], object] | None = None
    undone_if: Callable[[str], object] | None = None
    then: Callable[[str], str] | None = None


def _clauses_masked(words: str, clauses: tuple[_Clause, ...]) -> str:
    """The reading with each clause masked in turn, in the order given (each read on the reading as the clauses before
    it left it)."""
    for clause in clauses:
        if clause.left_if is not None and clause.left_if(words):
            continue
        masked = clause.pattern.sub(clause.instead, words)
        if masked != words and clause.then is not None:
            masked = clause.then(masked)
        if masked != words and clause.undone_if is not None and clause.undone_if(masked):
            continue
        words = masked
    return words


def _despair_near(words: str) -> bool:
    """Despair or "soon gone" in the reading."""
    return bool(_HOPELESS.search(words) or _SOON_GONE.search(words))


def _despair_or_means_near(words: str) -> bool:
    """Despair, "soon gone", or a medicine or a means held in the reading."""
    return bool(_HOPELESS.search(words) or _SOON_GONE.search(words) or _holds_means(words))


def _pet_unmasked(words: str) -> bool:
    """A pet that ate something and a pet's dying asked about are masked only together, never beside despair."""
    return _despair_near(words) or not (_PET_ATE.search(words) and _PET_DIES_ASKED.search(words))


def _study_put_to_use(masked: str) -> bool:
    """A studied overdose beside a means, how many, a time or a use of it (read with the study masked)."""
    return _holds_means(masked) or bool(_USE_OF_IT.search(masked) or not read_concepts(
        masked.split(), _lexicon()).found.isdisjoint(_AMOUNT_OR_TIME))


# The everyday clauses read at the sure tier and lowered to the check-in (see _everyday_sure_masked), masked in this
# order. What each needs, by the round it came from:
# - rounds 37-38: the point of an event only without despair beside it, a goodbye for now never said final too, a way
#   to end it only where a show or a book was finished, a calm only after a loss masked; from round 38 on, a mask
#   that leaves a medicine or a means in the reading is taken back (a studied overdose also beside how many, a time
#   or a use of it: _study_put_to_use);
# - rounds 39 and 40: never beside despair or "soon gone" (_despair_near), each with its own reason where it has one;
# - round 42: each only where its reason is said, never beside "on purpose"; taken back where despair, "soon gone" or
#   a means is read with the clause masked;
# - round 44: never beside "on purpose" or a wish of the writer's own (_absent_or_willed_past_care); taken back as in
#   round 42, except that a medicine is the overdose and fever questions' own topic (a means is allowed there);
# - round 45: never beside "on purpose" or a wish of the writer's own (_absent_or_willed).
_EVERYDAY_CLAUSES = (
    # rounds 37-38
    _Clause(_KILLS_A_SYMPTOM, " ease the symptom"),
    _Clause(_TRIFLE_KILLING, " wore me out"),
    _Clause(_CHORE_LEFT, " can wait"),
    _Clause(_STORY_ENDED, " finished the show", left_if=lambda w: not _STORY_WORD.search(w)),
    _Clause(_GOODBYE_FOR_NOW, " se you later", left_if=lambda w: _FINAL.search(w)),
    _Clause(_OWN_CARE, " look after"),
    _Clause(_POINT_OF_AN_EVENT, " why go", left_if=lambda w: _HOPELESS.search(w)),
    _Clause(_OBJECT_THROWN, " annoyed at the gadget", undone_if=_holds_means),
    _Clause(_END_ME, " this is too much", undone_if=_holds_means),
    _Clause(_DEATH_LONG_AGO, " we lost them", undone_if=_holds_means),
    _Clause(_MEMORY_OF_THEM, " remembering", undone_if=_holds_means),
    _Clause(_CALMER_SINCE, " coping", left_if=lambda w: " we lost them " not in w, undone_if=_holds_means),
    # round 39
    _Clause(_SLOT_MADE_PERMANENT, " regularly", left_if=lambda w: _despair_near(w) or not _RESCHEDULED.search(w),
            undone_if=_holds_means),
    _Clause(_FAN_AS_FURNITURE, " the furniture", left_if=_despair_near, undone_if=_holds_means),
    _Clause(_NOTE_FROM_OTHERS, " a neighbour wrote", left_if=_despair_near, undone_if=_holds_means),
    _Clause(_PET_ATE, " pet ate", left_if=_pet_unmasked, undone_if=_holds_means),
    _Clause(_PET_DIES_ASKED, " is the pet safe", left_if=_pet_unmasked, undone_if=_holds_means),
    _Clause(_COSY_DISAPPEARING, " a cosy night in", left_if=_despair_near, undone_if=_holds_means),
    _Clause(_OTHERS_OLD_LOSS, " they lost someone long ago", left_if=_despair_near, undone_if=_holds_means),
    _Clause(_HEALED_SINCE, " coping", left_if=lambda w: _despair_near(w) or " they lost someone long ago " not in w,
            undone_if=_holds_means),
    # round 38
    _Clause(_STUDIED_OVERDOSE, " course material", left_if=lambda w: not _STUDY_NAMED.search(w),
            undone_if=_study_put_to_use),
    # round 40
    _Clause(_PUT_DOWN_FOR, " sign me up for a slot", left_if=_despair_near, undone_if=_holds_means),
    _Clause(_LAST_DAY_OF, " end of the leave", left_if=_despair_near, undone_if=_holds_means),
    _Clause(_DEVICE_DIED, " the machine broke", left_if=_despair_near, undone_if=_holds_means),
    _Clause(_LEAVING_FOR_A_REASON, " off to the baby", left_if=_despair_near, undone_if=_holds_means),
    _Clause(_PEACE_FROM_TREATMENT, " the visit helped", left_if=lambda w: _despair_near(w) or _PEACE_THEN.search(w),
            undone_if=_holds_means),
    _Clause(_DATE_NIGHT, " a night out", left_if=_despair_near, undone_if=_holds_means),
    # round 42
    _Clause(_QUIET_SAID, " away for a bit", left_if=lambda w: _on_purpose(w) or _silence_unexplained(w),
            undone_if=_despair_or_means_near),
    _Clause(_NUMBER_CHANGING, " new contact", left_if=_on_purpose, undone_if=_despair_or_means_near),
    _Clause(_HEADS_UP, " fyi", left_if=_on_purpose, undone_if=_despair_or_means_near),
    _Clause(_TRIFLE_DECIDED, " joking about a trifle", left_if=lambda w: _on_purpose(w) or _LIFE_JOINED.search(w) is not None,
            undone_if=_despair_or_means_near),
    _Clause(_LAST_MESSAGE_DONE, " treatment finished", left_if=lambda w: _on_purpose(w) or _recovery_unsaid(w),
            undone_if=_despair_or_means_near),
    _Clause(_THANKS_ALL, " thanks", left_if=lambda w: _on_purpose(w) or _thanks_not_a_good_time(w),
            undone_if=_despair_or_means_near),
    _Clause(_PEACE_WITH_COMFORT, " a calm moment", left_if=lambda w: _on_purpose(w) or _PEACE_THEN.search(w) is not None,
            undone_if=_despair_or_means_near),
    _Clause(_DEATH_YEARS_AGO_ES, " we lost them", left_if=_on_purpose, undone_if=_despair_or_means_near),
    _Clause(_REMEMBERED_IN_A_MOMENT, " remembering", left_if=lambda w: _on_purpose(w) or " we lost them " not in w,
            undone_if=_despair_or_means_near),
    _Clause(_PART_DYING, " sore", left_if=_on_purpose, undone_if=_despair_or_means_near),
    _Clause(_OTHERS_OLD_OVERDOSE, " family history", left_if=_on_purpose, undone_if=_despair_or_means_near),
    _Clause(_REVERSAL_MEDICINE, " first aid", left_if=_on_purpose, undone_if=_despair_or_means_near),
    _Clause(_PAST_IDEATION, " pasthistory", left_if=lambda w: _on_purpose(w) or _ideation_not_over(w),
            undone_if=_despair_or_means_near),
    _Clause(_EYE_SCRATCHED, " eye injury", left_if=_on_purpose, undone_if=_despair_or_means_near),
    _Clause(_UMBILICAL_CUT, " birth question", left_if=_on_purpose, undone_if=_despair_or_means_near),
    _Clause(_MEAL_DOSE_ASKED, " dosing question", left_if=lambda w: _on_purpose(w) or _OVER_SAID.search(w) is not None,
            undone_if=_despair_or_means_near),
    _Clause(_JOY_TOLD, " had fun", left_if=lambda w: _on_purpose(w) or _thanks_not_a_good_time(w),
            undone_if=_despair_or_means_near),
    _Clause(_RECORD_WISHED, " for the chart", left_if=_on_purpose, undone_if=_despair_or_means_near),
    _Clause(_KEPT_AT_HAND, " on hand", left_if=lambda w: _on_purpose(w) or " first aid " not in w,
            undone_if=_despair_or_means_near),
    # round 44
    _Clause(_SURPRISE_DEATH, " so surprised", left_if=_surprise_death_unmasked, undone_if=_despair_or_means_near),
    _Clause(_OVERDOSE_ASKED, " dosing question", left_if=_overdose_question_unmasked, undone_if=_despair_near,
            then=lambda m: _CARE_SAID.sub(" careful", m)),  # the care said is the question's own
    _Clause(_SCREEN_NEVER, " nothoughts", left_if=lambda w: _absent_or_willed_past_care(_SCREEN_NEVER, w),
            undone_if=_despair_or_means_near),
    _Clause(_GOODBYE_TO_A_THING, " packed away clothes",
            left_if=lambda w: _absent_or_willed_past_care(_GOODBYE_TO_A_THING, w), undone_if=_despair_or_means_near),
    _Clause(_FEEDING_INJURY, " sore from feeding", left_if=lambda w: _absent_or_willed_past_care(_FEEDING_INJURY, w),
            undone_if=_despair_or_means_near),
    _Clause(_FURNITURE_KNOCK, " bumped into furniture",
            left_if=lambda w: _absent_or_willed_past_care(_FURNITURE_KNOCK, w) or _REPEATED.search(w) is not None,
            undone_if=_despair_or_means_near),
    _Clause(_MOVE_PLANNED, " moving house", left_if=lambda w: _absent_or_willed_past_care(_MOVE_PLANNED, w),
            undone_if=_despair_or_means_near),
    _Clause(_FOR_BABYS_FEVER, " for the baby",
            left_if=lambda w: _absent_or_willed_past_care(_FOR_BABYS_FEVER, w) or _MANY.search(w) is not None,
            undone_if=_despair_near),
    _Clause(_SKIN_IDIOM, " so restless", left_if=lambda w: _absent_or_willed_past_care(_SKIN_IDIOM, w),
            undone_if=_despair_or_means_near),
    _Clause(_FOUND_WHEN_LOST, " directions", left_if=lambda w: _absent_or_willed_past_care(_FOUND_WHEN_LOST, w),
            undone_if=_despair_or_means_near),
    _Clause(_POSTPARTUM_BLEEDING, " after the birth",
            left_if=lambda w: _absent_or_willed_past_care(_POSTPARTUM_BLEEDING, w), undone_if=_despair_or_means_near),
    # round 45
    _Clause(_SUICIDE_MISSION, " a hard outing", left_if=_mission_unmasked),
    _Clause(_KNIVES_SHARPENED, " kitchen chores", left_if=_knives_unmasked),
)


def _everyday_sure_masked(words: str) -> str:
    """The reading with each everyday clause of _EVERYDAY_CLAUSES masked where its conditions allow."""
    return _clauses_masked(words, _EVERYDAY_CLAUSES)


def _risk_left(masked: str) -> bool:
    """Something of a crisis left in the reading once a round-46 clause is masked (see _no_risk_left)."""
    return not _no_risk_left(masked, False, False)


def _wished(words: str) -> bool:
    """A wish of the writer's own in the reading."""
    return bool(_WISH_SAID.search(_without_wished_objects(words)) or _PRESENT_WISH.search(words))


# Review 46 (A3): a baby "not mine to keep" beside a giving back, a letting go or a sending away ("I have to give him
# back to god", "I'll let her go in the bath", "she belongs with the angels, I'll send her there") or a harm word is
# the delusion, never a surrogate's or an adoption's wording.
_GIVEN_BACK = _reading_pattern(" (?:give|giving|send|sending|return|returning|let|leting|put|puting|devolver|devolverlo|devolverla"
                               "|mandar|mandarlo|mandarla|regresarlo|regresarla)(?: [a-z]+){0,2}? (?:back|go|there|away|to god"
                               "|to heaven|to sleep|with the angels|al cielo|a dios|con los angeles)(?= )"
                               "| (?:belongs|belong|pertenece) (?:with|to|con|a) (?:the angels|god|heaven|los angeles|dios|el cielo)(?= )"
                               "| (?:god|dios|the angels|heaven) (?:wants|want|quiere|quieren)(?= )")
_HARM_WORD = _reading_pattern(" (?:drown|drowning|ahogar|ahogarlo|ahogarla|hurt|harm|kil|die|dead|death|bath|tub|pilow|smother"
                              "|voice|voices|voces|matar|morir|muera|danar|lastimar|bano|tina|forever|para siempre)(?= )")


def _not_mine_unmasked(words: str) -> bool:
    """The baby "not mine to keep" is masked only without a wish, a giving back or a harm word beside it."""
    return _wished(words) or _despair_near(words) or bool(_GIVEN_BACK.search(words) or _HARM_WORD.search(words))


# Round 46: clauses that lower only a sure verdict, and only to the check-in (see _check_in_clauses_masked). These are
# always masked...
_CHECK_IN_CLAUSES = (
    _Clause(_OTHERS_NOT_EATING, r"\1 has no apetite", left_if=_wished),
    _Clause(_HEART_AT_PEACE, " feel reasured", left_if=_despair_near),
    _Clause(_NO_TIME_OR_MONEY, " am busy", left_if=lambda w: _wished(w) or _despair_near(w)),
    _Clause(_NOT_MINE_TO_KEEP, " was for another family", left_if=_not_mine_unmasked),
)
# ...and these only with no wish of the writer's own in the message and nothing of a risk left after the mask.
_CHECK_IN_CLAUSES_UNWISHED = (
    _Clause(_MEDICINE_CHANGED, " were adjusted", left_if=_despair_near, undone_if=_risk_left),
    _Clause(_ACCIDENT_HEALED, " old injury", left_if=_despair_near, undone_if=_risk_left),
    # never "never ... until tonight", "not want hurt self but ... now"
    # nor beside a recent time or a harm done after all ("I have never self harmed. Last night I did", "...like this")
    _Clause(_HARM_DENIED, " nothoughts", left_if=lambda w: _BACK_AGAIN.search(w) or _RECENT.search(w) or _HARM_DONE.search(w),
            undone_if=_risk_left),
    _Clause(_CARE_OF_THEIRS, " help run the family busines", left_if=_despair_near, undone_if=_risk_left),
    _Clause(_CUT_INTO_PIECES, " yard work", left_if=lambda w: not _WOOD_WORK.search(w) or _despair_near(w),
            undone_if=_risk_left),  # wood only
    _Clause(_BYE_ALL, " se you", left_if=lambda w: not _FOLLOW_UP_BOOKED.search(w) or _despair_near(w),
            undone_if=_risk_left),
)


# Review 46 (A3): the guards of the everyday step (_EVERYDAY_CLAUSES) hold for the round-46 clauses too: never beside a
# wish of the writer's own, despair, "soon gone", a means held, a time of an act ("tonight", "soon", "it's tonight"),
# letters or a note, or the end said ("this is the end for me", "I won't make it").
_ACT_TIME = _reading_pattern(" (?:tonight|tonite|soon|shortly|tomorow|after tonight|this is it|its tonight|it is tonight|esta noche"
                             "|manana|pronto|ya casi)(?= )")
_LETTERS_LEFT = _reading_pattern(" (?:leters|letter|note|notes|cartas|carta|nota|notas|goodbyes|despedidas)(?= )")
_END_SAID = _reading_pattern(" (?:not that it maters|no es que importe|engine is runing|engine runing|motor encendido"
                             "|motor prendido|the end for me|the end of me|my end|i wil not make it|i wont make it|i am not going to make it"
                             "|not going to make it|wil not make it|wont make it|el final para mi|mi final|no voy a legar)(?= )")


_TAKEN_ALL = _reading_pattern(" (?:taken|took|swalowed|tome|tomado|tomé|me tome|me tomé)(?: [a-z]+)? (?:al|everything|todo|todas|todos"
                              "|the whole|the rest|the bottle|them al)(?= )")
_HARM_DONE = _reading_pattern(" (?:i did|did it|i do it|i do now|i started|like this|like tonight|like that|so much blod"
                              "|blod|bleding|deep|lo hice|lo hago|me corte|hasta)(?= )")


def _check_in_guarded(words: str, rest: str) -> bool:
    """Whether a round-46 clause mask is barred: a time of an act, letters, the end said, all taken, "do it", a risk in a
    follow-up or a means held. A wish and despair bar the clauses one by one (see _CHECK_IN_CLAUSES): a heart at peace
    may be wished ("I want to picture it so my heart can be at peace"), and a harm denied or a sign seen in someone else
    may be told beside the writer's mood ("Sad, tired. Not want hurt self")."""
    return bool(_act_signs_said(words) or _DO_IT.search(rest) or _FOLLOW_UP_RISK.search(rest)
                # a means held (a medicine alone is a changed prescription's topic, "a month" reads as a supply)
                or not read_concepts(rest.split(), _lexicon()).found.isdisjoint(_concepts.MEANS_HELD - {"supply"}))


# An urge or scene word ("image_urge": a bare "want to", "picture it") that may stay beside a masked clause: beside a
# round-46 clause ("I want to picture it so my heart can be at peace": the FAQ wording the heart at peace was made
# for), and in the round-47 step (see _errands_and_endings_masked). Tidy 53: one name for what was _PICTURED and
# _URGE_ALLOWED.
_URGE_ALLOWED = frozenset({"image_urge"})


# Review 46 (A11): a round-45/46 clause beside what bars its mask (all taken, a giving back, a blade put to use, a
# message left for someone) is at least the check-in, even where the rules read nothing else ("my heart can be at
# peace, ya tomé todo", "the baby is not ours to keep, I have to send him back tonight", "sharpened my chef's knife
# with the whetstone. it's for me", "bye all. next appointment on friday. I love my baby, tell her").
_TOLD_TO_PASS_ON = _reading_pattern(" (?:tel|dile|diganle|digale) (?:her|him|them|my|mi|a mi)(?= )")


def _clause_barred(words: str) -> bool:
    """A heart at peace, a baby not mine to keep, knives sharpened, a goodbye beside a follow-up or a round-47 clause,
    with a bar beside."""
    if _KNIVES_SHARPENED.search(words) and _KNIFE_PUT_TO_USE.search(words):
        return True
    if _NOT_MINE_TO_KEEP.search(words) and _GIVEN_BACK.search(words):
        return True
    return bool((_HEART_AT_PEACE.search(words) or _NOT_MINE_TO_KEEP.search(words) or _KNIVES_SHARPENED.search(words)
                 or _BYE_ALL.search(words) and _FOLLOW_UP_BOOKED.search(words))
                and (_TAKEN_ALL.search(words) or _LETTERS_LEFT.search(words) or _TOLD_TO_PASS_ON.search(words)
                     or _END_SAID.search(words))
                # final review (s30): a round-47 clause beside a shared bar ("my phone is about to die so if I
                # don't pick up that's why. the letters are on the table")
                or _act_signs_said(words, _TIME_SET)
                and _clauses_masked(words, _PLAIN_ERRAND_CLAUSES + _ENDINGS_AND_WORK_CLAUSES) != words)


def _check_in_clauses_masked(words: str) -> str:
    """The reading with each round-46 clause masked (only a sure verdict is lowered by it, and only to the check-in)."""
    words = _clauses_masked(words, _CHECK_IN_CLAUSES)
    if _WISH_SAID.search(words) or _PRESENT_WISH.search(words):
        return words
    return _clauses_masked(words, _CHECK_IN_CLAUSES_UNWISHED)


# Batch 38: a fear FOR the baby told as intrusive thoughts ("intrusive thoughts about germs and checking the baby
# constantly, is that postpartum OCD", "...about the baby getting sick", "...de que mi bebé se enferme"), or a mother's
# care not to harm the baby through a medicine or her milk ("estoy amamantando... quiero la ketamina pero no quiero
# dañarlo. cuanto tiempo tengo q esperar para darle pecho"): the check-in (988 shown), never the full block. The clause is
# masked and the rest read: any harm left in it ("intrusive thoughts about germs and smothering the baby") keeps the sure
# tier, and so does a care turned by "but" ("no quiero dañarlo pero a veces quiero hacerlo").
_BABY = ("(?:baby|babies|newborn|infant|little one|son|daughter|bebe|bebes|bebito|bebita|hijo|hija|nene|nena"
         "|recien nacido|recien nacida|him|her|them)")
_FEAR_FOR_BABY = _reading_pattern(
    " (?:germs|germ|bacteria|viruses|infections|sids|crib death|cot death|germenes|microbios|bacterias|muerte de cuna)(?= )"
    "| (?:checking|check|checks|checked|rechecking|reviso|revisar|revisando|checo|checar|checando|vigilo|vigilar)"
    "(?: on| if| that| a| al| si)?(?: (?:the|my|our|mi|el|la))? " + _BABY + "(?= )"
    "| (?:the|my|our|mi|el|la|al|que mi|que el|que la) " + _BABY + " (?:is |was |wil |might |could |stil )?"
    "(?:geting|get|gets|got|being) (?:hurt|sick|il|harmed|injured|an infection)(?= )(?! by (?:me|my|myself|mine))"
    "| (?:the|my|our|mi|el|la|al|que mi|que el|que la) " + _BABY + " (?:stoping|stops|stop|stoped|not|is not|is stil|is|se)"
    " (?:breathing|respira|respire|respirando|enferme|enferma|enfermara|lastime|lastima|haga dano|caiga)(?= )"
    "| (?:que mi|que el|que la|mi|el|la) " + _BABY + " (?:deje|dejara|deja) de respirar(?= )"
    "| (?:something|anything) (?:bad |terible |awful |horible )?(?:hapening|hapens|hapen|hapened|wil hapen|could hapen"
    "|might hapen) to (?:the |my |our )?" + _BABY + "(?= )"
    "| (?:que )?le (?:pase|pasa|vaya a pasar|pasara) algo(?: malo)?(?: a (?:mi|el|la) " + _BABY + ")?(?= )")
_CARE_NOT_TO_HARM = _reading_pattern(
    " (?:(?:i )?(?:do not|dont|did not|would not|never|wil not) (?:want|wana|mean) to (?:hurt|harm|afect|poison|damage)"
    " (?:the |my |our )?" + _BABY + "|no (?:quiero|queria|quisiera|me gustaria) (?:danarlo|danarla|lastimarlo|lastimarla"
    "|hacerle dano|afectarlo|afectarla|perjudicarlo|perjudicarla|envenenarlo|envenenarla)(?: a (?:mi|el|la) " + _BABY + ")?)"
    "(?= )(?! (?:but|pero|aunque|though|yet|sino))")
_FED_OR_MEDICINE = _reading_pattern(
    " (?:breastfeding|breastfed|breastfeed|nursing|nurse|pumping|pump|breast milk|breastmilk|my milk|ketamine|ketamina"
    "|esketamine|spravato|medicine|medication|meds|infusion|infusions|treatment|amamantando|amamantar|amamanto|pecho"
    "|lactancia|lactando|leche|medicina|medicamento|medicamentos|tratamiento|infusiones)(?= )")
_FEAR_WISHED = _reading_pattern(" (?:want|wants|wanted|wana|wish|wishes|wished|wishing|hope|hoped|hoping|pray|praying|ojala"
                                "|quiero|queria|quisiera|deseo)(?: [a-z]+){0,3}? fear(?= )")


def _fear_for_baby_masked(words: str) -> str:
    """The reading with a fear for the baby, and a care not to harm it beside a medicine or feeding, masked; unchanged
    when the feared thing is wished ("I keep wishing SIDS would just happen", "quiero que el bebé deje de respirar")."""
    rest = _FEAR_FOR_BABY.sub(" fear", words)
    if _FEAR_WISHED.search(rest):
        return words
    return _CARE_NOT_TO_HARM.sub(" fear", rest) if _FED_OR_MEDICINE.search(words) else rest


# Batch 34: a bare "what's the point" asked of a treatment a few words before ("anything that works in an hour must wear
# off just as fast, right? whats the point"): a sceptic's question, the check-in at most. The point of living, of
# anything, "anymore", or any other risk wording left once the question is masked keeps the sure tier.
# Review 33: the sceptic asks how long a treatment lasts or what it costs; a bare "work" or "meds" before the question is no
# such doubt ("i went back to work today and cried in the bathroom. what's the point"), and despair beside it
# (_HOPELESS: tired, a failure, crying, nothing works, meds stopped) keeps the sure tier.
_POINT_ASKED = "(?:what is|whats|what|wheres|where is)(?: even| realy)? the point(?: then| anyway)?(?= $| if | of it $| of that $)"
_BARE_POINT = _reading_pattern(" " + _POINT_ASKED)
_POINT_OF_A_TREATMENT = _reading_pattern(
    " (?:wear of|wears of|wore of|wearing of|lasts|(?:only|it|they|to|wil|wont|dont|do not|doesnt|does not|didnt|did not) last"
    "|paying|cost|costs)"
    "(?: [a-z]+){0,20}? " + _POINT_ASKED)
_HOPELESS = _reading_pattern(" (?:hopeless|hopeles|no hope|helpless|worthless|give up|giving up|gave up|tired of|done with"
                             "|sin esperanza|no hay esperanza|me rindo|desesperada|desesperado|cansada de|cansado de"
                             "|tired|exhausted|worn out|drained|numb|empty|lonely|alone|useles|miserable|failure|burden|cried|crying|cry"
                             "|nothing works|nothing helps|stoped (?:my|taking)|cant do this|can not do this|no one cares|nobody cares"
                             "|cansada|cansado|agotada|agotado|llorando|llore|no puedo mas)(?= )")


# Round 47 (false alarms of blind batch 48 at the sure tier): plainly everyday clauses that read as the full block. Each
# is masked here only, and only a sure verdict is lowered by it, to the check-in (988 still shown); never primed, never
# beside a wish, finality, despair, "on purpose", one's own turn, "and so am I", a means held, or any family or risk
# concept left once the clause is masked (see _errands_and_endings_masked and its use in CrisisDetector.check). The
# plainest (_plain_errands_masked: a device or the power, a refill, a list of medicines) are quiet only with nothing at
# all left, for the rules or the model. This step keeps its own guards (never primed; a bare "want to" may be left,
# see _URGE_ALLOWED) and its quiet verdict, so its clauses have their own tables rather than _EVERYDAY_CLAUSES or
# _CHECK_IN_CLAUSES, whose steps are guarded otherwise.
# - going quiet (or not picking up) explained by a device or the power ("my phone is about to die so if I don't pick up
#   that's why", "the storm knocked our power out, so if I go quiet that's why", "se fue la luz, si no contesto es por
#   eso"): _QUIET_REASON names trips and signal, not a battery or an outage;
_DEVICE_DYING = _reading_pattern(
    "(?: (?:my|the|our|mi|el|la))? (?:phone|cel|cell|cellphone|battery|laptop|tablet|ipad|celular|telefono|bateria|compu)"
    " (?:is |wil |se me |se |va a )?(?:about to|going to|gona|almost|casi|a punto de)? ?(?:die|dying|dead|morir|muere|apagar)"
    "(?! (?:and|y|too|tambien|like|como)(?= ))(?= )"
    "| se me (?:va a morir|esta muriendo|muere|va a apagar|esta apagando) (?:el|mi|la) (?:celular|telefono|bateria|cel)(?= )")
_SELF_TOO_47 = _reading_pattern(" (?:so am i|so do i|so wil i|as am i|and me|me too|and i am too|and i wil too|yo tambien"
                                "|y yo|and so am i|asi como yo)(?= )")
_POWER_OUT = _reading_pattern(
    " (?:knocked|knocked out|took|took out) (?:our|the|my) power(?: out)?| (?:our |the |my )?power (?:is |went |has ben )?out"
    "| power outage| outage| no power| no electricity| blackout| low battery| battery is low| no charger"
    "| se fue la luz| sin luz| no hay luz| apagon| nos quedamos sin luz| sin bateria| poca bateria| se me acaba la bateria(?= )")
_NOT_PICKED_UP = _reading_pattern(
    " (?:if|when|si|cuando) (?:you|u|usted|ustedes) (?:cal|text|write|lama|laman|escribe|escriben)(?: me)?"
    " (?:and|y) (?:i (?:do not|dont|can not|cant) (?:pick up|answer|reply)|no contesto|no respondo)"
    "(?: (?:that is why|thats why|es por eso|por eso))?(?= )")
# - medicines run out, asked to be refilled ("my pills are all gone, need a sertraline refill before Friday", "se me
#   acabaron las pastillas, necesito la receta"): never beside a taking of them ("...I took them all");
_MEDS_RUN_OUT = _reading_pattern(
    " (?:my |the |mis |las )?(?:pils|meds|medication|medications|tablets|pastilas|medicinas|medicamentos|prescription)"
    " (?:are |is )?(?:al |almost |nearly )?(?:gone|out|finished|used up)"
    "| (?:ran out of|run out of|out of|runing out of|almost out of) (?:my |the )?(?:pils|meds|medication|tablets|prescription)"
    "| se me (?:acabaron|terminaron|estan acabando) (?:las |mis |los )?(?:pastilas|medicinas|medicamentos)(?= )")
_REFILL_ASKED = _reading_pattern(" (?:refil|refils|refiled|renew|renewal|prescription|script|rx|pharmacy|pharmacist|receta"
                                 "|resurtir|surtir|farmacia|cvs|walgreens)(?= )")
_REFILL_NEEDED = _reading_pattern(
    " (?:ned|neds|need|want|get|order|send|request|necesito|ocupo|quiero|pedir)(?: a| my| the| una| mi| la)?(?: [a-z]+){0,2}?"
    " (?:refil|refils|prescription|receta|resurtido)(?= )")
_MEDS_KEPT_47 = _reading_pattern(" (?:saving|save|saved|stockpiling|stockpile|hoarding|hoard|stashing|stash|colecting|keping them"
                                 "|guardando|juntando|ahorrando|guardar|juntar)(?= )")
_MEDS_TAKEN = _reading_pattern(" (?:took|taken|take|swalowed|swalow|tome|tomar|me tome|me las tome|trage|me trage)(?: [a-z]+){0,3}?"
                               " (?:them|al|it|those|las|todas|todos|los|todo|everything|pils|meds)(?= )")
# - a list of one's medicines for an intake ("I have a list of all my medicines, shall I send it here", "tengo una lista
#   de todas mis medicinas"):
_MED_LIST = _reading_pattern(
    "(?: (?:tengo|i have|i made|i wrote|hice|i got))? (?:a |the |my |una |la |mi )?(?:list|lista) (?:of|de)"
    " (?:al |todas |todos |al of )?(?:my |the |mis |las |los )?(?:medicines|medicine|medications|medication|meds|pils|pastilas|medicinas|medicamentos)(?= )")
# - the end of treatment with a recovery or a next step said ("Goodbye and God bless you all! Last session today and I'm
#   walking out with my sparkle back", "Last day! ... you got me through the worst winter of my life", "última sesión,
#   me siento otra vez yo"): the farewell words are masked only beside the recovery; a farewell without one keeps its
#   verdict ("goodbye, thank you, won't be coming in again");
_RECOVERED_47 = _reading_pattern(
    " (?:sparkle|smile|spark|joy|laugh|life|self|old self|apetite|energy|chispa|sonrisa|alegria|vida)(?: is)? back"
    "| (?:got|gotten|get|helped|pulled|carried|saw) me through| (?:me )?(?:sacaron adelante|ayudaron a salir)"
    "| walking out (?:with|feling|happier|lighter)| fel like myself| (?:i am|i fel|fel) (?:so much )?(?:beter|lighter|happier)"
    "| see you at (?:my|the) (?:folow up|folowup|check in|next)| me siento (?:otra vez yo|yo otra vez|mucho mejor|mejor)"
    "| (?:ya )?estoy (?:mucho )?mejor(?= )")
_END_OF_TREATMENT = _reading_pattern(
    " (?:godbye|goodbye|bye|farewel|adios)(?: and)?(?: god bles you al| god bles you| god bles)?| god bles (?:you al|you|y al)"
    "| (?:(?:saying|say) )?godbye (?:fels|is|feels) (?:weird|strange|bittersweet|sad|rare|extraño)"
    "| (?:my )?last (?:sesion|day|infusion|visit|apointment|treatment)(?: today| here)?"
    "| (?:mi )?ultima (?:sesion|infusion|cita|vez aqui)"
    "| (?:mi )?ultimo dia| (?:thank you|thanks|gracias) (?:for everything|por todo)"
    "| (?:you guys|y al|you al|ustedes) got me through the worst [a-z]+ of my life(?= )")
# - thanks for everything beside a praise of the staff said now ("gracias por todo, las enfermeras son un amor", "thanks
#   for everything, the nurses are angels"): never beside a goodbye or a last time (a farewell keeps its verdict);
_THANKS_PRAISE = _reading_pattern(
    " (?:thank you|thanks|thank u|gracias)(?: so much| mil)? (?:for everything|por todo)(?: [a-z]+){0,3}?"
    " (?:the|your|las|los|sus|tus|you|ustedes) ?(?:nurses|staf|team|doctors|front desk|enfermeras|doctoras|doctores|equipo)?"
    " (?:are|is|son|es) (?:un amor|amazing|wonderful|angels|the best|so kind|lovely|unos angeles|lo maximo|los mejores"
    "|las mejores|increibles|un encanto)(?= )")
# - a dead relative named by a thing of theirs in daily life ("made my dead grandmother's chicken soup recipe", "wearing
#   my late mom's ring"): never beside a medicine or a means of theirs (_holds_means);
_DEAD_KINS_THING = _reading_pattern(" (?:my|our) (?:dead|late|pased) " + _KIN + "s(?= )")
# - a screening answered no in formal wording ("no history of suicide attempts", "I have not had any thoughts of ending
#   my life"): never turned by a time or a "but" after it ("...until tonight", "...but lately");
_SCREEN_NO_47 = _reading_pattern(
    " (?:(?:no|never any|never a|nunca) (?:history|hx|prior history|past history|historial|antecedentes) (?:of|de)"
    " (?:suicide atempts|suicide atempt|suicidal behavior|atempts|suicide|selfharm|self harm|intentos de suicidio|suicidio)"
    "|(?:i )?(?:have not|havent|have never|never|did not|didnt) (?:had|have|ben having) (?:any )?(?:thoughts|thought|ideas)"
    " (?:of|about) (?:ending my life|ending it|suicide|kiling myself|taking my life|harming myself|hurting myself|selfharm))"
    "(?! (?:[a-z]+ ){0,3}?(?:until|til|but|except|before|since|lately|recently|tonight|today|now|anymore|yet|again|hasta"
    "|pero|antes|ahora|hoy))(?= )")
_ATTEMPT_TOLD_47 = _reading_pattern(" (?:i |i have |i did )?(?:tried|atempted|overdosed|cut|hurt myself|intente|lo intente)(?= )")
_DESPAIR_47 = _reading_pattern(" (?:hopeless|hopeles|no hope|worthless|give up|giving up|gave up|tired of|done with|burden"
                               "|cant do this|can not do this|no puedo mas|me rindo|sin esperanza|nothing works|nothing helps)(?= )")
# - death as one's work ("I'm a hospice chaplain, so death is literally my job", "soy enfermera de cuidados paliativos"):
_DEATH_AT_WORK = _reading_pattern(
    " (?:i am|i work as|soy|trabajo como) (?:a |an |una |un )?(?:hospice |palliative |er |icu |trauma |funeral )?"
    "(?:chaplain|nurse|doctor|mortician|funeral director|coroner|medical examiner|paramedic|emt|worker|pathologist|embalmer"
    "|capelan|enfermera|doctora|medica|paramedico|forense)"
    "| (?:so )?(?:death|dying|la muerte) is (?:literaly |basicaly |part of )?(?:my|mi) (?:job|work|trabajo)"
    "| (?:so )?la muerte es (?:literalmente |parte de )?mi trabajo(?= )")
def _no_device_or_power(masked: str) -> bool:
    """Neither a device nor the power masked before (the masks' own words, as written above)."""
    return " the battery is low " not in masked and " no power " not in masked


def _refill_unasked(words: str) -> bool:
    """Medicines run out are masked only with a refill asked, and never beside a taking or a keeping of them."""
    return not _REFILL_ASKED.search(words) or bool(_MEDS_TAKEN.search(words) or _MEDS_KEPT_47.search(words))


def _no_recovery_at_the_end(words: str) -> bool:
    """The end of treatment is masked only beside a recovery said, and never beside despair."""
    return not _RECOVERED_47.search(words) or bool(_HOPELESS.search(words))


# The round-47 clauses (see _errands_and_endings_masked), masked in this order. The plainest come first: going quiet
# because of a device or the power, medicines run out with a refill asked, a list of one's medicines. With these alone
# masked and nothing at all left (no concept tier, the model unconcerned) such a message is quiet; see
# CrisisDetector.check.
_PLAIN_ERRAND_CLAUSES = (
    _Clause(_DEVICE_DYING, " the battery is low"),
    _Clause(_POWER_OUT, " no power"),
    _Clause(_MED_LIST, " a med list"),
    _Clause(_QUIET_SAID, " away for a bit", left_if=_no_device_or_power),
    _Clause(_NOT_PICKED_UP, " away for a bit", left_if=_no_device_or_power),
    _Clause(_MEDS_RUN_OUT, " pharmacy question", left_if=_refill_unasked,
            then=lambda m: _REFILL_NEEDED.sub(" pharmacy question", m)),
)
# ...then the rest, each at most the check-in.
_ENDINGS_AND_WORK_CLAUSES = (
    _Clause(_DEATH_AT_WORK, " my job"),
    _Clause(_SCREEN_NO_47, " nothoughts",  # never beside "last night", "again", "I tried"
            left_if=lambda w: _RECENT.search(w) or _BACK_AGAIN.search(w) or _ATTEMPT_TOLD_47.search(w)),
    # the farewell words, then the recovery itself (a farewell without a recovery keeps its verdict)
    _Clause(_END_OF_TREATMENT, " see you", left_if=_no_recovery_at_the_end),
    _Clause(_RECOVERED_47, " doing well", left_if=_no_recovery_at_the_end),
    _Clause(_THANKS_PRAISE, " kind staff", left_if=lambda w: _GOODBYE_SAID.search(w) or _LAST_SAID.search(w)),
    _Clause(_DEAD_KINS_THING, " my grandmas", undone_if=_holds_means),
)


# A time of the act set, not a plain time word ("it's tonight", "esta noche es la noche"; "I'll call back tonight",
# "tomorrow at 11" and "son" (soon) are no bar for the round-47 clauses).
_TIME_SET = _reading_pattern(" (?:its tonight|it is tonight|tonight is the night|tonight is the day|tonight it is"
                             "|this is it|after tonight|es esta noche|esta noche es la noche|hoy es la noche"
                             "|hoy es el dia|today is the day|its today|it is today|es hoy)(?= )")


def _act_signs_said(words: str, times: LazyPattern = _ACT_TIME) -> bool:
    """The bars shared by all three everyday steps (rounds 46, 47 and 48): a time of an act, letters left, the end said
    ("this is the end for me") or all taken ("I took everything", "ya me tomé todo"). Final review (s30): the steps had
    three lists that drifted apart; this one list keeps them alike. The round-47 step reads only a time set
    (_TIME_SET)."""
    return bool(times.search(words) or _LETTERS_LEFT.search(words) or _END_SAID.search(words)
                or _TAKEN_ALL.search(words))


def _everyday_barred(words: str) -> bool:
    """Whether a round-47 clause mask is barred (the round-48 step adds any time and any despair): a wish, finality,
    despair, "and so am I", "on purpose", a goodbye with a sorry after it, or one of the shared bars
    (_act_signs_said)."""
    return bool(_WISH_SAID.search(words) or _PRESENT_WISH.search(words) or _FINAL.search(words) or _DESPAIR_47.search(words)
                or _SELF_JOINED.search(words) or _SELF_TOO_47.search(words) or _PURPOSE_SAID.search(words)
                or _bye_and_sorry(words) or _act_signs_said(words, _TIME_SET))


def _plain_errands_masked(words: str) -> str:
    """The reading with the plainest round-47 clauses (_PLAIN_ERRAND_CLAUSES) masked; unchanged where a wish, finality or
    despair is said."""
    return words if _everyday_barred(words) else _clauses_masked(words, _PLAIN_ERRAND_CLAUSES)


# The round-47 step reads what is left with a bare "want to" (an urge word) allowed beside the masked clause ("I'm
# a hospice chaplain, so death is my job. Just want to make sure that's okay"): a wish of the writer's own is looked
# for by _errands_and_endings_masked itself, and anything of the sure tier left still counts (_URGE_ALLOWED, above).


def _errands_and_endings_masked(words: str) -> str:
    """The reading with each round-47 everyday clause masked; unchanged where a wish, finality or despair is said (the
    caller lowers a sure verdict to the check-in only when nothing of the sure tier is left)."""
    if _everyday_barred(words):
        return words
    return _clauses_masked(words, _PLAIN_ERRAND_CLAUSES + _ENDINGS_AND_WORK_CLAUSES)


# Round 48 (false alarms of blind batch 49 and a FAQ question at the sure tier): everyday clauses that lower only a sure
# verdict, and only to the check-in (988 still shown); never primed, never beside a wish, finality, despair, "on
# purpose", "and so am I", one's own turn, a time of an act, letters, the end said or all taken, and never with any
# family or risk concept left once the clause is masked (see _calm_news_masked and its use in CrisisDetector.check).
# - "more than pills" as other than medicine ("I'd like to tell my husband there's more than pills", "PPD care is more
#   than meds"): never beside an amount, a taking or a keeping of them ("I took more than 20 pills");
_MORE_THAN_MEDICINE = _reading_pattern(
    "(?: (?:tel|show|explain to|convince|remind|decirle a|explicarle a|mostrarle a) (?:my |mi |the |el |la )?(?:husband|wife"
    "|partner|boyfriend|girlfriend|fiance|mom|mother|dad|father|family|mil|mother in law|sister|brother|friends|friend|esposo"
    "|esposa|pareja|novio|novia|mama|madre|papa|padre|familia|suegra|hermana|hermano|amigos|amiga|amigo)(?: that| que)?)?"
    " (?:there is |there are |it is |its |is |treatment is |care is |recovery is |es |hay )?(?:more than|more to it than"
    "|not just|not only|mas que|no solo|no solamente) (?:just |only |solo |nomas )?(?:pils|meds|medication|medications"
    "|medicine|medicines|antidepresants|pastilas|medicinas|medicamentos|antidepresivos)(?! (?:[a-z]+ ){0,2}?(?:at once"
    "|tonight|to end|to die|to sleep forever|de golpe|para morir))(?= )")
_AMOUNT_TAKEN_48 = _reading_pattern(" (?:took|taken|take|swalowed|swalow|tome|tomar|me tome|trage|saving|saved|stockpiling"
                                    "|hoarding|guardando|juntando)(?= )| [0-9]+(?= )")
# - a screening "no" that names two things ("no thoughts of suicide or self harm"): the second is denied too, unless a
#   time, a "but" or a lie owned follows it ("...or self harm until tonight", "...or self harm (that's a lie)");
_DENIED_PAIR = _reading_pattern(
    " nothoughts (?:or|and|nor|o|ni|y) (?:selfharm|self harm|hurting myself|harming myself|autolesiones|lastimarme|hacerme dano)"
    "(?! (?:[a-z]+ ){0,3}?(?:until|til|but|except|since|lately|recently|tonight|now|anymore|again|hasta|pero|ahora"
    "|desde|lie|lies|lied|lying|liar|not true|menti|miento|mentira|no es cierto|no es verdad))(?= )")
# - a relative's death one has made peace with ("My dad died last year ... I've made peace with it"): "with it / with
#   that / with his death", never "with dying", "with going", "with my decision", nor beside a day, a time or a plan;
_KIN_DIED_48 = _reading_pattern(" (?:my|our|mi|his|her) (?:late )?" + _KIN + "s? (?:died|pased|pased away|murio|fallecio)(?= )")
_PEACE_WITH_A_LOSS = _reading_pattern(
    " (?:i have |i am |i |ive |have |am |ya )?(?:made|make|making|at|found|hice|estoy en|he hecho) (?:my )?(?:peace|paz)"
    " (?:with|con) (?:it|that|his death|her death|their death|the los|losing (?:him|her|them)|eso|su muerte|su partida)"
    "(?= )(?! (?:and|y|so|now|ahora) (?:i|yo|am|ready|lista|listo)(?= ))")
# - dying in a game ("I died in Elden Ring like 40 times tonight", "me morí 20 veces en el juego"): a game named, or
#   "died" so many times;
_GAME_DEATH_48 = _reading_pattern(
    " (?:i |we |he |she |me )?(?:died|die|dying|keep dying|kept dying|mori|muero|morimos)"
    " (?:(?:in|on|playing|at|en|jugando) (?:the |this |that |my |el |la |este |ese )?"
    "(?:game|videogame|video game|boss fight|boss|level|raid|juego|videojuego|nivel|elden ring|dark souls|minecraft|fortnite"
    "|zelda|mario|halo|call of duty|roblox|sekiro|bloodborne|hades|hollow knight|cuphead|the sims|sims)"
    "|(?:like |about |over |around |unas |como )?(?:[0-9]+|a hundred|a thousand|a dozen|so many|cien|mil|veinte|treinta|cuarenta)"
    " (?:times|veces))(?:(?: [a-z]+){0,3}? (?:like |about |over |around |unas |como )?(?:[0-9]+|so many) (?:times|veces))?(?= )")
_REAL_LIFE = _reading_pattern(" (?:real life|irl|for real|de verdad|en la vida real|real world)(?= )")
# - a side-effect question asked of a treatment ("Will I feel like I'm dying?", "is it normal to feel like you're
#   dying during the infusion?");
_DYING_FEEL_ASKED = _reading_pattern(
    " (?:wil|would|could|might|do|does|can|is it normal to|is it comon to|do people|do patients|voy a|se siente)"
    " (?:i |you |people |patients |one |me )?(?:fel|feel|siento|sentir)(?: like)? (?:i am|you are|they are|im|i|que me)"
    " (?:dying|going to die|muero|voy a morir|estoy muriendo)(?= )")
# - "by" written "buy" after a walk ("we went for a walk buy the canal"): a place walked by, no purchase;
_WALK_BUY = _reading_pattern(" (?:walk|walked|walking|stroll|strolled|jog|jogged|jogging|run|ran|bike ride|picnic|sat|drove|drive)"
                             " buy (?=the |a |our )")
# ...and a walk by the water told as an outing ("we went for a walk by the canal, felt good to be outside"): never beside
# a jump, a method or any risk word (read once it is masked);
_WALK_BY_WATER = _reading_pattern(
    " (?:walk|walked|walking|stroll|strolled|jog|jogged|jogging|bike ride|picnic|paseo|caminata|caminamos|camine)"
    " (?:by|along|around|near|to|por|junto al|cerca del|al) (?:the |a |our |el |la )?(?:canal|river|lake|pond|beach|bay"
    "|harbor|water|waterfront|riverside|lakeside|rio|lago|playa|laguna|malecon)(?= )")
# - remaining visits cancelled because one is doing well or tapering ("cancel all my remaining appointments. I'm doing
#   well and we decided to taper off. Thank you for everything"): never without the reason, nor with "won't need them"
#   said alone;
_CANCEL_VISITS_48 = _reading_pattern(
    " (?:cancel|canceling|cancelling|cancelar|cancele)(?: al| the rest of| the| al of)?(?: my| mis| las)? (?:remaining |future |other "
    "|upcoming )?(?:apointments|sesions|visits|infusions|citas|sesiones)(?: que me quedan)?(?= )")
_DOING_WELL_48 = _reading_pattern(
    " (?:i am |i fel |fel |im |estoy |me siento )(?:doing |so much |much |realy |mucho )?(?:wel|beter|stable|great|god|mejor|bien"
    "|estable)(?= )| (?:decided to |decide to |going to |plan to |we are going to )?(?:taper|tapering|tapered|lower the dose"
    "|bajar la dosis)(?: of| down)?(?= )")
# - thanks for a word of care remembered ("I'll never forget the first day when you told me it wasn't my fault", "you
#   never judged me"): the praise and the goodbye beside it are masked; never beside finality or a last message;
_TOLD_NOT_MY_FAULT = _reading_pattern(
    " (?:told|tel|telling|reminded|said|say|dijo|dijiste|dijeron|me dijo|me dijiste|me dijeron)(?: me)?(?: that| que)?"
    " (?:it|this|that)? ?(?:was not|is not|wasnt|isnt|no era|no es|no fue)(?: [a-z]+)? (?:my fault|mi culpa)(?= )")
_NEVER_JUDGED = _reading_pattern(
    " (?:you |you al |you guys |y al )?(?:never|did not ever|nunca) (?:judged|judge|juzgaron|me juzgaron|me juzgo|me juzgaste)"
    "(?: me)?| (?:no|nunca) me (?:juzgaron|juzgo|juzgaste)| (?:siempre me escucharon|always listened)"
    "| (?:never|nunca) (?:forget|olvidare|voy a olvidar) (?:the first day|that day|el primer dia|ese dia|what you|lo que)(?= )")
_THANKS_BYE_48 = _reading_pattern(
    " (?:godbye|goodbye|bye|adios|farewel)(?: and| y)?(?: (?:a todos|everyone|al|y al|you al|everybody))?(?: and| y)?"
    "(?: (?:thank you|thanks|gracias)(?: so much| mil| de verdad| for everything| por todo)?(?: de verdad)?)?"
    # never a goodbye with a sorry after it ("goodbye. I'm sorry", "adiós, perdón"): a farewell, not thanks
    "(?! (?:[a-z]+ ){0,3}?(?:sory|perdon|perdoname|lo siento|forgive me|disculpa|disculpen))"
    "| (?:thank you|thanks|gracias)(?: so much| mil)?(?: for everything| por todo)?(?= )")
# - a calm told beside a night's sleep ("Hoy me siento más tranquila. Dormí casi 6 horas seguidas", "I feel calmer, I
#   slept 5 hours straight"): never beside a decision ("más tranquila desde que decidí hacerlo");
_CALM_48 = _reading_pattern(" (?:me siento|estoy|i fel|i am|fel|feling)(?: mas| much| so| a lot| mucho)? (?:tranquila|tranquilo"
                            "|calmada|calmado|calmer|calm|more at peace|at peace|en paz|peaceful|relajada|relajado)(?= )")
_SLEPT_48 = _reading_pattern(" (?:dormi|slept|i got|got|descanse)(?: [a-z]+){0,2}? (?:[0-9]+|five|six|seven|eight|cinco|seis|siete"
                             "|ocho) (?:horas|hours|hrs)(?= )")
_DECIDED_48 = _reading_pattern(" (?:decidi|decided|decide|decision|ya se|made up my mind|desde que|since i|now that i|ahora que"
                               "|it is decided|plan|plans|plane|lo voy a hacer|going to do it|hacerlo)(?= )")


def _calm_news_masked(words: str) -> str:
    """The reading with each round-48 everyday clause masked; unchanged where a wish, finality, despair, "on purpose",
    "and so am I", a time of an act, letters, the end said or all taken is read (the caller lowers a sure verdict to the
    check-in only when nothing of the sure tier is left)."""
    if _everyday_barred(words) or _HOPELESS.search(words) \
            or _ACT_TIME.search(words) and not _GAME_DEATH_48.search(words):
        return words
    masked = words
    if not _AMOUNT_TAKEN_48.search(masked):
        masked = _MORE_THAN_MEDICINE.sub(" other care too", masked)
    masked = _DENIED_PAIR.sub(" nothoughts", masked)
    if _KIN_DIED_48.search(masked) and (peace := _PEACE_WITH_A_LOSS.sub(" coping", masked)) != masked \
            and read_concepts(peace.split(), _lexicon()).found.isdisjoint({"time", "day", "date", "plan", "access", "note"}):
        masked = peace  # never beside a day, a time or a plan ("...I'm at peace with it. friday is the day")
    if not _REAL_LIFE.search(masked):
        masked = _GAME_DEATH_48.sub(" lost a round", masked)
        if " lost a round " in masked:
            masked = _ACT_TIME.sub(" at night", masked)
    masked = _DYING_FEEL_ASKED.sub(" side efects question", masked)
    masked = _WALK_BY_WATER.sub(" walk outside", _WALK_BUY.sub(lambda m: m.group(0)[:-4] + "by ", masked))  # buy: by
    if _CANCEL_VISITS_48.search(masked) and _DOING_WELL_48.search(masked):
        masked = _DOING_WELL_48.sub(" doing wel", _CANCEL_VISITS_48.sub(" pause the visits", masked))
        masked = _THANKS_BYE_48.sub(" thanks", masked)
    if (praised := _NEVER_JUDGED.sub(" kind staff", _TOLD_NOT_MY_FAULT.sub(" kind staff", masked))) != masked:
        masked = praised if _SORRY_SAID.search(praised) else _THANKS_BYE_48.sub(" thanks", praised)
    if _SLEPT_48.search(masked) and not _DECIDED_48.search(masked):
        masked = _SLEPT_48.sub(" slept wel", _CALM_48.sub(" rested", masked))
    return masked


# Round 49 (falarm49; false alarms of blind batch 50): everyday clauses that lower only a sure verdict, and only to the
# check-in (988 still shown), as round 48's do; never primed, never beside a wish, finality, despair, "on purpose",
# one's own turn, a time of an act, letters, the end said or all taken, and never with any family or risk concept left
# once the clause is masked (see _r49_masked and its use in CrisisDetector.check).
# - a question about one's own medicines, with their usual doses ("I take Zoloft 100 and Wellbutrin 150, do I keep
#   taking them during treatment?", "¿Está bien si tomo mi Tylenol antes de la sesión?", "las tomo igual el día de la
#   sesión?"): never beside an amount of tens "of" them, all of them, the bottle, at once or tonight ("I take 30 of my
#   Zoloft tonight", "I'll take all my Tylenol at once");
_MED_QUESTION_49 = _reading_pattern(
    " (?:(?:do|should|can|could|may|wil|would) (?:i|you)|am i suposed to|am i alowed to|(?:is it|its) (?:ok|okay|fine|safe"
    "|alright)(?: if i| to))(?: stil)? (?:kep taking|continue taking|continue|stop taking|take|skip|pause)"
    "(?: (?:them|it|those|these|my [a-z]+|the [a-z]+|any of them))?(?= )"
    "| (?:esta bien|es seguro|se puede|puedo|debo|deberia|tengo que|hay problema)(?: si| que)?(?: me)? (?:tomo|tomar|tome"
    "|seguir tomando|sigo tomando|dejar de tomar|suspender)(?: (?:mi|mis|la|las|el|los|lo|las) [a-z]+)?(?= )"
    "| (?:las|los|lo|la) (?:tomo|sigo tomando|suspendo|dejo|tomare) (?:igual|normal|como siempre|tambien)(?= )")
_MED_DOSE_49 = _reading_pattern(
    " (?:[a-z]+) [0-9]+(?: ?mg| miligramos| milligrams)?(?= )")
# (mend49) a number is a dose only after a medicine's name or before its unit: "Zoloft 100", "1mg", "50 mg", never the
# count of a stockpile ("I have 60 saved", "tengo 60 guardadas", "my stash is up to 70")
_DOSE_UNIT_49 = re.compile(r" [0-9]+ ?(?:mg|miligramos|miligrams)$")
_DRUG_NAMES_49 = _reading_words("wellbutrin bupropion effexor venlafaxine lamotrigine lamotrigina lamictal escitalopram "
                                "citalopram celexa fluoxetine fluoxetina paxil paroxetine paroxetina cymbalta duloxetine "
                                "zulresso zurzuvae remeron mirtazapine abilify buspirone buspar hydroxyzine gabapentin "
                                "levothyroxine synthroid")


def _dose_masked_49(words: str) -> str:
    """Each dose ("zoloft 100", "lexapro 20mg") said as prescribed; a bare count after any other word left as it is."""
    def dose(m: re.Match[str]) -> str:
        name = m.group(0).split()[0]
        if _DOSE_UNIT_49.search(m.group(0)) or name in _DRUG_NAMES_49 \
                or not read_concepts([name], _lexicon()).found.isdisjoint({"meds", "drug_name"}):
            return " as prescribed"
        return m.group(0)
    return _MED_DOSE_49.sub(dose, words)
_DAILY_49 = _reading_pattern(
    " (?:todas las mananas|todas las noches|todos los dias|cada manana|cada noche|cada dia|every morning|every night"
    "|every day|each morning|each night|daily|a diario|diario|in the morning|in the mornings|por la manana|en la manana)(?= )")
_MED_BAR_49 = _reading_pattern(
    " (?:al|whole|botle|at once|tonight|enough|lethal|handful|the rest|everything|overdose|od|de golpe|de una vez|todo"
    "|todas (?:mis|las) (?:pastilas|pils)|esta noche|[0-9]+ (?:of|de)|with me|conmigo|heart|corazon|stop (?:a|my|her|his)"
    "|die|dead|morir|kil|sleep forever|not wake up"
    # (mend49) a stockpile beside the question: "I have 60 saved in the drawer", "tengo 60 guardadas", "my stash"
    "|saved|saving|save|save up|stash|stashed|stashing|hidden|hiding|hide|hid|drawer|jar|kept|keping them|keping it"
    "|counted|counting|stockpile|stockpiled|stockpiling|hoard|hoarded|hoarding|botles|for when|for a bad|ready"
    "|guardadas|guardados|guardando|guarde|juntando|junte|juntadas|escondidas|escondidos|escondi|ahorrando|para cuando"
    "|listas|cajon|frasco)(?= )")
# - a screening question about harm answered no ("they asked if I wanna hurt myself, I said nah, just tired", "my OB asked
#   if I'd hurt myself and I said no, but I told her I've been crying", "the intake form asks about suicidal thoughts,
#   I'm answering no"), and a partner said to say nothing of hurting herself ("she's safe, she's not saying anything
#   about hurting herself"): never beside a lie owned or a yes ("...and I said no but I lied");
_SCREEN_NO_49 = _reading_pattern(
    " (?:asked|asks|ask|asking|pregunto|preguntaron|pregunta)(?: me| if| about| whether| si| me si| sobre)*(?: [a-z]+){0,6}?"
    " (?:hurt|harm|kil|hurting|harming|suicidal|suicide|lastimarme|hacerme dano|suicidarme|suicidas)(?: [a-z]+){0,8}?"
    " (?:i said|said|i am answering|answering|answered|i answered|i put|put|i checked|checked|marked|le dije que|dije que"
    "|conteste que|puse) (?:no|nah|nope|never|not really|nunca)(?= )"
    "| (?:she|he|they|ella|el) (?:is|are)? ?(?:not|no esta|no) (?:saying|talking|mentioning|diciendo|hablando)(?: anything| nothing"
    "| nada)?(?: about| de| sobre)? (?:hurting|harming|kiling|lastimarse|hacerse dano)"
    " (?:herself|himself|themselves|the baby|anyone)?(?= )")
_ASKED_49 = (" asked", " asks", " ask", " pregunt")
_WORN_TOLD_49 = _reading_pattern(
    " (?:i have ben|ive ben|i am|im|i was|i fel|he estado|estoy|me siento)(?: just| so| realy| very| a bit| muy| tan)?"
    " (?:crying|tired|exhausted|sad|down|low|weepy|overwhelmed|llorando|cansada|cansado|triste|agotada|agotado)(?= )")
_TOLD_WEARY_49 = _reading_pattern(" (?:but |and |pero |y )?(?:i |le )?(?:told|mentioned to|said to|let|dije|conte)"
                                   "(?: (?:her|him|them|the [a-z]+|my [a-z]+))?(?: know)?(?: that| que)? weary(?= )")
_LIE_OWNED_49 = _reading_pattern(
    " (?:lie|lies|lied|lying|liar|not true|not realy|actualy yes|actualy i do|but yes|but i do|menti|miento|mentira|no es cierto"
    "|no es verdad|pero si)(?= )")
# - anger at an adult over a trifle told "so ... I could kill him" ("my husband snores so loud I could kill him"); unlike
#   the clauses above, it is read beside CrisisDetector's "one more dirty bottle" step (an adult named, no baby) and may
#   leave the message quiet, when nothing risky is left once the clause is masked;
_SO_ANNOYED_49 = _reading_pattern(
    " so (?:[a-z]+ ){1,3}?(?:that )?i (?:could|would|might|wil|am going to|am gona|am about to) (?:kil|strangle|murder)"
    " (?:him|her|them)(?= )")
# (crying or tiredness told beside such a clause is the check-in's to meet, not the full block's; "tired of" still bars)
_CRYING_49 = _reading_pattern(" (?:crying|cry|cried|llorando|lloro|llore|tired|exhausted|cansada|cansado|agotada|agotado)"
                              "(?! of | de )(?= )")


# (mend49) ...never with the writer, the baby or a second person joined on just after it ("...or me", "...or myself",
# "...and her", "...then I'd go too", "...y a ella también")
_ANNOYED_JOINED_49 = _reading_pattern(
    " (?:and|or|then|y|o|luego|also|tambien)(?: then| so| maybe| probably| honestly| also| even| de paso| a)*"
    " (?:her|him|them|me|myself|the baby|my baby|the kids|my kids|el bebe|mi bebe|ella|el|yo|mi|i would go"
    "|i could go|i might go|i would be next|me iria)(?= )")


def _so_annoyed_49(words: str) -> bool:
    """ "...so loud I could kill him", with nothing joined on after ("...and then myself", "...or me", "...and her") and
    no wish, finality or despair beside; and (mend49) with that clause masked, nothing of harm left in the rest of the
    message ("...I almost smothered her with the pillow", "...sometimes I picture her not breathing")."""
    if not (match := _SO_ANNOYED_49.search(words)) or _ANNOYED_JOINED_49.match(words, match.end()):
        return False
    # (falarm54) the bars read beside the clause, not in it: "...so loud I'm going to murder him" is no "I'm going" said
    if _SELF_JOINED.search(words) or _everyday_barred(_SO_ANNOYED_49.sub(" annoyed", words)) or _HOPELESS.search(words) \
            or _ACT_TIME.search(words):
        return False
    # the harm read in the rest of the message, once the clause itself is masked (concept names)
    harm = {"violence", "hurt_kid", "baby_harm", "baby_means", "image_urge", "self_harm", "pillow", "then_me", "forever",
            "lethal", "fatal", "note"}
    left = read_concepts(_SO_ANNOYED_49.sub(" annoyed", words).split(), _lexicon())
    return left.tier is Tier.NONE and not left.kinds and left.found.isdisjoint(harm | _concepts.RISK | _concepts.MEANS_HELD)


# - relief at a job lost ("got fired today, honestly kind of a relief, it was toxic"): "relief" is no wish to be gone
#   when a job ended is what it is about;
_JOB_LOST_49 = _reading_pattern(
    " (?:fired|laid off|let go|lost my job|quit my job|quit|resigned|me despidieron|me corrieron|renuncie|perdi mi trabajo"
    "|perdi el trabajo)(?= )")
_RELIEF_49 = _reading_pattern(
    " (?:honestly |kind of |kinda |sort of |such |what |realy |un )?(?:a |an |que )?(?:huge |big |real |total |gran )?"
    "(?:relief|alivio)(?= )")
# - love told as an overdose ("my mom is overdosing the baby on kisses", "la abuela le da sobredosis de besos");
_LOVE_OVERDOSE_49 = _reading_pattern(
    " (?:overdosing|overdosed|overdose|overdoses|oding|od|sobredosis)(?: (?:the|my|our|el|la|mi|al|a)? ?[a-z]+)?"
    " (?:on|with|de|con) (?:kisses|hugs|love|cuddles|snuggles|attention|praise|compliments|cuteness|smooches|besos|abrazos"
    "|carino|amor|mimos|apapachos)(?= )")
# - a surgeon's clean cut ("my c-section scar is healing nicely, the surgeon said it was a clean cut").
_SURGERY_49 = _reading_pattern(
    " (?:surgeon|surgery|c section|csection|cesarean|cesarian|incision|operation|ob|obgyn|cirujano|cirujana|cirugia|cesarea"
    "|operacion)(?= )")
_CUTS_LEFT_49 = frozenset({"self_harm", "on_purpose", "body"})  # (mend49) read in the rest: the clean cut is not masked
_CLEAN_CUT_49 = _reading_pattern(
    " (?:a |una |un )?(?:clean|neat|straight|nice|limpia|limpio|bonita) (?:cut|incision|corte|cortada|herida)(?= )")

# Blind batch 47's everyday messages still at the sure tier:
# - a wish that a loved one who died could meet the baby ("my mom died when I was pregnant and I wish she could meet
#   the baby");
_WISH_MET_BABY_49 = _reading_pattern(
    " (?:i )?(?:wish|wished|ojala) (?:she|he|they|my [a-z]+|mi [a-z]+)? ?(?:could|had|would|pudiera|hubiera|pudiese)"
    " (?:have )?(?:met|meet|see|sen|hold|held|conocer|conocido|ver|visto|cargar) (?:the|my|our|a|al|a mi|mi)"
    " (?:baby|babies|grandbaby|grandchild|son|daughter|bebe|nieto|nieta|hijo|hija)(?= )")
# ...and talking to her photo ("I talk to her picture sometimes");
_PHOTO_49 = _reading_pattern(
    " (?:talk to|talking to|look at|looking at|kis|kising|hold|holding|kep|hablo a|le hablo a|miro|veo) (?:her|his|their|my [a-z]+s?"
    "|su|sus|la|el) (?:picture|pictures|photo|photos|portrait|foto|fotos|retrato)(?= )")
# - no intrusive thoughts about the baby, only a fear for her ("no intrusive thoughts about the baby, just worry that
#   something will happen to her"): never with a "but" after;
_NO_BABY_THOUGHTS_49 = _reading_pattern(
    " (?:no|not having any|never had|never have|i dont have|i do not have|sin|no tengo) (?:intrusive |scary |bad |dark "
    "|weird |pensamientos )?(?:thoughts|pensamientos|ideas)(?: intrusivos| feos| malos)? (?:about|of|de|sobre)"
    " (?:hurting |harming |lastimar a |hacerle dano a )?(?:the|my|our|el|mi|la) (?:baby|bebe|son|daughter|hijo|hija)"
    "(?! (?:[a-z]+ ){0,3}?(?:but|except|until|lately|pero|excepto|hasta))"
    "(?! (?:only|just) (?:of )?(?:myself|me)(?= ))(?= )")  # rec54en: "no thoughts of hurting the baby, just myself"
# - feeling like a ghost when one came in, like oneself again on leaving ("I came in feeling like a ghost and I'm
#   leaving feeling like me again");
_GHOST_THEN_49 = _reading_pattern(
    " (?:came in|walked in|started|arrived|was|llegue)(?: here)? (?:feling|fel|felt|sintiendome|como) (?:like )?a? ?"
    "(?:ghost|fantasma|shel|zombie)(?= )")
_MYSELF_AGAIN_49 = _reading_pattern(" (?:like me|like myself|myself|yo misma|yo otra vez|como yo) again(?= )| otra vez yo(?= )")
# - a going-away party for someone else ("we threw her a going away party"), never one's own;
_SEND_OFF_PARTY_49 = _reading_pattern(
    " (?:threw|throwing|had|having|planed|planing|hicimos|le hicimos|tuvimos) (?:her|him|them|my [a-z]+|a|una|le)?"
    " ?(?:a |una )?(?:going away|goodbye|farewel|send of|leaving|despedida|fiesta de despedida)(?: party| fiesta)?(?= )")
# - a harvest at work ("trabajo en el campo cortando melón", "cutting lettuce at the farm").
_HARVEST_49 = _reading_pattern(
    " (?:cortando|corto|cortar|corte|pizcando|cutting|cut|picking) (?:el |la |los |las |the )?(?:melon|melones|lechuga"
    "|uva|uvas|fruta|cebolla|cebollas|chile|chiles|naranja|naranjas|limon|limones|verdura|verduras|tomate|tomates|brocoli"
    "|zacate|pasto|lettuce|melons|grapes|onions|vegetables|broccoli|grass|lawn|hay|wheat|corn|elote|maiz)(?= )")

# ...and a shift in the morning ("el mayordomo nos cambió el turno para la mañana"), read before the time of an act;
_SHIFT_49 = _reading_pattern(" (?:turno|shift|horario|schedule) (?:de |para |en |a |to |in )?(?:la |the )?(?:manana|morning|mornings|mananas)(?= )")
# - taking care of a business or a relative ("moving back to take care of her dad's bakery"): no "take care" goodbye.
_CARE_FOR_49 = _reading_pattern(" (?:to |wil |going to |has to |have to |ned to )?(?:take|taking|took) care of (?=(?:her|his|my|the|their|our|a)"
                                " (?:[a-z]+ )?(?:bakery|shop|store|business|restaurant|farm|ranch|house|dad|mom|father|mother|grandma"
                                "|grandpa|dads|moms|parents|family|abuela|abuelo|sister|brother|kids|aunt|uncle) )")


def _bare_access_or_amount_allowed(rest: str, emoji: bool) -> frozenset[str]:
    """A bare "I have" ("tengo un headache horrible") or "too many" ("way too many tamales") may stay beside a round-49 or
    round-50 clause when no medicine, means or method is left for it to hold or count: {"access", "amount"} then, and
    nothing otherwise."""
    found = read_concepts(rest.split(), _lexicon(), emoji=emoji).found
    bare = frozenset({"access", "amount"})
    return bare if found.isdisjoint(_concepts.MEANS_HELD - bare - {"supply"} | {"meds"}) else frozenset()


def _r49_masked(words: str) -> str:
    """The reading with each round-49 everyday clause masked; unchanged where a wish, finality, despair, "on purpose", a
    time of an act, letters, the end said or all taken is read in what is left once the medicine question and the
    screening answered no are masked (their own "do I keep taking", "asked if I want to hurt myself" are no wish). The
    caller lowers a sure verdict to the check-in only when nothing of the sure tier is left."""
    masked = words
    if _MED_QUESTION_49.search(masked) and not _MED_BAR_49.search(masked) \
            and "meds" in read_concepts(words.split(), _lexicon()).found:  # a medicine named, never "should I take him"
        masked = _MED_QUESTION_49.sub(" asks the nurse", masked)
        masked = _DAILY_49.sub(" daily", _dose_masked_49(masked))
    if not _LIE_OWNED_49.search(masked):
        # never a "no" taken back just after it ("...and I said no. I do, every night", "...I did though"); crying or
        # tiredness told after it takes nothing back ("...I said no, but I told her I've been crying a lot")
        masked = _SCREEN_NO_49.sub(
            lambda m: m.group(0) if m.group(0).startswith(_ASKED_49)
            and _takes_back(_TOLD_WEARY_49.sub(" weary", _WORN_TOLD_49.sub(" weary", m.string[m.end():])),
                            spanish=" que " in m.group(0))
            else " screening answered", masked)
    masked = _WISH_MET_BABY_49.sub(" misses her", masked)
    masked = _PHOTO_49.sub(" keepsake", masked)
    masked = _SHIFT_49.sub(" early shift", masked)
    if _everyday_barred(masked) or _HOPELESS.search(_CRYING_49.sub(" ", masked)) or _ACT_TIME.search(masked):
        return words
    if _JOB_LOST_49.search(masked):
        masked = _RELIEF_49.sub(" glad", masked)
    masked = _LOVE_OVERDOSE_49.sub(" spoils", masked)
    if _SURGERY_49.search(masked):
        # (mend49) never while the rest still speaks of cutting oneself ("...unlike the ones I make on my arms")
        cleaned = _CLEAN_CUT_49.sub(" neat stitches", masked)
        if read_concepts(cleaned.split(), _lexicon()).found.isdisjoint(_CUTS_LEFT_49):
            masked = cleaned
    masked = _CARE_FOR_49.sub(" run ", masked)
    masked = _NO_BABY_THOUGHTS_49.sub(" nothoughts", masked)
    if _MYSELF_AGAIN_49.search(masked):
        masked = _GHOST_THEN_49.sub(" came in low", masked)
    masked = _SEND_OFF_PARTY_49.sub(" party", masked)
    masked = _HARVEST_49.sub(" harvesting", masked)
    return masked


# Round 50 (falarm50; false alarms of blind batch 51 and a FAQ question at the sure tier): everyday clauses that lower
# only a sure verdict, and only to the check-in (988 still shown), as rounds 48 and 49 do; never primed, never beside a
# wish, finality, despair, "on purpose", "and then me", a time of an act set, letters or all taken, and never with any
# family or risk concept left once the clause is masked (see _r50_masked and its use in CrisisDetector.check).
_CHILD_50 = ("(?:[0-9]+ ?(?:yo|year old|yr old|years old|ano|anos)|toddler|son|daughter|older one|oldest|big brother|big sister"
             "|older brother|older sister|kid|kids|boy|girl|nephew|niece|stepson|stepdaughter|twins|hijo|hija|nino|nina|nene|nena"
             "|hermanito|hermanita|hermano|hermana|mayor)")
# - a toddler's doing to the baby ("is it normal my 2yo pinches the baby? ... I want it to stop", "mi hijo de 3 años le
#   pega al bebé y quiero que pare"): "I want it (him, her) to stop" is of that doing; "I want it all to end" is not;
_CHILD_DOING_50 = _reading_pattern(
    " (?:my|our|the|his|her|mi|el|la|nuestro|nuestra)(?: [a-z0-9]+){0,2}? " + _CHILD_50
    # the child the doer: a verb right after, or after "keeps", "always", "de 2 años le" and the like
    + "(?: de [0-9]+ (?:ano|anos|meses))?(?: (?:keps|kept|always|sometimes|stil|just|has started|started|likes to|wil|siempre"
    "|a veces|le|la|lo|se))*"
    " (?:pinches|pinched|pinching|hits|hit|hitting|bites|bit|biting|kicks|kicked|kicking|pushes|pushed|pushing|slaps|slapped"
    "|scratches|scratched|pulls|pulled|pokes|poked|squishes|squeezes|climbs on|sits on|jumps on|pellizca|pellizco|pega|pego"
    "|muerde|mordio|patea|empuja|jala|aranza|rasguna)(?= )")
_WANT_IT_STOPPED_50 = _reading_pattern(
    " (?:but |and |so |pero |y )?(?:i |yo )?(?:want|wana|ned|just want|realy want|quiero|necesito)"
    " (?:(?:it|this|that|him|her|them|the [a-z]+) (?:to )?(?:stop|stoped|quit)|que (?:pare|se detenga|deje de hacerlo"
    "|lo deje|ya no lo haga))(?= )(?! (?:al|for god|forever|completely|now i|para siempre|breathing|living|existing"
    "|de respirar|de vivir|de existir|tonight|tonite|esta noche|i mean|my life|me|mi vida|yo))")
# (the stop itself is said: "I want him dead" is not a wish for a habit to stop, nor "I want it to end": mend50)
_NOT_HURTING_50 = _reading_pattern(
    " (?:he|she|they|it|el|ella)(?: is| was| are| does| did)? (?:not|no|never|isnt|doesnt|nunca)(?: realy)? (?:hurting|hurt|hurts"
    "|harming|le hace dano|la lastima|lo lastima|le duele)(?: (?:her|him|them|the baby|al bebe))?(?: (?:much|badly|a lot"
    "|realy|mucho))?(?= )")
# - a swim with the baby ("I'm going to jump in the pool with the baby this weekend, do I need a swim diaper?"): only
#   beside a word of the outing, and never beside holding under, going under or not coming up;
_POOL_WITH_BABY_50 = _reading_pattern(
    " (?:i am going to |im going to |going to |gona |we are going to |i wil |we wil |i |we |to )?(?:jump|jumping|jumped|get"
    "|getting|go|going|hop|hoping|dip|dipping|wade|wading) (?:in|into|in to) (?:the |our |a |my [a-z]+ )?"
    "(?:pol|swiming pol|kidie pol|baby pol|lake|ocean|sea|water|waves|piscina|alberca)(?: [a-z]+){0,3}?"
    " (?:with|holding|carrying|con) (?:the|my|our|el|la|mi) (?:baby|babies|bebe|son|daughter|kids|twins|hijo|hija)(?= )")
_SWIM_OUTING_50 = _reading_pattern(
    # (mend50: never a swim word said to be left off: "no floaties", "life jacket off", "swimsuit on so nobody suspects".
    # The reading spells "off" as "of" (double letters squashed), so the word before cannot be told apart: "(?<! of)"
    # steps aside after "off" and after "of" alike ("a pack of floaties", "a bottle of sunscreen"), and so does "(?! of)"
    # after it ("floaties off", "floaties of any kind"); "need" is read "ned".)
    "(?<! no)(?<! without)(?<! sin)(?<! of)(?<! ned)(?<! neded)"
    " (?:swim diaper|swim diapers|swimsuit|swim suit|bathing suit|floaties|float|swim lesons|swim clas|water wings|sunscreen"
    "|splash|splashing|paddle|first swim|swim cap|life vest|life vests|life jacket|life jackets|puddle jumper|panal de agua"
    "|panales de agua|traje de bano|flotadores|bloqueador)(?= )(?! (?:of|puesto|on so|so nobody))")  # "of": "off" or "of"
_UNDER_WATER_50 = _reading_pattern(
    " (?:(?:held|hold|holding|push|pushed|keep|kept) (?:him|her|them|the baby|my baby|it) (?:under|down)|not come up"
    "|never come up|go under|went under|sink|sinking|drown|drowning|drowned|ahogar|ahogarnos|hundir|se hunda|nos hundamos"
    "|bajo el agua|no salir|bottom|go down|going down|resurface|current|take us|takes us|keep walking|keep swiming"
    "|quedarnos abajo|no regresar|no volver)(?= )")
# - a past idiom settled in the same breath ("bug in prod ... i wanted to die but fixed it", "quería morirme pero ya lo
#   arreglé"): never a wish said now ("I want to die. I fixed the bug but I still want to die" keeps the full block);
_WANTED_TO_DIE_SETTLED_50 = _reading_pattern(
    " (?:i |yo )?(?:wanted to die|was ready to die|could have died|almost died|quise morirme|queria morirme|me queria morir"
    "|me queria morir de verguenza)(?: [a-z]+){0,2}? (?:but|then|and then|pero|y luego) (?:i |we |he |she |they |ya |lo )?"
    "(?:fixed|solved|sorted|patched|got it working|got it fixed|found the bug|found the problem|found the isue"
    "|arregle|arreglamos|resolvi|resolvimos|solucione)"  # never "got the pills", "found a way", "figured it out" (a way)
    "(?: (?:it|the bug|the isue|the problem|it out|it working|it fixed|lo|el bug|el problema))?(?= )")
# - a fast asked about before a session ("how many hours before do I stop eating", "cuántas horas antes dejo de comer");
_FASTING_ASKED_50 = _reading_pattern(
    " (?:how many hours|how long|what time|when|how early|cuantas horas|a que hora|cuando|desde que hora)"
    "(?: (?:before|beforehand|prior|antes))?(?: (?:the|my|each|la|mi) [a-z]+)?"
    " (?:do|should|must|would|can|ned to|have to|tengo que|debo|dejo de|hay que)(?: i| yo)? ?(?:stop|quit|dejar de)? "
    "(?:eating|eat|comer|food)(?= )"
    "| (?:stop|quit|dejar de|dejo de) (?:eating|comer)(?: and drinking| y beber| y tomar)? (?:[a-z0-9]+ ){0,3}?"
    "(?:before|prior to|antes de) (?:the |my |each |la |mi |cada )?(?:sesion|sesions|infusion|infusions|apointment|procedure"
    "|treatment|visit|cita|tratamiento)(?= )")
_DUMP_MILK_50 = _reading_pattern(" (?:dump|dumping|pump and dump|toss|tirar|desechar) (?:the |my |la |mi )?(?:milk|breast milk|leche)(?= )")
# - a session told as a calm image ("I felt like I was floating over the desert at sunset"): never over an edge, a
#   bridge, a roof or water;
_FLOATING_50 = _reading_pattern(
    " (?:felt like|fel like|feels like|feling like|like|as if|senti que|sentia que|como si)(?: i was| i am| im| i were| estuviera"
    "| estaba)? (?:floating|drifting|flying|soaring|gliding|flotando|volando) (?:over|above|through|across|on|sobre|por|encima de)"
    " (?:the |a |el |la |un |una )?(?!edge|bridge|rof|balcony|cliff|ledge|railing|water|river|ocean|sea|puente|borde|techo"
    "|azotea|mar|rio)[a-z]+(?= )")
# - a thing that expires ("car seats EXPIRE?? buying a new one this weekend", "my insurance expires friday"): a thing
#   named, never a person;
_THING_EXPIRES_50 = _reading_pattern(
    " (?:car seats|car seat|carseats|carseat|seats|seat|formula|milk|coupon|coupons|insurance|prescription|prescriptions"
    "|referral|authorization|card|license|pasport|membership|subscription|voucher|benefits|plan|coverage|sunscreen"
    "|medicine|meds|vitamins|bottles|nipples|wipes|diapers|bateries|sila|silas|asiento|asientos|seguro|receta|cupon"
    "|membresia)(?: [a-z]+){0,2}? (?:expire|expires|expired|expiring|have an expiration|caduca|caducan|vence|vencen"
    "|se vence|se vencen)(?= )")
_NEW_ONE_BOUGHT_50 = _reading_pattern(" (?:buying|buy|bought|get|getting|order|ordering|ordered|compro|comprar|comprando)"
                                      " (?:a |an |one |uno |una )?(?:new one|new|nueva|nuevo)(?= )")
# - a screening "no" with the mood after it ("low day. no scary thoughts, just gray"): never with a "but" after;
_NO_SCARY_JUST_50 = _reading_pattern(
    " (?:no|not having any|never any|nothing|sin|no tengo) (?:scary|intrusive|bad|dark|weird|horrible|pensamientos)"
    " ?(?:thoughts|images|urges|feos|malos|intrusivos|oscuros)?(?= (?:just|only|mostly|solo|nada mas|nomas|i am just|im just"
    "|just feling|solamente) )")
# - a wait for a slow medicine given as why a treatment's speed is asked ("ya no puedo más. No tengo tres meses para
#   esperar a que una pastilla funcione. ¿Qué tan pronto se siente uno mejor con la ketamina?"): the worn-out words
#   beside it are the check-in's to meet;
_SLOW_MEDS_WAIT_50 = _reading_pattern(
    " (?:no tengo|i do not have|i dont have|cant wait|can not wait|no puedo esperar)(?: [a-z]+){0,2}? (?:para |to )?(?:esperar"
    "|wait)(?: (?:a que|for|que))? (?:una |un |las |los |la |el |a |the |some |an )?(?:pastilas|pastila|pils|pil|medicamento"
    "|medicamentos|medicina|medicinas|antidepresivo|antidepresivos|antidepresant|antidepresants|meds|medication|ssri|ssris)"
    "(?: (?:funcione|funcionen|haga efecto|hagan efecto|to work|to kick in|work|kick in))?(?= )")
_SPEED_ASKED_50 = _reading_pattern(
    " (?:que tan pronto|cuanto tarda|cuanto tiempo tarda|en cuanto tiempo|how son|how fast|how quickly|how long does it take"
    "|how long until|how long before)(?= )")
_WORN_OUT_50 = _reading_pattern(" (?:(?:y|and|pero|but) )?(?:(?:yo|i) )?(?:ya no puedo mas|no puedo mas|ya no aguanto|no aguanto mas|i cant take it anymore"
                                "|i can not take it anymore|i cant do this anymore|i can not do this anymore)(?= )")
# - a fall at home ("slipped on the bathroom tile and hit my head, should I still come in?"): never "on purpose",
#   "again and again" or "until";
_FELL_HIT_50 = _reading_pattern(
    " (?:sliped|slip|sliping|fell(?! apart)|fall(?! apart)|triped|trip|tripping|stumbled|lost my balance|me resbale|me cai"
    "|resbale|me tropece)"
    "(?: [a-z]+){0,6}? (?:and |y )?(?:hit|bumped|banged|smacked|whacked|me pegue|me golpee) (?:my|the|mi|la|el|en la|en el|en mi|con la|con el)"
    " (?:head|knee|elbow|back|hip|face|forehead|chin|arm|cabeza|rodila|codo|espalda|frente|cara)(?= )"
    "(?! (?:against|on|into) (?:the|a) wal| contra (?:la|una) pared)")
_KEPT_UP_50 = _reading_pattern(" (?:again|over and over|until|til|till|repeatedly|on purpose|a proposito|hasta|otra vez"
                               "|una y otra vez|deserve|deserved|me lo merezco|lo merezco)(?= )")
# - an itch scratched, a remedy asked ("my scar itches, I scratch it until it hurts, any cream?"): never to feel, to
#   punish oneself or on purpose;
_ITCH_50 = _reading_pattern(" (?:itch|itches|itchy|itching|itched|pica|picazon|comezon|me pica)(?= )")
_REMEDY_50 = _reading_pattern(" (?:cream|creams|lotion|ointment|balm|oil|remedy|remedies|anything for|something for|what can i put"
                              "|crema|pomada|unguento|aceite|remedio)(?= )")
_SCRATCH_UNTIL_50 = _reading_pattern(
    " (?:i |yo )?(?:scratch|scratching|scratched|rub|rubbing|me rasco|rasco|rascar|rascandome)(?: it| them| at it| la| lo)?"
    " (?:until|til|till|hasta que)(?: it| they)? (?:hurts|hurt|bleeds|bled|is raw|gets raw|sting|stings|duele|sangra|arde)(?= )")
_SCRATCH_BAR_50 = _reading_pattern(" (?:to fel|fel anything|fel something|like the pain|love the pain|punish|deserve|release"
                                   "|on purpose|a proposito|para sentir|castigar|me gusta el dolor|notice|hide|hate myself"
                                   "|me odio|esconder|no se de cuenta)(?= )")
# - news shared ("just wanted to tell someone", "solo quería contarles"): no urge of its own;
_JUST_SHARING_50 = _reading_pattern(
    " (?:i just|just|i only|only|solo|nada mas|yo solo) (?:wanted|want|wana|queria|quise) (?:to )?(?:tel (?:someone|somebody"
    "|you|you al|you guys|the team)|share(?: this| that| with (?:someone|you|you al|the team))?|let (?:you|you al|you guys"
    "|someone|the team) know|contarles|contarle a alguien|contarle|decirles|compartir(?: esto| con ustedes| con alguien)?)(?= )")
# - the baby taken along to an everyday place ("el bebé y yo nos vamos juntos al doctor mañana", "the baby and I are
#   going together to the pediatrician tomorrow").
_GOING_TOGETHER_TO_50 = _reading_pattern(
    "(?: (?:el bebe|the baby|mi bebe|my baby|my son|my daughter|mi hijo|mi hija|la nena|el nene) (?:y|and) (?:yo|i|me))?"
    " (?:nos vamos|vamos|nos vamos a ir|iremos|nos iremos|we are going|we re going|we are heading|going|heading|wil go|we go)"
    "(?: juntos| juntas| together| los dos| las dos| both)?(?: (?:al|a la|a|to the|to|to our|to my|para el|para la))"
    " (?:doctor|doctors|medico|pediatra|pediatrician|clinica|clinic|hospital|parque|park|super|supermercado|store|tienda|mercado"
    "|market|iglesia|church|cita|apointment|checkup|consulta|grocery|groceries|playa|beach|casa de (?:mi|la|el)|library"
    "|biblioteca|daycare|guarderia|vacunas|vaccines|shots|lab|laboratorio|farmacia|pharmacy)(?= )")

# Round 51 (f52; sure-tier alarms of blind batch 52), masked in _r50_masked's step (the check-in, never quiet):
# - a fear for the baby's health, told as panic or worry that he will die ("every little cough makes me panic he's going
#   to die", "me da pánico que se muera cuando tose"): never beside a wish ("...and I want him to" keeps the sure tier);
_HEALTH_FEAR_51 = _reading_pattern(
    " (?:makes me panic|i panic|panic|panicking|i am scared|im scared|scared|afraid|terrified|worried|i worry|worry|worrying"
    "|paranoid|convinced|freak out|freaking out|i fear|me da panico|me da miedo|tengo miedo de|tengo panico de|me preocupa"
    "|me aterra|miedo de)(?: that| de| que)? (?:he|she|the baby|my baby|my son|my daughter|el bebe|mi bebe|el nene|la nena)?"
    " ?(?:is going to die|is gona die|wil die|might die|could die|is dying|stops breathing|wil stop breathing|se va a morir"
    "|va a morir|se muera|se me muera|se me vaya a morir|deje de respirar)(?= )")
# - a grown-up's habit that annoys, with "I'm going to kill him" after it ("my husband keeps hiding the remote, I'm going
#   to kill him", "my roommate never stops eating my yogurt, I swear I'll strangle her"): never with the writer, the
#   baby or a second person joined on after it (mend50: nothing but a laugh may follow, _ONLY_LAUGH_AFTER_51).
_NAGGED_51 = _reading_pattern(
    " (?:my (?:husband|hubby|partner|boyfriend|bf|wife|mom|mother in law|mil|dad|roommate|brother|sister|coworker|boss|neighbor"
    "|ex)|he|she)(?: [a-z]+)?? (?!(?:keps|kept|always|wont stop) (?:hiting|hits|hit|beating|beats|choking|chokes"
    "|hurting|hurts|threatening|threatens))(?:keps|kept|wont stop|wil not stop|never stops|always|refuses to|refused to|forgot"
    "|forgets"
    "|left (?:the|his|her|dirty|wet)|leaves (?:the|his|her|dirty|wet)|ate|eats|took|takes|hid|hides)"
    # (no baby, child or crying told inside: "my husband left, baby screams so loud I could kill him" keeps the block)
    "(?: (?!baby|babies|bebe|newborn|infant|son|daughter|kid|kids|child|toddler|screams|screaming|crying|cries|cry|custody"
    "|hits|hit|hiting|beats|beat|me pega|knife|knives|gun|guns)[a-z]+){1,6}?"
    " (?:i |and i )?(?:am going to|am gona"
    "|wil|could|would|might|am about to|swear i wil|swear i am going to) (?:kil|strangle|murder) (?:him|her|them)(?= )")
# (mend50) ...and only with nothing but a laugh or the end of the message after the kill phrase ("...I'm going to kill him
# tonight", "...I know where he lives", "...the baby I mean" keep the full block)
_LAUGHS_51 = "(?: (?:lol|lmao|haha|hahaha|jaja|jajaja|jk|omg|ugh|seriously|i swear|lo juro|te juro|[^a-z0-9 ]+))*"
_ONLY_LAUGH_AFTER_51 = _reading_pattern(_LAUGHS_51 + " ?$")

# - calmer the day after a session ("the session yesterday was wild... today estoy más tranquila", "después de la
#   infusión me siento más tranquilo"): the treatment's effect, never beside a decision or a plan (read after masking).
_SESSION_TOLD_51 = _reading_pattern(" (?:sesion|sesions|session|sessions|infusion|infusions|treatment|tratamiento|ketamine"
                                    "|ketamina|therapy|terapia)(?= )")
_CALMER_51 = _reading_pattern(" (?:mas tranquila|mas tranquilo|calmer|more calm|feel calmer|feling calmer|calmer now)(?= )")
_DECIDED_51 = _reading_pattern(" (?:decided|decidi|decision|made up my mind|ya se lo que|i know what i|ya lo tengo claro"
                               "|se acabo|it is over|its over|finaly over|for good|para siempre)(?= )")


# Round 51 (quiet51; check-in false alarms of blind batch 53), masked in their own step; the message is left quiet only
# when nothing at all is left once they are masked, for the rules or the model (CrisisDetector._nothing_left):
# - life insurance bought or updated as a chore of new parents ("finally bought life insurance, adulting achievement
#   unlocked", "signed up for a life insurance policy through work"): never with a payout, a beneficiary, suicide or an
#   accident, "for after" or "better off" anywhere in the message;
_INSURANCE_CHORE_51 = _reading_pattern(
    " (?:finaly |just |we |i |we just |i just |finaly got around to )?(?:bought|buying|buy|got|get|geting|signed up for"
    "|signing up for|sign up for|set up|applied for|applying for|shopping for|compared|comparing|picked|chose|updated"
    "|updating|renewed|renewing)(?: a| an| our| my| some| new)? (?:life insurance|term life|term life insurance|seguro de vida)"
    "(?: policy| policies| plan| plans| poliza)?(?= )")
_INSURANCE_RISK_51 = _reading_pattern(
    " (?:beneficiary|beneficiaries|beneficiario|pays|pay out|payout|payouts|paid out|pays out|suicide|suicidio|self inflicted"
    "|acident|acidente|better off|worth more|in order|paswords|loose ends|clause|gone|not here|not around|after i|if i"
    "|when i|before i|covers|cover|cubre|worth|money|dinero)(?= )")
# - a neighbour or someone else come to check "if someone died" after a scream or a noise ("the baby rolled over and I
#   screamed so loud the neighbor came over to see if someone died lol"): their worry, no death;
_CAME_TO_CHECK_51 = _reading_pattern(
    " (?:came|come|comes|ran|run|runs|knocked|called|texted|checked|came over|came runing|ran over|ran in)"
    "(?: [a-z]+){0,3}? (?:to se|to check|to make sure|checking|asking) (?:if|whether|that)"
    " (?:someone|somebody|anyone|anybody|everyone|everybody|we|i|the baby|someone had|somebody had)"
    " (?:died|was dying|was dead|had died|got hurt|was hurt|was being murdered|was being kiled|was ok|was okay|were ok)(?= )")
# - a thing thrown or broken in anger and the baby named only to say it was not him ("I threw the cover across the
#   garage. The cover, not the baby lol"): the correction is masked, the throw itself stays to be read;
_NOT_THE_BABY_51 = _reading_pattern(
    " (?:the|my|a|his|her|el|la|mi) (?:[a-z]+ ){0,2}?(?P<thing>[a-z]+) (?:not|no) (?:the baby|my baby|the kid|my son|my daughter|him|her"
    "|al bebe|el bebe|a mi bebe)(?= (?:lol|haha|lmao|jaja|jajaja|obviously|obvio|of course|is|are|was|do|does|can|should"
    "|anyway|just)(?= )| ?$)")
# - relief at good news told now ("nobody judged me. I'm so relieved"): the writer's own relief said as it is, never
#   pictured, wished or tied to a thought ("I'd be relieved", "feel relieved when I think about");
_RELIEVED_NOW_51 = _reading_pattern(
    " (?:i am|im|i was|i fel|i felt|so|and)(?: so| realy| just| honestly| truly| very| beyond| such| pretty| kind of)*"
    " relieved(?! (?:when|if|that i|to think|thinking|imagining|at the thought|about dying|about not|cuando|si)(?= ))(?= )")
# - a risk read on a form, label or leaflet of a treatment ("reading about overdose risks on the ketamine consent
#   form scared me"): the clinic's paperwork, not a method looked up.
_RISK_ON_FORM_51 = _reading_pattern(
    " (?:overdose|od|sobredosis|lethal|toxicity|toxic)(?: risk| risks| warning| warnings| section| part| info| information"
    "| stuff| line| lines| riesgo| riesgos)?(?: [a-z]+){0,2}? (?:on|in|de|en) (?:the|my|your|a|el|la|los|las)"
    "(?: [a-z]+){0,2}? (?:consent form|consent forms|consent|form|forms|paperwork|label|leaflet|insert|pamphlet|handout"
    "|brochure|formulario|folleto|consentimiento)(?= )")

_GOT_MAD_51 = _reading_pattern(" got (?:so |realy |super |very |a litle |kind of )?(?:mad|angry|frustrated|upset|annoyed"
                               "|pised|furious|heated|worked up)(?= )")


# (mend52b) The insurance chore, "so relieved" and "X not the baby" may each be half of the pair that earned the
# check-in ("finally bought life insurance. now I can go", "I'm so relieved. it'll be easier to leave them now", "the
# cover, not the baby lol. next time it might be him"), so each is masked only when nothing follows it but a laugh, a
# question about it ("is that normal rage"), the chore's own remark ("so grown up", "adulting achievement unlocked",
# "through work", "now that the baby is here") or the end of the message (the laughs are _ONLY_LAUGH_AFTER_51's). Any
# other words after it keep the check-in.
_CALM_AFTER_52 = _reading_pattern(
    "(?:" + _LAUGHS_51
    + "(?: (?:is|are|was|does|do|did|can|could|should|would|es|eso es) (?:that|this|it|these|those|normal|you guys|you|yal)"
    "(?: (?!want|wish|die|dead|dying|leave|go|gone|end|kil|hurt|anymore|me|him|her|them|mine|morir|muerta|muerto)[a-z]+){0,5}"
    "| (?:so |very |felt |feel |feels |feling |realy |such an |such a |an |a )*(?:grown up|responsible|adult|adulting|proud"
    "|mature)| (?:today|yesterday|this week|at work|updated|unrelated|unrelated but)"
    "| (?:after|since|because|now that|cuz|as) (?:the baby|baby|we have a baby|we had a baby|our baby|we have kids|the kids)"
    "(?: came| was born| arrived| is here| now)?| (?:hr|they|work) (?:needed|asked for|wanted) (?:my|our)(?: new)?"
    " (?:address|info|details|signature)"
    "| (?:adulting |adult )?achievement unlocked| through (?:work|my job|his job|her job|the job|his work|her work)"
    "| now that (?:the baby|baby|he|she|we|our baby|our son|our daughter) (?:is|are) (?:here|born))?)* ?$")


def _masked_if_calm_after(pattern: re.Pattern[str] | LazyPattern, mask: str, words: str) -> str:
    """`words` with each match of `pattern` masked by `mask` when nothing but _CALM_AFTER_52 follows it."""
    return pattern.sub(lambda said: mask if _CALM_AFTER_52.match(said.string, said.end()) else said.group(0), words)


def _quiet51_masked(words: str) -> str:
    """The reading with each round-51 (quiet51) everyday clause masked (see above); unchanged when a wish, finality,
    despair, "on purpose", a time of an act set, letters or all taken is read in the message. The insurance chore,
    "so relieved" and "not the baby" only with nothing after them but _CALM_AFTER_52 (mend52b)."""
    if _r50_barred(words):
        return words
    masked = words
    if not _INSURANCE_RISK_51.search(masked):
        masked = _masked_if_calm_after(_INSURANCE_CHORE_51, " paperwork", masked)
    masked = _CAME_TO_CHECK_51.sub(" came to check on us", masked)
    masked = _GOT_MAD_51.sub(" was mad", masked)  # "got" is no means got hold of
    if (said := _NOT_THE_BABY_51.search(masked)) and _CALM_AFTER_52.match(masked, said.end()):
        # the throw of the very thing named is masked with it
        masked = masked[:said.start()] + " the thing only" + masked[said.end():]
        masked = re.sub(" (?:threw|throw|throwing|tosed|tossed|chucked|flung|slamed|kicked|smashed|broke|hit|punched|yeted)"
                        " (?:the|my|a|his|her|el|la|mi)(?: [a-z]+){0,2}? " + said.group("thing") + "(?= )", " put away a thing",
                        masked)
    masked = _masked_if_calm_after(_RELIEVED_NOW_51, " glad", masked)
    masked = _RISK_ON_FORM_51.sub(" the paperwork", masked)
    return masked

# Round 51 (falarm51): a scripture or a sermon told, in which someone asks God to take his or her life ("the pastor
# preached on Elijah under the broom tree asking God to take his life"): the story is masked, and the check-in stands.
_SCRIPTURE_51 = _reading_pattern(
    " (?:pastor|priest|preacher|sermon|sermons|preached|preaching|homily|bible|scripture|verse|psalm|psalms|elijah|jonah"
    "|moses|devotional|sunday school|bible study|biblia|predica|predico|sacerdote|versiculo|elias|jonas|moises)(?= )")
_OTHERS_LIFE_ASKED_51 = _reading_pattern(
    " (?:asking|asked|asks|begged|begging|begs|prayed|praying|prays|pidiendo|pidio|pide|rogando|rogo)"
    " (?:god|the lord|dios|a dios|al senor) (?:to|que) (?:take|end|le quitara|se levara|le quite|se leve) (?:his|her|their|la)"
    " ?(?:life|lives|own life|vida)?(?= )")

# (mend52b) the writer's own prayer or wish said after the story ("...asking God to take his life. I've been asking God
# to take mine every night", "same, God please take mine", "I pray that every night", "yo también le pido lo mismo")
_OWN_PRAYER_52 = _reading_pattern(
    " (?:take mine|take me|takes me|same here|same god|same lord|same for me|same honestly|i feel the same|me too|i pray that"
    "|i pray the same|i pray for that|i pray for it|i want the same|i wish the same|i ask the same"
    "|i pray it|pray for the same|i ask for the same|i ask him that|i ask god that|yo tambien|yo igual|igual yo|lo mismo"
    "|le pido lo mismo|le pido eso|pido lo mismo|yo se lo pido|que me leve|que me lleve a mi|llevame|me too honestly"
    "|(?:asking|ask|asked|begging|beg|begged|praying|pray|prayed|pidiendo|pido|pedi|rogando|ruego) (?:god|him|the lord|jesus"
    "|dios|a dios|al senor|le) (?:to|que|for) (?:take|end|me leve|me lleve|me quite|take me|end me)"
    " (?:mine|me|my life|my own|it all|la mia|mi vida))(?= )")


def _own_prayer_after_story(words: str) -> bool:
    """The writer's own prayer or wish (_OWN_PRAYER_52) said after a story of someone who asked God to take his life."""
    story = _OTHERS_LIFE_ASKED_51.search(words)
    return bool(story and _OWN_PRAYER_52.search(words, story.end()))


# (mend50) a feeling come back, a regret at having survived, one's own death put first
_R50_MORE_BARS = _reading_pattern(
    " (?:came back|coming back|its back|it is back|ya volvio|volvio ese|volvio el sentimiento|regreso ese"
    "|disapointed i survived|sad i survived|sorry i survived|wish i had not survived|upset i survived|sad i am stil here"
    "|sad im stil here|stil here sadly|lastima que sigo viva|lastima que sigo vivo|lastima que segui viva"
    "|lastima que no me mori|go first|going first|ir primero|me voy primero|irme primero|me muero yo|die first)(?= )")


# the night of an act (_ACT_TIME) without "tomorrow", the everyday appointment's own time ("stop eating before my
# session tomorrow morning"), or "soon", a speed asked ("¿qué tan pronto se siente uno mejor?")
_R50_ACT_TIME = _reading_pattern(" (?:tonight|tonite|after tonight|this is it|its tonight|it is tonight|esta noche)(?= )")


def _r50_barred(words: str) -> bool:
    """A wish, finality, despair, "on purpose", "and then me", a time of an act ("tonight" too), letters or all
    taken, a feeling come back, a regret at surviving or one's own death put first."""
    return bool(_WISH_SAID.search(words) or _PRESENT_WISH.search(words) or _FINAL.search(words) or _DESPAIR_47.search(words)
                or _SELF_JOINED.search(words) or _SELF_TOO_47.search(words) or _PURPOSE_SAID.search(words)
                or _bye_and_sorry(words) or _act_signs_said(words, _R50_ACT_TIME) or _HOPELESS.search(words)
                or _R50_MORE_BARS.search(words))


_DO_I_NEED_50 = _reading_pattern(" do i ned(?= (?:a|an|to|any) )")  # every "do i need a/an/to/any ..." (the plain path)


def _r50_masked(words: str, plain: bool = False) -> str:
    """The reading with each round-50 everyday clause masked; unchanged where a wish, finality, despair, "on purpose", a
    time of an act set, letters or all taken is read in what is left once the clauses that carry their own "I want" or "I'm
    going to" (a toddler's doing to stop, a swim with the baby, a settled idiom) are masked. The caller lowers a sure
    verdict to the check-in only when nothing of the sure tier is left. `plain`: only the plainest clauses (a fast asked
    before a session, milk to dump, "do I need ...", news shared, a thing that expires, a calm image of a session, the
    baby taken to the doctor), which may leave the message quiet when nothing at all is left for the rules or the model."""
    masked = words
    if not plain and _CHILD_DOING_50.search(masked):
        masked = _WANT_IT_STOPPED_50.sub(" stop the habit", _CHILD_DOING_50.sub(" siblings play", masked))
        masked = _NOT_HURTING_50.sub(" no injury", masked)
    masked = _GOING_TOGETHER_TO_50.sub(" errand", masked)
    masked = _JUST_SHARING_50.sub(" sharing news", masked)
    masked = _FASTING_ASKED_50.sub(" fasting question", masked)
    masked = _DUMP_MILK_50.sub(" pump question", masked)
    masked = _DO_I_NEED_50.sub(" asking", masked)
    if not plain:
        masked = _HEALTH_FEAR_51.sub(" health worry", masked)  # round 51 (f52)
        if (nagged := _NAGGED_51.search(masked)) and _ONLY_LAUGH_AFTER_51.match(masked, nagged.end()):
            masked = masked[:nagged.start()] + " annoyed" + masked[nagged.end():]
        if _SESSION_TOLD_51.search(masked) and not _DECIDED_51.search(masked):
            masked = _CALMER_51.sub(" relaxed", masked)
        if not _KEPT_UP_50.search(masked):  # (read before the bars: "...y me pegué en la cabeza" is no "y yo")
            masked = _FELL_HIT_50.sub(" an acident", masked)
        if _SWIM_OUTING_50.search(masked) and not _UNDER_WATER_50.search(masked):
            masked = _POOL_WITH_BABY_50.sub(" swim outing", masked)
        masked = _WANTED_TO_DIE_SETTLED_50.sub(" stresful day fixed", masked)
        if _SLOW_MEDS_WAIT_50.search(masked) and _SPEED_ASKED_50.search(masked):
            masked = _WORN_OUT_50.sub(" rough nights", _SLOW_MEDS_WAIT_50.sub(" slow treatment", masked))
    if _r50_barred(masked):
        return words
    masked = _FLOATING_50.sub(" dreamy sesion", masked)
    masked = _NEW_ONE_BOUGHT_50.sub(" replace", _THING_EXPIRES_50.sub(" out of date", masked))
    if not plain:
        masked = _NO_SCARY_JUST_50.sub(" nothoughts", masked)
        if _ITCH_50.search(masked) and _REMEDY_50.search(masked) and not _SCRATCH_BAR_50.search(masked):
            masked = _SCRATCH_UNTIL_50.sub(" itchy skin", masked)
    return masked


# Round 53 (falarm53): everyday clauses that lower only a sure verdict, and only to the check-in (988 still shown), as
# rounds 48-50 do; never primed, never beside a wish, finality, despair, "on purpose", a time of an act, letters or all
# taken (_r50_barred), and never with any family or risk concept left once the clause is masked (_everyday_rest):
# - things given away because of a move or a clear-out said in the message ("getting ready to move, giving away my
#   books", "we're downsizing so I'm giving away most of my plants"); never "moving on";
# review 53 (mend53): a relocation only ("we're moving next week", "moving to Phoenix", "getting ready to move", "nos
# mudamos"), never "moved the pills", "can't move" or "moving on", with the giving away within eight words of it, and
# never where the writer is not going along ("...but I'm not going with them", "moving to a better place", "yo no voy")
_FALARM53_MOVE = (" (?:moving(?! on| my| the| al| her| him| them| it| from| past| forward| away from)|relocating|downsizing"
                  "|decluttering|declutter|new apartment|new house|smaller place|mudanza|nos mudamos|me mudo|mudarnos|mudarme"
                  "|(?:ready|going|have|need|got|has|about) to (?:move|relocate)(?! on| my| the| al| past| forward)"
                  "|move (?:out|in|house|across|to)(?= ))(?= )")
_FALARM53_READY_TO_MOVE = _reading_pattern(" (?:geting|get|got|am geting) ready to (?:move|relocate)(?! on)(?= )")
# review 53 (mend53): never beside a jump or a fall said ("voy al puente para la feria mañana, de ahí me aviento")
_JUMP_SAID = _reading_pattern(
    " (?:jump|jumping|jumped|step of|stepping of|go over|going over|walk into the water|let go|me aviento|aventarme"
    "|me tiro|tirarme|me lanzo|lanzarme|me dejo caer|dejarme caer)(?= )")
_GIVING_AWAY = " (?:give|giving|gave|given|regalando|regale|regalar) (?:away|todos|todas|mis)(?= )"
_FALARM53_GIVE_AWAY = _reading_pattern(_GIVING_AWAY)
_MOVE_NEAR_GIVING = _reading_pattern(
    _FALARM53_MOVE + "(?: [a-z]+){0,8}?" + _GIVING_AWAY + "|" + _GIVING_AWAY + "(?: [a-z]+){0,8}?" + _FALARM53_MOVE)
_MOVE_NOT_WITH = _reading_pattern(
    " (?:beter place|not going with|not coming with|wil not be coming|wil not be going|not coming along"
    "|where i am going|somewhere no one|somewhere nobody|yo no voy|yo no|no voy con|sin mi|lugar mejor"
    "|mejor lugar|de este mundo)(?= )")
# - a bridge, a pier or a roof named with the event one goes there for ("driving to the bridge tomorrow for the
#   festival", "meeting friends at the bridge for the fireworks");
_FALARM53_PLACE_EVENT = _reading_pattern(
    " (?:bridge|bridges|pier|rooftop|roof|cliffs|cliff|overlook|puente)(?: [a-z]+){0,3}? (?:for|para) (?:the|a|an|el|la|los|las)"
    " (?:festival|fair|parade|fireworks|concert|market|farmers market|race|5k|fun run|walk|event|show|party|celebration"
    "|photos|pictures|photo shot|picnic|lights|light show|fiesta|feria|desfile|fuegos artificiales|concierto|mercado)(?= )")
# - maternity, pregnancy or nursing things one will not need any more ("maternity clothes, I won't need them anymore",
#   "I won't need my pregnancy pillow anymore"); never the baby's things or one's own clothes beside them ("giving away the
#   baby stuff and my clothes, wont need them" is a farewell sign);
_FALARM53_OUTGROWN = (" (?:maternity|pregnancy|nursing|pumping|bump|de maternidad|de embarazo)"
                      " (?:clothes|jeans|pants|bras|bra|pilow|pilows|things|stuf|dreses|leggings|tops|pads|gear|bottles|ropa)")
_FALARM53_UNNEEDED = _reading_pattern(
    "(?:" + _FALARM53_OUTGROWN + "(?: (?!my |and |y |mis )[a-z]+){0,3}? (?:i )?(?:wont|will not|do not|dont|no longer) ned"
    " (?:them|it|those|these)"
    "| (?:i )?(?:wont|will not|do not|dont|no longer) ned (?:my|the|these|those|any)" + _FALARM53_OUTGROWN + ")"
    "(?: anymore| any more| now)?(?= )")
# review 53 (mend53): the time words left out of the masked span ("...I won't need them after this week" keeps "after
# this week" for the bars), and never beside a wider "won't need much of anything / a lot of things / my bed either"
_NEEDS_NOTHING = _reading_pattern(
    " (?:wil not|wont|do not|dont|no longer|not going to|never) ned (?:much|a lot|anything|nothing|any of it|anything else"
    "|my bed|my car|my phone|my things|my stuf|any of this|them either|it either|ninguna|nada)(?= )"
    "| (?:ya )?no (?:voy a )?necesit(?:o|are|ar) nada(?= )"
    # nor beside a time set ("...after this week", "...after tonight", "...soon")
    "| ned (?:them|it|those|these)(?: [a-z]+){0,2}? (?:after|shortly|by|past|en|despues)(?= )")
# - a baby held, told by her age ("funny getting 'time to start your injections!' while holding a 2 month old"): no means
#   held; "holding" alone reads as one ("...the knives when I'm holding my baby" keeps its tier: the rest is not quiet);
_FALARM53_HOLDING_AGE = _reading_pattern(
    " (?:holding|hold|holds|cuddling|rocking|nursing|feding|caring for) (?:a|my|our|the|mi|una|un) (?:[0-9]+|one|two|three|four"
    "|five|six|seven|eight|nine|ten|eleven|twelve|few) (?:month|wek|day|months|weks|days|mo|wk)(?: old)?(?= )")
# - a future pictured at a job ("I don't see myself in the future working at this job", "...staying at this company");
_FALARM53_FUTURE_JOB = _reading_pattern(
    " (?:se|picture|imagine) myself in the future (?:working|staying|at this|at that|at my|doing this|doing that|as a|as an"
    "|in this job|in this field|in this role|in this career|with this company|teaching|nursing)(?= )")
# - a baby's own scratches, once read as such by _mask_contexts ("the baby scratched his face with his little nails until
#   it bled, should I get mittens?"): the blood is the baby's scratch, not a mark kept up on oneself.
_FALARM53_BABY_SCRATCH = _reading_pattern(
    " scraping with baby nails(?: [a-z]+){0,8}? (?:until|til|till|and) (?:it|they) (?:bled|bleds|was bleding|were bleding"
    "|bleding|started bleding|started to bled)(?= )")


# Round 53 (falarm53): a relative's thoughts of suicide told in the present by the writer who asks about treatment for
# her ("my sister has been having thoughts of suicide since her baby was born. can ketamine help with that?", "mi esposa
# ha tenido pensamientos de quitarse la vida ... ¿la ketamina es un tratamiento para eso?"): someone at risk, so the
# check-in (988 shown), not the full block written for the writer. Never with a means, a note, a plan, a time, an
# attempt or a goodbye told of her (_FALARM53_OTHER_DANGER), never where the writer shares them or turns to herself,
# and only when the rest of the message, the clause masked, is quiet.
_FALARM53_OTHERS_IDEATION = _reading_pattern(
    " (?:she|he|they|ella|(?:my|mi|our|his|her|su|nuestra|nuestro)(?: [a-z]+){0,2}? " + _RELATIVE
    # round 56: people in general asked about ("la ketamina sirve para las personas que piensan en quitarse la vida?")
    + "|(?:people|patients|moms|mothers|women|those|personas|gente|pacientes|mamas|madres|mujeres) (?:who|that|que))"
    "(?: (?!i |me |yo |my |mi |im )[a-z]+){0,8}?"
    " (?:has ben having|has ben|has had|has|is having|keps having|gets|had|ha tenido|tiene|ha pensado en|ha pensado|piensa en"
    "|piensan en|tienen|think about|think of|have|struggle with|sufren de|tienen pensamientos de"
    "|ha hablado de|habla de|said she has had|says she has|dice que ha pensado en|dice que piensa en)"
    "(?: (?!i |me |yo |my |mi |im )[a-z]+){0,4}? (?:suicide|suicidal|suicidio|suicidas|suicida|ending (?:her|his|their) (?:own )?life"
    "|quitarse la vida|taking (?:her|his|their) (?:own )?life|kiling (?:herself|himself))"
    "(?: thoughts| ideation| feelings| pensamientos| ideas)?(?= )")
_FALARM53_OTHER_DANGER = _reading_pattern(
    " (?:tonight|today|esta noche|hoy|plan|plans|planing|un plan|going to|gona|va a|wil|tried|atempt|atempted|intento"
    "|overdose|overdosed|sobredosis|gun|guns|pistol|pistola|arma|pils|pastilas|rope|cuerda|knife|cuchilo|bridge|puente"
    "|note|a note|una carta|letter|letters|goodbye|said goodbye|se despidio|gave away|giving away|regalo|regalando"
    "|hiding|escondio|not safe|no esta a salvo|missing|desaparecio|wants to die|quiere morir|se quiere morir"
    # the writer has them too ("...and so have I", "...I have them too", "yo también")
    "|so have i|as have i|so do i|as do i|i have to|i have them|i have those|i get them|i do to|me to|same here|and me"
    "|yo tambien|a mi tambien|igual que yo|yo igual|y yo)(?= )")

# Review 53 (mend53): the writer sharing the thoughts in any words ("...I've had them too", "...honestly I do as well",
# "...I think about it a lot too", "...honestly same"), and dangers told of the relative that the list above misses (a
# place she drives to, alone with the baby, drinking and driving on purpose, a rope or letters bought or written, "ya
# sabe cómo"): never the check-in step.
_WRITER_TOO = _reading_pattern(
    " (?:i|me|yo|myself)(?: [a-z]+){0,6}? (?:to|as wel|also|tambien|igual)"
    "(?= $| (?:does|do|can|is|wil|would|could|should|and|but|lately|honestly|sometimes|now|for|since|is|are|la|el|la|y|pero)(?= ))"
    "| (?:honestly|and|tbh|lol|so) same(?= )| same here(?= )| same for me(?= )| same as me(?= )")
_OTHER_DANGER_MORE = _reading_pattern(
    " (?:dam|drives to|driving to|drove to|home alone|alone with|by herself with|by himself with|drinking|driving|on purpose"
    "|a proposito|soga|lazo|mecate|cartas|carta|letters|sabe como|knows how|compro|bought|buying|stockpiling|stockpiled"
    "|saving up|juntando|se encero|locked herself|locked himself|every night|cada noche"
    "|not answering|no contesta)(?= )")


# Round 53 (falarm53), quiet: plainly everyday clauses that leave a check-in quiet only when nothing at all is left
# (_nothing_left: no family, no concept tier, no risk or means concept, the model unconcerned):
# - a death in a named video game, in Spanish ("Mario Kart, me mató en la última vuelta", "en Fortnite me mataron otra
#   vez"); review 53 (mend53): only a named game or "videojuego" (never "la carrera / la partida / el juego / la vuelta /
#   el nivel", ordinary nouns), and only a "me mato / mataron / mata" within five words of it: with the accent gone,
#   "me mato" is also the first person ("perdí la carrera, ya me mato"), so never read anywhere in the message.
_GAME_NAMES = ("(?:mario kart|mariokart|fortnite|minecraft|roblox|videojuego|videojuegos|call of duty|smash|among us|halo"
               "|zelda|free fire)")
_GAME_KILLED = "(?:me|nos|te) (?:mato|mataron|mata|matan|volvio a matar|volvieron a matar)"
_FALARM53_GAME_KILL = _reading_pattern(
    "( " + _GAME_NAMES + "(?: [a-z]+){0,5}?) " + _GAME_KILLED + "(?= )"
    "| " + _GAME_KILLED + "((?: [a-z]+){0,5}? " + _GAME_NAMES + ")(?= )")
# - a medicine reminder with its clock time ("💊 reminder: take meds at 8 ✅", "recordatorio: tomar mis vitaminas a las 9");
_FALARM53_MED_REMINDER = _reading_pattern(
    "(?: pils)? (?:reminder|recordatorio|remember|dont forget|do not forget|no olvidar|no olvides)(?: to| de)?"
    " (?:take|tomar|to take)(?: my| mis| the| las| los| her| his| the babys)?"
    " (?:meds|pils|vitamins|vitamin|medicine|medication|medications|prenatals|prenatal|iron|pastilas|medicinas|vitaminas"
    "|medicamento|medicamentos)(?: at| a las| by| before| after| con)(?: [0-9]+| bedtime| breakfast| dinner| lunch| noon"
    "| el desayuno| la cena| la comida)(?= )")
# - a goodbye said to a thing outgrown or left behind ("Final goodbye to my maternity jeans 👋", "adiós a la cuna").
_FALARM53_BYE_THING = _reading_pattern(
    " (?:final |last )?(?:godbye|bye|farewel|adios|bye bye) (?:to|a) (?:my|the|these|those|our|mis|mi|los|las|el|la)"
    "(?: maternity| pregnancy| nursing| old| favorite| beloved| de maternidad| de embarazo)?"
    " (?:jeans|clothes|pants|leggings|bras|bra|bump|bely|crib|basinet|stroler|pump|botles|diapers|car|couch|apartment"
    "|house|swing|car seat|onesies|ropa|panza|panales|cuna|carriola|pijamas|pajamas)(?= )")


# Review 53 (mend53): a goodbye that goes on to people ("final goodbye to my bump 👋 and to everyone else too", "adiós a la
# cuna y a todos") is no goodbye to a thing only.
_BYE_TO_PEOPLE = _reading_pattern(
    " (?:to|a|and|y)(?: (?:to|a))? (?:everyone|everybody|al of you|you al|y al|the world|this world|my family|my kids|my babies"
    "|todos|todas|ustedes|el mundo|este mundo|mi familia|mis hijos)(?= )")


def _falarm53_quiet_masked(words: str) -> str:
    """The reading with each round-53 quiet clause masked (see above); unchanged where _r50_barred reads a wish,
    finality, despair, "on purpose", a time of an act, letters or all taken."""
    if _r50_barred(words):
        return words
    masked = words
    masked = _FALARM53_GAME_KILL.sub(lambda m: (m.group(1) or "") + " me gano" + (m.group(2) or ""), masked)
    masked = _FALARM53_MED_REMINDER.sub(" daily reminder", masked)
    if _BYE_TO_PEOPLE.search(masked):
        return masked
    return _FALARM53_BYE_THING.sub(" so long to the clothes", masked)


def _falarm53_masked(words: str) -> str:
    """The reading with each round-53 everyday clause masked (see above); unchanged where _r50_barred reads a wish,
    finality, despair, "on purpose", a time of an act, letters or all taken."""
    masked = words
    if _MOVE_NEAR_GIVING.search(masked) and not _MOVE_NOT_WITH.search(masked):
        masked = _FALARM53_READY_TO_MOVE.sub(" relocating", _FALARM53_GIVE_AWAY.sub(" donating", masked))
    if not _JUMP_SAID.search(words):
        masked = _FALARM53_PLACE_EVENT.sub(" an outing", masked)
    if not _NEEDS_NOTHING.search(words):
        masked = _FALARM53_UNNEEDED.sub(" outgrown clothes", masked)
    masked = _FALARM53_FUTURE_JOB.sub(" a new job", masked)
    masked = _FALARM53_HOLDING_AGE.sub(" with the baby", masked)
    masked = _FALARM53_BABY_SCRATCH.sub(" scraping with baby nails", masked)
    if masked == words or _r50_barred(masked):
        return words
    return masked


# Round 54 (falarm54): everyday clauses of blind batch 56 and last round's probes that read as the sure tier, lowered to
# the check-in (988 still shown; a real crisis could hide there) by _falarm54_masked:
# - "killing myself" said of the work a thing takes ("I'm killing myself trying to cook every night", "killing myself at
#   the gym", "me estoy matando trabajando"): worn out, not a death wished (never "thinking about killing myself");
_FALARM54_WORN_OUT = _reading_pattern(
    "(?<! about)(?<! of)(?<! considering)(?<! imagining)(?<! picturing)(?<! like)"
    # (mend54) never after a will to do it ("I'm going to kill myself at work tomorrow"), not only by _r50_barred
    "(?<! going to)(?<! gona)(?<! want to)(?<! wana)(?<! wil)"
    " (?:kiling|kil) myself (?:trying to|trying|working|to get|to make|to kep|at work|at the gym|at the ofice|at my job"
    "|over (?:this|that|the|my|a)|cleaning|coking|studying|running around|doing (?:al|everything|this|the)|with work"
    "|with (?:this|the) (?:project|house|move|renovation|garden|laundry|wedding|shower|party)"
    "|for (?:this|that|my|the) (?:job|work|boss|project|house|wedding|shower|party|family))(?= )"
    "| me estoy matando (?:trabajando|limpiando|cocinando|estudiando|en el trabajo|en el gym|en el gimnasio"
    "|para (?:terminar|acabar|pagar|sacar))(?= )")
# - a hazard pointed out to others with a warning ("no guardrail on the bridge, be careful", "the ledge by the trail has
#   no railing, watch your kids"): a warning, read only with no word of the writer's own in the message.
_FALARM54_WARNING = _reading_pattern(
    " (?:be careful|careful|be safe|drive safe|drive safely|drive carefuly|watch out|watch your kids|watch your step"
    "|watch the kids|heads up|tengan cuidado|ten cuidado|con cuidado|cuidense|cuidate)(?= )")
_FALARM54_OWN = _reading_pattern(" (?:i|me|my|myself|im|ive|id|il|mine|yo|mi|mis|conmigo|estoy|voy|quiero)(?= )")
_FALARM54_HAZARD_PLACE = _reading_pattern(
    " (?:on|of|at|near|by|off|in|en|del|de|sobre) (?:the|that|this|el|la|ese|esa|este|esta)"
    " (?:bridge|overpass|cliff|ledge|rof|rooftop|balcony|parking garage|dam|trail|puente|barranco|balcon|azotea|presa)(?= )")


def _falarm54_masked(words: str) -> str:
    """The reading with each round-54 everyday clause masked (see above); unchanged where _r50_barred reads a wish,
    finality, despair, "on purpose", a time of an act, letters or all taken."""
    masked = _FALARM54_WORN_OUT.sub(" wearing myself out", words)
    if _FALARM54_WARNING.search(masked) and not _FALARM54_OWN.search(masked):
        masked = _FALARM54_HAZARD_PLACE.sub(" on the road", masked)
    if masked == words or _r50_barred(masked):
        return words
    return masked


# Round 56 (falarm56): everyday clauses of batch 58 and the everyday set 58 that read as the sure tier, lowered to the
# check-in (988 still shown; a real crisis could hide there) by _falarm56_masked:
# - an eagerness or a craving said with "dying to" / "kill for" ("dying to get a straight answer", "I'd kill for my
#   morning coffee", "me muero por un café"): a want of a thing, never beside a death, a means or a time left in the rest;
_FALARM56_EAGER = _reading_pattern(
    " (?:dying|dieing) to (?:get|know|hear|find out|se|try|met|ask|learn|read|bok|start|talk|tel|go back|have a)"
    "| (?:would|wil|could) kil for(?= (?:a|an|my|some|one|the|any|just) )"
    "| me muero por(?= (?:un|una|saber|ver|probar|mi|el|la) )")
# - a hope about how a thing goes ("so I'm hoping it's not too long", "hope the infusion helps"): hoped of a wait or a
#   treatment, never "hope it happens";
_FALARM56_HOPE_FOR_A_THING = _reading_pattern(
    " (?:hoping|hope|i hope) (?:it is not|it isnt|it wil not be|it wont be|the wait is not|the wait isnt)(?: to| that| so)?"
    " (?:long|bad|expensive|painful|much|crowded)"
    "| (?:hoping|hope|i hope) (?:it|this|the (?:infusion|treatment|ketamine|medicine|sesion))(?: wil| does)? (?:works|help|helps|work)"
    "(?= )")
# - a treatment's effect asked about in the second or third person ("does the ketamine make you feel like you're
#   dying?", "will the infusion make people feel like they're dying"): a side effect asked, not the writer's state;
_FALARM56_EFFECT_ASKED = _reading_pattern(
    " (?:does|dos|wil|would|can|could|did|is|do) (?:the |this |a |that |an )?(?:ketamine|ketamina|infusion|infusions|treatment"
    "|spravato|esketamine|medicine|medication|drug|it|dose|session)(?: [a-z]+)? (?:make|makes|making) (?:you|people|someone"
    "|patients|folks|them) (?:fel|feling) like (?:you are|they are|you re|theyre|youre|your) dying(?= )")
# - someone else woken ("she's asleep and I don't want to wake her", "no la quiero despertar"): waking a person, never
#   one's own "wake up";
_FALARM56_WAKE_OTHER = _reading_pattern(
    "(?: (?:do not|dont|did not|didnt) (?:want|wana) to| (?:can not|cant|wil not|wont))? wake (?:her|him|them|the baby|the kids|my (?:wife|husband|partner|baby|son|daughter|mom|dad|kids)|you|anyone|everyone"
    "|everybody|the house)(?! up (?:ever|again|tomorow|anymore))(?= )")
# - arriving or ending the day "dead" from work ("trabajo desde las 4 y llego muerto", "termino muerta de cansancio"):
#   worn out, said of the end of a day;
_FALARM56_WORN_OUT_ES = _reading_pattern(
    " (?:lego|legue|legamos|vengo|acabo|termino|quedo|quede|salgo|regreso|vuelvo) (?:bien |super |re |todo |toda |casi )?"
    "(?:muerto|muerta|muertos|muertas)(?: de cansancio| de sueno| del trabajo| del cansancio)?(?= )")
# - someone else seen calmer ("la vi más tranquila hoy", "se le ve más tranquilo"): a relative's progress, not the
#   writer's calm before an end;
_FALARM56_SEEN_CALMER = _reading_pattern(
    " (?:la|lo|las|los) (?:vi|veo|vimos|note|notamos|senti|sentimos|encontre) (?:mucho |un poco |bien |muy )?mas tranquil[oa]s?"
    "| se (?:le |la |lo )?(?:ve|veia|vio|nota|notaba) (?:mucho |un poco |muy )?mas tranquil[oa]s?(?= )")
# - a goodbye with a plan to meet again ("love u guys, see u tmrw", "nos vemos mañana") or a leaving early ("gonna dip
#   early today, bye guys"): its time is of the next meeting or of an everyday leaving, no time of a plan;
_FALARM56_SEE_AGAIN = _reading_pattern(
    "(?<! not)(?<! never)(?<! wont)(?<! no)(?<! nunca) (?:se|talk to|talk|catch) (?:you|ya|you al|y al|you guys|everyone)"
    " (?:tomorow|tonight|later|soon|next wek|monday|tuesday|wednesday|thursday|friday|saturday|sunday|in the morning"
    "|at my apointment|at the apointment)"
    "|(?<! no)(?<! nunca) nos vemos (?:manana|luego|pronto|el lunes|el martes|el miercoles|el jueves|el viernes|el sabado"
    "|el domingo|la proxima semana)| hasta manana(?= )")
_FALARM56_PARTING = _reading_pattern(
    " (?:love you|love ya|luv you)(?: guys| al| everyone| lots| so much)?| (?:bye|godbye|bye bye|godnight|god night|night night"
    "|adios|chao)(?: guys| everyone| al| y al| todos| a todos)?(?= )")
_FALARM56_LEAVE_EARLY = _reading_pattern(
    "(?: i am going to| i am gona| im gona| gona| going to| i wil| i have to| i ned to)? (?:dip|head out|leave|log of|sign of|clock out|bounce|head home|go home|duck out|turn in|cal it a day) early"
    "(?: today| tonight)?(?= )")


def _falarm56_masked(words: str) -> str:
    """The reading with each round-56 everyday clause masked (see above); unchanged where _r50_barred reads a wish,
    finality, despair, "on purpose", a time of an act, letters or all taken."""
    masked = _FALARM56_HOPE_FOR_A_THING.sub(" a wait", _FALARM56_EAGER.sub(" eager for", words))
    masked = _FALARM56_EFFECT_ASKED.sub(" a side efect", masked)
    masked = _FALARM56_WAKE_OTHER.sub(" let her slep", masked)
    masked = _FALARM56_WORN_OUT_ES.sub(" termino la jornada", masked)
    masked = _FALARM56_SEEN_CALMER.sub(" la vi mejor", masked)
    masked = _FALARM56_LEAVE_EARLY.sub(" heading home", masked)
    if _FALARM56_SEE_AGAIN.search(masked) or masked != words and _FALARM56_PARTING.search(masked):
        # a parting beside a plan to meet again, or beside an everyday leaving, is for a while
        masked = _FALARM56_PARTING.sub(" thanks", _FALARM56_SEE_AGAIN.sub(" later", masked))
    if masked == words or _r50_barred(masked):
        return words
    return masked


# Round 56 (falarm56), quiet: the plainest everyday clauses of the everyday set 58 that earned a check-in, left quiet by
# _falarm56_quiet_masked only where nothing at all is left (_nothing_left: no family, no concept tier, the model
# unconcerned):
# - a body part or a trifle "killing me", a child "the death of me" or "an early grave" (pain and fatigue, not a death);
_FALARM56_IDIOM_PAIN = _reading_pattern(
    " (?:my )?(?:back|neck|fet|feet|knes|knee|shoulder|shoulders|hips|hip|wrist|wrists|arms|legs|boobs|nipples|head|stomach"
    "|incision|scar|teth|tooth|body|c section|csection) (?:is |are |has ben |was |were |realy |lowkey )?(?:kiling|kiled) me"
    "| (?:is |are |wil |going to |gona )?be the death of me| (?:drive|driving|send|put|puting) me (?:in|into|to) an early grave"
    "(?= )")
# - a thing thrown in anger ("I wanted to throw my phone across the room"): a temper at an object, no one hurt;
_FALARM56_THROWN_THING = _reading_pattern(
    "(?: i)?(?: wanted to| want to| wana| could)? (?:throw|thrown|threw|chuck|smash|yet) (?:my|the|this) (?:phone|laptop|remote"
    "|computer|tablet|mug|cup|pilow|controler)(?: acros the rom| at the wal| out the window| in the trash)?(?= )")
# - a shopping question ("any recs for a better one?"), a baby's new skill ("she figured out how to roll"), a child left
#   with a relative ("if I leave him with my dad"), papers for work ("¿dan cartas para el trabajo?") and the insurance's
#   red tape ("so over the insurance runaround"): errands, no worth, plan, absence or letter of the writer's own.
_FALARM56_ERRANDS = _reading_pattern(
    " (?:recs|recomendations|recomend|sugestions|tips|ideas|sugest) for a beter (?:one|brand|carier|pump|stroler|bra|pilow)"
    "| (?:she|he|baby|the baby|they) (?:figured|figures|has figured) out how to"
    "|(?: if i| when i| while i)? (?:leave|leaving|drop|droping) (?:him|her|them|the baby|the kids) (?:with|at) (?:my|the|a|his|her|our) (?:[a-z]+ )?"
    "(?:dad|mom|mother|father|sister|brother|grandma|grandpa|husband|partner|aunt|neighbor|siter|babysiter|nana|daycare|inlaws)"
    "| cartas? (?:para|del|de) (?:el|mi|la) (?:trabajo|jefe|empleo|escuela|seguro|patron|incapacidad)"
    "| (?:so )?over (?:the|this|al the|al this) insurance (?:runaround|stuf|mes|drama|nonsense|paperwork|calls)"
    "| (?:put|puts|kept|keps|left|had) me on hold| the insurance(?= (?:put|puts|denied|denies|said|says|kept|keps|wil not|company|rep|lady|guy|people|portal) )")


def _falarm56_quiet_masked(words: str) -> str:
    """The reading with each round-56 quiet clause masked (see above); unchanged where _r50_barred reads a wish,
    finality, despair, "on purpose", a time of an act, letters or all taken."""
    masked = _FALARM56_IDIOM_PAIN.sub(" wear me out", words)
    masked = _FALARM56_THROWN_THING.sub(" was anoyed", masked)
    masked = _FALARM56_ERRANDS.sub(" an errand", masked)
    if masked == words or _r50_barred(masked):
        return words
    return masked


# Round 57 (falarm57): everyday clauses of batch 59 and the everyday set 59 that read as the sure tier, lowered to the
# check-in (988 still shown; a real crisis could hide there) by _falarm57_masked. The harm word there concerns no person:
# - a harm word said of a thing: a device or battery "going to die", a thing fallen in the water ("the pacifier fell in
#   the lake, RIP"), a toy or a hand shaken ("shook the rattle hard", "shook her hand"), a game character dying;
_FALARM57_THING = (
    "(?:phone|cel|celular|laptop|computer|tablet|ipad|kindle|battery|bateria|charger|car|monitor|airpods|headphones|watch"
    "|pacifier|pacifiers|paci|binky|chupon|toy|toys|bottle|sipy cup|cup|keys|shoe|sock|hat|ball|sunglases|remote)")
_FALARM57_THING_DYING = _reading_pattern(
    " (?:my |the |our |his |her )?" + _FALARM57_THING + "(?: (?!and |so |i |me |yo |y )[a-z0-9]+){0,4}?"
    " (?:(?:is |s )?(?:going to|gona|about to|wil|se va a|va a) (?:die|morir)|is dying|keps dying)(?: shortly| soon| any minute| pronto)?"
    "(?! and so| so am| so wil| and me| y yo| me to)(?= )")
_FALARM57_THING_LOST = _reading_pattern(
    " (?:the |my |her |his |our |a |el |la |mi )?" + _FALARM57_THING
    + " (?:fel|droped|went|roled|flew|got droped|got thrown|cayo|se cayo|se me cayo) (?:in|into|of|down|over|en|al|a) (?:the |el |la )?"
    "(?:lake|pool|river|water|toilet|creek|canal|ocean|sea|bridge|balcony|drain|lago|alberca|rio|agua|bano|escusado)"
    "(?: rip tombstone| rip cofin| rip| tombstone| cofin| qepd)?(?= )")
_FALARM57_SHAKEN_THING = _reading_pattern(
    " (?:shok|shake|shakes|shaking|shaken) (?:the|a|her|his|my|this|that|our) (?:ratle|ratles|maraca|maracas|toy|snow globe"
    "|tambourine|hand|hands|bottle|formula|sipy cup|box|blanket|rain stick|egg shaker)(?: realy hard| hard| gently| softly)?(?= )")
_FALARM57_GAME_DEATH = _reading_pattern(
    " (?:my|his|her|our|the) (?:character|avatar|sim|sims|player|toon|hero|guy) (?:died|dies|dying|got kiled|kiled|keps dying)(?= )")
# - "dead to the world" (sound asleep) and "estoy muerta" of a long day ("estoy muerta, la nena tuvo sus vacunas hoy"):
#   tiredness, never wished ("I want to be dead to the world forever") nor "muerta por dentro";
_FALARM57_TIRED = _reading_pattern(
    "(?<! want to be)(?<! wish i was)(?<! wish i were)(?<! rather be)(?<! to be) dead to the world(?! forever| for good| permanently)"
    "| (?:estoy|ando|quede|quedamos|estamos) (?:bien |super |re |toda |todo )?(?:muerta|muerto|muertas|muertos)"
    "(?! por dentro| en vida| de verdad| de tristeza| para siempre)(?= )")
# - a safety step taken by someone else ("my husband moved the wine to the garage so I won't be tempted"): the means
#   put away by another, for the writer's care;
_FALARM57_PUT_AWAY = _reading_pattern(
    " (?:husband|wife|partner|mom|mother|dad|father|sister|brother|boyfriend|girlfriend|he|she|they|esposo|esposa|mama|papa)"
    " (?:moved|hid|locked|locked up|put away|took away|keps|kept|locks|put|puts|moves|hides|guardo|escondio|se levo)"
    " (?:the|my|our|al the|al my|el|la|los|las|mis) (?:wine|alcohol|beer|liquor|vodka|bober|pils|meds|medicine|medication"
    "|gun|guns|rifle|knives|razors|vino|cerveza|pastilas|medicinas|pistola)(?: [a-z]+){0,4}? (?:so|para que)"
    " (?:i|that i|yo|no)(?: wil not| wont| would not| wouldnt| cant| can not| do not| dont| me| este| sienta)?"
    " (?:be tempted|get tempted|tempted|reach it|reach them|get to it|get to them|tentada|tentado|me tiente|la alcance)(?= )")
# review57: ...unless the step is undone or got around ("...but I found them", "he doesn't know about the one in my car",
#   "I bought more"): then it masks nothing
_FALARM57_STEP_UNDONE = _reading_pattern(
    " (?:but|pero|though|although|still|anyway|anyways|igual|aun asi|sin embargo|found|encontre|bought|compre|broke|rompi"
    "|know where|se donde|does not know|doesnt know|no sabe|another|other one|otra|otro)(?= )")
# - an infant's medicine found and asked about ("found expired infant tylenol, is it still ok to use?"): a use asked of
#   the baby's medicine, not a supply gathered;
_FALARM57_BABY_MEDICINE = _reading_pattern(
    "(?: found| have| got| tenemos| encontre)? (?:some |an |old |expired |an old |an expired |unopened )*(?:infant|infants|baby"
    "|childrens|kids|pediatric|de bebe|infantil) (?:tylenol|motrin|advil|ibuprofen|acetaminophen|medicine|gas drops|gripe water"
    "|benadryl|zyrtec|claritin|tempra|paracetamol)(?= )| medicine cabinet(?= )")
# - picturing a baby's milestone ("picturing her first swim lesson") and a drink by the bottle ("me tomo todo el frasco
#   de leche"): a hope and a drink, no image of harm, no pills.
_FALARM57_MILESTONE = _reading_pattern(
    " (?:picturing|imagining|picture|imagine|pictured|imagined) (?:her|his|the baby s|our|my babys|my son s|my daughter s)"
    " (?:first|big|1st)(?= )| (?:swim|swiming|water babies) (?:leson|lesons|clas|clases|class|time)(?: in the (?:water|pool))?(?= )")
# - a scene on a screen ("watching Grey's and someone jumped off a bridge") and another's hospital stay told with her
#   recovery ("...ended up in the hospital, she's ok now. It made me want to look into your clinic"): someone else's
#   story, no act of the writer's;
_FALARM57_ON_SCREEN = _reading_pattern(
    " (?:watching|watched|wached|waching|binging|stre?aming)(?: [a-z0-9]+){1,3}? (?:and|when|where|then) (?:someone|somebody"
    "|a character|a guy|a girl|a woman|a man|a lady|a mom|a dad|this guy|this girl|this woman|a patient|a doctor)"
    " (?:jumped|jumps|died|dies|kiled|hung|shot|overdosed|drowned|tried to kil)(?: (?:of|from|in|into) (?:a|the) [a-z]+| himself| herself)?"
    "(?:(?: and)?(?: now)? i (?:am crying|cried|am sobing|sobed|am a mes|lost it))?(?= )")  # the viewer's tears at it
_FALARM57_OTHERS_RECOVERED = _reading_pattern(
    " (?:ended up|landed|was|wound up) in the (?:hospital|er|psych ward|icu)(?: [a-z]+){0,3}? (?:she|he|they) (?:is|are)"
    " (?:ok|okay|fine|wel|beter|doing (?:wel|great|god|beter|fine)) now(?: it made me want to| made me want to)?(?= )")
# review57: ...never beside the writer's own death or absence pictured ("...and knowing I'll be dead by then", "...and I'm
#   not in it", "...without me"): that image is the crisis
_FALARM57_OWN_ABSENCE = _reading_pattern(
    " i (?:wil|am|m|would|wil not|would not) (?:be )?(?:dead|gone|not in it|not there|not be there|not be alive|not be here)"
    "| without me| yo (?:ya )?no (?:voy a )?(?:estar|estare|estaria)| sin mi(?= )")
_FALARM57_DRINK = _reading_pattern(
    " (?:frasco|bote|botela|biberon|vaso|mamila|bottle|glas|jug|carton) (?:de|of) (?:leche|agua|jugo|formula|suero|te|cafe|atole"
    "|milk|water|juice|tea|cofe|breastmilk|breast milk)(?= )")


def _grave_emoji_for_a_thing(text: str, words: str) -> bool:
    """Round 57: a grave emoji after a thing lost ("the pacifier fell in the lake, RIP 🪦") mourns the thing: no other
    such emoji, and none left once the loss is masked."""
    if not all(e in ("🪦", "⚰") or e not in text for e in EMOJI):
        return False
    rest = _FALARM57_THING_LOST.sub(" a thing lost", words)
    return rest != words and " tombstone " not in rest and " cofin " not in rest and not _r50_barred(rest)


def _falarm57_masked(words: str) -> str:
    """The reading with each round-57 everyday clause masked (see above); unchanged where _r50_barred reads a wish,
    finality, despair, "on purpose", a time of an act, letters or all taken."""
    masked = _FALARM57_THING_LOST.sub(" a thing lost", _FALARM57_THING_DYING.sub(" a low battery", words))
    masked = _FALARM57_GAME_DEATH.sub(" game over", _FALARM57_SHAKEN_THING.sub(" played", masked))
    masked = _FALARM57_TIRED.sub(" a long day", masked)  # not "tired": _HOPELESS reads it
    if not _FALARM57_STEP_UNDONE.search(words):
        masked = _FALARM57_PUT_AWAY.sub(" a safety step", masked)
    masked = _FALARM57_BABY_MEDICINE.sub(" baby tylenol", masked)
    if not _FALARM57_OWN_ABSENCE.search(words):
        masked = _FALARM57_MILESTONE.sub(" loking forward to", masked)
    masked = _FALARM57_DRINK.sub(" a drink", masked)
    masked = _FALARM57_OTHERS_RECOVERED.sub(" and recovered so i am", _FALARM57_ON_SCREEN.sub(" a tv scene", masked))
    if masked == words or _r50_barred(masked):
        return words
    return masked



# Round 58 (falarm58): everyday clauses of batch 60 and the look-alikes of round 57 that read as the sure tier, lowered to
# the check-in (988 still shown; a real crisis could hide there) by _falarm58_masked:
# - the last day or shift of a job with the change named ("my last day at the warehouse is friday, switching to day
#   shift") and the last chore done alone ("the last time I'll do a 3am feeding alone"): an ending of a chore, not a life;
_FALARM58_LAST_SHIFT = _reading_pattern(
    " (?:my |our |his |her )?last (?:day|shift|night|week) (?:at|of|on) (?:the |my |this |our )?(?:warehouse|job|ofice|store"
    "|shop|factory|plant|hospital|clinic|school|restaurant|bakery|bank|diner|cafe|work|night shift|day shift|overnights|nights)"
    "(?! and (?:of|on|in|at|with) )(?! and (?:everything|life|my life|me)(?= ))"  # "...and of everything": the writer's own end
    "| (?:the )?last time i (?:wil|am going to|have to|ned to|ever) (?:do|work|handle|cover)(?: [a-z0-9]+){0,3}? alone(?= )")
# - a baby's first words ("my daughter said bye bye for the first time"): a milestone, no farewell of the writer's;
_FALARM58_FIRST_WORDS = _reading_pattern(
    " (?:said|says|saying|waved|waves|signed)(?: [a-z]+){0,1}? (?:bye bye|byebye|bye|hi|mama|dada|night night|adios|chao)"
    " (?:for the first time|on her own|on his own|by herself|by himself|por primera vez)(?= )")
# - someone else's past overdose told with its outcome ("my coworker overdosed last month and lived, thank god");
_FALARM58_OTHERS_SURVIVED = _reading_pattern(
    " (?:coworker|friend|cousin|brother|sister|neighbor|uncle|aunt|dad|mom|boss|roomate|classmate|bestie|friend s [a-z]+)"
    " (?:overdosed|od d|tried to kil (?:himself|herself)|atempted)(?: [a-z0-9]+){0,4}? (?:and|but)(?: he| she| they)?"
    " (?:lived|survived|made it"
    "|pulled through|is ok|is okay|is fine|recovered)(?: thank god| thankfuly| gracias a dios)?"
    "(?: (?:it|that|which) made me| made me) want to (?:get help|get checked|reach out|lok into|cal|bok|talk to someone"
    "|se someone|get sen)(?= )")
# - a past misbelief about the illness told as corrected ("I used to think ppd meant you wanted to hurt your baby, glad I
#   learned..."): a myth, no thought of the writer's; the correction must follow;
_FALARM58_OLD_MYTH = _reading_pattern(
    " i (?:used to think|thought|used to believe|always thought) (?:that )?(?:pd|ppd|postpartum depresion|postpartum psychosis"
    "|postpartum|it|depresion)(?: [a-z]+){0,10}?(?= (?:glad i|now i know|but now i|turns out|til i|until i|then i learned"
    "|but i learned|but it is not|but its not) )")
# - reading about an illness and frightening oneself ("keep reading about postpartum psychosis online and scaring myself"):
#   worry over a page, the self is only scared;
_FALARM58_READ_SCARED = _reading_pattern(
    "(?: i kep| i have ben| i was| i am| ben)? (?:reading|googling|researching|read|googled|loking up)(?: about| up| on)?"
    " (?:postpartum |post partum |perinatal |pp )?(?:psychosis|depresion|pd|anxiety|ocd|rage|symptoms|sids|preclampsia"
    "|complications|disorders|ilneses|side efects)(?: (?:online|at night|at [0-9]+ ?am|on reddit|on tiktok|al night|again))?"
    " (?:and|then) (?:scaring|scared|freaking|freaked"
    "|stresing|spooking|spoked) myself(?: out)?(?= )")
# - a device dying in Spanish ("mi celular está a punto de morir"): a low battery (round 57 read the English one);
_FALARM58_DEVICE_DYING_ES = _reading_pattern(
    " (?:mi |el |la |este |esta )?(?:celular|cel|telefono|movil|pila|bateria|laptop|compu|computadora|tablet|cargador)"
    " (?:ya )?(?:esta |se esta |se me esta |se me va a |se va a |esta por )?(?:a punto de morir(?:se)?|muriendo|morir|por morir)"
    "(?! y yo| yo tambien| como yo)(?= )")
# - thanks for a visit to a carer who was kind ("Gracias por todo, la doctora fue muy amable"): thanks for care, not a
#   farewell; and relief with its reason done ("paid my bills today, so relieved");
_FALARM58_THANKS_FOR_CARE = _reading_pattern(
    " (?:gracias|thanks|thank you|thank u) (?:por todo|for everything)(?= (?:la|el|the|you|your|ustedes|su) ?(?:doctora|doctor"
    "|enfermera|enfermero|equipo|recepcionista|team|doctor|nurse|staf|dr|receptionist|guys|were|fueron|fue) )")
_FALARM58_CALMER = _reading_pattern(
    " (?:ya )?me siento (?:mucho |un poco )?(?:mas )?(?:tranquila|tranquilo|calmada|calmado|aliviada|aliviado|mejor)"
    "| i fel (?:so much |a lot |a bit )?(?:calmer|beter|more at ease|relieved)(?= )")
_FALARM58_RELIEF_DONE = _reading_pattern(
    " (?:paid|finished|filed|sent|submited|turned in|mailed|renewed|sorted) (?:of )?(?:my |the |al my |al the |our )?(?:bils|bil"
    "|taxes|rent|mortgage|paperwork|forms|claim|car payment|insurance|fafsa|loan)(?: today| finaly| at last| yesterday)?"
    " (?:so |soo |realy |such a )?(?:relieved|relief)(?= )")
# - a thing kept within reach for a named use ("keep the scissors easy to reach for the craft project", "...at night") and
#   a pool's depth asked beside a swim class: a household habit and a lesson, no means gathered.
_FALARM58_KEPT_FOR_USE = _reading_pattern(
    " kep (?:the|my|our|a) (?:[a-z]+ )?(?:scisors|tylenol|motrin|advil|ibuprofen|medicine|tape|knife|knives|glue|thermometer"
    "|inhaler|epipen|flashlight|gas drops) (?:easy to reach|within reach|in reach|handy|close by|nearby|close)"
    " (?:for (?:the|a|my|our|his|her) (?:craft|project|kids|baby|sewing|class|scrapbok|fevers?|teething|school)(?: project)?"
    "|at night|overnight|in the kitchen|by the crib|for fevers|for teething)(?= )")
_FALARM58_POOL_FOR_A_CLASS = _reading_pattern(
    " how dep is (?:the|that|this) (?:pol|kidie pol|baby pol|water)(?= (?:.* )?(?:swim|swiming|float|floaties|lesons?|clas"
    "|lifeguard|water babies) )")


def _falarm58_masked(words: str) -> str:
    """The reading with each round-58 everyday clause masked (see above); unchanged where _r50_barred reads a wish,
    finality, despair, "on purpose", a time of an act, letters or all taken."""
    masked = _FALARM58_LAST_SHIFT.sub(" a job change", words)
    masked = _FALARM58_FIRST_WORDS.sub(" said her first words", masked)
    masked = _FALARM58_OTHERS_SURVIVED.sub(" had a scare and recovered", masked)
    masked = _FALARM58_OLD_MYTH.sub(" i had a myth", masked)
    masked = _FALARM58_READ_SCARED.sub(" reading and worrying", masked)
    masked = _FALARM58_DEVICE_DYING_ES.sub(" bateria baja", masked)
    if _FALARM58_THANKS_FOR_CARE.search(masked):  # calmer after thanks for a visit: the visit helped
        masked = _FALARM58_CALMER.sub(" me siento bien", _FALARM58_THANKS_FOR_CARE.sub(" gracias por la cita", masked))
    masked = _FALARM58_RELIEF_DONE.sub(" a chore done", masked)
    masked = _FALARM58_POOL_FOR_A_CLASS.sub(" a swim clas", _FALARM58_KEPT_FOR_USE.sub(" kep it handy", masked))
    if masked == words or _r50_barred(masked):
        return words
    return masked

# Batch 33 review: a peace said beside a death ("I'm at peace with it") pairs with the death words; once they are masked,
# it must not stand beside a means, a note, a plan or a time ("...I'm at peace with it. I have my note written").
def _accepts_beside_risk(rest: str, emoji: bool) -> bool:
    found = read_concepts(rest.split(), _lexicon(), emoji=emoji).found
    return not found.isdisjoint(_concepts.RISK | {"access", "note", "meds", "means", "plan"}) \
        or "accept" in found and not found.isdisjoint({"time", "day", "date"})


def _says_safe(words: str, concepts: ConceptReading) -> bool:
    """'I'm safe', 'no thoughts of hurting anyone': a safety statement the model does not overrule."""
    return "safe" in concepts.found or " nothoughts " in words


def _model_features(words: str, concepts: ConceptReading, text: str) -> set[str]:
    return model_features_of(words.split(), concepts.found, emoji_in(text))


def model_features(text: str) -> set[str]:
    """What bot.core.crisis_model reads in a message, as check() reads it (for training the model)."""
    words = _mask_denials(canonical(text).words)
    concepts = read_concepts(words.split(), _lexicon())
    return _model_features(words, concepts, text)


def _build_lexicon() -> Lexicon:
    """The concept lexicon, read the way messages are read. Guards repeat across entries, so each
    distinct phrase is read once."""
    return Lexicon.build(lru_cache(maxsize=None)(lambda phrase: canonical(phrase).words))


# Reading the lexicon's 21,000 phrases as messages are read takes half a second, and the bot's
# start reads them (its staff tests screen messages). So the built lexicon is kept beside this
# folder's bytecode, named by a digest of everything that builds it: this folder's code and the
# versions of Python and rapidfuzz. A missing, unreadable or stale copy is simply built again.
# Named by the Python version as the bytecode beside it is, so two versions sharing one checkout each keep their own
# copy (dropping only older copies of the same version's).
_SAVED_LEXICON = f"crisis-lexicon-{sys.implementation.cache_tag or 'python'}-{{}}.pickle"


def _lexicon_digest() -> str:
    sources = sorted(Path(__file__).parent.glob("*.py"))
    if not sources:  # installed without its source: no digest, so nothing is kept
        raise OSError("no source files to digest")
    digest = hashlib.sha256(f"{sys.version} rapidfuzz {rapidfuzz.__version__}".encode())
    for path in sources:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:24]


def _digest_at_import() -> str | None:
    try:
        return _lexicon_digest()
    except OSError:
        return None


# The digest of the code this process imported. If the files on disk differ by the time the lexicon is first wanted
# (the code was updated under a running process), a copy is neither read nor kept: it could name new code and hold
# a lexicon built by the old.
_IMPORTED_DIGEST = _digest_at_import()


# Readings any sound lexicon takes to the crisis tier on its own: a saved copy that does not (empty, foreign, cut
# short) is never trusted.
_CANARIES = ("i want to die", "i want to end my life", "i am going to end it tonight", "quiero quitarme la vida")


def _sound(saved: object, digest: str) -> Lexicon | None:
    """The lexicon in a saved copy when it is stored with this code's digest and reads the canaries; else None."""
    if not (isinstance(saved, tuple) and len(saved) == 2 and saved[0] == digest and isinstance(saved[1], Lexicon)):
        return None
    lexicon = saved[1]
    if all(read_concepts(canonical(canary).words.split(), lexicon).tier is Tier.CRISIS for canary in _CANARIES):
        return lexicon
    return None


def _save_lexicon(lexicon: Lexicon, path: Path, digest: str) -> None:
    """Write it whole or not at all (a temporary file, then renamed), and drop older copies; never raises."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        partial.write_bytes(pickle.dumps((digest, lexicon), pickle.HIGHEST_PROTOCOL))
        os.replace(partial, path)
        for old in path.parent.glob(_SAVED_LEXICON.format("*")):
            if old != path:
                old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - a read-only install, a full disk, a lexicon that cannot be pickled: built at each start
        try:
            partial.unlink(missing_ok=True)  # no half-written copy left behind
        except OSError:
            pass


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    """The concept lexicon (built or read once, on first use)."""
    try:
        digest = _lexicon_digest()
    except OSError:
        return _build_lexicon()
    if digest != _IMPORTED_DIGEST:
        return _build_lexicon()
    path = Path(__file__).parent / "__pycache__" / _SAVED_LEXICON.format(digest)
    try:
        lexicon = _sound(pickle.loads(path.read_bytes()), digest)
        if lexicon is not None:
            return lexicon
    except Exception:  # noqa: BLE001 - missing, or not a lexicon: built again below
        pass
    lexicon = _build_lexicon()
    _save_lexicon(lexicon, path, digest)
    return lexicon


_DEFAULT = CrisisDetector()


def detect_crisis(text: str, extra_phrases: Sequence[str] = (), *, primed: bool = False) -> CrisisVerdict:
    detector = CrisisDetector(extra_phrases) if extra_phrases else _DEFAULT
    return detector.check(text, primed=primed)
