"""Crisis concepts: the ideas behind crisis wording, and how they combine into a tier.

The phrase families in crisis_patterns.py know sentences; this module knows ideas. Each word or
short phrase of a message (read through safety.canonical(), so disguises and chat spellings are
already undone) is tagged with the concepts it carries: a means ("pills", "the bridge", "🔪"),
access to it ("found", "sitting here with"), a farewell ("letters for everyone"), absence ("not
coming back"), a burden, hopelessness, a self-injury act and where on the body, harm to the baby,
and the framing (an image or urge, a plan, a time like "tonight", a question about a method).

One concept alone is rarely a crisis ("pills" is a medication question, "tonight" is a plan for
dinner); two that belong together within a few words are. RULES say which pairs are the sure
tier (CRISIS) and which single concepts are worth the gentle check-in (CONCERN). A message whose
chat had risk wording a few minutes ago is read "primed": a check-in becomes CRISIS, and a bare
farewell or plan is enough ("I've made up my mind" ... "bye").

The lexicon is written plainly in English and Spanish (with chat spellings); entries ending in
"*" match any word that starts so ("cut*": cuts, cutting). Matching is one pass over the words
with a dictionary lookup per word, so it is linear in the length of the message.
"""

from __future__ import annotations

import enum
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from bot.core.crisis_patterns import (
    AWAY_GUARD, AWHILE_GUARD, BETTER_OFF_GUARD, DIE_GUARD, DOSE_GUARD, END_IT_GUARD, ES_IDIOM,
    GIVE_UP_GUARD, GO_ON_GUARD, GONE_GUARD, OD_GUARD, STOPPED_GUARD,
)


class Tier(enum.Enum):
    NONE = "none"
    CONCERN = "concern"
    CRISIS = "crisis"


# --- the lexicon: concept -> words and short phrases ---------------------------------------------
# Keep entries to words that carry the idea on their own; the RULES below demand a second concept.
LEXICON: dict[str, str] = {
    "dead": """
        die/dying/be dead/being dead/death/dead/muerte/muerta/muerto/morir/muero/muera/se murio/
        se hubiera despert*/no se despierte""",
    "death": """
        suicide*/suicidal*/kms/kill myself/killing myself/unalive*/
        obituary/my funeral/coffin/casket/tombstone/my grave/graveyard/sleep for good/
        not wake up/dont wake up/never wake up/not survive/dont survive/keep myself alive/
        stay alive/not alive/not coming out alive/end it/ending it/end my life/end things/
        finish the job/check out of life/give up on life/my body to just give up/my body to give up/
        not existing/not exist/stop existing/be with my mom/be with my dad/be with god/go be with/
        morirme/morirse/morirte/matarme/matarse/suicidarme/dios me recoja/dios que ya me recoja/
        dios que me recoja/no despert*/no despertar/
        dormir para siempre/porque no me muero/por que no me muero/ojala me muera/
        ojala me muriera/me quiero morir/no existir/a no existir/no quiero vivir/no kiero vivir/cansada de vivir/
        canse de vivir/dejar de existir/quitarme la vida/acabar con todo/acabar con mi vida/
        irme de este mundo/leave this world/not be alive/no despertemos""",
    "means": """
        rope/noose/belt/cord/gun/pistol/firearm/loaded/
        knife/knives/razor/razors/blade/blades/scissors/bridge/overpass/the tracks/train tracks/
        the lake/the river/the ocean/the pool/the canal/cliff/ledge/rooftop/ceiling fan/
        sturdy enough/car running/the desert/cuerda/soga/pistola/cuchillo/navaja/puente/las vias/
        el canal/al canal/el lago/el rio/veneno""",
    "meds": """
        pills/pill/meds/medication/medications/tablets/sleeping pills/pain meds/painkillers/
        tylenol/advil/benadryl/ambien/xanax/klonopin/ativan/zoloft/lexapro/prozac/oxy*/percocet/
        insulin/pastillas/pastilla/medicinas/se tomo algo/me tome algo/tomarme todas""",
    "method": """
        overdos*/hang myself/hanging myself/drown myself/crash the car/crashing the car/crash my car/
        crashing into/drive off/drive into/driving off/truck hit me/a car accident/jump off/
        jumping off/jump from/bleed out/estrellarme/aventarme/me iba a aventar/me voy a aventar/
        tirarme/me voy a tirar/me iba a tirar/ahorcarme/lie down and not get up""",
    "attempt": """
        ya lo intente/lo intente una vez/tried before/tried it before/my last attempt/my attempt/
        attempted before/last time i tried/when i tried to/intento de suicidio/survived an attempt""",
    "access": """
        found/bought/buy/got/have the/keep the/kept the/saved up/save up/stockpil*/hoard*/
        collected/collecting/counted/counting/sitting here with/sitting with/holding/looking at/
        looked at/look at/staring at/stared at/loaded/refill*/full bottle/in my hand/
        in the bathroom with/floor with/sat in/tengo/juntad*/guardad*/junte/guarde/compre/
        agarre/agarrar/con la navaja/con el cuchillo/keep driving/driving past/driving over/
        around my neck/ive the/ive my/ready/sturdy enough/strong enough/high enough/deep enough/listas/listo/lista""",
    "amount": """
        all of them/the whole bottle/whole bottle/full bottle/entire bottle/a lot extra/extra/
        too many/handful/every pill/every last/the rest of/all of my/todas las/todos los/
        pills pills/meds meds/pastillas pastillas""",
    "question": """
        how many/how much/would it take/does it take/how long does it take/how long it takes/
        what happens if/what would happen if/is there a way/painless/quickest way/fastest way/
        looks like an accident/look like an accident/cuantas/cuantos/que pasa si/que pasaria si""",
    "time": """
        tonight/tomorrow/today/right now/this week/this weekend/next time/after tonight/
        by christmas/by morning/this is it/esta noche/hoy/manana/ahorita/ya mismo/pronto""",
    "plan": """
        made up my mind/my mind is made up/decided/ive decided/im ready/ready to go/
        everything is in order/its time/dont try to stop me/not going to wait/not wait around/
        im doing it/going to do it/i have a plan/todo listo/ya lo decidi/ya decidi/hoy es el dia/
        no me detengan/make sure he gets/just in case i decide/in case i decide/
        looks like an accident/look like an accident/me iba a/dije que me iba""",
    "farewell": """
        this is goodbye/bye everyone/bye forever/goodbye everyone/final goodbye/letters for everyone/
        letters to my/letters for my/letters to everyone/wrote letters/wrote a note/left a note/
        a note that says/suicide note/notes for everyone/notes for my/left notes/wrote notes/
        letter for everyone/escribi las cartas/cartas para/passwords/my will/thank you for everything/
        thanks for everything/gracias por todo/tell my son/tell my daughter/tell my husband/
        tell the baby/i loved him/i loved her/i love you all/hug from me/kiss from me/
        taken care of/take care of her/take care of him/take care of my/cuiden a/cuida a mi/
        whoever comes after/after im gone/wont need them/
        wont need it/cancel my appointments/cancel all my/forgive me/sorry for everything/
        im sorry i tried/adios a todos/tell the doctor im sorry""",
    "bye": "bye/adios/goodbye/ciao/chao/farewell",
    "absence": """
        not here anymore/wasnt here/werent here/not be here/not being here/not around/
        still being around/being around/not coming back/wont be coming back/wont be back/
        disappear*/vanish*/gone forever/when im gone/after im gone/once im gone/without me/sin mi/
        wont hear from me/my last week/my last day/my last night/one last time/
        stopped showing up/stop showing up/not get up/ya me voy/ya me fui/me voy para siempre/si me voy/desaparecer/no volver/
        no voy a volver/if i go/if im gone/if i leave/survive the night/if something happens to me/
        se van a ir/not coming out/not to wait around/a ghost""",
    "burden": """
        burden/better off/better without/fine without me/be fine without/be free/all be free/
        life insurance/the reason everything/the reason for/only fix/my fault/replace me/
        better mom/better mother/better raised/deserves better/deserves a mom/estorbo/una carga/
        problema de nadie/mejor sin mi/better sin mi/a better one""",
    "hopeless": """
        im done/really done/so done/cant do this anymore/cant go on/no point/whats the point/
        pointless/no way out/give up/giving up/how much longer/no aguanto/ya no puedo/
        pa que sigo/para que sigo/por que sigo/porque sigo/why am i still here/relieved/a relief/
        lado bueno/not safe/might as well/stopped eating/nobody would be surprised/im scared of me""",
    "self_harm": """
        cut/cuts/cutting/cut myself/carve*/carving/scratch*/pinch*/burned my/burnt my/burn my/
        burning my/scald*/bruise*/bleed*/hit myself/hitting myself/hitting my/hit my head/punched/
        punch myself/pulling my hair/pull my hair/s h/sh/self harm/selfharm/starv*/
        stopped eating/stop eating/pressed the hot/held my hand under/held it there/
        cortes/cortarme/cortandome/me corto/me corte/lastimarme/lastimandome/me lastimo/
        me sigo lastimando/quemarme/me queme/me quemo/me pego/golpearme/me golpeo/aranarme/rasgunos""",
    "on_purpose": """
        on purpose/deliberately/a proposito/purposely/deserved/i deserve/deserve it/until they bleed/
        until it bleeds/until it bled/raw/again/relapse/clean/where he cant see/where no one can see/
        where nobody/where socks/felt calm/first time i felt/only superficial/no big deal/
        otra vez/de nuevo/para sentir/to feel something/kept going""",
    "body": """
        wrist/wrists/arm/arms/forearm/forearms/thigh/thighs/leg/legs/hip/hips/ankle/ankles/skin/
        scalp/stomach/neck/my head/chest/brazo/brazos/muneca/munecas/pierna/piernas/piel/cabeza/cuello""",
    "baby": """
        baby/babies/newborn/infant/son/daughter/little one/bebe/bebes/bb/bebito/bebita/hijo/hija/
        nino/nina""",
    "baby_harm": """
        drop him/drop her/dropping him/dropping her/dropped him/dropped her/throw him/throw her/
        throwing him/throwing her/threw him/threw her/toss him/toss her/shake him/shake her/
        shaking him/shaking her/shook him/shook her/shoved her/shoved him/holding him under/holding her under/hold him under/hold her under/
        covering his mouth/covering her mouth/cover his mouth/cover her face/cover his face/
        squeeze her/squeeze him/want to squeeze/pillow over/get rid of him/get rid of her/
        drown him/drown her/drowning him/drowning her/smother him/smother her/smothering him/
        smothering her/suffocate him/suffocate her/suffocating him/suffocating her/
        what my hands would do/
        what my hands might do/what i might do/before i do something/alone with him/alone with her/
        tirando al/tirar al/tirarlo/tirarla/aventarlo/aventarla/sacudi*/apretarle el cuello/
        ahogarlo/ahogarla/hacerle algo/hacerle dano/lastimarlo/lastimarla""",
    "place": """
        down the stairs/over the railing/out the window/off the balcony/por la ventana/
        por las escaleras/in the tub/under the water/bajo el agua""",
    "image_urge": """
        imagine/imagining/imagined/picture/picturing/keep seeing/keeps showing me/showing me/
        thought/thoughts/thinking about/think about/thinking of/keep thinking/cant stop thinking/
        urge/urges/want to/wanted to/hands want/part of me/didnt feel bad/scared of me/afraid of me/
        afraid of what/scared of what/intrusive/voice telling me/imagino/me imagino/pienso en/
        pensando en/ganas de/quiero/kiero/calling me/keeps calling/hoping/i hope""",
    "setting": """
        bathtub/the tub/in the bath/bathroom floor/the bathroom/in the garage/the garage/in the car/
        in my car/the closet/on the roof/sitting here/just sitting/en el bano/en la tina/en el carro""",
    "with_me": """
        taking him with me/taking her with me/take him with me/take her with me/coming with me/
        for her too/for him too/both of us/me lo llevo/me la llevo/conmigo/
        el bebe y yo/the baby and me/me and the baby""",
    "safe": "im safe/i am safe/not thinking of hurting/not going to hurt anyone",
    "medical": """
        ketamine/ketamina/infusion/infusions/treatment/prescribed/prescription/dose/dosage/
        doses/miss a dose/missed a dose/should i take/do i take/can i take/a day/per day/daily/
        is that ok/is it ok/is it safe/es seguro/side effect*/interact*/while breastfeeding/
        in the morning/before the appointment/before an infusion/antes de la cita/tomo antes/
        to work/for pain/for a headache/my doctor/the doctor said/by taking/with the medication/
        go on medication/on medication/people overdose""",
    "asks_about": """
        is that a symptom/is this a symptom/is it a symptom/is that normal/is this normal/
        is it normal/es normal/does that mean/is that ppd/is this ppd/is that ocd/is this ocd""",
    "softener": """
        jaja/jajaja/jeje/lol/lmao/haha/hahaha/rofl/joking/jk/sin querer/accidentally/by accident/
        nicked/is that normal/is it normal/es normal/how do i stop/should i use/done with/
        harta de/cansada de los/pumping/breastfeeding/formula/diapers/panales/laundry/nursing/
        miss a dose/missed a dose/dose/dosage/side effect*/while breastfeeding/interact*/
        prescribed/my hair/el pelo/mi pelo/the nails/his nails/her nails/la leche""",
    "story": """
        show/episode/movie/film/series/character/netflix/tv/novel/podcast/news/article/documentary/
        toddler/toddlers/year old/yr old/big sister/big brother/kids are""",
}

# What may not follow an entry for it to carry its concept: the continuations the phrase families
# already guard against ("disappear for a weekend", "give up breastfeeding", "end it with him").
_CHORES = ("!breastfeeding/pumping/nursing/diapers/laundry/the_laundry/dishes/sleep_training/work/"
           "my_job/this_job/this_week/today/school/formula/the_pump/the_bottle/bottles")
ENTRY_GUARDS: dict[str, str] = {
    "disappear*": AWAY_GUARD + "/under/into/for/to/from", "vanish*": AWAY_GUARD, "desaparecer": "!un/una/por/a_la/al",
    "not around": GONE_GUARD, "when im gone": GONE_GUARD, "after im gone": GONE_GUARD,
    "if im gone": GONE_GUARD, "without me": AWHILE_GUARD, "fine without me": AWHILE_GUARD + "/me_for/me_while/me_tonight/me_at/me_this/me_on",
    "be fine without": AWHILE_GUARD + "/me_for/me_while/me_tonight/me_at/me_this/me_on", "better off": BETTER_OFF_GUARD, "better without": BETTER_OFF_GUARD,
    "give up": GIVE_UP_GUARD + "/on_sleep/sleep/on/trying_to", "giving up": GIVE_UP_GUARD,
    "cant go on": GO_ON_GUARD + "/a/an", "end it": END_IT_GUARD, "ending it": END_IT_GUARD,
    "overdos*": OD_GUARD + "/on_ketamine/risk/symptoms/warnings/warning/on_vitamins/on_prenatal",
    "im done": "!" + _CHORES.lstrip("!") + "/with/trying_to/for", "so done": "!with/for",
    "really done": "!with/for", "how many": DOSE_GUARD + "/do_i/should_i/can_i/a_day/mg",
    "how much": DOSE_GUARD + "/do_i/should_i/can_i/mg/does_it_cost/is/does", "a lot": "!of_medications/of_meds/of_pills",
    "we stopped": STOPPED_GUARD, "sleep forever": "!after/when/if", "gave away": "!the/her/his/my_old/old/all_the",
    "no aguanto": "!el_dolor/la_espalda/los/las/el/la/a_mi/a_mis", "not safe": "!to_drive/to/for/driving",
    "im ready": "!to_go_back/for/to_start/to_try/to_book", "ready to go": "!back/to/for",
    "burden": "!for_us/on_us/on_our/financially", "cord": "!was/wrapped/blood",
    "bye": "!to/for_now/cards/card/party", "goodbye": "!to/for_now/cards/card/party",
    "killing myself": "!trying/to_keep/at_work/working/over", "what i might do": "!wrong/if/when/about",
    "im ready": "!to_go/to_go_back/for/to_start/to_try/to_book/to_drop/to_get", "ready to go": "!back/to/for",
    "hit my head": "!on/against/when/while/getting", "jump off": "!the_couch/the_bed/the_sofa/the_table/the_chair",
    "letters to everyone": "!who", "si me voy": "!a", "dropped her": "!toy/bottle/paci/pacifier/spoon/phone/food",
    "dropped him": "!off/at", "drop him": "!off/at", "drop her": "!off/at",

}

# Guards for every entry of a concept that has none of its own: "pills in the morning", "knife set".
CONCEPT_GUARDS: dict[str, str] = {
    "meds": DOSE_GUARD, "means": "!set/sets/block/schedule/toll/traffic/sharpener/skills/club",
}


def _idioms() -> str:
    """Death words followed by the idiomatic endings the phrase families already guard against."""
    english = [a.replace("_", " ") for a in DIE_GUARD.lstrip("!").split("/") if a]
    spanish = [a.replace("_", " ") for a in ES_IDIOM.lstrip("!").split("/") if a]
    pairs = [f"{head} {tail}" for head in ("die", "dying", "died", "dead", "death") for tail in english]
    pairs += [f"{head} {tail}" for head in ("muerta", "muerto", "muero", "morir", "morirme", "muriendo")
              for tail in spanish]
    return "/".join(pairs + ["dead on my feet", "death of me", "de muerte", "dead tired", "to die for", "dying for"])


LEXICON["idiom"] = _idioms()

# Concepts that carry the idea of dying, ending or harm; the rest frame it (who, when, how).
CORE = ("death dead method means meds farewell bye absence burden hopeless with_me attempt self_harm "
        "baby_harm").split()
# A core concept and the framings or other core concepts that make it sure (CRISIS).
SURE_WITH: dict[str, str] = {
    "death": "plan time burden farewell bye means method with_me absence hopeless image_urge attempt access",
    "dead": "plan time burden farewell bye means method with_me absence hopeless image_urge attempt",
    "method": "plan time means access image_urge question hopeless farewell bye absence burden with_me "
              "attempt body",
    "means": "setting access amount question time plan body hopeless farewell absence with_me burden attempt",
    "meds": "setting access amount plan hopeless farewell absence with_me burden attempt death dead method",
    "self_harm": "on_purpose body hopeless attempt",
    "farewell": "absence time plan burden hopeless baby bye with_me",
    "bye": "time plan absence burden hopeless with_me",
    "burden": "absence hopeless plan with_me",
    "absence": "time plan hopeless with_me",
    "with_me": "hopeless time plan",
    "hopeless": "time plan attempt",
    "attempt": "time image_urge",
    "baby_harm": "image_urge on_purpose place",
    "place": "image_urge",
    "plan": "time",
}
# Alone, these are worth the gentle check-in (CONCERN).
CONCERN_ALONE = "emoji death method farewell absence burden hopeless plan baby_harm with_me attempt".split()
# Pairs worth the check-in but not sure on their own.
CONCERN_PAIRS = ("means image_urge", "meds question", "meds time", "meds image_urge")
# One step down (CRISIS to CONCERN, CONCERN to nothing): a TV plot or a toddler, "I'm safe", a joke,
# an accident, a question about dosing or a chore ("so done with pumping").
SOFTENERS = frozenset({"story", "safe", "softener"})
# A question about medication or treatment softens only the rules about medicines and methods.
MEDICAL_RULES = frozenset({"meds", "method", "baby_harm", "means"})


def _rules() -> tuple[tuple[Tier, frozenset[str]], ...]:
    sure = [(Tier.CRISIS, frozenset({core, other})) for core, others in SURE_WITH.items()
            for other in others.split()]
    return tuple(sure + [(Tier.CONCERN, frozenset({core})) for core in CONCERN_ALONE]
                 + [(Tier.CONCERN, frozenset(pair.split())) for pair in CONCERN_PAIRS])


RULES = _rules()
# Concepts that make a message "risk wording" for the next few minutes of the chat.
RISK = frozenset(CORE) | {"plan", "meds", "emoji"}
# Emoji that stand for a means or for death (safety.canonical() reads them as words too).
EMOJI = ("🔫", "🔪", "🗡", "💊", "🪢", "⚰", "🪦", "🩸", "☠")
# Primed by recent risk wording, these alone are enough for the sure tier.
PRIMED_ALONE = frozenset(CORE) - {"means", "dead"} | {"plan"}
WINDOW = 24  # words: concepts further apart than this are not read as one thought


@dataclass(frozen=True)
class ConceptReading:
    tier: Tier
    kinds: tuple[str, ...]  # the rule that set the tier, e.g. "means+access"
    risk: bool
    asks_about: bool = False  # "is that normal?": a question about thoughts, not only the thoughts


@dataclass(frozen=True)
class Lexicon:
    """Phrases indexed by their first word, and prefixes ("cut*") by their letters."""

    phrases: dict[str, tuple[tuple[tuple[str, ...], str, bool, tuple[str, ...]], ...]]
    prefixes: dict[str, tuple[str, tuple[str, ...]]]  # (rest, concept, last word is a prefix, guards)

    @classmethod
    def build(cls, read: Callable[[str], str]) -> Lexicon:
        """`read` turns a phrase into the detector's reading (the same as a message gets)."""
        phrases: dict[str, list[tuple[tuple[str, ...], str, bool, tuple[str, ...]]]] = {}
        prefixes: dict[str, tuple[str, tuple[str, ...]]] = {}
        for concept, entries in LEXICON.items():
            for entry in _entries(entries):
                guard = ENTRY_GUARDS.get(entry, CONCEPT_GUARDS.get(concept, "!"))[1:]
                guards = tuple(sorted({read(g.replace("_", " ")).strip() for g in guard.split("/") if g} - {""}))
                if entry.endswith("*") and " " not in entry:
                    prefixes[read(entry[:-1]).strip()] = (concept, guards)
                    continue
                words = tuple(read(entry.rstrip("*")).split())
                if words:
                    phrases.setdefault(words[0], []).append((words[1:], concept, entry.endswith("*"), guards))
        return cls({k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in phrases.items()}, prefixes)

    def tag(self, tokens: list[str]) -> list[tuple[int, str]]:
        """(position, concept) for every concept word or phrase, longest phrase first at a position."""
        hits: list[tuple[int, str]] = []
        for i, token in enumerate(tokens):
            for rest, concept, prefix, guards in self.phrases.get(token, ()):
                found = tokens[i + 1:i + 1 + len(rest)]
                if len(found) == len(rest) and (tuple(found) == rest or prefix and tuple(found[:-1]) == rest[:-1]
                                                and found[-1].startswith(rest[-1])):
                    if not _guarded(tokens, i + 1 + len(rest), guards):
                        hits.append((i, concept))
            for end in range(3, min(len(token), 12) + 1):
                found_prefix = self.prefixes.get(token[:end])
                if found_prefix:
                    if not _guarded(tokens, i + 1, found_prefix[1]):
                        hits.append((i, found_prefix[0]))
                    break
        return hits


def _guarded(tokens: list[str], at: int, guards: tuple[str, ...]) -> bool:
    """Whether the words from `at` on start with one of the guard continuations."""
    if not guards or at >= len(tokens):
        return False
    following = " ".join(tokens[at:at + 6]) + " "
    return any(following.startswith(g + " ") for g in guards)


def _entries(block: str) -> list[str]:
    """A lexicon block's entries: separated by "/", words inside an entry by spaces."""
    return [e.strip() for e in block.replace("\n", " ").split("/") if e.strip()]


_RANK = {Tier.NONE: 0, Tier.CONCERN: 1, Tier.CRISIS: 2}


def _window_tier(present: set[str], primed: bool) -> tuple[Tier, str]:
    """The tier one window of concepts earns, and the rule that earned it."""
    for tier, need in RULES:
        if need <= present:
            if tier is Tier.CONCERN and primed:
                tier = Tier.CRISIS
            if "idiom" in present:  # "die of embarrassment", "muerta de cansancio"
                return Tier.NONE, ""
            if present & SOFTENERS or "medical" in present and need & MEDICAL_RULES:
                tier = Tier.CONCERN if tier is Tier.CRISIS else Tier.NONE
            return tier, "+".join(sorted(need))
    if primed and present & PRIMED_ALONE:
        return Tier.CRISIS, "primed+" + min(present & PRIMED_ALONE)
    return Tier.NONE, ""


def read_concepts(tokens: list[str], lexicon: Lexicon, *, primed: bool = False,
                  emoji: bool = False) -> ConceptReading:
    """The highest tier any window earns: the concepts from a hit to WINDOW words after it, with
    softeners and idioms looked for WINDOW words either side. `emoji`: the message used an emoji
    for a means or for death ("🔫 + me"), which alone is worth the check-in."""
    hits = lexicon.tag(tokens)
    if emoji:
        hits.insert(0, (0, "emoji"))
    positions = [at for at, _ in hits]
    best, kinds = Tier.NONE, []
    for at, _ in hits:
        present = {c for _, c in hits[bisect_left(positions, at):bisect_right(positions, at + WINDOW)]}
        around = hits[bisect_left(positions, at - WINDOW):bisect_right(positions, at + WINDOW)]
        present |= {c for _, c in around if c in SOFTENERS or c in ("idiom", "medical", "asks_about")}
        tier, rule = _window_tier(present, primed)
        if _RANK[tier] > _RANK[best]:
            best, kinds = tier, [rule]
        elif tier is best and rule and rule not in kinds:
            kinds.append(rule)
    risk = any(c in RISK for _, c in hits)
    asks = any(c == "asks_about" for _, c in hits)
    return ConceptReading(best, tuple(f"concept:{k}" for k in kinds[:3]), risk, asks)
