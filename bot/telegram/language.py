"""The conversation's language in Telegram: the per-language command menu and bot description,
and the language a chat starts in.

The core decides the language of each reply (bot.core.language, and /idioma or /language in
bot.core.responder); handlers keep the last one in context.chat_data["lang"], so a button press,
a command or a bare "ok" is answered in the language the patient was using.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import BotCommand, Update
from telegram.ext import ContextTypes

from bot.core.language import EN, ES, lingua_detector

logger = logging.getLogger(__name__)

# What a phone shows in the "/" menu, per language (Telegram picks by the phone's language).
COMMANDS = {
    EN: (("start", "What this bot can do"), ("topics", "Browse the questions by topic"),
         ("crisis", "Crisis contacts, right now"), ("help", "How to use this bot"),
         ("human", "Write to a person at the clinic"), ("privacy", "What is kept and who sees it"),
         ("forget", "Delete what the bot stored about you"), ("language", "Choose English or Spanish")),
    ES: (("start", "Qué puede hacer este asistente"), ("topics", "Ver las preguntas por tema"),
         ("crisis", "Contactos de crisis, ahora mismo"), ("help", "Cómo usar este asistente"),
         ("human", "Escribir a una persona de la clínica"), ("privacy", "Qué se guarda y quién lo ve"),
         ("forget", "Borrar lo que el asistente guardó de usted"), ("idioma", "Elegir español o inglés")),
}
# Shown on the bot's empty chat before /start (description) and on its profile (short).
DESCRIPTIONS = {
    EN: ("The automated FAQ assistant of Renew Wellness, a ketamine clinic in Gilbert, Arizona: answers about "
         "postpartum depression and ketamine therapy, in English or Spanish. General information, not medical "
         "advice. Not for emergencies: in a crisis call or text 988, or call 911.",
         "Automated answers about postpartum depression and ketamine therapy. Not for emergencies: call or text 988, or call 911."),
    ES: ("El asistente automático de preguntas frecuentes de Renew Wellness, una clínica de ketamina en Gilbert, "
         "Arizona: respuestas sobre la depresión posparto y la terapia con ketamina, en español o inglés. "
         "Información general, no es un consejo médico. No es para emergencias: en una crisis llame al 988 y "
         "marque 2, o llame al 911.",
         "Respuestas automáticas sobre la depresión posparto y la terapia con ketamina. No es para emergencias: 988 o 911."),
}


async def publish_bot_texts(bot: Any) -> None:
    """Commands and descriptions: English as the default, Spanish for phones set to Spanish.
    The language detector is built here too, at start-up, not on a patient's first message."""
    lingua_detector()
    for lang, code in ((EN, None), (ES, ES)):
        await bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS[lang]], language_code=code)
        description, short = DESCRIPTIONS[lang]
        await bot.set_my_description(description, language_code=code)
        await bot.set_my_short_description(short, language_code=code)


def chat_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """For a button press or a command: the conversation's language, else the phone's, else English."""
    if context.chat_data.get("lang") in (EN, ES):
        return context.chat_data["lang"]
    user = update.effective_user
    code = (user.language_code or "") if user else ""
    return ES if code.lower().startswith(ES) else EN
