"""The history database: every engine event as it happens, kept for statistics and export.

One SQLite file (stdlib ``sqlite3``, WAL journal, ``synchronous=NORMAL``)
in the data folder, separate from the settings; created 0600 in a 0700
folder; nothing in it ever leaves the machine except by an export the user
asks for. One connection, used on the GUI thread; each write is its own
short transaction, so a process killed mid-way loses at most the event it
was writing.

Writing never raises: :meth:`HistoryStore.record` queues the writes and
tries them; on failure (disk full, read-only folder, a broken file) it keeps
them (up to ``max_pending``, oldest dropped first), remembers a short
``last_error``, logs once, and tries again on the next call or
:meth:`HistoryStore.flush`. Writing an event twice (a replay after a crash)
changes nothing (see ``history_write``).

Opening (:meth:`HistoryStore.open`) upgrades an older schema, opens a
database written by a newer psoas-desk read-only (nothing is recorded), and
moves a corrupt file aside (``history.sqlite3.corrupt-<time>``) and starts a
fresh one; the report says which, for the user.

Routines: the app learns which routine a break shows only after its
``BreakStarted`` event; it then calls :meth:`HistoryStore.set_routine` with
that event's ``at``.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections import deque
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from psoas_desk.core import events as ev
from psoas_desk.storage.history_open import (
    Connect,
    HistoryMode,
    HistoryOpenReport,
    is_corrupt,
    open_history,
    short_error,
)
from psoas_desk.storage.history_schema import MIGRATIONS, TABLES, Migration
from psoas_desk.storage.history_write import (
    Write,
    apply_write,
    checklist_write,
    event_write,
    routine_write,
)

if TYPE_CHECKING:
    from psoas_desk.core.history_rows import HistoryRows

log = logging.getLogger(__name__)
MAX_PENDING = 5000
"""Writes kept while the database refuses them (a few days of events)."""


class HistoryStore:
    """The history database (see the module docstring)."""

    def __init__(self, path: Path, *, migrations: Sequence[Migration] = MIGRATIONS,
                 connect: Connect = sqlite3.connect, max_pending: int = MAX_PENDING) -> None:
        """Nothing is opened until :meth:`open`.

        Args:
            path: the database file (``AppPaths.history_db``).
            migrations: the schema steps (tests add a future one).
            connect: opens a connection, like ``sqlite3.connect`` (tests wrap it).
            max_pending: how many failed writes to keep for a retry.
        """
        self.path = path
        self._migrations = tuple(migrations)
        self._connect = connect
        self._max_pending = max_pending
        self._conn: sqlite3.Connection | None = None
        self._pending: deque[Write] = deque()
        self._mode = HistoryMode.UNAVAILABLE
        self.report = HistoryOpenReport(HistoryMode.UNAVAILABLE, "not opened yet")
        self.last_error = ""
        self._doubt = False
        """SQLite called the file corrupt: check it through when opening it next."""
        self.dropped = 0
        """Writes given up because too many were waiting."""

    # ----------------------------------------------------------------- opening
    @property
    def mode(self) -> HistoryMode:
        return self._mode

    @property
    def pending(self) -> int:
        """Writes waiting for the database to accept them."""
        return len(self._pending)

    def open(self) -> HistoryOpenReport:
        """Open (creating or upgrading) the database; never raises."""
        self._close_connection()
        self._conn, report = open_history(self.path, self._migrations, self._connect,
                                          check=self._doubt)
        self._doubt = False
        self._mode = report.mode
        self.report = report
        if report.message:
            # A folder that stays unusable is retried often; say so once.
            if report.message != self.last_error:
                log.warning("%s", report.message)
            self.last_error = report.message
        return report

    # ----------------------------------------------------------------- writing
    def record(self, events: Sequence[ev.Event]) -> None:
        """Record engine events (each once, however often it is given); never raises."""
        for event in events:
            try:
                self._queue(event_write(event))
            except (TypeError, ValueError) as exc:
                log.error("history: cannot record %r: %s", event, exc)
        self.flush()

    def set_routine(self, break_started_at: datetime, routine_id: str) -> None:
        """Note the routine shown with the break that started at ``break_started_at``."""
        self._queue(routine_write(break_started_at, routine_id))
        self.flush()

    def record_checklist_review(self, checklist_id: str, at: datetime,
                                ticked: Sequence[str]) -> None:
        """Record that a posture checklist was gone through, with the ids ticked."""
        self._queue(checklist_write(checklist_id, at, ticked))
        self.flush()

    def _queue(self, write: Write) -> None:
        if self._mode is HistoryMode.READ_ONLY_NEWER:
            return
        self._pending.append(write)
        while len(self._pending) > self._max_pending:
            self._pending.popleft()
            self.dropped += 1
            if self.dropped == 1:
                log.error("history: too many writes waiting; dropping the oldest")

    def flush(self) -> bool:
        """Try the waiting writes; True when none is left. Never raises."""
        if not self._pending:
            return True
        if self._conn is None and self._mode is not HistoryMode.READ_ONLY_NEWER:
            self.open()
        conn = self._conn
        if conn is None or self._mode is HistoryMode.READ_ONLY_NEWER:
            return False
        while self._pending:
            write = self._pending[0]
            try:
                conn.execute("BEGIN IMMEDIATE")
                apply_write(conn, write)
                conn.execute("COMMIT")
            except (sqlite3.IntegrityError, sqlite3.InterfaceError, ValueError,
                    TypeError) as exc:
                # This write can never succeed; the others still can.
                self._rollback(conn)
                self._pending.popleft()
                log.error("history: dropped a write that cannot be stored (%s): %s",
                          write.name, exc)
                continue
            except (sqlite3.Error, OSError) as exc:
                self._rollback(conn)
                self._failed(exc)
                if isinstance(exc, sqlite3.DatabaseError) and is_corrupt(exc):
                    # Reopening checks the file, moves it aside and starts afresh.
                    self._doubt = True
                    self._close_connection()
                return False
            self._pending.popleft()
        if self.last_error:
            log.info("history: writing works again")
            self.last_error = ""
        return True

    def _failed(self, exc: BaseException) -> None:
        message = f"history could not be saved: {short_error(exc)}"
        if message != self.last_error:
            log.error("%s (%d writes waiting)", message, len(self._pending))
        self.last_error = message

    @staticmethod
    def _rollback(conn: sqlite3.Connection) -> None:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")

    # -------------------------------------------------------------- deleting
    def prune(self, keep_days: int, now: datetime) -> int:
        """Forget what ended more than ``keep_days`` days before ``now`` (0: keep all).

        Returns the number of rows deleted (0 also when the database refused).
        """
        conn = self._writable()
        if conn is None or keep_days <= 0:
            return 0
        cutoff = (now - timedelta(days=keep_days)).timestamp()
        first_day = (now - timedelta(days=keep_days)).date().isoformat()
        statements = (
            ("DELETE FROM event_log WHERE at_ts < ?", cutoff),
            ("DELETE FROM bouts WHERE end_ts < ?", cutoff),
            ("DELETE FROM breaks WHERE at_ts < ?", cutoff),
            ("DELETE FROM posture WHERE at_ts < ?", cutoff),
            ("DELETE FROM away WHERE end_ts < ?", cutoff),
            ("DELETE FROM pauses WHERE end_ts < ?", cutoff),
            ("DELETE FROM deferrals WHERE at_ts < ?", cutoff),
            ("DELETE FROM checklist_reviews WHERE at_ts < ?", cutoff),
            ("DELETE FROM days WHERE day < ?", first_day),
        )
        try:
            conn.execute("BEGIN IMMEDIATE")
            deleted = sum(conn.execute(sql, (arg,)).rowcount for sql, arg in statements)
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback(conn)
            self._failed(exc)
            return 0
        if deleted:
            log.info("history: %d rows older than %d days deleted", deleted, keep_days)
        return deleted

    def delete_all(self) -> bool:
        """Delete every recorded row and waiting write, and scrub the file; True if done."""
        self._pending.clear()
        conn = self._writable()
        if conn is None:
            return False
        try:
            conn.execute("BEGIN IMMEDIATE")
            for table in TABLES:
                conn.execute(f"DELETE FROM {table}")
            conn.execute("COMMIT")
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            self._rollback(conn)
            self._failed(exc)
            return False
        log.info("history: all history deleted")
        return True

    def _writable(self) -> sqlite3.Connection | None:
        if self._mode is HistoryMode.READ_ONLY_NEWER:
            return None
        if self._conn is None:
            self.open()
        return self._conn

    # -------------------------------------------------------------- reading
    def rows(self, since: datetime | None = None, until: datetime | None = None) -> HistoryRows:
        """Everything recorded that touches [since, until); never raises.

        Waiting writes are tried first. If the database cannot be read the
        result is empty and says why in ``error``.
        """
        # Imported here: only the statistics window and export read, and the
        # row types are not worth loading at start-up.
        from psoas_desk.core.history_rows import HistoryRows
        from psoas_desk.storage.history_read import read_rows

        self.flush()
        if self._conn is None:
            return HistoryRows(error=self.last_error or "history unavailable")
        try:
            return read_rows(self._conn, since, until)
        except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
            message = f"history could not be read: {short_error(exc)}"
            log.error("%s", message)
            if isinstance(exc, sqlite3.DatabaseError) and is_corrupt(exc):
                self._doubt = True
                self._close_connection()
            return HistoryRows(error=message)

    def events(self, since: datetime | None = None,
               until: datetime | None = None) -> tuple[ev.Event, ...]:
        """The engine events recorded in [since, until), as they were written.

        Raises:
            sqlite3.Error, ValueError: the log could not be read.
        """
        from psoas_desk.storage.history_read import read_events

        self.flush()
        if self._conn is None:
            raise sqlite3.OperationalError(self.last_error or "history unavailable")
        return read_events(self._conn, since, until)

    # -------------------------------------------------------------- closing
    def close(self) -> None:
        """Write what waits, if possible, and close; safe to call twice."""
        if self._conn is not None:
            self.flush()
        self._close_connection()

    def _close_connection(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()


__all__ = ["HistoryMode", "HistoryOpenReport", "HistoryStore"]
