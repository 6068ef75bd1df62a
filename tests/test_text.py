"""Shared text normalisation: what both the matcher and the crisis detector read."""

from __future__ import annotations

from bot.core.spanish import expand_chat, looks_spanish, stem as spanish_stem
from bot.core.text import fold_unicode, words


def test_fold_unicode_flattens_case_width_accents_and_invisibles():
    assert fold_unicode("ＫＥＴＡＭＩＮＥ") == "ketamine"
    assert fold_unicode("depresión posparto") == "depresion posparto"
    assert fold_unicode("ke\u200btam\u200dine") == "ketamine"
    assert fold_unicode("don\u2019t") == "don't"


def test_words_expand_contractions_and_chat_shorthand():
    assert words("I can't sleep, pls help") == ["i", "can", "not", "sleep", "please", "help"]
    assert words("u r gonna be ok") == ["you", "are", "going", "to", "be", "ok"]
    assert words("I cant") == ["i", "can", "not"]


def test_spanish_chat_spellings_expand():
    assert expand_chat(words("q onda xq no me dices k pasa pa mi bb")) == \
        "que onda porque no me dices que pasa para mi bebe".split()


def test_spanish_stems_join_verb_forms():
    assert spanish_stem("amamantar") == spanish_stem("amamantando") == spanish_stem("amamanto")


def test_a_spanish_phrase_is_told_from_an_english_one():
    assert looks_spanish(words("puedo tomar la ketamina si estoy amamantando"))
    assert not looks_spanish(words("can i take ketamine while breastfeeding"))
