"""The break scheduler: how close each break is, and the one pending break.

Lifecycle of the pending break: (counting) -> WARNED (notification) -> DUE
(waits for a pause in typing, at most the max delay) -> ACTIVE (on screen)
-> ended as completed, postponed (-> SNOOZED -> DUE again), skipped or
natural. A presentation or meeting turns DUE into DEFERRED until it ends.
There is never more than one pending break; which kind it is comes from
:func:`psoas_desk.core.breaks.choose_next`.

:class:`BreakScheduler` owns the progress towards each kind (seconds of
sitting since it was last taken), the pending break and the grace after a
pause. Its methods return events. Verdicts on a break that was on screen
(completed, postponed, skipped...) are the engine's to make
(:mod:`psoas_desk.core.workday`): they end or resume the sitting bout too.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from psoas_desk.core import breaks as rules
from psoas_desk.core import events as ev
from psoas_desk.core.breaks import KIND_RULES, KINDS
from psoas_desk.core.model import BreakKind, BreakOutcome, BreakPhase, Observation
from psoas_desk.core.moment import Moment
from psoas_desk.core.settings import Settings


@dataclass
class PendingBreak:
    """The one break being warned about, waited for, held, snoozed or taken."""

    kind: BreakKind
    phase: BreakPhase
    due_t: float
    """Monotonic time it is (or was) due."""
    due_wall: datetime | None = None
    postpones: int = 0
    snooze_until: float = 0.0
    warned_again: bool = False
    release_at: float | None = None
    dnd_reason: str = ""
    started_t: float = 0.0
    started_wall: datetime | None = None
    duration_s: float = 0.0
    requested: bool = False
    sequence: int = 0


@dataclass(frozen=True)
class Conditions:
    """What the scheduler needs to know about the rest of the engine at a step."""

    counting: bool
    """The person sits at the desk, so the sitting clock runs."""
    dnd: bool
    dnd_reason: str
    screen_dark: bool
    """The screen is locked or the machine slept: never light it up."""


class BreakScheduler:
    """Progress towards each kind and the pending break (see the module docstring)."""

    def __init__(self, t: float) -> None:
        self.progress: dict[BreakKind, float] = {k: 0.0 for k in KINDS}
        self.pending: PendingBreak | None = None
        self.started_count: dict[BreakKind, int] = {k: 0 for k in KINDS}
        self.grace_until = t
        """An overdue break waits until then (after a pause or outside working hours)."""
        self._table: tuple[Settings, rules.KindTable] | None = None

    # -- progress -----------------------------------------------------------
    def accrue(self, seconds: float) -> None:
        """Sitting (negative: sitting taken back) that brings every break closer."""
        for kind in KINDS:
            self.progress[kind] = max(0.0, self.progress[kind] + seconds)

    def reset(self, kind: BreakKind) -> None:
        """A break of ``kind`` was taken: its clock and those of the kinds it includes restart."""
        for k in KIND_RULES[kind].resets():
            self.progress[k] = 0.0

    def next_choice(self, settings: Settings) -> tuple[BreakKind, float] | None:
        """The next break's kind and the sitting seconds left until it (see ``choose_next``)."""
        if self._table is None or self._table[0] is not settings:
            self._table = (settings, rules.KindTable.of(settings))
        return rules.choose_next(self._table[1], self.progress)

    def in_break(self) -> bool:
        return self.pending is not None and self.pending.phase is BreakPhase.ACTIVE

    def active(self) -> PendingBreak | None:
        p = self.pending
        return p if p is not None and p.phase is BreakPhase.ACTIVE else None

    # -- the lifecycle --------------------------------------------------------
    def advance(self, m: Moment, obs: Observation, settings: Settings,
                c: Conditions) -> list[ev.Event]:
        """Move a pending break that is not on screen along (reminders are on)."""
        t = m.t
        out: list[ev.Event] = []
        p = self.pending
        warning = settings.breaks.warning.total_seconds()
        if p is None:
            choice = self.next_choice(settings)
            if choice is None or not c.counting:
                return out
            kind, left = choice
            due_t = max(t + left, self.grace_until)
            if due_t - t > warning:
                return out
            if due_t <= t:
                p = PendingBreak(kind, BreakPhase.DUE, t, m.now)
                self.pending = p
                out.append(ev.BreakDue(m.now, kind))
            else:
                p = PendingBreak(kind, BreakPhase.WARNED, due_t, m.wall(due_t))
                self.pending = p
                if warning > 0 and not c.dnd:
                    out.append(ev.BreakWarned(m.now, kind, due_t - t))
        if p.phase is BreakPhase.WARNED:
            choice = self.next_choice(settings)
            if choice is None:
                return out + self.end_unshown(m, BreakOutcome.CANCELLED)
            p.kind, left = choice
            if c.counting:
                p.due_t = max(t + left, self.grace_until)
                p.due_wall = m.wall(p.due_t)
            if left > 0.05 or t < self.grace_until:
                return out
            out += self._make_due(m, p)
        if p.phase is BreakPhase.SNOOZED:
            if t < p.snooze_until:
                if (warning > 0 and not p.warned_again and not c.dnd
                        and t >= p.snooze_until - warning):
                    p.warned_again = True
                    out.append(ev.BreakWarned(m.now, p.kind, p.snooze_until - t))
                return out
            out += self._make_due(m, p)
        if p.phase is BreakPhase.DUE and c.dnd:
            p.phase = BreakPhase.DEFERRED
            p.dnd_reason = c.dnd_reason
            p.release_at = None
            out.append(ev.BreakDeferred(m.now, p.kind, c.dnd_reason))
        if p.phase is BreakPhase.DEFERRED:
            if c.dnd:
                p.release_at = None
                return out
            if p.release_at is None:
                p.release_at = t + settings.dnd.release_delay.total_seconds()
            if t < p.release_at:
                return out
            p.phase = BreakPhase.DUE
            p.due_t = t
        if p.phase is BreakPhase.DUE and self._ready_to_show(p, t, obs, settings, c):
            out += self.start(m, p, settings, requested=False)
        return out

    def _make_due(self, m: Moment, p: PendingBreak) -> list[ev.Event]:
        p.phase = BreakPhase.DUE
        p.due_t = m.t
        p.due_wall = m.now
        return [ev.BreakDue(m.now, p.kind)]

    @staticmethod
    def _ready_to_show(p: PendingBreak, t: float, obs: Observation, settings: Settings,
                       c: Conditions) -> bool:
        if obs.locked or c.screen_dark:
            return False  # never light up a locked or sleeping screen
        if obs.idle_s is None:
            return True
        typing_pause = settings.breaks.typing_pause.total_seconds()
        max_delay = settings.breaks.max_delay.total_seconds()
        return obs.idle_s >= typing_pause or t - p.due_t >= max_delay

    def start(self, m: Moment, p: PendingBreak, settings: Settings, *,
              requested: bool) -> list[ev.Event]:
        """Put ``p`` on screen.

        The bout is held, not ended: it ends at the break's start only if the
        break is taken (completed or natural); skipped or postponed, it goes on.
        """
        self.started_count[p.kind] += 1
        p.phase = BreakPhase.ACTIVE
        p.started_t = m.t
        p.started_wall = m.now
        p.requested = requested
        p.duration_s = rules.duration_s(settings, p.kind)
        p.sequence = self.started_count[p.kind]
        self.pending = p
        return [ev.BreakStarted(m.now, p.kind, p.duration_s,
                                None if requested and p.due_wall is None else p.due_wall,
                                requested, p.postpones, p.sequence)]

    def snooze(self, m: Moment, p: PendingBreak, until: float) -> list[ev.Event]:
        """Postpone ``p`` (on screen or not) until monotonic time ``until``."""
        out: list[ev.Event] = [ev.BreakEnded(m.now, p.kind, BreakOutcome.POSTPONED, p.due_wall,
                                             p.started_wall, p.postpones + 1, m.wall(until))]
        p.phase = BreakPhase.SNOOZED
        p.postpones += 1
        p.snooze_until = until
        p.warned_again = False
        p.started_wall = None
        p.release_at = None
        return out

    def end_unshown(self, m: Moment, outcome: BreakOutcome) -> list[ev.Event]:
        """End a pending break that is not on screen (the caller checks)."""
        return self.end(m, outcome)[0]

    def end(self, m: Moment, outcome: BreakOutcome) -> tuple[list[ev.Event], PendingBreak | None]:
        """End the pending break with ``outcome``; returns the events and the break ended."""
        p = self.pending
        if p is None:
            return [], None
        self.pending = None
        shown = p.phase is BreakPhase.ACTIVE
        return [ev.BreakEnded(m.now, p.kind, outcome, p.due_wall,
                              p.started_wall if shown else None, p.postpones)], p

    def credit(self, m: Moment, kind: BreakKind, since: datetime,
               reason: str) -> list[ev.Event]:
        """A break of ``kind`` happened on its own: reset its clock, settle a pending one."""
        self.progress[kind] = 0.0
        p = self.pending
        if p is not None and p.kind is kind and p.phase is not BreakPhase.ACTIVE:
            return self.end_unshown(m, BreakOutcome.NATURAL)
        return [ev.NaturalBreakTaken(m.now, since, kind, reason)]
