"""Round 48: crisis wordings that reached no tier now get at least the gentle check-in, and their everyday
look-alikes stay quiet.

A day set with the others away and nothing named; a deadline for an unnamed "it"; a wish that one's own test turns
out fatal; planning how to go without spoiling the others' day; a means looked at "not to ride it"; "would anyone
even miss me"; a dangerous place that looks more inviting every day; a known method bought, told as a continuation;
a dying phone "and so am I"; a relative seen strange who says she is going tonight. English, Spanish and a mix.
"""

from __future__ import annotations

import pytest

from bot.core.concepts import Tier
from bot.core.safety import detect_crisis

REACHED = [
    "Saturday. when she's at work. that's when",
    "tuesday night when the kids are at grandma's. then",
    'el sábado cuando mi esposo esté de viaje. ese día',
    'el viernes cuando no haya nadie en casa. ahí es cuando',
    "sunday when everyone's out. that's the day",
    'before thanksgiving it will be finished',
    "by friday it'll all be done",
    'para el lunes ya va a estar hecho',
    'antes de navidad ya va a estar terminado',
    "it'll be over before her first birthday",
    'honestly part of me hopes the mri comes back bad',
    'ojalá los análisis salgan mal',
    "i'm hoping the lump is cancer",
    'kind of hoping the bloodwork shows something terminal',
    'espero que la biopsia salga positiva para cáncer',
    'every night i lie awake working out how to go without wrecking christmas for them',
    "i keep planning how to leave this world quietly so the kids don't find out",
    'paso las noches pensando cómo irme sin arruinarle la fiesta',
    'checked when the freight trains come through. not to get on',
    'looked up the dam opening hours, not to visit it',
    'looked at the bus route past the cliffs. not to take the bus',
    'everyone would just move on without me',
    'would anybody even miss me',
    '¿alguien me extrañaría?',
    'nobody would notice if i was gone',
    'si me muero nadie se daría cuenta',
    'la vida de todos seguiría igual sin mí',
    'the overpass looks more inviting every day',
    'the river is starting to look inviting',
    'el puente se ve cada vez más tentador',
    'el mar se ve muy tentador últimamente',
    "i've been thinking about it a lot and i ordered the helium tank",
    'y ya compré el carbón',
    'and i bought the charcoal and tape',
    'my battery is about to die and so am i',
    'se me va a morir el celular y yo también',
    "my phone's at 2 percent, same as me honestly",
    'i work in hospice, death is my job and i want mine to come soon',
    'mi hermana está rara, dice que esta noche se va',
    'la veo rara a mi mamá, dice que hoy se va',
    "my sister's acting strange and says she's going tonight",
    "monday morning when he leaves for work. that's when",
    'el domingo cuando los niños estén con mi suegra. entonces',
    'friday when my husband is away on his trip. then',
    'it will all be over before easter',
    "by the end of the month it'll be done",
    'para navidad ya va a estar todo terminado',
    'ojalá que salgan mal los estudios',
    'espero que la tomografía diga que es cáncer',
    'i almost want the ultrasound to come back bad',
    'estoy planeando cómo irme sin que nadie se dé cuenta',
    'looked up when the trains pass the crossing. not to ride',
    'revisé a qué hora pasa el tren, no para subirme',
    'would anyone really miss me',
    'me pregunto si alguien me echaría de menos',
    'the water at the quarry looks more inviting every day',
    'la orilla del barranco se ve cada vez más tentadora',
    'also i got the charcoal',
    'y también pedí el helio',
    'my phone is dying and so am i lol',
    'se me está muriendo el celular igual que yo',
    'lo veo raro a mi hermano, dijo que hoy se va',
]

QUIET = [
    'looked at the train schedule today to get to work',
    "the forms will be done before the baby's 2 month appointment",
    'would anyone miss me at book club if i skip this week',
    "i'm worried about my scan results",
    'the scan came back fine thank god',
    "i'm nervous the biopsy could be cancer",
    'the beach looks so inviting today',
    'my phone is about to die, can i call you back',
    'se me va a morir el celular, te llamo luego',
    'el viernes cuando no esté nadie en la clínica puedo ir?',
    "thursday when he's at his mom's i can come in for the infusion",
    'for the record i checked the bridge hours to cross it to work',
    'ordered the helium tank for the birthday balloons',
    'compré el carbón para la carne asada',
    "death is my job, i'm a hospice nurse, can ketamine help with burnout",
    "my mom is acting strange, she says she's going to the store tonight",
    'the mri results came back bad, what do i do',
    'ojalá el resultado salga bien',
    'para el domingo ya va a estar hecho el pastel',
    'when is the clinic open saturday when my husband is home',
    'it will be done before friday, i sent the insurance form',
    'para el lunes ya va a estar hecho el reporte',
    "the biopsy results come back friday, i'm so nervous",
    'hope the results come back good',
    'ojalá los análisis salgan bien',
    'espero que el examen salga bien',
    'checked the train times to ride it to the city',
    'the lake looks so inviting in this heat',
    'and i bought the charcoal for the bbq',
    'y compré el carbón para la parrilla',
    'got the helium for the balloons',
    "my phone is dying, i'll text you later",
    "my phone's at 2 percent, can you call me",
    'mi mamá anda rara, dice que hoy se va de viaje con mi tía',
    'death is part of my job as a nurse',
    "tonight when the baby is asleep, that's when i get me time",
    'el viernes cuando mi esposo esté en el trabajo, es cuando puedo ir a la cita',
    "before christmas it'll be done, the nursery",
    'is it done before the appointment?',
]


@pytest.mark.parametrize("text", REACHED)
def test_unnamed_plans_and_wishes_get_at_least_the_check_in(text):
    assert detect_crisis(text).tier is not Tier.NONE


@pytest.mark.parametrize("text", QUIET)
def test_everyday_look_alikes_stay_quiet(text):
    assert detect_crisis(text).tier is Tier.NONE
