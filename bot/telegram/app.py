"""The Telegram shell: build_application(settings) and the handlers.

Handlers are thin adapters: read the update, ask the core (Responder) what to say, send it. Two
rules hold everywhere: the crisis check runs before anything else and its block is sent first, as
its own message; and no patient text is logged.
"""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from telegram import (
    BotCommand,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.telegram import handoff, render
from bot.config import Settings
from bot.live import LiveFaq
from bot.logs import log_failure
from bot.telegram.ratelimit import RateLimiter
from bot.core.responder import Reply, Responder
from bot.store import Store, hash_user

logger = logging.getLogger(__name__)
# python-telegram-bot 22 hands out durations (RetryAfter.retry_after) as timedelta when opted in,
# as future releases will; `_seconds` reads both.
os.environ.setdefault("PTB_TIMEDELTA", "1")

SEND_ATTEMPTS = 6
CRISIS_SEND_ATTEMPTS = 10  # crisis contacts are retried hardest
MAX_RETRY_WAIT = 30.0
EMERGENCY_LINE = "In an emergency call 911, or call or text 988 (Suicide & Crisis Lifeline). /crisis shows every crisis contact."
COMMANDS = [
    ("start", "What this bot can do"),
    ("topics", "Browse the questions by topic"),
    ("crisis", "Crisis contacts, right now"),
    ("help", "How to use this bot"),
    ("human", "Write to a person at the clinic"),
    ("privacy", "What is kept and who sees it"),
    ("forget", "Delete what the bot stored about you"),
]


@dataclass
class BotState:
    """The shared objects, kept in bot_data['state']."""

    settings: Settings
    live: LiveFaq
    store: Store
    limiter: RateLimiter

    def user_key(self, user_id: int | None) -> str:
        return hash_user(user_id or 0, self.settings.user_hash_salt)


def state(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    return context.bot_data["state"]


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Handle different chats concurrently but each chat's updates strictly in order, so a
    patient's crisis block and answers never overtake their earlier messages."""

    def __init__(self, max_concurrent_updates: int = 64) -> None:
        super().__init__(max_concurrent_updates)
        self._chats: dict[Any, tuple[asyncio.Lock, int]] = {}  # chat -> (lock, updates holding or waiting)

    async def process_update(self, update: object, coroutine: Any) -> None:
        chat = getattr(update, "effective_chat", None)
        key = chat.id if chat is not None else None
        if key is None:
            await super().process_update(update, coroutine)
            return
        lock, users = self._chats.get(key) or (asyncio.Lock(), 0)
        self._chats[key] = (lock, users + 1)
        try:
            async with lock:  # wait for this chat's turn *before* taking one of the shared slots
                await super().process_update(update, coroutine)
        finally:
            lock, users = self._chats[key]
            if users == 1:
                del self._chats[key]
            else:
                self._chats[key] = (lock, users - 1)

    async def do_process_update(self, update: object, coroutine: Any) -> None:
        await coroutine

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


# --- sending ----------------------------------------------------------------------------------


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


async def send_parts(bot: Any, chat_id: int, parts: list[str], *, reply_markup: InlineKeyboardMarkup | None = None,
                     attempts: int = SEND_ATTEMPTS) -> Message | None:
    """Send pre-escaped pieces in order; the keyboard goes on the last one."""
    last = None
    for index, part in enumerate(parts):
        markup = reply_markup if index == len(parts) - 1 else None
        last = await send(bot, chat_id, part, reply_markup=markup, attempts=attempts)
    return last


async def send_crisis(context: ContextTypes.DEFAULT_TYPE, chat_id: int, responder: Responder,
                      *, for_message: int | None = None) -> None:
    await send_parts(context.bot, chat_id, render.split_message(responder.crisis_text), attempts=CRISIS_SEND_ATTEMPTS,
                     reply_markup=handoff.consent_keyboard(context))
    context.chat_data["crisis_sent_for"] = for_message


def _crisis_sent(context: ContextTypes.DEFAULT_TYPE, message: Message | None) -> bool:
    return message is not None and context.chat_data.get("crisis_sent_for") == message.message_id


async def send_reply(context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply, responder: Responder,
                     *, message_ref: int | None = None, crisis_already_sent: bool = False, text: str = "") -> None:
    """The crisis block (if any, and not already out), then the answer/suggestions/fallback."""
    if reply.crisis and not crisis_already_sent:
        await send_crisis(context, chat_id, responder)
    knowledge = responder.knowledge
    if reply.answer is not None:
        markup = render.answer_keyboard(reply.answer, knowledge)
    elif reply.suggestions:
        markup = render.suggestions_keyboard(reply.suggestions, message_ref)
    else:
        markup = render.topics_keyboard(knowledge)
    markup = handoff.with_consent(context, markup, outcome=reply.outcome, small_talk=reply.small_talk, text=text)
    _, main = render.reply_messages(reply)
    await send_parts(context.bot, chat_id, main, reply_markup=markup)


# --- commands ---------------------------------------------------------------------------------


async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    knowledge = state(context).live.responder.knowledge
    m = knowledge.messages
    text = f"{m.greeting}\n\n{m.disclaimer}\n\n{EMERGENCY_LINE}"
    await send_parts(context.bot, update.effective_chat.id, render.split_message(text), reply_markup=render.topics_keyboard(knowledge))


async def on_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    m = state(context).live.responder.knowledge.messages
    text = (
        "Ask me a question in your own words, for example \"how fast does ketamine work?\" or "
        "\"can I breastfeed after an infusion?\".\n\n"
        "/topics: browse the questions by topic\n/crisis: crisis contacts, right now\n/start: the welcome message\n\n"
        f"{m.clinic_contact}\n\n{m.disclaimer}"
    )
    await send_parts(context.bot, update.effective_chat.id, render.split_message(text))


async def on_topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    knowledge = state(context).live.responder.knowledge
    await send(context.bot, update.effective_chat.id, "Choose a topic:", reply_markup=render.topics_keyboard(knowledge))


async def on_crisis(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send_crisis(context, update.effective_chat.id, state(context).live.responder)
    await handoff.alert_staff(context, update, tier="crisis")


async def on_unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if _addressed(update, context):
        await send(context.bot, update.effective_chat.id, "I don't know that command. Try /topics, /crisis or /help.")


def staff_only(handler: Any) -> Any:
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user = update.effective_user
        if user is None or user.id not in state(context).settings.staff_user_ids:
            await send(context.bot, update.effective_chat.id, "Sorry, that command is for clinic staff.")
            return
        await handler(update, context)

    return wrapper


@staff_only
async def on_reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    result = await asyncio.to_thread(state(context).live.reload, force=True)
    if result.accepted:
        text = f"FAQ reloaded (version {result.version})."
    else:
        text = "FAQ edit refused; the bot keeps the last good FAQ.\n" + "\n".join(result.problems[:20])
    await send_parts(context.bot, update.effective_chat.id, render.split_message(text))


@staff_only
async def on_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    from bot.staff.report import format_stats

    stats = await asyncio.to_thread(state(context).store.stats, days=7)
    await send_parts(context.bot, update.effective_chat.id, render.split_message(format_stats(stats)))


# --- messages ---------------------------------------------------------------------------------


def _addressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """In a private chat always; in a group only when mentioned, replied to, or commanded."""
    chat, message = update.effective_chat, update.effective_message
    if chat is None or chat.type == ChatType.PRIVATE:
        return True
    if message is None:
        return False
    username = (context.bot.username or "").lower()
    text = message.text or message.caption or ""
    if username and f"@{username}" in text.lower():
        return True
    if any(e.type == MessageEntity.BOT_COMMAND for e in (message.entities or ())):
        return True
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == context.bot.id)


def _without_mention(text: str, username: str | None) -> str:
    if not username:
        return text
    lowered, tag = text.lower(), f"@{username.lower()}"
    while tag in lowered:
        index = lowered.index(tag)
        text, lowered = text[:index] + text[index + len(tag):], lowered[:index] + lowered[index + len(tag):]
    return text


async def crisis_first(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Group -1: every message and edit, commands included, in any chat, before any other
    handler. Crisis wording gets the contacts at once; nothing later can hold them back."""
    message = update.effective_message
    responder = state(context).live.responder
    if responder.is_crisis(message.text or message.caption or ""):
        await send_crisis(context, update.effective_chat.id, responder, for_message=message.message_id)
        await handoff.alert_staff(context, update, tier="crisis")  # a code, the time, the tier; never the words


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    st = state(context)
    responder = st.live.responder  # one FAQ version for the whole message
    text = message.text or message.caption or ""
    crisis = responder.is_crisis(text)  # crisis_first has sent the contacts already
    if not _addressed(update, context):
        return
    if not crisis:  # crisis messages are never rate-limited
        verdict = st.limiter.check(st.user_key(user.id if user else None))
        if verdict != "ok":
            if verdict == "warn":
                await send(context.bot, chat.id, "You're sending messages very quickly, so I'll pause for a minute. "
                                                 "If you need help right now, tap /crisis.")
            return
    reply = responder.respond(_without_mention(text, context.bot.username), crisis=crisis)
    # The store never raises, but a locked database may make it wait: keep that off the event loop.
    ref = await asyncio.to_thread(
        st.store.record_message,
        user_id=user.id if user else 0, outcome="crisis" if reply.crisis else reply.outcome,
        answer_id=reply.answer.id if reply.answer else None, score=reply.score,
        suggestions=[e.id for e in reply.suggestions], faq_version=responder.knowledge.version,
        question=None if reply.crisis or reply.small_talk else text,
    )
    logger.info("reply user=%s outcome=%s entry=%s crisis=%s", st.user_key(user.id if user else None)[:10],
                reply.outcome, reply.answer.id if reply.answer else "-", reply.crisis)
    await send_reply(context, chat.id, reply, responder, message_ref=ref,
                     crisis_already_sent=_crisis_sent(context, message), text=text)


async def on_non_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not _addressed(update, context):
        return
    st = state(context)
    if st.limiter.check(st.user_key(update.effective_user.id if update.effective_user else None)) != "ok":
        return
    await send(context.bot, update.effective_chat.id,
               "I can only read text messages. Please type your question. If you need help right now, tap /crisis.")


async def on_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    st = state(context)
    responder = st.live.responder
    knowledge = responder.knowledge
    action, fields = render.parse_callback(query.data)
    chat_id = update.effective_chat.id if update.effective_chat else query.from_user.id
    entry = knowledge.entry(fields[0]) if action in (render.ANSWER, render.SUGGESTED, render.FEEDBACK) else None

    if action == render.TOPIC and fields[0].isascii() and fields[0].isdigit():
        markup = render.topic_keyboard(knowledge, int(fields[0]))
        if markup is not None:
            await query.answer()
            await query.edit_message_text(render.escape(render.topics(knowledge)[int(fields[0])] + ":"), reply_markup=markup)
            return
    elif action == render.FEEDBACK and entry is not None and fields[1:] in (["1"], ["0"]):
        await asyncio.to_thread(st.store.record_feedback, user_id=query.from_user.id, entry_id=entry.id,
                                helpful=fields[1] == "1")
        await query.answer("Thank you for the feedback.")
        await query.edit_message_reply_markup(render.related_keyboard(entry, knowledge))
        return
    elif entry is not None and action in (render.ANSWER, render.SUGGESTED):
        if action == render.SUGGESTED:
            ref = int(fields[1]) if len(fields) > 1 and fields[1].isascii() and fields[1].isdigit() and fields[1] != "0" else None
            await asyncio.to_thread(st.store.record_suggestion_choice, user_id=query.from_user.id,
                                    entry_id=entry.id, message_ref=ref)
        await query.answer()
        reply = responder.answer_entry(entry.id)
        await send_reply(context, chat_id, reply, responder)
        return
    await query.answer("That button is out of date. Send /topics to see the current questions.")


async def on_inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    inline = update.inline_query
    responder = state(context).live.responder
    knowledge = responder.knowledge
    text = inline.query or ""
    results = []
    if responder.is_crisis(text):
        results.append(InlineQueryResultArticle(
            id="crisis", title="Crisis contacts: help right now", description="988, 911 and more",
            input_message_content=InputTextMessageContent(render.split_message(responder.crisis_text)[0]),
        ))
    if text.strip():
        try:
            match = responder.matcher.search(text)
            entries = [match.answer] if match.answer else list(match.suggestions)
        except Exception as error:  # the crisis result must still go out
            log_failure(logger, "matcher failed on an inline query", error)
            entries = []
    else:
        entries = list(knowledge.entries)
    for entry in entries[:20]:
        body = f"{entry.answer}\n\n{knowledge.messages.disclaimer}"
        results.append(InlineQueryResultArticle(
            id=entry.id[:64], title=entry.title, description=entry.answer[:90],
            input_message_content=InputTextMessageContent(render.split_message(body)[0]),
        ))
    await inline.answer(results, cache_time=0, is_personal=True)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log without message text; get the crisis block out if that message needed it; apologise."""
    error = context.error
    log_failure(logger, "error while handling an update", error)
    if not isinstance(update, Update) or update.effective_chat is None or isinstance(error, Forbidden):
        return
    chat_id = update.effective_chat.id
    try:
        st = state(context)
        message = update.effective_message
        text = (message.text or message.caption or "") if message else ""
        if text and st.live.responder.is_crisis(text) and not _crisis_sent(context, message):
            await send_crisis(context, chat_id, st.live.responder, for_message=message.message_id)
        clinic = st.live.responder.knowledge.messages.clinic_contact
        await send(context.bot, chat_id, render.escape(f"Sorry, something went wrong on my side. Please try again. {clinic}"))
    except TelegramError:
        logger.warning("could not send the error apology")


# --- jobs -------------------------------------------------------------------------------------


async def reload_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    st = state(context)
    if not st.live.changed():
        return
    result = await asyncio.to_thread(st.live.reload)
    if result.changed and not result.accepted:
        text = "The FAQ edit was refused; the bot keeps the last good FAQ. Problems:\n" + "\n".join(result.problems[:20])
        for staff_id in st.settings.staff_user_ids:
            try:
                await send_parts(context.bot, staff_id, render.split_message(text))
            except TelegramError:
                logger.warning("could not tell staff member %s about the refused edit", st.user_key(staff_id)[:10])


async def retention_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    st = state(context)
    removed = await asyncio.to_thread(st.store.purge, older_than_days=st.settings.retention_days)
    st.limiter.forget_idle()
    logger.info("retention: removed %d old record(s)", removed)


# --- building ---------------------------------------------------------------------------------


async def _post_init(app: Application) -> None:
    await app.bot.set_my_commands([BotCommand(name, description) for name, description in COMMANDS])
    await handoff.post_init(app)
    st: BotState = app.bot_data["state"]
    if app.job_queue is not None:
        app.job_queue.run_repeating(reload_job, interval=st.settings.faq_reload_seconds, first=st.settings.faq_reload_seconds, name="faq-reload")
        app.job_queue.run_repeating(retention_job, interval=timedelta(days=1), first=60, name="retention")


async def _post_shutdown(app: Application) -> None:
    app.bot_data["state"].store.close()


def webhook_options(settings: Settings) -> dict[str, Any]:
    """How run_webhook listens: Telegram must send WEBHOOK_SECRET in its secret-token header, and
    python-telegram-bot answers 403 to any request without it."""
    return {"listen": "0.0.0.0", "port": settings.port, "url_path": "telegram",
            "secret_token": settings.webhook_secret, "webhook_url": settings.webhook_url}


def build_application(settings: Settings, *, live: LiveFaq | None = None, store: Store | None = None) -> Application:
    """Everything the running bot needs, registered in one place."""
    # httpx logs every request URL at INFO, and the URL contains the bot token; python-telegram-bot
    # logs whole updates (patients' messages) at DEBUG. Neither is allowed, even with LOG_LEVEL=DEBUG.
    for name, floor in (("httpx", logging.WARNING), ("httpcore", logging.WARNING), ("telegram", logging.INFO)):
        logging.getLogger(name).setLevel(max(floor, logging.getLogger(name).level))
    if live is None:
        live, problems = LiveFaq.load(settings.faq_dir)
        if live is None:
            raise ValueError("the FAQ folder has problems:\n" + "\n".join(problems))
    builder = (
        Application.builder()
        .token(settings.token)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .concurrent_updates(PerChatUpdateProcessor(256))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if settings.api_base_url:
        base = settings.api_base_url.rstrip("/")
        builder = builder.base_url(base).base_file_url(base.removesuffix("/bot") + "/file/bot")
    app = builder.build()
    app.bot_data["state"] = BotState(
        settings=settings, live=live,
        store=store or Store(settings.database_path, salt=settings.user_hash_salt),
        limiter=RateLimiter(settings.rate_limit_per_minute),
    )

    # Group -1 runs first for every message and edit: the crisis check, whatever else happens.
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGES & (filters.TEXT | filters.CAPTION), crisis_first), group=-1)
    # Then commands, then new text (edits are only re-checked for crisis above), then the rest.
    app.add_handler(CommandHandler("start", on_start))
    app.add_handler(CommandHandler("help", on_help))
    app.add_handler(CommandHandler("topics", on_topics))
    app.add_handler(CommandHandler(["crisis", "sos"], on_crisis))
    app.add_handler(CommandHandler("reload", on_reload))
    app.add_handler(CommandHandler("stats", on_stats))
    # Hand-off to a person (bot/telegram/handoff.py). Order matters: it adds the staff chat's handlers
    # in group -2, ahead of the crisis check, and, before the patient text handler below, the one
    # that sends a patient's follow-up during an open conversation to the staff instead of the FAQ.
    handoff.register(app)
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.COMMAND, on_unknown_command))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & (filters.TEXT | filters.CAPTION), on_text))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & ~filters.StatusUpdate.ALL, on_non_text))
    app.add_handler(CallbackQueryHandler(on_callback))
    app.add_handler(InlineQueryHandler(on_inline))
    app.add_error_handler(on_error)
    return app
