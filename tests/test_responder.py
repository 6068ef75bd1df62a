"""respond(text) -> Reply: the order of what the bot says, and that nothing can suppress the crisis block."""

from __future__ import annotations

from bot.core.responder import Reply


def test_answer_then_disclaimer(responder):
    reply = responder.respond("how fast does ketamine work")
    assert reply.outcome == "answered" and not reply.crisis and reply.crisis_text is None
    assert reply.parts == [f"{reply.answer.answer}\n\n{responder.knowledge.messages.disclaimer}"]


def test_crisis_block_comes_first_and_alone(responder):
    reply = responder.respond("i want to end my life")
    assert reply.crisis and reply.parts[0] == responder.crisis_text
    assert "988" in reply.parts[0] and "911" in reply.parts[0]
    assert len(reply.parts) == 2


def test_crisis_with_a_question_gets_both_in_order(responder):
    reply = responder.respond("I keep thinking about killing myself. when can I breastfeed after an infusion?")
    assert reply.crisis and reply.answer is not None and reply.answer.id == "breastfeeding"
    assert reply.parts[0] == responder.crisis_text and reply.parts[1].startswith(reply.answer.answer)


def test_the_suicidal_thoughts_entry_always_brings_the_crisis_block(responder):
    reply = responder.answer_entry("suicidal-thoughts")
    assert reply.crisis and reply.parts[0] == responder.crisis_text


def test_negation_does_not_suppress(responder):
    assert responder.respond("I'm not suicidal but how long does ketamine take").crisis


def test_fallback_says_how_to_reach_the_clinic(responder):
    reply = responder.respond("what's the best stroller for twins")
    assert reply.outcome == "fallback" and reply.answer is None
    assert reply.text == responder.knowledge.messages.fallback
    assert "office" in reply.text or "appointment" in reply.text


def test_suggestions_list_their_titles(responder):
    reply = responder.respond("ketamine and depression")
    assert reply.outcome == "suggested"
    assert all(f"• {entry.title}" in reply.text for entry in reply.suggestions)


def test_a_broken_matcher_still_gets_the_crisis_block_out(responder, monkeypatch):
    def broken(text):
        raise RuntimeError("index corrupted")

    monkeypatch.setattr(responder.matcher, "search", broken)
    reply = responder.respond("i want to die")
    assert reply.crisis and reply.parts[0] == responder.crisis_text and reply.outcome == "fallback"


def test_a_broken_detector_fails_towards_showing_the_contacts(responder, monkeypatch):
    def broken(text):
        raise RuntimeError("pattern table damaged")

    monkeypatch.setattr(responder.detector, "check", broken)
    assert responder.respond("how fast does ketamine work").crisis


def test_respond_is_pure(responder):
    first: Reply = responder.respond("can dads get ppd")
    assert responder.respond("can dads get ppd") == first


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
    for text, body in (("hi", messages.greeting), ("Hola!", messages.greeting), ("thanks!", messages.thanks),
                       ("thank you so much", messages.thanks)):
        reply = responder.respond(text)
        assert reply.text == body and reply.small_talk and reply.answer is None and not reply.crisis
    assert responder.respond("hi, how fast does ketamine work").answer.id == "how-fast"
    assert responder.respond("thanks, i want to die").crisis


# --- replies in the patient's language -------------------------------------------------------------


def test_spanish_question_gets_the_spanish_answer_and_disclaimer(responder):
    reply = responder.respond("puedo amamantar despues de la ketamina", lang="es")
    assert reply.answer is not None and reply.answer.id == "breastfeeding"
    assert reply.parts == [f"{reply.answer.answer_es}\n\n{responder.knowledge.texts('es').disclaimer}"]
    assert "OMS" in reply.text and "World Health" not in reply.text


def test_spanish_small_talk_fallback_and_crisis(responder):
    assert responder.respond("hola", lang="es").body.startswith("Hola, soy")
    assert responder.respond("gracias", lang="es").body.startswith("De nada")
    assert responder.respond("cuanto cuesta la sesion", lang="es").body.startswith("Lo siento")
    crisis = responder.respond("ya no quiero vivir", lang="es")
    assert crisis.crisis and crisis.parts[0] == responder.crisis_text_for("es")
    assert crisis.parts[0].startswith("Llame ahora al 988") and "AYUDA" in crisis.parts[0]


def test_spanish_suggestions_list_spanish_titles(responder):
    from bot.core.matcher import Match

    entries = (responder.knowledge.entry("how-fast"), responder.knowledge.entry("long-term"))
    reply = responder.reply_for(Match(answer=None, suggestions=entries, score=50.0, candidates=()), crisis=False, lang="es")
    assert reply.parts[0] == (f"{responder.knowledge.texts('es').not_sure}\n"
                              "• ¿Qué tan rápido funciona la ketamina?\n• ¿El alivio dura?")


def test_an_entry_without_spanish_is_sent_in_english_under_a_spanish_note(faq_dir):
    import re

    from bot.core.knowledge import load_knowledge
    from bot.core.responder import Responder

    text = (faq_dir / "faq.yaml").read_text(encoding="utf-8")
    start = text.index("- id: infusion")
    (faq_dir / "faq.yaml").write_text(text[:start] + re.sub(r"  answer_es: \|\n    [^\n]*\n", "", text[start:], count=1), encoding="utf-8")
    responder = Responder(load_knowledge(faq_dir))
    reply = responder.answer_entry("infusion", lang="es")
    note = responder.knowledge.texts("es").no_spanish_answer
    assert reply.body == f"{note}\n\n{reply.answer.answer}" and note.startswith("Esta respuesta todavía no está en español")
    assert responder.answer_entry("infusion").body == reply.answer.answer  # English readers see no note
