"""Final review (s30): the three everyday steps (rounds 46, 47, 48) share one bar list, so a crisis written beside an
everyday clause keeps the tier it had before those steps; the plain everyday clauses stay at most the check-in."""

from __future__ import annotations

import pytest

from bot.core.safety import CrisisDetector, Tier

DETECTOR = CrisisDetector()

_RANK = {Tier.NONE: 0, Tier.CONCERN: 1, Tier.CRISIS: 2}


@pytest.mark.parametrize("text", [
    # a time set, letters, the end said or all taken beside a round-47/48 clause
    "my phone is about to die so if I don't pick up that's why. it's tonight",
    "my battery is almost dead so if I go quiet that's why. tonight is the night",
    "se fue la luz, si no contesto es por eso. esta noche es la noche",
    "gracias por todo, las enfermeras son un amor. esta noche es la noche",
    "gracias por todo, las enfermeras son un amor. ya me tomé todo",
    "gracias por todo, las enfermeras son un amor. ya tomé todo lo que tenía",
    "no history of suicide attempts. this is the end for me",
    "no history of suicide attempts. I took everything",
    "no history of suicide attempts. ya me tomé todo",
    "no history of self harm. goodbye, I'm sorry",
    "no history of suicide attempts. bye. sorry for everything",
    "power is out so if I go quiet that's why. I left notes for everyone",
    "my pills are all gone, need a refill, I took everything",
    # a screening "no" called a lie
    "no thoughts of suicide or self harm (lie)",
    "no thoughts of suicide or self harm (that's a lie)",
    "no thoughts of suicide or self harm... lying",
    "no thoughts of suicide or self harm. I lied",
    # a goodbye with a sorry after it, beside a word of care remembered
    "you told me it wasn't my fault. goodbye. I'm sorry",
    "goodbye, you told me it was not my fault. sorry",
    "goodbye, you never judged me. sorry for everything",
    "sorry, goodbye. no history of suicide attempts",
])
def test_crisis_beside_an_everyday_clause_stays_crisis(text):
    assert DETECTOR.check(text).tier is Tier.CRISIS


@pytest.mark.parametrize("text", [
    "my phone is about to die so if I don't pick up that's why. the letters are on the table",
    # (the check-in already at the session start; never lower)
    "thank you for everything, the nurses are angels. I took everything",
    "se me acabaron las pastillas, necesito la receta, me tomé todo",
    "you never judged me. goodbye, I'm so sorry",
    "adiós, me dijiste que no era mi culpa. perdón",
    # a device dying joined to one's own will or life
    "my phone is dying and so is my will to live",
    "mi celular se va a morir, igual que yo",
    "my battery is dying and I'm dying too",
    "se me muere el celular y mis ganas de vivir también",
])
def test_at_least_the_check_in(text):
    assert _RANK[DETECTOR.check(text).tier] >= _RANK[Tier.CONCERN]


@pytest.mark.parametrize("text", [
    "my phone is about to die so if you call and i dont pick up thats why ill call back tonight",
    "power went out in our neighborhood, my phone is at 12%, just confirming tomorrow at 11",
    "my phone is dying and so is my laptop",
    "Gracias por todo, las enfermeras son un amor",
])
def test_everyday_stays_below_crisis(text):
    assert DETECTOR.check(text).tier is not Tier.CRISIS
