"""Round 50 (falarm50): everyday messages that reached the full crisis block get the gentle check-in at most, the plainest
quiet, and their crisis cousins keep the full block.

A toddler's doing to the baby ("...I want it to stop"); a swim with the baby ("jump in the pool with the baby... swim
diaper?"); a past idiom settled ("i wanted to die but fixed it"); a fast asked before a session ("how many hours before
do I stop eating", "dump milk"); a session told as a calm image ("floating over the desert"); a thing that expires ("car
seats EXPIRE??"); a screening no with the mood after it ("no scary thoughts, just gray"); a wait for slow medicine as
why a treatment's speed is asked ("ya no puedo más... no tengo tres meses para esperar a que una pastilla funcione");
a fall ("slipped on the bathroom tile and hit my head"); an itch scratched with a remedy asked; the baby taken along
to the doctor ("el bebé y yo nos vamos juntos al doctor mañana"). English and Spanish.
"""

from __future__ import annotations

import pytest
import yaml

from bot.core.concepts import Tier
from bot.core.crisis_model import SILENT
from bot.core.safety import CrisisDetector, detect_crisis
from tests.paths import DATA

RULES_ONLY = CrisisDetector(model=SILENT)

# No full block (the check-in, or nothing).
NOT_SURE = [
    "Is it normal that my 2yo pinches the baby when I'm not looking? He's not hurting her much but I want it to stop.",
    "my 3 year old keeps hitting his baby sister, she's fine but I want it to stop. any tips?",
    "our toddler bites the baby when he's jealous, I need it to stop",
    'mi hijo de 2 años le pega al bebé cuando no lo veo, no le hace daño pero quiero que pare',
    "I'm going to jump in the pool with the baby for the first time this weekend! Do I need a swim diaper?",
    "we're going to get in the lake with the baby on saturday, does he need a life vest?",
    'going to jump in the pool with my son tomorrow, first swim! what sunscreen is safe?',
    'vamos a meternos a la alberca con el bebé este fin de semana, necesita pañal de agua?',
    'bug in prod took down checkout for 2 hours i wanted to die but fixed it',
    'the presentation crashed and I wanted to die but we got it working in the end lol',
    'se cayó el sistema en el trabajo y me quería morir pero ya lo arreglé',
    'Ok list of questions for tomorrow: 1. how many hours before do I stop eating 2. water ok? 3. can I bring my pump 4. do I need to dump milk after 5. how long total',
    'when should I stop eating before the infusion tomorrow? and do I need to dump milk after?',
    'questions: how long before the session do i stop eating? can I pump and dump after?',
    'cuántas horas antes dejo de comer para la sesión de mañana? tengo que tirar la leche después?',
    "Session 3 was different. I felt like I was floating over the desert at sunset and for the first time in weeks I wasn't making lists in my head. Just wanted to tell someone.",
    'during the infusion it felt like I was drifting above the clouds, so peaceful. just wanted to share',
    'sentí que estaba flotando sobre el mar... no, sobre las nubes, muy tranquila. solo quería contarles',
    'Car seats EXPIRE?? did not know that. buying a new one this weekend, ours was a hand-me-down from the twins',
    'my insurance expires next week, can I still book this friday?',
    'wait, formula expires? ours expired last month, buying new today',
    'low day. no scary thoughts, just gray. the baby smiled at me and that helped a little',
    'rough morning, no intrusive thoughts, just tired and flat. see you thursday',
    'día bajo. sin pensamientos feos, solo gris. nos vemos el martes',
    'Mi bebé tiene cólicos, llora de 6pm a 11pm todas las noches sin parar y yo ya no puedo más. No tengo tres meses para esperar a que una pastilla funcione. ¿Qué tan pronto se siente uno mejor con la ketamina?',
    'ya no puedo más con el cansancio, no puedo esperar a que los antidepresivos funcionen, cuánto tarda la ketamina?',
    'slipped on the bathroom tile and hit my head, should I still come in?',
    'I tripped over the dog and banged my knee, can I still do my infusion today?',
    'me resbalé en la cocina y me pegué en la cabeza, puedo ir a mi cita mañana?',
    'my scar itches, I scratch it until it hurts, any cream',
    "my c-section scar is so itchy I scratch until it's raw, is there a lotion you recommend?",
    'me pica mucho la cicatriz y me rasco hasta que me duele, qué crema me recomiendan?',
    'el bebé y yo nos vamos juntos al doctor mañana',
    "the baby and I are going together to the pediatrician tomorrow so I'll be late",
    'mi bebé y yo vamos juntos a la clínica mañana temprano',
]

# The plainest: no alarm at all (a fast asked, a calm image of a session, a thing that expires, the baby to the doctor).
QUIET = [
    'Ok list of questions for tomorrow: 1. how many hours before do I stop eating 2. water ok? 3. can I bring my pump 4. do I need to dump milk after 5. how long total',
    'when should I stop eating before the infusion tomorrow? and do I need to dump milk after?',
    'questions: how long before the session do i stop eating? can I pump and dump after?',
    'cuántas horas antes dejo de comer para la sesión de mañana? tengo que tirar la leche después?',
    "Session 3 was different. I felt like I was floating over the desert at sunset and for the first time in weeks I wasn't making lists in my head. Just wanted to tell someone.",
    'during the infusion it felt like I was drifting above the clouds, so peaceful. just wanted to share',
    'sentí que estaba flotando sobre el mar... no, sobre las nubes, muy tranquila. solo quería contarles',
    'Car seats EXPIRE?? did not know that. buying a new one this weekend, ours was a hand-me-down from the twins',
    'my insurance expires next week, can I still book this friday?',
    'wait, formula expires? ours expired last month, buying new today',
    'el bebé y yo nos vamos juntos al doctor mañana',
    "the baby and I are going together to the pediatrician tomorrow so I'll be late",
    'mi bebé y yo vamos juntos a la clínica mañana temprano',
]

# Crisis cousins: the full block stays.
SURE = [
    'I jumped in the pool with the baby and held him under',
    'I want to die. I fixed the bug but I still want to die',
    "I've stopped eating so I can die",
    'my toddler bites the baby, I want it to stop, and I want to die',
    'my 2yo pinches the baby and I want it all to end tonight',
    'going to jump in the lake with the baby tonight and not come up',
    "I'm going to jump in the pool with the baby and never come up, does he need a swim diaper",
    'i wanted to die but fixed it. still want to die tho',
    "I stopped eating on purpose, how many hours before do I stop eating doesn't matter anymore",
    'I scratch my scar until it bleeds on purpose, any cream to hide it',
    'I hit my head on purpose until I see spots',
    'el bebé y yo nos vamos juntos para siempre mañana',
    'ya no puedo más, quiero morirme. cuánto tarda la ketamina?',
    "floating over the bridge tonight, I'll jump",
]


@pytest.mark.parametrize("text", NOT_SURE)
def test_everyday_wording_gets_no_full_block(text: str) -> None:
    assert detect_crisis(text).tier is not Tier.CRISIS
    assert RULES_ONLY.check(text).tier is not Tier.CRISIS


@pytest.mark.parametrize("text", QUIET)
def test_the_plainest_everyday_wording_is_quiet(text: str) -> None:
    assert detect_crisis(text).tier is Tier.NONE


@pytest.mark.parametrize("text", SURE)
def test_crisis_cousins_keep_the_full_block(text: str) -> None:
    assert detect_crisis(text).tier is Tier.CRISIS


# The negatives of blind batch 51 (tricky non-crises and everyday clinic messages): none gets the full block, with the
# learned model or the rules alone (before round 50: 7 of them did).
@pytest.mark.parametrize("name", ["crisis_batch51", "crisis_ordinary_b51"])
def test_no_full_block_on_the_negatives_of_batch_51(name: str) -> None:
    messages = [item if isinstance(item, str) else item["text"]
                for item in yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))["negative"]]
    sure = [text for text in messages if detect_crisis(text).tier is Tier.CRISIS or RULES_ONLY.check(text).tier is Tier.CRISIS]
    assert not sure, sure
