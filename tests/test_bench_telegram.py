"""`python -m tests.bench_telegram` run small: both sections print figures, every reply expected
was delivered, and the bot process starts, answers and stops cleanly.

No timing thresholds: the bench reports against its targets, the test only reads the table.
"""

from __future__ import annotations

import re

from tests import bench_telegram


def section(text: str, number: int) -> str:
    start = text.index(f"\n{number}. ")
    end = text.find(f"\n{number + 1}. ", start)
    return text[start:] if end < 0 else text[start:end]


def test_telegram_bench_prints_both_sections_with_figures(faq_dir):
    lines: list[str] = []
    code = bench_telegram.main(faq_dir, quick=True, e2e_messages=40, e2e_users=8, startup_messages=10,
                               write=lines.append)
    text = "\n".join(lines)
    assert code == 0, text
    assert "Machine:" in text and re.search(r"Python 3\.\d+", text)

    e2e = section(text, 1)
    assert re.search(r"40 messages from 8 users at once\s+\d+ msg/s .*(yes|NO)$", e2e, re.M), e2e
    assert re.search(r"(\d+) replies \(sendMessage\) delivered of \1 expected", e2e), e2e

    startup = section(text, 2)
    assert re.search(r"start-up to first getUpdates\s+\d+\.\d+ s", startup), startup
    assert re.search(r"peak RSS of the bot process \(VmHWM\)\s+\d+ MB \(now \d+ MB\) after (\d+)/\1 replies .*(yes|NO)$",
                     startup, re.M), startup
    assert re.search(r"clean stop on SIGINT\s+exit code 0, \d+\.\d+ s after SIGINT\s+exit code 0\s+yes", startup), startup
    assert "problem:" not in text, text


def test_expected_sends_counts_the_crisis_block_as_its_own_message(responder):
    question = "how fast does ketamine work"
    crisis = "i want to end my life"
    assert bench_telegram.expected_sends(responder, [question]) == 1
    assert bench_telegram.expected_sends(responder, [crisis]) == 2
    assert bench_telegram.expected_sends(responder, [question, crisis]) == 3


def test_a_broken_faq_folder_exits_1(tmp_path, capsys):
    assert bench_telegram.main(tmp_path / "missing", quick=True, write=lambda _: None) == 1
    err = capsys.readouterr().err
    assert err.startswith("python -m tests.bench_telegram: the FAQ in ") and "run 'faqbot check'" in err
    assert "faq.yaml: is missing" in err
