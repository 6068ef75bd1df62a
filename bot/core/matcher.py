"""Match a patient's question against the FAQ, or hold back.

The FAQ is indexed once. A query is normalised the same way as the FAQ's own questions (folding,
contractions, spelling correction against the FAQ's vocabulary, staff synonyms, filler removal,
light stemming; words saying how to answer, 'in plain english', are fillers, a possessive reads as its
owner, and the 'apart' of 'tell X apart from Y' or 'what sets X apart from Y' is the difference), then scored against every alternate question with two measures:

* an IDF-weighted overlap of words, where a word shared by many entries ("ketamine") counts for
  little, a distinctive word ("breastfeed") for a lot, and a word the FAQ never uses ("insurance")
  counts *against* the match, because it means the question is about something the FAQ lacks;
* rapidfuzz's token ratio over the normalised text, which rewards word order and near-spellings.

An entry's score is its best question's (the sentences of its answer count as phrasings too, so a
young entry with five phrasings is still read through what it says), blended with how much of the
query its whole vocabulary covers (a young entry's thin vocabulary need cover less when it wins by a wide lead), and lowered a little when the entry is not about the aspect the
question asks (how long it lasts, how fast it works, when it starts: see aspects.py). An entry is
not answered with confidence when the question names, in a frame such as "how long does <X> last",
a subject its phrasings never put there, or asks what the clinic offers and none of its phrasings
ask that way (subjects learned from the phrasings, aspects.py). An entry that is the one to answer the
aspect asked ("is it a pill or a shot": its form), well ahead and with no close entry answering that aspect
or knowing a word it lacks, needs less of the question's words ('pill' is not its word). In a message whose statements tell a
story around a question, a story word the entry does not know counts only a little against it.
A message naming one particular drug, drink or supplement ("zoloft", "wine", "coffee", "melatonin")
is not answered by an entry that never speaks of that kind of thing at all, nor by any entry when it
asks about taking that drug together with the treatment: it is offered as a suggestion instead.
A question asking for a figure ("what percent of moms get it", "how many infusions") is answered only by an entry whose
answer gives one, and a request bound to a place ("support groups near me") only by an entry whose
phrasings speak of the location.
A question naming a term staff gave a not-covered topic ("colic" is baby care) is not answered by an
entry when that topic is the runner-up, even from further behind when that term is what is asked ("what
dose did the study use"). A message whose one question comes with statements around it
("I'm the dad, I didn't give birth. can I still get it?") is read whole when the whole is answered, and
so is a part that points back at the rest ("... What sets them apart?").
A young entry (fewer than full_phrasings phrasings) has its score read higher against the answer
thresholds, as its few phrasings score the same fit lower; the lead it needs is the same, except over a
not-covered topic when its phrasings or title use every content word of the question: both scores are
then read at their lifts. Against the contrast threshold only when it knows every content word of the question.
A question asking what something is, in exactly the words of a phrasing that only names a thing
("what is a ketamine infusion" and the phrasing "ketamine infusion"), is that phrasing's entry's.
Confidence looks at the margin over the runner-up entry as
well as the top score: a clear winner is answered, a plausible but contested one gets "did you
mean", and anything weaker gets the fallback.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import KeysView
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

import snowballstemmer

from bot.core import spanish
from bot.core.aspects import agreement, answered_by, aspects_of, profiles, subject_agrees, subject_profiles, subjects_of
from bot.core.knowledge import FaqEntry, Knowledge
from bot.core.joins import WordJoiner
from bot.core.text import MAX_MATCH_CHARS, fold_unicode, words

# Words that carry no topic. They get a small fixed weight whatever the FAQ contains, so neither
# their presence nor their absence decides a match. Question words (what, when, how...) are not
# here on purpose: "when does it start" and "what is it" are different questions.
# Round 52 (en52): 'anybody' and 'nobody' name no one, as 'anyone' does.
# A formal register's courtesy and hedging words ('respectfully', 'kindly', 'I would appreciate', 'approximately',
# 'fundamentally') carry no topic either; a few are here so the typo corrector leaves them alone: 'clinical' is
# not the clinic, 'addition' not addiction, 'the latter' not a latte.
ENGLISH_STOPWORDS = frozenset(
    """a an the i me my mine myself we our you your yours he she him her his it its they them their
    this that these those am is are was were be been being do does did doing have has had having
    will would shall should can could may might must of to in on at by for with about from into
    onto over under as and or but if so than then too very just also really any some there here
    not no yes get got go going thing things one anything something kind sort lot much many
    oh ok okay um uh like well still even ever only actually own use used using people person
    id once out up way ways find say said tell which best during look looks put day days week
    weeks month months year years time times now again new other else another such every each
    exist exists need want know think thought feel make made take give come let see try tried
    someone somebody anyone everyone everybody all both more most less least lots bit little
    honestly honest literally basically seriously totally exactly definitely probably maybe perhaps
    lol idk omg tbh stuff anyway anyways fine super pretty quite enough felt worse worst understand
    read wrote heard hear saw seen told ask asked asking wonder type pick wise legit true whether
    though although since because until neither either whatever already yet sure guess seem seems
    mean means good usual usually happen happens point explain describe single whole list old ready role part
    lately recently currently actual meant intended generally plus
    aware convinced inside regarding concerning
    appreciate appreciated respectfully kindly concise concisely briefly enumeration clarification clarify
    advise determine pertaining furthermore therefore merely initial precisely
    addition explanation background scope overview latter former
    gather practical several demonstrate demonstrated demonstrates summarize summarise conducted pharmacological
    pharmacologically references enumerate recognized recognised align aligns fundamentally approximately
    essentially categorized categorised simply
    specialize specialise specializes specialises specialized specialty
    anybody nobody
    sister sisters brother brothers cousin aunt niece coworker neighbor neighbour roommate bestie""".split()
)

STOPWORDS = ENGLISH_STOPWORDS | spanish.STOPWORDS

# English chat spellings and the contractions text.words() leaves whole, read as the full words.
ENGLISH_CHAT = {
    "wat": "what", "wut": "what", "wht": "what", "hw": "how", "kinda": "kind of", "sorta": "sort of",
    "it'll": "it will", "that'll": "that will", "you'll": "you will", "she'll": "she will",
    "he'll": "he will", "they'll": "they will", "we'll": "we will", "idk": "i do not know",
    "rn": "right now", "cuz": "because", "coz": "because", "ppl": "people", "yall": "you", "y'all": "you",
    "kno": "know", "itll": "it will", "tho": "though", "altho": "although",
    "wats": "what is", "wat's": "what is", "wuts": "what is", "wut's": "what is", "how's": "how is", "hows": "how is",
    "who's": "who is", "whos": "who is", "where's": "where is", "wheres": "where is", "when's": "when is",
    "gf": "girlfriend", "gfs": "girlfriends", "bf": "boyfriend", "bfs": "boyfriends", "w": "with",
}
# They tell what kind of answer is wanted, not what it is about: they rank, but do not count
# towards the coverage of a question's topic.
QUESTION_WORDS = frozenset("what how when where why who which whi".split())

# Phrases that say nothing about the question. Removed before scoring (after folding). A formal request's
# frame ('please advise as to', 'I would be grateful for', 'pertaining to') is one of them; so is 'my schedule'
# (the asker's busy week, not booking) and 'a defined' ('a defined window', not a definition).
# Round 56 (en56): the formal register's frame ('from a clinical standpoint', 'in your view') asks nothing either.
# Round 55 (es55): 'x fa' / 'por fa' is 'por favor'; '... o es otra cosa diferente?' offers 'something else' as the other answer; it names nothing compared.
FILLERS = tuple(
    tuple(phrase.split())
    for phrase in """hi|hello|hey|hiya|good morning|good afternoon|good evening|good night|quick question|a quick question|
    question|please|pls|thank you|thanks|thank u|sorry|excuse me|i was wondering|i am wondering|
    was wondering|wondering|i would like to know|i want to know|i wanted to know|i need to know|
    can you tell me|could you tell me|can you explain|could you explain|tell me|let me know|
    do you know|i have a question|i had a question|just curious|i am curious|curious|
    in general|by the way|btw|or nah|asap|as soon as possible|hola|por favor|por fa|gracias|buenas|dear|una pregunta|tengo una pregunta|
    tengo una duda|me pueden decir|me puede decir|me podrian decir|me pueden explicar|me puede explicar|
    me podrian explicar|me podria explicar|me puedes explicar|me explicas|
    quisiera saber|quiero saber|queria saber|me gustaria saber|buenas noches|buenas tardes|buenos dias|
    disculpe|disculpa|perdon|in plain english|in plain words|in plain terms|in plain language|in simple words|
    in simple terms|in simple language|in normal words|in layman terms|in laymans terms|in lay terms|
    plain english|simple words|simple terms|medically speaking|clinically speaking|scientifically speaking|
    technically speaking|biologically speaking|strictly speaking|generally speaking|clinically|
    give me the list|give me a list|give me the rundown|give me a rundown|
    asking as her husband|as her husband|i am her husband|asking as her partner|as her partner|i am her partner|
    asking as his wife|as his wife|i am his wife|
    de antemano|gracias de antemano|disculpe la molestia|perdon la molestia|disculpe la hora|perdon la hora|
    en pocas palabras|en cuanto a|con respecto a|respecto a|en terminos sencillos|explicado facil|explicar facil|
    en terminos simples|explicado sencillo|explicado simple|de forma sencilla|de manera sencilla|
    estar pendiente|para estar pendiente|watch for|watching for|watch out for|watching out for|look out for|looking out for|
    keep an eye out for|military spouse|military wife|military husband|army wife|navy wife|military family|
    give it a shot|giving it a shot|worth a shot|give it a go|worth a go|
    i would appreciate|i would be grateful for|i would be grateful|could you provide|can you provide|please advise|
    please advise as to|as to|i wish to determine|i wish to know|i wish to understand|i am writing regarding|
    i am writing about|i am writing to ask|i am writing to inquire|pertaining to|with regard to|with respect to|
    in addition to|ahead of time|go ahead and|went ahead and|going ahead and|so called|something called|a thing called|for my own understanding|before we proceed any further|
    before we proceed|if i may|i would like clarification on|i would like clarification|
    a defined|a clearly defined|a well defined|my schedule|her schedule|his schedule|our schedule|busy schedule|
    work schedule|demanding schedule|
    me gustaria conocer|quisiera conocer|me interesa conocer|me interesa saber|quisiera comprender|quisiera entender|
    me gustaria entender|me gustaria comprender|tengo entendido que|les escribo porque|les escribo para|con precision|
    se trate de|se trata de|que se trate de|in the first place|just tell me simple|tell me simple|tell me simply|
    otra cosa diferente|otra cosa distinta|una cosa diferente|una cosa distinta|
    from a clinical standpoint|from a clinical perspective|from a medical standpoint|from a medical perspective|
    from a purely informational standpoint|from an informational standpoint|in your view|in your clinical view""".replace("\n", "").split("|")
)

# Canonical terms whose variants each name one particular thing (a drug's brand, a drink): a
# question about "zoloft" or "wine" is about that thing, and an entry that never speaks of the
# kind at all ("can I take zoloft while breastfeeding" -> breastfeeding) does not answer it.
NAMED_KINDS = frozenset({"antidepressant", "othermeds", "othercondition", "alcohol", "caffeine", "supplement", "law"})

# A question asking how common something is ("what percent of moms get it", "how many women were in
# that study") wants a figure; only an entry whose answer gives one (a count of people, a share)
# answers it. Read on normalised words; the answer's figures on its raw text.
# 'what does it mean', 'define ppd': the question asks for a meaning
_ASKS_MEANING = re.compile(r"\bmean\b|\bdefin")
_ASKS_FIGURE = re.compile(
    r"\bhow (?:common|rare|widespread|frequent)\b|\bwhat (?:percent|percentag|proport|fraction|share)\b|\bpercentag"
    # ("how many treatment options" asks which treatments, not a number of them)
    r"|\bstatist|\bhow (?:many|mani) (?:\S+ )?(?:infus|session|treatment(?!\S* option)|visit|dose)"
    r"|\bhow (?:many|mani) (?:women|mother|peopl|patient|men|father|parent|participant)\b|\bporcentaj|\btan comun\b"
    # Spanish: "cuántas mujeres", "cuántos papás", "estadísticas"
    r"|\bcuant[oa]s? (?:women|mother|personas|peopl|patient|men|father|parent|participant)\b|\bestadist"
)
_GIVES_FIGURE = re.compile(
    r"\b\d[\d,.]*\s*(?:%|percent|per cent|out of\b|in \d|women|men|mothers|fathers|people|patients|participants)"
    r"|\b(?:one|two|three|1|2|3) in (?:\d+|five|six|seven|eight|ten)\b",
    re.IGNORECASE,
)

# A question asking for the exact street address ('the street address, I need it for my GPS', 'cuál
# es la dirección exacta') wants one; only an entry whose answer gives a street and number answers it
# ('serves patients in the Gilbert area' does not, though it answers 'address of the clinic'). Read
# on the folded words of the message: the synonyms read 'address' as 'location'.
_ASKS_ADDRESS = re.compile(
    r"\b(?:street|exact|full|physical|mailing) address\b|\baddress\b.*\bgps\b|\bgps\b.*\baddress\b"
    r"|\bdireccion (?:exacta|completa)\b|\bdireccion\b.*\bgps\b|\bnumero de suite\b|\bsuite number\b"
)
_GIVES_ADDRESS = re.compile(r"\b\d+ [A-Z]\w* (?:\w+ )?(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|parkway|pkwy)\b",
                            re.IGNORECASE)

# A question asking for a contact detail ('what's the phone number', 'your email address', 'número de
# teléfono', 'correo electrónico') wants one; only an entry whose answer gives a number to dial or an
# email address answers it ('call our office' names no number). Read on the folded words of the message.
_ASKS_CONTACT = re.compile(
    r"\b(?:phone|telephone|fax|cell|office|clinic's|your) (?:number|no|num|#)\b"
    r"|\bemail address\b|\be-?mail (?:for|of|to)\b|\byour e-?mail\b"
    r"|\bnumero (?:de )?(?:telefono|tel|celular|whatsapp|fax)\b|\btelefono (?:de|del) (?:la |el )?(?:clinica|oficina|consultorio)\b"
    r"|\bsu (?:telefono|correo|numero)\b|\bcorreo (?:electronico|de (?:la |el )?(?:clinica|oficina))\b"
)
_GIVES_CONTACT = re.compile(r"\b\d{3}\b[-. )]*\d{3}[-. ]\d{4}\b|\b\d{3}\b|\S+@\S+\.\w+")

# A question about the wait for a first visit ('is there a waitlist', 'how soon can I be seen', 'lista de
# espera') asks for the clinic's availability, which only an entry whose answer speaks of a wait or a
# waitlist answers; not how soon the treatment works. Read on the folded words of the message.
_ASKS_WAIT = re.compile(
    r"\bwait ?list|\bwaiting list\b|\bcancell?ation list\b|\bwait(?:ing)? (?:time )?(?:to|before i can|until i can) (?:get in|be seen|see someone|get an? (?:appointment|appt|visit|consult))"
    r"|\bhow (?:soon|quickly|fast) (?:can|could|would|will) (?:i|we|she|you) (?:get (?:in\b|an? (?:appointment|appt|visit|consult|spot|slot))|be seen|see (?:someone|a doctor|you))"
    r"|\blista de espera\b|\b(?:que tan pronto|cuando|cuanto tiempo) (?:me )?(?:pueden|podrian) (?:ver|atender|dar (?:una |la )?cita)\b"
)
# What to bring to a visit, or bringing someone along ('can I bring my baby', 'qué tengo que llevar el
# día de la cita'): no answer speaks of it ('bring on' a condition is a cause, not this).
_ASKS_BRING = re.compile(
    r"\bbring(?:ing)?\b(?! (?:(?:it|this|that|them|her|him) )?(?:on|about|back|down|up|out)\b)"
    r"|\b(?:que|q) (?:tengo|tiene|debo|debe|hay) (?:que |q )?(?:llevar|traer)\b|\b(?:llevo|traigo|puedo llevar|puedo traer) (?:algo|a mi|mi)\b"
)
_GIVES_WAIT = re.compile(r"\bwait ?list|\bwaiting list\b|\bavailabilit|\bnext available\b", re.IGNORECASE)

# A request bound to a place ("support groups near me", "in the east valley") is about where
# something is: only an entry whose phrasings speak of the location (the clinic's) answers it.
_ASKS_PLACE = re.compile(
    r"\bnear (?:me|here|by)\b|\bnearbi\b|\bclose to (?:me|here|home)\b|\baround here\b"
    r"|\bin (?:my|our) (?:area|citi|town|neighborhood|neighbourhood|state)\b|\b(?:east|west) valley\b|\bin person\b"
    # Spanish: "cerca de mí", "aquí en Phoenix", "por aquí", "en mi área/zona/ciudad"
    r"|\bcerca de (?:mi|mis|aqui)\b|\baqui en\b|\bpor aqui\b|\ben (?:mi|mis|nuestra) (?:area|locat|colonia|pueblo|estado)\b"
)

# Taking a named drug together with the treatment ("can I keep taking my zoloft during ketamine",
# "I'm already on lexapro"): a question about combining them, which no entry answers even when it
# speaks of that kind of drug. Read on the folded words of the message.
_COMBINES = re.compile(
    r"\b(?:can|could|should|do|may|will) i (?:keep|still|continue) (?:taking|take|on|using)\b|\balready (?:on|taking)\b"
    r"|\bwhile (?:doing|on|getting|taking|having) (?:the )?ketamine\b|\bwhile (?:still )?(?:on|taking|using) (?:my|her|an?|the|this|that|these)\b|\bduring (?:my |the )?ketamine\b"
    r"|\bstop (?:taking )?(?:it|them|my \w+) first\b|\bat the same time\b"
    # Round 53 (en53): "can I take ketamine if I'm on Wellbutrin": already on the drug named
    r"|\bif (?:i am|she is|he is|we are|you are|i am still|she is still) (?:on|taking)\b"
    # Spanish: "al mismo tiempo", "a la vez", "sigo tomando", "ya estoy tomando", "si tomo", "si estoy tomando"
    r"|\bal mismo tiempo\b|\ba la vez\b|\b(?:sigo|seguir|ya|ya estoy|si estoy|mientras estoy) tomando\b|\b(?:si|mientras) tomo\b"
)

STOPWORD_WEIGHT = 0.1
# A phrasing that opens with none of these and has no question word names a thing ('ketamine infusion')
_AUXILIARIES = frozenset("can could is are do does doe did will would should am was were have has".split())
MIN_STEM = 4  # a synonym is found by its stem only if the stem has at least this many letters
FUZZY_SHORTLIST = 64  # rows given the character-level comparison, by word overlap
GAP_PREFIX = "~not-covered:"  # ids of not_covered topics; "~" keeps them apart from real ids


_ENGLISH = snowballstemmer.stemmer("english")
# The pronoun of the asker in a Spanish synonym, and the ones of other people it stands for.
_CLITIC_PERSONS = {"me": ("le", "les", "te", "nos"), "le": ("les",)}
_SPANISH_ONLY = spanish.STOPWORDS - ENGLISH_STOPWORDS - {"me", "le", "les", "te", "nos"}


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """Snowball's English stem: 'symptoms'->'symptom', 'starts'/'starting'->'start'.

    Applied to both sides alike, so consistency matters more than linguistic accuracy. Short
    words and words with digits are left as they are ('ppd', 'b4').
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    return _ENGLISH.stemWord(word)


# The people a question may be about ('for my wife', 'my husband is worried'), not what it asks; a son
# or a daughter is read as the baby (synonyms), a word of several entries' topics, so it is not here.
# (the wider family too: a grandmother, a niece or a brother asking on someone's behalf names a person, not a topic)
_PEOPLE = ("wife husband partner boyfriend girlfriend sister friend brother grandma grandmother granny nana grandpa "
           "granddaughter grandson niece nephew aunt uncle cousin sibling neighbor neighbour coworker roommate spouse inlaw")

# the kinds a patient names by their own word ('my antidepressant', 'alcohol'), not only by a name
_KIND_STEMS = frozenset(stem(kind) for kind in NAMED_KINDS if kind not in {"othermeds", "othercondition", "law"})


@dataclass(frozen=True)
class MatchSettings:
    """Weights and thresholds. Chosen on faq/tests.yaml and the blind batches of rounds 1 to 5 taken
    together (tests/data/questions_b*.yaml, English, Spanish, five phrasings), checked on the dev
    sets; set to keep wrong answers low."""

    answer_score: float = 0.52  # a close match needs this much lead over the runner-up...
    answer_margin: float = 0.07
    wide_answer_score: float = 0.40  # ...a looser match (long, wordy questions) needs a wide lead
    wide_answer_margin: float = 0.08
    full_answer_score: float = 0.6  # ...and a question every content word of which the entry's
    full_answer_margin: float = 0.04  # phrasings know needs less of a lead
    suggest_score: float = 0.34
    suggest_window: float = 0.15
    max_suggestions: int = 3
    overlap_weight: float = 0.65  # within a question: word overlap vs. rapidfuzz ratio
    question_weight: float = 0.7  # per entry: best question vs. coverage by the entry's vocabulary
    few_question_weight: float = 0.45  # the same for an entry with few phrasings...
    full_phrasings: int = 20  # ...rising to question_weight at this many
    answer_word_weight: float = 0.5  # words found only in the answer count this much in the vocabulary
    unknown_factor: float = 1.0  # weight of a word the FAQ never uses, relative to the rarest word
    min_coverage: float = 0.5  # share of the question's content weight the answer's entry must know
    max_unknown_words: int = 3  # content words of the question the entry does not know, at most
    contrast_score: float = 0.55  # a winner by a narrow margin is answered when the question's words
    contrast_lead: float = 0.25  # that only it knows outweigh, by this share, those only the runner-up knows
    blind_lead: float = 0.35  # the share by which a narrow winner's own words must outweigh when the runner-up knows none of its own
    part_answer_score: float = 0.6  # one sentence of a longer message must match at least this well
    asked_part_score: float = 0.5  # ...less when it is the one sentence that asks, after a story told
    answer_row_factor: float = 1.0  # how much a sentence of the answer counts as a phrasing (0: not at all)
    aspect_weight: float = 0.2  # share of an entry's score that depends on answering the aspect asked
    story_factor: float = 0.2
    story_score_factor: float = 0.5  # the same in the score  # weight, in coverage, of a word only the message's statements use
    person_factor: float = 0.2  # weight, in coverage, of a word naming who the question is about ('my wife') the entry lacks
    common_factor: float = 0.5  # weight, in coverage, of a word the entry lacks but many entries use...
    common_entries: int = 4  # ...at least this many
    loose_part_score: float = 0.75  # a part answered below this is not sure when the whole message reads otherwise
    alone_margin: float = 0.1  # the only close entry answering the aspect asked ('is it a pill or a shot') needs this lead
    alone_coverage: float = 0.35  # ...and this share of the question's content weight
    young_coverage: float = 0.3  # an entry with no phrasings, winning by young_lead or more, must know this much less of
    young_lead: float = 0.1  # the question (min_coverage), less the more phrasings it has: its vocabulary is thin
    named_window: float = 0.25  # 'what is a <thing one entry's phrasing names>': that entry, this close to the winner
    young_lift: float = 0.22  # an entry with no phrasings has its score read this much higher against the answer
    # thresholds (the contrast one only when it knows every word of the question), less the more phrasings it has, none from full_phrasings on: fewer phrasings, lower scores
    young_answer_weight: float = 0.3  # in coverage, a young entry's title and answer words weigh this much nearer a phrasing's
    young_lack_factor: float = 0.5  # in coverage, a word a young entry and its runner-up both lack weighs this much less
    lone_lead: float = 0.15  # a winner this far ahead of the runner-up...
    lone_coverage: float = 0.44  # ...must know only this share of the question's content weight


@dataclass(frozen=True)
class Candidate:
    entry: FaqEntry
    score: float


@dataclass(frozen=True)
class Match:
    """The matcher's verdict: `answer` set only when confident; `suggestions` when plausible."""

    answer: FaqEntry | None
    suggestions: tuple[FaqEntry, ...]
    score: float
    candidates: tuple[Candidate, ...]

    @property
    def outcome(self) -> str:
        if self.answer is not None:
            return "answered"
        return "suggested" if self.suggestions else "fallback"


@dataclass(frozen=True)
class Parts:
    """A message read sentence by sentence: up to two answered parts, in the order asked, and
    whether some part that asks something matched no entry (the reply should say the FAQ does
    not cover it)."""

    matches: tuple[Match, ...]
    uncovered: bool



class _Phrases:
    """Greedy longest-match replacement of word sequences: synonyms to canonical, fillers to nothing.

    `single`, if given, is asked about a word no phrase covers (the stem look-up of synonyms)."""

    def __init__(self, pairs: list[tuple[tuple[str, ...], tuple[str, ...]]], single=None) -> None:
        self.table: dict[tuple[str, ...], tuple[str, ...]] = {}
        for variant, replacement in pairs:
            self.table.setdefault(variant, replacement)
        # The lengths of the phrases each word opens, longest first: only those are looked up.
        sizes: dict[str, set[int]] = defaultdict(set)
        for variant in self.table:
            if variant:
                sizes[variant[0]].add(len(variant))
        self.sizes = {word: sorted(found, reverse=True) for word, found in sizes.items()}
        self.single = single

    def apply(self, tokens: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(tokens):
            for size in self.sizes.get(tokens[i], ()):
                if size > len(tokens) - i:
                    continue
                replacement = self.table.get(tuple(tokens[i : i + size]))
                if replacement is not None:
                    out.extend(replacement)
                    i += size
                    break
            else:
                found = self.single(tokens[i]) if self.single else None
                out.extend(found if found is not None else (tokens[i],))
                i += 1
        return out


def _stem_keys(word: str) -> tuple[str, ...]:
    """The keys a word's other forms share: its Spanish and its English stem."""
    keys = []
    for prefix, root in (("es:", spanish.stem(word)), ("en:", stem(word))):
        if len(root) >= MIN_STEM:
            keys.append(prefix + root)
    return tuple(keys)


class _StemSynonyms:
    """A synonym found by its stem: staff write 'amamantar: breastfeed' once and 'amamantando',
    'amamanto' follow. Only for words the FAQ's English does not use, and only stems that lead to
    one canonical term: an ambiguous stem is dropped rather than guessed."""

    def __init__(self, pairs: list[tuple[tuple[str, ...], tuple[str, ...]]], known: frozenset[str]) -> None:
        targets: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for variant, canonical in pairs:
            if len(variant) == 1 and variant[0].isalpha():
                for key in _stem_keys(variant[0]):
                    targets[key].add(canonical)
        self.table = {key: next(iter(found)) for key, found in targets.items() if len(found) == 1}
        self.known = known
        self.lookup = lru_cache(maxsize=8192)(self._lookup)

    def _lookup(self, word: str) -> tuple[str, ...] | None:
        if word in self.known or len(word) < MIN_STEM or not word.isalpha():
            return None
        for key in _stem_keys(word):
            found = self.table.get(key)
            if found is not None and key == "es:" + word and not found[0].startswith(word):
                continue  # a word the Spanish stemmer leaves whole is no form of a Spanish word ('part' is not
                # 'parto', 'program' not 'programar'), unless it starts the term itself ('diff')
            if found is not None:
                return found
        return None


_SENTENCE_END = re.compile(r"[.!?;:\n]+")
_WE_OFFER = re.compile(r"^\s*(?:we|our)\b.*\b(?:offer|provide)", re.IGNORECASE)  # the clinic saying what it offers
# "when will I feel better and how long does it last": a second question joined by "and"/"y" (Round 52, en52:
# opened by a preposition too, "what is ketamine, and for what purpose is it used").
_QUESTION_JOIN = re.compile(
    r",?\s+(?:and|also|plus|y|e|o|or|but|pero)\s+(?=(?:for|in|on|with|by|from|to|at) (?:what|which|whom)\b|(?:how|what|when|where|who|why|which|can|could|do|does|"
    r"is|are|will|should|would|como|cuando|cuanto|cuantos|cuanta|donde|quien|que|puedo|se puede|es|hay)\b)"
)
# "is ppd only a women's condition, or can the father get it too": after 'only', an 'or ... too' offers
# the other side of one question, not a second question.
_AND_JOIN = re.compile(_QUESTION_JOIN.pattern.replace("|o|or|", "|"))
_ALTERNATIVE = re.compile(r"\b(?:only|solo|solamente)\b.*\s(?:or|o)\s.*\b(?:too|as well|also|tambien)\W*$")


_ASKS = re.compile(
    r"^\s*(?:how|what|whats|when|where|who|why|which|can|could|do|does|did|is|are|was|will|would|should|"
    r"am|have|has|como|cuando|cuanto|cuantos|cuanta|cuantas|donde|quien|que|q|puedo|puede|pueden|hay|es|son|"
    r"se puede|tengo|tienen|sirve|funciona)\b(?!['’]t\b)"  # "can't focus" tells (en57)
)
# A Spanish request to be told, written as a statement ('quisiera saber si...', 'me gustaria entender...'):
# it asks when no other sentence of the message does.
_REQUEST = re.compile(r"^\s*(?:(?:solo|yo|y) )?(?:(?:quisiera|quiero|queria|quisieramos|me gustaria|necesito|necesitamos)"
                      r" (?:saber|entender)|me (?:pueden|podrian|puede|podria) (?:decir|explicar))\b")
# An English request for information written as a statement, in a formal register ('I would appreciate a
# list of...', 'I would like clarification on...', 'Please advise as to...'): it asks, whatever else the
# message asks, as a question would.
_FORMAL_REQUEST = re.compile(
    r"^\W*(?:respectfully,? |so |and )?(?:i would (?:like|appreciate|be grateful for|welcome) (?:to (?:know|understand|learn|ask)\b|"
    r"(?:some |an? |any |your )?(?:\w+ )?(?:clarification|explanation|list|enumeration|summary|overview|description|"
    r"information|background|account|details)\b)|i would appreciate\b|i would be grateful\b|(?:please|kindly) (?:advise|explain|describe|clarify|"
    r"list|enumerate|summari[sz]e|outline|confirm|tell)\b|i wish to (?:know|determine|understand|ask|learn|inquire|enquire)\b|"
    r"i am writing (?:regarding|about|to ask|to inquire|to enquire|with regard to)\b)")


# "is that ppd?", "does this sound like...", "what sets them apart?": a part that points at the rest
# of the message. Spanish "¿cómo sé si es eso?" points back too; "qué es eso de la depresión" names its topic.
# ('this time', 'that week' tell when, they point at nothing)
REFERS_BACK = re.compile(r"\b(?:that|this|these|those|them)\b(?! (?:time|week|month|year|morning|evening|night|weekend)s?\b)|(?<!\bq es )(?<!\bque es )\b(?:eso|esto)\b(?! de\b| lo que\b)"
                         r"|\b(?:distingu|diferenci|separ)\w* (?:eso|esto) de\b"
                         r"|\bthe (?:connection|link|relation|relationship)\b(?! (?:between|of|to|with)\b)"
                         r"|\b(?:esos|esas|estos|estas) (?:casos|situaciones|mamas|mujeres|personas|pacientes)\b"
                         r"|" + spanish.ES56_POINTER_NOUN)


# "ok so it works fast but does it last": a statement granted, then 'but' and the question asked; the
# question is the one after 'but', what the statement grants is not asked (the first word found
# without backtracking: '[^.!?\w]*\w', so a long first sentence stays linear)
_CONCEDES = re.compile(r"^[^.!?\w]*\w[^.!?]*,?\s+but\s+(?:does|do|is|are|will|would|can|could|should|how|what|when)\b[^.!?]*\??\W*$")


# a question about a person the story named ("can he get it too", "le puede dar a el")
_HE_OR_SHE = re.compile(r"\b(?:he|him|his|she|her|they|them)\b|\b(?:a|para|de) (?:el|ella)\b")


# A sentence that voices a worry ('me preocupa que...', 'tengo miedo de...', "I'm worried that...") tells
# what the asker fears; the question after it says what they want to know.
_WORRY = re.compile(r"^\W*(?:(?:y|pero|and|but|also|tambien) )?(?:me preocupa|me da miedo|tengo miedo|me asusta|temo"
                    r"|i ?a?m (?:worried|scared|afraid)|i worry|my worry is|what worries me)\b")


# "does your clinic say anything about that": a question whose subject is what the message told before
_ABOUT_THAT = re.compile(r"\b(?:about|on|regarding) (?:that|this|it|those|these)\W*$")


# 'how do I know if she is right': a question about what someone in the story said or did
_TOLD_PERSON = re.compile(r"\b(?:she|he|she's|he's|shes|hes|they|they're|her|him)\b", re.IGNORECASE)


# the thing a bare meaning question asks about is elsewhere in the message: 'what is that', 'is it a kind of ...'
# Spanish asks 'what is it' without the pronoun: '¿q es?', '¿que es en si?' (what it actually is)
_BARE_WHAT_IS = r"\bwhat (?:is|are)(?: en si| exactamente| realmente| bien)?$"
_POINTS = re.compile(r"\b(?:it|that|this|these|those)\b|\b(?:eso|esto)\b(?! del?\b)|" + _BARE_WHAT_IS)
# "can someone explain it to me", "can you explain": a bare request to say what something is
_EXPLAIN_IT = re.compile(r"\bexplain (?:it|that|this|these|those)\b")
_WHAT_IS_IT = re.compile(r"\bwhat (?:even |actually |exactly |really )?(?:is|are) (?:it|that|this|these|those|(?:eso|esto)(?! del?\b))\b|" + _BARE_WHAT_IS)
_EXPLAIN = re.compile(r"\bexplain(?: (?:it|that|this))?(?: to (?:me|us|him|her|them))?$")
_WHAT_X_IS = re.compile(r"\bwhat (?:\w+ ){1,3}(?:is|are|means?)$|\bwhat (?:\w+ ){1,3}(?:even|actually|really) (?:is|are|means?)\b")
_WHAT_IT_IS = re.compile(r"\bwhat (?:it|that|this|these|those)\b(?: \S+){0,3} (?:is|are)$")  # "what this condition actually is"


# A word a number counts in an answer or keyword ('a study of 654 women'): the figure's unit, not
# what the entry is about ('is ppd only a women thing' is not about the study).
_COUNTED = re.compile(r"\b(\d[\d,.]*)\s+[^\W\d]+")


# Round 49 (five49): a question that asks what a term is and names it ('wat even is ppd lol', 'whats
# the definition of post partum depresion', 'PPD on my papers, what does that even mean'). The term
# must close the asking clause: 'what is the ppd rate' asks for a figure, not what ppd is.
_DEFINE_AFTER = r"(?:\bwhat (?:even |actually |exactly |really )?(?:is|are) |\bdefinit (?:of )?)(?:(?:this|that|the|a|an|la|el) )?"
_TERM_TAIL = frozenset("lol medic medicin drug thing exactli exactamente specif never".split())  # specif: en51; never: en53 ('whats ketamine never heard of it')
# Round 53 (es53): Spanish says 'I did not know what it means' without the pronoun: 'escribio PPD en mis
# papeles y no supe que significa' ('no saber what is' once read), 'ni idea de que es'.
_MEANS_BACK = re.compile(r"^(?:\S+ ){0,8}?(?:(?:what (?:does|do) )?(?:that|it|this|eso) (?:even |actually |exactly |exactamente )?"
                         r"(?:mean|what is)|(?:no|ni) (?:saber|se|sabia|entender|entiendo|idea de|idea) what is)(?: \S+)?$")
# Round 53 (en53): ...and a story told after it with no stop between ('ppd what does that even mean my ob wrote it on my
# discharge papers'): someone's telling or the asker's seeing, then anything
_MEANS_BACK_TOLD = re.compile(r"^(?:what (?:does|do) )?(?:that|it|this) (?:even |actually |exactly )?mean (?:(?:(?:my|our|her|his|the|a|an) )?\S+(?: \S+)? "
                              r"(?:wrote|said|say|says|told|put|mention\w*|use|used|keep|kept|call\w*)|(?:i|we) (?:saw|see|read|heard|hear|found|got|keep))\b")


@lru_cache(maxsize=256)  # the terms the FAQ defines, compiled once each
def _term_patterns(order: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The term asked about right after a question (_DEFINE_AFTER), and the term named anywhere."""
    return re.compile(_DEFINE_AFTER + re.escape(order) + r"\b"), re.compile(r"\b" + re.escape(order) + r"\b")


@lru_cache(maxsize=256)
def _meaning_patterns(order: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'explain <term> to me', and 'what <term> is' (see _asks_meaning_of)."""
    return (re.compile(r"^explain (?:what )?" + re.escape(order) + r"(?: (?:is|are|mean))?(?: (?:to|for) (?:me|us))?"
                       r"(?: (?:like|simpli|briefli|quick\w*)\b.*)?$"),
            re.compile(r"\bwhat (?:(?:this|that|the) )?" + re.escape(order) + r" (?:is|are|mean)\b"))


def _names_defined(tokens: list[str], term: frozenset[str]) -> bool:
    """The question asks what `term` is, naming it where it asks (see _DEFINE_AFTER)."""
    if not term or len(term) > 2:
        return False
    text = " ".join(tokens)
    for order in {" ".join(term), " ".join(reversed(sorted(term))), " ".join(sorted(term))}:
        defined_after, named = _term_patterns(order)
        for found in defined_after.finditer(text):
            rest = text[found.end():].split()
            if not rest or rest[0] in STOPWORDS or rest[0] in _TERM_TAIL:
                return True
        for found in named.finditer(text):
            rest = text[found.end():].strip()
            # 'ketamine infusion, what does that even mean' asks about the compound, not the term alone
            # ('ketamine?? never heard of it whats that' still asks about the term)
            after = rest.split()
            asks_at = next((i for i, t in enumerate(after[:3]) if t in QUESTION_WORDS), 0)
            if asks_at and all(_is_content_word(t) and t not in _TERM_TAIL for t in after[:asks_at]):
                continue  # ('ketamine iv infusion what does that mean' too)
            if rest and _MEANS_BACK.match(rest) and not any(_is_content_word(t) for t in rest.split()[-1:]
                                                             if t not in {"mean", "is", "exactamente"}):
                return True
            if rest and _MEANS_BACK_TOLD.match(rest):
                return True
    return False


# Round 51 (en51): the clauses of a message, for finding the one that asks what a term is ("ppd?? what
# does that mean, the nurse wrote it on my papers"; "...but what is postpartum depression specifically?")
_CLAUSE_END = re.compile(r"[.,!?;:\n]+|\bbut\b", re.IGNORECASE)
# "asked me what postpartum depression is": the term between 'what' and 'is' (not "I know what ppd is",
# nor "what ppd is like", which asks how it feels)
_KNOWS_WHAT = re.compile(r"\b(?:i|we|i already|we already|i do|i kind of|i kinda|i sort of) (?:know|understand) what$")
_TERM_AFTER_IS = frozenset({"like", "for", "use", "caus"})
# Round 53 (es53): Spanish asks it without the pronoun, after 'y' too: 'que clase de medicina es', '...que
# significa eso y que clase de cosa es'
_KIND_OF_THAT = re.compile(r"(?:^|\by )what (?:kind|type|sort) of (?:(?:medic|drug|thing|treatment|condit|ill|diseas|cosa) )?"
                           r"(?:(?:is|are) (?:that|it|this)|es(?: eso| esa| esto)?|ser)$")
# Round 55 (en55): a pointer noun for the term named before it ('my doctor mentioned ketamine, what is that drug'),
# and whether the term is a real one of its kind ('is ketamine a legit medication or sketchy', 'is ppd a real illness')
_KINDS = r"(?:medic|drug|thing|stuff|treatment|condit|ill|diseas)"
_WHAT_IS_THAT_KIND = re.compile(r"\bwhat (?:even |exactly |actually |really )?(?:is|are) (?:that|this|these|those) " + _KINDS
                                + r"(?: exactly| even| actually| really| lol)?$")
_REAL_KIND = re.compile(r"^(?:is|are) (?P<subject>\S+(?: \S+)??) (?:like )?(?:(?:a|an|some) )?(?:kind of )?"
                        r"(?:(?:real|legit|actual|actually|legitim|proper|genuin|true|reput)\w* ){1,2}" + _KINDS + r"\b")


def _asks_meaning_of(tokens: list[str], term: frozenset[str]) -> bool:
    """A clause asks what `term` is: 'what is ppd exactly' (_names_defined), or 'what ppd is'."""
    if _names_defined(tokens, term):
        return True
    if not term or len(term) > 2:
        return False
    text = " ".join(tokens)
    for order in {" ".join(term), " ".join(reversed(sorted(term))), " ".join(sorted(term))}:
        # Round 53 (en53): "explain postpartum depression to me like im five": a request, at the clause's start, to
        # explain the term and nothing more
        explain, what_is = _meaning_patterns(order)
        if explain.match(text):
            return True
        for found in what_is.finditer(text):
            rest = text[found.end():].split()
            if _KNOWS_WHAT.search(text[:found.start()] + "what"):
                continue
            if not rest or (rest[0] in STOPWORDS and rest[0] not in _TERM_AFTER_IS):
                return True
    return False


def _is_content_word(token: str) -> bool:
    return token not in STOPWORDS and token.isalpha()


def _uncounted(text: str) -> str:
    return _COUNTED.sub(r"\1", text)


def _content_words(tokens: list[str]) -> KeysView[str]:
    """The words a question is about: not stopwords, question words or numbers. In the question's
    order (a set view of a dict), so weights summed over them add up the same in every process: a
    set's order follows the string hash seed, and a sum at a threshold could tip either way."""
    return dict.fromkeys(t for t in tokens if t not in STOPWORDS and t not in QUESTION_WORDS and not t.isdigit()).keys()


# 'ill' written for "I'll" ('im scared ill have to stop nursing'): read as 'i will' when a verb follows it, so it
# is not read as sick ('mentally ill', 'she is ill', 'ill effects' keep the word).
_WILL_VERBS = frozenset("""have be feel get need go lose never not still just ever end crash relapse stop want know try
    start hurt do make see keep become fall wake notice react miss sleep take wait pass look use spend ask call sign
    come only always probably actually really also manage cope bond forget break snap qualify regret burn
    pay drive work love hate hear find""".split())
# the same for 'youll' and 'theyll', which are no words of their own
_WILL_CHAT = {"youll": ("you", "will"), "theyll": ("they", "will"), "shell": ("she", "will")}


def _read_will(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for index, token in enumerate(tokens):
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token == "ill" and after in _WILL_VERBS:
            out.extend(("i", "will"))
        elif token in _WILL_CHAT and after in _WILL_VERBS:
            out.extend(_WILL_CHAT[token])
        else:
            out.append(token)
    return out


# An asker who opens by naming their trade ('Nurse here.', 'Pharmacist question:', 'As a midwife, ...', "I'm an
# L&D nurse,") asks for the patients they care for: the trade is who asks, not what is asked, and is dropped.
_ROLE = (r"(?:registered |retired |student |labor and delivery |l&d |icu |er |nicu |postpartum |maternity |hospital |"
         r"community |clinical |retail )?(?:nurse|nurse practitioner|np|rn|pharmacist|pharmacy tech|doctor|physician|"
         r"gp|midwife|doula|ob|obgyn|psychiatrist|lactation consultant|social worker|pharmacology student|nursing student|"
         r"medical student|paramedic|health visitor)")
_ROLE_OPENING = re.compile(
    r"^\W*(?:(?:hi|hello|hey)\W+)?(?:(?:i am|i'm|im|as) an? " + _ROLE + r"(?: here| myself)?|an? " + _ROLE
    + r" here|" + _ROLE + r"(?: here| question| by trade)?)\s*[,.:;!-]+\s*"
    # Round 56 (en56): "I'm a nurse so IVs don't scare me", "I'm a nurse and curious": the trade said without a stop
    + r"|^\W*(?:i am|i'm|im|as) an? " + _ROLE + r"\s+(?=(?:so|and|we|my)\b)", re.IGNORECASE)


# Round 53 (en53): 'IM' written in capitals among the ways a drug is given ('is it IV, IM, or intranasal') is
# intramuscular, not "I'm"
_EN53_IM = re.compile(r"\bIM\b")
_EN53_ROUTE = re.compile(r"\b(?:IV|intranasal\w*|intravenous\w*|oral\w*|nasal|infusion|injection|shot)\b", re.IGNORECASE)


def _en53_routes(text: str) -> str:
    return _EN53_IM.sub("intramuscular", text) if _EN53_ROUTE.search(text) and _EN53_IM.search(text) else text


# ...and a drug's 'mode of action' is its mechanism (read before the spelling repair, which knows 'accion' only)
def _en53_mode_of_action(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for token in tokens:
        if token in ("action", "actions") and out[-2:] in (["mode", "of"], ["modes", "of"]):
            out[-2:] = ["mechanism"]
        else:
            out.append(token)
    return out


def _possessor(token: str) -> str:
    """'women's issue' is about women: a possessive 's is dropped (contractions are expanded before)."""
    return token[:-2] if token.endswith("'s") and len(token) > 3 else token


# 'fix' as a verb with the illness (or who has it) after it treats it: 'how does ketamine fix depression'; 'a
# permanent fix', 'a quick fix for it' are the noun, what the synonyms read as a lasting solution
_FIX_VERBS = frozenset({"fix", "fixes", "fixing"})
_FIXED = frozenset("depression depressed ppd pnd postpartum postnatal it my her your the this that me".split())


def _fix_as_treat(tokens: list[str]) -> list[str]:
    return [("treat" if t in _FIX_VERBS and i + 1 < len(tokens) and tokens[i + 1] in _FIXED else t)
            for i, t in enumerate(tokens)]


# Verbs whose 'apart' is a difference: 'tell X apart from Y', 'what sets X apart from Y'.
_APART_VERBS = frozenset({"tell", "set", "sets", "setting"})


def _tell_apart(tokens: list[str]) -> list[str]:
    """'tell the baby blues apart from ppd' and 'what sets ketamine apart from the pills' ask the
    difference, as 'tell apart' does: the verb's 'apart' comes after its object, so it is not read
    as 'apart from' (besides). A bare 'tell apart' is left to the synonyms."""
    for index, token in enumerate(tokens):
        if token != "apart":
            continue
        verbs = _APART_VERBS & set(tokens[max(0, index - 5):index])
        if verbs and (verbs != {"tell"} or tokens[index - 1] != "tell"):
            before = [t for t in tokens[:index] if t not in _APART_VERBS - {"tell"}]  # 'sets' is not a topic
            return [*before, "difference", *tokens[index + 1:]]
    return tokens


# Round 57 (en57): an acronym in capitals after 'you take'/'you accept' (the clinic taking it: a health plan)
_TAKES_ACRONYM = re.compile(r"\byou (?:guys |all )?(?:take|accept|work with|bill)\s+([A-Z]{2,6})\b")


# Round 57 (en57): a phrasal verb with who it is for between verb and particle ('sign her up', 'set my wife up')
# is the phrasal verb ('sign up': to book), not 'sign' (a symptom) with a stray 'up'.
_PHRASAL_VERBS = frozenset("sign signs signed signing set sets setting".split())
_PHRASAL_OBJECTS = frozenset("her him them us me you".split())
_OBJECT_OWNERS = frozenset("my our his her your".split())
_PEOPLE_WORDS = frozenset(_PEOPLE.split())


def _close_phrasal(tokens: list[str]) -> list[str]:
    """'sign her up' -> 'sign up her', 'set my wife up' -> 'set up my wife'."""
    for index, token in enumerate(tokens):
        if token != "up" or index < 2:
            continue
        for width in (1, 2):
            start = index - width
            between = tokens[start:index]
            if start < 1 or tokens[start - 1] not in _PHRASAL_VERBS:
                continue
            if (width == 1 and between[0] in _PHRASAL_OBJECTS) or (
                    width == 2 and between[0] in _OBJECT_OWNERS and between[1] in _PEOPLE_WORDS):
                return [*tokens[:start], "up", *between, *tokens[index + 1:]]
    return tokens


# Round 50 (en50): 'typically'/'normally' right before a verb of time or course ('when do moms typically start',
# 'how long does it normally take') say how often, as 'usually' does: not the standard treatment the synonyms read
# ('what treatments are typically recommended' keeps it).
_OFTEN_WORDS = frozenset({"typically", "normally", "typicaly", "normaly"})
_OFTEN_VERBS = frozenset("""start starts begin begins show shows appear appears happen happens take takes feel feels
    kick kicks come comes hit hits develop develops occur occurs end ends work works wear wears set sets
    last lasts see notice stop stops fade fades clear clears resolve resolves""".split())


# ...and 'typical' before the signs of an illness ('the typical signs of ppd') says which signs, not the standard treatment
_TYPICAL_WORDS = frozenset({"typical", "usual", "classic"})
_SIGN_WORDS = frozenset("signs sign symptoms symptom indications indication warning red".split())


# Round 52 (en52): ...and 'typical' before a span of time ('the typical period for onset', 'the usual timeframe') says
# which span, not the standard treatment
_SPAN_WORDS = frozenset("period periodo timeframe timeline window onset age".split())


def _drop_often(tokens: list[str]) -> list[str]:
    return [t for i, t in enumerate(tokens)
            if not (t in _OFTEN_WORDS and i + 1 < len(tokens) and tokens[i + 1] in _OFTEN_VERBS)
            and not (t in _TYPICAL_WORDS | {"normal"} and i + 1 < len(tokens) and tokens[i + 1] in _SPAN_WORDS)
            and not (t in _TYPICAL_WORDS and i + 1 < len(tokens) and tokens[i + 1] in _SIGN_WORDS)]


# Round 50 (en50): a choice between ways of taking the treatment ('is it a pill or an iv', 'do you drink it or is it
# a needle', 'a shot or a pill'): the oral option is how it is given, as 'tablet' and 'swallow' read, not the pills of
# the antidepressants. Read on the words after the synonyms, when one option is a needle, shot, drip or spray.
_DELIVERY = frozenset({"infusion", "needle", "needles", "injection", "given"})
_ORAL = frozenset({"pill", "drink", "oral", "orally"})
_TAKE_VERBS = frozenset({"take", "taken", "takes", "taking", "come", "comes", "given", "get", "do"})


# Round 53 (en53): 'avoid' with the illness after it ('helps women avoid postpartum depression', 'a way to avoid ppd')
# is preventing it; 'avoid them' (the pills) is not. Read on the words after the synonyms.
_EN53_AVOID = frozenset({"avoid", "avoiding", "avoids", "avoided"})
_EN53_ILLNESS = frozenset({"postpartum", "depression"})


def _en53_avoid_as_prevent(tokens: list[str]) -> list[str]:
    """...and 'avoid it' after the illness is named ('high risk for ppd, can ketamine help avoid it')."""
    named = False
    out = []
    for i, t in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        out.append("prevent" if t in _EN53_AVOID and (after in _EN53_ILLNESS or (named and after == "it")) else t)
        named |= t == "postpartum" and after == "depression"
    return out


# Round 57 (es57): what 'evitar que' / 'prevenir que' governs is the thing prevented: 'evitar que le vuelva a dar'
# asks to keep the illness from coming (prevention), not whether relief lasts (a relapse: long-term).
_ES57_PRONOUNS = frozenset("le les me nos te la lo se".split())


def _es57_prevented_return(tokens: list[str]) -> list[str]:
    """Drop 'relapse' where it is what 'prevent que (le)' keeps from happening. Read on the words after the synonyms."""
    out: list[str] = []
    for i, t in enumerate(tokens):
        j = i - 1
        while j >= 0 and tokens[j] in _ES57_PRONOUNS:
            j -= 1
        if t == "relapse" and j >= 1 and tokens[j] == "que" and tokens[j - 1] == "prevent":
            continue
        out.append(t)
    return out


def _form_choice(tokens: list[str]) -> list[str]:
    def option(index: int, step: int) -> int | None:
        for _ in range(4):
            index += step
            if not 0 <= index < len(tokens):
                return None
            if tokens[index] not in STOPWORDS:
                return index
        return None

    out = list(tokens)
    for index, token in enumerate(tokens):
        if token != "or":
            continue
        pair = [option(index, -1), option(index, 1)]
        words = {tokens[i] for i in pair if i is not None}
        if None not in pair and words & _DELIVERY and words & _ORAL:
            for i in pair:
                if tokens[i] in _ORAL:
                    out[i] = "given"
        else:
            # Round 53 (en53): each option told at more length ('is it a pill I take at home or do I have to come
            # in for a drip'): the oral option among the few words before 'or', the needle or drip among those after
            before, after = set(tokens[max(0, index - 6):index]), set(tokens[index + 1:index + 10])
            for oral, other in ((before, after), (after, before)):
                if oral & _ORAL and other & _DELIVERY and "or" not in tokens[index + 1:index + 10]:
                    for i in range(max(0, index - 6), min(len(tokens), index + 10)):
                        if tokens[i] in _ORAL:
                            out[i] = "given"
    for index, token in enumerate(tokens):
        # 'take the ketamine as a pill', 'does it come in pill form': the form it is taken in
        if token in ("pill", "pills") and (
                (tokens[max(0, index - 2):index] in (["as", "a"], ["in"]) and _TAKE_VERBS & set(tokens[max(0, index - 7):index]))
                or tokens[index + 1:index + 2] == ["form"]):
            out[index] = "given"
    return out


# Verbs of a request made to the bot: 'explain ketamine for me' asks it to explain, for the writer.
_COMPARING = frozenset("versus differ same similar better worse than".split())  # the words of a comparison, not of what is compared
_REQUEST_VERBS = frozenset("explain define describe compare summarize summarise clarify break".split())
_COPULAS = frozenset("is are be was were am".split())


# 'my daughter-in-law', 'his mother in law': a relative by marriage, one person word; not the baby
# ('daughter' reads as the baby) nor the law ('law' is a kind of thing a patient may name)
# 'the family wants to understand': in a story, the family is who is asking, like a person named
_FAMILY = frozenset({"famili"})
# "...what is that? i'm her sister and would like to understand": a wish to understand, with nothing
# named, asks nothing the message's real question does not
_BARE_WISH = re.compile(r"(?:i )?(?:would like|want|wanna|need|d like|am trying|m trying) to (?:understand|know|learn)(?: more| it| this| that)?\W*$")
_IN_LAW_KIN = frozenset("mother father daughter son sister brother mothers fathers daughters sons sisters brothers".split())


_PLURAL_YOU = frozenset({"all", "guys", "guy"})


def _plural_you(tokens: list[str]) -> list[str]:
    """Round 55 (en55): 'you all', 'you guys' (y'all, u guys) are the clinic, as 'you' is: read as 'you' before the
    synonyms, so a phrase staff wrote with 'you' ('what do you do exactly') reads them too."""
    return [t for i, t in enumerate(tokens) if not (t in _PLURAL_YOU and i and tokens[i - 1] == "you")]


def _in_laws(tokens: list[str]) -> list[str]:
    out: list[str] = []
    index = 0
    while index < len(tokens):
        if (tokens[index] in _IN_LAW_KIN and tokens[index + 1:index + 2] == ["in"]
                and tokens[index + 2:index + 3] in (["law"], ["laws"])):
            out.append("inlaw")
            index += 3
            continue
        out.append(tokens[index])
        index += 1
    return out


def _request_for_me(tokens: list[str]) -> list[str]:
    """'explain ketamine for me please': the 'for me' of a request ('explain', 'define', 'compare') is who
    it is made for, not whether the treatment is right for the writer ('is ketamine for me'). Only a
    request with no 'is/are' between its verb and 'for me'."""
    for index in range(1, len(tokens) - 1):
        if tokens[index] == "for" and tokens[index + 1] == "me":
            before = tokens[:index]
            verbs = [i for i, t in enumerate(before) if t in _REQUEST_VERBS]
            if verbs and not _COPULAS & set(before[verbs[-1]:]):
                return [*before, "to", "me", *tokens[index + 2:]]  # as 'explain it to me' reads
    return tokens


_WH_WORD = re.compile(r"\s*(?:how|what|when|where|who|why|which|como|cuando|cuanto|cuantos|cuanta|donde|quien|que)\b")


# how far the whole message's closest entry must lead the next for a last question pointing back at the
# story to be read alone ('...can he be seen at your clinic for that' is close to two entries: not read alone)
POINTS_BACK_LEAD = 1.15
_OR_CHOICE = re.compile(r"\b(?:or|o)\b", re.IGNORECASE)


def _offers_choice(sentence: str) -> bool:
    """"la depresion posparto es una enfermedad de verdad o es solo cansancio": a first half shaped
    like a statement, then 'o'/'or' and a yes/no question, asks too: it offers the first of two
    answers (Spanish asks yes/no questions in statement order, often without a question mark)."""
    pieces = _QUESTION_JOIN.split(sentence, maxsplit=1)
    return (len(pieces) == 2 and not _ASKS.match(pieces[0]) and not set("?,") & set(pieces[0])
            and len(_AND_JOIN.split(sentence, maxsplit=1)[0]) > len(pieces[0])  # joined by 'o'/'or'
            and _WH_WORD.match(pieces[1]) is None)


# A statement of three words or more about someone, then after a comma a question asking about them:
# "my wife is nursing our 3 month old, would she have to stop" ('if ...,' is a condition, not a statement).
_TOLD_THEN_ASKED = re.compile(r"^(\s*(?!if\b|si\b)\S+(?:\s+[^\s,]+){2,}),\s+((?:would|will|can|could|should|does|do|is|are) (?:she|he|they)\b.*)$")


_WHAT_IS_TERM = re.compile(r"\bwhat (?:is|are)\b")
_OPENS_QUESTION = re.compile(r",\s*¿(?=\s*(?:qu[eé]|cu[aá]l(?:es)?|c[oó]mo|cu[aá]ndo|d[oó]nde|por\s*qu[eé]"
                             r"|cu[aá]nt[oa]s?|qui[eé]n(?:es)?)\b)", re.IGNORECASE)
_TAG_QUESTION = re.compile(r"\w.*,\s*(?:right|correct|true|no|yes|si|verdad|cierto)\s*\?+\s*$", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?;:\n]+[.!?;:\n]*")  # a sentence and the stops that end it


# Round 57 (en57): the points of a list written in one line ("Context: 1) 6 weeks postpartum 2) back at work
# soon 3) is PPD a real diagnosis?", "(a) ... (b) ...", "- ... - ...", "• ... • ..."): each kind of marker, when
# the message holds two or more of it, opens a sentence, so the point that asks is read as its own part.
_LIST_MARKERS = (
    re.compile(r"(?:(?<=\s)|^)\(?\d{1,2}[).](?=\s)"),  # 1) 2) (3) 1. 2.
    re.compile(r"(?:(?<=\s)|^)\(?[a-hA-H]\)(?=\s)"),  # a) b) (c)
    re.compile(r"(?:(?<=\s)|^)[-•·*](?=\s)"),  # - ... - ...; • ... • ...
)


# in a list, a point that asks 'also'/'too' ("2) aplica tambien en depresion posparto?") leans on the point before it
_LEANS_BACK = re.compile(r"\b(?:also|too|as well|tambien)\b")


def is_list(text: str) -> bool:
    """The message is written as a list of two points or more (_LIST_MARKERS)."""
    return any(len(marker.findall(text[:MAX_MATCH_CHARS])) >= 2 for marker in _LIST_MARKERS)


def split_list_points(text: str) -> str:
    """The message with each point of a list it holds ending the sentence before it, but for a
    point that leans on the one before ('also', 'tambien'): it stays in that point's sentence."""
    for marker in _LIST_MARKERS:
        if len(marker.findall(text)) >= 2:
            points = marker.split(text)
            text = points[0] + "".join((" " if _LEANS_BACK.search(point.lower()) else ". ") + point for point in points[1:])
    return text


def split_parts(text: str) -> list[tuple[str, bool]]:
    """The sentences of a message, questions joined by 'and' split apart, each with whether it
    asks something (ends in '?' or starts like a question)."""
    return list(_split_parts(text))


@lru_cache(maxsize=256)  # one message is split by several readers of it
def _split_parts(text: str) -> tuple[tuple[str, bool], ...]:
    out = []
    text = split_list_points(text[:MAX_MATCH_CHARS])
    # Round 51 (es51): Spanish opens a question with '¿', after a comma too ('quiero entender bien, ¿qué
    # es eso?'): a question opened by a question word is a sentence of its own ('..., ¿es cierto?' asks
    # about the clause before it and stays with it).
    text = _OPENS_QUESTION.sub(". ¿", text[:MAX_MATCH_CHARS])
    tags: list[bool] = []
    for found in _SENTENCE.finditer(text):
        sentence = fold_unicode(found.group())  # 'y cuánto dura' joins a question as 'y cuanto dura' does
        join = _AND_JOIN if _ALTERNATIVE.search(sentence) else _QUESTION_JOIN
        pieces = [p for p in join.split(sentence) if p.strip(" .!?;:\n")]
        told = _TOLD_THEN_ASKED.match(pieces[0]) if len(pieces) == 1 else None  # one question: its story stays with it
        if told and not _ASKS.match(told.group(1)):
            pieces[:1] = [told.group(1), told.group(2)]
        choice = _offers_choice(sentence)
        for index, piece in enumerate(pieces):
            asks = ("?" in piece or bool(_ASKS.match(piece)) or (index > 0 and "?" in sentence) or choice
                    or bool(_FORMAL_REQUEST.match(piece.lower())))
            out.append((piece.strip(" .!?;:\n"), asks))
            tags.append(asks and not _ASKS.match(piece) and bool(_TAG_QUESTION.search(piece)))
    # Round 51 (en51): "SSRIs target serotonin, right? What does ketamine act on instead?": a statement
    # with a tag for agreement sets up the question after it; it tells, it does not ask
    out = [(piece, asks and not (tags[index] and any(a for _, a in out[index + 1:])))
           for index, (piece, asks) in enumerate(out)]
    if not any(asks for _, asks in out):
        out = [(piece, bool(_REQUEST.match(piece))) for piece, _ in out]
    return tuple(out)


# a pointer and the (one or two) words after it: 'this postpartum depression', 'that ketamine'
_POINTER_NAMES = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bbe )(?<!\blike )(?<!\bit )\b(?:this|that|these|those) ((?:post ?partum|postnatal|post natal) depression|[a-z]+)\b")


# Round 54 (en54): a pointer before a kind of thing the clinic offers or is: 'this medicine', 'this renew wellness'
_EN54_POINTED_THING = re.compile(r"\b(?:this|that) (?:medicine|medication|medicines|medications|meds|drug|treatment|"
                                 r"therapy|infusion|infusions|procedure|clinic|place|practice|program|renew)\b")


# Round 54 (en54): a premise granted before the question: "if it works fast, does it also stick"
_EN54_PREMISE = re.compile(r"^\W*(?:and |but |so )?if ([^,]+), ((?:does|do|is|are|will|would|can|could|should|how|what|when)\b.*)$")


# what may stand between a question word and the thing it asks for: 'what was the dose'
_ASKED_FOR_GAP = frozenset("is are was were the a an".split())


def _asked_for(tokens: list[str], index: int) -> bool:
    """The word at `index` is what a question word asks for: 'what dose', 'what was the dose'."""
    before = index - 1
    while before > 0 and index - before <= 2 and tokens[before] in _ASKED_FOR_GAP:
        before -= 1
    return tokens[before] in QUESTION_WORDS


# the two things a comparison names: "the difference between <iv ketamine> and <im shots>", "<ketamine> vs <psilocybin>"
_COMPARED = re.compile(r"\bdiffer between ((?:\S+ ){1,3}?)and ((?:\S+ ?){1,3})|((?:\S+ ){1,2})versus ((?:\S+ ?){1,2})")


def _compared(tokens: list[str]) -> list[str]:
    """The words in the slots of a comparison, if the question makes one."""
    found = _COMPARED.search(" ".join(tokens))
    return " ".join(g for g in found.groups() if g).split() if found else []


class Matcher:
    """Index a Knowledge once; `search(text)` is then cheap."""

    def __init__(self, knowledge: Knowledge, settings: MatchSettings | None = None) -> None:
        self.knowledge = knowledge
        self.settings = settings or MatchSettings()
        self._gaps = [
            FaqEntry(id=f"{GAP_PREFIX}{gap.topic}", title=gap.topic, topic="", questions=gap.questions,
                     answer="", source="")
            for gap in knowledge.not_covered
        ]
        self._by_id = {entry.id: entry for entry in (*knowledge.entries, *self._gaps)}
        self._build_lexicon(knowledge)
        self._build_rows(knowledge)
        self._build_weights(knowledge)

    # index ------------------------------------------------------------------------------------

    def _build_lexicon(self, knowledge: Knowledge) -> None:
        """Synonyms, fillers and the spelling vocabulary (every word staff wrote)."""
        # A canonical term that is itself listed as a variant ("amamantar: [chichar]" beside
        # "breastfeed: [amamantar]") leads on to that term.
        # Each canonical term also stands for itself, so "baby blues" is read as one term before
        # "baby" alone is.
        onward = dict(knowledge.synonyms)
        synonym_pairs = [(tuple(v.split()), tuple(onward.get(c, c).split())) for v, c in knowledge.synonyms]
        synonym_pairs += [(tuple(c.split()), tuple(c.split())) for c in dict.fromkeys(c for _, c in knowledge.synonyms)
                          if c not in onward]
        # A Spanish message reads the possessive 'mi' (a word follows) as 'mis' ('mi seguro' ->
        # 'mis seguro', see spanish.expand_chat), so a variant staff wrote with it is also known
        # with 'mis'; a final 'mi' is 'for me' ('para mi') and stays.
        synonym_pairs += [(tuple("mis" if t == "mi" and i < len(v) - 1 else t for i, t in enumerate(v)), c)
                          for v, c in synonym_pairs if "mi" in v[:-1]]
        # A Spanish variant staff wrote of the asker ('que no me pase', 'me cayo mal') says the same of
        # whoever the asker asks for: 'para que no le de', 'a mi esposa le cayeron mal', 'se les quita'.
        synonym_pairs += [(tuple(other if t == own else t for t in v), c)
                          for v, c in list(synonym_pairs) for own, others in _CLITIC_PERSONS.items()
                          if own in v and set(v) & _SPANISH_ONLY for other in others]
        english: set[str] = set()
        written: set[str] = set()
        answered: set[str] = set()  # the words of the entries themselves, not of the not-covered topics
        sentences: list[tuple[str, ...]] = []
        for entry in (*knowledge.entries, *self._gaps):
            for text in (*entry.questions, *entry.keywords, entry.title, entry.answer):
                tokens = words(text)
                written.update(tokens)
                sentences.append(tuple(tokens))
                if not entry.id.startswith(GAP_PREFIX):
                    answered.update(tokens)
                if not spanish.looks_spanish(tokens):
                    english.update(tokens)
        self._stem_synonyms = _StemSynonyms(synonym_pairs, frozenset(english) | STOPWORDS)
        self._synonyms = _Phrases(synonym_pairs, single=self._stem_synonyms.lookup)
        self._fillers = _Phrases([(f, ()) for f in FILLERS])
        raw_vocab = set(written)
        for variant, canonical in knowledge.synonyms:
            raw_vocab.update(variant.split())
            raw_vocab.update(canonical.split())
        self._vocab_set = frozenset(raw_vocab)
        # Targets are words, not the kind labels staff's synonyms lead to ('other meds' is no 'othermeds');
        # a one-word synonym ('ketamina') is whole even where no entry writes it.
        singles = {t for pair in knowledge.synonyms for t in pair if " " not in t}
        self._joiner = WordJoiner(raw_vocab - (NAMED_KINDS - written), heard=answered, whole=singles, known=self._vocab_set, stopwords=STOPWORDS,
                                  reading=lambda word: tuple(map(stem, self._synonyms.apply([word]))),
                                  phrases=[variant for variant, _ in synonym_pairs], written=sentences)
        self._vocab_by_initial: dict[str, list[str]] = defaultdict(list)
        for word in sorted(raw_vocab):
            if len(word) >= 4 and word.isalpha():
                self._vocab_by_initial[word[0]].append(word)
        # Spanish words by how they sound, for chat that writes them by ear ('ase' is 'hace', 'sirbe'
        # is 'sirve'): the function words, the irregular verb forms and the Spanish words of the
        # synonyms; a sound two such words share leads to neither.
        heard: dict[str, set[str]] = defaultdict(set)
        spanish_words = {t for variant, _ in knowledge.synonyms for t in variant.split() if t not in english}
        for word in (*spanish.STOPWORDS, *spanish.IRREGULAR, *spanish_words):
            if len(word) >= 3 and word.isalpha():
                heard[spanish.sound_key(word)].add(word)
        self._heard = {key: found.pop() for key, found in heard.items() if len(found) == 1}
        # The same words by their consonants, for chat that drops vowels ('rpido', 'sintma', 'prvenir').
        self._unvowelled_words: dict[str, list[str]] = defaultdict(list)
        for word in sorted({*spanish.STOPWORDS, *spanish.IRREGULAR, *spanish_words}):
            if len(word) >= 4 and word.isalpha():
                self._unvowelled_words[spanish.consonants(word)].append(word)
        self._heard_by_initial: dict[str, list[str]] = defaultdict(list)
        for key in sorted(self._heard):  # one sound away: only towards a word that carries a topic
            if len(key) >= 5 and self._heard[key] not in STOPWORDS:
                self._heard_by_initial[key[0]].append(key)
        self._correct = lru_cache(maxsize=4096)(self._correct_uncached)
        self._by_ear = lru_cache(maxsize=4096)(self._by_ear_uncached)
        # One message is read whole, by sentence and by clause, often the same text several times over
        self._normalised = lru_cache(maxsize=1024)(self._normalise_uncached)
        # One-word names of a kind ('zoloft' for antidepressant); a spelling or translation of the
        # kind's own word ('antidepresivo') starts as it does and is not a name.
        self._names = {
            variant: frozenset(stem(t) for t in canonical.split())
            for variant, canonical in knowledge.synonyms
            if canonical in NAMED_KINDS and " " not in variant and variant[:4] != canonical[:4]
        }

    def _build_rows(self, knowledge: Knowledge) -> None:
        """One row per alternate question (keywords count as one more question of their entry),
        and the exact phrasings: a phrasing only one entry lists always gets that entry."""
        self._rows: list[tuple[FaqEntry, frozenset[str], str]] = []
        exact: dict[tuple[str, ...], set[str]] = defaultdict(set)
        aspect_rows: list[tuple[str, list[str]]] = []
        phrased: dict[str, set[str]] = defaultdict(set)
        named: dict[frozenset[str], set[str]] = defaultdict(set)  # what a phrasing with no question in it names  # the words of an entry's phrasings and title
        for entry in (*knowledge.entries, *self._gaps):
            texts = [*entry.questions, entry.title] if entry.title != entry.id else list(entry.questions)
            if entry.keywords:
                texts.append(_uncounted(" ".join(entry.keywords)))
            for index, text in enumerate(texts):
                tokens = self.normalise(text)
                if tokens:
                    self._rows.append((entry, frozenset(tokens), self._content(tokens)))
                    if index < len(entry.questions) + (entry.title != entry.id):
                        phrased[entry.id].update(tokens)
                    if index < len(entry.questions):
                        exact[tuple(tokens)].add(entry.id)
                        if not set(tokens) & (QUESTION_WORDS | _AUXILIARIES):
                            named[frozenset(_content_words(tokens))].add(entry.id)
                        aspect_rows.append((entry.id, tokens))
        self._aspects = profiles(aspect_rows, {entry.id: answered_by(self.normalise(entry.answer))
                                               for entry in (*knowledge.entries, *self._gaps) if entry.answer})
        # The term each entry that mostly says what something is defines: the content words most
        # of its 'what is ...' phrasings use ('postpartum depression', 'ketamine').
        defining: dict[str, list[set[str]]] = defaultdict(list)
        for entry_id, tokens in aspect_rows:
            if self._aspects.get("definition", {}).get(entry_id, 0.0) >= 0.5 and "definition" in aspects_of(tokens):
                defining[entry_id].append(_content_words(tokens))
        self._defined_terms = {
            entry_id: frozenset(w for w in set().union(*rows) if 2 * sum(w in r for r in rows) >= len(rows))
            for entry_id, rows in defining.items()}
        self._phrased = {entry_id: frozenset(found) for entry_id, found in phrased.items()}
        self._named = {words: entry_id for words, ids in named.items() if len(ids) == 1 and len(words) >= 2
                       and not (entry_id := ids.pop()).startswith(GAP_PREFIX)}  # a not-covered topic is never named
        self._subjects = subject_profiles(aspect_rows, self._is_content)
        # An entry whose answer says what the clinic offers ('We focus on primary care ... and offer
        # ketamine infusion therapy') answers 'do you offer ...' even before its phrasings ask that way.
        for entry in knowledge.entries:
            if any(_WE_OFFER.search(sentence) for sentence in _SENTENCE_END.split(entry.answer)):
                self._subjects.setdefault(entry.id, {}).setdefault("offer", frozenset())
        self._exact = {key: ids.pop() for key, ids in exact.items() if len(ids) == 1}
        # How far an entry's best phrasing is trusted over its whole vocabulary: an entry with many
        # phrasings usually has one close to the question; a young entry with five rarely does.
        settings = self.settings
        self._beta = {
            entry.id: settings.few_question_weight + (settings.question_weight - settings.few_question_weight)
            * min(1.0, len(entry.questions) / settings.full_phrasings)
            for entry in (*knowledge.entries, *self._gaps)
        }
        # ...and a young entry's score is read higher against the answer thresholds: its five phrasings
        # score the same fit lower than thirty would (the lead over the runner-up is not lifted).
        self._youth = {entry.id: max(0.0, 1 - len(entry.questions) / settings.full_phrasings)
                       for entry in (*knowledge.entries, *self._gaps)}
        self._lift = {entry_id: 1 + settings.young_lift * youth for entry_id, youth in self._youth.items()}
        # The words naming who a question is about ('for my wife'): an entry that does not name that
        # person still answers the question about them.
        self._people = frozenset(self.normalise(_PEOPLE, correct=False))
        self._addresses = frozenset(entry.id for entry in knowledge.entries if _GIVES_ADDRESS.search(entry.answer))
        self._waits = frozenset(entry.id for entry in knowledge.entries if _GIVES_WAIT.search(entry.answer))
        self._contacts = frozenset(entry.id for entry in knowledge.entries if _GIVES_CONTACT.search(entry.answer))
        self._figures = frozenset(entry.id for entry in knowledge.entries if _GIVES_FIGURE.search(entry.answer))
        self._row_texts = [row[2] for row in self._rows]
        self._places = frozenset(entry.id for entry, tokens, _ in self._rows if stem("location") in tokens)
        self._row_entry_ids = [row[0].id for row in self._rows]

    def _build_weights(self, knowledge: Knowledge) -> None:
        """Each entry's vocabulary (its questions' words in full, its answer's at a discount) and
        IDF over entries: a word is distinctive if few *entries* use it."""
        entry_tokens: dict[str, set[str]] = defaultdict(set)
        for entry, tokens, _ in self._rows:
            entry_tokens[entry.id].update(tokens)
        self._vocabulary: dict[str, dict[str, float]] = {}
        for entry in (*knowledge.entries, *self._gaps):
            answer_text = f"{entry.title} {_uncounted(entry.answer)}"
            vocab = dict.fromkeys(self.normalise(answer_text, correct=False), self.settings.answer_word_weight)
            vocab.update(dict.fromkeys(entry_tokens.get(entry.id, ()), 1.0))
            self._vocabulary[entry.id] = vocab
        self._add_answer_rows(knowledge)
        n = max(len(self._vocabulary), 1)
        df: dict[str, int] = defaultdict(int)
        for vocab in self._vocabulary.values():
            for token in vocab:
                df[token] += 1
        self._idf = {t: math.log(1 + n / d) for t, d in df.items()}
        self._unknown_weight = self.settings.unknown_factor * math.log(1 + n)
        self._rare_weight = math.log(1 + n / 1.5)  # the weight of a word only one entry (or topic) uses
        self._postings: dict[str, list[int]] = defaultdict(list)
        for index, (_, tokens, _) in enumerate(self._rows):
            for token in tokens:
                self._postings[token].append(index)
        self._row_weight = [sum(self.weight(t) for t in tokens) for _, tokens, _ in self._rows]
        # Each row's stopwords as the bits of one number, so a query counts the ones a row shares
        # with it by an AND instead of a set intersection.
        self._stop_bits = {word: 1 << bit for bit, word in enumerate(sorted(STOPWORDS))}
        self._row_stops = [sum(self._stop_bits[t] for t in tokens & STOPWORDS) for _, tokens, _ in self._rows]
        # Staff's own terms for things the FAQ's entries never speak of but a not-covered topic
        # asks about in more than one phrasing ('colic', 'diapers': babycare): a question naming
        # one leans towards that topic.
        real = set().union(*(self._vocabulary[e.id] for e in knowledge.entries))
        terms = {stem(c) for _, c in knowledge.synonyms if " " not in c}
        uses: dict[str, int] = defaultdict(int)
        for entry, tokens, _ in self._rows:
            if entry.id.startswith(GAP_PREFIX):
                for t in tokens & terms:
                    uses[t] += 1
        self._gap_words = frozenset(t for t, n in uses.items() if n >= 2 and t not in real and self._is_content(t))
        spread: dict[str, int] = defaultdict(int)
        for entry in knowledge.entries:
            for token in self._vocabulary[entry.id]:
                spread[token] += 1
        # Words many entries use ('mother', 'after', 'work'): they point to no one topic.
        self._common_words = frozenset(t for t, n in spread.items() if n >= self.settings.common_entries)
        self._real_words = frozenset(spread)
        self._normalised.cache_clear()  # readings made before _real_words existed skipped _en57_plan_taken
        # The words of an entry's title no other entry uses: what only that entry is about ('suicidal').
        self._own_title_words = {
            entry.id: frozenset(t for t in _content_words(self.normalise(entry.title, correct=False)) if spread.get(t) == 1)
            for entry in knowledge.entries}
        self._entry_postings: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for entry_id, vocab in self._vocabulary.items():
            for token, factor in vocab.items():
                self._entry_postings[token].append((entry_id, factor))

    def _add_answer_rows(self, knowledge: Knowledge) -> None:
        """Each sentence of an answer as one more, discounted, phrasing of its entry: a young entry
        with five phrasings still says in its answer that the treatment is 'not a pill'."""
        self._row_factor = [1.0] * len(self._rows)
        factor = self.settings.answer_row_factor
        if not factor:
            return
        for entry in knowledge.entries:
            for sentence in _SENTENCE_END.split(_uncounted(entry.answer)):
                tokens = self.normalise(sentence, correct=False)
                if len({t for t in tokens if t not in STOPWORDS}) >= 3:
                    self._rows.append((entry, frozenset(tokens), self._content(tokens)))
                    self._row_factor.append(factor)
                    self._row_texts.append(self._rows[-1][2])
                    self._row_entry_ids.append(entry.id)

    # normalisation ----------------------------------------------------------------------------

    def _correct_uncached(self, word: str) -> str:
        """A typo of an FAQ word ('breastfeading') becomes that word; anything else is left alone.

        Only unknown words of 6+ letters, within one edit (two for long words), with the same first
        letter: strict, because a wrong correction ('pregnant' -> 'permanent') is worse than none.
        A Spanish form of a synonym ('amamantando') is not a typo: the stem look-up reads it, and
        another Spanish verb form is read as the form the word lists use ('darle' -> 'dar').
        """
        word = spanish.IRREGULAR.get(word, word)  # 'dio' (a luz) is 'dar', even where staff wrote 'dio'
        if word in self._vocab_set or word in STOPWORDS:
            return word
        if self._stem_synonyms.lookup(word) is not None:
            return word
        base = spanish.base_form(word)
        if base != word:
            return base
        if len(word) < 6 or not word.isalpha():
            return word
        limit = 1 if len(word) < 9 else 2
        choices = self._vocab_by_initial.get(word[0], ())
        best = process.extractOne(word, choices, scorer=DamerauLevenshtein.distance, score_cutoff=limit)
        return best[0] if best else word

    def _by_ear_uncached(self, word: str) -> str:
        """In a Spanish message, an unknown word written as it sounds, read as the word it sounds like."""
        if (word in self._vocab_set or word in STOPWORDS or word in spanish.IRREGULAR
                or self._stem_synonyms.lookup(word) is not None or spanish.base_form(word) != word):
            return word
        return self._diminutive_base(word) or self._heard_as(word) or self._vowels_restored(word) or word

    def _vowels_restored(self, word: str) -> str | None:
        """The one Spanish word an unknown word is, with the vowels chat typing dropped put back
        ('rpido' -> 'rapido', 'prvenir' -> 'prevenir'); two such words lead to neither. The first letter
        is kept: 'cerca' is not 'acerca'."""
        if len(word) < 3 or not word.isalpha():
            return None
        found = [known for known in self._unvowelled_words.get(spanish.consonants(word), ())
                 if known[0] == word[0] and spanish.is_subsequence(word, known)]
        return found[0] if len(found) == 1 else None

    def _diminutive_base(self, word: str) -> str | None:
        """The known word an unknown diminutive stands for ('horitas' -> 'horas', 'lechita' -> 'leche')."""
        return next((base for base in spanish.diminutive_bases(word)
                     if base in self._vocab_set or base in STOPWORDS or self._stem_synonyms.lookup(base) is not None), None)

    def _heard_as(self, word: str) -> str | None:
        """The Spanish word an unknown word is written as it sounds ('empiesa' -> 'empieza',
        'ombres' -> 'hombres'), or one sound away from it in a longer word ('selebro' -> 'cerebro')."""
        if len(word) < 3 or not word.isalpha():
            return None
        key = spanish.sound_key(word)
        found = self._heard.get(key)
        if found is not None and found != word:
            return found
        if len(key) < 6:
            return None
        near = process.extract(key, self._heard_by_initial.get(key[0], ()), scorer=DamerauLevenshtein.distance,
                               score_cutoff=1, limit=2)
        return self._heard[near[0][0]] if len(near) == 1 else None

    def normalise(self, text: str, *, correct: bool = True) -> list[str]:
        """The word sequence both sides are compared on (a fresh list: callers may change it)."""
        return list(self._normalised(text, correct))

    def _normalise_uncached(self, text: str, correct: bool) -> tuple[str, ...]:
        text = _en53_routes(_ROLE_OPENING.sub("", text[:MAX_MATCH_CHARS], count=1))
        text = self._en57_plan_taken(text)
        # Dictation's split words ('queta mina') read as one, before chat shorthand ('keta') is expanded;
        # staff's own text never joins (see joins.py).
        tokens = self._joiner.apply(words(spanish.drop_reported_que(spanish.drop_tag_no(text))))
        tokens = [_possessor(t) for t in spanish.expand_chat(tokens, ENGLISH_CHAT)]
        tokens = _en53_mode_of_action(_read_will(tokens))
        if correct:
            if spanish.looks_spanish(tokens):
                tokens = [self._by_ear(w) for w in tokens]
            tokens = [self._correct(w) for w in tokens]
        # the word-level readings, in this order (each step reads the words the one before left)
        for step in (_close_phrasal, _plural_you, _in_laws, _drop_often, _fix_as_treat, _tell_apart, _request_for_me,
                     self._fillers.apply, self._synonyms.apply, _en53_avoid_as_prevent, _es57_prevented_return, _form_choice):
            tokens = step(tokens)
        return tuple(t if t in STOPWORDS else stem(t) for t in tokens)

    def _en57_plan_taken(self, text: str) -> str:
        """Round 57 (en57): "do you take IHS", "do you accept HSA": what the clinic takes, named by an acronym
        the FAQ never uses, is a health plan: read as 'insurance' (a topic the FAQ does not cover)."""
        known = getattr(self, "_real_words", None)  # None while the FAQ's own text is being read
        found = _TAKES_ACRONYM.search(text) if known is not None else None
        if found is None or any(t in known for t in self.normalise(found.group(1), correct=False)):  # 'IV', 'PPD' are the FAQ's
            return text
        return text[:found.start(1)] + "insurance" + text[found.end(1):]

    @staticmethod
    def _is_content(token: str) -> bool:
        return token not in STOPWORDS and token not in QUESTION_WORDS and not token.isdigit()

    @staticmethod
    def _content(tokens: list[str]) -> str:
        """The words that carry meaning, for the character-level comparison."""
        return " ".join(t for t in tokens if t not in STOPWORDS and not t.isdigit())

    def weight(self, token: str) -> float:
        if token in STOPWORDS or token.isdigit():
            return STOPWORD_WEIGHT
        return self._idf.get(token, self._unknown_weight)

    def coverage(self, tokens: list[str], entry_id: str, story: frozenset[str] = frozenset(),
                 rival: str | None = None) -> tuple[float, int]:
        """How much of the question the entry knows: the share of the question's content weight
        found in the entry's vocabulary (answer-only words at a discount), and how many content
        words it does not know. One shared word ('husband', 'clinic') cannot carry an answer when
        the rest of the question is unknown to the entry. A `story` word (told, not asked: 'my
        son's girlfriend had the baby in March') the entry does not know counts only a little; so does
        a word many entries use, when the entry lacks no word foreign to the FAQ and the `rival`
        (the runner-up) does not know it."""
        content = _content_words(tokens)
        vocab = self._vocabulary.get(entry_id, {})
        # A young entry's few phrasings know few words: its title and answer, written by staff too,
        # lend it theirs at more weight here, the fewer phrasings it has.
        entry = self._by_id.get(entry_id)
        lent = self.settings.young_answer_weight * self._youth.get(entry_id, 0.0) if entry is not None and entry.answer else 0.0
        known = sum(self.weight(t) * (vocab[t] + (1 - vocab[t]) * lent) for t in content if t in vocab)
        story_factor, common_factor = self.settings.story_factor, self.settings.common_factor
        lacking = {t for t in content if t not in vocab and t not in story}
        # Words many entries use ('mother', 'after') count less when all the entry lacks are words
        # of the FAQ: one no entry uses ('pediatric', 'period') points elsewhere, and keeps them all at full weight.
        common = lacking & self._common_words if lacking <= self._real_words else frozenset()
        common -= self._vocabulary.get(rival, {}).keys()  # ...and one the runner-up knows counts in full
        # A young entry's thin vocabulary: the one word of the FAQ it lacks, when the runner-up does
        # not know it either, points to neither and counts less the fewer phrasings the entry has (a
        # word no entry uses, 'pediatric', 'placenta', points out of the FAQ and keeps its full weight).
        young = 1 - self.settings.young_lack_factor * self._youth.get(entry_id, 0.0) if rival and len(lacking) == 1 else 1.0
        rival_vocab = self._vocabulary.get(rival, {})
        total = sum(self.weight(t) * (story_factor if t in story and t not in vocab
                                      else self.settings.person_factor if t in self._people and t not in vocab
                                      else common_factor if t in common
                                      else young if t in lacking and t in self._real_words and t not in rival_vocab
                                      else 1.0) for t in content)
        if not total:
            return 1.0, 0
        return known / total, sum(1 for t in content if t not in vocab and t not in story)

    # search -----------------------------------------------------------------------------------

    def scores(self, text: str, *, limit: int = 10) -> list[Candidate]:
        """The best `limit` entries (and not-covered topics), best first."""
        return self._scores(self.normalise(text), limit=limit)

    def _scores(self, tokens: list[str], *, limit: int = 10) -> list[Candidate]:
        query = frozenset(tokens)
        if not query or all(t in STOPWORDS for t in query):
            return []
        # Words in a fixed order, so the sums below (and so the ties) do not depend on the hash seed.
        weights = {t: self.weight(t) for t in sorted(query)}
        query_weight = sum(weights.values())
        # Walk the postings of content words only; stopwords are in nearly every row, so their
        # (small) share is added afterwards, to the rows that share a content word.
        overlap: dict[int, float] = defaultdict(float)
        stop = query & STOPWORDS
        for token, w in weights.items():
            if token in stop:
                continue
            for row in self._postings.get(token, ()):
                overlap[row] += w
        if not overlap:
            return []
        stop_bits, row_stops, row_weight = sum(self._stop_bits[t] for t in stop), self._row_stops, self._row_weight
        dice = {row: 2 * (shared + STOPWORD_WEIGHT * (row_stops[row] & stop_bits).bit_count()) / (query_weight + row_weight[row])
                for row, shared in overlap.items()}
        # The character-level ratio only for the rows with the most words in common: the rest
        # cannot win, and this keeps a query cheap however large the FAQ grows. (sorted() gives what
        # heapq.nlargest does, ties in the same order, and is quicker for a few hundred rows.)
        if len(dice) <= 1000:
            shortlist = sorted(dice, key=dice.get, reverse=True)[:FUZZY_SHORTLIST]
        else:
            shortlist = heapq.nlargest(FUZZY_SHORTLIST, dice, key=dice.get)
        fuzzy = {
            shortlist[index]: score / 100
            for _, score, index in process.extract(
                self._content(tokens), [self._row_texts[row] for row in shortlist],
                scorer=fuzz.token_sort_ratio, limit=None, score_cutoff=30,
            )
        }
        return self._combine(weights, query_weight, dice, fuzzy, limit, aspects_of(tokens))

    def _combine(self, weights: dict[str, float], query_weight: float, dice: dict[int, float],
                 fuzzy: dict[int, float], limit: int, asked: frozenset[str] = frozenset()) -> list[Candidate]:
        """An entry's score: its best question's, blended with how much of the query its vocabulary
        covers, and lowered a little when the entry is not about the aspect asked."""
        alpha = self.settings.overlap_weight
        best_question: dict[str, float] = defaultdict(float)
        for row, value in dice.items():
            score = self._row_factor[row] * (alpha * value + (1 - alpha) * fuzzy.get(row, 0.0))
            entry_id = self._row_entry_ids[row]
            if score > best_question[entry_id]:
                best_question[entry_id] = score
        coverage: dict[str, float] = defaultdict(float)
        for token, w in weights.items():
            for entry_id, factor in self._entry_postings.get(token, ()):
                coverage[entry_id] += w * factor
        beta = self._beta
        # In the FAQ's order, so that of two entries with the same score the earlier one comes first
        # (a set of ids would order ties by the process's hash seed).
        combined = {
            entry_id: beta[entry_id] * best_question.get(entry_id, 0.0) + (1 - beta[entry_id]) * coverage[entry_id] / query_weight
            for entry_id in self._by_id if entry_id in coverage or entry_id in best_question
        }
        gamma = self.settings.aspect_weight
        for entry_id in combined:
            agree = agreement(asked, self._aspects, entry_id) if asked else None
            if agree is not None:
                combined[entry_id] *= 1 - gamma + gamma * agree
        ranked = heapq.nlargest(limit, combined.items(), key=lambda item: item[1])
        return [Candidate(self._by_id[entry_id], round(score, 4)) for entry_id, score in ranked]

    def search(self, text: str) -> Match:
        """The verdict on a whole message. A message that is not answered whole is read sentence
        by sentence: if exactly one entry answers one of its parts, that is the answer. One still
        held back that asks, in a clause of its own, what a term the FAQ defines is, gets that
        definition (_term_asked)."""
        match = self._search(text)
        named = self._term_asked(text, match)
        match = named if named is not None else match
        asked = self._en54_asked_past_premise(text)
        if asked is not None:
            # Round 54 (en54): "if it works fast, will it last?": what is asked after the premise granted
            alone = self._search(asked)
            if alone.answer is not None:
                return alone
        return match

    def _en54_asked_past_premise(self, text: str) -> str | None:
        """The words after an 'if ..., ' premise, when they ask an aspect of their own the premise does not."""
        found = _EN54_PREMISE.match(text[:MAX_MATCH_CHARS].lower().strip())
        if not found:
            return None
        own = aspects_of(self.normalise(found.group(2))) - {"definition"}
        if not own or not aspects_of(self.normalise(found.group(1))) - own:
            return None
        return found.group(2)

    def _term_asked(self, text: str, held: Match) -> Match | None:
        """Round 51 (en51): "I'm three years sober so I know what depression feels like, but what is
        postpartum depression specifically?", "a few mothers at our church asked me what postpartum
        depression is... can you help me understand it?": the story around it drowns the plain
        definition question. A clause that asks what one term the FAQ defines is (naming it where it
        asks, or right before "what does that mean"), when the message asks that of no other term
        and the entry defining it is among the closest, is answered by that entry."""
        if not held.candidates:
            return None
        clauses = [self.normalise(c) for c in _CLAUSE_END.split(text[:MAX_MATCH_CHARS]) if c.strip()]
        named: set[str] = set()
        for index, tokens in enumerate(clauses):
            before = clauses[index - 1] if index else []
            for entry_id, term in self._defined_terms.items():
                if _asks_meaning_of(tokens, term) or (
                        before and set(_content_words(before)) == term and _asks_meaning_of(before + tokens, term)):
                    named.add(entry_id)
        if not named:
            # "my sister saw your ad for ketamine, what kind of medicine is that?": the kind of thing a
            # term the message names (one only) is
            message = set().union(*clauses)
            terms = [entry_id for entry_id, term in self._defined_terms.items() if term and term <= message]
            if len(terms) == 1 and any(_KIND_OF_THAT.search(" ".join(tokens)) or _WHAT_IS_THAT_KIND.search(" ".join(tokens))
                                       or self._asks_real_kind(tokens, self._defined_terms[terms[0]]) for tokens in clauses):
                named.add(terms[0])
        if len(named) != 1:
            return None
        entry_id = named.pop()
        if held.answer is not None:
            # an answer already given stands unless it says nothing of what things are and the
            # definition is close behind ('can you help me understand it' is not asking for treatment),
            # and the message asks no other aspect ('I know what ppd is, how fast does it work')
            top = held.candidates[0].score
            # (Round 53, en53: however far behind, when only a person named sets the answer apart: "explain postpartum
            # depression to me like im five, my husband doesnt get it" is not about fathers)
            if (held.answer.id == entry_id or self._aspects.get("definition", {}).get(held.answer.id, 0.0) >= 0.25
                    or aspects_of(self.normalise(text)) - {"definition"}
                    or not any(c.entry.id == entry_id and (c.score >= top - self.settings.suggest_window
                                                           or self._en53_apart_by_people(text, held.answer.id, entry_id))
                               for c in held.candidates[:3])):
                return None
        elif not any(c.entry.id == entry_id for c in held.candidates[:4]):
            return None
        return Match(answer=self._by_id[entry_id], suggestions=(), score=held.score, candidates=held.candidates)

    @staticmethod
    def _asks_real_kind(tokens: list[str], term: frozenset[str]) -> bool:
        """The clause asks whether the term (or 'it', 'that') is a real medication, illness... (_REAL_KIND)."""
        found = _REAL_KIND.match(" ".join(tokens))
        return found is not None and (set(found["subject"].split()) == term or found["subject"] in {"it", "that", "this"})

    def _en53_titled(self, entry_id: str) -> frozenset[str]:
        """The content words of an entry's title ('book', 'appoint')."""
        entry = self._by_id.get(entry_id)
        return frozenset(_content_words(self.normalise(entry.title, correct=False))) if entry is not None else frozenset()

    def _en53_apart_by_people(self, text: str, winner: str, other: str) -> bool:
        """The content words of the message that `winner` knows and `other` does not are all people named."""
        mine, theirs = self._vocabulary.get(winner, {}), self._vocabulary.get(other, {})
        apart = {t for t in _content_words(self.normalise(text)) if t in mine and t not in theirs}
        return bool(apart) and apart <= self._people

    def _search(self, text: str) -> Match:
        story = self._story(text)
        normalised = self.normalise(text)
        whole = self._search_tokens(normalised, story=story)
        if whole.answer is not None:
            # "todos hablan de la depre posparto. alguien me dice q es?": the one question asks
            # only what the thing the story names is; the story's other words do not choose the entry
            parts = split_parts(text)
            named = self._only_meaning_asked(parts, whole)
            if named is not None and named.answer.id != whole.answer.id:
                return self._check_names(text, named, normalised)
            if len(parts) >= 2 and sum(asks and not _BARE_WISH.match(part) for part, asks in parts) == 1:
                meaning = self._meaning_of_named(parts, whole, strict_only=True)
                if meaning is not None:
                    return self._check_names(text, meaning, normalised)
            if story:
                whole = self._asked_over_told(text, whole)
            whole = self._defines_other(text, normalised, whole)
            if whole.answer is None:
                return whole
            return self._check_names(text, whole, normalised)
        parts = split_parts(text)
        if len(parts) < 2:
            return whole
        meaning = self._meaning_of_named(parts, whole) or self._only_meaning_asked(parts, whole)
        if meaning is not None:
            return self._check_names(text, meaning, normalised)
        answered = {m.answer.id: (m, tokens) for m, tokens in self._part_matches(parts, listed=is_list(text)) if m.answer is not None}
        if len(answered) == 1:  # "what is brexanolone and how is it given": 'it' is the drug named
            if self._whole_knows_more(text, whole, next(iter(answered)), next(iter(answered.values()))):
                return whole  # 'what is bdnf and what does ketamine have to do with it'
            return self._check_names(text, self._in_story(*next(iter(answered.values())), story), normalised)
        return whole

    def _defines_other(self, text: str, tokens: list[str], whole: Match) -> Match:
        """"What's an infusion exactly?": a short sentence asking what one thing is, won
        by the entry that says what another term is (ketamine), which the message never names, while
        the thing asked about is a word that entry's phrasings never use and other entries' do. The
        entry closest to the message among those that name the thing answers when it is the
        runner-up; otherwise the reply holds back and offers both."""
        winner = whole.answer
        term = self._defined_terms.get(winner.id)
        if not term or term <= set(tokens):
            return whole
        own = self._phrased.get(winner.id, frozenset())
        asked = None
        for part, asks in split_parts(text):
            part_tokens = self.normalise(part)
            content = list(_content_words(part_tokens))
            new = [t for t in content if t not in own and t not in self._people]
            # one word new to the winner, in a short sentence ('exactly', 'never had one' it knows)
            if asks and len(new) == 1 and len(content) <= 3 and "definition" in aspects_of(part_tokens):
                asked = new[0]
        if asked is None:
            return whole
        naming = [c for c in whole.candidates if c.entry.id != winner.id and asked in self._phrased.get(c.entry.id, frozenset())]
        if not naming:
            return whole
        rivals = [c for c in whole.candidates if c.entry.id != winner.id]
        if naming[0] is rivals[0] and naming[0].score >= self.settings.suggest_score:
            return Match(answer=naming[0].entry, suggestions=(), score=naming[0].score, candidates=whole.candidates)
        return Match(answer=None, suggestions=(naming[0].entry, winner), score=whole.score, candidates=whole.candidates)

    def _whole_knows_more(self, text: str, whole: Match, entry_id: str,
                          part: tuple[Match, list[str]] | None = None) -> bool:
        """In a message of questions only, the entry closest to the whole message knows every content
        word of it and the one part's entry (`entry_id`) does not: in "what is bdnf and what does
        ketamine have to do with it" the second part alone reads as what ketamine is, but 'it' is
        bdnf, which only the entry on how ketamine works knows. The part's answer is then not sure."""
        if not whole.candidates or whole.candidates[0].entry.id == entry_id:
            return False
        if whole.answer is None and part is not None and self._whole_leads_other(whole, entry_id, part):
            return True
        if not all(a for _, a in split_parts(text)):
            return False
        tokens = self.normalise(text)
        return self.coverage(tokens, whole.candidates[0].entry.id) == (1.0, 0) and self.coverage(tokens, entry_id)[1] > 0

    def _whole_leads_other(self, whole: Match, entry_id: str, part_read: tuple[Match, list[str]]) -> bool:
        """A single part answered only loosely, whose own runner-up is the entry the whole message
        is clearly closest to ("Brain. How ketamine fix?": the part alone reads as how long it
        lasts, by a little over how it works; the whole reads as how it works). The two readings
        disagree, so the part's answer is not sure: the bot asks which was meant."""
        top = whole.candidates[0]
        part, tokens = part_read
        if part.score >= self.settings.loose_part_score or len(part.candidates) < 2 \
                or part.candidates[1].entry.id != top.entry.id:
            return False
        # ...unless the part asks an aspect its own entry answers and the whole's does not ('what is its safety record')
        asked = aspects_of(tokens) - {"definition"}
        if asked and agreement(asked, self._aspects, entry_id) and not agreement(asked, self._aspects, top.entry.id):
            return False
        own = next((c for c in whole.candidates if c.entry.id == entry_id), None)
        return own is not None and top.score - own.score >= self.settings.answer_margin

    def _in_story(self, match: Match, tokens: list[str], story: frozenset[str]) -> Match:
        """"My wife was just diagnosed with PPD. What does treatment usually involve?": the part
        alone reads as the ketamine infusion, but the story names what it is about. When the story
        names a term the FAQ defines ('ppd', 'ketamine') that the part's entry never uses, the part
        is read again with it: a different entry that then answers is the answer, else the part's
        entry is only suggested."""
        subject = set().union(*(term for term in self._defined_terms.values() if term <= story))
        if not subject or subject & self._vocabulary.get(match.answer.id, {}).keys():
            return match
        again = self._search_tokens(tokens + sorted(subject))
        if again.answer is not None and again.answer.id != match.answer.id:
            return again
        return Match(answer=None, suggestions=(match.answer,), score=match.score, candidates=match.candidates)

    def _meaning_of_named(self, parts: list[tuple[str, bool]], whole: Match, strict_only: bool = False) -> Match | None:
        """"My OB wrote PPD on my notes. What is that?": a question that asks only what something
        is, pointing at the term the rest of the message names. The entry that most often says what
        something is answers when the message names its term and no other such entry's (ppd, not
        ketamine: the words most of its 'what is ...' phrasings use), or when it is the entry the
        whole message is closest to, well ahead of the other such entries."""
        if not whole.candidates:
            return None
        bare = strict = strict_what = False
        # a bare "can you explain" asks what something is when the story says the writer does not
        # know what it is ("no idea what ketamine even is"), not when it wants to know how it works
        unknown_thing = any(not asks and _WHAT_X_IS.search(" ".join(words(part))) for part, asks in parts)
        for part, asks in parts:
            tokens = self.normalise(part)
            joined = " ".join(tokens)
            plain = " ".join(words(part))
            if (asks and len(_content_words(tokens)) <= 1
                    and ((("definition" in aspects_of(tokens) or _WHAT_IT_IS.search(joined) or _WHAT_IS_IT.search(joined)
                            or _EXPLAIN_IT.search(plain))
                          and _POINTS.search(joined)) or (unknown_thing and _EXPLAIN.search(plain)))):
                bare = True
                # "what is that", "explain it": nothing but the pointer ('what is going on in the
                # brain when you get it' asks how it works)
                asks_what = bool(_WHAT_IS_IT.search(joined) or _WHAT_IT_IS.search(joined))
                strict |= asks_what or bool(_EXPLAIN_IT.search(plain) or (unknown_thing and _EXPLAIN.search(plain)))
                # over an answer the whole message already has, only 'what is it' says the question
                # is what the thing is ('can you explain it' may ask how it works)
                strict_what |= asks_what
        if strict_only and not strict_what:
            return None
        if not bare:
            return None
        message = set(self.normalise(" ".join(part for part, _ in parts)))
        named = [entry_id for entry_id, term in self._defined_terms.items() if term and term <= message]
        if strict and len(named) == 1:
            return Match(answer=self._by_id[named[0]], suggestions=(), score=whole.candidates[0].score,
                         candidates=whole.candidates)
        if strict_only or (strict and named):
            return None  # 'ppd' and 'ketamine' both named: which one 'that' is, is not clear
        profile = self._aspects.get("definition", {})
        definers = [c for c in whole.candidates if profile.get(c.entry.id, 0.0) >= 0.5]
        if not definers or definers[0] is not whole.candidates[0]:
            return None
        if any(c.score > definers[0].score - self.settings.wide_answer_margin for c in definers[1:]):
            return None
        return Match(answer=definers[0].entry, suggestions=(), score=definers[0].score, candidates=whole.candidates)

    def _only_meaning_asked(self, parts: list[tuple[str, bool]], whole: Match) -> Match | None:
        """Round 51 (es51): "DPP q significa? lo vi en un papel q me dieron en el hospital": the one
        sentence that asks, asks what a term means and names nothing but that term; the entry that says
        what that term is answers, whatever the told sentences' words ('hospital') lean to."""
        asking = [part for part, asks in parts if asks]
        if len(parts) < 2 or len(asking) != 1 or not whole.candidates:
            return None
        tokens = self.normalise(asking[0])
        if not _WHAT_IS_TERM.search(" ".join(tokens)):  # 'does that mean it's ppd now' asks no meaning
            return None
        if set(tokens) & QUESTION_WORDS - {"what"}:
            return None  # '¿qué es y por qué la usan para la depresión posparto?' asks more than a meaning
        content = set(_content_words(tokens))
        named = [entry_id for entry_id, term in self._defined_terms.items() if term and content == term]
        if len(named) != 1:
            return None
        return Match(answer=self._by_id[named[0]], suggestions=(), score=whole.candidates[0].score,
                     candidates=whole.candidates)

    def _asked_over_told(self, text: str, whole: Match) -> Match:
        """In "My wife needs help with PPD. How do we schedule with your team?" the told sentence
        carries the words the symptoms entry knows, and the question asks to book: when the whole
        message's entry knows none of the words of the sentences that ask, and those are answered
        by exactly one other entry, that entry is the answer."""
        parts = split_parts(text)
        asked = [t for part, asks in parts if asks for t in self.normalise(part)]
        vocab = self._vocabulary.get(whole.answer.id, {})
        if asked and len(parts) == 2 and not parts[0][1] and _CONCEDES.search(fold_unicode(text).lower()):
            # what the statement grants ('it works fast') is not asked: the question after 'but' is,
            # read alone (its 'it' is the FAQ's subject)
            alone = self._search_tokens(asked)
            return alone if alone.answer is not None else whole
        if (asked and len(_content_words(asked)) >= 2 and any(_WORRY.search(fold_unicode(part).lower()) for part, asks in parts if not asks)):
            # the worry is background: a question that stands alone (two content words or more) and
            # has a confident answer of its own is what is asked
            alone = self._search_tokens(asked)
            if alone.answer is not None and alone.answer.id != whole.answer.id:
                return alone
        asked_aspects = aspects_of(asked)
        if asked and asked_aspects == {"definition"} and not agreement(asked_aspects, self._aspects, whole.answer.id):
            # Round 52 (en52): "I had a c-section in May and I've been numb since. Is postpartum depression a type of
            # depression?": the story's words ('c-section') lean to an entry that does not answer what the question
            # asks at all (what it is); the question read alone, answered with confidence by an entry that does
            # answer it and knows as much of its words, is what is asked
            alone = self._search_tokens(asked)
            if (alone.answer is not None and alone.answer.id != whole.answer.id
                    and (agreement(asked_aspects, self._aspects, alone.answer.id) or 0.0) >= 0.5
                    and self.coverage(asked, alone.answer.id)[0] >= self.coverage(asked, whole.answer.id)[0]):
                return alone
        told_known = {t for t in self._story(text) if t in vocab and t not in STOPWORDS and self._is_content(t)}
        if (asked and told_known and told_known <= self._people | _FAMILY and not set(asked) & self._people
                and not any(asks and _HE_OR_SHE.search(fold_unicode(part).lower()) for part, asks in parts)):
            # "what is ppd? my husband says it's just being tired": the story names a person, and only
            # that person ties the whole message to its entry (dads); the question, which names no
            # one, is read alone and its confident answer is what is asked
            alone = self._search_tokens(asked)
            if alone.answer is not None and alone.answer.id != whole.answer.id:
                return alone
        if not asked or any(t in vocab for t in _content_words(asked)):
            return whole
        answered = {m.answer.id: m for m, _ in self._part_matches(parts, listed=is_list(text)) if m.answer is not None}
        if len(answered) == 1 and whole.answer.id not in answered:
            return next(iter(answered.values()))
        return whole

    def _check_names(self, text: str, match: Match, normalised: list[str] | None = None) -> Match:
        """An answer held back (offered as a suggestion) when the message names a particular thing
        of a kind ('zoloft', 'wine') its entry never speaks of: the entry shares only generic words;
        or asks for a street address or a contact detail (a phone number, an email) or the wait for a visit its answer does not give."""
        if match.answer is None:
            return match
        vocab = self._vocabulary.get(match.answer.id, {})
        tokens = spanish.expand_chat(words(text[:MAX_MATCH_CHARS]), ENGLISH_CHAT)
        joined = " ".join(tokens)
        if _ASKS_ADDRESS.search(joined) and match.answer.id not in self._addresses:
            return Match(answer=None, suggestions=(match.answer,), score=match.score, candidates=match.candidates)
        if ((_ASKS_CONTACT.search(joined) and match.answer.id not in self._contacts)
                or (_ASKS_WAIT.search(joined) and match.answer.id not in self._waits)
                or _ASKS_BRING.search(joined)):
            return Match(answer=None, suggestions=(match.answer,), score=match.score, candidates=match.candidates)
        normalised = normalised if normalised is not None else self.normalise(text)  # search() has it already
        # "how is ketamine different from what I'm already taking" compares, it does not combine
        combines = bool(_COMBINES.search(joined)) and "difference" not in aspects_of(normalised)
        if combines and _KIND_STEMS & set(normalised):
            # the kind named without a name ('can I keep taking my antidepressant while doing ketamine')
            return Match(answer=None, suggestions=(match.answer,), score=match.score, candidates=match.candidates)
        if any(t not in self._real_words and t.isalpha() for t in _content_words(_compared(normalised))):
            # 'ketamine infusions vs psilocybin therapy': a thing compared that no entry speaks of
            return Match(answer=None, suggestions=(match.answer,), score=match.score, candidates=match.candidates)
        if self._en53_compares_unknown(normalised, vocab):
            # Round 53 (en53): 'the difference between IV ketamine and IM shots': one side of the comparison is
            # nothing the entry speaks of (it compares ketamine with the pills, not two ways of giving it)
            return Match(answer=None, suggestions=(match.answer,), score=match.score, candidates=match.candidates)
        for token in tokens:
            kind = self._names.get(self._correct(token)) or self._named_by_stem(token)
            if kind is not None and (combines or not kind & vocab.keys()):
                return Match(answer=None, suggestions=(match.answer,), score=match.score, candidates=match.candidates)
        return match

    @staticmethod
    def _en53_compares_unknown(tokens: list[str], vocab: dict[str, float]) -> bool:
        """A comparison 'between X and Y' one side of which has content words, none of them the entry's."""
        found = re.search(r"\bdiffer between ((?:\S+ ){1,3}?)and ((?:\S+ ?){1,3})", " ".join(tokens))
        if not found:
            return False
        sides = [[t for t in _content_words(side.split()) if t.isalpha()] for side in found.groups()]
        return any(side and not any(t in vocab for t in side) for side in sides)

    def _named_by_stem(self, token: str) -> frozenset[str] | None:
        """The kind a Spanish form of a name names ('sangrando', as 'sangrado' does: a condition)."""
        found = self._stem_synonyms.lookup(token)
        if found is None or len(found) != 1 or found[0] not in NAMED_KINDS or token[:4] == found[0][:4]:
            return None
        return frozenset({stem(found[0])})

    def _story(self, text: str) -> frozenset[str]:
        """The words of a message that only its statements use, when another sentence asks a
        question of its own: in "my son's girlfriend had the baby in March. can ppd show up that
        late?" the question is the second sentence, and the first tells the story around it. In
        "ppd?? explain it like I slept 2 hours" the question is too short to stand alone (one content word
        is enough in a question of three words or more, "is it actually safe?", unless it points back at the
        story: "is that...", "is she right?"); in "my
        therapist said ketamine helps suicidal ideation. does your clinic say anything about that?"
        it asks about what the statement told."""
        told: set[str] = set()
        asked: set[str] = set()
        asked_words = 0
        parts = split_parts(text)
        if len(parts) < 2:
            return frozenset()
        whole_question = True
        for part, asks in parts:
            if asks and _ABOUT_THAT.search(part):
                return frozenset()
            (asked if asks else told).update(self.normalise(part))
            asked_words += len(_content_words(words(part))) if asks else 0
            if asks:
                whole_question &= (len(words(part)) >= 3 and not _TOLD_PERSON.search(part)
                                   and not REFERS_BACK.search(part.lower()))
        return frozenset(told - asked) if asked_words >= 2 or (asked_words and whole_question) else frozenset()

    def search_parts(self, text: str) -> Parts:
        """Up to two answered parts of a multi-part message ("when will I feel better and how long
        does it last"), in the order asked, and whether a part that asks something is not covered.
        A part left unsure only because an entry already answering another part is its runner-up
        is decided again without that entry. A single question gives `search`'s one match."""
        parts = split_parts(text)
        if len(parts) < 2:
            return Parts(matches=(self.search(text),), uncovered=False)
        verdicts = self._part_matches(parts, listed=is_list(text))
        whole = lru_cache(maxsize=1)(lambda: self.search(text))  # the whole message's match, found at most once
        if len(verdicts) == 1:
            if whole().answer is not None:
                return Parts(matches=(whole(),), uncovered=False)
        answered = {m.answer.id for m, _ in verdicts if m.answer is not None}
        if len(answered) == 1 and self._whole_knows_more(
                text, whole(), next(iter(answered)), next(v for v in verdicts if v[0].answer is not None)):
            return Parts(matches=(whole(),), uncovered=False)
        if len(answered) == 1:
            # "is therapy enough for ppd or do most ppl need meds": one entry answers a part and
            # knows every word of the whole message, so the other part is the same question, not
            # one to decide again without that entry
            found = whole().answer
            if (found is not None and found.id in answered
                    and self._fully_covered(self.normalise(text), found.id)
                    and not any(self._asks_other(tokens, match, found.id) for match, tokens in verdicts)):
                return Parts(matches=(whole(),), uncovered=False)
        matches: list[Match] = []
        uncovered = False
        story = self._story(text)
        for match, tokens in verdicts:
            if match.answer is None and answered:
                match = self._follow_on(tokens, answered)
            if match.answer is not None and story:
                match = self._in_story(match, tokens, story)
            match = self._check_names(text, match)  # 'it' in one part may be the drug another names
            if match.answer is None:
                uncovered = True
            elif all(m.answer.id != match.answer.id for m in matches):
                matches.append(match)
        if not matches:
            return Parts(matches=(whole(),), uncovered=False)
        if len(matches) > 1 and not all(asks for _, asks in parts):
            # "I exclusively pump. Can I still do ketamine, and what happens with the milk?": after
            # a story, the entry the whole message is about comes first, before a part's narrower reading
            found = whole().answer
            first = [m for m in matches if found is not None and m.answer.id == found.id]
            matches = first + [m for m in matches if m not in first]
        return Parts(matches=tuple(matches[:2]), uncovered=uncovered or len(matches) > 2)

    def _asks_other(self, tokens: list[str], match: Match, entry_id: str) -> bool:
        """A part left unsure whose closest entry answers the aspect the part asks better than
        `entry_id` does ('is postpartum depression an actual type of depression': what it is)."""
        asked = aspects_of(tokens)
        if match.answer is not None or not match.candidates or not asked:
            return False
        top = match.candidates[0].entry.id
        return top != entry_id and (agreement(asked, self._aspects, top) or 0.0) > (agreement(asked, self._aspects, entry_id) or 0.0)

    def _follow_on(self, tokens: list[str], answered: set[str]) -> Match:
        """A part decided again without the entries other parts already answer. "how long does it
        last" after "when will I feel better" is about the relief, so an entry the answered ones
        list as related may win by a narrower margin, when the part names at least two things: "what does
        the treatment look like" beside a question about the needle is too thin to pick a neighbour by."""
        match = self._search_tokens(tokens, exclude=answered)
        if match.answer is None and match.candidates:
            top = match.candidates[0]
            related = any(top.entry.id in self._by_id[a].related for a in answered)
            if (related and top.score >= self.settings.part_answer_score and len(_content_words(tokens)) >= 2
                    and self._covered(tokens, top.entry.id)):
                return Match(answer=top.entry, suggestions=(), score=top.score, candidates=match.candidates)
        if match.answer is not None and match.score < self.settings.part_answer_score:
            return Match(answer=None, suggestions=(), score=match.score, candidates=match.candidates)
        return match

    def _part_matches(self, parts: list[tuple[str, bool]], listed: bool = False) -> list[tuple[Match, list[str]]]:
        """The verdict on each part that asks something. A part must match more clearly than a
        whole message: a sentence of a story ("my husband works nights") is not a question. The one
        point of a list that asks (`listed`) is read as if sent alone: the other points set the scene."""
        out = []
        lone_point = listed and sum(a for _, a in parts) == 1
        # ...while a point that is a bare fragment ('2) speed? 3) side effect profile?') asks about the
        # list's heading: it does not stand alone
        leaning = [listed and len(words(part)) <= 3 and not _ASKS.match(part) for part, _ in parts]
        # "My doctor put me on sertraline... If I tried ketamine instead, how long would it take?": the
        # last sentence, the only one that asks, after sentences that tell, is the question itself
        lone_question = sum(a for _, a in parts) == 1 and parts[-1][1] and len(parts) >= 2
        for index, (part, asks) in enumerate(parts):
            tokens = self.normalise(part)
            refers = (self._refers_back(part) and not (index == 0 and self._en54_names_thing(part))) or leaning[index]
            points_back = asks and refers and tuple(tokens) not in self._exact
            if points_back and lone_question and not _OR_CHOICE.search(part):
                # "Three meds this year, nothing helped. Does that make me a candidate?": the one question,
                # last, points back at the story; its own reading stands when the whole message, story
                # and all, is closest to the same entry, and it clears the part's floor. ("is it that or
                # depression" weighs the story against something else: it still needs the story.)
                match = self._check_names(part, self._search_tokens(tokens, alone=False))
                whole = self.scores(" ".join(p for p, _ in parts), limit=2)
                leads = whole and (len(whole) < 2 or whole[0].score >= POINTS_BACK_LEAD * whole[1].score)
                if match.answer is not None and match.score >= self.settings.part_answer_score \
                        and leads and whole[0].entry.id == match.answer.id:
                    out.append((match, tokens))
                continue
            if (not asks or refers) and tuple(tokens) not in self._exact:
                continue  # a statement, or "does that sound like ppd": it needs the rest of the message
            if len({t for t in tokens if t not in STOPWORDS}) < 2 and tuple(tokens) not in self._exact:
                continue
            if lone_point and asks:
                out.append((self._check_names(part, self._search_tokens(self._en54_past_premise(part, tokens))), tokens))
                continue
            match = self._check_names(part, self._search_tokens(self._en54_past_premise(part, tokens), alone=False))
            floor = self.settings.part_answer_score
            if lone_question and asks and match.answer is not None and match.score < floor \
                    and (any(term <= set(tokens) for term in self._defined_terms.values())
                         or self._answers_aspect(tokens, match.answer.id)):
                # ...when it names what it asks about ('ketamine', not 'what it is') and the whole
                # message, story and all, is closest to the same entry
                whole = self.scores(" ".join(p for p, _ in parts), limit=1)
                if whole and whole[0].entry.id == match.answer.id:
                    floor = self.settings.asked_part_score
            if match.answer is not None and match.score < floor:
                match = Match(answer=None, suggestions=(match.answer,), score=match.score, candidates=match.candidates)
            out.append((match, tokens))
        return out

    def _refers_back(self, part: str) -> bool:
        """The part points at the rest of the message (REFERS_BACK). Round 52 (en52): a pointer right before the
        name of a term the FAQ defines ('can young fathers get this postpartum depression', 'does that ketamine
        help') names what it asks about: it points nowhere ('is that ppd' still asks whether the story is it)."""
        lowered = part.lower()
        for found in _POINTER_NAMES.finditer(lowered):
            named = set(_content_words(self.normalise(found.group(1))))
            if named and any(term and term <= named for term in self._defined_terms.values()):
                lowered = lowered.replace(found.group(0), " ", 1)
        return bool(REFERS_BACK.search(lowered))

    def _en54_past_premise(self, part: str, tokens: list[str]) -> list[str]:
        """Round 54 (en54): "if it works fast, does it also stick?" grants one aspect (how fast) and asks
        another (how long): the words after the premise are what is asked, when they ask an aspect of
        their own that the premise does not."""
        asked = self._en54_asked_past_premise(part)
        return tokens if asked is None else self.normalise(asked)

    def _en54_names_thing(self, part: str) -> bool:
        """Round 54 (en54): in a message's first sentence a pointer has nothing before it to point at; when
        it stands before a kind of thing ('is this medicine dangerous?', 'what is this renew wellness?') it
        names what the sentence asks about. A bare pointer ('is this normal? I cry all day') still points
        at the story after it."""
        lowered = _EN54_POINTED_THING.sub(" ", part.lower())
        return lowered != part.lower() and not REFERS_BACK.search(lowered)

    def _answers_aspect(self, tokens: list[str], entry_id: str) -> bool:
        """Round 51 (en51): the part asks an aspect (not 'what is') that the entry is the one to answer:
        "...10 months old. Now I'm crashing. Is there a cutoff for when it still counts as postpartum?"
        asks when the illness starts; its 'it' needs no term named."""
        asked = aspects_of(tokens) - {"definition"}
        return bool(asked) and (agreement(asked, self._aspects, entry_id) or 0.0) >= 1.0

    def _search_tokens(self, tokens: list[str], exclude: frozenset[str] | set[str] = frozenset(),
                       story: frozenset[str] = frozenset(), alone: bool = True) -> Match:
        """The verdict on one normalised question (`exclude`: entries not to consider, `story`:
        words only its statements use)."""
        locked = self._exact.get(tuple(tokens))
        if locked is not None and not locked.startswith(GAP_PREFIX) and locked not in exclude:
            candidates = tuple(c for c in self._scores(tokens) if not c.entry.id.startswith(GAP_PREFIX))[:5]
            return Match(answer=self._by_id[locked], suggestions=(), score=1.0, candidates=candidates)
        candidates = [c for c in self._scores(tokens, limit=10 + len(exclude)) if c.entry.id not in exclude]
        real = tuple(c for c in candidates if not c.entry.id.startswith(GAP_PREFIX))[:5]
        if not candidates:
            return Match(answer=None, suggestions=(), score=0.0, candidates=())
        if candidates[0].entry.id.startswith(GAP_PREFIX):
            # Closest to a topic the documents do not answer: hold back, offering real entries
            # only when they are as close as that topic ("ketamine and depression").
            gap = candidates[0].score
            picks = tuple(c.entry for c in real[: self.settings.max_suggestions]
                          if c.score >= max(self.settings.suggest_score, gap - self.settings.answer_margin))
            return Match(answer=None, suggestions=picks, score=real[0].score if real else 0.0, candidates=real)
        named = self._names_asked(tokens, candidates, exclude)
        if named is not None:
            return Match(answer=self._by_id[named], suggestions=(), score=candidates[0].score, candidates=real)
        return self._decide(tokens, candidates, real, story, alone)

    def _names_asked(self, tokens: list[str], candidates: list[Candidate], exclude: frozenset[str] | set[str]) -> str | None:
        """'what is a ketamine infusion': a question asking what something is, whose content words are
        exactly those of a phrasing of one entry that only names a thing ('ketamine infusion', no
        question in it), asks about that entry's thing, not about the entry defining one of its words
        ('ketamine'), when that entry is among the closest, within named_window of the winner."""
        if tokens[0] != "what" or "definition" not in aspects_of(tokens):
            return None
        named = self._named.get(frozenset(_content_words(tokens)))
        if named is None or named in exclude or named == candidates[0].entry.id:
            return None
        floor = candidates[0].score - self.settings.named_window
        return named if any(c.entry.id == named and c.score >= floor for c in candidates[:4]) else None

    def _defines_named(self, tokens: list[str], candidates: list[Candidate]) -> bool:
        """Round 49 (five49): the winner says what a term is, the question asks what that very term is
        (_names_defined), and no close rival answers 'what is' as well: a young entry's five phrasings
        rarely share the chat around it ('my cousin keeps sayin i got it'), so its share of the
        question is small, but the term named where it asks settles it."""
        winner = candidates[0].entry.id
        if "definition" not in aspects_of(tokens) or not _names_defined(tokens, self._defined_terms.get(winner, frozenset())):
            return False
        if self.coverage(tokens, winner)[1] > self.settings.max_unknown_words:
            return False
        mine = agreement(frozenset({"definition"}), self._aspects, winner) or 0.0
        floor = candidates[0].score - self.settings.suggest_window
        return mine >= 0.5 and all((agreement(frozenset({"definition"}), self._aspects, c.entry.id) or 0.0) < mine
                                   for c in candidates[1:] if c.score >= floor)

    def _answers_alone(self, tokens: list[str], candidates: list[Candidate]) -> bool:
        """The question asks an aspect ('is it a pill or a shot': its form) that the winner is the
        entry to answer, and no other close entry answers at all."""
        asked = aspects_of(tokens)
        if not asked or (agreement(asked, self._aspects, candidates[0].entry.id) or 0.0) < 1.0:
            return False
        floor = candidates[0].score - self.settings.suggest_window
        vocab = self._vocabulary.get(candidates[0].entry.id, {})
        lacking = {t for t in _content_words(tokens) if t not in vocab}
        # ...nor knows a word the winner lacks ('how fast does it work on suicidal thoughts')
        return not any(agreement(asked, self._aspects, c.entry.id) or lacking & self._vocabulary.get(c.entry.id, {}).keys()
                       for c in candidates[1:] if c.score >= floor)

    def _covered(self, tokens: list[str], entry_id: str, story: frozenset[str] = frozenset(),
                 rival: str | None = None, aspect: bool = False, lead: float = 0.0, lone: bool = False) -> bool:
        """Enough of the question is the entry's, and not by one shared word alone: 'can my
        husband come to the appointment' shares only 'husband' with the entry about fathers.
        Words only the message's statements use (`story`) count little when the entry lacks them.
        A young entry (few phrasings, so a thin vocabulary) winning by a wide `lead` over the
        runner-up may know a smaller share of the question: the lead speaks for it, when it knows
        most of the question's words and lacks only words foreign to the whole FAQ."""
        share, unknown = self.coverage(tokens, entry_id, story, rival)
        content = _content_words(tokens)
        if not content:
            return False  # 'what time is it': nothing the question is about
        if set(content) <= self._people:
            return False  # 'my husband wants to understand': a person named, nothing asked about them
        vocab = self._vocabulary.get(entry_id, {})
        # (Round 53, en53: a person the question is for, 'can I book for my wife', is not a word it lacks here when the
        # word it knows names what the entry's title is about: 'how do I support my wife' shares only 'support')
        strangers = sum(1 for t in content if t not in vocab and t not in story
                        and not (t in self._people and self._en53_titled(entry_id) & set(content)))
        if unknown and strangers and sum(1 for t in content if t in vocab) + aspect < 2:  # the aspect asked, when only the entry answers it, counts as one
            return False
        if not subject_agrees(subjects_of(tokens, self._is_content), self._subjects.get(entry_id, {})):
            return False  # 'how long does ppd last': the entry's lasting questions are about ketamine
        if "difference" in aspects_of(tokens) and self._compares_other(tokens, vocab):
            return False  # 'is postpartum anxiety the same as ppd': the entry compares another postpartum condition
        if entry_id not in self._figures and _ASKS_FIGURE.search(" ".join(tokens)):
            return False  # 'what percent of moms get ppd': the entry gives no figure
        if entry_id not in self._places and _ASKS_PLACE.search(" ".join(tokens)):
            return False  # 'support groups in the east valley': the entry does not say where
        floor = self.settings.alone_coverage if aspect else self.settings.min_coverage
        lacking = [t for t in content if t not in vocab and t not in story]
        if (not aspect and lead >= self.settings.young_lead and 3 * len(lacking) <= len(content) and len(content) >= 4
                and not any(t in self._idf and t in self._vocabulary.get(rival, {}) for t in lacking)):
            # a young entry's thin vocabulary: it may know a smaller share of the question when it wins
            # by a wide lead, knows most of the question's (four or more) words, and lacks only words the
            # runner-up does not know either (or no entry uses), which its few phrasings may not have met yet
            floor *= 1 - self.settings.young_coverage * self._youth.get(entry_id, 0.0)
        if not aspect and lone and sum(1 for t in content if t in vocab) >= 3 and not any(
                t in self._idf and self.weight(t) >= self._rare_weight for t in lacking):
            # a lone candidate, far ahead of the runner-up, that knows three or more of the question's
            # words: the words it lacks are the writer's own (who asks, their day, 'a milder version'),
            # unless one is a rare word of the FAQ, which points to another topic ('tips', 'weight')
            floor = min(floor, self.settings.lone_coverage)
        return share >= floor and unknown <= self.settings.max_unknown_words

    @staticmethod
    def _compares_other(tokens: list[str], vocab: dict[str, float]) -> bool:
        """One word qualifies both things compared, and one of them is a thing the entry does not know:
        'postpartum anxiety' beside 'postpartum depression' is not the entry's 'baby blues' beside it."""
        pairs = list(zip(tokens, tokens[1:]))
        return any(head not in vocab and Matcher._is_content(head) and head not in STOPWORDS
                   and any(other == word and mate != head and mate in vocab for other, mate in pairs)
                   for word, head in pairs if Matcher._is_content(word) and word not in _COMPARING)

    def contrast(self, tokens: list[str], entry_id: str, rival_id: str) -> float:
        """How much more of the question's content weight the entry's whole text knows than its
        rival's (phrasing words in full, answer-only words at a discount): words two close
        neighbours share cancel out, words distinctive of one of them decide."""
        content = _content_words(tokens)
        total = sum(self.weight(t) for t in content)
        if not total:
            return 0.0
        mine, theirs = self._vocabulary.get(entry_id, {}), self._vocabulary.get(rival_id, {})
        return sum(self.weight(t) * (mine.get(t, 0.0) - theirs.get(t, 0.0)) for t in content) / total

    def _contrasts(self, tokens: list[str], candidates: list[Candidate]) -> bool:
        """The winner stands apart from the runner-up by words only it knows, and answers the
        aspect asked at least as well ('what does that mean' is not settled by 'doctor')."""
        if len(candidates) < 2:
            return False
        mine, rival = candidates[0].entry.id, candidates[1].entry.id
        asked = aspects_of(tokens)
        if asked and (agreement(asked, self._aspects, mine) or 0.0) < (agreement(asked, self._aspects, rival) or 0.0):
            return False
        return self.contrast(tokens, mine, rival) >= self.settings.contrast_lead

    def _rival_blind(self, tokens: list[str], candidates: list[Candidate]) -> bool:
        """The runner-up knows no word of the question the winner does not, and the winner knows
        words of it the runner-up does not ('can ketamine be used preventively for new moms': only
        the prevention entry knows 'prevent'; the runner-up shares only 'ketamine' and 'mother'):
        however narrow the lead, nothing in the question points to the runner-up."""
        if len(candidates) < 2:
            return False
        mine = self._vocabulary.get(candidates[0].entry.id, {})
        theirs = self._vocabulary.get(candidates[1].entry.id, {})
        content = _content_words(tokens)
        if any(t in theirs and t not in mine for t in content):
            return False
        # ...and what points to the winner outweighs what points to neither ('is ppd caused by
        # hormones': the side effects entry knows 'cause', but no entry knows 'hormones')
        if sum(self.weight(t) for t in content if t in mine) <= sum(self.weight(t) for t in content if t not in mine) + \
                sum(self.weight(t) for t in content if t in theirs):
            return False
        asked = aspects_of(tokens)
        if asked and (agreement(asked, self._aspects, candidates[0].entry.id) or 0.0) < (agreement(asked, self._aspects, candidates[1].entry.id) or 0.0):
            return False  # ...and answers the aspect asked at least as well
        return self.contrast(tokens, candidates[0].entry.id, candidates[1].entry.id) >= self.settings.blind_lead

    def _fully_covered(self, tokens: list[str], entry_id: str) -> bool:
        """Every content word of the question is one the entry's phrasings use, and there are at
        least two ('what time is it' has none, so it is not 'fully covered' by anything)."""
        content = _content_words(tokens)
        return len(content) >= 2 and self.coverage(tokens, entry_id) == (1.0, 0)

    def _gap_rival(self, tokens: list[str], candidates: list[Candidate], story: frozenset[str]) -> bool:
        """A not-covered topic close behind the winner knows a word of the question that no entry
        of the FAQ uses ('my baby has colic and cries, what can I do': colic is baby care, which
        the FAQ does not cover, whatever 'baby' and 'cry' share with the symptoms entry). When that
        word is what the question asks for ('what dose did the study use'), the topic may be further
        behind: the rest of the question only sets the scene."""
        asked = {t for t in _content_words(tokens) if t in self._gap_words and t not in story}
        if not asked:
            return False
        wanted = any(t in asked and _asked_for(tokens, i) for i, t in enumerate(tokens) if i)
        floor = candidates[0].score - self.settings.suggest_window * (2 if wanted else 1)
        return any(
            c.entry.id.startswith(GAP_PREFIX) and c.score >= floor and asked & self._vocabulary[c.entry.id].keys()
            for c in candidates[1:2])

    def _misses_meaning(self, tokens: list[str], entry_id: str, rival_id: str) -> bool:
        """The question asks what something means, the entry hardly ever answers that and the
        runner-up is the entry that does ('i keep seeing ppd in my mom group chat, what does it
        mean': the treatment entry shares 'group', the definition entry says what ppd is). Only the
        plain 'mean'/'define' cue: 'what are ...' and the other aspect cues are too loose to overrule
        the words."""
        if not _ASKS_MEANING.search(" ".join(tokens)):
            return False
        profile = self._aspects.get("definition", {})
        return (profile.get(entry_id, 0.0) < 0.25 and profile.get(rival_id, 0.0) >= 1.0
                and self.coverage(tokens, entry_id)[1] > 0)  # ...and the entry lacks words of the question

    def _names_other(self, tokens: list[str], candidates: list[Candidate]) -> bool:
        """The question names what only a close runner-up is about, a word of its title no other
        entry uses ('is it true ketamine works fast on suicidal ideation': suicidal thoughts are the
        runner-up's topic; 'fast' alone cannot make it a question about how fast ketamine works)."""
        content = _content_words(tokens)
        floor = candidates[0].score - self.settings.suggest_window
        return any(self._own_title_words.get(c.entry.id, frozenset()) & content for c in candidates[1:] if c.score >= floor)

    def _lead(self, tokens: list[str], candidates: list[Candidate], fit: float) -> float:
        """The winner's lead over the runner-up. When the runner-up is a not-covered topic and the
        winner a young entry whose phrasings or title use every content word of the question ('tell
        me about your clinic'), both scores are read at their lifts: the topic's dozen phrasings score
        the same fit higher than the entry's five do. Not for a question about what someone says
        ('is that what your clinic says'): its subject is elsewhere in the message."""
        margin = candidates[0].score - (candidates[1].score if len(candidates) > 1 else 0.0)
        if (len(candidates) < 2 or not candidates[1].entry.id.startswith(GAP_PREFIX) or "say" in tokens
                or not _content_words(tokens) <= self._phrased.get(candidates[0].entry.id, frozenset())):
            return margin
        return max(margin, fit - candidates[1].score * self._lift[candidates[1].entry.id])

    def _decide(self, tokens: list[str], candidates: list[Candidate], real: tuple[Candidate, ...],
                story: frozenset[str] = frozenset(), alone: bool = True) -> Match:
        """Answer a clear winner that covers the question; suggest a plausible one; else nothing."""
        settings = self.settings
        top = candidates[0].score
        fit = top * self._lift[candidates[0].entry.id]  # a young entry's score, read higher (_build_rows)
        # ...but not one that does not answer the aspect asked ('how safe') when a close rival does ('what
        # is' is not such an aspect: any entry's topic may be asked that way, 'what is a ketamine infusion')
        asked = aspects_of(tokens) - {"definition"}
        if fit > top and not agreement(asked, self._aspects, candidates[0].entry.id) \
                and any(agreement(asked, self._aspects, c.entry.id) for c in candidates[1:4]):
            fit = top
        margin = self._lead(tokens, candidates, fit)
        clear = (fit >= settings.answer_score and margin >= settings.answer_margin) or (
            fit >= settings.wide_answer_score and margin >= settings.wide_answer_margin
        ) or (fit >= settings.full_answer_score and margin >= settings.full_answer_margin
              and self._fully_covered(tokens, candidates[0].entry.id)) or (
            margin > 0 and fit >= settings.contrast_score and self._contrasts(tokens, candidates)
            and (top >= settings.contrast_score or not self.coverage(tokens, candidates[0].entry.id)[1])) or (
            margin > 0 and fit >= settings.wide_answer_score and self._rival_blind(tokens, candidates))
        rival = candidates[1].entry.id if len(candidates) > 1 else None
        if not clear and rival is not None and margin > 0 and fit >= settings.answer_score:
            # only the winner answers the aspect asked ('do ketamine and ssris work on the same
            # brain chemicals' compares; the runner-up says how ketamine works), knowing every word of it
            asked = aspects_of(tokens)
            clear = bool(asked) and not self.coverage(tokens, candidates[0].entry.id)[1] and (agreement(asked, self._aspects, candidates[0].entry.id) or 0.0) >= 1.0 \
                and not agreement(asked, self._aspects, rival)
        if clear and rival is not None and self._misses_meaning(tokens, candidates[0].entry.id, rival):
            clear = False
        alone = alone and margin >= settings.alone_margin and fit >= settings.wide_answer_score \
            and self._answers_alone(tokens, candidates)
        clear = (clear or alone) and not self._names_other(tokens, candidates)
        lone = top - (candidates[1].score if len(candidates) > 1 else 0.0) >= settings.lone_lead
        if clear and self._covered(tokens, candidates[0].entry.id, story, rival, aspect=alone, lead=margin, lone=lone) \
                and not self._gap_rival(tokens, candidates, story):
            return Match(answer=candidates[0].entry, suggestions=(), score=top, candidates=real)
        if margin >= settings.answer_margin and fit >= settings.wide_answer_score and self._defines_named(tokens, candidates) \
                and not self._names_other(tokens, candidates) and not self._gap_rival(tokens, candidates, story):
            return Match(answer=candidates[0].entry, suggestions=(), score=top, candidates=real)
        if top >= settings.suggest_score:
            floor = max(settings.suggest_score, top - settings.suggest_window)
            picks = tuple(c.entry for c in real[: settings.max_suggestions] if c.score >= floor)
            return Match(answer=None, suggestions=picks, score=top, candidates=real)
        return Match(answer=None, suggestions=(), score=top, candidates=real)
