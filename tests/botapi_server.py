"""A small fake Telegram Bot API server on 127.0.0.1 for end-to-end tests.

Why: the bot should be tested through the *real* python-telegram-bot stack (``Application``,
``Updater`` long polling, ``HTTPXRequest``, error mapping) rather than by monkeypatching
``send_message``.  This server speaks the subset of the Bot API the bot uses, records every
request, simulates users by queueing updates, and can inject faults (5xx / 429 / outages)
deterministically.  It only ever binds to loopback and never contacts any other address.

Protocol notes (PTB 22.x): requests are ``POST {base_url}{token}/{method}``.  Without files the
body is ``application/x-www-form-urlencoded``; string values are sent as-is and every other
value (ints, bools, lists, dicts like ``reply_markup``) is ``json.dumps``-ed.  With files it is
``multipart/form-data`` with the same encoding.  Other clients may send JSON bodies.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import time
import traceback
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest_asyncio
from aiohttp import web

BOT_USER: dict[str, Any] = {
    "id": 999, "is_bot": True, "first_name": "Renew FAQ", "username": "RenewFaqBot",
    "can_join_groups": True, "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
DEFAULT_GROUP_ID = -100200  # chat id used by send_text(chat_type="group") without chat_id
_PATH = re.compile(r"^/bot(?P<token>[^/]+)/(?P<method>[A-Za-z0-9_]+)/?$")
_SEND_OTHER = re.compile(r"^(send(?!ChatAction$|MediaGroup$)\w+|forwardMessage)$", re.I)
_FILE_PATH = re.compile(r"^/file/bot(?P<token>[^/]+)/(?P<path>.+)$")
# Form values that are free text: never JSON-decode them ("123" must stay a str).
_TEXT_PARAMS = frozenset({
    "text", "caption", "query", "callback_query_id", "inline_query_id", "parse_mode", "url",
    "secret_token", "next_offset", "language_code", "action", "description", "title", "name",
    "short_description", "question", "emoji", "switch_pm_text", "switch_pm_parameter",
    "business_connection_id", "message_effect_id", "ip_address", "file_id", "first_name",
})


def utf16_len(text: str) -> int:
    """Telegram entity offsets/lengths are in UTF-16 code units, not Python characters."""
    return len(text.encode("utf-16-le")) // 2


def mention_entities(text: str, username: str = BOT_USER["username"]) -> list[dict[str, Any]]:
    """``mention`` entities for every ``@username`` occurrence (case-insensitive)."""
    return [
        {"type": "mention", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m[0])}
        for m in re.finditer(rf"@{re.escape(username)}(?!\w)", text, re.IGNORECASE)
    ]


def _decode_form_value(name: str, value: str) -> Any:
    if name in _TEXT_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value  # e.g. chat_id="@channel" or other plain strings


@dataclass
class Call:
    """One request the bot made. ``status`` is the HTTP status the server answered with."""

    method: str
    params: dict[str, Any]
    at: float  # time.monotonic() on arrival
    status: int = 200
    token: str | None = None
    result: Any = None  # the "result" the server answered (e.g. the sent Message dict)


class ApiError(Exception):
    """Raised by method handlers to answer with ``{"ok": false, ...}``."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


@dataclass
class Faults:
    """Deterministic fault injection (seeded ``random.Random``), mutable during a test."""

    seed: int = 0
    send_error_rate: float = 0.0  # probability that a call in ``methods`` fails
    retry_after_share: float = 0.0  # share of those failures that are 429 (rest are 500)
    retry_after: int = 1  # seconds announced in 429 answers
    methods: set[str] = field(default_factory=lambda: {"sendMessage"})
    latency: dict[str, float] = field(default_factory=dict)  # method -> extra seconds
    forced: list[tuple[str, int]] = field(default_factory=list)  # (method, code) queue
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def fail_next(self, method: str = "sendMessage", code: int = 500, times: int = 1) -> None:
        """Force the next ``times`` calls of ``method`` to fail with ``code`` (500/429/...)."""
        self.forced.extend([(method, code)] * times)

    def pick(self, method: str) -> ApiError | None:
        for i, (m, code) in enumerate(self.forced):
            if m == method:
                del self.forced[i]
                return self._error(code)
        if method in self.methods and self.send_error_rate > 0:
            if self.rng.random() < self.send_error_rate:
                return self._error(429 if self.rng.random() < self.retry_after_share else 500)
        return None

    def _error(self, code: int) -> ApiError:
        if code == 429:
            return ApiError(429, f"Too Many Requests: retry after {self.retry_after}",
                            {"retry_after": self.retry_after})
        return ApiError(code, "Internal Server Error" if code == 500 else f"Error {code}")


class FakeBotApi:
    """Fake Bot API server; use ``async with FakeBotApi() as server`` or start()/stop()."""

    def __init__(self, *, seed: int = 0, valid_tokens: Iterable[str] | None = None) -> None:
        self.valid_tokens = set(valid_tokens) if valid_tokens is not None else None
        self.faults = Faults(seed=seed)
        self.calls: list[Call] = []
        self.delivered: list[Call] = []  # accepted sendMessage calls
        self.errors: list[str] = []  # tracebacks of bugs in this fake (should stay empty)
        self.token: str | None = None  # last token seen
        self.port = 0
        self.webhook_url = ""
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.descriptions: dict[tuple[str, str], str] = {}  # (kind, language_code or "") -> text
        self.topics: dict[int, dict[str, Any]] = {}  # message_thread_id -> {"chat_id", "name", "closed"}
        self._updates: list[dict[str, Any]] = []  # queued, not yet acknowledged via offset
        self._next_update_id = 1
        self._next_message_id = 1
        self._served_upto = 0  # highest update_id handed out by getUpdates
        self._messages: dict[tuple[int | str, int], dict[str, Any]] = {}
        self._chats: dict[int | str, dict[str, Any]] = {}
        self._users: dict[int, dict[str, Any]] = {}
        self._inflight = 0  # non-getUpdates requests being handled
        self._last_activity = time.monotonic()
        self._changed = asyncio.Event()
        self._runner: web.ServerRunner | None = None
        self._t0 = time.monotonic()

    # ---------------------------------------------------------------- lifecycle
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    @property
    def is_up(self) -> bool:
        return self._runner is not None

    async def start(self) -> None:
        await self.up()

    async def stop(self) -> None:
        await self.down()

    async def __aenter__(self) -> FakeBotApi:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def up(self) -> None:
        """Listen on 127.0.0.1 (an ephemeral port first, the same port after ``down()``)."""
        if self._runner is not None:
            return
        # shutdown_timeout: in-flight long polls are cut after 0.1 s when going down.
        runner = web.ServerRunner(web.Server(self._handle, access_log=None), shutdown_timeout=0.1)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", self.port).start()
        self.port = runner.addresses[0][1]
        self._runner = runner

    async def down(self) -> None:
        """Stop listening and drop all connections: clients get 'connection refused'."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def go_down(self, seconds: float) -> None:
        """Simulate an outage of ``seconds``; updates queued meanwhile are served afterwards."""
        await self.down()
        await asyncio.sleep(seconds)
        await self.up()

    # ---------------------------------------------------------------- HTTP layer
    def _bump(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def _handle(self, request: web.BaseRequest) -> web.StreamResponse:
        if m := _FILE_PATH.match(request.path):
            return web.Response(body=b"fake file content: " + m["path"].encode())
        if not (m := _PATH.match(request.path)):
            return web.json_response({"ok": False, "error_code": 404,
                                      "description": "Not Found"}, status=404)
        method, token = m["method"], m["token"]
        polling = method.lower() == "getupdates"
        call = Call(method, await self._read_params(request), time.monotonic(), token=token)
        self.calls.append(call)
        self.token = token
        if not polling:
            self._inflight += 1
        self._bump()
        try:
            if self.valid_tokens is not None and token not in self.valid_tokens:
                raise ApiError(401, "Unauthorized")
            if delay := self.faults.latency.get(method):
                await asyncio.sleep(delay)
            if fault := self.faults.pick(method):
                raise fault
            handler = getattr(self, f"_m_{method.lower()}", None)
            if handler is None:
                handler = self._m_send_other if _SEND_OTHER.match(method) else self._m_true
            call.result = result = await handler(call.params)
            if method.lower() == "sendmessage":
                self.delivered.append(call)
            return web.json_response({"ok": True, "result": result})
        except ApiError as err:
            call.status = err.code
            body: dict[str, Any] = {"ok": False, "error_code": err.code,
                                    "description": err.description}
            if err.parameters:
                body["parameters"] = err.parameters
            return web.json_response(body, status=err.code)
        except Exception:  # a bug in the fake: make it visible instead of hanging a test
            self.errors.append(traceback.format_exc())
            call.status = 500
            return web.json_response({"ok": False, "error_code": 500,
                                      "description": "fake server bug"}, status=500)
        finally:
            if not polling:  # empty long polls are not "activity" (see wait_until_idle)
                self._inflight -= 1
                self._last_activity = time.monotonic()
            self._bump()

    @staticmethod
    async def _read_params(request: web.BaseRequest) -> dict[str, Any]:
        params = {k: _decode_form_value(k, v) for k, v in request.query.items()}
        if request.content_type == "application/json" and request.can_read_body:
            params.update(await request.json() or {})
        elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            for key, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    params[key] = {"filename": value.filename, "content_type":
                                   value.content_type, "size": len(value.file.read())}
                else:
                    params[key] = _decode_form_value(key, str(value))
        return params

    # ---------------------------------------------------------------- Bot API methods
    async def _m_getme(self, p: dict[str, Any]) -> Any:
        return BOT_USER

    async def _m_getupdates(self, p: dict[str, Any]) -> Any:
        """Real long polling: ack updates below ``offset``, wait up to ``timeout`` s."""
        offset, limit = int(p.get("offset") or 0), int(p.get("limit") or 100)
        deadline = time.monotonic() + float(p.get("timeout") or 0)
        if offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        while True:
            event = self._changed
            ready = [u for u in self._updates if u["update_id"] >= offset][:limit]
            remaining = deadline - time.monotonic()
            if ready or remaining <= 0 or not self.is_up:
                if ready:
                    self._served_upto = max(self._served_upto, ready[-1]["update_id"])
                    self._last_activity = time.monotonic()
                return ready
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                pass

    async def _m_deletewebhook(self, p: dict[str, Any]) -> Any:
        self.webhook_url = ""
        if p.get("drop_pending_updates"):
            self._updates.clear()
        return True

    async def _m_setwebhook(self, p: dict[str, Any]) -> Any:
        self.webhook_url = str(p.get("url", ""))
        return True

    async def _m_getwebhookinfo(self, p: dict[str, Any]) -> Any:
        return {"url": self.webhook_url, "has_custom_certificate": False,
                "pending_update_count": len(self._updates)}

    async def _m_sendmessage(self, p: dict[str, Any]) -> Any:
        if "chat_id" not in p:
            raise ApiError(400, "Bad Request: chat_id is empty")
        if not p.get("text"):
            raise ApiError(400, "Bad Request: message text is empty")
        extra = {k: p[k] for k in ("entities", "link_preview_options") if k in p}
        if thread := p.get("message_thread_id"):
            if thread not in self.topics or self.topics[thread]["chat_id"] != p["chat_id"]:
                raise ApiError(400, "Bad Request: message thread not found")
            extra.update(message_thread_id=thread, is_topic_message=True)
        if reply := p.get("reply_parameters"):
            if orig := self._messages.get((p["chat_id"], reply.get("message_id"))):
                extra["reply_to_message"] = orig
        return self._bot_message(p["chat_id"], text=p["text"], markup=p.get("reply_markup"),
                                 **extra)

    async def _m_editmessagetext(self, p: dict[str, Any]) -> Any:
        return self._edit(p, text=p.get("text"))

    async def _m_editmessagereplymarkup(self, p: dict[str, Any]) -> Any:
        return self._edit(p)

    async def _m_setmycommands(self, p: dict[str, Any]) -> Any:
        self.commands[self._cmd_key(p)] = list(p.get("commands") or [])
        return True

    async def _m_getmycommands(self, p: dict[str, Any]) -> Any:
        return self.commands.get(self._cmd_key(p), [])

    async def _m_deletemycommands(self, p: dict[str, Any]) -> Any:
        self.commands.pop(self._cmd_key(p), None)
        return True

    async def _m_setmydescription(self, p: dict[str, Any]) -> Any:
        if len(p.get("description") or "") > 512:
            raise ApiError(400, "Bad Request: bot description is too long")
        self.descriptions[("description", p.get("language_code") or "")] = p.get("description") or ""
        return True

    async def _m_setmyshortdescription(self, p: dict[str, Any]) -> Any:
        self.descriptions[("short_description", p.get("language_code") or "")] = p.get("short_description") or ""
        return True

    async def _m_getmydescription(self, p: dict[str, Any]) -> Any:
        return {"description": self.descriptions.get(("description", p.get("language_code") or ""), "")}

    async def _m_getmyshortdescription(self, p: dict[str, Any]) -> Any:
        return {"short_description": self.descriptions.get(("short_description", p.get("language_code") or ""), "")}

    def commands_for(self, language_code: str | None = None) -> list[dict[str, Any]]:
        """The command menu a phone in ``language_code`` shows (default scope)."""
        return self.commands.get(self._cmd_key({"language_code": language_code}), [])

    def set_user_language(self, user_id: int, language_code: str | None) -> None:
        """The language of the user's phone, as Telegram reports it in ``from.language_code``."""
        user = self._user(user_id)
        if language_code is None:
            user.pop("language_code", None)
        else:
            user["language_code"] = language_code

    async def _m_getchat(self, p: dict[str, Any]) -> Any:
        chat = self._chat(p.get("chat_id", 0))
        return {"accent_color_id": 0, "max_reaction_count": 11, "accepted_gift_types": {
            "unlimited_gifts": False, "limited_gifts": False, "unique_gifts": False,
            "premium_subscription": False, "gifts_from_channels": False}, **chat}

    def _forum(self, p: dict[str, Any]) -> int:
        if not self._chat(p.get("chat_id", 0)).get("is_forum"):
            raise ApiError(400, "Bad Request: the chat is not a forum")
        return int(p.get("message_thread_id") or 0)

    async def _m_createforumtopic(self, p: dict[str, Any]) -> Any:
        self._forum(p)
        thread = self._new_message_id()  # like Telegram: the id of the topic's first message
        self.topics[thread] = {"chat_id": p["chat_id"], "name": p.get("name", ""), "closed": False}
        return {"message_thread_id": thread, "name": p.get("name", ""), "icon_color": 7322096}

    async def _m_closeforumtopic(self, p: dict[str, Any]) -> Any:
        self.topics[self._forum(p)]["closed"] = True
        return True

    async def _m_reopenforumtopic(self, p: dict[str, Any]) -> Any:
        thread = self._forum(p)
        if thread not in self.topics or not self.topics[thread]["closed"]:
            raise ApiError(400, "Bad Request: TOPIC_NOT_MODIFIED")
        self.topics[thread]["closed"] = False
        return True

    async def _m_deleteforumtopic(self, p: dict[str, Any]) -> Any:
        del self.topics[self._forum(p)]
        return True

    async def _m_deletemessages(self, p: dict[str, Any]) -> Any:
        for message_id in p.get("message_ids") or []:
            self._messages.pop((p.get("chat_id"), message_id), None)
        return True

    def make_forum(self, chat_id: int, title: str = "Staff") -> None:
        """Turn ``chat_id`` into a supergroup with topics (as a staff group may be)."""
        self._chats[chat_id] = {"id": chat_id, "type": "supergroup", "title": title, "is_forum": True}

    async def _m_getfile(self, p: dict[str, Any]) -> Any:
        fid = str(p.get("file_id"))
        return {"file_id": fid, "file_unique_id": f"u{fid}", "file_size": 32,
                "file_path": f"files/{fid}"}

    async def _m_send_other(self, p: dict[str, Any]) -> Any:
        """sendPhoto/sendDocument/...: PTB expects a Message back (file params are recorded
        as ``{"filename", "content_type", "size"}``)."""
        extra = {"caption": p["caption"]} if p.get("caption") else {}
        return self._bot_message(p.get("chat_id", 0), markup=p.get("reply_markup"), **extra)

    async def _m_true(self, p: dict[str, Any]) -> Any:
        """answerCallbackQuery, answerInlineQuery, sendChatAction, close, logOut and any
        unknown method: ``True`` (recorded in ``calls`` like everything else)."""
        return True

    @staticmethod
    def _cmd_key(p: dict[str, Any]) -> str:
        return json.dumps([p.get("scope"), p.get("language_code")], sort_keys=True)

    def _new_message_id(self) -> int:
        self._next_message_id += 1
        return self._next_message_id - 1

    def _chat(self, chat_id: int | str) -> dict[str, Any]:
        if chat_id not in self._chats:
            kind = "private" if isinstance(chat_id, int) and chat_id > 0 else "supergroup"
            extra = {"first_name": "Pat"} if kind == "private" else {"title": "Test Group"}
            self._chats[chat_id] = {"id": chat_id, "type": kind, **extra}
        return self._chats[chat_id]

    def _bot_message(self, chat_id: int | str, *, text: str | None = None,
                     markup: Any = None, message_id: int | None = None,
                     **extra: Any) -> dict[str, Any]:
        msg = {"message_id": message_id or self._new_message_id(), "date": int(time.time()),
               "chat": self._chat(chat_id), "from": BOT_USER, **extra}
        if text is not None:
            msg["text"] = text
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            msg["reply_markup"] = markup  # Telegram echoes inline keyboards only
        self._messages[(chat_id, msg["message_id"])] = msg
        return msg

    def _edit(self, p: dict[str, Any], text: str | None = None) -> Any:
        """Like Telegram: an edit without ``reply_markup`` removes the inline keyboard."""
        if "inline_message_id" in p:
            return True
        chat_id, mid = p.get("chat_id", 0), int(p.get("message_id") or 0)
        msg = dict(self._messages.get((chat_id, mid)) or self._bot_message(chat_id, message_id=mid))
        msg["edit_date"] = int(time.time())
        msg.pop("reply_markup", None)
        if text is not None:
            msg["text"] = text
            msg.pop("entities", None)
        markup = p.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            msg["reply_markup"] = markup
        self._messages[(chat_id, mid)] = msg
        return msg

    # ---------------------------------------------------------------- simulated users
    def _user(self, user_id: int, first_name: str | None = None) -> dict[str, Any]:
        user = self._users.setdefault(user_id, {"id": user_id, "is_bot": False,
                                                "first_name": "Pat", "language_code": "en"})
        if first_name:
            user["first_name"] = first_name
        return user

    def queue_update(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw update (``kind`` e.g. "message"); returns it with its update_id."""
        update = {"update_id": self._next_update_id, kind: payload}
        self._next_update_id += 1
        self._updates.append(update)
        self._bump()
        return update

    def _user_message(self, user_id: int, chat_id: int | None, chat_type: str = "private",
                      first_name: str | None = None, **content: Any) -> dict[str, Any]:
        user = self._user(user_id, first_name)
        if chat_id is None:
            chat_id = user_id if chat_type == "private" else DEFAULT_GROUP_ID
        if chat_type == "private":
            chat = {"id": chat_id, "type": "private", "first_name": user["first_name"]}
        else:
            chat = {"id": chat_id, "type": chat_type, "title": "Test Group"}
        self._chats.setdefault(chat_id, chat)
        msg = {"message_id": self._new_message_id(), "date": int(time.time()),
               "chat": self._chats[chat_id], "from": user, **content}
        self._messages[(chat_id, msg["message_id"])] = msg
        return msg

    def send_text(self, text: str, *, user_id: int = 1, chat_id: int | None = None,
                  chat_type: str = "private", first_name: str = "Pat",
                  entities: list[dict[str, Any]] | None = None,
                  reply_to_bot: bool = False, reply_to: dict[str, Any] | None = None,
                  thread_id: int | None = None) -> dict[str, Any]:
        """A user sends ``text``. ``entities=None`` means: detect @RenewFaqBot mentions like
        Telegram does; a leading "/command" always gets a ``bot_command`` entity."""
        ents = mention_entities(text) if entities is None else list(entities)
        if text.startswith("/") and not any(e["type"] == "bot_command" and e["offset"] == 0
                                            for e in ents):
            ents.insert(0, {"type": "bot_command", "offset": 0,
                            "length": utf16_len(text.split()[0])})
        content: dict[str, Any] = {"text": text}
        if ents:
            content["entities"] = ents
        if reply_to_bot:
            cid = chat_id if chat_id is not None else (
                user_id if chat_type == "private" else DEFAULT_GROUP_ID)
            content["reply_to_message"] = self.last_bot_message(cid)
        if reply_to is not None:  # a reply to this message (a Message dict, e.g. a call's result)
            content["reply_to_message"] = reply_to
        if thread_id is not None:  # sent inside a forum topic
            content.update(message_thread_id=thread_id, is_topic_message=True)
        return self.queue_update("message", self._user_message(
            user_id, chat_id, chat_type, first_name, **content))

    def edit_text(self, message_id: int, new_text: str, *, user_id: int = 1,
                  chat_id: int | None = None) -> dict[str, Any]:
        cid = user_id if chat_id is None else chat_id
        old = self._messages.get((cid, message_id)) or self._user_message(
            user_id, cid, "private" if cid > 0 else "supergroup")
        msg = {**old, "message_id": message_id, "text": new_text,
               "edit_date": int(time.time())}
        msg.pop("entities", None)
        self._messages[(cid, message_id)] = msg
        return self.queue_update("edited_message", msg)

    def send_sticker(self, *, user_id: int = 1) -> dict[str, Any]:
        sticker = {"file_id": "STK1", "file_unique_id": "uSTK1", "type": "regular",
                   "width": 512, "height": 512, "is_animated": False, "is_video": False,
                   "emoji": "👍"}
        return self.queue_update("message", self._user_message(user_id, None, sticker=sticker))

    def send_voice(self, *, user_id: int = 1) -> dict[str, Any]:
        voice = {"file_id": "VOC1", "file_unique_id": "uVOC1", "duration": 3,
                 "mime_type": "audio/ogg"}
        return self.queue_update("message", self._user_message(user_id, None, voice=voice))

    def send_photo(self, caption: str | None = None, *, user_id: int = 1) -> dict[str, Any]:
        content: dict[str, Any] = {"photo": [
            {"file_id": "PH1s", "file_unique_id": "uPH1s", "width": 90, "height": 90},
            {"file_id": "PH1", "file_unique_id": "uPH1", "width": 800, "height": 800}]}
        if caption is not None:
            content["caption"] = caption
        return self.queue_update("message", self._user_message(user_id, None, **content))

    def press_button(self, callback_data: str, *, user_id: int = 1,
                     message: dict[str, Any] | None = None,
                     chat_id: int | None = None) -> dict[str, Any]:
        """Press an inline button on ``message``, a bot *Message* dict such as
        ``delivered[i].result`` (default: the last bot message in the chat, as edited)."""
        msg = message or self.last_bot_message(user_id if chat_id is None else chat_id)
        return self.queue_update("callback_query", {
            "id": f"cbq{self._next_update_id}", "from": self._user(user_id),
            "chat_instance": f"ci{msg['chat']['id']}", "data": callback_data, "message": msg})

    def inline_query(self, query: str, *, user_id: int = 1) -> dict[str, Any]:
        return self.queue_update("inline_query", {
            "id": f"iq{self._next_update_id}", "from": self._user(user_id), "query": query,
            "offset": "", "chat_type": "sender"})

    # ---------------------------------------------------------------- inspection
    def messages_to(self, chat_id: int | str) -> list[dict[str, Any]]:
        """Params of accepted sendMessage calls to ``chat_id``, in order."""
        return [c.params for c in self.delivered if str(c.params.get("chat_id")) == str(chat_id)]

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method.lower() == method.lower()]

    def last_bot_message(self, chat_id: int | str) -> dict[str, Any]:
        """Current state (after edits) of the newest message the bot sent to ``chat_id``."""
        mine = [m for (cid, _), m in self._messages.items()
                if cid == chat_id and m["from"]["id"] == BOT_USER["id"]]
        if not mine:
            raise AssertionError(f"the bot has not sent anything to chat {chat_id}\n"
                                 + self.dump())
        return max(mine, key=lambda m: m["message_id"])

    def dump(self) -> str:
        """Human-readable log of what the bot did, for assertion messages."""
        polls = len(self.calls_to("getUpdates"))
        lines = [f"{polls} getUpdates calls; {len(self._updates)} updates unacknowledged; "
                 f"server {'up' if self.is_up else 'DOWN'} on port {self.port}"]
        for c in self.calls:
            if c.method.lower() != "getupdates":
                lines.append(f"  +{c.at - self._t0:7.3f}s {c.status} {c.method} "
                             f"{json.dumps(c.params, ensure_ascii=False, default=str)[:300]}")
        return "\n".join(lines + [f"FAKE SERVER BUG:\n{e}" for e in self.errors])

    async def _wait(self, predicate: Callable[[], bool], timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out after {timeout}s waiting for {what}\n"
                                     + self.dump())
            try:  # wake on every change, and at least every 50 ms for time-based predicates
                await asyncio.wait_for(self._changed.wait(), min(remaining, 0.05))
            except TimeoutError:
                pass

    async def wait_for_calls(self, method: str, count: int = 1,
                             timeout: float = 5) -> list[Call]:
        """Wait until ``method`` was called ``count`` times (faulted calls included)."""
        await self._wait(lambda: len(self.calls_to(method)) >= count, timeout,
                         f"{count} x {method}")
        return self.calls_to(method)

    async def wait_for_messages(self, chat_id: int | str, count: int = 1,
                                timeout: float = 5) -> list[dict[str, Any]]:
        await self._wait(lambda: len(self.messages_to(chat_id)) >= count, timeout,
                         f"{count} delivered message(s) to chat {chat_id}")
        return self.messages_to(chat_id)

    async def wait_until_acknowledged(self, timeout: float = 10) -> None:
        """Every queued update was fetched and acknowledged (a later getUpdates offset), which
        python-telegram-bot does only after putting the updates in its own queue."""
        await self._wait(lambda: not self._updates, timeout, "every queued update to be acknowledged")

    async def wait_until_idle(self, quiet: float = 0.3, timeout: float = 5) -> None:
        """Every queued update was fetched, nothing is in flight, and the bot made no call
        (other than getUpdates) for ``quiet`` seconds."""
        def idle() -> bool:
            fetched = all(u["update_id"] <= self._served_upto for u in self._updates)
            return (fetched and self._inflight == 0
                    and time.monotonic() - self._last_activity >= quiet)
        await self._wait(idle, timeout, f"{quiet}s of quiet")


@asynccontextmanager
async def run_polling(app: Any, *, timeout: int = 1) -> AsyncIterator[Any]:
    """Run a PTB ``Application`` in polling mode for the duration of the block, in the order
    ``Application.run_polling`` uses (post_init after initialize, post_shutdown at the end)."""
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    await app.updater.start_polling(poll_interval=0, timeout=timeout)
    await app.start()
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        if app.post_stop:
            await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)


def application_builder(server: FakeBotApi, token: str = "123:TEST") -> Any:
    """An ``ApplicationBuilder`` pointed at ``server`` (add handlers, then ``.build()``)."""
    from telegram.ext import Application

    return (Application.builder().token(token).base_url(server.base_url)
            .base_file_url(server.base_file_url))


@pytest_asyncio.fixture
async def botapi() -> AsyncIterator[FakeBotApi]:
    """Function-scoped fake Bot API server, running in the test's event loop."""
    async with FakeBotApi() as server:
        yield server
