"""The sandbox's state: one SQLite database behind one lock.

Every request runs inside :meth:`Store.transaction`, which holds the lock and wraps the handler in
one SQLite transaction, so a request's changes apply completely or not at all and concurrent
requests are serialised. Foreign keys cascade: deleting a list deletes its subscribers, fields,
segments and campaigns; deleting a campaign deletes its logs, bounces, opens and clicks.
"""

from __future__ import annotations

import random
import secrets
import sqlite3
import string
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

__all__ = ["QueryCache", "Store", "bump_quota", "fast_uids", "new_uid", "now", "quota_used"]

SCHEMA_VERSION = "1"

_UID_ALPHABET = string.ascii_lowercase + string.digits

# The tables of a campaign's events (delivery logs, bounces, unsubscribes, opens, clicks) are alike
# and written out each: the schema reads as the SQL it is.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lists (
    id INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE, data TEXT NOT NULL, date_added TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS fields (
    id INTEGER PRIMARY KEY AUTOINCREMENT, list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
    tag TEXT NOT NULL, label TEXT NOT NULL, type TEXT NOT NULL, required TEXT NOT NULL,
    visibility TEXT NOT NULL, sort_order INTEGER NOT NULL, help_text TEXT NOT NULL,
    description TEXT NOT NULL, default_value TEXT NOT NULL, options TEXT NOT NULL,
    date_added TEXT NOT NULL, UNIQUE (list_id, tag)
);
CREATE TABLE IF NOT EXISTS subscribers (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
    email TEXT NOT NULL COLLATE NOCASE, status TEXT NOT NULL, source TEXT NOT NULL,
    ip_address TEXT NOT NULL, date_added TEXT NOT NULL,
    -- Custom field values keyed by field id, so renaming a tag needs no rewrite.
    fields TEXT NOT NULL DEFAULT '{}',
    UNIQUE (list_id, email)
);
CREATE INDEX IF NOT EXISTS subscribers_by_list ON subscribers (list_id, id);
CREATE INDEX IF NOT EXISTS subscribers_by_status ON subscribers (list_id, status, id);
CREATE INDEX IF NOT EXISTS subscribers_by_email ON subscribers (email, id);
CREATE TABLE IF NOT EXISTS segments (
    id INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE,
    list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
    name TEXT NOT NULL, operator_match TEXT NOT NULL, conditions TEXT NOT NULL,
    campaign_conditions TEXT NOT NULL, date_added TEXT NOT NULL,
    -- 'active', or 'pending-delete' once deleted through the API (deleting it again purges it).
    status TEXT NOT NULL DEFAULT 'active'
);
CREATE INDEX IF NOT EXISTS segments_by_list ON segments (list_id, id);
CREATE TABLE IF NOT EXISTS templates (
    id INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, content TEXT NOT NULL,
    archive BLOB, inline_css TEXT NOT NULL, date_added TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS campaigns (
    id INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE,
    list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
    segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
    name TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,
    -- Everything else (senders, subject, send_at, template, options, extra fields) as JSON.
    data TEXT NOT NULL, date_added TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS campaign_urls (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    hash TEXT NOT NULL, destination TEXT NOT NULL, PRIMARY KEY (campaign_id, hash)
);
CREATE TABLE IF NOT EXISTS delivery_logs (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
    message TEXT NOT NULL, status TEXT NOT NULL, retries INTEGER NOT NULL, max_retries INTEGER NOT NULL,
    email_message_id TEXT NOT NULL UNIQUE, delivery_confirmed TEXT NOT NULL, date_added TEXT NOT NULL,
    UNIQUE (campaign_id, subscriber_id)
);
CREATE TABLE IF NOT EXISTS bounces (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
    message TEXT NOT NULL, bounce_type TEXT NOT NULL, processed TEXT NOT NULL, date_added TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS bounces_by_campaign ON bounces (campaign_id, id);
CREATE TABLE IF NOT EXISTS unsubscribes (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
    ip_address TEXT NOT NULL, user_agent TEXT NOT NULL, reason TEXT NOT NULL, note TEXT NOT NULL,
    date_added TEXT NOT NULL, UNIQUE (campaign_id, subscriber_id)
);
CREATE TABLE IF NOT EXISTS opens (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
    ip_address TEXT NOT NULL, user_agent TEXT NOT NULL, date_added TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS opens_by_campaign ON opens (campaign_id, subscriber_id);
CREATE TABLE IF NOT EXISTS clicks (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
    hash TEXT NOT NULL, ip_address TEXT NOT NULL, user_agent TEXT NOT NULL, date_added TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS clicks_by_campaign ON clicks (campaign_id, subscriber_id);
CREATE TABLE IF NOT EXISTS transactional_emails (
    id INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE, data TEXT NOT NULL, body TEXT NOT NULL,
    date_added TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attachments (
    email_id INTEGER NOT NULL REFERENCES transactional_emails(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (email_id, position)
);
-- Every foreign key gets an index: a cascading delete of 100,000 subscribers must not scan
-- each child table once per subscriber.
CREATE INDEX IF NOT EXISTS campaigns_by_list ON campaigns (list_id);
CREATE INDEX IF NOT EXISTS campaigns_by_segment ON campaigns (segment_id);
CREATE INDEX IF NOT EXISTS delivery_logs_by_subscriber ON delivery_logs (subscriber_id);
CREATE INDEX IF NOT EXISTS bounces_by_subscriber ON bounces (subscriber_id);
CREATE INDEX IF NOT EXISTS unsubscribes_by_subscriber ON unsubscribes (subscriber_id);
CREATE INDEX IF NOT EXISTS opens_by_subscriber ON opens (subscriber_id);
CREATE INDEX IF NOT EXISTS clicks_by_subscriber ON clicks (subscriber_id);
-- Addresses no list may take (the account's and the server's email blacklist).
CREATE TABLE IF NOT EXISTS email_blacklist (
    email TEXT PRIMARY KEY COLLATE NOCASE, reason TEXT NOT NULL, date_added TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE, email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    data TEXT NOT NULL, date_added TEXT NOT NULL
);
"""


def _base36(n: int) -> str:
    digits = []
    for _ in range(13):
        n, digit = divmod(n, 36)
        digits.append(_UID_ALPHABET[digit])
    return "".join(digits)


def new_uid() -> str:
    """A fresh unique id in Pakat's style: 13 lower-case letters and digits."""
    return _base36(secrets.randbelow(36**13))


def fast_uids(count: int) -> list[str]:
    """``count`` ids drawn from a seeded non-cryptographic generator, for bulk seeding."""
    rng = random.Random(secrets.randbits(64))
    return [_base36(rng.randrange(36**13)) for _ in range(count)]


def now() -> str:
    """The current UTC time as ``Y-m-d H:i:s``, the format Pakat sends."""
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")


def quota_used(db: sqlite3.Connection) -> int:
    """Emails counted against the quota so far (transactional emails and campaign deliveries)."""
    row = db.execute("SELECT value FROM meta WHERE key = 'quota_used'").fetchone()
    return int(row[0]) if row else 0


def bump_quota(db: sqlite3.Connection, emails: int) -> None:
    """Count ``emails`` more sent emails. Kept apart from the logs, so deleting does not refund."""
    db.execute(
        "INSERT INTO meta (key, value) VALUES ('quota_used', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + excluded.value",
        (emails,),
    )


class QueryCache:
    """Counts and page boundaries remembered until the next write to the database.

    Paging through 100,000 subscribers would otherwise count them again for every page and skip
    ever more rows with OFFSET; with no write in between, the count is reused and the next page
    starts after the last id of the previous one. Any row changed anywhere forgets everything
    (``total_changes`` moves), so a cached answer is never stale.
    """

    def __init__(self) -> None:
        self._stamp = -1
        self._counts: dict[tuple[Any, ...], int] = {}
        self._last_ids: dict[tuple[Any, ...], int] = {}

    def _sync(self, db: sqlite3.Connection) -> None:
        if db.total_changes != self._stamp:
            self._stamp = db.total_changes
            self._counts.clear()
            self._last_ids.clear()

    def count(self, db: sqlite3.Connection, sql: str, args: tuple[Any, ...]) -> int:
        self._sync(db)
        key = (sql, args)
        if key not in self._counts:
            self._counts[key] = int(db.execute(sql, args).fetchone()[0])
        return self._counts[key]

    def last_id(self, db: sqlite3.Connection, key: tuple[Any, ...]) -> int | None:
        """The last id of the page ``key`` names, if that page was served since the last write."""
        self._sync(db)
        return self._last_ids.get(key)

    def remember_last_id(self, key: tuple[Any, ...], last_id: int) -> None:
        if len(self._last_ids) > 10_000:
            self._last_ids.clear()
        self._last_ids[key] = last_id


# Columns added since a file database may have been created: (table, column, declaration).
_ADDED_COLUMNS = (("segments", "status", "TEXT NOT NULL DEFAULT 'active'"),)


def _add_missing_columns(db: sqlite3.Connection) -> None:
    """Bring a database file made by an older sandbox up to the current schema."""
    for table, column, declaration in _ADDED_COLUMNS:
        present = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        if column not in present:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")


class Store:
    """An SQLite database (``:memory:`` when ``path`` is None) guarded by a re-entrant lock."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path
        # One connection shared by all request threads; the lock makes that safe.
        self._db = sqlite3.connect(
            path or ":memory:", check_same_thread=False, isolation_level=None, timeout=30
        )
        self._db.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self.cache = QueryCache()
        self._db.execute("PRAGMA foreign_keys = ON")
        if path:
            self._db.execute("PRAGMA journal_mode = WAL")
            # A test double need not survive power loss; fsync per request would dominate.
            self._db.execute("PRAGMA synchronous = OFF")
        self._db.executescript(_SCHEMA)
        _add_missing_columns(self._db)
        with self.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,)
            )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Hold the lock and run one SQLite transaction; roll back if the block raises."""
        with self._lock:
            if self._db.in_transaction:
                # Re-entered from inside a transaction (a helper called by a handler): join it.
                yield self._db
                return
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def close(self) -> None:
        """Close the database; the store is unusable afterwards."""
        with self._lock:
            self._db.close()
