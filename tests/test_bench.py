"""`faqbot bench` run small: every section is printed with numbers in it, and the targets say
whether they are met.

Nothing here asserts on speed; the bench reports figures against targets, it does not pass or fail
on them, and a shared test machine is no place to judge timings.
"""

from __future__ import annotations

import re
import subprocess

from bot.staff import bench


def run_small(faq_dir) -> tuple[int, str]:
    lines: list[str] = []
    code = bench.main(faq_dir=faq_dir, quick=True, scale_sizes=(120,), embeddings=False, write=lines.append)
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
    assert re.search(r"MiniLM-L6-v2 encode \+ cosine\s+skipped", core), core
    assert re.search(r"core / extractOne \(medians\)\s+\d+(\.\d+)?x", core), core
    assert re.search(r"matcher index build \(Snowball stems cold\)\s+\d+ ms", core), core

    scale = section(text, 2)
    assert re.search(r"\d+ entries \(shipped\)\s+\d", scale), scale
    assert re.search(r"120 entries \([\d,]+ questions\)\s+\d+(\.\d+)? ms vs \d+(\.\d+)? ms = \d+(\.\d+)?x", scale), scale
    assert "10,000 entries" in scale and "skipped (--quick)" in scale
    assert re.search(r"growth [\d,]+ -> 120 entries", scale), scale
    assert re.search(r"reload ~\d+(\.\d+)? (s|min|h)", scale), scale

    reload = section(text, 3)
    assert re.search(r"FAQ reload \(check \+ swap\)\s+\d+ ms \(median of 2\)", reload), reload
    assert "problem:" not in text and "WARNING" not in text, text

    detector = section(text, 4)
    assert re.search(r"detector start-up \(import \+ build\)\s+\d+ ms", detector), detector
    assert re.search(r"memory it adds \(peak RSS\)\s+\d+ MB", detector), detector
    assert re.search(r"questions_es_dev\.yaml detected 'es'\s+\d+\.\d% of \d+", detector), detector

    crisis = section(text, 5)
    assert re.search(r"5\. Crisis detector alone: \d+ dev messages", crisis), crisis
    assert re.search(r"patterns \+ concepts \+ learned model\s+median \d+\.\d+ ms, p99", crisis), crisis
    assert re.search(r"patterns \+ concepts \(model off\)\s+median \d+\.\d+ ms", crisis), crisis
    assert re.search(r"a 10,000-character message\s+median \d+(\.\d+)? ms", crisis), crisis

    # Every target row says whether it is met.
    for label in ("core / extractOne", "120 entries", "growth", "detected 'es'", "learned model", "10,000-character"):
        row = next(line for line in text.splitlines() if label in line)
        assert row.rstrip().endswith(("yes", "NO")), row
    # The Telegram figures are a separate run, and the table says how to get them.
    assert text.splitlines()[-1].endswith("python -m tests.bench_telegram [--quick]")
    assert "msg/s" not in text and "getUpdates" not in text


def test_embeddings_row_when_the_package_is_missing(responder):
    result = bench.measure_embeddings(responder.knowledge, ["what is ppd"], 1, package="no_such_embeddings_package")
    assert result.timing is None
    assert result.status == "not installed (pip install -e '.[bench]')"


def test_a_dead_embeddings_child_is_reported_not_raised():
    done = subprocess.CompletedProcess([], 1, stdout="", stderr="Traceback ...\nModuleNotFoundError: No module named 'torch'\n")
    result = bench._embedding_result(done)
    assert result.timing is None
    assert result.status == "could not run (ModuleNotFoundError: No module named 'torch')"


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
    err = capsys.readouterr().err
    assert err.startswith("faqbot bench: the FAQ in ") and "run 'faqbot check'" in err
    assert "faq.yaml: is missing" in err


def test_percentile_is_nearest_rank():
    samples = list(range(1, 101))
    assert bench.percentile(samples, 99) == 99
    assert bench.percentile(samples, 50) == 50
    assert bench.percentile([5], 99) == 5
