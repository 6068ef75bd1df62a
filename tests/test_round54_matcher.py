"""Round 54 (en54): English questions held back (or answered wrong) for a cause in how the words were read,
with wordings of our own.

* a pointer before a kind of thing in a message's first sentence ('is this medicine dangerous? my aunt is
  worried', 'what is this renew wellness? ...') names what it asks about: there is nothing before it to point at;
* 'act in the brain' is how it works on the brain;
* 'the pills took forever' tells of a slow start (how fast), and 'last time' is no question of how long;
* 'depression after baby' is postpartum depression;
* "if it works fast, will it last?": the premise granted is not what is asked;
* 'will it help her for long', 'only for a little time' ask how long it lasts.
"""

from __future__ import annotations

import pytest

from bot.core.aspects import aspects_of


def _answer(responder, text: str) -> str | None:
    reply = responder.respond(text)
    return reply.answer.id if reply.answer else None


@pytest.mark.parametrize("text, expected", [
    ("Is this medicine dangerous? My aunt is worried.", "side-effects"),
    ("What is this Renew Wellness? my cousin told me about you", "about-clinic"),
])
def test_a_pointer_before_a_thing_in_the_first_sentence_names_it(responder, five, text, expected):
    assert _answer(responder, text) == expected
    assert _answer(five, text) == expected


@pytest.mark.parametrize("text", [
    "how does ketamine act in the body",
    "How does this drug act in the brain?",
])
def test_act_in_is_how_it_works(responder, five, text):
    assert _answer(responder, text) == "how-ketamine-works"
    assert _answer(five, text) == "how-ketamine-works"


def test_took_forever_is_a_slow_start_and_last_time_no_duration(responder):
    assert "duration" not in aspects_of("my last time it was bad".split())
    assert "duration" in aspects_of("doe it last".split())
    assert _answer(responder, "how long before she feels better with ketamine? her pills took forever last time") == "how-fast"


@pytest.mark.parametrize("text", [
    "how do i know if my daughter in law has depression after a baby",
    "How can I tell if my niece has the depression after baby? What signs should I look for?",
])
def test_depression_after_baby_is_postpartum_depression(responder, text):
    assert _answer(responder, text) == "ppd-symptoms"


@pytest.mark.parametrize("text", [
    "If it works fast, will it last?",
    "if it kicks in quick, how long does it last",
    "If it helps quickly, does it stick around? or is it temporary?",
])
def test_a_premise_granted_is_not_what_is_asked(responder, five, text):
    assert _answer(responder, text) == "long-term"
    assert _answer(five, text) == "long-term"


def test_the_premise_does_not_hide_a_question_of_its_own_aspect(responder):
    assert _answer(responder, "if the effect lasts for months, how fast does it start working?") == "how-fast"


@pytest.mark.parametrize("text", [
    "will the infusions work for long or wear off",
    "Will my nephew's wife feel good only for a little time, or will ketamine help her for long?",
])
def test_help_for_long_asks_how_long_it_lasts(responder, text):
    assert "duration" in aspects_of("doe it work for long".split())
    assert "duration" not in aspects_of("how long befor it work".split())
    assert _answer(responder, text) == "long-term"
