"""Round 49 (rec49a): English crisis wording the rules alone missed, read by idea at the check-in tier (988 shown),
with the everyday cousin of each idea kept quiet by the rules."""

from __future__ import annotations

import pytest

from bot.core.crisis_model import SILENT
from bot.core.safety import CrisisDetector, Tier

RULES_ONLY = CrisisDetector(model=SILENT)


@pytest.mark.parametrize("text", [
    # things handed over, then finality said of oneself
    "I'm dropping my work laptop and badge with my manager on Friday and that will be it for me",
    "going to give my sister my car keys and jewelry tomorrow and then that'll be it for me",
    "once I hand off my files to Jen that's the end of me",
    "I'll give the dog to my neighbor and I'll be done after that",
    "after my last shift I'm giving my scrubs to my cousin in nursing school, and that will be it for me",
    "I'm giving his stuff to my sister and going away for good",
    # a blow to one's own head kept up
    "I sit in the shower and hit my head on the tile over and over until I see spots",
    "sometimes I hit my head against the wall until my ears ring",
    "I bang my head on the floor over and over when he won't stop crying",
    # a wound or a burn made worse on purpose
    "I've been pressing on my incision on purpose so it hurts more",
    "I dig my nails into my c section scar to make it hurt",
    "I keep picking at my stitches on purpose to open them back up",
    "I think about pouring the boiling water on myself when I make her bottle",
    "yesterday I poured hot water on my arm on purpose",
    # lying down to be taken
    "I think I'll just lie down by the fire and let Creator take me",
    "some nights I want to lie down in the snow and let the cold take me",
    "I want to lay down in the river and let it take me",
    # looking down and measuring the drop
    "I keep looking down the stairwell and measuring how far it is",
    "I stand at the top of the stairwell and look down and measure the drop",
    "looking down the stairwell at work and measuring it in my head",
    # hands off the wheel at speed
    "I take my hands off the wheel on the highway to see what happens",
    "sometimes I let go of the steering wheel on the freeway and close my eyes",
    "took my hands off the wheel going 70 yesterday",
    "I take my hands off the wheel for a few seconds and hope",
    # an accident welcomed
    "honestly if a truck came over the line on my way to work it wouldn't be so bad",
    "if a semi hit me head on I wouldn't swerve",
    "I've been praying for an accident, nothing dramatic",
    "part of me hopes I hit black ice on the pass, it would solve a lot",
])
def test_rules_alone_give_at_least_the_check_in(text: str) -> None:
    assert RULES_ONLY.check(text).tier is not Tier.NONE


@pytest.mark.parametrize("text", [
    "I hit my head on the cabinet, saw stars lol",
    "I slipped in the shower and hit my head on the tile, saw stars",
    "hit my head on the doorframe again lol",
    "that'll be it for me tonight, going to bed",
    "that's it for me today, thanks for the help",
    "I'm dropping my work laptop with IT on Friday and that will be it for me at this job",
    "I'll be done after that appointment, see you next week",
    "I pressed on my incision to check it like the nurse said",
    "the nurse said press on my incision with a pillow when I cough",
    "I spilled boiling water on my hand making pasta",
    "I'll lie down after the session and rest",
    "giving his stuff to my sister since he outgrew it",
    "the stairwell at the clinic is dark, can you fix the light",
    "I took my hands off the wheel to grab my coffee",
    "my hands hurt on the steering wheel after the infusion",
    "the drive wouldn't be so bad if they fixed the potholes",
    "if I got hit with another bill it would not be so bad, insurance covers most",
    "I'm driving in tomorrow, it wouldn't be so bad if we started at 10",
])
def test_everyday_cousins_stay_quiet_with_rules(text: str) -> None:
    assert RULES_ONLY.check(text).tier is Tier.NONE
