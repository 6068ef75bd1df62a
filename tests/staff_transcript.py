"""Print what the clinic's staff chat sees, run against the loopback Bot API server.

    python -m tests.staff_transcript

Like tests/transcript.py (the patient's side): every bot line is what the real Application sent
over HTTP, with HTML entities undone and buttons shown in [brackets]. Two patients: one asks for
a person, one writes in crisis at night (her words never reach the staff chat).
"""

from __future__ import annotations

import asyncio
import html
import tempfile
from pathlib import Path

from bot.config import Settings
from bot.telegram.app import build_application
from tests.botapi_server import FakeBotApi, run_polling
from tests.paths import REPO

STAFF_CHAT, DANA, VISITOR = -100777, 4242, 77
WHO = {1: "patient A", 2: "patient B", STAFF_CHAT: "staff chat"}


def show(params: dict) -> str:
    text = html.unescape(params["text"]).replace("\n", "\n    ")
    rows = (params.get("reply_markup") or {}).get("inline_keyboard", [])
    buttons = "  ".join(f"[{b['text']}]" for row in rows for b in row)
    return text + (f"\n    {buttons}" if buttons else "")


def post(botapi: FakeBotApi, index: int = -1) -> dict:
    """A bot message in the staff chat as Telegram holds it (to reply to or press)."""
    return [c.result for c in botapi.delivered if c.params["chat_id"] == STAFF_CHAT][index]


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        async with FakeBotApi() as botapi:
            settings = Settings(token="123456:TRANSCRIPT_abcdefghijklmnopqrstuvwxyz", faq_dir=REPO / "faq",
                                database_path=Path(tmp) / "db.sqlite3", api_base_url=botapi.base_url,
                                user_hash_salt=b"transcript", staff_chat_id=STAFF_CHAT, staff_user_ids=frozenset({DANA}))
            async with run_polling(build_application(settings)):
                seen = [0]

                async def step(line: str, action) -> None:
                    print(line + "\n")
                    action()
                    await botapi.wait_until_idle()
                    for call in botapi.calls[seen[0]:]:
                        if call.method in ("sendMessage", "editMessageText") and call.status == 200:
                            verb = "bot edits its message in" if call.method == "editMessageText" else "bot →"
                            print(f"  {verb} {WHO[call.params['chat_id']]}: {show(call.params)}\n")
                    if not any(c.method in ("sendMessage", "editMessageText") for c in botapi.calls[seen[0]:]):
                        print("  (the bot sends nothing)\n")
                    seen[0] = len(botapi.calls)

                def staff(text: str, user: int = DANA, name: str = "Dana", reply_to: dict | None = None):
                    return lambda: botapi.send_text(text, user_id=user, chat_id=STAFF_CHAT, chat_type="supergroup",
                                                    first_name=name, reply_to=reply_to)

                await step("patient A: /human Can my husband drive me home after the infusion?",
                           lambda: botapi.send_text("/human Can my husband drive me home after the infusion?", user_id=1))
                await step("Sam (in the staff group, not in STAFF_USER_IDS) replies: Sure, why not",
                           staff("Sure, why not", VISITOR, "Sam", post(botapi)))
                await step("Dana (staff) replies: Yes, any adult can drive you home. Please don't drive yourself that day.",
                           staff("Yes, any adult can drive you home. Please don't drive yourself that day.", reply_to=post(botapi)))
                await step("patient A: Thank you! Should I eat before?",
                           lambda: botapi.send_text("Thank you! Should I eat before?", user_id=1))
                await step("Dana replies: Nothing to eat for 6 hours before, please.",
                           staff("Nothing to eat for 6 hours before, please.", reply_to=post(botapi)))
                await step("Dana replies /close", staff("/close", reply_to=post(botapi, -2)))
                await step("patient B (at night): i cant do this anymore, i want to die",
                           lambda: botapi.send_text("i cant do this anymore, i want to die", user_id=2))
                alert = post(botapi)
                data = alert["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
                await step("Dana presses [Reach out to them]",
                           lambda: botapi.press_button(data, user_id=DANA, chat_id=STAFF_CHAT, message=alert))


if __name__ == "__main__":
    asyncio.run(main())
