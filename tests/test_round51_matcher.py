"""Round 51 (en51): English questions held back (or answered wrong) for a cause in how the words were read,
with wordings of our own.

* a clause that asks what a term the FAQ defines is ('what is ppd specifically', 'asked me what ppd is',
  'PPD?? what does that mean, ...') is answered by the definition when a story around it drowns it;
* the one question after a story that asks an aspect its entry is the one to answer ('is there a cutoff
  for when it still counts') needs less than another part does;
* 'act on' / 'target' is what a drug works on; 'the effect is for a long time' asks how long it lasts;
* 'be seen' is booking; 'in the first place' says nothing; a recovery medicine ('naltrexone') and a
  'cafecito' are named things no entry speaks of, so the reply holds back;
* 'vein' is how it is given.
"""

from __future__ import annotations

import pytest

from bot.core.knowledge import load_knowledge
from bot.core.matcher import _asks_meaning_of, split_parts
from bot.core.responder import Responder
from tests.paths import SHIPPED_FAQ

PPD = frozenset({"postpartum", "depress"})


@pytest.fixture(scope="module")
def shipped():
    return Responder(load_knowledge(SHIPPED_FAQ))


def _answer(responder, text: str) -> str | None:
    reply = responder.respond(text)
    return reply.answer.id if reply.answer else None


def test_a_clause_asking_what_the_term_is():
    assert _asks_meaning_of("asked me what postpartum depress is and i could not say".split(), PPD)
    assert _asks_meaning_of("but what is postpartum depress specif".split(), PPD)
    # knowing what it is, or asking how it feels, is not asking what it is
    assert not _asks_meaning_of("i know what postpartum depress is".split(), PPD)
    assert not _asks_meaning_of("what postpartum depress is like".split(), PPD)


@pytest.mark.parametrize("text", [
    "My cousin asked me what postpartum depression is and I had no good answer. Could you help me explain it?",
    "I've had anxiety for years so I know that one, but what is postpartum depression specifically?",
    "PPD?? what does that mean, the midwife circled it on my follow-up sheet",
    "hello, I write for my niece. what is this postpartum depression the midwife mention? back home nobody talk of it",
    "A neighbour at the playground asked me what postpartum depression is and I couldn't explain it. Can you help me understand it?",
])
def test_a_definition_asked_inside_a_story(shipped, text):
    assert _answer(shipped, text) == "what-is-ppd"


def test_a_statement_with_a_tag_for_agreement_tells():
    assert split_parts("ssris raise serotonin, right? what does ketamine do then?") == [
        ("ssris raise serotonin, right", False), ("what does ketamine do then", True)]
    # alone, it still asks
    assert split_parts("it works fast, right?") == [("it works fast, right", True)]


def test_knowing_what_it_is_does_not_ask_it(shipped):
    assert _answer(shipped, "I know what PPD is already. How fast does ketamine work?") == "how-fast"


@pytest.mark.parametrize("text", [
    "My son turned one last week and I was fine until now. Lately I can't get out of bed. Is there a cutoff for when it still counts as postpartum?",
    "my twins are nine months. i feel awful lately. can it still start this late?",
])
def test_when_it_starts_after_a_story(shipped, text):
    assert _answer(shipped, text) == "ppd-onset"


@pytest.mark.parametrize("text, expected", [
    ("SSRIs target serotonin, right? What does ketamine act on then?", "ketamine-vs-antidepressants"),
    ("what does ketamine target in the brain", "how-ketamine-works"),
    ("my doctor mentioned ketamine. what kind of drug is it?", "what-is-ketamine"),
    ("my sister fears it helps a week and then the sadness is back. the effect is for long time?", "long-term"),
    ("is the relief for a long time or does it fade", "long-term"),
    ("how do I get seen by your team? a friend gave me your name", "book-appointment"),
    ("is there any way to keep ppd from happening in the first place? I'm due in May", "prevention"),
])
def test_readings(shipped, text, expected):
    assert _answer(shipped, text) == expected


@pytest.mark.parametrize("text", [
    "I'm on suboxone for my recovery, can I still do ketamine",
    "I take naltrexone every day, is ketamine ok with it",
    "can she have a cafecito the morning of the treatment",
])
def test_named_things_no_entry_speaks_of(shipped, text):
    assert _answer(shipped, text) is None
