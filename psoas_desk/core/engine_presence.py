"""Presence and time accounting inside the engine.

Works out, step by step, whether the person is at the desk (input, reading,
a presence sign, a lock, a sleep), counts the time as sitting, standing or
away, takes back sitting counted after the last input when it turns out the
person had left, and credits breaks for long enough absences. See the
engine's module docstring for the rules and :mod:`psoas_desk.core.engine_base`
for how the engine is layered.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

import math
from datetime import datetime

from psoas_desk.core import events as ev
from psoas_desk.core.daybook import Accrual
from psoas_desk.core.engine_breaks import BreakLifecycle
from psoas_desk.core.engine_state import (
    Absence,
    Bout,
    away_threshold,
    credit_after,
    effective_presence,
    natural_break_s,
    sign_limit,
)
from psoas_desk.core.model import (
    AwayReason,
    BoutEnd,
    BreakKind,
    BreakOutcome,
    BreakPhase,
    Observation,
    Posture,
)


class PresenceAccounting(BreakLifecycle):
    """Presence, absences, bouts and the running figures."""

    def _observe(self, t: float, obs: Observation) -> None:
        """Work out presence up to ``t`` and account the time since the last step."""
        idle = obs.idle_s
        known = idle is not None and math.isfinite(idle)
        if known:
            assert idle is not None
            self._st.last_input = max(t - max(0.0, idle), self._st.last_input)
        signs = self._settings.presence.use_presence_signs and obs.presence_sign
        if signs:
            self._st.sign_seen = t
        last = self._st.last_input if known else t
        absence = self._st.absence
        if absence is not None:
            back = None
            if not obs.locked:
                if not known:
                    back = max(absence.not_before, self._st.acc_t)
                elif last > absence.start_t and last >= absence.not_before - 2.0:
                    back = last
                elif (signs and absence.reason is AwayReason.IDLE
                      and t - last <= sign_limit(self._settings)):
                    back = t
            if back is None:
                self._account_to(t)
                return
            back = min(max(back, self._st.acc_t), t)
            self._account_to(back)
            p = self._st.pending
            if (p is not None and p.phase is BreakPhase.ACTIVE
                    and back - p.started_t >= p.duration_s - 0.05):
                self._complete(p)  # it ran out while the user was away
            self._end_absence(back)
        presence_until = effective_presence(self._st, self._settings, t, last) if known else t
        away_at: tuple[float, AwayReason] | None = None
        if known and t - presence_until >= away_threshold(self._settings):
            away_at = (presence_until, AwayReason.IDLE)
        if obs.locked and (away_at is None or t < away_at[0]):
            away_at = (t, AwayReason.LOCKED)
        if away_at is None:
            self._account_to(t)
            self._firm(min(presence_until, t))
            return
        start, reason = away_at
        start = max(start, self._st.firm_t)
        if start < self._st.acc_t:
            self._take_back(start)
        else:
            self._account_to(start)
        self._begin_absence(start, reason, not_before=start)
        self._account_to(t)

    def _firm(self, until: float) -> None:
        if until > self._st.firm_t:
            self._st.firm_t = until
            self._st.journal.firm_up(until)

    # ------------------------------------------------------------ accounting
    def _account_to(self, x: float) -> None:
        """Count the time from the accounting cursor to ``x`` in the current situation."""
        dt = x - self._st.acc_t
        if dt <= 0:
            return
        start = self._st.acc_t
        self._st.acc_t = x
        if self._st.absence is not None:
            self._st.tally.away_s += dt
            return
        if self._st.pending is not None and self._st.pending.phase is BreakPhase.ACTIVE:
            return
        amounts: dict[str, float] = {}
        if self._st.posture is Posture.STANDING:
            self._st.tally.standing_s += dt
            amounts["standing"] = dt
        else:
            if self._st.bout is None:
                self._st.bout = Bout(start, self._st.wall(start))
            self._st.tally.sitting_s += dt
            self._st.bout.sitting_s += dt
            amounts["sitting"] = dt
            if self._st.reminders_active():
                for kind in BreakKind:
                    self._st.progress[kind] += dt
                    amounts[kind.value] = dt
        self._st.journal.record(Accrual(start, x, amounts))

    def _take_back(self, since: float) -> None:
        """The user had already left at ``since``: un-count what followed."""
        removed = self._st.journal.take_back(since)
        st = self._st
        st.tally.sitting_s = max(0.0, st.tally.sitting_s - removed.get("sitting", 0.0))
        st.tally.standing_s = max(0.0, st.tally.standing_s - removed.get("standing", 0.0))
        if st.bout is not None:
            st.bout.sitting_s = max(0.0, st.bout.sitting_s - removed.get("sitting", 0.0))
        for kind in BreakKind:
            st.progress[kind] = max(0.0, st.progress[kind] - removed.get(kind.value, 0.0))
        self._st.acc_t = since

    def _begin_absence(self, start: float, reason: AwayReason, *, not_before: float) -> None:
        if self._st.absence is not None:
            self._st.absence.not_before = max(self._st.absence.not_before, not_before)
            return
        self._st.absence = Absence(start, self._st.wall(start), reason, not_before, start)
        self._emit(ev.AwayStarted(self._st.now, self._st.wall(start), reason))

    def _end_absence(self, back: float) -> None:
        absence = self._st.absence
        assert absence is not None
        self._credit_absence(back)
        self._st.absence = None
        self._firm(back)
        self._emit(ev.Returned(self._st.now, back - absence.start_t))
        long_enough = back - absence.start_t >= natural_break_s(self._settings)
        if long_enough and self._st.posture is Posture.STANDING:
            # Nobody remembers to say "I'm sitting" after lunch; assume they sit.
            self._st.posture = Posture.SITTING
            self._st.standing = None
            self._emit(ev.PostureChanged(self._st.now, Posture.SITTING))

    def _credit_absence(self, t: float) -> None:
        a = self._st.absence
        if a is None or self._st.in_break():
            return
        length = t - a.credit_from
        if length >= natural_break_s(self._settings):
            self._close_bout(BoutEnd.AWAY, a.start_t)
            if not a.counted:
                a.counted = True
                self._st.tally.natural_breaks += 1
        for kind in BreakKind:
            if kind not in a.credited and length >= credit_after(self._settings, kind):
                a.credited.add(kind)
                self._credit(kind, a.start_wall, a.reason.value)

    def _credit(self, kind: BreakKind, since: datetime, reason: str) -> None:
        """A break of ``kind`` happened on its own: reset its clock, settle a pending one."""
        self._st.progress[kind] = 0.0
        p = self._st.pending
        if p is not None and p.kind is kind and p.phase is not BreakPhase.ACTIVE:
            self._end_pending(BreakOutcome.NATURAL)
        else:
            self._emit(ev.NaturalBreakTaken(self._st.now, since, kind, reason))
