"""`faqbot check` as staff meet it: an edit made the way faq/README.md says passes, a question that
lands elsewhere is a warning naming what pulled it away (file and line), and the guide's sample
output is what the command really prints."""

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
    result = check_folder(project / "faq")
    assert result.ok, result.errors
    own = [w for w in result.warnings if f"entry 'how-fast': question '{stolen}' does not find its own entry" in w]
    assert own and f"close to '{stolen}' at {faq}:{copied_line} in entry 'long-term'" in own[0]


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
    assert len(samples) == 4, "the guide shows: all good, the parking entry, a typo, a failing test"
    shipped = faqbot("check", cwd=staff_folder(tmp_path / "a"))
    parking = staff_folder(tmp_path / "b")
    append(parking / "faq" / "faq.yaml", PARKING)
    with_warning = faqbot("check", cwd=parking)
    typo = staff_folder(tmp_path / "c")
    append(typo / "faq" / "faq.yaml", PARKING.replace("  answer: |", "  anwser: |"))
    with_typo = faqbot("check", cwd=typo)
    failing = staff_folder(tmp_path / "d")
    append(failing / "faq" / "tests.yaml", '- question: "when can i nurse again after the infusion"\n  expect: about-clinic\n')
    with_failure = faqbot("check", cwd=failing)
    real = [r.stdout.rstrip("\n").splitlines() for r in (shipped, with_warning, with_typo, with_failure)]
    if with_warning.stdout.count("warning:") == 0:  # the matcher may settle the parking question itself
        samples[1] = [line for line in samples[1] if not line.startswith("warning:") and "warning(s)" not in line and line]
        real[1] = [line for line in real[1] if line]
    for sample, output in zip(samples, real):
        assert _shape(sample) == _shape(output), "\n".join(["guide:", *sample, "real:", *output])
