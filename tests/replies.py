"""Small helpers shared by the matcher test files."""

from __future__ import annotations


def spanish_answer(responder, text: str) -> str | None:
    """The entry a reply answers with (None when held back), after checking the reply is in Spanish."""
    reply = responder.respond(text)
    assert reply.lang == "es"
    return reply.answer.id if reply.answer else None
