"""Read-only views of the engine's state: the snapshot, and when to wake next.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

from psoas_desk.core import breaks as rules
from psoas_desk.core.engine_state import (
    AWAY_POLL_S,
    HELD_POLL_S,
    MAX_SLEEP_S,
    EngineMemory,
    away_threshold,
    credit_after,
    effective_presence,
)
from psoas_desk.core.model import BreakKind, BreakPhase, EngineState, Posture, Presence
from psoas_desk.core.settings import Settings
from psoas_desk.core.snapshot import ActiveBreak, NextBreak, PauseInfo, Snapshot
from psoas_desk.core.walltime import day_start, next_day_start, next_working_boundary

ACTIVE_WINDOW_S = 5.0
"""Input this recent means typing or pointing right now."""


def plan_wakeup(st: EngineMemory, settings: Settings) -> float:
    """The monotonic time at which the engine next needs a step."""
    t = st.t
    s = settings
    marks = [t + MAX_SLEEP_S]
    known = st.obs.idle_s is not None
    if st.absence is not None:
        a = st.absence
        marks.append(t + AWAY_POLL_S)
        marks += [a.credit_from + credit_after(settings, k) for k in BreakKind
                  if k not in a.credited]
    elif known:
        last = st.last_input
        marks.append(effective_presence(st, settings, t, last) + away_threshold(settings))
    p = st.pending
    if p is not None:
        if p.phase is BreakPhase.ACTIVE:
            marks += [p.started_t + p.duration_s,
                      p.started_t + rules.min_duration_s(s, p.kind)]
        elif p.phase is BreakPhase.WARNED:
            marks.append(p.due_t)
        elif p.phase is BreakPhase.SNOOZED:
            marks += [p.snooze_until - s.breaks.warning.total_seconds(), p.snooze_until]
        elif p.phase is BreakPhase.DUE:
            marks.append(p.due_t + s.breaks.max_delay.total_seconds())
            if st.obs.locked:
                marks.append(t + HELD_POLL_S)
            elif known:
                marks.append(st.last_input + s.breaks.typing_pause.total_seconds())
        elif p.phase is BreakPhase.DEFERRED:
            marks.append(p.release_at if p.release_at is not None else t + HELD_POLL_S)
    elif st.reminders_active() and st.posture is Posture.SITTING:
        choice = rules.choose_next(s, st.progress)
        if choice is not None:
            left = choice[1]
            marks += [t + left - s.breaks.warning.total_seconds(), t + left]
    marks.append(st.grace_until)
    if st.pause is not None and st.pause.until_t is not None:
        marks.append(st.pause.until_t)
    marks.append(st.mono(next_day_start(st.now, settings.schedule.day_starts_at)))
    if s.schedule.working_hours_only:
        boundary = next_working_boundary(st.now, s.schedule.working_hours)
        if boundary is not None:
            marks.append(st.mono(boundary))
    if st.standing is not None:
        since = st.standing.since_t
        marks += [since + credit_after(settings, k) for k in BreakKind]
        marks.append(since + s.posture.standing_limit.total_seconds())
    future = [m for m in marks if m > t + 0.01]
    return min(future) if future else t + 1.0



def build_snapshot(st: EngineMemory, settings: Settings) -> Snapshot:
    """The immutable view of ``st`` for the UI, ``status`` and storage."""
    t = st.t
    s = settings
    p = st.pending
    active = p is not None and p.phase is BreakPhase.ACTIVE
    if active:
        assert p is not None
        state = EngineState.IN_BREAK
    elif st.pause is not None:
        state = EngineState.PAUSED
    elif not st.inside_hours:
        state = EngineState.OFF_HOURS
    elif st.absence is not None:
        state = EngineState.AWAY
    elif p is not None and p.phase in (BreakPhase.DUE, BreakPhase.DEFERRED):
        state = EngineState.BREAK_DUE
    elif st.posture is Posture.STANDING:
        state = EngineState.STANDING
    else:
        state = EngineState.SITTING
    idle = st.obs.idle_s
    if st.absence is not None:
        presence = Presence.AWAY
    elif idle is not None and idle < ACTIVE_WINDOW_S:
        presence = Presence.ACTIVE
    else:
        presence = Presence.PASSIVE
    counting = (st.absence is None and st.posture is Posture.SITTING
                and st.reminders_active())
    next_break: NextBreak | None = None
    active_break: ActiveBreak | None = None
    strict = s.breaks.strict
    if p is not None:
        limit = rules.postpone_limit(s, p.kind)
        left = 0 if strict else max(0, limit - p.postpones)
        if active:
            elapsed = t - p.started_t
            active_break = ActiveBreak(
                p.kind, p.duration_s, elapsed, p.requested,
                max(0.0, rules.min_duration_s(s, p.kind) - elapsed),
                can_postpone=left > 0, can_skip=not strict and st.skips_left(settings) > 0,
                postpones_used=p.postpones, postpones_left=left)
        else:
            in_s = {BreakPhase.WARNED: p.due_t - t,
                    BreakPhase.SNOOZED: p.snooze_until - t}.get(p.phase, 0.0)
            next_break = NextBreak(p.kind, max(0.0, in_s), counting, p.phase, p.postpones,
                                   left, p.dnd_reason)
    elif st.reminders_active():
        choice = rules.choose_next(s, st.progress)
        if choice is not None:
            kind, remaining = choice
            # The countdown runs towards whichever interval ends first (with the
            # stretch break winning, that is still the micro-break's).
            soonest = min((k for k in BreakKind if rules.enabled(s, k)),
                          key=lambda k: rules.interval_s(s, k) - st.progress[k])
            next_break = NextBreak(kind, max(0.0, remaining), counting, None, 0,
                                   0 if strict else rules.postpone_limit(s, kind),
                                   interval_s=rules.interval_s(s, soonest))
    pause = None
    if st.pause is not None:
        until = st.pause.until_wall
        if st.pause.until_day is not None:
            until = day_start(st.pause.until_day, settings.schedule.day_starts_at, st.now)
        pause = PauseInfo(st.pause.kind, until)
    bout_s = st.bout.sitting_s if st.bout is not None else 0.0
    return Snapshot(
        at=st.now, state=state, presence=presence, posture=st.posture,
        sitting_s=bout_s,
        standing_s=t - st.standing.since_t if st.standing is not None else 0.0,
        away_s=t - st.absence.start_t if st.absence is not None else 0.0,
        next_break=next_break, active_break=active_break, pause=pause,
        dnd=st.dnd, dnd_reason=st.dnd_reason, off_hours=not st.inside_hours,
        idle_known=st.obs.idle_s is not None, strict=strict,
        skips_left=0 if strict else st.skips_left(settings),
        today=st.tally.totals(open_bout_s=bout_s))
