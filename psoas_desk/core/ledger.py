"""The day ledger: today's figures, and the day they belong to.

The ledger counts what the other parts of the engine report: seconds of
sitting, standing and time away (and seconds taken back when it turns out
you had already left), and the verdicts in their events (a bout ended, a
break completed, postponed, skipped). At the hour a new day starts it
closes the day with a ``DayEnded`` event and starts afresh.

Days only move forward: a wall clock stepped back across the day boundary
(a laptop that resumes with its hardware clock a little fast, then NTP
corrects it) or a time zone further west keeps the current day until the
wall clock reaches the next one, so no day is reported twice.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime

from psoas_desk.core import events as ev
from psoas_desk.core.breaks import KIND_RULES
from psoas_desk.core.daybook import DayTotals, Tally
from psoas_desk.core.model import BreakOutcome
from psoas_desk.core.settings import Settings
from psoas_desk.core.walltime import day_of

_COUNTED_OUTCOMES = {
    BreakOutcome.COMPLETED: "breaks_completed",
    BreakOutcome.POSTPONED: "breaks_postponed",
    BreakOutcome.SKIPPED: "breaks_skipped",
    BreakOutcome.WORKED_THROUGH: "breaks_worked_through",
}


class DayLedger:
    """The running figures of the current day (see the module docstring)."""

    def __init__(self, day: date) -> None:
        self.tally = Tally(day)

    @property
    def day(self) -> date:
        return self.tally.day

    def next_day(self, now: datetime, day_starts_at: int) -> date | None:
        """The day ``now`` belongs to if it is later than the ledger's, else None."""
        day = day_of(now, day_starts_at)
        return day if day > self.tally.day else None

    def roll(self, now: datetime, day: date) -> list[ev.Event]:
        """Close the current day and start ``day`` (which must be later)."""
        assert day > self.tally.day, "days only move forward"
        finished = self.tally
        self.tally = Tally(day)
        return [ev.DayEnded(now, finished.day, finished.totals())]

    def set_day(self, day: date) -> None:
        """The day rollover hour changed: the figures so far belong to ``day``."""
        self.tally.day = day

    def restore(self, saved: Tally, now: datetime) -> list[ev.Event]:
        """Take over the figures a previous run saved.

        The saved day's figures are kept when it is today's or a later one
        (the wall clock went back while the app was not running); an earlier
        day is closed with its ``DayEnded`` report.
        """
        if saved.day >= self.tally.day:
            self.tally = saved
            return []
        return [ev.DayEnded(now, saved.day, saved.totals())]

    # -- counting -----------------------------------------------------------
    def add(self, amounts: Mapping[str, float]) -> None:
        """Add (or with negative amounts, take back) seconds of sitting, standing, away."""
        t = self.tally
        t.sitting_s = max(0.0, t.sitting_s + amounts.get("sitting", 0.0))
        t.standing_s = max(0.0, t.standing_s + amounts.get("standing", 0.0))
        t.away_s = max(0.0, t.away_s + amounts.get("away", 0.0))

    def natural_break(self) -> None:
        """A time away or standing long enough to count as a micro-break."""
        self.tally.natural_breaks += 1

    def note(self, events: Iterable[ev.Event]) -> None:
        """Count the verdicts in ``events``: bouts ended, breaks completed, postponed..."""
        t = self.tally
        for event in events:
            if isinstance(event, ev.BoutEnded):
                t.bout_ended(event.sitting_s)
            elif isinstance(event, ev.BreakEnded):
                name = _COUNTED_OUTCOMES.get(event.outcome)
                if name is None:
                    continue
                setattr(t, name, getattr(t, name) + 1)
                if event.outcome is BreakOutcome.COMPLETED and KIND_RULES[event.kind].routine:
                    t.stretch_routines += 1

    # -- reading ------------------------------------------------------------
    def skips_left(self, settings: Settings) -> int:
        return max(0, settings.breaks.skip_budget - self.tally.breaks_skipped)

    def totals(self, *, open_bout_s: float = 0.0) -> DayTotals:
        return self.tally.totals(open_bout_s=open_bout_s)
