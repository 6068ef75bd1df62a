"""Read 52 mends: crises the round-51 quiet steps silenced get their start-of-session tier back with the rules alone,
while the everyday messages those steps were written for stay quiet (tests/test_round51_quiet.py and the false-alarm
files hold the rest of those)."""

from __future__ import annotations

import pytest

from bot.core.concepts import Tier
from bot.core.crisis_model import SILENT
from bot.core.safety import CrisisDetector

RULES_ONLY = CrisisDetector(model=SILENT)

# F1: "not thinking about X" is a denial only when the message ends there or goes on with "just/only ...", never with a
# plan, a readiness, a decision or a goodbye said after it.
F1_SURE = [
    "not thinking about suicide, I'm planning it",
    "I'm not thinking about suicide. I'm planning it",
    "not thinking about killing myself, im planning it for friday",
    "not thinking about hurting myself, I'm ready",
    "I'm not thinking about hurting myself or anyone, I'm just done. goodbye",
    "I'm not thinking about hurting myself, I'm going to do it",
    "not thinking about suicide. already decided",
    "im not thinking about hurting myself, i already decided how",
    "not thinking of suicide, it's happening tonight",
]
F1_QUIET = [
    "I'm safe and not thinking about hurting myself or anyone, just needed to vent",
    "not thinking about hurting myself, only tired",
    "not thinking about hurting the baby, just exhausted and frustrated",
]


@pytest.mark.parametrize("text", F1_SURE)
def test_f1_plan_after_a_thinking_denial_is_sure(text: str) -> None:
    assert RULES_ONLY.check(text).tier is Tier.CRISIS


@pytest.mark.parametrize("text", F1_QUIET)
def test_f1_thinking_denial_then_just_is_quiet(text: str) -> None:
    assert RULES_ONLY.check(text).tier is Tier.NONE


# F3: a screening "never" is not trusted when the message takes it back further on (one "answer not to trust" pattern).
F3_SURE = [
    "EPDS thoughts of harming myself never. I wrote that so they wouldn't take the baby. I think about it constantly",
    "PHQ-9 answers: thoughts of hurting myself never. honestly I only put that so they'd let me go home, "
    "I have them all the time",
    "EPDS thoughts of harming the baby never. the truth is I think about it every day",
]
F3_QUIET = [
    "PHQ-9 answers: Thoughts of harming the baby, never",
    "thoughts of hurting myself: not at all. is that question required for everyone?",
]


@pytest.mark.parametrize("text", F3_SURE)
def test_f3_screening_never_taken_back_is_sure(text: str) -> None:
    assert RULES_ONLY.check(text).tier is Tier.CRISIS


@pytest.mark.parametrize("text", F3_QUIET)
def test_f3_screening_never_alone_is_quiet(text: str) -> None:
    assert RULES_ONLY.check(text).tier is Tier.NONE
