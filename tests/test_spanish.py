"""Reading Spanish and Spanglish for the matcher (bot/core/spanish.py): chat spellings, stems,
telling a Spanish phrase from an English one."""

from __future__ import annotations

from bot.core.spanish import STOPWORDS, base_form, expand_chat, looks_spanish, stem as spanish_stem
from bot.core.text import words


def test_spanish_chat_spellings_expand():
    assert expand_chat(words("q onda xq no me dices k pasa pa mi bb")) == \
        "que onda porque no me dices que pasa para mi bebe".split()


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
