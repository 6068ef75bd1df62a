"""The FAQ loader: good folders load; every kind of broken file gets a clean file:line message."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.paths import SHIPPED_FAQ
from bot.core.knowledge import MESSAGE_FIELDS, FaqInvalid, load_knowledge

ENTRY = """\
- id: baby-blues
  title: Baby blues
  topic: Postpartum depression
  questions:
    - what are the baby blues
    - is it the baby blues or ppd
  answer: |
    The baby blues are milder and usually pass within a few weeks.
  related: [what-is-ppd]
  source: 004_49ba1d75925badcd.txt
- id: what-is-ppd
  questions:
    - what is postpartum depression
    - what is ppd
  answer: Postpartum depression is a form of depression after childbirth.
  source: 000_f9ebd24fa5026a5e.txt
"""


def write(faq_dir: Path, name: str, text: str | bytes) -> None:
    path = faq_dir / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")


def errors_for(faq_dir: Path) -> list[str]:
    with pytest.raises(FaqInvalid) as info:
        load_knowledge(faq_dir)
    return [str(e) for e in info.value.errors]


def test_shipped_faq_loads_with_the_required_entries():
    knowledge = load_knowledge(SHIPPED_FAQ)
    required = {
        "what-is-ppd", "ppd-onset", "ppd-symptoms", "baby-blues", "ppd-fathers", "standard-treatment",
        "what-is-ketamine", "how-ketamine-works", "ketamine-vs-antidepressants", "how-fast", "long-term",
        "prevention", "breastfeeding", "who-is-candidate", "suicidal-thoughts", "side-effects", "infusion",
        "book-appointment", "about-clinic",
    }
    assert required <= {e.id for e in knowledge.entries}
    for entry in knowledge.entries:
        assert len(entry.questions) >= 6, entry.id
        assert entry.source in ("000_f9ebd24fa5026a5e.txt", "004_49ba1d75925badcd.txt"), entry.id
    assert len(knowledge.crisis.contacts) >= 5
    assert "988" in " ".join(c.how for c in knowledge.crisis.contacts)


def test_answers_do_not_repeat_the_bipolar_slip_from_the_source():
    knowledge = load_knowledge(SHIPPED_FAQ)
    assert not any("bipolar" in e.answer.lower() for e in knowledge.entries)


def test_a_small_valid_folder_loads(faq_dir):
    write(faq_dir, "faq.yaml", ENTRY)
    (faq_dir / "tests.yaml").unlink()
    knowledge = load_knowledge(faq_dir)
    assert [e.id for e in knowledge.entries] == ["baby-blues", "what-is-ppd"]
    assert knowledge.entry("what-is-ppd").title == "What is ppd"  # a title is made up when missing


def test_version_changes_with_content(faq_dir):
    before = load_knowledge(faq_dir).version
    text = (faq_dir / "faq.yaml").read_text(encoding="utf-8")
    write(faq_dir, "faq.yaml", text.replace("what is postpartum depression", "what is post-partum depression", 1))
    assert load_knowledge(faq_dir).version != before


# Each case: (what a staff member might do to faq.yaml, the line the message must name, words in it)
CORRUPTIONS = {
    "tab indentation": (ENTRY.replace("    - what is ppd", "\t- what is ppd"), 14, "tab"),
    "truncated mid-entry": (ENTRY[: ENTRY.index("  answer: Postpartum")] + "  answer: \"Postpartum", 15, "YAML syntax"),
    "unclosed bracket": (ENTRY.replace("related: [what-is-ppd]", "related: [what-is-ppd"), 10, "YAML syntax"),
    "bad indentation": (ENTRY.replace("  title: Baby blues", "   title: Baby blues"), 2, "YAML syntax"),
    "colon in unquoted text": (ENTRY.replace("answer: Postpartum depression is", "answer: Note: PPD: is"), 15, "YAML syntax"),
    "missing answer": (ENTRY.replace("  answer: Postpartum depression is a form of depression after childbirth.\n", ""), 11, "'answer' is missing"),
    "empty answer": (ENTRY.replace("answer: Postpartum depression is a form of depression after childbirth.", "answer:"), 15, "'answer' is missing"),
    "missing source": (ENTRY.replace("  source: 000_f9ebd24fa5026a5e.txt\n", ""), 11, "'source' is missing"),
    "duplicate id": (ENTRY.replace("id: what-is-ppd", "id: baby-blues"), 11, "used twice"),
    "id not kebab-case": (ENTRY.replace("id: what-is-ppd", "id: What Is PPD"), 11, "lower-case words"),
    "unknown field (typo)": (ENTRY.replace("  answer: Postpartum", "  anwser: Postpartum"), 15, "did you mean 'answer'"),
    "related points nowhere": (ENTRY.replace("related: [what-is-ppd]", "related: [what-is-pdd]"), 9, "not an entry id"),
    "questions is text, not a list": (ENTRY.replace("  questions:\n    - what is postpartum depression\n    - what is ppd\n", "  questions: what is ppd\n"), 12, "'questions' should be a list"),
    "answer is a list": (ENTRY.replace("answer: Postpartum depression is a form of depression after childbirth.", "answer: [one, two]"), 15, "'answer' should be text"),
    "entry is plain text": (ENTRY + "- just some text\n", 17, "each entry should have fields"),
    "top level is a mapping": ("entries:\n  id: x\n", 1, "should be a list of entries"),
    "duplicate key in an entry": (ENTRY.replace("  source: 000_f9ebd24fa5026a5e.txt", "  source: 000_f9ebd24fa5026a5e.txt\n  source: again.txt"), 17, "appears twice"),
    "anchors and aliases (billion laughs)": (
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n", 1, "anchors and aliases"),
    "python object tag": (ENTRY.replace("answer: Postpartum", "answer: !!python/object/apply:os.system ['echo hi'] #"), 15, "YAML syntax"),
    "answer too long": (ENTRY.replace("answer: Postpartum depression is a form", "answer: " + "x" * 3600 + " Postpartum depression is a form"), 15, "characters"),
    "id too long for a button": (ENTRY.replace("id: what-is-ppd", "id: " + "-".join(["postpartum"] * 6)), 11, "keep it under 40"),
    "title too long": (ENTRY.replace("title: Baby blues", "title: " + "B" * 80), 2, "button labels"),
    "related lists itself": (ENTRY.replace("related: [what-is-ppd]", "related: [baby-blues]"), 9, "the entry itself"),
    "only a comment": ("# nothing here yet\n", None, "is empty"),
    "no space after a dash": (ENTRY.replace("    - what is ppd", "    -what is ppd"), 14, "put a space after the dash: '- what is ppd'"),
    "no space after the entry's dash": (ENTRY.replace("- id: what-is-ppd", "-id: what-is-ppd"), 11, "put a space after the dash"),
    "no space after the first question's dash": (ENTRY.replace("    - what are the baby blues", "    -what are the baby blues"), 5, "runs together into one text"),
    "unclosed quote in a question": (ENTRY.replace("    - what are the baby blues", '    - "what are the baby blues'), 5, "the quote (\") opened on line 5 is never closed"),
    "colon inside a question": (ENTRY.replace("    - what is ppd", "    - ppd: what is it"), 14, "colon followed by a space"),
    "colon inside a later question": (ENTRY.replace("    - what is ppd", "    - what is ppd\n    - ppd: what is it, and is it: common"), 15, "colon followed by a space"),
    "source is not a clinic document": (ENTRY.replace("source: 000_f9ebd24fa5026a5e.txt", "source: the internet"), 16, "'source' is 'the internet'"),
    "source misspelt": (ENTRY.replace("source: 000_f9ebd24fa5026a5e.txt", "source: 000_f9ebd24fa5026a5e"), 16, "did you mean '000_f9ebd24fa5026a5e.txt'"),
    "binary garbage": (b"\x00\xff\xfe\x00garbage", 1, "not UTF-8"),
}


@pytest.mark.parametrize("name", sorted(CORRUPTIONS))
def test_corrupted_faq_gives_one_clean_line_with_file_and_line(faq_dir, name):
    text, line, words = CORRUPTIONS[name]
    write(faq_dir, "faq.yaml", text)
    (faq_dir / "tests.yaml").unlink()
    errors = errors_for(faq_dir)
    assert errors, name
    shown = str(faq_dir / "faq.yaml")
    matching = [e for e in errors if words in e]
    assert matching, f"{name}: no message mentions {words!r}: {errors}"
    first = matching[0]
    assert first.startswith(shown + (f":{line}:" if line else ":")), f"{name}: {first}"
    assert "Traceback" not in first and "\n" not in first


def test_huge_file_is_refused_before_parsing(faq_dir):
    write(faq_dir, "faq.yaml", "# " + "x" * 2_000_000 + "\n")
    errors = errors_for(faq_dir)
    assert any("too large" in e for e in errors)


def test_all_problems_are_listed_at_once(faq_dir):
    broken = ENTRY.replace("related: [what-is-ppd]", "related: [nowhere]").replace("id: what-is-ppd", "id: baby-blues")
    write(faq_dir, "faq.yaml", broken)
    errors = errors_for(faq_dir)
    assert any("not an entry id" in e for e in errors) and any("used twice" in e for e in errors)


def test_crisis_file_needs_at_least_one_contact(faq_dir):
    write(faq_dir, "crisis.yaml", "message: We are here for you.\ncontacts: []\n")
    errors = errors_for(faq_dir)
    assert any(re.search(r"crisis\.yaml:2: 'contacts' must list at least one", e) for e in errors), errors


@pytest.mark.parametrize("text", ["", "# all gone\n", "message: hi\n", "contacts:\n  - name: 988\n"])
def test_missing_or_empty_crisis_file_is_refused(faq_dir, text):
    write(faq_dir, "crisis.yaml", text)
    assert any("crisis.yaml" in e for e in errors_for(faq_dir))


def test_crisis_file_removed_is_refused(faq_dir):
    (faq_dir / "crisis.yaml").unlink()
    assert any("crisis.yaml: is missing" in e for e in errors_for(faq_dir))


def test_staff_test_naming_an_unknown_entry(faq_dir):
    write(faq_dir, "tests.yaml", "- question: how fast does it work\n  expect: how-fasst\n")
    errors = errors_for(faq_dir)
    assert any("tests.yaml:1:" in e and "did you mean 'how-fast'" in e for e in errors), errors


def test_synonyms_must_map_to_lists(faq_dir):
    write(faq_dir, "synonyms.yaml", "cesarean: [c-section]\nppd: 12\n")
    errors = errors_for(faq_dir)
    assert any(re.search(r"synonyms\.yaml:2: 'ppd' should be followed by a list", e) for e in errors), errors


def test_source_clinic_is_accepted_for_facts_staff_add(faq_dir):
    write(faq_dir, "faq.yaml", ENTRY.replace("source: 000_f9ebd24fa5026a5e.txt", "source: clinic"))
    (faq_dir / "tests.yaml").unlink()
    assert load_knowledge(faq_dir).entry("what-is-ppd").source == "clinic"


def test_the_shipped_faq_names_only_the_clinic_documents():
    from bot.core.knowledge import CLINIC_SOURCE, DOCUMENTS

    assert {e.source for e in load_knowledge(SHIPPED_FAQ).entries} <= {*DOCUMENTS, CLINIC_SOURCE}


@pytest.mark.parametrize("markup", ["<b>free</b>", "*free*", "**free**", "_free_", "[our site](https://example.com)"])
def test_html_or_markdown_in_an_answer_is_a_warning_naming_the_line(faq_dir, markup):
    write(faq_dir, "faq.yaml", ENTRY.replace("is a form of depression", f"is a {markup} form of depression"))
    (faq_dir / "tests.yaml").unlink()
    knowledge = load_knowledge(faq_dir)  # loads: a warning, not an error
    [warning] = [str(w) for w in knowledge.warnings if "plain text" in w.message]
    assert warning.startswith(f"{faq_dir / 'faq.yaml'}:15: entry 'what-is-ppd'") and markup[:3] in warning


@pytest.mark.parametrize("text", ["Call us at 480-555-0100 < 5 min from I-60.", "Fees & parking, ask the front desk.",
                                  "A 2*3 grid", "snake_case_words and file_name.txt", "Use 2 - 3 times"])
def test_plain_answers_with_symbols_get_no_markup_warning(faq_dir, text):
    write(faq_dir, "faq.yaml", ENTRY.replace("Postpartum depression is a form of depression after childbirth.", text))
    (faq_dir / "tests.yaml").unlink()
    assert not [w for w in load_knowledge(faq_dir).warnings if "plain text" in w.message]


# --- Spanish -------------------------------------------------------------------------------------

_NUMBER = re.compile(r"\d[\d,.-]*\d|\d")


def test_every_shipped_entry_has_a_spanish_title_and_answer_with_the_same_figures():
    knowledge = load_knowledge(SHIPPED_FAQ)
    crisis_numbers = {"988", "911", "2"}  # the Spanish crisis line advice ("press 2")
    for entry in knowledge.entries:
        assert entry.answer_es and entry.title_es, entry.id
        assert entry.answer_for("es") == entry.answer_es and entry.title_for("es") == entry.title_es
        assert entry.answer_for("en") == entry.answer and entry.title_for("en") == entry.title
        english, spanish = set(_NUMBER.findall(entry.answer)), set(_NUMBER.findall(entry.answer_es))
        assert english <= spanish, entry.id  # no figure lost (654 women, two days, 988...)
        assert spanish <= english | crisis_numbers, entry.id  # and none added
        assert len(entry.title_es) < 60


def test_every_shipped_message_and_topic_has_a_spanish_twin():
    knowledge = load_knowledge(SHIPPED_FAQ)
    english, spanish = knowledge.texts("en"), knowledge.texts("es")
    for name in MESSAGE_FIELDS:
        assert getattr(spanish, name) != getattr(english, name), name
    assert "988" in english.concern and "988" in spanish.concern
    assert spanish.no_spanish_answer and "\n" not in spanish.no_spanish_answer
    assert knowledge.messages is english  # the old attribute still works
    assert {knowledge.topic_for(e.topic, "es") for e in knowledge.entries} == {
        "Depresión posparto", "Terapia con ketamina", "Información práctica"}


def test_crisis_blocks_put_988_and_911_in_their_first_line():
    from bot.core.responder import Responder

    knowledge = load_knowledge(SHIPPED_FAQ)
    for lang in ("en", "es"):
        first_line = Responder(knowledge).crisis_text_for(lang).splitlines()[0]
        assert "988" in first_line[:120] and "911" in first_line, lang
    spanish = " | ".join(c.how for c in knowledge.crisis_for("es").contacts)
    order = [spanish.index(marker) for marker in ("AYUDA al 988", "1-833-TLC-MAMA", "AYUDA al 741741", "911")]
    assert order == sorted(order) and "español" in spanish
    assert knowledge.crisis is not None and knowledge.crisis_for("en").contacts == knowledge.crisis.contacts


def test_a_missing_spanish_text_falls_back_to_english(faq_dir):
    text = (faq_dir / "messages.yaml").read_text(encoding="utf-8")
    write(faq_dir, "messages.yaml", re.sub(r"\nfallback_es: \|\n  [^\n]*\n", "\n", text))
    faq = (faq_dir / "faq.yaml").read_text(encoding="utf-8")
    write(faq_dir, "faq.yaml", re.sub(r"(- id: breastfeeding\n(?:.*\n)*?)  answer_es: \|\n    [^\n]*\n", r"\1", faq, count=1))
    knowledge = load_knowledge(faq_dir)
    assert knowledge.texts("es").fallback == knowledge.texts("en").fallback
    assert knowledge.texts("es").greeting.startswith("Hola")
    entry = knowledge.entry("breastfeeding")
    assert not entry.has_answer_in("es") and entry.answer_for("es") == entry.answer
    assert entry.title_for("es") == "Ketamina y lactancia"  # the title is still Spanish
    (missing,) = knowledge.spanish_missing
    assert missing.entry_id == "breastfeeding" and str(missing).startswith(f"{faq_dir / 'faq.yaml'}:")


def test_spanish_fields_are_checked_like_english_ones(faq_dir):
    faq = (faq_dir / "faq.yaml").read_text(encoding="utf-8")
    write(faq_dir, "faq.yaml", faq.replace("  es_reviewed: false\n", "  es_reviewed: maybe\n", 1)
          .replace("  title_es: Ketamina y lactancia\n", "  title_es: " + "Ketamina " * 10 + "\n"))
    problems = errors_for(faq_dir)
    assert any("'es_reviewed' should be true or false" in p and "what-is-ppd" in p for p in problems), problems
    assert any("'title_es' is 89 characters" in p and "breastfeeding" in p for p in problems), problems
    write(faq_dir, "faq.yaml", faq.replace("  answer_es: |", "  anwser_es: |", 1))
    assert any("unknown field 'anwser_es' (did you mean 'answer_es'?)" in p for p in errors_for(faq_dir))


def test_spanish_crisis_block_needs_both_message_and_contacts(faq_dir):
    crisis = (faq_dir / "crisis.yaml").read_text(encoding="utf-8")
    write(faq_dir, "crisis.yaml", re.sub(r"contacts_es:.*?\nes_reviewed", "es_reviewed", crisis, flags=re.S))
    assert any("'contacts_es' is missing" in p for p in errors_for(faq_dir))
    write(faq_dir, "crisis.yaml", re.sub(r"message_es: \|\n(  .*\n)+", "", crisis))
    assert any("'message_es' is missing" in p for p in errors_for(faq_dir))
    write(faq_dir, "crisis.yaml", re.sub(r"message_es: \|\n(  .*\n)+", "", re.sub(r"contacts_es:.*?\nes_reviewed", "es_reviewed", crisis, flags=re.S)))
    knowledge = load_knowledge(faq_dir)  # no Spanish block at all: Spanish speakers get the English one
    assert knowledge.crisis_for("es").message == knowledge.crisis_for("en").message


def test_reviewing_spanish_texts_removes_them_from_the_pending_list(faq_dir):
    before = load_knowledge(faq_dir).spanish_unreviewed
    for name in ("faq.yaml", "messages.yaml", "crisis.yaml"):
        text = (faq_dir / name).read_text(encoding="utf-8")
        write(faq_dir, name, text.replace("es_reviewed: false", "es_reviewed: true"))
    assert len(before) > 20 and load_knowledge(faq_dir).spanish_unreviewed == ()


# --- what Telegram shows about the bot: the "/" menu, the description, the profile line ------------


def _line_of(faq_dir: Path, name: str, text: str) -> int:
    """The line number of the first line of messages.yaml that starts with `text`."""
    lines = (faq_dir / name).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith(text))


def test_the_menu_and_descriptions_come_from_messages_yaml(faq_dir):
    knowledge = load_knowledge(faq_dir)
    english, spanish = knowledge.texts("en"), knowledge.texts("es")
    assert [name for name, _ in english.commands] == ["start", "topics", "crisis", "help", "human", "privacy", "forget", "language"]
    assert [name for name, _ in spanish.commands] == ["start", "topics", "crisis", "help", "human", "privacy", "forget", "idioma"]
    assert dict(spanish.commands)["idioma"] == "Elegir español o inglés"
    assert all(s != e for (_, s), (_, e) in zip(spanish.commands, english.commands))
    assert len(english.bot_about) <= 120 and "988" in english.bot_about and "988" in spanish.bot_about
    assert len(spanish.bot_description) <= 512 and "no es un consejo médico" in spanish.bot_description


@pytest.mark.parametrize("old, new, line_starts, problem", [
    ("  topics: Browse the questions by topic\n", "", "commands:", "commands: 'topics' is missing"),
    ("  topics: Browse the questions by topic\n", "  topcis: Browse the questions by topic\n", "  topcis:",
     "commands: unknown command 'topcis' (did you mean 'topics'?)"),
    ("  idioma: Elegir español o inglés\n", "  language: Elegir español o inglés\n", "  language: Elegir",
     "commands_es: unknown command 'language'"),
    ("  crisis: Crisis contacts, right now\n", "  crisis: Go\n", "  crisis: Go", "the text for 'crisis' is 2 characters; Telegram needs 3 to 256"),
    ("  help: Cómo usar este asistente\n", "  help: " + "muy " * 70 + "\n", "  help: muy", "the text for 'help' is 279 characters"),
    ("  Automated answers about", "  Quick and automated answers about", "bot_about:", "'bot_about' is 129 characters; Telegram shows at most 120"),
    ("  El asistente automático", "  El asistente automático" * 30, "bot_description_es:", "'bot_description_es' is 1048 characters; Telegram shows at most 512"),
])
def test_a_broken_menu_or_description_names_its_file_and_line(faq_dir, old, new, line_starts, problem):
    text = (faq_dir / "messages.yaml").read_text(encoding="utf-8")
    assert old in text
    write(faq_dir, "messages.yaml", text.replace(old, new, 1))
    line = _line_of(faq_dir, "messages.yaml", line_starts)
    assert any(p.startswith(f"{faq_dir / 'messages.yaml'}:{line}: ") and problem in p for p in errors_for(faq_dir)), (line, errors_for(faq_dir))


@pytest.mark.parametrize("deleted", ["bot_description", "bot_about", "commands"])
def test_a_deleted_menu_or_description_is_named(faq_dir, deleted):
    text = (faq_dir / "messages.yaml").read_text(encoding="utf-8")
    write(faq_dir, "messages.yaml", re.sub(rf"\n{deleted}:[^\n]*\n(  [^\n]*\n)+", "\n", text))
    assert any(f"'{deleted}' is missing" in p and "messages.yaml" in p for p in errors_for(faq_dir))


def test_a_missing_spanish_menu_text_shows_the_english_one(faq_dir):
    text = (faq_dir / "messages.yaml").read_text(encoding="utf-8")
    write(faq_dir, "messages.yaml", text.replace("  idioma: Elegir español o inglés\n", "").replace("  topics: Ver las preguntas por tema\n", ""))
    spanish = dict(load_knowledge(faq_dir).texts("es").commands)
    assert spanish["idioma"] == "Choose English or Spanish" and spanish["topics"] == "Browse the questions by topic"
    assert spanish["crisis"] == "Contactos de crisis, ahora mismo" and "language" not in spanish
