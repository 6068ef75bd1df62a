"""Load and validate the FAQ folder that clinic staff edit.

Staff are not programmers, so every problem becomes a `FaqError` that names the file, the line and
the entry, in words a person can act on. Loading collects every problem it can find at once rather
than stopping at the first, so one `faqbot check` shows the whole list.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import process

from bot.core.handoff import HandoffConfig, parse_handoff

FAQ_FILE = "faq.yaml"
SYNONYMS_FILE = "synonyms.yaml"
CRISIS_FILE = "crisis.yaml"
MESSAGES_FILE = "messages.yaml"
TESTS_FILE = "tests.yaml"
NOT_COVERED_FILE = "not_covered.yaml"

MAX_FILE_BYTES = 1_000_000
TELEGRAM_LIMIT = 4096
MAX_TITLE = 60
MAX_ID = 40  # button data is 'a:<id>:<number>' and Telegram allows 64 bytes
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SURROGATE = re.compile("[\ud800-\udfff]")

ENTRY_FIELDS = ("id", "title", "title_es", "topic", "questions", "keywords", "answer", "answer_es", "es_reviewed",
                "related", "source")
REQUIRED_ENTRY_FIELDS = ("id", "questions", "answer", "source")
MESSAGE_FIELDS = (
    "disclaimer", "fallback", "not_sure", "clinic_contact", "greeting", "thanks", "concern", "support",
    "emergency_line", "help", "choose_topic", "unknown_command", "staff_only", "slow_down", "text_only",
    "stale_button", "feedback_thanks", "helpful", "not_helpful", "error", "crisis_button", "language_set",
    "part_not_covered", "bot_description", "bot_about",
)
LANGUAGES = ("en", "es")
REVIEWED = "es_reviewed"  # staff set it to true once they have checked the Spanish next to it
# Sections, not single texts: hand-off texts and office hours, the "/" menu; each with its Spanish twin.
MESSAGE_SECTIONS = ("handoff", "handoff_es", "commands", "commands_es")
# The "/" menu, in order, as (English name, Spanish name). The names are fixed because the bot
# answers to them; their menu texts live in messages.yaml under commands: and commands_es:.
MENU_COMMANDS = (("start", "start"), ("topics", "topics"), ("crisis", "crisis"), ("help", "help"),
                 ("human", "human"), ("privacy", "privacy"), ("forget", "forget"), ("language", "idioma"))
# Telegram's limits: a menu text, the description on the empty chat, the line on the profile.
COMMAND_TEXT_LIMITS = (3, 256)
PROFILE_LIMITS = {"bot_description": 512, "bot_about": 120}

# The clinic's own documents, the only place medical facts may come from (rule 1 of faq/README.md).
# `source:` names one of them, or CLINIC_SOURCE for a practical fact staff add (parking, hours).
DOCUMENTS = {
    "000_f9ebd24fa5026a5e.txt": "Ketamine Therapy for Postpartum Depression",
    "004_49ba1d75925badcd.txt": "Ketamine therapy at Renew Wellness",
}
CLINIC_SOURCE = "clinic"
# Formatting the guide forbids in answers: Telegram would show it as typed.
_MARKUP = (
    (re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"), "an HTML tag"),
    (re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"), "a markdown link"),
    (re.compile(r"(?<![\w*])\*\*?[^*\s](?:[^*\n]*[^*\s])?\*\*?(?![\w*])"), "markdown *stars*"),
    (re.compile(r"(?<![\w_])__?[^_\s](?:[^_\n]*[^_\s])?__?(?![\w_])"), "markdown _underscores_"),
)


@dataclass(frozen=True)
class FaqError:
    """One problem in the FAQ folder, phrased for the staff member who has to fix it."""

    path: str
    line: int | None
    message: str
    entry_id: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        entry = f" entry '{self.entry_id}':" if self.entry_id else ""
        return f"{where}:{entry} {self.message}"


class FaqInvalid(Exception):
    """The FAQ folder has problems; `errors` lists every one of them."""

    def __init__(self, errors: list[FaqError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


@dataclass(frozen=True)
class FaqEntry:
    id: str
    title: str
    topic: str
    questions: tuple[str, ...]
    answer: str
    source: str
    keywords: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    line: int = 0
    question_lines: tuple[int, ...] = ()
    title_es: str | None = None
    answer_es: str | None = None
    es_reviewed: bool = False

    def title_for(self, lang: str) -> str:
        """The button label in `lang`; English when there is no Spanish title."""
        return (self.title_es if lang == "es" else None) or self.title

    def answer_for(self, lang: str) -> str:
        """The answer in `lang`; English when there is no Spanish answer (see has_answer_in)."""
        return (self.answer_es if lang == "es" else None) or self.answer

    def has_answer_in(self, lang: str) -> bool:
        return lang != "es" or bool(self.answer_es)


@dataclass(frozen=True)
class Contact:
    name: str
    how: str


@dataclass(frozen=True)
class CrisisInfo:
    message: str
    contacts: tuple[Contact, ...]
    extra_phrases: tuple[str, ...] = ()
    message_es: str | None = None
    contacts_es: tuple[Contact, ...] = ()

    def for_lang(self, lang: str) -> CrisisInfo:
        """The block as shown in `lang`: the Spanish message and contacts when both are there."""
        if lang == "es" and self.message_es and self.contacts_es:
            return CrisisInfo(message=self.message_es, contacts=self.contacts_es, extra_phrases=self.extra_phrases)
        if lang == "es" and self is BUILTIN_CRISIS:
            return BUILTIN_CRISIS_ES
        return CrisisInfo(message=self.message, contacts=self.contacts, extra_phrases=self.extra_phrases)


# The floor under everything: used when crisis.yaml is missing or broken at run time, so no edit
# can leave a person in crisis without a number to call.
BUILTIN_CRISIS = CrisisInfo(
    message=(
        "You are not alone, and you deserve support right now. "
        "Please reach out to one of these now:"
    ),
    contacts=(
        Contact("Immediate danger", "Call 911 or go to the nearest emergency room."),
        Contact(
            "988 Suicide & Crisis Lifeline",
            "Call or text 988, or chat at 988lifeline.org. En español: press 2, or text AYUDA to 988.",
        ),
        Contact(
            "National Maternal Mental Health Hotline",
            "Call or text 1-833-TLC-MAMA (1-833-852-6262), 24/7, English and Spanish.",
        ),
        Contact("Crisis Text Line", "Text HOME to 741741 (AYUDA for Spanish)."),
        Contact(
            "Postpartum Support International HelpLine",
            "1-800-944-4773 (call-back support, not a crisis line).",
        ),
    ),
)


BUILTIN_CRISIS_ES = CrisisInfo(
    message="No está sola ni solo, y merece apoyo ahora mismo. Por favor comuníquese ahora:",
    contacts=(
        Contact("Línea 988 de Prevención del Suicidio y Crisis",
                "Llame al 988 y marque 2 para español, o mande un mensaje de texto con la palabra AYUDA al 988."),
        Contact("Línea Nacional de Salud Mental Materna",
                "Llame o mande un mensaje de texto al 1-833-TLC-MAMA (1-833-852-6262), las 24 horas. Hablan español."),
        Contact("Crisis Text Line", "Mande un mensaje de texto con la palabra AYUDA al 741741."),
        Contact("Peligro inmediato", "Llame al 911 o vaya a la sala de emergencias más cercana."),
    ),
)

# The first line of every crisis block, whatever crisis.yaml says: a phone's notification preview
# shows about 100 characters, and 988 and 911 must be in them. The Spanish line leads with what
# works in Spanish (988, option 2, or AYUDA by text).
CRISIS_HEADLINE = "Call or text 988 now, any time (Suicide & Crisis Lifeline). In immediate danger, call 911."
CRISIS_HEADLINE_ES = "Llame al 988 y marque 2, o escriba AYUDA al 988, a cualquier hora. En peligro inmediato, llame al 911."
CRISIS_HEADLINES = {"en": CRISIS_HEADLINE, "es": CRISIS_HEADLINE_ES}


@dataclass(frozen=True)
class Messages:
    """Every fixed text a patient sees in one language, from messages.yaml (see MESSAGE_FIELDS)."""

    disclaimer: str
    fallback: str
    not_sure: str
    clinic_contact: str
    greeting: str
    thanks: str
    concern: str  # the gentle check-in, with 988
    support: str  # after crisis contacts when no FAQ question came with them
    emergency_line: str
    help: str
    choose_topic: str
    unknown_command: str
    staff_only: str
    slow_down: str
    text_only: str
    stale_button: str
    feedback_thanks: str
    helpful: str
    not_helpful: str
    error: str
    crisis_button: str
    language_set: str  # the reply to /idioma and /language
    part_not_covered: str  # under an answer, when another part of the message is not in the FAQ
    bot_description: str  # Telegram shows it on the empty chat, before /start
    bot_about: str  # Telegram shows it on the bot's profile
    handoff: HandoffConfig  # reaching a person: bot/core/handoff.py
    commands: tuple[tuple[str, str], ...] = ()  # the "/" menu: (command, text), in MENU_COMMANDS order
    no_spanish_answer: str = ""  # Spanish only: the note above an answer that is not in Spanish yet


MESSAGE_KEYS = MESSAGE_FIELDS


@dataclass(frozen=True)
class StaffTest:
    """A regression example from tests.yaml: `expect` is an entry id, or None for 'must not answer'."""

    question: str
    expect: str | None
    line: int


@dataclass(frozen=True)
class NotCovered:
    """A topic the clinic's documents do not answer: questions near it get the fallback, not a guess."""

    topic: str
    questions: tuple[str, ...]
    line: int = 0
    question_lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class Knowledge:
    """Everything the bot knows, loaded from one FAQ folder and never changed afterwards."""

    entries: tuple[FaqEntry, ...]
    synonyms: tuple[tuple[str, str], ...]  # (variant, canonical), both folded text
    crisis: CrisisInfo
    messages: Messages
    tests: tuple[StaffTest, ...] = ()
    not_covered: tuple[NotCovered, ...] = ()
    version: str = ""
    warnings: tuple[FaqError, ...] = ()
    messages_es: Messages | None = None  # every key filled, English where Spanish is missing
    topics_es: tuple[tuple[str, str], ...] = ()  # (English topic, Spanish topic)
    spanish_missing: tuple[FaqError, ...] = ()  # entries without a Spanish answer
    spanish_unreviewed: tuple[FaqError, ...] = ()  # Spanish texts staff have not marked es_reviewed
    _by_id: dict[str, FaqEntry] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({entry.id: entry for entry in self.entries})

    def entry(self, entry_id: str) -> FaqEntry | None:
        return self._by_id.get(entry_id)

    def texts(self, lang: str) -> Messages:
        """The fixed texts in `lang` ("en" or "es"), English for any key not written in Spanish."""
        return (self.messages_es or self.messages) if lang == "es" else self.messages

    def crisis_for(self, lang: str) -> CrisisInfo:
        return self.crisis.for_lang(lang)

    def topic_for(self, topic: str, lang: str) -> str:
        """A topic name in `lang`; the English name when topics_es does not list it."""
        return dict(self.topics_es).get(topic, topic) if lang == "es" else topic


# --- YAML with line numbers -------------------------------------------------------------------


class _Lines:
    """Line numbers of a mapping's keys or a list's items (1-based)."""

    def __init__(self, line: int, keys: dict[Any, int] | None = None, items: list[int] | None = None):
        self.line = line
        self.keys = keys or {}
        self.items = items or []


class LineDict(dict):
    lines: _Lines


class LineList(list):
    lines: _Lines


class _LineRules:
    """What both loaders below add to a safe loader: line numbers, no anchors or aliases.

    Anchors are refused because nobody needs them in an FAQ and they make "billion laughs" files
    possible; SafeConstructor already refuses tags such as !!python/object.
    """

    MAX_DEPTH = 50

    def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: D102
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise yaml.MarkedYAMLError(
                problem="anchors and aliases (& and *) are not allowed here; write the text out",
                problem_mark=event.start_mark,
            )
        depth = getattr(self, "_depth", 0)
        if depth >= self.MAX_DEPTH:
            raise yaml.MarkedYAMLError(problem="lists or blocks are nested too deeply here", problem_mark=event.start_mark)
        self._depth = depth + 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth = depth

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:  # noqa: D102
        try:
            return super().construct_object(node, deep=deep)
        except yaml.MarkedYAMLError:
            raise
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError, IndexError) as exc:
            raise yaml.MarkedYAMLError(
                problem=f"this value cannot be read ({type(exc).__name__}); remove any '!!' tag or put the text in quotes",
                problem_mark=node.start_mark,
            ) from None

    def construct_scalar(self, node: yaml.ScalarNode) -> Any:  # noqa: D102
        value = super().construct_scalar(node)
        if isinstance(value, str) and _SURROGATE.search(value):
            try:  # "\ud83d\ude00" (an emoji escaped JSON-style) is one character: join the pair
                value = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
            except UnicodeDecodeError:
                raise yaml.MarkedYAMLError(problem="contains half of an escaped emoji (like \\ud83d); type the character itself",
                                           problem_mark=node.start_mark) from None
        return value

    def construct_yaml_map(self, node: yaml.MappingNode) -> Any:
        data = LineDict()
        yield data
        keys: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise yaml.MarkedYAMLError(problem="this key is not plain text", problem_mark=key_node.start_mark)
            if key in keys:
                raise yaml.MarkedYAMLError(
                    problem=f"'{key}' appears twice in the same block", problem_mark=key_node.start_mark
                )
            keys[key] = key_node.start_mark.line + 1
            data[key] = self.construct_object(value_node, deep=True)
        data.lines = _Lines(node.start_mark.line + 1, keys=keys)

    def construct_yaml_seq(self, node: yaml.SequenceNode) -> Any:
        data = LineList()
        yield data
        data.extend(self.construct_object(child, deep=True) for child in node.value)
        data.lines = _Lines(node.start_mark.line + 1, items=[c.start_mark.line + 1 for c in node.value])


class _SafeLineLoader(_LineRules, yaml.SafeLoader):
    """yaml.SafeLoader (pure Python) with the rules above: its errors are the ones staff see."""


_SafeLineLoader.add_constructor("tag:yaml.org,2002:map", _LineRules.construct_yaml_map)
_SafeLineLoader.add_constructor("tag:yaml.org,2002:seq", _LineRules.construct_yaml_seq)

try:
    from yaml.cyaml import CParser
except ImportError:  # PyYAML built without libyaml: the pure-Python loader alone
    CParser = None

if CParser is not None:
    class _FastLineLoader(_LineRules, yaml.composer.Composer, CParser, yaml.constructor.SafeConstructor,
                          yaml.resolver.Resolver):
        """The same, reading events with libyaml's C parser (several times faster) while composing
        and constructing in Python exactly as _SafeLineLoader does. Only trusted with text it reads
        without a problem: whatever it objects to is read again by _SafeLineLoader, whose error
        (with its line and staff wording) is the one shown."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)

        def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: D102
            event = self.peek_event()
            if (isinstance(event, yaml.ScalarEvent) and not event.style and "?" in event.value
                    and getattr(parent, "flow_style", False)):  # libyaml reads [a?b]; PyYAML refuses it
                raise yaml.YAMLError("'?' in unquoted text inside [ ] or { }")
            return super().compose_node(parent, index)

    _FastLineLoader.add_constructor("tag:yaml.org,2002:map", _LineRules.construct_yaml_map)
    _FastLineLoader.add_constructor("tag:yaml.org,2002:seq", _LineRules.construct_yaml_seq)


def _parse_yaml(text: str) -> Any:
    """The pure-Python loader's result, taken from the C parser when it reads the text cleanly."""
    if CParser is not None and not yaml.reader.Reader.NON_PRINTABLE.search(text):
        try:
            return yaml.load(text, Loader=_FastLineLoader)
        except Exception:  # noqa: BLE001 - the pure-Python loader below raises the error staff see
            pass
    return yaml.load(text, Loader=_SafeLineLoader)


def read_yaml(path: Path, shown: str) -> tuple[Any, bytes]:
    """Parse one YAML file safely; raise FaqInvalid with `shown:line` on any problem."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FaqInvalid([FaqError(shown, None, f"cannot be read ({exc.strerror or exc})")]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise FaqInvalid([FaqError(shown, None, f"is too large ({len(raw):,} bytes; the limit is {MAX_FILE_BYTES:,})")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FaqInvalid([FaqError(shown, line, "is not UTF-8 text; save it as UTF-8")]) from None
    if "\t" in text:
        line = text[: text.index("\t")].count("\n") + 1
        raise FaqInvalid([FaqError(shown, line, "contains a tab; YAML needs spaces for indentation")])
    try:
        return _parse_yaml(text), raw
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        raise FaqInvalid([FaqError(shown, line, f"contains a character YAML does not allow (U+{exc.character:04X}); delete it")]) from None
    except yaml.MarkedYAMLError as exc:
        line, problem = explain_yaml_error(text, exc)
        raise FaqInvalid([FaqError(shown, line, f"YAML syntax: {problem}")]) from None
    except Exception as exc:  # nothing a staff member types may crash the loader
        raise FaqInvalid([FaqError(shown, None, f"could not be read as YAML ({type(exc).__name__})")]) from None


_DASH_NO_SPACE = re.compile(r"^\s*-(?![\s-])\S")
_COLON_IN_TEXT = re.compile(r"^\s*(?:-\s+|[\w-]+:\s+)[^'\"#].*:\s")
_TEXT_AFTER_QUOTE = re.compile(r"^\s*(?:-\s+|[\w-]+:\s+)([\"']).*?\1\s*[^\s#]")
QUOTE_HINT = "put the whole text in double quotes, like \"Parking: is it free?\""


def explain_yaml_error(text: str, exc: yaml.MarkedYAMLError) -> tuple[int | None, str]:
    """The line and a staff-worded reason for a YAML error: the common slips get plain advice."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else None
    lines = text.splitlines()
    if exc.context == "while scanning a quoted scalar" and exc.context_mark is not None:
        opened = exc.context_mark.line + 1
        quote = lines[opened - 1][exc.context_mark.column] if opened <= len(lines) else '"'
        return opened, f"the quote ({quote}) opened on line {opened} is never closed; add the closing {quote} at the end of that text"
    for candidate in (line, line - 1) if line else ():
        if 0 < candidate <= len(lines) and _DASH_NO_SPACE.match(lines[candidate - 1]):
            bad = lines[candidate - 1].strip()
            return candidate, f"put a space after the dash: '- {bad[1:]}' instead of '{bad}'"
    here = lines[line - 1] if line and line <= len(lines) else ""
    if exc.problem == "mapping values are not allowed here" and _COLON_IN_TEXT.match(here):
        return line, f"this text contains a colon followed by a space, which YAML reads as a new field; {QUOTE_HINT}"
    if _TEXT_AFTER_QUOTE.match(here):
        return line, f"there is text after the closing quote; {QUOTE_HINT}"
    problem = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
    if exc.context and exc.problem and exc.context not in problem:
        problem = f"{exc.context}: {problem}"
    return line, problem


# --- Validation -------------------------------------------------------------------------------


def _line(node: Any, key: Any = None) -> int | None:
    lines = getattr(node, "lines", None)
    if lines is None:
        return None
    if key is not None and key in lines.keys:
        return lines.keys[key]
    return lines.line


def _text(value: Any) -> str | None:
    """Staff may write numbers or dates where text is meant; accept scalars, reject lists and maps."""
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    return " ".join(str(value).split()) if not isinstance(value, str) else value.strip()


def _text_list(value: Any) -> list[str] | None:
    if value is None:
        return []
    if not isinstance(value, list):
        return None
    items = [_text(v) for v in value]
    return None if any(v is None for v in items) else [v for v in items if v]


def _hint(name: str, known: Iterable[str]) -> str:
    best = process.extractOne(name, list(known), score_cutoff=70)
    return f" (did you mean '{best[0]}'?)" if best else ""


class _Loader:
    """Builds a Knowledge from a folder, gathering problems as it goes."""

    def __init__(self, faq_dir: Path) -> None:
        self.dir = faq_dir
        self.errors: list[FaqError] = []
        self.warnings: list[FaqError] = []
        self.lines: dict[str, list[str]] = {}  # each file's text, to point at the exact line of a slip

        self.spanish_missing: list[FaqError] = []
        self.spanish_unreviewed: list[FaqError] = []
        self.messages_es: Messages | None = None
        self.topics_es: tuple[tuple[str, str], ...] = ()
        self.digest = hashlib.sha256()

    def shown(self, name: str) -> str:
        return str(self.dir / name)

    def read(self, name: str, *, required: bool) -> Any:
        path = self.dir / name
        if not path.exists():
            if required:
                self.errors.append(FaqError(self.shown(name), None, "is missing"))
            return None
        try:
            data, raw = read_yaml(path, self.shown(name))
        except FaqInvalid as exc:
            self.errors.extend(exc.errors)
            return None
        self.digest.update(name.encode() + b"\0" + raw)
        self.lines[name] = raw.decode("utf-8-sig").splitlines()
        if data is None and required:
            self.errors.append(FaqError(self.shown(name), None, "is empty"))
        return data

    def error(self, name: str, node: Any, message: str, *, key: Any = None, entry_id: str | None = None) -> None:
        self.errors.append(FaqError(self.shown(name), _line(node, key), message, entry_id))

    # entries ----------------------------------------------------------------------------------

    def entries(self, data: Any) -> list[FaqEntry]:
        if data is None:
            return []
        if not isinstance(data, list):
            self.error(FAQ_FILE, data, "should be a list of entries, each starting with '- id:'")
            return []
        entries: list[FaqEntry] = []
        seen: dict[str, int | None] = {}
        for index, raw in enumerate(data):
            line = data.lines.items[index]
            if not isinstance(raw, dict):
                self.errors.append(FaqError(self.shown(FAQ_FILE), line, "each entry should have fields like 'id:' and 'answer:'"))
                continue
            entry = self.entry(raw, line)
            if entry is None:
                continue
            if entry.id in seen:
                self.error(FAQ_FILE, raw, f"the id is used twice (first on line {seen[entry.id]})", key="id", entry_id=entry.id)
                continue
            seen[entry.id] = _line(raw, "id")
            entries.append(entry)
        if data and not entries and not self.errors:
            self.error(FAQ_FILE, data, "has no entries")
        # Ids of entries dropped for another problem still count, so one typo is one message.
        ids = set(seen) | {i for r in data if isinstance(r, dict) and (i := _text(r.get("id")))}
        raw_by_id = {_text(r.get("id")): r for r in data if isinstance(r, dict)}
        for entry in entries:
            raw = raw_by_id[entry.id]
            for target in entry.related:
                if target == entry.id:
                    self.error(FAQ_FILE, raw, "'related' lists the entry itself", key="related", entry_id=entry.id)
                elif target not in ids:
                    self.error(FAQ_FILE, raw, f"'related' names '{target}', which is not an entry id{_hint(target, ids)}", key="related", entry_id=entry.id)
        return entries

    def entry(self, raw: dict, line: int) -> FaqEntry | None:
        name = FAQ_FILE
        entry_id = _text(raw.get("id"))
        if not self.fields_ok(raw, line, entry_id or None) or not self.id_ok(raw, entry_id):
            return None
        ok = True
        answer = raw["answer"] if isinstance(raw["answer"], str) else None
        questions = _text_list(raw["questions"])
        keywords = _text_list(raw.get("keywords"))
        related = _text_list(raw.get("related"))
        title = _text(raw.get("title")) if "title" in raw else entry_id.replace("-", " ").capitalize()
        topic = _text(raw.get("topic")) if "topic" in raw else "General"
        for key, value in (("answer", answer), ("questions", questions), ("keywords", keywords),
                           ("related", related), ("title", title), ("topic", topic), ("source", _text(raw["source"]))):
            if value is None:
                self.wrong_type(raw, key, entry_id)
                ok = False
        if not ok or not self.source_ok(raw, entry_id):
            return None
        answer = answer.strip()
        self.markup_warnings(raw, answer, entry_id)
        if not questions:
            self.error(name, raw, "'questions' is empty; add the ways patients ask this", key="questions", entry_id=entry_id)
            return None
        self.sizes_ok(raw, entry_id, answer=answer, title=title, questions=questions)
        items = getattr(raw["questions"], "lines", None)
        spanish = self.entry_spanish(raw, entry_id)
        if spanish is None:
            return None
        return FaqEntry(
            id=entry_id, title=title, topic=topic, questions=tuple(questions), answer=answer,
            source=_text(raw["source"]) or "", keywords=tuple(keywords), related=tuple(related),
            line=line, question_lines=tuple(items.items) if items else (), **spanish,
        )

    def fields_ok(self, raw: dict, line: int, label: str | None) -> bool:
        """No unknown field, and every required one present."""
        ok = True
        for key in raw:
            if key not in ENTRY_FIELDS:
                self.error(FAQ_FILE, raw, f"unknown field '{key}'{_hint(str(key), ENTRY_FIELDS)}", key=key, entry_id=label)
                ok = False
        for key in REQUIRED_ENTRY_FIELDS:
            if key not in raw or raw[key] in (None, "", []):
                self.errors.append(FaqError(self.shown(FAQ_FILE), _line(raw, key) or line, f"'{key}' is missing", label))
                ok = False
        return ok

    def id_ok(self, raw: dict, entry_id: str | None) -> bool:
        if entry_id and len(entry_id) > MAX_ID:
            self.error(FAQ_FILE, raw, f"id '{entry_id}' is {len(entry_id)} characters; keep it under {MAX_ID} (it goes inside Telegram buttons)", key="id", entry_id=None)
            return False
        if not entry_id or not _ID.fullmatch(entry_id):
            self.error(FAQ_FILE, raw, f"id '{raw.get('id')}' should be lower-case words joined by dashes, like 'baby-blues'", key="id", entry_id=None)
            return False
        return True

    def sizes_ok(self, raw: dict, entry_id: str, *, answer: str, title: str, questions: list[str]) -> None:
        """What fits a Telegram message and a button; a warning for an entry with few questions."""
        if len(answer) > TELEGRAM_LIMIT - 600:
            self.error(FAQ_FILE, raw, f"'answer' is {len(answer)} characters; keep it under {TELEGRAM_LIMIT - 600} so it fits one Telegram message", key="answer", entry_id=entry_id)
        if len(title) > MAX_TITLE:
            self.error(FAQ_FILE, raw, f"'title' is {len(title)} characters; button labels must be under {MAX_TITLE}", key="title", entry_id=entry_id)
        if len(questions) < 3:
            self.warnings.append(FaqError(self.shown(FAQ_FILE), _line(raw, "questions"), f"only {len(questions)} question(s); add more ways patients ask it (6 or more works best)", entry_id))

    def wrong_type(self, raw: dict, key: str, entry_id: str) -> None:
        """Say why a field did not read as text or a list. For a list the usual causes are a
        missing space after a dash (the lines run together into one text) and a colon in an item."""
        value = raw[key]
        if key not in ("questions", "keywords", "related"):
            self.error(FAQ_FILE, raw, f"'{key}' should be text", key=key, entry_id=entry_id)
            return
        if isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    line = value.lines.items[index]
                    self.errors.append(FaqError(self.shown(FAQ_FILE), line, f"an item in '{key}' contains a colon followed by a space, which YAML reads as a new field; {QUOTE_HINT}", entry_id))
                    return
        elif isinstance(value, str) and value.lstrip().startswith("-"):
            start = _line(raw, key) or 1
            lines = self.lines.get(FAQ_FILE, [])
            line = next((n for n in range(start, len(lines) + 1) if _DASH_NO_SPACE.match(lines[n - 1])), start)
            self.errors.append(FaqError(self.shown(FAQ_FILE), line, f"'{key}' runs together into one text: put a space after each dash, like '- what is ppd'", entry_id))
            return
        self.error(FAQ_FILE, raw, f"'{key}' should be a list, one item per line starting with a dash and a space", key=key, entry_id=entry_id)

    def source_ok(self, raw: dict, entry_id: str) -> bool:
        source = _text(raw["source"]) or ""
        if source in DOCUMENTS or source == CLINIC_SOURCE:
            return True
        names = ", ".join(DOCUMENTS)
        self.error(FAQ_FILE, raw, f"'source' is '{source}'{_hint(source, [*DOCUMENTS, CLINIC_SOURCE])}; write the clinic document the answer comes from "
                   f"({names}), or '{CLINIC_SOURCE}' for a practical fact the clinic gave you (parking, hours, phone)", key="source", entry_id=entry_id)
        return False

    def markup_warnings(self, raw: dict, answer: str, entry_id: str) -> None:
        spanish = raw.get("answer_es") if isinstance(raw.get("answer_es"), str) else ""
        for key, text in (("answer", answer), ("answer_es", spanish)):
            for pattern, what in _MARKUP:
                if found := pattern.search(text):
                    self.warnings.append(FaqError(self.shown(FAQ_FILE), _line(raw, key), f"'{key}' contains {what} ('{found.group()[:40]}'); "
                                                  "write plain text, Telegram shows these marks as typed", entry_id))

    def entry_spanish(self, raw: dict, entry_id: str) -> dict[str, Any] | None:
        """title_es, answer_es and es_reviewed of one entry, checked like their English twins."""
        name, ok = FAQ_FILE, True
        title_es = _text(raw.get("title_es")) if raw.get("title_es") is not None else ""
        answer_es = raw.get("answer_es") if raw.get("answer_es") is not None else ""
        reviewed = raw.get(REVIEWED, False)
        if title_es is None or not isinstance(answer_es, str):
            key = "title_es" if title_es is None else "answer_es"
            self.error(name, raw, f"'{key}' should be text", key=key, entry_id=entry_id)
            ok = False
        elif len(answer_es.strip()) > TELEGRAM_LIMIT - 600:
            self.error(name, raw, f"'answer_es' is {len(answer_es.strip())} characters; keep it under {TELEGRAM_LIMIT - 600} so it fits one Telegram message", key="answer_es", entry_id=entry_id)
            ok = False
        elif len(title_es) > MAX_TITLE:
            self.error(name, raw, f"'title_es' is {len(title_es)} characters; button labels must be under {MAX_TITLE}", key="title_es", entry_id=entry_id)
            ok = False
        if not isinstance(reviewed, bool):
            self.error(name, raw, f"'{REVIEWED}' should be true or false", key=REVIEWED, entry_id=entry_id)
            ok = False
        if not ok:
            return None
        answer_es = answer_es.strip()
        if not answer_es:
            self.spanish_missing.append(FaqError(self.shown(name), _line(raw, "answer"), "has no Spanish answer ('answer_es'); Spanish-speaking patients get the English answer with a note", entry_id))
        elif not reviewed:
            self.spanish_unreviewed.append(FaqError(self.shown(name), _line(raw, "answer_es"), f"Spanish title and answer not reviewed yet ({REVIEWED}: false)", entry_id))
        return {"title_es": title_es or None, "answer_es": answer_es or None, "es_reviewed": reviewed}

    # other files ------------------------------------------------------------------------------

    def synonyms(self, data: Any) -> list[tuple[str, str]]:
        from bot.core.text import words  # local: text.py imports nothing from here, keep it that way

        if data is None:
            return []
        if not isinstance(data, dict):
            self.error(SYNONYMS_FILE, data, "should map a word to a list of words that mean the same, like 'cesarean: [c-section, c section]'")
            return []
        pairs: list[tuple[str, str]] = []
        for canonical, variants in data.items():
            values = _text_list(variants)
            canon = " ".join(words(str(canonical)))
            if values is None or not canon:
                self.error(SYNONYMS_FILE, data, f"'{canonical}' should be followed by a list like [word, other word]", key=canonical)
                continue
            for variant in values:
                folded = " ".join(words(variant))
                if folded and folded != canon:
                    pairs.append((folded, canon))
        return pairs

    def crisis(self, data: Any) -> CrisisInfo | None:
        name = CRISIS_FILE
        if data is None:
            return None
        if not isinstance(data, dict):
            self.error(name, data, "should have 'message:' and 'contacts:'")
            return None
        message = _text(data.get("message"))
        if not message:
            self.error(name, data, "'message' is missing", key="message")
        raw_contacts = data.get("contacts")
        if not isinstance(raw_contacts, list) or not raw_contacts:
            self.error(name, data, "'contacts' must list at least one crisis contact; the bot will not run without one", key="contacts")
        contacts = self.contacts(raw_contacts)
        message_es = _text(data.get("message_es")) if data.get("message_es") is not None else ""
        contacts_es = self.contacts(data.get("contacts_es"))
        if data.get("contacts_es") is not None and not isinstance(data.get("contacts_es"), list):
            self.error(name, data, "'contacts_es' should be a list of contacts with 'name:' and 'how:'", key="contacts_es")
        if message_es is None:
            self.error(name, data, "'message_es' should be text", key="message_es")
        elif bool(message_es) != bool(contacts_es):
            key = "contacts_es" if message_es else "message_es"
            self.error(name, data, f"'{key}' is missing: the Spanish block needs both 'message_es' and 'contacts_es'", key=key)
        elif message_es and data.get(REVIEWED) is not True:
            self.spanish_unreviewed.append(FaqError(self.shown(name), _line(data, "message_es"), f"the Spanish crisis block is not reviewed yet ({REVIEWED}: false)"))
        extra = _text_list(data.get("extra_phrases"))
        if extra is None:
            self.error(name, data, "'extra_phrases' should be a list of phrases", key="extra_phrases")
            extra = []
        for key in data:
            if key not in ("message", "contacts", "extra_phrases", "message_es", "contacts_es", REVIEWED):
                self.error(name, data, f"unknown field '{key}'", key=key)
        if not message or not contacts:
            return None
        return CrisisInfo(message=message, contacts=tuple(contacts), extra_phrases=tuple(extra),
                          message_es=message_es or None, contacts_es=tuple(contacts_es))

    def contacts(self, raw_contacts: Any) -> list[Contact]:
        if not isinstance(raw_contacts, list):
            return []
        contacts: list[Contact] = []
        for index, item in enumerate(raw_contacts):
            line = raw_contacts.lines.items[index]
            if not isinstance(item, dict) or not _text(item.get("name")) or not _text(item.get("how")):
                self.errors.append(FaqError(self.shown(CRISIS_FILE), line, "each contact needs 'name:' and 'how:'"))
                continue
            contacts.append(Contact(_text(item["name"]), _text(item["how"])))
        return contacts

    def messages(self, data: Any) -> Messages | None:
        if data is None:
            return None
        if not isinstance(data, dict):
            self.error(MESSAGES_FILE, data, f"should have the fields {', '.join(MESSAGE_FIELDS)}")
            return None
        errors_before = len(self.errors)
        values = {}
        for key in MESSAGE_FIELDS:
            value = _text(data.get(key)) if isinstance(data.get(key), str) else None
            if not value:
                self.error(MESSAGES_FILE, data, f"'{key}' is missing", key=key)
            values[key] = value
        known = MESSAGE_KEYS + tuple(f"{k}_es" for k in MESSAGE_KEYS) + ("no_spanish_answer_es", "topics_es", REVIEWED) + MESSAGE_SECTIONS
        for key in data:
            if key not in known:
                self.error(MESSAGES_FILE, data, f"unknown field '{key}'{_hint(str(key), known)}", key=key)
            elif key not in ("topics_es", REVIEWED, *MESSAGE_SECTIONS) and data[key] is not None and not (isinstance(data[key], str) and data[key].strip()):
                self.error(MESSAGES_FILE, data, f"'{key}' should be text", key=key)
        handoff, problems = parse_handoff(data.get("handoff"), data.get("handoff_es"))
        for problem in problems:
            self.error(MESSAGES_FILE, data, problem, key="handoff")
        self.profile_sizes(data)
        commands, commands_es = self.menu(data)
        if any(v is None for v in values.values()) or len(self.errors) > errors_before:
            return None
        english = Messages(**{k: data[k].strip() for k in MESSAGE_KEYS if isinstance(data.get(k), str)}, handoff=handoff, commands=commands)
        self.messages_es = self.spanish_messages(data, english, commands_es)
        self.topics_es = self.spanish_topics(data.get("topics_es"), data)
        return english

    def profile_sizes(self, data: dict) -> None:
        """The description and the profile line, in both languages, within Telegram's limits."""
        for name, limit in PROFILE_LIMITS.items():
            for key in (name, f"{name}_es"):
                text = data.get(key)
                if isinstance(text, str) and len(text.strip()) > limit:
                    self.error(MESSAGES_FILE, data, f"'{key}' is {len(text.strip())} characters; Telegram shows at most {limit}, so shorten it", key=key)

    def menu(self, data: dict) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
        """The "/" menu in English (every command needs its text) and in Spanish (a command
        without a Spanish text shows the English one, like every other text in the file)."""
        english = self.menu_texts(data, "commands", [en for en, _ in MENU_COMMANDS])
        spanish = self.menu_texts(data, "commands_es", [es for _, es in MENU_COMMANDS]) if data.get("commands_es") is not None else {}
        for name, _ in MENU_COMMANDS:
            if isinstance(data.get("commands"), dict) and name not in data["commands"]:
                self.error(MESSAGES_FILE, data, f"commands: '{name}' is missing; every command needs its line in the menu", key="commands")
        return (tuple((en, english.get(en, "")) for en, _ in MENU_COMMANDS),
                tuple((es, spanish.get(es) or english.get(en, "")) for en, es in MENU_COMMANDS))

    def menu_texts(self, data: dict, key: str, names: list[str]) -> dict[str, str]:
        """One menu's texts by command name; an unknown name or a text of the wrong length is a problem."""
        raw = data.get(key)
        if not isinstance(raw, dict):
            problem = "is missing" if raw is None else "should list each command and its text, like 'topics: Browse the questions by topic'"
            self.error(MESSAGES_FILE, data, f"'{key}' {problem}", key=key)
            return {}
        low, high = COMMAND_TEXT_LIMITS
        texts = {}
        for name, value in raw.items():
            text = " ".join(value.split()) if isinstance(value, str) else ""
            if name not in names:
                self.error(MESSAGES_FILE, raw, f"{key}: unknown command '{name}'{_hint(str(name), names)}; the commands are {', '.join(names)}", key=name)
            elif not low <= len(text) <= high:
                self.error(MESSAGES_FILE, raw, f"{key}: the text for '{name}' is {len(text)} characters; Telegram needs {low} to {high}", key=name)
            else:
                texts[name] = text
        return texts

    def spanish_messages(self, data: dict, english: Messages, commands: tuple[tuple[str, str], ...]) -> Messages:
        """Spanish texts, each falling back to its English twin; unreviewed ones are noted."""
        spanish = {k: data[f"{k}_es"].strip() for k in MESSAGE_KEYS if isinstance(data.get(f"{k}_es"), str)}
        spanish["commands"] = commands
        note = data.get("no_spanish_answer_es")
        spanish["no_spanish_answer"] = note.strip() if isinstance(note, str) else ""
        if data.get(REVIEWED) is not True:
            keys = [k for k in data if isinstance(k, str) and k.endswith("_es") and k != "topics_es"]
            for key in keys:
                self.spanish_unreviewed.append(FaqError(self.shown(MESSAGES_FILE), _line(data, key), f"Spanish text '{key}' not reviewed yet ({REVIEWED}: false at the top)"))
        merged = {f.name: getattr(english, f.name) for f in fields(Messages)} | spanish
        return Messages(**merged)

    def spanish_topics(self, raw: Any, data: dict) -> tuple[tuple[str, str], ...]:
        if raw is None:
            return ()
        if not isinstance(raw, dict) or any(_text(k) is None or _text(v) is None for k, v in raw.items()):
            self.error(MESSAGES_FILE, data, "'topics_es' should list each topic as 'English name: Spanish name'", key="topics_es")
            return ()
        return tuple((_text(k), _text(v)) for k, v in raw.items())

    def not_covered(self, data: Any) -> list[NotCovered]:
        if data is None:
            return []
        if not isinstance(data, list):
            self.error(NOT_COVERED_FILE, data, "should be a list of '- topic: ...' blocks with 'questions:'")
            return []
        out = []
        for index, item in enumerate(data):
            line = data.lines.items[index]
            topic = _text(item.get("topic")) if isinstance(item, dict) else None
            questions = _text_list(item.get("questions")) if isinstance(item, dict) else None
            if not topic or not questions:
                self.errors.append(FaqError(self.shown(NOT_COVERED_FILE), line, "each topic needs 'topic:' and a list of 'questions:'"))
                continue
            items = getattr(item.get("questions"), "lines", None)
            out.append(NotCovered(topic=topic, questions=tuple(questions), line=line, question_lines=tuple(items.items) if items else ()))
        return out

    def tests(self, data: Any, ids: set[str] | None) -> list[StaffTest]:
        if data is None:
            return []
        if not isinstance(data, list):
            self.error(TESTS_FILE, data, "should be a list of '- question: ...' / '  expect: ...' examples")
            return []
        out = []
        for index, item in enumerate(data):
            line = data.lines.items[index]
            question = _text(item.get("question")) if isinstance(item, dict) else None
            if not question or "expect" not in item:
                self.errors.append(FaqError(self.shown(TESTS_FILE), line, "each example needs 'question:' and 'expect:' (an entry id, or null)"))
                continue
            expect = item["expect"]
            if expect is not None and (not isinstance(expect, str) or (ids is not None and expect not in ids)):
                self.errors.append(FaqError(self.shown(TESTS_FILE), line, f"expect '{expect}' is not an entry id{_hint(str(expect), ids)}"))
                continue
            out.append(StaffTest(question=question, expect=expect, line=line))
        return out


def load_knowledge(faq_dir: str | Path) -> Knowledge:
    """Load the FAQ folder, or raise FaqInvalid listing every problem with its file and line."""
    loader = _Loader(Path(faq_dir))
    entries = loader.entries(loader.read(FAQ_FILE, required=True))
    synonyms = loader.synonyms(loader.read(SYNONYMS_FILE, required=False))
    crisis = loader.crisis(loader.read(CRISIS_FILE, required=True))
    messages = loader.messages(loader.read(MESSAGES_FILE, required=True))
    faq_broken = bool(loader.errors)  # then tests.yaml's ids can't be checked without noise
    tests = loader.tests(loader.read(TESTS_FILE, required=False), None if faq_broken else {e.id for e in entries})
    not_covered = loader.not_covered(loader.read(NOT_COVERED_FILE, required=False))
    if loader.errors or crisis is None or messages is None:
        raise FaqInvalid(loader.errors or [FaqError(str(faq_dir), None, "could not be loaded")])
    return Knowledge(
        entries=tuple(entries), synonyms=tuple(synonyms), crisis=crisis, messages=messages,
        tests=tuple(tests), not_covered=tuple(not_covered), version=loader.digest.hexdigest()[:12], warnings=tuple(loader.warnings),
        messages_es=loader.messages_es, topics_es=loader.topics_es,
        spanish_missing=tuple(loader.spanish_missing), spanish_unreviewed=tuple(loader.spanish_unreviewed),
    )
