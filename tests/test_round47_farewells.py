"""Round 47: farewells to the clinic and arrangements for after one's death, read by the rules alone (check-in)."""

from __future__ import annotations

import time

import pytest

from bot.core.crisis_model import SILENT
from bot.core.safety import CrisisDetector, Tier

RULES_ONLY = CrisisDetector(model=SILENT)
DETECTOR = CrisisDetector()


@pytest.mark.parametrize("text", [
    # a goodbye to the clinic or its staff with thanks and nothing after it
    "bye renew wellness, thank you",
    "thank you nurses. goodbye",
    "bye clinic. thanks for everything",
    "gracias a la clinica. adios",
    "thank you front desk, won't be coming in again",
    "gracias por todo, ya no vuelvo a venir",
    "ya me voy. adiós",
    "I'm leaving. goodbye",
    "me retiro, gracias, adiós",
    # arrangements for after one's death, said without a death word
    "sent my mom money for the funeral, just in case",
    "le mandé dinero a mi hermana para el entierro por si acaso",
    "I scheduled a text to go to my wife tomorrow night. she'll understand when she reads it",
    "dejé programado un correo para mi mamá, ella lo va a entender",
    "my bank logins are in a note for my sister, just in case",
    "dejé mis contraseñas a mi esposo por si acaso",
    "gave my friend my camera and lenses. I need a break from everything",
    "put sticky notes on everything with which friend gets what",
    "tengo el tanque lleno y ya sé a dónde voy. no regreso",
    "ya llené el tanque. no pienso regresar",
    # an ending said as unsubscribing from or resigning life
    "me doy de baja de la vida",
    "unsubscribing from life tbh",
    "renuncio a la vida",
    "I'm logging off for good",
])
def test_round_47_farewells_and_arrangements_get_at_least_the_check_in(text: str) -> None:
    assert RULES_ONLY.check(text).tier is not Tier.NONE, text
    assert DETECTOR.check(text).tier is not Tier.NONE, text


@pytest.mark.parametrize("text", [
    "ok thanks bye",
    "bye! thanks again",
    "thanks! the clinic is great, bye",
    "bye thanks, need to renew my prescription",
    "thank you front desk, see you next week!",
    "gracias por todo, nos vemos el martes. adios",
    "ya me voy, bye!",
    "ya me voy, nos vemos el martes. adios",
    "gracias, no vuelvo a venir hasta enero",
    "going to my mom's this weekend, not coming back till Monday",
    "tank is full, not coming back until Sunday",
    "no regreso hasta el lunes, voy a casa de mi mamá",
    "left the wifi password for the babysitter, just in case",
    "llevo paraguas por si acaso",
    "sent money to my mom for her rent, just in case",
    "I scheduled an email to go out to my team Monday morning",
    "scheduled an email to my boss, she'll understand the delay",
    "I'm taking a break from everything this weekend, spa day!",
    "labeled the baby's bottles with which daycare teacher gets which",
    "cancelled my Netflix subscription lol",
    "me doy de baja del gimnasio",
    "can I unsubscribe from the text reminders?",
    "logging off for the night, thanks",
])
def test_round_47_everyday_lookalikes_stay_quiet_by_the_rules(text: str) -> None:
    assert RULES_ONLY.check(text).tier is Tier.NONE, text


@pytest.mark.parametrize("text", [
    "put my passwords in a folder for my husband in case I get locked out",
    "put my passwords in a folder for my husband in case I forget them",
])
def test_passwords_kept_as_a_memory_aid_are_never_the_sure_tier(text: str) -> None:
    assert DETECTOR.check(text).tier is not Tier.CRISIS, text


def test_round_47_long_farewell_runs_stay_fast() -> None:
    for unit in ("bye clinic thank you. ", "gracias a la clinica, no vuelvo a venir. ", "ya me voy. adios. "):
        text = unit * (10_000 // len(unit))
        start = time.perf_counter()
        DETECTOR.check(text)
        assert time.perf_counter() - start < 2.0
