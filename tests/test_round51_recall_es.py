"""Round 51 (rec51es): Spanish and Spanglish crisis recall read by idea with the rules alone.

Spanish written by ear ("bibir", "beneno", "cabesa", "asta", "nesesitar", "boy a") is read as the word it spells; a
mother going "las dos juntas" with the baby, into the water with the baby "y no vamos a salir", "lo podría matar" of a
crying baby, blows kept up until blood or to punish oneself, one's things given away beside "won't need them", a blade
found beside marked arms, a letter for the kids "in case something happens to me" each earn the check-in, and the sure
tier where the act is plain. The everyday cousin of each idea stays quiet or at the check-in."""

from __future__ import annotations

import pytest

from bot.core.crisis_model import SILENT
from bot.core.safety import CrisisDetector, Tier, canonical

RULES_ONLY = CrisisDetector(model=SILENT)
FULL = CrisisDetector()


@pytest.mark.parametrize("typed, meant", [
    ("ya no quiero bibir", "ya no quiero vivir"),
    ("compre beneno", "compre veneno"),
    ("me pegue en la cabesa asta sangrar", "me pegue en la cabeza hasta sangrar"),
    ("ya no los boy a nesesitar", "ya no los voy a necesitar"),
    ("kortarme las benas", "cortarme las venas"),
    ("no le beo sentido a mi bida", "no le beo sentido a mi vida"),
])
def test_spanish_spelled_by_ear_is_read_as_the_word(typed, meant):
    assert canonical(typed).words.split() == canonical(meant).words.split()


@pytest.mark.parametrize("text", [
    "the boy is crying a lot",  # "boy" alone stays English
    "I bought a bale of hay for the goats",
    "my acer laptop broke, can I do the visit by phone?",
])
def test_english_words_are_not_respelled(text):
    assert canonical(text).words.split() == text.lower().replace("?", "").replace(",", "").split()


@pytest.mark.parametrize("text", [
    # a wish not to live, spelled by ear
    "ya no quiero bibir",
    "ya no kiero bibir, estoy harta",
    "no quiero seguir bibiendo asi",
    # the poison bought and kept
    "ya compre el beneno para ratas, lo tengo guardado",
    "tengo el beneno guardado debajo del fregadero, ya lo compre",
    # into the water with the baby and not coming out
    "voy a meterme a la alberca con mi bebé y no vamos a salir",
    "me voy a meter al mar con la bebe y ya no vamos a salir",
    "quiero meternos al rio mi bebe y yo y no salir",
    "I want to walk into the pool with the baby and not come out",
    # blows kept up until blood, to punish oneself
    "me di de golpes en la pared asta que me salio sangre pa que se me quite lo feo",
    "me doy de cabezazos contra la pared hasta que sangro, para castigarme",
    "me di de golpes hasta que me salio sangre porque me lo merezco",
    # a mother shut in with the baby, both to go
    "mi hija se encerro en el cuarto con la bebe y dice que se van a ir las dos juntas",
    "mi hermana esta encerrada con el niño y dice que se van a ir los dos juntos",
    # a death said beside her things given away
    "mi hija me dijo 'mami si me muero no llores' y regaló toda su ropa",
    "she told me if she dies not to cry, and she gave away all her things yesterday",
    # a blade found beside marked arms
    "encontré a mi hija con una cuchilla de afeitar y los brazos todos marcados",
    "la encontre en el baño con una navajita y cortes en los brazos, dice que no es nada",
])
def test_plain_wish_plan_or_means_is_sure(text):
    assert RULES_ONLY.check(text).tier is Tier.CRISIS
    assert FULL.check(text).tier is Tier.CRISIS


@pytest.mark.parametrize("text", [
    # things given away and not needed
    "seño ya le regale mi huipil y mis cortes a mi prima, ya no los boy a nesesitar",
    "ya le di mis cosas a mi prima, my clothes, my makeup, todo. I won't need them",
    "regale toda mi ropa a mi hermana, ya no la voy a nesesitar",
    "I've been regalando all my stuff, la ropa, las prendas, and I think I know why",
    "he estado regalando mis cosas sin pensarlo y creo que ya se por que",
    # both to go, mother and baby
    "nos vamos a ir las dos juntas, mi bebe y yo",
    "mi nuera dice que se va a ir con la bebe",
    "no quiero que mi bebe sufra, las dos nos vamos a ir",
    # a crying baby and "I could kill him"
    "mi bebé llora tanto que lo podría matar",
    "la niña no deja de llorar y me dan ganas de matarla",
    "my baby screams all night y a veces siento que lo podria ahogar",
    # blows kept up until blood
    "me doy golpes hasta que me sale sangre",
    "me pegue contra la pared hasta que sangre",
    # a blade, marked arms
    "mi abuela encontro a mi mama con una navaja y los brazos marcados",
    # a letter for the kids, in case
    "sorry for writing en spanglish, I wrote a carta for my kids just in case algo me pasa tonight",
    "les escribi una carta a mis hijos por si algo me pasa",
    # a farewell letter carried
    "le escribi una carta a mi mama despidiendome, la traigo en la bolsa",
    # falling asleep and that's it, forever
    "a veces pienso que it would be easier si me quedo dormida and that's it, forever",
])
def test_wording_gets_at_least_the_check_in(text):
    assert RULES_ONLY.check(text).tier is not Tier.NONE
    assert FULL.check(text).tier is not Tier.NONE


@pytest.mark.parametrize("text", [
    "compré veneno para las cucarachas",
    "nos vamos a ir las dos juntas al doctor",
    "mi bebe y yo nos vamos a ir las dos juntas a casa de mi mama el sabado",
    "me pegué en la cabeza con la puerta del carro, ¿puedo ir a mi cita?",
    "ya no necesito la ropa de embarazo, se la regalé a mi prima",
    "regale toda mi ropa de embarazo, ya no la voy a necesitar",
    "me voy a meter a la alberca con mi bebe, ¿desde que edad puede?",
    "nos vamos a meter a la alberca con el bebe y no vamos a salir hasta las 5",
    "mi bebé la podria comer a besos",
    "my acer laptop broke, can I do the visit by phone?",
    "asta mañana, gracias por todo",
    "la bebé llora tanto, ¿es normal a las 3 semanas?",
    "mi esposo se encerró en el cuarto a ver el partido",
    "I gave my sister my maternity clothes, I won't need them",
])
def test_everyday_cousin_is_quiet_or_a_check_in_at_most(text):
    assert RULES_ONLY.check(text).tier is not Tier.CRISIS
    assert FULL.check(text).tier is not Tier.CRISIS


@pytest.mark.parametrize("text", [
    "nos vamos a ir las dos juntas al doctor",
    "ya no necesito la ropa de embarazo, se la regalé a mi prima",
    "me voy a meter a la alberca con mi bebe, ¿desde que edad puede?",
    "asta mañana, gracias por todo",
    "mi esposo se encerró en el cuarto a ver el partido",
])
def test_everyday_cousin_with_no_risk_word_is_quiet(text):
    assert RULES_ONLY.check(text).tier is Tier.NONE
