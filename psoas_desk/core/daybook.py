"""Per-day figures: how long you sat, your longest bout, what became of breaks.

:class:`DayTotals` is the frozen view handed to the UI, ``status`` and
storage; :class:`Tally` is the engine's mutable counter behind it. Sitting,
standing and bout time can be taken back when the engine learns, after the
fact, that you had already left (see :class:`Journal`).

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date

HALF_HOUR_S = 30 * 60
HOUR_S = 60 * 60


@dataclass(frozen=True)
class DayTotals:
    """One day's figures (seconds are floats; counts are ints)."""

    day: date
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

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.isoformat() if isinstance(value, date) else (
                round(value) if isinstance(value, float) else value)
        return out


@dataclass
class Tally:
    """The running figures of the current day (mutable, engine-internal)."""

    day: date
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

    def bout_ended(self, sitting_s: float) -> None:
        self.longest_bout_s = max(self.longest_bout_s, sitting_s)
        self.bouts_over_30 += sitting_s > HALF_HOUR_S
        self.bouts_over_60 += sitting_s > HOUR_S

    def totals(self, *, extra_sitting_s: float = 0.0, extra_standing_s: float = 0.0,
               open_bout_s: float = 0.0) -> DayTotals:
        """A frozen copy, with provisional time and the open bout folded in."""
        # A plain copy of the fields: asdict() deep-copies and is slow, and this
        # runs on every engine step.
        values = dict(vars(self))
        values["sitting_s"] += extra_sitting_s
        values["standing_s"] += extra_standing_s
        values["longest_bout_s"] = max(self.longest_bout_s, open_bout_s)
        return DayTotals(**values)


@dataclass
class Accrual:
    """Seconds added to each running figure over one stretch of time."""

    start: float
    end: float
    amounts: dict[str, float] = field(default_factory=dict)


class Journal:
    """Accruals since the last moment the user was surely present.

    Time after the last input is counted as sitting (you may be reading), but
    if the idle time then reaches the away threshold, you were away since
    that input: the accruals after it are taken back.
    """

    def __init__(self) -> None:
        self._entries: list[Accrual] = []

    def record(self, accrual: Accrual) -> None:
        if accrual.end > accrual.start and accrual.amounts:
            self._entries.append(accrual)

    def firm_up(self, until: float) -> None:
        """Forget accruals that end before ``until``: they can no longer change."""
        self._entries = [a for a in self._entries if a.end > until]

    def take_back(self, since: float) -> dict[str, float]:
        """Remove the part of every accrual after ``since``; return the amounts removed."""
        removed: dict[str, float] = {}
        kept: list[Accrual] = []
        for a in self._entries:
            if a.end <= since:
                kept.append(a)
                continue
            share = (a.end - max(a.start, since)) / (a.end - a.start)
            for key, amount in a.amounts.items():
                removed[key] = removed.get(key, 0.0) + amount * share
            if a.start < since:
                kept.append(Accrual(a.start, since,
                                    {k: v * (1 - share) for k, v in a.amounts.items()}))
        self._entries = kept
        return removed

    def clear(self) -> None:
        self._entries.clear()
