"""Round 49: Spanish chat short forms ('la keta', 'qtan', 'dsp'), 'como' meaning 'like' before a
person ('alguien como yo' asks whether it suits the asker), a treatment that did not work told with
a pronoun or auxiliary in between ('ninguna pastilla le ha servido'), filler phrases ('por todos
lados', 'digan claro') and a family doctor called 'doctor de cabecera'.

Each case is a question a patient might send; the reply must answer the entry named, in Spanish.
"""

from __future__ import annotations

import pytest

from bot.core import spanish


def _answer(responder, text: str) -> str | None:
    reply = responder.respond(text)
    assert reply.lang == "es"
    return reply.answer.id if reply.answer else None


@pytest.mark.parametrize("text, entry", [
    ("cuanto tarda la keta en hacer efecto?", "how-fast"),
    ("la keta es segura?", "side-effects"),
    ("q efectos secundarios tiene la keta", "side-effects"),
    ("como se pone la keta, es por suero?", "infusion"),
    ("qtan rapido funciona la ketamina?", "how-fast"),
])
def test_keta_and_chat_short_forms(responder, text, entry):
    assert _answer(responder, text) == entry


@pytest.mark.parametrize("text", [
    "es la ketamina para alguien como yo?",
    "la ketamina es para gente como yo?",
    "la ketamina sirve en una persona como mi hermana?",
    "mi esposa no aguanta los antidepresivos, la ketamina es para mujeres como ella?",
])
def test_like_me_asks_whether_it_suits(responder, text):
    assert _answer(responder, text) == "who-is-candidate"


@pytest.mark.parametrize("text", [
    "a mi hermana ninguna pastilla le ha servido, la ketamina es buena opcion para ella?",
    "ningun antidepresivo me ha funcionado, podria ser candidata para ketamina?",
])
def test_nothing_has_worked_with_words_between(responder, text):
    assert _answer(responder, text) in ("who-is-candidate", "ketamine-vs-antidepressants")


def test_como_before_a_person_is_like_not_how():
    assert spanish.expand_chat("para alguien como yo".split()) == ["para", "mi"]
    assert "tipo" in spanish.expand_chat("se siente como ella dijo".split())
    assert "como" in spanish.expand_chat("como se pone la ketamina".split())


def test_did_not_work_reading_keeps_the_present_alone():
    # 'no sirve' may ask about now ('no sirve para la ansiedad?'): only past forms are read
    assert spanish.expand_chat("la pastilla no le ha servido".split())[-3:] == ["no", "me", "sirvio"]
    assert "sirvio" not in spanish.expand_chat("la ketamina no sirve para la ansiedad".split())


@pytest.mark.parametrize("text, entry", [
    ("vi que dicen ketamina por todos lados, que es eso?", "what-is-ketamine"),
    ("ustedes son clinica o tienen doctor de cabecera?", "about-clinic"),
])
def test_filler_and_family_doctor(responder, text, entry):
    assert _answer(responder, text) == entry
