"""The engine's mutable state, in one place.

:class:`EngineMemory` holds everything the engine knows between steps; the
engine (:mod:`psoas_desk.core.engine`) changes it, and the read-only views
(:mod:`psoas_desk.core.engine_view`) and persistence
(:mod:`psoas_desk.core.engine_persist`) read it. Times ending in ``_t`` are
monotonic seconds; ``_wall`` times are aware local datetimes.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from psoas_desk.core.breaks import PendingBreak
from psoas_desk.core.daybook import Journal, Tally
from psoas_desk.core.model import AwayReason, BreakKind, BreakPhase, Observation, PauseKind, Posture
from psoas_desk.core.settings import Settings
from psoas_desk.core.walltime import seconds_between

MAX_SLEEP_S = 15 * 60.0
"""The engine asks to be woken at least this often."""
AWAY_POLL_S = 60.0
"""While away, how often to look for the user's return."""
HELD_POLL_S = 10.0
"""While a break is held or waits on a locked screen, how often to look again."""


@dataclass
class Bout:
    """The sitting bout in progress."""

    start_t: float
    start_wall: datetime
    sitting_s: float = 0.0


@dataclass
class Absence:
    """The user is away: since when, why, and what it has credited so far."""

    start_t: float
    start_wall: datetime
    reason: AwayReason
    not_before: float
    """The user cannot be back before this (the end of a sleep)."""
    credit_from: float
    credited: set[BreakKind] = field(default_factory=set)
    counted: bool = False


@dataclass
class StandingSpell:
    since_t: float
    since_wall: datetime
    credited: set[BreakKind] = field(default_factory=set)
    counted: bool = False
    reminded: bool = False


@dataclass
class PauseState:
    kind: PauseKind
    until_t: float | None = None
    until_wall: datetime | None = None
    until_day: date | None = None
    """For "until tomorrow": the pause ends when this psoas-desk day begins."""


@dataclass
class EngineMemory:
    """Everything the engine remembers between steps."""

    t: float
    now: datetime
    tally: Tally
    acc_t: float = 0.0
    """The accounting cursor: time before it has been counted."""
    firm_t: float = 0.0
    """Time before it can no longer be taken back (the user surely was there)."""
    sleep_total: float | None = None
    suspend_mark: float | None = None
    planned: float = 0.0
    obs: Observation = field(default_factory=lambda: Observation(idle_s=None))
    last_input: float = -math.inf
    sign_seen: float = -math.inf
    absence: Absence | None = None
    posture: Posture = Posture.SITTING
    standing: StandingSpell | None = None
    bout: Bout | None = None
    progress: dict[BreakKind, float] = field(
        default_factory=lambda: {k: 0.0 for k in BreakKind})
    pending: PendingBreak | None = None
    started_count: dict[BreakKind, int] = field(
        default_factory=lambda: {k: 0 for k in BreakKind})
    pause: PauseState | None = None
    inside_hours: bool = True
    dnd: bool = False
    dnd_reason: str = ""
    grace_until: float = 0.0
    journal: Journal = field(default_factory=Journal)

    def wall(self, mono: float) -> datetime:
        """The local wall time of monotonic time ``mono`` (relative to the last step)."""
        return (self.now.astimezone(UTC) + timedelta(seconds=mono - self.t)).astimezone(
            self.now.tzinfo)

    def mono(self, wall: datetime) -> float:
        return self.t + seconds_between(self.now, wall)

    def reminders_active(self) -> bool:
        return self.pause is None and self.inside_hours

    def in_break(self) -> bool:
        return self.pending is not None and self.pending.phase is BreakPhase.ACTIVE

    def skips_left(self, settings: Settings) -> int:
        return max(0, settings.breaks.skip_budget - self.tally.breaks_skipped)


def away_threshold(settings: Settings) -> float:
    return settings.presence.away_threshold.total_seconds()


def natural_break_s(settings: Settings) -> float:
    return settings.presence.natural_break.total_seconds()


def sign_limit(settings: Settings) -> float:
    return settings.presence.presence_sign_limit.total_seconds()


def credit_after(settings: Settings, kind: BreakKind) -> float:
    """How long an absence (or standing) must last to count as a break of ``kind``."""
    natural = natural_break_s(settings)
    if kind is BreakKind.MICRO:
        return natural
    return max(natural, settings.stretch.duration.total_seconds())


def effective_presence(st: EngineMemory, settings: Settings, t: float,
                       last_input: float) -> float:
    """The last moment the user surely was there: input, or a recent presence sign."""
    sign = min(st.sign_seen, last_input + sign_limit(settings))
    return min(max(last_input, sign), t)
