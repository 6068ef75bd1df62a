"""Round 55 (en55): English questions from young parents (slang, fragments) held back or answered wrong for a
cause in how the words were read, with wordings of our own beside the batch's.

* a pointer noun for the term named before it ('my doctor mentioned ketamine, what is that drug') and whether the
  term is a real one of its kind ('is ketamine a legit medication or sketchy', 'is ppd a real illness') ask what
  the term is;
* 'how old do you have to be', 'old enough' ask the asker's age, a topic the FAQ does not cover (not the baby's age);
* 'what else is there' asks for the other options;
* 'you guys', 'y'all' are the clinic, as 'you' is; 'what do you do exactly', 'other stuff too' ask its services;
* 'for everybody or only certain people' is who a treatment suits; 'the good feeling' is the relief.
"""

from __future__ import annotations

import pytest

from bot.core.knowledge import load_knowledge
from bot.core.matcher import _plural_you
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
    # batch 57
    ("my wife doctor mention ketamine what is that drug", "what-is-ketamine"),
    ("is ketamine like a real legit medication or sketchy", "what-is-ketamine"),
    ("is it usually just antidepressants for ppd or what else is there", "standard-treatment"),
    ("is ketamine for everybody with ppd or only certain people", "who-is-candidate"),
    ("do y'all only do ketamine or other stuff too", "about-clinic"),
    # our own wordings
    ("my therapist brought up ketamine, what even is that medicine", "what-is-ketamine"),
    ("heard about ketamine on a podcast what is that stuff", "what-is-ketamine"),
    ("saw ketamine on your website. what is that medication", "what-is-ketamine"),
    ("my midwife wrote ppd on my chart what is that thing", "what-is-ppd"),
    ("is ketamine a legit medicine or just a party drug", "what-is-ketamine"),
    ("is ketamine an actual real medication", "what-is-ketamine"),
    ("is ppd a legit condition or just hormones", "what-is-ppd"),
    ("besides antidepressants what else is there for ppd", "standard-treatment"),
    ("what else can be done for postpartum depression other than pills", "standard-treatment"),
    ("do you guys only do ketamine or other things too", "about-clinic"),
    ("is ketamine for anyone with ppd or just some people", "who-is-candidate"),
    ("does the good feeling stay or does it fade", "long-term"),
])
def test_answered(shipped, text, expected):
    assert _answer(shipped, text) == expected


@pytest.mark.parametrize("text", [
    "how old do u have to be to get ketamine treatment im 19",  # batch 57: the FAQ does not say
    "how old do you need to be for ketamine infusions",
    "am i old enough to get ketamine, im 18",
    "how old must you be to get treated with ketamine",
    "is my mom too old for ketamine shes 70",
    "my doctor put me on zoloft what is that drug",  # a pointer to a drug the FAQ does not define
])
def test_held_back(shipped, text):
    assert _answer(shipped, text) is None


@pytest.mark.parametrize("text, expected", [
    # the baby's age is still the onset of ppd; a pointer noun inside a longer question asks that question
    ("my baby is 3 months old can i still get ppd", "ppd-onset"),
    ("how old can my baby be and it still count as postpartum depression", "ppd-onset"),
    ("my daughter is 8 months old, is it too late for ppd to start", "ppd-onset"),
    ("ketamine for ppd, what does that drug do to breast milk", "breastfeeding"),
    ("how fast does that drug ketamine work", "how-fast"),
    ("do y'all do ketamine for moms who are breastfeeding", "breastfeeding"),
    ("can y'all help me book an appointment", "book-appointment"),
    ("do you guys give ketamine as an iv or a pill", "infusion"),
])
def test_look_alikes_keep_their_answer(shipped, text, expected):
    assert _answer(shipped, text) == expected


def test_plural_you_is_you():
    assert _plural_you("have you all help".split()) == "have you help".split()
    assert _plural_you("you guys near".split()) == "you near".split()
    assert _plural_you("all the guys".split()) == "all the guys".split()
