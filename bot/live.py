"""The FAQ the running bot serves, and how an edit replaces it.

A reload builds a complete new Responder off to the side and swaps one reference, so a message
always sees either the old FAQ or the new one, never half of each. A folder that fails
`faqbot check` is refused and the last good FAQ (with its crisis contacts) stays in service.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from bot.staff.checks import check_folder
from bot.core.responder import Responder

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReloadResult:
    changed: bool
    accepted: bool
    problems: tuple[str, ...] = ()
    version: str = ""


def folder_signature(folder: Path) -> tuple:
    """Names, sizes and modification times of the YAML files: cheap to compute every few seconds."""
    try:
        return tuple(sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.glob("*.yaml")))
    except OSError:
        return ()


class LiveFaq:
    def __init__(self, folder: Path, responder: Responder) -> None:
        self.folder = Path(folder)
        self.responder = responder
        self._signature = folder_signature(self.folder)
        self._refused_signature: tuple | None = None

    @classmethod
    def load(cls, folder: Path) -> tuple[LiveFaq | None, list[str]]:
        result = check_folder(folder, warnings=False)
        if not result.ok:
            return None, result.errors
        return cls(folder, result.responder), []

    def changed(self) -> bool:
        signature = folder_signature(self.folder)
        return signature != self._signature and signature != self._refused_signature

    def reload(self, *, force: bool = False) -> ReloadResult:
        """Check the folder and swap it in if it is good. Never raises."""
        signature = folder_signature(self.folder)
        if not force and (signature == self._signature or signature == self._refused_signature):
            return ReloadResult(changed=False, accepted=False, version=self.responder.knowledge.version)
        try:
            result = check_folder(self.folder, warnings=False)
        except Exception as exc:  # nothing in faq/ may take the bot down
            logger.exception("FAQ reload crashed; keeping the current FAQ")
            result_problems: tuple[str, ...] = (f"{self.folder}: could not be checked ({type(exc).__name__})",)
            self._refused_signature = signature
            return ReloadResult(changed=True, accepted=False, problems=result_problems, version=self.responder.knowledge.version)
        if not result.ok:
            self._refused_signature = signature
            for line in result.errors:
                logger.warning("FAQ edit refused: %s", line)
            return ReloadResult(changed=True, accepted=False, problems=tuple(result.errors), version=self.responder.knowledge.version)
        self.responder = result.responder  # the atomic swap
        self._signature = signature
        self._refused_signature = None
        logger.info("FAQ reloaded: version %s, %d entries", result.responder.knowledge.version, len(result.responder.knowledge.entries))
        return ReloadResult(changed=True, accepted=True, version=result.responder.knowledge.version)
