"""Telegram handlers: read the update, ask the core (Responder) what to say, send it.

Two rules hold everywhere: every text message, command or edit gets its crisis verdict from the
core once, and a crisis block is sent before anything else is done for that message; and no
patient text is logged.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, replace

from telegram import InlineQueryResultArticle, InputTextMessageContent, MessageEntity, Update
from telegram.constants import ChatType
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot.config import Settings
from bot.core.language import detect_language
from bot.core.responder import Action, Context, Limit, Outcome, Reply, Responder, inline_items
from bot.live import LiveFaq
from bot.logs import log_failure
from bot.staff.report import format_stats
from bot.store import Store, hash_user
from bot.telegram import handoff, language, render
from bot.telegram.language import chat_language
from bot.telegram.ratelimit import RateLimiter
from bot.telegram.sending import send_crisis_block, send_main, send_text

logger = logging.getLogger(__name__)

RISK_MEMORY_SECONDS = 300.0  # risk wording primes the chat's next messages for five minutes
RECORDED = (Outcome.ANSWERED, Outcome.SUGGESTED, Outcome.FALLBACK)


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


# --- reading an update ------------------------------------------------------------------------


def addressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """In a private chat always; in a group only when mentioned, replied to, or commanded."""
    chat, message = update.effective_chat, update.effective_message
    if chat is None or chat.type == ChatType.PRIVATE:
        return True
    if message is None:
        return False
    username = (context.bot.username or "").lower()
    if username and f"@{username}" in (message.text or message.caption or "").lower():
        return True
    if any(e.type == MessageEntity.BOT_COMMAND for e in (message.entities or ())):
        return True
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == context.bot.id)


def message_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The message's text or caption without the bot's @mention: what the core reads, all of it."""
    message = update.effective_message
    text, username = message.text or message.caption or "", context.bot.username
    if not username:
        return text
    lowered, tag = text.lower(), f"@{username.lower()}"
    while tag in lowered:
        index = lowered.index(tag)
        text, lowered = text[:index] + text[index + len(tag):], lowered[:index] + lowered[index + len(tag):]
    return text


def conversation(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Context:
    """What the core may know of this chat: language, recent risk (memory only), who is asking."""
    st, user = state(context), update.effective_user
    risk_at = context.chat_data.get("risk_at")
    user_key = st.user_key(user.id if user else None)
    return Context(
        lang=chat_language(update, context),  # the core then follows the language of each message
        primed=risk_at is not None and time.monotonic() - risk_at < RISK_MEMORY_SECONDS,
        addressed=addressed(update, context),
        staff=user is not None and user.id in st.settings.staff_user_ids,
        limit=lambda: Limit(st.limiter.check(user_key)),
    )


def remember(context: ContextTypes.DEFAULT_TYPE, reply: Reply) -> None:
    """Keep the chat's language and the time of its last risk wording, in memory only."""
    context.chat_data["lang"] = reply.lang
    if reply.verdict.risk:
        context.chat_data["risk_at"] = time.monotonic()


# --- messages ---------------------------------------------------------------------------------


async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every new text message and command, in any chat."""
    responder = state(context).live.responder  # one FAQ version for the whole message
    text = message_text(update, context)
    reply = responder.respond(text, conversation(update, context))
    await deliver(update, context, responder, reply, text)


async def on_edit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited message is re-checked for crisis wording only; it is not answered again."""
    responder = state(context).live.responder
    ctx = replace(conversation(update, context), addressed=False)
    reply = responder.respond(message_text(update, context), ctx)
    await deliver(update, context, responder, reply, None)


async def on_non_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, voice notes, photos without a caption."""
    responder = state(context).live.responder
    reply = responder.non_text(conversation(update, context))
    await deliver(update, context, responder, reply, None)


async def deliver(update: Update, context: ContextTypes.DEFAULT_TYPE, responder: Responder, reply: Reply,
                  text: str | None) -> None:
    """Send what the core decided: the crisis block first, then record, then the rest."""
    chat_id, message = update.effective_chat.id, update.effective_message
    remember(context, reply)
    await send_crisis_block(context.bot, chat_id, reply)
    context.chat_data["crisis_sent_for"] = message.message_id if reply.crisis else None
    await handoff.alert_staff(context, update, reply)  # contacts shown: a code, the time, the tier; never the words
    if await handoff.relay_follow_up(update, context, reply, text):
        return  # an open conversation with the clinic team: the staff answer it, not the FAQ
    ref = await record(update, context, responder, reply, text)
    await send_main(context.bot, chat_id, reply, responder.knowledge, message_ref=ref,
                    extra=handoff.person_button(context, reply, text))
    if reply.action is not Action.NONE:
        await STAFF_ACTIONS[reply.action](update, context)


async def record(update: Update, context: ContextTypes.DEFAULT_TYPE, responder: Responder, reply: Reply,
                 text: str | None) -> int | None:
    """The private record: an outcome per message, the text only when the core says staff may
    see it. The store never raises, but a locked database may make it wait: off the event loop."""
    st, user = state(context), update.effective_user
    if text is None or (not reply.crisis and reply.outcome not in RECORDED):
        return None
    outcome = "crisis" if reply.crisis else reply.outcome.value
    logger.info("reply user=%s outcome=%s entry=%s tier=%s", st.user_key(user.id if user else None)[:10],
                reply.outcome.value, reply.answer.id if reply.answer else "-", reply.tier.value)
    return await asyncio.to_thread(
        st.store.record_message, user_id=user.id if user else 0, outcome=outcome,
        answer_id=reply.answer.id if reply.answer else None, score=reply.score,
        suggestions=[e.id for e in reply.suggestions], faq_version=responder.knowledge.version,
        question=text if reply.keeps_question else None, lang=reply.lang,
    )


# --- staff commands (the core has checked that the sender is staff) ---------------------------


async def reload_faq(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    live = state(context).live
    before = live.responder.knowledge
    result = await asyncio.to_thread(live.reload, force=True)
    if result.accepted:
        await language.publish_if_changed(context.bot, before, live.responder.knowledge)
        text = f"FAQ reloaded (version {result.version})."
    else:
        text = "FAQ edit refused; the bot keeps the last good FAQ.\n" + "\n".join(result.problems[:20])
    await send_text(context.bot, update.effective_chat.id, text)


async def show_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    stats = await asyncio.to_thread(state(context).store.stats, days=7)
    await send_text(context.bot, update.effective_chat.id, format_stats(stats))


STAFF_ACTIONS = {Action.RELOAD: reload_faq, Action.STATS: show_stats, **handoff.ACTIONS}


# --- buttons ----------------------------------------------------------------------------------


async def on_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button under one of the bot's messages; stale or forged data gets a gentle note."""
    query = update.callback_query
    knowledge = state(context).live.responder.knowledge
    press = render.parse_press(query.data, knowledge)
    if not press.action:
        await query.answer(knowledge.texts(chat_language(update, context)).stale_button)
        return
    await BUTTONS[press.action](update, context, press)


async def open_topic(update: Update, context: ContextTypes.DEFAULT_TYPE, press: render.Press) -> None:
    query, knowledge, lang = update.callback_query, state(context).live.responder.knowledge, chat_language(update, context)
    await query.answer()
    title = render.escape(knowledge.topic_for(render.topics(knowledge)[press.topic], lang) + ":")
    await query.edit_message_text(title, reply_markup=render.topic_keyboard(knowledge, press.topic, lang))


async def give_feedback(update: Update, context: ContextTypes.DEFAULT_TYPE, press: render.Press) -> None:
    query, st = update.callback_query, state(context)
    knowledge = st.live.responder.knowledge
    await asyncio.to_thread(st.store.record_feedback, user_id=query.from_user.id, entry_id=press.entry.id,
                            helpful=press.helpful)
    lang = chat_language(update, context)
    await query.answer(knowledge.texts(lang).feedback_thanks)
    await query.edit_message_reply_markup(render.related_keyboard(press.entry, knowledge, lang))


async def open_entry(update: Update, context: ContextTypes.DEFAULT_TYPE, press: render.Press) -> None:
    query, st = update.callback_query, state(context)
    responder = st.live.responder
    if press.action == render.SUGGESTED:
        await asyncio.to_thread(st.store.record_suggestion_choice, user_id=query.from_user.id,
                                entry_id=press.entry.id, message_ref=press.message_ref)
    await query.answer()
    reply = responder.answer_entry(press.entry.id, chat_language(update, context))
    chat_id = update.effective_chat.id if update.effective_chat else query.from_user.id
    await send_main(context.bot, chat_id, reply, responder.knowledge)


BUTTONS = {render.TOPIC: open_topic, render.FEEDBACK: give_feedback, render.ANSWER: open_entry,
           render.SUGGESTED: open_entry}


# --- inline mode and errors -------------------------------------------------------------------


async def on_inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """@bot question in any chat: crisis contacts first when needed, then matching answers."""
    inline = update.inline_query
    user_code = inline.from_user.language_code if inline.from_user else None
    lang = detect_language(inline.query or "", previous=None, telegram_code=user_code)
    items = inline_items(state(context).live.responder, inline.query or "", lang)
    results = [InlineQueryResultArticle(id=item.id, title=item.title, description=item.description,
                                        input_message_content=InputTextMessageContent(render.split_message(item.text)[0]))
               for item in items]
    await inline.answer(results, cache_time=0, is_personal=True)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log without message text; get the crisis block out if that message needed it; apologise."""
    log_failure(logger, "error while handling an update", context.error)
    if not isinstance(update, Update) or update.effective_chat is None or isinstance(context.error, Forbidden):
        return
    try:
        responder = state(context).live.responder
        await send_missed_crisis_block(update, context, responder)
        await send_text(context.bot, update.effective_chat.id, responder.knowledge.texts(chat_language(update, context)).error)
    except TelegramError:
        logger.warning("could not send the error apology")


async def send_missed_crisis_block(update: Update, context: ContextTypes.DEFAULT_TYPE, responder: Responder) -> None:
    """If handling failed before this message's crisis block went out, send it now."""
    message = update.effective_message
    if message is None or context.chat_data.get("crisis_sent_for") == message.message_id:
        return
    text = message.text or message.caption or ""
    if text and responder.screen(text).shows_contacts:
        await send_text(context.bot, update.effective_chat.id, responder.crisis_text_for(chat_language(update, context)))
        context.chat_data["crisis_sent_for"] = message.message_id
