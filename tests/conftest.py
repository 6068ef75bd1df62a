from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.paths import SHIPPED_FAQ


@pytest.fixture
def faq_dir(tmp_path: Path) -> Path:
    """A private copy of the shipped FAQ folder that a test may edit freely."""
    target = tmp_path / "faq"
    shutil.copytree(SHIPPED_FAQ, target)
    return target


@pytest.fixture(scope="session")
def responder():
    """The shipped FAQ, loaded once (it is immutable)."""
    from bot.core.knowledge import load_knowledge
    from bot.core.responder import Responder

    return Responder(load_knowledge(SHIPPED_FAQ))



@pytest.fixture(scope="session")
def five():
    """The shipped FAQ with every entry cut to its first five phrasings, loaded once (it is immutable)."""
    from bot.core.knowledge import load_knowledge
    from bot.core.responder import Responder
    from bot.staff.evaluation import cut_phrasings

    return Responder(cut_phrasings(load_knowledge(SHIPPED_FAQ), 5))

from tests.botapi_server import botapi  # noqa: E402,F401  (the loopback Bot API server fixture)
