"""Hostile input: arbitrary unicode at the core, pathological message shapes, corrupted FAQ files,
markup in FAQ and patient text, forged button data, staff commands from patients.

The broad and random cases live here; tests/test_knowledge.py has the precise loader cases and
tests/test_handlers.py the ordinary end-to-end ones.
"""

from __future__ import annotations

import gc
import html
import random
import re
import shutil
import statistics
import string
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from bot.core import aspects, matcher
from bot.telegram import render
from bot.core.knowledge import FaqInvalid, load_knowledge, read_yaml
from bot.core.responder import Responder
from tests.app import STAFF_ID, make_app, wait_until_handled
from tests.botapi_server import FakeBotApi, run_polling

from tests.paths import SHIPPED_FAQ
CRISIS = "I want to end my life"
APOLOGY = "something went wrong"
FAQ_FILES = ("faq.yaml", "synonyms.yaml", "crisis.yaml", "messages.yaml", "tests.yaml", "not_covered.yaml")

FAST = settings(max_examples=200, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# --- the core on arbitrary unicode ------------------------------------------------------------

HOSTILE_CHARS = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi controls, RTL marks
    "\x00\x01\x07\x08\x1b\x7f\x85\x9f\r\n\t\x0b\x0c\u2028\u2029"  # C0/C1 controls, separators
    "\u0301\u0336\u034f\u20dd"  # combining marks
    "👩‍👧‍👦🤱🏽🏳️‍🌈❤️‍🔥🇺🇸😀"  # emoji, ZWJ sequences, flags, skin tones
    "ｋｅｔａｍｉｎｅ"  # fullwidth
    "кеtаmіnе"  # Cyrillic look-alikes
    "اليأس שלום"  # RTL scripts
    "0134578@$!|+€9"  # leetspeak characters
    "<>&\"'`/:;.?!,-_ "
)
LONE_SURROGATES = "\ud800\udbff\udc00\udfff\ud83d"
WORDS = ("ketamine", "ppd", "baby", "breastfeed", "infusion", "kill", "myself", "suicide", "die",
         "want", "to", "i", "not", "how", "fast", "k1ll", "s u i c i d e", "😀", "\u202e", "\u200d")

any_unicode = st.text(st.characters(exclude_categories=()), max_size=10_000)  # incl. lone surrogates
hostile = st.text(st.sampled_from(HOSTILE_CHARS + LONE_SURROGATES + string.ascii_letters), max_size=10_000)
wordy = st.lists(st.sampled_from(WORDS), max_size=400).map(" ".join)
repeated = st.tuples(st.text(st.sampled_from(HOSTILE_CHARS + string.ascii_lowercase), min_size=1, max_size=40),
                     st.integers(1, 2000)).map(lambda t: (t[0] * t[1])[:10_000])
messages = st.one_of(any_unicode, hostile, wordy, repeated)


@FAST
@given(text=messages)
@example(text="")
@example(text="\ud800")
@example(text="\x00" * 10_000)
@example(text="\u202e" + "efil ym dne ot tnaw I")
@example(text="I want to die." * 700)
def test_responder_never_raises_on_arbitrary_unicode(responder, text):
    reply = responder.respond(text)
    assert reply.text
    crisis, main = render.reply_messages(reply)
    assert main and all(0 < len(part) <= render.TELEGRAM_LIMIT for part in crisis + main)
    assert bool(crisis) == reply.crisis and (reply.crisis or not responder.is_crisis(text))  # contacts whenever it fires


# --- time per message is bounded -------------------------------------------------------------

_rng = random.Random(20240501)
LONG_SHAPES = {
    "repeated words": ("is ketamine safe while breastfeeding " * 300)[:10_000],
    "one long word": "ketamine" * 1250,
    "random letters": "".join(_rng.choice(string.ascii_lowercase) for _ in range(10_000)),
    "random letters and spaces": "".join(_rng.choice(string.ascii_lowercase + "  ") for _ in range(10_000)),
    "emoji": ("😀👩‍👧‍👦🤱🏽🏳️‍🌈" * 1000)[:10_000],
    "crisis phrase at the end": ("tell me about ketamine " * 500)[: 10_000 - 22] + " I want to kill myself",
    "letters spaced out": ("s u i c i d e " * 800)[:10_000],
    "leetspeak words": ("k1ll m3 n0w " * 1000)[:10_000],
    "a run of exclamation marks": "!" * 10_000,
    "a run of digits": "1" * 10_000,
    # review 41 (C): everyday injuries told over and over, every clause a history candidate
    "everyday injuries repeated": ("bled a lot postpartum, the pump is cutting my skin, I hit my knee on the table, "
                                   * 130)[:10_000],
    # before-stop read: a screening "no" said over and over, each one read for whether it is taken back
    "a screening no over and over": ("the nurse asked and I told her no " * 300)[:10_000],
    "a no to the question over and over": ("I said no to the question " * 400)[:10_000],
    # review 44 (D1): emoji the detector reads as words, typed over and over, alone, in pairs or spaced out
    "a car and a wall over and over": "🚗🧱" * 5000,
    "a baby and a tub over and over": "👶🛁" * 5000,
    "one bridge over and over": "🌉" * 10_000,
    "pills over and over": "💊" * 10_000,
    "word emoji spaced out": ("👶 🛁 🌊 🚗 🧱 💊 " * 900)[:10_000],
}


def _forget_message_readings(responder: Responder) -> None:
    """Round 57 keeps a message's readings while it is read (whole-message caches): a message sent again would be
    nearly free, which no new patient message is. Word-level caches (spelling, stems) stay warm."""
    for cache in (responder.matcher._normalised, matcher._split_parts, aspects._aspects_in):
        cache.cache_clear()


def _timed(responder: Responder, text: str) -> float:
    """CPU time: wall time on a busy machine charges other processes' time slices to long runs. The garbage
    collector is held off while timing (it runs as soon as it is let back on): late in a full test run its pass
    over every earlier test's objects can land inside one long message, which says nothing about how that
    message's cost grows. Each call reads its message anew (_forget_message_readings)."""
    _forget_message_readings(responder)
    gc.disable()
    try:
        started = time.thread_time()
        responder.respond(text)
        return time.thread_time() - started
    finally:
        gc.enable()


@pytest.mark.parametrize("shape", list(LONG_SHAPES))
def test_ten_thousand_characters_cost_at_most_50x_a_short_message(responder, shape):
    text = LONG_SHAPES[shape]
    assert 9_900 <= len(text) <= 10_000
    short = "how fast does ketamine work"
    for _ in range(5):  # warm caches
        responder.respond(short)
    baseline = statistics.median(_timed(responder, short) for _ in range(41))
    long = min(_timed(responder, text) for _ in range(3))  # best of 3: scheduling noise only adds
    # 10,000 characters are about 370 times the short message, so 80x is still under a quarter of linear. (It was 50x
    # until round 50's context concepts: "is ketamine safe while breastfeeding" repeated 270 times measured 48-50x, too
    # close to the bar to be a fair test; then 60x until round 57 made the short message about 15% cheaper (speed57)
    # while the long one, nearly all crisis check, stayed at 40-45 ms: 60x and 71x on the same code. The absolute
    # 50 ms target is held by `faqbot bench`.)
    assert long <= 80 * baseline, f"{shape}: {long * 1000:.1f} ms = {long / baseline:.0f}x a short message"


def test_a_run_of_any_single_character_is_as_cheap(responder):
    """Runs of one character are where a regex like `x+(?=y)` turns quadratic (it rescans the run
    from every position). Every printable ASCII character and a few the detector reads specially."""
    short = "how fast does ketamine work"
    for _ in range(5):
        responder.respond(short)
    baseline = statistics.median(_timed(responder, short) for _ in range(41))
    chars = [c for c in string.printable if not c.isspace()] + list("€²①١😀\u200d\u202eабвıİßéñ")
    slow = {}
    for char in chars:
        text = char * 10_000
        if _timed(responder, text) > 50 * baseline:  # re-measure before blaming
            cost = min(_timed(responder, text) for _ in range(2))
            if cost > 50 * baseline:
                slow[char] = f"{cost * 1000:.0f} ms = {cost / baseline:.0f}x"
    assert not slow, f"10,000 x one character costs over 50x a short message: {slow}"


# --- the FAQ loader on corrupted files --------------------------------------------------------

ORIGINAL = (SHIPPED_FAQ / "faq.yaml").read_bytes()
_LINE = re.compile(r"^(?P<path>.+?\.yaml)(?::(?P<line>\d+))?: ")


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _entry_starts(data: bytes) -> list[int]:
    return [i for i, line in enumerate(_lines(data)) if line.startswith(b"- id:")]


def _edit_line(data: bytes, index: int, new: bytes) -> bytes:
    lines = _lines(data)
    lines[index] = new
    return b"\n".join(lines)


def _first(data: bytes, prefix: bytes) -> int:
    return next(i for i, line in enumerate(_lines(data)) if line.startswith(prefix))


def _replace_field(data: bytes, field: bytes, value: bytes, nth: int = 0) -> bytes:
    """Replace the value of the nth `  field:` line (a one-line value, or a block that follows)."""
    lines = _lines(data)
    hits = [i for i, line in enumerate(lines) if line.startswith(b"  " + field + b":")]
    i = hits[nth]
    end = i + 1
    while end < len(lines) and lines[end].startswith(b"    "):
        end += 1
    return b"\n".join(lines[:i] + [b"  " + field + b": " + value] + lines[end:])


def _truncations(data: bytes) -> list[bytes]:
    rng = random.Random(1)
    return [data[: rng.randrange(1, len(data))] for _ in range(12)] + [data[:1], data[:-1], data[: len(data) // 2]]


def _tabs(data: bytes) -> bytes:
    lines = _lines(data)
    rng = random.Random(2)
    for i in rng.sample(range(len(lines)), 5):
        if lines[i].startswith(b"  "):
            lines[i] = b"\t" + lines[i][2:]
    return b"\n".join(lines)


BILLION_LAUGHS = (
    b'lol1: &l1 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + b"".join(b"lol%d: &l%d [%s]\n" % (n, n, b",".join([b"*l%d" % (n - 1)] * 10)) for n in range(2, 10))
)

# Each: a function from the real faq.yaml (bytes) to one or more corrupted versions.
MUTATIONS: dict[str, Callable[[bytes], bytes | list[bytes]]] = {
    "tabs on random lines": _tabs,
    "truncated at random points": _truncations,
    "answer is a list": lambda d: _replace_field(d, b"answer", b"[one, two]"),
    "answer is a mapping": lambda d: _replace_field(d, b"answer", b"{text: hi}"),
    "questions is a mapping": lambda d: _replace_field(d, b"questions", b"{a: b}", 2),
    "id is a list": lambda d: _edit_line(d, _entry_starts(d)[1], b"- id: [a, b]"),
    "related is a number": lambda d: _replace_field(d, b"related", b"42"),
    "title is a date": lambda d: _replace_field(d, b"title", b"2024-01-01"),
    "title is null": lambda d: _replace_field(d, b"title", b"~"),
    "source is a boolean": lambda d: _replace_field(d, b"source", b"yes"),
    "entry is a scalar": lambda d: d.replace(b"\n- id:", b"\n- just text\n- id:", 1),
    "entry is a nested list": lambda d: d.replace(b"\n- id:", b"\n- [[a, b], [c]]\n- id:", 1),
    "huge file just under the limit": lambda d: d + b"\n# " + b"x" * (999_000 - len(d)) + b"\n",
    "huge file over the limit": lambda d: d * (1_100_000 // len(d) + 1),
    "many entries near the limit": lambda d: (d + b"\n") * (990_000 // (len(d) + 1)),
    "anchor and alias on real entries": lambda d: d.replace(b"- id:", b"- &first id:", 1).replace(
        b"  related: [", b"  related: [*first, ", 1),
    "billion laughs appended": lambda d: BILLION_LAUGHS + d,
    "billion laughs inside an answer": lambda d: _replace_field(d, b"answer", b"&a [x, *a]"),
    "python object tag": lambda d: _replace_field(d, b"answer", b"!!python/object/apply:os.system ['echo pwned']"),
    "python name tag": lambda d: _replace_field(d, b"source", b"!!python/name:os.system"),
    "python module tag on an entry": lambda d: d.replace(b"\n- id:", b"\n- !!python/module:os\n- id:", 1),
    "unknown local tag": lambda d: _replace_field(d, b"title", b"!secret value"),
    "bool tag on a word": lambda d: _replace_field(d, b"title", b"!!bool maybe"),
    "int tag on a word": lambda d: _replace_field(d, b"title", b"!!int twelve"),
    "float tag on a word": lambda d: _replace_field(d, b"title", b"!!float ten"),
    "timestamp tag on a word": lambda d: _replace_field(d, b"title", b"!!timestamp tomorrow"),
    "impossible date": lambda d: _replace_field(d, b"title", b"2024-02-30"),
    "map tag on a list": lambda d: _replace_field(d, b"related", b"!!map [a, b]"),
    "seq tag on a mapping": lambda d: _replace_field(d, b"related", b"!!seq {a: b}"),
    "set tag": lambda d: _replace_field(d, b"related", b"!!set {a, b}"),
    "binary tag": lambda d: _replace_field(d, b"answer", b"!!binary aGVsbG8="),
    "merge key": lambda d: d.replace(b"\n- id:", b"\n- <<: {id: merged}\n  id:", 1),
    "complex key": lambda d: d.replace(b"\n- id:", b"\n- ? [a, b]\n  : x\n  id:", 1),
    "duplicate key in an entry": lambda d: _replace_field(d, b"source", b"a.txt\n  source: b.txt", 3),
    "duplicate answer block": lambda d: _replace_field(d, b"answer", b"one\n  answer: two", 5),
    "UTF-8 BOM": lambda d: b"\xef\xbb\xbf" + d,
    "CRLF line ends": lambda d: d.replace(b"\n", b"\r\n"),
    "CR-only line ends": lambda d: d.replace(b"\n", b"\r"),
    "mixed line ends": lambda d: d.replace(b"\n", b"\r\n", 40),
    "NUL byte in the middle": lambda d: d[: len(d) // 2] + b"\x00" + d[len(d) // 2:],
    "NUL bytes everywhere": lambda d: d.replace(b"e", b"e\x00", 20),
    "BEL and ESC controls": lambda d: d.replace(b"ketamine", b"keta\x07mi\x1bne", 3),
    "DEL character": lambda d: d.replace(b"baby", b"ba\x7fby", 1),
    "C1 control character": lambda d: d.replace(b"baby", "ba\u0090by".encode(), 1),
    "noncharacter U+FFFE": lambda d: d.replace(b"baby", "ba\ufffeby".encode(), 1),
    "lone continuation byte": lambda d: d[: len(d) // 3] + b"\x80" + d[len(d) // 3:],
    "truncated multibyte sequence": lambda d: d.replace(b"\n- id:", b"\n# caf\xc3\n- id:", 1),
    "overlong encoding": lambda d: d.replace(b"\n- id:", b"\n# \xc0\xaf\n- id:", 1),
    "Latin-1 text": lambda d: d.replace(b"\n- id:", "\n# café señora\n- id:".encode("latin-1"), 1),
    "UTF-16 file": lambda d: d.decode("utf-8").encode("utf-16"),
    "surrogate escape in an answer": lambda d: _replace_field(d, b"answer", b'"emoji \\ud83d\\ude00 copied from JSON"'),
    "deeply nested flow list": lambda d: _replace_field(d, b"related", b"[" * 5000 + b"]" * 5000),
    "deeply nested block list": lambda d: d + b"\n" + b"\n".join(b"  " * i + b"- x" for i in range(1, 400)) + b"\n",
    "deeply nested mapping": lambda d: _replace_field(d, b"answer", b"{a: " * 3000 + b"x" + b"}" * 3000),
    "extremely long line": lambda d: _replace_field(d, b"answer", b"x" * 500_000),
    "extremely long key": lambda d: d.replace(b"\n- id:", b"\n- " + b"k" * 200_000 + b": v\n  id:", 1),
    "huge integer": lambda d: _replace_field(d, b"title", b"9" * 5000),
    "top-level scalar": lambda d: b"just some words\n",
    "top-level number": lambda d: b"42\n",
    "top-level mapping of the entries": lambda d: b"entries:\n" + b"\n".join(b"  " + line for line in _lines(d)),
    "empty file": lambda d: b"",
    "only whitespace": lambda d: b"   \n\n  \n",
    "only a document marker": lambda d: b"---\n...\n",
    "two documents": lambda d: d + b"\n---\n" + d,
    "unsupported YAML version directive": lambda d: b"%YAML 2.0\n---\n" + d,
    "TAG directive to python": lambda d: b"%TAG !p! tag:yaml.org,2002:python/\n---\n" + d.replace(
        b"\n- id:", b"\n- !p!object/apply:os.system [x]\n- id:", 1),
    "no-break space as indentation": lambda d: d.replace(b"\n  answer:", b"\n\xc2\xa0 answer:", 1),
    "line separator U+2028": lambda d: d.replace(b"baby", "ba\u2028by".encode(), 1),
    "unclosed quote": lambda d: _replace_field(d, b"title", b'"never closed'),
    "unclosed bracket at the end": lambda d: d + b"\n- id: x\n  related: [a, b\n",
    "stray indentation": lambda d: d.replace(b"\n  topic:", b"\n     topic:", 1),
    "colon-space in a plain value": lambda d: _replace_field(d, b"title", b"Note: this: breaks"),
    "leading @ and backtick": lambda d: _replace_field(d, b"title", b"@mention `code`"),
    "list marker without space": lambda d: d.replace(b"    - ", b"    -", 1),
}


def _check_folder_outcome(faq_dir: Path, data: bytes) -> tuple[str, list[str]]:
    """Write faq.yaml, load the folder; return ("loaded"|"refused", messages)."""
    (faq_dir / "faq.yaml").write_bytes(data)
    try:
        knowledge = load_knowledge(faq_dir)
    except FaqInvalid as exc:
        messages = [str(e) for e in exc.errors]
        assert messages, "FaqInvalid without any message"
        for message in messages:
            match = _LINE.match(message)
            assert match and match["path"] in {str(faq_dir / name) for name in FAQ_FILES}, \
                f"does not start with the file's path: {message!r}"
            assert "Traceback" not in message and "\n" not in message, message
            if "YAML" in message or "contains a tab" in message or "UTF-8" in message:
                assert match["line"], f"a problem in the YAML text without its line: {message!r}"
        assert str(exc).count("\n") == len(messages) - 1
        return "refused", messages
    # Loaded: then everything in it must be usable, i.e. sendable to Telegram as UTF-8. (A lone
    # surrogate, e.g. from an emoji escaped JSON-style as "\ud83d\ude00", loads but makes every
    # send of that answer fail: the patient gets "something went wrong" instead.)
    for entry in knowledge.entries:
        for text in (entry.id, entry.title, entry.topic, entry.answer, *entry.questions):
            try:
                text.encode("utf-8")
            except UnicodeEncodeError as exc:
                pytest.fail(f"loaded, but entry {entry.id!r} has text Telegram cannot take: {exc}")
    return "loaded", []


@pytest.fixture(scope="module")
def scratch_faq(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("hostile") / "faq"
    shutil.copytree(SHIPPED_FAQ, target)
    (target / "tests.yaml").unlink()  # its examples would only echo "not an entry id" for every break
    return target


@pytest.fixture(scope="module")
def clean_check_seconds(tmp_path_factory) -> float:
    """How long checking the unmodified FAQ takes on this machine: the yardstick for broken ones."""
    folder = tmp_path_factory.mktemp("clean") / "faq"
    shutil.copytree(SHIPPED_FAQ, folder)
    (folder / "tests.yaml").unlink()  # the same folder shape as scratch_faq
    started = time.thread_time()
    _check_folder_outcome(folder, ORIGINAL)
    return time.thread_time() - started


@pytest.mark.parametrize("kind", list(MUTATIONS))
def test_corrupted_faq_loads_or_is_refused_with_file_and_line(scratch_faq, kind, clean_check_seconds):
    produced = MUTATIONS[kind](ORIGINAL)
    variants = produced if isinstance(produced, list) else [produced]
    for data in variants:
        assert data != ORIGINAL, f"{kind}: the mutation changed nothing"
        started = time.thread_time()
        outcome, messages = _check_folder_outcome(scratch_faq, data)
        # No blow-up (billion laughs, deep nesting): relative to a clean check on the same machine,
        # scaled by the file's size, since reading YAML takes time in proportion to its length.
        allowed = 20 * clean_check_seconds * max(1.0, len(data) / len(ORIGINAL))
        assert time.thread_time() - started < allowed, f"{kind}: loading took too long"
        if outcome == "refused":
            shown = str(scratch_faq / "faq.yaml")
            assert any(m.startswith(shown) for m in messages), f"{kind}: faq.yaml is not named: {messages[:3]}"
    (scratch_faq / "faq.yaml").write_bytes(ORIGINAL)


@pytest.mark.parametrize("kind", ["UTF-8 BOM", "CRLF line ends", "CR-only line ends"])
def test_harmless_encodings_still_load(scratch_faq, kind):
    outcome, messages = _check_folder_outcome(scratch_faq, MUTATIONS[kind](ORIGINAL))
    assert outcome == "loaded", messages
    (scratch_faq / "faq.yaml").write_bytes(ORIGINAL)


NASTY_BYTES = [b"\x00", b"\t", b"\xff", b"\xc3", b"\x80", b"\x07", b"\x7f", b"\r", b"\n", b"&", b"*",
               b"!", b"!!", b"%", b"@", b"`", b"[", b"]", b"{", b"}", b":", b": ", b"- ", b"#", b"|",
               b">", b"'", b'"', b"?", b",", b"  ", b"\xef\xbb\xbf", b"\\", b"~"]


MUTATION_OP = st.one_of(
    st.tuples(st.just("truncate"), st.integers(0, len(ORIGINAL))),
    st.tuples(st.just("delete"), st.integers(0, len(ORIGINAL)), st.integers(1, 200)),
    st.tuples(st.just("insert"), st.integers(0, len(ORIGINAL)),
              st.one_of(st.sampled_from(NASTY_BYTES), st.binary(min_size=1, max_size=8))),
    st.tuples(st.just("replace"), st.integers(0, len(ORIGINAL)), st.sampled_from(NASTY_BYTES)),
    st.tuples(st.just("duplicate"), st.integers(0, len(ORIGINAL)), st.integers(1, 400)),
)


def _apply(ops: list[tuple]) -> bytes:
    data = ORIGINAL
    for op, pos, *arg in ops:
        pos = min(pos, len(data))
        if op == "truncate":
            data = data[:pos]
        elif op == "delete":
            data = data[:pos] + data[pos + arg[0]:]
        elif op == "insert":
            data = data[:pos] + arg[0] + data[pos:]
        elif op == "replace":
            data = data[:pos] + arg[0] + data[pos + 1:]
        else:
            end = min(len(data), pos + arg[0])
            data = data[:end] + data[pos:end] + data[end:]
    return data


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          phases=(Phase.explicit, Phase.generate),  # no shrinking: each load costs ~50 ms; the ops are readable as they are
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(ops=st.lists(MUTATION_OP, min_size=1, max_size=4))
def test_randomly_mutated_faq_loads_or_is_refused_cleanly(scratch_faq, ops):
    _check_folder_outcome(scratch_faq, _apply(ops))


@settings(max_examples=300, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300))
def test_read_yaml_on_random_bytes_never_escapes_faq_invalid(tmp_path, data):
    path = tmp_path / "faq.yaml"
    path.write_bytes(data)
    try:
        read_yaml(path, "faq.yaml")
    except FaqInvalid as exc:
        for error in exc.errors:
            message = str(error)
            assert message.startswith("faq.yaml") and "Traceback" not in message
            if "YAML" in message or "contains a tab" in message or "UTF-8" in message:
                assert error.line, message


# --- HTML: markup in FAQ text and patient text is escaped, long answers are split ------------

MARKUP = '<b>bold</b> </a> & <script>alert("x")</script> <a href="https://evil.example">x</a>'


def _inject_markup(faq_dir: Path) -> str:
    """Put markup into every title, one topic, one answer, the fixed messages and the crisis
    block (a faq_dir copy only); returns the id of the entry whose answer carries the markup."""
    path = faq_dir / "faq.yaml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    knowledge = load_knowledge(faq_dir)
    responder = Responder(knowledge)
    target = next(e.id for e in knowledge.entries if responder.respond(e.questions[0]).answer is e
                  and e.id not in ("suicidal-thoughts",))
    for raw in entries:
        raw["title"] = (raw.get("title") or raw["id"])[:30] + " <b>&</b></a>"
        if raw["id"] == target:
            raw["answer"] = raw["answer"].rstrip() + "\n" + MARKUP
            raw["topic"] = "Ketamine <script>&amp;"
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")
    messages = yaml.safe_load((faq_dir / "messages.yaml").read_text(encoding="utf-8"))
    for key in messages:
        # every text sent as HTML (es_reviewed, topics_es and the handoff and commands sections are not
        # texts; Telegram shows bot_description and bot_about as typed, and bot_about has no room to spare)
        if isinstance(messages[key], str) and not key.startswith("bot_"):
            messages[key] = messages[key].rstrip() + " <i>&</i> </pre>"
    (faq_dir / "messages.yaml").write_text(yaml.safe_dump(messages, allow_unicode=True, width=10_000), encoding="utf-8")
    crisis = yaml.safe_load((faq_dir / "crisis.yaml").read_text(encoding="utf-8"))
    crisis["message"] = "<b>" + crisis["message"] + "</b> & <u>"
    crisis["contacts"][0]["name"] += " <Emergency> & co"
    (faq_dir / "crisis.yaml").write_text(yaml.safe_dump(crisis, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")
    return target


def _texts_sent(botapi: FakeBotApi) -> list[tuple[str, dict]]:
    """Every text the bot asked Telegram to render as HTML: messages, edits, inline results."""
    out = []
    for call in botapi.calls:
        if call.method in ("sendMessage", "editMessageText") and "text" in call.params:
            out.append((call.params["text"], call.params))
        if call.method == "answerInlineQuery":
            for result in call.params.get("results", []):
                content = result.get("input_message_content") or {}
                if "message_text" in content:
                    out.append((content["message_text"], content))
    return out


async def test_markup_in_faq_and_patient_text_is_escaped_end_to_end(botapi, faq_dir, tmp_path):
    target = _inject_markup(faq_dir)
    app = make_app(botapi, faq_dir, tmp_path)
    responder = app.bot_data["state"].live.responder
    entry = responder.knowledge.entry(target)
    patient = 8001
    async with run_polling(app):
        botapi.send_text("/start", user_id=patient)
        botapi.send_text("/help", user_id=patient)
        botapi.send_text(entry.questions[0], user_id=patient)
        botapi.send_text(f"<b>hello</b> {MARKUP} &amp; &lt;", user_id=patient)  # fallback
        botapi.send_text("ketamine and depression", user_id=patient)  # suggestions list titles
        botapi.send_text(f"{CRISIS} <script>", user_id=patient)
        botapi.inline_query(f"<b>{entry.questions[0]}</b>", user_id=patient)
        botapi.inline_query("i want to kill myself <i>", user_id=patient)
        await botapi.wait_for_calls("answerInlineQuery", 2)
        await wait_until_handled(app, botapi)
        topics = next(m for m in botapi.messages_to(patient) if (m.get("reply_markup") or {}).get("inline_keyboard")
                      and m["reply_markup"]["inline_keyboard"][0][0]["callback_data"].startswith("t:"))
        script_topic = next(b["callback_data"] for row in topics["reply_markup"]["inline_keyboard"]
                            for b in row if "<script>" in b["text"])
        botapi.press_button(script_topic, user_id=patient)
        await botapi.wait_for_calls("editMessageText")
        botapi.send_text("/stats", user_id=STAFF_ID)  # the patient's stored question comes back here
        await botapi.wait_for_messages(STAFF_ID)
        await wait_until_handled(app, botapi)
    sent = _texts_sent(botapi)
    assert len(sent) >= 10
    for text, params in sent:
        assert "<" not in text and ">" not in text, f"raw markup reached Telegram: {text[:300]!r}"
        assert re.fullmatch(r"(?:[^&]|&(?:amp|lt|gt|quot|#x?[0-9a-fA-F]+);)*", text, re.S), text[:300]
        assert params.get("parse_mode") == "HTML", params  # messages, edits and inline results alike
    everything = "\n".join(html.unescape(text) for text, _ in sent)
    assert MARKUP in everything  # escaped, not dropped: the patient sees exactly what staff wrote
    assert "<b>hello</b>" in everything  # the patient's own words, shown back to staff in /stats
    assert "Ketamine <script>&amp;:" in everything  # the topic heading (an edit)
    assert " <b>&</b></a>" in everything  # titles in the suggestions list
    assert "<Emergency> & co" in everything  # the crisis block
    assert not botapi.errors


async def test_long_answer_full_of_ampersands_is_split_under_4096(botapi, faq_dir, tmp_path):
    knowledge = load_knowledge(faq_dir)
    responder = Responder(knowledge)
    target = next(e for e in knowledge.entries if responder.respond(e.questions[0]).answer is e
                  and e.id != "suicidal-thoughts")
    long_answer = " ".join(f"Q&A <{i}> & more" for i in range(200))  # ~3.3k chars, ~5.5k once escaped
    assert len(long_answer) < 3496 and len(render.escape(long_answer)) > 4096
    path = faq_dir / "faq.yaml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    for raw in entries:
        if raw["id"] == target.id:
            raw["answer"] = long_answer
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")
    app = make_app(botapi, faq_dir, tmp_path)
    async with run_polling(app):
        botapi.send_text(target.questions[0], user_id=8101)
        await botapi.wait_for_messages(8101, 2)
        await wait_until_handled(app, botapi)
    messages = botapi.messages_to(8101)
    assert len(messages) == 2  # ~5.5k characters once escaped: two pieces, nothing more
    assert all(len(m["text"]) <= 4096 and m["parse_mode"] == "HTML" and "<" not in m["text"] for m in messages)
    assert all("reply_markup" not in m for m in messages[:-1]) and "reply_markup" in messages[-1]
    joined = "".join(html.unescape(m["text"]) for m in messages)
    assert re.sub(r"\s", "", joined).startswith(re.sub(r"\s", "", long_answer))


@FAST
@given(text=st.one_of(
    st.text(st.sampled_from("&<> \n\nab"), max_size=20_000),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=9_000),
    st.tuples(st.sampled_from(["&", "&&&& ", "Q&A\n\n", "a" * 50 + " ", "<&>"]), st.integers(0, 5000)).map(lambda t: t[0] * t[1]),
))
@example(text="&" * 5000)
@example(text="&" * 4096 + "x")
@example(text=("a" * 4095 + "&") * 3)
def test_split_message_pieces_fit_and_keep_the_text(text):
    pieces = render.split_message(text)
    assert pieces
    for piece in pieces:
        assert len(piece) <= render.TELEGRAM_LIMIT
        assert "<" not in piece and ">" not in piece
        assert render.escape(html.unescape(piece)) == piece  # no entity cut in half
    if len(pieces) > 1:
        assert all(piece.strip() for piece in pieces)
    assert re.sub(r"\s", "", "".join(html.unescape(p) for p in pieces)) == re.sub(r"\s", "", text)


# --- forged callback data ---------------------------------------------------------------------

callback_data = st.one_of(
    st.text(max_size=70),
    st.text(st.sampled_from("astf:0123456789-²³¹١٣⁹①\u200d\x00 "), max_size=64),
    st.binary(max_size=64).map(lambda b: b.decode("latin-1")),
    st.binary(max_size=64).map(lambda b: b.decode("utf-8", "replace")),
    st.tuples(st.sampled_from("astfxA"), st.lists(st.text(max_size=12), max_size=4)).map(lambda t: ":".join([t[0], *t[1]])),
)


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(data=st.one_of(st.none(), callback_data))
def test_parse_callback_accepts_only_well_formed_data(data):
    action, fields = render.parse_callback(data)
    assert action in ("", render.ANSWER, render.SUGGESTED, render.FEEDBACK, render.TOPIC)
    if action == "":
        assert fields == []
        return
    assert isinstance(fields, list) and fields and all(isinstance(f, str) for f in fields)
    assert data == ":".join([action, *fields])
    assert len(data.encode("utf-8", "surrogatepass")) <= render.CALLBACK_LIMIT


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(entry_id=st.from_regex(r"[a-z0-9]+(?:-[a-z0-9]+)*", fullmatch=True).filter(lambda s: len(s) < 40),
       number=st.integers(0, 10**12))
def test_callbacks_the_bot_makes_parse_back(entry_id, number):
    for fields in ((render.ANSWER, entry_id), (render.SUGGESTED, entry_id, number), (render.FEEDBACK, entry_id, 1)):
        try:
            data = render.callback(*fields)
        except ValueError:
            continue  # over 64 bytes: refused when the keyboard is built
        assert render.parse_callback(data) == (fields[0], [str(f) for f in fields[1:]])


FORGED = [
    "", ":", "a", "a:", "a::", "::::", "t:", "t:-1", "t:99", "t:" + "9" * 62, "t:0x1", "t: 1", "t:1:2:3",
    "t:²", "t:١", "t:①", "s:how-fast:²", "s:how-fast:-5", "s:how-fast:" + "9" * 50, "s::", "f:how-fast:1:extra",
    "f:how-fast:²", "f::1", "f:how-fast:", "a:../../etc/passwd", "a:how-fast\x00", "a:HOW-FAST", "a:how fast",
    "\u202ea:how-fast", "a:how-fast\u200d", "😀" * 16, "a:" + "é" * 31, "x" * 64, "A:how-fast",
    "a:<script>alert(1)</script>", "t:0\n", "s:how-fast:0:0", "f:how-fast:1\n",
]


def _certainly_stale(data: str, knowledge) -> bool:
    """Forged data no reading could accept: unparseable, an entry that does not exist, a topic
    that is not a plain number in range. (Odd but harmless forms, like a suggestion press with a
    junk message reference, may be answered either way: gently.)"""
    action, fields = render.parse_callback(data)
    if action in (render.ANSWER, render.SUGGESTED, render.FEEDBACK):
        return knowledge.entry(fields[0]) is None or (action == render.FEEDBACK and fields[1:] not in (["1"], ["0"]))
    if action == render.TOPIC:
        return not fields[0].isdigit() or (fields[0].isascii() and int(fields[0]) >= len(render.topics(knowledge)))
    return True


async def test_forged_button_presses_are_answered_gently_and_the_bot_keeps_running(botapi, faq_dir, tmp_path):
    rng = random.Random(64)
    alphabet = string.printable + "²١😀\u202e\u200d:::"
    forged = FORGED + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40))) for _ in range(25)]
    app = make_app(botapi, faq_dir, tmp_path)
    responder = app.bot_data["state"].live.responder
    knowledge = responder.knowledge
    user = 9001
    async with run_polling(app):
        botapi.send_text("/topics", user_id=user)
        await botapi.wait_for_messages(user)
        menu = botapi.last_bot_message(user)
        pressed = [botapi.press_button(data, user_id=user, message=menu)["callback_query"]["id"] for data in forged]
        # Every press handled to the end (its reply sent, if it had one): not a quiet spell, which a
        # slow database write between two presses could fake, leaving a late reply to land below.
        await wait_until_handled(app, botapi)
        assert app.updater.running
        before = len(botapi.messages_to(user))
        botapi.send_text(CRISIS, user_id=user)  # still serving, crisis first
        await wait_until_handled(app, botapi)
    answers = {c.params["callback_query_id"]: c.params.get("text", "") for c in botapi.calls_to("answerCallbackQuery")}
    stale = []
    for query_id, data in zip(pressed, forged):
        assert query_id in answers, f"callback {data!r} was never answered (the button spins forever)"
        if _certainly_stale(data, knowledge):
            stale.append(data)
            assert "out of date" in answers[query_id], (data, answers[query_id])
    assert len(stale) >= len(forged) - 8
    texts = [m["text"] for m in botapi.messages_to(user)]
    assert not any(APOLOGY in t for t in texts), "a forged button made the bot hit an exception"
    assert len(texts) == before + 2 and "988" in texts[before], texts[before:]
    assert not botapi.errors


async def test_buttons_naming_an_entry_deleted_by_a_reload_are_answered_out_of_date(botapi, faq_dir, tmp_path):
    (faq_dir / "tests.yaml").unlink()  # the staff's regression examples would name the deleted entry
    app = make_app(botapi, faq_dir, tmp_path)
    responder = app.bot_data["state"].live.responder
    knowledge = responder.knowledge
    gone = next(e for e in knowledge.entries if e.related and responder.respond(e.questions[0]).answer is e
                and e.id != "suicidal-thoughts")
    kept = knowledge.entry(gone.related[0])
    user = 9101
    async with run_polling(app):
        botapi.send_text(gone.questions[0], user_id=user)
        [answer] = await botapi.wait_for_messages(user)
        old_message = botapi.last_bot_message(user)
        assert any(b["callback_data"] == f"f:{gone.id}:1" for row in answer["reply_markup"]["inline_keyboard"] for b in row)

        path = faq_dir / "faq.yaml"
        entries = [e for e in yaml.safe_load(path.read_text(encoding="utf-8")) if e["id"] != gone.id]
        for raw in entries:
            if gone.id in (raw.get("related") or []):
                raw["related"] = [r for r in raw["related"] if r != gone.id]
        path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")
        botapi.send_text("/reload", user_id=STAFF_ID)
        [reloaded] = await botapi.wait_for_messages(STAFF_ID)
        assert "FAQ reloaded" in reloaded["text"], reloaded["text"]
        assert app.bot_data["state"].live.responder.knowledge.entry(gone.id) is None

        ids = [botapi.press_button(data, user_id=user, message=old_message)["callback_query"]["id"]
               for data in (f"f:{gone.id}:1", f"a:{gone.id}", f"s:{gone.id}:1", f"f:{gone.id}:0")]
        await wait_until_handled(app, botapi)
        related = botapi.press_button(f"a:{kept.id}", user_id=user, message=old_message)["callback_query"]["id"]
        await botapi.wait_for_messages(user, 2)
        await wait_until_handled(app, botapi)
        assert app.updater.running
    answers = {c.params["callback_query_id"]: c.params.get("text", "") for c in botapi.calls_to("answerCallbackQuery")}
    for query_id in ids:
        assert "out of date" in answers[query_id]
    assert related in answers and "out of date" not in answers[related]
    texts = [m["text"] for m in botapi.messages_to(user)]
    assert len(texts) == 2 and html.unescape(texts[1]).startswith(kept.answer)
    assert not botapi.calls_to("editMessageReplyMarkup")  # no feedback was recorded for the deleted entry
    assert not botapi.errors


# --- staff commands from patients -------------------------------------------------------------


async def test_staff_commands_from_patients_are_refused_and_do_nothing(botapi, faq_dir, tmp_path):
    app = make_app(botapi, faq_dir, tmp_path)
    state = app.bot_data["state"]
    before = state.live.responder
    faq = faq_dir / "faq.yaml"
    faq.write_text(faq.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")  # a reload would swap
    patient, group = 9201, -100777
    commands = ["/reload", "/stats", "/reload@RenewFaqBot", "/STATS", "/stats@RenewFaqBot 30", "/reload now please"]
    async with run_polling(app):
        for command in commands:
            botapi.send_text(command, user_id=patient)
        botapi.send_text("/reload@RenewFaqBot", user_id=patient, chat_id=group, chat_type="supergroup")
        botapi.send_text("/stats@RenewFaqBot", user_id=patient, chat_id=group, chat_type="supergroup")
        sent = botapi.send_text("hello", user_id=patient)
        await botapi.wait_for_messages(patient, len(commands) + 1)
        botapi.edit_text(sent["message"]["message_id"], "/reload", user_id=patient)  # an edit into a command
        await botapi.wait_for_messages(group, 2)
        await wait_until_handled(app, botapi)
        assert app.updater.running
    assert state.live.responder is before, "a patient's /reload swapped the FAQ"
    private = [m["text"] for m in botapi.messages_to(patient)]
    refusals = [t for t in private if "for clinic staff" in t]
    assert len(refusals) >= len(commands)
    assert all("for clinic staff" in m["text"] for m in botapi.messages_to(group))
    everything = " ".join(private + [m["text"] for m in botapi.messages_to(group)])
    assert "question(s)" not in everything and "FAQ reloaded" not in everything and "refused" not in everything
    assert not botapi.errors
