"""Round 48: wrong answers and held-back questions of blind batch 49, by class, with wordings of our own.

Each case is a question a patient might send; the reply must answer the entry named, or hold back (None).
"""

from __future__ import annotations

import pytest


def _answer(responder, text: str) -> str | None:
    reply = responder.respond(text)
    return reply.answer.id if reply.answer else None


@pytest.mark.parametrize("text, entry", [
    # a person named as the one talking in the story is not what the question asks about
    ("what exactly is ppd? my partner says I should just sleep more", "what-is-ppd"),
    ("what is postpartum depression? my husband says it's just being tired", "what-is-ppd"),
    ("qué es la depresión posparto? mi esposo dice que es puro cansancio", "what-is-ppd"),
    # ...while a question about the person still reads as one about dads
    ("can men get ppd? my husband has been down since the baby came", "ppd-fathers"),
    ("my husband is a pastor. can he get postpartum depression too?", "ppd-fathers"),
    ("mi pareja anda deprimido desde que nacio el bebe. le puede dar depresion posparto a el?", "ppd-fathers"),
])
def test_a_person_in_the_story_does_not_choose_the_entry(responder, text, entry):
    assert _answer(responder, text) == entry


@pytest.mark.parametrize("text", [
    # 'what's the connection' points back at the two things the other sentence names
    "why is ketamine on a page about suicidal thinking? what's the relationship",
    "what does ketamine have to do with suicidal thoughts",
])
def test_the_link_between_ketamine_and_suicidal_thoughts(responder, text):
    assert _answer(responder, text) == "suicidal-thoughts"


@pytest.mark.parametrize("text, entry", [
    ("do you offer primary care", "about-clinic"),
    ("is renew wellness a primary care clinic", "about-clinic"),
    ("which areas do you serve", "about-clinic"),
    ("what area does your clinic cover", "about-clinic"),
    ("can ppd affect men", "ppd-fathers"),
    ("will ketamine in my milk affect the baby", "breastfeeding"),
    # written as they sound: 'sines' are signs
    ("what are the sines of ppd", "ppd-symptoms"),
])
def test_neighbouring_questions_keep_their_answers(responder, text, entry):
    assert _answer(responder, text) == entry
