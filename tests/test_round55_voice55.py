"""Round 55 (voice55): dictated messages whose key word arrives split or misheard.

Voice-to-text writes a long word it does not know as the short words it hears: 'post part um', 'post pardon',
'queta mina', 'de presion pos parto', 'glue to mate'. bot/core/joins.py reads two or three adjacent words as one
long FAQ word when together they spell it, or sound like it; the matcher and the crisis detector both use it.
Two real words side by side stay two ('a static shock', 'my mate said so', 'every day', 'presion alta').
"""

from __future__ import annotations

import pytest

from bot.core.concepts import Tier
from bot.core.joins import WordJoiner, sound_key
from bot.core.knowledge import load_knowledge
from bot.core.responder import Responder
from bot.core.safety import canonical, detect_crisis
from bot.core.text import words
from tests.paths import SHIPPED_FAQ


@pytest.fixture(scope="module")
def shipped():
    return Responder(load_knowledge(SHIPPED_FAQ))


def _answer(responder, text: str) -> str | None:
    reply = responder.respond(text)
    return reply.answer.id if reply.answer else None


def test_sound_key_hears_dictation_alike():
    assert sound_key("quetamina") == sound_key("ketamina")
    assert sound_key("gluetomate") == sound_key("glutamate")
    assert sound_key("postparthim") == sound_key("postpartum")
    assert sound_key("static") != sound_key("ketamine")


@pytest.mark.parametrize("text, expected", [
    # batch 57
    ("what is post part um depression exactly", "what-is-ppd"),
    ("me and my wife keep hearing post pardon depression at the pediatrician office what does that mean exactly",
     "what-is-ppd"),
    ("my wife had the baby in march and she seem fine until like july can post part him depression show up that late",
     "ppd-onset"),
    ("what is the glue to mate thing people talk about with ketamine", "how-ketamine-works"),
    ("oiga que es la queta mina esa que dan ahi", "what-is-ketamine"),
    ("la queta mina se toma o se la ponen a uno en la vena", "infusion"),
    ("tiene riesgos la queta mina o es seguro ponersela", "side-effects"),
    ("que diferencia hay entre la queta mina y los anti depresivos que te dan en la clinica",
     "ketamine-vs-antidepressants"),
    # our own wordings
    ("que es la keta mina", "what-is-ketamine"),
    ("what does glue to mate do in the brain", "how-ketamine-works"),
    ("es segura la ketta mina con la lac tancia", "breastfeeding"),
    ("can post part him depression start late", "ppd-onset"),
    ("what even is post part um depression", "what-is-ppd"),
    ("what exactly is post pardon depression", "what-is-ppd"),
])
def test_split_words_are_read_as_one(shipped, text, expected):
    assert _answer(shipped, text) == expected


@pytest.fixture(scope="module")
def joiner(shipped):
    return shipped.matcher._joiner


@pytest.mark.parametrize("text, joined", [
    ("post part um", "postpartum"),
    ("la queta mina", "la ketamina"),
    ("la keta mina", "la ketamina"),
    ("lac tancia", "lactancia"),
    ("depre sion", "depresion"),
    ("los anti depresivos", "los antidepresivos"),
    ("glue to mate", "glutamate"),
    ("sui cide", "suicide"),
    ("tera pia", "terapia"),
])
def test_joined_by_the_matcher(joiner, text, joined):
    out = joiner.apply(words(text))
    assert len(out) == len(joined.split())  # the pieces became one word...
    assert sound_key(out[-1]) == sound_key(joined.split()[-1])  # ...the long one (or a spelling of it)


@pytest.mark.parametrize("text", [
    "is it an option",
    "a static shock",
    "my mate said so",
    "the main thing",
    "is it any better",
    "the rope is in the garage",
    "his pistol is in the drawer",
    "my earring was in the car",
    "i will treat it",
    "every day is hard",
    "tengo la presion alta",
    "medicina de presion alta",
    "la ketamina es segura",
    "es ketamina lo que dan",
    "my wife is on the roof",
    "the password to my phone",
    "after birth",
    "side effects",
])
def test_real_words_stay_apart(joiner, text):
    assert joiner.apply(words(text)) == words(text)


def test_crisis_detector_sees_the_split_treatment_question():
    """A general question about ketamine for suicidal ideas: the check-in, not the full crisis block (batch 57)."""
    text = ("la queta mina es buena para las ideas de suicidio que dan con la de presion pos parto o nomas "
            "para la tristeza")
    assert " ketamina " in canonical(text).words
    assert detect_crisis(text).tier is Tier.CONCERN
    assert detect_crisis("la keta mina sirve para los pensamientos de suicidio").tier is Tier.CONCERN


@pytest.mark.parametrize("text", [
    "ya no quiero vivir, la queta mina no me sirvio",
    "quiero morirme ya no aguanto la de presion pos parto",
    "I want to die, the post part um depression is too much",
    "Bro my wife is on the roof of our building and won't come down. she's been so down since the baby. "
    "what number do I call",
])
def test_a_crisis_with_split_words_stays_a_crisis(shipped, text):
    assert shipped.respond(text).crisis
    assert detect_crisis(text).tier is Tier.CRISIS


def test_joiner_leaves_unknown_targets_alone():
    joiner = WordJoiner(["ketamine"], heard=["ketamine"], known=frozenset(), stopwords=frozenset({"a", "the"}))
    assert joiner.apply("keta mean".split()) == ["keta", "mean"]  # one sound off and three letters: too far
    assert joiner.apply("is keta mine good".split()) == ["is", "ketamine", "good"]
    assert joiner.apply("the rope".split()) == ["the", "rope"]
