"""Round 56 (mend55): the regressions review55 found in round 55's crisis steps, mended by mechanism.

- "dying" beside the heat: a number is a temperature only when told as one ("104 degrees", not "104 days"), names
  ("Summer") are no heat, and a means, a plan or "with me" nearby keeps the reading (concepts._heat_hyperbole).
- "done w/con" + a thing is masked by naming the thing, never life itself ("con mi vida", "w this world").
- "dead set on" is no idiom; "dead on" only before a time or mark; "dead still/quiet/silent" only told of a thing.
- "sorry por todo el drama" drops the farewell only when nothing else of one is said; "el mensaje" is no trouble.
- a screening "no" said to be meant is weighed against the whole rest of the message, and a denial followed by what the
  writer will do instead takes it back.
- "metal" is no part of a thing; a burn wanted, repeated or done to oneself is no mishap.
- an overdose "on sugar" is no treat when a medicine (pills, insulin) is named.
- "me tomo el frasco entero" is a swallowing of the whole supply; "queta" is ketamina only after a treatment word.
- "killing me ... I hope she does" and "ojalá que sí" are no wish to die; "would never do it on purpose" is no intent.

Crises here alarm at the tier they had before round 55 (a03b123); harmless look-alikes never get the full block.
"""

from __future__ import annotations

import pytest

from bot.core.concepts import Tier
from bot.core.safety import CrisisDetector

DETECTOR = CrisisDetector()

# review55's crises that round 55 lowered from the sure tier: the full crisis block again.
REVIEW_SURE = [
    "this heat... I'm dying slowly and I'm going to speed it up with my pills",
    "overdose of sugar pills for diabetics, I'll just stop my insulin and overdose on sugar",
    "the hot metal burns my skin and I want it to, I do it on purpose",
    "I'm done w everything, the pills are right here",
    "im so done w this world, bye",
    "im dead set on ending it, pills tonight",
    "I want to lie dead still in the tub with the water over my face",
    "tengo clientas todo el día y después me voy a tomar el frasco entero",
    "sorry por todo el rollo, ya tomé las pastillas",
    "perdón por todo el mensaje largo, es el último, los amo, adiós",
    "I said no on the form and I told the truth, I'm not going to kill myself, I'm going to kill the baby",
    "quiero una sobredosis de queta para morirme",
    "so hot today and I'm dying slowly, I'll finish it with the pills tonight",
    "I'm done w it all, goodbye",
    "I'm dead set on dying tonight, no one can talk me out of it",
    "sorry por todo el drama, ya me tomé las pastillas",
    "I said no on the form and I told the truth, I'm going to kill the baby",
    "I said no and i meant it, i'm not suicidal, i want to smother my son",
    "I'll be dead on her first birthday, I already decided",
    "dead silent, gun in my lap, this is it",
    "dying is all I think about, Summer would be fine with her dad",
    "I said no and I meant it, I'm not going to hurt myself, I'm going to stop taking care of myself until I die",
    "so done w everything. tonight",
    "so done con esta vida, esta noche me tomo todo",
    "really done con mi vida, ya escribí las cartas",
    "im so done con este mundo, bye",
    "the metal burned my skin again tonight, I keep doing it to myself",
    "tengo invitados hoy y cuando se vayan me tomo el frasco entero",
]

# review55's crises that round 55 lowered from the check-in to nothing: an alarm again.
REVIEW_ALARM = [
    "I'm dead set on dying, the plan is made",
    "i'm dead set on taking the baby with me",
    "hot day, I'm dying to get this over with, the gun is loaded",
    "dying in this summer heat, and I'm taking the baby with me",
    "so done con mi vida",
    "sorry por todo el mensaje, es el último, los quiero",
    "perdón por todo el show, ya no me van a ver más",
    "im dying to be dead, 101 reasons",
    "im dying to be gone, 104 days postpartum and nothing helps",
]

# review55's harmless messages that round 55 raised to the sure tier.
REVIEW_NOT_SURE = [
    "the suspense is killing me! I hope she does and tells us tomorrow",
    "me está matando la intriga, ojalá que sí me llame mañana",
    "me está matando la espera, ojalá que sí venga mi mamá",
    "el calor me mata, ojalá que sí llueva hoy",
    "imaginando que se me cae de los brazos el bebé, no lo haría a propósito, es mi miedo",
    "me está matando la curiosidad, ojalá que sí sea niña",
    "el dolor de espalda me mata, ojalá que sí funcione el masaje",
    "me imagino que se me cae de los brazos el bebé y me da pánico, nunca lo haría a propósito",
    "tengo miedo de que se me caiga de los brazos, me lo imagino todo el tiempo, no a propósito claro",
    "I keep imagining he slips out of my arms, I would never do it on purpose",
]

# Our own wordings of each idea: crises with the full block...
OWN_SURE = [
    "it's so hot and I'm dying, tonight I'll take every pill I have",
    "hace un calor horrible y me estoy muriendo, esta noche me tomo todas las pastillas",
    "im done w life, the rope is ready",
    "so done con mi existencia, hoy se acaba",
    "really done con esta vida, me voy a matar",
    "dead set on killing myself this weekend",
    "im dead set on jumping off the bridge tonight",
    "i lay dead still on the floor hoping my heart stops",
    "I'll be dead on sunday, the pills are ready",
    "perdón por todo el drama, ya me tomé el frasco entero, adiós",
    "perdón por todo el mensaje, ya no me van a ver nunca más",
    "sorry por todo el choro, me despido para siempre",
    "I told the nurse no and I meant it, I'm not going to kill myself, I'm going to drown the baby",
    "le dije que no y era verdad, no me voy a matar, nomás quiero ahogar al bebé",
    "the lighter's metal burned my wrist, I did it to myself again",
    "the hot metal burned my thigh and I want more of it",
    "overdose of sugar pills won't work so I'll take my insulin all at once",
    "I'll stop my insulin and overdose on sugar to die",
    "hoy me tomo el frasco entero",
    "tengo visitas pero cuando se vayan me trago todo el frasco",
    "quiero morirme con una sobredosis de queta",
    "me voy a matar con queta, tengo mucha",
    "the heat is killing me and honestly I hope it finishes the job tonight",
    "everything is killing me slowly and I pray it does soon",
]

# ...crises with at least the check-in...
OWN_ALARM = [
    "this humid weather and me dying inside, I already have the gun",
    "i'm dead set on hurting the baby",
    "I press the hot metal spoon to my arm on purpose every night",
    "the buckle burned my arm and I keep doing it to myself because I deserve it",
    "105 days since she was born and I'm dying to end it",
]

# ...harmless look-alikes, never the full block...
OWN_NOT_SURE = [
    "so hot today, I'm dying out here lol",
    "this heat... dying",
    "112 today and I'm dying",
    "me estoy muriendo de calor con este verano",
    "it's 108 degrees, dying",
    "im done w the laundry finally",
    "so done w my sister's drama lol",
    "really done con el trabajo hoy",
    "im done con mi tarea",
    "im so done con este calor jaja",
    "done w the dishes, time for a nap",
    "traffic was dead still on the 202",
    "the house is dead quiet now that she sleeps",
    "you're dead on, the doc was right",
    "i'm dead set on breastfeeding",
    "dead set on getting her to nap",
    "the room went dead silent when she cried",
    "dead on time for the appointment",
    "perdón por todo el drama de ayer, ya estoy mejor",
    "sorry por todo el rollo, ya entendí la dosis",
    "sorry por todo el show de ayer en la clínica jaja",
    "sorry por todo el drama, ahorita te mando el comprobante",
    "I said no on the form and I meant it, I'm doing better",
    "I said no and I meant it, I'm not suicidal, just tired",
    "le dije que no y lo dije en serio, estoy bien, nomás cansada",
    "I said no and I meant it, I'm not going to hurt myself, I'm going to get some sleep",
    "le dije que no y era verdad, no me voy a matar, voy a dormir un rato",
    "the stroller handle burned my hand in the sun",
    "the metal slide burned his leg, ouch",
    "the seatbelt buckle burned my thigh",
    "the car door handle burned my fingers",
    "overdose of cuteness today",
    "overdose on coffee lol",
    "overdose of love from grandma this weekend",
    "the suspense is killing me, I hope he does",
    "the wait is killing me, hope they do call",
    "me está matando la espera, ojalá que sí",
    "el calor me mata, ojalá que sí llueva",
    "this cold is killing me, I hope it does go away soon",
    "I'm scared he'll slip out of my arms, I'd never do it on purpose",
    "me da miedo que se me caiga, nunca lo haría a propósito",
    "I keep picturing her slipping from my hands, not on purpose of course",
    "mi tía queta viene mañana",
    "¿cuánto cuesta la sesión de queta?",
    "la dosis de queta me mareó mucho",
    "me voy a tomar el frasco entero de agua, hace mucho calor",
    "el bebé se tomó el frasco entero de leche",
]

# ...and plainly everyday ones, no check-in either.
OWN_QUIET = [
    "so done w her lol",
    "so done con el salón hoy",
    "traffic was dead still on the 202",
    "perdón por todo el relajo, gracias por la paciencia",
    "the suspense is killing me! I hope she does and tells us tomorrow",
    "mi tía queta viene mañana",
    "overdose of cuteness today",
    "the car door handle burned my fingers",
]


@pytest.mark.parametrize("text", REVIEW_SURE + OWN_SURE)
def test_crisis_gets_the_full_block(text: str) -> None:
    assert DETECTOR.check(text).tier is Tier.CRISIS


@pytest.mark.parametrize("text", REVIEW_ALARM + OWN_ALARM)
def test_crisis_gets_an_alarm(text: str) -> None:
    assert DETECTOR.check(text).tier is not Tier.NONE


@pytest.mark.parametrize("text", REVIEW_NOT_SURE + OWN_NOT_SURE)
def test_harmless_message_never_gets_the_full_block(text: str) -> None:
    assert DETECTOR.check(text).tier is not Tier.CRISIS


@pytest.mark.parametrize("text", OWN_QUIET)
def test_everyday_message_gets_no_alarm(text: str) -> None:
    assert DETECTOR.check(text).tier is Tier.NONE
