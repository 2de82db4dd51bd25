"""The user side: simulated users and groups that send messages and press buttons."""

from __future__ import annotations

import copy
import logging
import mimetypes
from typing import TYPE_CHECKING, Any

from .formatting import command_entity
from .state import (
    DEFAULT_ADMIN_RIGHTS,
    CallbackRecord,
    ChatState,
    Topic,
    poll_json,
    shallow_message,
)
from .validation import is_inline, keyboard_labels

if TYPE_CHECKING:
    from .server import BotApiSimulator

logger = logging.getLogger(__name__)


def _find_button(msg: dict[str, Any], label: str) -> dict[str, Any]:
    buttons = [b for row in msg["reply_markup"]["inline_keyboard"] for b in row]
    for button in buttons:
        if button.get("text") == label:
            return button
    wanted = label.casefold()
    for button in buttons:
        if wanted in str(button.get("text", "")).casefold():
            return button
    labels = [b.get("text") for b in buttons]
    raise LookupError(f"no button labelled {label!r} on message {msg['message_id']}: {labels}")


class _Participant:
    """Shared helpers for SimUser and SimGroup."""

    sim: BotApiSimulator

    @property
    def _world(self) -> Any:
        return self.sim.world

    def _random_bytes(self, size: int) -> bytes:
        return bytes(self._world.rng.getrandbits(8) for _ in range(size))

    def _media(self, kind: str, **kw: Any) -> dict[str, Any]:
        """Build the content of a user media message (files get reproducible random bytes)."""
        world = self._world
        caption = kw.pop("caption", None)
        data = kw.pop("data", None)
        if kind == "location":
            return {"location": {"latitude": kw["latitude"], "longitude": kw["longitude"]}}
        if kind == "contact":
            contact = {"phone_number": kw["phone_number"], "first_name": kw["first_name"]}
            if kw.get("user_id"):
                contact["user_id"] = kw["user_id"]
            return {"contact": contact}
        if kind == "poll":
            options = kw.get("options") or ["Yes", "No"]
            question = kw.get("question") or "Question?"
            poll = poll_json(str(world.rng.getrandbits(62)), question, options, is_anonymous=False)
            return {"poll": poll}
        if kind == "dice":
            emoji = kw.get("emoji") or "🎲"
            top = {"🏀": 5, "⚽": 5, "🎰": 64}.get(emoji, 6)
            return {"dice": {"emoji": emoji, "value": world.rng.randint(1, top)}}
        mime = kw.get("mime_type") or {
            "voice": "audio/ogg",
            "audio": "audio/mpeg",
            "video": "video/mp4",
            "animation": "video/mp4",
            "photo": "image/jpeg",
            "sticker": "image/webp",
        }.get(kind)
        file_name = kw.get("file_name")
        if kind == "document":
            file_name = file_name or "document.pdf"
            mime = mime or mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        record = world.store_file(
            kind,
            data if data is not None else self._random_bytes(kw.get("size", 256)),
            file_name=file_name,
            mime_type=mime,
        )
        body: dict[str, Any]
        if kind == "voice":
            body = {"voice": record.to_json(duration=kw.get("duration", 3))}
        elif kind == "sticker":
            body = {
                "sticker": record.to_json(
                    type="regular",
                    width=512,
                    height=512,
                    is_animated=False,
                    is_video=False,
                    emoji=kw.get("emoji", "😀"),
                )
            }
        elif kind == "photo":
            body = {"photo": [record.to_json(width=1280, height=960)]}
        elif kind == "video":
            body = {"video": record.to_json(width=640, height=360, duration=kw.get("duration", 5))}
        elif kind == "audio":
            body = {"audio": record.to_json(duration=kw.get("duration", 30), title=kw.get("title"))}
        elif kind == "animation":
            body = {
                "animation": record.to_json(width=320, height=240, duration=3),
                "document": record.to_json(),
            }
        else:
            body = {"document": record.to_json()}
        if caption:
            body["caption"] = caption
        return body

    def _new_message(
        self,
        chat: ChatState,
        sender: SimUser,
        content: dict[str, Any],
        *,
        thread_id: int | None = None,
        reply_to: int | None = None,
    ) -> dict[str, Any]:
        msg: dict[str, Any] = {
            "message_id": 0,
            "from": sender.to_json(),
            "chat": chat.to_json(),
            "date": self._world.date(),
        }
        target = None
        if reply_to is not None:
            target = chat.messages.get(reply_to)
            if target is None:
                raise LookupError(f"message {reply_to} not found in chat {chat.id}")
            thread_id = thread_id or target.get("message_thread_id")
        if thread_id:
            if chat.is_forum and thread_id not in chat.topics:
                raise LookupError(f"topic {thread_id} not found in chat {chat.id}")
            msg["message_thread_id"] = thread_id
            if chat.is_forum:
                msg["is_topic_message"] = True
        if target is not None:
            msg["reply_to_message"] = shallow_message(target)
        elif thread_id and thread_id in chat.messages:
            msg["reply_to_message"] = shallow_message(chat.messages[thread_id])
        msg["message_id"] = chat.alloc_message_id()
        msg.update(content)
        self._world.add_message(chat, msg, from_bot=False)
        return msg

    def _keyboard_message(self, chat: ChatState) -> dict[str, Any] | None:
        for msg in reversed(self._world.bot_messages(chat)):
            if is_inline(msg.get("reply_markup")):
                return msg
        return None

    def _press(
        self,
        chat: ChatState,
        user: SimUser,
        *,
        label: str | None = None,
        data: str | None = None,
        message_id: int | None = None,
    ) -> dict[str, Any]:
        world = self._world
        message: dict[str, Any]
        if label is not None:
            msg = self._keyboard_message(chat)
            if msg is None:
                raise LookupError(f"no bot message with an inline keyboard in chat {chat.id}")
            button = _find_button(msg, label)
            if button.get("callback_data") is None:
                raise LookupError(f"button {button.get('text')!r} has no callback_data")
            data, message = button["callback_data"], msg
        elif message_id is None:
            found = self._keyboard_message(chat)
            if found is None:
                bot_messages = world.bot_messages(chat)
                if not bot_messages:
                    raise LookupError(f"no bot message in chat {chat.id}")
                found = bot_messages[-1]
            message = found
        else:
            live = chat.messages.get(message_id)
            message = live or {"chat": chat.to_json(), "message_id": message_id, "date": 0}
        query_id = str(world.rng.getrandbits(63))
        world.callbacks[query_id] = CallbackRecord(query_id, user.id, self.sim.clock())
        query = {
            "id": query_id,
            "from": user.to_json(),
            "message": copy.deepcopy(message),
            "chat_instance": chat.instance,
            "data": data,
        }
        self.sim.push_update("callback_query", query)
        return query

    def _edit(self, chat: ChatState, user: SimUser, message_id: int, text: str) -> dict[str, Any]:
        msg = chat.messages.get(message_id)
        if msg is None or msg.get("from", {}).get("id") != user.id:
            raise LookupError(f"message {message_id} of user {user.id} not found in {chat.id}")
        msg["text"] = text
        entities = command_entity(text)
        if entities:
            msg["entities"] = entities
        else:
            msg.pop("entities", None)
        msg["edit_date"] = self._world.date()
        return msg


class SimUser(_Participant):
    """A simulated Telegram user with a private chat with the bot."""

    def __init__(
        self,
        sim: BotApiSimulator,
        user_id: int,
        first_name: str,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
        is_premium: bool = False,
    ) -> None:
        self.sim = sim
        self.id = user_id
        self.first_name = first_name
        self.last_name = last_name
        self.username = username
        self.language_code = language_code
        self.is_premium = is_premium
        self.callback_answers: list[dict[str, Any]] = []

    def __repr__(self) -> str:
        return f"SimUser(id={self.id}, first_name={self.first_name!r})"

    @property
    def chat_id(self) -> int:
        """Return the private chat id (equal to the user id)."""
        return self.id

    @property
    def chat(self) -> ChatState:
        """Return the private chat state."""
        return self._world.chats[self.id]

    def to_json(self) -> dict[str, Any]:
        """Return the User object."""
        obj: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            obj["last_name"] = self.last_name
        if self.username:
            obj["username"] = self.username
        if self.language_code:
            obj["language_code"] = self.language_code
        if self.is_premium:
            obj["is_premium"] = True
        return obj

    def sync_chat(self) -> None:
        """Copy name fields into the private chat after a change."""
        chat = self.chat
        chat.first_name, chat.last_name, chat.username = (
            self.first_name,
            self.last_name,
            self.username,
        )
        self._world.users[self.id] = self.to_json()

    # -- reading -------------------------------------------------------------------------------

    @property
    def inbox(self) -> list[dict[str, Any]]:
        """Return the bot's messages in this chat, oldest first."""
        return self.sim.chat_log(self.id)

    @property
    def last(self) -> dict[str, Any] | None:
        """Return the newest bot message or None."""
        inbox = self.inbox
        return inbox[-1] if inbox else None

    @property
    def blocked(self) -> bool:
        """Return True while this user has blocked the bot."""
        return self.chat.bot_status == "kicked"

    @property
    def keyboard(self) -> list[list[str]] | None:
        """Return the labels of the reply keyboard currently shown, or None."""
        markup = self.chat.reply_keyboard
        return keyboard_labels(markup) if markup else None

    def buttons(self, message: dict[str, Any] | None = None) -> list[list[str]]:
        """Return the inline button labels of ``message`` or of the newest keyboard message."""
        if message is None:
            message = self._keyboard_message(self.chat)
        return keyboard_labels(message.get("reply_markup")) if message else []

    # -- acting --------------------------------------------------------------------------------

    async def _say(self, content: dict[str, Any], reply_to: int | None = None) -> dict[str, Any]:
        chat = self.chat
        if chat.bot_status == "kicked":
            await self.unblock()
        chat.started = True
        msg = self._new_message(chat, self, content, reply_to=reply_to)
        self.sim.push_update("message", msg)
        return msg

    async def send(self, text: str, *, reply_to: int | None = None) -> dict[str, Any]:
        """Send a text message to the bot (a leading ``/command`` gets a bot_command entity)."""
        content: dict[str, Any] = {"text": text}
        entities = command_entity(text)
        if entities:
            content["entities"] = entities
        return await self._say(content, reply_to)

    async def press(self, label: str) -> dict[str, Any]:
        """Press the inline button labelled ``label`` on the newest keyboard message."""
        return self._press(self.chat, self, label=label)

    async def press_data(self, data: str, message_id: int | None = None) -> dict[str, Any]:
        """Send a callback query with arbitrary ``data`` (for forged or stale presses)."""
        return self._press(self.chat, self, data=data, message_id=message_id)

    async def send_voice(self, duration: int = 3, *, data: bytes | None = None) -> dict[str, Any]:
        """Send a voice note."""
        return await self._say(self._media("voice", duration=duration, data=data))

    async def send_sticker(self, emoji: str = "😀") -> dict[str, Any]:
        """Send a sticker."""
        return await self._say(self._media("sticker", emoji=emoji))

    async def send_photo(
        self, caption: str | None = None, *, data: bytes | None = None
    ) -> dict[str, Any]:
        """Send a photo."""
        return await self._say(self._media("photo", caption=caption, data=data))

    async def send_location(self, latitude: float, longitude: float) -> dict[str, Any]:
        """Share a location."""
        return await self._say(self._media("location", latitude=latitude, longitude=longitude))

    async def send_contact(
        self,
        phone_number: str = "+440000000000",
        first_name: str | None = None,
        *,
        user_id: int | None = None,
    ) -> dict[str, Any]:
        """Share a contact (one's own, with ``user_id``, when ``first_name`` is omitted)."""
        own = first_name is None
        return await self._say(
            self._media(
                "contact",
                phone_number=phone_number,
                first_name=first_name or self.first_name,
                user_id=user_id or (self.id if own else None),
            )
        )

    async def send_document(
        self,
        file_name: str = "a.pdf",
        caption: str | None = None,
        *,
        data: bytes | None = None,
        mime_type: str | None = None,
    ) -> dict[str, Any]:
        """Send a document."""
        return await self._say(
            self._media(
                "document", file_name=file_name, caption=caption, data=data, mime_type=mime_type
            )
        )

    async def send_video(self, caption: str | None = None) -> dict[str, Any]:
        """Send a video."""
        return await self._say(self._media("video", caption=caption))

    async def send_audio(self, caption: str | None = None) -> dict[str, Any]:
        """Send an audio file."""
        return await self._say(self._media("audio", caption=caption))

    async def send_animation(self, caption: str | None = None) -> dict[str, Any]:
        """Send an animation (GIF)."""
        return await self._say(self._media("animation", caption=caption))

    async def send_poll(
        self, question: str = "Question?", options: list[str] | None = None
    ) -> dict[str, Any]:
        """Send a poll."""
        return await self._say(self._media("poll", question=question, options=options))

    async def send_dice(self, emoji: str = "🎲") -> dict[str, Any]:
        """Send a dice."""
        return await self._say(self._media("dice", emoji=emoji))

    async def edit(self, message_id: int, text: str) -> dict[str, Any]:
        """Edit one of this user's messages (edited_message update)."""
        msg = self._edit(self.chat, self, message_id, text)
        self.sim.push_update("edited_message", msg)
        return msg

    async def block(self) -> dict[str, Any]:
        """Block the bot (my_chat_member member -> kicked); no-op if already blocked."""
        if self.blocked:
            return {}
        return self.sim.change_bot_status(self.chat, "kicked", by=self.to_json())

    async def unblock(self) -> dict[str, Any]:
        """Unblock the bot (my_chat_member kicked -> member); no-op if not blocked."""
        if not self.blocked:
            return {}
        return self.sim.change_bot_status(self.chat, "member", by=self.to_json())


class SimGroup(_Participant):
    """A simulated group, supergroup (optionally a forum) or channel."""

    def __init__(self, sim: BotApiSimulator, chat: ChatState) -> None:
        self.sim = sim
        self.id = chat.id

    def __repr__(self) -> str:
        return f"SimGroup(id={self.id}, title={self.chat.title!r})"

    @property
    def chat(self) -> ChatState:
        """Return the chat state."""
        return self._world.chats[self.id]

    @property
    def chat_id(self) -> int:
        """Return the chat id."""
        return self.id

    @property
    def title(self) -> str | None:
        """Return the title."""
        return self.chat.title

    @property
    def messages(self) -> list[dict[str, Any]]:
        """Return the bot's messages in this group, oldest first (service messages excluded)."""
        return self.sim.chat_log(self.id)

    @property
    def last(self) -> dict[str, Any] | None:
        """Return the newest bot message or None."""
        messages = self.messages
        return messages[-1] if messages else None

    @property
    def topics(self) -> dict[int, Topic]:
        """Return the open forum topics by message_thread_id."""
        return self.chat.topics

    def buttons(self, message: dict[str, Any] | None = None) -> list[list[str]]:
        """Return the inline button labels of ``message`` or of the newest keyboard message."""
        if message is None:
            message = self._keyboard_message(self.chat)
        return keyboard_labels(message.get("reply_markup")) if message else []

    def thread_messages(self, thread_id: int) -> list[dict[str, Any]]:
        """Return the bot's messages in one topic."""
        return [m for m in self.messages if m.get("message_thread_id") == thread_id]

    # -- membership ----------------------------------------------------------------------------

    def set_member(self, user: SimUser, status: str = "member") -> None:
        """Set a user's membership status silently (creator, administrator, member, ...)."""
        self.chat.members[user.id] = status

    async def add_bot(
        self,
        by: SimUser,
        admin: bool = False,
        can_manage_topics: bool = False,
        **rights: bool,
    ) -> dict[str, Any]:
        """Add (or promote) the bot; my_chat_member update, plus new_chat_members on joining."""
        chat = self.chat
        if by.id not in chat.members or chat.members[by.id] in ("left", "kicked"):
            has_creator = "creator" in chat.members.values()
            chat.members[by.id] = "administrator" if has_creator else "creator"
        joining = chat.bot_status in ("left", "kicked")
        status = "administrator" if admin else "member"
        granted = (
            DEFAULT_ADMIN_RIGHTS | {"can_manage_topics": can_manage_topics} | rights
            if admin
            else {}
        )
        payload = self.sim.change_bot_status(chat, status, by=by.to_json(), rights=granted)
        if joining and chat.type != "channel":
            bot = self._world.bot_json()
            msg = self._new_message(
                chat,
                by,
                {"new_chat_members": [bot], "new_chat_member": bot, "new_chat_participant": bot},
            )
            chat.service_ids.add(msg["message_id"])
            self.sim.push_update("message", msg)
        return payload

    async def remove_bot(self, by: SimUser, kicked: bool = True) -> dict[str, Any]:
        """Remove the bot from the group (my_chat_member -> kicked or left)."""
        return self.sim.change_bot_status(
            self.chat, "kicked" if kicked else "left", by=by.to_json()
        )

    async def join(self, user: SimUser) -> dict[str, Any]:
        """Make a user join; the bot sees a new_chat_members service message."""
        chat = self.chat
        old = chat.members.get(user.id, "left")
        chat.members[user.id] = "member"
        self.sim.push_update(
            "chat_member",
            {
                "chat": chat.to_json(),
                "from": user.to_json(),
                "date": self._world.date(),
                "old_chat_member": {"status": old, "user": user.to_json()},
                "new_chat_member": {"status": "member", "user": user.to_json()},
            },
        )
        msg = self._new_message(
            chat,
            user,
            {
                "new_chat_members": [user.to_json()],
                "new_chat_member": user.to_json(),
                "new_chat_participant": user.to_json(),
            },
        )
        chat.service_ids.add(msg["message_id"])
        self._deliver(msg)
        return msg

    # -- messages ------------------------------------------------------------------------------

    def _bot_sees(self, msg: dict[str, Any]) -> bool:
        """Apply membership and privacy-mode rules to a group message."""
        chat = self.chat
        if chat.bot_status not in ("member", "administrator"):
            logger.warning(
                "group %s: message %s not delivered, the bot is %s (call add_bot first)",
                chat.id,
                msg["message_id"],
                chat.bot_status,
            )
            return False
        world = self._world
        if not world.privacy_mode or chat.bot_status == "administrator":
            return True
        if any(key in msg for key in ("new_chat_members", "left_chat_member")):
            return True
        text = msg.get("text") or msg.get("caption") or ""
        if text.startswith("/"):
            first = text.split()[0]
            target = first.partition("@")[2]
            return not target or target.lower() == world.bot_username.lower()
        reply = msg.get("reply_to_message") or {}
        explicit_reply = "forum_topic_created" not in reply
        if explicit_reply and reply.get("from", {}).get("id") == world.bot_id:
            return True
        if f"@{world.bot_username}".lower() in text.lower():
            return True
        logger.warning(
            "group %s: message %s not delivered because of privacy mode "
            "(the bot is not an administrator)",
            chat.id,
            msg["message_id"],
        )
        return False

    def _deliver(self, msg: dict[str, Any], kind: str = "message") -> None:
        if self._bot_sees(msg):
            self.sim.push_update(kind, msg)

    async def send(
        self,
        user: SimUser,
        text: str,
        message_thread_id: int | None = None,
        *,
        reply_to: int | None = None,
    ) -> dict[str, Any]:
        """Post a text message from ``user``; returns the message (delivered if the bot sees it)."""
        chat = self.chat
        chat.members.setdefault(user.id, "member")
        content: dict[str, Any] = {"text": text}
        entities = command_entity(text)
        if entities:
            content["entities"] = entities
        msg = self._new_message(chat, user, content, thread_id=message_thread_id, reply_to=reply_to)
        self._deliver(msg)
        return msg

    async def send_media(
        self,
        user: SimUser,
        kind: str,
        message_thread_id: int | None = None,
        *,
        reply_to: int | None = None,
        **kwargs: Any,
    ) -> dict[str, Any]:
        """Post a media message (``kind`` as in SimUser: photo, document, voice, ...)."""
        chat = self.chat
        chat.members.setdefault(user.id, "member")
        msg = self._new_message(
            chat,
            user,
            self._media(kind, **kwargs),
            thread_id=message_thread_id,
            reply_to=reply_to,
        )
        self._deliver(msg)
        return msg

    async def press(self, user: SimUser, label: str) -> dict[str, Any]:
        """Press an inline button on the newest keyboard message in the group."""
        return self._press(self.chat, user, label=label)

    async def press_data(
        self, user: SimUser, data: str, message_id: int | None = None
    ) -> dict[str, Any]:
        """Send a raw callback query from ``user`` in the group."""
        return self._press(self.chat, user, data=data, message_id=message_id)

    async def edit(self, user: SimUser, message_id: int, text: str) -> dict[str, Any]:
        """Edit a user's group message (edited_message update if the bot sees it)."""
        msg = self._edit(self.chat, user, message_id, text)
        self._deliver(msg, "edited_message")
        return msg

    # -- forum topics --------------------------------------------------------------------------

    async def create_topic(
        self, user: SimUser, name: str, icon_color: int = 7322096
    ) -> dict[str, Any]:
        """Create a topic as a user; the bot sees the forum_topic_created service message."""
        chat = self.chat
        if not chat.is_forum:
            raise ValueError(f"chat {chat.id} is not a forum")
        thread_id = chat.next_message_id
        chat.topics[thread_id] = Topic(thread_id, name, icon_color)
        msg = self._new_message(
            chat,
            user,
            {
                "message_thread_id": thread_id,
                "is_topic_message": True,
                "forum_topic_created": {"name": name, "icon_color": icon_color},
            },
        )
        chat.service_ids.add(msg["message_id"])
        self._deliver(msg)
        return msg

    def delete_topic(self, thread_id: int) -> None:
        """Delete a topic on the user side (no update), e.g. to test thread-not-found recovery."""
        self.sim.drop_topic(self.chat, thread_id)

    async def migrate(self, new_id: int) -> SimGroup:
        """Upgrade a basic group to a supergroup; sends to the old id then fail with migrate."""
        old = self.chat
        new_group = self.sim.group(new_id, title=old.title or "Group", type="supergroup")
        new = new_group.chat
        new.bot_status, new.bot_rights = old.bot_status, dict(old.bot_rights)
        new.members = dict(old.members)
        old.migrated_to = new_id
        world = self._world
        for chat, field_name, value in (
            (old, "migrate_to_chat_id", new_id),
            (new, "migrate_from_chat_id", old.id),
        ):
            msg = {
                "message_id": chat.alloc_message_id(),
                "chat": chat.to_json(),
                "date": world.date(),
                field_name: value,
            }
            if field_name == "migrate_from_chat_id":
                msg["sender_chat"] = new.to_json()
            world.add_message(chat, msg, from_bot=False, service=True)
            if chat.bot_status in ("member", "administrator"):
                self.sim.push_update("message", msg)
        return new_group
