"""Request parameter parsing: query string, JSON, form-urlencoded and multipart bodies.

PTB sends every non-string value JSON-encoded inside form fields (numbers as ``"123"``,
markup as a JSON string), so values are coerced by parameter name.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .errors import ApiError, bad_request

_INT_PARAMS = {
    "message_id",
    "message_thread_id",
    "user_id",
    "offset",
    "limit",
    "timeout",
    "max_connections",
    "cache_time",
    "duration",
    "width",
    "height",
    "length",
    "live_period",
    "heading",
    "proximity_alert_radius",
    "icon_color",
    "until_date",
    "reply_to_message_id",
    "direct_messages_topic_id",
    "open_period",
    "close_date",
    "correct_option_id",
    "video_start_timestamp",
}
_FLOAT_PARAMS = {"latitude", "longitude", "horizontal_accuracy"}
_CHAT_PARAMS = {"chat_id", "from_chat_id", "sender_chat_id"}
_JSON_PARAMS = {
    "reply_markup",
    "entities",
    "caption_entities",
    "commands",
    "scope",
    "reply_parameters",
    "link_preview_options",
    "allowed_updates",
    "message_ids",
    "menu_button",
    "media",
    "options",
    "rights",
    "permissions",
    "reaction",
    "explanation_entities",
    "question_entities",
    "text_entities",
}
_BOOL_PREFIXES = (
    "is_",
    "can_",
    "has_",
    "disable_",
    "allow_",
    "protect_",
    "show_",
    "drop_",
    "only_",
    "revoke_",
    "supports_",
    "for_",
    "remove_",
    "use_",
)
_BOOL_PARAMS = {"show_alert", "protect_content", "allows_multiple_answers", "hide_url"}
_JSON_SUFFIXES = ("_entities", "_ids", "_options", "_parameters", "_markup", "_rights", "_types")
_STRING_PARAMS = {"text", "caption", "description", "short_description", "name", "title", "query"}
_INT_TEXT = re.compile(r"^-?\d+$")


@dataclass
class Upload:
    """A file part of a multipart request."""

    field: str
    filename: str
    content_type: str
    data: bytes

    def describe(self) -> dict[str, Any]:
        """Return a small JSON description for request recording."""
        return {
            "upload": self.field,
            "filename": self.filename,
            "mime_type": self.content_type,
            "size": len(self.data),
        }


def _to_bool(value: str) -> bool | str:
    low = value.strip().lower()
    if low in ("true", "1"):
        return True
    if low in ("false", "0", ""):
        return False
    return value


def coerce(name: str, value: Any) -> Any:
    """Coerce one parameter received as a string to its Bot API type (by name)."""
    if not isinstance(value, str):
        return value
    if name in _STRING_PARAMS:
        return value
    if name in _CHAT_PARAMS:
        return int(value) if _INT_TEXT.match(value.strip()) else value
    if name in _INT_PARAMS:
        return int(value) if _INT_TEXT.match(value.strip()) else value
    if name in _FLOAT_PARAMS:
        try:
            return float(value)
        except ValueError:
            return value
    if name in _BOOL_PARAMS or name.startswith(_BOOL_PREFIXES):
        return _to_bool(value)
    if name in _JSON_PARAMS or (name.endswith(_JSON_SUFFIXES) and value[:1] in ("{", "[")):
        try:
            return json.loads(value)
        except ValueError:
            if name in _JSON_PARAMS:
                raise bad_request(f"can't parse {name} JSON object") from None
            return value
    return value


async def read_request(request: web.Request) -> tuple[dict[str, Any], dict[str, Upload]]:
    """Read and coerce all parameters of a Bot API request; return ``(params, uploads)``."""
    raw: dict[str, Any] = dict(request.query)
    uploads: dict[str, Upload] = {}
    if request.method == "POST" and request.can_read_body:
        ctype = request.content_type
        if ctype == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise bad_request("can't parse JSON object") from None
            if not isinstance(body, dict):
                raise bad_request("can't parse JSON object")
            raw.update(body)
        elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
            try:
                form = await request.post()
            except web.HTTPRequestEntityTooLarge:
                raise ApiError(413, "Request Entity Too Large") from None
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    uploads[key] = Upload(
                        key,
                        value.filename or key,
                        value.content_type or "application/octet-stream",
                        value.file.read(),
                    )
                else:
                    raw[key] = value
    params = {key: coerce(key, value) for key, value in raw.items()}
    return params, uploads


@dataclass
class Params:
    """Typed accessors over coerced parameters, raising Telegram-style 400 errors."""

    values: dict[str, Any]
    uploads: dict[str, Upload] = field(default_factory=dict)

    def has(self, name: str) -> bool:
        """Return True if the parameter was sent (and is not null)."""
        return self.values.get(name) is not None

    def raw(self, name: str, default: Any = None) -> Any:
        """Return the parameter as received (after coercion)."""
        value = self.values.get(name)
        return default if value is None else value

    def string(
        self, name: str, default: str | None = None, *, required: bool = False
    ) -> str | None:
        """Return a string parameter."""
        value = self.values.get(name)
        if value is None:
            if required:
                raise bad_request(f"{name} is empty")
            return default
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return str(value)
        if not isinstance(value, str):
            raise bad_request(f'field "{name}" must be of type String')
        return value

    def integer(
        self, name: str, default: int | None = None, *, required: bool = False
    ) -> int | None:
        """Return an integer parameter."""
        value = self.values.get(name)
        if value is None:
            if required:
                raise bad_request(f"{name} is empty")
            return default
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise bad_request(f'field "{name}" must be of type Integer')
        try:
            return int(value)
        except ValueError:
            pass
        try:
            return int(float(value))
        except ValueError:
            raise bad_request(f'field "{name}" must be of type Integer') from None

    def number(self, name: str, *, required: bool = False) -> float | None:
        """Return a float parameter."""
        value = self.values.get(name)
        if value is None:
            if required:
                raise bad_request(f"{name} is empty")
            return None
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(f'field "{name}" must be of type Float') from None

    def boolean(self, name: str, default: bool = False) -> bool:
        """Return a boolean parameter."""
        value = self.values.get(name)
        if value is None:
            return default
        if isinstance(value, str):
            value = _to_bool(value)
        return bool(value)

    def decoded(self, name: str, default: Any = None) -> Any:
        """Return a JSON parameter (already decoded)."""
        value = self.values.get(name)
        if value is None:
            return default
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                raise bad_request(f"can't parse {name} JSON object") from None
        return value

    def chat_id(self, name: str = "chat_id", *, required: bool = True) -> int | str | None:
        """Return a chat identifier: an int or an ``@username`` string."""
        value = self.values.get(name)
        if value is None or value == "":
            if required:
                raise bad_request(f"{name} is empty")
            return None
        if isinstance(value, bool):
            raise bad_request("chat not found")
        if isinstance(value, int):
            return value
        if isinstance(value, str):
            return int(value) if _INT_TEXT.match(value.strip()) else value.strip()
        raise bad_request("chat not found")

    def file(self, name: str) -> Upload | str | None:
        """Return an uploaded file (direct part or ``attach://``) or a file_id/URL string."""
        if name in self.uploads:
            return self.uploads[name]
        value = self.values.get(name)
        if isinstance(value, str) and value.startswith("attach://"):
            upload = self.uploads.get(value[len("attach://") :])
            if upload is None:
                raise bad_request(f"file for {name} not found in the request")
            return upload
        if value is None:
            return None
        if not isinstance(value, str):
            raise bad_request(f"wrong type of the {name} field")
        return value
