"""The one codec for callback data.

Format: `1:<area>:<action>[:<arg>...]~<mac>`, at most 64 bytes. Parts use `[A-Za-z0-9_-]` only.
The mac is a truncated HMAC-SHA256 under a per-installation secret kept in SQLite, so buttons
survive a restart while forged data is recognised and refused. Whether a well-formed button is
still *current* (e.g. a privacy notice version, a flow step) is checked by its handler.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass

VERSION = "1"
MAX_BYTES = 64
MAC_CHARS = 8
PART_RE = re.compile(r"^[A-Za-z0-9_-]{1,40}$")


class CallbackTooLong(ValueError):
    """Encoded callback data would exceed Telegram's 64-byte limit."""


@dataclass(frozen=True)
class Callback:
    """A decoded, authenticated button press."""

    area: str
    action: str
    args: tuple[str, ...] = ()

    def arg(self, index: int, default: str = "") -> str:
        """The argument at `index`, or `default`."""
        return self.args[index] if index < len(self.args) else default


class CallbackCodec:
    """Encodes and authenticates callback data."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise ValueError("callback secret too short")
        self._secret = secret

    def _mac(self, payload: str) -> str:
        digest = hmac.new(self._secret, payload.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode()[:MAC_CHARS]

    def encode(self, area: str, action: str, *args: str | int) -> str:
        """Build callback data; raises ValueError on a bad part, CallbackTooLong over 64 bytes."""
        parts = [area, action, *(str(a) for a in args)]
        for part in parts:
            if not PART_RE.match(part):
                raise ValueError(f"callback part {part!r} must match {PART_RE.pattern}")
        payload = ":".join([VERSION, *parts])
        data = f"{payload}~{self._mac(payload)}"
        if len(data.encode()) > MAX_BYTES:
            raise CallbackTooLong(f"callback data {data!r} is over {MAX_BYTES} bytes")
        return data

    def decode(self, data: object) -> Callback | None:
        """The authenticated callback, or None for anything stale-format, forged or malformed."""
        if not isinstance(data, str) or not 0 < len(data.encode()) <= MAX_BYTES:
            return None
        payload, sep, mac = data.rpartition("~")
        if not sep or not hmac.compare_digest(mac, self._mac(payload)):
            return None
        parts = payload.split(":")
        if len(parts) < 3 or parts[0] != VERSION or not all(PART_RE.match(p) for p in parts[1:]):
            return None
        return Callback(parts[1], parts[2], tuple(parts[3:]))
