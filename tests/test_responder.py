"""respond(text, context) -> Reply: what the bot says, in what order, and that nothing can suppress
the crisis block."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace

import yaml

from bot.core.knowledge import load_knowledge
from bot.core.responder import Action, Context, Limit, Menu, Outcome, Reply, Responder, inline_items
from bot.core.safety import CrisisVerdict, Tier
from tests.paths import DATA, REPO, SHIPPED_FAQ


def test_answer_then_disclaimer(responder):
    reply = responder.respond("how fast does ketamine work")
    assert reply.outcome is Outcome.ANSWERED and not reply.crisis and reply.crisis_text is None
    assert reply.parts == [f"{reply.answer.answer}\n\n{responder.knowledge.messages.disclaimer}"]
    assert reply.menu is Menu.ANSWER


def test_crisis_block_comes_first_and_alone(responder):
    reply = responder.respond("i want to end my life")
    assert reply.crisis and reply.tier is Tier.CRISIS and reply.parts[0] == responder.crisis_text
    assert "988" in reply.parts[0] and "911" in reply.parts[0]
    assert len(reply.parts) == 2


def test_988_and_911_are_in_the_first_line_of_the_crisis_block(responder):
    first_line = responder.crisis_text.splitlines()[0]
    assert "988" in first_line and "911" in first_line and len(first_line) <= 120


def test_crisis_with_a_question_gets_both_in_order(responder):
    reply = responder.respond("I keep thinking about killing myself. when can I breastfeed after an infusion?")
    assert reply.crisis and reply.answer is not None and reply.answer.id == "breastfeeding"
    assert reply.parts[0] == responder.crisis_text and reply.parts[1].startswith(reply.answer.answer)


def test_crisis_without_a_question_gets_a_supportive_line_not_a_guess(responder):
    for text in ("I keep having scary thoughts about hurting my baby", "i want to die", "i cant do this anymore i want to die"):
        reply = responder.respond(text)
        assert reply.crisis and reply.answer is None and not reply.suggestions, text
        assert reply.outcome is Outcome.SUPPORT and reply.parts[1] == responder.knowledge.messages.support


def test_the_suicidal_thoughts_entry_always_brings_the_crisis_block(responder):
    reply = responder.answer_entry("suicidal-thoughts")
    assert reply.crisis and reply.parts[0] == responder.crisis_text


def test_the_concern_tier_sends_the_gentle_check_in_first(responder, monkeypatch):
    monkeypatch.setattr(responder.detector, "check", lambda text, primed=False: CrisisVerdict(Tier.CONCERN, risk=True))
    reply = responder.respond("how fast does ketamine work")
    assert reply.crisis and reply.tier is Tier.CONCERN
    assert reply.parts[0] == responder.knowledge.messages.concern and "988" in reply.parts[0][:120]
    assert reply.answer is not None and reply.answer.id == "how-fast"


def test_negation_does_not_suppress(responder):
    assert responder.respond("I'm not suicidal but how long does ketamine take").crisis


def test_fallback_says_how_to_reach_the_clinic(responder):
    reply = responder.respond("what's the best stroller for twins")
    assert reply.outcome is Outcome.FALLBACK and reply.answer is None and reply.menu is Menu.TOPICS
    assert reply.text == responder.knowledge.messages.fallback
    assert "office" in reply.text or "appointment" in reply.text


def test_suggestions_list_their_titles(responder):
    reply = responder.respond("ketamine and depression")
    assert reply.outcome is Outcome.SUGGESTED and reply.menu is Menu.SUGGESTIONS
    assert all(f"• {entry.title}" in reply.text for entry in reply.suggestions)


def test_a_broken_matcher_still_gets_the_crisis_block_out(responder, monkeypatch):
    def broken(text):
        raise RuntimeError("index corrupted")

    monkeypatch.setattr(responder.matcher, "search", broken)
    reply = responder.respond("i want to die")
    assert reply.crisis and reply.parts[0] == responder.crisis_text and reply.outcome is Outcome.SUPPORT
    assert responder.respond("how fast does ketamine work").outcome is Outcome.FALLBACK


def test_a_broken_detector_fails_towards_showing_the_contacts(responder, monkeypatch):
    def broken(text, primed=False):
        raise RuntimeError("pattern table damaged")

    monkeypatch.setattr(responder.detector, "check", broken)
    reply = responder.respond("how fast does ketamine work")
    assert reply.crisis and reply.parts[0] == responder.crisis_text


def test_respond_is_pure(responder):
    first: Reply = responder.respond("can dads get ppd")
    assert responder.respond("can dads get ppd") == first


def test_a_reply_does_not_depend_on_other_patients_earlier_messages():
    # one bot answers every chat: what it was asked before (a whole batch, in both languages, and
    # messages with risk wording) must not change the reply to the next patient's question
    knowledge = load_knowledge(SHIPPED_FAQ)
    asked = ["¿Es normal sentirse triste los primeros días después de tener al bebé o ya es depresión posparto?",
             "can dads get ppd", "cuanto dura el efecto de la ketamina?", "is it safe while breastfeeding"]
    fresh = [Responder(knowledge).respond(text) for text in asked]
    used = Responder(knowledge)
    for name in ("questions_es_b24.yaml", "questions_b24.yaml"):
        for item in yaml.safe_load((DATA / name).read_text(encoding="utf-8")):
            used.respond(str(item["text"]))
    for text in yaml.safe_load((DATA / "crisis_batch24.yaml").read_text(encoding="utf-8"))["positive"]:
        used.respond(text)
    assert [used.respond(text) for text in asked] == fresh


_ANSWER_ALL = """
import sys, yaml
from bot.core.knowledge import load_knowledge
from bot.core.responder import Responder
responder = Responder(load_knowledge(sys.argv[1]))
for item in yaml.safe_load(open(sys.argv[2], encoding="utf-8")):
    reply = responder.respond(str(item["text"]))
    print(reply.outcome.name, reply.answer.id if reply.answer else None, [e.id for e in reply.suggestions])
"""


def test_every_process_gives_the_same_replies():
    # a set's order follows the string hash seed, which differs per process; weights summed in that
    # order once tipped "Is ketamine only for people whose other medications failed?" between an
    # answer and a "did you mean" from one start of the bot to the next
    def replies(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        return subprocess.run([sys.executable, "-c", _ANSWER_ALL, str(SHIPPED_FAQ), str(DATA / "questions_b34.yaml")],
                              cwd=REPO, env=env, capture_output=True, text=True, check=True).stdout
    first = replies("1")
    assert first.count("\n") >= 200 and replies("2") == first


def test_a_failure_that_quotes_the_message_does_not_log_it(responder, monkeypatch, caplog):
    def broken(text):
        raise KeyError(f"no index for {text!r}")  # exception messages can quote the input

    monkeypatch.setattr(responder.matcher, "search", broken)
    responder.respond("zanzibar question about my private life")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "matcher failed" in logged and "KeyError" in logged
    assert "zanzibar" not in logged and "zanzibar" not in caplog.text


def test_greetings_and_thanks_get_a_friendly_reply_not_the_fallback(responder):
    messages = responder.knowledge.messages
    for text, body in (("hi", messages.greeting), ("Hola!", responder.messages("es").greeting), ("thanks!", messages.thanks),
                       ("thank you so much", messages.thanks)):
        reply = responder.respond(text)
        assert reply.text == body and reply.outcome is Outcome.SMALL_TALK and reply.answer is None and not reply.crisis
    assert responder.respond("hi, how fast does ketamine work").answer.id == "how-fast"
    assert responder.respond("thanks, i want to die").crisis


# --- commands ---------------------------------------------------------------------------------


def test_start_greets_with_the_disclaimer_the_emergency_line_and_topics(responder):
    messages = responder.knowledge.messages
    reply = responder.respond("/start")
    assert reply.outcome is Outcome.COMMAND and not reply.crisis and reply.menu is Menu.TOPICS
    assert reply.text == f"{messages.greeting}\n\n{messages.disclaimer}\n\n{messages.emergency_line}"


def test_help_topics_and_unknown_commands(responder):
    messages = responder.knowledge.messages
    assert responder.respond("/help").text.startswith(messages.help)
    assert responder.respond("/topics").text == messages.choose_topic
    assert responder.respond("/topics@renew_bot").menu is Menu.TOPICS
    assert responder.respond("/frobnicate").text == messages.unknown_command


def test_crisis_command_shows_every_contact(responder):
    for command in ("/crisis", "/sos", "/SOS"):
        reply = responder.respond(command)
        assert reply.crisis and reply.parts == [responder.crisis_text]


def test_a_command_with_crisis_wording_gets_the_contacts_first(responder):
    reply = responder.respond("/start i want to kill myself")
    assert reply.crisis and reply.parts[0] == responder.crisis_text
    assert reply.parts[1].startswith(responder.knowledge.messages.greeting)


def test_staff_commands_are_actions_only_for_staff(responder):
    assert responder.respond("/reload").text == responder.knowledge.messages.staff_only
    assert responder.respond("/reload").action is Action.NONE
    assert responder.respond("/reload", Context(staff=True)).action is Action.RELOAD
    assert responder.respond("/stats", Context(staff=True)).action is Action.STATS


# --- the conversation ---------------------------------------------------------------------------


def test_in_a_group_an_unaddressed_message_gets_only_the_crisis_block(responder):
    aside = Context(addressed=False)
    assert responder.respond("how fast does ketamine work", aside).parts == []
    reply = responder.respond("honestly i want to die", aside)
    assert reply.parts == [responder.crisis_text]


def test_rate_limit_warns_once_then_stays_silent_but_never_holds_back_a_crisis(responder):
    messages = responder.knowledge.messages
    asked = []

    def limit(verdict: Limit):
        return lambda: asked.append(verdict) or verdict

    assert responder.respond("how fast does ketamine work", Context(limit=limit(Limit.WARN))).text == messages.slow_down
    assert responder.respond("how fast does ketamine work", Context(limit=limit(Limit.DROP))).parts == []
    crisis = responder.respond("i want to die", Context(limit=limit(Limit.DROP)))
    assert crisis.crisis and crisis.parts[0] == responder.crisis_text
    assert asked == [Limit.WARN, Limit.DROP]  # the crisis message never asked the limiter


def test_primed_context_is_passed_to_the_detector(responder, monkeypatch):
    seen = []
    real = responder.detector.check
    monkeypatch.setattr(responder.detector, "check", lambda text, primed=False: seen.append(primed) or real(text, primed=primed))
    responder.respond("bye", Context(primed=True))
    responder.respond("bye")
    assert seen[:1] == [True] and seen[-1] is False


def test_only_questions_the_faq_could_not_answer_may_be_kept_for_staff(responder):
    assert responder.respond("what's the best stroller for twins").keeps_question
    assert not responder.respond("how fast does ketamine work").keeps_question
    assert not responder.respond("i want to die and what's the best stroller").keeps_question
    assert not responder.respond("hi").keeps_question


def test_non_text_messages_get_a_note_unless_unaddressed_or_limited(responder):
    assert responder.non_text().text == responder.knowledge.messages.text_only
    assert responder.non_text(Context(addressed=False)).parts == []
    assert responder.non_text(Context(limit=lambda: Limit.DROP)).parts == []


def test_inline_results_put_the_crisis_contacts_first(responder):
    items = inline_items(responder, "i want to die, how fast does ketamine work")
    assert items[0].id == "crisis" and items[0].text == responder.crisis_text
    plain = inline_items(responder, "how fast does ketamine work")
    assert plain[0].id == "how-fast" and plain[0].text.endswith(responder.knowledge.messages.disclaimer)
    assert len(inline_items(responder, "")) == len(responder.knowledge.entries)


def test_reply_lang_follows_the_context(responder):
    # The conversation's language carries commands and bare acknowledgements; a question's own
    # language wins (see the tests below).
    assert responder.respond("/topics", replace(Context(), lang="es")).lang == "es"
    assert responder.respond("ok", replace(Context(), lang="es")).lang == "es"


# --- replies in the patient's language -------------------------------------------------------------


def test_spanish_question_gets_the_spanish_answer_and_disclaimer(responder):
    reply = responder.respond("puedo amamantar despues de la ketamina")
    assert reply.lang == "es" and reply.answer is not None and reply.answer.id == "breastfeeding"
    assert reply.parts == [f"{reply.answer.answer_es}\n\n{responder.messages('es').disclaimer}"]
    assert "OMS" in reply.text and "World Health" not in reply.text


def test_the_reply_follows_each_message_and_a_bare_ok_keeps_the_language(responder):
    assert responder.respond("how fast does ketamine work", Context(lang="es")).lang == "en"
    assert responder.respond("q tan rapido funciona la ketamina", Context(lang="en")).lang == "es"
    assert responder.respond("ok", Context(lang="es")).lang == "es"
    assert responder.respond("👍", Context(lang="en")).lang == "en"


def test_spanish_small_talk_fallback_and_crisis(responder):
    assert responder.respond("hola").body.startswith("Hola, soy")
    assert responder.respond("gracias", Context(lang="es")).body.startswith("De nada")
    assert responder.respond("cuanto cuesta la sesion de ketamina").body.startswith("Lo siento")
    crisis = responder.respond("ya no quiero vivir")
    assert crisis.crisis and crisis.parts[0] == responder.crisis_text_for("es")
    first_line = crisis.parts[0].splitlines()[0]
    assert "988" in first_line[:120] and "911" in first_line and "AYUDA" in first_line
    assert responder.respond("/crisis", Context(lang="es")).crisis_text == responder.crisis_text_for("es")


def test_spanish_suggestions_list_spanish_titles(responder):
    from bot.core.matcher import Match

    entries = (responder.knowledge.entry("how-fast"), responder.knowledge.entry("long-term"))
    reply = responder.reply_for(Match(answer=None, suggestions=entries, score=50.0, candidates=()), lang="es")
    assert reply.parts == [f"{responder.messages('es').not_sure}\n"
                           "• ¿Qué tan rápido funciona la ketamina?\n• ¿El alivio dura?"]


def test_idioma_and_language_commands_choose_the_language(responder):
    spanish = responder.respond("/idioma", Context(lang="en"))
    assert spanish.lang == "es" and spanish.body.startswith("Le responderé en español")
    english = responder.respond("/language", Context(lang="es"))
    assert english.lang == "en" and english.body.startswith("I'll answer in English")
    assert responder.respond("/language español", Context(lang="en")).lang == "es"
    assert responder.respond("/help", Context(lang="es")).body.startswith("Hágame una pregunta")
    assert responder.respond("/idioma quiero morir").crisis  # the crisis check runs on commands too


def test_an_entry_without_spanish_is_sent_in_english_under_a_spanish_note(faq_dir):
    import re

    from bot.core.knowledge import load_knowledge
    from bot.core.responder import Responder

    text = (faq_dir / "faq.yaml").read_text(encoding="utf-8")
    start = text.index("- id: infusion")
    (faq_dir / "faq.yaml").write_text(text[:start] + re.sub(r"  answer_es: \|\n    [^\n]*\n", "", text[start:], count=1), encoding="utf-8")
    responder = Responder(load_knowledge(faq_dir))
    reply = responder.answer_entry("infusion", lang="es")
    note = responder.messages("es").no_spanish_answer
    assert reply.body == f"{note}\n\n{reply.answer.answer}" and note.startswith("Esta respuesta todavía no está en español")
    assert responder.answer_entry("infusion").body == reply.answer.answer  # English readers see no note


def test_inline_results_in_spanish(responder):
    items = inline_items(responder, "lactancia y ketamina", "es")
    assert items[0].title == "Ketamina y lactancia" and items[0].text.startswith("Todavía no hay suficientes estudios")


def test_a_two_part_question_gets_both_answers_under_their_titles(responder):
    reply = responder.respond("when will I feel better and how long does it last")
    fast, lasting = responder.knowledge.entry("how-fast"), responder.knowledge.entry("long-term")
    assert reply.outcome is Outcome.ANSWERED and reply.answer is fast
    assert reply.body == f"{fast.title}\n{fast.answer}\n\n{lasting.title}\n{lasting.answer}"


def test_a_part_the_faq_does_not_cover_is_said_so_under_the_answer(responder):
    reply = responder.respond("how fast does it work? and how much does it cost?")
    messages = responder.knowledge.messages
    assert reply.answer.id == "how-fast"
    assert reply.body.endswith(messages.part_not_covered) and "office" in messages.part_not_covered


def test_a_short_question_leaning_on_the_crisis_sentence_gets_the_suicidal_thoughts_answer(responder):
    reply = responder.respond("I keep having suicidal thoughts. Does ketamine help?")
    assert reply.tier is Tier.CRISIS and reply.parts[0] == responder.crisis_text
    assert reply.answer is not None and reply.answer.id == "suicidal-thoughts"


def test_a_question_pointing_back_at_the_crisis_sentence_gets_the_suicidal_thoughts_answer(responder):
    """'that' is the risk wording left out of the question part: the answer is about it, not about who can have ketamine."""
    reply = responder.respond("everyone would be better off if i wasnt here anymore. can ketamine help with that")
    assert reply.parts[0] == responder.crisis_text
    assert reply.answer is not None and reply.answer.id == "suicidal-thoughts"


def test_a_question_about_suicidal_thoughts_as_a_topic_gets_the_check_in_with_the_answer(responder):
    """The detector's check-in (988 first) is kept; the full crisis block is for a person's own thoughts."""
    reply = responder.respond("can ketamine help with suicidal thoughts")
    assert reply.tier is Tier.CONCERN and "988" in reply.parts[0]
    assert reply.answer is not None and reply.answer.id == "suicidal-thoughts"
    assert responder.respond("i keep having suicidal thoughts, can ketamine help").tier is Tier.CRISIS


def test_a_question_matched_to_the_suicidal_thoughts_entry_without_risk_wording_gets_the_gentle_tier(responder, monkeypatch):
    """The matcher's reading alone (no risk wording seen by the detector) brings 988 first with the
    gentle check-in, not the full crisis block: an ordinary question wrongly matched to that entry
    must not alarm, and a real one still sees 988 before anything else."""
    monkeypatch.setattr(responder.detector, "check", lambda text, primed=False: CrisisVerdict(Tier.NONE))
    reply = responder.respond("can ketamine help with suicidal thoughts")
    assert reply.answer.id == "suicidal-thoughts"
    assert reply.verdict.tier is Tier.CONCERN and reply.parts[0].startswith(responder.messages().concern[:40])


def test_under_the_check_in_the_one_sentence_that_asks_is_matched_before_the_story(responder, monkeypatch):
    """The calm sentences joined together bury a short question under the story told after it."""
    def check(text, primed=False):
        return CrisisVerdict(Tier.CONCERN, risk=True) if "hollow" in text else CrisisVerdict(Tier.NONE)
    monkeypatch.setattr(responder.detector, "check", check)
    reply = responder.respond("Can dads get postpartum depression too? I feel hollow lately. Our son turned "
                              "three months old last week, my wife went back to work and the house is loud all day.")
    assert reply.tier is Tier.CONCERN
    assert reply.answer is not None and reply.answer.id == "ppd-fathers"


def test_a_crisis_question_about_the_asker_leans_on_the_risk_sentence(responder):
    # 'help me' after the asker's own risk sentence asks whether ketamine helps with that
    reply = responder.respond("ive been thinking about ending my life since my baby was born. can ketamine help me")
    assert reply.crisis and reply.answer is not None and reply.answer.id == "suicidal-thoughts"
    # 'I' asking something of its own is still answered on its own
    reply = responder.respond("I keep thinking about killing myself. when can I breastfeed after an infusion?")
    assert reply.answer is not None and reply.answer.id == "breastfeeding"


def test_a_question_about_ketamine_and_suicidal_thinking_gets_its_answer_under_the_check_in(responder):
    """The check-in has seen the suicidal wording the matcher lacked to be sure: a question about
    ketamine and suicidal thinking gets that entry's answer, not the fallback, with 988 first."""
    for text in ("how does ketamine do with suicidal ideation compared to other treatments",
                 "ketamine for suicidal ideation, how effective is it",
                 "My therapist mentioned ketamine is sometimes used when depression includes suicidal ideation. "
                 "Does your clinic's info say anything about that?"):
        reply = responder.respond(text)
        assert reply.crisis and "988" in reply.parts[0], text
        assert reply.answer is not None and reply.answer.id == "suicidal-thoughts", text


def test_a_question_after_the_writers_own_risk_sentence_keeps_its_question_mark(responder):
    reply = responder.respond("ya no quiero vivir, siento q mi familia estaria mejor sin mi. la ketamina me puede ayudar?")
    assert reply.tier is Tier.CRISIS and reply.answer is not None and reply.answer.id == "suicidal-thoughts"


def test_an_unrelated_question_after_a_risk_sentence_gets_the_supportive_line_not_the_suicidal_thoughts_answer(responder):
    reply = responder.respond("I want to die. what is the best stroller for twins?")
    assert reply.crisis and reply.answer is None and reply.outcome is Outcome.SUPPORT


def test_a_question_about_what_ketamine_does_for_the_risk_wording_is_not_answered_with_another_topic(responder):
    # 'that' is the risk wording the question part leaves out: never the mechanism or side effects entry
    for text in (
        "my partner has had some dark thoughts about not wanting to be here since the baby. he has support now. can ketamine help with that?",
        "my friend told me she wished she could disappear after her delivery. is ketamine used for that?",
        "my wife said she wished she could just not wake up, back when her ppd was bad. how would ketamine treat that part?",
    ):
        reply = responder.respond(text)
        assert reply.answer is None or reply.answer.id == "suicidal-thoughts", text


def test_asking_whether_that_is_part_of_ppd_is_still_answered_after_risk_wording(responder):
    reply = responder.respond("i keep having scary thoughts about my baby getting hurt and i can't sleep. is that a symptom of ppd?")
    assert reply.answer is None or reply.answer.id == "ppd-symptoms"
