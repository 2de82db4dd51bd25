"""Bot API methods that send, copy, edit and delete messages, answer callbacks, serve files."""

from __future__ import annotations

import copy
import mimetypes
import posixpath
from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

from . import errors, validation
from .api import ApiBase, api
from .errors import ApiError, bad_request, error
from .params import Params, Upload
from .state import MEDIA_KEYS, SERVICE_KEYS, ChatState, FileRecord, poll_json, shallow_message

_DICE_RANGES = {"🎲": 6, "🎯": 6, "🎳": 6, "🏀": 5, "⚽": 5, "🎰": 64}
_COPYABLE = (
    "text",
    "entities",
    "caption",
    "caption_entities",
    "link_preview_options",
    "location",
    "venue",
    "contact",
    "dice",
    "poll",
    *MEDIA_KEYS,
)
_UPLOAD_LIMIT = 50 * 1024 * 1024
_DOWNLOAD_LIMIT = 20 * 1024 * 1024


def _kind_title(kind: str) -> str:
    return kind.replace("_", " ").title().replace(" ", "")


class MessagingMethods(ApiBase):
    """sendMessage and friends, edits, deletions, callback answers, pins, getFile."""

    def _reply_target(self, chat: ChatState, p: Params) -> dict[str, Any] | None:
        params = p.decoded("reply_parameters")
        if params is None and p.has("reply_to_message_id"):
            params = {
                "message_id": p.integer("reply_to_message_id"),
                "allow_sending_without_reply": p.boolean("allow_sending_without_reply"),
            }
        if params is None:
            return None
        if not isinstance(params, dict) or "message_id" not in params:
            raise bad_request("can't parse reply parameters JSON object")
        source = chat
        if params.get("chat_id") not in (None, chat.id):
            source = self._readable(Params({"c": params["chat_id"]}).chat_id("c"))
        try:
            mid = int(params["message_id"])
        except (TypeError, ValueError):
            raise bad_request("can't parse reply parameters JSON object") from None
        target = source.messages.get(mid)
        if target is None:
            if params.get("allow_sending_without_reply"):
                return None
            raise bad_request("message to be replied not found")
        return target

    def _post(
        self,
        chat: ChatState,
        body: dict[str, Any],
        markup: dict[str, Any] | None = None,
        *,
        thread: int | None = None,
        reply: dict[str, Any] | None = None,
        protect: bool = False,
    ) -> dict[str, Any]:
        """Create, store and announce a bot message."""
        msg: dict[str, Any] = {
            "message_id": chat.alloc_message_id(),
            "from": self.world.bot_json(),
            "chat": chat.to_json(),
            "date": self.world.date(),
        }
        if thread is not None:
            msg["message_thread_id"] = thread
            if chat.is_forum:
                msg["is_topic_message"] = True
        if reply is not None and reply["chat"]["id"] != chat.id:
            msg["external_reply"] = self._external_reply(reply)
        elif reply is not None:
            msg["reply_to_message"] = shallow_message(reply)
        elif thread is not None and chat.is_forum and thread in chat.messages:
            msg["reply_to_message"] = shallow_message(chat.messages[thread])
        msg.update(body)
        if validation.is_inline(markup):
            msg["reply_markup"] = markup
        elif markup and "keyboard" in markup:
            chat.reply_keyboard = markup
        elif markup and markup.get("remove_keyboard"):
            chat.reply_keyboard = None
        if protect:
            msg["has_protected_content"] = True
        self.world.add_message(chat, msg, from_bot=True)
        self.sim.notify("sent", chat.id, msg)
        return msg

    @staticmethod
    def _external_reply(reply: dict[str, Any]) -> dict[str, Any]:
        sender = reply.get("from")
        origin: dict[str, Any] = (
            {"type": "user", "sender_user": sender, "date": reply["date"]}
            if sender
            else {"type": "chat", "sender_chat": reply["chat"], "date": reply["date"]}
        )
        return {"origin": origin, "chat": reply["chat"], "message_id": reply["message_id"]}

    def _send(self, p: Params, build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """Validate the common send parameters, build the content and post the message."""
        chat = self._writable(p.chat_id())
        thread = self._thread(chat, p.integer("message_thread_id"))
        reply = self._reply_target(chat, p)
        if thread is None and reply is not None and chat.is_forum:
            same_chat = reply["chat"]["id"] == chat.id
            if same_chat and reply.get("is_topic_message"):
                thread = self._thread(chat, reply.get("message_thread_id"))
        markup = validation.reply_markup(p.decoded("reply_markup"))
        body = build()
        return self._post(
            chat, body, markup, thread=thread, reply=reply, protect=p.boolean("protect_content")
        )

    def _mentions(self, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Turn ``tg://user?id=N`` links to known users into text_mention entities."""
        result = []
        for ent in entities:
            url = str(ent.get("url", ""))
            user_id = url.removeprefix("tg://user?id=")
            user = self.world.users.get(int(user_id)) if user_id.isdigit() else None
            if ent["type"] == "text_link" and url.startswith("tg://user?id=") and user:
                ent = {"type": "text_mention", "offset": ent["offset"], "length": ent["length"]}
                ent["user"] = dict(user)
            result.append(ent)
        return result

    def _text_body(self, p: Params) -> dict[str, Any]:
        text, entities = validation.message_text(
            p.string("text"), p.string("parse_mode"), p.decoded("entities")
        )
        body: dict[str, Any] = {"text": text}
        if entities:
            body["entities"] = self._mentions(entities)
        preview = p.decoded("link_preview_options")
        if isinstance(preview, dict) and preview:
            body["link_preview_options"] = preview
        return body

    def _caption_body(self, p: Params, prefix: str = "") -> dict[str, Any]:
        text, entities = validation.caption(
            p.string(prefix + "caption"),
            p.string(prefix + "parse_mode"),
            p.decoded(prefix + "caption_entities"),
        )
        body: dict[str, Any] = {}
        if text:
            body["caption"] = text
            if entities:
                body["caption_entities"] = self._mentions(entities)
            if p.boolean("show_caption_above_media"):
                body["show_caption_above_media"] = True
        return body

    def _file_from_value(
        self, value: Upload | str | None, name: str, kind: str, uploads: dict[str, Upload]
    ) -> FileRecord:
        if isinstance(value, str) and value.startswith("attach://"):
            value = uploads.get(value[len("attach://") :])
            if value is None:
                raise bad_request(f"file for {name} not found in the request")
        if value is None or value == "":
            raise bad_request(f"there is no {name} in the request")
        if isinstance(value, Upload):
            if not value.data:
                raise bad_request("file must be non-empty")
            if len(value.data) > _UPLOAD_LIMIT:
                raise ApiError(413, "Request Entity Too Large")
            mime = value.content_type
            if kind == "photo":
                mime = "image/jpeg"
            keep_name = kind in ("document", "audio", "video", "animation")
            return self.world.store_file(
                kind, value.data, file_name=value.filename if keep_name else None, mime_type=mime
            )
        if value.startswith(("http://", "https://")):
            file_name = posixpath.basename(urlparse(value).path) or "file"
            mime = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
            return self.world.store_file(kind, b"", file_name=file_name, mime_type=mime)
        record = self.world.files.get(value)
        if record is None:
            raise error(errors.WRONG_FILE_ID)
        compatible = record.kind == kind or {record.kind, kind} == {"document", "animation"}
        if not compatible:
            raise bad_request(
                f"can't use file of type {_kind_title(record.kind)} as {_kind_title(kind)}"
            )
        return record

    def _media_json(self, record: FileRecord, kind: str, spec: dict[str, Any]) -> dict[str, Any]:
        """Return the message fields describing a media file of ``kind``."""

        def num(name: str, default: int) -> int:
            value = spec.get(name)
            try:
                return int(value) if value is not None else default
            except (TypeError, ValueError):
                return default

        if kind == "photo":
            return {"photo": [record.to_json(width=num("width", 800), height=num("height", 600))]}
        if kind == "document":
            return {"document": record.to_json()}
        if kind == "voice":
            return {"voice": record.to_json(duration=num("duration", 1))}
        if kind == "audio":
            return {
                "audio": record.to_json(
                    duration=num("duration", 30),
                    performer=spec.get("performer"),
                    title=spec.get("title"),
                )
            }
        if kind == "video":
            return {
                "video": record.to_json(
                    width=num("width", 640), height=num("height", 360), duration=num("duration", 5)
                )
            }
        if kind == "animation":
            return {
                "animation": record.to_json(
                    width=num("width", 320), height=num("height", 240), duration=num("duration", 3)
                ),
                "document": record.to_json(),
            }
        if kind == "sticker":
            return {
                "sticker": record.to_json(
                    type="regular",
                    width=512,
                    height=512,
                    is_animated=False,
                    is_video=False,
                    emoji=spec.get("emoji"),
                )
            }
        return {
            "video_note": record.to_json(length=num("length", 240), duration=num("duration", 5))
        }

    def _send_media(self, p: Params, kind: str) -> dict[str, Any]:
        def build() -> dict[str, Any]:
            record = self._file_from_value(p.file(kind), kind, kind, p.uploads)
            body = self._media_json(record, kind, p.values)
            if kind not in ("sticker", "video_note"):
                body.update(self._caption_body(p))
            if p.boolean("has_spoiler") and kind in ("photo", "video", "animation"):
                body["has_media_spoiler"] = True
            return body

        return self._send(p, build)

    def _bot_message(self, chat: ChatState, message_id: int | None) -> dict[str, Any]:
        if message_id is None:
            raise bad_request("message identifier is not specified")
        msg = chat.messages.get(message_id)
        if msg is None:
            raise error(errors.MESSAGE_TO_EDIT_NOT_FOUND)
        if message_id not in chat.bot_message_ids or message_id in chat.service_ids:
            raise error(errors.MESSAGE_CANT_BE_EDITED)
        return msg

    def _editable(self, p: Params) -> tuple[ChatState, dict[str, Any]]:
        if p.has("inline_message_id"):
            raise bad_request("MESSAGE_ID_INVALID")
        chat = self._writable(p.chat_id())
        return chat, self._bot_message(chat, p.integer("message_id"))

    def _edit_markup(self, p: Params) -> dict[str, Any] | None:
        markup = validation.reply_markup(p.decoded("reply_markup"))
        if markup is not None and not validation.is_inline(markup):
            raise bad_request("inline keyboard expected")
        return markup

    def _apply_edit(
        self, chat: ChatState, msg: dict[str, Any], changes: dict[str, Any]
    ) -> dict[str, Any]:
        """Apply field changes (None removes a field); raise if nothing would change."""
        if all(msg.get(k) == v for k, v in changes.items()):
            raise error(errors.MESSAGE_NOT_MODIFIED)
        for key, value in changes.items():
            if value is None:
                msg.pop(key, None)
            else:
                msg[key] = value
        msg["edit_date"] = self.world.date()
        self.sim.notify("edited", chat.id, msg)
        return msg

    def _copy_content(
        self, source: dict[str, Any], p: Params | None, *, keep_caption: bool = True
    ) -> dict[str, Any]:
        if any(key in source for key in SERVICE_KEYS):
            raise bad_request("message can't be copied")
        body = copy.deepcopy({k: source[k] for k in _COPYABLE if k in source})
        if p is not None and (p.has("caption") or p.boolean("remove_caption")):
            body.pop("caption", None)
            body.pop("caption_entities", None)
            if not p.boolean("remove_caption"):
                body.update(self._caption_body(p))
        elif not keep_caption:
            body.pop("caption", None)
        return body

    def _source_message(self, p: Params, detail: str) -> tuple[ChatState, dict[str, Any]]:
        source_chat = self._readable(p.chat_id("from_chat_id"))
        mid = p.integer("message_id", required=True)
        msg = source_chat.messages.get(mid) if mid is not None else None
        if msg is None:
            raise bad_request(f"message to {detail} not found")
        if msg.get("has_protected_content"):
            raise bad_request(
                "message can't be forwarded" if detail == "forward" else "message can't be copied"
            )
        return source_chat, msg

    def _message_ids(self, p: Params) -> list[int]:
        ids = p.decoded("message_ids")
        if not isinstance(ids, list) or not ids:
            raise bad_request("message identifiers are not specified")
        if len(ids) > 100:
            raise bad_request("too many messages specified")
        try:
            return sorted({int(i) for i in ids})
        except (TypeError, ValueError):
            raise bad_request("can't parse message identifiers") from None

    @api("sendMessage")
    def send_message(self, p: Params) -> dict[str, Any]:
        """Send a text message."""
        return self._send(p, lambda: self._text_body(p))

    @api("sendDocument")
    def send_document(self, p: Params) -> dict[str, Any]:
        """Send a document."""
        return self._send_media(p, "document")

    @api("sendPhoto")
    def send_photo(self, p: Params) -> dict[str, Any]:
        """Send a photo."""
        return self._send_media(p, "photo")

    @api("sendAudio")
    def send_audio(self, p: Params) -> dict[str, Any]:
        """Send an audio file."""
        return self._send_media(p, "audio")

    @api("sendVoice")
    def send_voice(self, p: Params) -> dict[str, Any]:
        """Send a voice note."""
        return self._send_media(p, "voice")

    @api("sendVideo")
    def send_video(self, p: Params) -> dict[str, Any]:
        """Send a video."""
        return self._send_media(p, "video")

    @api("sendAnimation")
    def send_animation(self, p: Params) -> dict[str, Any]:
        """Send an animation."""
        return self._send_media(p, "animation")

    @api("sendSticker")
    def send_sticker(self, p: Params) -> dict[str, Any]:
        """Send a sticker."""
        return self._send_media(p, "sticker")

    @api("sendVideoNote")
    def send_video_note(self, p: Params) -> dict[str, Any]:
        """Send a round video note."""
        return self._send_media(p, "video_note")

    @api("sendMediaGroup")
    def send_media_group(self, p: Params) -> list[dict[str, Any]]:
        """Send an album of 2–10 photos/videos/documents/audios."""
        chat = self._writable(p.chat_id())
        thread = self._thread(chat, p.integer("message_thread_id"))
        reply = self._reply_target(chat, p)
        media = p.decoded("media")
        if not isinstance(media, list) or not 2 <= len(media) <= 10:
            raise bad_request("wrong number of media specified")
        group_id = str(self.world.rng.getrandbits(60))
        bodies: list[dict[str, Any]] = []
        for item in media:
            kind = item.get("type") if isinstance(item, dict) else None
            if kind not in ("photo", "video", "document", "audio"):
                raise bad_request("can't parse InputMedia JSON object")
            record = self._file_from_value(item.get("media"), "media", kind, p.uploads)
            body = self._media_json(record, kind, item)
            body.update(self._caption_body(Params(item)))
            body["media_group_id"] = group_id
            bodies.append(body)
        protect = p.boolean("protect_content")
        return [
            self._post(chat, body, None, thread=thread, reply=reply, protect=protect)
            for body in bodies
        ]

    @api("sendLocation")
    def send_location(self, p: Params) -> dict[str, Any]:
        """Send a point on the map."""

        def build() -> dict[str, Any]:
            return {"location": self._location(p)}

        return self._send(p, build)

    def _location(self, p: Params) -> dict[str, Any]:
        lat = p.number("latitude", required=True)
        lon = p.number("longitude", required=True)
        assert lat is not None
        assert lon is not None
        validation.coordinates(lat, lon)
        loc: dict[str, Any] = {"latitude": lat, "longitude": lon}
        for name in ("horizontal_accuracy", "live_period", "heading", "proximity_alert_radius"):
            if p.has(name):
                loc[name] = p.raw(name)
        return loc

    @api("sendVenue")
    def send_venue(self, p: Params) -> dict[str, Any]:
        """Send a venue (location with title and address)."""

        def build() -> dict[str, Any]:
            loc = self._location(p)
            venue: dict[str, Any] = {
                "location": loc,
                "title": p.string("title", required=True),
                "address": p.string("address", required=True),
            }
            for name in (
                "foursquare_id",
                "foursquare_type",
                "google_place_id",
                "google_place_type",
            ):
                if p.has(name):
                    venue[name] = p.string(name)
            return {"venue": venue, "location": loc}

        return self._send(p, build)

    @api("sendContact")
    def send_contact(self, p: Params) -> dict[str, Any]:
        """Send a phone contact."""

        def build() -> dict[str, Any]:
            contact: dict[str, Any] = {
                "phone_number": p.string("phone_number", required=True),
                "first_name": p.string("first_name", required=True),
            }
            for name in ("last_name", "vcard"):
                if p.has(name):
                    contact[name] = p.string(name)
            return {"contact": contact}

        return self._send(p, build)

    @api("sendPoll")
    def send_poll(self, p: Params) -> dict[str, Any]:
        """Send a poll."""

        def build() -> dict[str, Any]:
            question = p.string("question")
            if not question:
                raise bad_request("poll question must be non-empty")
            options = p.decoded("options")
            if not isinstance(options, list) or not 2 <= len(options) <= 12:
                raise bad_request("poll must have 2-12 options")
            texts = [o.get("text", "") if isinstance(o, dict) else str(o) for o in options]
            poll_type = p.string("type", "regular") or "regular"
            correct = p.decoded("correct_option_ids")
            if correct is None and p.has("correct_option_id"):
                correct = [p.integer("correct_option_id")]
            poll = poll_json(
                str(self.world.rng.getrandbits(62)),
                question,
                texts,
                is_anonymous=p.boolean("is_anonymous", True),
                poll_type=poll_type,
                allows_multiple_answers=p.boolean("allows_multiple_answers"),
                is_closed=p.boolean("is_closed"),
                correct_option_ids=correct if poll_type == "quiz" else None,
            )
            return {"poll": poll}

        return self._send(p, build)

    @api("sendDice")
    def send_dice(self, p: Params) -> dict[str, Any]:
        """Send an animated dice with a random value."""

        def build() -> dict[str, Any]:
            emoji = p.string("emoji", "🎲") or "🎲"
            if emoji not in _DICE_RANGES:
                raise bad_request("wrong emoji specified")
            return {
                "dice": {"emoji": emoji, "value": self.world.rng.randint(1, _DICE_RANGES[emoji])}
            }

        return self._send(p, build)

    @api("sendChatAction")
    def send_chat_action(self, p: Params) -> bool:
        """Show a chat action such as ``typing``."""
        chat = self._writable(p.chat_id())
        self._thread(chat, p.integer("message_thread_id"))
        action = p.string("action", required=True)
        if action not in validation.CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        self.sim.notify("action", chat.id, {"action": action})
        return True

    @api("copyMessage")
    def copy_message(self, p: Params) -> dict[str, int]:
        """Copy a message; answers only a MessageId."""
        _, source = self._source_message(p, "copy")
        msg = self._send(p, lambda: self._copy_content(source, p))
        return {"message_id": msg["message_id"]}

    @api("copyMessages")
    def copy_messages(self, p: Params) -> list[dict[str, int]]:
        """Copy several messages; missing ones are skipped."""
        source_chat = self._readable(p.chat_id("from_chat_id"))
        chat = self._writable(p.chat_id())
        thread = self._thread(chat, p.integer("message_thread_id"))
        result = []
        for mid in self._message_ids(p):
            source = source_chat.messages.get(mid)
            if source is None or any(k in source for k in SERVICE_KEYS):
                continue
            body = self._copy_content(source, None, keep_caption=not p.boolean("remove_caption"))
            result.append({"message_id": self._post(chat, body, thread=thread)["message_id"]})
        if not result:
            raise bad_request("messages to copy not found")
        return result

    def _forward_body(self, source: dict[str, Any]) -> dict[str, Any]:
        body = self._copy_content(source, None)
        sender = source.get("from")
        if source.get("forward_origin"):
            body["forward_origin"] = source["forward_origin"]
        elif sender:
            body["forward_origin"] = {
                "type": "user",
                "sender_user": sender,
                "date": source["date"],
            }
        else:
            body["forward_origin"] = {
                "type": "chat",
                "sender_chat": source["chat"],
                "date": source["date"],
            }
        return body

    @api("forwardMessage")
    def forward_message(self, p: Params) -> dict[str, Any]:
        """Forward a message, keeping its origin."""
        _, source = self._source_message(p, "forward")
        return self._send(p, lambda: self._forward_body(source))

    @api("forwardMessages")
    def forward_messages(self, p: Params) -> list[dict[str, int]]:
        """Forward several messages; missing ones are skipped."""
        source_chat = self._readable(p.chat_id("from_chat_id"))
        chat = self._writable(p.chat_id())
        thread = self._thread(chat, p.integer("message_thread_id"))
        result = []
        for mid in self._message_ids(p):
            source = source_chat.messages.get(mid)
            if source is None or any(k in source for k in SERVICE_KEYS):
                continue
            msg = self._post(chat, self._forward_body(source), thread=thread)
            result.append({"message_id": msg["message_id"]})
        if not result:
            raise bad_request("messages to forward not found")
        return result

    @api("editMessageText")
    def edit_message_text(self, p: Params) -> dict[str, Any]:
        """Edit the text (and keyboard) of a bot message."""
        chat, msg = self._editable(p)
        if "text" not in msg:
            raise bad_request("there is no text in the message to edit")
        body = self._text_body(p)
        markup = self._edit_markup(p)
        changes = {
            "text": body["text"],
            "entities": body.get("entities"),
            "reply_markup": markup,
        }
        if "link_preview_options" in body:
            changes["link_preview_options"] = body["link_preview_options"]
        return self._apply_edit(chat, msg, changes)

    @api("editMessageReplyMarkup")
    def edit_message_reply_markup(self, p: Params) -> dict[str, Any]:
        """Replace or remove the inline keyboard of a bot message."""
        chat, msg = self._editable(p)
        return self._apply_edit(chat, msg, {"reply_markup": self._edit_markup(p)})

    @api("editMessageCaption")
    def edit_message_caption(self, p: Params) -> dict[str, Any]:
        """Edit the caption (and keyboard) of a bot media message."""
        chat, msg = self._editable(p)
        if not any(key in msg for key in MEDIA_KEYS):
            raise bad_request("there is no caption in the message to edit")
        body = self._caption_body(p)
        changes = {
            "caption": body.get("caption"),
            "caption_entities": body.get("caption_entities"),
            "reply_markup": self._edit_markup(p),
        }
        return self._apply_edit(chat, msg, changes)

    def _delete(self, chat: ChatState, mid: int) -> None:
        msg = chat.messages.get(mid)
        if msg is None:
            raise error(errors.MESSAGE_TO_DELETE_NOT_FOUND)
        own = mid in chat.bot_message_ids
        if chat.is_group and not own and not chat.bot_can("can_delete_messages"):
            raise error(errors.MESSAGE_CANT_BE_DELETED)
        if self.world.date() - int(msg.get("date", 0)) > 48 * 3600 and not (
            chat.is_group and chat.bot_can("can_delete_messages")
        ):
            raise bad_request("message can't be deleted for everyone")
        chat.deleted[mid] = chat.messages.pop(mid)
        if chat.is_forum and mid in chat.topics:
            del chat.topics[mid]
        self.sim.notify("deleted", chat.id, msg)

    @api("deleteMessage")
    def delete_message(self, p: Params) -> bool:
        """Delete a message."""
        chat = self._readable(p.chat_id())
        mid = p.integer("message_id", required=True)
        assert mid is not None
        self._delete(chat, mid)
        return True

    @api("deleteMessages")
    def delete_messages(self, p: Params) -> bool:
        """Delete several messages; ones that can't be found are skipped."""
        chat = self._readable(p.chat_id())
        deleted = 0
        for mid in self._message_ids(p):
            try:
                self._delete(chat, mid)
            except ApiError:
                continue
            deleted += 1
        if not deleted:
            raise error(errors.MESSAGE_TO_DELETE_NOT_FOUND)
        return True

    @api("answerCallbackQuery")
    def answer_callback_query(self, p: Params) -> bool:
        """Answer a callback query (once, within 15 minutes)."""
        qid = p.string("callback_query_id", required=True) or ""
        record = self.world.callbacks.get(qid)
        if record is None or record.answered or self.sim.clock() - record.created > 900:
            raise error(errors.QUERY_TOO_OLD)
        text = validation.callback_answer_text(p.string("text"))
        record.answered = True
        answer: dict[str, Any] = {
            "callback_query_id": qid,
            "text": text,
            "show_alert": p.boolean("show_alert"),
        }
        if p.has("url"):
            answer["url"] = p.string("url")
        self.sim.record_callback_answer(record.user_id, answer)
        return True

    @api("pinChatMessage")
    def pin_chat_message(self, p: Params) -> bool:
        """Pin a message."""
        chat = self._writable(p.chat_id())
        if chat.is_group and not chat.bot_can("can_pin_messages"):
            raise bad_request("not enough rights to manage pinned messages in the chat")
        mid = p.integer("message_id", required=True)
        if mid not in chat.messages:
            raise bad_request("message to pin not found")
        assert mid is not None
        chat.pinned = [m for m in chat.pinned if m != mid] + [mid]
        return True

    @api("unpinChatMessage")
    def unpin_chat_message(self, p: Params) -> bool:
        """Unpin one message (the newest pinned one by default)."""
        chat = self._writable(p.chat_id())
        mid = p.integer("message_id")
        if mid is None:
            chat.pinned = chat.pinned[:-1]
        else:
            chat.pinned = [m for m in chat.pinned if m != mid]
        return True

    @api("unpinAllChatMessages")
    def unpin_all_chat_messages(self, p: Params) -> bool:
        """Unpin every message."""
        self._writable(p.chat_id()).pinned = []
        return True

    @api("setMessageReaction")
    def set_message_reaction(self, p: Params) -> bool:
        """Set the bot's reaction on a message."""
        chat = self._writable(p.chat_id())
        if p.integer("message_id") not in chat.messages:
            raise bad_request("message to react not found")
        return True

    @api("getFile")
    def get_file(self, p: Params) -> dict[str, Any]:
        """Return a File with a ``file_path`` downloadable under ``base_file_url``."""
        file_id = p.string("file_id", required=True) or ""
        record = self.world.files.get(file_id)
        if record is None:
            raise bad_request("wrong file_id or the file is temporarily unavailable")
        if len(record.data) > _DOWNLOAD_LIMIT:
            raise bad_request("file is too big")
        return {
            "file_id": record.file_id,
            "file_unique_id": record.file_unique_id,
            "file_size": len(record.data),
            "file_path": record.file_path,
        }
