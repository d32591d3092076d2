"""``psoas-desk export``: the history as CSV or JSON, whether or not the app runs.

The command reads the history database itself, read-only (see
``storage.history_read.read_file_read_only``): a running app goes on
writing undisturbed, and a stopped one need not be started. ``-`` as the
file writes to standard output (and nothing else goes there), so the export
can be piped.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TextIO

from psoas_desk import APP_NAME
from psoas_desk.storage.paths import AppPaths

STDOUT = "-"


def run_export(paths: AppPaths, fmt: str, target: str, *, out: TextIO, err: TextIO,
               now: datetime | None = None) -> int:
    """Export the history of ``paths`` as ``fmt`` ("csv" or "json") to ``target``.

    Returns:
        The exit code: 0 written, 1 the history could not be read or the
        file not written (with the file and the reason on ``err``).
    """
    from psoas_desk.storage.export import ExportError, csv_text, json_text, write_export
    from psoas_desk.storage.history_read import HistoryReadError, read_file_read_only

    try:
        rows = read_file_read_only(paths.history_db)
    except HistoryReadError as exc:
        print(f"{APP_NAME} export: {exc}", file=err)
        return 1
    if fmt == "csv":
        text, count = csv_text(rows)
    else:
        text, count = json_text(rows, now or datetime.now().astimezone())
    if target == STDOUT:
        out.write(text)
        out.flush()
        return 0
    path = Path(target).expanduser().absolute()
    try:
        write_export(path, text)
    except ExportError as exc:
        print(f"{APP_NAME} export: {exc}", file=err)
        return 1
    empty = "" if paths.history_db.exists() else " (no history recorded yet)"
    print(f"Exported {_records(count)} to {path}{empty}.", file=out)
    return 0


def _records(count: int) -> str:
    return "1 record" if count == 1 else f"{count} records"
