"""Print a real conversation with the bot, run against the loopback Bot API server.

    python -m tests.transcript        (English)
    python -m tests.transcript es     (Spanish, from a phone set to Spanish)

It is how the README's "what patients see" section was made: every bot line below is what the
real Application sent over HTTP, with HTML entities undone and buttons shown in [brackets].
"""

from __future__ import annotations

import asyncio
import html
import sys
import tempfile
from pathlib import Path

from bot.config import Settings
from bot.telegram.app import build_application
from tests.botapi_server import FakeBotApi, run_polling
from tests.paths import SHIPPED_FAQ

SCRIPT = [
    "/start",
    "how fast does ketamine work?",
    "ketamine and depression",
    "press:s:",
    "can i breastfeed after an infusion",
    "how much does it cost?",
    "when will i feel better and how long does it last",
    "i cant do this anymore. can ketamine help me sleep?",
]

SCRIPT_ES = [
    "/start",
    "hola, puedo amamantar despues de la ketamina?",
    "press:a:",
    "gracias",
    "cuanto cuesta la ketamina?",
    "ya no aguanto, quiero morirme. la ketamina me puede ayudar?",
]


def show(message: dict) -> str:
    text = html.unescape(message["text"])
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    buttons = "  ".join(f"[{b['text']}]" for row in rows for b in row)
    return text + (f"\n    {buttons}" if buttons else "")


async def main(script: list[str], phone_language: str | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        async with FakeBotApi() as botapi:
            settings = Settings(token="123456:TRANSCRIPT_abcdefghijklmnopqrstuvwxyz", faq_dir=SHIPPED_FAQ,
                                database_path=Path(tmp) / "db.sqlite3", api_base_url=botapi.base_url,
                                user_hash_salt=b"transcript")
            async with run_polling(build_application(settings)):
                botapi.set_user_language(1, phone_language)
                seen = 0
                for line in script:
                    if line.startswith("press:"):
                        last = botapi.messages_to(1)[-1]
                        data = next(b["callback_data"] for row in last["reply_markup"]["inline_keyboard"]
                                    for b in row if b["callback_data"].startswith(line[6:]))
                        label = next(b["text"] for row in last["reply_markup"]["inline_keyboard"]
                                     for b in row if b["callback_data"] == data)
                        print(f"patient presses [{label}]\n")
                        botapi.press_button(data, user_id=1)
                    else:
                        print(f"patient: {line}\n")
                        botapi.send_text(line, user_id=1)
                    await botapi.wait_until_idle()
                    for message in botapi.messages_to(1)[seen:]:
                        print("bot: " + show(message).replace("\n", "\n     ") + "\n")
                    seen = len(botapi.messages_to(1))


if __name__ == "__main__":
    spanish = sys.argv[1:] == ["es"]
    asyncio.run(main(SCRIPT_ES if spanish else SCRIPT, "es-MX" if spanish else "en"))
