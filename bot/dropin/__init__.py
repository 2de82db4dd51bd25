"""Drop-in booking, the pure core: programme files (`model`), when sessions happen and what
can be booked (`slots`), and calendar files for a booking (`ics`). No Telegram, no database."""

from __future__ import annotations

from bot.dropin.ics import booking_ics
from bot.dropin.model import (
    CLOSURE_REASONS,
    DropinData,
    RotaEntry,
    SessionException,
    SessionRule,
    load_dropins,
)
from bot.dropin.slots import (
    Occurrence,
    Slot,
    bank_holidays,
    bookable,
    capacity,
    occurrence,
    occurrences,
    parse_key,
    slots,
    upcoming_slots,
)

__all__ = [
    "CLOSURE_REASONS",
    "DropinData",
    "Occurrence",
    "RotaEntry",
    "SessionException",
    "SessionRule",
    "Slot",
    "bank_holidays",
    "bookable",
    "booking_ics",
    "capacity",
    "load_dropins",
    "occurrence",
    "occurrences",
    "parse_key",
    "slots",
    "upcoming_slots",
]
