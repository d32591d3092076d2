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
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from psoas_desk.core import breaks as rules
from psoas_desk.core import events as ev
from psoas_desk.core.breaks import PendingBreak
from psoas_desk.core.clock import Clock
from psoas_desk.core.daybook import Accrual, Journal, Tally
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
from psoas_desk.core.snapshot import ActiveBreak, NextBreak, PauseInfo, Snapshot
from psoas_desk.core.walltime import (
    day_of,
    day_start,
    next_day_start,
    next_working_boundary,
    seconds_between,
)

ACTIVE_WINDOW_S = 5.0
"""Input this recent means typing or pointing right now."""
MAX_SLEEP_S = 15 * 60.0
"""The engine asks to be woken at least this often."""
AWAY_POLL_S = 60.0
"""While away, how often to look for the user's return."""
HELD_POLL_S = 10.0
"""While a break is held or waits on a locked screen, how often to look again."""
GAP_TOLERANCE_S = 90.0
"""A step this much later than planned means the machine slept (fallback only)."""
MIN_SLEEP_S = 1.0
"""Less suspended time than this is measurement noise."""
REACTIVATION_GRACE_S = 30.0
"""After a pause or outside working hours, an overdue break waits this long."""


class IntentRefused(Exception):
    """The engine will not do what was asked; ``str(exc)`` says why, for a person."""


@dataclass
class _Bout:
    start_t: float
    start_wall: datetime
    sitting_s: float = 0.0


@dataclass
class _Absence:
    start_t: float
    start_wall: datetime
    reason: AwayReason
    not_before: float
    """The user cannot be back before this (the end of a sleep)."""
    credit_from: float
    credited: set[BreakKind] = field(default_factory=set)
    counted: bool = False


@dataclass
class _Standing:
    since_t: float
    since_wall: datetime
    credited: set[BreakKind] = field(default_factory=set)
    counted: bool = False
    reminded: bool = False


@dataclass
class _Pause:
    kind: PauseKind
    until_t: float | None = None
    until_wall: datetime | None = None
    until_day: date | None = None


class Engine:
    """The Qt-free brain of psoas-desk. See the module docstring."""

    def __init__(self, settings: Settings, clock: Clock) -> None:
        self._settings = settings
        self._clock = clock
        t = clock.monotonic()
        now = clock.now()
        self._t = t
        self._acc_t = t
        self._firm_t = t
        self._now = now
        self._sleep_total = clock.suspended_total()
        self._suspend_mark: float | None = None
        self._planned = t
        self._obs = Observation(idle_s=None)
        self._last_input = -math.inf
        self._sign_seen = -math.inf
        self._absence: _Absence | None = None
        self._posture = Posture.SITTING
        self._standing: _Standing | None = None
        self._bout: _Bout | None = None
        self._progress = {k: 0.0 for k in BreakKind}
        self._pending: PendingBreak | None = None
        self._started_count = {k: 0 for k in BreakKind}
        self._pause: _Pause | None = None
        self._inside_hours = self._working_now(now)
        self._dnd = False
        self._dnd_reason = ""
        self._grace_until = t
        self._journal = Journal()
        self._tally = Tally(day_of(now, settings.schedule.day_starts_at))
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
        return self._planned

    def snapshot(self) -> Snapshot:
        """The state as of the last step (call :meth:`tick` first for fresh figures)."""
        return self._build_snapshot()

    # -- intents -----------------------------------------------------------
    def start_break(self, kind: BreakKind) -> list[ev.Event]:
        """Take a break of ``kind`` now ("Take a micro-break now", "Start a stretch routine")."""
        self._catch_up()
        p = self._pending
        if p is not None and p.phase is BreakPhase.ACTIVE:
            raise IntentRefused("a break is already on screen")
        if p is not None and p.kind is kind:
            self._start(p, requested=True)
        else:
            if p is not None:
                self._end_pending(BreakOutcome.CANCELLED)
            self._start(PendingBreak(kind, BreakPhase.DUE, due_t=self._t), requested=True)
        return self._after_intent()

    def finish_break(self) -> list[ev.Event]:
        """Done: end the break on screen as completed (allowed after its minimum time)."""
        self._catch_up()
        p = self._active_or_refuse()
        wait = rules.min_duration_s(self._settings, p.kind) - (self._t - p.started_t)
        if wait > 0.5:
            raise IntentRefused(f"this break can end in {math.ceil(wait)} s")
        self._complete(p)
        return self._after_intent()

    def postpone(self) -> list[ev.Event]:
        """Put the pending break off by its postpone time (counted per break)."""
        self._catch_up()
        p = self._pending
        if p is None or p.phase is BreakPhase.SNOOZED:
            raise IntentRefused("there is no break to postpone")
        if self._settings.breaks.strict:
            raise IntentRefused("strict mode is on: breaks cannot be postponed")
        limit = rules.postpone_limit(self._settings, p.kind)
        if p.postpones >= limit:
            raise IntentRefused(f"this break has been postponed {p.postpones} times already")
        until = self._t + rules.postpone_s(self._settings, p.kind)
        self._emit(ev.BreakEnded(self._now, p.kind, BreakOutcome.POSTPONED, p.due_wall,
                                 p.started_wall, p.postpones + 1, self._wall(until)))
        self._tally.breaks_postponed += 1
        self._pending = replace(p, phase=BreakPhase.SNOOZED, postpones=p.postpones + 1,
                                snooze_until=until, warned_again=False, started_wall=None,
                                release_at=None)
        return self._after_intent()

    def skip(self) -> list[ev.Event]:
        """Skip the pending break (uses one of today's skips)."""
        self._catch_up()
        p = self._pending
        if p is None:
            raise IntentRefused("there is no break to skip")
        if self._settings.breaks.strict:
            raise IntentRefused("strict mode is on: breaks cannot be skipped")
        if self._skips_left() <= 0:
            raise IntentRefused("no skips left today")
        self._tally.breaks_skipped += 1
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
        if posture is self._posture:
            return self._after_intent()
        if posture is Posture.STANDING:
            self._close_bout(BoutEnd.STOOD_UP, self._t)
            self._standing = _Standing(self._t, self._now)
        else:
            self._standing = None
        self._posture = posture
        self._emit(ev.PostureChanged(self._now, posture))
        return self._after_intent()

    def report_self_break(self) -> list[ev.Event]:
        """"I just took a break": ends the bout and credits both breaks."""
        self._catch_up()
        self._close_bout(BoutEnd.SELF_BREAK, self._t)
        self._tally.natural_breaks += 1
        for kind in BreakKind:
            self._credit(kind, self._now, "self")
        return self._after_intent()

    def pause(self, kind: PauseKind, duration: timedelta | None = None) -> list[ev.Event]:
        """Pause reminders for ``duration`` (TIMED), until the next day, or indefinitely."""
        self._catch_up()
        if kind is PauseKind.TIMED:
            if duration is None or duration <= timedelta(0):
                raise IntentRefused("a timed pause needs a positive duration")
            until_t = self._t + duration.total_seconds()
            pause = _Pause(kind, until_t, self._wall(until_t))
        elif kind is PauseKind.UNTIL_TOMORROW:
            today = day_of(self._now, self._day_starts_at())
            pause = _Pause(kind, None, next_day_start(self._now, self._day_starts_at()),
                           today + timedelta(days=1))
        else:
            pause = _Pause(kind)
        if self._pending is not None:
            self._end_pending(BreakOutcome.CANCELLED)
        self._pause = pause
        self._emit(ev.Paused(self._now, kind, pause.until_wall))
        return self._after_intent()

    def resume(self) -> list[ev.Event]:
        """End a pause now."""
        self._catch_up()
        if self._pause is not None:
            self._end_pause(by_timer=False)
        return self._after_intent()

    def apply_settings(self, settings: Settings) -> list[ev.Event]:
        """Use new settings at once: the next break is re-planned now."""
        self._catch_up()
        old = self._settings
        self._settings = settings
        p = self._pending
        if p is not None and p.phase is not BreakPhase.ACTIVE:
            if not rules.enabled(settings, p.kind):
                self._end_pending(BreakOutcome.CANCELLED)
            elif p.phase is BreakPhase.WARNED:
                # Re-evaluate with the new intervals on the next pass.
                self._pending = None
        if settings.schedule.day_starts_at != old.schedule.day_starts_at:
            self._tally.day = day_of(self._now, settings.schedule.day_starts_at)
        self._step(self._extrapolated_obs())
        return self._take_events()

    def suspending(self) -> list[ev.Event]:
        """The machine is about to sleep (logind PrepareForSleep): away from now."""
        self._catch_up()
        self._suspend_mark = self._t
        return self._after_intent()

    # ------------------------------------------------------------- stepping
    def _catch_up(self) -> None:
        # An intent comes from the person at the machine: they are present.
        obs = replace(self._obs, idle_s=0.0 if self._obs.idle_s is not None else None)
        self._step(obs)

    def _after_intent(self) -> list[ev.Event]:
        self._update(self._obs)
        return self._take_events()

    def _extrapolated_obs(self) -> Observation:
        if self._obs.idle_s is None:
            return self._obs
        grown = self._obs.idle_s + max(0.0, self._clock.monotonic() - self._t)
        return replace(self._obs, idle_s=grown)

    def _step(self, obs: Observation) -> None:
        t = max(self._clock.monotonic(), self._t)
        now = self._clock.now()
        slept = self._slept(t)
        self._t = t
        self._now = now
        if slept >= MIN_SLEEP_S:
            mark = self._suspend_mark if self._suspend_mark is not None else t - slept
            s0 = min(max(mark, self._acc_t), t)
            s1 = min(s0 + slept, t)
            self._account_to(s0)
            self._begin_absence(s0, AwayReason.SUSPENDED, not_before=s1)
            self._account_to(s1)
            self._suspend_mark = None
        self._roll_day(t, now)
        self._observe(t, obs)
        self._obs = obs
        self._update(obs)

    def _slept(self, t: float) -> float:
        total = self._clock.suspended_total()
        if total is not None and self._sleep_total is not None:
            total = float(total)
            slept = max(0.0, total - self._sleep_total)
            self._sleep_total = total
            return min(slept, t - self._t)
        self._sleep_total = total
        # Fallback: a step that comes far later than planned means we slept.
        late = t - max(self._planned, self._t)
        return late if late > GAP_TOLERANCE_S else 0.0

    def _observe(self, t: float, obs: Observation) -> None:
        """Work out presence up to ``t`` and account the time since the last step."""
        idle = obs.idle_s
        known = idle is not None and math.isfinite(idle)
        if known:
            assert idle is not None
            self._last_input = max(t - max(0.0, idle), self._last_input)
        signs = self._settings.presence.use_presence_signs and obs.presence_sign
        if signs:
            self._sign_seen = t
        last = self._last_input if known else t
        absence = self._absence
        if absence is not None:
            back = None
            if not obs.locked:
                if not known:
                    back = max(absence.not_before, self._acc_t)
                elif last > absence.start_t and last >= absence.not_before - 2.0:
                    back = last
                elif (signs and absence.reason is AwayReason.IDLE
                      and t - last <= self._sign_limit()):
                    back = t
            if back is None:
                self._account_to(t)
                return
            back = min(max(back, self._acc_t), t)
            self._account_to(back)
            p = self._pending
            if (p is not None and p.phase is BreakPhase.ACTIVE
                    and back - p.started_t >= p.duration_s - 0.05):
                self._complete(p)  # it ran out while the user was away
            self._end_absence(back)
        presence_until = self._effective_presence(t, last) if known else t
        away_at: tuple[float, AwayReason] | None = None
        if known and t - presence_until >= self._away_threshold():
            away_at = (presence_until, AwayReason.IDLE)
        if obs.locked and (away_at is None or t < away_at[0]):
            away_at = (t, AwayReason.LOCKED)
        if away_at is None:
            self._account_to(t)
            self._firm(min(presence_until, t))
            return
        start, reason = away_at
        start = max(start, self._firm_t)
        if start < self._acc_t:
            self._take_back(start)
        else:
            self._account_to(start)
        self._begin_absence(start, reason, not_before=start)
        self._account_to(t)

    def _effective_presence(self, t: float, last_input: float) -> float:
        """The last moment the user surely was there: input, or a recent presence sign."""
        sign = min(self._sign_seen, last_input + self._sign_limit())
        return min(max(last_input, sign), t)

    def _firm(self, until: float) -> None:
        if until > self._firm_t:
            self._firm_t = until
            self._journal.firm_up(until)

    # ------------------------------------------------------------ accounting
    def _account_to(self, x: float) -> None:
        """Count the time from the accounting cursor to ``x`` in the current situation."""
        dt = x - self._acc_t
        if dt <= 0:
            return
        start = self._acc_t
        self._acc_t = x
        if self._absence is not None:
            self._tally.away_s += dt
            return
        if self._pending is not None and self._pending.phase is BreakPhase.ACTIVE:
            return
        amounts: dict[str, float] = {}
        if self._posture is Posture.STANDING:
            self._tally.standing_s += dt
            amounts["standing"] = dt
        else:
            if self._bout is None:
                self._bout = _Bout(start, self._wall(start))
            self._tally.sitting_s += dt
            self._bout.sitting_s += dt
            amounts["sitting"] = dt
            if self._reminders_active():
                for kind in BreakKind:
                    self._progress[kind] += dt
                    amounts[kind.value] = dt
        self._journal.record(Accrual(start, x, amounts))

    def _take_back(self, since: float) -> None:
        """The user had already left at ``since``: un-count what followed."""
        removed = self._journal.take_back(since)
        self._tally.sitting_s = max(0.0, self._tally.sitting_s - removed.get("sitting", 0.0))
        self._tally.standing_s = max(0.0, self._tally.standing_s - removed.get("standing", 0.0))
        if self._bout is not None:
            self._bout.sitting_s = max(0.0, self._bout.sitting_s - removed.get("sitting", 0.0))
        for kind in BreakKind:
            self._progress[kind] = max(0.0, self._progress[kind] - removed.get(kind.value, 0.0))
        self._acc_t = since

    def _begin_absence(self, start: float, reason: AwayReason, *, not_before: float) -> None:
        if self._absence is not None:
            self._absence.not_before = max(self._absence.not_before, not_before)
            return
        self._absence = _Absence(start, self._wall(start), reason, not_before, start)
        self._emit(ev.AwayStarted(self._now, self._wall(start), reason))

    def _end_absence(self, back: float) -> None:
        absence = self._absence
        assert absence is not None
        self._credit_absence(back)
        self._absence = None
        self._firm(back)
        self._emit(ev.Returned(self._now, back - absence.start_t))
        if back - absence.start_t >= self._natural_s() and self._posture is Posture.STANDING:
            # Nobody remembers to say "I'm sitting" after lunch; assume they sit.
            self._posture = Posture.SITTING
            self._standing = None
            self._emit(ev.PostureChanged(self._now, Posture.SITTING))

    def _credit_absence(self, t: float) -> None:
        a = self._absence
        if a is None or self._is_active():
            return
        length = t - a.credit_from
        if length >= self._natural_s():
            self._close_bout(BoutEnd.AWAY, a.start_t)
            if not a.counted:
                a.counted = True
                self._tally.natural_breaks += 1
        for kind in BreakKind:
            if kind not in a.credited and length >= self._credit_after(kind):
                a.credited.add(kind)
                self._credit(kind, a.start_wall, a.reason.value)

    def _credit_after(self, kind: BreakKind) -> float:
        if kind is BreakKind.MICRO:
            return self._natural_s()
        return max(self._natural_s(), rules.duration_s(self._settings, kind))

    def _credit(self, kind: BreakKind, since: datetime, reason: str) -> None:
        """A break of ``kind`` happened on its own: reset its clock, settle a pending one."""
        self._progress[kind] = 0.0
        p = self._pending
        if p is not None and p.kind is kind and p.phase is not BreakPhase.ACTIVE:
            self._end_pending(BreakOutcome.NATURAL)
        else:
            self._emit(ev.NaturalBreakTaken(self._now, since, kind, reason))

    def _close_bout(self, reason: BoutEnd, at: float) -> None:
        bout = self._bout
        if bout is None:
            return
        self._bout = None
        if bout.sitting_s < 1.0:
            return
        self._tally.bout_ended(bout.sitting_s)
        self._emit(ev.BoutEnded(self._wall(at), bout.start_wall, bout.sitting_s, reason))

    # ------------------------------------------------------ per-step updates
    def _update(self, obs: Observation) -> None:
        t = self._t
        self._update_pause(t)
        self._update_hours()
        self._update_dnd(obs)
        self._credit_absence(t)
        self._update_standing(t)
        self._update_breaks(t, obs)
        self._plan()

    def _roll_day(self, t: float, now: datetime) -> None:
        day = day_of(now, self._day_starts_at())
        if day == self._tally.day:
            return
        boundary = day_start(day, self._day_starts_at(), now)
        at = t - max(0.0, seconds_between(boundary, now))
        self._account_to(min(max(at, self._acc_t), t))
        self._journal.clear()
        self._firm(self._acc_t)
        finished = self._tally
        self._emit(ev.DayEnded(now, finished.day, finished.totals()))
        self._tally = Tally(day)
        if self._posture is Posture.STANDING and self._absence is not None:
            self._posture = Posture.SITTING
            self._standing = None

    def _update_pause(self, t: float) -> None:
        p = self._pause
        if p is None:
            return
        timed_out = p.kind is PauseKind.TIMED and p.until_t is not None and t >= p.until_t
        # "Until tomorrow" follows local wall time, even across a zone change.
        next_day = (p.kind is PauseKind.UNTIL_TOMORROW and p.until_day is not None
                    and day_of(self._now, self._day_starts_at()) >= p.until_day)
        if timed_out or next_day:
            self._end_pause(by_timer=True)

    def _end_pause(self, *, by_timer: bool) -> None:
        self._pause = None
        self._grace_until = self._t + max(REACTIVATION_GRACE_S,
                                          self._settings.breaks.warning.total_seconds())
        self._emit(ev.Resumed(self._now, by_timer))

    def _update_hours(self) -> None:
        inside = self._working_now(self._now)
        if inside == self._inside_hours:
            return
        self._inside_hours = inside
        if inside:
            self._grace_until = self._t + max(REACTIVATION_GRACE_S,
                                              self._settings.breaks.warning.total_seconds())
        elif self._pending is not None and self._pending.phase is not BreakPhase.ACTIVE:
            self._end_pending(BreakOutcome.CANCELLED)
        self._emit(ev.WorkingHoursChanged(self._now, inside))

    def _update_dnd(self, obs: Observation) -> None:
        dnd = self._settings.dnd.enabled and obs.dnd
        if dnd != self._dnd:
            self._dnd = dnd
            self._dnd_reason = obs.dnd_reason if dnd else ""
            self._emit(ev.DndChanged(self._now, dnd, obs.dnd_reason))

    def _update_standing(self, t: float) -> None:
        s = self._standing
        if s is None or self._posture is not Posture.STANDING or self._absence is not None:
            return
        length = t - s.since_t
        if length >= self._natural_s() and not s.counted:
            s.counted = True
            self._tally.natural_breaks += 1
        for kind in BreakKind:
            if kind not in s.credited and length >= self._credit_after(kind):
                s.credited.add(kind)
                self._credit(kind, s.since_wall, "standing")
        limit = self._settings.posture.standing_limit.total_seconds()
        if self._settings.posture.standing_reminder and not s.reminded and length >= limit:
            s.reminded = True
            self._emit(ev.StandingReminder(self._now, length))

    def _update_breaks(self, t: float, obs: Observation) -> None:
        p = self._pending
        if p is not None and p.phase is BreakPhase.ACTIVE:
            if t - p.started_t >= p.duration_s - 0.05:
                self._complete(p)
            return
        if not self._reminders_active():
            return
        counting = self._absence is None and self._posture is Posture.SITTING
        if p is None:
            choice = rules.choose_next(self._settings, self._progress)
            if choice is None or not counting:
                return
            kind, left = choice
            warning = self._settings.breaks.warning.total_seconds()
            due_t = max(t + left, self._grace_until)
            if due_t - t > warning:
                return
            if due_t <= t:
                p = PendingBreak(kind, BreakPhase.DUE, t, self._now)
                self._pending = p
                self._emit(ev.BreakDue(self._now, kind))
            else:
                p = PendingBreak(kind, BreakPhase.WARNED, due_t, self._wall(due_t))
                self._pending = p
                if warning > 0 and not self._dnd:
                    self._emit(ev.BreakWarned(self._now, kind, due_t - t))
        if p.phase is BreakPhase.WARNED:
            choice = rules.choose_next(self._settings, self._progress)
            if choice is None:
                self._end_pending(BreakOutcome.CANCELLED)
                return
            p.kind, left = choice
            if counting:
                p.due_t = max(t + left, self._grace_until)
                p.due_wall = self._wall(p.due_t)
            if left > 0.05 or t < self._grace_until:
                return
            self._make_due(p, t)
        if p.phase is BreakPhase.SNOOZED:
            warning = self._settings.breaks.warning.total_seconds()
            if t < p.snooze_until:
                if (warning > 0 and not p.warned_again and not self._dnd
                        and t >= p.snooze_until - warning):
                    p.warned_again = True
                    self._emit(ev.BreakWarned(self._now, p.kind, p.snooze_until - t))
                return
            self._make_due(p, t)
        if p.phase is BreakPhase.DUE and self._dnd:
            p.phase = BreakPhase.DEFERRED
            p.dnd_reason = self._dnd_reason
            p.release_at = None
            self._emit(ev.BreakDeferred(self._now, p.kind, self._dnd_reason))
        if p.phase is BreakPhase.DEFERRED:
            if self._dnd:
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
        p.due_wall = self._now
        self._emit(ev.BreakDue(self._now, p.kind))

    def _ready_to_show(self, p: PendingBreak, t: float, obs: Observation) -> bool:
        if obs.locked or (self._absence is not None
                          and self._absence.reason is not AwayReason.IDLE):
            return False  # never light up a locked or sleeping screen
        if obs.idle_s is None:
            return True
        typing_pause = self._settings.breaks.typing_pause.total_seconds()
        waited = t - p.due_t
        max_delay = self._settings.breaks.max_delay.total_seconds()
        return obs.idle_s >= typing_pause or waited >= max_delay

    def _start(self, p: PendingBreak, *, requested: bool) -> None:
        t = self._t
        self._close_bout(BoutEnd.BREAK, t)
        self._started_count[p.kind] += 1
        p.phase = BreakPhase.ACTIVE
        p.started_t = t
        p.started_wall = self._now
        p.requested = requested
        p.duration_s = rules.duration_s(self._settings, p.kind)
        p.sequence = self._started_count[p.kind]
        self._pending = p
        self._emit(ev.BreakStarted(self._now, p.kind, p.duration_s,
                                   None if requested and p.due_wall is None else p.due_wall,
                                   requested, p.postpones, p.sequence))

    def _complete(self, p: PendingBreak) -> None:
        away = self._absence is not None and self._absence.reason is not AwayReason.IDLE
        outcome = BreakOutcome.NATURAL if away else BreakOutcome.COMPLETED
        if outcome is BreakOutcome.COMPLETED:
            self._tally.breaks_completed += 1
            if p.kind is BreakKind.STRETCH:
                self._tally.stretch_routines += 1
        elif self._absence is not None and not self._absence.counted:
            self._absence.counted = True
            self._tally.natural_breaks += 1
        self._reset_progress(p.kind)
        if self._absence is not None:
            # Time away during the break was the break; later absence counts anew.
            self._absence.credit_from = self._t
            self._absence.credited = set()
        self._end_pending(outcome)

    def _reset_progress(self, kind: BreakKind) -> None:
        self._progress[kind] = 0.0
        if kind is BreakKind.STRETCH:
            self._progress[BreakKind.MICRO] = 0.0

    def _end_pending(self, outcome: BreakOutcome) -> None:
        p = self._pending
        if p is None:
            return
        self._pending = None
        shown = p.phase is BreakPhase.ACTIVE
        self._emit(ev.BreakEnded(self._now, p.kind, outcome, p.due_wall,
                                 p.started_wall if shown else None, p.postpones))

    def _active_or_refuse(self) -> PendingBreak:
        p = self._pending
        if p is None or p.phase is not BreakPhase.ACTIVE:
            raise IntentRefused("no break is on screen")
        return p

    def _is_active(self) -> bool:
        return self._pending is not None and self._pending.phase is BreakPhase.ACTIVE

    # ------------------------------------------------------------- planning
    def _plan(self) -> None:
        """Work out when the engine next needs a step (see :meth:`next_wakeup`)."""
        t = self._t
        s = self._settings
        marks = [t + MAX_SLEEP_S]
        known = self._obs.idle_s is not None
        if self._absence is not None:
            a = self._absence
            marks.append(t + AWAY_POLL_S)
            marks += [a.credit_from + self._credit_after(k) for k in BreakKind
                      if k not in a.credited]
        elif known:
            last = self._last_input
            marks.append(self._effective_presence(t, last) + self._away_threshold())
        p = self._pending
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
                if self._obs.locked:
                    marks.append(t + HELD_POLL_S)
                elif known:
                    marks.append(self._last_input + s.breaks.typing_pause.total_seconds())
            elif p.phase is BreakPhase.DEFERRED:
                marks.append(p.release_at if p.release_at is not None else t + HELD_POLL_S)
        elif self._reminders_active() and self._posture is Posture.SITTING:
            choice = rules.choose_next(s, self._progress)
            if choice is not None:
                left = choice[1]
                marks += [t + left - s.breaks.warning.total_seconds(), t + left]
        marks.append(self._grace_until)
        if self._pause is not None and self._pause.until_t is not None:
            marks.append(self._pause.until_t)
        marks.append(self._mono(next_day_start(self._now, self._day_starts_at())))
        if s.schedule.working_hours_only:
            boundary = next_working_boundary(self._now, s.schedule.working_hours)
            if boundary is not None:
                marks.append(self._mono(boundary))
        if self._standing is not None:
            st = self._standing
            marks += [st.since_t + self._credit_after(k) for k in BreakKind]
            marks.append(st.since_t + s.posture.standing_limit.total_seconds())
        future = [m for m in marks if m > t + 0.01]
        self._planned = min(future) if future else t + 1.0

    # -------------------------------------------------------------- helpers
    def _build_snapshot(self) -> Snapshot:
        t = self._t
        s = self._settings
        p = self._pending
        active = p is not None and p.phase is BreakPhase.ACTIVE
        if active:
            assert p is not None
            state = EngineState.IN_BREAK
        elif self._pause is not None:
            state = EngineState.PAUSED
        elif not self._inside_hours:
            state = EngineState.OFF_HOURS
        elif self._absence is not None:
            state = EngineState.AWAY
        elif p is not None and p.phase in (BreakPhase.DUE, BreakPhase.DEFERRED):
            state = EngineState.BREAK_DUE
        elif self._posture is Posture.STANDING:
            state = EngineState.STANDING
        else:
            state = EngineState.SITTING
        idle = self._obs.idle_s
        if self._absence is not None:
            presence = Presence.AWAY
        elif idle is not None and idle < ACTIVE_WINDOW_S:
            presence = Presence.ACTIVE
        else:
            presence = Presence.PASSIVE
        counting = (self._absence is None and self._posture is Posture.SITTING
                    and self._reminders_active())
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
                    can_postpone=left > 0, can_skip=not strict and self._skips_left() > 0,
                    postpones_used=p.postpones, postpones_left=left)
            else:
                in_s = {BreakPhase.WARNED: p.due_t - t,
                        BreakPhase.SNOOZED: p.snooze_until - t}.get(p.phase, 0.0)
                next_break = NextBreak(p.kind, max(0.0, in_s), counting, p.phase, p.postpones,
                                       left, p.dnd_reason)
        elif self._reminders_active():
            choice = rules.choose_next(s, self._progress)
            if choice is not None:
                kind = choice[0]
                next_break = NextBreak(kind, max(0.0, choice[1]), counting, None, 0,
                                       0 if strict else rules.postpone_limit(s, kind))
        pause = None
        if self._pause is not None:
            until = self._pause.until_wall
            if self._pause.until_day is not None:
                until = day_start(self._pause.until_day, self._day_starts_at(), self._now)
            pause = PauseInfo(self._pause.kind, until)
        bout_s = self._bout.sitting_s if self._bout is not None else 0.0
        return Snapshot(
            at=self._now, state=state, presence=presence, posture=self._posture,
            sitting_s=bout_s,
            standing_s=t - self._standing.since_t if self._standing is not None else 0.0,
            away_s=t - self._absence.start_t if self._absence is not None else 0.0,
            next_break=next_break, active_break=active_break, pause=pause,
            dnd=self._dnd, dnd_reason=self._dnd_reason, off_hours=not self._inside_hours,
            idle_known=self._obs.idle_s is not None, strict=strict,
            skips_left=0 if strict else self._skips_left(),
            today=self._tally.totals(open_bout_s=bout_s))

    def _emit(self, event: ev.Event) -> None:
        self._events.append(event)

    def _take_events(self) -> list[ev.Event]:
        out, self._events = self._events, []
        return out

    def _wall(self, mono: float) -> datetime:
        """The local wall time of monotonic time ``mono`` (relative to the last step)."""
        now = self._now
        return (now.astimezone(UTC) + timedelta(seconds=mono - self._t)).astimezone(now.tzinfo)

    def _mono(self, wall: datetime) -> float:
        return self._t + seconds_between(self._now, wall)

    def _reminders_active(self) -> bool:
        return self._pause is None and self._inside_hours

    def _working_now(self, now: datetime) -> bool:
        sched = self._settings.schedule
        return not sched.working_hours_only or sched.working_hours.contains(now)

    def _skips_left(self) -> int:
        return max(0, self._settings.breaks.skip_budget - self._tally.breaks_skipped)

    def _day_starts_at(self) -> int:
        return self._settings.schedule.day_starts_at

    def _away_threshold(self) -> float:
        return self._settings.presence.away_threshold.total_seconds()

    def _natural_s(self) -> float:
        return self._settings.presence.natural_break.total_seconds()

    def _sign_limit(self) -> float:
        return self._settings.presence.presence_sign_limit.total_seconds()



__all__ = ["Engine", "EngineState", "IntentRefused", "Presence"]
