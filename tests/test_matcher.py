"""The normaliser and matcher: right or holds back."""

from __future__ import annotations

import pytest

from bot.core.knowledge import load_knowledge
from bot.core.matcher import Matcher, stem
from bot.core.text import fold_unicode, words
from tests.paths import SHIPPED_FAQ


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_knowledge(SHIPPED_FAQ))


def test_fold_unicode_flattens_case_width_accents_and_invisibles():
    assert fold_unicode("ＫＥＴＡＭＩＮＥ") == "ketamine"
    assert fold_unicode("depresión posparto") == "depresion posparto"
    assert fold_unicode("ke\u200btam\u200dine") == "ketamine"
    assert fold_unicode("don\u2019t") == "don't"


def test_words_expand_contractions_and_chat_shorthand():
    assert words("I can't sleep, pls help") == ["i", "can", "not", "sleep", "please", "help"]
    assert words("u r gonna be ok") == ["you", "are", "going", "to", "be", "ok"]


def test_stem_is_small_and_consistent():
    assert stem("symptoms") == stem("symptom") == "symptom"
    assert stem("starts") == stem("started") == stem("starting") == "start"
    assert stem("less") == "less" and stem("ppd") == "ppd"


def test_normalise_applies_synonyms_fillers_and_spelling(matcher):
    assert matcher.normalise("hi, quick question: c-section and PPD?") == matcher.normalise("cesarean and postpartum depression")
    assert matcher.normalise("breastfeading") == matcher.normalise("breastfeeding")
    assert matcher.normalise("Zoloft") == matcher.normalise("antidepressant")


def test_ordinary_words_are_not_corrected_into_faq_words(matcher):
    # 'pregnant' must never read as 'permanent', nor 'thanks' as anything else
    assert "permanent" not in matcher.normalise("can i use it while pregnant")
    assert matcher.normalise("thanks") == []


@pytest.mark.parametrize("question, entry", [
    ("how fast does ketamine work", "how-fast"),
    ("can i breastfeed after my infusion", "breastfeeding"),
    ("can dads get postpartum depression", "ppd-fathers"),
    ("WHAT ARE THE SYMPTOMS OF PPD???", "ppd-symptoms"),
    ("how do i book an appointment", "book-appointment"),
    ("ketamin vs zoloft", "ketamine-vs-antidepressants"),
])
def test_clear_questions_are_answered(matcher, question, entry):
    match = matcher.search(question)
    assert match.answer is not None and match.answer.id == entry
    assert match.outcome == "answered" and 0 < match.score <= 1


@pytest.mark.parametrize("question", [
    "how much does a session cost", "is it covered by insurance", "what dose will i get",
    "recommend a good stroller", "what's the weather like", "", "???", "🙂🙂🙂",
])
def test_out_of_scope_is_held_back(matcher, question):
    assert matcher.search(question).answer is None


def test_a_vague_question_gets_two_or_three_suggestions(matcher):
    match = matcher.search("ketamine and depression")
    assert match.answer is None and match.outcome == "suggested"
    assert 2 <= len(match.suggestions) <= 3
    assert all(not e.id.startswith("~") for e in match.suggestions)


def test_confidence_needs_a_margin_not_only_a_high_score(matcher):
    """A high score shared by two entries is not an answer: the margin decides."""
    match = matcher.search("how long does it last")
    top, runner_up = match.candidates[0].score, match.candidates[1].score
    assert top >= matcher.settings.answer_score and top - runner_up < matcher.settings.answer_margin
    assert match.answer is None and match.suggestions


def test_long_input_is_cut_not_choked_on(matcher):
    match = matcher.search("how fast does ketamine work " + "blah " * 5000)
    assert match.answer is None or match.answer.id == "how-fast"


@pytest.mark.parametrize("name", ["questions_extra.yaml", "questions_extra2.yaml"])
def test_independently_written_questions_keep_their_figures(responder, name):
    """These sets were written without seeing the FAQ phrasings or the dev set: they measure how
    the mechanism generalises. They are not tuned against, only guarded."""
    import yaml

    from bot.staff.evaluation import evaluate_questions
    from tests.paths import DATA

    items = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    figures = evaluate_questions(responder, items)
    assert figures.in_scope_right / figures.in_scope >= 0.85, figures.failures
    assert figures.wrong / figures.total <= 0.03, figures.failures
    assert figures.out_of_scope_held / figures.out_of_scope >= 0.90, figures.failures
    assert figures.crisis_caught == figures.crisis_expected, figures.failures
    assert figures.crisis_false_alarms == 0, figures.failures
