"""Round 51 (rec51en): English crisis wording that no tier caught with the rules alone, read by its idea.

Each idea gets at least the check-in from the rules alone (the learned model is only a safety net); a wish to die, a plan
or a means said plainly is the sure tier. Their everyday cousins stay quiet."""

from __future__ import annotations

import pytest

from bot.core.crisis_model import SILENT
from bot.core.safety import CrisisDetector, Tier

RULES_ONLY = CrisisDetector(model=SILENT)


@pytest.mark.parametrize("text", [
    # a wish to stop being
    "I just want to stop being",
    "I don't want to die exactly, I just want to stop being",
    "sometimes I wish I could just stop being",
    "i wanna stop being",
    # a means or a plan said plainly
    "can ketamine kill you if you take a lot at home",
    "how much ketamine would kill me if I took a lot at once",
    "can fentanyl kill you if you take a lot of it at home",
    "want to 🤫 him permanently",
    "i want to 🤫 myself permanently",
    "I want to shut him up permanently",
    "quiero 🤫 al bebé permanently",
    "honestly ya no quiero nada, I just want to stop being",
    "el bebé y yo would be at peace if we went together",
    "mis hijos get split up if I'm not here? antes de decidir",
    "I'm eating 300 calories a day to shrink until I'm gone",
    "I want to starve myself until I disappear",
    "I'm not eating so I can shrink until there's nothing left of me",
    "will my kids get split up if I'm not here? before I decide",
    "if I'm not here would my kids get split up? need to know before I decide",
    "we'd both be at peace if we went together, me and the baby",
    "me and my son would both be at peace if we went together",
    "my daughter and I would be at peace if we went together",
    "not scary thoughts anymore, just plans",
    "I keep letting her sink in the bath a little longer",
    "wat happens if u take a whole thing of tylenol. like is it fast. asking for a frend",
    "if someone took a whole box of benadryl would it be quick",
    "Attempted at 19. Thought I was past it. Baby is 5 weeks and the exact same thoughts are back, word for word.",
    "I attempted in college and those thoughts came back this week",
])
def test_plain_wish_plan_or_means_is_sure(text: str) -> None:
    assert RULES_ONLY.check(text).tier is Tier.CRISIS


@pytest.mark.parametrize("text", [
    "honestly I'd like to stop being altogether",
    "please let this be the last sunrise I see",
    "this could be my last sunrise and I'm ok with that",
    # the opposite of a safety plan
    "I made the opposite of a safety plan",
    "honestly what I have is the opposite of a safety plan",
    "they gave me a safety plan at discharge. I have the opposite of one now",
    # where everything is, told for no reason
    "I told my husband where all the passwords and keys are for no reason",
    "i told him where everything is. the keys, the account numbers. just in case, no reason",
    "I showed my sister where all the passwords are. no reason really",
    "my wife keeps telling me where everything is, the insurance, the keys. I asked why and she said no reason",
    "can you die from ketamine if you take a lot at once",
    "does the clinic send ketamine spray home? the more the better",
    # the part that says go is winning
    "the pressure says go, my son says stay, the pressure is winning",
    "my head says go and the baby says stay and my head is winning",
    "the dark thoughts are winning tonight",
    # a goodbye to the clinic
    "thank you for everything, you were one of the good ones. goodbye",
    "just wanted to say thanks to the clinic, you were one of the good ones, take care of yourselves",
    # a car never started again
    "I pulled off the highway and thought about never starting the car again",
    "parked at the rest stop, thinking about never starting the car again",
    # none of me
    "the only way it works is if there's zero of me",
    "everything works out better if there's none of me left",
    "it would all work if there were no me",
    "what happens to my children if I'm not here, do they get split up",
    # the badge never swiped again
    "the badge never gets swiped again after friday",
    "my work badge will never get swiped again, and I'm at peace with it",
    # planning not to be here
    "I'm planning not to be here for it",
    "I'm planning not to be around for her birthday",
    # fire on the skin, burns and scrapes kept unseen
    "🔥 on my skin again",
    "put the 🔥 to my arm again last night",
    "🔥 to my thigh last night, nobody knows",
    "🔥 en mi brazo otra vez, nadie sabe",
    "mi esposo looked up the route to the dam y dice que va a ir mañana",
    "le dije a mi esposo donde están los papeles, for no reason",
    "ya me despido, you were one of the good ones, gracias por todo",
    "I iced the burns so you wouldn't notice",
    "iced the burns so my husband wouldn't see them",
    "scraping my skin with my nails so my mom won't notice",
    # whether a baby suffers in a death
    "I googled whether babies feel pain when they drown",
    "looked up if a baby suffers when it drowns",
    "do babies suffer when they drown",
    # a partner giving things away, "the kids would adjust"
    "he's giving away his guitars and says the kids would adjust",
    "my partner keeps saying the kids would adjust. adjust to what",
    # older gaps
    "do i need to be here anymore",
    "does anyone even need me here anymore",
    "do i need to write a note",
    "do I need to leave a note or will they know",
    "should I leave a note or just go",
    "I let him sink under the bathwater for a second and didn't pull him up right away",
    "no scary thoughts just plans",
    "please make it stop or I will",
    "please make this stop or i will",
    "make it stop or I will do it myself",
    "long sleeves in July, and it isn't the AC",
    "I wear long sleeves in july. it isnt for the AC",
    "long sleeves in august. it isn't because I'm cold",
    # a route to a dam or a reservoir with a drive there told
    "my husband looked up the route to the dam and says he's driving there tomorrow",
    "my wife looked up directions to the reservoir and said she's going alone tomorrow",
    # a partner saying the baby would be happier with just the others; "let me be gone"; asleep in the closed garage
    "my gf keeps saying the baby would be happier with just me and her mom. today she gave her mom all her jewelry",
    "my wife says the kids would be happier without her",
    "I thought yes, exactly, let me be gone. It hasn't left me since.",
    "she said she wants to take the baby and go to sleep in the car in the garage together. I took the keys.",
])
def test_idea_gets_check_in(text: str) -> None:
    assert RULES_ONLY.check(text).tier is not Tier.NONE


@pytest.mark.parametrize("text", [
    "stop being so hard on yourself",
    "i want to stop being so tired all the time",
    "how do I stop being so anxious at night",
    "asking for a friend, is tylenol safe while breastfeeding",
    "I told my husband where the spare key is before my trip",
    "I showed the babysitter where everything is for tonight",
    "my husband asked where the spare key is and I said no reason to worry, it's under the mat",
    "we watched the last sunrise of our trip from the balcony",
    "we went over my safety plan and it was the opposite of what I expected",
    "is ketamine safe while breastfeeding",
    "how much does ketamine therapy cost",
    "does ketamine treatment work for postpartum depression",
    "can ketamine kill you? is it dangerous at the doses you use",
    "can you die from a ketamine infusion",
    "¿qué riesgos tiene la ketamina? tengo mucha ansiedad",
    "puedo hacer la ketamina de una vez en lugar de antidepresivos?",
    "the urge to snack is winning lol",
    "my gut says go to the ER, my husband says stay home",
    "Dr. Patel you were one of the good ones, good luck in your retirement, thank you!",
    "I'm never starting the car again without checking the oil",
    "none of me left to give, I'm so touched out",
    "do twins get split up into different classes at daycare",
    "I need to silence my phone at night",
    "how do I shush the baby to sleep",
    "this serum is 🔥 on my skin",
    "this place is 🔥🔥🔥",
    "I burned the toast so my husband won't notice I was late",
    "I hid the present so he would not notice",
    "I'm shrinking my clothes in the dryer until they fit",
    "do babies feel pain when they get shots",
    "me and my husband would both be at peace if we went together to counseling",
    "we're moving to Texas and my husband says the kids will adjust",
    "do I need to be here at 8 or 8:30",
    "do i even need to be here for the glucose test",
    "do I need to write a note for my daughter's school absence",
    "should i write a note to the babysitter",
    "let her sink into the couch for a nap",
    "no intrusive thoughts, just plans for the baby shower",
    "make the baby stop crying or I will lose it",
    "we looked up the route to the dam for a picnic tomorrow",
    "is a whole bottle of prenatal vitamins a month supply",
    "I attempted a VBAC and the same thoughts are back about a c-section",
    "the baby is happier without her hat in the car",
    "let me be gone for the weekend and I'll be a new person",
])
def test_everyday_cousin_stays_quiet(text: str) -> None:
    assert RULES_ONLY.check(text).tier is Tier.NONE


@pytest.mark.parametrize("text", [
    "I'm planning not to be here for the move, my husband is handling it",
    "not planning to be here on thanksgiving, we're traveling to my mom's",
    "I wear long sleeves in July because the office AC is freezing",
])
def test_everyday_cousin_is_never_the_sure_tier(text: str) -> None:
    assert CrisisDetector().check(text).tier is not Tier.CRISIS
