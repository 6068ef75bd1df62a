"""Round 56 (es56): the Spanish matcher, grouped by cause.

* The clinical register: 'profilaxis' (prevention), 'la remision' and 'volver a caer' (how long relief
  lasts), 'la via de administracion' and 'aerosol nasal' (how it is given), 'el cuadro clinico' (the
  symptoms, not the clinic), 'a nivel cerebral', 'se clasifica como' (not a typo of 'califica':
  who is a candidate), 'efectos ... feos' (bad ones).
* A grown daughter given or taking a treatment ('a mi hija le dieron pastillas para la depresion', 'si mi
  hija se pone la ketamina') is the patient, not the baby.
* Colloquial Mexican: 'en q parte estan' asks where the clinic is; 'se le va a quedar el bienestar' asks
  whether the relief lasts.
* 'es como droga': 'como' right after a form of 'ser', before a word that carries a topic, is 'like', not the question word 'how'.
* 'esa condicion', 'esa indicacion' (not 'ese medicamento', which names what it asks about): a demonstrative before a general noun points back at what an
  earlier sentence named; the sentence alone is not read as a question of its own.

Each case is a question a patient might send; the reply must answer the entry named, in Spanish.
"""

from __future__ import annotations

import pytest

from bot.core.matcher import REFERS_BACK
from bot.core.spanish import expand_chat
from tests.replies import spanish_answer as _answer

FULL = [
    # where the clinic is
    ("en que parte quedan ustedes?", "about-clinic"),
    ("oiga y ustedes en q parte se encuentran?", "about-clinic"),
    ("ustedes en q parte estan?", "about-clinic"),
    # prophylaxis
    ("la ketamina sirve como profilaxis de la depresion posparto?", "prevention"),
    ("se puede usar la ketamina de forma profilactica antes del parto?", "prevention"),
    # how long relief lasts
    ("si me siento mejor con la ketamina se me va a quedar el bienestar?", "long-term"),
    ("despues de la ketamina uno vuelve a caer en la depresion?", "long-term"),
    ("despues de la ketamina uno recae?", "long-term"),
    ("cuanto dura la remision con la ketamina?", "long-term"),
    # how it is given
    ("cual es la via de administracion de la ketamina?", "infusion"),
    ("la ketamina es en aerosol nasal o por la vena?", "infusion"),
    # the clinical picture is the symptoms
    ("cual es el cuadro clinico de la DPP?", "ppd-symptoms"),
    ("que sintomas forman parte del cuadro clinico de la depresion posparto?", "ppd-symptoms"),
    # classed as
    ("la depresion posparto se clasifica como trastorno del animo?", "what-is-ppd"),
    # the brain level
    ("que efecto tiene la ketamina a nivel cerebral?", "how-ketamine-works"),
    # ugly side effects
    ("la ketamina tiene efectos secundarios feos como las pastillas?", "side-effects"),
    # 'es como' is 'like'
    ("la ketamina es como una droga que te pone feliz o como funciona en el cerebro?", "how-ketamine-works"),
    ("eso de la ketamina es como anestesia?", "what-is-ketamine"),
    ("whats an IV infusion? asi es como dan la ketamina ahi?", "infusion"),
    # a pointer back to the sentence before
    ("Lei sobre la depresion posparto en una revista. Me podria explicar en que consiste esa condicion?", "what-is-ppd"),
    ("Mi doctora menciono la ketamina. Ese tratamiento es seguro?", "side-effects"),
    # a grown daughter given or taking a treatment is the patient, not the baby
    ("si mi hija se pone esa ketamina y se siente bien, se le va a quedar el bienestar o despues vuelve a caer igual?",
     "long-term"),
    ("si mi hija se hace el tratamiento de ketamina puede seguir dando pecho?", "breastfeeding"),
    # 'quedar' is a function verb as 'queda' is: 'me voy a quedar bien' still asks whether relief lasts
    ("si me hago lo de la ketamina me voy a quedar bien o al rato me regresa la depresion?", "long-term"),
]
FIVE = [
    ("en que parte quedan ustedes?", "about-clinic"),
    ("la ketamina sirve como profilaxis de la depresion posparto?", "prevention"),
    ("cual es la via de administracion de la ketamina?", "infusion"),
    ("cual es el cuadro clinico de la DPP?", "ppd-symptoms"),
]
# Harmless look-alikes: held back, or answered by one of the entries named.
LOOK_ALIKES = [
    ("se me va a quedar la cicatriz de la cesarea?", {None}),
    ("mi abuela vuelve a caer enferma cada invierno", {None}),
    ("el cuadro de mi cuarto se cayo", {None}),
    ("en que parte de arizona hay nieve?", {None}),
    ("la administracion del hospital no me contesto", {None}),
    ("que nivel de estudios tiene el doctor?", {None}),
    ("esa cosa me da miedo", {None}),
    ("tienen estacionamiento en la clinica?", {None}),
    ("mi bebe se queda dormido en el pecho, es normal?", {None}),
    ("a mi hija le dieron formula en el hospital", {None}),
    ("mi hija se pone muy inquieta en la noche", {None}),
]
# A story told, then a question asked of something the story named: wrong answers no longer given.
NOT_WRONG = [
    ("Pregunta academica: he leido que la ketamina reduce rapidamente la ideacion suicida. En su clinica se usa "
     "con esa indicacion en pacientes con DPP?", {None, "suicidal-thoughts"}),
]


@pytest.mark.parametrize("text,entry", FULL)
def test_full_faq(responder, text, entry):
    assert _answer(responder, text) == entry


@pytest.mark.parametrize("text,entry", FIVE)
def test_five_phrasings(five, text, entry):
    assert _answer(five, text) == entry


@pytest.mark.parametrize("text,allowed", LOOK_ALIKES)
def test_look_alikes_get_no_wrong_answer(responder, five, text, allowed):
    for r in (responder, five):
        assert _answer(r, text) in allowed


@pytest.mark.parametrize("text,allowed", NOT_WRONG)
def test_story_then_pointer_gets_no_wrong_answer(responder, text, allowed):
    assert _answer(responder, text) in allowed


def test_spanish_pointer_before_a_general_noun_points_back():
    assert REFERS_BACK.search("en que consiste esa condicion")
    assert REFERS_BACK.search("y a quien le da esa enfermedad")
    assert not REFERS_BACK.search("que es exactamente ese medicamento")  # a thing the clinic offers names itself
    assert not REFERS_BACK.search("en que consiste la depresion posparto")
    assert not REFERS_BACK.search("esa ketamina es segura")


def test_daughter_given_a_treatment_is_grown():
    assert "mija" in expand_chat("a mi hija le dieron pastillas para la depresion".split())
    assert "mija" in expand_chat("si mi hija se pone la ketamina".split())
    assert "mija" not in expand_chat("a mi hija le dieron medicina para los colicos".split())
    assert "mija" not in expand_chat("mi hija se pone muy inquieta".split())
