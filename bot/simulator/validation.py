"""Validation of reply markup, bot commands, scopes and other request fields."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlparse

from . import errors
from .errors import ApiError, bad_request, error
from .formatting import format_text, utf16_len

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_BUTTONS = 100
MAX_CALLBACK_ANSWER = 200
MAX_COMMANDS = 100

_ACTION_FIELDS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")
_LANGUAGE = re.compile(r"^([a-z]{2})?$")
SCOPE_TYPES = {
    "default",
    "all_private_chats",
    "all_group_chats",
    "all_chat_administrators",
    "chat",
    "chat_administrators",
    "chat_member",
}
CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}
TOPIC_COLORS = {7322096, 16766590, 13338331, 9367192, 16749490, 16478047}


def message_text(
    text: str | None, parse_mode: str | None, entities: Any
) -> tuple[str, list[dict[str, Any]]]:
    """Parse and length-check a message text (1–4096 UTF-16 units after entity parsing)."""
    if text is None or text == "":
        raise error(errors.MESSAGE_TEXT_EMPTY)
    plain, ents = format_text(text, parse_mode, entities)
    if not plain:
        raise error(errors.MESSAGE_TEXT_EMPTY)
    if utf16_len(plain) > MAX_TEXT:
        raise error(errors.MESSAGE_TOO_LONG)
    return plain, ents


def caption(
    text: str | None, parse_mode: str | None, entities: Any
) -> tuple[str | None, list[dict[str, Any]]]:
    """Parse and length-check a caption (0–1024 UTF-16 units after entity parsing)."""
    if not text:
        return None, []
    plain, ents = format_text(text, parse_mode, entities)
    if utf16_len(plain) > MAX_CAPTION:
        raise error(errors.CAPTION_TOO_LONG)
    return (plain or None), ents


def _valid_url(url: Any) -> bool:
    if not isinstance(url, str) or not url:
        return False
    parsed = urlparse(url)
    if parsed.scheme in ("http", "https"):
        return bool(parsed.netloc)
    return parsed.scheme == "tg" and bool(parsed.netloc or parsed.path)


def _check_inline_button(button: Any) -> None:
    if not isinstance(button, dict):
        raise bad_request(
            "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
        )
    text = button.get("text")
    if not isinstance(text, str) or not text.strip():
        raise bad_request("can't parse inline keyboard button: Text must be non-empty")
    actions = [name for name in _ACTION_FIELDS if button.get(name) is not None]
    if not actions:
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    if len(actions) > 1:
        raise bad_request(
            "can't parse inline keyboard button: exactly one of the optional fields must be used"
        )
    if "callback_data" in actions:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
            raise error(errors.BUTTON_DATA_INVALID)
    if "url" in actions and not _valid_url(button["url"]):
        raise bad_request(
            f"inline keyboard button URL '{button['url']}' is invalid: Wrong HTTP URL"
        )


def _rows(markup: dict[str, Any], key: str) -> list[list[Any]]:
    rows = markup.get(key)
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise bad_request("can't parse reply keyboard markup JSON object")
    return rows


def reply_markup(markup: Any) -> dict[str, Any] | None:
    """Validate any reply markup; return it normalised (None when absent)."""
    if markup is None:
        return None
    if isinstance(markup, str):
        try:
            markup = json.loads(markup)
        except ValueError as exc:
            raise bad_request("can't parse reply keyboard markup JSON object") from exc
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        rows = _rows(markup, "inline_keyboard")
        if sum(len(r) for r in rows) > MAX_BUTTONS:
            raise error(errors.REPLY_MARKUP_TOO_LONG)
        for row in rows:
            for button in row:
                _check_inline_button(button)
        return {"inline_keyboard": [[dict(b) for b in row] for row in rows if row]}
    if "keyboard" in markup:
        rows = _rows(markup, "keyboard")
        for row in rows:
            for button in row:
                label = button.get("text") if isinstance(button, dict) else button
                if not isinstance(label, str) or not label:
                    raise bad_request("can't parse keyboard button: Text must be non-empty")
        return dict(markup)
    if markup.get("remove_keyboard") or markup.get("force_reply"):
        return dict(markup)
    raise bad_request("can't parse reply keyboard markup JSON object")


def is_inline(markup: dict[str, Any] | None) -> bool:
    """Return True for an InlineKeyboardMarkup."""
    return bool(markup) and "inline_keyboard" in markup  # type: ignore[operator]


def keyboard_labels(markup: dict[str, Any] | None) -> list[list[str]]:
    """Return the button labels of an inline or reply keyboard."""
    if not markup:
        return []
    rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
    return [[b["text"] if isinstance(b, dict) else str(b) for b in row] for row in rows]


def language_code(code: Any) -> str:
    """Validate a commands/description language code (empty or two lowercase letters)."""
    code = "" if code is None else code
    if not isinstance(code, str) or not _LANGUAGE.match(code):
        raise error(errors.INVALID_LANGUAGE_CODE)
    return code


def commands(value: Any) -> list[dict[str, str]]:
    """Validate a setMyCommands ``commands`` list."""
    if not isinstance(value, list):
        raise bad_request("can't parse commands JSON object")
    if len(value) > MAX_COMMANDS:
        raise error(errors.BOT_COMMANDS_TOO_MUCH)
    result: list[dict[str, str]] = []
    for item in value:
        if not isinstance(item, dict):
            raise bad_request("can't parse BotCommand JSON object")
        name, description = item.get("command"), item.get("description")
        if not isinstance(name, str) or not _COMMAND.match(name):
            raise error(errors.BOT_COMMAND_INVALID)
        if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
            raise error(errors.BOT_COMMAND_DESCRIPTION_INVALID)
        result.append({"command": name, "description": description})
    return result


def scope(value: Any) -> dict[str, Any]:
    """Validate a BotCommandScope, defaulting to ``{"type": "default"}``."""
    if value is None:
        return {"type": "default"}
    if not isinstance(value, dict) or value.get("type") not in SCOPE_TYPES:
        raise bad_request("wrong scope type specified")
    kind = value["type"]
    if kind in ("chat", "chat_administrators", "chat_member") and value.get("chat_id") is None:
        raise bad_request("chat_id is empty")
    if kind == "chat_member" and value.get("user_id") is None:
        raise bad_request("user_id is empty")
    return dict(value)


def scope_key(value: dict[str, Any]) -> str:
    """Return a canonical JSON key for a scope."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def bounded_text(value: Any, limit: int, detail: str) -> str:
    """Validate an optional string of at most ``limit`` characters."""
    value = "" if value is None else value
    if not isinstance(value, str):
        raise bad_request(f"{detail} must be a string")
    if len(value) > limit:
        raise bad_request(f"{detail} is too long")
    return value


def callback_answer_text(value: Any) -> str | None:
    """Validate answerCallbackQuery ``text`` (0–200 characters)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise bad_request("text must be a string")
    if utf16_len(value) > MAX_CALLBACK_ANSWER:
        raise bad_request("MESSAGE_TOO_LONG")
    return value


def coordinates(latitude: float, longitude: float) -> None:
    """Validate a latitude/longitude pair."""
    if not -90.0 <= latitude <= 90.0 or not -180.0 <= longitude <= 180.0:
        raise bad_request("wrong coordinates")


__all__ = ["ApiError"]
