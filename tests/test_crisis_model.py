"""The learned second opinion (bot/core/crisis_model.py): it adds the gentle check-in for wording the
patterns and concepts do not read, never takes a verdict away, and is trained on what the repo holds."""

from __future__ import annotations

import json
import logging

import yaml

from bot.core.concepts import Tier
from bot.core.crisis_model import MODEL_PATH, SILENT, load_model
from bot.core.safety import CrisisDetector, detect_crisis
from tests.train_crisis_model import digest, examples, question_files

# Written for this test, in words no pattern or concept of ours reads: a crisis only the model sees.
ONLY_THE_MODEL_READS = [
    "i keep picturing the water closing over me and it feels peaceful",
    "i have been holding my breath underwater in the bath to see how long",
]


def test_the_shipped_model_was_trained_on_the_labelled_sets_and_lexicon_in_this_repo():
    """Add a batch or change the concept lexicon, then run `python -m tests.train_crisis_model`."""
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert shipped["trained_on"] == digest(), "run: python -m tests.train_crisis_model"


def test_wording_only_the_model_reads_gets_the_check_in_not_the_full_block():
    for text in ONLY_THE_MODEL_READS:
        verdict = detect_crisis(text)
        assert verdict.tier is Tier.CONCERN and verdict.kinds == ("model",), (text, verdict)
        assert verdict.risk  # the chat's next messages are read primed


def test_the_model_never_lowers_a_verdict_and_stays_quiet_on_everyday_messages():
    assert detect_crisis("i want to kill myself").tier is Tier.CRISIS
    for text in ["the baby cried all night and i cried too, so tired", "i dropped my phone in the bath lol",
                 "how long is the infusion and can my husband drive me home"]:
        assert detect_crisis(text).tier is Tier.NONE, text


def test_the_model_gives_no_check_in_on_any_labelled_faq_question():
    quiet = [item["text"] for path in question_files() for item in yaml.safe_load(path.read_text(encoding="utf-8"))
             if item.get("crisis") is False]
    flagged = [t for t in quiet if CrisisDetector().check(t).kinds == ("model",)]
    assert len(quiet) > 2000 and not flagged, flagged


def test_training_reads_crisis_messages_as_positives_and_questions_as_negatives():
    labelled = examples()
    assert sum(label for _, label in labelled) > 1500
    assert sum(1 - label for _, label in labelled) > 4000


def test_an_unreadable_model_file_leaves_the_patterns_running(tmp_path, caplog):
    broken = tmp_path / "crisis_model.json"
    broken.write_text('{"weights": [1, 2', encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        assert load_model(broken) is SILENT
    assert "could not be read" in caplog.text
    assert not SILENT.concerned({"w:die", "c:means"})
    assert detect_crisis("i want to kill myself").is_crisis
