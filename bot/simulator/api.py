"""Method registry and the shared helpers of the simulator's Bot API implementation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import errors
from .errors import ApiError, bad_request, error, forbidden
from .params import Params
from .state import ChatState

if TYPE_CHECKING:
    from .server import BotApiSimulator

Handler = Callable[[Any, Params], Any]
HANDLERS: dict[str, Handler] = {}
_BY_LOWER: dict[str, str] = {}

# Real Bot API methods the simulator does not model: answered 400 with a clear text instead of
# 404 (which PTB would turn into a misleading InvalidToken).
UNSUPPORTED = frozenset(
    {
        "editMessageMedia",
        "editMessageLiveLocation",
        "stopMessageLiveLocation",
        "stopPoll",
        "sendPaidMedia",
        "sendInvoice",
        "createInvoiceLink",
        "answerInlineQuery",
        "answerWebAppQuery",
        "answerShippingQuery",
        "answerPreCheckoutQuery",
        "restrictChatMember",
        "promoteChatMember",
        "setChatPermissions",
        "exportChatInviteLink",
        "createChatInviteLink",
        "editChatInviteLink",
        "revokeChatInviteLink",
        "approveChatJoinRequest",
        "declineChatJoinRequest",
        "setChatPhoto",
        "deleteChatPhoto",
        "setChatTitle",
        "setChatDescription",
        "setChatStickerSet",
        "deleteChatStickerSet",
        "getUserProfilePhotos",
        "getStickerSet",
        "uploadStickerFile",
        "createNewStickerSet",
        "sendGame",
        "setGameScore",
        "getGameHighScores",
        "getUserChatBoosts",
        "getBusinessConnection",
        "setMyDefaultAdministratorRights",
        "getMyDefaultAdministratorRights",
        "editGeneralForumTopic",
        "closeGeneralForumTopic",
        "reopenGeneralForumTopic",
        "hideGeneralForumTopic",
        "unhideGeneralForumTopic",
        "unpinAllForumTopicMessages",
        "unpinAllGeneralForumTopicMessages",
        "getCustomEmojiStickers",
        "setChatAdministratorCustomTitle",
        "banChatSenderChat",
        "unbanChatSenderChat",
        "getStarTransactions",
        "refundStarPayment",
    }
)

# Methods that count against flood limits and storms.
SENDING_METHODS = frozenset(
    {
        "sendMessage",
        "sendDocument",
        "sendPhoto",
        "sendAudio",
        "sendVoice",
        "sendVideo",
        "sendAnimation",
        "sendSticker",
        "sendVideoNote",
        "sendMediaGroup",
        "sendLocation",
        "sendVenue",
        "sendContact",
        "sendPoll",
        "sendDice",
        "copyMessage",
        "copyMessages",
        "forwardMessage",
        "forwardMessages",
        "editMessageText",
        "editMessageReplyMarkup",
        "editMessageCaption",
    }
)


@dataclass
class Described:
    """A result that Telegram answers with an extra ``description`` (e.g. setWebhook)."""

    result: Any
    description: str


def api(name: str) -> Callable[[Handler], Handler]:
    """Register a handler for the Bot API method ``name``."""

    def register(fn: Handler) -> Handler:
        HANDLERS[name] = fn
        return fn

    return register


def canonical_method(name: str) -> str | None:
    """Return the canonical camelCase name for a case-insensitive method name."""
    known = (*HANDLERS, *UNSUPPORTED)
    if len(_BY_LOWER) != len(known):
        _BY_LOWER.clear()
        _BY_LOWER.update({method.lower(): method for method in known})
    return _BY_LOWER.get(name.lower())


class ApiBase:
    """State access and chat checks shared by every group of Bot API methods."""

    def __init__(self, sim: BotApiSimulator) -> None:
        self.sim = sim
        self.world = sim.world

    def _writable(self, chat_id: int | str | None) -> ChatState:
        chat = self.world.chat(chat_id)
        if chat.migrated_to is not None:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": chat.migrated_to},
            )
        if chat.type == "private":
            if chat.bot_status == "kicked":
                raise error(errors.BOT_BLOCKED, 403)
            if not chat.started:
                raise error(errors.CANT_INITIATE, 403)
            return chat
        self._check_member(chat)
        if chat.type == "channel" and chat.bot_status != "administrator":
            raise bad_request("need administrator rights in the channel chat")
        return chat

    @staticmethod
    def _check_member(chat: ChatState) -> None:
        if chat.bot_status == "kicked":
            raise forbidden(f"bot was kicked from the {chat.label} chat")
        if chat.bot_status == "left":
            raise forbidden(f"bot is not a member of the {chat.label} chat")

    def _readable(self, chat_id: int | str | None) -> ChatState:
        chat = self.world.chat(chat_id)
        if chat.is_group:
            self._check_member(chat)
        return chat

    @staticmethod
    def _thread(chat: ChatState, thread_id: int | None) -> int | None:
        if not thread_id or chat.type == "private":
            return None
        if chat.is_forum:
            topic = chat.topics.get(thread_id)
            if topic is None:
                raise error(errors.THREAD_NOT_FOUND)
            if topic.closed and not chat.bot_can("can_manage_topics"):
                raise error(errors.TOPIC_CLOSED)
            return thread_id
        if thread_id not in chat.messages:
            raise error(errors.THREAD_NOT_FOUND)
        return thread_id
