"""Drop-in booking, the pure core: programme files (`model`), when sessions happen and what
can be booked (`slots`), and calendar files for a booking (`ics`). No Telegram, no database."""

from __future__ import annotations

from bot.dropin.model import (
    CLOSURE_REASONS,
    DropinData,
    RotaEntry,
    SessionException,
    SessionRule,
    load_dropins,
)

__all__ = [
    "CLOSURE_REASONS",
    "DropinData",
    "RotaEntry",
    "SessionException",
    "SessionRule",
    "load_dropins",
]
