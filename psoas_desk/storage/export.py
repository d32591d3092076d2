"""Export the history to CSV (one row per bout and per break) or JSON (everything).

Both write atomically (a temporary file in the same folder, then a rename)
and create the file readable by its owner only, like the history itself.
Unlike the app's own files, the chosen folder is left as it is: it is the
user's (Documents, a USB stick...), not ours to make private.

CSV columns (times are ISO 8601 local times with their UTC offset; empty
when unknown)::

    record        "bout" or "break"
    kind          break: micro or stretch (empty for a bout)
    start         bout: when it began; break: when it was shown, or when the
                  time away, standing or break of one's own that earned it began,
                  or (a break settled before it was shown: postponed from its
                  warning, skipped, cancelled) when it became due; every row has one
    end           bout: when it ended; break: when its verdict came
    sitting_s     bout: seconds of sitting in it
    outcome       bout: how it ended (away, stood_up, break, self_break);
                  break: completed, postponed, skipped, natural, cancelled,
                  or empty if the app stopped while it was on screen
    due           break: when it became due (empty if taken on request)
    postpones_used, routine_id, reason (why a natural break counted)

Rows are in time order (by ``start``, else ``end``).

JSON: one object::

    {"format": "psoas-desk history", "format_version": 1,
     "exported_at": "<ISO time>",
     "bouts": [{"start", "end", "sitting_s", "ended_by"}],
     "breaks": [{"kind", "outcome", "due", "started", "ended", "since",
                 "postpones_used", "planned_s", "requested", "routine_id", "reason"}],
     "posture_changes": [{"at", "posture"}],
     "away": [{"start", "end", "reason"}],
     "pauses": [{"start", "kind", "until", "end", "by_timer"}],
     "deferrals": [{"at", "kind", "reason"}],
     "checklist_reviews": [{"at", "checklist_id", "ticked"}],
     "days": [{"day", "totals": {...the engine's figures for that day}}]}

with the same time format and ``null`` for what is unknown.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from psoas_desk.core.history_rows import BoutRow, BreakRow, HistoryRows
from psoas_desk.storage.history import HistoryStore

CSV_COLUMNS = ("record", "kind", "start", "end", "sitting_s", "outcome", "due",
               "postpones_used", "routine_id", "reason")
FORMAT_NAME = "psoas-desk history"
FORMAT_VERSION = 1


class ExportError(Exception):
    """The history could not be read or the file not written.

    ``str()`` is the whole sentence (naming the file); ``reason`` only why,
    for a window that names the file itself.
    """

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


def export_csv(store: HistoryStore, path: Path) -> int:
    """Write the history as CSV to ``path``; returns the number of rows.

    Raises:
        ExportError: reading the history or writing the file failed (the
            old file, if any, is then untouched).
    """
    text, count = csv_text(_rows(store))
    write_export(path, text)
    return count


def csv_text(rows: HistoryRows) -> tuple[str, int]:
    """The whole CSV file for ``rows`` (header included) and its number of data rows."""
    lines = csv_rows(rows)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(lines)
    return buffer.getvalue(), len(lines)


def json_text(rows: HistoryRows, now: datetime) -> tuple[str, int]:
    """The whole JSON file for ``rows`` and its number of bouts and breaks."""
    document = json_document(rows, now)
    return (json.dumps(document, indent=1, ensure_ascii=False) + "\n",
            len(rows.bouts) + len(rows.breaks))


def export_json(store: HistoryStore, path: Path, *, now: datetime | None = None) -> int:
    """Write the history as JSON to ``path``; returns the number of bouts and breaks.

    Args:
        store: the history.
        path: the file to (re)place.
        now: the export time written into the file (default: the local time now).

    Raises:
        ExportError: as for :func:`export_csv`.
    """
    text, count = json_text(_rows(store), now or datetime.now().astimezone())
    write_export(path, text)
    return count


def csv_rows(rows: HistoryRows) -> list[list[str]]:
    """The CSV data rows (without the header) for ``rows``, in time order."""
    keyed: list[tuple[float, int, list[str]]] = []
    for n, bout in enumerate(rows.bouts):
        keyed.append((bout.start.timestamp(), n, _bout_line(bout)))
    for n, brk in enumerate(rows.breaks, start=len(rows.bouts)):
        first = _break_start(brk)
        keyed.append((first.timestamp() if first else 0.0, n, _break_line(brk)))
    keyed.sort(key=lambda item: (item[0], item[1]))
    return [line for _, _, line in keyed]


def json_document(rows: HistoryRows, exported_at: datetime) -> dict[str, object]:
    """The JSON export object (see the module docstring)."""
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at.isoformat(),
        "bouts": [_plain(b) for b in rows.bouts],
        "breaks": [_plain(b) for b in rows.breaks],
        "posture_changes": [_plain(p) for p in rows.postures],
        "away": [_plain(a) for a in rows.away],
        "pauses": [_plain(p) for p in rows.pauses],
        "deferrals": [_plain(d) for d in rows.deferrals],
        "checklist_reviews": [_plain(r) for r in rows.reviews],
        "days": [{"day": d.day.isoformat(), "totals": d.totals.to_json()} for d in rows.days],
    }


def _rows(store: HistoryStore) -> HistoryRows:
    rows = store.rows()
    if rows.error:
        raise ExportError(rows.error)
    return rows


def _time(when: datetime | None) -> str:
    return "" if when is None else when.isoformat()


def _cell(text: str) -> str:
    # A spreadsheet would run a cell starting with = + - @ as a formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _bout_line(bout: BoutRow) -> list[str]:
    return ["bout", "", _time(bout.start), _time(bout.end), str(round(bout.sitting_s)),
            bout.ended_by.value, "", "", "", ""]


def _break_start(brk: BreakRow) -> datetime | None:
    return brk.started or brk.since or brk.due or brk.ended


def _break_line(brk: BreakRow) -> list[str]:
    return ["break", brk.kind.value, _time(_break_start(brk)), _time(brk.ended), "",
            brk.outcome.value if brk.outcome else "", _time(brk.due), str(brk.postpones_used),
            _cell(brk.routine_id), _cell(brk.reason)]


def _plain(value: object) -> object:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, float):
        return round(value, 3)
    return value


def write_export(path: Path, text: str) -> None:
    """Replace ``path`` atomically, without touching its folder's permissions.

    Raises:
        ExportError: naming the file and why it could not be written (a
            missing folder, a folder in the file's place, no permission...).
    """
    folder = path.parent
    if path.is_dir():
        raise _cannot_write(path, "it is a folder")
    if not folder.is_dir():
        raise _cannot_write(path, f"the folder {folder} "
                            + ("is not a folder" if folder.exists() else "does not exist"))
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise _cannot_write(path, _reason(exc)) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _cannot_write(path, _reason(exc)) from exc


def _cannot_write(path: Path, reason: str) -> ExportError:
    return ExportError(f"cannot write {path}: {reason}", reason)


def _reason(exc: OSError) -> str:
    """The reason of an OSError in a few words ("Permission denied", "No space left...")."""
    return exc.strerror or str(exc) or type(exc).__name__

