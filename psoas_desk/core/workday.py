"""The engine's parts and how one step runs through them.

:class:`Workday` holds the parts, each owning its state (Workrave's
``Timer`` / ``BreakControl`` split is the model):

- :class:`~psoas_desk.core.accounting.Accounting`: presence, the sitting
  bout, posture, and what the time counts as;
- :class:`~psoas_desk.core.scheduler.BreakScheduler`: progress towards each
  kind of break and the pending break;
- :class:`~psoas_desk.core.ledger.DayLedger`: today's figures and the day;
- :class:`~psoas_desk.core.gate.ReminderGate`: pause, working hours, quiet.

The parts return events and amounts; this class passes them on: counted
time goes to the ledger and (as progress) to the scheduler, verdicts go to
the ledger, a time away long enough credits breaks, and a break taken ends
the bout while one not taken lets it go on.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

from datetime import date, timedelta

from psoas_desk.core import events as ev
from psoas_desk.core.absence_undo import AbsenceUndo
from psoas_desk.core.accounting import Accounting, Amounts, Credits
from psoas_desk.core.clock import Clock
from psoas_desk.core.engine_view import plan_wakeup
from psoas_desk.core.gate import ReminderGate, working_now
from psoas_desk.core.ledger import DayLedger
from psoas_desk.core.model import (
    AwayReason,
    BoutEnd,
    BreakOutcome,
    BreakPhase,
    Observation,
    Posture,
)
from psoas_desk.core.moment import Moment
from psoas_desk.core.scheduler import BreakScheduler, Conditions, PendingBreak
from psoas_desk.core.settings import Settings
from psoas_desk.core.walltime import day_of, day_start

GAP_TOLERANCE_S = 90.0
"""A step this much later than planned means the machine slept (fallback only)."""
MIN_SLEEP_S = 1.0
"""Less suspended time than this is measurement noise."""
ABORTED_SUSPEND_S = 30.0
"""A sleep announced this long ago that did not happen was called off."""
REACTIVATION_GRACE_S = 30.0
"""After a pause or outside working hours, an overdue break waits this long."""
class Workday:
    """The parts of the engine and the flow of one step (see the module docstring)."""

    def __init__(self, settings: Settings, clock: Clock) -> None:
        self.settings = settings
        self.clock = clock
        t = clock.monotonic()
        now = clock.now()
        self.m = Moment(t, now)
        self.acc = Accounting(t)
        self.sched = BreakScheduler(t)
        self.ledger = DayLedger(day_of(now, settings.schedule.day_starts_at))
        self.gate = ReminderGate(working_now(settings, now))
        self.obs = Observation(idle_s=None)
        self.sleep_total = clock.suspended_total()
        self.suspend_mark: float | None = None
        self.planned = t
        self.reading = False
        """"Reading or watching": idle time is not an absence (up to the sign limit)."""
        self.undo = AbsenceUndo()
        self._roll: tuple[float, date] | None = None
        self._events: list[ev.Event] = []

    # -- events ---------------------------------------------------------------
    def emit(self, events: list[ev.Event]) -> None:
        """Pass on events from a part: the ledger counts the verdicts in them."""
        if events:
            self.ledger.note(events)
            self._events += events
            if any(isinstance(e, ev.BreakStarted) for e in events):
                self.emit(self.undo.close(self.m))  # a break taken since: too late to undo

    def take_events(self) -> list[ev.Event]:
        out, self._events = self._events, []
        return out

    # -- stepping -------------------------------------------------------------
    def step(self, obs: Observation) -> None:
        """Advance to the clock's time with what the adapters see now."""
        t = max(self.clock.monotonic(), self.m.t)
        now = self.clock.now()
        slept = self._slept(t)
        self.m = Moment(t, now)
        self._plan_roll()
        mark = self.suspend_mark
        if slept < MIN_SLEEP_S and mark is not None and t - mark > ABORTED_SUSPEND_S:
            self.suspend_mark = None  # the announced sleep never came
        if slept >= MIN_SLEEP_S:
            mark = self.suspend_mark if self.suspend_mark is not None else t - slept
            s0 = min(max(mark, self.acc.acc_t), t)
            s1 = min(s0 + slept, t)
            self.account_to(s0)
            self.begin_absence(s0, AwayReason.SUSPENDED, not_before=s1)
            self.account_to(s1)
            self.suspend_mark = None
        self._observe(obs)
        if self._roll is not None:
            self._roll_day(self._roll[1])
        self.obs = obs
        self.update()

    def _slept(self, t: float) -> float:
        total = self.clock.suspended_total()
        if total is not None and self.sleep_total is not None:
            total = float(total)
            slept = max(0.0, total - self.sleep_total)
            self.sleep_total = total
            return min(slept, t - self.m.t)
        self.sleep_total = total
        # Fallback: a step that comes far later than planned means we slept.
        late = t - max(self.planned, self.m.t)
        return late if late > GAP_TOLERANCE_S else 0.0

    def _plan_roll(self) -> None:
        """Whether a new day began since the last step, and at which monotonic time.

        Days only move forward (see :mod:`psoas_desk.core.ledger`); the time
        counted in this step is split at the old day's end.
        """
        starts_at = self.settings.schedule.day_starts_at
        day = self.ledger.next_day(self.m.now, starts_at)
        self._roll = None
        if day is not None:
            end = day_start(self.ledger.day + timedelta(days=1), starts_at, self.m.now)
            at = min(max(self.m.mono(end), self.acc.acc_t), self.m.t)
            self._roll = (at, day)

    def _roll_day(self, day: date) -> None:
        m, acc = self.m, self.acc
        self._roll = None
        acc.journal.clear()
        acc.firm(acc.acc_t)
        self.emit(self.undo.close(m))
        self.emit(self.ledger.roll(m.now, day))
        # Days in between (a long sleep) belong to no day: start counting at this one's start.
        start = day_start(day, self.settings.schedule.day_starts_at, m.now)
        skip_to = min(max(m.mono(start), acc.acc_t), m.t)
        if acc.absence is not None and skip_to > acc.acc_t:
            acc.account_to(m, skip_to, in_break=False, progress=False)
        if acc.posture is Posture.STANDING and acc.absence is not None:
            acc.sit()

    def update(self) -> None:
        """Settle everything that follows from the state at this step, and plan the next."""
        m, s = self.m, self.settings
        self.emit(self.gate.update(m, s, self.obs))
        if self.gate.reopened:
            self.gate.reopened = False
            self.sched.grace_until = m.t + max(REACTIVATION_GRACE_S,
                                               s.breaks.warning.total_seconds())
        p = self.sched.pending
        if not self.gate.inside_hours and p is not None and p.phase is not BreakPhase.ACTIVE:
            self.emit(self.sched.end_unshown(m, BreakOutcome.CANCELLED))
        self.credit_absence(m.t)
        self.emit(self.undo.expire(m))
        self._update_standing()
        self._update_breaks()
        self.planned = plan_wakeup(self)

    # -- presence ---------------------------------------------------------------
    def _observe(self, obs: Observation) -> None:
        """Work out presence up to now and account the time since the last step."""
        m, s, acc = self.m, self.settings, self.acc
        t = m.t
        before = acc.last_input
        known = acc.note(t, obs, s, reading=self.reading)
        if self.reading and acc.last_input - before >= s.presence.away_threshold.total_seconds():
            self.set_reading(False)  # input came back after a long read: it did its job
        signs = self.reading or (s.presence.use_presence_signs and obs.presence_sign)
        if acc.absence is not None:
            back = acc.back_at(t, obs, s, known=known, signs=signs)
            if back is None:
                self.account_to(t)
                return
            self.account_to(back)
            p = self.sched.active()
            if p is not None and back - p.started_t >= p.duration_s - 0.05:
                self.complete(p)  # it ran out while the user was away
            self.end_absence(back)
        away = acc.away_since(t, obs, s, known=known)
        if away is None:
            self.account_to(t)
            # Across a gap in the readings the last one stands: the time since
            # may still turn out to be away once they come back.
            acc.firm(min(acc.presence_until(t, s) if known or acc.idle_gap else t, t))
            return
        start, reason = away
        if start < acc.acc_t:
            self._counted(acc.take_back(start))
        else:
            self.account_to(start)
        self.begin_absence(start, reason, not_before=start)
        self.account_to(t)

    def not_running_for(self, downtime: float) -> None:
        """The app was not running for ``downtime`` seconds until now (a restart).

        From the natural-break time on, that time is an absence like any
        other: it ends the saved bout, credits breaks, and is reported once
        (``AwayStarted`` with ``NOT_RUNNING``, then ``Returned``). Shorter, an
        absence would change nothing (the bout goes on, no break is credited),
        so none is begun: a quick restart leaves no record in the history.
        """
        if downtime < self.settings.presence.natural_break.total_seconds():
            return
        acc, t = self.acc, self.m.t
        acc.acc_t = acc.firm_t = t - downtime
        self.begin_absence(t - downtime, AwayReason.NOT_RUNNING, not_before=t)
        self.credit_absence(t)
        self.end_absence(t)
        acc.acc_t = acc.firm_t = t

    def begin_absence(self, start: float, reason: AwayReason, *, not_before: float) -> None:
        if self.acc.absence is None:
            self.emit(self.undo.close(self.m))
            if self.reading:
                self.set_reading(False)
        self.emit(self.acc.begin_absence(self.m, start, reason, not_before=not_before))

    def set_reading(self, on: bool) -> None:
        if on != self.reading:
            self.reading = on
            self.emit([ev.ReadingChanged(self.m.now, on)])

    def account_to(self, x: float) -> None:
        """Count the time up to ``x`` and hand the amounts to the ledger and scheduler.

        When a new day began in between, the time before its start goes to
        the old day and the rest to the new one.
        """
        roll = self._roll
        if roll is not None and roll[0] <= x:
            self._account(roll[0])
            self._roll_day(roll[1])
        self._account(x)

    def _account(self, x: float) -> None:
        self._counted(self.acc.account_to(self.m, x, in_break=self.sched.in_break(),
                                          progress=self.gate.open()))

    def _counted(self, amounts: Amounts) -> None:
        if amounts:
            self.ledger.add(amounts)
            progress = amounts.get("progress", 0.0)
            if progress:
                self.sched.accrue(progress)

    def end_absence(self, back: float) -> None:
        self.credit_absence(back)
        a = self.acc.absence
        assert a is not None
        self.emit(self.acc.end_absence(self.m, back, self.settings))
        self.emit(self.undo.returned(self.m, a, back, self.settings))

    def credit_absence(self, t: float) -> None:
        a = self.acc.absence
        if a is None or self.sched.in_break():
            return
        credits = self.acc.absence_credits(t, self.settings)
        self.undo.credited(a, credits, self.acc, self.sched)
        self._apply_credits(credits, a.start_t)

    def undo_absence(self) -> bool:
        """"I was at my desk": the last counted time away was sitting. False if too late."""
        events = self.undo.undo(self.m, self.acc, self.ledger, self.sched)
        if events is None:
            return False
        self.emit(events)
        return True

    def _update_standing(self) -> None:
        credits, remind = self.acc.standing_credits(self.m.t, self.settings)
        self._apply_credits(credits, None)
        if remind and self.acc.standing is not None:
            self.emit([ev.StandingReminder(self.m.now, self.m.t - self.acc.standing.since_t)])

    def _apply_credits(self, credits: Credits, bout_end: float | None) -> None:
        if credits.ends_bout and bout_end is not None:
            self.emit(self.acc.close_bout(self.m, BoutEnd.AWAY, bout_end))
        if credits.natural_break:
            self.ledger.natural_break()
        for kind in credits.kinds:
            assert credits.since is not None
            self.emit(self.sched.credit(self.m, kind, credits.since, credits.reason))

    # -- breaks -------------------------------------------------------------------
    def _update_breaks(self) -> None:
        m = self.m
        p = self.sched.active()
        if p is not None:
            if self.sched.worked_through(m.t, self.acc.last_input, self.settings):
                self.settle(BreakOutcome.WORKED_THROUGH)
            elif m.t - p.started_t >= p.duration_s - 0.05:
                self.complete(p)
            return
        if not self.gate.open():
            return
        a = self.acc.absence
        c = Conditions(counting=a is None and self.acc.posture is Posture.SITTING,
                       dnd=self.gate.dnd, dnd_reason=self.gate.dnd_reason,
                       screen_dark=a is not None and a.reason is not AwayReason.IDLE)
        self.emit(self.sched.advance(m, self.obs, self.settings, c))

    def complete(self, p: PendingBreak) -> None:
        """The break on screen ran its course (or Done): taken, or natural if away."""
        a = self.acc.absence
        away = a is not None and a.reason is not AwayReason.IDLE
        if away and a is not None and not a.counted:
            a.counted = True
            self.ledger.natural_break()
        self.sched.reset(p.kind)
        self.emit(self.acc.close_bout(self.m, BoutEnd.BREAK, p.started_t))
        # Time away during the break was the break; later absence counts anew.
        self.acc.restart_credit(self.m.t)
        self.settle(BreakOutcome.NATURAL if away else BreakOutcome.COMPLETED)

    def settle(self, outcome: BreakOutcome) -> None:
        """End the pending break with ``outcome``; one shown but not taken keeps the bout."""
        events, p = self.sched.end(self.m, outcome)
        if p is not None and p.phase is BreakPhase.ACTIVE and outcome not in (
                BreakOutcome.COMPLETED, BreakOutcome.NATURAL):
            self.resume_held_bout(p)
        self.emit(events)

    def resume_held_bout(self, p: PendingBreak) -> None:
        added = self.acc.resume_held_bout(self.m, p.started_t, p.started_wall)
        if added:
            self.ledger.add({"sitting": added})
