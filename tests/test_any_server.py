"""The bot polls any Bot API server that answers getMe and getUpdates, and answers /start."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

from aiohttp import web

TOKEN = "42:any-server-token-abcdefghijklmnop"


async def test_polls_a_minimal_server_and_answers_start(tmp_path: Path) -> None:
    sent: list[dict] = []
    served = {"done": False}
    got_reply = asyncio.Event()

    async def handle(request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != TOKEN:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        data = dict(await request.post()) if request.can_read_body else {}
        if method == "getMe":
            return web.json_response(
                {
                    "ok": True,
                    "result": {
                        "id": 42,
                        "is_bot": True,
                        "first_name": "Any",
                        "username": "any_bot",
                    },
                }
            )
        if method == "getUpdates":
            if not served["done"]:
                served["done"] = True
                update = {
                    "update_id": 1,
                    "message": {
                        "message_id": 1,
                        "date": 1764590000,
                        "chat": {"id": 77, "type": "private", "first_name": "A"},
                        "from": {
                            "id": 77,
                            "is_bot": False,
                            "first_name": "A",
                            "language_code": "fr",
                        },
                        "text": "/start",
                        "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
                    },
                }
                return web.json_response({"ok": True, "result": [update]})
            await asyncio.sleep(0.2)
            return web.json_response({"ok": True, "result": []})
        if method == "sendMessage":
            sent.append(data)
            got_reply.set()
            return web.json_response(
                {
                    "ok": True,
                    "result": {
                        "message_id": 2,
                        "date": 1764590001,
                        "chat": {"id": 77, "type": "private"},
                        "text": data.get("text", ""),
                    },
                }
            )
        # Everything else is unknown to this server.
        return web.json_response(
            {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
        )

    app = web.Application()
    app.router.add_route("*", "/bot{token}/{method}", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env.update(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": f"http://127.0.0.1:{port}",
            "DATABASE_PATH": str(tmp_path / "db.sqlite3"),
            "LOG_LEVEL": "DEBUG",
        }
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        env=env,
        cwd=Path(__file__).parent.parent,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await asyncio.wait_for(got_reply.wait(), timeout=30)
    finally:
        proc.terminate()
        _, stderr = await asyncio.wait_for(proc.communicate(), timeout=20)
        await runner.cleanup()
    assert sent, stderr.decode()
    assert json.loads(sent[0]["reply_markup"])["inline_keyboard"][0][0]["text"] == "Français"
    log = stderr.decode()
    assert "start-up call" in log  # unknown methods were warnings, not fatal
    assert TOKEN not in log
    assert TOKEN.split(":")[1] not in log
    assert proc.returncode in (0, -15)
