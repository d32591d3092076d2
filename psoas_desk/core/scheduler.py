"""The break scheduler: how close each break is, and the one pending break.

Lifecycle of the pending break: (counting) -> WARNED (notification) -> DUE
(-> WAITING for a pause in typing, at most the max delay) -> ACTIVE (on
screen) -> ended as completed, worked through, postponed (-> SNOOZED -> DUE
again), skipped or natural. A presentation or meeting turns DUE into
DEFERRED until it ends. There is never more than one pending break; which
kind it is comes from :func:`psoas_desk.core.breaks.choose_next`, and is
chosen again while it waits and when a hold or a snooze ends, so a stretch
break that fell due meanwhile comes instead of the micro-break.

Two rules keep popups apart:

- every automatic offer is warned first (when warnings are on), also one
  that is overdue at once (after a restart, or after "I was at my desk");
- two automatic offers are at least :data:`MIN_OFFER_GAP_S` of sitting apart
  (or the shortest break interval, if that is shorter). A postponed break
  comes back when the person asked, whatever the gap.

:class:`BreakScheduler` owns the progress towards each kind (seconds of
sitting since it was last taken), the pending break and the grace after a
pause. Its methods return events. Verdicts on a break that was on screen
(completed, postponed, skipped...) are the engine's to make
(:mod:`psoas_desk.core.workday`): they end or resume the sitting bout too.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from psoas_desk.core import breaks as rules
from psoas_desk.core import events as ev
from psoas_desk.core.breaks import KIND_RULES, KINDS
from psoas_desk.core.model import BreakKind, BreakOutcome, BreakPhase, Observation
from psoas_desk.core.moment import Moment
from psoas_desk.core.settings import Settings

MIN_OFFER_GAP_S = 5 * 60.0
"""Two automatic break offers are at least this much sitting apart (see the module
docstring); the README names the figure."""
RETRY_AFTER_WORKED_THROUGH_S = MIN_OFFER_GAP_S
"""A break the person worked through is offered again after this much sitting."""
WORK_SAMPLE_S = 5.0
"""While a break is on screen, how often the engine looks at the input."""
WORK_GAP_S = 10.0
"""Input with no pause longer than this is sustained (typing, pointing)."""
WORKED_THROUGH_AFTER_S = 30.0
"""Sustained input this long during a break (after its key guard) means it was
worked through; half the guarded break's length for a shorter break."""
POPUP_INPUT_S = (3.0, 1.0)
"""Input this long before or after the break window reports its own use belongs to it."""


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
    not_before: float = 0.0
    """Not due before then: the warning's time must pass."""
    work_since: float | None = None
    """Since when the person has been typing or pointing through the break on screen."""
    work_last: float = -math.inf
    popup_input_t: float = -math.inf
    """When the break window last reported its own use (its buttons, its routine)."""


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
        self.since_offer = math.inf
        """Sitting since the last break on screen ended (for :data:`MIN_OFFER_GAP_S`)."""

    # -- progress -----------------------------------------------------------
    def accrue(self, seconds: float) -> None:
        """Sitting (negative: sitting taken back) that brings every break closer."""
        for kind in KINDS:
            self.progress[kind] = max(0.0, self.progress[kind] + seconds)
        self.since_offer = max(0.0, self.since_offer + seconds)

    def reset(self, kind: BreakKind) -> None:
        """A break of ``kind`` was taken: its clock and those of the kinds it includes restart."""
        for k in KIND_RULES[kind].resets():
            self.progress[k] = 0.0

    def kinds(self, settings: Settings) -> rules.KindTable:
        """The enabled kinds' figures under ``settings`` (read once per settings object)."""
        if self._table is None or self._table[0] is not settings:
            self._table = (settings, rules.KindTable.of(settings))
        return self._table[1]

    def next_choice(self, settings: Settings) -> tuple[BreakKind, float] | None:
        """The next break's kind and the sitting seconds left until it is offered.

        :func:`~psoas_desk.core.breaks.choose_next`, and no sooner than the
        offer gap after the last break on screen.
        """
        table = self.kinds(settings)
        choice = rules.choose_next(table, self.progress)
        if choice is None:
            return None
        gap = min(MIN_OFFER_GAP_S, min(i for _k, i in table.intervals))
        return choice[0], max(choice[1], gap - self.since_offer)

    def _choose_again(self, p: PendingBreak, settings: Settings) -> None:
        """A break that includes ``p``'s kind fell due meanwhile: offer that one instead."""
        choice = rules.choose_next(self.kinds(settings), self.progress)
        if choice is not None and p.kind in KIND_RULES[choice[0]].includes:
            p.kind = choice[0]

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
            if due_t <= t and (warning <= 0 or c.dnd):
                p = PendingBreak(kind, BreakPhase.DUE, t, m.now)
                self.pending = p
                out.append(ev.BreakDue(m.now, kind))
            else:
                # Overdue at once (a restart, "I was at my desk"): warned all the same.
                due_t = max(due_t, t + warning)
                p = PendingBreak(kind, BreakPhase.WARNED, due_t, m.wall(due_t),
                                 not_before=due_t)
                self.pending = p
                if warning > 0 and not c.dnd:
                    out.append(ev.BreakWarned(m.now, kind, due_t - t))
        if p.phase is BreakPhase.WARNED:
            choice = self.next_choice(settings)
            if choice is None:
                return out + self.end_unshown(m, BreakOutcome.CANCELLED)
            p.kind, left = choice
            if c.counting:
                p.due_t = max(t + left, self.grace_until, p.not_before)
                p.due_wall = m.wall(p.due_t)
            if left > 0.05 or t < self.grace_until or t < p.not_before:
                return out
            out += self._make_due(m, p)
        if p.phase is BreakPhase.SNOOZED:
            if t < p.snooze_until:
                if (warning > 0 and not p.warned_again and not c.dnd
                        and t >= p.snooze_until - warning):
                    p.warned_again = True
                    out.append(ev.BreakWarned(m.now, p.kind, p.snooze_until - t))
                return out
            self._choose_again(p, settings)
            out += self._make_due(m, p)
        if p.phase in (BreakPhase.DUE, BreakPhase.WAITING, BreakPhase.DEFERRED):
            self._choose_again(p, settings)
        if p.phase in (BreakPhase.DUE, BreakPhase.WAITING) and c.dnd:
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
        if p.phase in (BreakPhase.DUE, BreakPhase.WAITING):
            ready = self._ready_to_show(p, t, obs, settings, c)
            if ready is None and p.phase is BreakPhase.DUE:
                # Say so: the warning said "in 30 s", and the wait may be minutes.
                p.phase = BreakPhase.WAITING
                within = settings.breaks.max_delay.total_seconds() - (t - p.due_t)
                out.append(ev.BreakWaiting(m.now, p.kind, max(0.0, within)))
            elif ready:
                out += self.start(m, p, settings, requested=False)
        return out

    def _make_due(self, m: Moment, p: PendingBreak) -> list[ev.Event]:
        p.phase = BreakPhase.DUE
        p.due_t = m.t
        p.due_wall = m.now
        return [ev.BreakDue(m.now, p.kind)]

    @staticmethod
    def _ready_to_show(p: PendingBreak, t: float, obs: Observation, settings: Settings,
                       c: Conditions) -> bool | None:
        """True to show it now, None while the person types, False while the screen is dark."""
        if obs.locked or c.screen_dark:
            return False  # never light up a locked or sleeping screen
        if obs.idle_s is None:
            return True
        typing_pause = settings.breaks.typing_pause.total_seconds()
        max_delay = settings.breaks.max_delay.total_seconds()
        if obs.idle_s >= typing_pause or t - p.due_t >= max_delay:
            return True
        return None

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
        if p.phase is BreakPhase.ACTIVE:
            self.since_offer = 0.0
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
        if shown:
            self.since_offer = 0.0
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

    # -- working through a break ------------------------------------------------------
    def popup_used(self, t: float) -> None:
        """The break window reports its own use (a button, the routine's controls)."""
        p = self.active()
        if p is not None:
            p.popup_input_t = t

    @staticmethod
    def _work_after_s(p: PendingBreak, guard_s: float) -> float:
        return min(WORKED_THROUGH_AFTER_S, max(1.0, (p.duration_s - guard_s) / 2))

    def worked_through(self, t: float, last_input: float, settings: Settings) -> bool:
        """Whether the person has kept typing or pointing through the break on screen.

        Looks at the last input at each step: input after the key guard that
        the break window did not report as its own, with no pause longer
        than :data:`WORK_GAP_S`, for :data:`WORKED_THROUGH_AFTER_S`.
        """
        p = self.active()
        if p is None:
            return False
        guard_end = p.started_t + settings.popups.key_guard.total_seconds()
        before, after = POPUP_INPUT_S
        own = p.popup_input_t - before <= last_input <= p.popup_input_t + after
        if last_input >= guard_end and not own and last_input > p.work_last:
            if p.work_since is None or last_input - p.work_last > WORK_GAP_S:
                p.work_since = last_input
            p.work_last = last_input
        if p.work_since is not None and t - p.work_last > WORK_GAP_S:
            p.work_since = None
        guard_s = guard_end - p.started_t
        return (p.work_since is not None
                and p.work_last - p.work_since >= self._work_after_s(p, guard_s))

    def next_work_look(self, t: float, settings: Settings) -> float | None:
        """When to look at the input again while a break is on screen (None: no need)."""
        p = self.active()
        if p is None:
            return None
        guard_end = p.started_t + settings.popups.key_guard.total_seconds()
        return max(guard_end, t + WORK_SAMPLE_S)
