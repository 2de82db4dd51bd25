"""The simulated Telegram world: bot identity, chats, messages, files, callbacks, settings."""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import errors
from .errors import error

ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_pin_messages",
    "can_manage_topics",
)
DEFAULT_ADMIN_RIGHTS = {
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": False,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": False,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
    "can_pin_messages": True,
    "can_manage_topics": False,
}
MEDIA_KEYS = (
    "photo",
    "document",
    "audio",
    "voice",
    "video",
    "animation",
    "video_note",
    "sticker",
)
SERVICE_KEYS = (
    "forum_topic_created",
    "forum_topic_edited",
    "forum_topic_closed",
    "forum_topic_reopened",
    "new_chat_members",
    "left_chat_member",
    "migrate_to_chat_id",
    "migrate_from_chat_id",
    "pinned_message",
)
GROUP_TYPES = ("group", "supergroup", "channel")


@dataclass
class FileRecord:
    """A stored file: uploaded by the bot or generated for a simulated user."""

    file_id: str
    file_unique_id: str
    kind: str
    data: bytes
    file_name: str | None = None
    mime_type: str | None = None
    file_path: str | None = None

    def to_json(self, **extra: Any) -> dict[str, Any]:
        """Return the Bot API object for this file (Document, Voice, ...)."""
        obj: dict[str, Any] = {"file_id": self.file_id, "file_unique_id": self.file_unique_id}
        if self.file_name and self.kind in ("document", "audio", "video", "animation"):
            obj["file_name"] = self.file_name
        if self.mime_type and self.kind not in ("photo", "sticker", "video_note"):
            obj["mime_type"] = self.mime_type
        obj.update({k: v for k, v in extra.items() if v is not None})
        obj["file_size"] = len(self.data)
        return obj


@dataclass
class Topic:
    """A forum topic in a supergroup."""

    thread_id: int
    name: str
    icon_color: int
    icon_custom_emoji_id: str | None = None
    closed: bool = False

    def to_json(self) -> dict[str, Any]:
        """Return the ForumTopic object."""
        obj: dict[str, Any] = {
            "message_thread_id": self.thread_id,
            "name": self.name,
            "icon_color": self.icon_color,
        }
        if self.icon_custom_emoji_id:
            obj["icon_custom_emoji_id"] = self.icon_custom_emoji_id
        return obj


@dataclass
class CallbackRecord:
    """A callback query created by a simulated press, awaiting answerCallbackQuery."""

    query_id: str
    user_id: int
    created: float
    answered: bool = False


@dataclass
class ChatState:
    """One chat: its identity, messages (user and bot), membership and topics."""

    id: int
    type: str
    title: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    is_forum: bool = False
    instance: str = ""
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    bot_message_ids: set[int] = field(default_factory=set)
    service_ids: set[int] = field(default_factory=set)
    deleted: dict[int, dict[str, Any]] = field(default_factory=dict)
    next_message_id: int = 1
    bot_status: str = "member"
    bot_rights: dict[str, bool] = field(default_factory=dict)
    members: dict[int, str] = field(default_factory=dict)
    topics: dict[int, Topic] = field(default_factory=dict)
    reply_keyboard: dict[str, Any] | None = None
    menu_button: dict[str, Any] | None = None
    pinned: list[int] = field(default_factory=list)
    migrated_to: int | None = None
    started: bool = True

    @property
    def is_group(self) -> bool:
        """Return True for groups, supergroups and channels."""
        return self.type in GROUP_TYPES

    def to_json(self) -> dict[str, Any]:
        """Return the Chat object embedded in messages."""
        obj: dict[str, Any] = {"id": self.id, "type": self.type}
        for name in ("title", "username", "first_name", "last_name"):
            value = getattr(self, name)
            if value:
                obj[name] = value
        if self.is_forum:
            obj["is_forum"] = True
        return obj

    def full_info(self) -> dict[str, Any]:
        """Return the ChatFullInfo object answered by getChat."""
        obj = self.to_json()
        obj.update(
            {
                "accent_color_id": 0,
                "max_reaction_count": 11,
                "accepted_gift_types": {
                    "unlimited_gifts": False,
                    "limited_gifts": False,
                    "unique_gifts": False,
                    "premium_subscription": False,
                    "gifts_from_channels": False,
                },
            }
        )
        if self.is_group:
            obj["permissions"] = {
                "can_send_messages": True,
                "can_send_polls": True,
                "can_send_other_messages": True,
                "can_add_web_page_previews": True,
                "can_invite_users": True,
            }
        if self.pinned and self.pinned[-1] in self.messages:
            obj["pinned_message"] = dict(self.messages[self.pinned[-1]])
        return obj

    def alloc_message_id(self) -> int:
        """Allocate the next message id of this chat."""
        mid = self.next_message_id
        self.next_message_id += 1
        return mid

    def bot_can(self, right: str) -> bool:
        """Return True if the bot is an administrator holding ``right``."""
        return self.bot_status == "administrator" and bool(self.bot_rights.get(right))

    @property
    def label(self) -> str:
        """Return the chat kind used in Forbidden texts ("group", "supergroup", "channel")."""
        return self.type


class World:
    """All state of the simulated Telegram server except the update queue and HTTP."""

    def __init__(
        self,
        *,
        bot_id: int,
        bot_username: str,
        bot_first_name: str,
        privacy_mode: bool,
        rng: random.Random,
        clock: Callable[[], float],
    ) -> None:
        self.bot_id = bot_id
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.privacy_mode = privacy_mode
        self.rng = rng
        self.clock = clock
        self.chats: dict[int, ChatState] = {}
        self.users: dict[int, dict[str, Any]] = {}
        self.files: dict[str, FileRecord] = {}
        self.callbacks: dict[str, CallbackRecord] = {}
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.descriptions: dict[str, str] = {}
        self.short_descriptions: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.default_menu_button: dict[str, Any] = {"type": "default"}
        self._file_counter = 0

    # -- identity ------------------------------------------------------------------------------

    def bot_json(self) -> dict[str, Any]:
        """Return the bot's User object as embedded in messages."""
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    def me_json(self) -> dict[str, Any]:
        """Return the User object answered by getMe."""
        return {
            **self.bot_json(),
            "can_join_groups": True,
            "can_read_all_group_messages": not self.privacy_mode,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def date(self) -> int:
        """Return the current simulated Unix time as Telegram's integer ``date``."""
        return int(self.clock())

    def random_id(self, length: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        """Return a reproducible random identifier."""
        return "".join(self.rng.choice(alphabet) for _ in range(length))

    # -- chats ---------------------------------------------------------------------------------

    def add_chat(self, chat: ChatState) -> ChatState:
        """Register a chat."""
        if not chat.instance:
            chat.instance = str(self.rng.getrandbits(62))
        self.chats[chat.id] = chat
        return chat

    def find_chat(self, chat_id: int | str | None) -> ChatState | None:
        """Return the chat for a numeric id or ``@username``, or None."""
        if isinstance(chat_id, int):
            return self.chats.get(chat_id)
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            wanted = chat_id[1:].lower()
            for chat in self.chats.values():
                if chat.username and chat.username.lower() == wanted:
                    return chat
        return None

    def chat(self, chat_id: int | str | None) -> ChatState:
        """Return the chat or raise 400 ``chat not found``."""
        chat = self.find_chat(chat_id)
        if chat is None:
            raise error(errors.CHAT_NOT_FOUND)
        return chat

    # -- messages ------------------------------------------------------------------------------

    def add_message(
        self, chat: ChatState, msg: dict[str, Any], *, from_bot: bool, service: bool = False
    ) -> dict[str, Any]:
        """Store a message in its chat."""
        mid = msg["message_id"]
        chat.messages[mid] = msg
        if from_bot:
            chat.bot_message_ids.add(mid)
        if service:
            chat.service_ids.add(mid)
        return msg

    def bot_messages(
        self, chat: ChatState, *, include_service: bool = False
    ) -> list[dict[str, Any]]:
        """Return the bot's live messages in a chat, oldest first."""
        return [
            msg
            for mid, msg in chat.messages.items()
            if mid in chat.bot_message_ids and (include_service or mid not in chat.service_ids)
        ]

    # -- files ---------------------------------------------------------------------------------

    def store_file(
        self,
        kind: str,
        data: bytes,
        *,
        file_name: str | None = None,
        mime_type: str | None = None,
    ) -> FileRecord:
        """Store file bytes and return a record with fresh Telegram-looking identifiers."""
        prefix = {
            "photo": "AgACAgIAAxkBAAI",
            "document": "BQACAgIAAxkBAAI",
            "voice": "AwACAgIAAxkBAAI",
            "audio": "CQACAgIAAxkBAAI",
            "video": "BAACAgIAAxkBAAI",
            "animation": "CgACAgIAAxkBAAI",
            "sticker": "CAACAgIAAxkBAAI",
            "video_note": "DQACAgIAAxkBAAI",
        }.get(kind, "BQACAgIAAxkBAAI")
        self._file_counter += 1
        file_id = prefix + self.random_id(56, string.ascii_letters + string.digits + "_-")
        unique = "AgAD" + self.random_id(12)
        folder = {"photo": "photos", "voice": "voice", "sticker": "stickers"}.get(kind, kind + "s")
        ext = ""
        if file_name and "." in file_name:
            ext = "." + file_name.rsplit(".", 1)[1]
        elif kind == "photo":
            ext = ".jpg"
        elif kind == "voice":
            ext = ".oga"
        record = FileRecord(
            file_id=file_id,
            file_unique_id=unique,
            kind=kind,
            data=data,
            file_name=file_name,
            mime_type=mime_type,
            file_path=f"{folder}/file_{self._file_counter}{ext}",
        )
        self.files[file_id] = record
        return record

    def file_by_path(self, path: str) -> FileRecord | None:
        """Return the file stored under a getFile ``file_path``."""
        for record in self.files.values():
            if record.file_path == path:
                return record
        return None


def member_json(user: dict[str, Any], status: str, rights: dict[str, bool]) -> dict[str, Any]:
    """Return a ChatMember object of the given status."""
    obj: dict[str, Any] = {"status": status, "user": dict(user)}
    if status == "administrator":
        obj.update({"can_be_edited": False, "is_anonymous": False})
        for name, default in DEFAULT_ADMIN_RIGHTS.items():
            obj[name] = bool(rights.get(name, default))
    elif status == "creator":
        obj["is_anonymous"] = False
    elif status == "kicked":
        obj["until_date"] = 0
    return obj


def poll_json(
    poll_id: str,
    question: str,
    options: list[str],
    *,
    is_anonymous: bool = True,
    poll_type: str = "regular",
    allows_multiple_answers: bool = False,
    is_closed: bool = False,
    correct_option_ids: list[int] | None = None,
) -> dict[str, Any]:
    """Return a Poll object (Bot API 10 shape: persistent option ids, revoting flags)."""
    poll: dict[str, Any] = {
        "id": poll_id,
        "question": question,
        "options": [
            {"persistent_id": str(i), "text": text, "voter_count": 0}
            for i, text in enumerate(options)
        ],
        "total_voter_count": 0,
        "is_closed": is_closed,
        "is_anonymous": is_anonymous,
        "type": poll_type,
        "allows_multiple_answers": allows_multiple_answers,
        "allows_revoting": True,
        "members_only": False,
    }
    if correct_option_ids:
        poll["correct_option_ids"] = correct_option_ids
    return poll


def shallow_message(msg: dict[str, Any]) -> dict[str, Any]:
    """Copy a message for embedding as ``reply_to_message`` (without its own reply)."""
    return {k: v for k, v in msg.items() if k != "reply_to_message"}
