"""Which language to answer in: the patient's, decided afresh for every message.

Two signals, cheapest first. Function words ("que", "de", "mi" / "the", "is", "my") decide most
messages and make Spanglish count as Spanish: two Spanish function words are enough, however much
English is around them, because a parent who mixes languages reads Spanish comfortably. Messages
without such words ("ketamina lactancia") go to lingua, a maintained n-gram detector restricted to
English and Spanish, in its low-accuracy mode: the high-accuracy models cost ~95 MB of memory and
0.35 s to load, too much for a bot that must stay under 150 MB, and the word lists already cover
the short messages where the big models would help. What is still undecided keeps the
conversation's language, then Telegram's language_code, then English. A bare "ok", "gracias",
"thanks" or emoji never switches the language of a conversation.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from bot.core.text import fold_unicode

logger = logging.getLogger(__name__)

EN, ES = "en", "es"
LINGUA_MARGIN = 0.2  # lingua must prefer one language by this much (confidences sum to 1)
_WORD = re.compile(r"[a-z0-9]+")
_SPANISH_MARKS = frozenset("áéíóúñü¿¡")
_CLAUSE = re.compile(r"[.,;:!?¿¡()\n]+|\s-\s")
# Clinic words English speakers also type ("postpartum depresion"): alone they do not make a
# clause Spanish.
_LOANS = frozenset({"depresion", "ketamina", "posparto", "postparto", "bebe", "bb"})

# Function words, and everyday or clinic words spelled differently in the two languages
# ("ketamina"/"ketamine"). Words both languages use ("me", "no", "a", "son", "solo", "sin", "he",
# "has", "baby") are left out on purpose; "ya" is kept (Spanish chat uses it far more than "see ya").
SPANISH_WORDS = frozenset("""
    que q k de del la las los el un una unos unas y o para pa por porque xq pq porq pero con mi mis
    tu su sus es esta estan estoy estaba esto eso este esa ese esos esas muy mas tambien tmb hay
    tengo tiene tienen tuve tuvo quiero puedo puede pueden podria se le lo les nos si como cuando
    cuanto cuanta cuantos cuantas donde cual cuales quien hola gracias buenas buenos dias tardes
    noches porfa favor nomas mucho poca poco despues antes ahora hace desde hasta sobre entre todo
    todos nada algo bien mal ella ellos usted ustedes yo esposo esposa hijo hija ando anda estar ser
    hacer tomar dar saber necesito siento dice dijo dijeron vi al en bebe bb ahorita pues osea
    tratamiento ayuda duele dolor cita pastillas embarazada parto posparto postparto depresion ya
    ketamina terapia sintomas efectos lactancia amamantar pecho aseguranza embarazo hermana aguanto
    sirve funciona dura tarda cuesta duermo lloro triste cansada cansado miedo
    tener hacen aceptan ir consulta consultas vena ciencia detras interesa diferencia diferencias
    financiamiento facil explica explicame explicamelo
""".split())
ENGLISH_WORDS = frozenset("""
    the is are was were what how can could does do did i you my your it its this that these those
    with for of and to in on about after before when why will would should have had get be been
    if or not any there their they them we our us she her his which who whom much many long
    while from into than then just also because want need know feel feeling really very
    im dont cant ive whats isnt doesnt hello hi hey please
    ketamine depression postpartum breastfeeding breastfeed pregnant mom moms dad dads drug drugs
    pill pills therapy treatment symptoms side effects infusion appointment insurance
""".split())
# A message made only of these keeps the conversation's language; alone, they lean as marked.
ACKNOWLEDGEMENTS = {
    "ok": None, "okay": None, "okey": None, "oki": None, "k": None, "kk": None, "lol": None,
    "jaja": ES, "jajaja": ES, "haha": EN, "hahaha": EN, "ah": None, "oh": None, "mmm": None,
    "gracias": ES, "muchas": ES, "mil": ES, "vale": ES, "bueno": ES, "perfecto": ES, "claro": ES,
    "dale": ES, "listo": ES, "si": ES, "sip": ES, "va": ES, "no": None,
    "thanks": EN, "thank": EN, "you": EN, "thx": EN, "ty": EN, "yes": EN, "yeah": EN, "yep": EN,
    "sure": EN, "great": EN, "cool": EN, "perfect": EN, "got": EN, "it": EN,
}
# English words Spanish speakers in Arizona use as they are ("parking?", "tienen wifi", "el copay"). A
# message made only of these says nothing about the language: it keeps the conversation's (then the
# phone's), where lingua would call "parking" English by its ending.
SHARED_WORDS = frozenset("""
    parking wifi online email mail zoom uber lyft copay medicaid ahcccs iv spray baby shower link
    app website web check checkup ok okay
""".split())


def detect_language(text: str, *, previous: str | None = None, telegram_code: str | None = None) -> str:
    """ "en" or "es" for one patient message (see the module docstring for the order of signals)."""
    fallback = _known(previous) or _from_code(telegram_code) or EN
    tokens = _WORD.findall(fold_unicode(text[:1000]))
    if not tokens or all(token.isdigit() for token in tokens):
        return fallback  # an emoji, a number, punctuation
    if len(tokens) <= 3 and all(token in ACKNOWLEDGEMENTS for token in tokens):
        leaning = {ACKNOWLEDGEMENTS[token] for token in tokens} - {None}
        return _known(previous) or (leaning.pop() if len(leaning) == 1 else fallback)
    if len(tokens) <= 3 and all(token in SHARED_WORDS for token in tokens):
        return fallback
    spanish, english = _votes(text, tokens)
    if spanish >= 2 or (spanish and not english) or (spanish and _spanish_clause(text)):
        return ES
    if english and not spanish:
        return EN
    return _lingua(" ".join(tokens)) or fallback


# Round 54 (es54): Spanish 'o' (or) joining two words ('its an IV o spray nasal?'): English has no such
# word, so a parent who writes it mixes in Spanish; it counts twice, as an accent does beside it.
# A capital 'O' (blood type O) and 'o' beside a number ('5 o clock') are left out.
_SPANISH_OR = re.compile(r"[A-Za-z]{2,} o [A-Za-z]{2,}")


def _votes(text: str, tokens: list[str]) -> tuple[int, int]:
    """(Spanish, English) evidence: function words, plus one for Spanish accents or ¿ ¡, plus one for
    a Spanish 'o' between two words."""
    spanish = sum(token in SPANISH_WORDS for token in tokens)
    english = sum(token in ENGLISH_WORDS for token in tokens)
    if any(ch in _SPANISH_MARKS for ch in text[:1000].lower()):
        spanish += 1
    if _SPANISH_OR.search(text[:1000]):
        spanish += 1
    return spanish, english


def _spanish_clause(text: str) -> bool:
    """Whether one clause ("tengo Medicaid", "es IV?") is Spanish with no English word in it.

    An English speaker's stray Spanish word ("postpartum depresion", "mi LO") sits inside an
    English clause; a whole clause in Spanish is code-switching, so the patient writes Spanish.
    """
    for clause in _CLAUSE.split(text[:1000]):
        tokens = _WORD.findall(fold_unicode(clause))
        spanish, english = _votes(clause, tokens)
        if spanish and not english and any(token not in _LOANS for token in tokens if token in SPANISH_WORDS):
            return True
    return False


def _known(lang: str | None) -> str | None:
    return lang if lang in (EN, ES) else None


def _from_code(code: str | None) -> str | None:
    """Telegram's language_code ("es", "es-MX", "en-US"): only used to break ties."""
    if not code:
        return None
    base = code.lower().split("-")[0]
    return ES if base == ES else EN if base == EN else None


def _lingua(text: str) -> str | None:
    """lingua's verdict when it is clear, else None. Never raises: a tie is a safe answer."""
    try:
        detector = lingua_detector()
        if detector is None:
            return None
        values = {value.language.name: value.value for value in detector.compute_language_confidence_values(text)}
    except Exception as error:  # the detector is an aid; a failure must not cost the reply
        logger.warning("language detector failed (%s)", type(error).__name__)
        return None
    margin = values.get("SPANISH", 0.0) - values.get("ENGLISH", 0.0)
    if abs(margin) < LINGUA_MARGIN:
        return None
    return ES if margin > 0 else EN


@lru_cache(maxsize=1)
def lingua_detector() -> Any:
    """Built once per process (~25 ms, ~11 MB); None if lingua is not installed."""
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        logger.warning("lingua-language-detector is not installed; using word lists only")
        return None
    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.SPANISH).with_low_accuracy_mode().build()
