"""Round 51 (es51): the Spanish matcher, with the FAQ as shipped and cut to five phrasings.

A question opened by '¿' and a question word after a comma is a sentence of its own ('quiero entender
bien, ¿qué es eso?'); the one sentence that asks what a term means, naming only that term, is answered
by the entry that says what it is, whatever the told sentences lean to ('lo vi en un papel del
hospital'); a tag question's 'no?' does not join the next sentence ('no? como...' is not 'no como',
not eating). General synonyms: 'que cosa es' (what is), 'como se explica' (what is), 'sacar un turno'
(book an appointment), 'tristeza de mama' and 'tristeza comun' (baby blues), 'deja de ser normal'
(when to worry), 'tengo riesgo de' (at risk), 'salido' (started), 'cuando da?' (when it starts),
'el tratamiento de siempre' (the standard treatment), 'que hace adentro' (the mechanism), 'se
sostiene' (lasts), 'un parche' (a fix), 'goteo' (a drip), 'trastorno real' (a real illness), 'ir
directo a la ketamina', 'sin haber probado' (avoiding antidepressants), 'eso es parte de' (is that a symptom).

Each case is a question a patient might send; the reply must answer the entry named, in Spanish.
"""

from __future__ import annotations

import pytest

from bot.core import spanish
from bot.core.matcher import split_parts
from tests.replies import spanish_answer as _answer


CASES = [
    # what a term is: 'que cosa es', a question of its own after a comma, a told clause beside it
    ("la ketamina, ¿qué cosa es?", "what-is-ketamine"),
    ("mi doctora me hablo de la depresion posparto, ¿que cosa es eso?", "what-is-ppd"),
    ("mi cuñada tiene depresion posparto y no le entiendo bien, ¿qué es exactamente?", "what-is-ppd"),
    ("ppd que significa? me lo anotaron en una hoja en el hospital", "what-is-ppd"),
    ("ketamina que es? la vi en un anuncio de la tele", "what-is-ketamine"),
    ("la depresion posparto es un trastorno real o es puro cuento?", "what-is-ppd"),
    # booking: 'sacar / pedir un turno'
    ("como saco un turno para mi mama?", "book-appointment"),
    ("quisiera pedir un turno, como hago?", "book-appointment"),
    # baby blues
    ("es tristeza de mama nomas o ya es depresion?", "baby-blues"),
    # onset: 'salido', 'cuando le da'
    ("le puede haber salido la depresion a los seis meses del parto?", "ppd-onset"),
    ("y la depresion posparto cuando da?", "ppd-onset"),
    # the usual treatment
    ("cual es el tratamiento de siempre para la depresion posparto?", "standard-treatment"),
    # at risk: prevention
    ("estoy en riesgo de depresion posparto, la ketamina me ayuda a prevenirla?", "prevention"),
    # what it does inside: how it works
    ("que hace la ketamina adentro del cuerpo?", "how-ketamine-works"),
    # lasting, not a patch
    ("la mejoria se sostiene o es solo un parche?", "long-term"),
    # 'eso es parte de la depresion posparto?' asks whether it is a symptom
    ("no siento conexion con mi bebe, eso es parte de la depresion posparto?", "ppd-symptoms"),
    ("no duermo aunque el bebe duerma, eso es parte de la depresion posparto?", "ppd-symptoms"),
    # a drip is the infusion
    ("la ketamina es con goteo?", "infusion"),
    # straight to ketamine, without antidepressants first
    ("puedo ir directo a la ketamina sin probar antes los antidepresivos?", "who-is-candidate"),
]

# Answered with the FAQ as shipped; with five phrasings these are held back (never wrong).
FULL_ONLY = [
    ("cuando deja de ser normal llorar despues del parto?", "baby-blues"),
    ("todas lloramos al principio no? como se cuando ya no es normal", "baby-blues"),
    ("me dan ketamina sin haber probado pastillas?", "who-is-candidate"),
]


@pytest.mark.parametrize("text, entry", CASES + FULL_ONLY)
def test_full_faq(responder, text, entry):
    assert _answer(responder, text) == entry


@pytest.mark.parametrize("text, entry", CASES)
def test_five_phrasings(five, text, entry):
    assert _answer(five, text) == entry


@pytest.mark.parametrize("text, _", FULL_ONLY)
def test_five_phrasings_never_wrong(five, text, _):
    assert _answer(five, text) in (None, _)


def test_tag_question_no_is_dropped():
    assert "no" not in spanish.drop_tag_no("lloran la primera semana no? como sabe una").split()
    assert spanish.drop_tag_no("es seguro o no?") == "es seguro o no?"  # nothing follows: left as it is


def test_question_word_after_comma_opens_a_sentence():
    assert [asks for _, asks in split_parts("quiero entender bien, ¿qué es eso?")] == [False, True]
    # '..., ¿es cierto?' asks about the clause before it and stays with it
    assert len(split_parts("a los hombres también les da, ¿es cierto?")) == 1
