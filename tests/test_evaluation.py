"""Scoring on labelled sets, and the blind batches kept as regression sets."""

from __future__ import annotations

import pytest
import yaml

from bot.core.knowledge import load_knowledge
from bot.core.responder import Responder
from bot.staff.evaluation import cut_phrasings, evaluate_questions
from tests.paths import DATA, SHIPPED_FAQ
from tests.test_cli import faqbot


def test_cut_phrasings_keeps_the_first_n_of_every_entry():
    knowledge = load_knowledge(SHIPPED_FAQ)
    cut = cut_phrasings(knowledge, 5)
    assert all(c.questions == e.questions[:5] for c, e in zip(cut.entries, knowledge.entries))
    assert cut.entry("breastfeeding").questions == knowledge.entry("breastfeeding").questions[:5]
    assert cut.not_covered == knowledge.not_covered and cut.synonyms == knowledge.synonyms


def test_eval_phrasings_option_changes_the_figures():
    full = faqbot("eval", "tests/data/questions_b1.yaml")
    cut = faqbot("eval", "--phrasings", "2", "tests/data/questions_b1.yaml")
    assert "first 2 phrasings" in cut.stdout and "first" not in full.stdout.splitlines()[0]
    right = [line for line in (full.stdout + cut.stdout).splitlines() if "in-scope answered right" in line]
    assert len(right) == 2 and right[0] != right[1]


def test_eval_phrasings_must_be_positive():
    result = faqbot("eval", "--phrasings", "0", "tests/data/questions_b1.yaml")
    assert result.returncode == 2 and "--phrasings" in result.stderr


def _figures(name: str, phrasings: int | None = None):
    knowledge = load_knowledge(SHIPPED_FAQ)
    if phrasings:
        knowledge = cut_phrasings(knowledge, phrasings)
    items = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    figures = evaluate_questions(Responder(knowledge), items)
    return (figures.in_scope_right / figures.in_scope, figures.wrong / figures.total,
            figures.out_of_scope_held / figures.out_of_scope, figures.failures)


# Floors at what the matcher reached after round 5 (thresholds chosen on b1..b5 together, favouring
# fewer wrong answers). The targets are higher (90% right, <= 3% wrong, 90% held back; 85/3 with
# five phrasings; Spanish 85/3/85) and are not all met yet: these floors stop a change from losing ground,
# they do not claim the targets. One floor was lowered in round 4: a larger share for the aspect asked
# (0.15 -> 0.2) cost b2 one right answer (86.3% -> 85.6%) and cut wrong answers in Spanish on b1, b2 and b3.
# Round 5's batches sit below the issue's 3% wrong-answer ceiling only in Spanish and with five phrasings;
# their floors are the figures reached, wrong answers included. The Spanish floors rose in round 7 with
# Spanish verb forms (infinitive behind 'dio', 'darle'), more function words and 'son'/'como una' read the Spanish way.
# Round 10 (matcher10) raised the floors its changes raised: frames read what a question is about (what causes,
# side effects of what, what starts, which things are safe, asking the clinic for something, where to find it, when
# one may do something), a word only a not-covered topic knows, a question read whole with its story, word senses.
# They rose again after round 10 (all Spanish sets, to the figures reached): other forms of function verbs
# ('tomando', 'daban'), chat 'k' for 'qu', the possessive 'mi', Spanish phrase equivalences in synonyms.yaml,
# and Spanish chat questions ('xq', 'q tan', 'por que') counted as asking under the check-in.
# Spanish round 11 raised es_b1, b5, b8, b9 and b11: Spanish forms in the aspect cues and frames (onset without
# an auxiliary, 'qué es la X' and a greeting before 'qué es', 'es segura la X', articles not counted in a slot),
# 'noche' read as 'night' (a baby's nights are baby care), not 'evening', and 'melancolía' after birth as the baby blues.
# Matcher round 12 raised the floors of the sets it improved (to the figures reached): manner fillers ('in plain
# english', 'medically speaking'), a start timed from the birth read as onset, 'typical'/'conventional'/'usual' read
# as 'standard', results/benefit/improvement read as relief, 'receive' as given, accent-folded part splitting, a thin
# follow-on part no longer handed to a related entry, and 'tell X apart from Y' read as the difference.
# Matcher round 13 raised b1, b5, b6, b8 and b13 likewise: 'what sets X apart from Y' read as the difference, a part
# asking about 'them' left to the whole message, possessives read as their owner, 'acts on' as works, 'relieve' as
# relief, 'describe' and 'actual' as filler words, 'ppl' as people, 'scientifically' as the science; a word only a
# not-covered topic knows, when it is what the question asks for ('what dose'), holds back from further behind;
# 'eat' reads as appetite and 'snap' as irritable, as 'eating' and 'snapping' did (b2, b10 with five phrasings).
# Spanish round 13 raised es_b2, b5, b6, b11-b15: named health conditions the FAQ never speaks of held back, 'luego luego' = soon, intensifiers dropped.
# five15 raised b1, b4, b8 (full) and b11 (five): common words the entry lacks count less in coverage.
# five14 raised the five-phrasing floors of b2, b3, b4, b5, b6, b8, b10, b12, b13, b14: a young entry's score is read higher against the answer thresholds.
# matcher15 raised the floors its frames and guards improved (the baby's own needs, the treatment's form,
# what raises the risk, the untreated course, the exact address, legality, a nurse as care staff).
# matcher16 raised the floors its aspect cues and guards improved (a meaning asked, the asking sentence over the story, a lowered risk, 'who' asked).
# matcher19 raised b19's floors: a bare 'what is that' reads the term the message names, 'or' after 'only' joins one question, role phrases ('asking as her husband'), 'stay working', 'set something up'.
# five16 raised the floors its vocabulary raised ('normally treated', relatives and 'meant' as filler words, 'dep', 'y'all', 'in the long run', 'a band-aid' as a fix...).
@pytest.mark.parametrize("name, phrasings, right, wrong, held", [
    ("questions_b1.yaml", None, 0.888, 0.016, 1.0),
    ("questions_b1.yaml", 5, 0.745, 0.021, 1.000),
    ("questions_es_b1.yaml", None, 0.968, 0.016, 0.968),
    ("questions_b2.yaml", None, 0.875, 0.016, 1.000),  # 0.86 before the aspect weight rose to 0.2 (see above)
    ("questions_b2.yaml", 5, 0.764, 0.011, 1.000),  # matcher16
    ("questions_es_b2.yaml", None, 0.915, 0.008, 1.000),  # spanish13
    ("questions_b3.yaml", None, 0.865, 0.000, 1.000),
    ("questions_b3.yaml", 5, 0.716, 0.016, 1.000),
    ("questions_es_b3.yaml", None, 0.87, 0.0, 1.0),  # 0.88 with the Spanish round alone; matcher10 holds back one pregnancy question
    ("questions_b4.yaml", None, 0.834, 0.017, 1.000),  # matcher16
    ("questions_b4.yaml", 5, 0.729, 0.023, 1.0),
    ("questions_es_b4.yaml", None, 0.885, 0.016, 1.0),  # spanish12
    ("questions_b5.yaml", None, 0.885, 0.011, 0.980),
    ("questions_b5.yaml", 5, 0.814, 0.006, 0.980),  # matcher14: 0.793 / 0.011 / 0.960
    ("questions_es_b5.yaml", None, 0.908, 0.008, 1.000),  # spanish13
    # Round 6: first-pass figures 80.0 / 3.2 / 96.1 (67.4 / 2.2 with five phrasings); floors raised after the
    # matcher learned to discount story words and read 'pp', 'wat' (matcher7).
    ("questions_b6.yaml", None, 0.859, 0.011, 1.0),
    ("questions_b6.yaml", 5, 0.762, 0.011, 0.98),  # matcher16
    ("questions_es_b6.yaml", None, 0.989, 0.0, 1.0),  # spanish13
    # Round 7: scored once, blind, before round 7's changes; its first-pass figures are the floors.
    ("questions_b7.yaml", None, 0.814, 0.022, 1.000),  # wrong 13 -> 10 with named drugs/drinks (matcher9), -> 5 (matcher11)
    ("questions_b7.yaml", 5, 0.642, 0.022, 1.000),
    ("questions_es_b7.yaml", None, 0.915, 0.0, 1.0),  # 0.915 again with Spanish round 11 (melancolía)
    # Rounds 8 and 9: scored once, blind, after round 8's changes; first-pass figures are the floors.
    ("questions_b8.yaml", None, 0.785, 0.022, 0.960),
    ("questions_b8.yaml", 5, 0.592, 0.016, 0.980),
    ("questions_es_b8.yaml", None, 0.884, 0.008, 1.000),  # spanish12 raised it to 0.894; 84/95 since five27 made "recibir" a stopword (+14 right in five-phrasing Spanish, +3 right and 3 fewer wrong with the full FAQ over all sets; this one question is held back by 0.05). First pass 0.737
    ("questions_b9.yaml", None, 0.854, 0.055, 0.961),
    ("questions_b9.yaml", 5, 0.701, 0.025, 1.000),
    ("questions_es_b9.yaml", None, 0.915, 0.008, 1.0),  # spanish12
    # Round 10: scored once, blind, on round 9's code; first-pass figures are the floors.
    ("questions_b10.yaml", None, 0.865, 0.018, 1.0),  # matcher14: 0.860 / 0.017 / 1.0
    ("questions_b10.yaml", 5, 0.747, 0.013, 1.000),  # matcher16
    ("questions_es_b10.yaml", None, 0.929, 0.007, 1.000),
    # Round 11: scored once, blind, on round 10's matcher and Spanish; first-pass figures are the floors.
    ("questions_b11.yaml", None, 0.877, 0.014, 0.964),  # matcher16; first pass 0.865 / 0.044 / 0.857; matcher11: drinks, supplements, figures, places
    ("questions_b11.yaml", 5, 0.713, 0.018, 0.982),  # matcher16; first pass 0.655 / 0.048 / 0.892, likewise
    ("questions_es_b11.yaml", None, 0.901, 0.0, 1.0),  # spanish13
    # Round 12: scored once, blind, on round 11's matcher and Spanish; first-pass figures are the floors.
    ("questions_b12.yaml", None, 0.888, 0.018, 0.947),  # first pass 0.859 / 0.031 / 0.930; matcher12
    ("questions_b12.yaml", 5, 0.770, 0.027, 0.964),  # first pass 0.735 / 0.026 / 0.965
    ("questions_es_b12.yaml", None, 0.876, 0.014, 1.0),  # spanish13
    # Round 13: Spanish scored once, blind, on round 11's matcher and Spanish (first pass 87.6 / 4.1 / 90.6);
    # English scored once, blind, on round 12's matcher (first pass 80.7 / 2.6 / 98.2; five phrasings 67.3 / 3.1).
    ("questions_b13.yaml", None, 0.830, 0.009, 1.0),  # matcher13, matcher16
    ("questions_b13.yaml", 5, 0.701, 0.023, 0.982),
    ("questions_es_b13.yaml", None, 0.929, 0.000, 1.000),  # spanish13 (spanish12: figures, places, 'eso', politeness formulas)
    # Round 14: scored once, blind, Spanish on Spanish round 12 (first pass 89.8 / 2.9 / 90.6), English on
    # matcher round 13 (first pass 88.8 / 1.8 / 94.1; five phrasings 75.9 / 3.6 / 96.1).
    ("questions_b14.yaml", None, 0.894, 0.014, 0.960),
    ("questions_b14.yaml", 5, 0.782, 0.028, 0.980),
    ("questions_es_b14.yaml", None, 0.925, 0.015, 0.937),  # spanish13
    # Round 15: scored once, blind, on matcher round 13 and Spanish round 12 (English first pass 91.8 / 4.0 / 87.5,
    # five phrasings 74.3 / 2.6 / 96.4; Spanish 92.1 / 1.4 / 94.1); first-pass figures are the floors.
    ("questions_b15.yaml", None, 0.923, 0.023, 0.928),  # matcher14: offer frame, crisis question pointing back
    ("questions_b15.yaml", 5, 0.766, 0.027, 0.964),
    ("questions_es_b15.yaml", None, 0.938, 0.0, 1.0),  # spanish13
    # Round 16: scored once, blind, on matcher round 14 and Spanish round 13 (English first pass 92.4 / 5.2 / 87.9,
    # five phrasings 82.5 / 5.2 / 91.4; Spanish 92.1 / 2.7 / 93.9); first-pass figures are the floors.
    ("questions_b16.yaml", None, 0.929, 0.014, 0.982),
    ("questions_b16.yaml", 5, 0.824, 0.040, 0.948),
    ("questions_es_b16.yaml", None, 0.921, 0.000, 1.000),
    # Round 17: scored once, blind, on matcher round 15 (English first pass 84.2 / 2.6 / 98.2, five phrasings
    # 76.0 / 2.2 / 100; Spanish 87.7 / 2.7 / 93.9); first-pass figures are the floors.
    ("questions_b17.yaml", None, 0.883, 0.005, 1.000),  # matcher16
    ("questions_b17.yaml", 5, 0.783, 0.018, 1.0),  # matcher16
    ("questions_es_b17.yaml", None, 0.877, 0.028, 0.939),
    # Round 18: scored once, blind, on matcher round 16 and five16's vocabulary (English first pass 86.0 / 3.9 / 91.2,
    # five phrasings 74.9 / 3.1 / 98.2; Spanish 85.1 / 3.4 / 93.9); first-pass figures are the floors.
    ("questions_b18.yaml", None, 0.859, 0.04, 0.912),
    ("questions_b18.yaml", 5, 0.748, 0.031, 0.982),
    ("questions_es_b18.yaml", None, 0.85, 0.035, 0.939),
    # Round 19: scored once, blind, on the code that closed round 18 (English first pass 87.1 / 2.2 / 98.2, five
    # phrasings 74.3 / 2.2 / 100; Spanish 88.0 / 2.1 / 100); first-pass figures are the floors.
    ("questions_b19.yaml", None, 0.929, 0.009, 0.982),
    ("questions_b19.yaml", 5, 0.783, 0.018, 1.0),
    ("questions_es_b19.yaml", None, 0.944, 0.0, 1.0),  # spanish19
    # Round 20: scored once, blind, on the code that closed round 19 (English first pass 87.1 / 3.1 / 94.7, five
    # phrasings 74.9 / 3.1 / 93.0; Spanish 96.5 / 1.4 / 94.1); first-pass figures are the floors.
    ("questions_b20.yaml", None, 0.923, 0.009, 0.964),
    ("questions_b20.yaml", 5, 0.777, 0.027, 0.929),
    ("questions_es_b20.yaml", None, 0.964, 0.014, 0.941),
    # Round 21: scored once, blind, on the code that closed round 20 (English first pass 88.3 / 2.6 / 94.7, five
    # phrasings 76.0 / 2.6 / 96.5; Spanish 88.6 / 1.4 / 100); first-pass figures are the floors.
    ("questions_b21.yaml", None, 0.923, 0.014, 0.947),
    ("questions_b21.yaml", 5, 0.789, 0.027, 0.964),
    ("questions_es_b21.yaml", None, 0.885, 0.014, 1.0),
    # Round 22: scored once, blind, on the code that closed round 21 (English first pass 91.2 / 0.0 / 100, five
    # phrasings 73.7 / 1.8 / 98.2; Spanish 86.8 / 2.0 / 97.0); first-pass figures are the floors.
    ("questions_b22.yaml", None, 0.912, 0.0, 1.0),
    ("questions_b22.yaml", 5, 0.736, 0.018, 0.982),
    ("questions_es_b22.yaml", None, 0.868, 0.021, 0.969),
    # Round 23: scored once, blind, on the code that closed round 22 (English first pass 87.0 / 2.3 / 96.6, five
    # phrasings 71.6 / 2.7 / 98.3; Spanish 90.7 / 2.1 / 94.1); first-pass figures are the floors.
    ("questions_b23.yaml", None, 0.870, 0.023, 0.965),
    ("questions_b23.yaml", 5, 0.716, 0.028, 0.982),
    ("questions_es_b23.yaml", None, 0.907, 0.022, 0.941),
    # Round 24: scored once, blind, on the code that closed round 23 (English first pass 90.1 / 1.8 / 96.5, five
    # phrasings 79.5 / 2.6 / 98.2; Spanish 89.5 / 2.7 / 100); first-pass figures are the floors.
    ("questions_b24.yaml", None, 0.900, 0.018, 0.964),
    ("questions_b24.yaml", 5, 0.795, 0.027, 0.982),
    ("questions_es_b24.yaml", None, 0.894, 0.028, 1.0),
    # Round 25: scored once, blind, on the code that closed round 24 (English first pass 94.2 / 2.2 / 94.7, five
    # phrasings 82.5 / 1.3 / 98.2; Spanish 92.1 / 0.7 / 100); first-pass figures are the floors.
    ("questions_b25.yaml", None, 0.941, 0.022, 0.947),
    # (140/171, one less than the first pass's 141: that one, "my sister went through dark thoughts of not
    # wanting to live ... she's ok now. does ketamine help with that", was right only through a false alarm, the
    # sure tier on an information question; it now gets the check-in, and five phrasings hold it back.)
    ("questions_b25.yaml", 5, 0.818, 0.014, 0.982),
    ("questions_es_b25.yaml", None, 0.921, 0.007, 1.0),
    # Round 26: scored once, blind, on the code that closed round 25 and the review (English first pass 95.9 / 0.9 /
    # 98.2, five phrasings 81.9 / 2.6 / 93.0; Spanish 87.7 / 2.0 / 97.0); first-pass figures are the floors.
    ("questions_b26.yaml", None, 0.959, 0.009, 0.982),
    ("questions_b26.yaml", 5, 0.818, 0.027, 0.929),
    ("questions_es_b26.yaml", None, 0.877, 0.021, 0.969),
    # Round 27: scored once, blind, on the code after round 26 (English first pass 94.7 / 1.8 / 94.7, five phrasings
    # 83.6 / 2.2 / 98.2; Spanish 90.4 / 2.0 / 97.0, five phrasings 79.8 / 2.7 / 97.0); first-pass figures are the floors.
    ("questions_b27.yaml", None, 0.947, 0.018, 0.947),
    ("questions_b27.yaml", 5, 0.836, 0.022, 0.982),
    ("questions_es_b27.yaml", None, 0.903, 0.021, 0.969),
    ("questions_es_b27.yaml", 5, 0.798, 0.028, 0.969),
    # Round 28: scored once, blind, on the code after round 27 (English first pass 94.2 / 1.8 / 100, five phrasings
    # 78.4 / 1.3 / 100; Spanish 93.0 / 0.7 / 100, five phrasings 89.5 / 0.0 / 100); first-pass figures are the floors.
    ("questions_b28.yaml", None, 0.941, 0.018, 1.0),
    ("questions_b28.yaml", 5, 0.783, 0.014, 1.0),
    ("questions_es_b28.yaml", None, 0.929, 0.007, 1.0),
    ("questions_es_b28.yaml", 5, 0.894, 0.0, 1.0),
    # Round 29: scored once, blind, on the code that closed round 28 (English first pass 93.6 / 1.8 / 96.5, five
    # phrasings 85.4 / 1.8 / 100; Spanish 91.2 / 0.0 / 100, five phrasings 82.5 / 1.4 / 100); first-pass figures are the floors.
    ("questions_b29.yaml", None, 0.935, 0.018, 0.964),
    ("questions_b29.yaml", 5, 0.853, 0.018, 1.0),
    ("questions_es_b29.yaml", None, 0.912, 0.0, 1.0),
    ("questions_es_b29.yaml", 5, 0.824, 0.014, 1.0),
    # Round 30: scored once, blind, on the code that closed last session (English first pass 95.9 / 1.3 / 96.5, five
    # phrasings 90.6 / 1.8 / 96.5; Spanish 93.9 / 1.4 / 100, five phrasings 92.1 / 0.0 / 100); first-pass figures are the floors.
    ("questions_b30.yaml", None, 0.959, 0.014, 0.964),
    ("questions_b30.yaml", 5, 0.906, 0.018, 0.964),
    ("questions_es_b30.yaml", None, 0.938, 0.014, 1.0),
    ("questions_es_b30.yaml", 5, 0.921, 0.0, 1.0),
    # Round 31: scored once, blind, on the code after round 30 (English first pass 93.0 / 0.4 / 98.2, five
    # phrasings 85.4 / 0.4 / 98.2; Spanish 90.4 / 2.0 / 97.0, five phrasings 80.7 / 0.0 / 100); first-pass figures are the floors.
    ("questions_b31.yaml", None, 0.929, 0.005, 0.982),
    ("questions_b31.yaml", 5, 0.853, 0.005, 0.982),
    ("questions_es_b31.yaml", None, 0.903, 0.021, 0.969),
    ("questions_es_b31.yaml", 5, 0.807, 0.0, 1.0),
    # Round 32: scored once, blind, on the code after round 31 (English first pass 91.8 / 2.2 / 96.5, five
    # phrasings 87.7 / 1.3 / 94.7; Spanish 93.9 / 0.7 / 100, five phrasings 86.8 / 0.7 / 100); first-pass figures are the floors.
    ("questions_b32.yaml", None, 0.918, 0.022, 0.964),
    ("questions_b32.yaml", 5, 0.877, 0.014, 0.947),
    ("questions_es_b32.yaml", None, 0.938, 0.007, 1.0),
    ("questions_es_b32.yaml", 5, 0.868, 0.007, 1.0),
    # Round 33: scored once, blind, on the code that closed last session (English first pass 92.4 / 1.3 / 100, five
    # phrasings 81.3 / 1.8 / 100; Spanish 88.6 / 2.0 / 100, five phrasings 85.1 / 2.0 / 97.0); first-pass figures are the floors.
    ("questions_b33.yaml", None, 0.923, 0.014, 1.0),
    ("questions_b33.yaml", 5, 0.812, 0.018, 1.0),
    ("questions_es_b33.yaml", None, 0.885, 0.021, 1.0),
    ("questions_es_b33.yaml", 5, 0.850, 0.021, 0.969),
    # Round 34: scored once, blind, on the code after round 32 (English first pass 82.5 / 2.6 / 96.4, five
    # phrasings 71.3 / 2.2 / 100; Spanish 91.2 / 3.4 / 97.1, five phrasings 85.1 / 3.4 / 100); first-pass figures are the floors.
    # One question reached the sure tier on that pass ("...must wear off just as fast, right? whats the point").
    ("questions_b34.yaml", None, 0.824, 0.027, 0.964),
    ("questions_b34.yaml", 5, 0.713, 0.023, 1.0),
    ("questions_es_b34.yaml", None, 0.912, 0.034, 0.971),
    ("questions_es_b34.yaml", 5, 0.850, 0.034, 1.0),
    # Round 35: scored once, blind, on the code after round 33 (English first pass 89.5 / 2.2 / 94.7, five
    # phrasings 77.8 / 1.8 / 98.2; Spanish 92.1 / 1.3 / 94.3, five phrasings 87.7 / 1.3 / 94.3); first-pass figures are the floors.
    ("questions_b35.yaml", None, 0.894, 0.022, 0.947),
    ("questions_b35.yaml", 5, 0.777, 0.018, 0.982),
    ("questions_es_b35.yaml", None, 0.921, 0.014, 0.942),
    ("questions_es_b35.yaml", 5, 0.877, 0.014, 0.942),
    # Round 36: scored once, blind, on the code after round 34, the session's final code (English first pass 93.6 / 0.9 /
    # 96.6, five phrasings 81.3 / 0.4 / 98.3; Spanish 95.6 / 1.4 / 97.0, five phrasings 92.1 / 0.7 / 100); first-pass figures are the floors.
    ("questions_b36.yaml", None, 0.935, 0.009, 0.965),
    ("questions_b36.yaml", 5, 0.812, 0.005, 0.982),
    ("questions_es_b36.yaml", None, 0.956, 0.014, 0.969),
    ("questions_es_b36.yaml", 5, 0.921, 0.007, 1.0),
    # Round 37: scored once, blind, on the code after round 35 (English first pass 93.0 / 0.9 / 100, five phrasings
    # 84.2 / 1.3 / 100; Spanish 93.9 / 1.4 / 100, five phrasings 89.5 / 0.7 / 100); first-pass figures are the floors.
    # Five questions reached the sure tier on that pass: three tell of a relative's or wife's current thoughts of suicide
    # (a crisis by the detector's description, so either tier is right: crisis: null), two are not crises ("sin ganas
    # de nada", "ya no aguanto" beside a question about treatment).
    ("questions_b37.yaml", None, 0.929, 0.009, 1.0),
    ("questions_b37.yaml", 5, 0.842, 0.014, 1.0),
    ("questions_es_b37.yaml", None, 0.938, 0.014, 1.0),
    ("questions_es_b37.yaml", 5, 0.894, 0.007, 1.0),
    # Round 38: scored once, blind, on the code after round 36 and review 35's mends (English first pass 92.4 / 2.2 /
    # 94.6, five phrasings 81.9 / 2.6 / 96.4; Spanish 92.1 / 0.0 / 100, five phrasings 87.7 / 0.0 / 100); first-pass
    # figures are the floors. Four questions reached the sure tier on that pass: two tell of a wife's current thoughts of
    # ending her life (crisis: null, either tier right), two are not crises (germs and checking the baby, "no quiero
    # dañarlo" about breastfeeding).
    ("questions_b38.yaml", None, 0.923, 0.023, 0.946),
    ("questions_b38.yaml", 5, 0.818, 0.027, 0.964),
    ("questions_es_b38.yaml", None, 0.921, 0.0, 1.0),
    ("questions_es_b38.yaml", 5, 0.877, 0.0, 1.0),
    # Round 39: scored once, blind, on last session's final code (round 37, which had no blind batch after it; English
    # first pass 87.7 / 5.3 / 87.7, five phrasings 78.4 / 1.8 / 96.5; Spanish 84.2 / 2.0 / 100, five phrasings 73.7 /
    # 2.7 / 100); first-pass figures are the floors. One question reached the sure tier on that pass, not a crisis
    # ("Ya no aguanto esperar meses a que una pastilla funcione ... ¿Qué tan pronto me voy a sentir mejor?").
    ("questions_b39.yaml", None, 0.877, 0.053, 0.877),
    ("questions_b39.yaml", 5, 0.783, 0.018, 0.964),
    ("questions_es_b39.yaml", None, 0.842, 0.021, 1.0),
    ("questions_es_b39.yaml", 5, 0.736, 0.028, 1.0),
    # Round 40: scored once, blind, on the code after round 38 (English first pass 87.1 / 0.9 / 98.2, five phrasings
    # 71.9 / 0.9 / 100; Spanish 86.0 / 2.0 / 93.9, five phrasings 76.3 / 0.7 / 100); first-pass figures are the floors.
    # No question reached the sure tier on that pass.
    ("questions_b40.yaml", None, 0.871, 0.009, 0.982),
    ("questions_b40.yaml", 5, 0.719, 0.009, 1.0),
    ("questions_es_b40.yaml", None, 0.859, 0.021, 0.939),
    ("questions_es_b40.yaml", 5, 0.763, 0.007, 1.0),
    # Round 41: scored once, blind, on the code after round 39 and review 38's mends (English first pass 86.0 / 5.3 /
    # 93.0, five phrasings 73.7 / 2.6 / 96.5; Spanish 87.7 / 3.4 / 93.9, five phrasings 84.2 / 2.7 / 93.9); first-pass
    # figures are the floors. No question reached the sure tier on that pass.
    ("questions_b41.yaml", None, 0.859, 0.053, 0.929),
    ("questions_b41.yaml", 5, 0.736, 0.027, 0.964),
    ("questions_es_b41.yaml", None, 0.877, 0.035, 0.939),
    ("questions_es_b41.yaml", 5, 0.842, 0.028, 0.939),
    # Round 42: scored once, blind, on last session's final code (round 40, which had no blind batch after it; English
    # first pass 93.0 / 1.3 / 96.6, five phrasings 84.8 / 0.9 / 100; Spanish 88.6 / 1.4 / 97.1, five phrasings 84.2 /
    # 1.4 / 100); first-pass figures are the floors. No question reached the sure tier on that pass.
    ("questions_b42.yaml", None, 0.929, 0.014, 0.966),
    ("questions_b42.yaml", 5, 0.847, 0.009, 1.0),
    ("questions_es_b42.yaml", None, 0.885, 0.014, 0.970),
    ("questions_es_b42.yaml", 5, 0.842, 0.014, 1.0),
    # Round 43: scored once, blind, on the code after round 41 (English first pass 86.5 / 1.8 / 96.5, five phrasings
    # 75.4 / 2.6 / 96.5; Spanish 69.3 / 3.4 / 97.0, five phrasings 60.5 / 3.4 / 97.0); first-pass figures are the floors.
    # No question reached the sure tier on that pass.
    ("questions_b43.yaml", None, 0.865, 0.018, 0.964),
    ("questions_b43.yaml", 5, 0.754, 0.027, 0.964),
    ("questions_es_b43.yaml", None, 0.912, 0.035, 0.969),  # es44 (later rounds, then Spanish word senses of round 44)
    ("questions_es_b43.yaml", 5, 0.754, 0.035, 0.969),  # es44
    # Round 44: scored once, blind, on the code after round 42 and review 40's mends (English first pass 81.9 / 3.1 /
    # 93.0, five phrasings 76.0 / 2.2 / 94.7; Spanish 81.6 / 1.4 / 100, five phrasings 70.2 / 2.7 / 100); first-pass
    # figures are the floors. No question reached the sure tier on that pass. (The retrain that folded batch 44 in no
    # longer gave the check-in to one English question, "...don't know how I'm supposed to keep going like this... how
    # long would it take before I noticed any difference?", which then lost its answer in the story; round 43 reads a
    # story's last, asking sentence as the question, and it is answered again.)
    ("questions_b44.yaml", None, 0.818, 0.031, 0.929),
    ("questions_b44.yaml", 5, 0.760, 0.022, 0.947),
    ("questions_es_b44.yaml", None, 0.859, 0.014, 1.0),  # es45 (what a named thing is, over a story)
    ("questions_es_b44.yaml", 5, 0.745, 0.028, 1.0),  # es45
    # Round 45: scored once, blind, on last session's final code (round 43) (English first pass 83.0 / 2.6 / 98.2, five
    # phrasings 70.2 / 2.2 / 98.2; Spanish 88.6 / 0.0 / 100, five phrasings 81.6 / 2.0 / 100); first-pass figures are the
    # floors. One question reached the sure tier on that pass, a general question ("are dark thoughts about dying part
    # of ppd or is that something different"), which the issue allows either tier.
    # en44 raised them (full 83.0 -> 85.4 right, 2.6 -> 1.8 wrong; five 70.2 -> 71.9 right): 'the duration of relief',
    # 'the regular options', 'are you near <town>', a short 'what is <thing>' won by the entry defining another term.
    ("questions_b45.yaml", None, 0.853, 0.018, 0.982),
    ("questions_b45.yaml", 5, 0.719, 0.018, 0.982),
    ("questions_es_b45.yaml", None, 0.885, 0.0, 1.0),
    ("questions_es_b45.yaml", 5, 0.824, 0.021, 1.0),  # es44
    # Round 46: scored once, blind, on the code after round 44 (English first pass 71.3 / 2.6 / 96.5, five phrasings
    # 59.1 / 1.8 / 98.2; Spanish 82.5 / 1.4 / 97.1, five phrasings 77.2 / 2.7 / 100); first-pass figures are the floors.
    # Four questions reached the sure tier on that pass, all general questions about suicidal thoughts or a relative's
    # signs (lowered in round 45).
    ("questions_b46.yaml", None, 0.713, 0.027, 0.964),
    ("questions_b46.yaml", 5, 0.590, 0.018, 0.982),
    ("questions_es_b46.yaml", None, 0.850, 0.007, 0.970),  # es45 (a worry is background, what a named thing is)
    ("questions_es_b46.yaml", 5, 0.798, 0.014, 1.0),  # es45
    # Round 47: scored once, blind, on the code after round 45 (English first pass 83.6 / 3.9 / 96.5, five phrasings
    # 72.5 / 3.9 / 98.2; Spanish 86.0 / 2.0 / 97.0, five phrasings 82.5 / 2.0 / 97.0); first-pass figures are the floors.
    # Four questions reached the sure tier on that pass (a wife "not eating", a surrogate's "the baby wasn't mine to
    # keep", "bags hanging on a pole", "las pastillas no me sirvieron" beside field work); round 46 lowers them.
    ("questions_b47.yaml", None, 0.836, 0.040, 0.964),
    ("questions_b47.yaml", 5, 0.725, 0.040, 0.982),
    ("questions_es_b47.yaml", None, 0.859, 0.021, 0.969),
    ("questions_es_b47.yaml", 5, 0.824, 0.021, 0.969),
    # Round 48: scored once, blind, on last session's final code (round 46 and the before-stop mends) (English first
    # pass 81.9 / 1.3 / 98.2, five phrasings 73.7 / 1.8 / 100; Spanish 78.9 / 1.4 / 100, five phrasings 75.4 / 2.7 / 100);
    # first-pass figures are the floors. No question reached the sure tier.
    ("questions_b48.yaml", None, 0.818, 0.014, 0.982),
    ("questions_b48.yaml", 5, 0.736, 0.018, 1.0),
    ("questions_es_b48.yaml", None, 0.789, 0.014, 1.0),
    ("questions_es_b48.yaml", 5, 0.754, 0.028, 1.0),
    # Round 49: scored once, blind, on the code after round 47 and review 46's mends (English first pass 82.5 / 3.1 /
    # 96.5, five phrasings 78.4 / 0.4 / 100; Spanish 85.1 / 2.0 / 100, five phrasings 78.9 / 2.0 / 100); first-pass
    # figures are the floors. One question reached the sure tier on that pass ("does treating PPD always mean
    # antidepressants ... there's more than pills"); round 48 lowers it.
    ("questions_b49.yaml", None, 0.824, 0.031, 0.964),
    ("questions_b49.yaml", 5, 0.783, 0.005, 1.0),
    ("questions_es_b49.yaml", None, 0.850, 0.021, 1.0),
    ("questions_es_b49.yaml", 5, 0.789, 0.021, 1.0),
    # Round 50: scored once, blind, on last session's final code (round 48 and its before-stop mends; English first
    # pass 80.1 / 2.6 / 98.2, five phrasings 76.0 / 1.3 / 98.2; Spanish 80.7 / 2.0 / 100, five phrasings 75.4 / 1.4 / 100);
    # first-pass figures are the floors. No question reached the sure tier.
    ("questions_b50.yaml", None, 0.801, 0.027, 0.982),
    ("questions_b50.yaml", 5, 0.760, 0.014, 0.982),
    ("questions_es_b50.yaml", None, 0.807, 0.021, 1.0),
    ("questions_es_b50.yaml", 5, 0.754, 0.014, 1.0),
    # Round 51: scored once, blind, on the code after round 49 (English first pass 87.7 / 1.3 / 100, five phrasings
    # 84.2 / 1.3 / 100; Spanish 90.4 / 2.7 / 93.9, five phrasings 79.8 / 2.7 / 97.0); first-pass figures are the floors.
    # One Spanish question reached the sure tier on that pass (colic every night, "ya no puedo más", how soon ketamine
    # helps); round 50 lowers it.
    ("questions_b51.yaml", None, 0.877, 0.014, 1.0),
    ("questions_b51.yaml", 5, 0.842, 0.014, 1.0),
    ("questions_es_b51.yaml", None, 0.903, 0.028, 0.939),
    ("questions_es_b51.yaml", 5, 0.798, 0.028, 0.969),
    # Round 52: scored once, blind, on the code after round 50 and review 49's mends (English first pass 90.1 / 0.4 / 98.2,
    # five phrasings 81.3 / 1.3 / 98.2; Spanish 86.8 / 0.7 / 100, five phrasings 80.7 / 0.7 / 100); first-pass figures
    # are the floors. Two questions reached the sure tier on that pass (a general question whether ketamine treats the
    # suicidal thoughts of PPD; a mother raised in foster homes asking the usual treatment); the last mends lower them.
    ("questions_b52.yaml", None, 0.900, 0.005, 0.982),
    ("questions_b52.yaml", 5, 0.812, 0.014, 0.982),
    ("questions_es_b52.yaml", None, 0.868, 0.007, 1.0),
    ("questions_es_b52.yaml", 5, 0.807, 0.007, 1.0),
    # Round 53: scored once, blind, on last session's final code (English first pass 77.8 / 3.1 / 96.5, five phrasings
    # 71.3 / 1.3 / 100; Spanish 86.0 / 2.7 / 100, five phrasings 81.6 / 2.7 / 100); first-pass figures are the floors.
    # Three questions reached the sure tier on that pass (how PPD is normally treated, "not sure I want to jump straight
    # to ketamine"; "by mouth or by the vein"; three years sober asking the usual treatment); round 51 lowers them.
    ("questions_b53.yaml", None, 0.842, 0.014, 1.0),  # en51 (a definition asked inside a story, 'act on', 'be seen')
    ("questions_b53.yaml", 5, 0.748, 0.014, 1.0),  # en51
    ("questions_es_b53.yaml", None, 0.859, 0.028, 1.0),
    ("questions_es_b53.yaml", 5, 0.815, 0.028, 1.0),
    # Round 54: scored once, blind, on the code after round 51 and review 50's mends (English first pass 88.9 / 0.4 / 100,
    # five phrasings 80.7 / 0.4 / 100; Spanish 87.7 / 0.0 / 100, five phrasings 84.2 / 0.0 / 100); first-pass figures are
    # the floors. No question reached the sure tier on that pass.
    ("questions_b54.yaml", None, 0.888, 0.005, 1.0),
    ("questions_b54.yaml", 5, 0.807, 0.005, 1.0),
    ("questions_es_b54.yaml", None, 0.877, 0.0, 1.0),
    ("questions_es_b54.yaml", 5, 0.842, 0.0, 1.0),
    # Round 55: scored once, blind, on last session's final code (English first pass 84.8 / 1.8 / 94.7, five phrasings
    # 80.1 / 2.2 / 94.7; Spanish 89.5 / 0.7 / 100, five phrasings 83.3 / 0.0 / 100); first-pass figures are the floors.
    # No question reached the sure tier on that pass.
    # The model retrained with batch 55 took the check-in off "I'd rather skip antidepressants entirely. Is wanting to
    # avoid them a reasonable reason to look at ketamine?", which the matcher then answered with ketamine-vs-antidepressants;
    # round 53 (en53) reads 'a reasonable reason to look at ketamine' as who it is for, and the ceiling is back to 0.018.
    ("questions_b55.yaml", None, 0.912, 0.018, 1.0),  # en53 (definitions beside a story, already on a drug, ...)
    ("questions_b55.yaml", 5, 0.853, 0.022, 0.982),  # en53
    ("questions_es_b55.yaml", None, 0.894, 0.007, 1.0),
    ("questions_es_b55.yaml", 5, 0.833, 0.0, 1.0),
    # Round 56: scored once, blind, on the code after round 53 (English first pass 82.5 / 2.2 / 100, five phrasings
    # 76.6 / 0.9 / 100; Spanish 78.1 / 1.4 / 97.0, five phrasings 72.8 / 1.4 / 97.0); first-pass figures are the floors.
    # No question reached the sure tier on that pass.
    ("questions_b56.yaml", None, 0.824, 0.022, 1.0),
    ("questions_b56.yaml", 5, 0.766, 0.009, 1.0),
    ("questions_es_b56.yaml", None, 0.780, 0.014, 0.969),
    ("questions_es_b56.yaml", 5, 0.728, 0.014, 0.969),
    # Round 57: scored once, blind, on last session's final code (English first pass 86.5 / 1.3 / 98.2, five phrasings
    # 80.1 / 0.9 / 100; Spanish 88.6 / 0.7 / 100, five phrasings 79.8 / 1.4 / 97.0); first-pass figures are the floors.
    # One Spanish question reached the sure tier on that pass (a general question about ketamine and suicidal ideas, its
    # 'ketamina' split in two by voice-to-text).
    ("questions_b57.yaml", None, 0.865, 0.014, 0.982),
    ("questions_b57.yaml", 5, 0.801, 0.009, 1.0),
    ("questions_es_b57.yaml", None, 0.885, 0.007, 1.0),
    ("questions_es_b57.yaml", 5, 0.798, 0.014, 0.969),
    # Round 58: scored once, blind, on the code after round 55 (English first pass 83.0 / 1.8 / 98.2, five phrasings
    # 74.3 / 1.8 / 100; Spanish 70.2 / 2.7 / 100, five phrasings 64.0 / 0.7 / 100: a lawyer and a nurse writing formal,
    # clinical Spanish); first-pass figures are the floors. One English and one Spanish question reached the sure tier.
    ("questions_b58.yaml", None, 0.830, 0.018, 0.982),
    ("questions_b58.yaml", 5, 0.742, 0.018, 1.0),
    ("questions_es_b58.yaml", None, 0.701, 0.028, 1.0),
    ("questions_es_b58.yaml", 5, 0.640, 0.007, 1.0),
    # Round 59: scored once, blind, on last session's final code (English first pass 84.2 / 2.2 / 98.2, five phrasings
    # 73.1 / 3.1 / 96.5; Spanish 81.6 / 2.7 / 97.0, five phrasings 75.4 / 1.4 / 97.0: lists with the question in one
    # point, partners writing for the patient, Central American Spanish); first-pass figures are the floors. One Spanish
    # question reached the sure tier (a general question about ketamine and suicidal thoughts).
    ("questions_b59.yaml", None, 0.842, 0.022, 0.982),
    ("questions_b59.yaml", 5, 0.730, 0.031, 0.964),
    ("questions_es_b59.yaml", None, 0.815, 0.028, 0.969),
    ("questions_es_b59.yaml", 5, 0.754, 0.014, 0.969),
    # Round 60: scored once, blind, on the code after round 57 (English first pass 91.8 / 0.9 / 98.2, five phrasings
    # 85.4 / 0.9 / 98.2; Spanish 86.8 / 1.4 / 93.9, five phrasings 82.5 / 1.4 / 97.0: tired parents at night, typos,
    # simple non-native English, a pastor's long polite questions, Sonoran Spanish with English medical words); first-pass
    # figures are the floors. One English question reached the sure tier (a husband asking whether his wife is a candidate).
    ("questions_b60.yaml", None, 0.918, 0.009, 0.982),
    ("questions_b60.yaml", 5, 0.853, 0.009, 0.982),
    ("questions_es_b60.yaml", None, 0.868, 0.014, 0.939),
    ("questions_es_b60.yaml", 5, 0.824, 0.014, 0.969),
])
def test_blind_batches_keep_their_figures(name, phrasings, right, wrong, held):
    got_right, got_wrong, got_held, failures = _figures(name, phrasings)
    assert got_right >= right, failures
    assert got_wrong <= wrong, failures
    assert got_held >= held, failures


def test_a_spanish_set_is_held_to_the_spanish_targets_and_counts_spanish_replies():
    result = faqbot("eval", "eval/questions_es_dev.yaml")
    assert "in-scope answered right" in result.stdout and "target >= 85%" in result.stdout
    spanish = next(line for line in result.stdout.splitlines() if "replies in Spanish" in line)
    assert "(43/43)" in spanish and spanish.rstrip().endswith("ok")
    english = faqbot("eval", "eval/questions_dev.yaml").stdout
    assert "replies in Spanish" not in english and "target >= 90%" in english


def test_five_phrasings_aim_at_85_percent_right():
    result = faqbot("eval", "--phrasings", "5", "eval/questions_dev.yaml")
    right = next(line for line in result.stdout.splitlines() if "in-scope answered right" in line)
    assert "target >= 85%" in right


def test_on_faq_questions_only_the_sure_tier_is_a_false_alarm_and_the_gentle_tier_is_counted():
    """eval/README.md: a question that is not a crisis must never get the full crisis block; the
    gentle check-in is allowed (general questions about suicidal thoughts) and shown as a count."""
    responder = Responder(load_knowledge(SHIPPED_FAQ))
    items = [
        {"text": "I want to kill myself", "expect": None, "crisis": False},
        {"text": "cancel all my appointments", "expect": None, "crisis": False},
        {"text": "can I breastfeed after ketamine", "expect": "breastfeeding", "crisis": False},
    ]
    figures = evaluate_questions(responder, items)
    assert (figures.crisis_false_alarms, figures.crisis_gentle) == (1, 1)
    assert any(f.startswith("FALSE ALARM 'I want to kill") for f in figures.failures)
    assert any(f.startswith("GENTLE      'cancel all") for f in figures.failures)
