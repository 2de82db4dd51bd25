"""What a handler wants to happen, as plain data. Only `bot.telegram_io` turns these into
Telegram calls, so the rest of the code (and the flow engine) stays pure and testable."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Button:
    """One inline button: callback data (from the codec) or a URL."""

    label: str
    data: str | None = None
    url: str | None = None


Keyboard = tuple[tuple[Button, ...], ...]


def rows(buttons: list[Button], per_row: int = 2) -> Keyboard:
    """Lay buttons out `per_row` to a row."""
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))


@dataclass(frozen=True)
class SendText:
    """Send a text message (to the current chat unless `chat_id` is given)."""

    text: str
    keyboard: Keyboard | None = None
    chat_id: int | None = None
    thread_id: int | None = None
    user_id: int | None = None  # the person the message is about, for the outbox
    request_location: str | None = None  # label of a reply-keyboard "share location" button
    remove_reply_keyboard: bool = False


@dataclass(frozen=True)
class SendDocument:
    """Send a file to the current chat."""

    filename: str
    content: bytes
    caption: str | None = None
    mime_type: str = "application/octet-stream"


@dataclass(frozen=True)
class SendVenue:
    """A location pin that opens in the phone's maps."""

    latitude: float
    longitude: float
    title: str
    address: str


@dataclass(frozen=True)
class EditText:
    """Replace the text and buttons of the message whose button was pressed."""

    text: str
    keyboard: Keyboard | None = None


@dataclass(frozen=True)
class AnswerCallback:
    """Acknowledge the button press, optionally with a short notice (at most 200 characters)."""

    text: str | None = None


@dataclass(frozen=True)
class LeaveChat:
    """Leave a group."""

    chat_id: int


Effect = SendText | SendDocument | SendVenue | EditText | AnswerCallback | LeaveChat


@dataclass
class Effects:
    """An ordered list of effects built up by a handler."""

    items: list[Effect] = field(default_factory=list)

    def add(self, *effects: Effect) -> Effects:
        """Append effects; returns self for chaining."""
        self.items.extend(effects)
        return self
