"""Run the Telegram bot: python run_bot.py (settings from the environment and .env in this folder)."""

from __future__ import annotations

import asyncio
import sys

from bot.config import ConfigError, Settings, read_environment
from bot.live import LiveFaq
from bot.logs import configure_logging

TELEGRAM = "api.telegram.org"


def cannot_reach(settings: Settings) -> str:
    where = settings.api_base_url or TELEGRAM
    return (f"faqbot: cannot reach Telegram at {where}. Check this computer's internet connection "
            "(and TELEGRAM_API_BASE_URL in .env, if set). Retrying until it answers; Ctrl+C to stop.")


async def reach_telegram(app, settings: Settings) -> None:
    """Start-up (python-telegram-bot's initialize, which asks Telegram who we are), retried like
    python-telegram-bot retries: after 1 s, then 1.5 times longer each time, at most 30 s. The
    first failure is one line on the console, not a traceback."""
    from telegram.error import NetworkError

    delay, told = 1.0, False
    while True:
        try:
            await app.initialize()  # run_polling's own initialize is then a no-op
            return
        except NetworkError:
            if not told:
                print(cannot_reach(settings), file=sys.stderr, flush=True)
                told = True
        await asyncio.sleep(delay)
        delay = min(30.0, delay * 1.5)


def main() -> int:
    try:
        settings = Settings.from_env(read_environment())
    except ConfigError as exc:
        print(f"faqbot: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)

    live, problems = LiveFaq.load(settings.faq_dir)
    if live is None:
        print(f"faqbot: the FAQ in {settings.faq_dir} has problems, so the bot will not start:", file=sys.stderr)
        print("\n".join(problems), file=sys.stderr)
        return 1

    from telegram.error import InvalidToken

    from bot.telegram.app import build_application, webhook_options

    app = build_application(settings, live=live)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)  # python-telegram-bot runs the bot on this same loop
    try:
        loop.run_until_complete(reach_telegram(app, settings))
        if settings.mode == "webhook":
            app.run_webhook(**webhook_options(settings), bootstrap_retries=-1)
        else:
            app.run_polling(bootstrap_retries=-1)
    except InvalidToken:
        print("faqbot: Telegram refused TELEGRAM_BOT_TOKEN. Copy it again from @BotFather into .env.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
