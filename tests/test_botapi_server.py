"""Proves FakeBotApi works with the REAL python-telegram-bot Application in polling mode.

The bot here is a tiny echo bot defined in this file (not the project's bot), so that failures
point at the fixture rather than at bot logic.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResultArticle, \
    InputTextMessageContent, Update
from telegram.error import InvalidToken, NetworkError, RetryAfter
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, InlineQueryHandler, \
    MessageHandler, TypeHandler, filters

from tests.botapi_server import FakeBotApi, application_builder, run_polling

KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("More", callback_data="more:1")]])


def echo_app(server: FakeBotApi, *, attempts: int = 1, seen: list[Any] | None = None,
             errors: list[BaseException] | None = None) -> Application:
    """Echo bot: replies with the text (+ a button), retrying NetworkErrors ``attempts`` times."""
    seen = [] if seen is None else seen
    errors = [] if errors is None else errors

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        seen.append(update.update_id)
        for attempt in range(attempts):
            try:
                await update.effective_message.reply_text(
                    update.effective_message.text, reply_markup=KEYBOARD)
                return
            except (NetworkError, RetryAfter) as exc:
                errors.append(exc)
                if isinstance(exc, RetryAfter) or attempt == attempts - 1:
                    return

    async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        seen.append(update.callback_query.data)
        await update.callback_query.answer(text="Got it")
        await update.callback_query.edit_message_text("pressed")

    async def on_inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        q = update.inline_query.query
        await update.inline_query.answer([InlineQueryResultArticle(
            id="1", title=f"About {q}", input_message_content=InputTextMessageContent(q))],
            cache_time=0)

    app = application_builder(server).build()
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(InlineQueryHandler(on_inline))
    return app


async def test_text_is_echoed_and_delivered(botapi: FakeBotApi) -> None:
    async with run_polling(echo_app(botapi)):
        botapi.send_text("hello there", user_id=42)
        [msg] = await botapi.wait_for_messages(42, 1)
    assert msg["text"] == "hello there"
    assert msg["reply_markup"] == KEYBOARD.to_dict()  # JSON-decoded, not a string
    assert botapi.delivered[0].params is msg
    assert botapi.token == "123:TEST"
    assert {"getMe", "deleteWebhook", "getUpdates"} <= {c.method for c in botapi.calls}
    assert botapi.errors == []


async def test_offsets_advance_and_no_update_is_handled_twice(botapi: FakeBotApi) -> None:
    seen: list[Any] = []
    async with run_polling(echo_app(botapi, seen=seen)):
        sent = [botapi.send_text(f"msg {i}")["update_id"] for i in range(5)]
        await botapi.wait_for_messages(1, 5)
        await botapi.wait_until_idle(quiet=0.3)
        botapi.send_text("late one")
        await botapi.wait_for_messages(1, 6)
        await botapi.wait_until_idle(quiet=0.3)
    assert len(seen) == len(set(seen)) == 6
    assert seen[:5] == sent
    assert [m["text"] for m in botapi.messages_to(1)] == [f"msg {i}" for i in range(5)] + [
        "late one"]
    offsets = [c.params.get("offset", 0) for c in botapi.calls_to("getUpdates")]
    assert offsets == sorted(offsets) and offsets[-1] == seen[-1] + 1
    assert botapi.errors == []


async def test_button_press_reaches_callback_handler(botapi: FakeBotApi) -> None:
    seen: list[Any] = []
    async with run_polling(echo_app(botapi, seen=seen)):
        botapi.send_text("hi", user_id=7)
        [sent] = await botapi.wait_for_messages(7, 1)
        botapi.press_button("more:1", user_id=7)
        [answer] = await botapi.wait_for_calls("answerCallbackQuery", 1)
        [edit] = await botapi.wait_for_calls("editMessageText", 1)
    assert "more:1" in seen
    assert answer.params["text"] == "Got it" and answer.params["callback_query_id"]
    assert edit.params["text"] == "pressed"
    assert botapi.last_bot_message(7)["text"] == "pressed"
    assert "reply_markup" not in botapi.last_bot_message(7)  # edit without markup drops it
    assert sent["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "more:1"


async def test_inline_query_results_are_decoded(botapi: FakeBotApi) -> None:
    async with run_polling(echo_app(botapi)):
        botapi.inline_query("ketamine")
        [call] = await botapi.wait_for_calls("answerInlineQuery", 1)
    [result] = call.params["results"]
    assert result["type"] == "article" and result["title"] == "About ketamine"
    assert result["input_message_content"]["message_text"] == "ketamine"
    assert call.params["cache_time"] == 0


async def test_flaky_send_with_retries_delivers_everything() -> None:
    errors: list[BaseException] = []
    async with FakeBotApi(seed=3) as server:
        server.faults.send_error_rate = 0.5  # 500s only (retry_after_share=0)
        async with run_polling(echo_app(server, attempts=8, errors=errors)):
            for i in range(10):
                server.send_text(f"q{i}")
            await server.wait_for_messages(1, 10, timeout=10)
            await server.wait_until_idle()
    assert len(server.delivered) == 10
    failed = [c for c in server.calls_to("sendMessage") if c.status == 500]
    assert failed and len(errors) == len(failed)
    assert all(type(e) is NetworkError for e in errors)
    assert sorted(m["text"] for m in server.messages_to(1)) == sorted(f"q{i}" for i in range(10))


async def test_429_becomes_retry_after(botapi: FakeBotApi) -> None:
    errors: list[BaseException] = []
    botapi.faults.send_error_rate, botapi.faults.retry_after_share = 1.0, 1.0
    async with run_polling(echo_app(botapi, attempts=3, errors=errors)):
        botapi.send_text("too fast")
        await botapi.wait_for_calls("sendMessage", 1)
        await botapi.wait_until_idle()
        botapi.faults.send_error_rate = 0.0
        botapi.faults.fail_next("sendMessage", 500)
        botapi.send_text("forced 500")
        await botapi.wait_until_idle()
    assert isinstance(errors[0], RetryAfter) and "Retry in" in str(errors[0])
    assert type(errors[1]) is NetworkError and "Internal Server Error" in str(errors[1])
    # the echo handler retries NetworkError (not RetryAfter), so "forced 500" got through on retry
    assert [c.status for c in botapi.calls_to("sendMessage")] == [429, 500, 200]
    assert [m["text"] for m in botapi.messages_to(1)] == ["forced 500"]


async def test_polling_resumes_after_outage(botapi: FakeBotApi) -> None:
    async with run_polling(echo_app(botapi)):
        botapi.send_text("before")
        await botapi.wait_for_messages(1, 1)
        port = botapi.port
        outage = asyncio.create_task(botapi.go_down(2))
        await asyncio.sleep(0.3)
        assert not botapi.is_up
        botapi.send_text("during")  # queued while down, served after
        await outage
        up_at = time.monotonic()
        msgs = await botapi.wait_for_messages(1, 2, timeout=8)
        resumed_after = time.monotonic() - up_at
    assert botapi.port == port
    assert [m["text"] for m in msgs] == ["before", "during"]
    # PTB backs off 1 s, 1.5 s, 2.25 s ... after network errors; a 2 s outage costs < 2 s more.
    assert resumed_after < 3, resumed_after


async def test_unknown_token_is_rejected() -> None:
    async with FakeBotApi(valid_tokens={"123:TEST"}) as server:
        app = application_builder(server, token="999:WRONG").build()
        try:
            with pytest.raises(InvalidToken):
                await app.initialize()
        finally:
            await app.bot.shutdown()
        good = application_builder(server).build()
        async with good.bot as bot:
            assert bot.username == "RenewFaqBot" and bot.id == 999
    statuses = [(c.token, c.status) for c in server.calls_to("getMe")]
    assert statuses == [("999:WRONG", 401), ("123:TEST", 200)]


async def test_simulated_updates_parse_in_ptb(botapi: FakeBotApi) -> None:
    """Every kind of simulated update must de-serialise cleanly into PTB objects."""
    got: list[Update] = []

    async def collect(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        got.append(update)

    app = application_builder(botapi).build()
    app.add_handler(TypeHandler(Update, collect))
    async with run_polling(app):
        await app.bot.send_message(-100200, "I am the bot")
        botapi.send_text("hey @RenewFaqBot 💜 help", chat_type="supergroup")
        botapi.send_text("replying", chat_type="supergroup", reply_to_bot=True, user_id=2)
        first = botapi.send_text("/start@RenewFaqBot deep", user_id=3)
        botapi.edit_text(first["message"]["message_id"], "/start fixed", user_id=3)
        botapi.send_sticker()
        botapi.send_voice()
        botapi.send_photo("a caption")
        await botapi.wait_until_idle()
    mention, reply, command, edited, sticker, voice, photo = got
    assert list(mention.message.parse_entities(["mention"]).values()) == ["@RenewFaqBot"]
    assert mention.effective_chat.type == "supergroup" and mention.effective_chat.id == -100200
    assert reply.message.reply_to_message.from_user.username == "RenewFaqBot"
    assert list(command.message.parse_entities(["bot_command"]).values()) == [
        "/start@RenewFaqBot"]
    assert edited.edited_message.text == "/start fixed" and edited.edited_message.edit_date
    assert sticker.message.sticker.file_id and voice.message.voice.file_id == "VOC1"
    assert photo.message.photo[-1].width == 800 and photo.message.caption == "a caption"
    assert botapi.errors == []
