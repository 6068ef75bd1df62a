"""The staff report: grouping, ranking, phrasing suggestions and the three output formats."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.staff.report import (
    CSV_COLUMNS,
    UNANSWERED_SIMILARITY,
    FeedbackLine,
    PhrasingSuggestion,
    Report,
    Totals,
    UnansweredGroup,
    build_report,
    format_report,
    group_similar,
    phrasing_suggestions,
    rank_feedback,
    unanswered_groups,
)
from bot.store import FeedbackCount, Store, SuggestionPick
from bot.telegram.app import build_application
from tests.app import settings_for, wait_until_handled
from tests.botapi_server import run_polling
from tests.paths import REPO, SHIPPED_FAQ

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
RECENT = NOW - timedelta(days=1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "faqbot.sqlite3", salt=b"report-test") as opened:
        yield opened


def ask(store: Store, question: str, *, outcome: str = "fallback", user: int = 1, at: datetime = RECENT) -> int | None:
    return store.record_message(user_id=user, outcome=outcome, question=question, at=at)


@pytest.fixture
def filled(store: Store) -> Store:
    """A month of a small clinic's record."""
    for user, question in enumerate([
        "How much does it cost?", "how much does it cost", "How much does ketamine cost?",
        "Does insurance cover it?", "Does my insurance cover ketamine?",
        "Can I drive home after?",
    ]):
        ask(store, question, user=user)
    store.record_message(user_id=50, outcome="answered", answer_id="what-is-ppd", at=RECENT)
    store.record_message(user_id=51, outcome="answered", answer_id="what-is-ppd", at=RECENT)
    store.record_message(user_id=52, outcome="crisis", question="I want to disappear", at=RECENT)
    for user, helpful in enumerate([False, False, False, True, True]):
        store.record_feedback(user_id=user, entry_id="side-effects", helpful=helpful, at=RECENT)
    store.record_feedback(user_id=1, entry_id="cost", helpful=False, at=RECENT)
    for user, question in enumerate(["Can I nurse after?", "can i  NURSE after?", "can I nurse after it"], start=10):
        ref = ask(store, question, outcome="suggested", user=user)
        store.record_suggestion_choice(user_id=user, entry_id="breastfeeding", message_ref=ref, at=RECENT)
    ref = ask(store, "is it ok with zoloft", outcome="suggested", user=20)
    store.record_suggestion_choice(user_id=20, entry_id="medications", message_ref=ref, at=RECENT)
    return store


def test_build_report_from_the_record(filled: Store) -> None:
    report = build_report(filled, days=30, now=NOW)
    assert report.days == 30
    assert report.record_available
    assert report.totals == Totals(questions=12, answered=2, suggested=4, fallback=6, crisis=1)
    assert report.unanswered_groups[:3] == (
        UnansweredGroup(count=3, sample="can i nurse after?", examples=("can i nurse after it",)),
        UnansweredGroup(count=3, sample="how much does it cost",
                        examples=("how much does it cost?", "how much does ketamine cost?")),
        UnansweredGroup(count=2, sample="does insurance cover it?", examples=("does my insurance cover ketamine?",)),
    )
    assert [(g.count, g.sample) for g in report.unanswered_groups[3:]] == [
        (1, "can i drive home after?"), (1, "is it ok with zoloft"),
    ]
    assert report.feedback == (
        FeedbackLine(entry_id="cost", down=1, up=0, down_share=1.0),
        FeedbackLine(entry_id="side-effects", down=3, up=2, down_share=0.6),
    )
    assert report.phrasing_suggestions == (
        PhrasingSuggestion(question="can i nurse after?", entry_id="breastfeeding", times=3),
    )


def test_old_rows_are_outside_the_window(store: Store) -> None:
    ask(store, "how much does it cost", at=NOW - timedelta(days=60))
    report = build_report(store, days=30, now=NOW)
    assert report.totals.questions == 0 and report.unanswered_groups == ()


# ---------------------------------------------------------------- grouping


def test_similar_questions_group_largest_first() -> None:
    groups = unanswered_groups([
        "Do you take Aetna?", "do you accept aetna insurance", "Do you take aetna",
        "How long is a session?", "how long does a session take",
        "how long is a session", "How long is a session",
        "Where do I park?",
    ])
    assert [(g.count, g.sample) for g in groups] == [
        (4, "how long is a session"), (3, "do you accept aetna insurance"), (1, "where do i park?"),
    ]
    assert groups[0].examples == ("how long does a session take", "how long is a session?")


def test_one_word_question_does_not_swallow_the_rest() -> None:
    questions = ["cost", "cost", "how much does it cost", "is ketamine safe with zoloft"]
    groups = group_similar(questions, threshold=UNANSWERED_SIMILARITY)
    assert [group[0] for group in groups] == [
        ("cost", 2), ("how much does it cost", 1), ("is ketamine safe with zoloft", 1),
    ]


@pytest.mark.parametrize(
    "pair",
    [
        ("how much does it cost", "how long does it take"),
        ("can i nurse after", "can i drive home after"),
        ("is it safe while pregnant", "is it safe while breastfeeding"),
    ],
)
def test_dissimilar_questions_stay_apart(pair: tuple[str, str]) -> None:
    assert len(unanswered_groups(pair)) == 2


def test_examples_are_capped_at_three() -> None:
    variants = ["can i drive after", "can i drive after?", "can i drive home after", "can i drive after my session",
                "can i drive myself after"]
    (group,) = unanswered_groups(variants)
    assert group.count == 5 and len(group.examples) == 3


def test_blank_questions_are_ignored() -> None:
    assert unanswered_groups(["", "   "]) == ()


# ---------------------------------------------------------------- feedback and phrasings


def test_thumbs_down_ranked_by_share_then_count() -> None:
    ranked = rank_feedback([
        FeedbackCount(entry_id="cost", down=3, up=27),
        FeedbackCount(entry_id="side-effects", down=3, up=2),
        FeedbackCount(entry_id="safety", down=6, up=4),
        FeedbackCount(entry_id="hours", down=0, up=9),
        FeedbackCount(entry_id="parking", down=1, up=0),
    ])
    assert [(line.entry_id, line.down_share) for line in ranked] == [
        ("parking", 1.0), ("safety", 0.6), ("side-effects", 0.6), ("cost", 0.1),
    ]


def test_recurring_picks_become_phrasing_suggestions() -> None:
    picks = [
        SuggestionPick(question="Can I nurse after?", entry_id="breastfeeding"),
        SuggestionPick(question="can i   nurse after?", entry_id="breastfeeding"),
        SuggestionPick(question="how soon can i drive", entry_id="driving"),
        SuggestionPick(question="how soon can i drive?", entry_id="driving"),
        SuggestionPick(question="how soon can i drive", entry_id="driving"),
        SuggestionPick(question="is it ok with zoloft", entry_id="medications"),  # once: not enough
        SuggestionPick(question="Can I nurse after?", entry_id="safety"),  # other entry: not pooled
    ]
    assert phrasing_suggestions(picks) == (
        PhrasingSuggestion(question="how soon can i drive", entry_id="driving", times=3),
        PhrasingSuggestion(question="can i nurse after?", entry_id="breastfeeding", times=2),
    )


def test_a_single_pick_is_no_suggestion() -> None:
    assert phrasing_suggestions([SuggestionPick(question="can i nurse after", entry_id="breastfeeding")]) == ()


# ---------------------------------------------------------------- formats


def test_text_format_reads_plainly(filled: Store) -> None:
    text = format_report(build_report(filled, days=30, now=NOW))
    lines = text.splitlines()
    assert lines[0] == "Renew FAQ bot report: last 30 days (to 2025-06-01 12:00 UTC)"
    assert lines[1] == "Questions: 12 (answered 17%, suggested 33%, not answered 50%), crisis messages: 1"
    assert '  3 x "how much does it cost" (also: "how much does it cost?", "how much does ketamine cost?")' in lines
    assert "  side-effects: 3 of 5 (60%)" in lines
    assert "  add 'can i nurse after?' to entry 'breastfeeding' (picked 3 times)" in lines
    assert "Suggested new phrasings (add to faq/faq.yaml; nothing is changed automatically):" in lines
    assert "disappear" not in text


def test_empty_report_says_none_yet(store: Store) -> None:
    text = format_report(build_report(store, days=7, now=NOW), "text")
    assert "Questions: none yet, crisis messages: 0" in text
    assert text.count("  none yet") == 4  # totals aside: unanswered, languages, thumbs-down, phrasings


def test_unavailable_record_is_stated(tmp_path: Path) -> None:
    (tmp_path / "broken.sqlite3").write_bytes(b"garbage" * 100)
    with Store(tmp_path / "broken.sqlite3", salt=b"x") as store:
        report = build_report(store, now=NOW)
    assert not report.record_available
    assert "could not be opened" in format_report(report)


def test_long_sections_are_shortened_in_text() -> None:
    groups = tuple(UnansweredGroup(count=1, sample=f"question {i}", examples=()) for i in range(25))
    report = Report(days=30, until="2025-06-01 12:00 UTC", totals=Totals(25, 0, 0, 25, 0),
                    unanswered_groups=groups, feedback=(), phrasing_suggestions=())
    text = format_report(report)
    assert "... and 5 more" in text
    assert len(list(csv.reader(io.StringIO(format_report(report, "csv"))))) == 1 + 5 + 3 + 25  # header, totals, hand-offs, every group


def test_json_format_parses(filled: Store) -> None:
    data = json.loads(format_report(build_report(filled, days=30, now=NOW), "json"))
    assert data["totals"] == {"questions": 12, "answered": 2, "suggested": 4, "fallback": 6, "crisis": 1}
    assert data["unanswered_groups"][0]["count"] == 3
    assert data["feedback"][1] == {"entry_id": "side-effects", "down": 3, "up": 2, "down_share": 0.6}
    assert data["phrasing_suggestions"] == [{"question": "can i nurse after?", "entry_id": "breastfeeding", "times": 3}]


def test_csv_format_is_one_table(filled: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(format_report(build_report(filled, days=30, now=NOW), "csv"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    sections = {row["section"] for row in rows}
    assert sections == {"totals", "handoffs", "unanswered", "language", "thumbs_down", "phrasing"}
    totals = {row["item"]: row for row in rows if row["section"] == "totals"}
    assert totals["questions"]["count"] == "12" and totals["fallback"]["share"] == "0.5"
    (phrasing,) = [row for row in rows if row["section"] == "phrasing"]
    assert (phrasing["item"], phrasing["entry_id"], phrasing["count"]) == ("can i nurse after?", "breastfeeding", "3")
    side = next(row for row in rows if row["section"] == "thumbs_down" and row["item"] == "side-effects")
    assert (side["down"], side["up"], side["share"]) == ("3", "2", "0.6")


def test_csv_cells_cannot_become_formulas(store: Store) -> None:
    ask(store, '=HYPERLINK("http://evil.example","click")')
    rows = list(csv.reader(io.StringIO(format_report(build_report(store, now=NOW), "csv"))))
    (unanswered,) = [row for row in rows if row[0] == "unanswered"]
    assert unanswered[1].startswith("'=")


def test_unknown_format_is_refused() -> None:
    report = Report(days=1, until="", totals=Totals(0, 0, 0, 0, 0), unanswered_groups=(), feedback=(),
                    phrasing_suggestions=())
    with pytest.raises(ValueError):
        format_report(report, "xml")


async def test_report_on_a_database_filled_by_real_conversations(botapi, tmp_path: Path) -> None:
    """The real app fills the database through the fake Bot API; `faqbot report` then reads it."""
    settings = settings_for(botapi, SHIPPED_FAQ, tmp_path, rate_limit_per_minute=1000)
    app = build_application(settings)
    async with run_polling(app):
        for user, text in enumerate(["how much does it cost", "how much does ketamine cost",
                                     "what does it cost", "is it covered by insurance"], start=1):
            botapi.send_text(text, user_id=user)
        for user in (11, 12):
            botapi.send_text("ketamine and depression", user_id=user)
            [message] = await botapi.wait_for_messages(user)
            pick = next(b["callback_data"] for row in message["reply_markup"]["inline_keyboard"]
                        for b in row if b["callback_data"].startswith("s:"))
            botapi.press_button(pick, user_id=user)
            await botapi.wait_for_messages(user, 2)
            botapi.press_button(f"f:{pick.split(':')[1]}:0", user_id=user)
        await wait_until_handled(app, botapi)  # the last press's feedback is in the record

    text = faqbot_report(settings.database_path, "--days", "7")
    assert '  3 x "how much does it cost" (also: "how much does ketamine cost", "what does it cost")' in text
    assert "  add 'ketamine and depression' to entry" in text  # a recurring pick becomes a suggestion
    data = json.loads(faqbot_report(settings.database_path, "--format", "json"))
    assert data["totals"]["questions"] == 6  # presses are not questions
    [feedback] = data["feedback"]
    assert feedback["down"] == 2 and feedback["entry_id"] == data["phrasing_suggestions"][0]["entry_id"]


def faqbot_report(db: Path, *args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "bot", "report", "--db", str(db), *args],
                            capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_report_shows_the_language_mix_and_each_languages_unanswered_questions(store: Store) -> None:
    for user, (question, lang) in enumerate([
        ("cuanto cuesta la ketamina?", "es"), ("cuánto cuesta la ketamina", "es"), ("aceptan aseguranza?", "es"),
        ("Do you take Aetna?", "en"),
    ]):
        store.record_message(user_id=user, outcome="fallback", question=question, at=RECENT, lang=lang)
    store.record_message(user_id=9, outcome="answered", answer_id="breastfeeding", at=RECENT, lang="es")
    store.record_message(user_id=9, outcome="crisis", question="quiero morir", at=RECENT, lang="es")

    report = build_report(store, days=7, now=NOW)
    text = format_report(report, "text")
    assert "Spanish: 4 (answered 25%, suggested 0%, not answered 75%)" in text
    assert "English: 1 (answered 0%, suggested 0%, not answered 100%)" in text
    spanish = text.split("could not answer, in Spanish:")[1].split("\n\n")[0]
    assert '2 x "cuanto cuesta la ketamina?"' in spanish and "aseguranza" in spanish and "Aetna" not in spanish
    assert "quiero morir" not in text  # a crisis message is never kept, in any language
    rows = list(csv.DictReader(io.StringIO(format_report(report, "csv"))))
    assert {(r["section"], r["item"], r["count"]) for r in rows if r["section"] == "language"} == {
        ("language", "es", "4"), ("language", "en", "1")}
    assert json.loads(format_report(report, "json"))["languages"][0]["lang"] == "es"
