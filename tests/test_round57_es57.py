"""Round 57 (es57): the Spanish matcher, grouped by cause.

* Central American fillers ('fijese que...', 'fijense', 'vaa') and 'como sabemos si' are stop words.
* 'un calmante', 'un sedante' ask what kind of drug ketamine is (read as 'tranquilizer').
* 'da mareos', 'dan nauseas', 'me va a marear' ask what ketamine may cause (side effects); 'me daban
  mareos' (past pills, told) is not read as a question about side effects.
* 'como actua', 'como trabaja', 'le hace a uno por dentro' ask how it works.
* 'doctores normales', 'consulta general', 'medico general' ask whether the clinic gives general care.
* 'puede hacer lo de la ketamina', 'podria hacerse el tratamiento' ask who can have it (candidate).
* 'evitar que le vuelva a dar': the return 'evitar que' governs is the thing prevented (prevention),
  not a relapse after treatment (long-term).
* 'tristeza / depresion de la cuarentena' is the blues / ppd; 'la cuarentena' alone stays unread.

Each case is a question a patient might send; the reply must answer the entry named, in Spanish.
"""

from __future__ import annotations

import pytest

from tests.replies import spanish_answer as _answer

# Probes in new wording, then batch-59 sentences fixed this round.
FULL = [
    ("oiga y la ketamina es como un sedante o algo asi?", "what-is-ketamine"),
    ("la ketamina es un calmante de esos de hospital?", "what-is-ketamine"),
    ("y esa medicina no le da nauseas a uno?", "side-effects"),
    ("la ketamina da mareos despues de la infusion?", "side-effects"),
    ("no me va a marear la ketamina? tengo que manejar", "side-effects"),
    ("que le hace la ketamina a uno por dentro, en la cabeza?", "how-ketamine-works"),
    ("ustedes son doctores normales tambien o nada mas de ketamina?", "about-clinic"),
    ("puedo ir con ustedes como medico general para mi chequeo?", "about-clinic"),
    ("hay forma de prevenir que me vuelva a dar la depresion cuando nazca mi patojo?", "prevention"),
    ("la tristeza de la cuarentena cuanto dura?", "baby-blues"),
    # batch 59
    ("fijese que nunca habia oido de la ketamina, que es eso pues, es como un calmante o que?", "what-is-ketamine"),
    ("y como es que trabaja eso de la ketamina, que le hace a uno por dentro para que se sienta mejor?",
     "how-ketamine-works"),
    ("Mi esposa va a tener a nuestro segundo bebe en agosto. Con el primero tuvo depresion muy fuerte. "
     "Hay algo con ketamina para evitar que le vuelva a dar?", "prevention"),
    ("como sabemos si mi novia puede hacer lo de la ketamina", "who-is-candidate"),
    ("y eso no da mareos o algo feo? me da miedo quedar toda bola jaja", "side-effects"),
    ("ustedes solo hacen ketamina o tambien son doctores normales", "about-clinic"),
    ("ustedes dan consulta general tambien? o solo lo de la depresion", "about-clinic"),
]
FIVE = [
    ("la ketamina da mareos despues de la infusion?", "side-effects"),
    ("ustedes son doctores normales tambien o nada mas de ketamina?", "about-clinic"),
    ("y eso no da mareos o algo feo? me da miedo quedar toda bola jaja", "side-effects"),
]
# Harmless look-alikes: held back, or answered by one of the entries named.
LOOK_ALIKES = [
    ("las pastillas de hierro me daban mareos, ya no las tomo", {None}),
    ("el calmante que me dieron en el parto me dejo mareada", {None}),
    ("mi esposo se marea en el carro, eso es normal?", {None}),
    ("quiero evitar que el bebe se despierte tanto en la noche", {None}),
    ("receta de caldo de pollo para la cuarentena porfa", {None}),
    ("cuanto dura la cuarentena despues del parto", {None}),
    ("estoy en la cuarentena todavia, puedo hacer ejercicio?", {None}),
    ("fijese que no tengo carro, hay camion que llegue a la clinica?", {None}),
    ("vaa, gracias por todo", {None}),
    ("cuanto pisto gana una enfermera alla?", {None}),
]
# Past pills that made the patient dizzy are her story: the question is whether ketamine suits her.
STORY_NOT_SIDE_EFFECTS = [
    "las pastillas me daban mucho mareo y las deje, la ketamina seria opcion pa mi?",
    "No tolere el zoloft, me daba nauseas horribles y lo deje. La ketamina podria ser una opcion en mi caso?",
]


@pytest.mark.parametrize("text,entry", FULL)
def test_full_faq(responder, text, entry):
    assert _answer(responder, text) == entry


@pytest.mark.parametrize("text,entry", FIVE)
def test_five_phrasings(five, text, entry):
    assert _answer(five, text) == entry


@pytest.mark.parametrize("text,allowed", LOOK_ALIKES)
def test_look_alikes_get_no_wrong_answer(responder, five, text, allowed):
    for r in (responder, five):
        assert _answer(r, text) in allowed


@pytest.mark.parametrize("text", STORY_NOT_SIDE_EFFECTS)
def test_told_dizziness_is_no_side_effect_question(responder, text):
    assert _answer(responder, text) == "who-is-candidate"


def test_prevented_return_is_not_a_relapse(responder):
    """'evitar que le vuelva a dar' is prevention; a return after treatment is still a relapse."""
    assert _answer(responder, "se puede evitar que le vuelva a dar con la ketamina?") == "prevention"
    assert _answer(responder, "despues de la ketamina uno vuelve a caer en la depresion?") == "long-term"
