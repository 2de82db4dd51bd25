"""Webhook mode: a small aiohttp server that checks Telegram's secret header in constant
time (hmac.compare_digest), answers 200 at once and hands the update to PTB's queue."""

from __future__ import annotations

import hmac
import json
import logging
from urllib.parse import urlparse

from aiohttp import web
from telegram import Update

from bot.context import FirstportApplication
from bot.settings import Settings

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def webhook_path(settings: Settings) -> str:
    """The path part of WEBHOOK_URL (default /telegram)."""
    path = urlparse(settings.webhook_url or "").path
    return path if path and path != "/" else "/telegram"


def make_web_app(app: FirstportApplication, settings: Settings) -> web.Application:
    """The aiohttp application: POST <path> for updates, GET /healthz for probes."""
    secret = (settings.webhook_secret or "").encode()

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not secret or not hmac.compare_digest(given, secret):
            log.warning("webhook request with a missing or wrong secret refused")
            return web.Response(status=403, text="forbidden")
        try:
            payload = json.loads(await request.read())
            update = Update.de_json(payload, app.bot)
        except (ValueError, TypeError, KeyError):
            return web.Response(status=400, text="bad update")
        if update is None:
            return web.Response(status=400, text="bad update")
        await app.update_queue.put(update)
        return web.Response(status=200, text="ok")

    async def health(_request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "running": app.running})

    web_app = web.Application(client_max_size=2 * 1024 * 1024)
    web_app.router.add_post(webhook_path(settings), receive)
    web_app.router.add_get("/healthz", health)
    return web_app


class WebhookServer:
    """Runs the aiohttp app and registers the webhook with Telegram."""

    def __init__(
        self, app: FirstportApplication, settings: Settings, host: str = "0.0.0.0"
    ) -> None:
        self.app = app
        self.settings = settings
        self.host = host
        self._runner: web.AppRunner | None = None
        self.port: int | None = None

    async def start(self) -> None:
        """Listen on PORT, then call setWebhook with the secret."""
        self._runner = web.AppRunner(make_web_app(self.app, self.settings), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.settings.port)
        await site.start()
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1] if sockets else self.settings.port
        await self.app.bot.set_webhook(
            url=self.settings.webhook_url or "",
            secret_token=self.settings.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
        log.info("webhook server listening on port %s", self.port)

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
