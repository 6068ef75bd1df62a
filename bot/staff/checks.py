"""`faqbot check`: is this FAQ folder fit to go live?

The same function gates a live reload in the bot, so "check passes" and "the bot accepts it" can
never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.core.knowledge import FAQ_FILE, NOT_COVERED_FILE, TESTS_FILE, FaqEntry, FaqError, FaqInvalid, Knowledge, NotCovered, load_knowledge
from bot.core.matcher import GAP_PREFIX
from bot.core.responder import Responder

NEAR_DUPLICATE = 92  # token_sort_ratio on normalised text, 0-100


@dataclass(frozen=True)
class CheckResult:
    responder: Responder | None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and self.responder is not None


def check_folder(faq_dir: str | Path, *, warnings: bool = True) -> CheckResult:
    """Load, validate, self-test and run the staff's regression examples.

    The running bot gates on errors alone (warnings=False): the warnings are advice for staff
    running `faqbot check`, and working them out takes most of a second at every start and edit."""
    try:
        knowledge = load_knowledge(faq_dir)
    except FaqInvalid as exc:
        return CheckResult(None, errors=[str(e) for e in exc.errors])
    responder = Responder(knowledge)
    folder = Path(faq_dir)
    errors = staff_test_errors(knowledge, responder, folder)
    if not warnings:
        return CheckResult(responder, errors=errors)
    advice = [str(w) for w in knowledge.warnings] + self_match_warnings(knowledge, responder, folder)
    advice += near_duplicates(knowledge, responder, folder) + spanish_warnings(knowledge)
    return CheckResult(responder, errors=errors, warnings=advice)


def _questions_with_lines(entry: FaqEntry | NotCovered) -> zip:
    """Each question with its line in its file (the entry's or topic's line when not known)."""
    return zip(entry.questions, entry.question_lines or (entry.line,) * len(entry.questions))


def self_match_warnings(knowledge: Knowledge, responder: Responder, faq_dir: Path) -> list[str]:
    """An entry's own question that leads elsewhere: patients asking it may not get that entry.

    A warning, not an error: the edit is still better than the FAQ without it, and the message
    names what pulled the question away so staff can reword one of the two."""
    out = []
    shown = str(faq_dir / FAQ_FILE)
    gaps = _not_covered_questions(knowledge, responder, faq_dir)
    for entry in knowledge.entries:
        for question, line in _questions_with_lines(entry):
            match = responder.matcher.search(question)
            if match.answer is not None and match.answer.id == entry.id:
                listed = gaps.get(" ".join(responder.matcher.normalise(question)))
                if listed:
                    out.append(str(FaqError(shown, line, f"question '{question}' is also listed at {listed}; the bot answers "
                                            f"it with this entry. If the FAQ now answers this, delete that line from "
                                            f"{NOT_COVERED_FILE}", entry.id)))
                continue
            if match.answer is not None:
                got = f"the bot answers it with entry '{match.answer.id}' instead"
            elif match.suggestions:
                got = "the bot is unsure and offers a choice"
            else:
                got = "the bot does not answer it"
            rival, in_gaps = _rival(knowledge, responder, question, entry.id, faq_dir)
            because = f", because it is close to {rival}" if rival else ""
            advice = (f"If the FAQ now answers this, delete that line from {NOT_COVERED_FILE}; otherwise reword the question"
                      if in_gaps else "Reword one of the two so they differ")
            out.append(str(FaqError(shown, line, f"question '{question}' does not find its own entry: {got}{because}. {advice}", entry.id)))
    return out


def _not_covered_questions(knowledge: Knowledge, responder: Responder, faq_dir: Path) -> dict[str, str]:
    """Each not_covered.yaml question, read as the matcher reads it, with where it is."""
    return {" ".join(responder.matcher.normalise(question)): _gap_place(faq_dir, line, gap.topic)
            for gap in knowledge.not_covered for question, line in _questions_with_lines(gap)}


def _gap_place(faq_dir: Path, line: int, topic: str) -> str:
    return f"{faq_dir / NOT_COVERED_FILE}:{line} (a topic we don't answer, '{topic}')"


def _rival(knowledge: Knowledge, responder: Responder, question: str, own_id: str, faq_dir: Path) -> tuple[str, bool]:
    """The closest phrasing outside the question's own entry, in the best-scored rival, and
    whether that rival is a not_covered.yaml topic."""
    matcher = responder.matcher
    mine = " ".join(matcher.normalise(question))
    rows: list[tuple[str, str]] = []  # (phrasing, where it is)
    in_gaps = False
    for candidate in matcher.scores(question, limit=3):
        if candidate.entry.id == own_id:
            continue
        if candidate.entry.id.startswith(GAP_PREFIX):
            gap = next((g for g in knowledge.not_covered if f"{GAP_PREFIX}{g.topic}" == candidate.entry.id), None)
            in_gaps = gap is not None
            if gap is not None:
                rows += [(q, _gap_place(faq_dir, n, gap.topic)) for q, n in _questions_with_lines(gap)]
        else:
            other = knowledge.entry(candidate.entry.id)
            rows += [(q, f"{faq_dir / FAQ_FILE}:{n} in entry '{other.id}'") for q, n in _questions_with_lines(other)]
        if rows:
            break
    if not rows:
        return "", False
    phrasing, where = max(rows, key=lambda row: fuzz.token_sort_ratio(mine, " ".join(matcher.normalise(row[0]))))
    return f"'{phrasing}' at {where}", in_gaps


def staff_test_errors(knowledge: Knowledge, responder: Responder, faq_dir: Path) -> list[str]:
    out = []
    for test in knowledge.tests:
        reply = responder.respond(test.question)
        got = reply.answer.id if reply.answer else None
        if got != test.expect:
            shown = "no answer" if got is None else got
            wanted = "no answer" if test.expect is None else test.expect
            out.append(f"{faq_dir / TESTS_FILE}:{test.line}: '{test.question}' -> got {shown}, expected {wanted}")
    return out


def near_duplicates(knowledge: Knowledge, responder: Responder, faq_dir: Path) -> list[str]:
    """Questions in two different entries that read almost the same make the matcher unsure."""
    rows = []
    for entry in knowledge.entries:
        for question, line in _questions_with_lines(entry):
            rows.append((entry.id, question, line, " ".join(responder.matcher.normalise(question))))
    texts = [row[3] for row in rows]
    out = []
    for i, (entry_id, question, line, text) in enumerate(rows):
        for _, score, j in process.extract(text, texts, scorer=fuzz.token_sort_ratio, score_cutoff=NEAR_DUPLICATE, limit=None):
            other_id, other_q, other_line, _ = rows[j]
            if j > i and other_id != entry_id:
                out.append(
                    f"{faq_dir / FAQ_FILE}:{line}: entry '{entry_id}': question '{question}' is almost the same as "
                    f"'{other_q}' in entry '{other_id}' (line {other_line}); reword one so the bot can tell them apart"
                )
    return out



def spanish_warnings(knowledge: Knowledge) -> list[str]:
    """Entries without a Spanish answer (patients then get English with a note), and one line
    counting the Spanish texts staff have not yet marked as reviewed. Warnings, never errors."""
    out = [str(problem) for problem in knowledge.spanish_missing]
    pending = knowledge.spanish_unreviewed
    if pending:
        by_file: dict[str, int] = {}
        for item in pending:
            by_file[Path(item.path).name] = by_file.get(Path(item.path).name, 0) + 1
        where = ", ".join(f"{count} in {name}" for name, count in by_file.items())
        out.append(f"{len(pending)} Spanish text(s) not reviewed by staff yet ({where}); "
                   f"first: {pending[0].path}:{pending[0].line}. After checking, set 'es_reviewed: true' (one per entry in faq.yaml, one at the top of messages.yaml and of crisis.yaml).")
    return out
