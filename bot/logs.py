"""Logging failures without patient text."""

from __future__ import annotations

import logging
import traceback


def log_failure(logger: logging.Logger, what: str, error: BaseException | None) -> None:
    """Log where an exception happened and its type, never its message: a message can quote the
    patient's words (KeyError('<a word they typed>'))."""
    if error is None:
        logger.error("%s", what)
        return
    stack = "".join(traceback.format_tb(error.__traceback__)).rstrip()
    logger.error("%s: %s\n%s", what, type(error).__name__, stack)


# httpx logs every request URL at INFO, and the URL contains the bot token; python-telegram-bot
# logs whole updates (patients' messages) at DEBUG. Neither is allowed, even with LOG_LEVEL=DEBUG.
# APScheduler logs two INFO lines for every run of every job, and a WARNING for each run it skips
# because the last is still going (a slow FAQ check): noise every few seconds from the FAQ reload
# job, which logs by itself (bot/live.py) when an edit goes live or is refused.
QUIET_LOGGERS = {"httpx": logging.WARNING, "httpcore": logging.WARNING, "telegram": logging.INFO,
                 "apscheduler": logging.ERROR}


def configure_logging(level: int | str) -> None:
    """Called once by each entry point (run_bot.py, the faqbot command), never at import."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name, floor in QUIET_LOGGERS.items():
        logging.getLogger(name).setLevel(max(floor, logging.getLogger(name).getEffectiveLevel()))
