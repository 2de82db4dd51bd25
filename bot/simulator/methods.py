"""The simulator's Bot API: every method handler, composed into one class."""

from __future__ import annotations

from .api import HANDLERS, SENDING_METHODS, UNSUPPORTED, Described, canonical_method
from .chats import ChatMethods
from .messaging import MessagingMethods

__all__ = [
    "HANDLERS",
    "SENDING_METHODS",
    "UNSUPPORTED",
    "BotApi",
    "Described",
    "canonical_method",
]


class BotApi(MessagingMethods, ChatMethods):
    """The simulator's Bot API; ``HANDLERS[name](api, params)`` answers one method."""
