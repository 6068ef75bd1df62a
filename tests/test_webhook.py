"""Webhook mode: python-telegram-bot's own webhook server, with the secret-token check."""

from __future__ import annotations

import json
import socket

import httpx

from bot.telegram.app import build_application, webhook_options
from tests.app import settings_for, wait_until_handled

SECRET = "s3cret_token-for-tests"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def update(update_id: int, text: str) -> dict:
    return {"update_id": update_id, "message": {
        "message_id": update_id, "date": 0, "text": text,
        "chat": {"id": 7, "type": "private"}, "from": {"id": 7, "is_bot": False, "first_name": "Pat"}}}


async def test_webhook_accepts_only_requests_with_the_secret(botapi, faq_dir, tmp_path):
    port = free_port()
    settings = settings_for(botapi, faq_dir, tmp_path, mode="webhook", port=port, webhook_secret=SECRET,
                            webhook_url="https://bot.example.invalid/telegram")
    app = build_application(settings)
    options = webhook_options(settings) | {"listen": "127.0.0.1"}
    await app.initialize()
    await app.post_init(app)
    await app.updater.start_webhook(**options)
    await app.start()
    try:
        [registered] = botapi.calls_to("setWebhook")
        assert registered.params["url"] == settings.webhook_url
        assert registered.params["secret_token"] == SECRET
        url = f"http://127.0.0.1:{port}/telegram"
        async with httpx.AsyncClient() as client:
            forged = await client.post(url, content=json.dumps(update(1, "how fast does ketamine work")),
                                       headers={"content-type": "application/json"})
            wrong = await client.post(url, content=json.dumps(update(2, "how fast does ketamine work")),
                                      headers={"content-type": "application/json",
                                               "X-Telegram-Bot-Api-Secret-Token": "guess"})
            real = await client.post(url, content=json.dumps(update(3, "how fast does ketamine work")),
                                     headers={"content-type": "application/json",
                                              "X-Telegram-Bot-Api-Secret-Token": SECRET})
        assert forged.status_code == 403 and wrong.status_code == 403 and real.status_code == 200
        [answer] = await botapi.wait_for_messages(7)
        assert "relief" in answer["text"]
        await wait_until_handled(app, botapi)
        assert len(botapi.messages_to(7)) == 1  # the forged updates were never handled
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await app.post_shutdown(app)
