"""Stretches of time from the history: standing spells, and the day timeline's bands.

A timeline has four lanes (sitting, standing, away, breaks); each
:class:`Band` is one coloured stretch in one lane. Lanes may overlap in time
(a postponed break sits on top of the bout it interrupted), which is why
they are drawn one under the other rather than in a single strip.

Must not import: PySide6, apscheduler, platformdirs, sqlite3; never reads the clock.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from psoas_desk.core.history_rows import HistoryRows, PostureRow
from psoas_desk.core.model import AwayReason, BreakKind, BreakOutcome, Posture
from psoas_desk.core.walltime import day_of

Span = tuple[datetime, datetime]


class Lane(enum.Enum):
    SITTING = "sitting"
    STANDING = "standing"
    AWAY = "away"
    BREAK = "break"


@dataclass(frozen=True)
class Band:
    """One coloured stretch of a timeline lane.

    Attributes:
        lane: which lane it is drawn in.
        start: where it begins (within the day).
        end: where it ends (within the day).
        break_kind: for a break: micro or stretch.
        outcome: for a break: what became of it (None while on screen).
        away_reason: for time away: idle, locked, suspended, not running.
        ongoing: it goes on now (today's last band).
    """

    lane: Lane
    start: datetime
    end: datetime
    break_kind: BreakKind | None = None
    outcome: BreakOutcome | None = None
    away_reason: AwayReason | None = None
    ongoing: bool = False

    @property
    def seconds(self) -> float:
        return (self.end.astimezone(UTC) - self.start.astimezone(UTC)).total_seconds()


def standing_spans(postures: Sequence[PostureRow], now: datetime) -> list[Span]:
    """From each "I'm standing" to the next "I'm sitting" (or ``now``)."""
    spans: list[Span] = []
    since: datetime | None = None
    for row in postures:
        if row.posture is Posture.STANDING and since is None:
            since = row.at
        elif row.posture is Posture.SITTING and since is not None:
            spans.append((since, row.at))
            since = None
    if since is not None and _utc(now) > _utc(since):
        spans.append((since, now))
    return spans


def subtract(spans: Iterable[Span], holes: Iterable[Span]) -> list[Span]:
    """``spans`` with every part that lies inside one of ``holes`` cut out."""
    merged: list[list[float]] = []
    for a, b in sorted((a.timestamp(), b.timestamp()) for a, b in holes):
        if b <= a:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [m[0] for m in merged]
    out: list[Span] = []
    for start, end in spans:
        s, e = start.timestamp(), end.timestamp()
        cursor = s
        i = max(0, bisect.bisect_right(starts, s) - 1)
        while i < len(merged) and merged[i][0] < e:
            lo, hi = merged[i]
            if hi > cursor:
                if lo > cursor:
                    out.append((_at(cursor, start, s), _at(lo, end, e)))
                cursor = hi
            i += 1
        if cursor < e:
            out.append((_at(cursor, start, s), end))
    return out


def _at(ts: float, like: datetime, like_ts: float) -> datetime:
    """``like`` itself when it is the moment ``ts``, else that moment in ``like``'s zone."""
    return like if ts == like_ts else datetime.fromtimestamp(ts, like.tzinfo)


def standing_minus_away(rows: HistoryRows, now: datetime) -> list[Span]:
    """Standing spells less time away and breaks on screen (the engine counts neither)."""
    holes = [(a.start, a.end or now) for a in rows.away]
    holes += [(b.start, b.end) for b in _break_bands(rows, now)]
    return subtract(standing_spans(rows.postures, now), holes)


def _break_bands(rows: HistoryRows, now: datetime) -> list[Band]:
    bands: list[Band] = []
    for brk in rows.breaks:
        if brk.started is None:
            continue
        end = brk.ended
        if end is None:
            # No verdict: on screen now, or the app stopped during it; either
            # way it lasted at most its planned length.
            planned = brk.started + timedelta(seconds=brk.planned_s or 0.0)
            end = min(planned, now, key=_utc)
        bands.append(Band(Lane.BREAK, brk.started, end, break_kind=brk.kind,
                          outcome=brk.outcome,
                          ongoing=brk.ended is None and _utc(end) == _utc(now)))
    return bands


def all_bands(rows: HistoryRows, *, now: datetime, open_bout_s: float = 0.0) -> list[Band]:
    """Every band the rows describe, not yet cut into days.

    Args:
        rows: the history.
        now: ends what is still going on (time away, standing, a break on screen).
        open_bout_s: the sitting bout going on now, drawn up to ``now``; it
            began ``open_bout_s`` ago, but not before the last band that ended.
    """
    bands = [Band(Lane.SITTING, b.start, b.end) for b in rows.bouts]
    bands += [Band(Lane.STANDING, a, b, ongoing=_utc(b) == _utc(now))
              for a, b in standing_minus_away(rows, now)]
    bands += [Band(Lane.AWAY, a.start, a.end or now, away_reason=a.reason,
                   ongoing=a.end is None) for a in rows.away]
    bands += _break_bands(rows, now)
    if open_bout_s > 0:
        start = now - timedelta(seconds=open_bout_s)
        ends = [b.end for b in bands if _utc(b.end) <= _utc(now) and b.lane is not Lane.BREAK]
        latest = max(ends, key=_utc, default=None)
        if latest is not None and _utc(latest) > _utc(start):
            start = latest
        bands.append(Band(Lane.SITTING, start, now, ongoing=True))
    return [b for b in bands if _utc(b.end) > _utc(b.start)]


def bands_by_day(bands: Iterable[Band], bounds: Mapping[date, Span],
                 day_starts_at: int) -> dict[date, tuple[Band, ...]]:
    """Cut ``bands`` at the day boundaries in ``bounds``; each day's bands in time order."""
    # Timestamps, not aware datetimes: comparing those converts time zones
    # every time, which made a month's timelines slow.
    edges = {d: (lo.timestamp(), hi.timestamp()) for d, (lo, hi) in bounds.items()}
    out: dict[date, list[tuple[float, str, Band]]] = {d: [] for d in bounds}
    for band in bands:
        start, end = band.start.timestamp(), band.end.timestamp()
        d = day_of(band.start, day_starts_at) - timedelta(days=1)
        last = day_of(band.end, day_starts_at) + timedelta(days=1)
        while d <= last:
            if d in edges:
                lo, hi = edges[d]
                if min(end, hi) > max(start, lo):
                    cut = band
                    if start < lo or end > hi:
                        cut = replace(band, start=bounds[d][0] if start < lo else band.start,
                                      end=bounds[d][1] if end > hi else band.end,
                                      ongoing=band.ongoing and end <= hi)
                    out[d].append((max(start, lo), band.lane.value, cut))
            d += timedelta(days=1)
    return {d: tuple(b for _, _, b in sorted(v, key=lambda item: item[:2]))
            for d, v in out.items()}


def _utc(when: datetime) -> datetime:
    # Aware datetimes sharing a tzinfo compare on their wall fields, which is
    # wrong across a DST change; in UTC they always compare as instants.
    return when.astimezone(UTC)
