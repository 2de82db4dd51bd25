"""The simulator facade: an aiohttp server speaking the Telegram Bot API on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import inspect
import json
import logging
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from aiohttp import web

from . import errors
from .control import add_control_routes
from .errors import ApiError, bad_request
from .faults import Faults
from .limits import FloodControl, Limits
from .methods import HANDLERS, SENDING_METHODS, UNSUPPORTED, BotApi, Described, canonical_method
from .params import Params, Upload, coerce, read_request
from .state import ChatState, World, member_json
from .updates import UpdateQueue
from .users import SimGroup, SimUser
from .webhook import WebhookConfig, WebhookDeliverer, WebhookDelivery

logger = logging.getLogger(__name__)

TOKEN_PATTERN = re.compile(r"^\d+:[A-Za-z0-9_-]{20,}$")
Subscriber = Callable[[str, int, dict[str, Any]], None]


@dataclass
class RecordedRequest:
    """One Bot API request as the simulator saw and answered it."""

    method: str
    params: dict[str, Any]
    status: int
    response: dict[str, Any]
    at: float


class BotApiSimulator:
    """A Telegram Bot API server simulator for tests, terminal chat mode and benchmarks."""

    def __init__(
        self,
        token: str | None = None,
        limits: Limits | None = None,
        seed: int = 0,
        bot_username: str = "firstport_bot",
        bot_first_name: str = "Firstport",
        *,
        bot_id: int | None = None,
        privacy_mode: bool = True,
        record_requests: bool = True,
    ) -> None:
        if token is not None and not TOKEN_PATTERN.match(token):
            raise ValueError("token must look like '123456:ABC...' (20+ characters after ':')")
        self._token = token
        self.bot_id = bot_id or (int(token.split(":")[0]) if token else 7000000001)
        self._limits = limits or Limits()
        self._clock_offset = 0.0
        self._rng = random.Random(seed)
        self.world = World(
            bot_id=self.bot_id,
            bot_username=bot_username,
            bot_first_name=bot_first_name,
            privacy_mode=privacy_mode,
            rng=random.Random(f"{seed}:ids"),
            clock=self.clock,
        )
        self.faults = Faults(clock=self.monotonic)
        self.flood = FloodControl(self._limits, self.monotonic)
        self.queue = UpdateQueue()
        self.api = BotApi(self)
        self.record_requests = record_requests
        self.requests: list[RecordedRequest] = []
        self.webhook: WebhookConfig | None = None
        self.webhook_deliveries: list[WebhookDelivery] = []
        self.poll_generation = 0
        self._deliverer: WebhookDeliverer | None = None
        self._users: dict[int, SimUser] = {}
        self._groups: dict[int, SimGroup] = {}
        self._inflight: dict[int, str] = {}
        self._request_seq = 0
        self._background: set[asyncio.Task[Any]] = set()
        self._last_finished = 0.0
        self._idle_checks: list[Callable[[], bool]] = []
        self._subscribers: list[Subscriber] = []
        self._runner: web.AppRunner | None = None
        self._stop_event: asyncio.Event | None = None
        self._stopping = False
        self._host = "127.0.0.1"
        self.port = 0

    # =========================================================================================
    # lifecycle and addresses

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Start serving on ``host:port`` (port 0 picks a free port)."""
        if self._runner is not None:
            raise RuntimeError("simulator already started")
        self._stop_event = asyncio.Event()
        self._stopping = False
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        add_control_routes(app, self)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self._runner = runner
        self._host = host
        self.port = int(runner.addresses[0][1])
        if self.webhook is not None and self._deliverer is None:
            self._start_deliverer(self.webhook)
        logger.info("Bot API simulator listening on %s", self.api_root)

    async def stop(self) -> None:
        """Stop serving; pending long polls return, held requests are released."""
        self._stopping = True
        if self._stop_event is not None:
            self._stop_event.set()
        self.queue.wake()
        if self._deliverer is not None:
            await self._deliverer.stop()
            self._deliverer = None
        for task in list(self._background):
            task.cancel()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> BotApiSimulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def api_root(self) -> str:
        """Return ``http://HOST:PORT``."""
        return f"http://{self._host}:{self.port}"

    @property
    def base_url(self) -> str:
        """Return the PTB ``base_url`` (PTB appends the token)."""
        return f"{self.api_root}/bot"

    @property
    def base_file_url(self) -> str:
        """Return the PTB ``base_file_url``."""
        return f"{self.api_root}/file/bot"

    @property
    def token(self) -> str:
        """Return the configured token, or a well-formed one matching ``bot_id``."""
        return self._token or f"{self.bot_id}:AAHsimulatorTokenForTests_0123456789"

    @property
    def limits(self) -> Limits:
        """Return the flood limits (mutable at runtime)."""
        return self._limits

    @limits.setter
    def limits(self, value: Limits) -> None:
        """Replace the flood limits."""
        self._limits = value
        self.flood.limits = value

    @property
    def stopping(self) -> bool:
        """Return True once stop() has begun."""
        return self._stopping

    # =========================================================================================
    # clock

    def clock(self) -> float:
        """Return simulated wall-clock time (Unix seconds)."""
        return time.time() + self._clock_offset

    def monotonic(self) -> float:
        """Return simulated monotonic time (used for flood buckets and storms)."""
        return time.monotonic() + self._clock_offset

    def advance_time(self, seconds: float) -> None:
        """Move simulated time forward (message dates, callback expiry, flood buckets)."""
        self._clock_offset += seconds

    # =========================================================================================
    # the user side

    def user(
        self,
        user_id: int,
        first_name: str | None = None,
        language_code: str | None = None,
        username: str | None = None,
        last_name: str | None = None,
        *,
        started: bool = True,
        is_premium: bool | None = None,
    ) -> SimUser:
        """Return the simulated user ``user_id``, creating it (and its private chat) once.

        ``started=False`` models a user who never opened the bot: sends to them answer 403
        "bot can't initiate conversation with a user" until they write.
        """
        existing = self._users.get(user_id)
        if existing is not None:
            for name, value in (
                ("first_name", first_name),
                ("language_code", language_code),
                ("username", username),
                ("last_name", last_name),
                ("is_premium", is_premium),
            ):
                if value is not None:
                    setattr(existing, name, value)
            existing.sync_chat()
            return existing
        user = SimUser(
            self,
            user_id,
            first_name or "User",
            last_name=last_name,
            username=username,
            language_code=language_code if language_code is not None else "en",
            is_premium=bool(is_premium),
        )
        self.world.add_chat(ChatState(id=user_id, type="private", started=started))
        self._users[user_id] = user
        user.sync_chat()
        return user

    def group(
        self,
        chat_id: int,
        title: str = "Group",
        type: str = "supergroup",
        is_forum: bool = False,
        *,
        username: str | None = None,
    ) -> SimGroup:
        """Return the simulated group ``chat_id``, creating it once (the bot is not a member)."""
        existing = self._groups.get(chat_id)
        if existing is not None:
            return existing
        if type not in ("group", "supergroup", "channel"):
            raise ValueError("type must be 'group', 'supergroup' or 'channel'")
        if is_forum and type != "supergroup":
            raise ValueError("only supergroups can be forums")
        chat = ChatState(
            id=chat_id,
            type=type,
            title=title,
            username=username,
            is_forum=is_forum,
            bot_status="left",
        )
        self.world.add_chat(chat)
        group = SimGroup(self, chat)
        self._groups[chat_id] = group
        return group

    @property
    def users(self) -> dict[int, SimUser]:
        """Return all simulated users by id."""
        return dict(self._users)

    def chat_log(self, chat_id: int, *, include_service: bool = False) -> list[dict[str, Any]]:
        """Return the bot's live messages in a chat, oldest first."""
        chat = self.world.chats.get(chat_id)
        if chat is None:
            return []
        return self.world.bot_messages(chat, include_service=include_service)

    def deleted_messages(self, chat_id: int) -> list[dict[str, Any]]:
        """Return messages deleted from a chat (by the bot or with their topic)."""
        chat = self.world.chats.get(chat_id)
        return list(chat.deleted.values()) if chat else []

    def file_bytes(self, file_id: str) -> bytes:
        """Return the bytes stored for a file_id (KeyError if unknown)."""
        return self.world.files[file_id].data

    def visible_commands(
        self, chat_id: int | None = None, language_code: str = ""
    ) -> list[dict[str, str]]:
        """Resolve the command list a private-chat user would see (Telegram's scope order)."""
        keys: list[dict[str, Any]] = []
        if chat_id is not None:
            keys.append({"type": "chat", "chat_id": chat_id})
        keys += [{"type": "all_private_chats"}, {"type": "default"}]
        for scope in keys:
            for language in ([language_code] if language_code else []) + [""]:
                key = (json.dumps(scope, sort_keys=True, separators=(",", ":")), language)
                if key in self.world.commands:
                    return [dict(c) for c in self.world.commands[key]]
        return []

    async def inject_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw update (update_id assigned if missing); subject to allowed_updates."""
        return self.queue.push(copy.deepcopy(update))

    def push_update(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Queue an update carrying a deep copy of ``payload``."""
        return self.queue.push({kind: copy.deepcopy(payload)})

    def change_bot_status(
        self,
        chat: ChatState,
        status: str,
        *,
        by: dict[str, Any],
        rights: dict[str, bool] | None = None,
    ) -> dict[str, Any]:
        """Change the bot's membership and queue the my_chat_member update."""
        bot = self.world.bot_json()
        old = member_json(bot, chat.bot_status, chat.bot_rights)
        chat.bot_status = status
        chat.bot_rights = dict(rights or {}) if status == "administrator" else {}
        new = member_json(bot, status, chat.bot_rights)
        payload = {
            "chat": chat.to_json(),
            "from": by,
            "date": self.world.date(),
            "old_chat_member": old,
            "new_chat_member": new,
        }
        self.push_update("my_chat_member", payload)
        return payload

    def drop_topic(self, chat: ChatState, thread_id: int) -> None:
        """Delete a forum topic with all its messages."""
        chat.topics.pop(thread_id, None)
        for mid, msg in list(chat.messages.items()):
            if msg.get("message_thread_id") == thread_id or mid == thread_id:
                chat.deleted[mid] = chat.messages.pop(mid)
                if mid in chat.bot_message_ids and mid not in chat.service_ids:
                    self.notify("deleted", chat.id, msg)

    def record_callback_answer(self, user_id: int, answer: dict[str, Any]) -> None:
        """Store an answerCallbackQuery call on the pressing user."""
        user = self._users.get(user_id)
        if user is not None:
            user.callback_answers.append(answer)
        self.notify("callback_answer", user_id, answer)

    # =========================================================================================
    # observation

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback(event, chat_id, payload)`` on bot activity; returns an unsubscriber.

        Events: ``sent``, ``edited``, ``deleted`` (payload = message), ``action``
        (``{"action": ...}``), ``callback_answer`` (chat_id = user id).
        """
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._subscribers.remove(callback)

        return unsubscribe

    def notify(self, event: str, chat_id: int, payload: dict[str, Any]) -> None:
        """Deliver an event to subscribers; their exceptions are logged, not raised."""
        for callback in list(self._subscribers):
            try:
                callback(event, chat_id, payload)
            except Exception:
                logger.exception("simulator subscriber failed on %s", event)

    def calls(self, method: str, *, ok: bool | None = None) -> list[dict[str, Any]]:
        """Return the params of recorded requests of ``method`` (optionally only ok/failed)."""
        name = canonical_method(method) or method
        return [
            r.params
            for r in self.requests
            if r.method == name and (ok is None or (r.status == 200) == ok)
        ]

    @property
    def updates_delivered(self) -> int:
        """Return how many updates were confirmed via getUpdates offset or webhook 2xx."""
        return self.queue.delivered

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Return the updates not yet confirmed or delivered."""
        return list(self.queue.pending)

    def add_idle_check(self, check: Callable[[], bool]) -> None:
        """Add a predicate that must be true for wait_idle to return."""
        self._idle_checks.append(check)

    def track_application(self, application: Any) -> None:
        """Make wait_idle also wait until a PTB Application has processed what it fetched.

        PTB calls ``update_queue.task_done()`` after each update, so the queue's unfinished
        count covers handlers that do slow work (database, sleeps) between Bot API calls;
        tasks started with ``Application.create_task`` (non-blocking handlers) count too.
        """
        queue = application.update_queue

        def application_idle() -> bool:
            unfinished = getattr(queue, "_unfinished_tasks", 0)
            tasks = getattr(application, "_Application__create_task_tasks", ())
            return unfinished == 0 and not tasks

        self.add_idle_check(application_idle)

    def idle_problems(self, quiet: float = 0.05) -> list[str]:
        """Return why the simulator is not idle (empty list when idle)."""
        problems: list[str] = []
        if self.queue.pending:
            problems.append(f"{len(self.queue.pending)} undelivered update(s)")
        busy = list(self._inflight.values())
        if self._background:
            busy.append(f"{len(self._background)} webhook reply call(s)")
        if busy:
            problems.append("in flight: " + ", ".join(busy))
        last = max(self._last_finished, self.queue.last_activity)
        if time.monotonic() - last < quiet:
            problems.append("activity within the quiet period")
        failing = [getattr(c, "__name__", repr(c)) for c in self._idle_checks if not c()]
        if failing:
            problems.append("idle checks false: " + ", ".join(failing))
        return problems

    def is_idle(self, quiet: float = 0.05) -> bool:
        """Return True if wait_idle would return now."""
        return not self.idle_problems(quiet)

    async def wait_idle(self, timeout: float = 5.0, quiet: float = 0.05) -> None:  # noqa: ASYNC109
        """Wait until updates are delivered, no bot call is running and things are quiet."""
        deadline = time.monotonic() + timeout
        while True:
            problems = self.idle_problems(quiet)
            if not problems:
                return
            if time.monotonic() >= deadline:
                raise TimeoutError(f"simulator not idle after {timeout}s: {'; '.join(problems)}")
            await asyncio.sleep(0.005)

    # =========================================================================================
    # webhook

    async def install_webhook(self, config: WebhookConfig) -> None:
        """Replace the webhook and start delivering to it."""
        await self.remove_webhook()
        self.webhook = config
        if self._runner is not None:
            self._start_deliverer(config)
        self.queue.wake()

    def _start_deliverer(self, config: WebhookConfig) -> None:
        self._deliverer = WebhookDeliverer(
            self.queue, config, self.webhook_deliveries, self.clock, self._webhook_reply
        )
        self._deliverer.start()

    async def remove_webhook(self) -> None:
        """Stop webhook delivery."""
        deliverer, self._deliverer = self._deliverer, None
        self.webhook = None
        if deliverer is not None:
            if asyncio.current_task() is deliverer._task:  # deleteWebhook sent as a webhook reply
                deliverer._task = None
            else:
                await deliverer.stop()

    async def _webhook_reply(self, data: dict[str, Any]) -> None:
        method = canonical_method(str(data.get("method")))
        if method is None:
            logger.warning("webhook reply names an unknown method")
            return
        values = {k: coerce(k, v) for k, v in data.items() if k != "method"}
        task = asyncio.create_task(self.execute(method, values, {}))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    # =========================================================================================
    # request handling

    def _token_ok(self, token: str) -> bool:
        if not TOKEN_PATTERN.match(token):
            return False
        return self._token is None or token == self._token

    async def execute(
        self, method: str, values: dict[str, Any], uploads: dict[str, Upload]
    ) -> tuple[int, bytes]:
        """Run one Bot API call (faults, limits, handler) and record it; return status, body."""
        tracked = method != "getUpdates"
        self._request_seq += 1
        seq = self._request_seq
        if tracked:
            self._inflight[seq] = method
        try:
            try:
                result = await self._run(method, Params(values, uploads))
            except ApiError as exc:
                status, body = exc.status, exc.to_json()
            else:
                status = 200
                if isinstance(result, Described):
                    body = {"ok": True, "result": result.result, "description": result.description}
                else:
                    body = {"ok": True, "result": result}
        finally:
            if tracked:
                self._inflight.pop(seq, None)
                self._last_finished = time.monotonic()
        raw = json.dumps(body, ensure_ascii=False).encode("utf-8")
        if self.record_requests:
            recorded = dict(values)
            recorded.update({name: up.describe() for name, up in uploads.items()})
            self.requests.append(
                RecordedRequest(method, recorded, status, json.loads(raw), self.clock())
            )
        logger.debug("%s -> %s", method, status)
        return status, raw

    async def _run(self, method: str, p: Params) -> Any:
        if method in UNSUPPORTED:
            raise bad_request(f"method {method} is not supported by the simulator")
        hold = False
        if method != "getUpdates":
            fault = self.faults.take_rule(method) or self.faults.random_5xx(self._rng)
            if fault is not None:
                raise fault
            hold = self.faults.draw_timeout(self._rng)
            if hold and not self.faults.timeout_side_effect:
                # The request "never reached Telegram": hold past the client's timeout, then
                # answer without carrying it out.
                await self._hold()
                raise errors.error("Gateway Timeout", 504)
        if method in SENDING_METHODS:
            if self.faults.storm_active():
                raise self.faults.storm_error()
            if self._limits.flood:
                self._flood_check(p)
        try:
            result = HANDLERS[method](self.api, p)
            if inspect.isawaitable(result):
                result = await result
        finally:
            if hold:
                await self._hold()
        return result

    def _flood_check(self, p: Params) -> None:
        raw = p.values.get("chat_id")
        try:
            chat_id = p.chat_id(required=False)
        except ApiError:
            chat_id = None
        chat = self.world.find_chat(chat_id)
        self.flood.check(chat.id if chat else raw, bool(chat and chat.is_group))

    async def _hold(self) -> None:
        if self._stop_event is None:
            await asyncio.sleep(self.faults.timeout_seconds)
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop_event.wait(), self.faults.timeout_seconds)

    @staticmethod
    def _json(status: int, body: dict[str, Any]) -> web.Response:
        return web.Response(
            body=json.dumps(body, ensure_ascii=False).encode("utf-8"),
            status=status,
            content_type="application/json",
        )

    def _record_error(self, method: str, exc: ApiError) -> web.Response:
        body = exc.to_json()
        if self.record_requests:
            self.requests.append(RecordedRequest(method, {}, exc.status, body, self.clock()))
        return self._json(exc.status, body)

    async def _handle_api(self, request: web.Request) -> web.Response:
        name = request.match_info["method"]
        if not self._token_ok(request.match_info["token"]):
            return self._record_error(name, ApiError(401, errors.UNAUTHORIZED))
        method = canonical_method(name)
        if method is None:
            return self._record_error(name, ApiError(404, errors.METHOD_NOT_FOUND))
        try:
            values, uploads = await read_request(request)
        except ApiError as exc:
            return self._record_error(method, exc)
        status, raw = await self.execute(method, values, uploads)
        return web.Response(body=raw, status=status, content_type="application/json")

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if not self._token_ok(request.match_info["token"]):
            return self._json(401, ApiError(401, errors.UNAUTHORIZED).to_json())
        record = self.world.file_by_path(request.match_info["path"])
        if record is None:
            return self._json(404, ApiError(404, "Not Found").to_json())
        return web.Response(
            body=record.data, content_type=record.mime_type or "application/octet-stream"
        )
