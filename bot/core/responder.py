"""respond(text) -> Reply: the one place that decides what the bot says.

Order is fixed: the crisis check runs first and its verdict cannot be overruled; then the answer,
the "did you mean" suggestions or the fallback; then the disclaimer under an answer. Nothing here
knows about Telegram, files or the clock, so the CLI, the tests and the bot all get the same reply.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from bot.core.knowledge import BUILTIN_CRISIS, CrisisInfo, FaqEntry, Knowledge
from bot.logs import log_failure
from bot.core.matcher import Match, Matcher
from bot.core.safety import CrisisDetector
from bot.core.text import MAX_MATCH_CHARS, words

logger = logging.getLogger(__name__)

_SENTENCE_END = re.compile(r"[.!?;\n]+")

# A short message made only of these (and filler) is small talk, not a question.
GREETINGS = frozenset("hi hello hey hiya hola buenas morning evening afternoon good there yo".split())
THANKS = frozenset("thanks thank thx ty gracias appreciate it you so much very ok okay great".split())

# Entries whose subject is itself a crisis: the contacts come first even if the wording was mild.
CRISIS_ENTRIES = frozenset({"suicidal-thoughts"})


@dataclass(frozen=True)
class Reply:
    """What the bot says to one message, as separate parts in the order they must be sent."""

    crisis: bool
    crisis_text: str | None
    outcome: str  # "answered" | "suggested" | "fallback"
    body: str
    answer: FaqEntry | None = None
    suggestions: tuple[FaqEntry, ...] = ()
    score: float = 0.0
    disclaimer: str | None = None
    small_talk: bool = False  # "hi", "thanks": a friendly reply, nothing to learn from

    @property
    def parts(self) -> list[str]:
        """The messages to send, crisis block first and on its own."""
        main = self.body
        if self.suggestions:
            main += "\n" + "\n".join(f"• {entry.title}" for entry in self.suggestions)
        if self.disclaimer:
            main += "\n\n" + self.disclaimer
        return [self.crisis_text, main] if self.crisis_text else [main]

    @property
    def text(self) -> str:
        return "\n\n".join(self.parts)


def crisis_block(crisis: CrisisInfo) -> str:
    lines = [crisis.message.strip(), ""]
    lines += [f"• {contact.name}: {contact.how}" for contact in crisis.contacts]
    return "\n".join(lines)


class Responder:
    """Holds one loaded FAQ with its matcher and crisis detector; immutable once built."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.matcher = Matcher(knowledge)
        self.detector = CrisisDetector(knowledge.crisis.extra_phrases)
        self._crisis_text = crisis_block(knowledge.crisis if knowledge.crisis.contacts else BUILTIN_CRISIS)

    @property
    def crisis_text(self) -> str:
        return self._crisis_text

    def is_crisis(self, text: str) -> bool:
        """The safety verdict alone. Falls back to 'crisis' if the detector itself fails."""
        try:
            return self.detector.check(text).shows_contacts  # the gentle check-in shows them too
        except Exception as error:  # a broken detector must fail towards showing the contacts
            log_failure(logger, "crisis detector failed; showing the contacts to be safe", error)
            return True

    def respond(self, text: str, *, crisis: bool | None = None) -> Reply:
        """The reply to one message. `crisis` may carry a verdict the caller already has."""
        if crisis is None:
            crisis = self.is_crisis(text)
        chat = self._small_talk_reply(text, crisis=crisis)
        if chat is not None:
            return chat
        try:
            match = self.matcher.search(self._question_part(text) if crisis else text)
        except Exception as error:  # the crisis block must still go out if matching breaks
            log_failure(logger, "matcher failed; replying with the fallback", error)
            match = Match(answer=None, suggestions=(), score=0.0, candidates=())
        return self.reply_for(match, crisis=crisis)

    def _question_part(self, text: str) -> str:
        """For "I want to die. Can I breastfeed after an infusion?": match the sentences without
        crisis wording (the crisis block answers the rest). A message that is all crisis wording,
        like "can ketamine help with suicidal thoughts", is matched whole."""
        sentences = [s for s in _SENTENCE_END.split(text[:MAX_MATCH_CHARS]) if s.strip()]
        if len(sentences) < 2:
            return text
        calm = [s for s in sentences if not self.is_crisis(s)]
        return " ".join(calm) if calm else text

    def small_talk(self, text: str) -> str | None:
        """The reply to a bare greeting or thanks, or None if the message asks something."""
        tokens = words(text[:200])
        if not tokens or len(tokens) > 6 or not set(tokens) <= GREETINGS | THANKS:
            return None
        messages = self.knowledge.messages
        return messages.thanks if set(tokens) & {"thanks", "thank", "thx", "ty", "gracias", "appreciate"} else messages.greeting

    def reply_for(self, match: Match, *, crisis: bool) -> Reply:
        messages = self.knowledge.messages
        if match.answer is not None and match.answer.id in CRISIS_ENTRIES:
            crisis = True
        crisis_text = self._crisis_text if crisis else None
        if match.answer is not None:
            return Reply(crisis=crisis, crisis_text=crisis_text, outcome="answered", body=match.answer.answer,
                         answer=match.answer, score=match.score, disclaimer=messages.disclaimer)
        if match.suggestions:
            return Reply(crisis=crisis, crisis_text=crisis_text, outcome="suggested", body=messages.not_sure,
                         suggestions=match.suggestions, score=match.score)
        return Reply(crisis=crisis, crisis_text=crisis_text, outcome="fallback", body=messages.fallback,
                     score=match.score)

    def _small_talk_reply(self, text: str, *, crisis: bool) -> Reply | None:
        body = None if crisis else self.small_talk(text)
        if body is None:
            return None
        return Reply(crisis=False, crisis_text=None, outcome="fallback", body=body, small_talk=True)

    def answer_entry(self, entry_id: str) -> Reply | None:
        """The reply for a button press naming an entry (None if that entry no longer exists)."""
        entry = self.knowledge.entry(entry_id)
        if entry is None:
            return None
        match = Match(answer=entry, suggestions=(), score=1.0, candidates=())
        return self.reply_for(match, crisis=False)
