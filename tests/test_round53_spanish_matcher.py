"""Round 53 (es53): the Spanish matcher, grouped by cause.

* Relatives asking: a relative who asked the asker to ask ('mi esposa me pidió que preguntara ...') or who asks
  the asker ('mi esposo ... me pregunta qué ...') is who wants the answer; the question reported is the question.
  'a él también' said of a man the message names asks whether men get it. An appointment asked for 'mi hija'
  is for the grown daughter, not the baby.
* Definition inside a story: 'no supe qué significa' asks what the term named before it means, without the
  pronoun English needs ('what it means').
* Synonyms: 'me siento diferente' is feeling better; 'hacer la cita' is booking; 'cómo es la sesión' asks what
  happens during one; 'cuál es mejor' compares; 'hay que haber probado ...' asks what a candidate needs;
  months carry no topic (days of the week do: 'atienden los sábados' asks the clinic's hours).
* Kind of thing: 'qué clase de medicina es' asks what the thing named is, without the pronoun English needs.

Each case is a question a patient might send; the reply must answer the entry named, in Spanish.
"""

from __future__ import annotations

import pytest

from tests.replies import spanish_answer as _answer


FULL = [
    # relatives asking
    ("Mi esposa me pidió que preguntara cómo le van a dar la medicina, por boca o por la vena", "infusion"),
    ("mi mama quiere que les pregunte si la ketamina es segura", "side-effects"),
    ("mi hermana me encargó preguntar si puede dar pecho con la ketamina", "breastfeeding"),
    ("mi esposo me pidió que preguntara si él también puede tener depresión posparto", "ppd-fathers"),
    ("mi esposo quiere que les pregunte si a el le puede dar depresion posparto", "ppd-fathers"),
    ("mi marido esta muy triste desde el parto, a él también le da la depresión?", "ppd-fathers"),
    ("mi esposo anda raro desde que nacio el niño, muy callado, le puede dar depresion posparto a el tambien", "ppd-fathers"),
    ("mi mama me pregunta si la ketamina es segura", "side-effects"),
    ("quiero sacar cita pa mi hija, a donde llamo", "book-appointment"),
    ("necesito una cita para mi hija, como le hago", "book-appointment"),
    # definition inside a story
    ("La enfermera escribió 'DPP' en mis papeles y no supe qué significa, me explican?", "what-is-ppd"),
    ("el doctor me dijo que tengo DPP y no sé qué significa", "what-is-ppd"),
    ("mi prima dice que tiene ppd y ni idea de que es", "what-is-ppd"),
    # synonyms
    ("pa cuando ya me siento diferente con la ketamina?", "how-fast"),
    ("despues de la infusion, en cuanto tiempo me voy a sentir diferente?", "how-fast"),
    ("puedo hacer mi cita en linea?", "book-appointment"),
    ("como saco una consulta para mi hija?", "book-appointment"),
    ("como es la sesion? me van a poner suero o que?", "infusion"),
    ("como es el procedimiento, me acuesto con un goteo en el brazo o como?", "infusion"),
    ("cual es mejor la ketamina o los antidepresivos", "ketamine-vs-antidepressants"),
    ("cual funciona mejor para la depresion posparto, la ketamina o la sertralina", "ketamine-vs-antidepressants"),
    ("¿Hay que haber probado antidepresivos antes?", "who-is-candidate"),
    ("tengo que haber probado pastillas antes de la ketamina?", "who-is-candidate"),
    ("necesito haber probado otro tratamiento primero?", "who-is-candidate"),
    ("en mi pais nunca oi hablar de la ketamina, que clase de medicina es", "what-is-ketamine"),
    ("mi hermana vio su anuncio de ketamina, que tipo de medicina es esa?", "what-is-ketamine"),
    ("bebe tiene 7 meses. todavia puede ser posparto?", "ppd-onset"),
    ("tuve a mi bebe en marzo y ahora en octubre me siento muy mal, todavia cuenta como posparto?", "ppd-onset"),
    ("que le hace la ketamina a la cabeza?", "how-ketamine-works"),
    ("¿Hay que haber probado antidepresivos antes?", "who-is-candidate"),
    ("en mi pais nunca oi hablar de la ketamina, que clase de medicina es", "what-is-ketamine"),
]
FIVE = [
    ("Mi esposa me pidió que preguntara cómo le van a dar la medicina, por boca o por la vena", "infusion"),
    ("mi esposo me pidió que preguntara si él también puede tener depresión posparto", "ppd-fathers"),
    ("mi marido esta muy triste desde el parto, a él también le da la depresión?", "ppd-fathers"),
    ("quiero sacar cita pa mi hija, a donde llamo", "book-appointment"),
    ("el doctor me dijo que tengo DPP y no sé qué significa", "what-is-ppd"),
    ("mi prima dice que tiene ppd y ni idea de que es", "what-is-ppd"),
    ("como es la sesion? me van a poner suero o que?", "infusion"),
    ("cual es mejor la ketamina o los antidepresivos", "ketamine-vs-antidepressants"),
    ("¿Hay que haber probado antidepresivos antes?", "who-is-candidate"),
    ("en mi pais nunca oi hablar de la ketamina, que clase de medicina es", "what-is-ketamine"),
]


@pytest.mark.parametrize("text,entry", FULL)
def test_full_faq(responder, text, entry):
    assert _answer(responder, text) == entry


@pytest.mark.parametrize("text,entry", FIVE)
def test_five_phrasings(five, text, entry):
    assert _answer(five, text) == entry


@pytest.mark.parametrize("text,wrong", [
    # 'él' not said of a man asked about, in a message about the appointment: not the fathers entry
    ("mi esposo puede venir a la cita? el tambien quiere saber de la ketamina", "ppd-fathers"),
])
def test_never_a_wrong_answer(responder, five, text, wrong):
    for r in (responder, five):
        assert _answer(r, text) != wrong
