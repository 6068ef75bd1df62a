"""Text normalisation shared by the matcher and the crisis detector.

Everything here is a pure function of its input and runs in linear time: no regex with nested
quantifiers, so a 10,000-character message costs about what ten short ones do.
"""

from __future__ import annotations

import re
import unicodedata

# Longest message we look at. Telegram caps a message at 4096 characters; the CLI does not, so the
# cap keeps matching cheap. The crisis detector scans the whole text in windows of its own.
MAX_MATCH_CHARS = 1000

# Characters that render as nothing but split words: zero-width space/joiners, word joiner, BOM,
# soft hyphen, and the bidi controls used to flip text direction.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
        "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u180e"),
    None,
)

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})

_CONTRACTIONS = {
    "can't": "can not", "cant": "can not", "cannot": "can not", "won't": "will not",
    "wont": "will not", "don't": "do not", "dont": "do not", "doesn't": "does not",
    "doesnt": "does not", "didn't": "did not", "didnt": "did not", "isn't": "is not",
    "isnt": "is not", "aren't": "are not", "arent": "are not", "wasn't": "was not",
    "wasnt": "was not", "weren't": "were not", "haven't": "have not", "havent": "have not",
    "hasn't": "has not", "hasnt": "has not", "shouldn't": "should not", "shouldnt": "should not",
    "wouldn't": "would not", "wouldnt": "would not", "couldn't": "could not",
    "couldnt": "could not", "i'm": "i am", "im": "i am", "i've": "i have", "ive": "i have",
    "i'll": "i will", "i'd": "i would", "you're": "you are", "youre": "you are",
    "you've": "you have", "it's": "it is", "that's": "that is", "thats": "that is",
    "what's": "what is", "whats": "what is", "there's": "there is", "theres": "there is",
    "let's": "let us", "she's": "she is", "he's": "he is", "we're": "we are",
    "they're": "they are", "y'all": "you all", "ya'll": "you all", "gonna": "going to",
    "wanna": "want to", "gotta": "got to", "u": "you", "ur": "your", "r": "are", "pls": "please",
    "plz": "please", "thx": "thanks", "abt": "about", "bc": "because", "b4": "before",
    "w/": "with", "w/o": "without",
}

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


_ASCII_CONTROLS = {code: " " for code in (*range(32), 127)}  # category Cc, as fold_unicode treats them


def fold_unicode(text: str) -> str:
    """Case-fold and flatten look-alike unicode so 'Ｋｅｔａｍｉｎｅ' reads as 'ketamine'.

    NFKC maps fullwidth and compatibility forms to plain letters; invisible characters and
    control characters are dropped; accents are removed so Spanish typed with or without them
    compares equal ('suicidarme' == 'suicidarmé').
    """
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_APOSTROPHES)
    text = text.casefold()
    if text.isascii():  # the common case, and the same result: only the controls change
        return text.translate(_ASCII_CONTROLS)
    decomposed = unicodedata.normalize("NFD", text)
    kept = []
    for ch in decomposed:
        category = unicodedata.category(ch)
        if category == "Mn":  # combining accent
            continue
        if category[0] == "C":  # control, format, unassigned: treat as a space
            kept.append(" ")
            continue
        kept.append(ch)
    return "".join(kept)


def words(text: str) -> list[str]:
    """Folded words with contractions and chat abbreviations expanded ("cant" -> "can not")."""
    out: list[str] = []
    for word in _WORD.findall(fold_unicode(text)):
        out.extend(_CONTRACTIONS.get(word, word).split())
    return out
