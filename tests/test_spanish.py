"""Reading Spanish and Spanglish for the matcher (bot/core/spanish.py): chat spellings, stems,
telling a Spanish phrase from an English one."""

from __future__ import annotations

from functools import lru_cache

from bot.core.spanish import STOPWORDS, base_form, expand_chat, looks_spanish, stem as spanish_stem
from bot.core.text import words


def test_spanish_chat_spellings_expand():
    # ('mi' before a noun is the possessive, read as 'mis': see test_possessive_mi_is_not_the_pronoun_for_me)
    assert expand_chat(words("q onda xq no me dices k pasa pa mi bb")) == \
        "que onda porque no me dices que pasa para mis bebe".split()


def test_spanish_stems_join_verb_forms():
    assert spanish_stem("amamantar") == spanish_stem("amamantando") == spanish_stem("amamanto")


def test_a_spanish_phrase_is_told_from_an_english_one():
    assert looks_spanish(words("puedo tomar la ketamina si estoy amamantando"))
    assert not looks_spanish(words("can i take ketamine while breastfeeding"))


def test_a_verb_form_the_stemmer_misses_reads_as_its_infinitive():
    assert base_form("dio") == base_form("dado") == "dar"  # 'dio a luz' is 'dar a luz'
    assert base_form("darle") == "dar" and base_form("ponerse") == "poner"  # pronoun glued on
    assert base_form("sabria") == "saber" and base_form("tenga") == "tener"
    assert base_form("quieres") in STOPWORDS  # a function word's other form is one too
    assert base_form("ketamina") == "ketamina"


def test_spanish_words_english_writes_too_are_read_the_spanish_way():
    assert "bebe" not in expand_chat(words("los baby blues son normales?"))  # 'son' is 'are'
    assert "como" not in expand_chat(words("es como una depresion normal"))  # 'like', not 'how'
    assert "como" in expand_chat(words("como funciona la ketamina"))
    assert "son" in expand_chat(words("my son is 3 months old"))


def test_chat_spanish_reaches_its_entry(responder):
    # the infinitive behind 'dio' and 'darle', and 'son' as a verb
    assert responder.respond("mi esposa dio a luz hace 10 meses, todavia puede ser posparto?").lang == "es"
    assert responder.matcher.normalise("dio a luz") == responder.matcher.normalise("birth")
    assert responder.matcher.normalise("darle pecho") == responder.matcher.normalise("breastfeed")
    reply = responder.respond("quisiera saber si los beneficios de la ketamina son duraderos")
    assert reply.answer is not None and reply.answer.id == "long-term"


def test_other_forms_of_a_function_verb_read_as_its_infinitive():
    # the gerund, the imperfect and the participle of a verb that carries no topic
    assert base_form("tomando") == base_form("tomaba") == "tomar"
    assert base_form("daban") == "dar" and base_form("sentia") == "sentir" and base_form("andado") == "andar"
    # a word of the same shape whose infinitive is not a function verb keeps its meaning
    assert base_form("cansado") == "cansado" and base_form("ansia") == "ansia"
    # '-que'/'-gue' before 'e' is a '-car'/'-gar' verb: 'pague' is 'pagar' (cost)
    assert base_form("pague") == "pagar" and base_form("busque") == "buscar"


def test_chat_k_for_qu_is_read_back_only_for_function_words():
    assert expand_chat(words("kiero saber kien me atiende")) == "quiero saber quien me atiende".split()
    assert expand_chat(words("ketamina keep kid")) == ["ketamina", "keep", "kid"]


def test_possessive_mi_is_not_the_pronoun_for_me(responder):
    normalise = responder.matcher.normalise
    assert "right" not in normalise("quiero sacar cita para mi esposa")  # 'for my wife'
    assert "right" in normalise("la ketamina es para mi?")  # 'for me'


def test_spanish_chat_questions_count_as_asking():
    from bot.core.responder import asks_something

    assert asks_something("xq dicen q la ketamina sirve pa eso")
    assert asks_something("por que dicen que la ketamina es anti suicida")
    assert asks_something("q tan efectiva es la ketamina")
    assert not asks_something("lo pregunto por curiosidad")


def test_a_question_about_suicidal_thoughts_followed_by_a_remark_gets_its_answer(responder):
    reply = responder.respond("la ketamina ayuda con los pensamientos suicidas? lo pregunto por informacion nada mas")
    assert reply.crisis_text is not None  # the check-in still comes first
    assert reply.answer is not None and reply.answer.id == "suicidal-thoughts"
    # a statement of risk with no question still gets no FAQ answer
    assert responder.respond("ya no quiero vivir. mi bebe tiene 3 meses").answer is None
    # nor a person's own risk wording under the full block, question mark or not
    assert responder.respond("quiero morir? ya no aguanto").answer is None


def test_spanish_phrases_read_as_the_english_the_faq_uses(responder):
    normalise = responder.matcher.normalise
    assert normalise("sacar una cita") == normalise("book appointment")
    assert normalise("cuanto tiempo") == normalise("how long")
    assert normalise("cuanto tiempo despues de la cesarea")[:3] == normalise("how long after")
    assert normalise("en vez de pastillas") == normalise("instead pills")
    assert normalise("toda la noche") == normalise("through the night")
    # 'trabaja' is the verb (works), 'trabajo' mostly the job
    assert "work" in normalise("la ketamina trabaja diferente") and "work" not in normalise("mi trabajo")
    # 'parte' is a part, not 'parto' (birth); number words weigh like digits
    assert "birth" not in normalise("en que parte de arizona estan")
    assert responder.matcher.weight("tres") == responder.matcher.weight("3")
    # 'quitar' (take away) is not the English 'quit' its stem looks like
    assert "stop" not in normalise("como quita la depresion") and "stop" not in normalise("se quita solo")


def test_spanish_sleep_questions_about_the_baby_are_not_taken_for_symptoms(responder):
    reply = responder.respond("como hago que mi bebe duerma toda la noche")
    assert reply.answer is None


def test_spanish_onset_and_booking_questions_reach_their_entries(responder):
    onset = responder.respond("hasta cuanto tiempo despues de tener al bebe le puede dar a una la depresion post parto")
    assert onset.answer is not None and onset.answer.id == "ppd-onset"
    book = responder.respond("quiero sacar cita pa mi esposa, como le hago?")
    assert book.answer is not None and book.answer.id == "book-appointment"


def test_a_medicine_named_the_spanish_way_is_a_named_medicine(responder):
    # 'sertralina' is a particular antidepressant, as 'sertraline' is: the breastfeeding entry,
    # which never speaks of antidepressants, does not answer a question about it with confidence
    reply = responder.respond("la sertralina pasa a la leche materna?")
    assert reply.answer is None


def test_milk_supply_and_latch_questions_are_baby_care_not_the_breastfeeding_entry(responder):
    for question in ("como le hago pa tener mas leche", "mi bebe no agarra bien el pecho, que hago"):
        assert responder.respond(question).answer is None, question
    reply = responder.respond("puedo dar pecho despues de la infusion de ketamina?")
    assert reply.answer is not None and reply.answer.id == "breastfeeding"


def _aspects_and_subjects(responder, text):
    from bot.core.aspects import aspects_of, subjects_of

    tokens = responder.matcher.normalise(text)
    return aspects_of(tokens), subjects_of(tokens, responder.matcher._is_content)


def test_spanish_word_order_names_what_is_said_to_be_safe(responder):
    # Spanish puts the subject after the adjective: 'es segura la infusion' asks about the infusion,
    # not about what the sentence began with
    _, subjects = _aspects_and_subjects(responder, "si doy pecho, es segura la infusion de ketamina?")
    assert "ketamin" in subjects["safe"] and "breastfe" not in subjects["safe"]


def test_spanish_articles_do_not_push_the_noun_out_of_a_lasting_question(responder):
    _, subjects = _aspects_and_subjects(responder, "cuanto duran los efectos buenos de la ketamina")
    assert "ketamin" in subjects["lasting"]


def test_spanish_definition_questions_after_a_greeting_or_with_an_article(responder):
    for text in ("oye, que significa ppd", "disculpe la molestia, que es exactamente la depresion postparto"):
        aspects, _ = _aspects_and_subjects(responder, text)
        assert "definition" in aspects, text


def test_spanish_start_questions_without_an_auxiliary_ask_about_onset(responder):
    aspects, subjects = _aspects_and_subjects(responder, "la depresion postparto puede aparecer varios meses despues?")
    assert "onset" in aspects and {"postpartum", "depress"} <= subjects["start"]
    aspects, _ = _aspects_and_subjects(responder, "se puede tener depre postparto hasta 10 meses despues del parto")
    assert "onset" in aspects
    reply = responder.respond("la depre postparto aparece enseguida despues del parto o hasta meses despues?")
    assert reply.answer is None or reply.answer.id == "ppd-onset"


def test_a_part_of_the_baby_falling_off_is_not_the_baby_falling(responder):
    assert not responder.respond("cuando se le cae el cordon al bebe?").crisis
    assert not responder.respond("es normal que se le cae el pelito a mi bebe?").crisis
    assert responder.respond("me da miedo que se le cae el bebe de los brazos").crisis


def test_noche_is_night_so_a_baby_who_will_not_sleep_is_not_a_symptom_question(responder):
    assert responder.matcher.normalise("noche") == responder.matcher.normalise("night")
    assert responder.respond("mi bebe casi no duerme en las noches, que me recomiendan?").answer is None


def test_melancolia_after_birth_is_the_baby_blues(responder):
    normalise = responder.matcher.normalise
    assert normalise("la melancolia despues de dar a luz") == normalise("la baby blues")
    reply = responder.respond("cuantas semanas dura la melancolia post parto?")
    assert reply.answer is not None and reply.answer.id == "baby-blues"


def test_a_spanish_question_asking_for_a_figure_needs_an_entry_that_gives_one(responder):
    for text in ("cuántos papás tienen depresión después del parto?",
                 "existen estadísticas sobre la depresión posparto en los hombres?"):
        assert responder.respond(text).answer is None, text
    assert responder.respond("los papás también pueden tener depresión posparto?").answer.id == "ppd-fathers"


def test_a_spanish_request_bound_to_a_place_is_not_answered_by_an_entry_that_does_not_say_where(responder):
    for text in ("hay grupos de apoyo por aquí en Tempe?", "hay grupos de apoyo cerca de mi casa?"):
        assert responder.respond(text).answer is None, text
    assert responder.respond("los grupos de apoyo sirven para la depresión posparto?").answer.id == "standard-treatment"
    assert responder.respond("¿dónde están ubicados?").answer.id == "about-clinic"


def test_a_spanish_part_pointing_back_with_eso_is_not_judged_alone(responder):
    from bot.core.matcher import split_parts

    matcher = responder.matcher
    judged = matcher._part_matches(split_parts("lloro por todo desde el parto. ¿cómo sé si es eso o ya es depresión?"))
    assert judged == []  # the question needs the story before it
    judged = matcher._part_matches(split_parts("mi doctora lo menciono. ¿qué es eso de la ketamina?"))
    assert [m.answer.id for m, _ in judged if m.answer] == ["what-is-ketamine"]


def test_a_spanish_question_about_what_the_clinic_does_needs_an_entry_asked_that_way(responder):
    assert responder.respond("¿hacen terapia familiar? mi suegra y yo no nos llevamos").answer is None


def test_a_spanish_question_about_when_the_asker_may_do_something_again_is_not_about_onset(responder):
    aspects, subjects = _aspects_and_subjects(responder, "cuándo puedo volver a manejar después del parto?")
    assert "permission" in subjects


def test_a_named_drug_taken_together_with_ketamine_in_spanish_is_a_question_no_entry_answers(responder):
    for text in ("sigo tomando mi lexapro, puedo hacerme la ketamina?", "¿puedo tomar zoloft y ketamina a la vez?",
                 "me puedo poner la ketamina si tomo prozac?"):
        assert responder.respond(text).answer is None, text


def test_spanish_politeness_formulas_say_nothing_about_the_question(responder):
    normalise = responder.matcher.normalise
    assert normalise("disculpe la molestia, gracias de antemano") == []
    reply = responder.respond("buenas tardes, disculpe la molestia, que es exactamente la ketamina?")
    assert reply.answer is not None and reply.answer.id == "what-is-ketamine"


def test_a_health_condition_the_faq_never_speaks_of_is_not_answered_by_a_neighbour(responder):
    for text in ("el hipotiroidismo despues del parto da mucho cansancio?", "cuanto tiempo es normal sangrar despues del parto?",
                 "mi esposo toma mucho desde que nació el bebé, ¿tienen tratamiento para el alcoholismo?"):
        assert responder.respond(text).answer is None, text


def test_mexican_luego_luego_is_soon_and_an_intensifier_does_not_split_a_phrase(responder):
    reply = responder.respond("la ketamina funciona luego luego?")
    assert reply.answer is not None and reply.answer.id == "how-fast"
    assert expand_chat(words("las pastillas me caian muy mal orita")) == "las pastillas me caian mal ahorita".split()


def test_que_after_a_verb_of_saying_is_not_what(responder):
    matcher = responder.matcher
    assert "what" not in matcher.normalise("mi mama dice q es normal llorar")
    assert "what" in matcher.normalise("me dijo, ¿qué es eso?")


def test_months_after_the_birth_asks_when_ppd_starts(responder):
    for text in ("se puede tener depresion meses despues de dar a luz?", "can you get ppd months postpartum?"):
        reply = responder.respond(text)
        assert reply.answer is not None and reply.answer.id == "ppd-onset", text


def test_asking_whether_one_can_have_the_treatment_is_candidacy(responder):
    for text in ("ya probe dos antidepresivos y ninguno me funciono. podria ser candidata para ketamina?",
                 "no tolero las pastillas, me daban mareos. ella podria hacerse el tratamiento con ketamina?"):
        reply = responder.respond(text)
        assert reply.answer is not None and reply.answer.id == "who-is-candidate", text


def test_what_the_asker_is_doing_is_not_what_is_said_to_be_safe(responder):
    reply = responder.respond("estoy amamantando, es seguro ponerme la ketamina?")
    assert reply.answer is not None and reply.answer.id == "breastfeeding"


def test_who_says_something_of_the_asker_is_not_what_is_asked(responder):
    reply = responder.respond("mi esposo dice q tengo depre postparto, q es eso")
    assert reply.answer is None or reply.answer.id != "ppd-fathers"
    assert "husband" in responder.matcher.normalise("mi esposo dice que se siente triste")


def test_a_statement_then_o_and_a_yes_no_question_is_one_question_offering_two_answers(responder):
    from bot.core.matcher import split_parts
    assert split_parts("la depre posparto es una enfermedad real o es pura flojera") == [
        ("la depre posparto es una enfermedad real", True), ("es pura flojera", True)]
    assert [asks for _, asks in split_parts("quiero una cita o como le hago")] == [False, True]
    reply = responder.respond("mi cunada dice q la depresion posparto no es una enfermedad de verdad o es puro invento")
    assert reply.answer is None or reply.answer.id == "what-is-ppd"


def test_contar_asks_to_be_told_and_says_nothing_about_the_topic(responder):
    reply = responder.respond("nos puede contar sobre su clinica?")
    assert reply.answer is not None and reply.answer.id == "about-clinic"


def test_pumping_and_discarding_milk_in_spanish_is_the_breastfeeding_question():
    from bot.core.knowledge import load_knowledge
    from bot.core.matcher import Matcher
    from bot.staff.evaluation import cut_phrasings
    from tests.paths import SHIPPED_FAQ
    young = Matcher(cut_phrasings(load_knowledge(SHIPPED_FAQ), 5))
    assert young.search("por cuantos dias hay que sacarse la leche y tirarla tras la infusion?").answer.id == "breastfeeding"


def test_ocupar_as_need_carries_no_topic():
    from bot.core.matcher import STOPWORDS
    assert {"ocupa", "ocupo"} <= STOPWORDS


def test_recibir_is_get_and_carries_no_topic():
    # 'who can receive ketamine' asks who is a candidate, as 'who can get ketamine' does
    from bot.core.knowledge import load_knowledge
    from bot.core.matcher import Matcher
    from bot.staff.evaluation import cut_phrasings
    from tests.paths import SHIPPED_FAQ
    young = Matcher(cut_phrasings(load_knowledge(SHIPPED_FAQ), 5))
    assert young.search("quienes pueden recibir la terapia con ketamina?").answer.id == "who-is-candidate"


def test_young_entries_read_everyday_spanish_for_onset_signs_and_booking():
    # 'mas adelante' is late, 'se manifiesta' asks the signs, 'registrar' is to book: with only the
    # five English phrasings staff first write, each reaches the entry a patient would expect
    from bot.core.knowledge import load_knowledge
    from bot.core.matcher import Matcher
    from bot.staff.evaluation import cut_phrasings
    from tests.paths import SHIPPED_FAQ
    young = Matcher(cut_phrasings(load_knowledge(SHIPPED_FAQ), 5))
    assert young.search("la depresion postparto puede salir bastante mas adelante, no nomas al principio?").answer.id == "ppd-onset"
    assert young.search("como se manifiesta la depre despues del parto").answer.id == "ppd-symptoms"
    assert young.search("quiero registrar a mi hermana para una consulta").answer.id == "book-appointment"


def test_young_entries_read_spanish_words_for_risks_and_considering():
    # 'contraindicaciones' and 'reacciones adversas' ask about the risks; 'considerando' (thinking
    # it over) carries no topic: the young FAQ still answers the safety and the what-is questions
    from bot.core.knowledge import load_knowledge
    from bot.core.matcher import Matcher
    from bot.staff.evaluation import cut_phrasings
    from tests.paths import SHIPPED_FAQ
    young = Matcher(cut_phrasings(load_knowledge(SHIPPED_FAQ), 5))
    assert young.search("cuales son las contraindicaciones de la ketamina").answer.id == "side-effects"
    assert young.search("da reacciones adversas la ketamina?").answer.id == "side-effects"
    assert young.search("que tipo de medicamento es la ketamina, lo estoy considerando").answer.id == "what-is-ketamine"


@lru_cache(maxsize=None)
def _matcher(phrasings: int | None = None):
    from bot.core.knowledge import load_knowledge
    from bot.core.matcher import Matcher
    from bot.staff.evaluation import cut_phrasings
    from tests.paths import SHIPPED_FAQ
    knowledge = load_knowledge(SHIPPED_FAQ)
    return Matcher(cut_phrasings(knowledge, phrasings) if phrasings else knowledge)


def _reply_to(question: str, phrasings: int | None = None) -> str | None:
    """The entry the bot answers with, or None when it holds back."""
    match = _matcher(phrasings).search(question)
    return match.answer.id if match.answer else None


def test_spanish_words_for_men_and_fathers_reach_the_fathers_answer():
    # 'masculina', 'paterna', 'varones' say men and fathers, as 'male' and 'paternal' do
    assert _reply_to("los papas pueden tener depresion paterna despues del parto?") == "ppd-fathers"
    assert _reply_to("se da la depresion posparto en varones?") == "ppd-fathers"
    assert _reply_to("existe la depre posparto masculina o es cuento?") == "ppd-fathers"


def test_spanish_traditional_receptors_and_block_read_as_the_english_words():
    assert _reply_to("cuales son los tratamientos tradicionales para la depresion posparto") == "standard-treatment"
    assert _reply_to("que receptores bloquea la ketamina en el cerebro") == "how-ketamine-works"


def test_sadness_of_the_first_days_or_weeks_is_the_baby_blues():
    # the time said between the sadness and the birth ('de los primeros dias') still names the baby blues
    assert _reply_to("la melancolia de las primeras semanas es normal o es depresion?") == "baby-blues"
    assert _reply_to("la tristeza de los primeros dias despues de dar a luz es igual que la depre posparto?",
                     5) == "baby-blues"


def test_everyday_spanish_for_crying_how_and_wanting_an_appointment():
    assert _reply_to("es normal estar tan chillona despues del parto o ya es depresion?") == "baby-blues"
    assert _reply_to("de que forma se aplica la ketamina") == "infusion"
    assert _reply_to("quisiera una cita para mi hermana plis") == "book-appointment"
    assert _reply_to("Ketamin para la depre, que es la quetamina exactamente?") == "what-is-ketamine"


def test_presenta_alone_shows_symptoms_and_se_presenta_is_onset():
    # 'que sintomas presenta' asks which signs show; 'cuando se presenta' asks when it starts
    assert _reply_to("que sintomas presenta una mama con depresion posparto") == "ppd-symptoms"
    assert _reply_to("cuando se presenta la depresion posparto") == "ppd-onset"


def test_asking_for_plain_words_says_nothing_of_the_topic():
    # 'en palabras sencillas' is how to answer, as 'in plain words' is
    assert _reply_to("me explicas con palabras simples como funciona la ketamina?") == "how-ketamine-works"
    assert _reply_to("que es la ketamina, en cristiano porfa") == "what-is-ketamine"


def test_usual_treatment_adverbs_read_as_standard_but_normal_stays_normal():
    assert _reply_to("normalmente que le recetan a una mama con depre posparto?") == "standard-treatment"
    assert _reply_to("que tratamientos se usan por lo general para la depresion despues del parto") == "standard-treatment"
    # 'comunes' and 'es normal' keep their own sense
    assert _reply_to("cuales son las senales mas comunes de la depresion posparto") == "ppd-symptoms"
    assert _reply_to("es normal llorar tanto la primera semana despues del parto?") == "baby-blues"


def test_becoming_depression_and_only_mothers_in_spanish():
    assert _reply_to("cuando la tristeza normal se convierte en depresion posparto") == "baby-blues"
    assert _reply_to("es cosa solo de las mamas o tambien a los papas les da?") == "ppd-fathers"
    assert _reply_to("de que se trata eso de la depresion posparto?") == "what-is-ppd"


def test_someone_who_does_not_understand_the_asker_is_not_the_topic():
    # the husband or mother who does not understand is who the answer is for
    assert _reply_to("que es la depresion posparto? mi mama no comprende lo que siento") == "what-is-ppd"
    assert _reply_to("mi esposo no entiende nada de la depresion posparto, a los hombres les da?") == "ppd-fathers"


def test_a_grown_daughter_who_gives_birth_or_nurses_is_not_the_baby():
    # 'mi hija tuvo bebe' and 'mi hija esta lactando' speak of the mother, asked for by her parent
    assert "hija" not in expand_chat("mi hija dio a luz hace poco".split())
    assert "hija" not in expand_chat("mi hija esta lactando y tiene dudas".split())
    assert "hija" in expand_chat("mi hija no duerme nada en la noche".split())
    assert _reply_to("mi hija pario hace un mes, que es eso de la depresion posparto?") == "what-is-ppd"
    assert _reply_to("mi hija esta amamantando todavia, le pueden poner ketamina?") == "breastfeeding"


def test_for_my_sister_is_not_for_me_but_asks_if_it_suits_her():
    normalise = _matcher().normalise
    assert "right" not in normalise("busco informacion para mi hermana")
    assert _reply_to("la ketamina seria buena para mi cunada?") == "who-is-candidate"


def test_spanish_signs_to_watch_no_will_to_do_anything_and_what_you_do():
    assert _reply_to("en que me tengo que fijar para saber si mi esposa tiene depresion postparto") == "ppd-symptoms"
    assert _reply_to("me siento triste y sin ganas de nada con el bebe, es depresion posparto?") == "ppd-symptoms"
    assert _reply_to("que es la depresion despues de tener un bebe") == "what-is-ppd"
    assert _reply_to("buenas, a que se dedica su clinica?") == "about-clinic"


def test_how_they_give_ketamine_in_spanish_is_the_infusion():
    assert _reply_to("como me darian el tratamiento de ketamina en su clinica") == "infusion"
    assert _reply_to("la ketamina es nasal o con suero?") == "infusion"
    # what they give for ppd, without ketamine, stays the usual treatment
    assert _reply_to("q le dan a uno para la depre posparto normalmente") == "standard-treatment"


def test_my_insurance_in_spanish_is_insurance_not_safety():
    # 'mi seguro' is the patient's insurance (not covered: held back), 'es seguro' is safety
    assert _reply_to("mi seguro es Aetna, me cubre las infusiones?") is None
    assert _reply_to("mi seguro medico paga la ketamina?") is None
    assert _reply_to("es seguro ponerme la ketamina?") == "side-effects"
    # a phrase staff wrote with 'mi' is still read when the message's 'mi' is the possessive
    assert _reply_to("me siento muy triste desde que nacio mi bebe, que tan pronto sale la depresion?") == "ppd-onset"


def test_spanish_ways_to_ask_for_a_visit_when_it_kicks_in_and_reactions():
    assert _reply_to("que tengo que hacer para que me vean en la clinica?") == "book-appointment"
    assert _reply_to("mi hermana quiere que la vean, como le hace?") == "book-appointment"
    assert _reply_to("en cuantos dias se empieza a notar el efecto de la ketamina") == "how-fast"
    assert _reply_to("a las cuantas horas hace efecto la ketamina?") == "how-fast"
    assert _reply_to("la ketamina puede dar reacciones? cuales?") == "side-effects"
    assert _reply_to("que reacciones tiene la ketamina") == "side-effects"
    # 'relaciones' (with a partner) is not a typo of 'reacciones'
    assert _reply_to("despues del parto cuando puedo tener relaciones con mi esposo") != "side-effects"
    assert _reply_to("como es el procedimiento de la infusion?") == "infusion"
    # speaking Spanish at the clinic is not a way to contact it
    assert _reply_to("hablan espanol en su clinica?") != "book-appointment"


def test_does_it_serve_to_prevent_asks_about_the_verb_after_para():
    # 'sirve X para <verbo>' asks whether X does what the verb says: the verb is the topic
    assert _reply_to("sirve la ketamina pa prevenirla?") == "prevention"
    assert _reply_to("serviria la ketamina para evitar que me de depre despues del parto") == "prevention"
    assert "work" in _matcher().normalise("la ketamina sirve para la depresion?")


def test_spanish_written_by_ear_is_read_as_the_word_it_sounds_like():
    # seseo (s/z/c), b/v and the silent h: 'sirbe' is 'sirve', 'ase' is 'hace', 'ombres' is 'hombres'
    assert _reply_to("pa ke sirbe la ketamina") == "what-is-ketamine"
    assert _reply_to("como ase efecto la ketamina en la caveza") == "how-ketamine-works"
    assert _reply_to("cuanto tarda en aser efecto") == "how-fast"
    assert _reply_to("los ombres tambien les da depresion posparto?") == "ppd-fathers"
    assert _reply_to("cuando empiesa la depresion despues del parto") == "ppd-onset"
    assert _reply_to("la ketamina ase daño?") == "side-effects"
    # only in a Spanish message, and never towards a function word from one sound away
    assert "cuatro" not in _matcher().normalise("en que periodo suele aparecer este cuadro depresivo")


def test_formal_spanish_reaches_its_entry():
    assert _reply_to("Desearía conocer el mecanismo de acción de la ketamina.") == "how-ketamine-works"
    assert _reply_to("Le agradecería que me indicara en qué consiste la depresión puerperal.") == "what-is-ppd"
    assert _reply_to("Solicito información sobre el abordaje terapéutico habitual de la depresión posparto.") == "standard-treatment"
    assert _reply_to("¿Qué criterios debe cumplir una paciente para recibir ketamina?") == "who-is-candidate"
    assert _reply_to("Quisiera saber en qué difiere la ketamina de los antidepresivos en cuanto a su acción.") == "ketamine-vs-antidepressants"
    assert _reply_to("¿En qué plazo se nota la mejoría con la ketamina?") == "how-fast"
    assert _reply_to("Deseo agendar una consulta de valoración.") == "book-appointment"


def test_what_a_synonym_says_of_the_asker_it_says_of_whoever_is_asked_for():
    # 'que no me pase' (prevent) is also 'que no le pase', as an abuela or a husband asks it
    assert _reply_to("mi esposa quiere saber si la ketamina le ayuda a que no le pase lo de la depresion") == "prevention"
    assert _reply_to("Quiero sacarle una cita a mi hija, como le hago?") == "book-appointment"
    assert _reply_to("¿Cómo se le nota a una recién aliviada que tiene depresión?") == "ppd-symptoms"


def test_spanish_word_senses_of_round_42():
    assert _reply_to("que es la dpp?") == "what-is-ppd"  # DPP is the Spanish PPD
    assert _reply_to("cual es la diferencia entre la tristeza pasajera y la depresion") == "baby-blues"
    assert _reply_to("la ketamina da reacciones feas?") == "side-effects"
    # 'me empece a sentir mal' is the asker's mood starting, not the treatment kicking in
    assert "kick" not in _matcher().normalise("me empece a sentir fatal a los 5 meses del bebe")
    assert "kick" in _matcher().normalise("en cuanto tiempo se empieza a sentir el efecto")


def test_bleeding_after_the_birth_is_another_condition_in_any_verb_form():
    assert _reply_to("¿Es normal seguir sangrando 8 semanas después del parto?") is None
    assert _reply_to("me sigue sangrando despues de la cesarea, es normal?") is None


def test_spanish_word_senses_of_round_44():
    # a drug taken at parties, said the Spanish way, is the 'party drug' the ketamine answer speaks to
    assert _reply_to("mi tia dice que la ketamina es droga de antro, es cierto?") == "what-is-ketamine"
    assert _reply_to("eso de la ketamina no es una droga recreativa?", 5) == "what-is-ketamine"
    # 'en suero' written by ear as one word is the drip
    assert _reply_to("la ketamina me la ponen ensuero?") == "infusion"
    # 'que se siente tener ppd' asks what it feels like: the symptoms
    assert _reply_to("como se siente tener depresion posparto", 5) == "ppd-symptoms"
    assert _reply_to("que se siente tener dpp?") == "ppd-symptoms"
    # 'mejor que' compares with the other medicine
    assert _reply_to("la ketamina es mejor que el zoloft?", 5) == "ketamine-vs-antidepressants"
    assert _reply_to("funciona mejor que los antidepresivos de pastilla?") == "ketamine-vs-antidepressants"
    # the next step with the clinic is booking; nothing has helped is the candidate question
    assert _reply_to("quiero empezar, cual es el primer paso con ustedes?") == "book-appointment"
    assert _reply_to("ya probe de todo y nada me ha servido, la ketamina es para mi?") == "who-is-candidate"
    # 'notarse' and 'acerca de' carry no topic of their own
    assert _reply_to("cuanto tarda en notarse el efecto de la ketamina", 5) == "how-fast"
    assert _reply_to("me pueden contar acerca de la clinica?", 5) == "about-clinic"
    # the baby's arrival is the birth
    assert _reply_to("mi esposo esta muy callado desde la llegada del bebe, a los hombres les da?") == "ppd-fathers"


def test_sex_after_the_birth_stays_held_back_in_spanish():
    # 'relaciones' (sex) is no function word: the question is not covered, with any number of phrasings
    assert _reply_to("cuando puedo volver a tener relaciones despues del parto") is None
    assert _reply_to("cuando puedo volver a tener relaciones despues del parto", 5) is None


def test_a_spanish_question_read_through_a_round_44_word_sense_gets_a_spanish_reply(responder):
    reply = responder.respond("que se siente tener dpp?")
    assert reply.answer is not None and reply.answer.id == "ppd-symptoms" and reply.lang == "es"


def test_asking_someone_to_say_what_it_is_is_a_question_not_a_report():
    # 'alguien me dice q es?' asks to be told; the story's other words do not choose the entry
    assert _reply_to("en el grupo de mamas todas hablan de la depresion posparto y de terapia. alguien me explica q es?", 5) == "what-is-ppd"
    assert _reply_to("mis primas platican de la depre posparto y de sus familias. alguien me dice q es en si?", 5) == "what-is-ppd"
    # a request to be told, written as a statement, asks what the story named
    assert _reply_to("a mi hermana le hablaron de depresion pos parto. Quisiera saber de que se trata eso, nunca lo habia oido.") == "what-is-ppd"
    # both terms named: 'eso' could be either, so no sure answer is given for the wrong one
    assert _reply_to("mi hermana tiene depresion posparto y le recomendaron ketamina. que es eso?") in (None, "what-is-ppd", "what-is-ketamine")
    # a report is still a report: 'mi mama dice que es normal' does not ask what something is
    assert "what" not in _matcher().normalise("mi mama dice que es normal llorar despues del parto")


def test_a_worry_before_the_question_is_background():
    assert _reply_to("Me preocupa tener que estar con pastillas para siempre. ¿Qué tratamientos hay para la depresion posparto?", 5) == "standard-treatment"
    assert _reply_to("tengo miedo de depender de medicinas para siempre. q opciones de tratamiento existen pa la depre posparto?") == "standard-treatment"
    # the worry still counts when the question alone says little ('es seguro?')
    assert _reply_to("Me preocupa que la ketamina pase a la leche. ¿Es seguro?", 5) == "breastfeeding"


def test_a_grown_daughter_with_depression_is_not_the_baby():
    tokens = _matcher().normalise("mi hija tiene depresion posparto, como la puedo apoyar?")
    assert "babi" not in tokens
    assert "babi" not in _matcher().normalise("a mi hija le diagnosticaron depre posparto, que hago?")
    assert "babi" not in _matcher().normalise("mi hija de 28 anos esta muy triste desde el parto")
    assert "mija" in _matcher().normalise("mi hija llora todo el dia desde que nacio su nino")
    # the baby daughter is still the baby
    assert "babi" in _matcher().normalise("mi hija tiene 3 meses y no para de llorar")
    assert _reply_to("mi hija tiene depresion posparto, como la puedo apoyar?", 5) != "baby-blues"


def test_how_long_it_keeps_working_is_not_how_soon_it_works():
    assert _reply_to("cuanto tiempo me sirve la ketamina?", 5) == "long-term"
    assert _reply_to("por cuanto tiempo le funciona la infusion a uno?", 5) == "long-term"
    assert _reply_to("cuanto tiempo sirve una infusion de ketamina, semanas o meses?") == "long-term"
    # 'en cuanto tiempo' asks how soon
    assert _reply_to("en cuanto tiempo me sirve la ketamina?", 5) == "how-fast"
    assert _reply_to("en cuanto tiempo funciona la ketamina?") == "how-fast"


def test_what_is_that_over_a_story_keeps_a_named_thing_and_how_it_works():
    # 'que es eso del bdnf' names what it asks about: not taken for the drug the message names
    assert _reply_to("mi esposo quiere entender como actua la ketamina. que es eso del BDNF que mencionan?") != "what-is-ketamine"
    # 'can you explain it' after how it works asks how it works
    assert _reply_to("my sister wants to understand how ketamine works in the brain before she starts. can you explain it") \
        == "how-ketamine-works"


def test_a_request_to_be_told_asks_only_when_nothing_else_does():
    from bot.core.matcher import split_parts
    assert split_parts("Mi nuera tiene depresion posparto. Quisiera saber cuanto dura el tratamiento.")[1][1] is True
    parts = split_parts("¿Ustedes atienden en sabado? Quisiera saber con quien voy a hablar.")
    assert [asks for _, asks in parts] == [True, False]
