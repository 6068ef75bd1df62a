"""Round 58 (match58): Spanish chat spellings the matcher now reads as the words they stand for, with wordings
of our own beside the batch's.

* a diminutive is its base word: 'horitas' horas, 'ratito' rato, 'poquito' poco, 'lechita' leche, 'citita' cita
  (only an unknown word, only in a Spanish message, only towards a word the FAQ knows);
* a word typed without some of its vowels is the one Spanish word it spells: 'rpido' rapido, 'sintmas'
  sintomas, 'efctos' efectos (same first letter, so 'cerca' is not 'acerca'; two candidates lead to neither).
"""

from __future__ import annotations

import pytest

from bot.core import spanish
from bot.core.knowledge import load_knowledge
from bot.core.responder import Responder
from tests.paths import SHIPPED_FAQ


@pytest.fixture(scope="module")
def shipped():
    return Responder(load_knowledge(SHIPPED_FAQ))


def _answer(responder, text: str) -> str | None:
    reply = responder.respond(text)
    assert not reply.crisis, text  # none of these is a crisis: no alarm on a plain question
    return reply.answer.id if reply.answer else None


@pytest.mark.parametrize("text, expected", [
    # batch 59 and 60
    ("es cierto que con la ketamina uno se siente mejor en horitas y no en semanas? o es puro cuento", "how-fast"),
    ("qe tan rpido funsiona?? nesesito sentirme mejr ya x mis bbs", "how-fast"),
    # our own: diminutives
    ("con la ketamina se siente una mejor en unas horitas o tarda semanas?", "how-fast"),
    ("la ketamina actua rapidito o hay que esperar mucho?", "how-fast"),
    ("pasa un poquito de la ketamina a la lechita del bebe?", "breastfeeding"),
    ("como saco una citita con ustedes?", "book-appointment"),
    ("si le doy pechito a mi bebe puedo recibir ketamina?", "breastfeeding"),
    # our own: dropped vowels
    ("q tan rpido se siente el efecto d la ketamina?", "how-fast"),
    ("cuales son los sintmas d la depresion posparto", "ppd-symptoms"),
    ("la ketamina tiene efctos secundarios?", "side-effects"),
    ("puedo amamntar si me ponen ketamina?", "breastfeeding"),
    ("kiero sacr una cita cn ustedes, como le hago?", "book-appointment"),
    ("q tan rapdo funciona la ketamina?", "how-fast"),
])
def test_chat_spellings_are_answered(shipped, text, expected):
    assert _answer(shipped, text) == expected


@pytest.mark.parametrize("text", [
    "¿Tienen clínica en Tucson? Me queda más cerca de Sells que Gilbert.",  # 'cerca' is not 'acerca' (about)
    "ustedes venden cafecito en la sala de espera?",
    "mi perrito se comio una pastilla, que hago?",
    "tienen estacionamnto para visitas?",
    "cuanto cuesta cada sesn?",
    "mi bb no quiere la formla, q hago?",
    "tienen doctr q hable inglés y espanol para mi suegra?",
])
def test_look_alikes_stay_unanswered(shipped, text):
    assert _answer(shipped, text) is None


@pytest.mark.parametrize("word, base", [
    ("horitas", "horas"), ("ratito", "rato"), ("poquito", "poco"), ("lechita", "leche"), ("cafecito", "cafe"),
])
def test_a_diminutive_offers_its_base_word(word, base):
    assert base in spanish.diminutive_bases(word)


@pytest.mark.parametrize("word", ["cita", "quita", "exito"])
def test_a_short_word_is_no_diminutive(word):
    assert spanish.diminutive_bases(word) == ()
