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

The work is done by parts that own their state (:mod:`psoas_desk.core.workday`
lists them); this class is their public face.

Must not import: PySide6, apscheduler, platformdirs; never reads the system clock.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from datetime import timedelta

from psoas_desk.core import breaks as rules
from psoas_desk.core import events as ev
from psoas_desk.core.accounting import Bout, StandingSpell
from psoas_desk.core.clock import Clock
from psoas_desk.core.engine_persist import export_state, parse_state
from psoas_desk.core.engine_view import build_snapshot
from psoas_desk.core.gate import PauseState
from psoas_desk.core.model import (
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
from psoas_desk.core.postpone import check_postpone_s
from psoas_desk.core.scheduler import PendingBreak
from psoas_desk.core.settings import Settings
from psoas_desk.core.snapshot import Snapshot
from psoas_desk.core.walltime import day_of, seconds_between
from psoas_desk.core.workday import Workday


class IntentRefused(Exception):
    """The engine will not do what was asked; ``str(exc)`` says why, for a person."""


class Engine:
    """The Qt-free brain of psoas-desk. See the module docstring."""

    def __init__(self, settings: Settings, clock: Clock) -> None:
        self._clock = clock
        self._w = Workday(settings, clock)

    # ------------------------------------------------------------------ API
    @property
    def settings(self) -> Settings:
        return self._w.settings

    def tick(self, obs: Observation | None = None) -> list[ev.Event]:
        """Advance to the clock's current time with what the adapters see now.

        Args:
            obs: the current observation; None repeats the last one, with the
                idle time grown by the time since the last step.
        """
        self._w.step(obs if obs is not None else self._extrapolated_obs())
        return self._w.take_events()

    def next_wakeup(self) -> float:
        """The monotonic time at which the engine next needs a step."""
        return self._w.planned

    def snapshot(self) -> Snapshot:
        """The state as of the last step (call :meth:`tick` first for fresh figures)."""
        return build_snapshot(self._w)

    # -- intents -----------------------------------------------------------
    def start_break(self, kind: BreakKind) -> list[ev.Event]:
        """Take a break of ``kind`` now ("Take a micro-break now", "Start a stretch routine")."""
        w = self._catch_up()
        p = w.sched.pending
        if p is not None and p.phase is BreakPhase.ACTIVE:
            raise IntentRefused("a break is already on screen")
        if p is not None and p.kind is kind:
            w.emit(w.sched.start(w.m, p, w.settings, requested=True))
        else:
            if p is not None:
                w.emit(w.sched.end_unshown(w.m, BreakOutcome.CANCELLED))
            fresh = PendingBreak(kind, BreakPhase.DUE, due_t=w.m.t)
            w.emit(w.sched.start(w.m, fresh, w.settings, requested=True))
        return self._after_intent()

    def finish_break(self, *, routine_done: bool = False,
                     leave_early: bool = False) -> list[ev.Event]:
        """Done: end the break on screen.

        Completed once its minimum time has passed, or at once when its
        routine was done (every step followed). Before that it refuses,
        unless ``leave_early`` ends a break taken on request without counting
        it (cancelled): the person asked for it and may stop.
        """
        w = self._catch_up()
        p = self._active_or_refuse()
        wait = rules.min_duration_s(w.settings, p.kind) - (w.m.t - p.started_t)
        if wait > 0.5 and not routine_done:
            if leave_early and p.requested:
                w.settle(BreakOutcome.CANCELLED)
                return self._after_intent()
            raise IntentRefused(f"this break can end in {math.ceil(wait)} s")
        w.complete(p)
        return self._after_intent()

    def postpone(self, length: timedelta | None = None) -> list[ev.Event]:
        """Put the pending break off (counted per break).

        Args:
            length: how long; the configured postpone time when None (see
                ``core/postpone.py`` for the lengths the UI offers).
        """
        if length is not None:
            problem = check_postpone_s(length.total_seconds())
            if problem:
                raise IntentRefused(problem)
        w = self._catch_up()
        p = w.sched.pending
        if p is None or p.phase is BreakPhase.SNOOZED:
            raise IntentRefused("there is no break to postpone")
        if w.settings.breaks.strict:
            raise IntentRefused("strict mode is on: breaks cannot be postponed")
        limit = rules.postpone_limit(w.settings, p.kind)
        if p.postpones >= limit:
            raise IntentRefused(f"this break has been postponed {p.postpones} times already")
        until = w.m.t + (length.total_seconds() if length is not None
                         else rules.postpone_s(w.settings, p.kind))
        if p.phase is BreakPhase.ACTIVE:
            w.resume_held_bout(p)
        w.emit(w.sched.snooze(w.m, p, until))
        return self._after_intent()

    def skip(self) -> list[ev.Event]:
        """Skip the pending break (uses one of today's skips)."""
        w = self._catch_up()
        p = w.sched.pending
        if p is None:
            raise IntentRefused("there is no break to skip")
        if w.settings.breaks.strict:
            raise IntentRefused("strict mode is on: breaks cannot be skipped")
        if w.ledger.skips_left(w.settings) <= 0:
            raise IntentRefused("no skips left today")
        w.sched.reset(p.kind)
        w.settle(BreakOutcome.SKIPPED)
        return self._after_intent()

    def set_break_length(self, seconds: float) -> None:
        """Use the chosen routine's length for the break on screen (10 s to 1 h)."""
        p = self._active_or_refuse()
        p.duration_s = min(max(10.0, float(seconds)), 3600.0)
        self._w.update()

    def set_posture(self, posture: Posture) -> list[ev.Event]:
        """"I'm standing" / "I'm sitting"."""
        w = self._catch_up()
        if posture is w.acc.posture:
            return self._after_intent()
        w.emit(w.undo.close(w.m))
        if posture is Posture.STANDING:
            w.emit(w.acc.close_bout(w.m, BoutEnd.STOOD_UP, w.m.t))
            w.acc.stand(w.m)
            p = w.sched.pending
            if p is not None and p.phase is not BreakPhase.ACTIVE:
                # Never shown to someone who just stood up; standing long enough counts.
                w.emit(w.sched.end_unshown(w.m, BreakOutcome.CANCELLED))
        else:
            w.acc.sit()
        w.emit([ev.PostureChanged(w.m.now, posture)])
        return self._after_intent()

    def set_reading(self, on: bool) -> list[ev.Event]:
        """"Reading or watching": time without input is not time away.

        It lasts until input comes back after a quiet stretch of at least the
        away threshold (the mode did its job), or until the presence-sign
        limit passes without input (then the person counts as away).
        """
        w = self._catch_up()
        w.set_reading(on)
        return self._after_intent()

    def undo_absence(self) -> list[ev.Event]:
        """"I was at my desk": the last time away that counted as a break was sitting.

        The credit is taken back and the bout goes on as if there had been
        no absence. Allowed within a quarter of an hour of coming back, before
        another absence, break or change of posture.
        """
        w = self._catch_up()
        if not w.undo_absence():
            raise IntentRefused("there is no time away to take back")
        return self._after_intent()

    def popup_input(self) -> list[ev.Event]:
        """The break window was used (its routine's controls): that input is not work."""
        self._w.sched.popup_used(self._clock.monotonic())
        self._catch_up()
        return self._after_intent()

    def report_self_break(self) -> list[ev.Event]:
        """"I just took a break": ends the bout and credits both breaks."""
        w = self._catch_up()
        w.emit(w.acc.close_bout(w.m, BoutEnd.SELF_BREAK, w.m.t))
        w.ledger.natural_break()
        for kind in rules.KINDS:
            w.emit(w.sched.credit(w.m, kind, w.m.now, "self"))
        return self._after_intent()

    def pause(self, kind: PauseKind, duration: timedelta | None = None) -> list[ev.Event]:
        """Pause reminders for ``duration`` (TIMED), until the next day, or indefinitely."""
        w = self._catch_up()
        if kind is PauseKind.TIMED and (duration is None or duration <= timedelta(0)):
            raise IntentRefused("a timed pause needs a positive duration")
        if w.sched.pending is not None:
            w.settle(BreakOutcome.CANCELLED)
        w.emit(w.gate.start_pause(w.m, w.settings, kind, duration))
        return self._after_intent()

    def resume(self) -> list[ev.Event]:
        """End a pause now."""
        w = self._catch_up()
        w.emit(w.gate.end_pause(w.m, by_timer=False))
        return self._after_intent()

    def apply_settings(self, settings: Settings) -> list[ev.Event]:
        """Use new settings at once: the next break is re-planned now."""
        w = self._catch_up()
        old = w.settings
        w.settings = settings
        p = w.sched.pending
        if p is not None and p.phase is not BreakPhase.ACTIVE:
            if not rules.enabled(settings, p.kind):
                w.emit(w.sched.end_unshown(w.m, BreakOutcome.CANCELLED))
            elif p.phase is BreakPhase.WARNED:
                # Re-evaluate with the new intervals on the next pass.
                w.sched.pending = None
        if settings.schedule.day_starts_at != old.schedule.day_starts_at:
            w.ledger.set_day(day_of(w.m.now, settings.schedule.day_starts_at))
        w.step(self._extrapolated_obs())
        return w.take_events()

    def export_state(self) -> dict[str, object]:
        """What to save so a restart can pick up the bout, the figures and a pause."""
        return export_state(self._w)

    def restore_state(self, data: Mapping[str, object]) -> list[ev.Event]:
        """Pick up where a previous run left off; call before the first tick.

        The time the app was not running is counted as time away: long enough,
        it ends the saved bout and credits breaks like any absence (and is
        reported as one, ``AwayStarted`` with ``NOT_RUNNING`` and ``Returned``);
        short (a quick restart), the bout simply goes on and nothing is reported.

        Raises:
            ValueError: the data is not a valid saved state (nothing is changed).
        """
        saved = parse_state(data)
        w = self._w
        acc = w.acc
        t, now = w.m.t, w.m.now
        starts_at = w.settings.schedule.day_starts_at
        downtime = max(0.0, seconds_between(saved.saved_at, now))
        w.emit(w.ledger.restore(saved.tally, now))
        w.sched.progress = dict(saved.progress)
        if saved.bout_start is not None:
            start_t = t - max(0.0, seconds_between(saved.bout_start, now))
            acc.bout = Bout(start_t, saved.bout_start, saved.bout_sitting_s)
        if saved.posture is Posture.STANDING and saved.standing_since is not None:
            acc.posture = Posture.STANDING
            since_t = t - max(0.0, seconds_between(saved.standing_since, now))
            acc.standing = StandingSpell(since_t, saved.standing_since)
        if saved.pause_kind is PauseKind.TIMED and saved.pause_until is not None:
            left = seconds_between(now, saved.pause_until)
            w.gate.pause = PauseState(saved.pause_kind, t + left, saved.pause_until)
        elif saved.pause_kind is PauseKind.UNTIL_TOMORROW:
            w.gate.pause = PauseState(saved.pause_kind, None, saved.pause_until,
                                      saved.pause_until_day or day_of(now, starts_at))
        elif saved.pause_kind is PauseKind.INDEFINITE:
            w.gate.pause = PauseState(saved.pause_kind)
        w.not_running_for(downtime)
        w.update()
        return w.take_events()

    def suspending(self) -> list[ev.Event]:
        """The machine is about to sleep (logind PrepareForSleep): away from now."""
        w = self._catch_up()
        w.suspend_mark = w.m.t
        return self._after_intent()

    # ------------------------------------------------------------- helpers
    def _catch_up(self) -> Workday:
        # An intent comes from the person at the machine: they are present.
        obs = self._w.obs
        self._w.step(replace(obs, idle_s=0.0 if obs.idle_s is not None else None))
        return self._w

    def _after_intent(self) -> list[ev.Event]:
        self._w.update()
        return self._w.take_events()

    def _extrapolated_obs(self) -> Observation:
        obs = self._w.obs
        if obs.idle_s is None:
            return obs
        grown = obs.idle_s + max(0.0, self._clock.monotonic() - self._w.m.t)
        return replace(obs, idle_s=grown)

    def _active_or_refuse(self) -> PendingBreak:
        p = self._w.sched.active()
        if p is None:
            raise IntentRefused("no break is on screen")
        return p


__all__ = ["Engine", "EngineState", "IntentRefused", "Presence"]
