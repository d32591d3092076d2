""""I was at my desk": a time away that counted as a break, kept while it may be undone.

An idle counter cannot tell reading a printout from leaving the room. When a
time away that only idle time tells of (no lock, no sleep) counts as a break,
the engine says so (``AbsenceCounted``) and keeps what it needs to take the
credit back: the bout the time away ended, the progress towards each break
before it was reset, what it credited. The person may undo it
(``Engine.undo_absence``) within :data:`UNDO_WINDOW_S` of coming back, before
leaving again, taking a break, changing posture or a new day.

Whatever ends the offer (that time running out, or one of those), the engine
says so at that moment (``AbsenceSettled``), so the notification that offers
the undo never stays on screen doing nothing when pressed.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from psoas_desk.core import events as ev
from psoas_desk.core.accounting import Absence, Accounting, Bout, Credits
from psoas_desk.core.breaks import KINDS
from psoas_desk.core.ledger import DayLedger
from psoas_desk.core.model import AwayReason, BreakKind
from psoas_desk.core.moment import Moment
from psoas_desk.core.scheduler import BreakScheduler
from psoas_desk.core.settings import Settings

UNDO_WINDOW_S = 15 * 60.0
"""How long after coming back "I was at my desk" can undo a time away (the
notification that offers it stays up as long)."""


@dataclass(frozen=True)
class CountedAbsence:
    """A time away that counted as a break and may be undone ("I was at my desk")."""

    start_t: float
    back_t: float
    absence: Absence
    bout: Bout | None
    """The bout the time away ended, as it was."""
    progress: dict[BreakKind, float]
    """Progress towards each break before the time away reset it."""
    credited: frozenset[BreakKind] = frozenset()
    natural_counted: bool = False
    asked: bool = False
    """The person was asked (``AbsenceCounted``); until then nothing is on screen."""


class AbsenceUndo:
    """The engine's part that keeps the last counted time away (module docstring)."""

    def __init__(self) -> None:
        self.counted: CountedAbsence | None = None

    def deadline(self) -> float | None:
        """When the offer to undo runs out, while one is open."""
        c = self.counted
        return c.back_t + UNDO_WINDOW_S if c is not None and c.asked else None

    # -- while the person is away ---------------------------------------------------
    def credited(self, a: Absence, credits: Credits, acc: Accounting,
                 sched: BreakScheduler) -> None:
        """The absence ``a`` is about to earn ``credits``: remember how things were."""
        if (credits.ends_bout or credits.kinds) and self.counted is None:
            self.counted = CountedAbsence(
                a.start_t, a.start_t, a, None if acc.bout is None else replace(acc.bout),
                dict(sched.progress))
        c = self.counted
        if c is not None and c.absence is a:
            self.counted = replace(c, credited=c.credited | set(credits.kinds),
                                   natural_counted=c.natural_counted or credits.natural_break)

    def returned(self, m: Moment, a: Absence, back: float,
                 settings: Settings) -> list[ev.Event]:
        """Back from ``a`` at ``back``: ask about it if it counted and only idle time saw it."""
        c = self.counted
        if c is None or c.absence is not a:
            return []
        if (a.reason is not AwayReason.IDLE or not c.credited
                or not settings.presence.ask_about_absence):
            self.counted = None
            return []
        self.counted = replace(c, back_t=back, asked=True)
        kinds = tuple(k for k in KINDS if k in c.credited)
        return [ev.AbsenceCounted(m.now, a.start_wall, back - a.start_t, kinds)]

    # -- the offer ends ---------------------------------------------------------------
    def close(self, m: Moment) -> list[ev.Event]:
        """Too late to undo (a new time away, a break, a posture, a new day): say so."""
        c, self.counted = self.counted, None
        if c is None or not c.asked:
            return []
        return [ev.AbsenceSettled(m.now, c.absence.start_wall)]

    def expire(self, m: Moment) -> list[ev.Event]:
        """Close the offer once its time has run out."""
        deadline = self.deadline()
        return self.close(m) if deadline is not None and m.t >= deadline - 0.05 else []

    # -- "I was at my desk" ------------------------------------------------------------
    def undo(self, m: Moment, acc: Accounting, ledger: DayLedger,
             sched: BreakScheduler) -> list[ev.Event] | None:
        """Take the credit back: the time away was sitting. None if it is too late."""
        c = self.counted
        if (c is None or acc.absence is not None or m.t - c.back_t > UNDO_WINDOW_S
                or (acc.bout is not None and acc.bout.start_t < c.back_t - 1.0)):
            return None
        self.counted = None
        away = c.back_t - c.start_t
        since_back = acc.bout.sitting_s if acc.bout is not None else 0.0
        start_wall = c.absence.start_wall
        if c.bout is not None:
            acc.bout = Bout(c.bout.start_t, c.bout.start_wall,
                            c.bout.sitting_s + away + since_back)
        elif acc.bout is not None or away > 0:
            acc.bout = Bout(c.start_t, start_wall, away + since_back)
        ledger.add({"sitting": away, "away": -away})
        if c.natural_counted:
            ledger.tally.natural_breaks = max(0, ledger.tally.natural_breaks - 1)
        for kind in KINDS:
            before = c.progress[kind] if kind in c.credited else 0.0
            sched.progress[kind] += before + away
        sched.since_offer += away
        return [ev.AbsenceUndone(m.now, start_wall, away,
                                 None if c.bout is None else c.bout.start_wall)]
