"""Round 57 (en57): questions written as a list in one line ("Context: 1) 6 weeks postpartum 2) back at work
soon 3) is PPD a real diagnosis?", "(a) ... (b) ...", "- ... - ..."), with wordings of our own beside the batch's.

* each kind of list marker, when the message holds two or more of it, opens a sentence: the point that asks is
  read as its own part, and when it is the only point that asks it is read as if sent alone (the other points
  set the scene); a point saying 'also'/'tambien' stays with the point before it;
* a bare fragment point ('2) speed? 3) side effect profile?') asks about the list's heading: it is not answered alone;
* "can't focus" opens a statement, not a question ('can' asks, "can't" at the start of a point tells);
* a phrasal verb with who it is for inside it ('sign her up', 'set my wife up') is the phrasal verb (to book),
  not 'sign' (a symptom);
* an acronym the FAQ never uses after 'do you take/accept' ('IHS', 'HSA') is a health plan: held back as
  insurance, which the FAQ does not cover, not answered about the clinic.
"""

from __future__ import annotations

import pytest

from bot.core.knowledge import load_knowledge
from bot.core.matcher import split_parts
from bot.core.responder import Responder
from tests.paths import SHIPPED_FAQ


@pytest.fixture(scope="module")
def shipped():
    return Responder(load_knowledge(SHIPPED_FAQ))


def _answer(responder, text: str) -> str | None:
    reply = responder.respond(text)
    assert not reply.crisis, text  # none of these is a crisis: no alarm on a plain question
    return reply.answer.id if reply.answer else None


@pytest.mark.parametrize("text, expected", [
    # batch 59
    ("Trying to self-assess honestly: 1. can't focus, lose my train of thought mid sentence 2. zero energy 3. can't "
     "decide what to make for dinner 4. crying randomly. Which of these are actually recognized PPD symptoms?", "ppd-symptoms"),
    ("Items: (a) 3 weeks PP (b) weepy every evening (c) still functioning mostly (d) how is the baby blues distinguished "
     "from PPD, duration, intensity, impact on daily life? Want to know if I should just wait it out.", "baby-blues"),
    ("1) Partner is the non-birthing parent 2) he's withdrawn, not sleeping even when the baby sleeps 3) is paternal "
     "postpartum depression a real thing or is that a stretch?", "ppd-fathers"),
    # our own wordings
    ('Background: 1) baby is 4 months 2) OB mentioned PPD at my checkup 3) what is postpartum depression exactly?', 'what-is-ppd'),
    ('Quick list: a) no appetite b) sleeping badly c) snapping at everyone. What are the usual signs of PPD?', 'ppd-symptoms'),
    ('Points: (1) 10 days postpartum (2) crying at night (3) how do you tell baby blues apart from postpartum depression?', 'baby-blues'),
    ("Some context - I'm the dad - been irritable for weeks - can fathers get postpartum depression too?", 'ppd-fathers'),
    ('Notes: 1. tried zoloft 2. tired of waiting 3. how quickly does ketamine start working?', 'how-fast'),
    ('Summary: (a) first visit next week (b) nervous (c) what side effects does ketamine have?', 'side-effects'),
    ('Context: 1) nursing my son 2) pumping twice a day 3) can I breastfeed after a ketamine infusion?', 'breastfeeding'),
    ('Situation: 1) wife has PPD 2) we live in Mesa 3) how do we book a consultation?', 'book-appointment'),
    ('Timeline: 1) baby born in March 2) fine until September 3) how late after birth can PPD begin?', 'ppd-onset'),
    ('Context: (a) diagnosed last month (b) no meds yet (c) what is the usual treatment for postpartum depression?', 'standard-treatment'),
    ('Facts: 1) did six infusions 2) feel better now 3) how long do the results of ketamine last?', 'long-term'),
    ('Items: - saw your ad - never heard of it - what is ketamine?', 'what-is-ketamine'),
    ('Background: 1) scared of needles 2) how is the ketamine infusion given?', 'infusion'),
    ('1) found you on google 2) live in chandler 3) what kind of clinic are you?', 'about-clinic'),
    ('Context: 1) two antidepressants failed 2) ppd for a year 3) am I a candidate for ketamine?', 'who-is-candidate'),
    ('Notes: a) on sertraline now b) how is ketamine different from antidepressants?', 'ketamine-vs-antidepressants'),
    ("Context: 1) I'm a nurse 2) curious 3) how does ketamine actually work in the brain?", 'how-ketamine-works'),
    ('Points: 1) due in May 2) had PPD last time 3) can ketamine given after delivery prevent postpartum depression?', 'prevention'),
])
def test_the_point_that_asks_is_answered(shipped, text, expected):
    assert _answer(shipped, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a dash, a number or a letter in brackets in an ordinary question is no list: the question reads as before
    ('ketamine - how fast does it work?', 'how-fast'),
    ('PPD - what is it exactly?', 'what-is-ppd'),
    ('Can I nurse 2. hours after an infusion?', 'breastfeeding'),
    ("I've tried 2 meds - how long does ketamine take to work?", 'how-fast'),
    ('what are the side effects (a) of ketamine?', 'side-effects'),
    ('can ppd start 6-8 months after birth?', 'ppd-onset'),
    ('does it last? I did 6 infusions in 2 weeks', 'long-term'),
    ('how do I book an appointment? my wife (31) has ppd', 'book-appointment'),
    ('what is ketamine - my friend (a nurse) mentioned it', 'what-is-ketamine'),
    ('is it baby blues or ppd - she cries a lot - she is 3 weeks pp?', 'baby-blues'),
    ('what is the usual treatment for postpartum depression - meds or therapy?', 'standard-treatment'),
    ('my husband - can dads get postpartum depression?', 'ppd-fathers'),
    ('is ketamine safe - any side effects?', 'side-effects'),
])
def test_ordinary_questions_with_dashes_and_numbers_still_answered(shipped, text, expected):
    assert _answer(shipped, text) == expected


@pytest.mark.parametrize("text", [
    # batch 59: the points are fragments of the heading's comparison; answering 'side effect profile?' alone was wrong
    "Comparison please, ketamine vs SSRIs/SNRIs: 1) different neurotransmitter? 2) speed? 3) side effect profile? "
    "Keep it brief, baby is napping",
    "Quick compare, ketamine vs zoloft: 1) cost? 2) speed? 3) side effects?",
])
def test_fragment_points_are_not_answered_alone(shipped, text):
    reply = shipped.respond(text)
    assert not reply.crisis
    assert reply.answer is None or reply.answer.id == "ketamine-vs-antidepressants", reply.answer.id


@pytest.mark.parametrize("text", [
    "Investigando opciones para un articulo del grupo de mamas: 1) lei que la ketamina se usa para pensamientos "
    "suicidas 2) aplica tambien en depresion posparto? 3) es mas rapida que otros tratamientos para eso?",
    "Questions: 1) can ketamine help with suicidal thoughts 2) does it work for postpartum too?",
])
def test_a_point_saying_also_stays_with_the_point_before(shipped, text):
    reply = shipped.respond(text)
    assert reply.crisis  # the contacts are shown, as for any message naming suicidal thoughts
    assert reply.answer is not None and reply.answer.id == "suicidal-thoughts"


@pytest.mark.parametrize("text", [
    "can't sleep even when the baby sleeps",
    "can’t focus on anything at work",
])
def test_cant_opens_a_statement(text):
    assert [asks for _, asks in split_parts(text)] == [False]


@pytest.mark.parametrize("text", [
    "how do we sign her up",  # batch 59: answered the symptoms ('signs')
    "can I sign my wife up for a consult",
    "how would I sign him up for ketamine",
    "how do i sign my partner up",
    "can you set her up with an appointment",
    "where do I go to sign her up for ketamine",
])
def test_signing_someone_up_books(shipped, text):
    assert _answer(shipped, text) == "book-appointment"


@pytest.mark.parametrize("text, expected", [
    ("what are the signs of ppd", "ppd-symptoms"),
    ("signs her depression is getting worse", "ppd-symptoms"),
    ("she wakes up at 3am every night", None),
    ("I set the alarm up for her feeds", None),
])
def test_signs_and_ups_keep_their_reading(shipped, text, expected):
    assert _answer(shipped, text) == expected


@pytest.mark.parametrize("text", [
    "Do you take IHS. I have Indian Health Service",  # batch 59: answered about the clinic
    "do you work with VA benefits",
    "do you guys accept HSA cards",
    "Do you take BCBS?",
])
def test_a_plan_named_by_acronym_is_not_answered(shipped, text):
    assert _answer(shipped, text) is None


@pytest.mark.parametrize("text, expected", [
    ("do you take IV ketamine only or nasal too", "infusion"),  # 'IV' is the FAQ's own word: no plan
    ("is it safe to take ketamine", "side-effects"),
])
def test_known_words_after_take_are_read_as_before(shipped, text, expected):
    assert _answer(shipped, text) == expected
