"""Resilience end to end: the real python-telegram-bot stack against the loopback FakeBotApi,
with the server misbehaving (seeded 5xx/429, an outage, a flood, a broken matcher, slow crisis
sends). What a patient must always see: the crisis contacts first, then exactly one answer per
message, in the order they wrote, and a bot that keeps running afterwards.

Expectations are computed from the live responder (the same FAQ copy the bot serves), so these
tests stay valid while the FAQ wording changes. The FAQ is loaded with `load_knowledge` and handed
to `build_application(live=...)`: the staff regression examples in tests.yaml gate a *reload*, not
these tests.
"""

from __future__ import annotations

import asyncio
import html
import sqlite3
import time
from typing import Any

from bot.telegram import render
from bot.core.responder import Responder
from tests.app import make_app, wait_until_handled
from tests.botapi_server import FakeBotApi, run_polling

CRISIS = "I want to end my life"
CRISIS_WITH_QUESTION = "I don't want to be alive anymore. how fast does ketamine work?"
OUT_OF_SCOPE = "how much does a ketamine session cost"
SLOW_DOWN = "very quickly"  # words of the rate-limit note
APOLOGY = "something went wrong"


# --- helpers ----------------------------------------------------------------------------------


def responder_of(app) -> Responder:
    return app.bot_data["state"].live.responder


def expected(responder: Responder, text: str) -> list[str]:
    """The exact (escaped) texts the bot must deliver for one message, in order."""
    crisis, main = render.reply_messages(responder.respond(text))
    return crisis + main


def sent_texts(botapi: FakeBotApi, chat_id: int) -> list[str]:
    return [m["text"] for m in botapi.messages_to(chat_id)]


def ordinary_questions(responder: Responder, count: int) -> list[str]:
    """Questions that get exactly one message and no crisis block: the FAQ's own questions (the
    core answers those confidently or suggests), plus an out-of-scope one (fallback)."""
    pool = [OUT_OF_SCOPE] + [q for e in responder.knowledge.entries for q in e.questions]
    chosen = []
    for question in pool:
        reply = responder.respond(question)
        if not reply.crisis and len(render.reply_messages(reply)[1]) == 1:
            chosen.append(question)
        if len(chosen) == count:
            return chosen
    raise AssertionError(f"the FAQ has fewer than {count} usable questions")


def failed_calls(botapi: FakeBotApi, status: int) -> int:
    return sum(1 for c in botapi.calls_to("sendMessage") if c.status == status)


class SendGate:
    """Hold the fake server's answer to matching sendMessage calls until `open()`: a slow
    Telegram for one kind of message (fault injection in the test's own server instance)."""

    def __init__(self, server: FakeBotApi, predicate) -> None:
        self.held = asyncio.Event()
        self._open = asyncio.Event()
        original = server._m_sendmessage

        async def gated(params: dict[str, Any]) -> Any:
            if predicate(params) and not self._open.is_set():
                self.held.set()
                await self._open.wait()
            return await original(params)

        server._m_sendmessage = gated  # the server looks methods up on the instance

    def open(self) -> None:
        self._open.set()


# --- 5xx / 429 ------------------------------------------------------------------------------------


def fail_a_fifth_of_sends(botapi: FakeBotApi, *, seed: int, share_429: float) -> None:
    """20% of sendMessage calls fail (seeded): 429 with retry_after=1 for `share_429` of them, else 500."""
    botapi.faults.rng.seed(seed)
    botapi.faults.retry_after = 1
    botapi.faults.retry_after_share = share_429
    botapi.faults.send_error_rate = 0.2


async def test_fifty_users_under_20_percent_5xx_and_429_each_get_exactly_one_reply(botapi, faq_dir, tmp_path):
    fail_a_fifth_of_sends(botapi, seed=20, share_429=0.5)
    app = make_app(botapi, faq_dir, tmp_path)
    questions = ordinary_questions(responder_of(app), 50)
    users = range(1001, 1051)
    async with run_polling(app):
        for user, question in zip(users, questions):
            botapi.send_text(question, user_id=user)
        for user in users:
            await botapi.wait_for_messages(user, 1, timeout=20)
        await wait_until_handled(app, botapi)
        assert app.updater.running
    for user, question in zip(users, questions):
        assert sent_texts(botapi, user) == expected(responder_of(app), question), user
    assert failed_calls(botapi, 429) >= 3 and failed_calls(botapi, 500) >= 3, botapi.dump()  # faults happened
    assert not botapi.errors


async def test_crisis_contacts_go_first_under_5xx_and_429(botapi, faq_dir, tmp_path):
    fail_a_fifth_of_sends(botapi, seed=7, share_429=0.5)
    app = make_app(botapi, faq_dir, tmp_path)
    responder = responder_of(app)
    questions = ordinary_questions(responder, 30)
    crisis_texts = [CRISIS, CRISIS_WITH_QUESTION, "i keep thinking about killing myself",
                    "everyone would be better off without me", "I have been saving up my pills"]
    plan = {}
    for i, user in enumerate(range(2001, 2031)):
        plan[user] = crisis_texts[i // 3] if i % 3 == 0 and i // 3 < len(crisis_texts) else questions[i]
    for text in crisis_texts:
        assert responder.is_crisis(text), text  # the premise
    async with run_polling(app):
        for user, text in plan.items():
            botapi.send_text(text, user_id=user)
        for user, text in plan.items():
            await botapi.wait_for_messages(user, len(expected(responder, text)), timeout=20)
        await wait_until_handled(app, botapi)
        assert app.updater.running
    for user, text in plan.items():
        got = sent_texts(botapi, user)
        assert got == expected(responder, text), (user, text)
        if responder.is_crisis(text):
            assert got[0] == render.split_message(responder.crisis_text)[0]
            assert "988" in got[0] and "911" in got[0]
    assert failed_calls(botapi, 429) + failed_calls(botapi, 500) >= 5
    assert not botapi.errors


# --- outage -----------------------------------------------------------------------------------


async def test_ten_second_outage_polling_survives_and_queued_messages_are_answered(botapi, faq_dir, tmp_path):
    app = make_app(botapi, faq_dir, tmp_path)
    responder = responder_of(app)
    questions = ordinary_questions(responder, 8)
    plan = {3001 + i: q for i, q in enumerate(questions)}
    plan[3100] = CRISIS_WITH_QUESTION
    async with run_polling(app):
        botapi.send_text(questions[0], user_id=3000)  # the bot is up and answering
        await botapi.wait_for_messages(3000, 1)

        outage = asyncio.create_task(botapi.go_down(10))
        while botapi.is_up:
            await asyncio.sleep(0.01)
        pending = list(plan.items())
        running: list[bool] = []
        while not outage.done():  # patients keep writing while Telegram is unreachable
            if pending:
                user, text = pending.pop(0)
                botapi.send_text(text, user_id=user)
            running.append(app.running and app.updater.running)
            await asyncio.sleep(0.5)
        await outage
        assert not pending and all(running) and len(running) >= 15

        for user, text in plan.items():
            await botapi.wait_for_messages(user, len(expected(responder, text)), timeout=9)
        await wait_until_handled(app, botapi)
        assert app.updater.running and app.running
    for user, text in plan.items():
        assert sent_texts(botapi, user) == expected(responder, text), user
    assert len(sent_texts(botapi, 3000)) == 1
    assert not botapi.errors


# --- flood ------------------------------------------------------------------------------------


async def test_flooder_is_limited_others_are_answered_and_crisis_still_gets_through(botapi, faq_dir, tmp_path):
    app = make_app(botapi, faq_dir, tmp_path)
    responder = responder_of(app)
    flood_question, *others_questions = ordinary_questions(responder, 21)
    flooder, others = 4000, list(range(4001, 4021))
    limit = app.bot_data["state"].settings.rate_limit_per_minute
    assert limit == 20
    async with run_polling(app):
        for i in range(500):
            botapi.send_text(CRISIS if i == 250 else f"{flood_question} {i}", user_id=flooder)
            if i % 25 == 0:
                user = others[i // 25]
                botapi.send_text(others_questions[i // 25], user_id=user)
                await asyncio.sleep(0.05)  # 500 messages queued over ~1 s
        for user, question in zip(others, others_questions):
            await botapi.wait_for_messages(user, 1, timeout=20)
        await wait_until_handled(app, botapi)
        assert app.updater.running
    for user, question in zip(others, others_questions):
        assert sent_texts(botapi, user) == expected(responder, question), user

    got = [html.unescape(t) for t in sent_texts(botapi, flooder)]
    crisis_block = html.unescape(render.split_message(responder.crisis_text)[0])
    notes = [t for t in got if SLOW_DOWN in t]
    crisis_blocks = [t for t in got if t == crisis_block]
    crisis_main = [html.unescape(t) for t in render.reply_messages(responder.respond(CRISIS))[1]]
    answers = [t for t in got if t not in notes and t != crisis_block]
    assert len(notes) == 1, got
    assert len(crisis_blocks) == 1, "the flooder's crisis message must still get the contacts"
    # The crisis message's own reply comes right after its contacts; everything else is one of
    # the (at most) 20 answers to the flood.
    index = got.index(crisis_block)
    assert got[index + 1: index + 1 + len(crisis_main)] == crisis_main
    assert len(answers) - len(crisis_main) == limit  # the window is 60 s: exactly 20 got through
    assert not botapi.errors


async def test_flooder_with_a_slow_chat_does_not_hold_up_other_patients(botapi, faq_dir, tmp_path):
    """Telegram throttles one chat that receives many messages. While the flooder's 21 replies
    crawl out (0.3 s each here), a patient in another chat must still be answered promptly: the
    per-chat ordering may delay the flooder, never everyone else, however many updates the
    flooder has queued (more than the update processor has slots, here)."""
    app = make_app(botapi, faq_dir, tmp_path)
    responder = responder_of(app)
    flood_question, question = ordinary_questions(responder, 2)
    flooder, patient = 4100, 4101
    original = botapi._m_sendmessage

    async def throttled(params: dict[str, Any]) -> Any:
        if params.get("chat_id") == flooder:
            await asyncio.sleep(0.3)
        return await original(params)

    botapi._m_sendmessage = throttled
    flood = app.update_processor.max_concurrent_updates + 50  # more pending updates than slots
    async with run_polling(app):
        for i in range(flood):
            botapi.send_text(f"{flood_question} {i}", user_id=flooder)
        await botapi.wait_for_messages(flooder, 1, timeout=5)  # the flood is being handled
        asked = time.monotonic()
        botapi.send_text(question, user_id=patient)
        await botapi.wait_for_messages(patient, 1, timeout=15)
        waited = time.monotonic() - asked
        await botapi.wait_for_messages(flooder, 21, timeout=20)
    assert waited < 1.0, (
        f"a patient waited {waited:.1f} s behind another chat's flood: every slot of the update "
        "processor is held by the flooder's updates waiting for their chat lock")


# --- a broken core ----------------------------------------------------------------------------


async def test_matcher_exception_crisis_still_first_others_get_fallback_and_bot_recovers(botapi, faq_dir, tmp_path):
    app = make_app(botapi, faq_dir, tmp_path)
    responder = responder_of(app)
    question = ordinary_questions(responder, 1)[0]
    fallback = render.split_message(responder.knowledge.messages.fallback)[0]
    support = render.split_message(responder.knowledge.messages.support)[0]
    crisis_block = render.split_message(responder.crisis_text)[0]
    matcher = responder.matcher

    def broken(text: str):
        raise RuntimeError("matcher index corrupted")

    async with run_polling(app):
        matcher.search = broken  # instance attribute shadows the method
        botapi.send_text(question, user_id=5001)
        botapi.send_text(CRISIS, user_id=5002)
        botapi.send_text(CRISIS_WITH_QUESTION, user_id=5003)
        ordinary = await botapi.wait_for_messages(5001, 1)
        crisis = await botapi.wait_for_messages(5002, 2)
        crisis_q = await botapi.wait_for_messages(5003, 2)
        await wait_until_handled(app, botapi)
        assert app.updater.running

        del matcher.search  # repaired
        botapi.send_text(question, user_id=5001)
        await botapi.wait_for_messages(5001, 2)
        await wait_until_handled(app, botapi)
    assert len(sent_texts(botapi, 5001)) == 2
    assert ordinary[0]["text"].startswith(fallback) or APOLOGY in ordinary[0]["text"]
    for messages in (crisis, crisis_q):
        assert messages[0]["text"] == crisis_block
        assert len(messages) == 2 and messages[1]["text"] == support  # never a guess under the contacts
    assert sent_texts(botapi, 5001)[1] == expected(responder, question)[0]
    assert not botapi.errors


async def test_matcher_exception_inline_crisis_query_still_offers_the_contacts(botapi, faq_dir, tmp_path):
    app = make_app(botapi, faq_dir, tmp_path)
    responder = responder_of(app)

    def broken(text: str):
        raise RuntimeError("matcher index corrupted")

    async with run_polling(app):
        responder.matcher.search = broken
        botapi.inline_query("i want to kill myself", user_id=5101)
        await wait_until_handled(app, botapi)
        calls = botapi.calls_to("answerInlineQuery")
        assert app.updater.running
    assert calls, "a crisis inline query got no answer at all when the matcher failed"
    assert calls[0].params["results"][0]["id"] == "crisis"


async def test_exception_after_the_crisis_check_gets_an_apology_without_a_second_crisis_block(botapi, faq_dir, tmp_path):
    app = make_app(botapi, faq_dir, tmp_path)
    responder = responder_of(app)
    store = app.bot_data["state"].store
    crisis_block = render.split_message(responder.crisis_text)[0]

    def broken(**kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    async with run_polling(app):
        store.record_message = broken
        botapi.send_text(CRISIS, user_id=5201)
        botapi.send_text(ordinary_questions(responder, 1)[0], user_id=5202)
        crisis = await botapi.wait_for_messages(5201, 2)
        ordinary = await botapi.wait_for_messages(5202, 1)
        await wait_until_handled(app, botapi)
        del store.record_message
        assert app.updater.running
    assert crisis[0]["text"] == crisis_block and APOLOGY in crisis[1]["text"]
    assert len(sent_texts(botapi, 5201)) == 2  # the contacts once, not again from the error handler
    assert len(sent_texts(botapi, 5202)) == 1 and APOLOGY in ordinary[0]["text"]


async def test_crisis_send_refused_once_the_error_handler_sends_the_contacts(botapi, faq_dir, tmp_path):
    app = make_app(botapi, faq_dir, tmp_path)
    responder = responder_of(app)
    crisis_block = render.split_message(responder.crisis_text)[0]
    async with run_polling(app):
        botapi.faults.fail_next("sendMessage", code=400)  # a 400 is never retried by `send`
        botapi.send_text(CRISIS, user_id=5301)
        messages = await botapi.wait_for_messages(5301, 2)
        await wait_until_handled(app, botapi)
        assert app.updater.running
    assert messages[0]["text"] == crisis_block and "988" in messages[0]["text"]
    assert APOLOGY in messages[1]["text"]


async def test_crisis_detector_exception_fails_towards_the_contacts(botapi, faq_dir, tmp_path):
    app = make_app(botapi, faq_dir, tmp_path)
    responder = responder_of(app)
    question = ordinary_questions(responder, 1)[0]
    crisis_block = render.split_message(responder.crisis_text)[0]

    def broken(text: str):
        raise RuntimeError("detector broke")

    async with run_polling(app):
        responder.detector.check = broken
        botapi.send_text(question, user_id=5401)
        messages = await botapi.wait_for_messages(5401, 2)
        await wait_until_handled(app, botapi)
        del responder.detector.check
        assert app.updater.running
    assert messages[0]["text"] == crisis_block
    assert len(messages) == 2


# --- per-chat order ---------------------------------------------------------------------------


async def test_crisis_then_question_from_many_users_at_once_arrive_in_order(botapi, faq_dir, tmp_path):
    fail_a_fifth_of_sends(botapi, seed=3, share_429=0.3)
    app = make_app(botapi, faq_dir, tmp_path)
    responder = responder_of(app)
    questions = ordinary_questions(responder, 20)
    users = list(range(6001, 6021))
    async with run_polling(app):
        for user, question in zip(users, questions):  # interleaved across chats, as Telegram would
            botapi.send_text(CRISIS, user_id=user)
        for user, question in zip(users, questions):
            botapi.send_text(question, user_id=user)
        for user, question in zip(users, questions):
            await botapi.wait_for_messages(user, len(expected(responder, CRISIS)) + 1, timeout=20)
        await wait_until_handled(app, botapi)
    for user, question in zip(users, questions):
        assert sent_texts(botapi, user) == expected(responder, CRISIS) + expected(responder, question), user


async def test_a_question_sent_while_a_slow_crisis_block_is_going_out_does_not_overtake_it(botapi, faq_dir, tmp_path):
    """A patient asks something, then writes a crisis message, then another question. The crisis
    block is slow to go out (Telegram answering slowly). The later question's answer must not be
    delivered before the contacts: updates of one chat are handled strictly in order."""
    app = make_app(botapi, faq_dir, tmp_path)
    responder = responder_of(app)
    first, later = ordinary_questions(responder, 2)
    user = 7001
    gate = SendGate(botapi, lambda p: p.get("chat_id") == user and "988" in p.get("text", ""))
    async with run_polling(app):
        botapi.send_text(first, user_id=user)
        botapi.send_text(CRISIS, user_id=user)
        await asyncio.wait_for(gate.held.wait(), 5)  # the first answer is out, the contacts are held
        update = botapi.send_text(later, user_id=user)
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:  # give a wrongly concurrent handler time to overtake
            await asyncio.sleep(0.05)
            if botapi._served_upto >= update["update_id"] and len(botapi.messages_to(user)) > 1:
                break
        gate.open()
        total = 1 + len(expected(responder, CRISIS)) + 1
        await botapi.wait_for_messages(user, total, timeout=5)
        await wait_until_handled(app, botapi)
    assert sent_texts(botapi, user) == expected(responder, first) + expected(responder, CRISIS) + expected(responder, later)
