"""The history database's tables, and the migrations that build and upgrade them.

The schema version lives in SQLite's ``PRAGMA user_version``. Migration
``MIGRATIONS[n]`` takes a database from version ``n`` to ``n + 1``; a new
database is version 0 and goes through all of them. Each migration runs in
the same transaction as the version bump, so an interrupted upgrade leaves
the old version behind, never half of the new one.

Layout (version 1). Every moment is stored twice: ``*_ts`` is UTC seconds
since the epoch (for ranges and order), ``*_local`` the ISO 8601 local time
with the UTC offset in force then (for the day it belongs to).

- ``event_log``: every engine event once, under a stable key (see
  ``history_write.event_key``), as the JSON the app also logs; the typed
  tables below are derived from it as events arrive.
- ``bouts``: sitting bouts (start, end, seconds of sitting, how it ended).
- ``breaks``: one row per verdict on a break (see ``BreakRow``); a shown
  break is written when it starts and completed when its verdict comes.
- ``posture``: "I'm standing" / "I'm sitting".
- ``away``, ``pauses``: stretches of time, open (``end_ts`` NULL) while they last.
- ``deferrals``: breaks held during a presentation or meeting.
- ``checklist_reviews``: when a posture checklist was gone through.
- ``days``: the engine's figures for each finished day.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

Migration = Callable[[sqlite3.Connection], None]


def _create_v1(conn: sqlite3.Connection) -> None:
    for statement in _V1:
        conn.execute(statement)


_V1 = (
    """CREATE TABLE event_log (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        at_ts REAL NOT NULL,
        record TEXT NOT NULL)""",
    "CREATE INDEX event_log_at ON event_log (at_ts)",
    """CREATE TABLE bouts (
        id INTEGER PRIMARY KEY,
        start_ts REAL NOT NULL UNIQUE, start_local TEXT NOT NULL,
        end_ts REAL NOT NULL, end_local TEXT NOT NULL,
        sitting_s REAL NOT NULL,
        ended_by TEXT NOT NULL)""",
    "CREATE INDEX bouts_end ON bouts (end_ts)",
    """CREATE TABLE breaks (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        outcome TEXT,
        end_ts REAL, end_local TEXT,
        start_ts REAL, start_local TEXT,
        due_ts REAL, due_local TEXT,
        since_ts REAL, since_local TEXT,
        postpones_used INTEGER NOT NULL DEFAULT 0,
        planned_s REAL,
        requested INTEGER,
        routine_id TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        -- When it is filed: the verdict, or the start while it has none.
        at_ts REAL NOT NULL)""",
    "CREATE INDEX breaks_at ON breaks (at_ts)",
    "CREATE INDEX breaks_start ON breaks (start_ts)",
    """CREATE TABLE posture (
        id INTEGER PRIMARY KEY,
        at_ts REAL NOT NULL, at_local TEXT NOT NULL,
        posture TEXT NOT NULL)""",
    "CREATE INDEX posture_at ON posture (at_ts)",
    """CREATE TABLE away (
        id INTEGER PRIMARY KEY,
        start_ts REAL NOT NULL, start_local TEXT NOT NULL,
        end_ts REAL, end_local TEXT,
        reason TEXT NOT NULL)""",
    "CREATE INDEX away_start ON away (start_ts)",
    """CREATE TABLE pauses (
        id INTEGER PRIMARY KEY,
        start_ts REAL NOT NULL, start_local TEXT NOT NULL,
        kind TEXT NOT NULL,
        until_ts REAL, until_local TEXT,
        end_ts REAL, end_local TEXT,
        by_timer INTEGER)""",
    "CREATE INDEX pauses_start ON pauses (start_ts)",
    """CREATE TABLE deferrals (
        id INTEGER PRIMARY KEY,
        at_ts REAL NOT NULL, at_local TEXT NOT NULL,
        kind TEXT NOT NULL,
        reason TEXT NOT NULL)""",
    "CREATE INDEX deferrals_at ON deferrals (at_ts)",
    """CREATE TABLE checklist_reviews (
        id INTEGER PRIMARY KEY,
        at_ts REAL NOT NULL, at_local TEXT NOT NULL,
        checklist_id TEXT NOT NULL,
        ticked TEXT NOT NULL)""",
    "CREATE INDEX checklist_reviews_at ON checklist_reviews (at_ts)",
    """CREATE TABLE days (
        day TEXT PRIMARY KEY,
        totals TEXT NOT NULL)""",
)

MIGRATIONS: tuple[Migration, ...] = (_create_v1,)
"""``MIGRATIONS[n]`` upgrades version ``n`` to ``n + 1``."""

TABLES = ("event_log", "bouts", "breaks", "posture", "away", "pauses", "deferrals",
          "checklist_reviews", "days")
"""Every table that holds history (``delete_all`` empties them all)."""


def schema_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the database up to ``len(migrations)``, one transaction per step.

    Returns the version found before upgrading.

    Raises:
        sqlite3.Error: a step failed; the database stays at the last good version.
        ValueError: the database is newer than ``migrations`` knows.
    """
    found = schema_version(conn)
    if found > len(migrations):
        raise ValueError(f"schema version {found} is newer than {len(migrations)}")
    for version in range(found, len(migrations)):
        conn.execute("BEGIN IMMEDIATE")
        try:
            migrations[version](conn)
            # PRAGMA takes no parameters; version is an int we computed.
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return found
