"""The pending break's lifecycle inside the engine: due, held, shown, ended.

See :mod:`psoas_desk.core.breaks` for the rules (which break comes next, its
lengths and limits) and :mod:`psoas_desk.core.engine_base` for how the engine
is layered.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

from psoas_desk.core import breaks as rules
from psoas_desk.core import events as ev
from psoas_desk.core.breaks import PendingBreak
from psoas_desk.core.engine_base import EngineCore
from psoas_desk.core.engine_state import Bout
from psoas_desk.core.model import (
    AwayReason,
    BoutEnd,
    BreakKind,
    BreakOutcome,
    BreakPhase,
    Observation,
    Posture,
)


class IntentRefused(Exception):
    """The engine will not do what was asked; ``str(exc)`` says why, for a person."""


class BreakLifecycle(EngineCore):
    """Moves the one pending break through warned, due, held, shown and ended."""

    def _update_breaks(self, t: float, obs: Observation) -> None:
        p = self._st.pending
        if p is not None and p.phase is BreakPhase.ACTIVE:
            if t - p.started_t >= p.duration_s - 0.05:
                self._complete(p)
            return
        if not self._st.reminders_active():
            return
        counting = self._st.absence is None and self._st.posture is Posture.SITTING
        if p is None:
            choice = rules.choose_next(self._settings, self._st.progress)
            if choice is None or not counting:
                return
            kind, left = choice
            warning = self._settings.breaks.warning.total_seconds()
            due_t = max(t + left, self._st.grace_until)
            if due_t - t > warning:
                return
            if due_t <= t:
                p = PendingBreak(kind, BreakPhase.DUE, t, self._st.now)
                self._st.pending = p
                self._emit(ev.BreakDue(self._st.now, kind))
            else:
                p = PendingBreak(kind, BreakPhase.WARNED, due_t, self._st.wall(due_t))
                self._st.pending = p
                if warning > 0 and not self._st.dnd:
                    self._emit(ev.BreakWarned(self._st.now, kind, due_t - t))
        if p.phase is BreakPhase.WARNED:
            choice = rules.choose_next(self._settings, self._st.progress)
            if choice is None:
                self._end_pending(BreakOutcome.CANCELLED)
                return
            p.kind, left = choice
            if counting:
                p.due_t = max(t + left, self._st.grace_until)
                p.due_wall = self._st.wall(p.due_t)
            if left > 0.05 or t < self._st.grace_until:
                return
            self._make_due(p, t)
        if p.phase is BreakPhase.SNOOZED:
            warning = self._settings.breaks.warning.total_seconds()
            if t < p.snooze_until:
                if (warning > 0 and not p.warned_again and not self._st.dnd
                        and t >= p.snooze_until - warning):
                    p.warned_again = True
                    self._emit(ev.BreakWarned(self._st.now, p.kind, p.snooze_until - t))
                return
            self._make_due(p, t)
        if p.phase is BreakPhase.DUE and self._st.dnd:
            p.phase = BreakPhase.DEFERRED
            p.dnd_reason = self._st.dnd_reason
            p.release_at = None
            self._emit(ev.BreakDeferred(self._st.now, p.kind, self._st.dnd_reason))
        if p.phase is BreakPhase.DEFERRED:
            if self._st.dnd:
                p.release_at = None
                return
            if p.release_at is None:
                p.release_at = t + self._settings.dnd.release_delay.total_seconds()
            if t < p.release_at:
                return
            p.phase = BreakPhase.DUE
            p.due_t = t
        if p.phase is BreakPhase.DUE and self._ready_to_show(p, t, obs):
            self._start(p, requested=False)

    def _make_due(self, p: PendingBreak, t: float) -> None:
        p.phase = BreakPhase.DUE
        p.due_t = t
        p.due_wall = self._st.now
        self._emit(ev.BreakDue(self._st.now, p.kind))

    def _ready_to_show(self, p: PendingBreak, t: float, obs: Observation) -> bool:
        if obs.locked or (self._st.absence is not None
                          and self._st.absence.reason is not AwayReason.IDLE):
            return False  # never light up a locked or sleeping screen
        if obs.idle_s is None:
            return True
        typing_pause = self._settings.breaks.typing_pause.total_seconds()
        waited = t - p.due_t
        max_delay = self._settings.breaks.max_delay.total_seconds()
        return obs.idle_s >= typing_pause or waited >= max_delay

    def _start(self, p: PendingBreak, *, requested: bool) -> None:
        # The bout is held, not ended: it ends at the break's start only if the
        # break is taken (completed or natural); skipped or postponed, it goes on.
        t = self._st.t
        self._st.started_count[p.kind] += 1
        p.phase = BreakPhase.ACTIVE
        p.started_t = t
        p.started_wall = self._st.now
        p.requested = requested
        p.duration_s = rules.duration_s(self._settings, p.kind)
        p.sequence = self._st.started_count[p.kind]
        self._st.pending = p
        self._emit(ev.BreakStarted(self._st.now, p.kind, p.duration_s,
                                   None if requested and p.due_wall is None else p.due_wall,
                                   requested, p.postpones, p.sequence))

    def _complete(self, p: PendingBreak) -> None:
        away = self._st.absence is not None and self._st.absence.reason is not AwayReason.IDLE
        outcome = BreakOutcome.NATURAL if away else BreakOutcome.COMPLETED
        if outcome is BreakOutcome.COMPLETED:
            self._st.tally.breaks_completed += 1
            if p.kind is BreakKind.STRETCH:
                self._st.tally.stretch_routines += 1
        elif self._st.absence is not None and not self._st.absence.counted:
            self._st.absence.counted = True
            self._st.tally.natural_breaks += 1
        self._reset_progress(p.kind)
        self._close_bout(BoutEnd.BREAK, p.started_t)
        if self._st.absence is not None:
            # Time away during the break was the break; later absence counts anew.
            self._st.absence.credit_from = self._st.t
            self._st.absence.credited = set()
        self._end_pending(outcome)

    def _resume_held_bout(self, p: PendingBreak) -> None:
        """A break that was not taken: the person stayed seated while it was on screen."""
        st = self._st
        if st.absence is not None or st.posture is not Posture.SITTING:
            return
        shown_s = max(0.0, st.t - p.started_t)
        if st.bout is None:
            st.bout = Bout(p.started_t, p.started_wall or st.now)
        st.bout.sitting_s += shown_s
        st.tally.sitting_s += shown_s

    def _reset_progress(self, kind: BreakKind) -> None:
        self._st.progress[kind] = 0.0
        if kind is BreakKind.STRETCH:
            self._st.progress[BreakKind.MICRO] = 0.0

    def _end_pending(self, outcome: BreakOutcome) -> None:
        p = self._st.pending
        if p is None:
            return
        self._st.pending = None
        shown = p.phase is BreakPhase.ACTIVE
        if shown and outcome is not BreakOutcome.COMPLETED and outcome is not BreakOutcome.NATURAL:
            self._resume_held_bout(p)
        self._emit(ev.BreakEnded(self._st.now, p.kind, outcome, p.due_wall,
                                 p.started_wall if shown else None, p.postpones))

    def _active_or_refuse(self) -> PendingBreak:
        p = self._st.pending
        if p is None or p.phase is not BreakPhase.ACTIVE:
            raise IntentRefused("no break is on screen")
        return p
