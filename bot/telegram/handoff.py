"""Reaching a person: the Telegram side of /human, the staff chat, crisis alerts, /privacy, /forget.

The decisions and texts are in bot/core/handoff.py, the record in bot/handoff_store.py. Privacy
rules: staff see a patient's words only after she asked for a person (/human, or the consent
button), never the words of a crisis message; the patient's chat id is kept only while a
conversation or alert is open; no text is logged or stored. Without STAFF_CHAT_ID only /privacy
and /forget work, and asking for a person gets the office's contact instead.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.core import handoff as core
from bot.core.responder import Action, Outcome, Reply
from bot.handoff_store import Handoff, HandoffRecord
from bot.logs import log_failure
from bot.store import Store, hash_user
from bot.telegram import render

logger = logging.getLogger(__name__)

# Callback data: "h:" then the action; "h:r:<alert id>" for "reach out".
CONSENT, YES, NO, REACH, FORGET_YES, FORGET_NO = "h:c", "h:y", "h:n", "h:r", "h:fy", "h:fn"
SEND_ATTEMPTS = 4


@dataclass
class Desk:
    """The hand-off's shared objects, kept in bot_data['handoff']."""

    staff_chat_id: int | None
    staff_ids: frozenset[int]
    salt: bytes
    retention_days: int
    store: Store
    record: HandoffRecord
    open_chats: set[int]  # private chats with an open conversation (memory; the record has them too)
    forum: bool | None = None  # is the staff group a forum? asked once, when first needed

    @property
    def on(self) -> bool:
        return self.staff_chat_id is not None

    def key(self, user_id: int) -> str:
        return hash_user(user_id, self.salt)


def desk(context: ContextTypes.DEFAULT_TYPE) -> Desk:
    return context.bot_data["handoff"]


def _messages(context: ContextTypes.DEFAULT_TYPE, lang: str = "en") -> Any:
    return context.bot_data["state"].live.responder.messages(lang)


def _config(context: ContextTypes.DEFAULT_TYPE, lang: str = "en") -> core.HandoffConfig:
    """The hand-off settings; texts in `lang` for a patient (staff always read English)."""
    return _messages(context).handoff.for_lang(lang)


def _patient_lang(context: ContextTypes.DEFAULT_TYPE, chat_id: int | None) -> str:
    """The language the patient's chat was last answered in (handlers keep it in chat_data)."""
    data = context.application.chat_data.get(chat_id) if chat_id is not None else None
    return (data or {}).get("lang", "en")


def _to_patient(context: ContextTypes.DEFAULT_TYPE, chat_id: int | None) -> core.HandoffConfig:
    return _config(context, _patient_lang(context, chat_id))


def _office(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> str:
    """How to reach the office, for when a person cannot be reached here."""
    lang = _patient_lang(context, chat_id)
    return f"{_messages(context, lang).clinic_contact}\n\n{_config(context, lang).texts.emergency}"


def _now() -> datetime:
    return datetime.now(UTC)


def _button(label: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label[:60], callback_data=data)


# ---------------------------------------------------------------- sending


async def _send(bot: Any, chat_id: int, text: str, *, markup: InlineKeyboardMarkup | None = None,
                thread_id: int | None = None) -> list[Message]:
    """Send plain text (escaped, split to fit); a short retry; [] if Telegram refused. No text logged."""
    sent: list[Message] = []
    parts = render.split_message(text)
    for index, part in enumerate(parts):
        message = await _send_one(bot, chat_id, part, markup if index == len(parts) - 1 else None, thread_id)
        if message is None:
            break
        sent.append(message)
    return sent


async def _send_one(bot: Any, chat_id: int, html: str, markup: Any, thread_id: int | None) -> Message | None:
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            return await bot.send_message(chat_id, html, reply_markup=markup, message_thread_id=thread_id)
        except (BadRequest, Forbidden) as error:
            log_failure(logger, "hand-off message refused", error)
            return None
        except RetryAfter as error:
            delay = error.retry_after
            await asyncio.sleep(min(delay.total_seconds() if isinstance(delay, timedelta) else float(delay), 30.0))
        except TelegramError as error:
            if attempt == SEND_ATTEMPTS:
                log_failure(logger, "hand-off message not sent", error)
                return None
            await asyncio.sleep(0.5 * 2 ** attempt)
    return None


async def _db(function: Any, *args: Any) -> Any:
    """The record may wait on a lock: keep it off the event loop."""
    return await asyncio.to_thread(function, *args)


# ---------------------------------------------------------------- called from handlers.deliver


def consent_keyboard(context: ContextTypes.DEFAULT_TYPE, lang: str = "en") -> InlineKeyboardMarkup | None:
    """The "ask a person at the clinic" button, for any reply (None when the feature is off)."""
    found = context.bot_data.get("handoff")
    if found is None or not found.on:
        return None
    return InlineKeyboardMarkup([[_button(_config(context, lang).texts.consent_button, CONSENT)]])


def person_button(context: ContextTypes.DEFAULT_TYPE, reply: Reply, text: str | None) -> InlineKeyboardMarkup | None:
    """The button under the fallback, under the supportive line after crisis contacts, and under
    any reply to "can I talk to a real person"."""
    if text is None or reply.outcome not in (Outcome.FALLBACK, Outcome.SUPPORT, Outcome.ANSWERED, Outcome.SUGGESTED):
        return None
    if reply.outcome in (Outcome.FALLBACK, Outcome.SUPPORT) or core.wants_person(text):
        return consent_keyboard(context, reply.lang)
    return None


async def alert_staff(context: ContextTypes.DEFAULT_TYPE, update: Update, reply: Reply) -> None:
    """Call right after a reply's crisis contacts or concern check-in went out: the staff chat
    learns who (a code), when and which tier. Never the words."""
    found, chat, user = context.bot_data.get("handoff"), update.effective_chat, update.effective_user
    if not reply.crisis or found is None or not found.on or chat is None or chat.type != ChatType.PRIVATE or user is None:
        return
    try:
        await _alert(context, found, user.id, chat.id, reply.tier.value)
    except Exception as error:  # the patient's own reply must not depend on the staff chat
        log_failure(logger, "crisis alert failed", error)


async def _alert(context: ContextTypes.DEFAULT_TYPE, found: Desk, user_id: int, chat_id: int, tier: str) -> None:
    user_hash, now, config = found.key(user_id), _now(), _config(context)
    if not core.alert_due(await _db(found.record.last_alert, user_hash), now):
        return
    alert_id = await _db(found.record.add_alert, user_hash, chat_id, tier, now)
    markup = InlineKeyboardMarkup([[_button(config.texts.reach_out_button, f"{REACH}:{alert_id}")]]) if alert_id else None
    await _send(context.bot, found.staff_chat_id, core.alert_text(config, core.patient_label(user_hash), tier, now),
                markup=markup)
    logger.info("crisis alert sent tier=%s patient=%s", tier, user_hash[:10])


# ---------------------------------------------------------------- conversations


async def _is_forum(bot: Any, chat_id: int) -> bool:
    try:
        return bool((await bot.get_chat(chat_id)).is_forum)
    except Exception as error:  # a refused or unreadable answer: fall back to replies, keep going
        log_failure(logger, "could not read the staff chat; replies to messages will be used", error)
        return False


async def _with_topic(context: ContextTypes.DEFAULT_TYPE, conversation: Handoff) -> Handoff:
    """In a forum staff group each patient has a topic, named by her code: her earlier one is
    reopened, so staff see the whole history in one place."""
    found = desk(context)
    if found.forum is None:
        found.forum = await _is_forum(context.bot, found.staff_chat_id)
    if not found.forum:
        return conversation
    thread_id = await _reopened(context.bot, found, conversation.user_hash)
    try:
        if thread_id is None:
            label = core.patient_label(conversation.user_hash)
            thread_id = (await context.bot.create_forum_topic(found.staff_chat_id, label)).message_thread_id
    except TelegramError as error:
        log_failure(logger, "could not open a forum topic; posting in the general chat", error)
        return conversation
    await _db(found.record.set_thread, conversation.id, thread_id)
    return dataclasses.replace(conversation, thread_id=thread_id)


async def _reopened(bot: Any, found: Desk, user_hash: str) -> int | None:
    """The patient's earlier topic, reopened; None if she has none or it is gone."""
    thread_id = await _db(found.record.last_thread, user_hash)
    if thread_id is None:
        return None
    try:
        await bot.reopen_forum_topic(found.staff_chat_id, thread_id)
    except TelegramError:  # deleted by staff, or never closed: start afresh
        return None
    return thread_id


async def _post(context: ContextTypes.DEFAULT_TYPE, conversation: Handoff, text: str) -> bool:
    """Put a text in the conversation's place in the staff chat; remember which message it is."""
    found = desk(context)
    sent = await _send(context.bot, found.staff_chat_id, text, thread_id=conversation.thread_id)
    for message in sent:
        await _db(found.record.add_post, conversation.id, message.message_id)
    return bool(sent)


def _staff_text(context: ContextTypes.DEFAULT_TYPE, conversation: Handoff, text: str | None, *, first: bool,
                crisis: bool | None = None) -> str:
    """The patient's words for the staff, unless they showed crisis contacts (those are never passed on)."""
    config, label = _config(context), core.patient_label(conversation.user_hash)
    if crisis is None:
        crisis = bool(text) and context.bot_data["state"].live.responder.is_crisis(text)
    if crisis:
        return config.texts.staff_withheld.format(label=label)
    return core.staff_post(config, label, _now(), text=text, first=first, topic=conversation.thread_id is not None)


async def _connect(context: ContextTypes.DEFAULT_TYPE, user_id: int, chat_id: int, text: str | None) -> None:
    """Open (or continue) the patient's conversation and pass on her words, if any."""
    found, config = desk(context), _to_patient(context, chat_id)
    conversation, new = await _db(found.record.open_conversation, found.key(user_id), chat_id)
    if conversation is not None and new:
        conversation = await _with_topic(context, conversation)
    if conversation is None or not await _post(context, conversation, _staff_text(context, conversation, text, first=new)):
        await _office_instead(context, chat_id, conversation)  # never claim the team has it when it does not
        return
    found.open_chats.add(chat_id)
    await _send(context.bot, chat_id, core.receipt(config, _now()) if text else config.texts.connected)


async def _office_instead(context: ContextTypes.DEFAULT_TYPE, chat_id: int, conversation: Handoff | None) -> None:
    """The record or the staff chat failed: close what was opened and point to the office."""
    if conversation is not None:
        await _db(desk(context).record.close, conversation.id)
    desk(context).open_chats.discard(chat_id)
    await _send(context.bot, chat_id, _office(context, chat_id))


async def _close(context: ContextTypes.DEFAULT_TYPE, conversation: Handoff, *, tell_patient: bool, staff_text: str) -> None:
    found = desk(context)
    await _db(found.record.close, conversation.id)
    found.open_chats.discard(conversation.chat_id)
    if tell_patient and conversation.chat_id is not None:
        await _send(context.bot, conversation.chat_id, _to_patient(context, conversation.chat_id).texts.closed)
    await _send(context.bot, found.staff_chat_id, staff_text.format(label=core.patient_label(conversation.user_hash)),
                thread_id=conversation.thread_id)
    if conversation.thread_id is not None:
        try:
            await context.bot.close_forum_topic(found.staff_chat_id, conversation.thread_id)
        except TelegramError as error:
            log_failure(logger, "could not close the forum topic", error)


async def _conversation_for(context: ContextTypes.DEFAULT_TYPE, message: Message) -> Handoff | None:
    """The open conversation a staff-chat message belongs to: its forum topic, or the message it replies to."""
    found = desk(context)
    if message.is_topic_message and message.message_thread_id:
        return await _db(found.record.by_thread, message.message_thread_id)
    replied = message.reply_to_message
    if replied is None or replied.from_user is None or replied.from_user.id != context.bot.id:
        return None
    return await _db(found.record.by_post, replied.message_id)


def _is_staff(found: Desk, update: Update) -> bool:
    user = update.effective_user
    if user is not None and user.id in found.staff_ids:
        return True
    logger.info("staff chat: ignored a message from someone not in STAFF_USER_IDS")
    return False


async def _relay(context: ContextTypes.DEFAULT_TYPE, conversation: Handoff, message: Message) -> None:
    """A staff answer to the patient, as from the clinic team; the staff see a 👍 when it arrived."""
    found, config = desk(context), _config(context)
    if not await _send(context.bot, conversation.chat_id, core.from_team(_to_patient(context, conversation.chat_id), message.text)):
        label = core.patient_label(conversation.user_hash)
        await _send(context.bot, found.staff_chat_id, config.texts.staff_undelivered.format(label=label),
                    thread_id=conversation.thread_id)
        return
    await _db(found.record.staff_replied, conversation.id)
    try:
        await message.set_reaction("👍")
    except TelegramError:
        pass  # reactions may be turned off in the group; the answer was delivered anyway


async def _refuse_here(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """/human works in a private chat with the feature on; otherwise say how to reach the office."""
    chat = update.effective_chat
    if chat.type != ChatType.PRIVATE:
        await _send(context.bot, chat.id, _to_patient(context, chat.id).texts.group_only_private)
        return True
    if not desk(context).on:
        await _send(context.bot, chat.id, _office(context, chat.id))
        return True
    return False


async def _forget(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> None:
    """Everything about this patient: the record, the open conversation, the bot's staff-chat posts."""
    found = desk(context)
    user_hash = found.key(user_id)
    conversation = await _db(found.record.conversation_of, user_hash)
    if conversation is not None and found.on:
        await _close(context, conversation, tell_patient=False, staff_text=_config(context).texts.staff_forgot)
    posts, threads = await _db(found.record.traces, user_hash)
    if found.on:
        await _delete_traces(context.bot, found.staff_chat_id, posts, threads)
    await _db(found.store.forget_user, user_id)


async def _delete_traces(bot: Any, chat_id: int, posts: list[int], threads: list[int]) -> None:
    """Best effort: Telegram lets a bot delete its messages for 48 hours, and topics as an admin."""
    try:
        for start in range(0, len(posts), 100):
            await bot.delete_messages(chat_id, posts[start:start + 100])
        for thread_id in threads:
            await bot.delete_forum_topic(chat_id, thread_id)
    except TelegramError as error:
        log_failure(logger, "could not delete a forgotten patient's messages in the staff chat", error)


# ---------------------------------------------------------------- handlers


async def on_human(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/human <question>: typing the command is the consent; the question goes to the staff chat."""
    if await _refuse_here(update, context):
        return
    text = update.effective_message.text or ""
    question = text.split(maxsplit=1)[1].strip() if len(text.split(maxsplit=1)) > 1 else ""
    await _connect(context, update.effective_user.id, update.effective_chat.id, question or None)


async def relay_follow_up(update: Update, context: ContextTypes.DEFAULT_TYPE, reply: Reply, text: str | None) -> bool:
    """During an open conversation a patient's message goes to her place in the staff chat instead
    of the FAQ (True). Words that showed crisis contacts are never passed on: the staff get a notice,
    the patient the usual reply under the contacts (False)."""
    found, chat = context.bot_data.get("handoff"), update.effective_chat
    if found is None or text is None or chat.id not in found.open_chats or reply.outcome in (Outcome.COMMAND, Outcome.SILENT):
        return False
    conversation = await _db(found.record.conversation_of, found.key(update.effective_user.id))
    if conversation is None:  # closed meanwhile: the FAQ answers
        found.open_chats.discard(chat.id)
        return False
    await _post(context, conversation, _staff_text(context, conversation, text, first=False, crisis=reply.crisis))
    return not reply.crisis


async def on_staff_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Group -2, the staff chat: a staff answer goes to its patient. Nothing said in the staff chat
    reaches the FAQ or the crisis check (staff discuss patients there)."""
    message, found = update.message, desk(context)
    conversation = await _conversation_for(context, message) if message is not None and message.text else None
    if conversation is not None and _is_staff(found, update):
        if conversation.status == "open":
            await _relay(context, conversation, message)
        else:
            await _tell_closed(context, conversation)
    raise ApplicationHandlerStop


async def _tell_closed(context: ContextTypes.DEFAULT_TYPE, conversation: Handoff) -> None:
    text = _config(context).texts.staff_already_closed.format(label=core.patient_label(conversation.user_hash))
    await _send(context.bot, desk(context).staff_chat_id, text, thread_id=conversation.thread_id)


async def on_close(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/close in the staff chat, as a reply to the patient's message or inside her topic."""
    found, message = desk(context), update.effective_message
    if not _is_staff(found, update):
        raise ApplicationHandlerStop
    conversation = await _conversation_for(context, message)
    if conversation is None:
        await _send(context.bot, found.staff_chat_id, _config(context).texts.staff_not_found,
                    thread_id=message.message_thread_id if message.is_topic_message else None)
    elif conversation.status != "open":
        await _tell_closed(context, conversation)
    else:
        await _close(context, conversation, tell_patient=True, staff_text=_config(context).texts.staff_closed)
    raise ApplicationHandlerStop


async def on_privacy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = _to_patient(context, update.effective_chat.id).texts.privacy.format(days=desk(context).retention_days)
    await _send(context.bot, update.effective_chat.id, text)


async def on_forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    texts = _to_patient(context, update.effective_chat.id).texts
    if update.effective_chat.type != ChatType.PRIVATE:
        await _send(context.bot, update.effective_chat.id, texts.private_only)
        return
    markup = InlineKeyboardMarkup([[_button(texts.forget_yes, FORGET_YES), _button(texts.forget_no, FORGET_NO)]])
    await _send(context.bot, update.effective_chat.id, texts.forget_question, markup=markup)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every "h:" button: consent, yes/no, reach out, forget."""
    query = update.callback_query
    action = query.data.split(":")[1] if (query.data or "").startswith("h:") and update.effective_chat else ""
    handler = {"c": _pressed_consent, "y": _pressed_yes, "n": _pressed_no, "r": _pressed_reach_out,
               "fy": _pressed_forget, "fn": _pressed_keep}.get(action)
    if handler is None:  # forged or empty data (which python-telegram-bot lets through any pattern)
        await query.answer(_messages(context, _patient_lang(context, update.effective_chat and update.effective_chat.id)).stale_button)
        return
    await handler(update, context)


async def _pressed_consent(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.callback_query.answer()
    if await _refuse_here(update, context):
        return
    texts = _to_patient(context, update.effective_chat.id).texts
    markup = InlineKeyboardMarkup([[_button(texts.consent_yes, YES), _button(texts.consent_no, NO)]])
    await _send(context.bot, update.effective_chat.id, texts.consent_question, markup=markup)


async def _pressed_yes(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer()
    if await _refuse_here(update, context):
        return
    await query.edit_message_reply_markup(None)
    await _connect(context, query.from_user.id, update.effective_chat.id, None)


async def _pressed_no(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.callback_query.answer()
    await update.callback_query.edit_message_reply_markup(None)
    await _send(context.bot, update.effective_chat.id, _to_patient(context, update.effective_chat.id).texts.declined)


async def _pressed_reach_out(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Staff tap "reach out" under an alert: the patient gets the team's fixed, warm message."""
    query, found, texts = update.callback_query, desk(context), _config(context).texts
    if query.from_user.id not in found.staff_ids:
        await query.answer("Only clinic staff can do this.")
        return
    field = query.data.split(":")[2] if query.data.count(":") == 2 else ""
    alert = await _db(found.record.by_id, int(field)) if field.isascii() and field.isdigit() else None
    if alert is None or alert.kind != "alert" or alert.chat_id is None:
        await query.answer(texts.reach_out_expired, show_alert=True)
        return
    lang = _patient_lang(context, alert.chat_id)
    sent = await _send(context.bot, alert.chat_id, _config(context, lang).texts.warm, markup=consent_keyboard(context, lang))
    await _db(found.record.close, alert.id)
    await query.answer()
    done = texts.reached_out.format(time=core.stamp(_config(context), _now())) if sent else texts.staff_undelivered.format(label=core.patient_label(alert.user_hash))
    await query.edit_message_text(render.escape(f"{query.message.text}\n\n{done}"))


async def _pressed_forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer()
    await _forget(context, query.from_user.id)
    await query.edit_message_text(render.escape(_to_patient(context, update.effective_chat.id).texts.forgotten))


async def _pressed_keep(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.callback_query.answer()
    await update.callback_query.edit_message_text(render.escape(_to_patient(context, update.effective_chat.id).texts.forget_cancelled))


# ---------------------------------------------------------------- wiring


async def expire_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await _db(desk(context).record.expire_alerts, core.ALERT_KEEP)


async def post_init(app: Application) -> None:
    """The open conversations (after a restart) and the alert expiry."""
    found: Desk = app.bot_data["handoff"]
    found.open_chats |= await asyncio.to_thread(found.record.open_chats)
    logger.info("reaching a person: %s", "on" if found.on else "off (no STAFF_CHAT_ID; patients are pointed to the office)")
    if app.job_queue is not None:
        app.job_queue.run_repeating(expire_job, interval=timedelta(hours=1), first=30, name="alert-expiry")


def register(app: Application) -> None:
    """Every hand-off handler. Call it before the patient text handler is added (see app.py)."""
    st = app.bot_data["state"]
    found = Desk(staff_chat_id=st.settings.staff_chat_id, staff_ids=st.settings.staff_user_ids,
                 salt=st.settings.user_hash_salt, retention_days=st.settings.retention_days, store=st.store,
                 record=HandoffRecord(st.store), open_chats=set())
    app.bot_data["handoff"] = found
    if found.on:
        # Group -2, before even the crisis check: the staff chat holds staff answers and staff talk
        # about patients, never a patient's own message.
        staff_chat = filters.Chat(chat_id=found.staff_chat_id)
        app.add_handler(CommandHandler("close", on_close, filters=staff_chat), group=-2)
        app.add_handler(MessageHandler(staff_chat & ~filters.COMMAND, on_staff_message), group=-2)
    app.add_handler(CallbackQueryHandler(on_button, pattern=r"^h:"))  # before the FAQ's buttons


# The core turns /human, /privacy and /forget into these actions, after its crisis check.
ACTIONS = {Action.HUMAN: on_human, Action.PRIVACY: on_privacy, Action.FORGET: on_forget}
