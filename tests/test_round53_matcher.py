"""Round 53 (en53): English questions held back (or answered wrong) for a cause in how the words were read,
with wordings of our own.

* already being on a named drug ('if I'm on Zoloft') is taking it together with ketamine: not answered;
* whether a wish or a history is reason enough to have ketamine ('a good reason to try ketamine', 'does that make
  her someone ketamine could help') asks who it is for;
* a definition asked with a story after it and no stop between ('ppd what does that mean my nurse wrote it'),
  'whats ketamine never heard of it', and 'explain ppd to me like im five, my husband doesnt get it' (a person
  named is not a question about fathers);
* 'post birth weepiness' is the baby blues; 'the standard of care' the standard treatment; 'within an hour' how
  fast; 'years from now' the long term; 'ward off', 'head it off', 'avoid postpartum depression' prevention;
  'feed her from the breast' breastfeeding; 'mode of action' how it works; 'IV, IM or nasal' and 'route of
  administration' how it is given; 'is it a pill at home or do I come in for a drip' its form;
* something at the clinic ('is there a walking group at your clinic') and which formula to buy are not answered
  by the entries that share their words.
"""

from __future__ import annotations

import pytest

from bot.core.aspects import aspects_of


def _answer(responder, text: str) -> str | None:
    reply = responder.respond(text)
    return reply.answer.id if reply.answer else None


@pytest.mark.parametrize("text", [
    "could I do ketamine if I'm on Zoloft right now",
    "can she get ketamine if she is on lexapro",
])
def test_a_named_drug_already_taken_is_not_answered(responder, five, text):
    assert _answer(responder, text) is None
    assert _answer(five, text) is None


def test_reason_enough_to_have_it_asks_who_it_is_for(responder):
    assert "who" in aspects_of("is want off my medic a valid reason to consid ketamin".split())
    assert "who" in aspects_of("doe that make her someon ketamin could help".split())
    assert "who" not in aspects_of("reason to go with ketamin rather than an antidepress pill".split())
    assert _answer(responder, "She quit sertraline after a month. Does that make her someone ketamine could help?") \
        == "who-is-candidate"


@pytest.mark.parametrize("text, expected", [
    ("whats ppd never heard of it before today", "what-is-ppd"),
    ("whats ketamine never seen that word before", "what-is-ketamine"),
    ("ppd what does that mean the nurse wrote it on my chart", "what-is-ppd"),
    ("pnd what does that even mean my midwife used it at my checkup", "what-is-ppd"),
    ("explain ppd to me like im dumb, my wife keeps saying it", "what-is-ppd"),
])
def test_a_definition_asked_beside_a_story(responder, five, text, expected):
    assert _answer(responder, text) == expected
    assert _answer(five, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("How is normal post birth weepiness different from actual depression?", "baby-blues"),
    ("what is the standard of care for ppd", "standard-treatment"),
    ("whats the usual approach for treating postpartum depression", "standard-treatment"),
    ("do people feel better within an hour of a ketamine infusion", "how-fast"),
    ("is it true ketamine works within minutes", "how-fast"),
    ("can ketamine help ward off ppd after my next baby", "prevention"),
    ("can ketamine stave off postpartum depression", "prevention"),
    ("does ketamine help new moms avoid postpartum depression", "prevention"),
    ("my sister is high risk for ppd, could ketamine help her avoid it", "prevention"),
    ("how long should I wait after the infusion before I feed her from the breast", "breastfeeding"),
    ("is it given as an IV, IM, or nasal spray", "infusion"),
    ("ketamine route of administration", "infusion"),
    ("whats the mode of action of ketamine", "how-ketamine-works"),
])
def test_words_read_as_what_they_ask(responder, five, text, expected):
    assert _answer(responder, text) == expected
    assert _answer(five, text) == expected


def test_long_term_and_form_in_the_shipped_faq(responder):
    assert _answer(responder, "will getting better faster matter years from now") == "long-term"
    assert _answer(responder, "what is the route of administration for ketamine") == "infusion"
    assert "form" in aspects_of("is it a given you swallow at home or do you come in for an infus".split())


def test_capital_im_among_routes_is_not_i_am(responder):
    assert _answer(responder, "IM SO TIRED of being told to wait") != "infusion"


@pytest.mark.parametrize("text", [
    "Is there a walking group for new moms at your clinic?",
    "which formula is best while I pump and dump",
    "what is the route of administration for ketamine",
])
def test_not_answered_by_an_entry_sharing_words(five, responder, text):
    if text.startswith("what is the route"):
        assert _answer(five, text) in (None, "infusion")
        return
    assert _answer(responder, text) is None
    assert _answer(five, text) is None
