"""End to end: the real python-telegram-bot Application, polling a Bot API server on loopback.

Nothing is mocked: the bot's own HTTP client talks to tests/botapi_server.py, and the assertions
are on the requests that server received, i.e. on what a patient would see in Telegram.
"""

from __future__ import annotations

import html

import pytest

from bot.core.knowledge import load_knowledge
from bot.core.responder import Outcome
from bot.store import Store
from bot.telegram.app import build_application
from tests.app import STAFF_ID, settings_for, wait_until_handled
from tests.botapi_server import FakeBotApi, run_polling

CONFIDENT = "how fast does ketamine work"
OUT_OF_SCOPE = "how much does a ketamine session cost"
CRISIS = "I want to end my life"


@pytest.fixture
async def bot(botapi, faq_dir, tmp_path):
    app = build_application(settings_for(botapi, faq_dir, tmp_path))
    async with run_polling(app):
        yield app


def texts(botapi: FakeBotApi, chat_id: int) -> list[str]:
    return [html.unescape(m["text"]) for m in botapi.messages_to(chat_id)]


def buttons(message: dict) -> list[tuple[str, str]]:
    markup = message.get("reply_markup") or {}
    return [(b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", []) for b in row]


async def test_start_greets_with_disclaimer_emergency_line_and_topics(bot, botapi):
    botapi.send_text("/start", user_id=1)
    [message] = await botapi.wait_for_messages(1)
    text = html.unescape(message["text"])
    assert "not medical advice" in text.lower() or "general information" in text.lower()
    assert "911" in text and "988" in text
    assert any(data.startswith("t:") for _, data in buttons(message))
    commands = botapi.calls_to("setMyCommands")[0].params["commands"]
    assert {"start", "help", "topics", "crisis"} <= {c["command"] for c in commands}


async def test_help_lists_commands_and_clinic_contact(bot, botapi):
    botapi.send_text("/help", user_id=1)
    [message] = await botapi.wait_for_messages(1)
    assert "/topics" in message["text"] and "/crisis" in message["text"]
    assert "office" in message["text"].lower() or "appointment" in message["text"].lower()


async def test_topics_then_a_topic_then_an_entry(bot, botapi, responder):
    botapi.send_text("/topics", user_id=1)
    [menu] = await botapi.wait_for_messages(1)
    topic_buttons = buttons(menu)
    assert {label for label, _ in topic_buttons} == {e.topic for e in responder.knowledge.entries}
    botapi.press_button(topic_buttons[0][1], user_id=1)
    [edit] = await botapi.wait_for_calls("editMessageText")
    entry_buttons = buttons(edit.params)
    assert entry_buttons and all(data.startswith("a:") for _, data in entry_buttons)
    entry = responder.knowledge.entry(entry_buttons[0][1][2:])
    botapi.press_button(entry_buttons[0][1], user_id=1)
    messages = await botapi.wait_for_messages(1, 2)
    assert html.unescape(messages[1]["text"]).startswith(entry.answer)
    assert botapi.calls_to("answerCallbackQuery")


async def test_crisis_command_shows_every_contact(bot, botapi, responder):
    botapi.send_text("/crisis", user_id=1)
    [message] = await botapi.wait_for_messages(1)
    for contact in responder.knowledge.crisis.contacts:
        assert contact.name in html.unescape(message["text"])
    botapi.send_text("/sos", user_id=1)
    [_, sos] = await botapi.wait_for_messages(1, 2)
    assert sos["text"] == message["text"]  # /sos is the same as /crisis


async def test_confident_answer_with_related_and_feedback_buttons(bot, botapi, responder, tmp_path):
    botapi.send_text(CONFIDENT, user_id=1)
    [message] = await botapi.wait_for_messages(1)
    entry = responder.knowledge.entry("how-fast")
    assert html.unescape(message["text"]).startswith(entry.answer)
    data = [d for _, d in buttons(message)]
    assert "f:how-fast:1" in data and "f:how-fast:0" in data
    assert all(f"a:{r}" in data for r in entry.related)

    botapi.press_button("f:how-fast:0", user_id=1)
    [ack] = await botapi.wait_for_calls("answerCallbackQuery")
    assert "thank" in ack.params.get("text", "").lower()
    [edit] = await botapi.wait_for_calls("editMessageReplyMarkup")
    assert not any(d.startswith("f:") for _, d in buttons(edit.params))  # feedback given once
    await wait_until_handled(bot, botapi)
    store = Store(tmp_path / "data" / "faqbot.sqlite3", salt=b"test-salt")
    assert store.stats(days=1).top_thumbs_down[0].entry_id == "how-fast"
    store.close()


async def test_vague_question_gets_suggestions_and_a_pick_answers(bot, botapi, responder):
    question = "ketamine and depression"
    assert responder.respond(question).outcome is Outcome.SUGGESTED  # the premise of this test
    botapi.send_text(question, user_id=1)
    [message] = await botapi.wait_for_messages(1)
    picks = [(label, data) for label, data in buttons(message) if data.startswith("s:")]
    assert 2 <= len(picks) <= 3
    entry = responder.knowledge.entry(picks[0][1].split(":")[1])
    botapi.press_button(picks[0][1], user_id=1)
    messages = await botapi.wait_for_messages(1, 2)
    assert html.unescape(messages[1]["text"]).startswith(entry.answer)


async def test_out_of_scope_gets_fallback_with_topics(bot, botapi, responder):
    botapi.send_text(OUT_OF_SCOPE, user_id=1)
    [message] = await botapi.wait_for_messages(1)
    assert html.unescape(message["text"]).startswith(responder.knowledge.messages.fallback)
    assert any(d.startswith("t:") for _, d in buttons(message))


async def test_crisis_message_gets_contacts_first(bot, botapi):
    botapi.send_text(CRISIS, user_id=1)
    messages = await botapi.wait_for_messages(1, 2)
    assert "988" in messages[0]["text"] and "911" in messages[0]["text"]


async def test_crisis_with_a_question_gets_both_in_order(bot, botapi, responder):
    botapi.send_text("I don't want to be alive anymore. how fast does ketamine work?", user_id=1)
    messages = await botapi.wait_for_messages(1, 2)
    assert "988" in messages[0]["text"]
    assert html.unescape(messages[1]["text"]).startswith(responder.knowledge.entry("how-fast").answer)


async def test_group_answers_only_when_addressed(bot, botapi, responder):
    group = -100200
    botapi.send_text(CONFIDENT, user_id=5, chat_type="group")
    await wait_until_handled(bot, botapi)
    assert botapi.messages_to(group) == []
    botapi.send_text(f"@RenewFaqBot {CONFIDENT}", user_id=5, chat_type="group")
    [message] = await botapi.wait_for_messages(group)
    assert html.unescape(message["text"]).startswith(responder.knowledge.entry("how-fast").answer)
    botapi.send_text(CRISIS, user_id=6, chat_type="group")  # not addressed, but crisis
    messages = await botapi.wait_for_messages(group, 2)
    assert "988" in messages[1]["text"]


async def test_inline_query_lists_entries_and_puts_crisis_first(bot, botapi):
    botapi.inline_query(CONFIDENT, user_id=1)
    [call] = await botapi.wait_for_calls("answerInlineQuery")
    assert call.params["results"][0]["id"] == "how-fast"
    botapi.inline_query("i want to kill myself", user_id=1)
    calls = await botapi.wait_for_calls("answerInlineQuery", 2)
    assert calls[1].params["results"][0]["id"] == "crisis"


async def test_sticker_voice_and_bare_photo_get_a_text_only_note(bot, botapi):
    botapi.send_sticker(user_id=1)
    botapi.send_voice(user_id=1)
    botapi.send_photo(user_id=1)
    messages = await botapi.wait_for_messages(1, 3)
    assert all("text" in m["text"] and "/crisis" in m["text"] for m in messages)


async def test_photo_caption_is_read_and_edits_are_rechecked(bot, botapi, responder):
    botapi.send_photo(caption=CONFIDENT, user_id=1)
    [message] = await botapi.wait_for_messages(1)
    assert html.unescape(message["text"]).startswith(responder.knowledge.entry("how-fast").answer)
    sent = botapi.send_text("hello there", user_id=1)
    await botapi.wait_for_messages(1, 2)
    botapi.edit_text(sent["message"]["message_id"], "actually I want to die", user_id=1)
    messages = await botapi.wait_for_messages(1, 3)
    assert "988" in messages[2]["text"]


async def test_ten_thousand_characters_get_a_reply_within_limits(bot, botapi):
    botapi.send_text("why " * 2500, user_id=1)
    messages = await botapi.wait_for_messages(1)
    assert all(len(m["text"]) <= 4096 for m in messages)


async def test_rate_limit_notes_once_then_drops_but_crisis_still_answered(bot, botapi):
    for i in range(25):
        botapi.send_text(f"{CONFIDENT} {i}", user_id=7)
    await wait_until_handled(bot, botapi)
    sent = texts(botapi, 7)
    notes = [t for t in sent if "very quickly" in t]
    assert len(notes) == 1 and len(sent) == 21
    botapi.send_text(CRISIS, user_id=7)
    messages = await botapi.wait_for_messages(7, 22)
    assert "988" in messages[21]["text"]


async def test_faq_html_is_escaped(botapi, faq_dir, tmp_path):
    path = faq_dir / "faq.yaml"
    text = path.read_text(encoding="utf-8")
    answer = load_knowledge(faq_dir).entry("how-fast").answer.splitlines()[0]
    path.write_text(text.replace(answer, answer + " <b>Fast</b> & safe", 1), encoding="utf-8")
    app = build_application(settings_for(botapi, faq_dir, tmp_path))
    async with run_polling(app):
        botapi.send_text(CONFIDENT, user_id=1)
        [message] = await botapi.wait_for_messages(1)
    assert "&lt;b&gt;Fast&lt;/b&gt; &amp; safe" in message["text"]
    assert message["parse_mode"] == "HTML"


async def test_staff_commands_are_refused_for_patients(bot, botapi):
    botapi.send_text("/reload", user_id=1)
    botapi.send_text("/stats", user_id=1)
    messages = await botapi.wait_for_messages(1, 2)
    assert all("for clinic staff" in m["text"] for m in messages)
    botapi.send_text("/stats", user_id=STAFF_ID)
    [message] = await botapi.wait_for_messages(STAFF_ID)
    assert "question" in message["text"]


@pytest.mark.parametrize("data", ["a:no-such-entry", "s:deleted-entry:5", "f:how-fast:7", "zz:top", "t:99", "x" * 64])
async def test_forged_or_stale_buttons_are_answered_gently(bot, botapi, data):
    botapi.send_text("/topics", user_id=1)
    await botapi.wait_for_messages(1)
    botapi.press_button(data, user_id=1)
    [ack] = await botapi.wait_for_calls("answerCallbackQuery")
    assert "out of date" in ack.params.get("text", "")
    await wait_until_handled(bot, botapi)
    assert len(botapi.messages_to(1)) == 1 and not botapi.errors


@pytest.mark.parametrize("text", ["/start i want to kill myself", "/topics no reason to live", "/nonsense i want to die"])
async def test_commands_with_crisis_wording_get_the_contacts_first(bot, botapi, text):
    botapi.send_text(text, user_id=1)
    messages = await botapi.wait_for_messages(1, 2)
    assert "988" in messages[0]["text"] and "911" in messages[0]["text"]
    assert "988 Suicide" not in messages[1]["text"]  # then the command's own reply, once


async def test_crisis_block_is_sent_once_per_message(bot, botapi):
    botapi.send_text("I want to end my life", user_id=1)
    await botapi.wait_for_messages(1, 2)
    await wait_until_handled(bot, botapi)
    assert sum("988 Suicide" in m["text"] for m in botapi.messages_to(1)) == 1
