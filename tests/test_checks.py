"""`faqbot check` and Spanish: a missing Spanish answer is a warning with file:line, never an
error, and staff see how many Spanish texts still wait for their review."""

from __future__ import annotations

import re

from bot.staff.checks import check_folder
from tests.paths import SHIPPED_FAQ


def test_shipped_faq_passes_and_counts_the_spanish_texts_to_review():
    result = check_folder(SHIPPED_FAQ)
    assert result.ok, result.errors
    (pending,) = [w for w in result.warnings if "not reviewed by staff yet" in w]
    assert re.search(r"^\d+ Spanish text\(s\) not reviewed by staff yet \(\d+ in faq\.yaml, 1 in crisis\.yaml, \d+ in messages\.yaml\)", pending)
    assert "faq.yaml:" in pending and "es_reviewed: true" in pending


def test_an_entry_without_spanish_answer_is_a_warning_not_an_error(faq_dir):
    text = (faq_dir / "faq.yaml").read_text(encoding="utf-8")
    start = text.index("- id: side-effects")
    block = re.sub(r"  answer_es: \|\n    [^\n]*\n", "", text[start:], count=1)
    (faq_dir / "faq.yaml").write_text(text[:start] + block, encoding="utf-8")
    result = check_folder(faq_dir)
    assert result.ok and not result.errors
    (warning,) = [w for w in result.warnings if "no Spanish answer" in w]
    line = text[:start].count("\n") + 1
    assert warning.startswith(f"{faq_dir / 'faq.yaml'}:") and "entry 'side-effects'" in warning
    assert line < int(warning.split(":")[1]) < line + 60
    reply = result.responder.knowledge.entry("side-effects")
    assert reply.answer_for("es") == reply.answer


def test_marking_everything_reviewed_clears_the_pending_count(faq_dir):
    for name in ("faq.yaml", "messages.yaml", "crisis.yaml"):
        path = faq_dir / name
        path.write_text(path.read_text(encoding="utf-8").replace("es_reviewed: false", "es_reviewed: true"), encoding="utf-8")
    result = check_folder(faq_dir)
    assert result.ok and not any("Spanish" in w for w in result.warnings)
