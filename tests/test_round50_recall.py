"""Round 50 (rec50): crisis wording the rules alone missed, read by idea at the check-in tier (988 shown), English
and Spanish, with the everyday cousin of each idea kept quiet by the rules (no new sure verdict: this round adds
recognition at the check-in only)."""

from __future__ import annotations

import pytest

from bot.core.crisis_model import SILENT
from bot.core.safety import CrisisDetector, Tier

RULES_ONLY = CrisisDetector(model=SILENT)


@pytest.mark.parametrize("text", [
    "I told my son I'm sorry in advance",
    'every night I apologize to my baby for leaving her',
    "I keep telling the baby sorry for what I'm going to do",
    'le pido perdón a mi bebé por adelantado',
    'le pido perdon a mi bebe por irme',
    "I told my baby I'm sorry I won't see him grow up",
    "sorry baby girl, I won't be here for her first birthday",
    'no voy a ver su primer cumpleaños, perdón mi niña',
    'no e comido nada desde el lunes, no merezco comer',
    'no he comido nada a proposito porque no me lo merezco',
    "I stopped eating on purpose, I don't deserve food",
    "my wife hasn't eaten since Sunday and says she doesn't deserve to eat",
    "I'm punishing my body, nothing till dinner and sometimes not dinner either",
    '(2/2) the baby too. we should both just go',
    'sorry I meant my baby too, we should both be gone',
    'deberiamos irnos los dos, mi bebe tambien',
    'I just have to hang on until my mom gets back and then I can go',
    "I'm waiting until the twins are in kindergarten and then I'm allowed to go",
    'aguanto hasta que regrese mi esposo y luego ya me puedo ir',
    "I'm going to hold out until Christmas then I can leave for good",
    'my goodbye message is saved in my drafts',
    'I scheduled the goodbye email to send on Sunday',
    'wrote a letter to my husband and set it to send at 6am',
    'la carta ya la dejé en borradores para el viernes',
    'tengo mi despedida programada para enviarse mañana',
    'I asked my sister if she would raise my son if something happened to me',
    "she made me promise to raise the baby, she's been so quiet lately",
    'le pedi a mi mama que criara a mi bebe si me pasara algo',
    "my daughter asked me to promise I'd take the baby if anything happened to her",
    'I hope I get sick enough to not have to be here anymore',
    "I stopped eating so I don't have to be here",
    'quiero enfermarme lo suficiente para ya no estar aquí',
    'I feel at peace with my decision to go, I found someone to take my cat',
    'made my peace with my decision to leave, just need a new home for my dog',
    'ya tengo paz con mi decision de irme, solo falta quien se queda con mi perro',
    "I've decided. Just need to figure out who takes the cat. I feel calm about it",
    "I keep staring at the balcony railing when I'm holding the baby",
    'me quedo viendo el barandal del balcón cuando la cargo',
    'looking at the railing on the 6th floor with her in my arms',
    # things and the pet given away "if anything happens"; a partner's plan for the baby "ya lo tiene pensado"
    "I told my best friend she can have my plants and my dog if anything happens",
    "my sister can have my cat if anything happens, I already told her",
    "if anything happens my mom gets the dog and my plants",
    "le dije a mi prima que se quede con mi perro si me pasa algo",
    "mi esposa dice que si ella se muere me lleve al bebé con su mamá, que ya lo tiene pensado",
    # the baby's things given away "because I won't be here"; a goodbye started and stopped again and again
    "le regalé la ropa de mi bebé a mi hermana porque ya no voy a estar",
    "gave the crib to my cousin because I won't be here to use it",
    "I open my mom's chat to say goodbye and then stop",
    "I keep typing a message to tell him goodbye and then delete it",
])
def test_rules_alone_give_at_least_the_check_in(text: str) -> None:
    assert RULES_ONLY.check(text).tier is not Tier.NONE


@pytest.mark.parametrize("text", [
    'sorry in advance for the long message',
    "I'm not eating dairy on purpose, the baby's reflux",
    "hold on until my husband's back and then I can go to the gym",
    "asked my sister to be the baby's guardian in our will, is that normal to do?",
    'sorry for leaving the baby with you so long yesterday',
    'I apologized to the baby for leaving her at daycare today',
    "I'm sorry I won't see her first birthday party because I'm deployed",
    'thanks in advance! sorry for the typos',
    'my husband and I should both go to the infusion, right?',
    'I can wait until my husband gets home and then I can go to my appointment',
    'I saved it as a draft, can I send the insurance form later?',
    'I scheduled send on the email to billing',
    'we are writing our will and my sister would raise the kids if something happened to us both',
    "I'd pay to not have to be here at 7am for my infusion",
    'finally at peace about my decision to stop breastfeeding',
    "we're going on a trip, I need to figure out who takes the dog while we're away",
    'holding the baby on the balcony is so relaxing',
    'no he comido nada desde el desayuno',
    'me castigo a mi misma en el gym jaja',
    "I was so sick I couldn't keep food down, couldn't eat for 2 days",
    'decidi irme a vivir con mi mama, estoy tranquila',
    "I told my neighbor she can have my plants while I'm on vacation",
    "my neighbor can have my spare key if anything happens while we're away",
    "if anything happens during my c section my mom gets the baby, it's in our will",
    "my sister can have my old stroller if anything happens, we're done having kids",
    "regalé la cuna a mi prima porque ya no la vamos a usar",
    "I keep meaning to call my grandma to say goodbye before she moves and then stopping",
    "gave the crib to my sister since the baby sleeps in our bed now",
])
def test_everyday_cousins_stay_quiet_with_rules(text: str) -> None:
    assert RULES_ONLY.check(text).tier is Tier.NONE
