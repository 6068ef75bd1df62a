"""The staff report: what patients asked that the FAQ could not answer, and what to change.

It only reads the record and only suggests: nothing here edits faq/faq.yaml. Question text in
the record is already redacted, so the report can be printed, mailed or opened in a spreadsheet.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from rapidfuzz import fuzz, utils

from bot.core.handoff import HandoffSummary, summarise
from bot.handoff_store import HandoffRecord
from bot.store import FeedbackCount, LanguageCount, Stats, Store, SuggestionPick, fold_text

logger = logging.getLogger(__name__)

# token_set_ratio on rapidfuzz's default processing (lower-case, punctuation removed). 80 groups
# "do you take aetna" with "do you accept aetna insurance" (83) but keeps "can i nurse after"
# apart from "can i drive home after" (79). It compares letters, not meaning: "aetna" and
# "cigna" look alike (82), so staff should read the examples listed with each group.
UNANSWERED_SIMILARITY = 80
PHRASING_SIMILARITY = 85  # stricter: these become FAQ phrasings
MIN_PICKS = 2  # a single pick could be a misclick; a phrasing must recur
MAX_EXAMPLES = 3
MAX_TEXT_LINES = 20  # per section in the text format; csv and json have everything

FORMATS = ("text", "csv", "json")
CSV_COLUMNS = ("section", "item", "entry_id", "count", "up", "down", "share", "examples")


@dataclass(frozen=True)
class Totals:
    questions: int  # every non-crisis message
    answered: int
    suggested: int
    fallback: int
    crisis: int

    def share(self, count: int) -> float:
        return count / self.questions if self.questions else 0.0


@dataclass(frozen=True)
class UnansweredGroup:
    count: int
    sample: str  # the most frequent phrasing, lower-cased
    examples: tuple[str, ...]  # up to 3 other phrasings in the group


@dataclass(frozen=True)
class FeedbackLine:
    entry_id: str
    down: int
    up: int
    down_share: float


@dataclass(frozen=True)
class PhrasingSuggestion:
    """Add ``question`` to entry ``entry_id``: patients asked it and then picked that entry."""

    question: str
    entry_id: str
    times: int


@dataclass(frozen=True)
class Report:
    days: int
    until: str  # UTC date-time the window ends
    totals: Totals
    unanswered_groups: tuple[UnansweredGroup, ...]
    feedback: tuple[FeedbackLine, ...]
    phrasing_suggestions: tuple[PhrasingSuggestion, ...]
    record_available: bool = True  # False: the database could not be opened, numbers are empty
    languages: tuple[LanguageCount, ...] = ()  # questions per language the bot answered in
    unanswered_by_language: tuple[tuple[str, tuple[UnansweredGroup, ...]], ...] = ()
    handoffs: HandoffSummary = HandoffSummary()  # patients who asked for a person (/human)


LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "": "not recorded (before the bot kept the language)"}


def language_name(lang: str) -> str:
    return LANGUAGE_NAMES.get(lang, lang)


def unanswered_per_language(rows: Iterable[tuple[str, str]]) -> tuple[tuple[str, tuple[UnansweredGroup, ...]], ...]:
    """The unanswered questions grouped as above, separately for each language, most first."""
    by_lang: dict[str, list[str]] = {}
    for lang, text in rows:
        by_lang.setdefault(lang, []).append(text)
    ordered = sorted(by_lang.items(), key=lambda item: (-len(item[1]), item[0]))
    return tuple((lang, unanswered_groups(texts)) for lang, texts in ordered)


# ---------------------------------------------------------------- pure functions


def _similarity(a: str, b: str) -> float:
    """token_set_ratio ignores word order and extra words; for a one-word question that would
    make 'cost' identical to every question mentioning cost, so one word compares plainly."""
    if " " not in a or " " not in b:
        return fuzz.ratio(a, b)
    return fuzz.token_set_ratio(a, b)


def group_similar(texts: Iterable[str], *, threshold: float) -> list[list[tuple[str, int]]]:
    """Greedy grouping: the most frequent phrasing left seeds a group and takes every phrasing at
    least ``threshold`` similar to it. Members are compared with the seed, not with each other,
    so a group cannot drift away from its sample. Returns (phrasing, count) lists, largest first.
    """
    counts = Counter(folded for folded in map(fold_text, texts) if folded)
    pending = sorted(counts, key=lambda text: (-counts[text], text))
    keys = {text: utils.default_process(text) for text in pending}
    groups: list[list[tuple[str, int]]] = []
    while pending:
        seed = pending[0]
        members = [t for t in pending if t == seed or _similarity(keys[seed], keys[t]) >= threshold]
        taken = set(members)
        pending = [t for t in pending if t not in taken]
        groups.append([(t, counts[t]) for t in members])
    groups.sort(key=lambda group: (-sum(n for _, n in group), group[0][0]))
    return groups


def unanswered_groups(questions: Iterable[str]) -> tuple[UnansweredGroup, ...]:
    return tuple(
        UnansweredGroup(
            count=sum(n for _, n in group),
            sample=group[0][0],
            examples=tuple(text for text, _ in group[1 : 1 + MAX_EXAMPLES]),
        )
        for group in group_similar(questions, threshold=UNANSWERED_SIMILARITY)
    )


def rank_feedback(counts: Iterable[FeedbackCount]) -> tuple[FeedbackLine, ...]:
    """Entries with thumbs-down, worst share first: 3 of 4 down matters more than 3 of 30."""
    lines = [
        FeedbackLine(entry_id=c.entry_id, down=c.down, up=c.up, down_share=round(c.down / (c.down + c.up), 3))
        for c in counts
        if c.down
    ]
    return tuple(sorted(lines, key=lambda line: (-line.down_share, -line.down, line.entry_id)))


def phrasing_suggestions(picks: Iterable[SuggestionPick]) -> tuple[PhrasingSuggestion, ...]:
    """Questions that led patients to the same "did you mean" entry again and again."""
    by_entry: defaultdict[str, list[str]] = defaultdict(list)
    for pick in picks:
        by_entry[pick.entry_id].append(pick.question)
    suggestions = [
        PhrasingSuggestion(question=group[0][0], entry_id=entry_id, times=times)
        for entry_id, questions in by_entry.items()
        for group in group_similar(questions, threshold=PHRASING_SIMILARITY)
        if (times := sum(n for _, n in group)) >= MIN_PICKS
    ]
    return tuple(sorted(suggestions, key=lambda s: (-s.times, s.entry_id, s.question)))


# ---------------------------------------------------------------- the shell


def build_report(store: Store, *, days: int = 30, now: datetime | None = None) -> Report:
    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)  # as the store reads naive times
    stats = store.stats(days=days, now=now)
    report = Report(
        days=days,
        until=now.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        totals=Totals(
            questions=stats.questions,
            answered=stats.answered,
            suggested=stats.suggested,
            fallback=stats.fallback,
            crisis=stats.crisis,
        ),
        unanswered_groups=unanswered_groups(store.unanswered_questions(days=days, now=now)),
        feedback=rank_feedback(store.feedback_counts(days=days, now=now)),
        phrasing_suggestions=phrasing_suggestions(store.suggestion_picks(days=days, now=now)),
        record_available=store.enabled,
        languages=stats.languages,
        unanswered_by_language=unanswered_per_language(store.unanswered_by_language(days=days, now=now)),
        handoffs=summarise(HandoffRecord(store).handoff_times(days=days, now=now)),
    )
    logger.debug("report built: %d unanswered groups", len(report.unanswered_groups))
    return report


def format_report(report: Report, fmt: str = "text") -> str:
    if fmt == "text":
        return _text(report)
    if fmt == "csv":
        return _csv(report)
    if fmt == "json":
        return json.dumps(asdict(report), indent=2, ensure_ascii=False)
    raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def _limited(lines: Sequence[str], *, empty: str = "  none yet") -> list[str]:
    if not lines:
        return [empty]
    shown = list(lines[:MAX_TEXT_LINES])
    if len(lines) > MAX_TEXT_LINES:
        shown.append(f"  ... and {len(lines) - MAX_TEXT_LINES} more (see --format csv)")
    return shown


def _text(report: Report) -> str:
    """Plain text for staff who are not programmers: headed sections, no jargon."""
    totals = report.totals
    out = [f"Renew FAQ bot report: last {report.days} days (to {report.until})"]
    if not report.record_available:
        out.append("Note: the bot's record could not be opened, so everything below is empty. See the bot's log.")
    if totals.questions:
        out.append(
            f"Questions: {totals.questions} (answered {_percent(totals.share(totals.answered))}, "
            f"suggested {_percent(totals.share(totals.suggested))}, "
            f"not answered {_percent(totals.share(totals.fallback))}), crisis messages: {totals.crisis}"
        )
    else:
        out.append(f"Questions: none yet, crisis messages: {totals.crisis}")

    out.append(_handoff_line(report.handoffs))

    out += ["", "Questions the FAQ could not answer (grouped):"]
    out += _limited([
        f'  {group.count} x "{group.sample}"'
        + (" (also: " + ", ".join(f'"{text}"' for text in group.examples) + ")" if group.examples else "")
        for group in report.unanswered_groups
    ])

    out += _language_lines(report)

    out += ["", "Entries with the most thumbs-down:"]
    out += _limited([
        f"  {line.entry_id}: {line.down} of {line.down + line.up} ({_percent(line.down_share)})"
        for line in report.feedback
    ])

    out += ["", "Suggested new phrasings (add to faq/faq.yaml; nothing is changed automatically):"]
    out += _limited([
        f"  add '{s.question}' to entry '{s.entry_id}' (picked {s.times} times)"
        for s in report.phrasing_suggestions
    ])
    return "\n".join(out) + "\n"


def _handoff_line(summary: HandoffSummary) -> str:
    if not summary.handoffs:
        return "Asked for a person (/human): none yet"
    line = f"Asked for a person (/human): {summary.handoffs}, answered by staff: {summary.answered}"
    if summary.median_minutes is not None:
        line += (f"; time to the first staff answer: median {_minutes(summary.median_minutes)}, "
                 f"longest {_minutes(summary.longest_minutes or 0.0)}")
    return line


def _minutes(minutes: float) -> str:
    return f"{minutes:g} min" if minutes < 120 else f"{minutes / 60:.1f} h"


def _language_lines(report: Report) -> list[str]:
    """The language mix of questions, then each language's unanswered questions."""
    out = ["", "Questions by language:"]
    out += _limited([
        f"  {language_name(c.lang)}: {c.questions} (answered {_percent(c.answered / c.questions)}, "
        f"suggested {_percent(c.suggested / c.questions)}, not answered {_percent(c.fallback / c.questions)})"
        for c in report.languages if c.questions
    ])
    for lang, groups in report.unanswered_by_language:
        out += ["", f"Questions the FAQ could not answer, in {language_name(lang)}:"]
        out += _limited([f'  {group.count} x "{group.sample}"' for group in groups])
    return out


def _cell(value: object) -> object:
    """Patient text must not run as a spreadsheet formula when staff open the file."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _csv(report: Report) -> str:
    """One table; the ``section`` column says which part of the report a row belongs to."""
    totals = report.totals
    rows: list[tuple[object, ...]] = [
        ("totals", "questions", "", totals.questions, "", "", "", ""),
        *(
            ("totals", name, "", count, "", "", round(totals.share(count), 3), "")
            for name, count in (
                ("answered", totals.answered),
                ("suggested", totals.suggested),
                ("fallback", totals.fallback),
            )
        ),
        ("totals", "crisis", "", totals.crisis, "", "", "", ""),
        ("handoffs", "asked for a person", "", report.handoffs.handoffs, "", "", "", ""),
        ("handoffs", "answered by staff", "", report.handoffs.answered, "", "", "", ""),
        ("handoffs", "median minutes to first answer", "", report.handoffs.median_minutes or "", "", "", "", ""),
        *(
            ("unanswered", g.sample, "", g.count, "", "", "", " | ".join(g.examples))
            for g in report.unanswered_groups
        ),
        *(
            ("language", c.lang or "unknown", "", c.questions, "", "", round(c.answered / c.questions, 3) if c.questions else "", "")
            for c in report.languages
        ),
        *(
            ("thumbs_down", f.entry_id, f.entry_id, f.down + f.up, f.up, f.down, f.down_share, "")
            for f in report.feedback
        ),
        *(
            ("phrasing", s.question, s.entry_id, s.times, "", "", "", "")
            for s in report.phrasing_suggestions
        ),
    ]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(tuple(_cell(value) for value in row) for row in rows)
    return buffer.getvalue()


def format_stats(stats: Stats) -> str:
    """The /stats message for staff in Telegram: the last few days at a glance."""
    lines = [
        f"Last {stats.days} days: {stats.questions} question(s)",
        f"answered {_percent(stats.answered_share)}, suggested {_percent(stats.suggested_share)}, "
        f"not answered {_percent(stats.fallback_share)}",
        f"crisis messages: {stats.crisis}",
        "",
        "Top unanswered questions:",
        *_limited([f"  {q.count} x \"{q.text}\"" for q in stats.top_unanswered]),
        "Entries with the most thumbs-down:",
        *_limited([f"  {f.entry_id}: {f.down} down, {f.up} up" for f in stats.top_thumbs_down]),
    ]
    return "\n".join(lines)
