"""build_application(settings): every handler registered in one place, the jobs, and the order.

The handlers themselves live in bot/telegram/handlers.py; what the bot says is decided in
bot/core/responder.py.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Any

import httpx
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.config import Settings
from bot.core.language import lingua_detector
from bot.live import LiveFaq
from bot.store import Store
from bot.telegram import handlers, handoff, language
from bot.telegram.handlers import BotState, state
from bot.telegram.ratelimit import RateLimiter
from bot.telegram.sending import send_text

logger = logging.getLogger(__name__)


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Handle different chats concurrently but each chat's updates strictly in order, so a
    patient's crisis block and answers never overtake their earlier messages."""

    def __init__(self, max_concurrent_updates: int = 64) -> None:
        super().__init__(max_concurrent_updates)
        self._chats: dict[Any, tuple[asyncio.Lock, int]] = {}  # chat -> (lock, updates holding or waiting)

    async def process_update(self, update: object, coroutine: Any) -> None:
        chat = getattr(update, "effective_chat", None)
        key = chat.id if chat is not None else None
        if key is None:
            await super().process_update(update, coroutine)
            return
        lock, users = self._chats.get(key) or (asyncio.Lock(), 0)
        self._chats[key] = (lock, users + 1)
        try:
            async with lock:  # wait for this chat's turn *before* taking one of the shared slots
                await super().process_update(update, coroutine)
        finally:
            lock, users = self._chats[key]
            if users == 1:
                del self._chats[key]
            else:
                self._chats[key] = (lock, users - 1)

    async def do_process_update(self, update: object, coroutine: Any) -> None:
        await coroutine

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


# --- jobs -------------------------------------------------------------------------------------


async def reload_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every few seconds: swap in a good FAQ edit, tell staff about a refused one."""
    st = state(context)
    if not st.live.changed():
        return
    before = st.live.responder.knowledge
    result = await asyncio.to_thread(st.live.reload)
    if result.accepted:
        await language.publish_if_changed(context.bot, before, st.live.responder.knowledge)
    if result.changed and not result.accepted:
        text = "The FAQ edit was refused; the bot keeps the last good FAQ. Problems:\n" + "\n".join(result.problems[:20])
        for staff_id in st.settings.staff_user_ids:
            try:
                await send_text(context.bot, staff_id, text)
            except TelegramError:
                logger.warning("could not tell staff member %s about the refused edit", st.user_key(staff_id)[:10])


async def retention_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    st = state(context)
    removed = await asyncio.to_thread(st.store.purge, older_than_days=st.settings.retention_days)
    st.limiter.forget_idle()
    logger.info("retention: removed %d old record(s)", removed)


# --- building ---------------------------------------------------------------------------------


async def _post_init(app: Application) -> None:
    st: BotState = app.bot_data["state"]
    lingua_detector()  # the language detector is built at start-up, not on a patient's first message
    await language.publish_bot_texts(app.bot, st.live.responder.knowledge)  # menu and descriptions, English and Spanish
    await handoff.post_init(app)
    if app.job_queue is not None:
        app.job_queue.run_repeating(reload_job, interval=st.settings.faq_reload_seconds, first=st.settings.faq_reload_seconds, name="faq-reload")
        app.job_queue.run_repeating(retention_job, interval=timedelta(days=1), first=60, name="retention")


async def _post_shutdown(app: Application) -> None:
    app.bot_data["state"].store.close()


def webhook_options(settings: Settings) -> dict[str, Any]:
    """How run_webhook listens: Telegram must send WEBHOOK_SECRET in its secret-token header, and
    python-telegram-bot answers 403 to any request without it."""
    return {"listen": "0.0.0.0", "port": settings.port, "url_path": "telegram",
            "secret_token": settings.webhook_secret, "webhook_url": settings.webhook_url}


def build_application(settings: Settings, *, live: LiveFaq | None = None, store: Store | None = None) -> Application:
    """Everything the running bot needs, registered in one place."""
    if live is None:
        live, problems = LiveFaq.load(settings.faq_dir)
        if live is None:
            raise ValueError("the FAQ folder has problems:\n" + "\n".join(problems))
    # python-telegram-bot's two HTTP clients (one for getUpdates, one for everything else) would
    # each load the system's CA certificates (~60 ms apiece at every start); they share one context.
    # Pool sizes as python-telegram-bot's own defaults: 256 for requests, 1 for getUpdates.
    tls = {"verify": httpx.create_ssl_context()}
    builder = (
        Application.builder()
        .token(settings.token)
        .request(HTTPXRequest(connection_pool_size=256, httpx_kwargs=tls))
        .get_updates_request(HTTPXRequest(connection_pool_size=1, httpx_kwargs=tls))
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .concurrent_updates(PerChatUpdateProcessor(256))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if settings.api_base_url:
        base = settings.api_base_url.rstrip("/")
        builder = builder.base_url(base).base_file_url(base.removesuffix("/bot") + "/file/bot")
    app = builder.build()
    app.bot_data["state"] = BotState(
        settings=settings, live=live,
        store=store or Store(settings.database_path, salt=settings.user_hash_salt),
        limiter=RateLimiter(settings.rate_limit_per_minute),
    )
    register_handlers(app)
    return app


def register_handlers(app: Application) -> None:
    """The order matters: the first handler whose filter matches an update handles it."""
    text = filters.TEXT | filters.CAPTION
    # Reaching a person (bot/telegram/handoff.py), first: the staff chat's answers and /close in
    # group -2, ahead of everything (staff talk about patients there; it is never a patient's message),
    # and the hand-off buttons ahead of the FAQ's. A patient's follow-up during an open conversation
    # is sent to the staff from handlers.deliver, after the crisis check.
    handoff.register(app)
    # Every new text message and command goes to the core, which runs the crisis check first.
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & text, handlers.on_message))
    # An edit is re-checked for crisis wording only.
    app.add_handler(MessageHandler(filters.UpdateType.EDITED & text, handlers.on_edit))
    # Stickers, voice notes, photos without a caption (not joins, pins and other service messages).
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & ~filters.StatusUpdate.ALL, handlers.on_non_text))
    app.add_handler(CallbackQueryHandler(handlers.on_callback))
    app.add_handler(InlineQueryHandler(handlers.on_inline))
    app.add_error_handler(handlers.on_error)
