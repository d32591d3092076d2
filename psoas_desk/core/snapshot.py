"""Immutable views of the engine for the UI, ``status`` and storage.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from psoas_desk.core.daybook import DayTotals
from psoas_desk.core.model import BreakKind, BreakPhase, EngineState, PauseKind, Posture, Presence


@dataclass(frozen=True)
class NextBreak:
    kind: BreakKind
    in_s: float
    """Seconds until it is due; sitting seconds when ``counting`` is False."""
    counting: bool
    """False while the sitting clock is stopped (standing, away, paused)."""
    phase: BreakPhase | None = None
    postpones_used: int = 0
    postpones_left: int = 0
    deferred_reason: str = ""
    interval_s: float = 0.0
    """The sitting interval ``in_s`` counts down from (0 when not counting down)."""


@dataclass(frozen=True)
class BreakTimer:
    """One kind of break's own countdown, whichever break comes first.

    The status panel shows one per enabled kind, so a person sees the
    stretch break coming while the micro-breaks go by.
    """

    kind: BreakKind
    in_s: float
    """Seconds of sitting left until this kind is due (0 when it is due)."""
    interval_s: float
    """The sitting interval it counts down from."""


@dataclass(frozen=True)
class ActiveBreak:
    kind: BreakKind
    duration_s: float
    elapsed_s: float
    requested: bool
    can_finish_in_s: float
    """0 when Done is already allowed."""
    can_postpone: bool
    can_skip: bool
    postpones_used: int
    postpones_left: int

    @property
    def remaining_s(self) -> float:
        return max(0.0, self.duration_s - self.elapsed_s)


@dataclass(frozen=True)
class PauseInfo:
    kind: PauseKind
    until: datetime | None


@dataclass(frozen=True)
class Snapshot:
    """Everything the UI shows, as of the engine's last step."""

    at: datetime
    state: EngineState
    presence: Presence
    posture: Posture
    sitting_s: float
    """The current sitting bout, in seconds of sitting."""
    standing_s: float
    away_s: float
    next_break: NextBreak | None
    active_break: ActiveBreak | None
    pause: PauseInfo | None
    dnd: bool
    dnd_reason: str
    off_hours: bool
    idle_known: bool
    strict: bool
    skips_left: int
    today: DayTotals
    timers: tuple[BreakTimer, ...] = ()
    """Each enabled kind's countdown, in ``KINDS`` order (empty while paused or off hours)."""
    reading: bool = False
    """"Reading or watching" is on: time without input still counts as sitting."""

    def to_json(self) -> dict[str, object]:
        """The stable ``status --json`` fields (see the README) plus extras."""
        nb = self.next_break
        return {
            "state": self.state.value,
            "presence": self.presence.value,
            "posture": self.posture.value,
            "reading": self.reading,
            "sitting_s": round(self.sitting_s),
            "standing_s": round(self.standing_s),
            "away_s": round(self.away_s),
            "next_break": None if nb is None else {
                "kind": nb.kind.value, "in_s": round(nb.in_s), "counting": nb.counting,
                "phase": nb.phase.value if nb.phase else None,
                "postpones_left": nb.postpones_left,
            },
            "in_break": None if self.active_break is None else {
                "kind": self.active_break.kind.value,
                "remaining_s": round(self.active_break.remaining_s),
                "duration_s": round(self.active_break.duration_s),
            },
            "paused_until": (None if self.pause is None else
                             self.pause.until.isoformat() if self.pause.until else
                             self.pause.kind.value),
            "dnd": self.dnd,
            "off_hours": self.off_hours,
            "strict": self.strict,
            "skips_left": self.skips_left,
            "today": self.today.to_json(),
            "timers": [{"kind": timer.kind.value, "in_s": round(timer.in_s)}
                       for timer in self.timers],
        }
