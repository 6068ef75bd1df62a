"""Round 47: Spanish questions in a formal register, and everyday Spanish wordings the matcher missed.

Each case is a question a patient might send; the reply must answer the entry named, in Spanish.
"""

from __future__ import annotations

import pytest


def _answer(responder, text: str) -> str | None:
    reply = responder.respond(text)
    assert reply.lang == "es"
    return reply.answer.id if reply.answer else None


@pytest.mark.parametrize("text, entry", [
    # formal openings ('me gustaría conocer', 'quisiera comprender') say nothing of the topic
    ("Me gustaría conocer en qué momento suele aparecer la depresión después del parto.", "ppd-onset"),
    ("Quisiera conocer el tratamiento convencional de la depresión posparto", "standard-treatment"),
    ("Me gustaría conocer cuál es el tratamiento convencional para la depresión posparto.", "standard-treatment"),
    ("¿Podrían explicarme qué clase de fármaco es la ketamina?", "what-is-ketamine"),
    # formal synonyms: 'sustancia' is a drug, 'perfil de seguridad' is how safe, 'proveedor' a clinic, 'brindan' offer
    ("¿Podrían indicarme qué tipo de sustancia es la ketamina?", "what-is-ketamine"),
    ("¿Qué efectos adversos se han reportado con la ketamina?", "side-effects"),
    ("¿Cuál es el perfil de seguridad de la ketamina?", "side-effects"),
    ("Me interesa conocer los servicios que ofrece su clínica y qué zona atienden", "about-clinic"),
    ("Antes de elegir un proveedor quisiera saber qué servicios brindan", "about-clinic"),
])
def test_formal_spanish_is_read_for_its_topic(responder, text, entry):
    assert _answer(responder, text) == entry


@pytest.mark.parametrize("text", [
    "la ketamina es buena para las ideas suicidas?",
    "la ketamina ayuda con los pensamientos de suicidio?",
    "es cierto que la ketamina quita rápido las ideas de suicidio?",
])
def test_whether_ketamine_helps_with_suicidal_thoughts(responder, text):
    assert _answer(responder, text) == "suicidal-thoughts"


@pytest.mark.parametrize("text", [
    # asked without a question mark ('pregunta si', 'quiere saber si'), under the check-in
    "mi prima tuvo pensamientos suicidas despues del parto. quiere saber si la ketamina le puede ayudar con eso",
    "my sister had suicidal thoughts after her baby. she asks if ketamine helps with that",
    # 'is that true' asks about the claim of the sentence before
    "vi en la tele que la ketamina quita rapido los pensamientos suicidas. es verdad eso?",
])
def test_a_reported_or_pointing_back_question_about_suicidal_thoughts_is_answered(responder, text):
    reply = responder.respond(text)
    assert reply.crisis  # the check-in still goes out first
    assert reply.answer is not None and reply.answer.id == "suicidal-thoughts"


@pytest.mark.parametrize("text", ["I want to die. is that normal?", "ya no quiero vivir. eso es normal?"])
def test_own_risk_wording_then_is_that_normal_gets_no_faq_answer(responder, text):
    reply = responder.respond(text)
    assert reply.crisis and reply.answer is None


@pytest.mark.parametrize("text, entry", [
    ("me la ponen por la vena?", "infusion"),
    ("la ketamina se pone con suero?", "infusion"),
    ("¿Puedo reservar en su página o tengo que llamar?", "book-appointment"),
    ("¿Se puede agendar por internet o hay que llamar a la oficina?", "book-appointment"),
    ("cómo empiezo con ustedes?", "book-appointment"),
    ("qué señales debo buscar en mi esposa?", "ppd-symptoms"),
    ("cuándo le empieza a uno la depresión posparto?", "ppd-onset"),
    ("es normal que un hombre se deprima después de que nace su bebé?", "ppd-fathers"),
])
def test_everyday_spanish_wordings(responder, text, entry):
    assert _answer(responder, text) == entry


@pytest.mark.parametrize("text", [
    "es tristeza de las hormonas o ya es depresión posparto?",
    "cómo sé si es un bajón hormonal o depresión?",
    "es solo tristeza hormonal o algo más?",
])
def test_hormonal_sadness_or_depression_asks_blues_or_ppd(responder, text):
    assert _answer(responder, text) == "baby-blues"


@pytest.mark.parametrize("text", [
    "la ketamina afecta las hormonas?",
    # 'just hormones' against 'a real illness' asks whether ppd is real, not the blues
    "la depresion posparto es una enfermedad de verdad o son las hormonas?",
])
def test_hormones_alone_are_not_the_blues(responder, text):
    assert _answer(responder, text) != "baby-blues"


@pytest.mark.parametrize("text", [
    "qué tratamientos hay para la depresión posparto? no quiero nada raro",
    "Que tratamientos hay para la depre despues de tener al bebe. Nada experimental.",
])
def test_nothing_unusual_asks_for_the_usual_treatment_not_side_effects(responder, text):
    assert _answer(responder, text) == "standard-treatment"


def test_spanish_u_before_o_is_or_not_you(responder):
    tokens = responder.matcher.normalise("psicoterapia, grupos de apoyo u otras medidas")
    assert "you" not in tokens
