"""`faqbot check` as staff meet it: an edit made the way faq/README.md says passes, a question that
lands elsewhere is a warning naming what pulled it away (file and line), the guide's sample output
is what the command really prints; and Spanish: a missing Spanish answer is a warning with
file:line, never an error, and staff see how many Spanish texts still wait for their review."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from bot.core.knowledge import load_knowledge
from bot.live import LiveFaq
from bot.core.responder import Responder
from bot.staff.checks import check_folder
from tests.paths import SHIPPED_FAQ
from tests.test_cli import faqbot

# Written the way faq/README.md ("Adding an entry") tells staff to: six phrasings, source: clinic.
PARKING = """
- id: free-parking
  title: Is parking free?
  topic: Practical
  questions:
    - Is there parking at the clinic?
    - where do i park
    - is parking free
    - do you have free parking
    - parking for my appointment
    - can i park outside the office
  answer: |
    Yes. Parking is free in the lot right in front of our office, and there is always space for patients.
  source: clinic
"""
PARKING_QUESTIONS = re.findall(r"^    - (.+)$", PARKING, re.M)


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + text, encoding="utf-8")


def staff_folder(tmp_path: Path) -> Path:
    """A project folder with a copy of faq/, so messages read 'faq/faq.yaml:12' as staff see them."""
    shutil.copytree(SHIPPED_FAQ, tmp_path / "faq")
    return tmp_path


def test_a_parking_entry_added_as_the_guide_says_passes_and_warnings_name_file_and_line(tmp_path):
    project = staff_folder(tmp_path)
    append(project / "faq" / "faq.yaml", PARKING)
    result = faqbot("check", cwd=project)
    assert result.returncode == 0, result.stdout
    lines = result.stdout.strip().splitlines()
    assert lines[-1].startswith("OK: 20 entries")
    for line in lines:
        if "does not find its own entry" in line:
            assert re.match(r"warning: faq/faq\.yaml:\d+: entry '[a-z-]+': question '", line), line
            assert re.search(r"close to '.+' at faq/(faq|not_covered)\.yaml:\d+", line), line


def test_a_question_pulled_away_by_not_covered_names_that_line(tmp_path):
    project = staff_folder(tmp_path)
    path = project / "faq" / "not_covered.yaml"
    append(path, "- topic: speed\n  questions:\n    - how fast does ketamine work\n")
    line = len(path.read_text(encoding="utf-8").splitlines())
    result = check_folder(project / "faq")
    assert result.ok, result.errors  # a warning: the edit still goes live
    [warning] = [w for w in result.warnings if "'how fast does ketamine work' does not find its own entry" in w]
    assert f"at {project / 'faq' / 'not_covered.yaml'}:{line} (a topic we don't answer, 'speed')" in warning
    assert "delete that line from not_covered.yaml" in warning


def test_a_question_pulled_away_by_another_entry_names_its_question_and_line(tmp_path):
    project = staff_folder(tmp_path)
    faq = project / "faq" / "faq.yaml"
    knowledge = load_knowledge(project / "faq")
    stolen = knowledge.entry("how-fast").questions[0]
    text = faq.read_text(encoding="utf-8")
    anchor = "  questions:\n"
    at = text.index(anchor, text.index("- id: long-term")) + len(anchor)
    faq.write_text(text[:at] + f"    - {stolen}\n" + text[at:], encoding="utf-8")
    copied_line = text[:at].count("\n") + 1
    original_line = load_knowledge(project / "faq").entry("how-fast").question_lines[0]
    result = check_folder(project / "faq")
    assert result.ok, result.errors
    # The same phrasing in two entries: one of them loses it, and the warning names the other.
    [warning] = [w for w in result.warnings if f"question '{stolen}' does not find its own entry" in w]
    assert (f"entry 'how-fast'" in warning and f"at {faq}:{copied_line} in entry 'long-term'" in warning) or \
           (f"entry 'long-term'" in warning and f"at {faq}:{original_line} in entry 'how-fast'" in warning), warning


def test_what_check_accepts_the_running_bot_accepts(tmp_path):
    project = staff_folder(tmp_path)
    live = LiveFaq(project / "faq", Responder(load_knowledge(project / "faq")))
    append(project / "faq" / "faq.yaml", PARKING)
    assert check_folder(project / "faq").ok
    result = live.reload()
    assert result.accepted and live.responder.knowledge.entry("free-parking") is not None


def test_an_edit_that_breaks_the_bot_is_still_an_error(tmp_path):
    project = staff_folder(tmp_path)
    append(project / "faq" / "faq.yaml", PARKING + PARKING.replace("    - where do i park\n", ""))  # the id twice
    result = faqbot("check", cwd=project)
    assert result.returncode == 1 and "the id is used twice" in result.stdout


# --- the guide's sample output -----------------------------------------------------------------

GUIDE = SHIPPED_FAQ / "README.md"


def _guide_outputs() -> list[list[str]]:
    """Each `$ faqbot check` block of faq/README.md, as its output lines."""
    blocks = re.findall(r"```console\n\$ faqbot check\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)
    return [block.rstrip("\n").splitlines() for block in blocks]


def _shape(lines: list[str]) -> list[str]:
    """Numbers vary as staff edit faq.yaml (line numbers, counts); the words must not."""
    return [re.sub(r"\d+", "N", line) for line in lines]


def test_the_guides_sample_output_is_what_check_prints(tmp_path):
    samples = _guide_outputs()
    edits = [  # what the guide describes before each sample: (file, text appended)
        None,
        ("faq.yaml", PARKING),
        ("faq.yaml", PARKING.replace("    - can i park outside the office\n",
                                     "    - can i park outside the office\n    - is there parking at your office\n")),
        ("faq.yaml", PARKING.replace("  answer: |", "  anwser: |")),
        ("tests.yaml", '- question: "when can i nurse again after the infusion"\n  expect: about-clinic\n'),
    ]
    assert len(samples) == len(edits), "the guide shows: all good, two with warnings, a typo, a failing test"
    for number, (sample, edit) in enumerate(zip(samples, edits)):
        project = staff_folder(tmp_path / str(number))
        if edit is not None:
            append(project / "faq" / edit[0], edit[1])
        output = faqbot("check", cwd=project).stdout.rstrip("\n").splitlines()
        assert _shape(sample) == _shape(output), "\n".join(["guide:", *sample, "real:", *output])


# --- Spanish -------------------------------------------------------------------------------------

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


def test_an_edit_with_only_warnings_goes_live_and_the_bot_gates_on_errors_alone(tmp_path):
    project = staff_folder(tmp_path)
    live = LiveFaq(project / "faq", Responder(load_knowledge(project / "faq")))
    append(project / "faq" / "not_covered.yaml", "- topic: speed\n  questions:\n    - how fast does ketamine work\n")
    assert check_folder(project / "faq").warnings  # faqbot check tells staff
    quick = check_folder(project / "faq", warnings=False)
    assert quick.ok and quick.warnings == []  # the bot does not spend start-up time on advice
    assert live.reload().accepted
    assert "speed" in {gap.topic for gap in live.responder.knowledge.not_covered}
