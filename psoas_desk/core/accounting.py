"""Presence and time accounting: where the person is, and what the time counts as.

:class:`Accounting` works out, step by step, whether the person is at the
desk (input, reading, a presence sign, a lock, a sleep), keeps the sitting
bout, the posture and the time away, and counts the time since the last step
as sitting, standing or away. Time after the last input is counted as
sitting (you may be reading); when the idle time then reaches the away
threshold, that time is taken back (:class:`~psoas_desk.core.daybook.Journal`).

It owns its state and hands back what it counted (seconds by figure, for
the day ledger and the break scheduler) and events; the engine
(:mod:`psoas_desk.core.workday`) decides what follows from them.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime

from psoas_desk.core import events as ev
from psoas_desk.core.breaks import KINDS, credit_after_s
from psoas_desk.core.daybook import Accrual, Journal
from psoas_desk.core.model import AwayReason, BoutEnd, BreakKind, Observation, Posture
from psoas_desk.core.moment import Moment
from psoas_desk.core.settings import Settings

UNKNOWN_GRACE_S = 120.0
"""How long an idle time that was known and is no longer (a backend that missed
a reading or two) is a gap to bridge, not a lost source: during it the last
reading stands (nobody is taken for back or for away on no evidence); after it,
wall-clock time, as with no idle source at all."""

Amounts = dict[str, float]
"""Seconds by figure: "sitting", "standing", "away", and "progress" (sitting that
brings breaks closer); negative when taken back."""


@dataclass
class Bout:
    """The sitting bout in progress."""

    start_t: float
    start_wall: datetime
    sitting_s: float = 0.0


@dataclass
class Absence:
    """The user is away: since when, why, and what it has credited so far."""

    start_t: float
    start_wall: datetime
    reason: AwayReason
    not_before: float
    """The user cannot be back before this (the end of a sleep)."""
    credit_from: float
    credited: set[BreakKind] = field(default_factory=set)
    counted: bool = False


@dataclass
class StandingSpell:
    since_t: float
    since_wall: datetime
    credited: set[BreakKind] = field(default_factory=set)
    counted: bool = False
    reminded: bool = False


@dataclass
class Credits:
    """What a time away (or standing) has newly earned at one moment."""

    ends_bout: bool = False
    natural_break: bool = False
    """Counts as one natural break in the day's figures (once per absence)."""
    kinds: list[BreakKind] = field(default_factory=list)
    since: datetime | None = None
    reason: str = ""


class Accounting:
    """Presence, the sitting bout, posture, and the counting of time (module docstring)."""

    def __init__(self, t: float) -> None:
        self.acc_t = t
        """The accounting cursor: time before it has been counted."""
        self.firm_t = t
        """Time before it can no longer be taken back (the user surely was there)."""
        self.journal = Journal()
        self.last_input = -math.inf
        self.known_t = -math.inf
        """When the idle time was last known."""
        self.idle_gap = False
        """The idle time is unknown now but was known less than ``UNKNOWN_GRACE_S`` ago."""
        self.sign_seen = -math.inf
        self.absence: Absence | None = None
        self.posture = Posture.SITTING
        self.standing: StandingSpell | None = None
        self.bout: Bout | None = None

    # -- presence -----------------------------------------------------------
    def note(self, t: float, obs: Observation, settings: Settings, *, reading: bool) -> bool:
        """Take in the observation's input and presence signs; True if idle time is known."""
        idle = obs.idle_s
        known = idle is not None and math.isfinite(idle)
        if known:
            assert idle is not None
            self.last_input = max(t - max(0.0, idle), self.last_input)
            self.known_t = t
        self.idle_gap = not known and t - self.known_t <= UNKNOWN_GRACE_S
        if reading or (settings.presence.use_presence_signs and obs.presence_sign):
            self.sign_seen = t
        return known

    def presence_until(self, t: float, settings: Settings) -> float:
        """The last moment the user surely was there: input, or a recent presence sign."""
        limit = settings.presence.presence_sign_limit.total_seconds()
        sign = min(self.sign_seen, self.last_input + limit)
        return min(max(self.last_input, sign), t)

    def back_at(self, t: float, obs: Observation, settings: Settings, *, known: bool,
                signs: bool) -> float | None:
        """When the person came back from the current absence, or None if still away."""
        a = self.absence
        assert a is not None
        if obs.locked or (self.idle_gap and a.reason is AwayReason.IDLE):
            return None  # a gap in the readings is no sign of a return
        if not known:
            back = max(a.not_before, self.acc_t)
        elif self.last_input > a.start_t and self.last_input >= a.not_before - 2.0:
            back = self.last_input
        elif (signs and a.reason is AwayReason.IDLE
              and t - self.last_input <= settings.presence.presence_sign_limit.total_seconds()):
            back = t
        else:
            return None
        return min(max(back, self.acc_t), t)

    def away_since(self, t: float, obs: Observation, settings: Settings, *,
                   known: bool) -> tuple[float, AwayReason] | None:
        """Since when the present person turned out to be away, and why (None: still here)."""
        presence_until = self.presence_until(t, settings) if known else t
        away_at: tuple[float, AwayReason] | None = None
        if known and t - presence_until >= settings.presence.away_threshold.total_seconds():
            away_at = (presence_until, AwayReason.IDLE)
        if obs.locked and (away_at is None or t < away_at[0]):
            away_at = (t, AwayReason.LOCKED)
        if away_at is None:
            return None
        return max(away_at[0], self.firm_t), away_at[1]

    def firm(self, until: float) -> None:
        """Time before ``until`` can no longer be taken back."""
        if until > self.firm_t:
            self.firm_t = until
            self.journal.firm_up(until)

    # -- counting -------------------------------------------------------------
    def account_to(self, m: Moment, x: float, *, in_break: bool, progress: bool) -> Amounts:
        """Count the time from the cursor to ``x`` as it is now; returns what was counted.

        Args:
            m: the step's moment (for the wall time a new bout starts at).
            x: count up to this monotonic time.
            in_break: a break is on screen (its time counts as nothing).
            progress: reminders are on, so sitting brings breaks closer.
        """
        dt = x - self.acc_t
        if dt <= 0:
            return {}
        start = self.acc_t
        self.acc_t = x
        if self.absence is not None:
            return {"away": dt}
        if in_break:
            return {}
        amounts: Amounts = {}
        if self.posture is Posture.STANDING:
            amounts["standing"] = dt
        else:
            if self.bout is None:
                self.bout = Bout(start, m.wall(start))
            self.bout.sitting_s += dt
            amounts["sitting"] = dt
            if progress:
                amounts["progress"] = dt
        self.journal.record(Accrual(start, x, dict(amounts)))
        return amounts

    def take_back(self, since: float) -> Amounts:
        """The user had already left at ``since``: un-count what followed (negative amounts)."""
        removed = self.journal.take_back(since)
        if self.bout is not None:
            self.bout.sitting_s = max(0.0, self.bout.sitting_s - removed.get("sitting", 0.0))
        self.acc_t = since
        return {key: -value for key, value in removed.items()}

    # -- absences -------------------------------------------------------------
    def begin_absence(self, m: Moment, start: float, reason: AwayReason, *,
                      not_before: float) -> list[ev.Event]:
        if self.absence is not None:
            self.absence.not_before = max(self.absence.not_before, not_before)
            return []
        wall = m.wall(start)
        self.absence = Absence(start, wall, reason, not_before, start)
        s = self.standing
        if self.posture is Posture.STANDING and s is not None:
            # Leaving after standing up is the same time off the chair: what
            # standing has earned stays earned, once, and the time away adds to it.
            self.absence.credit_from = min(start, s.since_t)
            self.absence.credited = set(s.credited)
            self.absence.counted = s.counted
        return [ev.AwayStarted(m.now, wall, reason)]

    def end_absence(self, m: Moment, back: float, settings: Settings) -> list[ev.Event]:
        """The person is back at ``back`` (credits up to then are the caller's to settle)."""
        absence = self.absence
        assert absence is not None
        self.absence = None
        self.firm(back)
        out: list[ev.Event] = [ev.Returned(m.now, back - absence.start_t)]
        long_enough = back - absence.start_t >= settings.presence.natural_break.total_seconds()
        if long_enough and self.posture is Posture.STANDING:
            # Nobody remembers to say "I'm sitting" after lunch; assume they sit.
            self.posture = Posture.SITTING
            self.standing = None
            out.append(ev.PostureChanged(m.now, Posture.SITTING))
        return out

    def absence_credits(self, t: float, settings: Settings) -> Credits:
        """What the absence has earned by ``t`` that it had not before."""
        a = self.absence
        if a is None:
            return Credits()
        length = t - a.credit_from
        out = Credits(since=a.start_wall, reason=a.reason.value)
        if length >= settings.presence.natural_break.total_seconds():
            out.ends_bout = True
            if not a.counted:
                a.counted = out.natural_break = True
        for kind in KINDS:
            if kind not in a.credited and length >= credit_after_s(settings, kind):
                a.credited.add(kind)
                out.kinds.append(kind)
        return out

    def restart_credit(self, t: float) -> None:
        """A break taken during the absence was the break; later time away counts anew."""
        if self.absence is not None:
            self.absence.credit_from = t
            self.absence.credited = set()

    # -- the bout and posture -------------------------------------------------
    def close_bout(self, m: Moment, reason: BoutEnd, at: float) -> list[ev.Event]:
        """End the bout at ``at``. Its figures are final: time before can no longer be
        taken back, so the days' sitting always adds up to the bouts' sitting."""
        self.firm(min(at, self.acc_t))
        bout, self.bout = self.bout, None
        if bout is None or bout.sitting_s < 1.0:
            return []
        return [ev.BoutEnded(m.wall(at), bout.start_wall, bout.sitting_s, reason)]

    def resume_held_bout(self, m: Moment, started_t: float,
                         started_wall: datetime | None) -> float:
        """A break shown but not taken: the person sat through it. Returns the seconds added."""
        if self.absence is not None or self.posture is not Posture.SITTING:
            return 0.0
        shown_s = max(0.0, m.t - started_t)
        if self.bout is None:
            self.bout = Bout(started_t, started_wall or m.now)
        self.bout.sitting_s += shown_s
        return shown_s

    def stand(self, m: Moment) -> None:
        self.standing = StandingSpell(m.t, m.now)
        self.posture = Posture.STANDING

    def sit(self) -> None:
        self.standing = None
        self.posture = Posture.SITTING

    def standing_credits(self, t: float, settings: Settings) -> tuple[Credits, bool]:
        """What standing has newly earned by ``t``, and whether to suggest sitting now."""
        s = self.standing
        if s is None or self.posture is not Posture.STANDING or self.absence is not None:
            return Credits(), False
        length = t - s.since_t
        out = Credits(since=s.since_wall, reason="standing")
        if length >= settings.presence.natural_break.total_seconds() and not s.counted:
            s.counted = out.natural_break = True
        for kind in KINDS:
            if kind not in s.credited and length >= credit_after_s(settings, kind):
                s.credited.add(kind)
                out.kinds.append(kind)
        remind = False
        limit = settings.posture.standing_limit.total_seconds()
        if settings.posture.standing_reminder and not s.reminded and length >= limit:
            s.reminded = remind = True
        return out, remind
