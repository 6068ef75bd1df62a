"""Telegram rendering: escaping, splitting, buttons within Telegram's limits."""

from __future__ import annotations

from bot.telegram import render


def test_split_keeps_each_escaped_piece_within_the_limit():
    text = ("Tom & Jerry <b> " * 700).strip()
    pieces = render.split_message(text)
    assert len(pieces) > 1 and all(len(p) <= 4096 for p in pieces)
    assert "".join(pieces).count("&amp;") == text.count("&")
    assert "<b>" not in "".join(pieces)


def test_split_prefers_paragraph_breaks():
    text = "a" * 3000 + "\n\n" + "b" * 3000
    assert [p[0] for p in render.split_message(text)] == ["a", "b"]


def test_short_text_is_one_escaped_message():
    assert render.split_message("5 < 6 & 7 > 3") == ["5 &lt; 6 &amp; 7 &gt; 3"]


def test_every_button_fits_64_bytes(responder):
    knowledge = responder.knowledge
    markups = [render.topics_keyboard(knowledge)]
    for entry in knowledge.entries:
        markups.append(render.answer_keyboard(entry, knowledge))
        markups.append(render.suggestions_keyboard([entry], 2**31))
    for index in range(len(render.topics(knowledge))):
        markups.append(render.topic_keyboard(knowledge, index))
    for markup in markups:
        for row in markup.inline_keyboard:
            for button in row:
                assert len(button.callback_data.encode()) <= 64
                assert render.parse_callback(button.callback_data)[0]


def test_parse_callback_refuses_forgeries():
    assert render.parse_callback("a:how-fast") == ("a", ["how-fast"])
    for forged in (None, "", "a", "a:", "zz:1", "x" * 65, "é" * 40):
        assert render.parse_callback(forged) == ("", [])


def test_a_two_part_answer_does_not_offer_its_own_second_answer_as_a_button(responder):
    """'How fast ... and how long ...' gets both answers in one message; the 'related' buttons
    under it must not offer the second one again."""
    reply = responder.respond("how fast does ketamine work? and how long do the effects last?")
    assert reply.answer.id == "how-fast" and [e.id for e in reply.also] == ["long-term"]
    assert "long-term" in reply.answer.related
    buttons = [row[0].callback_data for row in render.menu(reply, responder.knowledge).inline_keyboard]
    assert render.callback(render.ANSWER, "long-term") not in buttons
    assert render.callback(render.ANSWER, "infusion") in buttons
