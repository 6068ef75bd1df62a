"""Round 57 (speed57): the same replies, sooner.

One message is read many times over: whole, by sentence, by clause, and by the crisis detector and the
matcher. The matcher now keeps (bounded) what it read of a text (Matcher._normalised, split_parts, the
aspects a reading asks about), compiles the patterns of the FAQ's defined terms once, and the dictation
joiner rejects a window by the shape of its words before any lookup. None of it may change a reply: these
tests ask the same message twice, in different orders and after other messages, and check what a patient
would see (the contacts, the entry answered, no alarm on a plain question).
"""

from __future__ import annotations

import pytest

from bot.core.knowledge import load_knowledge
from bot.core.matcher import split_parts
from bot.core.responder import Responder
from bot.staff import bench
from tests.paths import SHIPPED_FAQ


@pytest.fixture(scope="module")
def shipped():
    return Responder(load_knowledge(SHIPPED_FAQ))


CRISES = [
    "i cant do this anymore, i want to end my life tonight",
    "sometimes i think my baby would be better off without me and i should just disappear for good",
    "ya no quiero vivir, tengo las pastillas guardadas",
    "can ketamine help if I have suicidal thoughts",
]
QUESTIONS = [
    ("what is post part um depression exactly", "what-is-ppd"),
    ("oiga que es la queta mina esa que dan ahi", "what-is-ketamine"),
    ("what is the glue to mate thing people talk about with ketamine", "how-ketamine-works"),
    ("what does ppd stand for", "what-is-ppd"),
    ("can ketamine stop ppd before it starts", "prevention"),
]
HARMLESS = [
    "thank you so much, that helps",
    "this heat is killing me, is the clinic air conditioned",
    "my phone is about to die, can you text me the address",
    "recommend a good stroller",
]


def _answer_id(responder: Responder, text: str) -> str | None:
    reply = responder.respond(text)
    return reply.answer.id if reply.answer else None


@pytest.mark.parametrize("text", CRISES)
def test_a_crisis_shows_the_contacts_every_time_it_is_read(shipped, text):
    # read once cold, once with everything the first reading kept, once after other messages
    first = shipped.respond(text)
    again = shipped.respond(text)
    for other, _ in QUESTIONS:
        shipped.respond(other)
    third = shipped.respond(text)
    assert first.crisis and again.crisis and third.crisis, text
    assert first.tier == again.tier == third.tier


@pytest.mark.parametrize("text, expected", QUESTIONS)
def test_a_question_gets_its_entry_however_often_and_in_whatever_order_it_is_asked(shipped, text, expected):
    assert _answer_id(shipped, text) == expected
    for other in HARMLESS + CRISES:
        shipped.respond(other)
    assert _answer_id(shipped, text) == expected
    bench.clear_caches(shipped)  # what the bench clears before each pass: the message is read anew
    assert _answer_id(shipped, text) == expected


@pytest.mark.parametrize("text", HARMLESS)
def test_a_harmless_message_stays_quiet_when_asked_again(shipped, text):
    assert not shipped.respond(text).crisis
    assert not shipped.respond(text).crisis


def test_a_kept_reading_cannot_be_changed_by_its_reader(shipped):
    # a caller that edits the words it was given must not change the next reading of the same text
    text = "how long does ketamine take to work"
    tokens = shipped.matcher.normalise(text)
    expected = list(tokens)
    tokens.append("baby")
    tokens[0] = "zzz"
    assert shipped.matcher.normalise(text) == expected
    parts = split_parts("when will i feel better? and how long does it last?")
    parts.append(("extra", True))
    assert split_parts("when will i feel better? and how long does it last?") == parts[:-1]
    assert _answer_id(shipped, text) == "how-fast"


def test_the_bench_forgets_the_kept_readings_before_each_pass(shipped):
    shipped.respond("is ketamine safe while breastfeeding")
    assert shipped.matcher._normalised.cache_info().currsize > 0
    bench.clear_caches(shipped)
    assert shipped.matcher._normalised.cache_info().currsize == 0
