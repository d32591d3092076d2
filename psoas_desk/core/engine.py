"""The sitting engine: presence, sitting bouts, breaks, pauses and the day's figures.

The engine is stepped: the app calls :meth:`Engine.tick` with what the
adapters observe (idle seconds, lock, presence signs, do-not-disturb) and gets
events back; :meth:`Engine.next_wakeup` says when it next needs a step, so
nothing runs on a fixed one-second tick. User intents (postpone, skip, "I'm
standing", pause...) are methods that return events too, or raise
:class:`IntentRefused` with a reason a person can read.

How presence works (see the README for the user-facing version):

- input within the last few seconds is *active*; no input for less than the
  away threshold is *passive* (reading, thinking), still sitting;
- no input for at least the away threshold, with no presence sign, is *away
  since the last input* (retroactively: the sitting counted since then is
  taken back); a presence sign (a call, a video, the camera) keeps a user
  without input present for at most ``presence.presence_sign_limit``;
- a locked screen or a suspended machine is away at once; time the machine
  slept comes from the clock (:meth:`Clock.suspended_total`), or, when the
  clock cannot tell, from a step that arrives much later than planned;
- an absence of at least ``presence.natural_break`` ends the sitting bout and
  credits the micro-break; one at least as long as a stretch break also
  credits the stretch break; a shorter one only pauses the sitting clock.

Must not import: PySide6, apscheduler, platformdirs; never reads the system clock.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta

from psoas_desk.core import breaks as rules
from psoas_desk.core import events as ev
from psoas_desk.core.breaks import PendingBreak
from psoas_desk.core.clock import Clock
from psoas_desk.core.daybook import Tally
from psoas_desk.core.engine_breaks import IntentRefused
from psoas_desk.core.engine_persist import export_state, parse_state
from psoas_desk.core.engine_presence import PresenceAccounting
from psoas_desk.core.engine_state import (
    Bout,
    EngineMemory,
    PauseState,
    StandingSpell,
    credit_after,
    natural_break_s,
)
from psoas_desk.core.engine_view import build_snapshot, plan_wakeup
from psoas_desk.core.model import (
    AwayReason,
    BoutEnd,
    BreakKind,
    BreakOutcome,
    BreakPhase,
    EngineState,
    Observation,
    PauseKind,
    Posture,
    Presence,
)
from psoas_desk.core.settings import Settings
from psoas_desk.core.snapshot import Snapshot
from psoas_desk.core.walltime import (
    day_of,
    day_start,
    next_day_start,
    seconds_between,
)

GAP_TOLERANCE_S = 90.0
"""A step this much later than planned means the machine slept (fallback only)."""
MIN_SLEEP_S = 1.0
"""Less suspended time than this is measurement noise."""
ABORTED_SUSPEND_S = 30.0
"""A sleep announced this long ago that did not happen was called off."""
REACTIVATION_GRACE_S = 30.0
"""After a pause or outside working hours, an overdue break waits this long."""


class Engine(PresenceAccounting):
    """The Qt-free brain of psoas-desk. See the module docstring."""

    def __init__(self, settings: Settings, clock: Clock) -> None:
        self._settings = settings
        self._clock = clock
        t = clock.monotonic()
        now = clock.now()
        today = day_of(now, settings.schedule.day_starts_at)
        self._st = EngineMemory(t=t, now=now, tally=Tally(today),
                               acc_t=t, firm_t=t, sleep_total=clock.suspended_total(), planned=t,
                               grace_until=t)
        self._st.inside_hours = self._working_now(now)
        self._events: list[ev.Event] = []

    # ------------------------------------------------------------------ API
    @property
    def settings(self) -> Settings:
        return self._settings

    def tick(self, obs: Observation | None = None) -> list[ev.Event]:
        """Advance to the clock's current time with what the adapters see now.

        Args:
            obs: the current observation; None repeats the last one, with the
                idle time grown by the time since the last step.
        """
        self._step(obs if obs is not None else self._extrapolated_obs())
        return self._take_events()

    def next_wakeup(self) -> float:
        """The monotonic time at which the engine next needs a step."""
        return self._st.planned

    def snapshot(self) -> Snapshot:
        """The state as of the last step (call :meth:`tick` first for fresh figures)."""
        return self._build_snapshot()

    # -- intents -----------------------------------------------------------
    def start_break(self, kind: BreakKind) -> list[ev.Event]:
        """Take a break of ``kind`` now ("Take a micro-break now", "Start a stretch routine")."""
        self._catch_up()
        p = self._st.pending
        if p is not None and p.phase is BreakPhase.ACTIVE:
            raise IntentRefused("a break is already on screen")
        if p is not None and p.kind is kind:
            self._start(p, requested=True)
        else:
            if p is not None:
                self._end_pending(BreakOutcome.CANCELLED)
            self._start(PendingBreak(kind, BreakPhase.DUE, due_t=self._st.t), requested=True)
        return self._after_intent()

    def finish_break(self) -> list[ev.Event]:
        """Done: end the break on screen as completed (allowed after its minimum time)."""
        self._catch_up()
        p = self._active_or_refuse()
        wait = rules.min_duration_s(self._settings, p.kind) - (self._st.t - p.started_t)
        if wait > 0.5:
            raise IntentRefused(f"this break can end in {math.ceil(wait)} s")
        self._complete(p)
        return self._after_intent()

    def postpone(self) -> list[ev.Event]:
        """Put the pending break off by its postpone time (counted per break)."""
        self._catch_up()
        p = self._st.pending
        if p is None or p.phase is BreakPhase.SNOOZED:
            raise IntentRefused("there is no break to postpone")
        if self._settings.breaks.strict:
            raise IntentRefused("strict mode is on: breaks cannot be postponed")
        limit = rules.postpone_limit(self._settings, p.kind)
        if p.postpones >= limit:
            raise IntentRefused(f"this break has been postponed {p.postpones} times already")
        until = self._st.t + rules.postpone_s(self._settings, p.kind)
        if p.phase is BreakPhase.ACTIVE:
            self._resume_held_bout(p)
        self._emit(ev.BreakEnded(self._st.now, p.kind, BreakOutcome.POSTPONED, p.due_wall,
                                 p.started_wall, p.postpones + 1, self._st.wall(until)))
        self._st.tally.breaks_postponed += 1
        self._st.pending = replace(p, phase=BreakPhase.SNOOZED, postpones=p.postpones + 1,
                                snooze_until=until, warned_again=False, started_wall=None,
                                release_at=None)
        return self._after_intent()

    def skip(self) -> list[ev.Event]:
        """Skip the pending break (uses one of today's skips)."""
        self._catch_up()
        p = self._st.pending
        if p is None:
            raise IntentRefused("there is no break to skip")
        if self._settings.breaks.strict:
            raise IntentRefused("strict mode is on: breaks cannot be skipped")
        if self._st.skips_left(self._settings) <= 0:
            raise IntentRefused("no skips left today")
        self._st.tally.breaks_skipped += 1
        self._reset_progress(p.kind)
        self._end_pending(BreakOutcome.SKIPPED)
        return self._after_intent()

    def set_break_length(self, seconds: float) -> None:
        """Use the chosen routine's length for the break on screen (10 s to 1 h)."""
        p = self._active_or_refuse()
        p.duration_s = min(max(10.0, float(seconds)), 3600.0)
        self._plan()

    def set_posture(self, posture: Posture) -> list[ev.Event]:
        """"I'm standing" / "I'm sitting"."""
        self._catch_up()
        if posture is self._st.posture:
            return self._after_intent()
        if posture is Posture.STANDING:
            self._close_bout(BoutEnd.STOOD_UP, self._st.t)
            self._st.standing = StandingSpell(self._st.t, self._st.now)
        else:
            self._st.standing = None
        self._st.posture = posture
        self._emit(ev.PostureChanged(self._st.now, posture))
        return self._after_intent()

    def report_self_break(self) -> list[ev.Event]:
        """"I just took a break": ends the bout and credits both breaks."""
        self._catch_up()
        self._close_bout(BoutEnd.SELF_BREAK, self._st.t)
        self._st.tally.natural_breaks += 1
        for kind in BreakKind:
            self._credit(kind, self._st.now, "self")
        return self._after_intent()

    def pause(self, kind: PauseKind, duration: timedelta | None = None) -> list[ev.Event]:
        """Pause reminders for ``duration`` (TIMED), until the next day, or indefinitely."""
        self._catch_up()
        if kind is PauseKind.TIMED:
            if duration is None or duration <= timedelta(0):
                raise IntentRefused("a timed pause needs a positive duration")
            until_t = self._st.t + duration.total_seconds()
            pause = PauseState(kind, until_t, self._st.wall(until_t))
        elif kind is PauseKind.UNTIL_TOMORROW:
            today = day_of(self._st.now, self._settings.schedule.day_starts_at)
            starts_at = self._settings.schedule.day_starts_at
            pause = PauseState(kind, None, next_day_start(self._st.now, starts_at),
                           today + timedelta(days=1))
        else:
            pause = PauseState(kind)
        if self._st.pending is not None:
            self._end_pending(BreakOutcome.CANCELLED)
        self._st.pause = pause
        self._emit(ev.Paused(self._st.now, kind, pause.until_wall))
        return self._after_intent()

    def resume(self) -> list[ev.Event]:
        """End a pause now."""
        self._catch_up()
        if self._st.pause is not None:
            self._end_pause(by_timer=False)
        return self._after_intent()

    def apply_settings(self, settings: Settings) -> list[ev.Event]:
        """Use new settings at once: the next break is re-planned now."""
        self._catch_up()
        old = self._settings
        self._settings = settings
        p = self._st.pending
        if p is not None and p.phase is not BreakPhase.ACTIVE:
            if not rules.enabled(settings, p.kind):
                self._end_pending(BreakOutcome.CANCELLED)
            elif p.phase is BreakPhase.WARNED:
                # Re-evaluate with the new intervals on the next pass.
                self._st.pending = None
        if settings.schedule.day_starts_at != old.schedule.day_starts_at:
            self._st.tally.day = day_of(self._st.now, settings.schedule.day_starts_at)
        self._step(self._extrapolated_obs())
        return self._take_events()

    def export_state(self) -> dict[str, object]:
        """What to save so a restart can pick up the bout, the figures and a pause."""
        return export_state(self._st)

    def restore_state(self, data: Mapping[str, object]) -> list[ev.Event]:
        """Pick up where a previous run left off; call before the first tick.

        The time the app was not running is counted as time away: long enough,
        it ends the saved bout and credits breaks like any absence; short (a
        quick restart), the bout simply goes on.

        Raises:
            ValueError: the data is not a valid saved state (nothing is changed).
        """
        saved = parse_state(data)
        st = self._st
        t, now = st.t, st.now
        starts_at = self._settings.schedule.day_starts_at
        downtime = max(0.0, seconds_between(saved.saved_at, now))
        if saved.day == st.tally.day:
            st.tally = saved.tally
        elif saved.day < st.tally.day:
            self._emit(ev.DayEnded(now, saved.day, saved.tally.totals()))
        st.progress = dict(saved.progress)
        if saved.bout_start is not None:
            start_t = t - max(0.0, seconds_between(saved.bout_start, now))
            st.bout = Bout(start_t, saved.bout_start, saved.bout_sitting_s)
        if saved.posture is Posture.STANDING and saved.standing_since is not None:
            st.posture = Posture.STANDING
            since_t = t - max(0.0, seconds_between(saved.standing_since, now))
            st.standing = StandingSpell(since_t, saved.standing_since)
        if saved.pause_kind is PauseKind.TIMED and saved.pause_until is not None:
            left = seconds_between(now, saved.pause_until)
            st.pause = PauseState(saved.pause_kind, t + left, saved.pause_until)
        elif saved.pause_kind is PauseKind.UNTIL_TOMORROW:
            st.pause = PauseState(saved.pause_kind, None, saved.pause_until,
                                  saved.pause_until_day or day_of(now, starts_at))
        elif saved.pause_kind is PauseKind.INDEFINITE:
            st.pause = PauseState(saved.pause_kind)
        if downtime >= 1.0:
            st.acc_t = st.firm_t = t - downtime
            self._begin_absence(t - downtime, AwayReason.NOT_RUNNING, not_before=t)
            self._credit_absence(t)
            self._end_absence(t)
            st.acc_t = st.firm_t = t
        self._update(st.obs)
        return self._take_events()

    def suspending(self) -> list[ev.Event]:
        """The machine is about to sleep (logind PrepareForSleep): away from now."""
        self._catch_up()
        self._st.suspend_mark = self._st.t
        return self._after_intent()

    # ------------------------------------------------------------- stepping
    def _catch_up(self) -> None:
        # An intent comes from the person at the machine: they are present.
        obs = replace(self._st.obs, idle_s=0.0 if self._st.obs.idle_s is not None else None)
        self._step(obs)

    def _after_intent(self) -> list[ev.Event]:
        self._update(self._st.obs)
        return self._take_events()

    def _extrapolated_obs(self) -> Observation:
        if self._st.obs.idle_s is None:
            return self._st.obs
        grown = self._st.obs.idle_s + max(0.0, self._clock.monotonic() - self._st.t)
        return replace(self._st.obs, idle_s=grown)

    def _step(self, obs: Observation) -> None:
        t = max(self._clock.monotonic(), self._st.t)
        now = self._clock.now()
        slept = self._slept(t)
        self._st.t = t
        self._st.now = now
        mark = self._st.suspend_mark
        if slept < MIN_SLEEP_S and mark is not None and t - mark > ABORTED_SUSPEND_S:
            self._st.suspend_mark = None  # the announced sleep never came
        if slept >= MIN_SLEEP_S:
            mark = self._st.suspend_mark if self._st.suspend_mark is not None else t - slept
            s0 = min(max(mark, self._st.acc_t), t)
            s1 = min(s0 + slept, t)
            self._account_to(s0)
            self._begin_absence(s0, AwayReason.SUSPENDED, not_before=s1)
            self._account_to(s1)
            self._st.suspend_mark = None
        self._roll_day(t, now)
        self._observe(t, obs)
        self._st.obs = obs
        self._update(obs)

    def _slept(self, t: float) -> float:
        total = self._clock.suspended_total()
        if total is not None and self._st.sleep_total is not None:
            total = float(total)
            slept = max(0.0, total - self._st.sleep_total)
            self._st.sleep_total = total
            return min(slept, t - self._st.t)
        self._st.sleep_total = total
        # Fallback: a step that comes far later than planned means we slept.
        late = t - max(self._st.planned, self._st.t)
        return late if late > GAP_TOLERANCE_S else 0.0

    # ------------------------------------------------------ per-step updates
    def _update(self, obs: Observation) -> None:
        t = self._st.t
        self._update_pause(t)
        self._update_hours()
        self._update_dnd(obs)
        self._credit_absence(t)
        self._update_standing(t)
        self._update_breaks(t, obs)
        self._plan()

    def _roll_day(self, t: float, now: datetime) -> None:
        day = day_of(now, self._settings.schedule.day_starts_at)
        if day == self._st.tally.day:
            return
        boundary = day_start(day, self._settings.schedule.day_starts_at, now)
        at = t - max(0.0, seconds_between(boundary, now))
        self._account_to(min(max(at, self._st.acc_t), t))
        self._st.journal.clear()
        self._firm(self._st.acc_t)
        finished = self._st.tally
        self._emit(ev.DayEnded(now, finished.day, finished.totals()))
        self._st.tally = Tally(day)
        if self._st.posture is Posture.STANDING and self._st.absence is not None:
            self._st.posture = Posture.SITTING
            self._st.standing = None

    def _update_pause(self, t: float) -> None:
        p = self._st.pause
        if p is None:
            return
        timed_out = p.kind is PauseKind.TIMED and p.until_t is not None and t >= p.until_t
        # "Until tomorrow" follows local wall time, even across a zone change.
        next_day = (p.kind is PauseKind.UNTIL_TOMORROW and p.until_day is not None
                    and day_of(self._st.now, self._settings.schedule.day_starts_at) >= p.until_day)
        if timed_out or next_day:
            self._end_pause(by_timer=True)

    def _end_pause(self, *, by_timer: bool) -> None:
        self._st.pause = None
        self._st.grace_until = self._st.t + max(REACTIVATION_GRACE_S,
                                          self._settings.breaks.warning.total_seconds())
        self._emit(ev.Resumed(self._st.now, by_timer))

    def _update_hours(self) -> None:
        inside = self._working_now(self._st.now)
        if inside == self._st.inside_hours:
            return
        self._st.inside_hours = inside
        if inside:
            self._st.grace_until = self._st.t + max(REACTIVATION_GRACE_S,
                                              self._settings.breaks.warning.total_seconds())
        elif self._st.pending is not None and self._st.pending.phase is not BreakPhase.ACTIVE:
            self._end_pending(BreakOutcome.CANCELLED)
        self._emit(ev.WorkingHoursChanged(self._st.now, inside))

    def _update_dnd(self, obs: Observation) -> None:
        dnd = self._settings.dnd.enabled and obs.dnd
        if dnd != self._st.dnd:
            self._st.dnd = dnd
            self._st.dnd_reason = obs.dnd_reason if dnd else ""
            self._emit(ev.DndChanged(self._st.now, dnd, obs.dnd_reason))

    def _update_standing(self, t: float) -> None:
        s = self._st.standing
        if s is None or self._st.posture is not Posture.STANDING or self._st.absence is not None:
            return
        length = t - s.since_t
        if length >= natural_break_s(self._settings) and not s.counted:
            s.counted = True
            self._st.tally.natural_breaks += 1
        for kind in BreakKind:
            if kind not in s.credited and length >= credit_after(self._settings, kind):
                s.credited.add(kind)
                self._credit(kind, s.since_wall, "standing")
        limit = self._settings.posture.standing_limit.total_seconds()
        if self._settings.posture.standing_reminder and not s.reminded and length >= limit:
            s.reminded = True
            self._emit(ev.StandingReminder(self._st.now, length))

    # ------------------------------------------------------------- planning
    def _plan(self) -> None:
        """Work out when the engine next needs a step (see :meth:`next_wakeup`)."""
        self._st.planned = plan_wakeup(self._st, self._settings)

    def _build_snapshot(self) -> Snapshot:
        return build_snapshot(self._st, self._settings)

    def _working_now(self, now: datetime) -> bool:
        sched = self._settings.schedule
        return not sched.working_hours_only or sched.working_hours.contains(now)


__all__ = ["Engine", "EngineState", "IntentRefused", "Presence"]
