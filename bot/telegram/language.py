"""The conversation's language in Telegram: the per-language command menu and bot description
(their wording lives in faq/messages.yaml), and the language a chat starts in.

The core decides the language of each reply (bot.core.language, and /idioma or /language in
bot.core.responder); handlers keep the last one in context.chat_data["lang"], so a button press,
a command or a bare "ok" is answered in the language the patient was using.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.core.knowledge import Knowledge
from bot.core.language import EN, ES

logger = logging.getLogger(__name__)


async def publish_bot_texts(bot: Any, knowledge: Knowledge) -> None:
    """The "/" menu, the description and the profile line from messages.yaml: English as the
    default, Spanish for phones set to Spanish (Telegram picks by the phone's language)."""
    for lang, code in ((EN, None), (ES, ES)):
        texts = knowledge.texts(lang)
        await bot.set_my_commands([BotCommand(name, text) for name, text in texts.commands], language_code=code)
        await bot.set_my_description(texts.bot_description, language_code=code)
        await bot.set_my_short_description(texts.bot_about, language_code=code)


def bot_texts(knowledge: Knowledge) -> tuple:
    """Everything publish_bot_texts sends, to tell whether an FAQ edit changed it."""
    return tuple((t.commands, t.bot_description, t.bot_about) for t in (knowledge.texts(EN), knowledge.texts(ES)))


async def publish_if_changed(bot: Any, before: Knowledge, after: Knowledge) -> None:
    """After a good FAQ edit: send the menu and descriptions again if staff changed them."""
    if bot_texts(before) == bot_texts(after):
        return
    try:
        await publish_bot_texts(bot, after)
    except TelegramError:
        logger.warning("could not update the command menu and descriptions in Telegram")


def chat_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """For a button press or a command: the conversation's language, else the phone's, else English."""
    if context.chat_data.get("lang") in (EN, ES):
        return context.chat_data["lang"]
    user = update.effective_user
    code = (user.language_code or "") if user else ""
    return ES if code.lower().startswith(ES) else EN
