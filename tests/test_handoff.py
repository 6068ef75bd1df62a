"""The hand-off decisions (bot/core/handoff.py): office hours with the time passed in, labels,
texts, alerts. The record is tested in test_handoff_store.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from bot.core import handoff as core
from bot.core.knowledge import FaqInvalid, load_knowledge
from bot.store import hash_user
from tests.paths import SHIPPED_FAQ

CONFIG = load_knowledge(SHIPPED_FAQ).messages.handoff  # the shipped wording and office hours
# Arizona is UTC-7 all year.
TUESDAY_10AM = datetime(2025, 6, 3, 17, 0, tzinfo=UTC)
TUESDAY_3AM = datetime(2025, 6, 3, 10, 0, tzinfo=UTC)
FRIDAY_6PM = datetime(2025, 6, 7, 1, 0, tzinfo=UTC)
NOW = datetime(2025, 6, 10, 12, 0, tzinfo=UTC)


def test_shipped_messages_carry_every_handoff_text_and_spanish_for_the_patient():
    shipped = load_knowledge(SHIPPED_FAQ).messages.handoff
    spanish = shipped.for_lang("es").texts
    differs = {name for name in core.TEXT_FIELDS if getattr(spanish, name) != getattr(shipped.texts, name)}
    assert differs == set(core.PATIENT_FIELDS), "every patient text has its Spanish twin"
    assert shipped.for_lang("es").texts.staff_question == shipped.texts.staff_question, "staff read English"


def test_spanish_patients_are_told_the_hours_in_spanish():
    spanish = load_knowledge(SHIPPED_FAQ).messages.handoff.for_lang("es")
    assert "cuando abra (el martes a las 9:00 AM, hora de Arizona)" in core.receipt(spanish, TUESDAY_3AM)
    assert "(de lunes a viernes, de 9:00 AM a 5:00 PM, hora de Arizona)" in core.receipt(spanish, TUESDAY_10AM)
    assert "911" in core.receipt(spanish, TUESDAY_3AM) and "988" in core.receipt(spanish, TUESDAY_3AM)


def test_during_office_hours_the_patient_is_told_the_hours():
    text = core.receipt(CONFIG, TUESDAY_10AM)
    assert "office hours (Monday to Friday, 9:00 AM to 5:00 PM Arizona time)" in text
    assert "988" in text and "911" in text


def test_at_3am_the_patient_is_told_when_the_office_opens():
    assert "when it opens (Tuesday at 9:00 AM Arizona time)" in core.receipt(CONFIG, TUESDAY_3AM)


def test_on_friday_evening_the_office_opens_on_monday():
    assert "(Monday at 9:00 AM Arizona time)" in core.receipt(CONFIG, FRIDAY_6PM)


def test_staff_time_is_in_the_clinic_time_zone():
    assert core.stamp(CONFIG, TUESDAY_3AM) == "Tue 3 Jun, 3:00 AM Arizona time"


def test_labels_are_short_codes_that_tell_patients_apart_and_name_no_one():
    first, second = hash_user(1001, b"salt"), hash_user(1002, b"salt")
    assert core.patient_label(first) != core.patient_label(second)
    assert core.patient_label(first) == core.patient_label(first)
    assert "1001" not in core.patient_label(first)


def test_alert_says_who_when_and_tier_but_no_words():
    text = core.alert_text(CONFIG, "Patient ABC123", "concern", TUESDAY_3AM)
    assert "Patient ABC123" in text and "3:00 AM" in text and "check-in" in text
    with pytest.raises(ValueError):
        core.alert_text(CONFIG, "Patient ABC123", "mild", TUESDAY_3AM)


def test_one_alert_per_patient_per_quiet_period():
    assert core.alert_due(None, NOW)
    assert not core.alert_due(NOW - timedelta(minutes=3), NOW)
    assert core.alert_due(NOW - timedelta(minutes=30), NOW)


@pytest.mark.parametrize("text", ["can I talk to a real person", "I want to speak to someone", "is there a human I can chat with",
                                  "quiero hablar con una persona", "can I call the nurse"])
def test_asking_for_a_person_is_recognised(text):
    assert core.wants_person(text)


@pytest.mark.parametrize("text", ["how fast does ketamine work", "what should I tell my partner", "can someone drive me home"])
def test_ordinary_questions_do_not_ask_for_a_person(text):
    assert not core.wants_person(text)


def _write_handoff(faq_dir: Path, **changes) -> None:
    path = faq_dir / "messages.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if "handoff_es" in changes:
        data["handoff_es"].update(changes.pop("handoff_es"))
    data["handoff"].update(changes)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


@pytest.mark.parametrize("section, key", [("handoff", "warm"), ("handoff", "office_hours"), ("handoff", "staff_how")])
def test_a_deleted_handoff_text_is_named_not_silently_replaced(faq_dir, section, key):
    """The wording lives in one place, messages.yaml: a text deleted by mistake is an error that
    names it, not a built-in sentence staff never see."""
    path = faq_dir / "messages.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    del data[section][key]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(FaqInvalid) as caught:
        load_knowledge(faq_dir)
    assert f"handoff: '{key}' is missing" in str(caught.value) and "messages.yaml" in str(caught.value)


def test_a_missing_spanish_handoff_text_falls_back_to_english(faq_dir):
    path = faq_dir / "messages.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    del data["handoff_es"]["declined"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    config = load_knowledge(faq_dir).messages.handoff
    assert config.for_lang("es").texts.declined == config.texts.declined


def test_staff_edits_to_texts_and_hours_are_used(faq_dir):
    _write_handoff(faq_dir, sent_open="We got it ({hours}).",
                   office_hours={"time_zone": "America/Phoenix", "zone_name": "AZ", "days": ["sat"], "opens": "10:00", "closes": "12:00"})
    config = load_knowledge(faq_dir).messages.handoff
    saturday_11am = datetime(2025, 6, 7, 18, 0, tzinfo=UTC)
    assert core.receipt(config, saturday_11am).startswith("We got it (Saturday, 10:00 AM to 12:00 PM AZ).")


@pytest.mark.parametrize("changes, problem", [
    ({"handoff_es": {"staff_question": "{label} preguntó"}}, "is read by staff, in English"),
    ({"handoff_es": {"warm": "Hola {nombre}"}}, "handoff_es: 'warm' uses {nombre}"),
    ({"sent_open": "Thanks {name}"}, "uses {name}"),
    ({"warm": ""}, "'warm' should be a text"),
    ({"greeting": "hi"}, "unknown field 'greeting'"),
    ({"office_hours": {"time_zone": "Mars/Base", "days": ["mon"], "opens": "09:00", "closes": "17:00"}}, "unknown time_zone"),
    ({"office_hours": {"time_zone": "America/Phoenix", "days": ["mon"], "opens": "17:00", "closes": "09:00"}}, "opens first"),
])
def test_broken_handoff_texts_are_refused_with_a_plain_reason(faq_dir, changes, problem):
    _write_handoff(faq_dir, **changes)
    with pytest.raises(FaqInvalid) as caught:
        load_knowledge(faq_dir)
    assert problem in str(caught.value) and "messages.yaml" in str(caught.value)
