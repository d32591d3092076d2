"""What the history holds, as plain frozen rows: the language between storage and stats.

The history store (``psoas_desk/storage/history.py``) returns these rows;
the statistics (:mod:`psoas_desk.core.stats`) and the export read them.
Every time is an aware datetime carrying the UTC offset in force when it
was recorded, so the local day it belongs to never depends on today's zone.

Must not import: PySide6, apscheduler, platformdirs, sqlite3.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from psoas_desk.core.daybook import DayTotals
from psoas_desk.core.model import AwayReason, BoutEnd, BreakKind, BreakOutcome, PauseKind, Posture


@dataclass(frozen=True)
class BoutRow:
    """One sitting bout: when it began and ended, the seconds of sitting in it, why it ended."""

    start: datetime
    end: datetime
    sitting_s: float
    ended_by: BoutEnd


@dataclass(frozen=True)
class BreakRow:
    """One break and what became of it.

    A break that was shown has ``started``; one settled without being shown
    (postponed from the warning, skipped, credited by time away) has not.
    A postponed break that comes back is a new row, so each row is one
    verdict, as the day's figures count them.

    Attributes:
        kind: micro or stretch.
        outcome: the verdict; None while the break is on screen, or when the
            app stopped during it (the verdict never came).
        ended: when the verdict came (None with ``outcome``).
        started: when it was shown, or None.
        due: when it became due (None for one taken on request).
        since: for a break credited by time away, standing or a break of
            one's own: when that began.
        postpones_used: postpones used on this break so far.
        planned_s: the length it was shown with (shown breaks only).
        requested: taken on request ("Stretch now"); None if not shown.
        routine_id: the routine shown with it, or "".
        reason: why a natural break counted ("idle", "locked", "standing", "self"...).
    """

    kind: BreakKind
    outcome: BreakOutcome | None
    ended: datetime | None
    started: datetime | None = None
    due: datetime | None = None
    since: datetime | None = None
    postpones_used: int = 0
    planned_s: float | None = None
    requested: bool | None = None
    routine_id: str = ""
    reason: str = ""

    @property
    def at(self) -> datetime:
        """The moment the break is filed under: its verdict, else when it was shown."""
        when = self.ended or self.started or self.since
        assert when is not None, "a break row has a verdict time or a start"
        return when


@dataclass(frozen=True)
class PostureRow:
    """"I'm standing" / "I'm sitting" (or the engine assuming sitting after a long absence)."""

    at: datetime
    posture: Posture


@dataclass(frozen=True)
class AwayRow:
    """Time away from the desk; ``end`` is None while it goes on."""

    start: datetime
    end: datetime | None
    reason: AwayReason


@dataclass(frozen=True)
class PauseRow:
    """Reminders paused; ``end`` is None while the pause goes on."""

    start: datetime
    kind: PauseKind
    until: datetime | None
    end: datetime | None = None
    by_timer: bool | None = None
    """Whether it ended by itself (True) or was resumed by hand (False)."""


@dataclass(frozen=True)
class DeferralRow:
    """A due break held during a presentation, meeting or other do-not-disturb time."""

    at: datetime
    kind: BreakKind
    reason: str


@dataclass(frozen=True)
class ChecklistReviewRow:
    """The posture checklist was gone through; ``ticked`` are the item ids ticked."""

    at: datetime
    checklist_id: str
    ticked: tuple[str, ...]


@dataclass(frozen=True)
class DayRow:
    """The engine's own figures for a finished day (from its ``DayEnded`` event)."""

    day: date
    totals: DayTotals


@dataclass(frozen=True)
class HistoryRows:
    """Every kind of row for a stretch of time, each tuple in time order.

    ``error`` is a short description when the rows could not be read (the
    tuples are then empty); "" when all is well.
    """

    bouts: tuple[BoutRow, ...] = ()
    breaks: tuple[BreakRow, ...] = ()
    postures: tuple[PostureRow, ...] = ()
    away: tuple[AwayRow, ...] = ()
    pauses: tuple[PauseRow, ...] = ()
    deferrals: tuple[DeferralRow, ...] = ()
    reviews: tuple[ChecklistReviewRow, ...] = ()
    days: tuple[DayRow, ...] = ()
    error: str = ""
