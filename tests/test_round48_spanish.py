"""Round 48: Spanish reports of what someone told the asker ('mi doctora me dijo que podría tener...',
'tengo entendido que es lo más rápido') are read for what they report, not as the asker's question.

Each case is a question a patient might send; the reply must answer the entry named, in Spanish.
"""

from __future__ import annotations

import pytest


def _answer(responder, text: str) -> str | None:
    reply = responder.respond(text)
    assert reply.lang == "es"
    return reply.answer.id if reply.answer else None


@pytest.mark.parametrize("text", [
    # the doctor who told the asker is not what is asked about: 'doctor' does not pull to treatment
    "mi doctora me dijo que podría tener depresión posparto pero no sé bien qué es",
    "el doctor me dijo que puede ser depresion posparto, que es?",
    "la enfermera me dijo que podría tener depresión postparto, qué es eso?",
    "mi ginecologo me dijo que podria ser depresion posparto. que significa?",
    "mi medico cree que tengo depresion postparto pero ni se que es eso",
])
def test_a_diagnosis_told_by_a_doctor_then_what_is_it(responder, text):
    assert _answer(responder, text) == "what-is-ppd"


def test_the_report_still_leaves_the_question_asked(responder):
    assert _answer(responder, "mi doctora me dijo que puedo tener depresion posparto, como se trata?") == "standard-treatment"


@pytest.mark.parametrize("text, entry", [
    # 'tengo entendido que es...', 'leí que es...', 'oí que es...' report a claim: their 'que es' is not 'what is'
    ("en la clinica vemos mamas con ideas suicidas. ustedes usan ketamina para eso? tengo entendido que es lo mas rapido",
     "suicidal-thoughts"),
    ("lei que es muy rapido, cuanto tarda en hacer efecto?", "how-fast"),
    ("escuche que es normal llorar despues del parto, es cierto?", "baby-blues"),
])
def test_a_reported_claim_is_not_a_what_is_question(responder, text, entry):
    assert _answer(responder, text) == entry


@pytest.mark.parametrize("text, entry", [
    # 'comentó' (told) is a reporting verb, not a misspelt 'comenzó' (started)
    ("una amiga me comentó que la ketamina ayuda rapido, cuanto tarda en hacer efecto?", "how-fast"),
    ("mi prima me comento que le dio depresion a los 6 meses del parto, puede empezar tan tarde?", "ppd-onset"),
    # 'ayer' and 'y ahora qué sigue' say nothing of the topic
    ("ayer me diagnosticaron depresion posparto, como se trata normalmente?", "standard-treatment"),
])
def test_reporting_and_time_words_carry_no_topic(responder, text, entry):
    assert _answer(responder, text) == entry


@pytest.mark.parametrize("text, entry", [
    ("mi ob escribio DPP en mis papeles. que es eso?", "what-is-ppd"),
    ("mi psiquiatra hablo de ketamina. que es eso?", "what-is-ketamine"),
])
def test_what_is_that_after_a_named_term_still_defines_it(responder, text, entry):
    assert _answer(responder, text) == entry
