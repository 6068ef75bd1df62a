"""Shared text normalisation: what both the matcher and the crisis detector read."""

from __future__ import annotations

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
