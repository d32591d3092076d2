"""How each engine event becomes rows in the history database, and back into an event.

:func:`event_write` turns an event into a :class:`Write`: its line in
``event_log`` (under a stable key, so replaying the same event after a
crash writes nothing twice) and the changes to the typed tables. The
history store applies writes one transaction each.

Keys are the event's name, its ``at`` in UTC to the microsecond, and a
digest of its content (what tells two events of one step apart). A bout is
keyed by its start and a time away by its start, because a replay after a
crash reports those again with a later ``at``.

A finished day is keyed by its date and its figures: the engine may report
a day more than once (a crash and restart, a replay), and each report can
know less or more than another. The ``days`` row keeps the largest value of
each figure over all reports, so day records are idempotent and monotone:
a replayed, duplicated or late report never makes a day's figures shrink.

"I was at my desk" (``AbsenceUndone``) takes back what the time away
recorded: its ``away`` row, the natural breaks it credited, and the end of
the bout it ended (that bout goes on, and its end is recorded again later).
"""

from __future__ import annotations

import json
import sqlite3
import types
import typing
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from typing import Any

from psoas_desk.core import events as ev
from psoas_desk.core.daybook import DayTotals

Apply = Callable[[sqlite3.Connection], None]
CHECKLIST_REVIEWED = "checklist_reviewed"
_MATCH_S = 0.0005
"""Two stored times this close are the same moment (REAL rounding)."""


@dataclass(frozen=True)
class Write:
    """One pending change: an ``event_log`` line (unless ``key`` is "") and its effects."""

    key: str
    name: str
    at_ts: float
    record: str
    apply: Apply


def apply_write(conn: sqlite3.Connection, write: Write) -> bool:
    """Apply ``write`` inside the caller's transaction; False if it was there already."""
    if write.key:
        cur = conn.execute("INSERT OR IGNORE INTO event_log (key, name, at_ts, record) "
                           "VALUES (?, ?, ?, ?)",
                           (write.key, write.name, write.at_ts, write.record))
        if cur.rowcount == 0:
            return False
    write.apply(conn)
    return True


def _utc_text(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def _t(when: datetime | None) -> tuple[float | None, str | None]:
    return (None, None) if when is None else (when.timestamp(), when.isoformat())


def event_key(event: ev.Event, record: str | None = None) -> str:
    """The stable key that makes writing ``event`` idempotent.

    Args:
        event: the event.
        record: its JSON record, if already made.
    """
    name = ev.event_name(event)
    if isinstance(event, ev.BoutEnded):
        return f"{name}|{_utc_text(event.started_at)}"
    if isinstance(event, ev.AwayStarted):
        return f"{name}|{_utc_text(event.since)}"
    # Several events of one kind can share a step (a return from time away
    # and "I just took a break" both credit a micro-break at once): the
    # whole content tells them apart, and is the same when replayed.
    text = record if record is not None else _record_text(event)
    # Two zlib checksums, not hashlib: they only have to tell apart the few
    # events of one step, and hashlib would map OpenSSL (~3 MB) for it.
    data = text.encode("utf-8")
    digest = f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"
    return f"{name}|{_utc_text(event.at)}|{digest}"


def _record_text(event: ev.Event) -> str:
    return json.dumps(ev.event_record(event), sort_keys=True)


def event_write(event: ev.Event) -> Write:
    """The write that records ``event``."""
    record = _record_text(event)
    return Write(event_key(event, record), ev.event_name(event), event.at.timestamp(), record,
                 _effects(event))


def checklist_write(checklist_id: str, at: datetime, ticked: Sequence[str]) -> Write:
    """The write that records a posture checklist review."""
    items = list(ticked)
    record = json.dumps({"event": CHECKLIST_REVIEWED, "at": at.isoformat(),
                         "checklist": checklist_id, "ticked": items}, sort_keys=True)

    def apply(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO checklist_reviews (at_ts, at_local, checklist_id, ticked) "
                     "VALUES (?, ?, ?, ?)", (*_t(at), checklist_id, json.dumps(items)))

    return Write(f"{CHECKLIST_REVIEWED}|{_utc_text(at)}|{checklist_id}", CHECKLIST_REVIEWED,
                 at.timestamp(), record, apply)


def routine_write(break_started_at: datetime, routine_id: str) -> Write:
    """The write that notes which routine the break shown at ``break_started_at`` used."""
    ts = break_started_at.timestamp()

    def apply(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE breaks SET routine_id = ? WHERE start_ts BETWEEN ? AND ?",
                     (routine_id, ts - _MATCH_S, ts + _MATCH_S))

    return Write("", "routine_chosen", ts, "", apply)


def _effects(event: ev.Event) -> Apply:
    def none(conn: sqlite3.Connection) -> None:
        return None

    if isinstance(event, ev.BoutEnded):
        return lambda conn: _insert(conn, "bouts", start=event.started_at, end=event.at,
                                    sitting_s=event.sitting_s, ended_by=event.reason.value)
    if isinstance(event, ev.BreakStarted):
        return lambda conn: _insert(conn, "breaks", kind=event.kind.value, start=event.at,
                                    due=event.due_at, planned_s=event.duration_s,
                                    requested=int(event.requested),
                                    postpones_used=event.postpones_used,
                                    at_ts=event.at.timestamp())
    if isinstance(event, ev.BreakEnded):
        return lambda conn: _break_ended(conn, event)
    if isinstance(event, ev.NaturalBreakTaken):
        return lambda conn: _insert(conn, "breaks", kind=event.kind.value, outcome="natural",
                                    end=event.at, since=event.started_at, reason=event.reason,
                                    at_ts=event.at.timestamp())
    if isinstance(event, ev.PostureChanged):
        return lambda conn: _insert(conn, "posture", at=event.at, posture=event.posture.value)
    if isinstance(event, ev.AwayStarted):
        return lambda conn: _open_span(conn, "away", event.since, reason=event.reason.value)
    if isinstance(event, ev.Returned):
        return lambda conn: _close_span(conn, "away", event.at, away_s=event.away_s)
    if isinstance(event, ev.Paused):
        return lambda conn: _open_span(conn, "pauses", event.at, kind=event.kind.value,
                                       until=event.until)
    if isinstance(event, ev.Resumed):
        return lambda conn: _close_span(conn, "pauses", event.at, by_timer=event.by_timer)
    if isinstance(event, ev.BreakDeferred):
        return lambda conn: _insert(conn, "deferrals", at=event.at, kind=event.kind.value,
                                    reason=event.reason)
    if isinstance(event, ev.DayEnded):
        return lambda conn: _day_ended(conn, event)
    if isinstance(event, ev.AbsenceUndone):
        return lambda conn: _absence_undone(conn, event)
    # Warnings, "due", do-not-disturb and working-hours changes live in event_log only.
    return none


_TIME_COLUMNS = frozenset({"start", "end", "due", "since", "at", "until"})


def _insert(conn: sqlite3.Connection, table: str, **values: object) -> None:
    columns: dict[str, object] = {}
    for name, value in values.items():
        if name in _TIME_COLUMNS:
            assert value is None or isinstance(value, datetime)
            columns[f"{name}_ts"], columns[f"{name}_local"] = _t(value)
        else:
            columns[name] = value
    verb = "INSERT OR IGNORE" if table == "bouts" else "INSERT"
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    # Table and column names come from this module, never from data.
    conn.execute(f"{verb} INTO {table} ({names}) VALUES ({marks})", tuple(columns.values()))


def _day_ended(conn: sqlite3.Connection, event: ev.DayEnded) -> None:
    figures = event.totals.to_json()
    row = conn.execute("SELECT totals FROM days WHERE day = ?",
                       (event.day.isoformat(),)).fetchone()
    if row is not None:
        figures = merge_day_figures(json.loads(row[0]), figures)
    conn.execute("INSERT OR REPLACE INTO days (day, totals) VALUES (?, ?)",
                 (event.day.isoformat(), json.dumps(figures, sort_keys=True)))


def merge_day_figures(stored: Mapping[str, object],
                      report: Mapping[str, object]) -> dict[str, object]:
    """The fuller of two reports on one day: each figure's larger value.

    Order-free and idempotent, so reports may come in any order, any
    number of times; a figure only one of them has is kept.
    """
    out = dict(stored)
    for name, value in report.items():
        old = out.get(name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            out.setdefault(name, value)
        elif isinstance(old, int | float) and not isinstance(old, bool):
            out[name] = max(old, value)
        else:
            out[name] = value
    return out


def _absence_undone(conn: sqlite3.Connection, event: ev.AbsenceUndone) -> None:
    since = event.since.timestamp()
    lo, hi = since - _MATCH_S, since + _MATCH_S
    conn.execute("DELETE FROM away WHERE start_ts BETWEEN ? AND ?", (lo, hi))
    conn.execute("DELETE FROM breaks WHERE outcome = 'natural' AND ("
                 "since_ts BETWEEN ? AND ? OR (since_ts IS NULL AND start_ts IS NULL "
                 "AND end_ts BETWEEN ? AND ?))", (lo, hi, lo, event.at.timestamp()))
    if event.bout_started_at is not None:
        start = event.bout_started_at.timestamp()
        conn.execute("DELETE FROM bouts WHERE start_ts BETWEEN ? AND ?",
                     (start - _MATCH_S, start + _MATCH_S))
        # The bout goes on: its end, when it comes, is a new report, not a replay.
        key = f"bout_ended|{_utc_text(event.bout_started_at)}"
        conn.execute("UPDATE event_log SET key = key || ? WHERE key = ?",
                     (f"|undone {_utc_text(event.at)}", key))


def _break_ended(conn: sqlite3.Connection, event: ev.BreakEnded) -> None:
    if event.started_at is not None:
        ts = event.started_at.timestamp()
        cur = conn.execute(
            "UPDATE breaks SET outcome = ?, end_ts = ?, end_local = ?, postpones_used = ?, "
            "at_ts = ? WHERE kind = ? AND outcome IS NULL AND start_ts BETWEEN ? AND ?",
            (event.outcome.value, *_t(event.at), event.postpones_used, event.at.timestamp(),
             event.kind.value, ts - _MATCH_S, ts + _MATCH_S))
        if cur.rowcount:
            return
    _insert(conn, "breaks", kind=event.kind.value, outcome=event.outcome.value, end=event.at,
            start=event.started_at, due=event.due_at, postpones_used=event.postpones_used,
            at_ts=event.at.timestamp())


def _open_span(conn: sqlite3.Connection, table: str, start: datetime, **values: object) -> None:
    # The engine has one absence (or pause) at a time: one still open here
    # lost its end in a crash. It lasted at most until this one began.
    conn.execute(f"UPDATE {table} SET end_ts = ?, end_local = ? "
                 "WHERE end_ts IS NULL AND start_ts <= ?", (*_t(start), start.timestamp()))
    _insert(conn, table, start=start, **values)


def _close_span(conn: sqlite3.Connection, table: str, at: datetime, *,
                away_s: float | None = None, by_timer: bool | None = None) -> None:
    row = conn.execute(f"SELECT id, start_ts FROM {table} WHERE end_ts IS NULL "
                       "ORDER BY start_ts DESC LIMIT 1").fetchone()
    if row is None:
        return
    end = at if away_s is None else (
        datetime.fromtimestamp(row[1], UTC) + timedelta(seconds=away_s)).astimezone(at.tzinfo)
    extra = "" if by_timer is None else ", by_timer = ?"
    params: tuple[object, ...] = (*_t(end),) + (() if by_timer is None else (int(by_timer),))
    conn.execute(f"UPDATE {table} SET end_ts = ?, end_local = ?{extra} WHERE id = ?",
                 (*params, row[0]))


# -- reading events back ----------------------------------------------------------------

def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def decode_event(record: Mapping[str, Any]) -> ev.Event | None:
    """The engine event an ``event_log`` record stands for (None for other records).

    Times come back with the UTC offset they were recorded with; seconds
    to the millisecond (as :func:`psoas_desk.core.events.event_record` keeps them).

    Raises:
        ValueError, KeyError, TypeError: the record is not a valid event.
    """
    classes = {_snake(cls.__name__): cls for cls in ev.Event.__subclasses__()}
    cls = classes.get(str(record.get("event")))
    if cls is None:
        return None
    hints = typing.get_type_hints(cls)
    return cls(**{f.name: _decode(hints[f.name], record[f.name]) for f in fields(cls)})


def _decode(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        kind = next(a for a in typing.get_args(kind) if a is not type(None))
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is DayTotals:
        hints = typing.get_type_hints(DayTotals)
        return DayTotals(**{f.name: _decode(hints[f.name], value[f.name])
                            for f in fields(DayTotals)})
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if typing.get_origin(kind) is tuple:
        return tuple(_decode(typing.get_args(kind)[0], v) for v in value)
    if kind in (float, int, str, bool):
        return kind(value)
    raise TypeError(f"cannot decode {kind!r}")
