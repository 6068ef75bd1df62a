"""Crisis detection: does this message need the crisis contacts?

Independent of the matcher, run first on every message, and never overruled. Missing a person in
crisis is the worst failure this product can have and a false alarm is cheap, so the patterns lean
towards firing. Negation does not suppress them ("I'm not suicidal but..." still fires).

How a message is read:
1. `canonical()` undoes the usual disguises: look-alike letters (Cyrillic, Greek, fullwidth),
   leetspeak inside words (k1ll, $uicide), letters spaced or dotted out (s u i c i d e, k.i.l.l),
   repeated letters (diieee), apostrophes (don't -> dont). Repeated letters are squashed to one in
   the text *and* in the patterns, so "kill" and "kiiill" both read "kil".
2. Misspelled key words are corrected by edit distance against a short list (suicidel -> suicidal).
3. Phrase patterns grouped by family are searched in the result. They are built from a small
   word-slot notation into regexes with bounded gaps only, so matching stays linear in the length
   of the message (no nested quantifiers, no catastrophic backtracking).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from bot.text import fold_unicode

# --- reading through disguises ----------------------------------------------------------------

_LOOKALIKES = str.maketrans({
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ɡ": "g", "ӏ": "l", "һ": "h", "ԛ": "q", "ԝ": "w",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "s", "σ": "s", "λ": "l", "μ": "u",
    # Latin look-alikes NFKC keeps
    "ł": "l", "ø": "o", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe",
})
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s",
         "!": "i", "|": "l", "+": "t", "€": "e", "9": "g"}
_LEET_CHARS = re.escape("".join(_LEET))
# A leet character touching a letter (k1ll, $uicide, d1e); '!' only between letters (die! stays).
_LEET_IN_WORD = re.compile(rf"(?<=[a-z])[{_LEET_CHARS}]+|[{_LEET_CHARS}]+(?=[a-z])")
_SPACED_LETTERS = re.compile(r"(?<![a-z])(?:[a-z][^a-z0-9\n]{1,3}){2,}[a-z](?![a-z])")
_REPEATS = re.compile(r"([a-z])\1+")
_NON_WORD = re.compile(r"[^a-z0-9]+")

# The few mangled forms a joined-up run of single letters is checked for, with no spaces at all.
_COMPACT_ROOTS = ("suicid", "unaliv", "kilmyself", "kilmyslf", "kms", "kys", "selfharm", "wantodie",
                  "wanadie", "endmylife", "hurtmyself", "cutmyself", "overdos", "matarme", "morir")


def squash(text: str) -> str:
    """Repeated letters to one: 'kiiill' -> 'kil', 'worthless' -> 'worthles'."""
    return _REPEATS.sub(r"\1", text)


def _unleet(match: re.Match[str]) -> str:
    chars = match.group(0)
    if "!" in chars and not (match.start() > 0 and match.string[match.start() - 1].isalpha()
                             and match.end() < len(match.string) and match.string[match.end()].isalpha()):
        chars = chars.replace("!", " ")
    return "".join(_LEET.get(c, c) for c in chars)


@dataclass(frozen=True)
class Reading:
    words: str  # " word word word " : squashed words, single spaces, padded
    compact_runs: tuple[str, ...]  # letters that had been spaced out, joined


def canonical(text: str) -> Reading:
    text = fold_unicode(text).translate(_LOOKALIKES).replace("'", "")
    text = _LEET_IN_WORD.sub(_unleet, text)
    runs: list[str] = []

    def join(match: re.Match[str]) -> str:
        joined = "".join(ch for ch in match.group(0) if ch.isalpha())
        runs.append(squash(joined))
        return f" {joined} "

    text = _SPACED_LETTERS.sub(join, text)
    text = squash(_NON_WORD.sub(" ", text))
    return Reading(words=f" {text.strip()} ", compact_runs=tuple(runs))


# Words worth correcting when misspelled, already squashed. Only these are corrected, and only
# tokens of 5+ letters, so ordinary words are never turned into alarming ones.
_KEY_WORDS = tuple(sorted({squash(w) for w in """
    suicide suicidal suicidally myself herself himself themselves overdose overdosing unalive
    killing hurting harming cutting worthless burden anymore without living alive pills
    strangle smother suffocate drown drowning stockpiling stockpile hanging lethal goodbye
    disappear better wanted thoughts baby""".split()}))


@lru_cache(maxsize=8192)
def _correct(token: str) -> str:
    if len(token) < 5 or token in _KEY_WORDS or not token.isalpha():
        return token
    limit = 1 if len(token) < 8 else 2
    best = process.extractOne(token, _KEY_WORDS, scorer=DamerauLevenshtein.distance, score_cutoff=limit)
    return best[0] if best else token


# --- the pattern notation ---------------------------------------------------------------------
# A phrase is slots separated by spaces. A slot lists alternatives with "/", "_" stands for a
# space inside an alternative, a trailing "?" makes the slot optional, and "~N" skips up to N
# words. Example: "want/wanna to? ~1 die/be_dead" matches "want to die", "wanna just be dead".

I = "i/im/i_am/ive/i_have/id/i_would/ill/i_will/me/i_just/i_really/i_kinda/i_sometimes/i_still"
SELF = "myself/my_self/me_self/mself/myslf/self"
THIRD_SELF = "herself/himself/themselves/themself/her_self/him_self"
WANT = ("want/wants/wanted/wanting/wanna/wana/wnat/wish/wishing/going/gonna/plan/planning/ready/"
        "tempted/trying/try/thinking/thought/think/considering/urge/urges/need/have/decided/"
        "deserve/should/feel_like/feels_like")
DIE = ("die/died/dying/be_dead/being_dead/not_exist/not_be_alive/not_be_here/stop_existing/"
       "disappear/vanish/sleep_forever/never_wake_up/not_wake_up/end_it/end_it_all/end_things/"
       "end_everything/end_this/end_my_life/be_gone/not_live/leave_this_world/check_out/"
       "go_to_sleep_forever/be_with_god")
LIFE = "life/own_life/lives/own_lives"
BABY = ("baby/babies/babe/newborn/infant/son/daughter/child/children/kid/kids/little_one/boy/girl/"
        "twins/bebe/hijo/hija/nino/nina")
HARM = ("hurt/hurting/harm/harming/kill/killing/shake/shaking/shook/smother/smothering/drown/"
        "drowning/suffocate/suffocating/strangle/strangling/choke/choking/stab/stabbing/"
        "throw/throwing/drop/dropping/hit/hitting/poison/poisoning/snap/snapping/squeeze/"
        "squeezing/get_rid_of/abandon/leave")
MEANS = "pills/meds/medication/medications/tablets/sleeping_pills/tylenol/xanax/painkillers/pain_pills/insulin/oxy"

FAMILIES: dict[str, tuple[str, ...]] = {
    # Explicit suicidal thoughts, first or third person.
    "suicidal": (
        "suicide/suicidal/suicidally/suicidality/sucide/suiside/suicde/suicdal/sewerslide/sewer_slide/"
        "unalive/unaliving/unalived/kms/kys/ctb/self_delete/delete_myself",
        "kill/killing/kil/end/ending/off/offing/hang/hanging/shoot/shooting/drown/drowning " + SELF,
        "kill/killing/end/ending/off/offing/hang/hanging/hurt/hurting/harm/harming/cut/cutting " + THIRD_SELF,
        "end/ending/take/taking/took/lose/losing/finish ~1 my/her/his/their " + LIFE,
        WANT + " to/about/of/on/that/i/on_how_to? ~2 " + DIE,
        "die/dead/gone/dying ~1 by_my_own_hand/by_suicide",
        "end_it_all/ending_it_all/end_it_now/ending_it_now",
        "ready/want/going/gonna/plan to end/ending it",
        "kill/killing me ~1 please/now_please",
        "let/letting me die",
        "rather/better be? dead/die",
    ),
    # Passive wishes not to be alive, and feeling a burden.
    "passive": (
        "dont/do_not/didnt/dont_really/no_longer/never want/wanna/wish to? ~1 be_alive/live/exist/wake_up/"
        "be_here/go_on/keep_going/keep_living/be_around/continue/be_born/be_anymore/living",
        "wish/hope " + I + "? ~2 dead/die/died/never_born/never_been_born/gone/not_here/disappear/"
        "not_wake_up/dont_wake_up/never_wake_up/wasnt_here/werent_here/wasnt_born/not_alive/"
        "could_disappear/would_disappear/just_disappear/sleep_forever/could_sleep_forever",
        "better/easier/happier/fine ~1 off? ~1 without me",
        "better/easier off dead/gone",
        "better/easier ~2 if " + I + "? was/were/wasnt/werent/died/weren/wasn/dead/gone/not_here/never",
        "if " + I + "? was/were/wasnt/werent gone/dead/not_here/not_around/never_born",
        "no/nothing/no_more/not_any ~1 reason/point/will/reasons/purpose to/in/for? ~1 live/living/go_on/"
        "going_on/keep_going/be_alive/being_alive/life/stay/exist/existing",
        "nothing/nobody/noone/no_one ~1 to/worth live/living/stay_for/live_for",
        "life/living is/isnt/not/aint/feels ~2 worth/pointless/meaningless/not_worth",
        "not/isnt/nt worth living/being_alive/it_anymore",
        "what_is/whats the point ~1 of/in living/life/going_on/anything/being_alive/existing",
        "cant/can_not/cannot/unable/dont_think_i_can ~1 go_on/keep_going/do_this_anymore/do_it_anymore/"
        "take_it_anymore/take_this_anymore/live_like_this/keep_living/handle_life/do_life/continue_living",
        "tired/sick/exhausted/done of/with? ~1 living/being_alive/life/existing/my_life/it_all",
        I + "? ~2 a/such_a/the/just_a/only_a ~1 burden",
        "burden to/on/for ~1 everyone/everybody/my/our/them/family/people/others/you",
        "disappear/vanish/sleep/gone forever/for_good/permanently/and_never_come_back/and_not_wake_up",
        "no/not/never ~1 wake/waking up ~1 again/anymore/tomorrow/in_the_morning",
        "nobody/noone/no_one ~3 miss/care/notice ~2 if/when " + I + "? ~1 gone/dead/died/disappeared/wasnt_here",
        "no_way_out/no_way_to_escape/only_way_out/way_out_is",
        "dont/dont_really/no_longer care if " + I + "? live/die/wake/dead",
        "everyone/everybody/they/family/kids/baby/husband/world would/will be better",
        "want/wanna/wish to? disappear",
        "goodbye/good_bye world/cruel_world/forever",
    ),
    # Self-harm.
    "self-harm": (
        "hurt/hurting/hurted/harm/harming/cut/cuting/cutting/burn/burning/punish/punishing/scratch/"
        "scratching/hit/hitting/starve/starving/bruise/bruising/injure/injuring " + SELF,
        "self_harm/selfharm/self_harming/self_injury/self_injure/self_mutilation/self_hurt",
        "been/started/start/thinking_about/thought_about/think_about/urge_to/urges_to/want_to/wanna/"
        "keep/back_to/relapsed/relapse_on/tempted_to/went_back_to cut/cutting/burning_myself",
        "cut/cutting/slit/slitting/slash/slashing ~1 my/her/his wrist/wrists/arms/arm/legs/thighs/skin/veins",
        I + "? ~1 deserve ~1 pain/to_hurt/to_suffer/to_be_hurt/to_feel_pain/to_bleed/it/to_be_punished",
        "bleed/bleeding on_purpose",
        "on_purpose " + I + "? hurt",
        "hurt/harm/cut/burn/hit " + I + "? ~1 on_purpose",
        "blade/razor/razors ~3 skin/arms/wrist/wrists/myself/legs",
    ),
    # Plans and means, said directly or indirectly.
    "means": (
        "take/taking/took/swallow/swallowing/swallowed/down/downing/ingest/eat ~1 all/whole/entire/bottle/"
        "handful/every/bunch/lot ~2 " + MEANS,
        "all/whole_bottle_of/bottle_of/handful_of/bunch_of ~1 my/the/these/those/of_my " + MEANS + " at_once/together/tonight/now",
        "stockpile/stockpiling/stockpiled/hoard/hoarding/hoarded/save/saving/saved/collect/collecting/"
        "stash/stashing/gather/gathering/saving_up ~2 " + MEANS,
        "overdose/overdosing/overdosed/od/oding/ode on? ~2",
        "lethal/deadly/fatal/toxic/killing/overdose ~1 dose/amount/dosage",
        "how_many/how_much ~3 " + MEANS + "/it/would/does ~3 kill/die/take_to_die/lethal/to_overdose/fatal",
        "how_many/how_much ~2 to/would/does/will ~1 kill_me/kill_a_person/die/make_me_die",
        "jump/jumping/jumped/leap/leaping ~1 off/from/in_front_of/into ~2 bridge/building/roof/balcony/"
        "cliff/window/train/tracks/traffic/overpass/parking_garage",
        "bridge/roof/cliff/ledge ~3 jump/jumping/end/ending/throw_myself",
        "throw/throwing " + SELF + " off/from/in_front_of/into",
        "step/stepping/walk/walking ~1 in_front_of/into ~1 a/the ~1 train/truck/bus/car/traffic",
        "drive/driving/crash/crashing ~2 into/off ~2 tree/wall/traffic/bridge/cliff/river/lake/oncoming",
        "rope/noose/belt ~3 neck/hang/hanging/myself/beam/ceiling/closet",
        "gun/pistol/rifle/firearm ~3 head/mouth/myself/end/die/use_it_on",
        "goodbye/farewell/suicide ~1 letter/letters/note/notes/message/messages/video",
        "write/writing/wrote/written/writen ~2 letter/letters/note/notes ~1 to/for ~1 my/our ~1 " + BABY + "/family/husband/wife/partner/mom/everyone",
        "give/giving/gave ~1 away ~1 my/all_my ~1 things/stuff/belongings/possessions/clothes/everything",
        "made/have/got/making/finished a? ~1 plan/plans to/for ~2 die/end/kill/it/suicide/death",
        "said/saying/say my? ~1 goodbye/goodbyes/farewell/last_goodbye to/for",
        "how/ways/best_way/easiest_way/painless_way/quickest_way to ~2 die/kill/end_it/end_my_life/overdose/hang",
        "painless/quick/easy/quiet ~1 way/death/method/suicide",
        "carbon_monoxide/tie_a_noose/in_the_bathtub_with/car_running_in_the_garage",
        "wrist/wrists ~2 cut/slit/slice",
    ),
    # Thoughts of harming the baby or a child, including intrusive thoughts and voices.
    "harm-baby": (
        I + "/to/of/about/that/might/could/will/would/afraid/scared/fear/worried/urge/urges/thoughts/"
        "thought/images/image/picture/picturing/imagine/imagining/visions/keep_seeing/what_if_i ~2 "
        + HARM + " ~1 my/the/our/this/that/her/his ~1 " + BABY,
        I + "/to/of/about ~2 " + HARM + " ~1 him/her/them ~3 baby/newborn/son/daughter/cry/crying/screaming",
        "baby/newborn/son/daughter/child/kids ~2 must/has_to/have_to/should/needs_to/deserves_to ~1 go/die/disappear/be_gone/suffer",
        "baby/newborn/son/daughter/child/kids ~3 better_off ~1 without/dead/gone",
        "hear/hearing/heard/hears ~2 voice/voices/someone_telling/things_telling",
        "voice/voices ~3 tell/tells/telling/told/say/says/saying/said/command/commanding/whisper",
        "shaken_baby",
        "want/wanted/wish/going/gonna/urge/thinking to? ~2 " + HARM + " ~1 my/the/our/this ~1 " + BABY,
        "throw/throwing/drop/dropping " + I + "? ~1 baby/newborn ~2 stairs/window/wall/floor/balcony",
        "not/never safe with/around my/the ~1 " + BABY,
        BABY + " ~2 is/would_be/isnt/not ~1 safe ~2 with/around me",
        "dont_trust_myself/cant_trust_myself/scared_of_myself/afraid_of_myself ~3 baby/with/around",
        "intrusive/scary/dark/horrible/terrible/awful/violent ~1 thoughts/thought/images/urges ~3 "
        + HARM + "/baby/newborn/son/daughter/kid/child",
    ),
    # Spanish (accents are removed before matching).
    "spanish": (
        "suicidarme/suicidarse/suicidio/suicida/suicidar/me_voy_a_suicidar",
        "quiero/quisiera/quieres/quiere/ganas_de/deseo/voy_a/pienso_en/pensando_en/pense_en ~2 morir/morirme/"
        "matarme/desaparecer/estar_muerta/estar_muerto/no_despertar/dejar_de_vivir/quitarme_la_vida/"
        "acabar_con_todo/acabar_con_mi_vida/terminar_con_mi_vida/irme_para_siempre",
        "me quiero/voy_a/puedo/podria ~1 matar/morir/suicidar/ir_para_siempre",
        "matarme/quitarme_la_vida/acabar_con_mi_vida/terminar_con_mi_vida/quitarse_la_vida",
        "no quiero/puedo/aguanto ~2 vivir/seguir_viviendo/seguir/estar_aqui/despertar/existir/mas/mas_con_esto/estar_viva/estar_vivo",
        "mejor/mejores/felices ~2 sin mi",
        "mejor ~1 muerta/muerto/morir/morirme/desaparecer",
        "no ~1 vale/tiene ~1 la_pena/sentido ~1 vivir/seguir/la_vida",
        "hacerme/hacerle/hacerse ~1 dano/danio/mal",
        "lastimarme/lastimarse/cortarme/cortarse/herirme/herirse/quemarme/golpearme",
        "lastimar/lastimarlo/lastimarla/danar/hacerle_dano/matar/ahogar/sacudir/tirar/herir ~2 a? ~1 mi/el/al/la/nuestro ~1 bebe/hijo/hija/nino/nina",
        "escucho/oigo/escuchar/oir ~1 voces/una_voz",
        "sobredosis",
        "tomar/tomarme/tomarme_todas ~1 todas ~1 las/mis ~1 pastillas",
        "soy una carga",
        "no_hay_salida/sin_salida/no_veo_salida",
        "ya no ~2 aguanto/puedo_mas/quiero_vivir",
        "despedirme/carta_de_despedida/notas_de_despedida",
    ),
}


def _slot(slot: str) -> str:
    optional = slot.endswith("?") and len(slot) > 1
    if optional:
        slot = slot[:-1]
    if re.fullmatch(r"~\d", slot):
        return f"(?:[a-z0-9]+ ){{0,{slot[1:]}}}"
    alternatives = sorted({squash(a.replace("_", " ")) for a in slot.split("/") if a}, key=len, reverse=True)
    body = "(?:" + "|".join(re.escape(a) for a in alternatives) + ") "
    return f"(?:{body})?" if optional else body


def compile_phrase(phrase: str) -> re.Pattern[str]:
    """The slot notation above, as a regex over canonical text (words padded by single spaces)."""
    return re.compile("(?<= )" + "".join(_slot(s) for s in phrase.split()))


_COMPILED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (family, compile_phrase(phrase)) for family, phrases in FAMILIES.items() for phrase in phrases
)


@dataclass(frozen=True)
class CrisisVerdict:
    is_crisis: bool
    kinds: tuple[str, ...] = ()  # which families fired; never the text itself

    def __bool__(self) -> bool:
        return self.is_crisis


class CrisisDetector:
    """The built-in families plus any staff phrases (which add, and can never remove)."""

    def __init__(self, extra_phrases: Sequence[str] = ()) -> None:
        extras = []
        for phrase in extra_phrases or ():
            if isinstance(phrase, str):
                words = canonical(phrase).words.strip()
                if len(words) >= 3:
                    extras.append(re.compile("(?<= )" + re.escape(words) + "(?= )"))
        self._extras = tuple(extras)

    def check(self, text: str) -> CrisisVerdict:
        if not isinstance(text, str) or not text:
            return CrisisVerdict(False)
        text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates and the like
        reading = canonical(text)
        corrected = " " + " ".join(_correct(t) for t in reading.words.split()) + " "
        kinds = []
        for family, pattern in _COMPILED:
            if family not in kinds and (pattern.search(reading.words) or (corrected != reading.words and pattern.search(corrected))):
                kinds.append(family)
        if any(root in run for run in reading.compact_runs for root in _COMPACT_ROOTS):
            kinds.append("obfuscated")
        if any(p.search(reading.words) for p in self._extras):
            kinds.append("staff-phrase")
        return CrisisVerdict(bool(kinds), tuple(kinds))


_DEFAULT = CrisisDetector()


def detect_crisis(text: str, extra_phrases: Sequence[str] = ()) -> CrisisVerdict:
    detector = CrisisDetector(extra_phrases) if extra_phrases else _DEFAULT
    return detector.check(text)
