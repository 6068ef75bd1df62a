"""The before-stop read of this session's changes: crises that the round-50 everyday masks had lowered are back at the
full block, a wish that the baby stop breathing said with "pare" is read, and Spanish words of this session's synonyms
that also mean something else ("me quedaría bien": would it suit me) no longer pick an answer."""

from __future__ import annotations

import pytest

from bot.core.concepts import Tier
from bot.core.safety import detect_crisis

STILL_SURE = [
    "my son hits the baby and i want him dead",
    "my toddler bites the baby and i want her to stop breathing",
    "my 3 year old pushes the baby and honestly i want her gone",
    "i wanted to die but then i got the pills from the cabinet",
    "i wanted to die and then i figured out how",
    "i wanted to die but then i got a bottle of tylenol",
]

CHECK_IN_AT_LEAST = [
    "quiero que pare de respirar",
    "mi hijo de 2 años le pega a la bebe y quiero que pare de respirar",
    "a veces quiero que la bebé pare de respirar",
]

QUIET_OR_CHECK_IN = [
    "my toddler hits the baby, i want it to stop",
    "Is it normal that my 2yo pinches the baby when I'm not looking? He's not hurting her much but I want it to stop.",
    "bug in prod took down checkout for 2 hours i wanted to die but fixed it",
    "quiero que mi esposo pare de roncar",
    "I died in the game again, in real life I just want a nap",
]


@pytest.mark.parametrize("text", STILL_SURE)
def test_crises_beside_the_round50_masks_keep_the_full_block(text: str) -> None:
    assert detect_crisis(text).tier is Tier.CRISIS


@pytest.mark.parametrize("text", CHECK_IN_AT_LEAST)
def test_a_wish_that_someone_stop_breathing_with_pare_is_read(text: str) -> None:
    assert detect_crisis(text).tier is not Tier.NONE


@pytest.mark.parametrize("text", QUIET_OR_CHECK_IN)
def test_their_everyday_cousins_never_get_the_full_block(text: str) -> None:
    assert detect_crisis(text).tier is not Tier.CRISIS


@pytest.mark.parametrize("text, not_entry", [
    ("me quedaria bien con la ketamina o necesito pastillas", "long-term"),
    ("quiero quedarme bien con mi bebe, que hago", "long-term"),
    ("me quedo bien sentada durante la infusion o me acuesto?", "long-term"),
])
def test_spanish_words_with_two_senses_do_not_pick_an_answer(responder, text: str, not_entry: str) -> None:
    reply = responder.respond(text)
    assert reply.answer is None or reply.answer.id != not_entry
