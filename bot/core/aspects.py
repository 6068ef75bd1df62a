"""What kind of answer a question wants: its aspect (how long it lasts, how fast it works, when it
starts, what something is, whether it is safe...).

Two entries often share every topic word ("how long does it last" and "how long until I feel
better" are both about ketamine and feeling better) and differ only in the aspect asked about. The
cues below are read on the matcher's normalised words (folded, stemmed, Spanish synonyms already
turned to their English canonical terms), so one table serves both languages. Which entry answers
which aspect is not written here: it is learned from the share of each entry's own phrasings that
carry the cue, so a new entry gets its profile from the phrasings staff write, and from what its
answer says (an answer that says how long something lasts answers 'how long': ANSWERS).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

# "to lower my risk" asks about prevention, not whether something is safe
_LOWERING = ("lower", "reduc", "decreas", "cut", "reduce", "reducir", "reduzca", "disminuy", "disminuir", "disminuya",
             "baja", "bajar")
_NOT_LOWERED = "".join(f"(?<!\\b{v} {a})" for v in _LOWERING
                       for a in ("", "the ", "my ", "your ", "her ", "la ", "el ", "mi ", "su "))

# what starts or is noticed is the relief: "when do you start feeling results", "cuándo se empieza a sentir la
# mejoría", "when will I notice a difference" ask how fast the treatment works, not when the illness begins
_EASING = (r"\w*(?: (?:to|a))?(?: (?:feel|sentir|see|ver|notic)\w*)? (?:(?:ani|any|some|the|la|el|a|an|un|una) )?"
           r"(?:relief|better|mejor\w*|improv\w*|result|effect|differ|benefit)")

# the relief itself as the subject of 'when does ... start/show up': "when do results show up", "when does the
# improvement begin" ask how fast the treatment works, not when the illness begins
_EASED = r"(?:(?:the|ani|any|my|your|her|first|real|some) )*(?:relief|result|effect|benefit|improv\w*)s?"
_NOT_EASING = r"(?! " + _EASED + r" (?:start|begin|show|appear|come|kick))"

# Round 52 (en52): what has an onset in "the onset of effect", "onset of relief", "onset of the antidepressant
# effect": the treatment's relief (how fast), not the illness
_ONSET_OF_RELIEF = r"(?:(?:the|an?|it|ani|any|(?:\S+ )?antidepress) )*(?:effect|relief|result|benefit|improv)\w*\b"

# the relief felt or noticed: "feel better", "notice a difference" (read as 'feel better')
_FELT = r"\b(?:feel|sentir|see|ver|notic)\w* (?:(?:ani|any|some|the|la|el|a|an|un|una) )?(?:better|relief|mejor\w*|improv\w*|result|effect|benefit)\b"

# how things are usually done: 'usually' is a stopword, read unstemmed; Spanish writes 'normalmente'
# (_USUAL: the stemmed words, also read between "depression" and "treat" in "treated")
_USUAL = r"standard|usual|usualli|normal|normalli|typic\w*|common\w*"
_USUALLY = r"(?:" + _USUAL + r"|usually|usualment\w*|normally|normalment\w*|general\w*)"

ASPECTS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "duration": r"\blast\b(?! (?:time|week|month|year|night|pregnanc|babi|visit|appoint)\b)|\bhow long (?:doe|do|does|will|would|is|are)\b(?!.*\b(?:until|till|befor|take|to)\b)"
                    r"|\bwear off\b|\bpermanent\b|\blong term\b|\bforev"
                    # "does it also stop working", "does the effect stay"
                    r"|\bstop work\b|\b(?:effect|relief|result|benefit)s? (?:stay|persist|fade)\b"
                    # "it only helps for like a week": how long the help lasts
                    r"|\b(?:help|work)\w* (?:only |just )?for (?:(?:like|about|onli|only|just|a|one|few|coupl|of) )+(?:day|week|month)s?\b"
                    # Round 51 (en51): "the effect is for long time?", "is the relief for a long time or short"
                    r"|\b(?:effect|relief|result|benefit)s? (?:is |are |will be |be |stay |stays )?for (?:a )?long time\b"
                    # Round 54 (en54): "will it help her for long", "feel good only for a little time", "work for a short while"
                    r"|\b(?:help|work|good|better)\w* (?:(?:her|him|me|you|us|them|only|onli|just) )*for (?:(?:so|a|littl|little|short) )*(?:long|while|time)\b(?! (?:befor|until|till)\b)",
        "speed": r"\bhow (?:fast|soon|quick|quickli)\b(?! (?:after|postpartum|birth)\b)|\bhow long (?:until|till|befor|to|doe it take|will it take)\b"
                 r"|\bwhen\b.*\b(?:start|begin|notic)" + _EASING +
                 r"|\btake (?:that|so|as|this|too) long\b"  # "does ketamine take that long too"
                 # the relief as what starts or shows: "when do results show up", "when does the improvement begin"
                 r"|\bwhen (?:doe|do|does|will|would|can|should|is|are) " + _EASED + r" (?:start|begin|show|appear|come|kick)"
                 r"|\bhow soon\b.*" + _FELT +  # "how soon after the infusion will I feel better"
                 r"|\bfast\b(?! (?:befor|for)\b)|\bfaster\b|\bquick\b|\bquicker\b|\brapid|\bsame day\b|\bright away\b(?! (?:after|postpartum|birth)\b)|\bkick in\b"
                 # "time to effect", "the time until relief": the wait for the treatment to work
                 r"|\btime (?:to|until|till|befor) (?:(?:it|the|a|ani|any|see|feel|notic) )*(?:effect|relief|work|result|benefit|improv|better)\b"
                 # Round 52 (en52): "the onset of effect after an infusion", "onset of action": when the relief starts
                 r"|\bonset of " + _ONSET_OF_RELIEF +
                 # Round 53 (en53): "feel relief within an hour of the infusion", "does it work within hours"
                 r"|\b(?:relief|better|work\w*|result|effect|improv\w*) within (?:an? |one |the first |a few |few |\d+ )?(?:hour|minut)",
        "onset": r"\bwhen (?:doe|do|does|did|can|will|would|is|are)\b" + _NOT_EASING + r".*\b(?:start|begin|show|appear|notic|hit)(?!" + _EASING + ")"
                 r"|\bonset\b(?! of " + _ONSET_OF_RELIEF + r")|\btoo late\b|\bhow late\b|\b(?:this|that|so) late\b"
                 # Round 52 (en52): "can it still be ppd this far out", "that far into the first year": so late after the birth
                 r"|\b(?:this|that|so) far (?:out|into|down the road|postpartum|after)\b|\bstill count\b|\bhow soon (?:after|postpartum|birth)\b(?!.*" + _FELT + ")"
                 # Spanish, no auxiliary: "cuándo empieza", "aparece meses después", "hasta un año después del parto"
                 r"|\bwhen (?:se )?(?:suele |suelen )?(?:start|begin|appear)\b(?!" + _EASING + r")|\b(?:start|begin|appear)\b.*\b(?:mes|meses|months|ano|anos|year|years|semanas|weeks) (?:after|postpartum)\b"
                 # "can you get ppd months after birth", "se puede tener depresión meses después del parto"
                 r"|\b(?:get|have|tener|develop|desarroll\w*)\b.*\b(?<!\d )(?<!\bi am )(?<!\bim )(?:months|weeks|year|years) (?:after|postpartum)\b"
                 r"|\bhasta (?:un|cuanto|\d+) (?:mes|meses|months|ano|anos|year|years|semanas|weeks) (?:after|postpartum)\b"
                 # Round 55 (es55): when it can come on someone: "hasta cuanto tiempo despues ... te puede dar la depresion"
                 r"|\bwhen\b(?: \S+){0,6}? (?:te|le|les|me|nos|se) (?:puede|pueden|podria|suele|suelen) dar (?:(?:la|el) )?(?:postpartum )?depress\b"
                 # what starts after the birth is the illness, not a treatment: "does it start right away after delivery"
                 r"|\b(?:start|begin|appear|show up)\b(?:(?!\bketamin).)*\bafter (?:the |my |her )?birth\b"
                 # the illness as what starts or hits: "does ppd hit right away or later on"
                 r"|(?<!\bbefor )\bpostpartum depress (?:\S+ )?(?:hit|start|begin|appear|show up)\b(?! as\b)",
        "definition": r"^(?:(?:oigan|oye|oiga|hola|disculpe|buenas|buenos) )*(?:what|what is)\b(?!.*\b(?:differ|best|ways?|happen|should|safe)\b).*\b(?:is|mean|are)\b"
                      r"|\bwhat is (?:exactamente |realmente )?(?:la|el|los|las|eso de|esto de) (?!.*\b(?:differ|best|way|happen|should)\b)"  # Spanish "qué es la <X>"
                      r"|\bmean\b(?! (?:a|an|getting|having|need|needl|infus|shot|inject)\b)|\bdefinit|\bdefin\b|\bwhat is (?:it|that|this|eso|esto)\b"
                      # "is it a kind of depression?": what class of thing it is
                      r"|^(?:is|are) (?:it|that|this|ppd|postpartum depress|ketamin) (?:a|an|just a|just an) (?:actual |real |separate |specific )?(?:kind|type|form|sort) of\b"
                      r"|\bwhat is(?: exactly| exactamente| actually| realmente)?$"
                      # "explain ppd to me like I'm five": a bare term to explain
                      r"|^explain (?:postpartum depress|ketamin|\S+) (?:to|for) (?:me|us)\b"
                      # "sorry if this is dumb but what is postpartum depression exactly"
                      r"|\bwhat is (?:postpartum depress|ketamin|depress|(?:la|el) \S+(?: \S+)?) (?:exactly|actually|realli|exactamente|realmente)\b",
        # who the treatment is for, asked at the start: "who should get ketamine treatment for ppd",
        # "quién puede recibir ketamina" (not "people who have suicidal thoughts", a relative clause)
        "who": r"^(?:(?:so|and|but|then|y|pero|entonces) )?(?:who|quien|quienes) (?:(?:should|can|could|would|is|are|might|puede|pueden|debe|deben|deberia) )?(?:get|have|take|use|receiv|recib\w*|benefit|qualif\w*|need|a good candid|candid|eligibl|right for)"
               r"|^who (?:is|are) (?:\S+ ){1,3}?(?:meant )?for\b"
               # "is it for everyone or only certain people"
               r"|\bfor (?:everyone|everybodi|everybody|anyone|anybodi|anybody|all women|all mother)\b|\bonly (?:for )?(?:the )?(?:(?:most|realli|veri|more) )?(?:certain|some|specific|sever|serious|extrem|bad|worst|hard) (?:people|peopl|women|mother|patient|case|depress|postpartum depress)"
               # "something I could do", "an option I could try": whether the asker may have it
               r"|\bsometh\w* (?:i|she|we) (?:could|can|might) (?:do|tri|try|get|have)\b"
               # whether the asker is one: "could I be a candidate", "¿podría ser candidata?", "soy candidata"
               r"|\b(?:be|am i|ser|soy|seria|sere) (?:(?:a|an|un|una|good|buen|buena) )*candid\b"
               # ...or asked as whether she may have it, said last: "¿ella podría hacerse el tratamiento con ketamina?"
               r"|\b(?:could|can|podria|puede|pueda|puedo) (?:(?:she|i|ella|yo) )?(?:still |todavia )?(?:hacer|do|get|have|recib\w*) (?:(?:el|la|the|this|este|ese) )?(?:ketamin )?treatment(?: (?:con|with|de) ketamin)?$"
               # "can I still do ketamine", said last
               r"|\b(?:could|can) (?:she|i|we) (?:still )?(?:do|get|have|try) (?:the )?ketamin$"
               # "is it right for me", "an option for someone like me" ('for me' reads 'right for me': what is right is said first), "the kind of patient it is for"
               r"|\b(?:is|be|seria|es|sea|someth\w*|choic\w*|option|opcion|ketamin|treatment|therapi|work) (?:\S+ )?right for (?:me|you|her|him|us|someone|somebodi|my \S+)\b"
               r"|\bfor (?:someone|somebodi|people|women|a person|patient) like (?:me|her|us)\b"
               r"|\b(?:option|appropri\w*|suitabl\w*|make sens) for (?:me|her|someone|somebodi|my \S+)\b|\bkind of (?:patient|person|people)\b"
               # "do I have to fail pills first", "can I go straight to ketamine"
               r"|\b(?:have|need) to (?:fail|tri|try) (?:\S+ ){0,3}first\b|\bgo straight to ketamin\b"
               # whether the asker should have it at all, said as the whole question: "should i try ketamine"
               r"|^(?:so |and |but )?should (?:i|she|we|my \S+) (?:(?:even|realli|actual) )?(?:tri|try|get|do|consid\w*|go for) (?:the )?ketamin$"
               # Round 53 (en53): whether a wish or a history is reason enough to have it: "is wanting to avoid them a
               # reasonable reason to look at ketamine", "does that make her someone ketamine could work for"
               r"|\b(?:good|reason|valid|enough|suffici\w*|legitim\w*) reason to (?:look at|look into|tri|try|consid\w*|get|go for|seek) (?:\S+ )?ketamin\b"
               r"|\bmake (?:me|her|him|us|them) (?:someon\w*|somebod\w*|a person|a patient|the kind of \S+) (?:that |who )?(?:ketamin|it|this|the treatment) (?:could|can|would|might) (?:work|help)\b",
        # (the lookahead first: the many lookbehinds are then tried only where 'risk' is)
        "safety": r"\bsafe|(?=risk)" + _NOT_LOWERED + r"(?<!\bhigh )(?<!\bhigher )\brisk|\bdanger|\bharm\b|\bharm",
        "difference": r"\bdiffer (?:between|from|than)\b|\b(?:the|what|a|is it|is that|is this) differ\b|\bdiffer\W*$"
                      r"|\bvs\b|\bversus\b|\bsame (?:as|thing)\b|\bbetter than\b"
                      # two things named side by side: "do ketamine and ssris work on the same brain chemicals"
                      r"|^(?:do|doe|does|are|is) \S+ and \S+ (?:\S+ ){0,4}?same\b",
        "mechanism": r"\bhow (?:(?:doe|does|do|would|can) )?(?:it|ketamin|that|this) (?:(?:actually|realli|really|even|exactly) )?(?:work|help|fix|treat)\b"
                     # "what does ketamine do in your brain"
                     r"|\bwhat (?:doe|does|do|would|will) (?:it|ketamin|that|this) (?:actually |realli |really |even |exactly )?do (?:to|in|insid|for) (?:the|your|my|our|her|his|a|one) brain\b"
                     # "the science behind it", "how does an anesthetic fix depression", "what is it doing in your brain"
                     r"|\bscienc\b|\bhow (?:doe|does|do|can|could|is) (?:an? )?(?:anesthet|it|ketamin|that|this) (?:suppos to |even |actual |realli )?(?:fix|make|produc|lift|eas)\b"
                     r"|\bwhat is (?:it|ketamin|that|this) (?:physic |actual |realli |even )?doing\b"
                     # "how does an anesthetic help with depression", "how would a drip of ketamine even fix depression":
                     # a thing acting on the illness (not "how can I help with depression": a person helping)
                     r"|\bhow (?:doe|does|do|would|can|could|is) (?!(?:i|we|you|she|he|they|my|me)\b)(?:\S+ ){1,4}?(?:even |actual |realli )?(?:help|fix|treat|work on|lift|eas)\w* (?:with |on )?(?:postpartum )?depress\b",
        # how the illness is usually treated: "how is ppd treated", "la depresión posparto se trata con pastillas?"
        # (what is treated is the illness: "can ketamine treat ppd" asks about ketamine; "¿de qué se trata?" is "what is it about")
        "treated": r"\bdepress (?:(?:is|are|get|gets|" + _USUAL + r") )+treat\b|(?<!\bde que )(?<!\bno )\bse treat\b"
                   r"|\bhow (?:is|are) (?:(?:the|la|el) )?(?:postpartum depress|depress|it) treat\b"
                   # "what does treatment for ppd usually involve": the illness's treatment, no ketamine named
                   r"|^(?!.*\bketamin).*\b(?:what|how|which) (?:is|are|does|doe|do) (?:(?:the|a|la|el) )?(?:\S+ )?treatment (?:for|of|para|de) (?:(?:la|el) )?(?:postpartum )?depress\b"
                   # what is usually done for it: "what do doctors normally do for ppd", "the standard way this gets treated"
                   r"|\b(?:what|que) (?:do|doe|does|hacen) (?:(?:the|los|las) )?(?:doctor|people|most people|women|mom|mother)s? " + _USUALLY + r"(?: (?:do|get))?\b"
                   # "how do doctors usually treat moms with ppd"
                   r"|\bhow (?:do|doe|does) (?:(?:the|los|las) )?(?:doctor|people|they)s? " + _USUALLY + r" treat\b"
                   r"|\b(?:do|doe|does) most (?:people|women|mom|mother|patient)s? with postpartum depress (?:just )?(?:get|go on|take)\b"
                   r"|\bthe standard (?:way|rout|plan|option|care|approach|treatment|therapi|of care)"  # care, approach: en53
                   # whether one kind of care is all there is: "is medication the only way", "are pills the only
                   # option" (not ketamine: "is ketamine the only option for me" asks whether it suits the asker)
                   r"|^(?!.*\bketamin)(?:.*\b)?(?:is|are|es|son) (?:(?:the|la|el|las|los) )?\S+ (?:the|la|el) (?:only|unica|unico) (?:way|option|treatment|choic\w*|thing|opcion|forma|manera)\b",
        # what form the treatment takes: "is ketamine a pill or an iv", "la ketamina es pastilla o suero"
        # ("is ketamine infusion therapy safe" names the treatment, it does not ask its form)
        "form": r"\b(?:(?:is|es) (?:(?:la|el) )?(?:ketamin|it) (?:a|an|un|una|given|given by|in|en)|ketamin (?:is|es)(?: a| an| un| una)?|es en) "
                r"(?:pill|infus|shot|inject|drip|given)\b"
                # "is it taken orally or intravenously", "does the treatment mean an iv"
                r"|\b(?:taken|given|done|administ\w*) (?:(?:as|by|through|in) )?(?:(?:a|an) )?(?:oral|infus|pill|shot|inject|mouth)\b"
                r"|\b(?:oral|pill)(?: ketamin)? (?:or|o) (?:(?:a|an|by|por|en|una|un) )?infus\b|\binfus (?:or|o) (?:(?:a|an|by|por|en|una|un) )?(?:oral|pill)\b"
                # "what form does the ketamine come in", "¿de qué forma me dan la ketamina?": in what form it is given
                r"|\bwhat form (?:doe|does|do|is|will) (?:the |your )?(?:ketamin|it|treatment|medic\w*)\b"
                r"|\b(?:de|en) que (?:forma|manera) (?:se |me |le |la |lo |nos )?(?:dan|da|aplican|aplica|administr\w*|pone|ponen)\b"
                r"|\bmean (?:(?:a|an|getting|having) )?(?:infus|shot|inject|needl)\b"
                # Round 53 (en53): each option told at length, the oral one read 'given' ('is it a pill I take at home or
                # do I have to come in for a drip')
                r"|\bgiven\b(?: \S+){0,5} or\b(?: \S+){0,8} infus\b"
                # ...and the way it is given by its clinical name: "route of administration?", "mode of administration"
                r"|\b(?:rout|mode|method|way|form) of administ"
                # "how do you take ketamine here", "how are patients given ketamine": the way it is taken
                r"|\bhow (?:do|doe|does|is|are|would|will) (?:you|i|we|she|patient|peopl) (?:take|given|administ\w*) (?:the )?ketamin\b",
    }.items()
}


# What an entry's answer answers, read on its normalised words: an answer that says how long
# something lasts answers 'how long' whatever its phrasings ask ("the baby blues often resolve
# within a few weeks"), so a young entry's profile does not hang on the five phrasings staff wrote.
ANSWERS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "duration": r"\blast longer\b|\blong term\b|\bresolv within\b|\bhang on\b|\bwear off\b",
        "speed": r"\bwithin (?:an |a few |a |sever |minut |hour )*(?:hour|minut)|\bfastest\b",
    }.items()
}
ANSWER_SHARE = 0.5  # how much an entry whose answer answers an aspect is about it, at least


def answered_by(tokens: Iterable[str]) -> frozenset[str]:
    """The aspects a normalised answer answers."""
    text = " ".join(tokens)
    return frozenset(name for name, pattern in ANSWERS.items() if pattern.search(text))


def aspects_of(tokens: Iterable[str]) -> frozenset[str]:
    """The aspects a normalised question asks about."""
    return _aspects_in(" ".join(tokens))


@lru_cache(maxsize=1024)  # one message's words are asked about several times over
def _aspects_in(text: str) -> frozenset[str]:
    return frozenset(name for name, pattern in ASPECTS.items() if pattern.search(text))


def profiles(rows: Iterable[tuple[str, list[str]]],
             answers: Mapping[str, frozenset[str]] | None = None) -> dict[str, dict[str, float]]:
    """For each aspect, how much each entry is about it: the share of the entry's phrasings that
    carry the cue, relative to the entry that carries it most (so the most typical entry is 1.0),
    and at least ANSWER_SHARE for an entry whose answer answers it (`answers`: entry -> aspects)."""
    counts: dict[str, int] = {}
    hits: dict[str, dict[str, int]] = {name: {} for name in ASPECTS}
    for entry_id, tokens in rows:
        counts[entry_id] = counts.get(entry_id, 0) + 1
        for name in aspects_of(tokens):
            hits[name][entry_id] = hits[name].get(entry_id, 0) + 1
    out: dict[str, dict[str, float]] = {}
    for name, by_entry in hits.items():
        shares = {e: n / counts[e] for e, n in by_entry.items()}
        top = max(shares.values(), default=0.0)
        if top:
            out[name] = {e: share / top for e, share in shares.items()}
            for entry_id, answered in (answers or {}).items():
                if name in answered:
                    out[name][entry_id] = max(out[name].get(entry_id, 0.0), ANSWER_SHARE)
    return out


def agreement(asked: frozenset[str], profile: Mapping[str, Mapping[str, float]], entry_id: str) -> float | None:
    """How well an entry answers the aspects asked (0 to 1), or None when no aspect is asked that
    some entry answers."""
    known = [name for name in asked if name in profile]
    if not known:
        return None
    return sum(profile[name].get(entry_id, 0.0) for name in known) / len(known)


# "i can't sleep even when the baby sleeps": the baby in a clause of time or contrast is not what is asked about
_NOT_AFTER_WHEN = "".join(f"(?<!\\b{w} {a})" for w in ("when", "while", "cuando", "aunque", "whenev", "until")
                          for a in ("", "the ", "my ", "el ", "mi ", "la "))


# Question frames that name what the question is about in one slot: "how long does <ketamine> last",
# "is <lexapro> safe while breastfeeding", "can I take <tylenol> while ...". Read on normalised words.
FRAMES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "lasting": r"\bhow long last ((?:(?:(?:la|el|los|las|de|del|al|un|una|su|sus) )*\S+ ?){1,3})"  # Spanish order: "cuanto dura <la infusion>", articles not counted
                   r"|\bhow long (?:(?:does|doe|do|will|would|is|are|did|can)\b )?(.*?)\s?\blast\b",
        # "how long does <one infusion> take" / "how long does it take for <ketamine> to work"
        "duration": r"\bhow long (?:(?:does|doe|do|will|would|is|are|did|can)\b )?(.*?)\s?\btake\b(?: for (.+?) to\b)?",
        "safe": r"\b(?:is|are|es) ((?:(?!(?:is|are|es)\b)\S+ )*?(?!(?:is|are|es)\b)\S+) (?:safe|ok|okay|good|bad|legal)\b|\b(?:which|what) ((?:\S+ ?){1,2}?) ?(?:is|are) (?:safe|ok|okay)\b"
                r"|^(?!(?:estoy|soy|i am|im) )(?:\S+ )??(\S+) (?:is|are|es|son) (?:safe|ok|okay|good|bad|legal)\b(?! (?:\S+ )?(?:la|el|los|las) )"  # "<sertraline> is safe" (not "estoy amamantando, es seguro")
                r"|\b(?:es|son) (?:safe|good|bad|legal) (?:(?:hacer|tomar|usar|recibir|poner)\w* )?(?:la|el|los|las) ((?:\S+ ?){1,3})",  # Spanish order: "es segura <la ketamina>", "es seguro hacerme <la ketamina>"
        # "how long should I wait before <getting pregnant>": what one waits to do ('to breastfeed' is the milk's)
        "wait": r"\bwait (?:(?:about|at least|a while|long) )?(?:befor|to|until|till) ((?:\S+ ?){1,2})",
        "taking": r"\b(?:can|could|should|may) i (?:take|use|have|get|drink) (.+?) (?:while|when|dure|if|after|befor)\b",
        # "can <ketamine> cause ...", "the side effects of <an epidural>": what is said to act
        "cause": r"\b(?:can|could|doe|does|do|will|would|did) ((?:\S+ ?){1,3}?) ?\bcaus\b",
        "of": r"\b(?P<head>side effect|risk|danger|symptom|benefit|dose|cost)s? (?:of|from|with) ((?:\S+ ?){1,3})",
        # "does <ppd> start right away", "when does <ketamine> kick in": what starts
        # (not who starts feeling it: 'when do new moms start getting depressed', Round 50 en50)
        "start": r"\b(?:doe|does|do|will|would|can|could|did) ((?:\S+ ?){1,3}?) ?\b(?:start|begin|kick in|hit|show up|appear)\b"
                 r"(?! (?:to )?(?:get|feel|have)\b)"
                 r"|\b(?:la|el|los|las) ((?:\S+ ?){1,3}?) ?\b(?:start|begin|appear)\b"  # Spanish, no auxiliary: "<la depresion> aparece"
                 # Round 55 (es55): ...and the subject Spanish puts after the verb: "de que nace el bebe empieza <la ppd>"
                 r"(?: (?:la|el|los|las) ((?:\S+ ?){1,3}))?",
        # "how do I find <a support group>": where to find something; only an entry asked that way answers
        "find": r"\b(?:how|where) (?:do|doe|does|can|could|would|should|will) (?:i|we|you|someone|one) (?:find|locat|look for|search for)\b(?! out\b)",
        # "when can I start <working out> again": when the asker may do something, not when an illness begins
        "permission": r"\b(?:when|how soon|how long until|how long befor) (?:can|could|may|should) (?:i|we) (?:start|begin|go back to|resum|return to|get back to)\b"
                      r"|\bwhen (?:is it|it is) (?:safe|ok|okay|fine|alright) to\b"
                      # Spanish "cuándo puedo hacer/volver a..." ('volver' reads as 'relapse')
                      r"|\bwhen (?:puedo|podre|podemos) (?:hacer|volver|relaps|regresar|retomar)\b",
        # the baby's own needs, not the parent's: "my baby won't stop crying", "how often should a newborn
        # eat", "how do I store pumped milk" ('mi bebé no deja de llorar', 'cómo guardo la leche')
        "babycare": r"(?=babi )" + _NOT_AFTER_WHEN + r"\bbabi (?:(?:will|doe|do|does|did|can|is|keep|just|still) )*(?:not |no |never |nunca )?(?:stop |deja de |para de )?"
                    r"(?:cri|cry|sleep|appetit|eat|feed|nap|drink|wake)\b|\bhow often (?:(?:should|doe|do|does|to|must) )?(?:(?:a|my|the|mi|el) )?babi\b"
                    r"|\b(?:store|stor|storag|guard\w*|almacen\w*|congel\w*|freez\w*|keep) (?:(?:la|el|my|the|your|mi|pump|pumped|breast|de) )*milk\b"
                    r"|\b(?:fridg\w*|freezer|refriger\w*|refri|congelador)\b"
                    # Round 53 (en53): which formula to give the baby ('the best formula for the days I dump my milk')
                    r"|\b(?:best|which|what|good|recommend\w*) (?:babi )?(?:formula|babycar)\b",
        # "does <a c-section> raise your chances of ppd": what makes the illness likelier (a risk factor),
        # not what lowers the risk; only an entry asked that way answers
        "raises": r"\b(?:doe|does|do|can|could|will|would|did|is|are|es|son) ((?:\S+ ?){1,3}?) ?\b(?:rais|increas|aument\w*|higher|make it more likely)\w* "
                  r"(?:(?:the|my|your|her|a|one|la|el|mi|su|tu|las|sus) )?(?:chanc|risk|riesgo|odd|likelihood|probabl\w*|posibilidad\w*)\b",
        # "does <breastfeeding> lower my chances of ppd": what is said to lower the risk (the prevention
        # entry's phrasings say ketamine)
        "lowers": r"\b(?:doe|does|do|can|could|will|would|did) ((?:\S+ ?){1,3}?) ?\b(?:lower|reduc|decreas|cut)\w* "
                  r"(?:(?:the|my|your|her|one|la|el|mi|su|tu) )?(?:chanc|risk|riesgo|odd|likelihood|probabl\w*)\b",
        # the course of the illness without treatment: "how long does ppd last if you don't treat it",
        # "si no se trata"; only an entry asked that way answers
        "untreated": r"\b(?:is not|not|no|never|without|sin) (?:(?:get|be|been|being|getting|se|ever|you|seek|have|given|ani|any|recib\w*|ningun\w*) ){0,2}(?:treat|treatment|tratamiento)\b|\buntreat",
        "offer": r"^(?:do|doe|does) you (?:guy )?(?:have|offer|provid|run|host)\b(?! to\b)|\byou (?:guy )?(?:offer|provid)\b"
                 r"|\b(?:or|and|also) do you (?:guy )?(?:do|offer|have|provid)\b(?! to\b)|\bdo you (?:guy )?do (?:anything|other|something|more)\b"
                 r"|\bwhat (?:do|doe|does) (?:you|your clinic|the clinic|renew well) (?:guy )?(?:do|offer|provid)\b"
                 r"|\b(?:do|doe|does) (?:your clinic|the clinic|renew well) (?:run|host|organ)\b"
                 # Round 53 (en53): "is there a support group for moms of NICU babies at your clinic": something at the clinic
                 r"|^(?:is|are) there (?:(?:a|an|ani|any|some) )?(?:\S+ ){1,8}?(?:at|through|in) (?:your|the|renew well) clinic\W*$"
                 r"|\b(?:can|could|would|will) you (?:guy )?(?:test|prescrib|recommend|refer|suggest|diagnos|check|order)\b"
                 r"|\byou (?:guy )?(?:would|could|can|might) (?:recommend|suggest)\b"  # "any support groups you would recommend"
                 r"|^(?:tienen|ofrecen|hacen|dan)\b",  # Spanish "¿hacen terapia de pareja?", "¿dan consulta...?"
    }.items()
}
# A question in these frames asks about the clinic itself ("do you have support groups"): only an
# entry some of whose phrasings ask that way answers it with confidence.
STRICT_FRAMES = frozenset({"offer", "find", "permission", "babycare", "raises", "untreated"})


def subjects_of(tokens: list[str], content) -> dict[str, frozenset[str]]:
    """The words in each frame's slot that the question has (`content` tells a content word)."""
    text = " ".join(tokens)
    out = {}
    for name, pattern in FRAMES.items():
        found = pattern.search(text)
        if found:
            head = found.groupdict().get("head")
            slots = [group for index, group in enumerate(found.groups(), 1) if group and index != pattern.groupindex.get("head")]
            key = f"{name} {head}" if head else name  # 'side effects of ...' is compared with its own kind
            out[key] = frozenset(_KIN.get(w, w) for w in " ".join(slots).split() if content(w))
    return out


# what a treatment gives, named in the slot by any of these words: 'how long do the benefits last' is
# the relief's lasting, whichever of them the entry's phrasings use
_KIN = dict.fromkeys(("benefit", "effect", "result", "improv", "relief"), "relief")


def subject_profiles(rows: Iterable[tuple[str, list[str]]], content) -> dict[str, dict[str, frozenset[str]]]:
    """For each entry and frame, the words its phrasings put in the slot: what the entry's
    'how long does ... last' questions are about, learned from the phrasings staff write."""
    out: dict[str, dict[str, set[str]]] = {}
    for entry_id, tokens in rows:
        for name, words in subjects_of(tokens, content).items():
            out.setdefault(entry_id, {}).setdefault(name, set()).update(words)
    return {e: {n: frozenset(w) for n, w in frames.items()} for e, frames in out.items()}


def subject_agrees(asked: Mapping[str, frozenset[str]], learned: Mapping[str, frozenset[str]]) -> bool:
    """False when the question names a subject in a frame the entry's phrasings use, and none of
    its words is one the entry's phrasings put there ('how long does ppd last' vs the entry about
    how long ketamine's relief lasts). An entry without such phrasings has no say, except in a
    strict frame, which it then cannot answer."""
    for name, words in asked.items():
        known = learned.get(name)
        if name in STRICT_FRAMES:
            if known is None:
                return False
            continue  # what is offered varies: that the entry asks this way is enough
        if words and known and not words & known:
            return False
    return True
