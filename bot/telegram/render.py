"""Turn core replies into Telegram messages: HTML, message splitting, buttons, callback data.

Every text that reaches Telegram passes through `html.escape` here, so a staff member's `<` or `&`
in an answer, or anything a patient typed, can never break a message or inject markup.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core.knowledge import FaqEntry, Knowledge
from bot.core.responder import Menu, Reply

TELEGRAM_LIMIT = 4096
CALLBACK_LIMIT = 64  # bytes

# Callback data: a letter for the action, then fields separated by ':'. Entry ids are kebab-case,
# so they never contain ':'. Anything that doesn't parse is treated as stale and answered gently.
ANSWER, SUGGESTED, FEEDBACK, TOPIC = "a", "s", "f", "t"


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split plain text so that each escaped piece fits one Telegram message.

    Prefers paragraph breaks, then line breaks, then spaces; a piece never exceeds the limit even
    when escaping lengthens it (each '&' becomes '&amp;').
    """
    pieces: list[str] = []
    rest = text
    while len(escape(rest)) > limit:
        # The longest prefix whose escaped form fits.
        size, used = 0, 0
        for ch in rest:
            cost = len(escape(ch))
            if used + cost > limit:
                break
            used += cost
            size += 1
        window = rest[:size]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(" "))
        if cut < size // 2:
            cut = size
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest.strip() or not pieces:
        pieces.append(rest)
    return [escape(p) for p in pieces]


def callback(*fields: str | int) -> str:
    data = ":".join(str(f) for f in fields)
    if len(data.encode()) > CALLBACK_LIMIT:
        raise ValueError("callback data over Telegram's 64-byte limit")
    return data


def parse_callback(data: str | None) -> tuple[str, list[str]]:
    """('a', ['baby-blues']) etc.; ('', []) for anything malformed or forged."""
    if not data or len(data.encode()) > CALLBACK_LIMIT:
        return "", []
    action, _, rest = data.partition(":")
    if action not in (ANSWER, SUGGESTED, FEEDBACK, TOPIC) or not rest:
        return "", []
    return action, rest.split(":")


def _button(label: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label[:60], callback_data=data)


def answer_keyboard(entry: FaqEntry, knowledge: Knowledge, lang: str = "en",
                    shown: Iterable[FaqEntry] = ()) -> InlineKeyboardMarkup:
    """Related entries (one per row) that are not already in the message, then 👍 / 👎 on one row."""
    skip = {e.id for e in shown}
    rows = [[_button(related.title_for(lang), callback(ANSWER, related.id))]
            for related in (knowledge.entry(r) for r in entry.related) if related is not None and related.id not in skip]
    rows.append([
        _button(knowledge.texts(lang).helpful, callback(FEEDBACK, entry.id, 1)),
        _button(knowledge.texts(lang).not_helpful, callback(FEEDBACK, entry.id, 0)),
    ])
    return InlineKeyboardMarkup(rows)


def related_keyboard(entry: FaqEntry, knowledge: Knowledge, lang: str = "en") -> InlineKeyboardMarkup | None:
    """The answer's keyboard once feedback is given: related entries only."""
    rows = [[_button(related.title_for(lang), callback(ANSWER, related.id))]
            for related in (knowledge.entry(r) for r in entry.related) if related is not None]
    return InlineKeyboardMarkup(rows) if rows else None


def suggestions_keyboard(entries: Iterable[FaqEntry], message_ref: int | None, lang: str = "en") -> InlineKeyboardMarkup:
    ref = message_ref if message_ref is not None else 0
    return InlineKeyboardMarkup([[_button(e.title_for(lang), callback(SUGGESTED, e.id, ref))] for e in entries])


def topics(knowledge: Knowledge) -> list[str]:
    """Topic names in the order they first appear in faq.yaml."""
    return list(dict.fromkeys(e.topic for e in knowledge.entries))


def topics_keyboard(knowledge: Knowledge, lang: str = "en") -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[_button(knowledge.topic_for(name, lang), callback(TOPIC, index))]
                                 for index, name in enumerate(topics(knowledge))])


def topic_keyboard(knowledge: Knowledge, index: int, lang: str = "en") -> InlineKeyboardMarkup | None:
    names = topics(knowledge)
    if not 0 <= index < len(names):
        return None
    return InlineKeyboardMarkup([[_button(e.title_for(lang), callback(ANSWER, e.id))]
                                 for e in knowledge.entries if e.topic == names[index]])


def menu(reply: Reply, knowledge: Knowledge, message_ref: int | None = None) -> InlineKeyboardMarkup | None:
    """The buttons the core chose for a reply."""
    if reply.menu is Menu.ANSWER and reply.answer is not None:
        return answer_keyboard(reply.answer, knowledge, reply.lang, shown=reply.also)
    if reply.menu is Menu.SUGGESTIONS:
        return suggestions_keyboard(reply.suggestions, message_ref, reply.lang)
    if reply.menu is Menu.TOPICS:
        return topics_keyboard(knowledge, reply.lang)
    return None


@dataclass(frozen=True)
class Press:
    """A button press, validated against the FAQ in service. Anything else is stale."""

    action: str  # ANSWER, SUGGESTED, FEEDBACK, TOPIC, or "" for stale or forged data
    entry: FaqEntry | None = None
    topic: int = -1
    helpful: bool = False
    message_ref: int | None = None


def _number(field: str) -> int | None:
    return int(field) if field.isascii() and field.isdigit() and len(field) < 12 else None


def parse_press(data: str | None, knowledge: Knowledge) -> Press:
    """What a pressed button asks for, or Press("") when its data is stale, forged or malformed."""
    action, fields = parse_callback(data)
    if action == TOPIC and (index := _number(fields[0])) is not None and index < len(topics(knowledge)):
        return Press(TOPIC, topic=index)
    entry = knowledge.entry(fields[0]) if action in (ANSWER, SUGGESTED, FEEDBACK) else None
    if entry is None:
        return Press("")
    if action == FEEDBACK:
        return Press(FEEDBACK, entry, helpful=fields[1] == "1") if fields[1:] in (["1"], ["0"]) else Press("")
    ref = _number(fields[1]) if action == SUGGESTED and len(fields) > 1 else None
    return Press(action, entry, message_ref=ref or None)


def reply_messages(reply: Reply) -> tuple[list[str], list[str]]:
    """(crisis messages, main messages), each escaped and split to fit Telegram; either may be empty."""
    crisis = split_message(reply.crisis_text) if reply.crisis_text else []
    main = split_message(reply.main_text) if reply.main_text else []
    return crisis, main
