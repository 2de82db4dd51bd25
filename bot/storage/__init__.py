"""SQLite storage: one connection, numbered migrations, repositories grouped by area."""

from bot.storage.db import Database

__all__ = ["Database"]
