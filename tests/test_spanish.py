"""Reading Spanish and Spanglish for the matcher (bot/core/spanish.py): chat spellings, stems,
telling a Spanish phrase from an English one."""

from __future__ import annotations

from bot.core.spanish import expand_chat, looks_spanish, stem as spanish_stem
from bot.core.text import words


def test_spanish_chat_spellings_expand():
    assert expand_chat(words("q onda xq no me dices k pasa pa mi bb")) == \
        "que onda porque no me dices que pasa para mi bebe".split()


def test_spanish_stems_join_verb_forms():
    assert spanish_stem("amamantar") == spanish_stem("amamantando") == spanish_stem("amamanto")


def test_a_spanish_phrase_is_told_from_an_english_one():
    assert looks_spanish(words("puedo tomar la ketamina si estoy amamantando"))
    assert not looks_spanish(words("can i take ketamine while breastfeeding"))
