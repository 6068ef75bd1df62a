"""respond(text, context) -> Reply: the one place that decides what the bot says.

Order is fixed: the crisis check runs first, once per message, and its verdict cannot be overruled;
then a command, the answer, the "did you mean" suggestions or the fallback; then the disclaimer
under an answer. Under crisis contacts only a clear answer to a question that came with them may
follow, never a guess or a "did you mean" list. Nothing here knows about Telegram, files or the
clock, so the CLI, the tests and the bot all get the same reply.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum

from bot.core.knowledge import (BUILTIN_CRISIS, CRISIS_HEADLINE, CRISIS_HEADLINES, LANGUAGES, CrisisInfo, FaqEntry,
                                Knowledge, Messages)
from bot.core import spanish
from bot.core.language import detect_language
from bot.core.matcher import REFERS_BACK, Match, Matcher, Parts
from bot.core.safety import NO_CRISIS, CrisisDetector, CrisisVerdict, Tier
from bot.core.text import MAX_MATCH_CHARS, words
from bot.logs import log_failure

logger = logging.getLogger(__name__)

_SENTENCE_END = re.compile(r"[.!?;\n]+")
# The same sentences as _SENTENCE_END gives, with their marks: "la ketamina me puede ayudar?" still asks.
_SENTENCE_WITH_END = re.compile(r"[^.!?;\n]+[.!?;\n]*")
# A sentence with the marks that end it kept ("is that normal?" still asks); a colon ends one too here.
_SENTENCE = re.compile(r"[^.!?;:\n]+[.!?;:\n]*")
_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s+|$)")

# A short message made only of these (and filler) is small talk, not a question.
GREETINGS = frozenset("hi hello hey hiya hola buenas morning evening afternoon good there yo".split())
THANKS = frozenset("thanks thank thx ty gracias appreciate it you so much very ok okay great".split())
_THANKS_WORDS = frozenset({"thanks", "thank", "thx", "ty", "gracias", "appreciate"})

NO_MATCH = Match(answer=None, suggestions=(), score=0.0, candidates=())

# A sentence opening with one of these asks something. Under crisis contacts only a question gets
# an FAQ answer: "i want to die" is not asking about ketamine.
QUESTION_WORDS = frozenset(
    "can could do does did is are was will would should how what when where why which who whats hows "
    "any anyone puedo puede pueden se es son como que cuando donde cual cuanto cuantos porque hay".split()
)

# /idioma answers in Spanish from now on, /language in English; "/language es" picks explicitly.
LANGUAGE_COMMANDS = {"idioma": "es", "language": "en"}
LANGUAGE_CHOICES = {"es": "es", "espanol": "es", "español": "es", "spanish": "es",
                    "en": "en", "english": "en", "ingles": "en", "inglés": "en"}

# The people a question may be about, read as the matcher reads them (its synonyms make 'twins' a baby).
_PEOPLE_WORDS = "baby mom dad mother father husband wife partner son daughter family bebe esposo esposa pareja"

# "My wife has had thoughts of ending her life. Can ketamine help her?": under crisis contacts a
# question about the person the risk sentence speaks of leans on that sentence too; so does one
# about the asker as its object ("...ending my life. can ketamine help me"), not as its subject
# ("I want to die. Can I breastfeed after an infusion?" asks something of its own).
_REFERS_TO_PERSON = re.compile(r"\b(?:her|him|she|he|ella|él|le|me|myself)\b", re.IGNORECASE)

# "...parte de la depresion posparto? y se pueden tratar con ketamina?": a question part that opens
# with 'and' goes on from the sentence before it, as one pointing back does.
_GOES_ON = re.compile(r"^\s*(?:and|y)\b", re.IGNORECASE)

# Entries whose subject is itself a crisis: the contacts come first even if the wording was mild.
CRISIS_ENTRIES = frozenset({"suicidal-thoughts"})


class Outcome(Enum):
    """What kind of reply this is. The value is what the store records."""

    ANSWERED = "answered"
    SUGGESTED = "suggested"
    FALLBACK = "fallback"
    SUPPORT = "support"  # crisis contacts with no FAQ question: a supportive line and the clinic
    SMALL_TALK = "small_talk"
    COMMAND = "command"
    SILENT = "silent"  # nothing to say beyond any crisis block (not addressed, or rate-limited)


class Menu(Enum):
    """Which buttons go under the reply; bot/telegram/render.py draws them."""

    NONE = "none"
    TOPICS = "topics"
    ANSWER = "answer"  # related entries, then helpful / not helpful
    SUGGESTIONS = "suggestions"


class Action(Enum):
    """Work the shell does after sending the reply (staff commands that touch files or the store)."""

    NONE = "none"
    RELOAD = "reload"
    STATS = "stats"
    HUMAN = "human"  # reaching a person: bot/telegram/handoff.py
    PRIVACY = "privacy"
    FORGET = "forget"


class Limit(Enum):
    """The rate limiter's verdict for one message."""

    OK = "ok"
    WARN = "warn"  # first message over the limit: one polite note
    DROP = "drop"  # still over: stay silent


@dataclass(frozen=True)
class Context:
    """What the shell knows about the conversation. All of it is optional."""

    lang: str = "en"
    primed: bool = False  # risk wording in this chat within the last few minutes (memory only)
    addressed: bool = True  # in a group: mentioned, replied to or commanded
    staff: bool = False
    limit: Callable[[], Limit] = lambda: Limit.OK  # asked only when no crisis contacts are due


@dataclass(frozen=True)
class Reply:
    """Everything the bot says to one message, decided once, in the order it is sent."""

    verdict: CrisisVerdict
    outcome: Outcome
    body: str
    crisis_text: str | None = None  # the crisis block or the concern check-in, sent first, alone
    answer: FaqEntry | None = None
    also: tuple[FaqEntry, ...] = ()  # a two-part question's other answer, in the body too
    suggestions: tuple[FaqEntry, ...] = ()
    score: float = 0.0
    disclaimer: str | None = None
    menu: Menu = Menu.NONE
    action: Action = Action.NONE
    lang: str = "en"

    @property
    def crisis(self) -> bool:
        """True whenever crisis contacts are shown, the gentle tier included."""
        return self.crisis_text is not None

    @property
    def tier(self) -> Tier:
        return self.verdict.tier if self.crisis else Tier.NONE

    @property
    def keeps_question(self) -> bool:
        """Whether staff may see this message's text later: only questions the FAQ could not answer
        confidently, and never anything near a crisis."""
        return not self.crisis and not self.verdict.risk and self.outcome in (Outcome.SUGGESTED, Outcome.FALLBACK)

    @property
    def main_text(self) -> str:
        """The message after the crisis block: body, suggestions as a list, the disclaimer."""
        text = self.body
        if self.suggestions:
            text += "\n" + "\n".join(f"• {entry.title_for(self.lang)}" for entry in self.suggestions)
        if self.disclaimer:
            text += "\n\n" + self.disclaimer
        return text

    @property
    def parts(self) -> list[str]:
        """The messages to send, crisis block first and on its own; nothing empty."""
        return [part for part in (self.crisis_text, self.main_text) if part]

    @property
    def text(self) -> str:
        return "\n\n".join(self.parts)


def crisis_block(crisis: CrisisInfo, headline: str = CRISIS_HEADLINE) -> str:
    """988 and 911 in the first line (a phone's preview shows about 100 characters), then the
    clinic's words and every contact."""
    lines = [headline, "", crisis.message.strip(), ""]
    lines += [f"• {contact.name}: {contact.how}" for contact in crisis.contacts]
    return "\n".join(lines)


# A question asked without a question mark, in reported form: 'she asks if ketamine is good for
# that', 'ella pregunta si la ketamina sirve', 'quiero saber si...'. ('I wonder if' and 'me pregunto
# si' are left out: they muse as often as they ask.)
_INDIRECT_QUESTION = re.compile(
    r"\b(?:asks|asked|asking|wants? to know|would like to know)\s+(?:if|whether)\b"
    r"|\b(?:(?<!me )pregunta|(?<!me )preguntaba|(?<!me )pregunt[oó]|quiere saber|quieren saber|quiero saber|quisiera saber"
    r"|quer[ií]a saber|me gustar[ií]a saber)\s+(?:si|qu[eé]|c[oó]mo|cu[aá]ndo|cu[aá]l)\b",
    re.IGNORECASE,
)


def asks_something(text: str) -> bool:
    """A question mark, a question reported ('she asks if', 'quiere saber si'), or a sentence that
    opens with a question word, read through Spanish chat spellings ('q tan', 'xq') and the two-word
    'por que' (why)."""
    if "?" in text or "¿" in text or _INDIRECT_QUESTION.search(text[:MAX_MATCH_CHARS]):
        return True
    return any((tokens := spanish.expand_chat(words(sentence[:200])))
               and (tokens[0] in QUESTION_WORDS or tokens[:2] == ["por", "que"])
               for sentence in _SENTENCE_END.split(text[:MAX_MATCH_CHARS]))


def split_command(text: str) -> tuple[str | None, str]:
    """('start', 'rest') for '/start@bot rest'; (None, text) for anything else."""
    found = _COMMAND.match(text)
    if found is None:
        return None, text
    return found.group(1).lower(), text[found.end():]


class Responder:
    """Holds one loaded FAQ with its matcher and crisis detector; immutable once built."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.matcher = Matcher(knowledge)
        self.detector = CrisisDetector(knowledge.crisis.extra_phrases)
        self._people = frozenset(self.matcher.normalise(_PEOPLE_WORDS))
        crisis = knowledge.crisis if knowledge.crisis.contacts else BUILTIN_CRISIS
        self._crisis_texts = {lang: crisis_block(crisis.for_lang(lang), CRISIS_HEADLINES[lang]) for lang in LANGUAGES}
        self._crisis_text = self._crisis_texts["en"]

    @property
    def crisis_text(self) -> str:
        return self._crisis_text

    def crisis_text_for(self, lang: str) -> str:
        """The crisis block in `lang`: the Spanish one leads with the contacts that work in Spanish."""
        return self._crisis_texts.get(lang, self._crisis_text)

    def messages(self, lang: str = "en") -> Messages:
        """The fixed texts in `lang`, English for any Spanish text staff have not written."""
        return self.knowledge.texts(lang)

    # --- the verdict ------------------------------------------------------------------------

    def screen(self, text: str, *, primed: bool = False) -> CrisisVerdict:
        """The safety verdict alone. Falls back to 'crisis' if the detector itself fails."""
        try:
            return self.detector.check(text, primed=primed)
        except Exception as error:  # a broken detector must fail towards showing the contacts
            log_failure(logger, "crisis detector failed; showing the contacts to be safe", error)
            return CrisisVerdict(Tier.CRISIS, ("detector-error",), risk=True)

    def is_crisis(self, text: str) -> bool:
        """Whether this text alone would show crisis contacts (either tier)."""
        return self.screen(text).shows_contacts

    def block_for(self, verdict: CrisisVerdict, lang: str = "en") -> str | None:
        if verdict.tier is Tier.CRISIS:
            return self.crisis_text_for(lang)
        if verdict.tier is Tier.CONCERN:
            return self.messages(lang).concern
        return None

    # --- one message --------------------------------------------------------------------------

    def respond(self, text: str, context: Context = Context(), *, verdict: CrisisVerdict | None = None) -> Reply:
        """The reply to one message (a command or a question). `verdict` may carry the one the
        caller already has for this very text; otherwise it is computed here, once."""
        if verdict is None:
            verdict = self.screen(text, primed=context.primed)
        command, rest = split_command(text)
        if command is not None:
            return self._command(command, rest, verdict, context)
        context = replace(context, lang=detect_language(text, previous=context.lang))  # the patient's language
        if not context.addressed:
            return self._silent(verdict, context)
        if not verdict.shows_contacts:
            limit = context.limit()
            if limit is not Limit.OK:
                return self._slow_down(limit, context)
        small_talk = None if verdict.shows_contacts else self.small_talk(text, context.lang)
        if small_talk is not None:
            return Reply(verdict=verdict, outcome=Outcome.SMALL_TALK, body=small_talk, lang=context.lang)
        return self.reply_for_parts(self.search_parts(text, verdict), verdict=verdict, lang=context.lang)

    def search(self, text: str, verdict: CrisisVerdict) -> Match:
        """The one best FAQ match (see search_parts)."""
        return self.search_parts(text, verdict).matches[0]

    def _crisis_entry(self, text: str, asking: str | None = None) -> Parts | None:
        """The whole message's match, when it is an entry whose subject is a crisis (else None).
        Only ever asked under the contacts: the detector has seen the risk wording the matcher
        lacks to be sure of that entry. So when the message asks something (`asking`, the part that
        asks) about what that entry speaks of, it is the answer also when the matcher only offers it first
        ("is ketamine effective against suicidal thinking, generally speaking": 'generally speaking'
        cost it the lead). A message that asks nothing needs the matcher's own answer."""
        whole = self.matcher.search(text)
        if whole.answer is not None:
            return Parts(matches=(whole,), uncovered=False) if whole.answer.id in CRISIS_ENTRIES else None
        top = whole.candidates[0] if whole.candidates else None
        if (asking is None or top is None or top.entry.id not in CRISIS_ENTRIES
                or top.score < self.matcher.settings.suggest_score):
            return None
        # Who the question is about ('my baby', 'twins', 'my husband') is not what it asks about:
        # "I want to die. what's the best stroller for my baby?" shares only 'baby' with the entry.
        topic = [t for t in self.matcher.normalise(asking) if t not in self._people]
        share, _ = self.matcher.coverage(topic, top.entry.id)
        if not share and REFERS_BACK.search(asking) and "ketamin" in self.matcher.normalise(text):
            # "I heard ketamine is the fastest for suicidal thoughts. is that true?": 'that' is the
            # claim about the treatment the sentence before makes, so the whole message says what is asked
            topic = [t for t in self.matcher.normalise(text) if t not in self._people]
            share, _ = self.matcher.coverage(topic, top.entry.id)
        if not share:
            return None  # "I want to die. what's the best stroller?" asks about something else
        return Parts(matches=(replace(whole, answer=top.entry, suggestions=()),), uncovered=False)

    def search_parts(self, text: str, verdict: CrisisVerdict) -> Parts:
        """Up to two answered parts of the message; under crisis contacts only the part that asks
        something is matched, and nothing at all when nothing is asked."""
        try:
            if not verdict.shows_contacts:
                return self.matcher.search_parts(text)
            question = self._question_part(text)
            if not asks_something(question) and not (question != text and self._asks_apart(text)):
                if verdict.tier is Tier.CONCERN and (question == text or asks_something(text)):
                    # "does ketamine help with suicidal thoughts? asking for my sister": the one
                    # question is the sentence with the concern wording; only its own entry answers
                    # it, as it answers "ketamine for suicidal ideation, how effective is it", a
                    # question in words the check-in saw as a mention, not the writer's own thoughts.
                    # Not under the full crisis block: "I want to die? idk" asks nothing.
                    return (self._crisis_entry(text, text if asks_something(text) else None)
                            or Parts(matches=(NO_MATCH,), uncovered=False))
                return Parts(matches=(NO_MATCH,), uncovered=False)
            if question != text and (REFERS_BACK.search(question) or _REFERS_TO_PERSON.search(question)
                                     or _GOES_ON.search(question)):
                # "...better off if I wasn't here. can ketamine help with that": 'that' is the
                # risk wording the question part left out, so the whole message says what is asked
                whole = self._crisis_entry(text, question)
                if whole is not None:
                    return whole
                if (REFERS_BACK.search(question) and question.strip(" .!?") == (self._asking_sentence(text) or "").strip(" .!?")
                        and "ketamin" in self.matcher.normalise(question)):
                    # ...and when no entry about it is found, the one sentence left asking what ketamine
                    # does for 'that' ('would ketamine treat that part of it') does not say alone what
                    # it asks about: offered, not answered ('is that part of ppd' still is)
                    found = self.matcher.search(question)
                    return Parts(matches=(replace(found, answer=None, suggestions=(found.answer,) if found.answer
                                                  else found.suggestions),), uncovered=False)
            parts = self.matcher.search_parts(question)
            asking = self._asking_sentence(text)
            if parts.matches[0].answer is None and asking is not None:
                # "Is ppd a thing for men too? ... I feel like a ghost...": the story joined to the
                # question buries it; the one sentence that asks is matched alone.
                alone = self.matcher.search_parts(asking)
                if alone.matches[0].answer is not None:
                    return alone
            if parts.matches[0].answer is None:
                # "I've had suicidal thoughts. Can ketamine help?": the question leans on the rest;
                # "how does ketamine do with suicidal ideation compared to other treatments" is about
                # it. A question in the same sentence as the writer's own risk wording must be one
                # the matcher is sure of on its own.
                lean = question != text or verdict.tier is Tier.CONCERN
                return self._crisis_entry(text, question if lean else None) or parts
            return parts
        except Exception as error:  # the crisis block must still go out if matching breaks
            log_failure(logger, "matcher failed; replying with the fallback", error)
            return Parts(matches=(NO_MATCH,), uncovered=False)

    def _question_part(self, text: str) -> str:
        """For "I want to die. Can I breastfeed after an infusion?": match the sentences without
        risk wording (the crisis block answers the rest). A message that is all risk wording,
        like "can ketamine help with suicidal thoughts", is matched whole."""
        sentences = [s for s in _SENTENCE_END.split(text[:MAX_MATCH_CHARS]) if s.strip()]
        if len(sentences) < 2:
            return text
        calm = [s for s in sentences if not self.screen(s).risk]
        return " ".join(calm) if calm else text

    def _asks_apart(self, text: str) -> bool:
        """Whether a sentence without risk wording asks something, read with the marks that end it:
        the question part above drops them, but "...mejor sin mi. la ketamina me puede ayudar?" asks."""
        return any(asks_something(s) for s in _SENTENCE_WITH_END.findall(text[:MAX_MATCH_CHARS])
                   if s.strip(" .!?;\n") and not self.screen(s).risk)

    def _asking_sentence(self, text: str) -> str | None:
        """The one sentence without risk wording, in a longer message, that asks something (ends in
        '?' or opens with a question word), or None when there is none or there are several."""
        sentences = [found.group().strip() for found in _SENTENCE.finditer(text[:MAX_MATCH_CHARS])
                     if found.group().strip(" .!?;:\n")]
        asking = [s for s in sentences if asks_something(s) and not self.screen(s).risk]
        return asking[0] if len(sentences) > 1 and len(asking) == 1 else None

    def small_talk(self, text: str, lang: str = "en") -> str | None:
        """The reply to a bare greeting or thanks, or None if the message asks something."""
        tokens = words(text[:200])
        if not tokens or len(tokens) > 6 or not set(tokens) <= GREETINGS | THANKS:
            return None
        messages = self.messages(lang)
        return messages.thanks if set(tokens) & _THANKS_WORDS else messages.greeting

    def reply_for(self, match: Match, *, verdict: CrisisVerdict = NO_CRISIS, lang: str = "en") -> Reply:
        """Answer, suggestions or fallback for a match, under the crisis block the verdict calls for."""
        messages = self.messages(lang)
        if match.answer is not None and match.answer.id in CRISIS_ENTRIES and not verdict.shows_contacts:
            # The suicidal-thoughts answer never goes out without 988 first. The detector saw no risk
            # wording, so the matcher's reading alone earns the gentle check-in, not the full block.
            verdict = replace(verdict, tier=Tier.CONCERN)
        crisis_text = self.block_for(verdict, lang)
        base = Reply(verdict=verdict, outcome=Outcome.FALLBACK, body=messages.fallback, crisis_text=crisis_text,
                     score=match.score, menu=Menu.TOPICS, lang=lang)
        if match.answer is not None:
            return replace(base, outcome=Outcome.ANSWERED, body=self.answer_text(match.answer, lang), answer=match.answer,
                           disclaimer=messages.disclaimer, menu=Menu.ANSWER)
        if crisis_text is not None:  # never a guess or a "did you mean" list under crisis contacts
            return replace(base, outcome=Outcome.SUPPORT, body=messages.support, menu=Menu.NONE)
        if match.suggestions:
            return replace(base, outcome=Outcome.SUGGESTED, body=messages.not_sure, suggestions=match.suggestions,
                           menu=Menu.SUGGESTIONS)
        return base

    def reply_for_parts(self, parts: Parts, *, verdict: CrisisVerdict = NO_CRISIS, lang: str = "en") -> Reply:
        """A two-part question gets both answers, each under its title; a part the FAQ does not
        cover is said so under the answer."""
        reply = self.reply_for(parts.matches[0], verdict=verdict, lang=lang)
        if reply.answer is None:
            return reply
        body, entries = reply.body, [m.answer for m in parts.matches if m.answer is not None]
        if len(entries) > 1:
            body = "\n\n".join(f"{entry.title_for(lang)}\n{self.answer_text(entry, lang)}" for entry in entries)
        if parts.uncovered:
            body += "\n\n" + self.messages(lang).part_not_covered
        return replace(reply, body=body, also=tuple(entries[1:]))

    def answer_text(self, entry: FaqEntry, lang: str) -> str:
        """The answer in `lang`; an entry not yet translated is sent in English under a one-line note."""
        if entry.has_answer_in(lang):
            return entry.answer_for(lang)
        note = self.messages(lang).no_spanish_answer
        return f"{note}\n\n{entry.answer}" if note else entry.answer

    # --- commands, buttons, other updates ------------------------------------------------------

    def _command(self, command: str, rest: str, verdict: CrisisVerdict, context: Context) -> Reply:
        messages = self.messages(context.lang)
        crisis_text = self.block_for(verdict, context.lang)
        reply = Reply(verdict=verdict, outcome=Outcome.COMMAND, body="", crisis_text=crisis_text, lang=context.lang)
        if command in ("crisis", "sos"):
            return replace(reply, crisis_text=self.crisis_text_for(context.lang))
        if command in LANGUAGE_COMMANDS and context.addressed:
            lang = LANGUAGE_CHOICES.get(rest.strip().lower(), LANGUAGE_COMMANDS[command])
            return replace(reply, body=self.messages(lang).language_set, lang=lang)
        if not context.addressed:
            return replace(reply, outcome=Outcome.SILENT)
        if command == "start":
            return replace(reply, body=f"{messages.greeting}\n\n{messages.disclaimer}\n\n{messages.emergency_line}",
                           menu=Menu.TOPICS)
        if command == "help":
            return replace(reply, body=f"{messages.help}\n\n{messages.clinic_contact}\n\n{messages.disclaimer}")
        if command == "topics":
            return replace(reply, body=messages.choose_topic, menu=Menu.TOPICS)
        if command in ("human", "privacy", "forget"):
            return replace(reply, action=Action(command))
        if command in ("reload", "stats"):
            if not context.staff:
                return replace(reply, body=messages.staff_only)
            return replace(reply, action=Action(command))
        return replace(reply, body=messages.unknown_command)

    def _silent(self, verdict: CrisisVerdict, context: Context) -> Reply:
        return Reply(verdict=verdict, outcome=Outcome.SILENT, body="", crisis_text=self.block_for(verdict, context.lang),
                     lang=context.lang)

    def _slow_down(self, limit: Limit, context: Context) -> Reply:
        body = self.messages(context.lang).slow_down if limit is Limit.WARN else ""
        return Reply(verdict=NO_CRISIS, outcome=Outcome.SILENT, body=body, lang=context.lang)

    def non_text(self, context: Context = Context()) -> Reply:
        """A sticker, voice note or photo without a caption: the bot reads text only."""
        if not context.addressed or context.limit() is not Limit.OK:
            return Reply(verdict=NO_CRISIS, outcome=Outcome.SILENT, body="", lang=context.lang)
        return Reply(verdict=NO_CRISIS, outcome=Outcome.SILENT, body=self.messages(context.lang).text_only,
                     lang=context.lang)

    def answer_entry(self, entry_id: str, lang: str = "en") -> Reply | None:
        """The reply for a button press naming an entry (None if that entry no longer exists)."""
        entry = self.knowledge.entry(entry_id)
        if entry is None:
            return None
        # A patient who taps "suicidal thoughts" chose the subject: the full crisis block comes first.
        verdict = CrisisVerdict(Tier.CRISIS, ("entry",)) if entry.id in CRISIS_ENTRIES else NO_CRISIS
        return self.reply_for(Match(answer=entry, suggestions=(), score=1.0, candidates=()), verdict=verdict, lang=lang)


@dataclass(frozen=True)
class InlineItem:
    """One result of an inline query (@bot question in any chat)."""

    id: str
    title: str
    description: str
    text: str


def inline_items(responder: Responder, query: str, lang: str = "en") -> tuple[InlineItem, ...]:
    """The crisis contacts first when the query needs them, then matching answers (or, for an
    empty query, every entry), each with the disclaimer."""
    messages = responder.messages(lang)
    items = []
    verdict = responder.screen(query)
    if verdict.shows_contacts:
        items.append(InlineItem("crisis", messages.crisis_button, CRISIS_HEADLINES.get(lang, CRISIS_HEADLINE),
                                responder.crisis_text_for(lang)))
    entries: tuple[FaqEntry, ...] = responder.knowledge.entries
    if query.strip():
        match = responder.search(query, verdict)
        entries = (match.answer,) if match.answer else match.suggestions
    for entry in entries[:20]:
        answer = responder.answer_text(entry, lang)
        items.append(InlineItem(entry.id[:64], entry.title_for(lang), answer[:90], f"{answer}\n\n{messages.disclaimer}"))
    return tuple(items)
