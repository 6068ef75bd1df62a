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
