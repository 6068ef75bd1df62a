"""Round 54 (es54): the Spanish matcher, grouped by cause.

* Chat abbreviations: 'qn' is 'quién' ('qnes', 'qns' its plural), read only in a Spanish message (English
  chat writes 'qn' for 'question').
* Dictated punctuation: a phone that types what it hears writes 'punto' for a full stop ('... es otra cosa
  punto'); it is dropped where it closes a sentence, and kept where it is a noun ('a punto de', 'desde qué
  punto', 'punto de vista').
* Clinical register and acronyms: ISRS / IRSN (SSRI / SNRI), 'elegibilidad', 'latencia' (how soon it acts),
  'ventana temporal', 'inicio' / 'aparición' (onset), 'disforia posparto' (the blues).
* Everyday synonyms: 'apartar la cita' is booking; 'no ver a nadie' is withdrawing (a symptom); 'qué le dan a una mamá con ...' asks the
  treatment.
* Spanglish: a Spanish 'o' (or) between two words makes the reply Spanish ('is it an IV o spray nasal?').

Each case is a question a patient might send; the reply must answer the entry named, in Spanish.
"""

from __future__ import annotations

import pytest

from bot.core.language import detect_language
from bot.core.spanish import expand_chat
from tests.replies import spanish_answer as _answer

FULL = [
    # chat abbreviations
    ("qn me puede decir qn es renew wellness", "about-clinic"),
    ("oigan y qnes son ustedes? q hacen", "about-clinic"),
    # dictated punctuation
    ("cuanto tarda la ketamina en hacer efecto punto", "how-fast"),
    ("estoy a punto de llamar, como saco cita", "book-appointment"),
    # clinical register and acronyms
    ("¿Criterios de elegibilidad para ketamina?", "who-is-candidate"),
    ("soy elegible para la ketamina si ya probe dos isrs", "who-is-candidate"),
    ("¿Latencia de la ketamina frente a los ISRS?", "how-fast"),
    ("¿Ventana temporal de aparición de la depresión posparto?", "ppd-onset"),
    ("¿Inicio típico de la DPP?", "ppd-onset"),
    ("disforia posparto o DPP, como se distinguen", "baby-blues"),
    ("Ketamina frente a ISRS: ¿en qué se diferencia su mecanismo?", "ketamine-vs-antidepressants"),
    # everyday synonyms
    ("como me apartan la cita para la ketamina", "book-appointment"),
    ("quiero apartarle la cita a mi hija para la ketamina", "book-appointment"),
    ("ya no quiero ver a nadie, es un sintoma de la depresion posparto?", "ppd-symptoms"),
    ("no tengo ganas de hablar con nadie desde que naci mi bebe, eso es normal o es sintoma?", "ppd-symptoms"),
    ("que le dan a una mama con depresion posparto", "standard-treatment"),
    # Spanglish
    ("its an IV o spray nasal? how do you give it", "infusion"),
]
FIVE = [
    ("qn me puede decir qn es renew wellness", "about-clinic"),
    ("cuanto tarda la ketamina en hacer efecto punto", "how-fast"),
    ("soy elegible para la ketamina si ya probe dos isrs", "who-is-candidate"),
    ("¿Latencia de la ketamina frente a los ISRS?", "how-fast"),
    ("¿Ventana temporal de aparición de la depresión posparto?", "ppd-onset"),
    ("disforia posparto o DPP, como se distinguen", "baby-blues"),
    ("quiero apartarle la cita a mi hija para la ketamina", "book-appointment"),
    ("ya no quiero ver a nadie, es un sintoma de la depresion posparto?", "ppd-symptoms"),
    ("que le dan a una mama con depresion posparto", "standard-treatment"),
    ("its an IV o spray nasal? how do you give it", "infusion"),
]


@pytest.mark.parametrize("text,entry", FULL)
def test_full_faq(responder, text, entry):
    assert _answer(responder, text) == entry


@pytest.mark.parametrize("text,entry", FIVE)
def test_five_phrasings(five, text, entry):
    assert _answer(five, text) == entry


@pytest.mark.parametrize("text,wrong", [
    # 'que le dan a una mama' asks the treatment, not whether fathers get it
    ("que le dan a una mama con depresion posparto", "ppd-fathers"),
    # the onset asked in the clinical register is not the standard treatment
    ("¿Inicio típico de la DPP?", "standard-treatment"),
])
def test_never_a_wrong_answer(responder, five, text, wrong):
    for r in (responder, five):
        assert _answer(r, text) != wrong


def test_dictated_stop_dropped_but_noun_kept():
    assert "punto" not in expand_chat("es otra cosa punto y aparte que es la ketamina".split())
    assert "aparte" not in expand_chat("es otra cosa punto y aparte que es la ketamina".split())
    assert "punto" not in expand_chat("hay que esperar punto mi hermana dice que no".split())
    for text in ("estoy a punto de llamar", "desde que punto se considera depresion",
                 "es mi punto de vista sobre la ketamina", "llego a las 3 en punto"):
        assert "punto" in expand_chat(text.split()), text


def test_qn_only_in_spanish():
    assert "quien" in expand_chat("qn es renew wellness que hacen".split())
    assert "quien" not in expand_chat("quick qn about ketamine".split())


@pytest.mark.parametrize("text,lang", [
    ("its an IV o spray nasal? how do you give it", "es"),
    ("can I take it as a pill o is it always an infusion", "es"),
    ("is it safe to get ketamine at 5 o clock after work", "en"),
    ("my blood type is O negative, is ketamine safe", "en"),
])
def test_spanish_or_makes_spanglish_spanish(text, lang):
    assert detect_language(text) == lang
