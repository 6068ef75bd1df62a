"""What a question asks (how fast, how long, what is...) and what it is about, learned from the
phrasings staff write (bot/core/aspects.py)."""

from __future__ import annotations

from bot.core.aspects import ANSWER_SHARE, agreement, answered_by, aspects_of, profiles, subject_agrees, subject_profiles, subjects_of


def test_aspect_profiles_are_learned_from_the_phrasings_staff_write():
    rows = [("lasting", "how long doe it last".split()), ("lasting", "is it permanent".split()),
            ("speed", "how fast doe it work".split()), ("speed", "how soon will i feel better".split())]
    learned = profiles(rows)
    assert agreement(aspects_of("will the relief last".split()), learned, "lasting") == 1.0
    assert agreement(aspects_of("will the relief last".split()), learned, "speed") == 0.0
    assert agreement(aspects_of("is it a pill".split()), learned, "speed") is None  # no aspect asked


def test_subject_frames_are_learned_from_phrasings():
    content = lambda word: word not in {"how", "long", "doe", "it", "the", "of"}  # noqa: E731
    learned = subject_profiles([("relief", "how long doe ketamin relief last".split())], content)
    assert learned == {"relief": {"lasting": frozenset({"ketamin", "relief"})}}
    assert not subject_agrees(subjects_of("how long doe the bleed last".split(), content), learned["relief"])
    assert subject_agrees(subjects_of("how long doe it last".split(), content), learned["relief"])
    assert subject_agrees(subjects_of("how long doe the bleed last".split(), content), {})


def test_new_frames_read_what_a_question_is_about():
    content = lambda word: word not in {"can", "my", "doe", "it", "the", "of", "an", "a", "are", "which", "is", "what"}  # noqa: E731
    assert subjects_of("can my iron caus low mood".split(), content) == {"cause": frozenset({"iron"})}
    assert subjects_of("what are the side effect of an iud".split(), content) == {"of side effect": frozenset({"iud"})}
    assert subjects_of("doe ppd start right away".split(), content)["start"] == frozenset({"ppd"})
    assert subjects_of("which vitamin are safe while breastfe".split(), content)["safe"] == frozenset({"vitamin"})
    assert subjects_of("is wine good for sleep".split(), content)["safe"] == frozenset({"wine"})


def test_a_question_of_another_kind_of_thing_is_not_compared_with_a_frame_of_another_head():
    # "the dose of ketamine" is not held against what the entry's "risk of ..." phrasings name
    content = lambda word: word not in {"the", "of", "what", "is"}  # noqa: E731
    learned = subject_profiles([("prevention", "lower the risk of ppd".split())], content)
    assert subject_agrees(subjects_of("what is the dose of ketamin".split(), content), learned["prevention"])
    assert not subject_agrees(subjects_of("what is the risk of ketamin".split(), content), learned["prevention"])


def test_asking_where_to_find_something_or_asking_the_clinic_to_do_something_is_strict():
    content = lambda word: word not in {"how", "do", "i", "a", "you", "can", "my", "or", "are", "the"}  # noqa: E731
    for question in ("how do i find a mom group", "where can i find a lactation class",
                     "can you test my hormon", "are you a clinic or do you do other thing too"):
        assert not subject_agrees(subjects_of(question.split(), content), {}), question
    assert subject_agrees(subjects_of("how do i find out if it is for me".split(), content), {})


def test_asking_when_one_may_start_something_is_a_strict_frame():
    content = lambda word: word not in {"when", "can", "i", "is", "it", "to", "again"}  # noqa: E731
    assert not subject_agrees(subjects_of("when can i start jog again".split(), content), {})
    assert not subject_agrees(subjects_of("when is it ok to bath".split(), content), {})
    assert subject_agrees(subjects_of("when doe ppd start".split(), content), {})


def test_a_lowered_risk_is_not_a_safety_question():
    assert "safety" not in aspects_of("can ketamin lower my risk".split())
    assert "safety" in aspects_of("is there a risk to my babi".split())


def test_who_asked_at_the_start_asks_who_it_is_for_not_a_relative_clause():
    assert "who" in aspects_of("who should get ketamin".split())
    assert "who" not in aspects_of("is ketamin for peopl who have suicid thought".split())


def test_whether_it_suits_the_asker_asks_who_it_is_for():
    # 'for me' reads 'right for me' (synonyms.yaml): only what is said to be right asks it
    assert "who" in aspects_of("would ketamin be someth right for me".split())
    assert "who" in aspects_of("could ketamin work for someone like me".split())
    assert "who" in aspects_of("do i have to fail other medic first befor i can try ketamin".split())
    assert "who" not in aspects_of("versus ketamin to tradit antidepress right for me".split())
    assert "who" not in aspects_of("antidepress take 2 months to do anything right for me".split())


def test_starting_to_feel_better_is_the_speed_and_the_illness_starting_is_the_onset():
    assert aspects_of("when will i start to feel better".split()) == {"speed"}
    assert aspects_of("when do you start see result".split()) == {"speed"}
    assert "onset" in aspects_of("when do symptom start".split())
    assert "onset" in aspects_of("doe postpartum depress hit right away".split())
    assert "onset" not in aspects_of("can i get ketamin befor postpartum depress start".split())


def test_what_one_waits_to_do_is_the_subject_of_a_wait():
    content = lambda word: word not in {"how", "long", "should", "i", "wait", "befor", "get", "to", "after"}  # noqa: E731
    learned = subject_profiles([("breastfeeding", "how long to wait to breastfe after ketamin".split())], content)
    assert not subject_agrees(subjects_of("how long should i wait befor get pregnant".split(), content), learned["breastfeeding"])
    assert subject_agrees(subjects_of("how long should i wait befor breastfe".split(), content), learned["breastfeeding"])


def test_more_cues_of_the_aspect_asked():
    assert "mechanism" in aspects_of("what doe ketamin do in your brain".split())
    assert "speed" in aspects_of("doe ketamin take that long too".split())
    assert "duration" in aspects_of("ketamin onli help for like a week".split())
    assert "who" in aspects_of("can i still do ketamin".split())


def test_an_answer_that_says_how_long_or_how_fast_answers_that_aspect():
    """An entry whose answer says how long something lasts is about 'how long', whatever its few
    phrasings ask; an answer that does not say it adds nothing."""
    assert answered_by("the babi blue often resolv within a few weeks".split()) == {"duration"}
    assert answered_by("describ as the fastest act treatment".split()) == {"speed"}
    assert answered_by("symptom may includ last sad".split()) == frozenset()
    rows = [("lasting", "how long doe it last".split()), ("blues", "is it the babi blue".split())]
    learned = profiles(rows, {"blues": frozenset({"duration"})})
    assert agreement(aspects_of("how long doe it last".split()), learned, "blues") == ANSWER_SHARE
    assert agreement(aspects_of("how long doe it last".split()), learned, "lasting") == 1.0


def test_a_young_entry_answers_the_aspect_its_answer_answers():
    from bot.core.knowledge import load_knowledge
    from bot.core.matcher import Matcher
    from bot.staff.evaluation import cut_phrasings
    from tests.paths import SHIPPED_FAQ

    young = Matcher(cut_phrasings(load_knowledge(SHIPPED_FAQ), 5))
    assert young.search("how long do baby blues last").answer.id == "baby-blues"
    assert young.search("cuanto duran los baby blues").answer.id == "baby-blues"


def test_what_is_usually_done_for_the_illness_asks_how_it_is_treated():
    assert "treated" in aspects_of("what do doctor normal do for postpartum depress".split())
    assert "treated" in aspects_of("do most people with postpartum depress just go on antidepress".split())
    assert "treated" in aspects_of("what is the standard way this get treat".split())
    assert "treated" not in aspects_of("what do doctor say about ketamin".split())


def test_the_science_behind_it_asks_how_it_works():
    assert "mechanism" in aspects_of("what is the scienc behind ketamin for depress".split())
    assert "mechanism" in aspects_of("what is ketamin doing in your brain to make depress better".split())
    assert "mechanism" in aspects_of("how does an anesthet fix depress".split())


def test_explaining_a_bare_term_to_me_asks_what_it_is():
    assert "definition" in aspects_of("explain ketamin to me like i am 5".split())
    assert "definition" in aspects_of("explain postpartum depress to us simpl".split())
    assert "definition" not in aspects_of("explain how ketamin work to me".split())
