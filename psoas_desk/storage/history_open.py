"""Opening the history database: create, upgrade, open a newer one read-only, replace a broken one.

:func:`open_history` never damages what it cannot use:

- a new file is created 0600 (SQLite gives its ``-wal`` and ``-shm`` files
  the same mode) in a folder made 0700;
- a file is first opened read-only to learn its schema version; one
  written by a newer psoas-desk stays open read-only and is never written;
- an older one is upgraded by the migrations (``history_schema``);
- a file SQLite cannot read (not a database, or failing ``quick_check``)
  is moved aside with its journal files, as ``<name>.corrupt-<time>``, and
  a fresh one is started.

``quick_check`` reads the whole file (about 15 ms per year of history), so
it runs only when there is reason to doubt the file: a journal left beside
it (the last run did not close it: a crash or a power cut), or the caller
saw SQLite call it corrupt while in use. Otherwise opening costs the same
however much history there is; reading the schema still catches a file
that is not a database at all.
"""

from __future__ import annotations

import contextlib
import enum
import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from psoas_desk.storage.history_schema import Migration, migrate, schema_version
from psoas_desk.storage.paths import ensure_private_dir

Connect = Callable[..., sqlite3.Connection]
_CORRUPT_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


class HistoryMode(enum.Enum):
    READ_WRITE = "read_write"
    READ_ONLY_NEWER = "read_only_newer"
    """Written by a newer psoas-desk: shown, never changed."""
    FRESH_AFTER_CORRUPT = "fresh_after_corrupt"
    """The old file could not be read; it was moved aside and a new one started."""
    UNAVAILABLE = "unavailable"
    """The file cannot be opened or created; writes wait and are retried."""


@dataclass(frozen=True)
class HistoryOpenReport:
    """What opening the history found.

    Attributes:
        mode: how the history is open.
        message: one English sentence for the log ("" when all is well);
            the UI words it for the user from ``mode`` and the paths.
        moved_aside: where a corrupt file was moved, or None.
        found_version: the schema version the file had (0: new).
        detail: the error behind an unavailable or corrupt history ("" otherwise).
    """

    mode: HistoryMode
    message: str = ""
    moved_aside: Path | None = None
    found_version: int = 0
    detail: str = ""


def open_history(path: Path, migrations: Sequence[Migration], connect: Connect, *,
                 check: bool = False) -> tuple[sqlite3.Connection | None, HistoryOpenReport]:
    """Open the database at ``path`` (see the module docstring); never raises.

    Args:
        path: the database file.
        migrations: the schema steps.
        connect: opens a connection, like ``sqlite3.connect``.
        check: run ``quick_check`` even if the file was closed cleanly.

    Returns the connection (None when unavailable) and what was found.
    """
    try:
        return _open(path, migrations, connect, check=check)
    except (OSError, sqlite3.Error, ValueError) as exc:
        return None, HistoryOpenReport(HistoryMode.UNAVAILABLE,
                                       f"history unavailable: {short_error(exc)}",
                                       detail=short_error(exc))


def _open(path: Path, migrations: Sequence[Migration], connect: Connect, *,
          check: bool) -> tuple[sqlite3.Connection, HistoryOpenReport]:
    ensure_private_dir(path.parent)
    if not path.exists():
        return _create(path, migrations, connect)
    check = check or any(path.with_name(path.name + s).exists() for s in ("-wal", "-journal"))
    conn: sqlite3.Connection | None = None
    try:
        conn = _connect(path, connect, read_only=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        found = schema_version(conn)
        if found > len(migrations):
            return conn, HistoryOpenReport(
                HistoryMode.READ_ONLY_NEWER,
                f"{path.name} was written by a newer psoas-desk (schema {found}, this one "
                f"knows {len(migrations)}); it is read-only and nothing new is recorded",
                found_version=found)
        conn.close()
        conn = _connect(path, connect, read_only=False)
        if check:
            result = conn.execute("PRAGMA quick_check").fetchone()
            if result is None or result[0] != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {result[0] if result else '?'}")
        _prepare(conn)
        migrate(conn, migrations)
        return conn, HistoryOpenReport(HistoryMode.READ_WRITE, found_version=found)
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        if not is_corrupt(exc):
            raise
        aside = _move_aside(path)
        conn, _ = _create(path, migrations, connect)
        return conn, HistoryOpenReport(
            HistoryMode.FRESH_AFTER_CORRUPT,
            f"{path.name} could not be read ({short_error(exc)}); it was moved to {aside} "
            "and a new history started", moved_aside=aside, detail=short_error(exc))


def _create(path: Path, migrations: Sequence[Migration],
            connect: Connect) -> tuple[sqlite3.Connection, HistoryOpenReport]:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)
    conn = _connect(path, connect, read_only=False)
    try:
        _prepare(conn)
        migrate(conn, migrations)
    except BaseException:
        conn.close()
        raise
    return conn, HistoryOpenReport(HistoryMode.READ_WRITE)


def _connect(path: Path, connect: Connect, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        return connect(path.absolute().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)
    return connect(os.fspath(path), isolation_level=None)


def _prepare(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    # Deleted history is overwritten, not left behind in free pages.
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA busy_timeout = 200")
    # A small page cache: the app writes a few rows at a time and reads a
    # month for the window; the OS caches the file anyway.
    conn.execute("PRAGMA cache_size = -512")


def _move_aside(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    os.replace(path, target)
    # A journal left beside the new file would be replayed into it.
    for suffix in ("-wal", "-shm", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.replace(extra, target.with_name(target.name + suffix))
    return target


def is_corrupt(exc: sqlite3.DatabaseError) -> bool:
    """Whether ``exc`` says the file is not a (readable) database."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _CORRUPT_CODES:
        return True
    return str(exc).startswith("quick_check:")


def short_error(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."
