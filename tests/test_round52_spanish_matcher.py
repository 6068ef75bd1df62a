"""Round 52 (es52): the Spanish matcher and the reply language, the last round of the session.

'cuarto' (a room, the fourth) is a word, not a typo of 'cuanto'. 'por lo regular' is the usual
(standard) treatment. Formal request words ('enumerar', 'característicos', 'respecto de') carry no topic. A message made only of English
words Spanish speakers use as they are ('parking?', 'wifi') keeps the conversation's language.

Each case is a question a patient might send; the reply must answer the entry named, in Spanish.
"""

from __future__ import annotations

import pytest

from bot.core.language import detect_language
from bot.core.responder import Context
from tests.replies import spanish_answer as _answer


FULL = [
    ("mi bebe tiene cuarto meses, todavia cuenta como posparto?", "ppd-onset"),
    ("tengo cuarto meses con el bebe todavia puede ser posparto", "ppd-onset"),
    ("que tratamiento dan por lo regular para la depresion posparto?", "standard-treatment"),
    ("cual es el tratamiento que dan por lo regular, pura pastilla o tambien platicas con alguien", "standard-treatment"),
    ("¿Cuál es la recomendación de los pediatras respecto de la lactancia durante la terapia con ketamina?", "breastfeeding"),
    ("Le agradeceria que me enumerara los sintomas de la depresion posparto", "ppd-symptoms"),
    ("me puede enumerar los efectos secundarios de la ketamina?", "side-effects"),
]
FIVE = [
    ("mi bebe tiene cuarto meses, todavia cuenta como posparto?", "ppd-onset"),
    ("que tratamiento dan por lo regular para la depresion posparto?", "standard-treatment"),
    ("cual es el tratamiento que dan por lo regular, pura pastilla o tambien platicas con alguien", "standard-treatment"),
    ("Le agradeceria que me enumerara los sintomas de la depresion posparto", "ppd-symptoms"),
]


@pytest.mark.parametrize("text,entry", FULL)
def test_full_faq(responder, text, entry):
    assert _answer(responder, text) == entry


@pytest.mark.parametrize("text,entry", FIVE)
def test_five_phrasings(five, text, entry):
    assert _answer(five, text) == entry


@pytest.mark.parametrize("text", [
    "mi esposo puede entrar conmigo al cuarto?",
    "el cuarto donde ponen la infusion es privado?",
])
def test_never_a_wrong_answer(responder, five, text):
    for r in (responder, five):
        assert _answer(r, text) is None


@pytest.mark.parametrize("text", ["parking?", "wifi", "copay?", "Parking??"])
def test_shared_words_keep_the_conversations_language(responder, text):
    assert detect_language(text, previous="es") == "es"
    assert detect_language(text, previous="en") == "en"
    assert detect_language(text, previous=None, telegram_code="es-MX") == "es"
    assert responder.respond(text, Context(lang="es")).lang == "es"


@pytest.mark.parametrize("text,lang", [
    ("tienen parking?", "es"), ("is there parking?", "en"), ("hay wifi en la clinica", "es"),
    ("do you have wifi", "en"),
])
def test_a_shared_word_beside_other_words_still_follows_them(text, lang):
    assert detect_language(text, previous=None) == lang
    assert detect_language(text, previous="es" if lang == "en" else "en") == lang
