"""Run the Telegram bot: python run_bot.py (settings from .env and the environment)."""

from __future__ import annotations

import sys

from dotenv import load_dotenv

from bot.config import ConfigError, Settings
from bot.live import LiveFaq
from bot.logs import configure_logging


def main() -> int:
    load_dotenv()
    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        print(f"faqbot: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)

    live, problems = LiveFaq.load(settings.faq_dir)
    if live is None:
        print(f"faqbot: the FAQ in {settings.faq_dir} has problems, so the bot will not start:", file=sys.stderr)
        print("\n".join(problems), file=sys.stderr)
        return 1

    from bot.telegram.app import build_application, webhook_options

    app = build_application(settings, live=live)
    if settings.mode == "webhook":
        app.run_webhook(**webhook_options(settings))
    else:
        app.run_polling()
    return 0


if __name__ == "__main__":
    sys.exit(main())
