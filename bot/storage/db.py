"""The SQLite database: the single source of truth for anything that must survive a restart.

One aiosqlite connection per process, in WAL mode with foreign keys on and a busy timeout.
Migrations are numbered `.sql` files in `migrations/`. Each applied number is recorded in
`schema_migrations`, so a number may be missing (reserved for a feature built on another
branch) and a lower number that arrives later is still applied. `PRAGMA user_version` keeps the
highest applied number; databases from before `schema_migrations` count 1..user_version as
applied.

Privacy convention: every table that names a person has a `user_id` column. `/mydata` exports
and `/forget` deletes through that column for every such table, so a new table is covered the
day it is added (a test scans the whole schema to hold us to it).
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

log = logging.getLogger(__name__)

MIGRATION_RE = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
T = TypeVar("T")


def migration_files() -> list[tuple[int, str, str]]:
    """All migrations as (number, name, sql), in order. Numbers are unique; gaps are allowed
    (a number can be reserved for work on another branch)."""
    found: list[tuple[int, str, str]] = []
    folder = resources.files("bot.storage") / "migrations"
    for entry in folder.iterdir():
        match = MIGRATION_RE.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    for (number, name, _), (previous, other, _) in zip(found[1:], found, strict=False):
        if number == previous:
            raise RuntimeError(f"migrations {other} and {name} share the number {number:04d}")
    return found


class Database:
    """A thin async wrapper over one aiosqlite connection."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._conn: aiosqlite.Connection | None = None
        self._tx_lock = asyncio.Lock()

    @property
    def conn(self) -> aiosqlite.Connection:
        """The open connection."""
        if self._conn is None:
            raise RuntimeError("database is not open")
        return self._conn

    async def open(self) -> None:
        """Open, set pragmas, apply pending migrations."""
        if self.path.parent and str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = await aiosqlite.connect(self.path, isolation_level=None)
        self._conn.row_factory = aiosqlite.Row
        await self._conn.execute("PRAGMA journal_mode=WAL")
        await self._conn.execute("PRAGMA foreign_keys=ON")
        await self._conn.execute("PRAGMA busy_timeout=5000")
        await self._conn.execute("PRAGMA synchronous=NORMAL")
        await self.migrate()

    async def close(self) -> None:
        """Close the connection."""
        if self._conn is not None:
            await self._conn.close()
            self._conn = None

    async def migrate(self) -> int:
        """Apply every migration not applied yet, in number order; return the highest applied."""
        version = int(await self.scalar("PRAGMA user_version") or 0)
        await self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL)"
        )
        applied = {row[0] for row in await self.fetchall("SELECT number FROM schema_migrations")}
        files = migration_files()
        if not applied and version:
            # A database from before schema_migrations: 1..user_version were applied in order.
            for number, name, _ in files:
                if number <= version:
                    await self.execute(
                        "INSERT INTO schema_migrations (number, name) VALUES (?, ?)",
                        (number, name),
                    )
                    applied.add(number)
        for number, name, sql in files:
            if number in applied:
                continue
            log.info("applying migration %s", name)
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                # executescript would commit implicitly; run statements one by one instead.
                for statement in _split_sql(sql):
                    await self.conn.execute(statement)
                await self.conn.execute(
                    "INSERT INTO schema_migrations (number, name) VALUES (?, ?)", (number, name)
                )
                version = max(version, number)
                await self.conn.execute(f"PRAGMA user_version = {version}")
                await self.conn.execute("COMMIT")
            except Exception:
                await self.conn.execute("ROLLBACK")
                raise
            applied.add(number)
        return version

    async def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work(connection)` on aiosqlite's thread in one round trip. Going through
        aiosqlite's cursor API costs three (execute, fetch, close), and each round trip is
        what a statement costs on a small machine (~0.1 ms). aiosqlite has no public call for
        this; `_execute` and `_conn` are its internals (the version is pinned)."""
        conn = self.conn
        return await conn._execute(lambda: work(conn._conn))

    async def execute(self, sql: str, params: Iterable[Any] = ()) -> int:
        """Run one statement; return the number of changed rows."""
        values = tuple(params)

        def work(conn: sqlite3.Connection) -> int:
            cursor = conn.execute(sql, values)
            try:
                return cursor.rowcount
            finally:
                cursor.close()

        return await self._run(work)

    async def insert(self, sql: str, params: Iterable[Any] = ()) -> int:
        """Run an INSERT; return the new rowid."""
        values = tuple(params)

        def work(conn: sqlite3.Connection) -> int:
            cursor = conn.execute(sql, values)
            try:
                return int(cursor.lastrowid or 0)
            finally:
                cursor.close()

        return await self._run(work)

    async def insert_or_ignore(self, sql: str, params: Iterable[Any] = ()) -> int | None:
        """Run an INSERT OR IGNORE; return the new rowid, or None if nothing was inserted."""
        values = tuple(params)

        def work(conn: sqlite3.Connection) -> int | None:
            cursor = conn.execute(sql, values)
            try:
                return int(cursor.lastrowid or 0) if cursor.rowcount > 0 else None
            finally:
                cursor.close()

        return await self._run(work)

    async def fetchall(self, sql: str, params: Iterable[Any] = ()) -> list[aiosqlite.Row]:
        """All rows of a query."""
        return list(await self.conn.execute_fetchall(sql, tuple(params)))

    async def fetchone(self, sql: str, params: Iterable[Any] = ()) -> aiosqlite.Row | None:
        """The first row of a query, or None."""
        values = tuple(params)

        def work(conn: sqlite3.Connection) -> Any:
            cursor = conn.execute(sql, values)
            try:
                return cursor.fetchone()
            finally:
                cursor.close()

        return await self._run(work)

    async def scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        """The first column of the first row, or None."""
        row = await self.fetchone(sql, params)
        return None if row is None else row[0]

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Database]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on error. One connection serves every
        coroutine, so transactions take turns (a lock), never nest."""
        async with self._tx_lock:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
            await self.conn.execute("COMMIT")

    async def tables(self) -> list[str]:
        """Names of all user tables."""
        rows = await self.fetchall(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
        return [row[0] for row in rows]

    async def columns(self, table: str) -> list[str]:
        """Column names of a table."""
        rows = await self.fetchall(f'PRAGMA table_info("{table}")')
        return [row[1] for row in rows]

    async def personal_tables(self) -> list[str]:
        """Tables that name a person (they have a `user_id` column)."""
        return [t for t in await self.tables() if "user_id" in await self.columns(t)]


def _split_sql(sql: str) -> list[str]:
    """Split a migration into statements (no semicolons inside literals in our migrations)."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]
