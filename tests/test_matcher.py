"""The normaliser and matcher: right or holds back."""

from __future__ import annotations

import pytest

from bot.core.knowledge import load_knowledge
from bot.core.matcher import Matcher, stem, split_parts
from bot.staff.evaluation import cut_phrasings
from tests.paths import SHIPPED_FAQ


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_knowledge(SHIPPED_FAQ))


def test_stem_joins_word_forms():
    assert stem("symptoms") == stem("symptom") == "symptom"
    assert stem("starts") == stem("started") == stem("starting") == "start"
    assert stem("less") == "less" and stem("ppd") == "ppd"


def test_normalise_applies_synonyms_fillers_and_spelling(matcher):
    assert matcher.normalise("hi, quick question: c-section and PPD?") == matcher.normalise("cesarean and postpartum depression")
    assert matcher.normalise("breastfeading") == matcher.normalise("breastfeeding")
    assert matcher.normalise("Zoloft") == matcher.normalise("antidepressant")


def test_ordinary_words_are_not_corrected_into_faq_words(matcher):
    # 'pregnant' must never read as 'permanent', nor 'thanks' as anything else
    assert "permanent" not in matcher.normalise("can i use it while pregnant")
    assert matcher.normalise("thanks") == []


@pytest.mark.parametrize("question, entry", [
    ("how fast does ketamine work", "how-fast"),
    ("can i breastfeed after my infusion", "breastfeeding"),
    ("can dads get postpartum depression", "ppd-fathers"),
    ("WHAT ARE THE SYMPTOMS OF PPD???", "ppd-symptoms"),
    ("how do i book an appointment", "book-appointment"),
    ("ketamin vs zoloft", "ketamine-vs-antidepressants"),
])
def test_clear_questions_are_answered(matcher, question, entry):
    match = matcher.search(question)
    assert match.answer is not None and match.answer.id == entry
    assert match.outcome == "answered" and 0 < match.score <= 1


@pytest.mark.parametrize("question", [
    "how much does a session cost", "is it covered by insurance", "what dose will i get",
    "recommend a good stroller", "what's the weather like", "", "???", "🙂🙂🙂",
])
def test_out_of_scope_is_held_back(matcher, question):
    assert matcher.search(question).answer is None


@pytest.mark.parametrize("question", [
    "can i breastfeed while taking zoloft", "can i take tylenol while breastfeeding",
    "how long do i have to pump and dump after having a glass of wine",
])
def test_a_named_drug_or_drink_the_entry_never_speaks_of_is_not_answered(matcher, question):
    """The breastfeeding entry shares 'breastfeed' with these, but says nothing about such drugs."""
    match = matcher.search(question)
    assert match.answer is None and match.outcome == "suggested"


def test_a_named_drug_the_entry_speaks_of_is_still_answered(matcher):
    assert matcher.search("is ketamine better than lexapro").answer.id == "ketamine-vs-antidepressants"


def test_a_vague_question_gets_two_or_three_suggestions(matcher):
    match = matcher.search("ketamine and depression")
    assert match.answer is None and match.outcome == "suggested"
    assert 2 <= len(match.suggestions) <= 3
    assert all(not e.id.startswith("~") for e in match.suggestions)


def test_confidence_needs_a_margin_not_only_a_high_score(matcher):
    """A high score shared by two entries is not an answer: the margin decides."""
    match = matcher.search("ketamine for depression")  # what ketamine is, or how it works?
    top, runner_up = match.candidates[0].score, match.candidates[1].score
    assert top >= matcher.settings.answer_score and top - runner_up < matcher.settings.answer_margin
    assert match.answer is None and match.suggestions


def test_long_input_is_cut_not_choked_on(matcher):
    match = matcher.search("how fast does ketamine work " + "blah " * 5000)
    assert match.answer is None or match.answer.id == "how-fast"


@pytest.mark.parametrize("name", ["questions_extra.yaml", "questions_extra2.yaml"])
def test_independently_written_questions_keep_their_figures(responder, name):
    """These sets were written without seeing the FAQ phrasings or the dev set: they measure how
    the mechanism generalises. They are not tuned against, only guarded."""
    import yaml

    from bot.staff.evaluation import evaluate_questions
    from tests.paths import DATA

    items = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    figures = evaluate_questions(responder, items)
    assert figures.in_scope_right / figures.in_scope >= 0.85, figures.failures
    assert figures.wrong / figures.total <= 0.03, figures.failures
    assert figures.out_of_scope_held / figures.out_of_scope >= 0.90, figures.failures
    assert figures.crisis_caught == figures.crisis_expected, figures.failures
    assert figures.crisis_false_alarms == 0, figures.failures


# --- Spanish and Spanglish -----------------------------------------------------------------------


@pytest.mark.parametrize("question, entry", [
    ("puedo amamantar despues de la ketamina", "breastfeeding"),
    ("puedo amamantar después de la ketamina", "breastfeeding"),  # accents optional
    ("se puede dar pecho despues de la ketamina", "breastfeeding"),  # staff synonym phrase
    ("mi bb tiene 2 meses, puedo amamantarlo despues de la infusion?", "breastfeeding"),  # chat, word form
    ("q es la depre posparto", "what-is-ppd"),  # chat spellings
    ("k tan rapido funciona la ketamina", "how-fast"),
    ("cuales son los sintomas de la depresion posparto", "ppd-symptoms"),
])
def test_spanish_questions_are_answered(matcher, question, entry):
    match = matcher.search(question)
    assert match.answer is not None and match.answer.id == entry


def test_a_spanish_word_form_reads_as_its_listed_synonym(matcher):
    # synonyms.yaml lists "amamantar"; other forms of the verb follow by their stem
    assert matcher.normalise("amamantando") == matcher.normalise("amamantar") == matcher.normalise("breastfeed")
    assert matcher.normalise("pastillas") == matcher.normalise("pastilla")


def test_chat_spellings_and_accents_read_as_the_full_words(matcher):
    assert matcher.normalise("xq q") == matcher.normalise("porque que")
    assert matcher.normalise("depresión después del parto") == matcher.normalise("depresion despues del parto")


def test_insurance_in_spanish_is_held_back(matcher):
    """'aseguranza' is the Arizona Spanish for insurance, which the FAQ does not answer."""
    for question in ("cubre la aseguranza la ketamina", "aceptan aseguranza?"):
        assert matcher.search(question).answer is None


def test_staff_can_add_a_spanish_synonym(faq_dir):
    from bot.core.knowledge import load_knowledge

    question = "puedo chichar despues de la ketamina"  # a regional word the shipped list lacks
    assert Matcher(load_knowledge(faq_dir)).search(question).answer is None
    with open(faq_dir / "synonyms.yaml", "a", encoding="utf-8") as handle:
        handle.write("\nbreastfeed_es_regional: [chichar]\n".replace("breastfeed_es_regional", "amamantar"))
    match = Matcher(load_knowledge(faq_dir)).search(question)
    assert match.answer is not None and match.answer.id == "breastfeeding"


# --- coverage, exact phrasings, parts --------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "can my husband come with me to the appointment",  # only 'husband' is the fathers entry's
    "how long is pumped breast milk good in the fridge",
])
def test_one_shared_word_does_not_carry_an_answer(matcher, question):
    match = matcher.search(question)
    assert match.answer is None or match.answer.id not in {"ppd-fathers"}


def test_every_phrasing_listed_under_one_entry_gets_that_entry(matcher, responder):
    knowledge = responder.knowledge
    listed: dict[str, set[str]] = {}
    for entry in knowledge.entries:
        for question in entry.questions:
            listed.setdefault(" ".join(matcher.normalise(question)), set()).add(entry.id)
    for gap in knowledge.not_covered:
        for question in gap.questions:
            listed.setdefault(" ".join(matcher.normalise(question)), set()).add("~gap")
    for entry in knowledge.entries:
        for question in entry.questions:
            if listed[" ".join(matcher.normalise(question))] == {entry.id}:
                match = matcher.search(question)
                assert match.answer is not None and match.answer.id == entry.id, question


def test_a_listed_phrasing_wins_over_a_close_not_covered_line(faq_dir):
    """Issue 11: a phrasing under one entry and nowhere else is answered with that entry."""
    from bot.core.knowledge import load_knowledge

    path = faq_dir / "not_covered.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("- topic: cost and payment\n  questions:\n",
                                 "- topic: cost and payment\n  questions:\n    - how fast does ketamine work for you\n", 1),
                    encoding="utf-8")
    matcher = Matcher(load_knowledge(faq_dir))
    assert "how fast does ketamine work for you" in [q for g in matcher.knowledge.not_covered for q in g.questions]
    match = matcher.search("how fast does ketamine work")
    assert match.answer is not None and match.answer.id == "how-fast"


def test_a_long_message_is_read_sentence_by_sentence(matcher):
    story = ("My baby is four months old and I have been crying every day. My mom says it is normal. "
             "My husband works nights and I am alone most of the time. Can I breastfeed after an infusion?")
    match = matcher.search(story)
    assert match.answer is not None and match.answer.id == "breastfeeding"


def test_split_parts_marks_what_asks(matcher):
    parts = split_parts("My husband works nights. When will I feel better and how long does it last?")
    assert parts == [("my husband works nights", False), ("when will i feel better", True),
                     ("how long does it last", True)]


def test_search_parts_answers_two_questions_in_one_message(matcher):
    parts = matcher.search_parts("when will I feel better and how long does it last")
    assert [m.answer.id for m in parts.matches] == ["how-fast", "long-term"]
    assert not parts.uncovered


def test_search_parts_says_when_a_part_is_not_covered(matcher):
    parts = matcher.search_parts("how fast does it work? and how much does it cost?")
    assert [m.answer.id for m in parts.matches] == ["how-fast"]
    assert parts.uncovered


def test_search_parts_of_a_single_question_is_its_search(matcher):
    parts = matcher.search_parts("can i breastfeed after my infusion")
    assert len(parts.matches) == 1 and parts.matches[0].answer.id == "breastfeeding"
    assert not parts.uncovered


@pytest.mark.parametrize("question", ["is the ketamine a tablet you swallow", "do you give it as a nose spray"])
def test_how_it_is_given_is_understood_from_other_routes(matcher, question):
    match = matcher.search(question)
    assert match.answer is not None and match.answer.id == "infusion"


# --- aspects, whole-entry evidence, questions about nothing ------------------------------------------


@pytest.mark.parametrize("question, entry", [
    ("is ketamine quicker than my prozac", "how-fast"),  # speed, not the comparison entry
    ("how long will the good effect of ketamine stay", "long-term"),  # duration, not speed
])
def test_the_aspect_asked_decides_between_entries_on_one_topic(matcher, question, entry):
    match = matcher.search(question)
    assert match.answer is not None and match.answer.id == entry


@pytest.mark.parametrize("question", ["what time is it", "what is it"])
def test_a_question_about_nothing_is_not_answered(matcher, question):
    """No content word: a high score from 'what', 'is', 'it' alone must not carry an answer."""
    assert matcher.search(question).answer is None


def test_a_young_entry_is_also_read_through_its_answer(responder):
    """With five phrasings, the infusion entry still says in its answer how ketamine is given."""
    from bot.staff.evaluation import cut_phrasings

    young = Matcher(cut_phrasings(responder.knowledge, 5))
    match = young.search("is it a tablet or an iv")
    assert match.answer is not None and match.answer.id == "infusion"


@pytest.mark.parametrize("question", [
    "is ibuprofen ok with ketamine", "i take adderall, is ketamine ok",
    "can i take ketamine while on birth control", "puedo tomar paracetamol despues de la infusion",
])
def test_a_medicine_other_than_ketamine_lands_on_the_not_covered_topic(matcher, question):
    """Named medicines are one concept (synonyms.yaml), so the question is seen as being about other
    medications, which the documents do not answer, not about the ketamine entry it shares a word with."""
    match = matcher.search(question)
    assert match.answer is None
    assert matcher.scores(question)[0].entry.id == "~not-covered:other medications and drug interactions"


@pytest.mark.parametrize("question", [
    "how long does the bleeding after birth last",
    "how long does postpartum anxiety last",
    "cuanto dura la cita de la primera consulta",
    "how long does a single infusion take",
])
def test_what_lasts_must_be_what_the_entry_is_about(matcher, question):
    """'how long does <X> last' is answered by the entry on lasting relief only when X is what its
    phrasings put there (ketamine, its effects, the relief): the subject is learned, not listed."""
    assert matcher.search(question).answer is None


@pytest.mark.parametrize("question, entry", [
    ("how long does the relief from ketamine last", "long-term"),
    ("cuanto duran los efectos de la ketamina", "long-term"),
    ("how long does ketamine take to work", "how-fast"),
])
def test_lasting_questions_about_the_entry_subject_are_still_answered(matcher, question, entry):
    match = matcher.search(question)
    assert match.answer is not None and match.answer.id == entry


@pytest.mark.parametrize("question", [
    "do you have a parenting class for new dads", "do you offer yoga for moms", "tienen clases de yoga",
    "are there any new mom support groups you would recommend",
])
def test_a_question_about_what_the_clinic_offers_needs_an_entry_that_is_asked_that_way(matcher, question):
    """Only entries some phrasings of which ask 'do you offer / have' answer such a question, so a
    treatment the standard-treatment entry merely mentions is not taken for a service of the clinic."""
    match = matcher.search(question)
    assert match.answer is None or match.answer.id == "about-clinic"


@pytest.mark.parametrize("question", [
    "which baby formula is best after ketamine", "my baby has colic and cries all night what can i give",
    "do i need to fast before the treatment",
])
def test_baby_care_and_fasting_are_not_taken_for_feeding_or_speed(matcher, question):
    match = matcher.search(question)
    assert match.answer is None or match.answer.id not in {"breastfeeding", "ppd-symptoms", "how-fast"}


def test_words_only_one_neighbour_knows_tell_two_close_entries_apart(matcher):
    # 'ketamine' is in both ketamine entries, so it settles nothing between them; 'dad' is the
    # fathers entry's own word, and counts for it as much as it counts against the general one.
    shared = matcher.normalise("ketamine")
    assert matcher.contrast(shared, "how-ketamine-works", "what-is-ketamine") == 0.0
    dads = matcher.normalise("can dads get postpartum depression")
    assert matcher.contrast(dads, "ppd-fathers", "what-is-ppd") > 0.25
    assert matcher.contrast(dads, "what-is-ppd", "ppd-fathers") == -matcher.contrast(dads, "ppd-fathers", "what-is-ppd")


def test_the_story_around_a_question_does_not_count_against_its_answer(matcher):
    # Story words (family, ages, 'daily') the entry does not know count little when another
    # sentence asks; the same words in the question itself still count in full.
    story = ("Everyone in my family says all new moms cry for a few weeks and it passes. "
             "My youngest is nine weeks old and I still cry daily. Is that still the baby blues?")
    assert matcher.search(story).answer.id == "baby-blues"
    assert matcher.search("is ketamine safe for my dog's surgery").answer is None


def test_chat_spellings_of_english_words_are_read(matcher):
    assert matcher.search("wat is postpartum depression").answer.id == "what-is-ppd"
    assert matcher.search("what helps pp depression").answer.id == "standard-treatment"


# --- round 10: fewer confident wrong answers on new wording -----------------------------------

def _verdict(matcher, text):
    match = matcher.search_parts(text).matches[0]
    return match.answer.id if match.answer else None


@pytest.mark.parametrize("question", [
    "my son has colic, is there anything that helps him cry less",
    "colic is making my baby cry all the time, how can i help her",
])
def test_a_word_only_a_not_covered_topic_knows_holds_back_its_close_rival(matcher, question):
    # colic is baby care, which the FAQ leaves out, whatever 'baby' and 'cry' share with the symptoms
    assert _verdict(matcher, question) is None


def test_a_question_told_with_its_story_is_read_whole(matcher):
    # the question alone ("can I still have it?") reads as symptoms; the statement says who asks
    assert _verdict(matcher, "I'm a dad, I wasn't the one who gave birth. can I still have postpartum depression?") == "ppd-fathers"
    assert _verdict(matcher, "Two antidepressants did nothing for me. could ketamine work for me") == "who-is-candidate"


def test_words_read_in_their_sense_here(matcher):
    # 'take effect' is how soon it works, not side effects; 'at risk for' is how likely, not safety;
    # 'for me' asks whether it suits me; 'lately' says when, not 'late'
    assert _verdict(matcher, "how long for ketamine to take effect") == "how-fast"
    assert "risk" not in matcher.normalise("i am at high risk for ppd")
    assert _verdict(matcher, "is this treatment for me") == "who-is-candidate"
    assert "late" not in matcher.normalise("lately")
    assert _verdict(matcher, "i have been so irritable lately, is that ppd") == "ppd-symptoms"


@pytest.mark.parametrize("question", [
    "can my hormones cause mood problems after birth",  # what causes it: not ketamine
    "what are the side effects of an iud after having a baby",  # side effects of what: not ketamine
    "which vitamins are safe while breastfeeding",  # which things are safe: not ketamine
    "is wine good for sleep after birth",
])
def test_a_subject_the_entry_never_puts_in_that_frame_is_not_answered(matcher, question):
    assert _verdict(matcher, question) is None


def test_what_starts_is_the_illness_not_the_relief(matcher):
    # 'start working' is how fast a treatment kicks in; ppd that starts is when the illness begins
    assert _verdict(matcher, "does ppd start right away or does it take a while to show") == "ppd-onset"
    assert _verdict(matcher, "how soon does ketamine start working") == "how-fast"
    assert "kick" not in matcher.normalise("when can i start working out again after a c section")


@pytest.mark.parametrize("question", [
    "what does renew wellness offer besides ketamine",
    "are you only a ketamine clinic or do you do therapy too",
    "could you suggest a good counselor for postpartum depression",
    "can you diagnose postpartum depression",
    "where can i find a ppd support group near me",
])
def test_asking_the_clinic_for_something_or_where_to_find_it_needs_an_entry_asked_that_way(matcher, question):
    assert _verdict(matcher, question) is None


@pytest.mark.parametrize("question", [
    "when can i start jogging again after delivery",  # when the asker may do something, not when ppd begins
    "when is it ok to have a bath after a c-section",
])
def test_asking_when_one_may_do_something_is_not_taken_for_when_an_illness_starts(matcher, question):
    assert _verdict(matcher, question) is None


def test_asking_when_one_may_breastfeed_again_is_still_answered(matcher):
    assert _verdict(matcher, "when can i breastfeed again after an infusion") == "breastfeeding"


@pytest.mark.parametrize("question", [
    "can i have a latte while i breastfeed",  # a drink the entry never speaks of
    "can i take melatonin while nursing my baby",  # a supplement
    "can i take vitamins while breastfeeding",
])
def test_a_named_drink_or_supplement_the_entry_never_speaks_of_is_not_answered(matcher, question):
    match = matcher.search(question)
    assert match.answer is None and match.outcome == "suggested"


def test_a_drug_named_in_one_part_is_what_it_means_in_the_other(matcher):
    """'how is it given' alone is the infusion's question, but 'it' is the other drug named before it."""
    assert matcher.search("what is zulresso and how is it given").answer is None


@pytest.mark.parametrize("question", [
    "what percentage of new mothers get ppd",
    "how many people end up with postpartum depression",
    "how common is it for dads to get depressed after a baby",
])
def test_asking_for_a_figure_the_entry_does_not_give_is_not_answered(matcher, question):
    assert _verdict(matcher, question) is None


def test_asking_for_a_figure_the_entry_gives_is_answered(matcher):
    assert _verdict(matcher, "how many women took part in the nih ketamine study after c sections") == "prevention"


@pytest.mark.parametrize("question", [
    "is there a postpartum depression support group near me",
    "any in person therapy groups for ppd in my area",
])
def test_a_request_bound_to_a_place_needs_an_entry_that_says_where(matcher, question):
    assert _verdict(matcher, question) is None


def test_asking_whether_the_clinic_is_near_is_still_answered(matcher):
    assert _verdict(matcher, "we are in gilbert arizona, is this clinic close to me") == "about-clinic"


@pytest.mark.parametrize("question", [
    "should i keep taking lexapro during ketamine treatment",
    "i am already taking prozac, is ketamine ok for me",
])
def test_taking_a_named_drug_together_with_ketamine_is_not_answered(matcher, question):
    """A question about combining the two: the entries speak of antidepressants, not of mixing them."""
    assert _verdict(matcher, question) is None


def test_a_drug_that_was_stopped_does_not_make_a_question_about_combining(matcher):
    assert _verdict(matcher, "prozac made me so sick i could not keep taking it. could ketamine be an option for me") == "who-is-candidate"


def test_how_to_explain_is_not_what_is_asked(matcher):
    # 'in plain english', 'medically speaking' say how to answer, not what about
    assert matcher.normalise("what is ppd in plain english") == matcher.normalise("what is ppd")
    assert matcher.normalise("what is ppd, medically speaking") == matcher.normalise("what is ppd")
    assert matcher.search("can someone explain what postpartum depression is in plain english").answer.id == "what-is-ppd"


def test_what_starts_after_the_birth_is_the_illness(matcher):
    # 'right away' asks how fast something works, unless what starts is timed from the birth
    assert matcher.search("does it start right away after delivery or later on").answer.id == "ppd-onset"
    assert matcher.search("does ketamine work right away").answer.id == "how-fast"


def test_words_for_the_usual_way_read_alike(matcher):
    # 'typical', 'conventional', 'first line' and 'usual' all ask for the standard way
    assert matcher.normalise("typical ppd treatment") == matcher.normalise("standard ppd treatment")
    assert matcher.normalise("conventional treatment") == matcher.normalise("usual treatment")
    young = Matcher(cut_phrasings(load_knowledge(SHIPPED_FAQ), 5))
    assert young.search("what do doctors typically do for postpartum depression").answer.id == "standard-treatment"


def test_a_thin_follow_on_part_is_not_given_to_a_related_entry(matcher):
    # 'what does the treatment look like' names one thing; the needle question is the infusion's
    parts = matcher.search_parts("What does the treatment actually look like? Do I swallow something or is it through a needle?")
    assert [m.answer.id for m in parts.matches] == ["infusion"]


def test_results_and_improvement_are_the_relief(matcher):
    # what the treatment brings is one thing whatever it is called; a young entry about lasting
    # relief still answers 'are the results permanent'
    assert matcher.normalise("the results") == matcher.normalise("the improvement") == matcher.normalise("the relief")
    young = Matcher(cut_phrasings(load_knowledge(SHIPPED_FAQ), 5))
    assert young.search("are the results permanent").answer.id == "long-term"
    assert young.search("does the improvement from ketamine stick around").answer.id == "long-term"


def test_a_spanish_question_joined_with_accents_is_split(matcher):
    # 'y cuánto dura' starts a second question as 'y cuanto dura' does
    assert [p for p, _ in split_parts("cuánto tarda en hacer efecto y cuánto dura?")] == ["cuanto tarda en hacer efecto", "cuanto dura"]


def test_receiving_the_treatment_is_how_it_is_given(matcher):
    assert matcher.normalise("how do you receive ketamine") == matcher.normalise("how do you give ketamine")
    young = Matcher(cut_phrasings(load_knowledge(SHIPPED_FAQ), 5))
    assert young.search("how do you actually receive the treatment").answer.id == "infusion"


def test_telling_two_things_apart_asks_the_difference(matcher):
    # the 'apart' of 'tell X apart from Y' is the difference, not 'apart from' meaning besides
    assert "besid" not in matcher.normalise("how can i tell baby blues apart from real depression")
    assert "differ" in matcher.normalise("tell them apart")
    assert matcher.search("how can i tell baby blues apart from real depression").answer.id == "baby-blues"
    assert "besid" in matcher.normalise("what helps apart from ketamine")


def test_what_sets_one_thing_apart_from_another_asks_the_difference(matcher):
    # 'sets X apart from Y' is a difference like 'tell X apart'; the verb itself is no topic
    tokens = matcher.normalise("what sets ketamine apart from the usual depression pills")
    assert "differ" in tokens and "besid" not in tokens and "set" not in tokens
    assert matcher.search("what sets ketamine apart from antidepressants").answer.id == "ketamine-vs-antidepressants"
    assert "besid" in matcher.normalise("what helps apart from ketamine")


def test_a_part_asking_about_them_needs_the_rest_of_the_message(matcher):
    # 'what sets them apart?' alone is about nothing: the first question names the two things
    parts = matcher.search_parts("Why would someone choose ketamine over an antidepressant? What sets them apart?")
    assert all(m.answer is None or m.answer.id != "baby-blues" for m in parts.matches)


def test_a_possessive_reads_as_its_owner(matcher):
    assert matcher.normalise("is ppd only a women's issue") == matcher.normalise("is ppd only a women issue")
    assert matcher.normalise("it's") == matcher.normalise("it is")  # contractions are not possessives


def test_how_a_drug_acts_on_the_brain_is_how_it_works(matcher):
    # 'acts on' is 'works on', 'relieve' the relief, and 'describe' only asks for an answer
    tokens = matcher.normalise("describe how ketamine acts on the brain to relieve depression")
    assert "work" in tokens and "relief" in tokens and "act" not in tokens
    assert matcher.weight("describe") == matcher.weight("explain")  # a stopword, as 'explain' is
    assert matcher.search("Could you describe how ketamine acts on the brain to relieve depression?").answer.id \
        == "how-ketamine-works"


def test_chat_spelling_of_people_is_read_whole(matcher):
    assert matcher.normalise("do most ppl take meds") == matcher.normalise("do most people take meds")


def test_asking_for_a_thing_no_entry_covers_holds_back_even_behind(matcher):
    # 'what dose': the dose is what is asked, and only the not-covered dosage topic knows it;
    # the NIH study around it belongs to the prevention entry but does not make it the answer
    match = matcher.search("what dose of ketamine did they give in the NIH study")
    assert match.answer is None
    assert matcher.search("what did the NIH study on ketamine find").answer.id == "prevention"


def test_every_form_of_eating_and_snapping_reads_as_the_symptom(matcher):
    assert matcher.normalise("i can barely eat") == matcher.normalise("i can barely eating")
    assert matcher.normalise("i snap at everyone") == matcher.normalise("i snapping at everyone") \
        == matcher.normalise("i irritable at everyone")


def test_a_question_asking_a_meaning_is_not_answered_by_an_entry_that_shares_a_side_word(matcher):
    # 'mom group' shares 'group' with the treatment entry; the question asks what ppd means
    match = matcher.search("i keep seeing PPD in my mom group chat, what does it mean")
    assert match.answer is None or match.answer.id == "what-is-ppd"


def test_the_sentence_that_asks_wins_over_the_story_told_before_it(matcher):
    assert matcher.search("My wife needs help with PPD. How do we schedule with your team?").answer.id == "book-appointment"


def test_the_course_without_any_treatment_is_not_the_lasting_relief(matcher):
    assert matcher.search("if i dont get any treatment how many months will ppd last").answer is None


def test_yall_is_you_and_or_nah_is_a_tag(matcher):
    assert matcher.search("renew wellness what do yall do").answer.id == "about-clinic"
    assert matcher.normalise("does it last long term or nah") == matcher.normalise("does it last long term")


def test_different_from_what_i_am_already_taking_compares_it_does_not_combine(matcher):
    match = matcher.search("I've been on SSRIs for months. How is ketamine different from what I'm already taking?")
    assert match.answer is not None and match.answer.id == "ketamine-vs-antidepressants"
    assert matcher.search("im already taking zoloft, can i do ketamine").answer is None


@pytest.mark.parametrize("question, entry", [
    # a bare 'what is that' asks the meaning of the term the message names
    ("My OB wrote PND on my notes and I didn't want to ask. What is that?", "what-is-ppd"),
    # 'only ..., or ... too' is one question, not two
    ("Is postpartum depression only something mothers get, or can dads have it too?", "ppd-fathers"),
    # the writer's role is not the subject asked about
    ("what are the signs of ppd in a new mom? asking as her husband", "ppd-symptoms"),
])
def test_what_the_message_asks_wins_over_its_wording(matcher, question, entry):
    parts = matcher.search_parts(question)
    assert [m.answer.id if m.answer else None for m in parts.matches] == [entry]


def test_a_young_entry_winning_clearly_may_lack_words_no_entry_uses():
    # Five phrasings have not met 'physically' or 'simple': an entry that wins by a wide lead and knows
    # most of the question answers. A question that names two conditions no entry speaks of ('anxiety',
    # 'OCD') is still held back, as it is with the full FAQ.
    young = Matcher(cut_phrasings(load_knowledge(SHIPPED_FAQ), 5))
    assert young.search("how does ketamine help with depression, what does it physically do").answer.id == "how-ketamine-works"
    assert young.search("is losing focus and not making simple decisions a symptom of ppd").answer.id == "ppd-symptoms"
    assert young.search("what is the difference between postpartum anxiety and postpartum OCD").answer is None


def test_a_short_question_after_its_story_is_still_the_question():
    # "is it actually safe?" names one thing; the fear told before it is the story, not the subject.
    # A question that points back at the story ('is she right', 'is that ...') keeps the story in full.
    young = Matcher(cut_phrasings(load_knowledge(SHIPPED_FAQ), 5))
    assert young.search("Honestly scared to try ketamine. Is it actually safe?").answer.id == "side-effects"
    assert young.search("My mom says I'm just weepy like every new mom and it'll go away. "
                        "How do I know if she's right?").answer is None


def test_the_one_entry_answering_the_aspect_asked_answers_though_it_lacks_a_word(matcher):
    # the form asked ("a pill or an injection"): the infusion entry alone answers it, though it never says "pill"
    assert matcher.search("is it a pill or an injection").answer.id == "infusion"
    # ...but not when a close entry knows the word it lacks, nor from one sentence of a longer message
    assert matcher.search("is ketamine safe for cats? my vet mentioned it for my cat's surgery").answer is None


def test_keeping_on_a_drug_of_a_named_kind_during_the_treatment_is_not_answered(matcher):
    # the kind's own word, not only a brand ('zoloft'), asks about combining it with ketamine
    assert matcher.search("can i keep taking my antidepressant while doing ketamine").answer is None


def test_words_of_one_class_read_alike(matcher):
    assert matcher.normalise("timing of ppd") == matcher.normalise("timeline of ppd")
    assert matcher.normalise("any drawbacks") == matcher.normalise("any risks")
    assert matcher.normalise("good afternoon, what is ppd") == matcher.normalise("what is ppd")


def test_this_time_tells_when_it_does_not_point_back(matcher):
    # the question after the story stands alone: 'this time' is not 'is this ppd'
    assert matcher.search("I had ppd with my first and I'm pregnant again. Can ketamine keep it from happening this time?"
                          ).answer.id == "prevention"
    assert matcher.normalise("postpartum sadness") == matcher.normalise("baby blues")


@pytest.fixture(scope="module")
def five_phrasings() -> Matcher:
    return Matcher(cut_phrasings(load_knowledge(SHIPPED_FAQ), 5))


@pytest.mark.parametrize("question", [
    "could you tell me a bit about your clinic",
    "what sort of clinic are you all",
])
def test_a_young_entry_is_not_held_back_by_a_not_covered_topic_with_more_phrasings(five_phrasings, question):
    # five phrasings against a topic's dozen: the lead is read with both scores lifted
    assert five_phrasings.search(question).answer.id == "about-clinic"


def test_a_question_about_what_the_clinic_says_is_not_read_as_about_the_clinic(five_phrasings):
    assert five_phrasings.search("what does your clinic say about that").answer is None


@pytest.mark.parametrize("question", ["how many ketamine infusions do people usually need", "how many iv sessions will she get"])
def test_how_many_infusions_asks_a_figure_the_infusion_answer_does_not_give(matcher, five_phrasings, question):
    assert matcher.search(question).answer is None
    assert five_phrasings.search(question).answer is None


@pytest.mark.parametrize("question", ["what is bdnf, and what has ketamine got to do with it?",
                                      "what is BDNF? what does ketamine have to do with it?"])
def test_a_part_pointing_at_a_term_only_another_entry_knows_is_not_answered_as_what_ketamine_is(five_phrasings, question):
    # 'it' is bdnf: the second question alone reads as 'what is ketamine', the whole message as how it works
    found = five_phrasings.search_parts(question).matches[0]
    assert found.answer is None or found.answer.id == "how-ketamine-works"
    assert found.answer is not None or found.suggestions[0].id == "how-ketamine-works"


@pytest.mark.parametrize("question", ["what exactly is a ketamine infusion?", "what's an infusion of ketamine", "qué es una infusión de ketamina"])
def test_what_is_a_thing_an_entry_names_gets_that_entry_not_the_one_defining_its_first_word(matcher, five_phrasings, question):
    # 'ketamine infusion' is a phrasing of the entry on how ketamine is given, not of 'what is ketamine'
    for m in (matcher, five_phrasings):
        assert m.search(question).answer.id == "infusion"


@pytest.mark.parametrize("question, entry", [("explain postpartum depression to me please", "what-is-ppd"),
                                             ("explain ketamine to me like i'm 10", "what-is-ketamine")])
def test_explain_a_term_to_me_is_answered_with_what_it_is(five_phrasings, question, entry):
    assert five_phrasings.search(question).answer.id == entry


@pytest.mark.parametrize("question", ["is ppd just a thing women get", "¿la depresión posparto solo le da a las mujeres?"])
def test_the_people_a_study_counted_do_not_make_an_entry_about_them(five_phrasings, question):
    # the prevention answer cites a study of so many women; a question about who gets ppd is not about it
    found = five_phrasings.search(question).answer
    assert found is None or found.id != "prevention"


def test_a_spanish_everyday_verb_reads_as_the_english_the_faq_uses(five_phrasings):
    # 'se mantiene' is 'lasts': a young entry about lasting results answers it
    assert five_phrasings.search("la mejoria con la ketamina se mantiene?").answer.id == "long-term"


def test_a_superlative_in_an_answer_is_known_as_its_word(five_phrasings):
    # the suicidal-thoughts answer calls ketamine the fastest-acting treatment for them
    assert five_phrasings.search("does ketamine act quickly against suicidal thoughts").answer.id == "suicidal-thoughts"


def test_for_me_after_a_request_is_not_asking_whether_it_is_right_for_me(five_phrasings):
    assert five_phrasings.search("explain ketamine for me please").answer.id == "what-is-ketamine"
    assert five_phrasings.search("tell me if ketamine is for me").answer.id == "who-is-candidate"


def test_asking_to_be_told_whether_it_would_work_for_me_is_candidacy(matcher):
    # 'tell me' asks a question of the bot; the 'for me' after 'would work' is still the writer's own case
    assert _verdict(matcher, "can you tell me if ketamine would work for me") == "who-is-candidate"
    assert _verdict(matcher, "could you tell me if ketamine will work for me") == "who-is-candidate"


@pytest.mark.parametrize("question", [
    "is it true ketamine works fast on suicidal ideation",
    "ketamine for suicidal ideation, does it work fast?",
])
def test_a_word_of_the_question_does_not_outweigh_another_entrys_own_topic(five_phrasings, question):
    # 'suicidal' is what only the suicidal-thoughts entry is about: 'fast' alone does not make
    # it a question about how fast ketamine works
    match = five_phrasings.search(question)
    assert match.answer is None or match.answer.id == "suicidal-thoughts"


def test_a_young_entry_is_not_held_back_by_one_word_neither_it_nor_the_runner_up_knows(five_phrasings):
    assert five_phrasings.search("iv drip ketamine or oral?").answer.id == "infusion"


def test_how_many_treatment_options_asks_which_treatments_not_a_number(matcher):
    assert _verdict(matcher, "how many treatment options are there") == "standard-treatment"


@pytest.mark.parametrize("question", [
    "how is postpartum anxiety different from postpartum depression",
    "is postpartum ocd the same thing as postpartum depression",
])
def test_comparing_another_postpartum_condition_is_not_answered_as_baby_blues(matcher, five_phrasings, question):
    # the FAQ says nothing of postpartum anxiety or OCD: the baby-blues comparison is no answer to them
    for m in (matcher, five_phrasings):
        assert m.search(question).answer is None


def test_baby_blues_against_postpartum_depression_is_still_answered(five_phrasings):
    assert five_phrasings.search("how are the baby blues different from postpartum depression").answer.id == "baby-blues"


@pytest.mark.parametrize("question, expected", [
    ("wats ketamin", "what-is-ketamine"),
    ("hows ketamine given", "infusion"),
])
def test_chat_spellings_of_a_question_word_read_as_the_question(five_phrasings, question, expected):
    assert five_phrasings.search(question).answer.id == expected


def test_a_chat_spelled_spanish_request_for_my_wife_books_an_appointment(five_phrasings):
    # 'kiero' and 'pa' make it Spanish, so 'mi esposa' is 'my wife', not 'right for me'
    assert five_phrasings.search("kiero sacar cita pa mi esposo xfa").answer.id == "book-appointment"


def test_depression_after_the_birth_said_in_other_spanish_words_is_postpartum_depression(five_phrasings):
    assert five_phrasings.search("cuales son las senales de depresion posterior al parto").answer.id == "ppd-symptoms"


@pytest.mark.parametrize("question", [
    "what do doctors usually do for postnatal depression? counseling? pills?",
    "que hacen los doctores normalmente para la depresion posparto",
])
def test_what_doctors_usually_do_points_to_the_usual_treatments_not_the_pills_comparison(five_phrasings, question):
    match = five_phrasings.search(question)
    first = match.answer or match.suggestions[0]
    assert first.id == "standard-treatment"


def test_normal_antidepressants_are_the_usual_ones_not_the_baby_blues_normal(five_phrasings):
    assert five_phrasings.search("difference between ketamine and normal antidepressants?").answer.id == "ketamine-vs-antidepressants"
    assert five_phrasings.search("is it normal to feel weepy for a week after having the baby").answer.id == "baby-blues"


def test_a_statement_before_a_comma_tells_the_story_of_the_question_after_it():
    # "my wife is nursing our 3 month old" is told; "would she have to stop" asks about her
    assert split_parts("my wife is nursing our 3 month old, would she have to stop to get ketamine") == [
        ("my wife is nursing our 3 month old", False), ("would she have to stop to get ketamine", True)]
    # a condition is not a statement, and a question about oneself is read whole
    assert len(split_parts("if ppd isn't treated, how long does it usually last?")) == 1
    assert len(split_parts("i'm 30 weeks pregnant, can i start ketamine now")) == 1


# Round 38 (five38): word senses, a comparison naming what the FAQ never speaks of, a gap word asked for.
@pytest.mark.parametrize("question", [
    "will they hook me up to an iv for the treatment",
    "do you get hooked up to a drip the whole time",
])
def test_being_hooked_up_to_a_drip_is_the_infusion_not_addiction(matcher, question):
    tokens = matcher.normalise(question)
    assert matcher.normalise("addictive")[0] not in tokens
    match = matcher.search(question)
    assert (match.answer or match.suggestions[0]).id != "side-effects"


def test_getting_hooked_on_ketamine_is_still_addiction(matcher):
    assert matcher.search("could i get hooked on ketamine").answer.id == "side-effects"


@pytest.mark.parametrize("question", [
    "can i work the morning after my infusion",
    "will i be able to work the next day after ketamine",
])
def test_going_to_work_after_an_infusion_is_not_how_fast_ketamine_works(matcher, question):
    assert matcher.search(question).answer is None


@pytest.mark.parametrize("question", [
    "difference between ketamine infusions and psilocybin sessions?",
    "ketamine drip vs IM shots, which one is better",
    "esketamine spray versus ketamine iv",
])
def test_a_comparison_with_something_no_entry_speaks_of_is_not_answered(matcher, question):
    assert matcher.search(question).answer is None


@pytest.mark.parametrize("question", [
    "ketamine vs lexapro, which is better",
    "what's the difference between the baby blues and postpartum depression",
])
def test_a_comparison_of_things_the_faq_covers_is_still_answered(matcher, question):
    assert matcher.search(question).answer is not None


def test_the_dose_a_study_used_is_not_answered_by_the_entry_that_cites_the_study(matcher):
    assert matcher.search("what was the dose they gave in that study").answer is None


@pytest.mark.parametrize("question, entry", [
    ("how can an anesthesia drug help with depression", "how-ketamine-works"),
    ("how would a drip of ketamine actually fix depression", "how-ketamine-works"),
])
def test_how_a_drug_helps_depression_asks_how_it_works(matcher, question, entry):
    # answered so, or at least offered: never another entry answered with confidence
    match = matcher.search(question)
    assert (match.answer.id == entry) if match.answer else entry in [s.id for s in match.suggestions]


@pytest.mark.parametrize("question", ["how does ketamine fix depression", "could ketamine fix my ppd"])
def test_fixing_depression_is_treating_it_not_a_permanent_fix(matcher, question):
    assert "fix" not in matcher.normalise(question)
    assert matcher.normalise("is it a permanent fix").count("fix") == 1


def test_how_i_can_help_someone_with_depression_is_not_how_ketamine_works(matcher):
    match = matcher.search("how can i help my sister with her depression")
    assert match.answer is None or match.answer.id != "how-ketamine-works"


@pytest.mark.parametrize("question", [
    "do you offer oral ketamine or infusions",
    "do you give pill ketamine or iv",
])
def test_oral_or_infusion_is_never_answered_with_another_topic(matcher, question):
    match = matcher.search(question)
    assert (match.answer or match.suggestions[0]).id == "infusion"


@pytest.mark.parametrize("question", [
    "how do you take the ketamine at your clinic",
    "how are patients given ketamine there",
])
def test_how_ketamine_is_taken_is_the_infusion_entry_even_with_five_phrasings(five_phrasings, question):
    match = five_phrasings.search(question)
    assert match.answer is not None and match.answer.id == "infusion"


def test_a_young_entry_borrows_its_answer_words_in_coverage():
    """en39: with five phrasings, an entry's title and answer words weigh more in how much of a
    question it knows ('last longer', 'resolve', 'therapy' are in the answers); the full FAQ is unchanged."""
    from dataclasses import replace
    knowledge = cut_phrasings(load_knowledge(SHIPPED_FAQ), 5)
    young, flat = Matcher(knowledge), Matcher(knowledge, replace(Matcher(knowledge).settings, young_answer_weight=0.0))
    for text, entry_id in [
        ("do the baby blues resolve on their own or last longer", "baby-blues"),
        ("is ppd usually treated with an antidepressant together with therapy", "standard-treatment"),
    ]:
        tokens = young.normalise(text)
        assert young.coverage(tokens, entry_id)[0] > flat.coverage(tokens, entry_id)[0]
    full = load_knowledge(SHIPPED_FAQ)
    grown, grown_flat = Matcher(full), Matcher(full, replace(Matcher(full).settings, young_answer_weight=0.0))
    tokens = grown.normalise("do the baby blues resolve on their own or last longer")
    assert grown.coverage(tokens, "baby-blues") == grown_flat.coverage(tokens, "baby-blues")


@pytest.mark.parametrize("text, expected", [
    ("how long can baby blues last before it is considered postpartum depression", "baby-blues"),
    ("is an antidepressant plus therapy the typical approach for postpartum depression", "standard-treatment"),
    ("my midwife wants me on an antidepressant and therapy, is that the usual approach for ppd", "standard-treatment"),
    ("my husband is not himself since our baby came, can men get depressed after a birth too", "ppd-fathers"),
    ("can postpartum depression still show up late in the first year after delivery", "ppd-onset"),
])
def test_five_phrasing_entries_answer_patients_in_their_words(text, expected):
    match = Matcher(cut_phrasings(load_knowledge(SHIPPED_FAQ), 5)).search(text)
    assert match.answer is not None and match.answer.id == expected


@pytest.mark.parametrize("text, suggested", [
    # a contact detail the answers never give ('call our office' names no number)
    ("What's the phone number for your office?", "book-appointment"),
    ("cual es el numero de telefono de la clinica", "book-appointment"),
    ("necesito el telefono de la clinica para hacer una cita", "book-appointment"),
    # the wait for a first visit, not how soon the treatment works
    ("how quickly can i be seen", "how-fast"),
    ("how soon could i get an appointment with you guys", "how-fast"),
    ("que tan pronto me pueden atender", "how-fast"),
])
def test_a_contact_detail_or_the_wait_for_a_visit_is_not_answered_confidently(matcher, text, suggested):
    match = matcher.search(text)
    assert match.answer is None and suggested in [entry.id for entry in match.suggestions]


@pytest.mark.parametrize("text, expected", [
    ("how can I contact you", "book-appointment"),
    ("how do i sign up to be seen", "book-appointment"),
    ("how soon does ketamine work", "how-fast"),
    ("how soon can i feel better after the first infusion", "how-fast"),
])
def test_booking_and_speed_questions_still_answered(matcher, text, expected):
    match = matcher.search(text)
    assert match.answer is not None and match.answer.id == expected


def test_a_husband_named_with_nothing_asked_about_him_is_only_suggested(matcher):
    match = matcher.search("mi marido quiere saber mas")
    assert match.answer is None and [entry.id for entry in match.suggestions] == ["ppd-fathers"]
    assert matcher.search("my husband seems down since the baby came, can men get this").answer.id == "ppd-fathers"


@pytest.mark.parametrize("text", [
    "do i need to bring anything to my first visit",
    "q tengo q llevar el dia de la cita?",
    "puedo llevar a mi bebe a la cita",
])
def test_what_to_bring_to_a_visit_is_not_answered_confidently(matcher, text):
    assert matcher.search(text).answer is None


def test_bringing_a_word_up_is_not_bringing_something_to_a_visit(matcher):
    match = matcher.search("my mom keeps bringing it up, what is postpartum depression exactly")
    assert match.answer is not None and match.answer.id == "what-is-ppd"



@pytest.mark.parametrize("text, english", [
    ("is it part of ppd", "part"),
    ("do you have a program for new moms", "program"),
])
def test_an_english_word_is_not_read_as_a_clipped_spanish_one(matcher, text, english):
    # 'part' is not 'parto' (birth), 'program' not 'programar' (book)
    tokens = matcher.normalise(text)
    assert english in tokens and "birth" not in tokens and "book" not in tokens


@pytest.mark.parametrize("text, term", [
    ("ketamine or zoloft whats the diff", "differ"),
    ("el parto fue muy dificil", "birth"),
    ("me programaron la cita", "book"),
])
def test_spanish_forms_and_clipped_terms_still_lead_to_their_term(matcher, text, term):
    assert term in matcher.normalise(text)


@pytest.mark.parametrize("text", [
    "is crying all day part of postpartum depression",
    "can anger be part of ppd",
])
def test_asking_if_a_feeling_is_part_of_ppd_gets_the_symptoms(five_phrasings, text):
    match = five_phrasings.search(text)
    assert match.answer is not None and match.answer.id == "ppd-symptoms"


def test_a_young_entry_answers_a_plain_question_about_its_topic():
    # an entry cut to five phrasings still answers a question in other words when it clearly leads
    young = Matcher(cut_phrasings(load_knowledge(SHIPPED_FAQ), 5))
    assert young.search("c section booked in three weeks and I've had anxiety and depression before. could ketamine lower my odds of getting ppd?").answer.id == "prevention"
    assert young.search("Does the relief come the same day as the ketamine treatment?").answer.id == "how-fast"
    assert young.search("my brother had a baby girl last month and he seems lost. can a man get depression after a baby comes?").answer.id == "ppd-fathers"
    assert young.search("I'm 30 weeks pregnant and have been anxious and low the whole time. Is there research that ketamine after delivery prevents ppd?").answer.id == "prevention"


def test_a_young_entry_is_not_lifted_past_a_rival_that_answers_the_aspect_asked():
    # 'how safe is it' asked after a claim that ketamine is a party drug: the entry saying what ketamine
    # is does not answer safety, the safety entry close behind does; the lift for youth does not decide it
    young = Matcher(cut_phrasings(load_knowledge(SHIPPED_FAQ), 5))
    for question in ("I'm nervous about ketamine since I only heard of it as a party drug. How safe is this treatment really?",
                     "the pills gave me bad side effects so I quit them. am I still able to get ketamine?"):
        match = young.search(question)
        assert match.answer is None or match.answer.id in {"side-effects", "who-is-candidate"}


@pytest.mark.parametrize("question, expected", [
    ("I started an antidepressant a month ago and nothing has changed yet. My partner is worried and so am I. "
     "If I switched to ketamine, how soon might I start feeling better?", "how-fast"),
    ("Llevo un mes con un antidepresivo y sigo igual. Estoy agotada. Con la ketamina en cuánto tiempo me sentiría mejor?",
     "how-fast"),
])
def test_story_then_one_question_naming_the_treatment_is_answered(matcher, question, expected):
    # the last sentence, the only one that asks, is the question; the story around it must not hold it back
    assert matcher.search(question).answer.id == expected


def test_story_then_question_pointing_back_is_not_answered_by_a_story_sentence(matcher):
    match = matcher.search("my aunt laughed when I mentioned the word ketamine at lunch. can you tell me what it really is so I can explain it?")
    assert match.answer is None or match.answer.id == "what-is-ketamine"


# Round 44 (en44) --------------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("what's the typical duration of the benefit", "long-term"),
    ("duration of the effect of ketamine?", "long-term"),
    ("is your office near gilbert", "about-clinic"),
    ("are yall near gilbert az", "about-clinic"),
    ("which are the regular options for treating ppd", "standard-treatment"),
])
def test_duration_nearness_and_regular_options_are_read_as_their_concepts(matcher, question, expected):
    young = Matcher(cut_phrasings(load_knowledge(SHIPPED_FAQ), 5))
    assert matcher.search(question).answer.id == expected
    assert young.search(question).answer.id == expected


@pytest.mark.parametrize("question", [
    "can you recommend a pediatrician near chandler",
    "is there a pharmacy near your office",
])
def test_near_alone_does_not_make_a_question_about_the_clinic(matcher, question):
    match = matcher.search(question)
    assert match.answer is None or match.answer.id != "about-clinic"


@pytest.mark.parametrize("question", [
    "what is an iv drip exactly",
    "what's a drip, never had one",
])
def test_what_a_thing_is_goes_to_the_entry_naming_it_not_to_the_one_defining_ketamine(matcher, question):
    match = matcher.search(question)
    assert match.answer is not None and match.answer.id == "infusion"


def test_asking_what_ketamine_is_still_gets_the_definition(matcher):
    for question in ("what is ketamine exactly", "what is this medicine", "what's an anesthetic"):
        assert matcher.search(question).answer.id == "what-is-ketamine"


@pytest.mark.parametrize("question", [
    "are pills the only option for ppd",
    "is therapy the only treatment for postpartum depression",
    "is medicine the only way to treat ppd",
])
def test_whether_one_kind_of_care_is_all_there_is_asks_for_the_usual_treatments(matcher, question):
    assert matcher.search(question).answer.id == "standard-treatment"


def test_whether_ketamine_is_the_only_option_for_me_still_asks_about_candidates(matcher):
    assert matcher.search("is ketamine the only option for me").answer.id == "who-is-candidate"


@pytest.mark.parametrize("question", [
    "when does the improvement start",
    "when do the effects start after an infusion",
])
def test_when_the_relief_starts_asks_how_fast_not_when_ppd_begins(matcher, question):
    assert matcher.search(question).answer.id == "how-fast"


@pytest.mark.parametrize("question", [
    "our granddaughter has had the blues since the baby came, how do we know if it is something worse",
    "my niece says she has the blues since her baby came. how can we tell if it is something more serious?",
])
def test_a_question_asked_for_a_grandchild_or_niece_is_read_for_its_topic(matcher, question):
    # the wider family names who is asked about, not what: the person word does not hold the answer back
    assert matcher.search(question).answer.id == "baby-blues"


# Round 45 (en45) -------------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Doula here, what side effects do your patients get?", "side-effects"),
    ("Midwife here: what are the common side effects?", "side-effects"),
    ("As a lactation consultant, I need to know: can moms nurse after an infusion?", "breastfeeding"),
])
def test_an_asker_who_opens_with_their_trade_is_answered_on_the_question(matcher, question, expected):
    # 'nurse here', 'pharmacist question:' say who asks, not what is asked
    assert matcher.search(question).answer.id == expected


def test_a_trade_named_inside_the_question_is_not_dropped(matcher):
    from bot.core.matcher import _ROLE_OPENING
    assert _ROLE_OPENING.sub("", "can i talk to a nurse here?") == "can i talk to a nurse here?"
    assert _ROLE_OPENING.sub("", "Pharmacist here, is it safe?") == "is it safe?"


@pytest.mark.parametrize("question, expected", [
    ("im worried ill have to give up breastfeeding", "breastfeeding"),
    ("will it wear off and ill crash again?", "long-term"),
])
def test_ill_written_for_i_will_is_not_read_as_sick(matcher, question, expected):
    assert matcher.search(question).answer.id == expected


def test_ill_as_sick_stays_a_word(matcher):
    assert "ill" not in " ".join(matcher.normalise("im scared ill have to stop")).split()
    assert "ill" in matcher.normalise("she is ill")


@pytest.mark.parametrize("question", [
    "what treatment do most women get for ppd",
    "which treatments do most moms try first for postpartum depression",
])
def test_what_most_people_get_asks_for_the_usual_treatment(five_phrasings, question):
    assert five_phrasings.search(question).answer.id == "standard-treatment"


@pytest.mark.parametrize("question, expected", [
    ("Ive been on zoloft and lexapro and neither worked. Would that make me eligible?", "who-is-candidate"),
    ("I have a toddler and a newborn and cant be knocked out for days. Is that a risk with this?", "side-effects"),
])
def test_a_last_question_pointing_back_at_the_story_is_answered_when_the_whole_agrees(matcher, question, expected):
    assert matcher.search(question).answer.id == expected


def test_a_last_question_pointing_back_is_not_read_alone_when_the_whole_is_torn(matcher):
    # the whole message is close to two entries: the short question alone does not decide
    assert matcher.search("my daughter has eczema, can she be treated at your clinic for that?").answer is None


@pytest.mark.parametrize("text, right", [
    ("Brain. How ketamine fix? Simple please.", "how-ketamine-works"),
    ("Brain chemistry. How does ketamine fix it? Keep it short.", "how-ketamine-works"),
    ("Brains. How ketamine fix it? Easy words please.", "how-ketamine-works"),
    ("Back then it was just the blues. My daughter is down now and I do not know if it is the blues "
     "or real depression. How is one different from the other?", "baby-blues"),
])
def test_loose_part_read_against_the_whole_message_is_not_a_wrong_answer(matcher, text, right):
    # Round 46: one loosely answered part whose runner-up is what the whole message is about
    # gets a hold-back offering both, or the right answer; never the part's narrower reading
    match = matcher.search_parts(text).matches[0]
    if match.answer is not None:
        assert match.answer.id == right
    else:
        assert right in [s.id for s in match.suggestions]


def test_part_asking_an_aspect_keeps_its_answer_after_a_story(matcher):
    # the whole message leans to what ketamine is, but the part asks about safety, which only its entry answers
    text = "My grandmother is worried ketamine is a party drug and unsafe. What is its safety record?"
    assert matcher.search_parts(text).matches[0].answer.id == "side-effects"


@pytest.mark.parametrize("text", [
    "How do I get started with you guys for my PPD?",
    "how can i get started with your clinic for my postpartum depression",
    "what do I need to do to get started with you for ppd treatment",
])
def test_get_started_with_the_clinic_is_booking_not_onset(matcher, text):
    # Round 46: 'get started with you' is becoming a patient, not when ppd starts
    assert matcher.search(text).answer.id == "book-appointment"


def test_when_ppd_starts_still_reads_as_onset(matcher):
    assert matcher.search("when does ppd start").answer.id == "ppd-onset"


# Round 47: a formal, lawyerly register. Its courtesy words ('I would appreciate', 'please advise as to',
# 'respectfully', 'clarification') are filler, not topic; its formal synonyms ('distinction', 'mechanism of
# action', 'telephone', 'general medical care') read as staff's words; and a request written as a statement
# ('I would appreciate a list of...') asks, as a question does.
@pytest.mark.parametrize("text, entry", [
    ("I would appreciate a brief list of the symptoms of postpartum depression.", "ppd-symptoms"),
    ("Respectfully, I would like clarification on the distinction between baby blues and postpartum depression.",
     "baby-blues"),
    ("Please advise as to the procedure for scheduling an initial consultation.", "book-appointment"),
    ("I am writing regarding booking a consultation. Is it done by telephone or online?", "book-appointment"),
    ("Could you provide some background on Renew Wellness and the services you provide?", "about-clinic"),
    ("I would be grateful for an explanation of ketamine's mechanism of action.", "how-ketamine-works"),
    ("Pertaining to ketamine, what is its mechanism of action?", "how-ketamine-works"),
    ("How quickly would ketamine take effect? My schedule is demanding.", "how-fast"),
    ("Before we proceed, could you explain in plain terms what postpartum depression actually is?", "what-is-ppd"),
    ("Could you delineate the distinction between ketamine and SSRIs?", "ketamine-vs-antidepressants"),
    ("In what ways is ketamine fundamentally different from SSRIs?", "ketamine-vs-antidepressants"),
    ("Kindly enumerate the recognized signs of postpartum depression.", "ppd-symptoms"),
    ("I am writing regarding timing: is there a defined window of onset for postpartum depression?", "ppd-onset"),
])
def test_formal_register_reads_as_its_plain_question(matcher, text, entry):
    match = matcher.search(text)
    assert match.answer is not None and match.answer.id == entry


@pytest.mark.parametrize("text, entry", [
    ("what are the symptoms of ppd", "ppd-symptoms"),
    ("how do I book", "book-appointment"),
    ("where are you located", "about-clinic"),
    ("how does ketamine work", "how-ketamine-works"),
    ("baby blues vs ppd", "baby-blues"),
    ("how is ppd defined", "what-is-ppd"),
    ("when does ppd start", "ppd-onset"),
])
def test_plain_short_questions_unchanged_by_formal_fillers(matcher, text, entry):
    assert matcher.search(text).answer.id == entry


def test_formal_words_are_not_misread_as_faq_words(matcher):
    # 'so-called' is not a call, 'in addition to' is not addiction, 'the latter' is not a latte,
    # 'my schedule' (the noun) is not booking
    tokens = matcher.normalise("the so-called baby blues, in addition to the latter; my schedule is busy")
    for word in ("contact", "addict", "caffein", "book"):
        assert word not in tokens


@pytest.mark.parametrize("text, entry", [
    ("my gfs doctor mentioned ketamine. what even is that", "what-is-ketamine"),
    ("how do i get in to see you", "book-appointment"),
    ("can ppd be prevented w ketamine", "prevention"),
])
def test_chat_shorthand_reads_as_the_plain_question(matcher, text, entry):
    match = matcher.search(text)
    assert match.answer is not None and match.answer.id == entry
