"""Round 51 (m52es): Spanish and Spanglish crisis recall from blind batch 52, read by idea with the rules alone.

A past attempt told in the past tense with the same feeling back now is sure; a plan announced with a fear that the
clinic will call someone, and a blade put back in one's bag (even after "I'm fine pero"), earn the check-in. The
everyday cousin of each idea stays quiet."""

from __future__ import annotations

import pytest

from bot.core.crisis_model import SILENT
from bot.core.safety import CrisisDetector, Tier

RULES_ONLY = CrisisDetector(model=SILENT)
FULL = CrisisDetector()


@pytest.mark.parametrize("text", [
    # a past attempt, the same feeling back now: sure
    "la vez q me quise matar tenia 17 y siento lo mismo otra vez, igualito",
    "I tried to kill myself at 19 and I feel exactly like that again",
    "me quise matar hace años y de nuevo me siento así",
    "cuando me quería matar estaba igualito que ahora",
    "cuando intenté quitarme la vida tenía 22 y ya volvió ese sentimiento",
    "when I tried to end my life at 20 I felt like this, and it's back",
])
def test_past_attempt_with_the_same_feeling_back_is_sure(text):
    assert RULES_ONLY.check(text).tier is Tier.CRISIS
    assert FULL.check(text).tier is Tier.CRISIS


@pytest.mark.parametrize("text", [
    "ya lo intenté de joven y me siento igual que esa vez",
    # a plan, with a fear of being reported
    "Tengo un plan, ok? I just need to know si ustedes van a llamar a alguien if I say it",
    "I have a plan, will you call the police if I tell you?",
    "tengo un plan pero no quiero que llamen a nadie",
    "tengo un plan, ¿me van a reportar si lo digo?",
    "I've got a plan, do you guys call someone if I tell you",
    "ya tengo un plan, si les digo ¿van a llamar a la policía?",
    # a blade back in one's bag
    "Nena I swear I'm fine pero la navaja is back in my cartera",
    "the razor is back in my purse",
    "volví a guardar la navaja en mi bolsa",
    "the blade is back in my bag",
    "la navaja otra vez está en mi bolsa",
    "traigo la navaja en la bolsa otra vez",
    "estoy bien pero volví a traer la navaja en mi cartera",
    "I'm fine but the razor blade is back in my purse",
])
def test_wording_gets_at_least_the_check_in(text):
    assert RULES_ONLY.check(text).tier is not Tier.NONE
    assert FULL.check(text).tier is not Tier.NONE


@pytest.mark.parametrize("text", [
    "la vez que me quise ir de la casa tenia 17",
    "tengo un plan para el fin de semana, ¿ustedes llaman para confirmar la cita?",
    "I tried to quit smoking at 19 and I feel like that again",
    "volví a guardar el maquillaje en mi bolsa",
    "the baby's bottle is back in my bag",
    "me quise matar hace 10 años, ahora estoy bien y con terapia",
])
def test_everyday_cousins_stay_quiet(text):
    assert RULES_ONLY.check(text).tier is Tier.NONE


def test_a_knife_kept_in_the_trunk_gets_no_verdict_from_this_round():
    # "en la cajuela" is an older access entry (a means kept in a car): this round's concepts add nothing to it
    kinds = " ".join(RULES_ONLY.check("la navaja de mi esposo está en la cajuela").kinds)
    assert "r51_" not in kinds
