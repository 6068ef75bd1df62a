"""What a question asks (how fast, how long, what is...) and what it is about, learned from the
phrasings staff write (bot/core/aspects.py)."""

from __future__ import annotations

from bot.core.aspects import agreement, aspects_of, profiles, subject_agrees, subject_profiles, subjects_of


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
