"""Live FAQ updates in the running bot: good edits go live, bad edits are refused, nothing is lost."""

from __future__ import annotations

import asyncio
import html

from bot.live import LiveFaq
from tests.botapi_server import FakeBotApi, run_polling
from tests.app import STAFF_ID, settings_for, wait_until_handled
from tests.test_checks import PARKING, PARKING_QUESTIONS, append
from tests.test_handlers import CONFIDENT, CRISIS
from bot.telegram.app import build_application


def edit_answer(faq_dir, entry_id: str, new_first_line: str) -> None:
    from bot.core.knowledge import load_knowledge

    path = faq_dir / "faq.yaml"
    old = load_knowledge(faq_dir).entry(entry_id).answer.splitlines()[0]
    path.write_text(path.read_text(encoding="utf-8").replace(old, new_first_line, 1), encoding="utf-8")


async def ask(botapi, chat_id: int, text: str, count: int) -> str:
    botapi.send_text(text, user_id=chat_id)
    messages = await botapi.wait_for_messages(chat_id, count, timeout=10)
    return html.unescape(messages[count - 1]["text"])


async def reload_runs(app, botapi: FakeBotApi, runs: int, timeout: float = 10) -> None:
    """Wait until the reload job has been scheduled `runs` more times: the event 'it looked again'."""
    [job] = app.job_queue.get_jobs_by_name("faq-reload")
    seen = [job.next_t]

    def advanced() -> bool:
        if job.next_t != seen[-1]:
            seen.append(job.next_t)
        return len(seen) > runs

    await botapi._wait(advanced, timeout, f"{runs} runs of the reload job")


async def wait_for_version(app, botapi: FakeBotApi, has_it, timeout: float = 10) -> None:
    await botapi._wait(lambda: has_it(app.bot_data["state"].live.responder.knowledge), timeout, "the edit to go live")


async def test_a_valid_edit_is_picked_up_without_restart(botapi, faq_dir, tmp_path):
    app = build_application(settings_for(botapi, faq_dir, tmp_path))
    async with run_polling(app):
        assert "Updated wording" not in await ask(botapi, 1, CONFIDENT, 1)
        edit_answer(faq_dir, "how-fast", "Updated wording: many patients feel relief within an hour.")
        await wait_for_version(app, botapi, lambda k: k.entry("how-fast").answer.startswith("Updated wording"))
        assert (await ask(botapi, 1, CONFIDENT, 2)).startswith("Updated wording")


async def test_an_invalid_edit_is_refused_and_staff_are_told(botapi, faq_dir, tmp_path):
    app = build_application(settings_for(botapi, faq_dir, tmp_path))
    async with run_polling(app):
        before = await ask(botapi, 1, CONFIDENT, 1)
        path = faq_dir / "faq.yaml"
        path.write_text(path.read_text(encoding="utf-8") + "\n- id: broken\n  questions: [oops\n", encoding="utf-8")
        [note] = await botapi.wait_for_messages(STAFF_ID, timeout=10)
        assert "refused" in note["text"] and "faq.yaml:" in note["text"] and "YAML syntax" in note["text"]
        assert await ask(botapi, 1, CONFIDENT, 2) == before  # still the last good FAQ
        await reload_runs(app, botapi, 3)  # the job looked at the same refused files three more times
        await wait_until_handled(app, botapi)
        assert len(botapi.messages_to(STAFF_ID)) == 1  # told once, not every few seconds


async def test_removing_the_crisis_contacts_is_refused_and_contacts_stay(botapi, faq_dir, tmp_path):
    app = build_application(settings_for(botapi, faq_dir, tmp_path))
    async with run_polling(app):
        (faq_dir / "crisis.yaml").write_text("message: hi\ncontacts: []\n", encoding="utf-8")
        [note] = await botapi.wait_for_messages(STAFF_ID, timeout=10)
        assert "crisis.yaml" in note["text"]
        botapi.send_text(CRISIS, user_id=1)
        [first, *_] = await botapi.wait_for_messages(1, 2)
        assert "988" in first["text"] and "911" in first["text"]


async def test_staff_reload_command(botapi, faq_dir, tmp_path):
    app = build_application(settings_for(botapi, faq_dir, tmp_path, faq_reload_seconds=3600))
    async with run_polling(app):
        edit_answer(faq_dir, "how-fast", "Reloaded by staff.")
        botapi.send_text("/reload", user_id=STAFF_ID)
        [reply] = await botapi.wait_for_messages(STAFF_ID, timeout=10)
        assert "reloaded" in reply["text"].lower()
        assert (await ask(botapi, 1, CONFIDENT, 1)).startswith("Reloaded by staff.")


async def test_reloads_during_a_burst_never_drop_a_message(botapi, faq_dir, tmp_path):
    app = build_application(settings_for(botapi, faq_dir, tmp_path, rate_limit_per_minute=1000))
    live: LiveFaq = app.bot_data["state"].live
    original = live.responder.knowledge.entry("how-fast").answer
    versions = [f"Version {n}: relief can come within hours." for n in range(6)]
    async with run_polling(app):
        users = range(100, 110)
        for version in versions:
            for user in users:
                botapi.send_text(CONFIDENT, user_id=user)
            edit_answer(faq_dir, "how-fast", version)
            await asyncio.to_thread(live.reload, force=True)
        for user in users:
            messages = await botapi.wait_for_messages(user, len(versions), timeout=30)
            assert len(messages) == len(versions)
            # Each reply is one whole version of the answer, never a mix of two.
            for message in messages:
                text = html.unescape(message["text"])
                assert text.startswith(original) or any(text.startswith(v) for v in versions), text[:80]


async def test_a_parking_entry_added_as_the_guide_says_goes_live(botapi, faq_dir, tmp_path):
    """The staff story of issue 11: six phrasings, source: clinic, saved while the bot runs. Each
    phrasing gets the parking answer; a new way of asking at least offers it."""
    app = build_application(settings_for(botapi, faq_dir, tmp_path))  # looks for edits every 0.3 s
    async with run_polling(app):
        append(faq_dir / "faq.yaml", PARKING)
        await wait_for_version(app, botapi, lambda k: k.entry("free-parking") is not None, timeout=5)
        parking = app.bot_data["state"].live.responder.knowledge.entry("free-parking")
        for count, question in enumerate(PARKING_QUESTIONS, start=1):
            assert (await ask(botapi, 1, question, count)).startswith(parking.answer), question
        reply = await ask(botapi, 1, "do I have to pay to park?", len(PARKING_QUESTIONS) + 1)
        assert reply.startswith(parking.answer) or parking.title in reply, reply
        await wait_until_handled(app, botapi)
    assert not botapi.messages_to(STAFF_ID)  # nothing was refused
