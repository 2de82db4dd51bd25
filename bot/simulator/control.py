"""HTTP control API under ``/_sim/`` for other processes and black-box tools."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

if TYPE_CHECKING:
    from .server import BotApiSimulator

_Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result}, dumps=_dumps)


def _fail(status: int, message: str) -> web.Response:
    return web.json_response({"ok": False, "error": message}, status=status, dumps=_dumps)


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


async def _body(request: web.Request) -> dict[str, Any]:
    if not request.can_read_body:
        return {}
    try:
        data = await request.json()
    except ValueError:
        raise web.HTTPBadRequest(text="body must be a JSON object") from None
    if not isinstance(data, dict):
        raise web.HTTPBadRequest(text="body must be a JSON object")
    return data


def _guard(handler: _Handler) -> _Handler:
    async def wrapped(request: web.Request) -> web.StreamResponse:
        try:
            return await handler(request)
        except LookupError as exc:
            return _fail(404, str(exc.args[0] if exc.args else exc))
        except (ValueError, TypeError, KeyError) as exc:
            return _fail(400, str(exc))

    return wrapped


def add_control_routes(app: web.Application, sim: BotApiSimulator) -> None:
    """Register the ``/_sim/`` routes on ``app``."""

    def user_from(request: web.Request, data: dict[str, Any]) -> Any:
        return sim.user(
            int(request.match_info["user_id"]),
            first_name=data.get("first_name"),
            language_code=data.get("language_code"),
            username=data.get("username"),
            last_name=data.get("last_name"),
        )

    @_guard
    async def user_send(request: web.Request) -> web.StreamResponse:
        data = await _body(request)
        user = user_from(request, data)
        if "text" not in data:
            raise ValueError("text is required")
        return _ok(await user.send(str(data["text"])))

    @_guard
    async def user_press(request: web.Request) -> web.StreamResponse:
        data = await _body(request)
        user = user_from(request, data)
        if "label" in data:
            return _ok(await user.press(str(data["label"])))
        if "callback_data" in data:
            mid = data.get("message_id")
            return _ok(await user.press_data(str(data["callback_data"]), mid and int(mid)))
        raise ValueError("label or callback_data is required")

    @_guard
    async def user_block(request: web.Request) -> web.StreamResponse:
        user = user_from(request, {})
        return _ok(await user.block())

    @_guard
    async def user_unblock(request: web.Request) -> web.StreamResponse:
        user = user_from(request, {})
        return _ok(await user.unblock())

    @_guard
    async def chat_messages(request: web.Request) -> web.StreamResponse:
        return _ok(sim.chat_log(int(request.match_info["chat_id"])))

    @_guard
    async def group_send(request: web.Request) -> web.StreamResponse:
        data = await _body(request)
        group = sim.group(int(request.match_info["chat_id"]))
        user = sim.user(int(data["user_id"]), first_name=data.get("first_name"))
        thread = data.get("message_thread_id")
        return _ok(await group.send(user, str(data["text"]), thread and int(thread)))

    @_guard
    async def faults_get(request: web.Request) -> web.StreamResponse:
        return _ok(sim.faults.snapshot())

    @_guard
    async def faults_set(request: web.Request) -> web.StreamResponse:
        sim.faults.configure(await _body(request))
        return _ok(sim.faults.snapshot())

    @_guard
    async def limits_set(request: web.Request) -> web.StreamResponse:
        data = await _body(request)
        for name, value in data.items():
            if not hasattr(sim.limits, name):
                raise ValueError(f"unknown limit {name}")
            setattr(sim.limits, name, value)
        return _ok(vars(sim.limits))

    @_guard
    async def idle(request: web.Request) -> web.StreamResponse:
        quiet = float(request.query.get("quiet", 0.05))
        timeout = request.query.get("timeout")
        if timeout is not None:
            with contextlib.suppress(TimeoutError):
                await sim.wait_idle(timeout=float(timeout), quiet=quiet)
        problems = sim.idle_problems(quiet)
        return web.json_response({"idle": not problems, "problems": problems})

    @_guard
    async def requests_list(request: web.Request) -> web.StreamResponse:
        method = request.query.get("method")
        items = [
            {"method": r.method, "params": r.params, "status": r.status, "at": r.at}
            for r in sim.requests
            if method is None or r.method.lower() == method.lower()
        ]
        return _ok(items)

    @_guard
    async def inject(request: web.Request) -> web.StreamResponse:
        return _ok(await sim.inject_update(await _body(request)))

    router = app.router
    router.add_post("/_sim/users/{user_id}/send", user_send)
    router.add_post("/_sim/users/{user_id}/press", user_press)
    router.add_post("/_sim/users/{user_id}/block", user_block)
    router.add_post("/_sim/users/{user_id}/unblock", user_unblock)
    router.add_get("/_sim/chats/{chat_id}/messages", chat_messages)
    router.add_post("/_sim/groups/{chat_id}/send", group_send)
    router.add_get("/_sim/faults", faults_get)
    router.add_post("/_sim/faults", faults_set)
    router.add_post("/_sim/limits", limits_set)
    router.add_get("/_sim/idle", idle)
    router.add_get("/_sim/requests", requests_list)
    router.add_post("/_sim/updates", inject)
