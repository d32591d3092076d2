"""Statistics for the statistics window: days, periods, the goal streak and day timelines.

:func:`build_stats` turns history rows (see :mod:`psoas_desk.core.history_rows`)
plus today's live figures from the engine into one frozen :class:`StatsView`.

Where each day's figures come from:

- today: the engine's live :class:`DayTotals` (so the window agrees with the
  tray and the status panel, open bout included);
- the other days shown: worked out from the rows by :func:`derive_days`, so
  the figures, the timeline and an export always tell the same story; only
  the count of natural breaks is the engine's own (from its ``DayEnded``
  figures, stored as a ``DayRow``) when kept;
- older days (for the streak only): the engine's ``DayEnded`` figures.

A psoas-desk day starts at ``day_starts_at`` o'clock local time, not at
midnight; a moment belongs to the day its recorded local wall time falls
in (as the engine files it), and day boundaries are found in ``zone``, so
a 23- or 25-hour day around a DST change is measured as it really was.

Must not import: PySide6, apscheduler, platformdirs, sqlite3; never reads the clock.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time, timedelta, tzinfo

from psoas_desk.core.daybook import HALF_HOUR_S, HOUR_S, DayTotals
from psoas_desk.core.history_rows import HistoryRows
from psoas_desk.core.model import BreakKind, BreakOutcome
from psoas_desk.core.stats_spans import (
    Band,
    Lane,
    all_bands,
    bands_by_day,
    standing_minus_away,
)
from psoas_desk.core.walltime import day_of

SPAN_DAYS = 30
"""How many days (ending today) the view holds timelines and daily figures for."""


class Period(enum.Enum):
    """The choices in the window: the value is the number of days, ending today."""

    TODAY = 1
    WEEK = 7
    MONTH = 30


@dataclass(frozen=True)
class DayGoal:
    """What makes a good day: no sitting bout longer than ``max_bout_s``."""

    max_bout_s: float = float(HOUR_S)

    def met_by(self, totals: DayTotals) -> bool:
        return totals.longest_bout_s <= self.max_bout_s


@dataclass(frozen=True)
class DayTimeline:
    """One day's coloured bands, from the moment the day starts to the next day's start."""

    day: date
    start: datetime
    end: datetime
    bands: tuple[Band, ...] = ()

    def lane(self, lane: Lane) -> tuple[Band, ...]:
        return tuple(b for b in self.bands if b.lane is lane)


@dataclass(frozen=True)
class PeriodFigures:
    """The figures for some days ending today (sums, except the longest bout)."""

    period: Period
    first_day: date
    last_day: date
    active_days: int = 0
    """Days with any sitting recorded."""
    goal_days: int = 0
    """Active days that met the goal."""
    sitting_s: float = 0.0
    standing_s: float = 0.0
    away_s: float = 0.0
    longest_bout_s: float = 0.0
    bouts_over_30: int = 0
    bouts_over_60: int = 0
    breaks_completed: int = 0
    breaks_postponed: int = 0
    breaks_skipped: int = 0
    natural_breaks: int = 0
    stretch_routines: int = 0
    breaks_worked_through: int = 0

    @property
    def standing_share(self) -> float | None:
        """Standing as a share of time at the desk (0..1), None with no desk time."""
        total = self.sitting_s + self.standing_s
        return self.standing_s / total if total > 0 else None

    @property
    def average_sitting_s(self) -> float:
        """Sitting per active day."""
        return self.sitting_s / self.active_days if self.active_days else 0.0


@dataclass(frozen=True)
class StatsView:
    """Everything the statistics window shows, worked out once."""

    today: date
    now: datetime
    goal: DayGoal
    days: tuple[DayTotals, ...]
    """The last :data:`SPAN_DAYS` days, oldest first, ending today (zeros for empty days)."""
    timelines: tuple[DayTimeline, ...]
    """The same days' timelines."""
    periods: tuple[PeriodFigures, ...]
    """One per :class:`Period`, in its order."""
    streak_days: int
    """Days in a row (ending today) with sitting that met the goal; days without sitting
    (weekends, holidays) neither count nor break it."""
    error: str = ""
    """Why the history could not be read, or ""."""

    def figures(self, period: Period) -> PeriodFigures:
        return self.periods[list(Period).index(period)]

    def timeline(self, day: date) -> DayTimeline | None:
        return next((t for t in self.timelines if t.day == day), None)


def day_bounds(day: date, day_starts_at: int, zone: tzinfo) -> tuple[datetime, datetime]:
    """When psoas-desk day ``day`` starts and when the next one starts, in ``zone``."""
    def start(d: date) -> datetime:
        return datetime.combine(d, time(day_starts_at), tzinfo=zone)

    return start(day), start(day + timedelta(days=1))


def build_stats(rows: HistoryRows, *, today: DayTotals, now: datetime, zone: tzinfo,
                day_starts_at: int, goal: DayGoal | None = None, open_bout_s: float = 0.0,
                span_days: int = SPAN_DAYS) -> StatsView:
    """Work out the statistics window's view.

    Args:
        rows: the history, at least the last ``span_days`` days (older day
            figures in ``rows.days`` count for the streak).
        today: the engine's live figures; ``today.day`` is today.
        now: the current local time (ends what is still going on).
        zone: the local time zone, for day boundaries.
        day_starts_at: the hour a psoas-desk day starts.
        goal: the daily goal for the streak (default: no bout over an hour).
        open_bout_s: the sitting bout going on now, in seconds (0 if none).
        span_days: how many days of timelines and daily figures.
    """
    goal = goal or DayGoal()
    span = [today.day - timedelta(days=n) for n in range(span_days - 1, -1, -1)]
    stored = {row.day: row.totals for row in rows.days if row.day < today.day}
    derived = derive_days(rows, span[:-1], zone=zone, day_starts_at=day_starts_at, now=now)
    for day, figures in derived.items():
        if day in stored:
            # Only the engine knows which credits were one time away.
            derived[day] = replace(figures, natural_breaks=stored[day].natural_breaks)
    merged: dict[date, DayTotals] = {**stored, **derived, today.day: today}
    days = tuple(merged.get(d, DayTotals(d)) for d in span)
    bounds = {d: day_bounds(d, day_starts_at, zone) for d in span}
    bands = bands_by_day(all_bands(rows, now=now, open_bout_s=open_bout_s), bounds,
                         day_starts_at)
    timelines = tuple(DayTimeline(d, *bounds[d], bands[d]) for d in span)
    periods = tuple(period_figures(p, [t for t in days if t.day > today.day - timedelta(
        days=p.value)], goal, today.day) for p in Period)
    return StatsView(today=today.day, now=now, goal=goal, days=days, timelines=timelines,
                     periods=periods, streak_days=streak(merged, today.day, goal),
                     error=rows.error)


def period_figures(period: Period, days: Sequence[DayTotals], goal: DayGoal,
                   last_day: date) -> PeriodFigures:
    """Add up ``days`` (the days of ``period`` ending ``last_day``)."""
    sums: dict[str, float] = {}
    for f in fields(DayTotals):
        if f.name not in ("day", "longest_bout_s"):
            sums[f.name] = sum(getattr(t, f.name) for t in days)
    active = [t for t in days if t.sitting_s > 0]
    ints = {k: int(v) for k, v in sums.items() if k not in ("sitting_s", "standing_s", "away_s")}
    return PeriodFigures(
        period=period, first_day=last_day - timedelta(days=period.value - 1), last_day=last_day,
        active_days=len(active), goal_days=sum(goal.met_by(t) for t in active),
        sitting_s=sums["sitting_s"], standing_s=sums["standing_s"], away_s=sums["away_s"],
        longest_bout_s=max((t.longest_bout_s for t in days), default=0.0), **ints)


def streak(days: Mapping[date, DayTotals], today: date, goal: DayGoal) -> int:
    """Days in a row, ending today, with sitting that met ``goal`` (days off are skipped)."""
    count = 0
    for day in sorted((d for d in days if d <= today), reverse=True):
        totals = days[day]
        if totals.sitting_s <= 0:
            continue
        if not goal.met_by(totals):
            break
        count += 1
    return count


def derive_days(rows: HistoryRows, wanted: Iterable[date], *, zone: tzinfo, day_starts_at: int,
                now: datetime) -> dict[date, DayTotals]:
    """Work out the figures of ``wanted`` days from the rows, with the engine's rules.

    - Sitting: each bout's sitting, shared between days in proportion to the
      real time of the bout in each; a bout's length counts (longest, over
      30 and over 60 minutes) on the day it ended.
    - Standing: from "I'm standing" to "I'm sitting", less time away and
      breaks on screen; away: time away, except while the app was not running.
    - Breaks count on the day of their verdict; a stretch break completed is
      a routine done. A natural break is a time you got up on your own long
      enough to credit a micro-break (the engine counts those, not each
      break kind it credits).
    """
    want = set(wanted)
    if not want:
        return {}
    acc: dict[date, dict[str, float]] = {d: {} for d in want}
    edges = {d: (lo.timestamp(), hi.timestamp())
             for d, (lo, hi) in ((d, day_bounds(d, day_starts_at, zone)) for d in want)}

    def spread(start: datetime, end: datetime, key: str, amount: float | None = None) -> None:
        a, b = start.timestamp(), end.timestamp()
        for d in _days_touched(start, end, day_starts_at):
            if d in edges:
                lo, hi = edges[d]
                share = min(b, hi) - max(a, lo)
                if share > 0:
                    value = share if amount is None else amount * share / (b - a)
                    acc[d][key] = acc[d].get(key, 0.0) + value

    def add(d: date, key: str, value: float = 1.0) -> None:
        if d in acc:
            acc[d][key] = acc[d].get(key, 0.0) + value

    for bout in rows.bouts:
        if bout.end.timestamp() > bout.start.timestamp():
            spread(bout.start, bout.end, "sitting_s", bout.sitting_s)
        else:
            add(day_of(bout.end, day_starts_at), "sitting_s", bout.sitting_s)
        end_day = day_of(bout.end, day_starts_at)
        if end_day in acc:
            acc[end_day]["longest_bout_s"] = max(acc[end_day].get("longest_bout_s", 0.0),
                                                 bout.sitting_s)
            add(end_day, "bouts_over_30", float(bout.sitting_s > HALF_HOUR_S))
            add(end_day, "bouts_over_60", float(bout.sitting_s > HOUR_S))
    for start, end in standing_minus_away(rows, now):
        spread(start, end, "standing_s")
    for a in rows.away:
        if a.reason.value != "not_running":
            spread(a.start, a.end or now, "away_s")
    for b in rows.breaks:
        if b.outcome is None or b.ended is None:
            continue
        d = day_of(b.ended, day_starts_at)
        if b.outcome is BreakOutcome.COMPLETED:
            add(d, "breaks_completed")
            add(d, "stretch_routines", float(b.kind is BreakKind.STRETCH))
        elif b.outcome is BreakOutcome.POSTPONED:
            add(d, "breaks_postponed")
        elif b.outcome is BreakOutcome.SKIPPED:
            add(d, "breaks_skipped")
        elif b.outcome is BreakOutcome.WORKED_THROUGH:
            add(d, "breaks_worked_through")
        elif b.outcome is BreakOutcome.NATURAL and b.kind is BreakKind.MICRO:
            add(d, "natural_breaks")
    return {d: _totals(d, values) for d, values in acc.items()}


def _totals(day: date, values: Mapping[str, float]) -> DayTotals:
    def count(name: str) -> int:
        return round(values.get(name, 0.0))

    return DayTotals(
        day, sitting_s=values.get("sitting_s", 0.0), standing_s=values.get("standing_s", 0.0),
        away_s=values.get("away_s", 0.0), longest_bout_s=values.get("longest_bout_s", 0.0),
        bouts_over_30=count("bouts_over_30"), bouts_over_60=count("bouts_over_60"),
        breaks_completed=count("breaks_completed"), breaks_postponed=count("breaks_postponed"),
        breaks_skipped=count("breaks_skipped"), natural_breaks=count("natural_breaks"),
        stretch_routines=count("stretch_routines"),
        breaks_worked_through=count("breaks_worked_through"))


def _days_touched(start: datetime, end: datetime, day_starts_at: int) -> list[date]:
    # One day either side: the zone's boundaries may sit an hour off the
    # recorded offsets when the clocks changed in between.
    first = day_of(start, day_starts_at) - timedelta(days=1)
    last = day_of(end, day_starts_at) + timedelta(days=1)
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
