"""The crisis phrase tables (bot/core/crisis_patterns.py) and their slot notation, as a developer
widening detection writes them: every phrase compiles, and the notation means what its comment says."""

from __future__ import annotations

import pytest

from bot.core.crisis_patterns import FAMILIES
from bot.core.safety import canonical, compile_phrase


def reads(phrase: str, text: str) -> bool:
    return compile_phrase(phrase).search(canonical(text).words) is not None


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_phrase_of_every_family_compiles(family):
    for phrase in FAMILIES[family]:
        assert compile_phrase(phrase).pattern.startswith(" "), (family, phrase)


def test_alternatives_optional_slots_and_gaps():
    phrase = "want/wanna to? ~1 die/be_dead"
    assert reads(phrase, "I want to die")
    assert reads(phrase, "i wanna just be dead")
    assert reads(phrase, "I WANT TO DIE!!!")
    assert not reads(phrase, "i want to go to bed and die")  # more words between than ~1 allows


def test_a_guard_names_the_continuations_that_switch_a_phrase_off():
    phrase = "want to die !of_embarrassment/laughing"
    assert not reads(phrase, "i want to die of embarrassment")
    assert reads(phrase, "i want to die of this pain")
    assert reads(phrase, "i want to die my baby deserves better")  # a bare "my" never switches it off


def test_start_and_end_of_the_message():
    assert reads("^ die/to_die $", "to die")
    assert not reads("^ die/to_die $", "to die for, this cake")


def test_contractions_in_a_phrase_read_like_messages():
    assert reads("i_am done_with_life", "I'm done with life")
    assert reads("i_am done_with_life", "im done with life")


def test_the_head_against_the_wall_idiom_with_its_object_or_cause_and_the_blow_repeated():
    phrase = next(p for p in FAMILIES["self-harm"] if p.startswith("bang/banging/banged/smash"))
    assert not reads(phrase, "banging my head against the wall over this insurance claim")
    assert not reads(phrase, "I hit my head against the wall getting out of bed")
    assert reads(phrase, "I banged my head on the wall over and over")
    assert reads(phrase, "I bang my head against the wall until it hurts")
