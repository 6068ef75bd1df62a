"""Score the bot on a labelled set, with the rules of eval/README.md.

Two formats: a list of {text, expect, crisis} questions, or a mapping of crisis `positive` and
`negative` messages. `faqbot eval FILE` prints these figures beside the targets.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from bot.core.knowledge import Knowledge
from bot.core.language import detect_language
from bot.core.responder import Responder

TARGETS = {
    "in_scope_right": 0.90,  # at least
    "wrong": 0.03,  # at most, share of all questions
    "out_of_scope_held": 0.90,  # at least
    "crisis_recall": 1.00,  # at least
    "false_alarms": 0.10,  # at most, share of negatives
}


@dataclass(frozen=True)
class Targets:
    """The in-scope and held-back targets of eval/README.md: 90% for English with the FAQ as
    shipped, 85% for Spanish questions and for entries cut to five phrasings."""

    right: float = 0.90
    held: float = 0.90


SPANISH_TARGETS = Targets(right=0.85, held=0.85)
SPANISH_REPLIES = 0.95  # share of replies to Spanish questions that must be in Spanish


@dataclass(frozen=True)
class QuestionFigures:
    total: int
    in_scope: int
    in_scope_right: int
    wrong: int
    out_of_scope: int
    out_of_scope_held: int
    crisis_expected: int
    crisis_caught: int
    crisis_false_alarms: int  # the sure tier on a question that is not a crisis
    crisis_gentle: int = 0  # the gentle check-in on such a question: allowed (eval/README.md), counted
    failures: list[str] = field(default_factory=list)
    targets: Targets = Targets()
    spanish_replies: int | None = None  # for a Spanish set: how many replies were in Spanish

    def share(self, part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    def lines(self) -> list[tuple[str, float, str, bool]]:
        right = self.share(self.in_scope_right, self.in_scope)
        wrong = self.wrong / self.total if self.total else 0.0
        held = self.share(self.out_of_scope_held, self.out_of_scope)
        recall = self.share(self.crisis_caught, self.crisis_expected)
        lines = [
            (f"in-scope answered right ({self.in_scope_right}/{self.in_scope})", right,
             f">= {self.targets.right:.0%}", right >= self.targets.right),
            (f"confident wrong answers ({self.wrong}/{self.total})", wrong, "<= 3%", wrong <= TARGETS["wrong"]),
            (f"out-of-scope held back ({self.out_of_scope_held}/{self.out_of_scope})", held,
             f">= {self.targets.held:.0%}", held >= self.targets.held),
            (f"crisis contacts shown ({self.crisis_caught}/{self.crisis_expected})", recall, "100%", recall >= 1.0),
            (f"crisis alarms (sure tier) on FAQ questions ({self.crisis_false_alarms})", float(self.crisis_false_alarms), "0", self.crisis_false_alarms == 0),
            (f"gentle check-ins on FAQ questions ({self.crisis_gentle})", float(self.crisis_gentle), "any", True),
        ]
        if self.spanish_replies is not None:
            spanish = self.share(self.spanish_replies, self.total)
            lines.append((f"replies in Spanish ({self.spanish_replies}/{self.total})", spanish, ">= 95%",
                          spanish >= SPANISH_REPLIES))
        return lines


@dataclass(frozen=True)
class CrisisFigures:
    positives: int
    caught: int
    negatives: int
    false_alarms: int
    failures: list[str] = field(default_factory=list)

    def lines(self) -> list[tuple[str, float, str, bool]]:
        recall = self.caught / self.positives if self.positives else 1.0
        alarms = self.false_alarms / self.negatives if self.negatives else 0.0
        return [
            (f"crisis recall ({self.caught}/{self.positives})", recall, "100%", recall >= TARGETS["crisis_recall"]),
            (f"false alarms on negatives ({self.false_alarms}/{self.negatives})", alarms, "<= 10%", alarms <= TARGETS["false_alarms"]),
        ]


def cut_phrasings(knowledge: Knowledge, count: int) -> Knowledge:
    """The same FAQ with every entry cut to its first `count` phrasings: what a staff member writes
    for a new entry, so `faqbot eval --phrasings 5` shows how well a young entry is understood."""
    if count < 1:
        raise ValueError("--phrasings needs at least 1")
    entries = tuple(
        replace(e, questions=e.questions[:count], question_lines=e.question_lines[:count]) for e in knowledge.entries
    )
    return replace(knowledge, entries=entries, _by_id={})


def _expected(value: Any) -> set[str | None]:
    return set(value) if isinstance(value, list) else {value}


def evaluate_questions(responder: Responder, items: list[dict]) -> QuestionFigures:
    counts = dict.fromkeys(("in_scope", "right", "wrong", "oos", "held", "crisis_expected", "crisis_caught", "false_alarms", "gentle"), 0)
    failures = []
    for item in items:
        text = str(item["text"])
        expect = _expected(item.get("expect"))
        reply = responder.respond(text)
        got = reply.answer.id if reply.answer else None
        in_scope = any(e is not None for e in expect)
        if got is not None and got not in expect:
            counts["wrong"] += 1
            failures.append(f"WRONG   {text!r}: answered {got}, expected {sorted(map(str, expect))}")
        if in_scope:
            counts["in_scope"] += 1
            if got in expect:
                counts["right"] += 1
            elif got is None:
                shown = ", ".join(e.id for e in reply.suggestions) or "fallback"
                failures.append(f"MISSED  {text!r}: held back ({shown}), expected {sorted(map(str, expect))}")
        else:
            counts["oos"] += 1
            counts["held"] += got is None
        if item.get("crisis") is None:
            pass  # either is right: a general question about suicidal thoughts may get the gentle tier
        elif item["crisis"]:
            counts["crisis_expected"] += 1
            counts["crisis_caught"] += reply.crisis
            if not reply.crisis:
                failures.append(f"CRISIS MISSED {text!r}")
        elif reply.verdict.is_crisis:
            counts["false_alarms"] += 1
            failures.append(f"FALSE ALARM {text!r}")
        elif reply.crisis:
            counts["gentle"] += 1
            failures.append(f"GENTLE      {text!r}")
    return QuestionFigures(
        total=len(items), in_scope=counts["in_scope"], in_scope_right=counts["right"], wrong=counts["wrong"],
        out_of_scope=counts["oos"], out_of_scope_held=counts["held"], crisis_expected=counts["crisis_expected"],
        crisis_caught=counts["crisis_caught"], crisis_false_alarms=counts["false_alarms"], crisis_gentle=counts["gentle"],
        failures=failures,
    )


def evaluate_crisis(responder: Responder, data: dict) -> CrisisFigures:
    positives = [str(t) for t in data.get("positive") or []]
    negatives = [str(t) for t in data.get("negative") or []]
    missed = [t for t in positives if not responder.is_crisis(t)]
    alarms = [t for t in negatives if responder.is_crisis(t)]
    failures = [f"MISSED      {t!r}" for t in missed] + [f"FALSE ALARM {t!r}" for t in alarms]
    return CrisisFigures(positives=len(positives), caught=len(positives) - len(missed), negatives=len(negatives),
                         false_alarms=len(alarms), failures=failures)


def spanish_figures(responder: Responder, items: list[dict], figures: QuestionFigures) -> QuestionFigures:
    """A set of mostly Spanish questions is held to the Spanish targets, and counts the replies
    that came back in Spanish."""
    texts = [str(item["text"]) for item in items]
    if sum(detect_language(t, previous=None) == "es" for t in texts) * 2 <= len(texts):
        return figures
    in_spanish = sum(responder.respond(t).lang == "es" for t in texts)
    return replace(figures, targets=SPANISH_TARGETS, spanish_replies=in_spanish)


def evaluate_file(responder: Responder, path: str | Path, *, young: bool = False) -> QuestionFigures | CrisisFigures:
    """Read either eval format and score it. Raises ValueError on a file of neither shape.
    `young`: the FAQ was cut to a few phrasings per entry, so in-scope answers aim at 85%."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if isinstance(data, dict) and ("positive" in data or "negative" in data):
        return evaluate_crisis(responder, data)
    if isinstance(data, list) and all(isinstance(i, dict) and "text" in i for i in data):
        figures = spanish_figures(responder, data, evaluate_questions(responder, data))
        if young:
            figures = replace(figures, targets=replace(figures.targets, right=0.85))
        return figures
    raise ValueError("expected a list of {text, expect, crisis} items or a mapping with positive/negative lists")
