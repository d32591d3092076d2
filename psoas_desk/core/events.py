"""Events the engine emits (past tense). Each is a frozen value.

Times are given twice where storage needs them: ``at`` as an aware local
``datetime`` (for history and display) derived from the injected clock.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from datetime import date, datetime

from psoas_desk.core.daybook import DayTotals
from psoas_desk.core.model import AwayReason, BoutEnd, BreakKind, BreakOutcome, PauseKind, Posture


@dataclass(frozen=True)
class Event:
    at: datetime


@dataclass(frozen=True)
class BreakWarned(Event):
    kind: BreakKind
    due_in_s: float


@dataclass(frozen=True)
class BreakDue(Event):
    kind: BreakKind


@dataclass(frozen=True)
class BreakWaiting(Event):
    """Due, but the person is typing: it shows at the next pause, or within ``within_s``."""

    kind: BreakKind
    within_s: float


@dataclass(frozen=True)
class BreakDeferred(Event):
    kind: BreakKind
    reason: str


@dataclass(frozen=True)
class BreakStarted(Event):
    kind: BreakKind
    duration_s: float
    due_at: datetime | None
    """When it became due (None for a break taken on request)."""
    requested: bool
    postpones_used: int
    sequence: int
    """How many breaks of this kind have started since the app started (1-based)."""


@dataclass(frozen=True)
class BreakEnded(Event):
    kind: BreakKind
    outcome: BreakOutcome
    due_at: datetime | None
    started_at: datetime | None
    """None when it ended before it was shown (e.g. postponed from the warning)."""
    postpones_used: int = 0
    snoozed_until: datetime | None = None


@dataclass(frozen=True)
class NaturalBreakTaken(Event):
    """Time away, standing, or a break taken on one's own credited a break of ``kind``."""

    started_at: datetime
    kind: BreakKind
    reason: str
    """"idle", "locked", "suspended", "standing" or "self"."""


@dataclass(frozen=True)
class BoutEnded(Event):
    started_at: datetime
    sitting_s: float
    reason: BoutEnd


@dataclass(frozen=True)
class AwayStarted(Event):
    since: datetime
    reason: AwayReason


@dataclass(frozen=True)
class Returned(Event):
    away_s: float


@dataclass(frozen=True)
class AbsenceCounted(Event):
    """A time away with no lock or sleep to explain it was counted as a break.

    The person may have been reading; they can say so (``Engine.undo_absence``).
    """

    since: datetime
    away_s: float
    kinds: tuple[BreakKind, ...]
    """The breaks it counted as, in the order of ``BreakKind``."""


@dataclass(frozen=True)
class AbsenceUndone(Event):
    """"I was at my desk": the time away since ``since`` was sitting after all."""

    since: datetime
    away_s: float
    bout_started_at: datetime | None
    """The bout the time away had ended, which goes on again (None if there was none)."""


@dataclass(frozen=True)
class AbsenceSettled(Event):
    """Too late for "I was at my desk": the time away since ``since`` stays counted.

    Reported once for each ``AbsenceCounted`` that was not undone, the moment
    the offer ends (its time ran out, or the person left again, took a break,
    changed posture, or a new day began).
    """

    since: datetime


@dataclass(frozen=True)
class ReadingChanged(Event):
    """"Reading or watching" turned on or off (by the person, or when it ran its course)."""

    on: bool


@dataclass(frozen=True)
class PostureChanged(Event):
    posture: Posture


@dataclass(frozen=True)
class StandingReminder(Event):
    standing_s: float


@dataclass(frozen=True)
class Paused(Event):
    kind: PauseKind
    until: datetime | None


@dataclass(frozen=True)
class Resumed(Event):
    by_timer: bool


@dataclass(frozen=True)
class DndChanged(Event):
    active: bool
    reason: str


@dataclass(frozen=True)
class WorkingHoursChanged(Event):
    inside: bool


@dataclass(frozen=True)
class DayEnded(Event):
    day: date
    totals: DayTotals


def event_name(event: Event) -> str:
    """``BreakStarted`` -> ``"break_started"``: the name used in logs and history."""
    name = type(event).__name__
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def event_record(event: Event) -> dict[str, object]:
    """The event as JSON-ready fields (times ISO 8601, enums by value), with ``event``."""
    record: dict[str, object] = {"event": event_name(event)}
    for f in dataclasses.fields(event):
        record[f.name] = _plain(getattr(event, f.name))
    return record


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, DayTotals):
        return value.to_json()
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, frozenset | set | tuple | list):
        return [_plain(v) for v in value]
    return value
