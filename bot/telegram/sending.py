"""How a reply reaches Telegram: bounded retries, the crisis block first and on its own."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from telegram import InlineKeyboardMarkup, Message
from telegram.error import BadRequest, NetworkError, RetryAfter

from bot.core.knowledge import Knowledge
from bot.core.responder import Reply
from bot.telegram import render

SEND_ATTEMPTS = 6
CRISIS_SEND_ATTEMPTS = 10  # crisis contacts are retried hardest
MAX_RETRY_WAIT = 30.0


def _seconds(value: int | float | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


async def send(bot: Any, chat_id: int, text: str, *, reply_markup: InlineKeyboardMarkup | None = None,
               attempts: int = SEND_ATTEMPTS) -> Message:
    """send_message with a bounded retry for 429 (wait as told) and 5xx/timeouts (back off)."""
    delay = 0.5
    for attempt in range(1, attempts + 1):
        try:
            return await bot.send_message(chat_id, text, reply_markup=reply_markup)
        except BadRequest:
            raise  # our request is wrong; retrying cannot help
        except RetryAfter as exc:
            if attempt == attempts:
                raise
            await asyncio.sleep(min(_seconds(exc.retry_after), MAX_RETRY_WAIT))
        except NetworkError:
            if attempt == attempts:
                raise
            await asyncio.sleep(delay)
            delay = min(delay * 2, 8.0)
    raise AssertionError("unreachable")


async def send_text(bot: Any, chat_id: int, text: str, *, reply_markup: InlineKeyboardMarkup | None = None,
                    attempts: int = SEND_ATTEMPTS) -> Message | None:
    """Plain text of any length: escaped, split to fit, the keyboard on the last piece."""
    last = None
    parts = render.split_message(text)
    for index, part in enumerate(parts):
        markup = reply_markup if index == len(parts) - 1 else None
        last = await send(bot, chat_id, part, reply_markup=markup, attempts=attempts)
    return last


async def send_crisis_block(bot: Any, chat_id: int, reply: Reply) -> None:
    """The crisis block or concern check-in of a reply, before anything else is done for it."""
    if reply.crisis_text:
        await send_text(bot, chat_id, reply.crisis_text, attempts=CRISIS_SEND_ATTEMPTS)


async def send_main(bot: Any, chat_id: int, reply: Reply, knowledge: Knowledge, *, message_ref: int | None = None,
                    extra: InlineKeyboardMarkup | None = None) -> None:
    """What follows the crisis block: the answer, suggestions, fallback or command text; `extra`
    buttons (such as "ask a person") go under the core's."""
    if reply.main_text:
        markup = render.menu(reply, knowledge, message_ref)
        if extra is not None:
            markup = InlineKeyboardMarkup([*(markup.inline_keyboard if markup else ()), *extra.inline_keyboard])
        await send_text(bot, chat_id, reply.main_text, reply_markup=markup)
