"""Read-only views of the engine's parts: the snapshot, and when to wake next.

The views read the parts a :class:`~psoas_desk.core.workday.Workday` holds,
through :class:`DayParts`; the workday asks :func:`plan_wakeup` after each
step, so naming the workday here would tie the two modules in a cycle.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

from typing import Protocol

from psoas_desk.core import breaks as rules
from psoas_desk.core.absence_undo import AbsenceUndo
from psoas_desk.core.accounting import Accounting
from psoas_desk.core.breaks import KINDS
from psoas_desk.core.gate import ReminderGate
from psoas_desk.core.ledger import DayLedger
from psoas_desk.core.model import BreakPhase, EngineState, Observation, Posture, Presence
from psoas_desk.core.moment import Moment
from psoas_desk.core.scheduler import BreakScheduler
from psoas_desk.core.settings import Settings
from psoas_desk.core.snapshot import ActiveBreak, BreakTimer, NextBreak, PauseInfo, Snapshot
from psoas_desk.core.walltime import day_start, next_day_start, next_working_boundary


class DayParts(Protocol):
    """What the views read of the engine's state (a ``Workday``)."""

    @property
    def settings(self) -> Settings: ...
    @property
    def m(self) -> Moment: ...
    @property
    def obs(self) -> Observation: ...
    @property
    def acc(self) -> Accounting: ...
    @property
    def sched(self) -> BreakScheduler: ...
    @property
    def gate(self) -> ReminderGate: ...
    @property
    def ledger(self) -> DayLedger: ...
    @property
    def reading(self) -> bool: ...
    @property
    def undo(self) -> AbsenceUndo: ...


ACTIVE_WINDOW_S = 5.0
"""Input this recent means typing or pointing right now."""
MAX_SLEEP_S = 15 * 60.0
"""The engine asks to be woken at least this often."""
AWAY_POLL_S = 60.0
"""While away, how often to look for the user's return."""
UNKNOWN_POLL_S = 10.0
"""While the idle time is briefly unknown (``accounting.UNKNOWN_GRACE_S``), how
often to look again, so an absence that began meanwhile is noticed soon."""
HELD_POLL_S = 10.0
"""While a break is held or waits on a locked screen, how often to look again."""


def plan_wakeup(w: DayParts) -> float:
    """The monotonic time at which the engine next needs a step."""
    s, acc, sched = w.settings, w.acc, w.sched
    t = w.m.t
    marks = [t + MAX_SLEEP_S]
    known = w.obs.idle_s is not None
    if acc.absence is not None:
        a = acc.absence
        marks.append(t + AWAY_POLL_S)
        marks += [a.credit_from + rules.credit_after_s(s, k) for k in KINDS
                  if k not in a.credited]
    elif known:
        marks.append(acc.presence_until(t, s) + s.presence.away_threshold.total_seconds())
    if acc.idle_gap:
        marks.append(t + UNKNOWN_POLL_S)
    p = sched.pending
    if p is not None:
        if p.phase is BreakPhase.ACTIVE:
            marks += [p.started_t + p.duration_s,
                      p.started_t + rules.min_duration_s(s, p.kind)]
            look = sched.next_work_look(t, s)
            if look is not None and known:
                marks.append(look)
        elif p.phase is BreakPhase.WARNED:
            marks.append(p.due_t)
        elif p.phase is BreakPhase.SNOOZED:
            marks += [p.snooze_until - s.breaks.warning.total_seconds(), p.snooze_until]
        elif p.phase in (BreakPhase.DUE, BreakPhase.WAITING):
            marks.append(p.due_t + s.breaks.max_delay.total_seconds())
            if w.obs.locked:
                marks.append(t + HELD_POLL_S)
            elif known:
                marks.append(acc.last_input + s.breaks.typing_pause.total_seconds())
        elif p.phase is BreakPhase.DEFERRED:
            marks.append(p.release_at if p.release_at is not None else t + HELD_POLL_S)
    elif w.gate.open() and acc.posture is Posture.SITTING:
        choice = sched.next_choice(s)
        if choice is not None:
            left = choice[1]
            marks += [t + left - s.breaks.warning.total_seconds(), t + left]
    marks.append(sched.grace_until)
    undo_ends = w.undo.deadline()
    if undo_ends is not None:
        marks.append(undo_ends)
    pause = w.gate.pause
    if pause is not None and pause.until_t is not None:
        marks.append(pause.until_t)
    marks.append(w.m.mono(next_day_start(w.m.now, s.schedule.day_starts_at)))
    if s.schedule.working_hours_only:
        boundary = next_working_boundary(w.m.now, s.schedule.working_hours)
        if boundary is not None:
            marks.append(w.m.mono(boundary))
    if acc.standing is not None:
        since = acc.standing.since_t
        marks += [since + rules.credit_after_s(s, k) for k in KINDS]
        marks.append(since + s.posture.standing_limit.total_seconds())
    future = [m for m in marks if m > t + 0.01]
    return min(future) if future else t + 1.0


def _state(w: DayParts) -> EngineState:
    p = w.sched.pending
    if p is not None and p.phase is BreakPhase.ACTIVE:
        return EngineState.IN_BREAK
    if w.gate.pause is not None:
        return EngineState.PAUSED
    if not w.gate.inside_hours:
        return EngineState.OFF_HOURS
    if w.acc.absence is not None:
        return EngineState.AWAY
    if p is not None and p.phase in (BreakPhase.DUE, BreakPhase.WAITING, BreakPhase.DEFERRED):
        return EngineState.BREAK_DUE
    if w.acc.posture is Posture.STANDING:
        return EngineState.STANDING
    return EngineState.SITTING


def build_snapshot(w: DayParts) -> Snapshot:
    """The immutable view of the engine for the UI, ``status`` and storage."""
    s, acc, sched, gate = w.settings, w.acc, w.sched, w.gate
    t = w.m.t
    p = sched.pending
    idle = w.obs.idle_s
    if acc.absence is not None:
        presence = Presence.AWAY
    elif idle is not None and idle < ACTIVE_WINDOW_S:
        presence = Presence.ACTIVE
    else:
        presence = Presence.PASSIVE
    counting = acc.absence is None and acc.posture is Posture.SITTING and gate.open()
    next_break: NextBreak | None = None
    active_break: ActiveBreak | None = None
    strict = s.breaks.strict
    skips_left = w.ledger.skips_left(s)
    if p is not None:
        limit = rules.postpone_limit(s, p.kind)
        left = 0 if strict else max(0, limit - p.postpones)
        if p.phase is BreakPhase.ACTIVE:
            elapsed = t - p.started_t
            active_break = ActiveBreak(
                p.kind, p.duration_s, elapsed, p.requested,
                max(0.0, rules.min_duration_s(s, p.kind) - elapsed),
                can_postpone=left > 0, can_skip=not strict and skips_left > 0,
                postpones_used=p.postpones, postpones_left=left)
        else:
            in_s = {BreakPhase.WARNED: p.due_t - t,
                    BreakPhase.SNOOZED: p.snooze_until - t}.get(p.phase, 0.0)
            next_break = NextBreak(p.kind, max(0.0, in_s), counting, p.phase, p.postpones,
                                   left, p.dnd_reason)
    elif gate.open():
        choice = sched.next_choice(s)
        if choice is not None:
            kind, remaining = choice
            # The countdown runs towards whichever interval ends first (with the
            # stretch break winning, that is still the micro-break's).
            soonest = min(sched.kinds(s).intervals, key=lambda ki: ki[1] - sched.progress[ki[0]])
            next_break = NextBreak(kind, max(0.0, remaining), counting, None, 0,
                                   0 if strict else rules.postpone_limit(s, kind),
                                   interval_s=soonest[1])
    timers = tuple(
        BreakTimer(kind, max(0.0, interval - sched.progress[kind]), interval)
        for kind, interval in sched.kinds(s).intervals) if gate.open() else ()
    pause = None
    if gate.pause is not None:
        until = gate.pause.until_wall
        if gate.pause.until_day is not None:
            until = day_start(gate.pause.until_day, s.schedule.day_starts_at, w.m.now)
        pause = PauseInfo(gate.pause.kind, until)
    bout_s = acc.bout.sitting_s if acc.bout is not None else 0.0
    return Snapshot(
        at=w.m.now, state=_state(w), presence=presence, posture=acc.posture,
        sitting_s=bout_s,
        standing_s=t - acc.standing.since_t if acc.standing is not None else 0.0,
        away_s=t - acc.absence.start_t if acc.absence is not None else 0.0,
        next_break=next_break, active_break=active_break, pause=pause,
        dnd=gate.dnd, dnd_reason=gate.dnd_reason, off_hours=not gate.inside_hours,
        idle_known=idle is not None, strict=strict, reading=w.reading,
        skips_left=0 if strict else skips_left,
        today=w.ledger.totals(open_bout_s=bout_s), timers=timers)
