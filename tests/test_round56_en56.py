"""Round 56 (en56): English questions in a clinical or formal register (a lawyer, a nurse) held back for a
cause in how the words were read, with wordings of our own beside the batch's.

* the clinical words for how soon a drug works ('latency', 'onset of action', 'time to response'), how it works
  ('neurobiological', 'pharmacodynamics') and prevention ('prophylaxis') read as the FAQ's own words;
* the formal frame of a question ('from a clinical standpoint', 'in your view') asks nothing and is dropped;
* a trade named at the start without a stop ('As a nurse I see...', "I'm a nurse so...") is who asks, as it is
  with a stop ('Nurse here.');
* 'direct' ('direct breastfeeding', 'a direct treatment') is no form of 'directions' to the clinic.
"""

from __future__ import annotations

import pytest

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
    # batch 58
    ("From a clinical standpoint, what is the typical window of onset for postpartum depression following "
     "delivery, and can onset occur beyond the first postpartum month?", "ppd-onset"),
    ("Nurse here. Is PPD onset anywhere in the first 12 months postpartum in your view, or do you only call it "
     "PPD if symptoms start in the first 4 weeks like the DSM peripartum specifier?", "ppd-onset"),
    ("As a nurse I see a lot of weepy day-3 moms on the unit. At what point does it stop being the blues and "
     "become PPD in your view: intensity, duration, impact on daily functioning?", "baby-blues"),
    # our own wordings
    ("What is the typical latency before patients feel better after ketamine?", "how-fast"),
    ("Clinically, what is the onset of action of ketamine compared with an SSRI?", "ketamine-vs-antidepressants"),
    ("What is the time to response for ketamine in postpartum depression?", "how-fast"),
    ("From a purely informational standpoint, what are the side effects of ketamine?", "side-effects"),
    ("I'm a nurse so I know the basics, what are the side effects of ketamine?", "side-effects"),
    ("Can you explain the neurobiology of how ketamine lifts mood?", "how-ketamine-works"),
    ("What are the pharmacodynamics of ketamine?", "how-ketamine-works"),
    ("Is ketamine ever used as prophylaxis for postpartum depression in high risk mothers?", "prevention"),
])
def test_answered(shipped, text, expected):
    assert _answer(shipped, text) == expected


@pytest.mark.parametrize("text", [
    "Is there any latency in your text message replies?",
    "In your view, is the weather nice in Gilbert?",
    "From a clinical standpoint, do you treat knee pain?",
    "From a clinical perspective, do you do TMS?",
    "As a nurse I work night shifts, can I still come to appointments?",
    "I'm a nurse and my shift ends at 7, are you open late?",
    "My mom's cancer is in remission, can she come with me to appointments?",
    "Do you take prophylaxis medication for travel?",
    "Is there a neurobiology class you recommend?",
])
def test_look_alikes_not_answered(shipped, text):
    """A register word alone does not make a question one the FAQ answers."""
    assert _answer(shipped, text) is None


@pytest.mark.parametrize("text, not_expected", [
    ("is ketamine a direct treatment", "about-clinic"),
    ("can she resume direct breastfeeding the next day", "about-clinic"),
])
def test_direct_is_not_directions(shipped, text, not_expected):
    assert _answer(shipped, text) != not_expected


@pytest.mark.parametrize("text", [
    "get directions to the clinic",
    "what are the directions to your office",
])
def test_directions_still_the_clinic(shipped, text):
    assert _answer(shipped, text) == "about-clinic"
