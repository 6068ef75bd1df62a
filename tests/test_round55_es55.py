"""Round 55 (es55): the Spanish matcher, grouped by cause.

* Chat spelling: a lone 't' is 'te' in a Spanish message ('ya t sientes mejor'); 'x fa' / 'por fa' is 'por favor'.
* Mexican words: 'vato' is a guy ('le puede dar ppd a los vatos?').
* Spanish word order: the subject after the verb ('de que nace el bebe empieza <la ppd>') is what starts.
* 'una depresion normal' is the English phrasings' 'regular depression' (what postpartum depression is set
  beside), not the 'normal' of 'is it normal to cry'; '... o es otra cosa diferente' compares nothing named.
* Felt 'desde la primera vez/sesion' is felt at once (how fast it works).
* 'hasta cuanto tiempo despues ... te puede dar la depresion' asks when it can come on (its onset).
* The end of the blues told in the past: 'se me quito'.

Each case is a question a patient might send; the reply must answer the entry named, in Spanish.
"""

from __future__ import annotations

import pytest

from bot.core.spanish import expand_chat
from tests.replies import spanish_answer as _answer

FULL = [
    # chat spelling
    ("ketamina q es eso x fa explicame facil", "what-is-ketamine"),
    ("q efectos secundarios t da la ketamina x fa", "side-effects"),
    # vatos
    ("mi bf anda todo raro desde q nacio el bb, le puede dar ppd a los vatos??", "ppd-fathers"),
    ("a los vatos tambien les da depresion posparto?", "ppd-fathers"),
    ("los vatos pueden tener ppd?", "ppd-fathers"),
    ("un vato puede tener depre despues de q nace su hijo?", "ppd-fathers"),
    # the subject after the verb
    ("a los cuantos dias o semanas de q nace el bb empieza la ppd", "ppd-onset"),
    ("a las cuantas semanas de que nace la niña aparece la depresion posparto", "ppd-onset"),
    ("despues de q nace el niño cuando empieza la ppd", "ppd-onset"),
    ("cuando nace el bebe empieza la depresion luego luego?", "ppd-onset"),
    # regular depression
    ("oiga disculpe la depresion pos parto que es exactamente es como una depresion normal o que", "what-is-ppd"),
    ("la depresion posparto es igual que una depresion normal?", "what-is-ppd"),
    ("la ppd es como la depresion normal o es otra cosa", "what-is-ppd"),
    ("la depresion postparto es como una depresion normal o es otra cosa diferente?", "what-is-ppd"),
    # from the first session
    ("desde la primera sesion ya se nota la mejoria?", "how-fast"),
    # when it can come on
    ("hasta cuanto tiempo despues de tener al baby te puede dar la depression? like un año?", "ppd-onset"),
    # the blues ended, told in the past
    ("a mi me dio tristeza unos dias y se me quito, eso era baby blues?", "baby-blues"),
]
FIVE = [
    ("ketamina q es eso x fa explicame facil", "what-is-ketamine"),
    ("q efectos secundarios t da la ketamina x fa", "side-effects"),
    ("mi bf anda todo raro desde q nacio el bb, le puede dar ppd a los vatos??", "ppd-fathers"),
    ("los vatos pueden tener ppd?", "ppd-fathers"),
    ("a los cuantos dias o semanas de q nace el bb empieza la ppd", "ppd-onset"),
    ("cuando nace el bebe empieza la depresion luego luego?", "ppd-onset"),
    ("desde la primera sesion ya se nota la mejoria?", "how-fast"),
    ("osea desde la primera vez ya t sientes mejor o como", "how-fast"),
]
# Harmless look-alikes: held back, or answered by one of the entries named.
LOOK_ALIKES = [
    ("a mi vato le dan miedo las agujas", {None, "infusion"}),
    ("puedo llevar a mi vato a la cita?", {None, "book-appointment"}),
    ("los vatos pueden venir a las sesiones?", {None, "infusion", "book-appointment"}),
    ("con la primera sesion basta o necesito mas?", {None, "infusion", "long-term"}),
    ("desde la primera vez que me embarace ando triste, sera depresion?", {None, "ppd-symptoms", "what-is-ppd"}),
    ("cuando nace el bebe puedo seguir dando pecho con la ketamina?", {None, "breastfeeding"}),
    ("cuando me pueden dar cita", {None, "book-appointment"}),
    ("la depresion normal se trata con pastillas?", {None, "standard-treatment"}),
    ("cuando t dan de alta despues del parto", {None}),
    ("mi baby no duerme nada, es normal?", {None}),
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


def test_lone_t_is_te_only_in_spanish():
    assert "te" in expand_chat("ya t sientes mejor o como".split())
    assert "te" not in expand_chat("i can t sleep at all".split())


def test_from_the_first_session_not_before_que():
    assert "inmediato" in expand_chat("desde la primera sesion ya se nota".split())
    assert "inmediato" not in expand_chat("desde la primera vez que me embarace".split())
    assert "inmediato" not in expand_chat("con la primera sesion basta".split())
