"""Bot API methods for updates and webhooks, bot settings, chats, members and forum topics."""

from __future__ import annotations

import asyncio
import re
from typing import Any
from urllib.parse import urlparse

from . import errors, validation
from .api import ApiBase, Described, api
from .errors import ApiError, bad_request, error
from .params import Params
from .state import DEFAULT_ADMIN_RIGHTS, ChatState, Topic, member_json
from .webhook import WebhookConfig

_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class ChatMethods(ApiBase):
    """getMe, getUpdates, webhooks, commands and descriptions, chats, members, topics."""

    def _member_json(self, chat: ChatState, user_id: int) -> dict[str, Any]:
        if user_id == self.world.bot_id:
            status = chat.bot_status if chat.is_group else "member"
            return member_json(self.world.bot_json(), status, chat.bot_rights)
        user = self.world.users.get(user_id)
        if user is None:
            raise bad_request("user not found")
        if chat.type == "private":
            if user_id != chat.id:
                raise bad_request("user not found")
            return {"status": "member", "user": dict(user)}
        status = chat.members.get(user_id, "left")
        return member_json(user, status, DEFAULT_ADMIN_RIGHTS | {"can_manage_topics": True})

    def _forum(self, p: Params) -> ChatState:
        chat = self._writable(p.chat_id())
        if chat.type != "supergroup" or not chat.is_forum:
            raise error(errors.NOT_A_FORUM)
        return chat

    def _topic(self, chat: ChatState, p: Params) -> Topic:
        tid = p.integer("message_thread_id", required=True)
        topic = chat.topics.get(tid) if tid is not None else None
        if topic is None:
            raise error(errors.TOPIC_ID_INVALID)
        if not chat.bot_can("can_manage_topics"):
            raise error(errors.CHAT_ADMIN_REQUIRED)
        return topic

    def _topic_service(self, chat: ChatState, topic: Topic, body: dict[str, Any]) -> None:
        msg = {
            "message_id": chat.alloc_message_id(),
            "from": self.world.bot_json(),
            "chat": chat.to_json(),
            "date": self.world.date(),
            "message_thread_id": topic.thread_id,
            "is_topic_message": True,
            **body,
        }
        self.world.add_message(chat, msg, from_bot=True, service=True)

    @api("getMe")
    def get_me(self, p: Params) -> dict[str, Any]:
        """Return the bot user."""
        return self.world.me_json()

    @api("logOut")
    def log_out(self, p: Params) -> bool:
        """Pretend to log out from the cloud Bot API server."""
        return True

    @api("close")
    def close(self, p: Params) -> bool:
        """Pretend to close the bot instance."""
        return True

    @api("getUpdates")
    async def get_updates(self, p: Params) -> list[dict[str, Any]]:
        """Long-poll for updates; wakes as soon as an update is queued."""
        sim = self.sim
        if sim.webhook is not None:
            raise ApiError(409, errors.WEBHOOK_CONFLICT)
        queue = sim.queue
        offset = p.integer("offset")
        limit = min(100, max(1, p.integer("limit", 100) or 100))
        timeout = max(0, p.integer("timeout", 0) or 0)
        allowed = p.decoded("allowed_updates")
        if allowed is not None:
            if not isinstance(allowed, list) or not all(isinstance(a, str) for a in allowed):
                raise bad_request("can't parse allowed updates")
            queue.allowed_updates = list(allowed)
        queue.confirm(offset)
        sim.poll_generation += 1
        generation = sim.poll_generation
        queue.wake()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            updates = queue.take(limit)
            if updates or sim.stopping:
                return list(updates)
            remaining = deadline - loop.time()
            if remaining <= 0:
                return []
            await queue.wait(remaining)
            if sim.poll_generation != generation:
                raise ApiError(409, errors.POLLING_CONFLICT)
            if sim.webhook is not None:
                raise ApiError(409, errors.WEBHOOK_CONFLICT)

    @api("setWebhook")
    async def set_webhook(self, p: Params) -> Described:
        """Set (or with an empty url, remove) the webhook."""
        url = p.string("url") or ""
        if p.boolean("drop_pending_updates"):
            self.sim.queue.clear()
        if not url:
            existed = self.sim.webhook is not None
            await self.sim.remove_webhook()
            return Described(
                True, "Webhook was deleted" if existed else "Webhook is already deleted"
            )
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = p.string("secret_token")
        if secret is not None and not _SECRET.match(secret):
            raise bad_request("secret token contains unallowed characters")
        max_connections = p.integer("max_connections", 40) or 40
        if not 1 <= max_connections <= 100:
            raise bad_request("bad webhook: max_connections must be between 1 and 100")
        allowed = p.decoded("allowed_updates")
        if allowed is not None:
            if not isinstance(allowed, list):
                raise bad_request("can't parse allowed updates")
            self.sim.queue.allowed_updates = list(allowed)
        previous = self.sim.webhook
        config = WebhookConfig(
            url=url,
            secret_token=secret or None,
            max_connections=max_connections,
            allowed_updates=list(self.sim.queue.allowed_updates),
            ip_address=p.string("ip_address") or "127.0.0.1",
        )
        unchanged = previous is not None and (previous.url, previous.secret_token) == (
            config.url,
            config.secret_token,
        )
        await self.sim.install_webhook(config)
        return Described(True, "Webhook is already set" if unchanged else "Webhook was set")

    @api("deleteWebhook")
    async def delete_webhook(self, p: Params) -> Described:
        """Remove the webhook, optionally dropping pending updates."""
        if p.boolean("drop_pending_updates"):
            self.sim.queue.clear()
        existed = self.sim.webhook is not None
        await self.sim.remove_webhook()
        return Described(True, "Webhook was deleted" if existed else "Webhook is already deleted")

    @api("getWebhookInfo")
    def get_webhook_info(self, p: Params) -> dict[str, Any]:
        """Return WebhookInfo."""
        pending = len(self.sim.queue.pending)
        if self.sim.webhook is None:
            return {"url": "", "has_custom_certificate": False, "pending_update_count": pending}
        return self.sim.webhook.info(pending)

    def _command_key(self, p: Params) -> tuple[str, str]:
        scope = validation.scope(p.decoded("scope"))
        if "chat_id" in scope:
            chat = self.world.chat(Params({"c": scope["chat_id"]}).chat_id("c"))
            scope = {**scope, "chat_id": chat.id}
        language = validation.language_code(p.string("language_code"))
        return validation.scope_key(scope), language

    @api("setMyCommands")
    def set_my_commands(self, p: Params) -> bool:
        """Store the command list for a (scope, language_code)."""
        commands = validation.commands(p.decoded("commands", []))
        key = self._command_key(p)
        if commands:
            self.world.commands[key] = commands
        else:
            self.world.commands.pop(key, None)
        return True

    @api("getMyCommands")
    def get_my_commands(self, p: Params) -> list[dict[str, str]]:
        """Return the command list stored for exactly this (scope, language_code)."""
        return [dict(c) for c in self.world.commands.get(self._command_key(p), [])]

    @api("deleteMyCommands")
    def delete_my_commands(self, p: Params) -> bool:
        """Delete the command list for a (scope, language_code)."""
        self.world.commands.pop(self._command_key(p), None)
        return True

    def _set_text(self, store: dict[str, str], p: Params, name: str, limit: int) -> bool:
        language = validation.language_code(p.string("language_code"))
        value = validation.bounded_text(p.string(name), limit, name.replace("_", " "))
        if value:
            store[language] = value
        else:
            store.pop(language, None)
        return True

    def _get_text(self, store: dict[str, str], p: Params, default: str = "") -> str:
        language = validation.language_code(p.string("language_code"))
        return store.get(language, store.get("", default))

    @api("setMyDescription")
    def set_my_description(self, p: Params) -> bool:
        """Set the bot description (0–512 characters)."""
        return self._set_text(self.world.descriptions, p, "description", 512)

    @api("getMyDescription")
    def get_my_description(self, p: Params) -> dict[str, str]:
        """Return the bot description for a language."""
        return {"description": self._get_text(self.world.descriptions, p)}

    @api("setMyShortDescription")
    def set_my_short_description(self, p: Params) -> bool:
        """Set the bot short description (0–120 characters)."""
        return self._set_text(self.world.short_descriptions, p, "short_description", 120)

    @api("getMyShortDescription")
    def get_my_short_description(self, p: Params) -> dict[str, str]:
        """Return the bot short description for a language."""
        return {"short_description": self._get_text(self.world.short_descriptions, p)}

    @api("setMyName")
    def set_my_name(self, p: Params) -> bool:
        """Set the bot name (0–64 characters)."""
        return self._set_text(self.world.names, p, "name", 64)

    @api("getMyName")
    def get_my_name(self, p: Params) -> dict[str, str]:
        """Return the bot name for a language."""
        return {"name": self._get_text(self.world.names, p, self.world.bot_first_name)}

    @api("setChatMenuButton")
    def set_chat_menu_button(self, p: Params) -> bool:
        """Set the menu button of one private chat or the default one."""
        button = p.decoded("menu_button", {"type": "default"})
        if not isinstance(button, dict) or button.get("type") not in (
            "default",
            "commands",
            "web_app",
        ):
            raise bad_request("can't parse menu button JSON object")
        if p.has("chat_id"):
            chat = self.world.chat(p.chat_id())
            if chat.type != "private":
                raise bad_request("menu button can be set only in private chats")
            chat.menu_button = button
        else:
            self.world.default_menu_button = button
        return True

    @api("getChatMenuButton")
    def get_chat_menu_button(self, p: Params) -> dict[str, Any]:
        """Return the menu button of a private chat or the default one."""
        if p.has("chat_id"):
            chat = self.world.chat(p.chat_id())
            if chat.menu_button is not None:
                return chat.menu_button
        return self.world.default_menu_button

    @api("getChat")
    def get_chat(self, p: Params) -> dict[str, Any]:
        """Return ChatFullInfo."""
        chat = self.world.chat(p.chat_id())
        if chat.is_group and chat.bot_status == "left":
            raise error(errors.CHAT_NOT_FOUND)
        if chat.is_group:
            self._check_member(chat)
        return chat.full_info()

    @api("getChatMember")
    def get_chat_member(self, p: Params) -> dict[str, Any]:
        """Return one ChatMember."""
        chat = self._readable(p.chat_id())
        user_id = p.integer("user_id", required=True)
        assert user_id is not None
        return self._member_json(chat, user_id)

    @api("getChatAdministrators")
    def get_chat_administrators(self, p: Params) -> list[dict[str, Any]]:
        """Return the administrators (creator included) of a group."""
        chat = self._readable(p.chat_id())
        if chat.type == "private":
            raise bad_request("there are no administrators in the private chat")
        admins = [
            self._member_json(chat, uid)
            for uid, status in chat.members.items()
            if status in ("creator", "administrator")
        ]
        if chat.bot_status == "administrator":
            admins.append(self._member_json(chat, self.world.bot_id))
        return admins

    @api("getChatMemberCount")
    def get_chat_member_count(self, p: Params) -> int:
        """Return the number of members."""
        chat = self._readable(p.chat_id())
        if chat.type == "private":
            return 2
        present = ("creator", "administrator", "member", "restricted")
        return sum(1 for s in chat.members.values() if s in present) + (
            1 if chat.bot_status in present else 0
        )

    @api("leaveChat")
    def leave_chat(self, p: Params) -> bool:
        """Make the bot leave a group."""
        chat = self._readable(p.chat_id())
        if chat.type == "private":
            raise bad_request("chat member status can't be changed in private chats")
        self.sim.change_bot_status(chat, "left", by=self.world.bot_json())
        return True

    @api("banChatMember")
    def ban_chat_member(self, p: Params) -> bool:
        """Ban a user from a group."""
        chat = self._writable(p.chat_id())
        if chat.type == "private":
            raise bad_request("can't remove chat owner")
        if not chat.bot_can("can_restrict_members"):
            raise bad_request("not enough rights to restrict/unrestrict chat member")
        user_id = p.integer("user_id", required=True)
        assert user_id is not None
        chat.members[user_id] = "kicked"
        return True

    @api("unbanChatMember")
    def unban_chat_member(self, p: Params) -> bool:
        """Lift a ban."""
        chat = self._writable(p.chat_id())
        if not chat.bot_can("can_restrict_members"):
            raise bad_request("not enough rights to restrict/unrestrict chat member")
        user_id = p.integer("user_id", required=True)
        if chat.members.get(user_id or 0) == "kicked" or not p.boolean("only_if_banned"):
            chat.members.pop(user_id or 0, None)
        return True

    @api("createForumTopic")
    def create_forum_topic(self, p: Params) -> dict[str, Any]:
        """Create a forum topic; its id is the id of the service message that opens it."""
        chat = self._forum(p)
        if not chat.bot_can("can_manage_topics"):
            raise error(errors.NO_TOPIC_RIGHTS)
        name = p.string("name") or ""
        if not name.strip():
            raise bad_request("TOPIC_TITLE_EMPTY")
        if len(name) > 128:
            raise bad_request("TOPIC_TITLE_INVALID")
        color = p.integer("icon_color", 7322096)
        if color not in validation.TOPIC_COLORS:
            raise bad_request("TOPIC_COLOR_INVALID")
        assert color is not None
        topic = Topic(0, name, color, p.string("icon_custom_emoji_id") or None)
        topic.thread_id = chat.next_message_id
        chat.topics[topic.thread_id] = topic
        created = {"name": name, "icon_color": color}
        if topic.icon_custom_emoji_id:
            created["icon_custom_emoji_id"] = topic.icon_custom_emoji_id
        self._topic_service(chat, topic, {"forum_topic_created": created})
        return topic.to_json()

    @api("editForumTopic")
    def edit_forum_topic(self, p: Params) -> bool:
        """Rename a topic or change its icon."""
        chat = self._forum(p)
        topic = self._topic(chat, p)
        name = p.string("name")
        emoji = p.string("icon_custom_emoji_id")
        if name is not None and not 1 <= len(name) <= 128:
            raise bad_request("TOPIC_TITLE_INVALID")
        if (name is None or name == topic.name) and (
            emoji is None or emoji == (topic.icon_custom_emoji_id or "")
        ):
            raise error(errors.TOPIC_NOT_MODIFIED)
        edited: dict[str, Any] = {}
        if name is not None:
            topic.name = edited["name"] = name
        if emoji is not None:
            topic.icon_custom_emoji_id = emoji or None
            edited["icon_custom_emoji_id"] = emoji
        self._topic_service(chat, topic, {"forum_topic_edited": edited})
        return True

    @api("closeForumTopic")
    def close_forum_topic(self, p: Params) -> bool:
        """Close a topic."""
        chat = self._forum(p)
        topic = self._topic(chat, p)
        if topic.closed:
            raise error(errors.TOPIC_NOT_MODIFIED)
        topic.closed = True
        self._topic_service(chat, topic, {"forum_topic_closed": {}})
        return True

    @api("reopenForumTopic")
    def reopen_forum_topic(self, p: Params) -> bool:
        """Reopen a closed topic."""
        chat = self._forum(p)
        topic = self._topic(chat, p)
        if not topic.closed:
            raise error(errors.TOPIC_NOT_MODIFIED)
        topic.closed = False
        self._topic_service(chat, topic, {"forum_topic_reopened": {}})
        return True

    @api("deleteForumTopic")
    def delete_forum_topic(self, p: Params) -> bool:
        """Delete a topic with all its messages."""
        chat = self._forum(p)
        topic = self._topic(chat, p)
        self.sim.drop_topic(chat, topic.thread_id)
        return True

    @api("getForumTopicIconStickers")
    def get_forum_topic_icon_stickers(self, p: Params) -> list[Any]:
        """Return the (empty) list of topic icon stickers."""
        return []
