"""Logging set-up. The bot token never reaches a log line, and message text is never logged
at INFO or above by our code. httpx logs request URLs (which contain the token) at INFO, so it
is held at WARNING, and a filter redacts the token from every record as a second guard."""

from __future__ import annotations

import logging
import re

TOKEN_PATTERN = re.compile(r"\d{6,}:[A-Za-z0-9_-]{30,}")


class RedactingFilter(logging.Filter):
    """Replace anything that looks like a bot token (and the configured one) in a record."""

    def __init__(self, token: str | None = None) -> None:
        super().__init__()
        self.token = token

    def _clean(self, text: str) -> str:
        if self.token:
            text = text.replace(self.token, "<token>")
        return TOKEN_PATTERN.sub("<token>", text)

    def filter(self, record: logging.LogRecord) -> bool:
        """Format the message once, redacted; drop args so nothing re-expands them."""
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not kill logging
            message = str(record.msg)
        record.msg = self._clean(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._clean(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = self._clean(record.exc_text)
        return True


def setup_logging(level: str, token: str | None) -> None:
    """Configure the root logger once."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter(token))
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("httpx", "httpcore", "aiohttp.access", "apscheduler"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
