"""Round 49 (five49): the matcher with every entry cut to its first five phrasings, as for a new entry.

A question that asks what a term is and names that term where it asks ('wat even is ppd lol ...') is
answered by the entry that says what the term is, even when the chat around the term is words its
five phrasings never use; a question naming the term but asking something else about it is not.
Wordings are our own.
"""

from __future__ import annotations

import pytest

from bot.core.knowledge import load_knowledge
from bot.core.responder import Responder
from bot.staff.evaluation import cut_phrasings
from tests.paths import SHIPPED_FAQ


@pytest.fixture(scope="module")
def young():
    return Responder(cut_phrasings(load_knowledge(SHIPPED_FAQ), 5))


def _answer(responder, text: str) -> str | None:
    reply = responder.respond(text)
    return reply.answer.id if reply.answer else None


@pytest.mark.parametrize("text, entry", [
    ("what even is ppd lol my aunt says thats what i have", "what-is-ppd"),
    ("whats the definition of ppd, my boyfriend asked me", "what-is-ppd"),
    ("my midwife wrote ppd in my chart, what does that mean", "what-is-ppd"),
    ("the nurse said ppd at my checkup, what does that even mean", "what-is-ppd"),
    ("¿qué es la depresión posparto? mi suegra dice que la tengo", "what-is-ppd"),
    ("el pediatra dijo algo de depresion posparto, eso que significa?", "what-is-ppd"),
    ("what exactly is this ketamine drug everyone on tiktok mentions?", "what-is-ketamine"),
    ("what is this ketamine medicine my friend told me about", "what-is-ketamine"),
])
def test_asking_what_a_named_term_is(young, responder, text, entry):
    assert _answer(young, text) == entry
    assert _answer(responder, text) in {entry, None}  # the shipped FAQ never answers another entry


@pytest.mark.parametrize("text", [
    "what is the ppd rate among teen moms in arizona",
    "what is the ketamine dose in milligrams per kilo",
    "what is TMS",
    "what is ppd support like in mesa",
    "what is the ketamine price",
])
def test_the_term_named_but_something_else_asked(young, text):
    assert _answer(young, text) not in {"what-is-ppd", "what-is-ketamine"}
