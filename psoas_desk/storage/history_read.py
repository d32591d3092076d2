"""Reading the history database back as plain rows (see :mod:`psoas_desk.core.history_rows`).

A stretch of time includes what overlaps it: a bout or an absence that
began before it and ended inside it, and the last posture change before
it (so a standing spell that began earlier is known).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

from psoas_desk.core import events as ev
from psoas_desk.core.daybook import DayTotals
from psoas_desk.core.history_rows import (
    AwayRow,
    BoutRow,
    BreakRow,
    ChecklistReviewRow,
    DayRow,
    DeferralRow,
    HistoryRows,
    PauseRow,
    PostureRow,
)
from psoas_desk.core.model import AwayReason, BoutEnd, BreakKind, BreakOutcome, PauseKind, Posture
from psoas_desk.storage.history_write import decode_event

_FAR = 1e18


def _when(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _range(since: datetime | None, until: datetime | None) -> tuple[float, float]:
    return (since.timestamp() if since else -_FAR, until.timestamp() if until else _FAR)


def read_rows(conn: sqlite3.Connection, since: datetime | None = None,
              until: datetime | None = None) -> HistoryRows:
    """Every row that touches [since, until), and every finished day's figures.

    Raises:
        sqlite3.Error: the database could not be read.
        ValueError: a stored value is not what this version wrote.
    """
    lo, hi = _range(since, until)
    q = conn.execute
    bouts = tuple(
        BoutRow(_at(s), _at(e), float(sit), BoutEnd(by)) for s, e, sit, by in q(
            "SELECT start_local, end_local, sitting_s, ended_by FROM bouts "
            "WHERE end_ts > ? AND start_ts < ? ORDER BY start_ts", (lo, hi)))
    breaks = tuple(_break_row(row) for row in q(
        "SELECT kind, outcome, end_local, start_local, due_local, since_local, "
        "postpones_used, planned_s, requested, routine_id, reason FROM breaks "
        "WHERE at_ts >= ? AND at_ts < ? ORDER BY at_ts, id", (lo, hi)))
    postures = tuple(PostureRow(_at(a), Posture(p)) for a, p in q(
        "SELECT at_local, posture FROM ("
        " SELECT at_ts, id, at_local, posture FROM posture WHERE at_ts >= ? AND at_ts < ?"
        " UNION ALL"
        " SELECT * FROM (SELECT at_ts, id, at_local, posture FROM posture WHERE at_ts < ?"
        "  ORDER BY at_ts DESC, id DESC LIMIT 1)"
        ") ORDER BY at_ts, id", (lo, hi, lo)))
    away = tuple(AwayRow(_at(s), _when(e), AwayReason(r)) for s, e, r in q(
        "SELECT start_local, end_local, reason FROM away WHERE start_ts < ? "
        "AND (end_ts IS NULL OR end_ts > ?) ORDER BY start_ts, id", (hi, lo)))
    pauses = tuple(
        PauseRow(_at(s), PauseKind(k), _when(u), _when(e), None if t is None else bool(t))
        for s, k, u, e, t in q(
            "SELECT start_local, kind, until_local, end_local, by_timer FROM pauses "
            "WHERE start_ts < ? AND (end_ts IS NULL OR end_ts > ?) ORDER BY start_ts, id",
            (hi, lo)))
    deferrals = tuple(DeferralRow(_at(a), BreakKind(k), r) for a, k, r in q(
        "SELECT at_local, kind, reason FROM deferrals WHERE at_ts >= ? AND at_ts < ? "
        "ORDER BY at_ts, id", (lo, hi)))
    reviews = tuple(
        ChecklistReviewRow(_at(a), c, tuple(str(i) for i in json.loads(t)))
        for a, c, t in q("SELECT at_local, checklist_id, ticked FROM checklist_reviews "
                         "WHERE at_ts >= ? AND at_ts < ? ORDER BY at_ts, id", (lo, hi)))
    return HistoryRows(bouts=bouts, breaks=breaks, postures=postures, away=away, pauses=pauses,
                       deferrals=deferrals, reviews=reviews, days=read_days(conn))


def read_days(conn: sqlite3.Connection) -> tuple[DayRow, ...]:
    """The engine's figures for every finished day, oldest first."""
    return tuple(DayRow(date.fromisoformat(d), _totals(json.loads(t)))
                 for d, t in conn.execute("SELECT day, totals FROM days ORDER BY day"))


def read_events(conn: sqlite3.Connection, since: datetime | None = None,
                until: datetime | None = None) -> tuple[ev.Event, ...]:
    """The engine events recorded in [since, until), in the order they were written."""
    lo, hi = _range(since, until)
    out: list[ev.Event] = []
    for (record,) in conn.execute("SELECT record FROM event_log WHERE at_ts >= ? AND at_ts < ? "
                                  "ORDER BY id", (lo, hi)):
        event = decode_event(json.loads(record))
        if event is not None:
            out.append(event)
    return tuple(out)


def _break_row(row: tuple[object, ...]) -> BreakRow:
    kind, outcome, end, start, due, since, postpones, planned, requested, routine, reason = row
    return BreakRow(
        kind=BreakKind(str(kind)), outcome=None if outcome is None else BreakOutcome(outcome),
        ended=_when(_text(end)), started=_when(_text(start)), due=_when(_text(due)),
        since=_when(_text(since)), postpones_used=int(str(postpones)),
        planned_s=None if planned is None else float(str(planned)),
        requested=None if requested is None else bool(requested),
        routine_id=str(routine or ""), reason=str(reason or ""))


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _totals(raw: dict[str, object]) -> DayTotals:
    def num(name: str) -> float:
        value = raw.get(name, 0)
        return float(value) if isinstance(value, int | float) else 0.0

    return DayTotals(
        day=date.fromisoformat(str(raw["day"])), sitting_s=num("sitting_s"),
        standing_s=num("standing_s"), away_s=num("away_s"),
        longest_bout_s=num("longest_bout_s"), bouts_over_30=int(num("bouts_over_30")),
        bouts_over_60=int(num("bouts_over_60")), breaks_completed=int(num("breaks_completed")),
        breaks_postponed=int(num("breaks_postponed")),
        breaks_skipped=int(num("breaks_skipped")), natural_breaks=int(num("natural_breaks")),
        stretch_routines=int(num("stretch_routines")),
        breaks_worked_through=int(num("breaks_worked_through")))


class HistoryReadError(Exception):
    """The history file could not be read; ``str()`` names the file and the reason."""


def read_file_read_only(path: Path) -> HistoryRows:
    """Every row of the history database at ``path``, read without writing to it.

    For ``psoas-desk export`` in its own process, whether or not the app
    runs: the connection is read-only (SQLite's ``mode=ro``), so it never
    upgrades, repairs or locks the file for writing, and the WAL journal
    lets it read while the app writes. A missing file is an empty history.

    Raises:
        HistoryReadError: the file is not a readable history of a version we know.
    """
    from psoas_desk.storage.history_schema import MIGRATIONS, schema_version

    if not path.exists():
        return HistoryRows()
    if path.is_dir():
        raise HistoryReadError(f"{path} is a folder, not a history database")
    try:
        conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True,
                               isolation_level=None)
    except sqlite3.Error as exc:
        raise HistoryReadError(f"cannot open {path}: {exc}") from None
    found = len(MIGRATIONS)
    try:
        conn.execute("PRAGMA busy_timeout = 2000")  # the app's write is a few ms
        found = schema_version(conn)
        if found < len(MIGRATIONS):
            raise HistoryReadError(
                f"{path} is from an older psoas-desk (schema {found}); start psoas-desk "
                "once to update it, then export again")
        return read_rows(conn)
    except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
        newer = (f" (written by a newer psoas-desk, schema {found})"
                 if found > len(MIGRATIONS) else "")
        raise HistoryReadError(f"cannot read {path}{newer}: {exc}") from None
    finally:
        conn.close()
