"""Where log lines go: a private rotating file, and stderr on request.

The running app logs to ``AppPaths.log_dir`` (folder 0700, files 0600, a few
rotated files of bounded size). ``-v`` adds stderr at debug level. JSON lines
(``--json-log`` or ``PSOAS_DESK_JSON_LOG=1``) are for end-to-end tests, which
wait for log records such as ``break_started``: every handler then writes one
JSON object per record, extra fields included, and stderr is turned on.

Nothing is configured at import time; :func:`configured_logging` installs the
handlers and removes them again, so tests can call ``main()`` many times.
"""

from __future__ import annotations

import io
import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from psoas_desk.storage.paths import ensure_private_dir

LOG_FILE_NAME = "psoas-desk.log"
MAX_LOG_BYTES = 1024 * 1024
LOG_BACKUPS = 3
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateRotatingFileHandler(logging.FileHandler):
    """A size-capped log file with numbered backups, readable by its owner only.

    ``logging.handlers.RotatingFileHandler`` rotates the same way, but its
    module brings pickle, queues and socket handlers along (about 0.4 MB that
    the app would carry all day for nothing).

    Args:
        filename: the log file.
        maxBytes: a record that would take the file to this size first moves
            it to ``<file>.1`` (0: never rotate).
        backupCount: how many rotated files are kept (``.1`` is the newest).
    """

    def __init__(self, filename: str | os.PathLike[str], maxBytes: int = 0,
                 backupCount: int = 0, encoding: str = "utf-8") -> None:
        self.max_bytes = maxBytes
        self.backup_count = backupCount
        super().__init__(filename, mode="a", encoding=encoding)

    def _open(self) -> io.TextIOWrapper:
        # Created 0600 from the start (no window with umask permissions), and
        # tightened if an older file was more open.
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if hasattr(os, "fchmod"):  # POSIX; Windows has no such modes
            os.fchmod(fd, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_with(record):
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full_with(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0 or not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        size = self.stream.tell()
        return size > 0 and size + len(self.format(record)) + len(self.terminator) >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # reopened below
        base = self.baseFilename
        if self.backup_count > 0:
            for n in range(self.backup_count - 1, 0, -1):
                if os.path.exists(f"{base}.{n}"):
                    os.replace(f"{base}.{n}", f"{base}.{n + 1}")
            os.replace(base, f"{base}.1")
        else:
            os.truncate(base, 0)
        self.stream = self._open()


class JsonLinesFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message and any ``extra`` fields."""

    def __init__(self) -> None:
        super().__init__()
        blank = logging.LogRecord("", logging.INFO, "", 0, "", None, None)
        self._standard = frozenset(vars(blank)) | {"message", "asctime"}

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update((key, value) for key, value in vars(record).items()
                     if key not in self._standard and not key.startswith("_"))
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=True, default=repr)


@contextmanager
def configured_logging(log_dir: Path | None, *, verbose: bool = False, json_lines: bool = False,
                       stream: TextIO | None = None) -> Iterator[None]:
    """Send log records to a file under ``log_dir`` and/or stderr while the block runs.

    Args:
        log_dir: folder for the rotating log file (created 0700), or None for
            no file (short-lived commands such as ``psoas-desk status``).
        verbose: log at debug level and also write to stderr.
        json_lines: write JSON lines instead of text (and write to stderr).
        stream: where "stderr" output goes; ``sys.stderr`` when None.

    Raises:
        OSError: if the log folder is unsafe or cannot be created.
    """
    formatter = JsonLinesFormatter() if json_lines else logging.Formatter(TEXT_FORMAT)
    handlers: list[logging.Handler] = []
    if log_dir is not None:
        ensure_private_dir(log_dir)
        handlers.append(PrivateRotatingFileHandler(
            log_dir / LOG_FILE_NAME, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS,
            encoding="utf-8"))
    if verbose or json_lines:
        handlers.append(logging.StreamHandler(sys.stderr if stream is None else stream))
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # apscheduler logs every job run at INFO, i.e. every tick of the wake-up
    # driver; only its warnings are worth a line.
    scheduler = logging.getLogger("apscheduler")
    old_scheduler_level = scheduler.level
    scheduler.setLevel(logging.WARNING)
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
    try:
        yield
    finally:
        for handler in handlers:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(old_level)
        scheduler.setLevel(old_scheduler_level)
